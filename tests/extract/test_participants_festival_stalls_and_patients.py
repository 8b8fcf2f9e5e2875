"""Participant counts read on event news (issue 15, counts15; GUIDELINES §5).

Read on news-raw 6601-6850: every article reporting people at an event. The misses found there
are rare corpus-wide: people served at a health service event (``diperiksa``: suspects and
witnesses too), so they stay visible as strict xfails; stalls of small businesses at a festival
already count. ``menjalani operasi`` after a count counts since counts20
(test_participants_treated_and_dancing_subjects.py).

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


def test_small_businesses_trading_at_a_festival_count() -> None:
    text = "Di halaman kantor camat, belasan UMKM juga menggelar dagangan selama festival berlangsung."
    assert extract_participants(text) == expected_participants(
        text, [("belasan UMKM", None, True, 11, 19, "UMKM")]
    )


def test_patients_of_a_hospital_are_no_participants() -> None:
    text = "Rumah sakit itu mencatat 15 pasien menjalani operasi jantung selama tahun lalu."
    assert extract_participants(text) == []


KNOWN_MISSES = [
    pytest.param(
        "Dalam bakti sosial itu, ada 42 orang yang diperiksa kesehatannya oleh tim dokter.",
        [("42 orang", 42, False, 42, 42, "orang")],
        id="people examined at a free health check (diperiksa is no cue: suspects, witnesses)",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="issue 15: people served at a health service event, rare (see ids)")
def test_people_served_at_a_health_event_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
