"""A hyphenated name (`Jean-Pierre`, `Lewis-Skelly`, `Gilgeous-Alexander`) is one name to both
of its parts when the model started its span after the hyphen or ended it before: GUIDELINES §2
keeps a person's fullest name. Two persons the article names apart, joined by a hyphen as a pair
(`Prabowo-Gibran`, `Mirza-Jihan`), stay two.

Invented Indonesian sentences in the style of national sport and world news; the model's
entities as given.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import every_place_entities
from tests.person_records import person_spans


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Utusan PBB Jean-Marc Duvalier tiba di Jakarta, Senin. Duvalier bertemu Menteri Luar Negeri.",
            [("Marc Duvalier", "PER"), ("Duvalier", "PER"), ("Jakarta", "LOC")],
            [("Jean-Marc Duvalier", ((11, 29), (54, 62)))],
        ),
        (
            "Bek kiri Tomas Hartley-Brook mencetak gol kedua lewat sundulan pada menit ke-70.",
            [("Tomas Hartley", "PER")],
            [("Tomas Hartley-Brook", ((9, 28),))],
        ),
    ],
)
def test_a_hyphenated_part_the_model_left_out_joins_the_name(text, found, expected):
    assert person_spans(text, found) == expected


def test_a_pair_named_apart_keeps_the_models_entities() -> None:
    text = "Duel Pratama-Fernando di final berlangsung sengit. Pratama unggul, Fernando menyerah."
    found = every_place_entities(text, [("Fernando", "PER")])
    assert vet_entities(text, found) == found


def test_a_first_part_left_out_opens_the_entity() -> None:
    text = "Poin terbanyak dicetak Shai Kennard-Obiora dengan 31 poin dan tujuh asis."
    assert vet_entities(text, every_place_entities(text, [("Obiora", "PER")])) == [
        Entity("Kennard-Obiora", "PER", (28, 42))
    ]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # a pair of a governor and a deputy: the deputy is named apart in the article
        (
            "Dalam 100 hari pemerintahan Mirza-Jihan, jalan provinsi diperbaiki. Wakil Gubernur Jihan "
            "meninjau lokasi.",
            [("Jihan", "PER"), ("Jihan", "PER")],
            [("Jihan", ((34, 39), (83, 88)))],
        ),
    ],
)
def test_no_part_is_taken_across_a_hyphen_that_pairs_or_joins_words(text, found, expected):
    assert person_spans(text, found) == expected


def test_a_degree_before_the_hyphen_joins_no_name() -> None:
    text = "Penghargaan itu diberikan kepada Prof Dr-Ing Bambang Setiadi di Bandung."
    found = every_place_entities(text, [("Ing Bambang Setiadi", "PER"), ("Bandung", "LOC")])
    assert vet_entities(text, found) == found
