"""Dates read on news-raw (issue 15). ``tentang`` after a year opens a regulation's title only
when a law word opens the year's clause (``Perda Nomor 5 Tahun 2023 tentang``, ``Peraturan
Bupati Nomor 12 Tahun 2021 tentang``): that year names the law (GUIDELINES §3 "Not dates").
After any other clause ``tentang`` opens a topic and the year before it is a date (``selama
tahun 2019 hingga 2022 tentang``, ``putusan hakim pada 2011 tentang``).

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
        "Para pedagang mengeluhkan kesepakatan harga yang berlaku selama tahun 2019 hingga 2022 tentang "
        "ongkos angkut gabah.",
        [D("tahun 2019 hingga 2022", (64, 86), "2019", "2022")],
    ),
    (
        "Warga masih mengingat putusan hakim pada 2011 tentang batas lahan adat di kampung itu.",
        [D("2011", (41, 45), "2011")],
    ),
    (
        "Pemkab menerbitkan Peraturan Bupati Nomor 12 Tahun 2021 tentang tata kelola pasar desa.",
        [],
    ),
    (
        "Kepala dinas merujuk Perda No. 7 Tahun 2018 tentang retribusi parkir di tepi jalan umum.",
        [],
    ),
    (
        "Rapat itu membahas Keputusan Gubernur Lampung Nomor G/512/V.08/HK/2023 tentang upah minimum.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_year_before_tentang_is_a_law_s_only_after_law_word(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
