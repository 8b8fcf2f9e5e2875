"""A two-word name in brackets after a person, in a sentence that puts an organisation in brackets
after another person (`Lewis Hamilton (Mercedes), Fernando Alonso (Aston Martin)`), is that
person's team too: one sense per list, an organisation, no person (GUIDELINES §6). A cast list
(`Sekar (Shenina Cinnamon), Adam (Bima Zeno)`) holds no body in brackets: its actors stay persons,
and a bracketed name in another sentence is not read.

Invented Indonesian sentences in the style of sport and film news; whole person lists with every
mention's span.
"""

from __future__ import annotations

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_GRID = (
    "Di belakangnya menyusul Rafael Moretti (Ferrari), Jonas Lindqvist (Aston Martin), dan "
    "Tomas Varga (Williams) pada sesi kualifikasi."
)
FOUND_GRID = [
    ("Rafael Moretti", "PER"),
    ("Ferrari", "ORG"),
    ("Jonas Lindqvist", "PER"),
    ("Aston Martin", "PER"),
    ("Tomas Varga", "PER"),
    ("Williams", "ORG"),
]


def test_a_bracketed_name_beside_a_bracketed_team_is_a_team() -> None:
    assert _found(TEXT_GRID, FOUND_GRID) == [
        ("Rafael Moretti", (_at(TEXT_GRID, "Rafael Moretti"),)),
        ("Jonas Lindqvist", (_at(TEXT_GRID, "Jonas Lindqvist"),)),
        ("Tomas Varga", (_at(TEXT_GRID, "Tomas Varga"),)),
    ]


TEXT_CAST = (
    "Film itu mengikuti Sekar (Laras Wijayanti), Adam (Bima Prasetya), dan Isham (Rian Saputra) "
    "yang tumbuh di panti asuhan."
)
FOUND_CAST = [
    ("Sekar", "PER"),
    ("Laras Wijayanti", "PER"),
    ("Adam", "PER"),
    ("Bima Prasetya", "PER"),
    ("Isham", "PER"),
    ("Rian Saputra", "PER"),
]


def test_a_cast_list_with_no_body_in_brackets_keeps_its_actors() -> None:
    names = [name for name, _ in _found(TEXT_CAST, FOUND_CAST)]
    assert names == ["Sekar", "Laras Wijayanti", "Adam", "Bima Prasetya", "Isham", "Rian Saputra"]


TEXT_OTHER_SENTENCE = (
    "Gelar itu direbut Rafael Moretti (Ferrari). Pekan depan ia menjamu Hendra Kusuma (Bima Sakti) "
    "di laga persahabatan."
)
FOUND_OTHER_SENTENCE = [
    ("Rafael Moretti", "PER"),
    ("Ferrari", "ORG"),
    ("Hendra Kusuma", "PER"),
    ("Bima Sakti", "PER"),
]


def test_a_team_in_another_sentence_is_no_list_mate() -> None:
    names = [name for name, _ in _found(TEXT_OTHER_SENTENCE, FOUND_OTHER_SENTENCE)]
    assert "Bima Sakti" in names


TEXT_SUBSTITUTES = (
    "Susunan pemain: Damar Wicaksono, Luca Ferraro (Tim Hansen 78), Ivo Marek (Pieter de Vries 84), "
    "dan Kurt Adler (Velmora Juniors)."
)
FOUND_SUBSTITUTES = [
    ("Damar Wicaksono", "PER"),
    ("Luca Ferraro", "PER"),
    ("Tim Hansen 78", "PER"),
    ("Ivo Marek", "PER"),
    ("Pieter de Vries 84", "PER"),
    ("Kurt Adler", "PER"),
    ("Velmora Juniors", "ORG"),
]


def test_a_substitute_with_his_minute_in_brackets_is_no_team() -> None:
    names = [name for name, _ in _found(TEXT_SUBSTITUTES, FOUND_SUBSTITUTES)]
    assert "Pieter de Vries" in names
