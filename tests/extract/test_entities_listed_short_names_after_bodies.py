"""Organisations with their short names: a listed body's short name alone in brackets right
after the body's name it spells is an entry of its own (GUIDELINES §6: `Universitas Lampung
(Unila)` gives `Universitas Lampung` and `Unila`), also where the model tags only the name; one
a name goes on after stays inside it. Whole entity lists from `resolve_entities` on invented
sentences, the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a religious body's name, then its short name and a place word
        (
            "Ribuan santri Nahdlatul Ulama (NU) berkumpul di alun-alun Metro.",
            [("Nahdlatul Ulama", "ORG"), ("Metro", "LOC")],
            [
                ("Nahdlatul Ulama", "ORG", (14, 29)),
                ("NU", "ORG", (31, 33)),
                ("Metro", "LOC", (58, 63)),
            ],
        ),
        # an agency's name after a title, then a comma
        (
            "Mantan Kepala Badan Narkotika Nasional (BNN), kata dia, kini pensiun.",
            [("Badan Narkotika Nasional", "ORG")],
            [("Badan Narkotika Nasional", "ORG", (14, 38)), ("BNN", "ORG", (40, 43))],
        ),
        # a chamber's name spelled with `dan`, at the end of the sentence
        (
            "Usulan itu datang dari Kamar Dagang dan Industri (Kadin).",
            [("Kamar Dagang dan Industri", "ORG")],
            [("Kamar Dagang dan Industri", "ORG", (23, 48)), ("Kadin", "ORG", (50, 55))],
        ),
    ],
)
def test_a_listed_short_name_after_the_body_it_spells_is_an_entry(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the name goes on after the brackets: one name
        (
            "Pengurus Kamar Dagang dan Industri (Kadin) Indonesia bertemu investor.",
            [("Kamar Dagang dan Industri", "ORG"), ("Indonesia", "LOC")],
            [("Kamar Dagang dan Industri", "ORG", (9, 34)), ("Indonesia", "LOC", (43, 52))],
        ),
    ],
)
def test_a_bracketed_short_name_inside_a_name_adds_none(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
