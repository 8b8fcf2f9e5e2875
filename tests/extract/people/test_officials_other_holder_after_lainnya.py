"""Officials: `<post> lainnya, <name>` — one more holder of a post, the title written before
`lainnya`/`lain` (other) and the comma (session 27, off52: news-raw lines such as `anggota
Komisi … lainnya, <name>`, `Peneliti <body> lainnya, <name>` gave no official).

The title leaves the word out, as it leaves out `setempat` (Ketua RT setempat, Suparno).
Every sentence is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per, _rec

HOLDERS = [
    (
        "Kritik juga datang dari anggota Komisi II DPR lainnya, Deddy Santoso. Ia menilai data terbuka.",
        "Deddy Santoso",
        ("anggota Komisi II DPR lainnya, Deddy Santoso", "Deddy Santoso", "anggota Komisi II DPR"),
    ),
    (
        "Peneliti BRIN lain, Arief Wicaksono, turut meluruskan kabar soal hama tikus di sawah.",
        "Arief Wicaksono",
        ("Peneliti BRIN lain, Arief Wicaksono", "Arief Wicaksono", "Peneliti BRIN"),
    ),
    (
        "Anggota AJI Kendari lainnya, Rina Marlina, menyoroti akses informasi bagi wartawan daerah.",
        "Rina Marlina",
        ("Anggota AJI Kendari lainnya, Rina Marlina", "Rina Marlina", "Anggota AJI Kendari"),
    ),
]


@pytest.mark.parametrize(("sentence", "per", "expected"), HOLDERS)
def test_a_post_with_lainnya_before_the_comma_is_the_name_s(
    sentence: str, per: str, expected: tuple[str, str, str]
) -> None:
    assert _officials(sentence, _per(sentence, per)) == [_rec(sentence, *expected)]


def test_the_name_first_with_lainnya_after_the_post_keeps_its_title() -> None:
    s = "Rina Marlina, anggota DPRD Jambi lainnya, menuduh pimpinan dewan menyembunyikan laporan."
    assert _officials(s, _per(s, "Rina Marlina")) == [
        _rec(s, "Rina Marlina, anggota DPRD Jambi", "Rina Marlina", "anggota DPRD Jambi")
    ]


NONE = [
    # an occupation, no post: the rider is a person, no official
    ("Pebalap Ferrari lainnya, Lewis Hartono, mengamankan posisi keenam.", "Lewis Hartono"),
    # `di sisi lain` (on the other hand) opens a sentence: no post before it
    ("Di sisi lain, Budi Santoso mengatakan harga cabai masih tinggi.", "Budi Santoso"),
    # `lain` after a plain noun
    ("Warga lain, Suandi Pratama, juga mengeluhkan banjir di desanya.", "Suandi Pratama"),
]


@pytest.mark.parametrize(("sentence", "per"), NONE)
def test_lainnya_after_no_post_gives_no_official(sentence: str, per: str) -> None:
    assert _officials(sentence, _per(sentence, per)) == []


@pytest.mark.xfail(
    strict=True,
    reason="two holders after `lainnya,` joined by `dan`: the name after the comma is read alone, "
    "the second holder (`dan Andi Wijaya`) gets no post (news-raw: one such line in 9,948)",
)
def test_two_holders_after_lainnya_share_the_post() -> None:
    s = "Hadir pula pendiri Koperasi Maju lainnya, Budi Santoso dan Andi Wijaya, dalam rapat itu."
    got = [(o.name, o.title) for o in _officials(s, _per(s, "Budi Santoso", "Andi Wijaya"))]
    assert got == [("Budi Santoso", "pendiri Koperasi Maju"), ("Andi Wijaya", "pendiri Koperasi Maju")]
