"""Officials (STUB: replaced by the officials work)."""

from __future__ import annotations

from collections.abc import Sequence

from .records import Entity, Official


def extract_officials(text: str, *, entities: Sequence[Entity] = ()) -> list[Official]:
    return []
