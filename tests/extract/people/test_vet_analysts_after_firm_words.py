"""Entity vetting (people23): after an analyst's noun (`Analis`, `Peneliti`: entities_analyst_nouns.txt)
the firm's word right before a name (`Sekuritas`) makes no thing of the name, as after a
title: the analyst is a person (GUIDELINES §2). Invented sentences, whole outputs."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.entity_records import model_entities as _ents


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Analis Cakra Wibawa Sekuritas Dimas Prasetyo mengatakan indeks masih melemah pekan ini.",
            "Dimas Prasetyo",
        ),
        ("Peneliti Cakra Wibawa Sekuritas Laras Anindita menilai indeks saham masih kuat.", "Laras Anindita"),
    ],
)
def test_an_analyst_after_his_firm_s_word_is_a_person(text: str, name: str) -> None:
    ents = _ents(text, [(name, "PER")])
    assert vet_entities(text, ents) == ents


def test_a_name_right_after_a_firm_s_word_with_no_analyst_before_names_a_thing() -> None:
    t = "Nasabah lama tetap dilayani di kantor cabang Sekuritas Dimas Prasetyo yang baru dibuka."
    assert vet_entities(t, _ents(t, [("Dimas Prasetyo", "PER")])) == []
