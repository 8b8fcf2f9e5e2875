"""A total run up over the years is no count of one event's attendance (issue 15, session 34;
GUIDELINES §5: those who take part in the event or activity the article reports): a ``sejak``
phrase with a year or ``pertama`` before the count, and ``telah`` or ``sudah`` between them
(``Sejak 2010, program itu telah mengajak lebih dari 420.000 masyarakat``). A period of days
(``sejak 10-17 September``), a time of day, or no perfect word keeps the count.

Invented Indonesian sentences in the style of news; whole records with spans, including
sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    ("Sejak 2010, program lari itu telah mengajak lebih dari 420.000 warga untuk berlari bersama.", []),
    ("Sejak pertama kalinya beroperasi, jumlah pengemudi yang bergabung telah mencapai 3 juta orang.", []),
    ("Sejak tahun 2015, festival itu sudah diikuti lebih dari 5.000 peserta dari berbagai daerah.", []),
    # one event's attendance: a period of days, a time of day, no perfect word
    (
        "Selama sepekan sejak 10-17 September 2023, sebanyak 906 peserta telah mengikuti lomba menembak itu.",
        [("906 peserta", 906, False, 906, 906, "peserta")],
    ),
    (
        "Sejak pukul 08.00, lapangan itu sudah dipadati sekitar 800 warga.",
        [("800 warga", 800, True, 800, 800, "warga")],
    ),
    (
        "Sejak 2004 bank itu rutin menggelar mudik bersama, yang tahun ini diikuti 1.200 pemudik.",
        [("1.200 pemudik", 1200, False, 1200, 1200, "pemudik")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_cumulative_totals(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
