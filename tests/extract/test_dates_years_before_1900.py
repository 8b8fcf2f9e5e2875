"""Dates read on news-raw (issue 15). A year before 1900 is a year alone when a year cue or a
preposition of time opens it (``pada tahun 1883``, ``sejak 1612``, ``dibangun tahun 1506 hingga
1626``, ``dari 1630 hingga 1653``), as ``sejak tahun 2018`` is (GUIDELINES §3: "a year alone");
a bare four-digit number below 1900 is a count as often as a year, so it needs the cue. A Hijri
year (``tahun 1441 Hijriah``), a decade (``tahun 1870-an``), a law's year (``Staatsblad Nomor 23
Tahun 1847``) and a number a unit of time follows (``sejak 1200 tahun lalu``) stay no date.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

OLD_YEARS = [
    (
        "Benteng di tepi sungai itu dibangun pemerintah kolonial pada tahun 1832 dari batu karang.",
        [D("tahun 1832", (61, 71), "1832")],
    ),
    (
        "Warga percaya sumur tua di belakang surau sudah dipakai sejak 1745 oleh para pedagang.",
        [D("1745", (62, 66), "1745")],
    ),
    (
        "Letusan gunung pada 1815 menggelapkan langit, sementara banjir besar datang pada tahun 1931.",
        [D("1815", (20, 24), "1815"), D("tahun 1931", (81, 91), "1931")],
    ),
    (
        "Jembatan gantung kota lama dikerjakan tahun 1898 hingga 1902 oleh buruh setempat.",
        [D("tahun 1898 hingga 1902", (38, 60), "1898", "1902")],
    ),
    (
        "Wabah kolera melanda pesisir utara dari 1821 hingga 1823 menurut catatan residen.",
        [D("1821 hingga 1823", (40, 56), "1821", "1823")],
    ),
    # after "dari" only a span's start is a year: a lone number there is an amount
    ("Harga gula pasir di pabrik itu naik dari 1140 per kilogram sejak pekan lalu.", []),
    # a Hijri year, a decade, a law's year and a length of time stay no date
    ("Keberangkatan jemaah tahun 1441 Hijriah sempat ditunda oleh kementerian.", []),
    ("Penduduk kampung itu mulai bertambah pesat pada tahun 1880-an menurut arsip desa.", []),
    ("Lahan itu diatur dalam Staatsblad Nomor 23 Tahun 1847 yang kini tak berlaku.", []),
    ("Tradisi menenun kain itu diwariskan sejak 1200 tahun lalu oleh leluhur mereka.", []),
    # without a cue a number below 1900 counts something
    ("Sebanyak 1850 paket sembako dibagikan kepada warga terdampak banjir di kecamatan itu.", []),
]


@pytest.mark.parametrize(("text", "expected"), OLD_YEARS)
def test_a_year_before_1900_with_its_cue_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
