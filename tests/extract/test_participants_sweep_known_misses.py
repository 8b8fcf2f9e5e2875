"""Participant counts the whole-corpus sweep of counts21 found missed and left (issue 15;
GUIDELINES §5): each a construction of one or two news-raw articles, too rare for a rule yet.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

KNOWN_MISSES = [
    pytest.param(
        "Presiden memberi sambutan di acara pengukuhan 1.200 hakim di gedung Mahkamah Agung.",
        [("1.200 hakim", 1200, False, 1200, 1200, "hakim")],
        id="the installation named as a noun before those installed (news-raw: 2 lines)",
    ),
]


@pytest.mark.xfail(strict=True, reason="issue 15: rare constructions the counts21 sweep left (see ids)")
@pytest.mark.parametrize(("text", "mentions"), KNOWN_MISSES)
def test_sweep_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
