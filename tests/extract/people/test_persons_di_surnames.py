"""A surname of di- and a noun (fix29d, review D4): `Andi Dijaya`, `Made Diraja`, `Rudi Dilaga`
end on a word shaped like a passive (di- and a common word), but a passive after its subject's
name is no headline's run-on: the di- of a clause's verb is read only on a span's first word
(`Didukung Handoko Sulistyo`, pers65), so the whole name stays. Sentences are written for these
tests."""

from __future__ import annotations

import pytest

from extract.people.persons import _past_clause_words
from tests.extract.people.test_persons_body_word_bounding_a_name import _at, _spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kemarin Andi Dijaya mengatakan acara berjalan lancar.", "Andi Dijaya"),
        ("Menurut Made Diraja, upacara adat digelar tiga hari.", "Made Diraja"),
        ("Pelatih Rudi Dilaga memuji semangat para pemain muda.", "Rudi Dilaga"),
    ],
    ids=["dijaya", "diraja", "dilaga"],
)
def test_a_di_surname_closing_the_name_stays(text: str, name: str) -> None:
    assert _spans(text, [(name, "PER")]) == [(name, (_at(text, name),))]


def test_a_di_verb_opening_the_span_is_still_cut() -> None:
    t = "Dipacu Hendra Wijaya, pabrik itu menambah satu lini produksi tahun ini."
    span = _at(t, "Dipacu Hendra Wijaya")
    assert _past_clause_words(t, span) == _at(t, "Hendra Wijaya")


@pytest.mark.xfail(
    strict=True,
    reason="a di- surname opening the span (a one-word given name after it) reads as a passive verb",
)
def test_a_di_surname_opening_the_span_stays() -> None:
    t = "Dijaya Saputra mengatakan panen tahun ini lebih baik."
    span = _at(t, "Dijaya Saputra")
    assert _past_clause_words(t, span) == span
