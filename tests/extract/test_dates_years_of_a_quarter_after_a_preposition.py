"""Dates read on news-raw (issue 15, dates25): the year of a quarter or a half-year is no date
(GUIDELINES §3 "quarters"; a half-year or semester is a period as a quarter is, session 23's
choice kept) also when a preposition or a part word stands between the period and its year:
``triwulan I di 2024``, ``kuartal pertama pada tahun 2022``, ``kuartal II-di tahun 2018``,
``semester genap di 2022``, ``paruh akhir 2025``. Without an ordinal, ``per semester pada
2024`` is a unit and its year stays a date.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

NO_DATE_CASES = [
    "Jumlah kendaraan yang diuji kir pada triwulan I di 2024 turun dibanding tahun sebelumnya.",
    "Data dinas pada triwulan pertama di 2023 mencatat 300 kendaraan.",
    "Harga minyak melonjak sejak invasi pada kuartal pertama pada tahun 2022.",
    "Gedung cabang itu ditargetkan rampung pada kuartal II-di tahun 2018 ini.",
    "Perkuliahan tatap muka semester genap di 2022 dimulai bulan depan.",
    "Bank sentral memperkirakan kredit lebih bergairah pada paruh akhir 2025.",
]


@pytest.mark.parametrize("text", NO_DATE_CASES)
def test_the_year_of_a_quarter_or_half_year(text: str) -> None:
    assert extract_dates(text) == []


DATE_CASES = [
    # no ordinal: "per semester" is a unit, the year after "pada" is a date
    ("Biaya kuliah per semester pada 2024 naik sepuluh persen.", [D("2024", (31, 35), "2024")]),
    # a sentence ends after the ordinal: the next sentence's year is a date
    (
        "Uji kir tercatat 1.086 kendaraan di triwulan pertama. Di 2024 ini jumlahnya naik.",
        [D("2024", (57, 61), "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_a_year_that_stays_a_date(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
