"""Dates on unseen news (dates27): a year (or a pair of years) right after a holiday's name is the
holiday's, no date (GUIDELINES §3 "holidays by name"; the annotators' convention: ``Natal 2025``
is no date), also after the holiday's bracketed short form or a ``tahun`` between: ``Natal dan
Tahun Baru (Nataru) 2025/2026``, ``Nataru 2024-2025``, ``lebaran Idulfitri tahun 2023``,
``lebaran 2024 ini``. A year after another word stays a date.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

NO_DATE_CASES = [
    "Lalu lintas diperkirakan naik selama libur Natal dan Tahun Baru (Nataru) 2025/2026 di ruas tol.",
    "Penumpang kapal melonjak pada masa angkutan Nataru 2024-2025 dibanding tahun sebelumnya.",
    "Pedagang mengaku omzet turun sejak lebaran Idulfitri tahun 2023 lalu.",
    "Jumlah pemudik pada arus mudik lebaran 2024 ini diperkirakan naik.",
    "Perayaan Imlek tahun 2026 di vihara itu digelar sederhana.",
]


@pytest.mark.parametrize("text", NO_DATE_CASES)
def test_the_year_of_a_holiday(text: str) -> None:
    assert extract_dates(text) == []


DATE_CASES = [
    ("Harga daging sapi stabil sejak tahun 2023 di pasar kota.", [D("tahun 2023", (31, 41), "2023")]),
    # a season is no holiday: its years are a range (the annotators' convention)
    (
        "Pemain itu bergabung pada musim 2023/2024 dengan klub Korea.",
        [D("2023/2024", (32, 41), "2023", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_a_year_after_another_word_stays_a_date(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
