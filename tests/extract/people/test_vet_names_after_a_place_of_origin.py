"""Entity vetting (`extract.ner.vet._after_place`): a name right after a place that a word of
origin opens (people_roles.txt `origin`: `asal`, `kelahiran`, `berkebangsaan`) is the person from
there, no tail of the place's name; a place's own words after such a place still name no one."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from tests.entity_records import model_entities as _ents

CASES = [
    (
        "Laga final itu dipimpin wasit asal Polandia Szymon Marciniak, Minggu malam.",
        [("Polandia", "LOC"), ("Szymon Marciniak", "PER")],
        [("Polandia", "LOC", (35, 43)), ("Szymon Marciniak", "PER", (44, 60))],
    ),
    (
        "Pebulu tangkis kelahiran Denmark Viktor Axelsen kembali menjuarai turnamen itu.",
        [("Denmark", "LOC"), ("Viktor Axelsen", "PER")],
        [("Denmark", "LOC", (25, 32)), ("Viktor Axelsen", "PER", (33, 47))],
    ),
    # must give no person: a regency's district after it, an origin word before both
    (
        "Ratusan perantau asal Lampung Barat Way Tenong pulang kampung menjelang Lebaran.",
        [("Lampung Barat", "LOC"), ("Way Tenong", "PER")],
        [("Lampung Barat", "LOC", (22, 35))],
    ),
    (
        "Rombongan peziarah asal Kabupaten Tulang Bawang Menggala tiba di Surabaya.",
        [("Kabupaten Tulang Bawang", "LOC"), ("Menggala", "PER"), ("Surabaya", "LOC")],
        [("Kabupaten Tulang Bawang", "LOC", (24, 47)), ("Surabaya", "LOC", (65, 73))],
    ),
    # must give no person: a body's kind noun before the origin word, the name is the body's
    (
        "Grup band asal Amerika Serikat Imagine Dragons dijadwalkan tampil di Jakarta, Sabtu malam.",
        [("Amerika Serikat", "LOC"), ("Imagine Dragons", "PER"), ("Jakarta", "LOC")],
        [("Amerika Serikat", "LOC", (15, 30)), ("Jakarta", "LOC", (69, 76))],
    ),
    (
        "Grup musik asal Korea Selatan Super Junior menggelar konser di Jakarta.",
        [("Korea Selatan", "LOC"), ("Super Junior", "PER"), ("Jakarta", "LOC")],
        [("Korea Selatan", "LOC", (16, 29)), ("Jakarta", "LOC", (63, 70))],
    ),
    (
        "Perusahaan rintisan asal Singapura Grab Holdings membuka kantor baru.",
        [("Singapura", "LOC"), ("Grab Holdings", "PER")],
        [("Singapura", "LOC", (25, 34))],
    ),
    (
        "Maskapai asal Malaysia Batik Air menambah rute ke Kupang.",
        [("Malaysia", "LOC"), ("Batik Air", "PER"), ("Kupang", "LOC")],
        [("Malaysia", "LOC", (14, 22)), ("Kupang", "LOC", (50, 56))],
    ),
    (
        "Grup K-pop asal Korea Selatan Red Velvet menyapa penggemar di Jakarta.",
        [("Korea Selatan", "LOC"), ("Red Velvet", "PER"), ("Jakarta", "LOC")],
        [("Korea Selatan", "LOC", (16, 29)), ("Jakarta", "LOC", (62, 69))],
    ),
]


@pytest.mark.parametrize(("text", "model", "expected"), CASES)
def test_a_name_after_a_place_of_origin(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert [(e.text, e.label, e.span) for e in vet_entities(text, _ents(text, model))] == expected
