"""Dates on scraped regional news pages with their published dates (issue 15, round dates14):
a budget year after a regulation's capitalised name (rancangan Perda APBD Kabupaten X tahun
anggaran 2026); a bracketed day and month right after a capitalised name (Kota Baru (16/05),
menghadapi Persela (08/5)) or right after "di"; a countdown (tinggal tiga bulan lagi) is a
length of time, no date.

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


@pytest.mark.parametrize(
    ("text", "published", "mentions"),
    [
        (
            "Nota kesepahaman diteken di Balai Kota, Mataram (16/05) bersama para camat.",
            "2024-05-17",
            [("(16/05)", "2024-05-16")],
        ),
        (
            "Tim asuhan pelatih itu bertandang menghadapi Persela (08/5) dan Persik (14/5) bulan ini.",
            "2024-05-02",
            [("(08/5)", "2024-05-08"), ("(14/5)", "2024-05-14"), ("bulan ini", "2024-05")],
        ),
        (
            "Pengumuman itu disampaikan perwakilan Telkomsel (10/11) di sela pameran.",
            None,
            [("(10/11)", "XXXX-11-10")],
        ),
        (
            "Kebakaran gudang itu terjadi menjelang subuh di (18/1) lalu di desa tetangga.",
            "2024-01-22",
            [("(18/1) lalu", "2024-01-18")],
        ),
    ],
)
def test_bracketed_day_after_a_name(
    text: str, published: str | None, mentions: list[tuple[str, str]]
) -> None:
    assert extract_dates(text, published=published) == [at(text, t, v) for t, v in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Rincian kebutuhan pupuk tercantum dalam Tabel (2/3) laporan dinas.",
        "Sanksi diatur dalam Pasal (1/2) peraturan desa tersebut.",
        "Ia menang 6-4, 7-6 (7/5) atas unggulan kedua.",
        "Rasio guru dan murid di sekolah itu kini (1/30) menurut dinas.",
    ],
)
def test_bracketed_numbers_that_are_no_date(text: str) -> None:
    assert extract_dates(text) == []


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Masa jabatan kepala desa itu tinggal tiga bulan lagi, kata camat.", []),
        ("Kontrak penyedia jasa kebersihan tersisa dua tahun lagi.", []),
        ("Batas pelunasan pajak kendaraan hanya sisa 5 hari lagi.", []),
        # a count with "lagi" and no countdown word before it is the day it points to
        (
            "Jembatan darurat itu akan dibuka dua pekan lagi oleh bupati.",
            [("dua pekan lagi", "2024-03-04", "2024-03-10")],
        ),
    ],
)
def test_countdown_is_no_date(text: str, mentions: list[tuple[str, str, str]]) -> None:
    expected = [at(text, t, v, e) for t, v, e in mentions]
    assert extract_dates(text, published="2024-02-20") == expected
