"""Lodging named by its business's name (`… Inn Hotel`, `… Resort`, `… Villas`:
entities_lodging_tails.txt) is a place, a LOC, when the model read a body (GUIDELINES §6: named
facilities and buildings are places; hotels are places in the dev gold). A body's head before the
word keeps a body (`Asosiasi Pengusaha Hotel`), and a club named `Villa` stays a club. Whole
entity lists from `resolve_entities` on invented sentences, the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a hotel named first, then its manager's words
        (
            "Griya Asri Hotel membagikan paket sembako kepada warga Kelurahan Yosodadi.",
            [("Griya Asri Hotel", "ORG"), ("Kelurahan Yosodadi", "LOC")],
            [("Griya Asri Hotel", "LOC", (0, 16)), ("Kelurahan Yosodadi", "LOC", (55, 73))],
        ),
        # an English article opening the name
        (
            "Rapat kerja itu digelar di The Palm Resort selama tiga hari.",
            [("The Palm Resort", "ORG")],
            [("The Palm Resort", "LOC", (27, 42))],
        ),
        # villas for rent on the coast
        (
            "Wisatawan memadati Pantai Indah Villas saat libur panjang.",
            [("Pantai Indah Villas", "ORG")],
            [("Pantai Indah Villas", "LOC", (19, 38))],
        ),
        # an apartment block named as a residence, read as a body
        (
            "Unit apartemen Bukit Hijau Residence dipasarkan mulai Rp800 juta.",
            [("Bukit Hijau Residence", "ORG")],
            [("Bukit Hijau Residence", "LOC", (15, 36))],
        ),
    ],
)
def test_a_lodging_named_by_its_business_is_a_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_body_of_hoteliers_stays_a_body() -> None:
    text = "Asosiasi Pengusaha Hotel meminta tarif listrik ditinjau ulang."
    expected = [("Asosiasi Pengusaha Hotel", "ORG", (0, 24))]
    assert _found(text, [("Asosiasi Pengusaha Hotel", "ORG")]) == expected


def test_a_club_called_villa_stays_a_club() -> None:
    text = "Pelatih Aston Villa memuji lini tengah timnya."
    assert _found(text, [("Aston Villa", "ORG")]) == [("Aston Villa", "ORG", (8, 19))]


def test_a_company_named_for_its_residence_stays_a_body() -> None:
    text = "PT Bukit Hijau Residence menyerahkan kunci kepada pembeli."
    expected = [("PT Bukit Hijau Residence", "ORG", (0, 24))]
    assert _found(text, [("PT Bukit Hijau Residence", "ORG")]) == expected
