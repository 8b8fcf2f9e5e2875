"""Persons for tests: the people layer run as `extract.article` runs it over the model's entities
given as (surface, label) pairs, each at every place the surface is written."""

from __future__ import annotations

from extract.ner.vet import vet_entities
from extract.people.officials import extract_officials
from extract.people.persons import extract_persons
from extract.people.roles import scan_roles
from extract.records import Person
from tests.entity_records import every_place_entities

Span = tuple[int, int]


def layered_persons(text: str, found: list[tuple[str, str]]) -> list[Person]:
    """The model's entities vetted, role mentions, officials, then `extract_persons`."""
    ents = vet_entities(text, every_place_entities(text, found))
    roles = scan_roles(text, ents)
    officials = extract_officials(text, entities=ents, roles=roles)
    return extract_persons(text, ents, officials=officials, roles=roles)


def person_mentions(text: str, found: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Each person's name and the text of every mention, in order."""
    return [(p.name, [text[s:e] for s, e in p.mentions]) for p in layered_persons(text, found)]


def person_spans(text: str, found: list[tuple[str, str]]) -> list[tuple[str, tuple[Span, ...]]]:
    """Each person's name and the span of every mention, in order."""
    return [(p.name, p.mentions) for p in layered_persons(text, found)]
