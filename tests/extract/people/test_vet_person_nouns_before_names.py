"""A person's noun of sport or the screen capitalised as a sentence's first word (`Legenda`,
`Rider`, `Aktris`) is no word of the name the model read after it (GUIDELINES §6: the name
without its title); one word after it may be the person's nickname and stays.

Invented Indonesian sentences in the style of national sport and entertainment news; the model's
entities as given.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.extract.people.test_persons_news import _ents, _persons


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Klub itu kalah tiga kali beruntun. Legenda Roy Keane menyebut skuad kurang disiplin.",
            [("Legenda Roy Keane", "PER")],
            [("Roy Keane", ["Roy Keane"])],
        ),
        (
            "Balapan berlangsung di bawah hujan. Rider Fabio Di Giannantonio finis di urutan kelima.",
            [("Rider Fabio Di Giannantonio", "PER")],
            [("Fabio Di Giannantonio", ["Fabio Di Giannantonio"])],
        ),
    ],
)
def test_a_person_noun_opening_the_span_is_cut_off(text, found, expected) -> None:
    assert _persons(text, found) == expected


def test_one_word_after_a_person_noun_stays_as_the_model_read_it() -> None:
    text = "Penonton bersorak panjang. Legenda Sarmo kembali naik panggung malam itu."
    ents = _ents(text, [("Legenda Sarmo", "PER")])
    assert [(e.text, e.span) for e in vet_entities(text, ents)] == [("Legenda Sarmo", (27, 40))]
