"""A known body's short name followed by a roman numeral names one body of a numbered series
(`PTPN VII`, one of the state plantation companies): the numeral is the name's, one ORG
(GUIDELINES §6: the longest name). Whole entity lists with spans from `resolve_entities` given the
model's entities, and the cases that must stay as they were."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_roman_numeral_after_a_known_short_name_is_the_bodys() -> None:
    text = "Kebun karet milik PTPN VII di Way Berulu akan ditanami sawit tahun depan."
    assert _found(text, [("PTPN", "ORG"), ("Way Berulu", "LOC")]) == [
        ("PTPN VII", "ORG", (18, 26)),
        ("Way Berulu", "LOC", (30, 40)),
    ]


def test_a_roman_numeral_closing_a_sentence_is_the_bodys() -> None:
    text = "Lahan sengketa itu sejak lama dikelola PTPN I."
    assert _found(text, [("PTPN", "ORG")]) == [("PTPN I", "ORG", (39, 45))]


def test_a_numeral_after_a_place_stays_out() -> None:
    text = "Suara terbanyak di daerah pemilihan Lampung II diraih petahana."
    assert _found(text, [("Lampung", "LOC")]) == [("Lampung", "LOC", (36, 43))]
