"""Officials: **Manajer <Person>, <Name>** — a manager of a person (an athlete's or an artist's)
serves that person, no organisation: like a lawyer of a person (people_roles `client_head`), the
holder after the comma is no official, and the person named inside the post is none either
(news-raw nr03774, annotated: `Manajer Johann Zarco, Laurent Fellon` is no official; session
41). A manager of a club or a firm keeps the post. Every sentence is written for the test:
names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per

BRACKETED = "`<Name> (manajer <Person>)`: the bracketed post serves a person (news-raw nr03787)"


def test_a_person_s_manager_is_no_official() -> None:
    s = "Manajer Dimas Saputra, Laurent Girard, mengungkapkan bahwa Rossi adalah penyebabnya."
    assert _officials(s, _per(s, "Dimas Saputra", "Laurent Girard", "Rossi")) == []


def test_a_lowercase_person_s_manager_is_no_official() -> None:
    s = "Kabar itu dibantah manajer Rendi Pratama, Vitalia Ramona, kepada wartawan."
    assert _officials(s, _per(s, "Rendi Pratama", "Vitalia Ramona")) == []


def test_a_club_s_manager_keeps_the_post() -> None:
    s = "Manajer Persija Jakarta, Budi Santoso, mengatakan timnya siap."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _rec(s, "Manajer Persija Jakarta, Budi Santoso", "Budi Santoso", "Manajer Persija Jakarta")
    ]


def test_a_unit_s_manager_keeps_the_post() -> None:
    s = "Manager Humas KAI Daop 1 Jakarta, Franoto Wibowo, mengatakan hal itu."
    assert _officials(s, _per(s, "Franoto Wibowo")) == [
        _rec(
            s,
            "Manager Humas KAI Daop 1 Jakarta, Franoto Wibowo",
            "Franoto Wibowo",
            "Manager Humas KAI Daop 1 Jakarta",
        )
    ]


def test_a_thing_after_pemilik_is_no_holder() -> None:
    s = "Pemilik mobil Toyota Avanza itu, Budi Santoso, melapor ke polisi."
    assert _officials(s, _per(s, "Budi Santoso")) == []


@pytest.mark.xfail(strict=True, reason=BRACKETED)
def test_a_person_s_manager_in_brackets_is_no_official() -> None:
    s = "Simone Battista (manajer Rendi Pratama) menegaskan bahwa kontrak itu sah."
    assert _officials(s, _per(s, "Simone Battista", "Rendi Pratama")) == []
