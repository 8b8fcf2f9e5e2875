"""A first name the model reads as a place or a body when written alone (`Gibran` once) stays the
first word of the full name the article writes more often (`Gibran Rakabuming Raka` twice):
GUIDELINES §6, the fullest name; a region's name before a name is still cut off (`Denmark Kim
Astrup`), and a body named with more words elsewhere still is (`PT Dahana`).

Invented Indonesian sentences in the style of national political and sport news; the model's
entities as given.
"""

from __future__ import annotations

from extract.ner.vet import vet_entities
from tests.entity_records import model_entities


def _vetted(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The vetted entities of ``found``, each (surface, label) at its next place in the text."""
    return [(e.text, e.label) for e in vet_entities(text, model_entities(text, found))]


def test_a_first_name_read_once_as_a_place_keeps_the_full_name() -> None:
    text = (
        "Relawan mendukung Galendra Wibisono Saputra sebagai calon bupati. Menurut survei, "
        "Galendra Wibisono Saputra unggul tipis. Dukungan untuk Galendra menguat di Sleman."
    )
    found = [
        ("Galendra Wibisono Saputra", "PER"),
        ("Galendra Wibisono Saputra", "PER"),
        ("Galendra", "LOC"),
        ("Sleman", "LOC"),
    ]
    assert _vetted(text, found) == [
        ("Galendra Wibisono Saputra", "PER"),
        ("Galendra Wibisono Saputra", "PER"),
        ("Galendra", "LOC"),
        ("Sleman", "LOC"),
    ]


def test_a_region_before_a_name_is_still_cut_off() -> None:
    text = (
        "Ganda Denmark Kim Astrup Sorensen menang mudah. Pasangan Denmark Kim Astrup Sorensen "
        "kini menunggu lawan. Denmark menargetkan satu gelar."
    )
    found = [
        ("Denmark Kim Astrup Sorensen", "PER"),
        ("Denmark Kim Astrup Sorensen", "PER"),
        ("Denmark", "LOC"),
    ]
    assert [t for t, label in _vetted(text, found) if label == "PER"] == [
        "Kim Astrup Sorensen",
        "Kim Astrup Sorensen",
    ]
