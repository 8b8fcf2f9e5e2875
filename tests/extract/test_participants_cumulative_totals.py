"""A total run up over the years is no count of one event's attendance (issue 15, session 34;
GUIDELINES §5: those who take part in the event or activity the article reports): a ``sejak``
phrase with a year, a month or ``pertama`` before the count, governing its clause, and ``telah``
or ``sudah`` between them (``Sejak 2010, program itu telah mengajak lebih dari 420.000
masyarakat``), in the clause or in a relative clause of its subject (``Program pelatihan yang
digelar sejak 2015 itu``). A period of days (``sejak 10-17 September``), a time of day, a day's
time after it (``hari ini``, ``pagi tadi``; not one that ends the period: ``hingga kemarin``) or
no perfect word keeps the count.

Invented Indonesian sentences in the style of news; whole records with spans, including
sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    ("Sejak 2010, lomba lari itu telah diikuti lebih dari 420.000 pelari dari berbagai negara.", []),
    ("Sejak pertama kalinya beroperasi, jumlah pengemudi yang bergabung telah mencapai 3 juta orang.", []),
    ("Sejak tahun 2015, festival itu sudah diikuti lebih dari 5.000 peserta dari berbagai daerah.", []),
    # since a month, since a stage's first day (review 1 of session 34)
    ("Sejak Januari 2024, pelatihan itu telah diikuti 3.000 peserta.", []),
    ("Sejak hari pertama pameran, stan itu telah dikunjungi 5.000 pengunjung.", []),
    # a since phrase in a relative clause of the subject runs the total all the same; a day's
    # time after until ends the period (review 3 of session 34)
    ("Jumlah peserta yang mendaftar sejak 2020 telah mencapai 5.000 orang.", []),
    ("Program pelatihan yang digelar sejak 2015 itu telah diikuti 20.000 peserta.", []),
    ("Sejak Januari 2024 hingga kemarin, pelatihan itu telah diikuti 3.000 peserta.", []),
    ("Sejak 2019 sampai kemarin, pameran itu sudah dikunjungi 40.000 pengunjung.", []),
    # a day's time brings the count to one day
    (
        "Festival yang digelar sejak 2015 itu hari ini telah dihadiri sekitar 2.000 pengunjung.",
        [("2.000 pengunjung", 2000, True, 2000, 2000, "pengunjung")],
    ),
    (
        "Sejak pertama dibuka pagi tadi, bazar itu telah dikunjungi lebih dari 1.000 warga.",
        [("1.000 warga", 1000, True, 1001, None, "warga")],
    ),
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
