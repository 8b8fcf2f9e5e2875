"""An audience entertained (``menghibur``, an ``object`` verb of participants_cues.txt) attends
the reported show (issue 15; GUIDELINES §5: who attends the reported event), read off news-raw in
session 33. ``mendatangkan`` stays no verb of participation: in sports news it signs players.

Invented Indonesian sentences in the style of regional news; whole records with spans, and the
sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Band asal Bandung itu menghibur ratusan warga yang memadati alun-alun, Sabtu malam.",
        [("ratusan warga", None, True, 100, 999, "warga")],
    ),
    (
        "Grup musik itu menghibur ratusan warga Indonesia dan Jerman dengan lagu-lagu andalannya.",
        [("ratusan warga", None, True, 100, 999, "warga")],
    ),
    # must give nothing: how long they entertain (no head noun after the verb)
    ("Pelawak itu menghibur dua jam tanpa henti.", []),
    # must give nothing: a club signing players (no participation verb)
    ("Persib mendatangkan dua pemain asing baru untuk musim depan.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_entertained_audience(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
