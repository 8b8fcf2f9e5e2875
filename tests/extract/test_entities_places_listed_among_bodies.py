"""A LOC listed among bodies only (`Nvidia, Apple, Alphabet, dan Microsoft`) names no place
(GUIDELINES §6) and is dropped; a place of its own listed there (`Desa Sukamaju`, a listed
region, `Amerika Utara`, `Plaza Merdeka`) stays a LOC. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities
from extract.records import Entity


def _found(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    spans = [(text.index(part), part, label) for part, label in model]
    found = resolve_entities(text, [Entity(p, lab, (s, s + len(p))) for s, p, lab in spans])
    return [(e.text, str(e.label), e.span) for e in found]


def test_a_company_listed_among_companies_is_no_place() -> None:
    text = "Saham teknologi seperti Nvidia, Oracle, Texaco, dan Microsoft menguat tajam pekan ini."
    model = [("Nvidia", "ORG"), ("Oracle", "ORG"), ("Texaco", "LOC"), ("Microsoft", "ORG")]
    # no place; listed among known bodies, the company is a body (bodies.with_bodies_listed)
    assert _found(text, model) == [
        ("Nvidia", "ORG", (24, 30)),
        ("Oracle", "ORG", (32, 38)),
        ("Texaco", "ORG", (40, 46)),
        ("Microsoft", "ORG", (52, 61)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a village, with its level, listed among bodies
        (
            "Bantuan disalurkan melalui PT Maju Jaya, Bank Lampung, dan Desa Sukamaju pekan lalu.",
            [("PT Maju Jaya", "ORG"), ("Bank Lampung", "ORG"), ("Desa Sukamaju", "LOC")],
            [
                ("PT Maju Jaya", "ORG", (27, 39)),
                ("Bank Lampung", "ORG", (41, 53)),
                ("Desa Sukamaju", "LOC", (59, 72)),
            ],
        ),
        # a region ending in a compass word
        (
            "Perusahaan itu membuka kantor bersama Unilever, Amerika Utara, dan Shell tahun depan.",
            [("Unilever", "ORG"), ("Amerika Utara", "LOC"), ("Shell", "ORG")],
            [("Unilever", "ORG", (38, 46)), ("Amerika Utara", "LOC", (48, 61)), ("Shell", "ORG", (67, 72))],
        ),
        # a venue's word in it
        (
            "Sponsor acara itu adalah Bank Jabar, Kantor Pos, dan Plaza Merdeka sejak awal tahun.",
            [("Bank Jabar", "ORG"), ("Kantor Pos", "ORG"), ("Plaza Merdeka", "LOC")],
            [
                ("Bank Jabar", "ORG", (25, 35)),
                ("Kantor Pos", "ORG", (37, 47)),
                ("Plaza Merdeka", "LOC", (53, 66)),
            ],
        ),
        # one body beside it only: no list of bodies
        (
            "Pertamina dan Texaco menandatangani nota kesepahaman di Jakarta.",
            [("Pertamina", "ORG"), ("Texaco", "LOC"), ("Jakarta", "LOC")],
            [("Pertamina", "ORG", (0, 9)), ("Texaco", "LOC", (14, 20)), ("Jakarta", "LOC", (56, 63))],
        ),
    ],
)
def test_a_place_of_its_own_stays_a_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
