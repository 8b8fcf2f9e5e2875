"""Dates read on news-raw (issue 15, dates25): the Common Era's year that a slash pairs with a
Hijri year is a year alone even when no ``M``/``Masehi`` follows it (``Idulfitri 1444 H/2023``,
``Iduladha 1447 Hijriah/2026``), as ``1447 H/2026 M`` already is (GUIDELINES §3: the Hijri year
is no date). A year joined to the Hijri one by a hyphen or a further slash is not paired.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

PAIRED_CASES = [
    (
        "Menjelang Idulfitri 1444 H/2023 harga daging sapi di pasar kabupaten naik tajam.",
        [D("2023", (27, 31), "2023")],
    ),
    (
        "Dinas menurunkan petugas pemeriksa hewan kurban pada Iduladha 1447 Hijriah/2026, kata kepala dinas.",
        [D("2026", (75, 79), "2026")],
    ),
    (
        "Sebanyak 310 calon jemaah haji 1446 H / 2025 asal kabupaten itu berangkat pekan depan.",
        [D("2025", (40, 44), "2025")],
    ),
    # the era mark after it still gives the same single year
    (
        "Pasar murah digelar menjelang Ramadan 1445 H/2024 M di halaman kantor camat.",
        [D("2024", (45, 49), "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_CASES)
def test_a_year_after_a_hijri_year_and_a_slash(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


UNPAIRED_CASES = [
    # the Hijri year alone is no date
    "Warga kampung menyambut Iduladha 1447 H dengan takbir keliling.",
    # a hyphen or another slash after the year: not one year beside the Hijri one
    "Panitia zakat mencatat penerimaan Idulfitri 1445 H/2024-2025 dalam laporan.",
    "Nomor surat panitia kurban 1446 H/2025/07 sudah dikirim ke kecamatan.",
]


@pytest.mark.parametrize("text", UNPAIRED_CASES)
def test_no_paired_year(text: str) -> None:
    assert extract_dates(text) == []
