"""A piece of a medical specialist's degree that the model tags (`KAI` of `SpPD-KAI`, `PD` and
`KGH` of `Sp.PD-KGH`, a subspecialist's `SubspIPT`) is part of the person's degrees, no body
(GUIDELINES §6, §2: degrees are no part of a name and name nothing). Whole entity lists from
`resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Menurut dr Rina Kusuma, SpPD-KAI, gejala flu biasanya ringan.", [("KAI", "ORG")]),
        (
            "Dokter Bayu Pratama, Sp.PD-KGH mengatakan ginjal perlu diperiksa.",
            [("PD", "ORG"), ("KGH", "ORG")],
        ),
        ("Prof Dr dr Adi Wibowo, SpA, SubspIPT menilai campak masih mengancam.", [("SubspIPT", "ORG")]),
    ],
)
def test_a_piece_of_a_specialist_degree_is_none(text: str, model: list) -> None:
    found = _out(text, _model(text, model))
    assert [e for e in found if e[1] != "PER"] == []


def test_the_body_a_specialist_speaks_for_stays() -> None:
    text = "Ketua IDAI, dr Sari Dewi, SpA, SubspIPT, mengimbau orang tua."
    found = _out(text, _model(text, [("IDAI", "ORG"), ("SubspIPT", "ORG")]))
    assert [e for e in found if e[1] != "PER"] == [("IDAI", "ORG", (6, 10))]
