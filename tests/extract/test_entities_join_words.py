"""The lowercase words that join one name's words come from one file (entities_joins.txt), each
with the uses of the rules that read it: `name` (the grammar grows any name across it), `english`
(an English name's parts), `article` (`the` inside an English body's name), `title` (a title's
prepositions an English name goes on across), `side` (a title's prepositions that also set two
names side by side) and `foreign` (the joins of other languages' names, which with the English
ones end no name). A member of each use that must join, and a word that must not; then whole
entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract.ner.entities.filters import _cut_before_join
from extract.ner.entities.tokens import match_head, tokens
from extract.ner.entities.words import (
    Head,
    _english_goes_on,
    _english_joins,
    _english_name_joins,
    _foreign_joins,
    _joins,
    _side_joins,
)
from extract.records import Entity
from extract.records import EntityLabel as Label

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("words", "member", "other"),
    [
        (_joins, "bin", "and"),  # `and` joins English names by the English rules only
        (_english_joins, "&", "the"),  # `the` opens a title as often as it joins a name
        (_english_name_joins, "the", "to"),  # a body's name holds no title's preposition
        (_english_goes_on, "to", "de"),
        (_side_joins, "with", "to"),  # `Circle to Search` is one name
        (_foreign_joins, "van", "with"),  # `Telkomsel with` may end a name before another
    ],
)
def test_each_use_holds_its_words(words: Callable[[], frozenset[str]], member: str, other: str) -> None:
    assert member in words()
    assert other not in words()


def test_a_name_join_is_a_joining_head() -> None:
    head = match_head(tokens("The Sunrise Hotel"), 0)
    assert head is not None and head[0] == 1 and head[2] is Head.JOIN


def test_the_grammar_grows_a_name_across_a_name_join() -> None:
    text = "Hadiah diserahkan Lembaga Kajian Umar bin Khattab Lampung kepada pemenang."
    model = [("Lembaga Kajian Umar", "ORG")]
    assert _found(text, model) == [("Lembaga Kajian Umar bin Khattab Lampung", "ORG", (18, 57))]


def test_a_name_goes_on_across_a_title_join() -> None:
    # the model's `Circle` is cut inside `Circle to Search` (`to`: a title's join): no name as it
    # stands; the whole is a phone's feature, no entity
    text = "Fitur Circle to Search kini hadir di ponsel itu."
    toks = tokens(text)
    assert _cut_before_join(Entity("Circle", Label.ORG.value, (6, 12)), toks)
    assert _found(text, [("Circle", "ORG")]) == []


def test_a_side_join_before_another_name_keeps_both() -> None:
    text = "Kerja sama Telkomsel with Google diumumkan di Jakarta."
    model = [("Telkomsel", "ORG"), ("Google", "ORG"), ("Jakarta", "LOC")]
    assert _found(text, model) == [
        ("Telkomsel", "ORG", (11, 20)),
        ("Google", "ORG", (26, 32)),
        ("Jakarta", "LOC", (46, 53)),
    ]


def test_a_foreign_join_before_a_chain_s_brand_makes_no_hospital_of_the_last_words() -> None:
    # `van` (a foreign join, added to the hospital rule's joins by the one file): the brand and the
    # hospital's word are a longer name's last words, left as read (the model read nothing here)
    joined = "Dana itu berasal dari yayasan keluarga van Cempaka Hospital."
    assert _found(joined, []) == []
    alone = "Dana itu berasal dari yayasan keluarga Cempaka Hospital."
    assert _found(alone, []) == [("Cempaka Hospital", "ORG", (39, 55))]
