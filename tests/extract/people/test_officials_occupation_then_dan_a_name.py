"""Officials and persons: a lowercase occupation, a comma and `dan <Name>` (`disampaikan seorang
petani, dan Budi Santoso juga mengeluhkan …`): the comma and `dan` open a new clause, so the
name after them is a second person, neither the occupation's holder nor an official, and no word
of it goes into the first one's title (session 30, off64: a reading earlier rounds reproduced;
no news-raw line of main at 92999c41 gives it, these tests keep it so).

Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from .test_officials_client_named_before_lainnya import _at, _persons
from .test_roles import _officials, _per

SECOND_PERSON = [
    "Hal itu disampaikan seorang petani, dan Budi Santoso juga mengeluhkan harga pupuk yang naik.",
    "Keluhan serupa datang dari pedagang sayur di Pasar Kramat, dan Siti Aminah mengaku omzetnya turun.",
    "Menurut para nelayan, dan Joko Susanto yang ikut melaut, cuaca buruk sudah sepekan.",
]


@pytest.mark.parametrize("s", SECOND_PERSON)
def test_the_name_after_comma_dan_holds_no_occupation(s: str) -> None:
    name = next(n for n in ("Budi Santoso", "Siti Aminah", "Joko Susanto") if n in s)
    assert _officials(s, _per(s, name)) == []
    assert _persons(s, name) == [(name, _at(s, name))]
