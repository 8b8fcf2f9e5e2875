"""A venue, monument, tower, fort, grave or waterfall opens a named place (`Gelanggang Olahraga POPKI
Cibubur`, `Velodrome Rawamangun`, `Istora Senayan`, `Tugu Soekarno`, `Menara Siger`, `Benteng
Rotterdam`, `Makam Sunan Kalijaga`, `Curug Cengkaan`): the head's word is part of the LOC, whatever
the model read after it (GUIDELINES §6: named facilities and buildings are LOC, the longest name).
The head alone, or before lowercase words, names nothing. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from extract.records import Entity, EntityLabel
from tests.entity_records import resolved_entities as _out

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the model read the venue's own name as a body
        (
            "Pertandingan bola tangan digelar di Gelanggang Olahraga POPKI Cibubur, Jakarta Timur.",
            [("POPKI Cibubur", "ORG"), ("Jakarta Timur", "LOC")],
            [("Gelanggang Olahraga POPKI Cibubur", "LOC", (36, 69)), ("Jakarta Timur", "LOC", (71, 84))],
        ),
        (
            "Rombongan menteri menuju Velodrome Rawamangun, Jakarta Timur, untuk meninjau arena.",
            [("Rawamangun", "LOC"), ("Jakarta Timur", "LOC")],
            [("Velodrome Rawamangun", "LOC", (25, 45)), ("Jakarta Timur", "LOC", (47, 60))],
        ),
        (
            "Turnamen bulu tangkis itu akan digelar di Istora Senayan, Jakarta, pada 2-7 Juni.",
            [("Senayan", "LOC"), ("Jakarta", "LOC")],
            [("Istora Senayan", "LOC", (42, 56)), ("Jakarta", "LOC", (58, 65))],
        ),
        # a monument named after a person is a place, not the person
        (
            "Wisatawan melanjutkan perjalanan ke Tugu Soekarno di Liwa.",
            [("Soekarno", "PER"), ("Liwa", "LOC")],
            [("Tugu Soekarno", "LOC", (36, 49)), ("Liwa", "LOC", (53, 57))],
        ),
        (
            "Ribuan peziarah memadati Makam Sunan Kalijaga di Kadilangu, Demak.",
            [("Sunan Kalijaga", "PER"), ("Kadilangu", "LOC"), ("Demak", "LOC")],
            [
                ("Makam Sunan Kalijaga", "LOC", (25, 45)),
                ("Kadilangu", "LOC", (49, 58)),
                ("Demak", "LOC", (60, 65)),
            ],
        ),
        # the model found no name at all
        (
            "Pengunjung memadati kawasan Benteng Merah setelah pemugaran selesai.",
            [],
            [("Benteng Merah", "LOC", (28, 41))],
        ),
        # a tower and a waterfall: the model read only the name after the head
        (
            "Rombongan wisatawan berfoto di Menara Siger, Bakauheni.",
            [("Siger", "LOC"), ("Bakauheni", "LOC")],
            [("Menara Siger", "LOC", (31, 43)), ("Bakauheni", "LOC", (45, 54))],
        ),
        (
            "Wisatawan memadati Curug Cikaso di Sukabumi saat libur panjang.",
            [("Cikaso", "LOC"), ("Sukabumi", "LOC")],
            [("Curug Cikaso", "LOC", (19, 31)), ("Sukabumi", "LOC", (35, 43))],
        ),
    ],
)
def test_a_venue_or_monument_head_opens_the_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gelanggang pertarungan politik semakin panas jelang pemilu.",
        "Tugu itu dibangun warga pada 1985 dan dicat ulang setiap tahun.",
        "Menara pemancar milik operator seluler itu roboh diterjang angin.",
    ],
)
def test_a_head_alone_names_no_place(text: str) -> None:
    assert _found(text, []) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a facility's word that is a kecamatan's name alone: the district, no bare head
        (
            "Kantor Kecamatan Curug, Kabupaten Tangerang, sudah buka sejak pagi. Warga Curug mengantre "
            "sejak subuh.",
            [("Kecamatan Curug", "LOC", 7), ("Kabupaten Tangerang", "LOC", 24), ("Curug", "LOC", 74)],
            [
                ("Kantor Kecamatan Curug", "LOC", (0, 22)),
                ("Kabupaten Tangerang", "LOC", (24, 43)),
                ("Curug", "LOC", (74, 79)),
            ],
        ),
        (
            "Kegiatan itu digelar di Benteng, ibu kota Kabupaten Kepulauan Selayar.",
            [("Benteng", "LOC", 24), ("Kabupaten Kepulauan Selayar", "LOC", 42)],
            [("Benteng", "LOC", (24, 31)), ("Kabupaten Kepulauan Selayar", "LOC", (42, 69))],
        ),
    ],
)
def test_a_head_word_that_names_a_district_is_the_district(text: str, model: list, expected: list) -> None:
    ents = [Entity(w, EntityLabel(lab), (at, at + len(w))) for w, lab, at in model]
    assert [(t, str(label), span) for t, label, span in _out(text, ents)] == expected


@pytest.mark.xfail(
    strict=True,
    reason="a region after the comma places a district only where it holds one of that name, and "
    "the gazetteer lists no district's regency (`Curug`: a kecamatan of Kabupaten Tangerang): "
    "`di Pendopo, Kabupaten Lamongan` is the regent's hall (review 5, session 34)",
)
def test_a_district_placed_by_its_regency_after_a_comma() -> None:
    text = "Banjir merendam ratusan rumah warga di Curug, Tangerang, Senin."
    ents = [Entity("Curug", EntityLabel.LOC, (39, 44)), Entity("Tangerang", EntityLabel.LOC, (46, 55))]
    assert [(t, str(label), span) for t, label, span in _out(text, ents)] == [
        ("Curug", "LOC", (39, 44)),
        ("Tangerang", "LOC", (46, 55)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Rapat koordinasi digelar di Pendopo, Kabupaten Lamongan, Senin.",
            [("Pendopo", "LOC"), ("Kabupaten Lamongan", "LOC")],
            [("Kabupaten Lamongan", "LOC", (37, 55))],
        ),
        (
            "Rapat koordinasi digelar di Pendopo, Lamongan, Senin.",
            [("Pendopo", "LOC"), ("Lamongan", "LOC")],
            [("Lamongan", "LOC", (37, 45))],
        ),
    ],
)
def test_a_regents_hall_in_its_regency_is_no_place(text: str, model: list, expected: list) -> None:
    """`Pendopo` is a district's name too, but `di Pendopo, Kabupaten Lamongan` is the regent's
    hall inside its own regency (review 5, session 34)."""
    assert _found(text, model) == expected


def test_a_facility_word_no_region_places_stays_no_place() -> None:
    """`Pendopo` is a district's name too, but nothing here places it as one: the regent's hall."""
    text = (
        "Operasi pasar digelar di Gadingrejo. Untuk pelaksanaan di Pendopo, berbagai kebutuhan pokok "
        "dijual murah."
    )
    assert _found(text, [("Gadingrejo", "LOC"), ("Pendopo", "LOC")]) == [("Gadingrejo", "LOC", (25, 35))]


def test_a_level_word_alone_stays_no_place() -> None:
    """`Kota` is a district's name too, but written alone it is the level, no name."""
    text = "Pemerintah Kota terus membenahi trotoar di pusat Kota agar nyaman."
    assert _found(text, [("Kota", "LOC")]) == []


