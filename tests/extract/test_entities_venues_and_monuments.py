"""A venue, monument, tower, fort, grave or waterfall opens a named place (`Gelanggang Olahraga POPKI
Cibubur`, `Velodrome Rawamangun`, `Istora Senayan`, `Tugu Soekarno`, `Menara Siger`, `Benteng
Rotterdam`, `Makam Sunan Kalijaga`, `Curug Cengkaan`): the head's word is part of the LOC, whatever
the model read after it (GUIDELINES §6: named facilities and buildings are LOC, the longest name).
The head alone, or before lowercase words, names nothing. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

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
