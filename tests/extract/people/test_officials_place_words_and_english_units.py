"""Holders and persons read again on unseen news (issues 12 and 13, session 16, review20: the
names16 rules on news-raw 4000-4399 and 9400-9700).

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.people.persons import entity_names, extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity, Person

from .test_roles import _officials, _per, _rec


def _at(sentence: str, word: str, nth: int = 0) -> Entity:
    """The model's person ``word`` at its ``nth`` place in ``sentence``."""
    s = -1
    for _ in range(nth + 1):
        s = sentence.index(word, s + 1)
    return Entity(word, "PER", (s, s + len(word)))


def _persons(sentence: str, ents: list[Entity]) -> list[Person]:
    roles = scan_roles(sentence, ents)
    names = entity_names(sentence, ents, roles)
    officials = extract_officials(sentence, entities=ents, roles=roles, names=names)
    return extract_persons(sentence, ents, officials=officials, roles=roles, names=names)


# ------------------------------- a title's place word is no person where it stands alone elsewhere

PLACE_WORD = (
    "Gapura Pekon Batusari diresmikan. Peratin Batu Sari Waluyo mengatakan, gapura itu "
    "dibangun swadaya. Warung Makan Sari di ujung jalan ikut ramai."
)


def test_a_place_word_the_title_holds_names_no_one_elsewhere() -> None:
    # the model: the place's first word a place, its last word and the name a person
    batu = _at(PLACE_WORD, "Batu ").span[0]
    ents = [Entity("Batu", "LOC", (batu, batu + 4)), _at(PLACE_WORD, "Sari Waluyo")]
    ents.append(_at(PLACE_WORD, "Sari", 1))
    start = PLACE_WORD.index("Waluyo")
    assert _persons(PLACE_WORD, ents) == [Person(name="Waluyo", mentions=((start, start + 6),))]


def test_a_one_word_person_outside_any_title_stays() -> None:
    sentence = "Warga Pekon Tanjungsari menerima bantuan. Sari mengatakan, bantuan itu cukup."
    start = sentence.index("Sari ")
    assert _persons(sentence, [Entity("Sari", "PER", (start, start + 4))]) == [
        Person(name="Sari", mentions=((start, start + 4),))
    ]


# ---------------------------- a company's name between a post's English unit and the holder

UNIT_COMPANIES = [
    (
        "Para nasabah Kirana kini bisa menabung lewat aplikasi. Head of Marketing Kirana Budi Hartanto "
        "menyebut pengguna naik.",
        "Kirana Budi Hartanto",
        ("Head of Marketing Kirana Budi Hartanto", "Budi Hartanto", "Head of Marketing Kirana"),
    ),
    (
        # the first word is the holder's own name: the article quotes her by it
        "Head of Marketing Ajeni Dewi Kartika hadir. Produk baru laris, kata Ajeni. Ajeni "
        "menambahkan hal lain.",
        "Ajeni Dewi Kartika",
        ("Head of Marketing Ajeni Dewi Kartika", "Ajeni Dewi Kartika", "Head of Marketing"),
    ),
]


@pytest.mark.parametrize(("sentence", "per", "expected"), UNIT_COMPANIES)
def test_a_company_word_after_an_english_unit_is_the_title(
    sentence: str, per: str, expected: tuple[str, str, str]
) -> None:
    assert _officials(sentence, _per(sentence, per)) == [_rec(sentence, *expected)]


@pytest.mark.xfail(
    strict=True,
    reason="a brand written with a lowercase first letter (iPhone) ends the title's run; read as a "
    "capitalised word it also opens TM Roh's title to `… Samsung Electronics TM` and leaves the "
    "name `Roh` (news-raw: 3 right, 2 wrong; session 42)",
)
def test_an_english_post_of_a_brand_written_in_camel_case() -> None:
    s = "Ponsel itu lebih awet, kata Vice President of Worldwide iPhone Marketing Nusa Budi Hartanto, Rabu."
    assert _officials(s, _per(s, "Budi Hartanto")) == [
        _rec(
            s,
            "Vice President of Worldwide iPhone Marketing Nusa Budi Hartanto",
            "Budi Hartanto",
            "Vice President of Worldwide iPhone Marketing Nusa",
        )
    ]
