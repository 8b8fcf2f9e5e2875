"""Participant counts read on news-raw (issue 15, counts24; GUIDELINES §5, staff deployed).

Staff a deployment verb sends to a stricken place take part in the operation: the negative word
right after a ``site`` noun (``wilayah terdampak``, ``lokasi bencana``) describes the place, not
the staff. Without a deployment verb the residents of such a place stay no count, and the
victims named on the count itself still rule it out.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Untuk mempercepat pemulihan listrik, PLN menerjunkan ratusan personel yang bersiaga di"
        " berbagai wilayah terdampak banjir.",
        [("ratusan personel", None, True, 100, 999, "personel")],
    ),
    # a relative clause on the staff before the place (was a known miss of the counts21 sweep)
    (
        "PLN menerjunkan ratusan personel yang bekerja siang malam di wilayah terdampak banjir.",
        [("ratusan personel", None, True, 100, 999, "personel")],
    ),
    (
        "BPBD mengerahkan 45 relawan ke lokasi bencana longsor sejak Senin pagi.",
        [("45 relawan", 45, False, 45, 45, "relawan")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_staff_sent_to_a_stricken_place(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Banjir itu merendam rumah 300 warga di wilayah terdampak selama dua hari.",
        "Sebanyak 120 warga di kawasan terdampak masih mengungsi di balai desa.",
        "BPBD mengerahkan tiga unit perahu karet ke lokasi bencana.",
    ],
)
def test_residents_of_a_stricken_place_are_no_count(text: str) -> None:
    assert extract_participants(text) == []
