"""Places read in news-raw 7101-7300 (issue 12, round 22: regional news of Lampung): an Islamic
boarding school's kind alone, the long word or its short one (`Pondok Pesantren`, `Ponpes`), names
no place. Whole entity lists with spans from the pipeline, on invented sentences, and the cases
that must stay as they were."""

from __future__ import annotations

import pytest

from extract.ner.entities.places import _bodies_written_again
from extract.ner.entities.tokens import tokens
from extract.records import Entity
from tests.entity_records import article_entities as _entities
from tests.entity_records import article_places as _places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind alone, in a list of kinds and after a quantity word
        (
            "Dinas Sosial membagikan paket beras ke sejumlah Pondok Pesantren dan panti asuhan di Metro.",
            [("Metro", (85, 90))],
        ),
        # the kind pointed back to with `tersebut`
        (
            "Para santri di Pondok Pesantren tersebut menerima bantuan kitab dari Pemkab Way Kanan.",
            [],
        ),
    ],
)
def test_a_boarding_schools_kind_alone_is_no_place(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_a_boarding_schools_short_kind_in_brackets_is_no_place() -> None:
    text = "Relawan membersihkan halaman Pondok Pesantren (Ponpes) yang terendam banjir di Kotabumi."
    assert _places(text) == [("Kotabumi", (79, 87))]


def test_a_named_boarding_school_is_a_body_after_di_too() -> None:
    """A named boarding school is a school, an organisation (GUIDELINES §6; `Ponpes` heads a body in
    entities_heads.txt, session 39), after `di` as elsewhere: the news tune annotations list schools
    after `di` as organisations (`di SLB Autisme River Kids`)."""
    text = "Bupati meresmikan asrama baru di Ponpes Darul Falah, Kecamatan Sukadana, pada Senin."
    assert _entities(text) == [
        ("Ponpes Darul Falah", "ORG", (33, 51)),
        ("Kecamatan Sukadana", "LOC", (53, 71)),
    ]


def test_a_hall_of_a_boarding_school_stays_a_place() -> None:
    """A facility's head before the school's name names the building, the venue: a place."""
    text = "Rapat koordinasi digelar di Aula Ponpes Darul Falah, Kecamatan Sukadana, pada Senin."
    assert _entities(text) == [
        ("Aula Ponpes Darul Falah", "LOC", (28, 51)),
        ("Kecamatan Sukadana", "LOC", (53, 71)),
    ]


def _resolved(text: str, ents: list[tuple[str, str, int]]) -> list[tuple[str, str, tuple[int, int]]]:
    """``ents`` (text, label, start) in ``text`` through the rule."""
    found = [Entity(words, label, (start, start + len(words))) for words, label, start in ents]
    out = _bodies_written_again(found, tokens(text), text)
    return [(e.text, getattr(e.label, "value", e.label), e.span) for e in out]


_HOTEL = "Griya Sekar Wangi membuka kamar baru. Pengelola Griya Sekar Wangi, Rudi, senang."
_POLICE = "Polres Metro menggelar razia. Anggota Polres Metro berjaga di Metro sejak pagi."


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # an unlisted word read as a place inside a hotel's name the article writes again
        (
            _HOTEL,
            [("Griya Sekar Wangi", "ORG", 0), ("Sekar Wangi", "LOC", 54), ("Rudi", "PER", 67)],
            [
                ("Griya Sekar Wangi", "ORG", (0, 17)),
                ("Griya Sekar Wangi", "ORG", (48, 65)),
                ("Rudi", "PER", (67, 71)),
            ],
        ),
        # a listed city inside a body's name stays the place the model read
        (
            _POLICE,
            [("Polres Metro", "ORG", 0), ("Metro", "LOC", 45), ("Metro", "LOC", 62)],
            [("Polres Metro", "ORG", (0, 12)), ("Metro", "LOC", (45, 50)), ("Metro", "LOC", (62, 67))],
        ),
        # other words around the place: no body written there
        (
            "Griya Sekar Wangi membuka kamar. Warga Dusun Sekar Wangi senang.",
            [("Griya Sekar Wangi", "ORG", 0), ("Sekar Wangi", "LOC", 45)],
            [("Griya Sekar Wangi", "ORG", (0, 17)), ("Sekar Wangi", "LOC", (45, 56))],
        ),
    ],
)
def test_a_place_inside_a_body_written_again_is_the_body(text: str, ents: list, expected: list) -> None:
    assert _resolved(text, ents) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed regency's compass word written lowercase ends its name
        (
            "Petani kopi di Lampung barat mulai memanen buah merah pekan ini.",
            [("Lampung barat", (15, 28))],
        ),
        (
            "Warga Pesawaran menunggu bus di Lampung selatan sejak pagi.",
            [("Pesawaran", (6, 15)), ("Lampung selatan", (32, 47))],
        ),
        # `tengah` before a comma ends a province's name
        (
            "Harga cabai di kabupaten Tanggamus naik, sementara di Jawa tengah, harga turun.",
            [("kabupaten Tanggamus", (15, 34)), ("Jawa tengah", (54, 65))],
        ),
        # `tengah` before a verb is `now`: the place stays as read
        (
            "Sekolah di Lampung tengah dikunjungi tim penilai, kata Kepala Dinas.",
            [("Lampung", (11, 18))],
        ),
    ],
)
def test_a_compass_word_written_low_ends_a_listed_region(text: str, expected: list) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the special economic zone's kind alone names no zone
        (
            "Pemprov berharap Pesisir Barat ditetapkan sebagai Kawasan Ekonomi Khusus pariwisata kelak.",
            [("Pesisir Barat", (17, 30))],
        ),
        # a zone with its name stays whole
        (
            "Investor melirik lahan di Kawasan Industri Tanjung Bintang, Lampung Selatan.",
            [("Kawasan Industri Tanjung Bintang", (26, 58)), ("Lampung Selatan", (60, 75))],
        ),
    ],
)
def test_a_zones_kind_alone_is_no_place(text: str, expected: list) -> None:
    assert _places(text) == expected


def test_tennis_majors_are_no_place() -> None:
    text = "Petenis muda itu baru dua kali tampil di Grand Slam sejak pindah ke Jakarta."
    assert _places(text) == [("Jakarta", (68, 75))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Scout council is a body, no place
        (
            "Kak Rina terpilih sebagai Ketua Kwartir Ranting Sukadana dan lapor ke Kwartir Daerah.",
            [
                ("Rina", "PER", (4, 8)),
                ("Kwartir Ranting Sukadana", "ORG", (32, 56)),
                ("Kwartir Daerah", "ORG", (70, 84)),
            ],
        ),
        # the presidential staff office is a body; `Kantor` alone heads a building
        (
            "Tenaga ahli Kantor Staf Presiden (KSP) meninjau bendungan di Way Kanan.",
            [
                ("Kantor Staf Presiden", "ORG", (12, 32)),
                ("KSP", "ORG", (34, 37)),
                ("Way Kanan", "LOC", (61, 70)),
            ],
        ),
    ],
)
def test_councils_and_staff_offices_are_bodies(text: str, expected: list) -> None:
    assert _entities(text) == expected
