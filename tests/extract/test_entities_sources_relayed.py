"""The outlet a relaying outlet quotes (`dikutip detikINET dari TechSpot`): a two-word source cue
ending in `dari` with the relaying outlet's one word between names the quoted outlet, an ORG
(`page._relayed`). Whole entity lists with spans from `resolve_entities` on invented sentences,
and the cases that must give nothing."""

from __future__ import annotations

import pytest

from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the relaying masthead alone is the model's to find
            "Baterai ponsel itu tahan dua hari, dikutip detikINET dari Gadget Arena, Rabu (3/6/2026).",
            [("Gadget Arena", "ORG", (58, 70))],
        ),
        (
            "Harga minyak mentah kembali turun, dilansir Kompas dari Reuters.",
            [("Kompas", "ORG", (44, 50)), ("Reuters", "ORG", (56, 63))],
        ),
    ],
)
def test_the_outlet_a_relaying_outlet_quotes_is_an_organisation(text: str, expected: list) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a lowercase word between is no outlet: `dari` opens a place or a time
        "Data itu dikutip pekan lalu dari laporan tahunan perusahaan.",
        # no source verb before the outlet's word
        "Wartawan itu datang bersama detikINET dari Bandung.",
    ],
)
def test_no_cue_or_a_lowercase_word_between_gives_no_outlet(text: str) -> None:
    assert [e for e in _out(text) if e[1] == "ORG"] == []
