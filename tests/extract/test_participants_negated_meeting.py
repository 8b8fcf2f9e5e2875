"""Whom the article says no one will meet are not the activity's participants (issue 15,
counts25; GUIDELINES §5): a ``refer`` verb (``bertemu``, ``mengunjungi``) after a negation word,
past aspect words (``tidak akan bertemu tim papan atas``), does not make later counts of its
noun participants.

Invented Indonesian sentences in the style of football news; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

NEGATED = (
    "Setelah jeda kompetisi, klub itu tidak akan bertemu tim papan atas dalam empat laga berikutnya."
    " Hanya satu lawan yang kini berada di papan tengah, sedangkan tiga tim lainnya ada di zona degradasi."
)
MET = (
    "Klub itu akan bertemu tim papan atas dalam empat laga berikutnya. Hanya satu lawan yang kini"
    " berada di papan tengah, sedangkan tiga tim lainnya ada di zona degradasi."
)


def test_negated_meeting_gives_nothing() -> None:
    assert extract_participants(NEGATED) == []


@pytest.mark.xfail(
    strict=True, reason="a standing in the table (ada di zona degradasi) is read as a count of the met teams"
)
def test_standing_is_no_count() -> None:
    assert extract_participants(MET) == expected_participants(MET, [])
