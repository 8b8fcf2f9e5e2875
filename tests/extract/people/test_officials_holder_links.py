"""Officials whose post reaches the holder only through a linking clause or the rest of the
article (issue 13): `Name yang menjabat sebagai Title`, and a holder written short next to the
title whose fuller name the article gives elsewhere.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.people.roles import scan_roles
from extract.records import Entity, EntityLabel, Official

from .test_roles import _rec


def _per(sentence: str, name: str) -> Entity:
    start = sentence.index(name)
    return Entity(text=name, label=EntityLabel.PER, span=(start, start + len(name)))


# ------------------------------------------------------------- name – yang menjabat sebagai – title

LINKS = [
    (
        "Rudi Hartono yang menjabat sebagai Kepala Dinas Pertanian Sleman mengatakan panen naik.",
        [
            (
                "Rudi Hartono yang menjabat sebagai Kepala Dinas Pertanian Sleman",
                "Rudi Hartono",
                "Kepala Dinas Pertanian Sleman",
            )
        ],
    ),
    (
        "Menurut Sulastri, yang saat ini menjabat sebagai Kepala Puskesmas Ngaglik, stok vaksin cukup.",
        [
            (
                "Sulastri, yang saat ini menjabat sebagai Kepala Puskesmas Ngaglik",
                "Sulastri",
                "Kepala Puskesmas Ngaglik",
            )
        ],
    ),
    (
        "Marlina yang juga menjabat sebagai Ketua TP PKK Kabupaten Sleman membuka bazar itu.",
        [
            (
                "Marlina yang juga menjabat sebagai Ketua TP PKK Kabupaten Sleman",
                "Marlina",
                "Ketua TP PKK Kabupaten Sleman",
            )
        ],
    ),
    (
        "Sebelum Dewi Anggraini menjabat sebagai Direktur PDAM Tirta Sembada, tarif air belum naik.",
        [
            (
                "Dewi Anggraini menjabat sebagai Direktur PDAM Tirta Sembada",
                "Dewi Anggraini",
                "Direktur PDAM Tirta Sembada",
            )
        ],
    ),
    (
        "Ahmad Fauzi, yang saat ini juga aktif sebagai Ketua Umum Persatuan Bulu Tangkis Kulonbaru, hadir.",
        [
            (
                "Ahmad Fauzi, yang saat ini juga aktif sebagai Ketua Umum Persatuan Bulu Tangkis Kulonbaru",
                "Ahmad Fauzi",
                "Ketua Umum Persatuan Bulu Tangkis Kulonbaru",
            )
        ],
    ),
    (
        # a time phrase after the post is no part of it
        "Suyatno menjabat sebagai Bupati Kulonbaru selama dua periode.",
        [("Suyatno menjabat sebagai Bupati Kulonbaru", "Suyatno", "Bupati Kulonbaru")],
    ),
    (
        "Kata Sukirman yang juga selaku Ketua Kelompok Tani Makmur Jaya itu, panen tahun ini naik.",
        [
            (
                "Sukirman yang juga selaku Ketua Kelompok Tani Makmur Jaya",
                "Sukirman",
                "Ketua Kelompok Tani Makmur Jaya",
            )
        ],
    ),
    (
        # a clause after a list of names belongs to the last of them
        "Acara itu dihadiri Hendra, Yanti dan Rudi yang menjabat sebagai Camat Depok.",
        [("Rudi yang menjabat sebagai Camat Depok", "Rudi", "Camat Depok")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LINKS, ids=[c[0][:40] for c in LINKS])
def test_name_then_a_linking_clause_then_the_post(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *e) for e in expected]


# ------------------------------------------------------------- the fuller name given elsewhere


def test_a_short_holder_takes_the_fuller_name_of_the_article() -> None:
    s = (
        "Harda Wiyono mengatakan pasar itu penting. "
        "Harda yang juga Bupati Kulonbaru menambahkan dana sudah siap."
    )
    got = extract_officials(s, entities=[_per(s, "Harda Wiyono")])
    start = s.index("Harda yang")
    assert got == [
        Official(
            name="Harda Wiyono",
            title="Bupati Kulonbaru",
            span=(start, start + len("Harda yang juga Bupati Kulonbaru")),
            name_span=(start, start + len("Harda")),
        )
    ]


def test_a_rank_after_the_post_opens_the_name_again() -> None:
    s = (
        "Sebelumnya, Yanto yang tengah menjabat sebagai Ketua Umum Persatuan Wredatama Kulonbaru "
        "Mayjen TNI (Purn) Yanto Suharso dirawat di rumah sakit."
    )
    got = extract_officials(s, entities=[_per(s, "Yanto Suharso")])
    start = s.index("Yanto yang")
    assert got == [
        Official(
            name="Yanto Suharso",
            title="Ketua Umum Persatuan Wredatama Kulonbaru",
            span=(start, s.index(" Mayjen")),
            name_span=(start, start + len("Yanto")),
        )
    ]


def test_a_form_of_address_or_a_doubled_word_is_no_fuller_name() -> None:
    s = (
        "Bupati Bantul Warsini meninjau pasar. Bunda Warsini menyapa pedagang, "
        "papar Warsini Warsini memastikan harga stabil."
    )
    got = extract_officials(s, entities=[_per(s, "Bunda Warsini"), _per(s, "Warsini Warsini")])
    assert [(o.name, o.title) for o in got] == [("Warsini", "Bupati Bantul")]


def test_two_fuller_names_leave_the_short_one() -> None:
    s = (
        "Budi Santoso dan Budi Prasetyo hadir di balai desa. "
        "Budi yang juga Ketua RW 05 Sukamulya mengatakan warga siap."
    )
    got = extract_officials(s, entities=[_per(s, "Budi Santoso"), _per(s, "Budi Prasetyo")])
    assert [(o.name, o.title) for o in got] == [("Budi", "Ketua RW 05 Sukamulya")]


def test_the_fuller_name_of_another_official_is_not_taken() -> None:
    s = (
        "Ketua TP PKK Ny. Surya Made Wiryasanta membuka lomba. "
        "Bupati Made Wiryasanta menyerahkan hadiah kepada pemenang."
    )
    got = extract_officials(s, entities=[_per(s, "Surya Made Wiryasanta")])
    assert [(o.name, o.title) for o in got] == [
        ("Surya Made Wiryasanta", "Ketua TP PKK"),
        ("Made Wiryasanta", "Bupati"),
    ]


# ------------------------------------------------------------- a second post, a post sought


def test_a_second_post_in_a_clause_does_not_replace_the_first() -> None:
    s = (
        "Wakil Bupati Bantul Hendra Sulistyo membuka rapat itu. Hendra Sulistyo yang juga selaku "
        "Ketua Tim Percepatan Penurunan Stunting Kabupaten Bantul mengatakan angka stunting turun."
    )
    second = "Ketua Tim Percepatan Penurunan Stunting Kabupaten Bantul"
    assert [r.title for r in scan_roles(s, [])] == ["Wakil Bupati Bantul", second]
    assert extract_officials(s) == [
        Official(
            name="Hendra Sulistyo",
            title="Wakil Bupati Bantul",
            span=(0, len("Wakil Bupati Bantul Hendra Sulistyo")),
            name_span=(len("Wakil Bupati Bantul "), len("Wakil Bupati Bantul Hendra Sulistyo")),
        )
    ]


def test_a_candidate_holds_no_post() -> None:
    s = (
        "Bakal calon presiden (capres) Yudha Pratama yang juga Ketua Umum Partai Maju Bersama "
        "menemui relawan di Depok."
    )
    start = s.index("Yudha")
    assert extract_officials(s) == [
        Official(
            name="Yudha Pratama",
            title="Ketua Umum Partai Maju Bersama",
            span=(start, s.index(" menemui")),
            name_span=(start, start + len("Yudha Pratama")),
        )
    ]


# ------------------------------------------------------------- no official

NONE = [
    "Ia menjabat sebagai Kepala Dinas Pertanian Sleman sejak 2020.",
    "Pria yang juga menjabat sebagai Menteri BUMN itu meminta para pemain tetap tenang.",
    "Budi Santoso yang bertemu Bupati mengatakan jalan di desanya rusak.",
    "Calon Bupati Sleman Agus Salim berkampanye di Kecamatan Depok.",
    "Kandidat Ketua Umum KONI Kulonbaru, Rina Marlina, memaparkan visinya.",
    # a part played or a name one is known by is no post held
    "Andi Wirawan yang berperan sebagai Pak Lurah tampil memukau dalam film itu.",
    "Raden Saleh yang dikenal sebagai Bapak Seni Lukis Modern lahir di Semarang.",
    # a headline run into the text: the same word twice is no name
    "Baca Juga Soemitro Hari Ini Soemitro menjabat sebagai Presiden Direktur selama 12 tahun.",
]


@pytest.mark.parametrize("sentence", NONE, ids=[s[:40] for s in NONE])
def test_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


KNOWN = [
    pytest.param(
        "Kegiatan itu dibuka oleh Bupati Kulonbaru. “Kami mendukung penuh,” kata Harda Wiyono.",
        [("Harda Wiyono", "Bupati Kulonbaru")],
        marks=pytest.mark.xfail(
            strict=True,
            reason="a post with no holder next to it and a name quoted later: linking them needs "
            "coreference the grammar does not do",
        ),
        id="post earlier, name later",
    ),
    pytest.param(
        "Kepala Dinas Pariwisata Kulonbaru yang baru dilantik pekan lalu, Sudarsih, mengatakan omzet naik.",
        [("Sudarsih", "Kepala Dinas Pariwisata Kulonbaru")],
        marks=pytest.mark.xfail(
            strict=True, reason="a relative clause between the title and the comma before its holder"
        ),
        id="clause between title and name",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KNOWN)
def test_known_failures(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert [(o.name, o.title) for o in extract_officials(sentence)] == expected


# ---------------------------------------------- a body pointed back to, then its passive head

POINTED = [
    # the body named in full before: its name in the title
    (
        "Warga mendirikan Koperasi Maju Bersama tahun lalu. Koperasi itu diketuai oleh Sutarno Hadi.",
        ("Sutarno Hadi", "Ketua Koperasi Maju Bersama"),
    ),
    # no body named before: the noun and its lowercase word
    ("Kelompok tani ini diketuai Sutarno Hadi.", ("Sutarno Hadi", "Ketua Kelompok tani")),
    # two bodies named before: the last one, not the longer one
    (
        "Koperasi Sejahtera Abadi Makmur di Desa Sukadana menerima bantuan modal bulan lalu. Kini giliran "
        "Koperasi Maju Bersama yang menerima bantuan serupa. Koperasi itu diketuai oleh Sutarno Hadi.",
        ("Sutarno Hadi", "Ketua Koperasi Maju Bersama"),
    ),
    # the noun in lowercase before a capitalised word names no body (`Rp` is no name's word)
    (
        "Pemerintah menyalurkan modal koperasi Rp 50 juta kepada warga. "
        "Koperasi itu diketuai oleh Sutarno Hadi.",
        ("Sutarno Hadi", "Ketua Koperasi"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), POINTED)
def test_a_body_pointed_back_to_is_headed_by_the_name(sentence: str, expected: tuple[str, str]) -> None:
    assert [(o.name, o.title) for o in extract_officials(sentence)] == [expected]


def test_a_noun_that_names_no_body_pointed_back_to_gives_nothing() -> None:
    assert extract_officials("Acara itu diketuai Sutarno Hadi.") == []


def test_a_post_one_is_recruited_to_links_the_name_before_it() -> None:
    s = "Kemudian Daniel Harper direkrut sebagai Kepala Strategi Garuda Basket."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Daniel Harper", "Kepala Strategi Garuda Basket")
    ]
