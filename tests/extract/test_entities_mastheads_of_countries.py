"""An English newspaper's masthead suffix (`Times`) with `of` and a country's name after it
(`Times of India`) is the outlet, one ORG (GUIDELINES §6: a news outlet named in the body is an
organisation), and the country inside it no place of its own; a masthead's suffix with `of`
and no country after it gives no outlet. Whole entity lists from `resolve_entities` on
invented sentences, with the model's entities given."""

from __future__ import annotations

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


def test_a_masthead_of_a_country_is_the_outlet() -> None:
    text = "Menurut laporan Times of Israel, harga roti di Yerusalem naik pekan lalu."
    found = _out(text, _model(text, [("Times", "ORG"), ("Israel", "LOC"), ("Yerusalem", "LOC")]))
    assert found == [("Times of Israel", "ORG", (16, 31)), ("Yerusalem", "LOC", (47, 56))]


def test_a_masthead_of_a_country_after_a_citing_verb_opening_a_sentence() -> None:
    text = "Harga emas turun. Melansir Times of India, permintaan perhiasan ikut merosot."
    found = _out(text, _model(text, [("Melansir Times", "ORG"), ("India", "LOC")]))
    assert found == [("Times of India", "ORG", (27, 41))]


def test_a_masthead_suffix_with_of_and_no_country_gives_no_outlet() -> None:
    text = "Novel Times of Sorrow karya penulis muda itu laris di Jakarta."
    found = _out(text, _model(text, [("Jakarta", "LOC")]))
    assert found == [("Jakarta", "LOC", (54, 61))]
