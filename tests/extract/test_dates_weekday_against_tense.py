"""Dates read on news-raw (issue 15). GUIDELINES §3 question: a yearless date with a weekday
and ``lalu`` (``Senin (10/5) lalu``) whose weekday fits no year on or before the anchor. The
rule "choose among the years that match it" puts it a year after the anchor, against its own
``lalu``; reading the weekday as the source's slip and keeping the past year is proposed
(news-raw 0-9947: 4 such dates of 787 yearless dates with a weekday; 43 in all take a year
other than the nearest because of the weekday).

Invented Indonesian sentences; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from tests.date_records import D


@pytest.mark.xfail(
    strict=True,
    reason="GUIDELINES §3 silent when a weekday fits only a year after the anchor and 'lalu' "
    "puts the date before it (Senin (10/5) lalu read 2027 on a page of May 2026); "
    "the past year proposed (news-raw 0-9947: 4 dates)",
)
def test_a_past_date_whose_weekday_fits_only_a_later_year_stays_past() -> None:
    text = (
        "Musyawarah pekon sudah digelar Senin (10/5) lalu di balai desa. Hal itu disampaikan "
        "kepala pekon, Senin, 18 Mei 2026."
    )
    assert extract_dates(text) == [
        D("Senin (10/5) lalu", (31, 48), "2026-05-10"),
        D("Senin, 18 Mei 2026", (98, 116), "2026-05-18"),
    ]
