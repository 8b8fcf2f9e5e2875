"""Totals run up to the present (GUIDELINES §5: cumulative totals are no count of one event's
attendance): an ``until`` word and a ``now`` phrase of participants_cues.txt (``Hingga saat ini``,
``sampai sekarang``), then a ``perfect`` word (``telah``, ``sudah``) with no clause break
between it and the count. Invented Indonesian sentences in the style of news; whole records with
spans, and cases that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    pytest.param(
        "Hingga saat ini, program pelatihan daring itu telah diikuti oleh lebih dari 120.000 peserta.",
        [],
        id="a programme's total up to now",
    ),
    pytest.param(
        "Sampai sekarang kelas menjahit gratis itu sudah diikuti 860 ibu rumah tangga.",
        [],
        id="sampai sekarang and sudah",
    ),
    pytest.param(
        "Tercatat hingga kini sudah ada 150 UMKM yang terdaftar di aplikasi, dan yang hadir di bazar"
        " ini ada 20 UMKM.",
        [("20 UMKM", 20, False, 20, 20, "UMKM")],
        id="a clause break after the perfect word: those who attend count",
    ),
    pytest.param(
        "Indonesia sampai saat ini akan diwakili oleh 37 delegasi dalam konferensi itu.",
        [("37 delegasi", 37, False, 37, 37, "delegasi")],
        id="no perfect word",
    ),
    pytest.param(
        "Hingga sore ini, sebanyak 500 warga telah memadati alun-alun untuk menonton pawai.",
        [("500 warga", 500, False, 500, 500, "warga")],
        id="until a time of today is one day's attendance",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_totals_run_up_to_now(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
