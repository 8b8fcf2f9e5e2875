"""The regional agency for national unity and politics by its short name (`Kesbangpol`,
`Bakesbangpol`: entities_heads.txt, entities_org_acronyms.txt) is a body: with its region after it
one ORG, alone an ORG of its own (GUIDELINES §6: an organisation named with its region is one name).
Whole entity lists with spans from `resolve_entities` given the model's entities."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Kepala Kesbangpol Way Kanan, Sutrisno Hadi, membuka rapat pengamanan pilkada.",
            [("Way Kanan", "LOC"), ("Sutrisno Hadi", "PER")],
            [("Kesbangpol Way Kanan", "ORG", (7, 27)), ("Sutrisno Hadi", "PER", (29, 42))],
        ),
        (
            "Menurut dia, Kesbangpol sudah memanggil para pengurus partai politik.",
            [("Kesbangpol", "ORG")],
            [("Kesbangpol", "ORG", (13, 23))],
        ),
    ],
)
def test_the_unity_agencys_short_name_is_a_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.xfail(strict=True, reason="a long name without its head `Badan` is not read")
def test_the_agencys_long_name_without_its_head_is_one_body() -> None:
    text = "Kepala Kesatuan Bangsa dan Politik (Kesbangpol) Kota Tegal hadir di sana."
    assert _found(text, [("Kota Tegal", "LOC")]) == [
        ("Kesatuan Bangsa dan Politik (Kesbangpol) Kota Tegal", "ORG", (7, 58)),
    ]
