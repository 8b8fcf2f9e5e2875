"""Dates read on news-raw (issue 15, dates25): the Common Era's year that a slash pairs with a
Hijri year is a year alone even when no ``M``/``Masehi`` follows it (``Idulfitri 1444 H/2023``,
``Iduladha 1447 Hijriah/2026``), as ``1447 H/2026 M`` already is (GUIDELINES §3: the Hijri year
is no date). A year joined to the Hijri one by a hyphen or a further slash is not paired.
After a holiday's name the pair is the holiday's year written in both eras (``Iduladha 1447
Hijriah/2026``), no date, as ``Natal 2025`` is none (GUIDELINES §3 "holidays by name"; counts28).

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
        "Sebanyak 310 calon jemaah haji 1446 H / 2025 asal kabupaten itu berangkat pekan depan.",
        [D("2025", (40, 44), "2025")],
    ),
    # the era mark after it still gives the same single year
    (
        "Kuota petugas haji 1446 H/2025 M untuk provinsi itu ditambah.",
        [D("2025", (26, 30), "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_CASES)
def test_a_year_after_a_hijri_year_and_a_slash(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


UNPAIRED_CASES = [
    # a holiday's year written in both eras: the holiday's, no date, with or without the era mark
    "Menjelang Idulfitri 1444 H/2023 harga daging sapi di pasar kabupaten naik tajam.",
    "Dinas menurunkan petugas pemeriksa hewan kurban pada Iduladha 1447 Hijriah/2026, kata kepala dinas.",
    "Pasar murah digelar menjelang Ramadan 1445 H/2024 M di halaman kantor camat.",
    "Pemerintah menetapkan Idul Adha 1446 Hijriah atau 2025 Masehi jatuh pada hari Jumat.",
    # the Hijri year alone is no date
    "Warga kampung menyambut Iduladha 1447 H dengan takbir keliling.",
    # a hyphen or another slash after the year: not one year beside the Hijri one
    "Panitia zakat mencatat penerimaan Idulfitri 1445 H/2024-2025 dalam laporan.",
    "Nomor surat panitia kurban 1446 H/2025/07 sudah dikirim ke kecamatan.",
]


@pytest.mark.parametrize("text", UNPAIRED_CASES)
def test_no_paired_year(text: str) -> None:
    assert extract_dates(text) == []
