"""Dates read on news-raw (issue 15). A range of months written in brackets with its year right
after the bracket (``(Oktober-Desember) 2019``, ``(Maret s/d Mei) tahun 2021``) is one range of
that year, the bracket in the mention (as ``Desember (2018)`` keeps its bracket); a bracketed
range with no year after it stays a range without one.

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
        "Serapan pupuk bersubsidi selama musim rendeng (Oktober-Desember) 2019 belum maksimal.",
        [D("(Oktober-Desember) 2019", (46, 69), "2019-10", "2019-12")],
    ),
    (
        "Bantuan beras untuk tiga bulan (Maret s/d Mei) tahun 2021 disalurkan lewat kantor pos.",
        [D("(Maret s/d Mei) tahun 2021", (31, 57), "2021-03", "2021-05")],
    ),
    (
        "Petani cabai biasanya panen besar pada musim kemarau (Juli - September) setiap tahunnya.",
        [D("Juli - September", (54, 70), "XXXX-07", "XXXX-09")],
    ),
    (
        "Harga gabah kering di tingkat petani (Rp5.200-Rp5.600) per kilogram masih stabil.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_bracketed_month_range_takes_the_year_after_it(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
