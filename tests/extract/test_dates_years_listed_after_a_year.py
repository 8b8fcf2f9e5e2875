"""A bare year listed after a year already read in its sentence is a year alone (GUIDELINES §3):
after a comma when its clause goes on past it (a verb, a stop, a bracketed figure), after
``bukan`` or ``atau`` as after ``dan``. A noun after a comma's number is what it counts, and a
year closing a source's bracket (``(BPS, 2024)``) is left as the bracketed citations are.

Invented Indonesian sentences of the constructions unlabelled news shows (news-raw 7400-7599);
whole records with spans, including sentences that must give nothing more.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jumlahnya pada 2023 (11.570), 2024 (10.110), dan tahun ini 3.828 orang.",
            [D("2023", (15, 19), "2023"), D("2024", (30, 34), "2024")],
        ),
        (
            "Kasus diare di kecamatan itu pada 2021 tercatat 412 kasus, 2022 menurun menjadi 380 kasus.",
            [D("2021", (34, 38), "2021"), D("2022", (59, 63), "2022")],
        ),
        (
            "Pengurus menargetkan kursi terbanyak pada 2029, bukan 2034 seperti rencana semula.",
            [D("2029", (42, 46), "2029"), D("2034", (54, 58), "2034")],
        ),
        (
            "Gedung perpustakaan daerah rampung pada 2026 atau 2027, tergantung anggaran.",
            [D("2026", (40, 44), "2026"), D("2027", (50, 54), "2027")],
        ),
    ],
)
def test_a_year_listed_after_a_year_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pada 2024 panitia seleksi menerima 3.100 berkas, 2000 berkas di antaranya lolos.",
            [D("2024", (5, 9), "2024")],
        ),
        (
            "Pada 2024 panitia seleksi menerima 3.100 berkas, 2000 di antaranya lolos verifikasi.",
            [D("2024", (5, 9), "2024")],
        ),
        (
            "Angka harapan hidup di provinsi itu naik pada 2023 (BPS, 2024) menurut laporan dinas.",
            [D("2023", (46, 50), "2023")],
        ),
        ("Pemohon menyerahkan 1.200 berkas, 2000 lainnya menyusul pekan depan.", []),
    ],
)
def test_a_counted_number_after_a_comma_is_no_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.xfail(
    strict=True, reason="a listed year before a verb with no prefix (naik, turun) reads as a count"
)
def test_a_listed_year_before_a_bare_verb() -> None:
    text = "Kunjungan wisata pada 2022 menurun tajam, 2023 naik lagi berkat festival."
    assert extract_dates(text) == [D("2022", (22, 26), "2022"), D("2023", (42, 46), "2023")]
