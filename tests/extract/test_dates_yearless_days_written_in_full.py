"""Dates read on news-raw (issue 15, dates26): a year-less day and month the page also writes in
full with a year (``defile 14 Juli`` beside ``digelar pada 14 Juli 2025``) takes that year, when
it is one of the years the anchor allows (its own, the one before, the one after; GUIDELINES
§3), even where the other year would put it nearer the anchor. A weekday or a time word picks the
year by itself; a year outside the anchor's three (a battle of 1945 on a page of 2023) does not.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    # last year's parade, named again without its year: 2025, not the nearer 2026
    (
        "Presiden tiba di Paris, Kamis (28/5/2026). Tahun lalu Indonesia diundang ke parade yang "
        "digelar pada 14 Juli 2025. Pasukan kita ikut dalam parade 14 Juli itu.",
        None,
        [
            D("Kamis (28/5/2026)", (24, 41), "2026-05-28"),
            D("14 Juli 2025", (101, 113), "2025-07-14"),
            D("14 Juli", (146, 153), "2025-07-14"),
        ],
    ),
    # a policy starting 1 Juni 2026 said again as "1 Juni" on a page whose latest date is 2027
    (
        "Aturan berlaku bertahap mulai 1 Juni 2026 dan penuh pada 1 Januari 2027. Kami sudah "
        "berlakukan sejak 1 Juni, ujar menteri.",
        None,
        [
            D("1 Juni 2026", (30, 41), "2026-06-01"),
            D("1 Januari 2027", (57, 71), "2027-01-01"),
            D("1 Juni", (101, 107), "2026-06-01"),
        ],
    ),
    # with a published date too: the page has said which year
    (
        "Perjanjian ditandatangani 3 Desember 2025. Sejak 3 Desember itu harga turun.",
        "2026-10-02",
        [D("3 Desember 2025", (26, 41), "2025-12-03"), D("3 Desember", (49, 59), "2025-12-03")],
    ),
    # the full date's year is outside the anchor's three: the anchor decides (2023)
    (
        "Pertempuran 10 November 1945 dikenang. Acara 10 November digelar lagi, Minggu (5/11/2023).",
        None,
        [
            D("10 November 1945", (12, 28), "1945-11-10"),
            D("10 November", (45, 56), "2023-11-10"),
            D("Minggu (5/11/2023)", (71, 89), "2023-11-05"),
        ],
    ),
    # a weekday picks its own year (Rabu 4/9 is a Wednesday in 2024, not in 2025)
    (
        "Dialog digelar Rabu (4/9). Puan menyampaikan itu, Kamis (4/9/2025).",
        None,
        [D("Rabu (4/9)", (15, 25), "2024-09-04"), D("Kamis (4/9/2025)", (50, 66), "2025-09-04")],
    ),
    # a time word picks its own year: "tahun lalu" of 2026 is 2025 whatever the page writes
    (
        "Sidang digelar 6 Januari 2021. Pengampunan bagi terdakwa 6 Januari tahun lalu, Kamis (28/5/2026).",
        None,
        [
            D("6 Januari 2021", (15, 29), "2021-01-06"),
            D("6 Januari tahun lalu", (57, 77), "2025-01-06"),
            D("Kamis (28/5/2026)", (79, 96), "2026-05-28"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_yearless_day_written_in_full(text: str, published: str | None, expected: list[DateMention]) -> None:
    assert extract_dates(text, published=published) == expected
