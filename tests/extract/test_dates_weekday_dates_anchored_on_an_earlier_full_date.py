"""Dates read on news-raw (issue 15, dates25): on a page with no published date, a year-less date
with its weekday (``Rabu (20/5)``) whose weekday fits none of the years around the body's latest
full date, a far event (a contract ``berlaku hingga 16 September 2035``), takes its year from
the latest earlier full date whose years fit it, the reporting day ``Kamis (21/5/2026)``
(GUIDELINES §3: with a weekday named, the years that match it). When no full date fits, the
weekday is the source's mistake and the latest full date still anchors.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    # a far contract date is the latest; the reporting day's year fits the weekday
    (
        "Kontrak ditandatangani di Tangerang pada Rabu (20/5). Kontrak berlaku hingga "
        "16 September 2035, kata direktur, Kamis (21/5/2026).",
        None,
        [
            D("Rabu (20/5)", (41, 52), "2026-05-20"),
            D("16 September 2035", (77, 94), "2035-09-16"),
            D("Kamis (21/5/2026)", (111, 128), "2026-05-21"),
        ],
    ),
    # the weekday fits no full date's years (a mistyped weekday): the latest full date anchors
    (
        "Rapat digelar Selasa (15/5), kata dia, Kamis (28/5/2026).",
        None,
        [D("Selasa (15/5)", (14, 27), "2026-05-15"), D("Kamis (28/5/2026)", (39, 56), "2026-05-28")],
    ),
    # a published date anchors as it is, whatever the body's dates
    (
        "Kontrak ditandatangani pada Rabu (20/5). Kontrak berlaku hingga 16 September 2035.",
        "2026-05-22",
        [D("Rabu (20/5)", (28, 39), "2026-05-20"), D("16 September 2035", (64, 81), "2035-09-16")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_weekday_date_anchor(text: str, published: str | None, expected: list[DateMention]) -> None:
    assert extract_dates(text, published=published) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a page whose only full date is history (a birth date, a founding) anchors a reporting "
    "day's weekday date decades back (Kamis (16/5) beside 21 April 2006 reads 2006-05-16, a "
    "Tuesday); GUIDELINES question: XXXX, or the year nearest that fits? (news-raw: 11 pages)",
)
def test_a_history_date_alone_does_not_anchor_a_weekday_date() -> None:
    text = "Bocah kelahiran 21 April 2006 itu juara seri ketiga, Kamis (16/5)."
    assert extract_dates(text)[1].value != "2006-05-16"
