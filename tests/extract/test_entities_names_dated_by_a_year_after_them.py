"""A name of two words or more written right before a year wherever the article writes it
(`Statistik Perumahan Rakyat 2024`, `Liga Voli Antarkampus 2023`) is a report's, an event's or a
target's name dated by its year, no body (GUIDELINES §6: events, programmes and works are no
entities). A head opening it, a known body's short name or a body's word in it, a range of years
after it, a passive verb before it (the agent acts), or the article writing it elsewhere with no
year keeps a body. Whole entity lists from
`resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "kept"),
    [
        (
            "Angka itu tercatat dalam Statistik Perumahan Rakyat 2024 yang dirilis BPS. Menurut "
            "Statistik Perumahan Rakyat 2024, rumah layak huni bertambah.",
            [("Statistik Perumahan Rakyat", "ORG"), ("BPS", "ORG"), ("Statistik Perumahan Rakyat", "ORG")],
            [("BPS", "ORG", (70, 73))],
        ),
        (
            "Tim putri Makassar menang pada laga perdana Liga Voli Antarkampus 2023 di Surabaya.",
            [("Makassar", "LOC"), ("Liga Voli Antarkampus", "ORG"), ("Surabaya", "LOC")],
            [("Makassar", "LOC", (10, 18)), ("Surabaya", "LOC", (74, 82))],
        ),
    ],
)
def test_a_name_before_its_year_is_no_body(text: str, model: list, kept: list) -> None:
    assert _out(text, _model(text, model)) == kept


@pytest.mark.parametrize(
    ("text", "model", "kept"),
    [
        (
            "Konser digelar oleh Gita Swara Nusantara 2025 di Solo. Gita Swara Nusantara menyiapkan panitia.",
            [("Gita Swara Nusantara", "ORG"), ("Solo", "LOC"), ("Gita Swara Nusantara", "ORG")],
            [
                ("Gita Swara Nusantara", "ORG", (20, 40)),
                ("Solo", "LOC", (49, 53)),
                ("Gita Swara Nusantara", "ORG", (55, 75)),
            ],
        ),
        (
            "Ia lulus dari Apple Developer Academy Tangerang 2025 dengan nilai terbaik.",
            [("Apple Developer Academy Tangerang", "ORG")],
            [("Apple Developer Academy Tangerang", "ORG", (14, 47))],
        ),
        (
            "Hibah itu diterima Mitra Usaha Sejahtera 2024 dari pemerintah daerah.",
            [("Mitra Usaha Sejahtera", "ORG")],
            [("Mitra Usaha Sejahtera", "ORG", (19, 40))],
        ),
        (
            "Ia menjabat anggota Dewan Kesenian Lampung 2019-2024 sebelum pensiun.",
            [("Dewan Kesenian Lampung", "ORG")],
            [("Dewan Kesenian Lampung", "ORG", (20, 42))],
        ),
    ],
)
def test_a_body_before_a_year_stays(text: str, model: list, kept: list) -> None:
    assert _out(text, _model(text, model)) == kept
