"""Persons for tests: the people layer run as `extract.article` runs it over the model's entities
given as (surface, label) pairs, each at every place the surface is written."""

from __future__ import annotations

from extract.ner.vet import vet_entities
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity, Person
from tests.entity_records import every_place_entities, nth_word_entity

Span = tuple[int, int]


def layered_persons(text: str, found: list[tuple[str, str]]) -> list[Person]:
    """The model's entities vetted, role mentions, officials, then `extract_persons`."""
    return _people_layer(text, every_place_entities(text, found))


def persons_at_words(text: str, model: list[tuple[str, str, int]]) -> list[tuple[str, tuple[Span, ...]]]:
    """Each person's name and mention spans from the model's (surface, label, n) triples, each at
    the ``n``-th place its surface is written as a whole word (`nth_word_entity`)."""
    found = _people_layer(text, [nth_word_entity(text, p, lab, n) for p, lab, n in model])
    return [(p.name, p.mentions) for p in found]


def _people_layer(text: str, model: list[Entity]) -> list[Person]:
    """``model`` vetted, then role mentions, officials and `extract_persons` over the vetted entities."""
    ents = vet_entities(text, model)
    roles = scan_roles(text, ents)
    officials = extract_officials(text, entities=ents, roles=roles)
    return extract_persons(text, ents, officials=officials, roles=roles)


def person_mentions(text: str, found: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Each person's name and the text of every mention, in order."""
    return [(p.name, [text[s:e] for s, e in p.mentions]) for p in layered_persons(text, found)]


def person_spans(text: str, found: list[tuple[str, str]]) -> list[tuple[str, tuple[Span, ...]]]:
    """Each person's name and the span of every mention, in order."""
    return [(p.name, p.mentions) for p in layered_persons(text, found)]
