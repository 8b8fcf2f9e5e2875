"""Dates read on news-raw (issue 15, counts14): a bare month name after a noun naming what the
month measures or is allotted (``inflasi Juli``, ``alokasi Maret``, ``pemakaian April``, ``data
Juli``, ``pertemuan Oktober``) is that month (GUIDELINES §3: a month without a year takes the
anchor's), as ``periode Februari`` is; a capitalised word after it makes the pair a person's name
(``data Juli Antoni``), and a list after the cued month stays unread (strict xfail).

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

MEASURED = [
    (
        "Kepala BPS kabupaten menyebut inflasi Agustus di daerah itu hanya 0,12 persen.",
        "2024-09-03",
        [D("Agustus", (38, 45), "2024-08")],
    ),
    (
        "Beras bantuan alokasi Oktober dibagikan kepada warga di balai desa setempat.",
        "2023-10-16",
        [D("Oktober", (22, 29), "2023-10")],
    ),
    (
        "Keringanan tagihan berlaku untuk pemakaian Maret yang dibayar pada bulan berikutnya.",
        "2021-04-07",
        [D("Maret", (43, 48), "2021-03")],
    ),
    (
        "Menurut camat, itu baru data Mei karena laporan desa belum semuanya masuk.",
        "2022-06-01",
        [D("Mei", (29, 32), "2022-05")],
    ),
    (
        "Dewan gubernur bank sentral akan membahas suku bunga lagi pada pertemuan November.",
        "2025-09-20",
        [D("November", (73, 81), "2025-11")],
    ),
    # no anchor: the year is unknown
    (
        "Petugas mencatat deflasi Januari terjadi karena harga cabai turun tajam.",
        None,
        [D("Januari", (25, 32), "XXXX-01")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), MEASURED)
def test_a_month_after_what_it_measures_is_a_date(
    text: str, published: str | None, expected: list[DateMention]
) -> None:
    assert extract_dates(text, published=published) == expected


NAMES = [
    "Berkas itu berisi data Juli Antoni, kepala seksi yang baru dilantik.",
    "Dia hadir dalam pertemuan Mei Lestari dengan para kader posyandu.",
    "Data yang dihimpun tim tersebut belum lengkap menurut petugas kecamatan.",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_name_after_the_noun_is_no_month(text: str) -> None:
    assert extract_dates(text, published="2025-06-02") == []


@pytest.mark.xfail(strict=True, reason="a list after a cued bare month keeps only its first month")
def test_a_list_after_a_cued_month() -> None:
    text = "Penyaluran kali ini mencakup alokasi Agustus dan September bagi tiap keluarga."
    assert extract_dates(text, published="2024-09-10") == [
        D("Agustus", (36, 43), "2024-08"),
        D("September", (48, 57), "2024-09"),
    ]
