"""A party's role in an ethics or a court case and a Roman numeral (`Teradu I`, `Penggugat II`:
people_roles.txt case_party) says which party is meant: no body (GUIDELINES §6), read on DKPP
reports (ents46); and a letter of intent is a document, no body. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "DKPP menjatuhkan sanksi kepada Teradu I Budi Santoso dan Teradu III Rina Wati.",
            [("DKPP", "ORG"), ("Teradu I", "ORG"), ("Teradu III Rina Wati", "ORG")],
            [("DKPP", "ORG", (0, 4))],
        ),
        (
            "Majelis hakim menolak gugatan Penggugat II terhadap PT Sinar Abadi.",
            [("Penggugat II", "ORG"), ("PT Sinar Abadi", "ORG")],
            [("PT Sinar Abadi", "ORG", (52, 66))],
        ),
        # a body numbered in Roman numerals stays
        (
            "Surat itu dikirim ke PTPN IV pada Senin.",
            [("PTPN IV", "ORG")],
            [("PTPN IV", "ORG", (21, 28))],
        ),
        ("Nota kesepahaman berupa Letter of Intent diteken kedua pihak.", [("Letter of Intent", "ORG")], []),
    ],
)
def test_a_numbered_party_of_a_case_is_no_body(text: str, model: list, expected: list) -> None:
    assert resolved_entities(text, model_entities(text, model)) == expected
