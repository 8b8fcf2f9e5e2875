"""Persons on unseen news (issue 12): a priest's religious order written after his name
(`Romo Andreas Wibowo SJ`, `Pastor Yohanes Bala SVD`) is a religious title, not part of the name
(GUIDELINES §2); the name keeps its own words.

Invented Indonesian sentences; whole person lists with every mention's span.
"""

from __future__ import annotations

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_MASS = (
    "Misa malam Natal di Gereja Santo Yoseph dipimpin Romo Andreas Wibowo SJ dan dihadiri "
    "sekitar dua ribu umat."
)


def test_an_orders_initials_after_a_priests_name_are_dropped() -> None:
    found = _found(TEXT_MASS, [("Gereja Santo Yoseph", "LOC"), ("Andreas Wibowo SJ", "PER")])
    assert found == [("Andreas Wibowo", (_at(TEXT_MASS, "Andreas Wibowo"),))]


TEXT_SVD = "Pastor Yohanes Bala SVD mengajak umat menjaga kerukunan selama perayaan Paskah."


def test_other_orders_too() -> None:
    found = _found(TEXT_SVD, [("Yohanes Bala SVD", "PER")])
    assert found == [("Yohanes Bala", (_at(TEXT_SVD, "Yohanes Bala"),))]
