"""A kind's noun (entities_product_cues.txt, entities_breed_cues.txt: `brand`, `fitur`, `sajian`)
with one or two lowercase modifiers before a listing word or a bracket opens a list of the kind's
things (`brand favorit seperti Wardah, Erha`, `sajian kuliner nusantara (Nasi Bogana, Pempek`):
products, brands as products and dishes are no entities, though a place names them (GUIDELINES
§6). A listed region's name alone stays a place, and so does a name after the list that opens a
clause (`seperti QORD TECH, Pertamina EP terus …`). Whole entity lists from `resolve_entities`
on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities
from extract.ner.vet import vet_entities
from tests.entity_records import model_entities


def _found(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    vetted = vet_entities(text, model_entities(text, model))
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, vetted)]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Diskon berlaku untuk brand favorit seperti Wardah, Erha, dan Skintific selama pekan ini.",
            [("Wardah", "LOC"), ("Erha", "LOC"), ("Skintific", "LOC")],
        ),
        (
            "Pengunjung bisa mencicipi sajian kuliner nusantara (Nasi Bogana, Pempek, Martabak Bandung, "
            "dan lainnya) selama festival.",
            [("Nasi Bogana", "LOC"), ("Pempek", "LOC"), ("Martabak Bandung", "LOC")],
        ),
        (
            "Ponsel ini membawa fitur gaming seperti Multi Turbo, Ultra Game Mode, dan Cooling System.",
            [("Multi Turbo", "LOC")],
        ),
        # a body's word or `daerah` among the describing words names no kind of place (review 4)
        (
            "Nasabah kini memakai aplikasi bank digital seperti Jago, Seabank, dan Blu untuk menabung.",
            [("Jago", "LOC"), ("Seabank", "LOC"), ("Blu", "LOC")],
        ),
        (
            "Festival itu menyajikan menu khas daerah seperti Gudeg Jogja dan Ayam Taliwang bagi pengunjung.",
            [("Gudeg Jogja", "LOC"), ("Ayam Taliwang", "LOC")],
        ),
    ],
)
def test_things_listed_after_a_modified_kind_are_no_entities(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Melalui teknologi inovatif seperti QORD TECH, Pertamina EP terus memperkuat transformasi.",
            [("QORD TECH", "ORG"), ("Pertamina EP", "ORG")],
            [("Pertamina EP", "ORG", (46, 58))],
        ),
        (
            "Ia menjuarai tiga seri balap terakhir (Argentina, Belanda, dan Spanyol) musim lalu.",
            [("Argentina", "LOC"), ("Belanda", "LOC"), ("Spanyol", "LOC")],
            [("Argentina", "LOC", (39, 48)), ("Belanda", "LOC", (50, 57)), ("Spanyol", "LOC", (63, 70))],
        ),
        (
            "Rudal dan drone menghantam kota-kota besar seperti Kharkiv dan Odesa pada malam itu.",
            [("Kharkiv", "LOC"), ("Odesa", "LOC")],
            [("Kharkiv", "LOC", (51, 58)), ("Odesa", "LOC", (63, 68))],
        ),
    ],
)
def test_places_and_bodies_beside_a_kinds_list_stay(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Kunjungan ke destinasi dengan jenis wisata religi seperti Demak, Kudus, dan Ampel meningkat.",
            [("Demak", "LOC"), ("Kudus", "LOC"), ("Ampel", "LOC")],
        ),
        (
            "Wisatawan kini bisa memilih jenis wisata alam seperti Bromo, Raja Ampat, dan Labuan Bajo.",
            [("Bromo", "LOC"), ("Raja Ampat", "LOC"), ("Labuan Bajo", "LOC")],
        ),
        (
            "Pelancong bisa memilih tipe perjalanan darat seperti Bakauheni, Kalianda, dan Way Kambas.",
            [("Bakauheni", "LOC"), ("Kalianda", "LOC"), ("Way Kambas", "LOC")],
        ),
        (
            "Ada berbagai jenis destinasi wisata seperti Pahawang, Kiluan, dan Tanjung Setia di Lampung.",
            [("Pahawang", "LOC"), ("Kiluan", "LOC"), ("Tanjung Setia", "LOC"), ("Lampung", "LOC")],
        ),
    ],
)
def test_a_kind_described_as_a_place_or_trip_lists_places(text: str, model: list[tuple[str, str]]) -> None:
    """A place's or a trip's noun among the describing words (`wisata`, `destinasi`, `perjalanan`:
    entities_place_kind_nouns.txt) says the list after a variety's cue (`jenis`, `tipe`) holds places."""
    expected = [(name, "LOC", (text.index(name), text.index(name) + len(name))) for name, _ in model]
    assert _found(text, model) == expected


def test_a_listed_region_in_a_described_kinds_list_stays_a_place() -> None:
    """A listed region's whole name in the list stays a place on the variety's path too, as on the
    product's (`_origin_place`): where the dish comes from."""
    text = "Restoran itu menyajikan jenis masakan pedas seperti Padang, Manado, dan Aceh."
    model = [("Padang", "LOC"), ("Manado", "LOC"), ("Aceh", "LOC")]
    expected = [(name, "LOC", (text.index(name), text.index(name) + len(name))) for name, _ in model]
    assert _found(text, model) == expected
