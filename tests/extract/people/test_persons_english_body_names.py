"""Persons agree with the entity layer on English bodies' names (round mend27): a model PER
that an English body's name runs on from (`Royal Botanic Society` + `of Tropical Plants`) is the
body's ORG in the entities, so no person (not yet: a strict xfail); a person's name before
`and` that runs into no body stays one. Whole persons lists with spans on invented sentences."""

from __future__ import annotations

import pytest

from extract.people.persons import extract_persons
from extract.records import Person
from tests.entity_records import nth_entities as _ents


@pytest.mark.xfail(
    strict=True,
    reason="the entity layer grows a PER into an English body's ORG after the persons are chosen;"
    " retyping it in vetting loses `Indonesian …` bodies on the ORG path (round mend27)",
)
def test_an_english_body_run_on_from_a_per_is_no_person() -> None:
    text = (
        "Laporan terbaru Royal Botanic Society of Tropical Plants menyebut hutan Kalimantan"
        " kehilangan banyak spesies, kata peneliti Andi Saputra."
    )
    ents = _ents(
        text, [("Royal Botanic Society", "PER", 0), ("Kalimantan", "LOC", 0), ("Andi Saputra", "PER", 0)]
    )
    assert extract_persons(text, ents) == [Person("Andi Saputra", ((124, 136),))]


def test_a_person_before_and_stays() -> None:
    text = "Duet vokal Sarah Lind and Friends tampil di Bandung, kata Sarah Lind kepada wartawan."
    ents = _ents(text, [("Sarah Lind", "PER", 0), ("Bandung", "LOC", 0), ("Sarah Lind", "PER", 1)])
    assert extract_persons(text, ents) == [Person("Sarah Lind", ((11, 21), (58, 68)))]
