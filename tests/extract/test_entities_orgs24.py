"""Organisations read on unseen regional news (session 24): a regional government's short word
written lowercase before its region's name (`pemkab Way Kanan`) heads that government's name, as
the capitalised `Pemkab Way Kanan` does (GUIDELINES §6: case variants are listed as written).
Whole entity lists from `resolve_entities` on invented sentences, with the spans, and cases that
must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Para pedagang berterima kasih kepada pemkab Tanggamus atas bantuan tenda itu.",
            [],
            [("pemkab Tanggamus", "ORG", (37, 53))],
        ),
        # a region of two words, read from the gazetteer
        (
            "Jalan itu akan diperbaiki pemkab Lampung Barat tahun depan.",
            [("Lampung Barat", "LOC")],
            [("pemkab Lampung Barat", "ORG", (26, 46))],
        ),
        # a province's and a city's government, one after the other
        (
            "Anggaran berasal dari pemprov Lampung dan pemkot Metro sekaligus.",
            [("Lampung", "LOC"), ("Metro", "LOC")],
            [("pemprov Lampung", "ORG", (22, 37)), ("pemkot Metro", "ORG", (42, 54))],
        ),
    ],
)
def test_a_lowercase_government_word_before_its_region_is_the_government(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no region after it: a kind, no name
        "Bantuan dari pemkab setempat sudah diterima warga kemarin.",
        # a capitalised word that is no region
        "Menurut pemkab Kemarin ada perubahan jadwal pembagian.",
    ],
)
def test_a_lowercase_government_word_without_a_region_names_nothing(text: str) -> None:
    assert _found(text, []) == []
