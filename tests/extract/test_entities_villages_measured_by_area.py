"""Places read in news-raw regional news (issue 12, session 35): a list of villages, each with the
land it holds in brackets (`Bumidaya (9 Ha), Pulaujaya (45 ha)`), names places, not persons; a
bracket holding an age keeps the person. Whole entity lists and persons with spans from the
pipeline, on invented sentences."""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level word opens the list; every item measured by its area
        (
            "Padi puso terdapat di Desa Sukamaju seluas (15 hektare), Bumidaya (9 Ha), "
            "Pulaujaya (45 ha) dan Mekarmulya (20 Ha).",
            [
                ("Desa Sukamaju", "LOC", (22, 35)),
                ("Bumidaya", "LOC", (57, 65)),
                ("Pulaujaya", "LOC", (74, 83)),
                ("Mekarmulya", "LOC", (96, 106)),
            ],
        ),
        # an age in brackets: the names stay persons
        (
            "Hadir dalam acara itu Bumidaya (45) dan Mekarmulya (52), warga setempat.",
            [("Bumidaya", "PER", (22, 30)), ("Mekarmulya", "PER", (40, 50))],
        ),
    ],
)
def test_names_measured_by_area_are_places(text: str, expected: list) -> None:
    assert _entities(text) == expected


def test_villages_measured_by_area_are_no_persons() -> None:
    text = (
        "Padi puso terdapat di Desa Sukamaju seluas (15 hektare), Bumidaya (9 Ha), "
        "Pulaujaya (45 ha) dan Mekarmulya (20 Ha)."
    )
    assert extract_article(text.encode("utf-8")).to_dict()["persons"] == []
