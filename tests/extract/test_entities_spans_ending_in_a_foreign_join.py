"""An ORG or a LOC whose last word is a lowercase join of a foreign name (`of`, `for`, `de`,
`van`) was cut inside a longer name, a work's, a person's or a body's: no name as it stands, it
gives nothing. A whole name with the join inside it stays, and so does a person's name. Whole
entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Peneliti dari University of sebuah kampus di Ohio ikut menulis laporan itu.",
            [("University of", "ORG")],
        ),
        (
            "Penonton menyukai film The Legend of Meridian yang tayang pekan ini.",
            [("The Legend of", "ORG")],
        ),
        (
            "Balapan berikutnya digelar di Circuit de la Vallee pada Juni.",
            [("Circuit de", "LOC")],
        ),
    ],
)
def test_a_span_ending_in_a_foreign_join_is_no_name(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


def test_a_body_with_a_join_inside_stays() -> None:
    text = "Data itu dirilis International Institute of Tropical Farming kemarin."
    model = [("International Institute of Tropical Farming", "ORG")]
    assert _found(text, model) == [("International Institute of Tropical Farming", "ORG", (17, 60))]
