"""The model's entities for tests: spans found in the text, left to right."""

from __future__ import annotations

import re

from extract import extract_article
from extract.ner.entities import grammar_entities, resolve_entities, tokens, with_persons
from extract.ner.vet import vet_entities
from extract.records import Entity, Person
from tests.spans import nth_span, span_of


def model_entities(text: str, items: list[tuple[str, str]]) -> list[Entity]:
    """(surface, label) pairs as entities; each surface's span is found left to right after the
    previous one."""
    out, at = [], 0
    for surface, label in items:
        s = text.index(surface, at)
        out.append(Entity(surface, label, (s, s + len(surface))))
        at = s + len(surface)
    return out


def nth_entity(text: str, surface: str, label: str, n: int = 0) -> Entity:
    """The entity ``surface`` at its ``n``-th place in ``text`` (0 is the first)."""
    return Entity(surface, label, nth_span(text, surface, n))


def nth_word_entity(text: str, surface: str, label: str, n: int = 0) -> Entity:
    """The entity ``surface`` at its ``n``-th place in ``text`` as a whole word (no letter right
    after it: `Koln` is not found inside `Kolner`)."""
    starts = [m.start() for m in re.finditer(rf"{re.escape(surface)}(?![^\W\d_])", text)]
    return Entity(surface, label, (starts[n], starts[n] + len(surface)))


def resolved_at_words(text: str, model: list[tuple[str, str, int]]) -> list[tuple[str, str, tuple[int, int]]]:
    """`resolved_entities` of the model's (surface, label, n) triples, each at the ``n``-th place
    its surface is written as a whole word (`nth_word_entity`)."""
    return resolved_entities(text, [nth_word_entity(text, p, lab, n) for p, lab, n in model])


def vetted_at_words(text: str, model: list[tuple[str, str, int]]) -> list[tuple[str, str, tuple[int, int]]]:
    """`vet_entities` of the model's (surface, label, n) triples, each at the ``n``-th place its
    surface is written as a whole word (`nth_word_entity`), as (surface, label, span)."""
    found = vet_entities(text, [nth_word_entity(text, p, lab, n) for p, lab, n in model])
    return [(e.text, str(e.label), e.span) for e in found]


def nth_entities(text: str, items: list[tuple[str, str, int]]) -> list[Entity]:
    """(surface, label, n) triples as entities, each at the ``n``-th place of its surface."""
    return [nth_entity(text, surface, label, n) for surface, label, n in items]


def first_entity(text: str, surface: str, label: str, start: int = 0) -> Entity:
    """The entity ``surface`` at its first place in ``text`` from ``start`` on."""
    return Entity(surface, label, span_of(text, surface, start))


def first_entities(text: str, items: list[tuple[str, str]]) -> list[Entity]:
    """(surface, label) pairs as entities, each at its first place in ``text`` (a surface met
    twice gets the same span twice, unlike `model_entities`)."""
    return [first_entity(text, surface, label) for surface, label in items]


def first_vetted(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    """`vet_entities` over (surface, label) pairs, each at its first place in ``text``, as
    (surface, label, span)."""
    return [(e.text, str(e.label), e.span) for e in vet_entities(text, first_entities(text, items))]


def grammar_pairs(text: str) -> list[tuple[str, str]]:
    """The grammar layer's entities of ``text`` (no model) as (surface, label)."""
    return [(e.text, e.label) for e in grammar_entities(text, tokens(text))]


def resolved_entities(text: str, entities=(), **kw) -> list[tuple[str, str, tuple[int, int]]]:
    """`resolve_entities` of ``text`` as (surface, label, span), each span checked against the text."""
    found = resolve_entities(text, list(entities), **kw)
    assert all(text[e.span[0] : e.span[1]] == e.text for e in found)
    return [(e.text, e.label, e.span) for e in found]


def every_place_entities(text: str, items: list[tuple[str, str]]) -> list[Entity]:
    """(surface, label) pairs as entities at every place the surface is written as whole words,
    in text order."""
    out = []
    for surface, label in items:
        spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]
        assert spans, surface
        out += [Entity(surface, label, sp) for sp in spans]
    return sorted(out, key=lambda e: e.span)


def article_entities(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """The whole pipeline's entities of ``text`` as (surface, label, span)."""
    record = extract_article(text.encode("utf-8"), doc_id="t")
    return [(e.text, getattr(e.label, "value", e.label), e.span) for e in record.entities]


def article_places(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The whole pipeline's places of ``text`` as (surface, span)."""
    return [(t, s) for t, label, s in article_entities(text) if label == "LOC"]


def entities_with_persons(
    text: str, model: list[tuple[str, str]], persons: tuple[str, ...] = ()
) -> list[tuple[str, str, tuple[int, int]]]:
    """(text, label, span) of the entities `vet_entities`, `resolve_entities` and `with_persons` give
    from the model's (surface, label) pairs and the people layer's ``persons`` (first spans)."""
    people = [Person(p, ((text.index(p), text.index(p) + len(p)),)) for p in persons]
    vetted = vet_entities(text, model_entities(text, model))
    found: list[Entity] = resolve_entities(text, vetted, persons=people)
    return [(e.text, str(e.label), e.span) for e in with_persons(text, found, people)]


#: The reason of the strict xfails the organisation decision's refit of session 40 left: right bodies
#: a short test sentence gives too little evidence for (models/org-decision.md, session 40).
ORG_REFIT_40 = (
    "known miss since session 40's refit of the organisation decision (1,000 annotated articles, "
    "threshold 0.4 -> 0.45, chosen by the held-out rule): "
)
ORG_REFIT_41 = (
    "known miss since session 41's refit of the organisation decision (the known clubs in body_word; "
    "threshold 0.45, held-out F1 0.8104 -> 0.8123): "
)
