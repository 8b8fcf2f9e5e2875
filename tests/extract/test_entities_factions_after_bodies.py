"""A member's affiliation written as a body's name, `Fraksi` and a party (`Komisi II DPR Fraksi
PDIP`) names two bodies: the body and the party's faction (GUIDELINES §6: flat spans, each
named body an ORG), read on national news (ents46). A faction named first is one body, and so is
a head alone before it. Whole entity lists from `resolve_entities` on invented sentences."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Anggota Komisi IV DPR Fraksi PKB meninjau gudang beras di Karawang.",
            [("Karawang", "LOC")],
            [
                ("Komisi IV DPR", "ORG", (8, 21)),
                ("Fraksi PKB", "ORG", (22, 32)),
                ("Karawang", "LOC", (58, 66)),
            ],
        ),
        (
            "Anggota DPRD Kota Bogor Fraksi Gerindra menyetujui anggaran itu.",
            [],
            [("DPRD Kota Bogor", "ORG", (8, 23)), ("Fraksi Gerindra", "ORG", (24, 39))],
        ),
        (
            "Anggota DPR Fraksi PAN mengkritik kebijakan tersebut.",
            [],
            [("DPR", "ORG", (8, 11)), ("Fraksi PAN", "ORG", (12, 22))],
        ),
        # the faction first: one body with the council it sits in
        (
            "Ketua Fraksi Partai Golkar DPRD Jawa Timur hadir dalam rapat itu.",
            [],
            [("Fraksi Partai Golkar DPRD Jawa Timur", "ORG", (6, 42))],
        ),
    ],
)
def test_a_faction_after_a_body_is_a_body_of_its_own(text: str, model: list, expected: list) -> None:
    assert resolved_entities(text, model_entities(text, model)) == expected
