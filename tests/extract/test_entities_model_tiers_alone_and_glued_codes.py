"""A model's tier words alone (`versi Ultra`, `Pro Max` cut from `iPhone 16 Pro Max`:
entities_model_tiers.txt) name an edition of a product, no body; a model's word with its number
glued on (`Reno16`, `Note20`) is a model's code before a tier word (`Reno16 Pro`), while a
team's name so written with no tier after it stays a body (`Yamaha Tech3`). GUIDELINES §6:
products are no entities. Whole entity lists from `resolve_entities` on invented sentences,
with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Berbeda dari versi Ultra, ponsel ini lebih ringkas.", [("Ultra", "ORG")]),
        ("Layar iPhone 16 Pro Max kini lebih terang.", [("Pro Max", "ORG")]),
        ("Harga MacBook Neo di Indonesia belum diumumkan.", [("Neo", "ORG"), ("Indonesia", "LOC")]),
    ],
)
def test_tier_words_alone_are_no_body(text: str, model: list) -> None:
    found = _out(text, _model(text, model))
    assert [e for e in found if e[1] == "ORG"] == []


def test_a_glued_model_code_before_a_tier_is_a_product() -> None:
    text = "Oppo merilis Reno16 Pro di Jakarta pada Kamis."
    found = _out(text, _model(text, [("Oppo", "ORG"), ("Reno16 Pro", "ORG"), ("Jakarta", "LOC")]))
    assert found == [("Oppo", "ORG", (0, 4)), ("Jakarta", "LOC", (27, 34))]


def test_a_team_written_with_a_glued_number_and_no_tier_stays_a_body() -> None:
    text = "Pebalap Yamaha Tech3 itu finis keenam di Mandalika."
    found = _out(text, _model(text, [("Yamaha Tech3", "ORG"), ("Mandalika", "LOC")]))
    assert found == [("Yamaha Tech3", "ORG", (8, 20)), ("Mandalika", "LOC", (41, 50))]
