"""An event noun followed by ``pers`` names a press conference where figures are given, no event
of the counts (counts28), but only a lowercase ``pers`` or one with no capitalised word after it:
``Kongres Pers Nasional``, ``Konvensi Pers Daerah`` are events' names, and a count that opens a
clause in a sentence naming one is who takes part (GUIDELINES §5; fix32d).

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Dalam Kongres Pers Nasional itu, 250 wartawan dari berbagai daerah menyusun rekomendasi.",
        [("250 wartawan", 250, False, 250, 250, "wartawan")],
    ),
    # a press conference, lowercase or capitalised with no name after it: no event of the count
    ("Dalam konferensi pers itu, 40 wartawan menyusun pertanyaan untuk kapolres.", []),
    ("Dalam Konferensi Pers itu, 40 wartawan menyusun pertanyaan untuk kapolres.", []),
    ("Dalam konferensi pers Kapolres, 40 wartawan menyusun pertanyaan.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_named_press_event_counts_its_participants(text: str, expected: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, expected)
