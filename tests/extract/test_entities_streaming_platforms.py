"""A streaming platform the match is watched on is no place and no body (GUIDELINES §6:
platforms are no entities; `entities_not.txt`). Whole entity lists from `resolve_entities` on
invented sentences, with the spans."""

from __future__ import annotations

from extract.ner.entities import resolve_entities
from extract.records import Entity


def test_a_streaming_platform_after_di_is_no_place() -> None:
    text = "Laga Persija melawan Persib bisa ditonton gratis di Vidio mulai pukul 19.00 WIB."
    model = [
        Entity("Persija", "ORG", (5, 12)),
        Entity("Persib", "ORG", (21, 27)),
        Entity("Vidio", "LOC", (52, 57)),
    ]
    found = [(e.text, str(e.label), e.span) for e in resolve_entities(text, model)]
    assert found == [("Persija", "ORG", (5, 12)), ("Persib", "ORG", (21, 27))]
