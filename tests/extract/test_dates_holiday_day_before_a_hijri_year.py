"""A holiday's year written in both eras is the holiday's, no date (GUIDELINES §3 "holidays by
name"; counts28), also where the Hijri day and month stand between the holiday's name and the
Hijri year (``Idul Fitri 1 Syawal 1445 H/2024 M``), where the holiday is the Islamic New Year, the
Prophet's birthday or his night journey (``Tahun Baru Islam 1446 H/2024``, ``Maulid Nabi 1446
H/2024 M``), and where ``tahun`` joins the two years with no era mark (``Ramadan 1445 H tahun
2024``) (fix32d). The Hijri day with no holiday before it keeps its year; a full date after the
Hijri year is a date.

Invented Indonesian sentences of the constructions unlabelled news shows.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

HOLIDAY_YEARS = [
    "Pengurus masjid mengucapkan Selamat Hari Raya Idul Fitri 1 Syawal 1445 H/2024 M kepada warga.",
    "Panitia menyembelih 40 ekor sapi pada Idul Adha 10 Dzulhijjah 1445 H/2024 M di lapangan desa.",
    "Pawai obor menyambut Tahun Baru Islam 1446 H/2024 diikuti santri dari lima pondok.",
    "Pengajian akbar memperingati Maulid Nabi 1446 H/2024 M digelar di alun-alun.",
    "Peringatan Isra Miraj 1446 H / 2025 M diisi ceramah dan santunan anak yatim.",
    "Pemerintah desa membagikan takjil selama Ramadan 1445 H tahun 2024 di depan balai desa.",
]


@pytest.mark.parametrize("text", HOLIDAY_YEARS)
def test_a_holidays_year_in_both_eras_is_no_date(text: str) -> None:
    assert extract_dates(text) == []


KEPT = [
    # no holiday before the Hijri day: the Common Era's year is a year
    (
        "Warga mulai mudik pada 1 Syawal 1445 H/2024 M menurut panitia.",
        [D("2024", (39, 43), "2024")],
    ),
    # a full date after the Hijri year is the day's date
    (
        "Idul Fitri 1 Syawal 1445 H / 10 April 2024 jatuh pada hari Rabu.",
        [D("10 April 2024", (29, 42), "2024-04-10")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_a_year_or_date_without_a_holiday_pair_stays(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
