"""Officials: a member's or deputy's word written with the possessive -nya before a name (`serta dua
anggotanya Budi … dan Rudi …`, `Parosil dan Wakilnya Mad …`): the -nya points at the body or the
holder named before, so the word names a post there though no body follows it (people_roles
`possessive_head`); the title is the word without -nya, as the annotations write it (`anggota`,
`Wakil`). The same words with no name after them, and other words with -nya, name nobody.

Every sentence here is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import role_officials, role_record


def test_members_named_with_the_possessive_after_the_bodys_head() -> None:
    s = "DKPP memecat Ketua KPU Sorong, Ani Lestari, serta dua anggotanya Budi Hartono dan Rudi Santoso."
    ents = [("Ani Lestari", "PER"), ("Budi Hartono", "PER"), ("Rudi Santoso", "PER")]
    assert role_officials(s, ents, spans=True) == [
        role_record(s, "Ketua KPU Sorong, Ani Lestari", "Ani Lestari", "Ketua KPU Sorong"),
        role_record(s, "anggotanya Budi Hartono", "Budi Hartono", "anggota"),
        role_record(s, "anggotanya Budi Hartono dan Rudi Santoso", "Rudi Santoso", "anggota"),
    ]


DEPUTIES = [
    (
        "Masa jabatan Parosil dan Wakilnya Budi Hartono akan segera berakhir.",
        "Wakilnya Budi Hartono",
        "Wakil",
    ),
    (
        "Saat ini Parosil bersama wakilnya Budi Hartono memimpin Lampung Barat.",
        "wakilnya Budi Hartono",
        "wakil",
    ),
]


@pytest.mark.parametrize(("s", "mention", "title"), DEPUTIES)
def test_a_deputy_named_with_the_possessive(s: str, mention: str, title: str) -> None:
    ents = [("Parosil", "PER"), ("Budi Hartono", "PER")]
    assert role_officials(s, ents, spans=True) == [role_record(s, mention, "Budi Hartono", title)]


NOBODY = [
    # the deputy named by no name
    "Bupati dan wakilnya hadir dalam rapat itu bersama Budi Hartono.",
    # a family member: no member's word with -nya
    "Rumah itu dihuni Budi Hartono dan anggota keluarganya Rina.",
]


@pytest.mark.parametrize("s", NOBODY)
def test_no_name_after_the_possessive_gives_nothing(s: str) -> None:
    ents = [(e, "PER") for e in ("Budi Hartono", "Rina") if e in s]
    assert role_officials(s, ents) == []
