"""The organisation decision's `in_title` feature: the name as whole words of an official's title
(`Dinas Pendidikan` in `Kepala Dinas Pendidikan`), never a piece of one of its words (`Misa` in
`Komisaris`, `Uber` in `Gubernur`)."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.ner.entities.decision import FEATURES, org_features
from extract.records import Entity, EntityLabel, Official


def _in_title(text: str, name: str, title: str) -> float:
    s = text.index(name)
    ent = Entity(name, EntityLabel.ORG, (s, s + len(name)))
    official = Official("Budi Santoso", title, (0, 1))
    return org_features(text, tokens(text), [ent], [ent], [official])[FEATURES.index("in_title")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Umat memadati Misa di gereja itu, ujar Komisaris Utama Budi Santoso.", "Misa", "Komisaris Utama"),
        ("Pengemudi Uber mengeluh, ujar Gubernur Jawa Timur Budi Santoso.", "Uber", "Gubernur Jawa Timur"),
    ],
)
def test_a_piece_of_a_title_word_is_not_in_the_title(text: str, name: str, title: str) -> None:
    assert _in_title(text, name, title) == 0.0


def test_the_name_as_words_of_the_title_is_in_it() -> None:
    text = "Dinas Pendidikan menambah guru, kata Kepala Dinas Pendidikan Budi Santoso."
    assert _in_title(text, "Dinas Pendidikan", "Kepala Dinas Pendidikan") == 1.0
