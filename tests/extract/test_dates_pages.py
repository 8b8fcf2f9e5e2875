"""Dates on scraped regional news pages with their published dates (issue 15, round dates14):
a budget year after a regulation's capitalised name (rancangan Perda APBD Kabupaten X tahun
anggaran 2026).

Invented Indonesian sentences of the constructions those pages show; whole records with spans,
including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention


def at(text: str, mention: str, value: str, end: str | None = None, nth: int = 0) -> DateMention:
    """The mention ``mention`` (its ``nth`` occurrence) in ``text``, with its span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(mention, start + 1)
    return DateMention(text=mention, span=(start, start + len(mention)), value=value, end=end)


BUDGET_AFTER_LAW_NAME = [
    "Dewan membahas rancangan Perda APBD Kabupaten Grobogan tahun anggaran 2027 pekan ini.",
    "Pandangan fraksi atas Raperda APBD Kota Ambon Tahun Anggaran 2025 dibacakan bergantian.",
    "Rancangan Perda APBD tahun ajaran 2024 itu belum dibahas.",
]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        (BUDGET_AFTER_LAW_NAME[0], "tahun anggaran 2027", "2027"),
        (BUDGET_AFTER_LAW_NAME[1], "Tahun Anggaran 2025", "2025"),
        (BUDGET_AFTER_LAW_NAME[2], "tahun ajaran 2024", "2024"),
    ],
)
def test_budget_year_after_a_law_name(text: str, mention: str, value: str) -> None:
    assert extract_dates(text) == [at(text, mention, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Aturan itu merujuk pada UUD NRI Tahun 1945 dan Undang-Undang Cipta Kerja tahun 2020.",
        "Pungutan diatur dalam Perda Kabupaten Sleman Nomor 3 Tahun 2022 tentang retribusi.",
    ],
)
def test_a_laws_own_year_stays_no_date(text: str) -> None:
    assert extract_dates(text) == []
