"""Places and organisations read on scraped regional news pages (issue 12, round 14): whole
entity lists from `resolve_entities` on invented sentences in the pages' style, and cases that
give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out

# --------------------------------------------------------------------------- a title's dot after a region


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the model's place keeps `H.` of the holder's name, its dot a word of its own
        (
            "Hadir pula Wali Kota Mataram H. Rahman Hakim dalam rapat itu.",
            "Mataram H.",
            [("Mataram", "LOC", (21, 28))],
        ),
        (
            "Sambutan dibacakan Wakil Bupati Lombok Tengah H. Saiful Anwar, Senin.",
            "Lombok Tengah H.",
            [("Lombok Tengah", "LOC", (32, 45))],
        ),
    ],
)
def test_a_place_ends_before_a_dotted_title_of_the_holder(text: str, span: str, expected: list) -> None:
    assert [e for e in _out(text, [_at(text, span, "LOC")]) if e[1] != "PER"] == expected


