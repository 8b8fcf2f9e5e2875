"""Officials: a coach named after the team he coaches (`tim asuhan pelatih <Name>`) or with his
squad written in lowercase (`pelatih ganda putra <Name>`), issue 13; a minister's post written
capitalised before its field in lowercase (`Menteri keuangan <Name>`) is a post too.

A coach holds a post in a team (annotations README: `pelatih`, `kapten`); a team's word before
`asuhan`/`besutan` (coached by) is the coach's team, no post. Every sentence is written for the
test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import role_officials, role_record

HELD = [
    (
        "Hasil itu membuat tim asuhan pelatih Rudi Hartono semakin kokoh di puncak klasemen.",
        "pelatih Rudi Hartono",
        "Rudi Hartono",
        "pelatih",
    ),
    (
        "Skuad besutan pelatih Budi Santoso itu menang 2-0 atas tim tamu.",
        "pelatih Budi Santoso",
        "Budi Santoso",
        "pelatih",
    ),
    (
        "Hal itu diungkap pelatih ganda putra Agus Prasetyo dalam rilis yang diterima wartawan.",
        "pelatih ganda putra Agus Prasetyo",
        "Agus Prasetyo",
        "pelatih ganda putra",
    ),
    (
        "Pelatih tunggal putri Imam Santoso mengatakan para pemain siap tampil.",
        "Pelatih tunggal putri Imam Santoso",
        "Imam Santoso",
        "Pelatih tunggal putri",
    ),
    # a minister's lowercase field names the ministry (people_roles ministry_head, session 35);
    # `Presiden langsung telepon …` stays no post (test_officials_minister_with_lowercase_field.py)
    (
        "Menteri keuangan Sri Handayani mengatakan penerimaan negara naik tahun ini.",
        "Menteri keuangan Sri Handayani",
        "Sri Handayani",
        "Menteri keuangan",
    ),
]


@pytest.mark.parametrize(("s", "mention", "name", "title"), HELD)
def test_the_coach_and_the_capitalised_post_hold_posts(s: str, mention: str, name: str, title: str) -> None:
    assert role_officials(s, [(name, "PER")], spans=True) == [role_record(s, mention, name, title)]


NOTHING = [
    # `asuhan` with no head after it: the coach is named, but no post is written for him
    ("Tim asuhan Indra Wijaya itu menang 2-0 atas tim tamu.", "Indra Wijaya"),
    # a lowercase word after the coach that is no squad's division: an occupation
    ("Kata pelatih senior Budi Santoso, hal itu wajar.", "Budi Santoso"),
    # an owner's lowercase business: an occupation with no organisation named
    ("Pemilik warung Sumiati mengatakan harga cabai naik.", "Sumiati"),
    # the same post in lowercase before a lowercase word: an occupation's way of writing
    ("Kata pemilik toko Rahmat Hidayat, pembeli mulai ramai.", "Rahmat Hidayat"),
]


@pytest.mark.parametrize(("s", "name"), NOTHING, ids=[n[1] for n in NOTHING])
def test_no_post_is_held(s: str, name: str) -> None:
    assert role_officials(s, [(name, "PER")]) == []


def test_a_lowercase_field_then_a_pointer_a_comma_and_the_holder() -> None:
    """The pointer back names the body (test_officials_pointed_field_before_comma_holder.py)."""
    s = "Ketua umum pergerakan tersebut, Suwarno Hadi, menyoroti kondisi jalan."
    assert role_officials(s, [("Suwarno Hadi", "PER")]) == [("Suwarno Hadi", "Ketua umum pergerakan")]


def test_a_title_dari_a_body_then_the_holder() -> None:
    """`<Title> dari <Body> <Name>` with no comma: the model's person closes the body (news tune
    nr03885; `_linked_body_holder`, session 35)."""
    s = "Koordinator Aksi dari Paguyuban Petambak Dipasena Budi Santoso menyampaikan tuntutan warga."
    assert role_officials(s, [("Budi Santoso", "PER")]) == [
        ("Budi Santoso", "Koordinator Aksi dari Paguyuban Petambak Dipasena")
    ]
