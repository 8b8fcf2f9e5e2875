"""The model's entities for tests: spans found in the text, left to right."""

from __future__ import annotations

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
