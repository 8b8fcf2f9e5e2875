"""Organisations read on news-raw (session 20): a masthead with its desk glued to the word before
it by a lost space (`kepadadetikJateng`) is the outlet alone (GUIDELINES §6: outlets named in the
body are organisations). Whole entity lists from `resolve_entities` on invented sentences, with
the spans, and cases that must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the model reads the glued words as one body: the outlet is the masthead and its desk
        (
            "Hal itu disampaikan Kapolsek kepadadetikJateng melalui pesan singkat.",
            [("kepadadetikJateng", "ORG")],
            [("detikJateng", "ORG", (35, 46))],
        ),
        # a capitalised source cue glued on
        (
            "DilansirdetikFinance, harga cabai rawit naik dua kali lipat.",
            [],
            [("detikFinance", "ORG", (8, 20))],
        ),
        # a function word glued after the desk is no part of it
        (
            "Para pedagang ditemuidetikSulseldi pasar pagi tadi.",
            [],
            [("detikSulsel", "ORG", (21, 32))],
        ),
        # a second capitalised word glued after the desk starts a word of its own
        (
            "Jadwal siaran daridetikSepakbolaKamis sudah diumumkan.",
            [],
            [("detikSepakbola", "ORG", (18, 32))],
        ),
    ],
)
def test_a_glued_masthead_is_the_outlet_alone(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_word_glued_to_a_capital_without_a_masthead_is_no_outlet() -> None:
    text = "Warga menyebutnya kampungHijau sejak lama."
    assert _found(text, []) == []
