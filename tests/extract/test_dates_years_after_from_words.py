"""Dates read on news-raw (issue 15, dates39): a year alone after ``dari`` (from) or its spoken
``sedari`` is a date (GUIDELINES §3: a year alone), as after ``sejak``, when its clause closes
or goes on after it (a stop, a verb, ``dan``, ``itu``: the words a verb's year may take); a
noun right after the number makes it what a count counts (``dari 2004 pelamar``), as ``yang``
may (``120 dari 2025 yang mendaftar``: no date), and a span of a century stays a name or a
number. A law's year and a score give nothing.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

FROM_YEARS = [
    (
        "Usaha katering milik Rina sudah berjalan dari 2019, katanya kepada wartawan.",
        [D("2019", (46, 50), "2019")],
    ),
    (
        "Toko kelontong itu buka sedari 2017 dan kini punya tiga cabang di kecamatan.",
        [D("2017", (31, 35), "2017")],
    ),
    (
        "Rekaman kamera pengawas dari 2013 itu kembali diputar penyidik di ruang sidang.",
        [D("2013", (29, 33), "2013")],
    ),
    # `yang` after the year: a year named before it in the sentence makes it one (news-raw nr02708)
    (
        "Sepanjang tahun 2017, pendapatan segmen itu naik 5 persen dari 2016 yang sebesar Rp1 miliar.",
        [D("tahun 2017", (10, 20), "2017"), D("2016", (63, 67), "2016")],
    ),
    # a span the from-word opens stays one range
    (
        "Produksi gabah di desa itu naik dari 2020 hingga 2023 berkat irigasi baru.",
        [D("2020 hingga 2023", (37, 53), "2020", "2023")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FROM_YEARS)
def test_a_year_after_a_from_word_is_a_date(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


NOT_YEARS = [
    # a noun after the number: a count
    "Panitia menerima berkas dari 2004 pelamar pada hari pertama pendaftaran.",
    "Hanya satu dari 2000 warga yang menolak rencana relokasi pasar itu.",
    # `yang` after the number opens a count's clause as well as a year's (review fix39d)
    "Sebanyak 120 dari 2025 yang mendaftar dinyatakan gugur.",
    "Dari 2024 yang mendaftar, hanya 300 lolos.",
    # a span of a century after the from-word is a number or a name's
    "Dokumen peta jalan dari 1945-2045 itu dibahas ulang oleh peserta lokakarya.",
    # a law's year and a score
    "Penertiban itu merujuk pada Perda Nomor 5 Tahun 2019 tentang ketertiban umum.",
    "Tim tamu akhirnya menang 2-1 dari tuan rumah di stadion kabupaten.",
]


@pytest.mark.parametrize("text", NOT_YEARS)
def test_no_year_after_a_from_word(text: str) -> None:
    assert extract_dates(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss (news-raw nr09094): `terus` after the year is no word a verb's year may take",
)
def test_a_year_before_an_adverb_of_sequence() -> None:
    text = "Awalnya ia bekerja sebagai tukang urut dari 2006 terus menjadi pemulung."
    assert extract_dates(text) == [D("2006", (44, 48), "2006")]


@pytest.mark.xfail(
    strict=True, reason="known false date (news-raw nr01423): a year opening a game's title after a colon"
)
def test_a_year_opening_a_title_after_a_colon() -> None:
    text = "Salah satu alasannya adalah pengaruh dari 1998: The Toll Keeper Story yang laris."
    assert extract_dates(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss: `yang` after a lone year behind `dari` may open a count's clause too, so a year"
    " compared with none named before it reads nothing (news-raw nr02708 names `tahun 2017` first)",
)
def test_a_year_compared_before_yang() -> None:
    text = "Laba perusahaan itu naik 5 persen dari 2016 yang sebesar Rp1 miliar."
    assert extract_dates(text) == [D("2016", (39, 43), "2016")]
