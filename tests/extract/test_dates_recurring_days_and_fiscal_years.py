"""Dates read on news-raw (issue 15, dates15): a day and month without a year after a word of
recurrence (``setiap 29 Mei``, ``tiap tanggal 4 Maret dan 8 Oktober``, ``setiap tahun tanggal 30
November``) is a day of every year, no calendar point (GUIDELINES §3), as ``setiap Senin`` is no
day; a written year or another preposition (``per 1 Januari``) keeps the date. A year after a
kind of year that names a fiscal or graduation year (``tahun pajak 2025``, ``tahun fiskal 2023``,
``tahun keuangan 2026``, ``tahun lulus 2017 dan 2018``) is a year alone, as ``tahun buku`` is.
A season of the farming year before a year (``musim kemarau 2023``, ``musim tanam gadu 2024``,
``musim hujan 2023/2024``) is no part of the mention, as ``musim panas 2026`` is not. A bare
year joined by ``dan``, ``sedangkan``, ``sementara``, ``dari`` or ``ke`` to a year already read in
its sentence is a year too (a list or a comparison), unless a count's word follows it or the
first year is none (``Pilpres 2014 dan 2019``). A half-year (``paruh pertama tahun 2026``) is a
period as a semester is, no date; ``paruh waktu`` (part-time) is no half-year.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

RECURRING = [
    "Hari jadi kabupaten itu diperingati warga desa setiap 12 Juni dengan kirab budaya.",
    "Pemkot menggelar pasar murah tiap tanggal 5 Maret dan 9 Oktober di alun-alun kota.",
    "Upacara adat berlangsung saban 3 Juni, 5 Juli, dan 9 Agustus di balai adat.",
    "Lomba perahu hias digelar setiap tahun tanggal 20 Mei di tepi sungai kecamatan.",
    "Hari koperasi yang jatuh pada setiap 12 Juli dirayakan para pengurus dengan bazar.",
    "Festival panen digelar setiap 10-12 Mei oleh kelompok tani di lapangan desa.",
]


@pytest.mark.parametrize("text", RECURRING)
def test_a_recurring_day_is_no_date(text: str) -> None:
    assert extract_dates(text, published="2025-06-02") == []


KEPT = [
    # a written year makes the day one calendar point
    (
        "Setiap 1 Januari 2025 warga berkumpul di masjid agung untuk doa bersama.",
        None,
        [D("1 Januari 2025", (7, 21), "2025-01-01")],
    ),
    # "per" dates a count, it is no word of recurrence
    (
        "Jumlah penerima bantuan per 1 Januari tercatat 312 keluarga di kelurahan itu.",
        "2025-03-10",
        [D("1 Januari", (28, 37), "2025-01-01")],
    ),
    # a day after "setiap hari" and a comma belongs to the next clause
    (
        "Pasar buka setiap hari, dan pada 12 Juni lalu pengunjung ramai sekali.",
        "2025-06-20",
        [D("12 Juni lalu", (33, 45), "2025-06-12")],
    ),
    # after a recurring day, a day that a listed one does not join is a date again
    (
        "Pasar digelar setiap 5 Maret, sedangkan tahun ini dibuka pada 7 Maret oleh bupati.",
        "2025-03-10",
        [D("tahun ini", (40, 49), "2025"), D("7 Maret", (62, 69), "2025-03-07")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), KEPT)
def test_a_day_beside_no_recurrence_is_kept(
    text: str, published: str | None, expected: list[DateMention]
) -> None:
    assert extract_dates(text, published=published) == expected


FISCAL = [
    (
        "Keringanan diberikan kepada wajib pajak yang pada tahun pajak 2025 menunggak PBB.",
        [D("tahun pajak 2025", (50, 66), "2025")],
    ),
    (
        "Perusahaan itu menaikkan proyeksi laba untuk Tahun Fiskal 2026 sebesar delapan persen.",
        [D("Tahun Fiskal 2026", (45, 62), "2026")],
    ),
    (
        "Selama tahun keuangan 2024, koperasi mencatat sisa hasil usaha yang naik tajam.",
        [D("tahun keuangan 2024", (7, 26), "2024")],
    ),
    (
        "Beasiswa dibuka bagi alumni tahun lulus 2022 dan 2023 dari sekolah negeri.",
        [D("tahun lulus 2022", (28, 44), "2022"), D("2023", (49, 53), "2023")],
    ),
    # a law's number before "Tahun" keeps it the law's year, whatever tax it is about
    ("Pungutan diatur dalam Perda Nomor 3 Tahun 2024 tentang Pajak Daerah.", []),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL)
def test_a_fiscal_or_graduation_year_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


SEASONS = [
    (
        "Ratusan hektare sawah terancam kering pada musim kemarau 2024 menurut dinas pertanian.",
        [D("2024", (57, 61), "2024")],
    ),
    (
        "Kelompok tani menerima benih padi untuk musim tanam gadu 2025 dari pemerintah kabupaten.",
        [D("2025", (57, 61), "2025")],
    ),
    (
        "Penyaluran pupuk dipercepat menjelang musim tanam kedua 2026 di tiga kecamatan.",
        [D("2026", (56, 60), "2026")],
    ),
    (
        "BMKG memperkirakan awal musim hujan 2024/2025 datang lebih lambat di wilayah pesisir.",
        [D("2024/2025", (36, 45), "2024", "2025")],
    ),
    # a season without a year is no date
    ("Petani di lereng gunung menunggu musim hujan tiba sebelum menanam jagung.", []),
]


@pytest.mark.parametrize(("text", "expected"), SEASONS)
def test_a_farming_season_before_a_year_leaves_the_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


LATER_YEARS = [
    (
        "Pada 2023 jumlah kunjungan 730.251 orang, sedangkan 2024 naik jadi 1.486.743 orang.",
        [D("2023", (5, 9), "2023"), D("2024", (52, 56), "2024")],
    ),
    (
        "Kasus demam berdarah tahun 2022 tercatat 41 kasus, sementara 2023 sebanyak 35 kasus.",
        [D("tahun 2022", (21, 31), "2022"), D("2023", (61, 65), "2023")],
    ),
    (
        "Luas tanam jagung di kecamatan itu bertambah dari tahun 2024 ke 2025 sekitar 300 hektare.",
        [D("tahun 2024", (50, 60), "2024"), D("2025", (64, 68), "2025")],
    ),
    (
        "Pendapatan asli desa naik 12 persen pada 2024 dari 2023 berkat pasar desa.",
        [D("2024", (41, 45), "2024"), D("2023", (51, 55), "2023")],
    ),
    # a count's word after the number: a count, not a year
    (
        "Pada 2024 panitia menyiapkan 500 kursi dan 2000 kursi tambahan di tenda.",
        [D("2024", (5, 9), "2024")],
    ),
    # the first year names an event, so the joined one does too
    ("Partai itu dua kali kalah dalam Pilpres 2014 dan 2019 menurut pengamat.", []),
    # a year in the next sentence is not joined to it
    ("Data dihimpun sejak 2021. Dari 2500 warga, separuh hadir.", [D("2021", (20, 24), "2021")]),
]


@pytest.mark.parametrize(("text", "expected"), LATER_YEARS)
def test_a_year_joined_to_a_year_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


HALF_YEARS = [
    ("Penjualan pupuk bersubsidi naik selama paruh pertama tahun 2025 di kabupaten itu.", []),
    ("Bupati menargetkan jalan lingkar selesai pada paruh kedua 2026 bila cuaca mendukung.", []),
    (
        "Pemkab mengangkat ratusan pegawai paruh waktu tahun 2025 untuk puskesmas desa.",
        [D("tahun 2025", (46, 56), "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HALF_YEARS)
def test_a_half_year_is_no_date(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
