"""An English body's last word in the plural (`Companies`) ends a company's name as the singular
does (entities_english_bodies.txt): the name spelled out before its bracketed short name is an ORG
and the short name an entry of its own (GUIDELINES §6). Whole outputs on invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_a_plural_company_word_ends_a_spelled_name_and_its_short_name() -> None:
    text = "Bulog menggandeng Sinar Group Companies (SGC) dalam penyaluran gula murah."
    assert _entities(text) == [
        ("Bulog", "ORG", (0, 5)),
        ("Sinar Group Companies", "ORG", (18, 39)),
        ("SGC", "ORG", (41, 44)),
    ]


def test_lowercase_companies_before_initials_name_nothing() -> None:
    text = "Petani menjual tebu kepada beberapa companies lokal (CL) di pinggir kota."
    assert _entities(text) == []
