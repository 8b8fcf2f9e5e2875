"""A country, a foreign capital or a US state the model tags PER is a place, no person
(GUIDELINES §6): `Burkina Faso`, `Tel Aviv`, `Kyiv`, `Alaska` are listed regions and a listed
region's name alone names no one. Foreign names that are also Indonesian given names are not
listed (`Nairobi`, a dean's name in Lampung news), so such a person stays.

Invented Indonesian sentences in the style of national news; the model's entities as given.
"""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Pada laga pembuka grup, Burkina Faso menang 2-1 atas Sudan berkat gol Bertrand Traore.",
            [("Burkina Faso", "PER"), ("Bertrand Traore", "PER")],
            [("Bertrand Traore", ["Bertrand Traore"])],
        ),
        (
            "Ribuan warga turun ke jalan di Tel Aviv menuntut gencatan senjata, Sabtu malam.",
            [("Tel Aviv", "PER")],
            [],
        ),
        (
            "Delegasi itu terbang dari Kyiv ke Alaska untuk perundingan damai pekan depan.",
            [("Kyiv", "PER"), ("Alaska", "PER")],
            [],
        ),
        # the older spelling of a listed state: its last word alone is no person
        (
            "Kakeknya pernah belajar teknik mesin di Uni Sovyet pada tahun enam puluhan.",
            [("Sovyet", "PER")],
            [],
        ),
    ],
)
def test_a_listed_country_city_or_state_is_no_person(text, found, expected):
    assert _persons(text, found) == expected


def test_a_given_name_that_is_also_a_foreign_city_stays_a_person() -> None:
    text = "Dekan Fakultas Ekonomi Nairobi mengatakan jumlah pendaftar naik tahun ini."
    assert _persons(text, [("Nairobi", "PER")]) == [("Nairobi", ["Nairobi"])]
