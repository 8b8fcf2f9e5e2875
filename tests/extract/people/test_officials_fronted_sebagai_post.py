"""Officials: `Sebagai <post>, <name> …` — a post fronted by a sentence-opening `sebagai` or
`selaku`, its holder named after the comma (session 27, off56: news-raw sentences such as
`Sebagai Ketua <dewan> <body>, <name> mendorong …` gave no official, `sebagai` read as the link
of a holder named before it, `Budi sebagai Ketua …`, where no name stands).

The fronted post is a capacity the holder acts in, given like a clause (`Budi, selaku …`): it
does not replace a post written next to the name. Every sentence is written for the test: names
and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.records import Entity

from .test_roles import _officials, _per, _rec

HOLDERS = [
    (
        "Riset pangan lokal harus diperkuat. Sebagai Ketua Dewan Pengarah BRIN, Ratna Wulandari "
        "meminta kampus meneliti sagu dan sorgum.",
        "Ratna Wulandari",
        (
            "Ketua Dewan Pengarah BRIN, Ratna Wulandari",
            "Ratna Wulandari",
            "Ketua Dewan Pengarah BRIN",
        ),
    ),
    (
        "Selaku Kepala Dinas Pendidikan Kota Kendari, Budi Santoso meminta guru hadir tepat waktu.",
        "Budi Santoso",
        (
            "Kepala Dinas Pendidikan Kota Kendari, Budi Santoso",
            "Budi Santoso",
            "Kepala Dinas Pendidikan Kota Kendari",
        ),
    ),
    (
        "Rapat itu berlangsung alot. Sebagai Komisaris Independen Bank Sulteng, Hendra Wijaya "
        "mengaku tidak tahu soal kredit macet itu.",
        "Hendra Wijaya",
        (
            "Komisaris Independen Bank Sulteng, Hendra Wijaya",
            "Hendra Wijaya",
            "Komisaris Independen Bank Sulteng",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "per", "expected"), HOLDERS)
def test_a_fronted_post_is_held_by_the_name_after_the_comma(
    sentence: str, per: str, expected: tuple[str, str, str]
) -> None:
    assert _officials(sentence, _per(sentence, per)) == [_rec(sentence, *expected)]


def test_a_fronted_post_does_not_replace_the_post_next_to_the_name() -> None:
    s = (
        "Wali Kota Palu Rahmat Pratama membuka forum itu. Sebagai Ketua Dewan Pengurus Asosiasi "
        "Kota Pesisir Indonesia, Rahmat juga mengajak kota lain ikut."
    )
    k = s.rindex("Rahmat")
    ents = [*_per(s, "Rahmat Pratama"), Entity("Rahmat", "PER", (k, k + 6))]
    assert _officials(s, ents) == [
        _rec(s, "Wali Kota Palu Rahmat Pratama", "Rahmat Pratama", "Wali Kota Palu")
    ]


def test_sebagai_after_the_name_still_links_the_name_before_it() -> None:
    s = "Dalam rapat itu Budi Santoso sebagai Ketua Koperasi Tani Makmur, menyampaikan laporan."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _rec(
            s, "Budi Santoso sebagai Ketua Koperasi Tani Makmur", "Budi Santoso", "Ketua Koperasi Tani Makmur"
        )
    ]


NONE = [
    # an occupation with no organisation: a person, no official
    ("Sebagai pelatih, Chandra Wibowo sadar timnya belum siap.", "Chandra Wibowo"),
    # a capacity that is no post
    ("Sebagai tuan rumah, Rudi Hartono menyambut para tamu di pendopo.", "Rudi Hartono"),
    # a part in a ceremony, no body or region named: no post
    (
        "Upacara dimulai pukul 07.00. Sebagai Inspektur Upacara, Yusuf Hamdani membacakan amanat.",
        "Yusuf Hamdani",
    ),
]


@pytest.mark.parametrize(("sentence", "per"), NONE)
def test_a_fronted_occupation_or_capacity_names_no_official(sentence: str, per: str) -> None:
    assert _officials(sentence, _per(sentence, per)) == []


@pytest.mark.xfail(
    strict=True,
    reason="a holder whose family name is a country's (Haiti) is cut before `sebagai` as a place "
    "(news-raw nr03847; session 42)",
)
def test_a_family_name_that_is_a_country_before_sebagai() -> None:
    s = "Kongres itu menunjuk kembali Badrodin Haiti sebagai Ketua Umum Perbakin."
    assert _officials(s, _per(s, "Badrodin Haiti")) == [
        _rec(s, "Badrodin Haiti sebagai Ketua Umum Perbakin", "Badrodin Haiti", "Ketua Umum Perbakin")
    ]
