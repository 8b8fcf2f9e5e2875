"""Participant counts read on news-raw (issue 15, counts24; GUIDELINES §5 bounds).

A hedge stays the count's bound past an existential ``ada``/``terdapat`` between it and the
number (``setidaknya ada 114 relawan``: at least 114, no max). Without a hedge ``ada`` changes
nothing; a hedge on a count of things still gives no count.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Setidaknya ada 120 relawan yang terlibat dalam kegiatan bersih pantai itu.",
        [("120 relawan", 120, True, 120, None, "relawan")],
    ),
    (
        "Acara jalan sehat itu dihadiri warga, sedikitnya terdapat 900 peserta.",
        [("900 peserta", 900, True, 900, None, "peserta")],
    ),
    (
        "Dalam pelatihan itu ada 35 peserta yang hadir sejak pagi.",
        [("35 peserta", 35, False, 35, 35, "peserta")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_hedge_bounds_past_there_are(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Setidaknya ada 100 unit rumah yang rusak akibat angin kencang.",
        "Sedikitnya terdapat 20 hektare sawah yang terendam banjir.",
    ],
)
def test_hedged_things_are_no_count(text: str) -> None:
    assert extract_participants(text) == []
