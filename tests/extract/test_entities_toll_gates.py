"""A toll gate written with `GT`, the short form of `Gerbang Tol`, before its capitalised name
(`GT Cikupa`, `GT Pangkalan Brandan`) is a place, a LOC, when the model read a body and the
article writes the word `tol` (GUIDELINES §6: named facilities are places). Without `tol` in the
article `GT` opens another thing's name (a tyre brand) and the model's label stays. Whole entity
lists from `resolve_entities` on invented sentences, the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the gates a traffic report names after the toll road's name
        (
            "Arus kendaraan di Jalan Tol Jakarta-Cikampek meningkat, terutama di GT Kalihurip.",
            [("GT Kalihurip", "ORG")],
            [("Jalan Tol Jakarta-Cikampek", "LOC", (18, 44)), ("GT Kalihurip", "LOC", (68, 80))],
        ),
        # a tariff table between two gates, one named by two words
        (
            "Tarif tol dari GT Tebing Tinggi menuju GT Sei Rampah turun mulai pekan depan.",
            [("GT Tebing Tinggi", "ORG"), ("GT Sei Rampah", "ORG")],
            [("GT Tebing Tinggi", "LOC", (15, 31)), ("GT Sei Rampah", "LOC", (39, 52))],
        ),
    ],
)
def test_a_toll_gate_named_by_gt_is_a_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_gt_in_an_article_without_toll_stays_as_read() -> None:
    text = "Produsen ban GT Radial meluncurkan produk baru untuk mobil listrik."
    assert _found(text, [("GT Radial", "ORG")]) == [("GT Radial", "ORG", (13, 22))]


def test_a_toll_gate_ends_before_the_vehicle_class_of_a_tariff() -> None:
    text = "Tarif tol GT Tebing Tinggi Golongan I: Rp20.000 menjadi Rp18.000."
    model = [("GT Tebing Tinggi Golongan I", "ORG")]
    assert _found(text, model) == [("GT Tebing Tinggi", "LOC", (10, 26))]
