"""Known misses of participant counts read in session 33 (issue 15) on the news tune annotations
and news-raw, left as strict xfails until a rule reads them (GUIDELINES §5).

Invented Indonesian sentences in the style of the lines they were read on; whole records with
spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

MISSES = [
    pytest.param(
        "Ujian diikuti peserta DAN I: 303 Karateka; DAN II: 77 Karateka dan DAN III: 23.",
        [
            ("303 Karateka", 303, False, 303, 303, "Karateka"),
            ("77 Karateka", 77, False, 77, 77, "Karateka"),
            ("DAN III: 23", 23, False, 23, 23, "Karateka"),
        ],
        id="the last labelled part of a list with no head of its own (news tune: one)",
    ),
    pytest.param(
        "Ada 11 atlet yang tampil di seri kedua. Sembilan rider lainnya adalah Jendry dan Alvaro.",
        [("11 atlet", 11, False, 11, 11, "atlet"), ("Sembilan rider", 9, False, 9, 9, "rider")],
        id="the others of a counted field named by a noun the lexicon lacks (news tune: one)",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), MISSES)
@pytest.mark.xfail(strict=True, reason="issue 15, read in session 33: not handled yet (see ids)")
def test_session33_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
