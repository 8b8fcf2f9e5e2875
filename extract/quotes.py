"""Direct quotations and who said them (GUIDELINES §7)."""

from __future__ import annotations

from collections.abc import Sequence

from .records import Entity, Official, Person, Quote


def extract_quotes(
    text: str,
    *,
    persons: Sequence[Person] = (),
    officials: Sequence[Official] = (),
    entities: Sequence[Entity] = (),
) -> list[Quote]:
    return []
