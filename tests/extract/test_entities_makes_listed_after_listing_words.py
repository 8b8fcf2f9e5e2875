"""Places read on unseen regional news (news-raw 5550-5699, Lampung): the names a make's or a
variety's word lists after `yaitu`, `yakni`, `seperti` or a colon are brands, variants and
varieties, no places and no bodies (GUIDELINES §6: products and brands as products are no
entities). Whole entity lists from `resolve_entities` on invented sentences, with the model's
spans given, and the lists of places after a listing word that stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # brands of cooking oil after `brand yaitu`
        (
            "Minyak goreng murah tersedia untuk dua brand yaitu Sinar Mas, Bimoli dan Tropical "
            "di Kota Metro.",
            [("Bimoli", "LOC"), ("Tropical", "LOC"), ("Kota Metro", "LOC")],
            [("Kota Metro", "LOC", (85, 95))],
        ),
        # a car's variants after `varian seperti`, one read as a body
        (
            "Mobil listrik itu dijual dalam tiga varian seperti Prime, Ultimate, dan Ultimate AWD "
            "di Jakarta.",
            [("Prime", "LOC"), ("Ultimate", "ORG"), ("Ultimate AWD", "ORG"), ("Jakarta", "LOC")],
            [("Jakarta", "LOC", (88, 95))],
        ),
        # rice varieties after `varietas:`
        (
            "Benih yang dibagikan di Pringsewu terdiri atas dua varietas: Mekongga dan Situ Bagendit.",
            [("Pringsewu", "LOC"), ("Mekongga", "LOC"), ("Situ Bagendit", "LOC")],
            [("Pringsewu", "LOC", (24, 33))],
        ),
    ],
)
def test_names_a_makes_word_lists_are_no_places(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # places listed after `yaitu` with no make's word before it stay places
        (
            "Bantuan benih disalurkan ke tiga pekon yaitu Sukadana, Margodadi dan Sidomulyo.",
            [("Sukadana", "LOC"), ("Margodadi", "LOC"), ("Sidomulyo", "LOC")],
            [("Sukadana", "LOC", (45, 53)), ("Margodadi", "LOC", (55, 64)), ("Sidomulyo", "LOC", (69, 78))],
        ),
        # a product's word before `seperti` is no make's: the places it lists stay
        (
            "Produk kerajinan dikirim ke daerah seperti Pringsewu, Metro dan Tanggamus setiap pekan.",
            [("Pringsewu", "LOC"), ("Metro", "LOC"), ("Tanggamus", "LOC")],
            [("Pringsewu", "LOC", (43, 52)), ("Metro", "LOC", (54, 59)), ("Tanggamus", "LOC", (64, 73))],
        ),
    ],
)
def test_places_listed_after_a_listing_word_stay(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
