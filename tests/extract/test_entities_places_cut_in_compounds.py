"""A model LOC cut inside a pair of kinds or a compound (issue 12, session 38): a span ending in a
joining mark with a letter right after it (`kementerian/` of `kementerian/lembaga`, `Bar+` of
`Bar+kantin`) names no place (GUIDELINES §6: generic kinds are no entities). A joiner inside a
whole name's span, a route's places either side of a dash and a city as venue stay. Whole entity
lists from `vet_entities`, `resolve_entities` and `with_persons` on invented sentences, with the
spans."""

from __future__ import annotations

import pytest

from tests.entity_records import entities_with_persons as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a pair of kinds cut at its slash
            "Badan itu bekerja sama dengan kementerian/lembaga mitra di Kabupaten Sambas.",
            [("kementerian/", "LOC"), ("Kabupaten Sambas", "LOC")],
            [("Kabupaten Sambas", "LOC", (59, 75))],
        ),
        (  # a compound cut at its plus
            "Bus itu dilengkapi toilet, live music, Bar+kantin, serta mushola.",
            [("Bar+", "LOC")],
            [],
        ),
    ],
)
def test_a_place_cut_before_a_glued_word_is_none(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (  # a slash inside a whole name
            "Tarif di GT Sinaksak/Simpang Panei turun mulai pekan depan.",
            [("GT Sinaksak/Simpang Panei", "LOC")],
            [("GT Sinaksak/Simpang Panei", "LOC", (9, 34))],
        ),
        (  # a building's name with its slash, a city as venue after it
            "Massa berkumpul di depan Gedung DPR/MPR RI, Jakarta, pada Senin.",
            [("Gedung DPR/MPR RI", "LOC"), ("Jakarta", "LOC")],
            [("Gedung DPR/MPR RI", "LOC", (25, 42)), ("Jakarta", "LOC", (44, 51))],
        ),
        (  # a route's places either side of its dash
            "Kereta rute Jakarta-Bandung kembali beroperasi.",
            [("Jakarta", "LOC"), ("Bandung", "LOC")],
            [("Jakarta", "LOC", (12, 19)), ("Bandung", "LOC", (20, 27))],
        ),
        (  # a city as venue after `ke`
            "Rombongan bertolak ke Surabaya pada Minggu pagi.",
            [("Surabaya", "LOC")],
            [("Surabaya", "LOC", (22, 30))],
        ),
    ],
)
def test_a_whole_place_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, model) == expected
