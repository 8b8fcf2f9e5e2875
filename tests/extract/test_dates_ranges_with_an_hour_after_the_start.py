"""Dates on unseen news (dates27): the hour a range's first end starts at stands between it and the
range's connector (``22 Desember 2025 pukul 00.00 WIB hingga 23 Desember 2025``), and the end may
be opened by ``hari`` before its weekday (``…, sampai hari Minggu, 9 Juni 2024``): one range
(GUIDELINES §3 ranges) whose text runs over the hour. An end that is only an hour (``hingga 23.00
WIB``) leaves the day alone.

Invented Indonesian sentences; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    (
        "Diskon tarif berlaku 20 Desember 2025 pukul 00.00 WIB hingga 21 Desember 2025 pukul 24.00 WIB.",
        [D("20 Desember 2025 pukul 00.00 WIB hingga 21 Desember 2025", (21, 77), "2025-12-20", "2025-12-21")],
    ),
    (
        "Pemadaman dijadwalkan Sabtu, 8 Juni 2024 pukul 22.00 WITA, sampai hari Minggu, 9 Juni 2024.",
        [
            D(
                "Sabtu, 8 Juni 2024 pukul 22.00 WITA, sampai hari Minggu, 9 Juni 2024",
                (22, 90),
                "2024-06-08",
                "2024-06-09",
            )
        ],
    ),
    (
        "Kapal berangkat 5 Maret pukul 08.00 hingga 7 Maret.",
        [D("5 Maret pukul 08.00 hingga 7 Maret", (16, 50), "XXXX-03-05", "XXXX-03-07")],
    ),
    # the end is an hour of the same day: the day alone
    (
        "Penutupan jalan berlaku 31 Desember 2025 pukul 18.00 WIB hingga 23.00 WIB.",
        [D("31 Desember 2025", (24, 40), "2025-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_range_with_an_hour_after_its_start(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
