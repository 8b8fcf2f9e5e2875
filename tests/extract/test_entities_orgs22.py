"""The grammar of names (`extract.ner.entities.grammar`): a body's name ends at its region
when a holder's name follows after an official's title (GUIDELINES §6)."""

from __future__ import annotations

import pytest

from extract.ner.entities import grammar_entities, tokens


@pytest.mark.xfail(
    strict=True,
    reason="the grammar grows a body past its listed region into the holder's name the model missed",
)
def test_a_body_grown_by_the_grammar_ends_at_its_region_before_the_holder() -> None:
    t = "Sementara itu, kepala Bappeda Tanggamus Warsidi saat ditemui menyebut program jalan."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Bappeda Tanggamus", "ORG")]


def test_a_body_without_a_name_after_its_region_stays_whole() -> None:
    t = "Rapat itu digelar di aula Bappeda Tanggamus, Senin pagi."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Bappeda Tanggamus", "ORG")]
