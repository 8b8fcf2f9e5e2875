"""Dates read on news-raw 1600-2199 (issue 15, counts10): the Common Era's year written beside a
Hijri year (``1447 H/2026 M``, ``1447 Hijriah atau 2026 Masehi``) is a year alone (GUIDELINES §3);
the Hijri year is none, and ``M`` is the era's mark only after a Hijri year; after a holiday's name
the pair is the holiday's year, no date (``Iduladha 1447 H/2026 M``, as ``Natal 2025``; counts28).
A bracketed numeric
date whose year lost or mistyped a digit (``Minggu (24/5/206)``) is its day and month alone, its
year taken from the article's anchor as for ``(24/5)``.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

ERA_CASES = [
    # a slash between the two years, spaced or not, with the short marks
    (
        "Panitia penyelenggara ibadah haji 1447 H/2026 M menyiapkan sembilan kloter.",
        [D("2026", (41, 45), "2026")],
    ),
    (
        "Kuota jemaah umrah 1446 H / 2025 M di kabupaten itu naik.",
        [D("2025", (28, 32), "2025")],
    ),
    ("Pengajian akbar Syawal 1445H/2024M dipusatkan di gedung dakwah kota.", [D("2024", (29, 33), "2024")]),
    # the long marks joined by "atau" or by a slash
    (
        "Kalender tahunan 1447 Hijriah atau 2026 Masehi dibagikan kepada warga.",
        [D("2026", (35, 39), "2026")],
    ),
    (
        "Penerimaan santri baru 1444 Hijriah/2023 Masehi dibuka oleh pondok.",
        [D("2023", (36, 40), "2023")],
    ),
    # a capitalised "Tahun" after the Hijri year: the era mark says it is a year, not a name's end
    (
        "Pendaftaran santri baru 1446 Hijriah Tahun 2025 Masehi dibuka pesantren.",
        [D("Tahun 2025", (37, 47), "2025")],
    ),
    # "Masehi" alone marks the era too
    ("Masjid itu dibangun warga sekitar 1990 Masehi dari kayu ulin.", [D("1990", (34, 38), "1990")]),
]


@pytest.mark.parametrize(("text", "expected"), ERA_CASES)
def test_common_era_year_beside_a_hijri_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


NO_ERA_CASES = [
    # "M" with no Hijri year before it is no era mark: a unit or an amount
    "Tinggi menara pandang itu mencapai 2026 M dari permukaan laut.",
    "Panitia menghimpun dana Rp 2025 M untuk membangun masjid.",
    # the Hijri year alone is no date
    "Warga menyambut tahun baru Islam 1448 H dengan pawai obor.",
    # after a holiday's name the pair is the holiday's year (GUIDELINES §3 "holidays by name")
    "Panitia masjid menyembelih sembilan sapi pada Iduladha 1447 H/2026 M di halaman belakang.",
    "Harga cabai di pasar kecamatan naik menjelang Lebaran 1446 H / 2025 M pekan itu.",
    "Bupati salat Id bersama warga pada Idul Adha 1447 Hijriah atau 2026 Masehi di lapangan.",
    "Pasar murah dibuka menjelang puasa Ramadan 1444 Hijriah/2023 Masehi oleh dinas.",
    "Menyambut Bulan Ramadhan 1446 Hijriah Tahun 2025 Masehi, polres menggelar operasi pasar.",
]


@pytest.mark.parametrize("text", NO_ERA_CASES)
def test_no_era_year_without_its_mark(text: str) -> None:
    assert extract_dates(text) == []


TYPO_CASES = [
    (
        "Aturan itu dikutip Minggu (24/5/206). Rapat digelar Selasa (19/5/2026) di kantor bupati.",
        None,
        [D("Minggu (24/5/206)", (19, 36), "2026-05-24"), D("Selasa (19/5/2026)", (52, 70), "2026-05-19")],
    ),
    # no anchor: the year is unknown
    (
        "Lapak kuliner itu ramai pembeli, Sabtu (23/5/226) siang.",
        None,
        [D("Sabtu (23/5/226)", (33, 49), "XXXX-05-23")],
    ),
    (
        "Lapak kuliner itu ramai pembeli, Sabtu (23/5/226) siang.",
        "2026-05-30",
        [D("Sabtu (23/5/226)", (33, 49), "2026-05-23")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), TYPO_CASES)
def test_a_mistyped_year_leaves_the_day_and_month(
    text: str, published: str | None, expected: list[DateMention]
) -> None:
    assert extract_dates(text, published=published) == expected


def test_a_fraction_with_three_digits_is_no_date() -> None:
    assert extract_dates("Skor kuis itu 12/5/250 poin menurut juri.") == []
