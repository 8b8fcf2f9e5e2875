"""A model PER ending in an English word for a venue or a lodging (`Arena`, `Stadium`,
`Resort`, `Hotel`) is the venue, a place (GUIDELINES §6: named facilities and buildings); a
venue word that ends surnames or bodies as often (`Park`, `Hall`, `Center`) leaves the model's
reading. Whole outputs of the vetting on invented sentences with the model's spans given, and
whole article outputs."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ribuan penonton memadati Blibli Arena untuk menyaksikan final bulu tangkis.", "Blibli Arena"),
        ("Tim tamu kalah 0-2 di Emirates Stadium pada Minggu malam.", "Emirates Stadium"),
        ("Pengunjung libur Lebaran memenuhi Seminung Lumbok Resort di tepi danau.", "Seminung Lumbok Resort"),
        ("Rapat koordinasi itu berlangsung di Taj Mahal Palace Hotel, Mumbai.", "Taj Mahal Palace Hotel"),
    ],
)
def test_a_person_the_model_reads_in_a_venue_is_the_venue(text: str, name: str) -> None:
    start = text.index(name)
    model = [Entity(name, "PER", (start, start + len(name)))]
    assert vet_entities(text, model) == [Entity(name, "LOC", (start, start + len(name)))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ayah penyanyi itu, Charlie Park, meninggal dunia pada usia 68 tahun.", "Charlie Park"),
        ("Komisaris independen perusahaan itu, James Tobias Hall, mengundurkan diri.", "James Tobias Hall"),
    ],
)
def test_a_surname_that_is_a_venue_word_stays_a_person(text: str, name: str) -> None:
    start = text.index(name)
    model = [Entity(name, "PER", (start, start + len(name)))]
    assert vet_entities(text, model) == model


def test_a_lone_venue_word_names_no_venue() -> None:
    text = "Menurut Resort, tamu hotel meningkat pada akhir pekan."
    assert vet_entities(text, [Entity("Resort", "PER", (8, 14))]) == [Entity("Resort", "PER", (8, 14))]


def test_a_resort_in_an_article_is_a_place() -> None:
    text = "Wisatawan kini bisa menginap di Seminung Lumbok Resort yang berada di tepi danau."
    assert _entities(text) == [("Seminung Lumbok Resort", "LOC", (32, 54))]


def test_a_person_named_park_in_an_article_stays_a_person() -> None:
    text = "Ayah penyanyi itu, Charlie Park, meninggal dunia pada usia 68 tahun."
    assert _entities(text) == [("Charlie Park", "PER", (19, 31))]
