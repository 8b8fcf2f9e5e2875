"""A one-word name holding the letters of a word of exactly one other name in another order, the
same letter first (`Basiri` and `Barisi`, `Ultzy` and `Ulytz Sukma Susila`), is that name mistyped
(`extract.people.names._fold_transposed`, GUIDELINES §2: one entry per person). A short name
(`Andi`, `Adni`), a name opened by another letter, and a name fitting two stay apart."""

from __future__ import annotations

from extract.people.names import group_by_person
from tests.person_records import person_spans


def test_a_typo_of_a_longer_name_joins_it() -> None:
    text = (
        "Mahasiswa Ulytz Sukma Susila mengembangkan aplikasi bagi anak autisme. "
        "Menurut Ultzy, aplikasi itu membantu guru."
    )
    found = [("Ulytz Sukma Susila", "PER"), ("Ultzy", "PER")]
    assert person_spans(text, found) == [("Ulytz Sukma Susila", ((10, 28), (79, 84)))]


def test_two_spellings_of_one_word_name_are_one_person() -> None:
    # written as `Barisi` twice and as `Basiri` once: the spelling written more often stays
    mentions = [("Barisi", (0, 6)), ("Basiri", (30, 36)), ("Barisi", (60, 66))]
    assert group_by_person(mentions, variants=True) == [[0, 2, 1]]


def test_short_names_stay_apart() -> None:
    mentions = [("Andi", (0, 4)), ("Adni", (30, 34))]
    assert group_by_person(mentions, variants=True) == [[0], [1]]


def test_a_name_opened_by_another_letter_stays_apart() -> None:
    mentions = [("Marina", (0, 6)), ("Ramina", (30, 36))]
    assert group_by_person(mentions, variants=True) == [[0], [1]]


def test_a_name_fitting_two_stays_apart() -> None:
    mentions = [("Nasiro Budi", (0, 11)), ("Nasori Hadi", (20, 31)), ("Nasrio", (40, 46))]
    assert group_by_person(mentions, variants=True) == [[0], [1], [2]]
