"""NER (STUB: replaced by the NER work)."""

from __future__ import annotations

from pathlib import Path

from .records import Entity


def extract_entities(text: str, *, model: str | Path | None = None) -> list[Entity]:
    return []


def model_info(model: str | Path | None = None) -> dict | None:
    return None
