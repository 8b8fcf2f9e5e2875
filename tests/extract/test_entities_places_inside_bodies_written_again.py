"""A place the model reads inside words the article elsewhere gives as one body's name is that
body again (`_bodies_written_again`): the mention becomes the body's ORG, found wherever the
place's words stand inside the body's name; a place outside any such words stays a place."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities
from extract.records import Entity


def _resolved(text: str, model: list[tuple[str, str, bool]]) -> list[tuple[str, str, tuple[int, int]]]:
    """resolve_entities over the model's (text, label, last mention?) spans."""
    ents = []
    for words, label, last in model:
        at = text.rindex(words) if last else text.index(words)
        ents.append(Entity(words, label, (at, at + len(words))))
    return [(e.text, e.label, e.span) for e in resolve_entities(text, ents)]


CASES = [
    (
        "Toko Roti Mawar Sari membuka cabang baru pekan lalu. "
        "Pembeli mengantre di Toko Roti Mawar Sari sejak pagi.",
        [("Toko Roti Mawar Sari", "ORG", False), ("Mawar Sari", "LOC", True)],
        [("Toko Roti Mawar Sari", "ORG", (0, 20)), ("Toko Roti Mawar Sari", "ORG", (74, 94))],
    ),
    (
        # the body's name without its legal form counts too
        "Koperasi Tani Subur Makmur menggelar rapat anggota. Pengurus Tani Subur Makmur menyetujui laporan.",
        [("Koperasi Tani Subur Makmur", "ORG", False), ("Subur Makmur", "LOC", True)],
        [("Koperasi Tani Subur Makmur", "ORG", (0, 26)), ("Tani Subur Makmur", "ORG", (61, 78))],
    ),
]


@pytest.mark.parametrize(("text", "model", "expected"), CASES)
def test_a_place_inside_a_body_written_again_is_the_body(text: str, model: list, expected: list) -> None:
    assert _resolved(text, model) == expected


def test_a_place_outside_the_bodys_words_stays_a_place() -> None:
    text = "Toko Roti Mawar Sari buka hari ini. Warga Mawar Sari menyambut gembira."
    model = [("Toko Roti Mawar Sari", "ORG", False), ("Mawar Sari", "LOC", True)]
    assert _resolved(text, model) == [
        ("Toko Roti Mawar Sari", "ORG", (0, 20)),
        ("Mawar Sari", "LOC", (42, 52)),
    ]
