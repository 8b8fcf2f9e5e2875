"""Dates read on news-raw (issue 15). A range of days in the month of a relative year (``15-17
September tahun ini``, ``3 sampai 5 Maret tahun lalu``) is one mention from its first day to its
last (GUIDELINES §3: ranges; ``tahun ini`` at its own granularity), its year counted from the
anchor, ``XXXX`` without one, as ``17 September tahun ini`` alone is.

Invented Indonesian sentences; whole records with spans, including sentences that must give
nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    (
        "Festival kopi rakyat akan digelar pada 15-17 September tahun ini di lapangan kecamatan.",
        [D("15-17 September tahun ini", (39, 64), "XXXX-09-15", "XXXX-09-17")],
    ),
    (
        "Pasar murah pernah digelar 3 sampai 5 Maret tahun lalu. Rapat evaluasi digelar Kamis, 9 Maret 2023.",
        [
            D("3 sampai 5 Maret tahun lalu", (27, 54), "2022-03-03", "2022-03-05"),
            D("Kamis, 9 Maret 2023", (79, 98), "2023-03-09"),
        ],
    ),
    (
        "Pelatihan perangkat pekon dijadwalkan 20 hingga 22 Januari tahun depan, kata camat, "
        "Senin (4/12/2023).",
        [
            D("20 hingga 22 Januari tahun depan", (38, 70), "2024-01-20", "2024-01-22"),
            D("Senin (4/12/2023)", (84, 101), "2023-12-04"),
        ],
    ),
    (
        "Sebanyak 15-17 ekor sapi dikurbankan warga setiap tahun di desa itu.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_day_range_of_a_relative_year_is_one_range(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
