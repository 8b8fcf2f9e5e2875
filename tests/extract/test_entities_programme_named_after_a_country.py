"""A listed country right after the noun for a programme (`program Indonesia terang`, `program
Indonesia pintar`) opens the programme's name, never says where a thing comes from: no place
(GUIDELINES §6: programmes are no entity; mend36), unlike after a product's kind (`mobil Tiongkok`)
or a theme's noun (`video bertema Palestina`), where the country stays a place. Whole entity lists
from `resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


def test_a_country_after_a_programmes_noun_is_no_place() -> None:
    text = "Desa itu kini menikmati listrik berkat program Indonesia terang dari pemerintah."
    assert _out(text, _model(text, [("Indonesia", "LOC")])) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Penjualan mobil Tiongkok naik tajam tahun ini.", [("Tiongkok", "LOC", (16, 24))]),
        ("Ia mengunggah video bertema Palestina di akunnya.", [("Palestina", "LOC", (28, 37))]),
    ],
    ids=["products-kind", "themes-noun"],
)
def test_a_country_after_a_products_kind_or_a_themes_noun_stays_a_place(text: str, expected: list) -> None:
    name = expected[0][0]
    assert _out(text, _model(text, [(name, "LOC")])) == expected
