"""The model's entities for tests: spans found in the text, left to right."""

from __future__ import annotations

from extract import extract_article
from extract.records import Entity


def model_entities(text: str, items: list[tuple[str, str]]) -> list[Entity]:
    """(surface, label) pairs as entities; each surface's span is found left to right after the
    previous one."""
    out, at = [], 0
    for surface, label in items:
        s = text.index(surface, at)
        out.append(Entity(surface, label, (s, s + len(surface))))
        at = s + len(surface)
    return out


def article_entities(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """The whole pipeline's entities of ``text`` as (surface, label, span)."""
    record = extract_article(text.encode("utf-8"), doc_id="t")
    return [(e.text, getattr(e.label, "value", e.label), e.span) for e in record.entities]


def article_places(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The whole pipeline's places of ``text`` as (surface, span)."""
    return [(t, s) for t, label, s in article_entities(text) if label == "LOC"]
