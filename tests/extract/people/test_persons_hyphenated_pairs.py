"""Two persons written as a pair with a hyphen (`pasangan Dimas-Rina`, `paslon Tumbelaka-Rorimpa`)
are two persons, not one name run over the hyphen: the model's span stays as it gave it when both
parts are given names of the lexicon or a pair word (names_pair_words.txt) stands right before the
pair or one word before it (`ganda putri`) (GUIDELINES §2: one entity per person).

Invented Indonesian sentences in the style of regional event and election news; the model's
entities as given.
"""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.entity_records import every_place_entities


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two given names of the lexicon, with a pair word
        (
            "Piala diserahkan kepada pasangan Dimas-Rina, juara lomba dansa tingkat kabupaten.",
            [("Dimas", "PER")],
        ),
        # two given names of the lexicon, no pair word
        ("Piala diserahkan kepada Budi-Santi, juara lomba dansa tingkat kabupaten.", [("Santi", "PER")]),
        # names the lexicon lacks, after a pair word
        ("KPU menetapkan paslon Tumbelaka-Rorimpa sebagai peraih suara terbanyak.", [("Tumbelaka", "PER")]),
        (
            "Gelar ganda putri diraih duet Kalangie-Sumampouw setelah menang dua gim langsung.",
            [("Sumampouw", "PER")],
        ),
        # a pair word with its modifier before the pair
        ("Juara ganda putri Xiong-Hua meraih emas di final.", [("Hua", "PER")]),
    ],
)
def test_a_hyphenated_pair_stays_two_persons(text, found):
    ents = every_place_entities(text, found)
    assert vet_entities(text, ents) == ents
