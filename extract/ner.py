"""NER (STUB: replaced by the NER work)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .records import Entity, Official, Person


def extract_entities(text: str, *, model: str | Path | None = None) -> list[Entity]:
    return []


def extract_persons(text: str, entities: Sequence[Entity], *, officials: Sequence[Official] = ()) -> list[Person]:
    return [Person(name=o.name, mentions=(o.name_span or o.span,)) for o in officials]


def model_info(model: str | Path | None = None) -> dict | None:
    return None
