"""Dates read on news-raw (issue 15). An ordinal after a common word before ``tahun`` ranks a payment
or a stage (``gaji ke-13 tahun 2026``, ``realokasi ke-4 tahun 2020``): the year is a date
(GUIDELINES §3: budget and programme years are dates), not a regulation's number as ``Nomor 5 Tahun
2023`` is. After a name the ordinal is an event's or a holiday's edition (``Hari Bhayangkara ke-77
tahun 2023``, ``Asian Games ke-18 tahun 2018``: years inside the names of events and holidays by
name are not dates), and so it is after an anniversary's words, lower-case or not (``hari jadi
ke-77 tahun 2023``, ``peringatan kemerdekaan ke-80 tahun 2025``); a quarter's ordinal (``triwulan
yang ke-4 tahun 2021``) and a law word opening the clause keep giving nothing.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

ORDINAL_YEARS = [
    (
        "Pemerintah memberikan tunjangan hari raya dan gaji ke-13 tahun 2026 kepada aparatur negara.",
        [D("tahun 2026", (57, 67), "2026")],
    ),
    (
        "Alokasi pupuk bersubsidi pada realokasi ke-4 tahun 2020 mengalami pengurangan.",
        [D("tahun 2020", (45, 55), "2020")],
    ),
    (
        "Kemudian pada tahapan ke-3 tahun 2020, akan dilakukan pembangunan gedung utama.",
        [D("tahun 2020", (27, 37), "2020")],
    ),
    # an edition of a named event or holiday: no date
    ("Dalam rangka memperingati Hari Bhayangkara ke-77 tahun 2023, polres menggelar donor darah.", []),
    ("Mari kita sukseskan Asian Games ke-18 tahun 2018 bersama-sama.", []),
    # an anniversary's or a commemoration's words before a lower-case ordinal: still an edition
    (
        "Warga kota memperingati hari jadi ke-77 tahun 2023 dengan pawai budaya, Sabtu (12/8/2023).",
        [D("Sabtu (12/8/2023)", (72, 89), "2023-08-12")],
    ),
    ("Pemkot menggelar upacara peringatan kemerdekaan ke-80 tahun 2025 di lapangan kantor wali kota.", []),
    ("Sekolah itu merayakan ulang tahun ke-50 tahun 2024 dengan reuni akbar para alumni.", []),
    ("Kampus itu menggelar dies natalis ke-60 tahun 2022 secara sederhana.", []),
    # a quarter's ordinal, and a law word opening the clause: no date
    ("Dana bagi hasil untuk triwulan yang ke-4 tahun 2021 belum disampaikan pusat.", []),
    ("Tarif itu diatur dalam peraturan bupati tentang perubahan ke-4 tahun 2021.", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_YEARS)
def test_a_year_after_an_ordinal(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


# `Senin (18/9) hingga Selasa (19/9) 2023.` (issue 15: a range whose only year is at its end): the
# year after a weekday's bracketed day and month, closing the clause, is the date's own year; a
# number the clause goes on after may count something
BRACKET_YEARS = [
    (
        "Konferensi digelar di Makassar pada Senin (18/9) hingga Selasa (19/9) 2023. Ketua panitia hadir.",
        [D("Senin (18/9) hingga Selasa (19/9) 2023", (36, 74), "2023-09-18", "2023-09-19")],
    ),
    (
        "Konferensi itu digelar di Makassar pada Selasa (19/9) 2023, dihadiri para rektor.",
        [D("Selasa (19/9) 2023", (40, 58), "2023-09-19")],
    ),
    (
        "Konferensi digelar Selasa (19/9) 2023 peserta hadir dari berbagai daerah.",
        [D("Selasa (19/9)", (19, 32), "XXXX-09-19")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKET_YEARS)
def test_a_year_after_a_bracketed_day_and_month(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
