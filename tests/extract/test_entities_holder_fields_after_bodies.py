"""A holder's field written after the body (`Divisi …` after the body's region, `Bidang …` after a
known short name in capitals) is the title's, no word of the body's: the ORG ends before it
(GUIDELINES §6: in a title only the office is an ORG). A field right after a head is the body's own
name, and a division after a short name its branch. Whole entity lists with spans from
`resolve_entities` given the model's entities."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Anggota KPU Way Kanan Divisi Hukum, Rina Marlina, memimpin rapat pleno.",
            [("KPU Way Kanan Divisi Hukum", "ORG"), ("Rina Marlina", "PER")],
            [("KPU Way Kanan", "ORG", (8, 21)), ("Rina Marlina", "PER", (36, 48))],
        ),
        (
            "Ketua MUI Bidang Dakwah, Ahmad Fauzan, membuka pengajian itu.",
            [("MUI Bidang Dakwah", "ORG"), ("Ahmad Fauzan", "PER")],
            [("MUI", "ORG", (6, 9)), ("Ahmad Fauzan", "PER", (25, 37))],
        ),
    ],
)
def test_a_holders_field_after_the_body_is_no_word_of_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Rapat itu dipimpin pejabat Kementerian Koordinator Bidang Pangan di Jakarta.",
            [("Kementerian Koordinator Bidang Pangan", "ORG"), ("Jakarta", "LOC")],
            [("Kementerian Koordinator Bidang Pangan", "ORG", (27, 64)), ("Jakarta", "LOC", (68, 75))],
        ),
        (
            "Stok beras di gudang Perum Bulog Divisi Regional Lampung dinyatakan aman.",
            [("Perum Bulog Divisi Regional Lampung", "ORG")],
            [("Perum Bulog Divisi Regional Lampung", "ORG", (21, 56))],
        ),
    ],
)
def test_a_field_in_the_bodys_own_name_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
