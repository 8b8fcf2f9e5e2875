"""Dates read on news-raw (issue 15). A month an editor adds in brackets is a date: to a day
after ``tanggal`` (``tanggal 14 (Juli)``: the day of that month, "tanggal" out of the mention, as
``tanggal 24 bulan ini`` leaves it out) or alone (``tahap III (Oktober)``: the month), its year
from the anchor (GUIDELINES §3: dates without a year), ``XXXX`` without one. A bracketed number
after a name (``Mei (23)``) stays no date.

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
        "Camat menyebut pengerjaan jembatan ditargetkan rampung tanggal 14 (Juli), kata dia, "
        "Rabu (3/7/2024).",
        [D("14 (Juli)", (63, 72), "2024-07-14"), D("Rabu (3/7/2024)", (84, 99), "2024-07-03")],
    ),
    (
        "Penyaluran bantuan pangan tahap III (Oktober) menyasar 312 keluarga di kecamatan itu.",
        [D("Oktober", (37, 44), "XXXX-10")],
    ),
    (
        "Warga yang dimintai keterangan, Mei (23), mengaku melihat asap dari arah gudang.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_month_in_brackets_is_a_date(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
