"""Every output type of warta, as frozen dataclasses.

One class per item type; `ArticleRecord.to_dict()` serialises exactly to
`spec/record.schema.json` (one line of `records.jsonl`). Every `span` is a
half-open ``(start, end)`` character range into the cleaned ``text`` and
``text[start:end]`` equals the item's own ``text``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import cache
from typing import Any

Span = tuple[int, int]


def spans_overlap(a: Span, b: Span) -> bool:
    """Whether two character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


class EntityLabel(StrEnum):
    """The label of a named entity. A `str` Enum: it serialises as the same word (``"PER"``)."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"


class LineKind(StrEnum):
    """The kind of one unit of the page; every kind but `BODY` is a `Boilerplate.kind`.

    A `str` Enum, so that ``Boilerplate.kind`` serialises as the same word it always did
    (``"navigation"``); the cleaner reads each from the kind column of its data file.
    """

    BODY = "body"
    TITLE = "title"
    PUBLISHED = "published"
    BYLINE = "byline"
    EDITOR = "editor"
    CAPTION = "caption"
    NAVIGATION = "navigation"
    SHARE = "share"
    AD = "ad"
    RELATED = "related"
    TAGS = "tags"
    COMMENTS = "comments"
    AUTHOR = "author"
    ENDMARK = "endmark"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A raw line removed from the body: 1-based raw line number, its text and why."""

    line: int
    text: str
    kind: LineKind


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and outlet) that open the first body paragraph: ``PALANGKA RAYA –``."""

    place: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity: PER, ORG or LOC."""

    text: str
    label: EntityLabel
    span: Span


@dataclass(frozen=True, slots=True)
class Person:
    """One person per article: the fullest name and every mention of it."""

    name: str
    mentions: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Official:
    """A person with a position: ``span`` is the mention that states the title.

    ``name_span`` (an addition to the schema) is where the name itself stands
    inside that mention.
    """

    name: str
    title: str
    span: Span
    name_span: Span | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar point or period; ``value`` (and ``end`` for a range) are ISO 8601 with ``XXXX``
    for an unknown year."""

    text: str
    span: Span
    value: str
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Price:
    """An amount of money in whole currency units; ``per`` (an addition) is the unit of a price."""

    text: str
    span: Span
    min: int
    max: int
    currency: str = "IDR"
    per: str | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    """How many people or groups take part in the reported activity."""

    text: str
    span: Span
    count: int | None
    approximate: bool
    min: int | None
    max: int | None
    who: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (GUIDELINES §7).

    ``text``/``span`` are the words between the quotation marks; ``speaker`` is the
    person's fullest name in the article (as in ``persons``) or None when the speaker is
    not a named person; ``speaker_span`` is the mention that attributes the quote (None
    for a pronoun tag resolved to an earlier speaker); ``cue`` the speech verb or
    ``menurut``; ``title`` the speaker's position when the speaker is an official.
    """

    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    """A word with its UD part of speech and lemma (only with the optional Stanza backend)."""

    text: str
    span: Span
    pos: str | None
    lemma: str | None


ITEM_TYPES: dict[str, type] = {
    "entities": Entity,
    "persons": Person,
    "officials": Official,
    "dates": DateMention,
    "prices": Price,
    "participants": Participant,
    "quotes": Quote,
    "tokens": Token,
}


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """Everything extracted from one raw article."""

    doc_id: str
    source: str
    sha256: str
    title: str | None
    published: str | None
    byline: str | None
    dateline: Dateline | None
    text: str
    boilerplate: tuple[Boilerplate, ...] = ()
    entities: tuple[Entity, ...] = ()
    persons: tuple[Person, ...] = ()
    officials: tuple[Official, ...] = ()
    dates: tuple[DateMention, ...] = ()
    prices: tuple[Price, ...] = ()
    participants: tuple[Participant, ...] = ()
    quotes: tuple[Quote, ...] = ()  # an addition to the schema (GUIDELINES §7)
    pipeline: dict[str, Any] = field(default_factory=dict)
    tokens: tuple[Token, ...] = ()  # an addition to the schema: written only when a backend made them

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON types, in the schema's field order."""
        data = _plain(self)
        if not self.tokens:
            del data["tokens"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleRecord:
        """Rebuild a record from `to_dict()` output (a line of records.jsonl)."""
        items = {
            name: tuple(kind(**_tuples(item)) for item in data.get(name, ()))
            for name, kind in ITEM_TYPES.items()
        }
        dateline = data.get("dateline")
        return cls(
            doc_id=data["doc_id"],
            source=data["source"],
            sha256=data["sha256"],
            title=data.get("title"),
            published=data.get("published"),
            byline=data.get("byline"),
            dateline=Dateline(**dateline) if dateline is not None else None,
            text=data["text"],
            boilerplate=tuple(Boilerplate(**b) for b in data.get("boilerplate", ())),
            pipeline=dict(data.get("pipeline", {})),
            **items,
        )


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, in order (None: ``kind`` is no dataclass)."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


#: Types that are JSON as they are; a subclass of one (a str Enum such as `EntityLabel`) is not.
_ATOMS = frozenset((str, int, float, bool, type(None)))


def _plain(value: Any) -> Any:
    """``value`` as plain JSON types: a dataclass as a dict of its fields in order (what
    `dataclasses.asdict` gives, without its deep copies), tuples as lists, an Enum (`EntityLabel`,
    `LineKind`) as its value (``"PER"``, not ``EntityLabel.PER``)."""
    if type(value) in _ATOMS:  # most values: the type test first (a record has thousands)
        return value
    if isinstance(value, Enum):
        return value.value
    names = _field_names(type(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _tuples(item: dict[str, Any]) -> dict[str, Any]:
    """JSON lists back to the tuples the dataclasses hold (spans, mention lists)."""
    out = dict(item)
    for key in ("span", "name_span", "speaker_span"):
        if out.get(key) is not None:
            out[key] = tuple(out[key])
    if "mentions" in out:
        out["mentions"] = tuple(tuple(m) for m in out["mentions"])
    return out
