"""A meeting with the press named in capitals (`Media Gathering`, `Taklimat Media`) is an event, no
organisation (GUIDELINES §6: events are no entities; entities_events.txt). Whole entity lists on
invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_a_media_gathering_is_no_body() -> None:
    text = "Hal itu disampaikan Rina Kartika dalam Media Gathering di Bandung, Kamis (9/10/2025)."
    assert _entities(text) == [("Rina Kartika", "PER", (20, 32)), ("Bandung", "LOC", (58, 65))]


def test_a_taklimat_media_is_no_body() -> None:
    text = "Dalam Taklimat Media di Gedung Sate, Dedi Kurnia memaparkan capaian itu."
    names = [e for e in _entities(text) if e[1] == "ORG"]
    assert names == []
