"""An ORG of capitalised English words that a word for a position ends (`Manager`, `Specialist`,
`Head`: entities_english_position_tails.txt) is a position's title written head-last, no body
(GUIDELINES §6: titles alone are no entities); the body named after it stays, a head opening the
span names a body (`Tim …`) and a known body's short name in it is left to the title rules.
Whole entity lists from `resolve_entities` on invented sentences, with the model's entities
given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Hal itu disampaikan Regional Sales Manager PT Sinar Laut, Budi Hartono, di Medan.",
            [("Regional Sales Manager", "ORG"), ("PT Sinar Laut", "ORG"), ("Medan", "LOC")],
        ),
        (
            "Menurut Inclusion Specialist Bappenas, Rina Wulandari, data itu belum lengkap.",
            [("Inclusion Specialist", "ORG"), ("Bappenas", "ORG")],
        ),
        (
            "Kata Corporate Banking Division Head bank tersebut, kredit tumbuh pesat.",
            [("Corporate Banking Division Head", "ORG")],
        ),
    ],
)
def test_an_english_title_ending_in_a_position_word_is_none(text: str, model: list) -> None:
    found = _out(text, _model(text, model))
    assert not any(e[0].endswith(("Manager", "Specialist", "Head")) for e in found)


def test_the_body_after_the_title_stays() -> None:
    text = "Hal itu disampaikan Regional Sales Manager PT Sinar Laut, Budi Hartono, di Medan."
    found = _out(
        text, _model(text, [("Regional Sales Manager", "ORG"), ("PT Sinar Laut", "ORG"), ("Medan", "LOC")])
    )
    assert found == [
        ("PT Sinar Laut", "ORG", (43, 56)),
        ("Medan", "LOC", (75, 80)),
    ]


def test_a_head_opening_the_span_names_a_body() -> None:
    text = "Kemenangan itu diraih Tim Brand Consultant dari Surabaya."
    found = _out(text, _model(text, [("Tim Brand Consultant", "ORG"), ("Surabaya", "LOC")]))
    assert found == [("Tim Brand Consultant", "ORG", (22, 42)), ("Surabaya", "LOC", (48, 56))]
