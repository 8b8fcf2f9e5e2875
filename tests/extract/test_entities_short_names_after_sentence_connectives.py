"""A connective opening the sentence before a shouted short name (`Kemudian`, `Sementara`:
clean_connectives.txt) is no longer name's head: the short name before a verb of speech or
report still speaks for a body (GUIDELINES §6: organisations). A capitalised word inside the
sentence, or a common noun opening it (`Tersangka AK`), still makes it a longer name's tail.
Whole outputs on invented sentences."""

from __future__ import annotations

from extract.ner.entities import resolve_entities
from tests.entity_records import model_entities


def _resolved(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, e.label, e.span) for e in resolve_entities(text, model_entities(text, model))]


def test_a_short_name_after_a_connective_opening_the_sentence_speaks() -> None:
    text = "Pembangunan jalan itu tertunda. Kemudian OIKN menyatakan proyek akan selesai tahun depan."
    assert _resolved(text, [("OIKN", "ORG")]) == [("OIKN", "ORG", (41, 45))]


def test_a_connective_at_the_texts_start_is_no_head_either() -> None:
    text = "Sementara BPBD mengatakan air mulai surut di tiga desa."
    assert _resolved(text, [("BPBD", "ORG")]) == [("BPBD", "ORG", (10, 14))]


def test_a_capitalised_word_inside_the_sentence_still_opens_a_longer_name() -> None:
    text = "Menurut laporan itu, Bahana TCW berharap investor muda makin banyak."
    assert _resolved(text, [("TCW", "ORG")]) == []


def test_a_common_noun_opening_the_sentence_still_opens_a_longer_name() -> None:
    text = "Polisi menahan seorang pria. Tersangka AK mengaku menyesal atas perbuatannya."
    assert _resolved(text, [("AK", "ORG")]) == []
