"""A kind of body written capitalised and opened by a body's head (`Gabungan Kelompok Tani`,
`Kelompok Tani Hutan (KTH)`: a kind, no name of its own) right before words a name-finder took
for a person's: those words are the body's own name, and the whole is one ORG and no person
(GUIDELINES §6: named groups are organisations; a bracketed short name inside a name stays in
it). Not where the article names the words as a person with no such kind before them, after a
comma, or after a lowercase kind (`yayasan milik …`): GUIDELINES §6 makes a body named after a
person an organisation only where its name is written as the body's, and the article's other
mentions decide which. Whole entity lists from `resolve_entities` and the people layer's
persons on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities
from tests.entity_records import every_place_entities
from tests.person_records import layered_persons


def _record(text: str, model: list[tuple[str, str]]) -> tuple[list, list[str]]:
    """The entities (surface, label, span) and the persons' names of ``text``."""
    persons = layered_persons(text, model)
    found = resolve_entities(text, every_place_entities(text, model), persons=persons)
    return [(e.text, str(e.label), e.span) for e in found], [p.name for p in persons]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a joint farmers' group: `Kelompok Tani` is the kind the person-like name completes
        (
            "Bibit kopi diserahkan kepada Gabungan Kelompok Tani Sumber Rejeki di balai desa, Selasa.",
            [("Sumber Rejeki", "PER")],
            [("Gabungan Kelompok Tani Sumber Rejeki", "ORG", (29, 65))],
        ),
        # the kind's short name in brackets between the kind and the name stays inside it
        (
            "Penanaman mangrove dilakukan Kelompok Tani Hutan (KTH) Wana Lestari bersama warga.",
            [("Wana Lestari", "PER")],
            [("Kelompok Tani Hutan (KTH) Wana Lestari", "ORG", (29, 67))],
        ),
    ],
)
def test_the_name_after_a_kind_of_body_is_the_body(text: str, model: list, expected: list) -> None:
    assert _record(text, model) == (expected, [])


@pytest.mark.parametrize(
    ("text", "model", "person"),
    [
        # the article names the words as a person elsewhere
        (
            "Bibit diserahkan kepada Kelompok Tani Budi Santoso di balai desa. Menurut Budi Santoso, "
            "bibit itu segera ditanam.",
            [("Budi Santoso", "PER")],
            "Budi Santoso",
        ),
        # a body's head as a common noun before a person's name
        (
            "Bantuan diserahkan kepada yayasan milik Budi Santoso di Bogor.",
            [("Budi Santoso", "PER"), ("Bogor", "LOC")],
            "Budi Santoso",
        ),
        # a comma between the head and the name
        (
            "Beasiswa diberikan Universitas, Budi Santoso selaku rektor menyerahkannya sendiri.",
            [("Budi Santoso", "PER")],
            "Budi Santoso",
        ),
    ],
)
def test_a_person_after_a_body_word_stays_a_person(text: str, model: list, person: str) -> None:
    ents, persons = _record(text, model)
    assert persons == [person]
    assert not any(person in e[0] and e[1] == "ORG" for e in ents)


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a hospital's kind (`RSUD`): the name after it is the hospital's, no person's
        (
            "Korban luka dibawa ke RSUD Hasan Basri di pusat kota, Rabu malam.",
            [("Hasan Basri", "PER")],
            [("RSUD Hasan Basri", "LOC", (22, 38))],
        ),
        # a village's kind (`Kampung Wisata`): the name after it is the village's
        (
            "Rombongan itu berkunjung ke Kampung Wisata Dewi Sartika di lereng bukit, Minggu.",
            [("Dewi Sartika", "PER")],
            [("Kampung Wisata Dewi Sartika", "LOC", (28, 55))],
        ),
    ],
)
def test_the_name_after_a_kind_of_place_is_the_place(text: str, model: list, expected: list) -> None:
    """The kinds a place's head opens (`RSUD`, `Kampung Wisata`: entities_not.txt) are read as the
    bodies' are, by the entity layer and the persons' candidates alike (`kind_ending`): the
    name after one is the place's, and the article names no person."""
    assert _record(text, model) == (expected, [])
