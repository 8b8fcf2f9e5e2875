"""A place that opens an event's name is a place of its own (data/annotations/README.md: a place
inside an event's name is listed, the event is not; GUIDELINES §6: events are no entities): a
listed region followed by up to three capitalised words that reach an event's word
(entities_events.txt: `Festival`, `Day`, `Expo`; `page._event_named_after`). A place joined to a
name before it by a lowercase English word (`University of Singapore …`) stays inside that name,
and a body's name holding the region keeps it (`Bank Indonesia`). Whole entity lists from
`resolve_entities` on invented sentences, with the spans; the model found nothing."""

from __future__ import annotations

from extract.ner.entities import resolve_entities


def _found(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, [])]


def test_a_city_opening_a_festival_name_is_a_place() -> None:
    text = "Ribuan pengunjung datang ke acara Jogja Financial Festival pada akhir pekan."
    assert _found(text) == [("Jogja", "LOC", (34, 39))]


def test_a_country_opening_an_investment_day_is_a_place() -> None:
    text = "Pemprov memaparkan peluang usaha dalam ajang Indonesia Investment Day tahun ini."
    assert _found(text) == [("Indonesia", "LOC", (45, 54))]


def test_a_place_after_an_english_joiner_stays_in_the_name_before() -> None:
    text = "Tim kampus itu menjuarai National University of Singapore Case Competition tahun lalu."
    assert _found(text) == []


def test_a_region_inside_a_body_name_before_an_event_word_is_no_place() -> None:
    text = "Pameran Bank Indonesia Expo dibuka oleh gubernur pada Senin pagi."
    assert _found(text) == [("Bank Indonesia", "ORG", (8, 22))]


def test_a_district_word_opening_a_festival_name_is_no_place() -> None:
    text = "Wisatawan memadati karnaval Komodo Waterfront Festival pada Sabtu sore."
    assert _found(text) == []
