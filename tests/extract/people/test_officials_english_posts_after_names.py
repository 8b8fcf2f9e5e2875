"""Officials: an English post written right after a person's name and its comma is that
person's (`Name, Vice Chairwoman IPMG`, `Name, President Director & CEO Company`); the
capitalised words after the post are its company, even where the model reads them as a person.
In a list of posts each written before its holder, the next post keeps its own holder.

Every sentence here is written for the test: names and companies are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_an_english_post_after_a_name_and_comma_is_that_name_s() -> None:
    s = "Program itu penting, ungkap Evita Sarasati, Vice Chairwoman IFPN. Ada lima program utama."
    assert _officials(s, _per(s, "Evita Sarasati")) == [
        _rec(s, "Evita Sarasati, Vice Chairwoman IFPN", "Evita Sarasati", "Vice Chairwoman IFPN")
    ]


def test_the_company_after_the_post_is_the_title_s_not_a_holder() -> None:
    s = "Rute itu ramai. Vikram Sinta, President Director & CEO Telkara Nusa Digital, menegaskan hal itu."
    assert _officials(s, _per(s, "Vikram Sinta", "Telkara Nusa Digital")) == [
        _rec(
            s,
            "Vikram Sinta, President Director & CEO Telkara Nusa Digital",
            "Vikram Sinta",
            "President Director & CEO Telkara Nusa Digital",
        )
    ]
    s = (
        "Bisnis itu tumbuh. Ronaldo Wijoyo, Co-founder Ethara Crowd dan CEO Ethara Indonesia, "
        "mengatakan hal itu."
    )
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Ronaldo Wijoyo", "Ethara Crowd"))] == [
        ("Ronaldo Wijoyo", "Co-founder Ethara Crowd")
    ]


def test_in_a_list_of_posts_before_their_holders_the_next_post_keeps_its_holder() -> None:
    s = (
        "Hadir Direktur Jenderal Pajak Kementerian Keuangan Edwin Hidayat Santoso, Managing Director "
        "Danaraya Indonesia Ricardo Irwan Putra, dan Deputi III BSSN Slamet Aji Wibowo."
    )
    ents = _per(s, "Edwin Hidayat Santoso", "Ricardo Irwan Putra", "Slamet Aji Wibowo")
    assert [(o.name, o.title) for o in _officials(s, ents)] == [
        ("Edwin Hidayat Santoso", "Direktur Jenderal Pajak Kementerian Keuangan"),
        ("Ricardo Irwan Putra", "Managing Director Danaraya Indonesia"),
        ("Slamet Aji Wibowo", "Deputi III BSSN"),
    ]


def test_an_english_post_after_a_place_and_comma_gives_no_holder_before_it() -> None:
    s = "Menurut laporan dari Jakarta, Managing Director Lamora Indonesia tidak hadir dalam rapat itu."
    assert _officials(s, []) == []
