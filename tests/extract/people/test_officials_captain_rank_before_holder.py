"""Officials: the English captain's rank (`Capt.`, `Captain`) before a holder's name (issue 13,
round officials37).

Found reading news-raw national news: a pilot heading an air-navigation company or a pilots'
union is written `Capt. <Name>` after the post, and the rank was taken for the holder's name.
Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec


def test_capt_after_a_post_and_comma_is_dropped_from_the_holder() -> None:
    s = "Sementara itu, Direktur Operasi Nusa Air, Capt. Rudi Hartono Wibowo menambahkan, rute baru dibuka."
    want = [
        _rec(
            s,
            "Direktur Operasi Nusa Air, Capt. Rudi Hartono Wibowo",
            "Rudi Hartono Wibowo",
            "Direktur Operasi Nusa Air",
        )
    ]
    assert _officials(s, _per(s, "Rudi Hartono Wibowo")) == want


def test_captain_right_after_a_post_is_a_rank_not_a_first_name() -> None:
    s = "Ketua Asosiasi Pilot Nusantara Captain Dimas Prasetyo memastikan penerbangan tetap berjalan."
    want = [
        _rec(
            s,
            "Ketua Asosiasi Pilot Nusantara Captain Dimas Prasetyo",
            "Dimas Prasetyo",
            "Ketua Asosiasi Pilot Nusantara",
        )
    ]
    assert _officials(s, _per(s, "Dimas Prasetyo")) == want


def test_captain_without_a_post_gives_no_official() -> None:
    s = "Pesawat itu diterbangkan Capt. Rudi Hartono bersama seorang kopilot dari Surabaya."
    assert extract_officials(s) == []
