"""Dates on unseen news (dates27): a year right after the homecoming travel (``arus mudik dan arus
balik 2025``, ``periode mudik 2019``: the travel's period, no holiday's name) or after ``dalam``
(in) is a year alone (GUIDELINES §3); a unit of time after a number such a word opens makes it a
length (``dalam 2000 tahun terakhir``), no year.

Invented Indonesian sentences; whole records with spans, including a sentence that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    (
        "Kepadatan terjadi saat arus mudik dan arus balik 2025 di jalur selatan.",
        [D("2025", (49, 53), "2025")],
    ),
    ("Pos pengamanan disiagakan selama periode mudik 2019 di terminal.", [D("2019", (47, 51), "2019")]),
    ("Kerugian petani dalam 2022 mencapai ratusan juta rupiah.", [D("2022", (22, 26), "2022")]),
    ("Fosil itu terkubur dalam 2000 tahun terakhir di bawah lapisan abu.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_year_after_homecoming_travel_or_dalam(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
