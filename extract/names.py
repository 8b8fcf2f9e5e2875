"""Person names: honorifics, degrees and ranks off; short mentions merged (STUB: replaced by the officials work)."""

from __future__ import annotations

from collections.abc import Sequence

from .records import Entity, Official, Person


def extract_persons(text: str, entities: Sequence[Entity], *, officials: Sequence[Official] = ()) -> list[Person]:
    return [Person(name=o.name, mentions=(o.name_span or o.span,)) for o in officials]
