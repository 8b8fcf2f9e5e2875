"""A name of title-cased words the model read as an organisation, right after `di` and before a
comma and a listed region's, district's or country's name, is the venue at its address, a place
(GUIDELINES §6: named facilities and buildings): `di Kartika Stable, Cinere, Depok`. A body's head
(`Universitas`), a word in capitals (a body's short name), an English body's word and a venue
named with no address after it keep the model's organisation. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_venue_before_its_district_and_city_is_a_place() -> None:
    text = "Seri kedua kualifikasi digelar di Kartika Stable, Cinere, Depok, Minggu."
    model = [("Kartika Stable", "ORG"), ("Cinere", "LOC"), ("Depok", "LOC")]
    assert _found(text, model) == [
        ("Kartika Stable", "LOC", (34, 48)),
        ("Cinere", "LOC", (50, 56)),
        ("Depok", "LOC", (58, 63)),
    ]


def test_a_venue_before_its_country_is_a_place() -> None:
    text = "Tim bulu tangkis bertanding di Arena Sorensen, Denmark, Selasa malam."
    model = [("Arena Sorensen", "ORG"), ("Denmark", "LOC")]
    assert _found(text, model) == [("Arena Sorensen", "LOC", (31, 45)), ("Denmark", "LOC", (47, 54))]


def test_a_university_at_its_city_stays_a_body() -> None:
    text = "Ia kini mengajar di Universitas Sukamaju, Depok, sejak 2019."
    model = [("Universitas Sukamaju", "ORG"), ("Depok", "LOC")]
    assert _found(text, model) == [("Universitas Sukamaju", "ORG", (20, 40)), ("Depok", "LOC", (42, 47))]


def test_a_short_name_in_capitals_stays_a_body() -> None:
    text = "Data itu dirilis di BPS, Jakarta, pekan lalu."
    model = [("BPS", "ORG"), ("Jakarta", "LOC")]
    assert _found(text, model) == [("BPS", "ORG", (20, 23)), ("Jakarta", "LOC", (25, 32))]


def test_a_venue_with_no_address_stays_as_the_model_read_it() -> None:
    text = "Seri ketiga digelar di Kartika Stable pada pekan depan."
    assert _found(text, [("Kartika Stable", "ORG")]) == [("Kartika Stable", "ORG", (23, 37))]


def test_a_firm_one_works_at_before_its_city_stays_a_body() -> None:
    text = "Ia bekerja di Tokopedia, Jakarta, sejak 2019."
    model = [("Tokopedia", "ORG"), ("Jakarta", "LOC")]
    assert _found(text, model) == [("Tokopedia", "ORG", (14, 23)), ("Jakarta", "LOC", (25, 32))]


def test_a_name_holding_a_bodys_word_before_its_city_stays_a_body() -> None:
    text = "Acara itu digelar di Bank Sentosa, Jakarta, pekan lalu."
    model = [("Bank Sentosa", "ORG"), ("Jakarta", "LOC")]
    assert _found(text, model) == [("Bank Sentosa", "ORG", (21, 33)), ("Jakarta", "LOC", (35, 42))]
