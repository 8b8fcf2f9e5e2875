"""Known misses of participant counts read in session 34 (issue 15) on the news tune
annotations, left as strict xfails until a rule reads them (GUIDELINES §5).

Invented Indonesian sentences in the style of the lines they were read on; whole records with
spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

MISSES = [
    pytest.param(
        "Wali kota membagikan 100 undangan gratis kepada 50 orang beruntung untuk hadir di pagelaran.",
        [("50 orang", 50, False, 50, 50, "orang beruntung")],
        id="recipients of invitations who are to attend the show (news tune: one)",
    ),
    pytest.param(
        "Presiden menyerahkan bantuan modal kerja kepada 65 pelaku usaha mikro di halaman istana.",
        [("65 pelaku usaha mikro", 65, False, 65, 65, "pelaku usaha mikro")],
        id="recipients handed aid at the ceremony they attend, no attendance word (news tune: one)",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), MISSES)
@pytest.mark.xfail(strict=True, reason="issue 15, read in session 34: not handled yet (see ids)")
def test_session34_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
