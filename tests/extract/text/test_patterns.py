"""The shared regex helpers (`extract.text.patterns`): the longest-first alternation every word
list is matched through."""

from __future__ import annotations

import doctest

import regex

import extract.text.patterns
from extract.text.patterns import alternation


def test_the_longest_word_is_tried_first() -> None:
    rx = regex.compile(rf"(?:{alternation(['se', 'sebelas', 'M', 'miliar'])})")
    assert [m.group() for m in rx.finditer("sebelas miliar")] == ["sebelas", "miliar"]


def test_words_are_escaped_and_blanks_match_the_given_pattern() -> None:
    rx = regex.compile(alternation(["s.d.", "atas nama"], space=r"\s+"))
    assert rx.fullmatch("atas   nama") and rx.fullmatch("s.d.")
    assert rx.fullmatch("sxdx") is None


def test_only_the_phrases_fold_picks_match_in_any_case() -> None:
    rx = regex.compile(alternation(["APBD", "tahun anggaran"], space=" ", fold=lambda w: not w.isupper()))
    assert rx.fullmatch("Tahun Anggaran") and rx.fullmatch("APBD")
    assert rx.fullmatch("apbd") is None


def test_an_empty_list_gives_an_empty_alternation() -> None:
    assert alternation([]) == ""


def test_doctests() -> None:
    result = doctest.testmod(extract.text.patterns)
    assert result.attempted and not result.failed
