"""Dates read on news-raw (issue 15, dates25): on a page with no published date, a full date said
to be still to come (``1 Januari 2027 mendatang``) is no day the page was written, so the anchor
of its year-less dates is the latest full date told otherwise (the reporting date ``Jumat
(29/5/2026)``): ``Juni mendatang`` is 2026-06, not 2027-06 (GUIDELINES §3: the year that puts the
date nearest to the anchor). The upcoming date stays the anchor when it is the page's only full
date, or when the other full date is history, years before it (a candidate's birth date).

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    # the reporting date anchors; the far upcoming date does not
    (
        "Masa transisi dimulai awal Juni mendatang, kata menteri, Jumat (29/5/2026). "
        "Aturan itu berlaku penuh pada 1 Januari 2027 mendatang.",
        [
            D("Juni mendatang", (27, 41), "2026-06"),
            D("Jumat (29/5/2026)", (57, 74), "2026-05-29"),
            D("1 Januari 2027 mendatang", (106, 130), "2027-01-01"),
        ],
    ),
    # a past date told before the upcoming one: "April lalu" is before the reporting date
    (
        "Seri kedua digelar 26-28 April lalu. Pelatih berbicara Rabu (2/5/2018). "
        "Seri penutup digelar 12 Mei 2019 mendatang.",
        [
            D("26-28 April lalu", (19, 35), "2018-04-26", "2018-04-28"),
            D("Rabu (2/5/2018)", (55, 70), "2018-05-02"),
            D("12 Mei 2019 mendatang", (93, 114), "2019-05-12"),
        ],
    ),
    # the upcoming date is the only full date: it anchors
    (
        "Pemungutan suara digelar Rabu, 27 November 2024 mendatang. Kampanye dimulai 25 September.",
        [
            D("Rabu, 27 November 2024 mendatang", (25, 57), "2024-11-27"),
            D("25 September", (76, 88), "2024-09-25"),
        ],
    ),
    # the other full date is a birth date decades before: the upcoming date still anchors
    (
        "Pemilihan kepala desa digelar 23 Februari nanti. Calon nomor satu lahir 17 Juli 1977. "
        "Panitia menetapkan hari pemungutan Rabu, 23 Februari 2022 mendatang.",
        [
            D("23 Februari nanti", (30, 47), "2022-02-23"),
            D("17 Juli 1977", (72, 84), "1977-07-17"),
            D("Rabu, 23 Februari 2022 mendatang", (121, 153), "2022-02-23"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_anchor_of_a_page_with_an_upcoming_date(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a far date that no tense word marks as upcoming (efektif berlaku 1 Januari 2027) still "
    "anchors: 1 Juni beside Kamis (21/5/2026) reads 2027 (news-raw: 2 pages, a policy date and "
    "an eclipse 18 years ahead)",
)
def test_an_unmarked_far_date_does_not_anchor() -> None:
    text = (
        "Aturan diuji sejak 1 Juni, kata menteri, Kamis (21/5/2026). Aturan efektif berlaku 1 Januari 2027."
    )
    assert extract_dates(text)[0] == D("1 Juni", (19, 25), "2026-06-01")
