"""Entity vetting (`extract.ner.vet`): a body that swallowed the name after it splits when the
model calls the name's first word a person alone elsewhere (`… Toto mengatakan`) and an
organisation word or an acronym comes before it; a body named after a person, a name whose first
word the article never calls alone, and a split inside a longer person the model names elsewhere
stay whole.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from extract.ner.vet import vet_entities
from tests.entity_records import first_entity


def test_a_body_before_a_first_name_called_alone_splits() -> None:
    t = (
        "Perencana keuangan dari KLM Finance Ranti Gunawan menyarankan dana darurat. "
        "Menurut Ranti, tabungan harus dipisah."
    )
    got = vet_entities(
        t, [first_entity(t, "KLM Finance Ranti Gunawan", "ORG"), first_entity(t, "Ranti", "PER", 80)]
    )
    assert got == [
        first_entity(t, "KLM Finance", "ORG"),
        first_entity(t, "Ranti Gunawan", "PER"),
        first_entity(t, "Ranti", "PER", 80),
    ]


def test_a_body_whose_tail_is_never_called_alone_stays_whole() -> None:
    t = "Perencana keuangan dari KLM Finance Ranti Gunawan menyarankan dana darurat."
    got = vet_entities(t, [first_entity(t, "KLM Finance Ranti Gunawan", "ORG")])
    assert got == [first_entity(t, "KLM Finance Ranti Gunawan", "ORG")]


def test_a_facility_named_after_a_person_stays_whole() -> None:
    t = "Pesawat mendarat di Bandara Hasan Wirayuda pagi ini. Hasan dikenal sebagai perintis."
    got = vet_entities(
        t, [first_entity(t, "Bandara Hasan Wirayuda", "LOC"), first_entity(t, "Hasan", "PER", 50)]
    )
    assert got == [first_entity(t, "Bandara Hasan Wirayuda", "LOC"), first_entity(t, "Hasan", "PER", 50)]


def test_no_split_inside_a_longer_person_named_elsewhere() -> None:
    t = (
        "Penyanyi Zelvia Larasati merilis lagu baru. Murid Sekolah Zelvia Larasati Nobar bernyanyi. "
        "Larasati tersenyum."
    )
    body = first_entity(t, "Sekolah Zelvia Larasati Nobar", "ORG")
    ents = [
        first_entity(t, "Zelvia Larasati", "PER"),
        body,
        first_entity(t, "Larasati", "PER", t.index("Larasati tersenyum")),
    ]
    assert body in vet_entities(t, ents)


def test_a_common_word_before_a_name_called_alone_stays_whole() -> None:
    t = "Gim lawas seperti Super Zorvan Bros masih dimainkan. Zorvan menjadi tokoh utamanya."
    ents = [
        first_entity(t, "Super Zorvan Bros", "ORG"),
        first_entity(t, "Zorvan", "PER", t.index("Zorvan menjadi")),
    ]
    assert vet_entities(t, ents) == ents
