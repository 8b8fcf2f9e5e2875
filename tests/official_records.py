"""Officials for tests: the whole pipeline's, or the role layer's alone over given entities."""

from __future__ import annotations

from extract import extract_article
from extract.people.officials import extract_officials
from extract.people.roles import scan_roles
from extract.records import Entity, Official

Span = tuple[int, int]


def article_officials(text: str, *, spans: bool = False) -> list[tuple]:
    """The whole pipeline's officials of ``text`` as (name, title), with (span, name_span) after
    them when ``spans``."""
    officials = extract_article(text.encode()).officials
    return [(o.name, o.title, o.span, o.name_span) if spans else (o.name, o.title) for o in officials]


def role_officials(text: str, ents: list[tuple[str, str]], *, spans: bool = False) -> list[tuple]:
    """The role layer alone over (surface, label) entities, each at its first occurrence in
    ``text``: its officials as (name, title), with (span, name_span) when ``spans``."""
    found = [Entity(x, label, (text.index(x), text.index(x) + len(x))) for x, label in ents]
    return [
        (m.name, m.title, m.span, m.name_span) if spans else (m.name, m.title)
        for m in scan_roles(text, found)
        if m.official
    ]


def text_officials(text: str) -> list[tuple[str, str]]:
    """The officials layer alone over ``text`` (no model entities) as (name, title)."""
    return [(o.name, o.title) for o in extract_officials(text)]


def official_record(
    sentence: str, mention: str, name_text: str, title: str, name: str | None = None
) -> Official:
    """The official whose mention covers ``mention`` and whose name is written ``name_text``."""
    start = sentence.index(mention)
    ns = sentence.index(name_text, start)
    return Official(
        name=name or name_text,
        title=title,
        span=(start, start + len(mention)),
        name_span=(ns, ns + len(name_text)),
    )


def role_record(sentence: str, mention: str, name_text: str, title: str, name: str | None = None) -> tuple:
    """`official_record` as `role_officials` writes it with ``spans``: (name, title, span, name_span)."""
    o = official_record(sentence, mention, name_text, title, name)
    return (o.name, o.title, o.span, o.name_span)


def check_text_officials(sentence: str, expected: list[tuple[str, ...]]) -> None:
    """The officials layer alone over ``sentence`` gives the records ``expected``, each as
    `official_record` takes it, in order."""
    assert extract_officials(sentence) == [official_record(sentence, *e) for e in expected]
