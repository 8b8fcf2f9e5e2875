"""Words shaped like verbs (`extract.text.words.verb_like`): a verb's prefix (meN-, ber-, di-,
ter-) or a `-kan` ending on a word long enough, with the length and the endings a caller asks
for; and the stem-counting shape that ends no name in a title (`titles.tails._AFFIXED_STEM`)."""

from __future__ import annotations

import pytest

from extract.people.titles.tails import _AFFIXED_STEM
from extract.text.words import verb_like


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("menyapa", True),
        ("berharap", True),
        ("dibuka", True),
        ("terbakar", True),
        ("salurkan", True),
        ("berat", True),  # five characters: the default length
        ("media", True),
        ("dana", False),  # four characters: too short
        ("kantor", False),
        ("Menyapa", False),  # the prefixes are read in lowercase
    ],
)
def test_default_shape(word: str, shaped: bool) -> None:
    assert verb_like(word) is shaped


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("mengatur", True),
        ("berada", True),
        ("media", False),  # five characters: short of six
        ("berat", False),
        ("sampaikan", False),  # no ending is read
    ],
)
def test_longer_words_without_endings(word: str, shaped: bool) -> None:
    assert verb_like(word, min_len=6, suffixes=()) is shaped


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("mengungkapkan", True),
        ("dilantik", True),
        ("media", True),  # me- and three letters
        ("berharap", True),
        ("berat", False),  # ber- and two letters: the stem is counted, not the word
        ("terus", False),
        ("bukan", False),  # -kan after two letters
        ("rumahnya", True),  # -nya and -lah endings count here
        ("pergilah", True),
        ("ber-ulang", False),  # letters only
    ],
)
def test_stem_counting_shape(word: str, shaped: bool) -> None:
    assert (_AFFIXED_STEM.get().fullmatch(word) is not None) is shaped