def test_a_ministry_s_housing_word_stays_in_the_ministry() -> None:
    text = "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono meninjau lokasi."
    model = [("Pekerjaan Umum dan Perumahan Rakyat", "ORG"), ("Basuki Hadimuljono", "PER")]
    assert _found(text, model) == [
        ("Pekerjaan Umum dan Perumahan Rakyat", "ORG", (8, 43)),
        ("Basuki Hadimuljono", "PER", (44, 62)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Massa menggelar aksi di Bundaran HI, Jakarta Pusat, Minggu pagi.",
            [("HI", "LOC"), ("Jakarta Pusat", "LOC")],
            [("Bundaran HI", "LOC", (24, 35)), ("Jakarta Pusat", "LOC", (37, 50))],
        ),
        # the roundabout, not the hotel it is named after
        (
            "Massa menggelar aksi di Bundaran Hotel Indonesia, Jakarta Pusat.",
            [("Hotel Indonesia", "LOC"), ("Jakarta Pusat", "LOC")],
            [("Bundaran Hotel Indonesia", "LOC", (24, 48)), ("Jakarta Pusat", "LOC", (50, 63))],
        ),
        # the headquarters is the place; the unit inside its name is no entity of its own (flat spans)
        (
            "Para tersangka diperiksa di Markas Brimob di Kelapa Dua, Depok.",
            [("Brimob", "ORG"), ("Kelapa Dua", "LOC"), ("Depok", "LOC")],
            [("Markas Brimob", "LOC", (28, 41)), ("Kelapa Dua", "LOC", (45, 55)), ("Depok", "LOC", (57, 62))],
        ),
        # the national police's `Markas Besar` is the body
        (
            "Kasus itu kini ditangani Markas Besar Kepolisian Negara Republik Indonesia.",
            [("Markas Besar Kepolisian Negara Republik Indonesia", "ORG")],
            [("Markas Besar Kepolisian Negara Republik Indonesia", "ORG", (25, 74))],
        ),
    ],
)
def test_a_roundabout_or_headquarters_opens_the_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_roundabout_alone_names_no_place() -> None:
    assert _found("Bundaran itu kini dipenuhi pedagang kaki lima.", []) == []


_RUNS_ON = "past initials the model read as a place (`HI.`) the name runs into the next sentence"


@pytest.mark.xfail(strict=True, reason=_RUNS_ON)
def test_a_facility_name_ends_at_a_full_stop_after_initials() -> None:
    text = "Layanan SIM keliling ada di kawasan Bundaran HI. Dokumen yang diperlukan yakni KTP asli."
    assert _found(text, [("HI", "LOC")]) == [("Bundaran HI", "LOC", (36, 47))]


def test_a_hearing_room_holds_the_council_whose_room_it_is() -> None:
    text = "Keputusan itu disampaikan di Ruang Sidang DPRD Kota Metro, Senin siang."
    assert _found(text, [("DPRD Kota Metro", "ORG")]) == [("Ruang Sidang DPRD Kota Metro", "LOC", (29, 57))]


def test_a_hearing_room_unnamed_is_no_place() -> None:
    assert _found("Ruang sidang itu penuh sesak oleh pengunjung.", []) == []


_HEAD_ALONE = "a venue's head word alone reads as no name, though `Istora` and `Velodrome` name venues"


@pytest.mark.xfail(strict=True, reason=_HEAD_ALONE)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turnamen bulu tangkis itu bergulir di Istora, 2-7 Juni mendatang.", "Istora"),
        ("Pelatih itu berbicara kepada wartawan di Velodrome seusai laga.", "Velodrome"),
    ],
)
def test_a_venue_named_by_its_head_word_alone_is_a_place(text: str, name: str) -> None:
    start = text.index(name)
    assert _found(text, [(name, "LOC")]) == [(name, "LOC", (start, start + len(name)))]
