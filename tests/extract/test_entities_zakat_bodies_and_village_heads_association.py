"""The zakat bodies of the large Muslim organisations and the village heads' association by their
short names (`Lazismu`, `LAZISNU`, `Apdesi`: entities_heads.txt, entities_org_acronyms.txt) are
bodies: alone an ORG, with their region after them one ORG (GUIDELINES §6: named bodies and
associations). Whole entity lists with spans from `resolve_entities` given the model's entities."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Dana bedah rumah itu dihimpun Lazismu dari para donatur sejak awal tahun.",
            [],
            [("Lazismu", "ORG", (30, 37))],
        ),
        (
            "Rapat dihadiri Ketua Apdesi Way Kanan, Sumarno, bersama para kepala kampung.",
            [("Way Kanan", "LOC"), ("Sumarno", "PER")],
            [("Apdesi Way Kanan", "ORG", (21, 37)), ("Sumarno", "PER", (39, 46))],
        ),
    ],
)
def test_the_short_name_of_a_zakat_body_or_the_village_heads_association_is_a_body(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected
