"""A place no gazetteer lists, no country and opened by no place's head, that the article writes
somewhere whole right after a lowercase product's noun or a verb of using one
(entities_product_nouns.txt: `aplikasi`, `fitur`, `pengguna`, `bermain`) names the product, app or
platform all through the article: no place (GUIDELINES §6: products and platforms are no
entities). A listed region, a country, a name a place's head opens, a name with more of it after
the noun, and a name written as a body stay. Whole entity lists from `resolve_entities` on
invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from extract.text.words import word_set
from tests.entity_records import nth_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # `di Strava` read as a place; the app's noun before its other mention
            "Pelari itu memamerkan catatannya di Strava. Data di aplikasi Strava menunjukkan waktunya.",
            [("Strava", "LOC", 0), ("Strava", "LOC", 1)],
            [],
        ),
        (
            "Warga bertanya langsung di Lumora, sebab pengguna Lumora kini dapat memesan tiket di Bogor.",
            [("Lumora", "LOC", 0), ("Lumora", "LOC", 1), ("Bogor", "LOC", 0)],
            [("Bogor", "LOC", (85, 90))],
        ),
    ],
)
def test_a_place_the_article_names_as_a_product_is_none(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a listed region after `mobil`: a car's origin, still the place
            "Ia menjual mobil Bandung itu kepada pedagang di Bandung.",
            [("Bandung", "LOC", 1)],
            [("Bandung", "LOC", (17, 24)), ("Bandung", "LOC", (48, 55))],
        ),
        (  # a place's head opens the name
            "Pertandingan digelar di Stadion Manahan, tempat anak-anak biasa bermain Stadion Manahan mini.",
            [("Stadion Manahan", "LOC", 0)],
            [("Stadion Manahan", "LOC", (24, 39)), ("Stadion Manahan", "LOC", (72, 87))],
        ),
        (  # more of a name after the noun: no use of the place's name alone
            "Rombongan tiba di Lumora. Mereka memakai aplikasi Lumora Travel untuk memesan kamar.",
            [("Lumora", "LOC", 0)],
            [("Lumora", "LOC", (18, 24))],
        ),
    ],
)
def test_a_place_not_named_as_a_product_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_the_product_nouns_are_lowercase_and_name_no_place_kind() -> None:
    nouns = word_set("entities_product_nouns.txt")
    assert {"aplikasi", "fitur", "platform", "pengguna", "bermain"} <= nouns
    assert not {"situs", "seri", "program", "kota", "di"} & nouns
