"""A reporter's credit that names the masthead with its region and no comma before the reporter
(`Laporan Reporter Tribun Jogja Budi Santoso TRIBUNNEWS.COM, YOGYA - …`, issue 15, meta30): the
words after the masthead and the known region are the byline; the paragraph starts at the dateline.
A masthead and region followed by one word or by a clause names no reporter.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    ("credit", "byline", "dateline_words", "dateline"),
    [
        (
            "Laporan Reporter Tribun Jogja Ratna Kusumawati ",
            "Ratna Kusumawati",
            "TRIBUNNEWS.COM, YOGYA - ",
            Dateline(place="Yogya", outlet="Tribunnews.com"),
        ),
        (
            "Laporan Wartawan Tribun Lampung Hendra Saputra ",
            "Hendra Saputra",
            "TRIBUNNEWS.COM, BANDAR LAMPUNG - ",
            Dateline(place="Bandar Lampung", outlet="Tribunnews.com"),
        ),
    ],
    ids=["one-word-region", "region-then-place"],
)
def test_the_name_after_a_regional_desk_is_the_byline(
    credit: str, byline: str, dateline_words: str, dateline: Dateline
) -> None:
    page = clean(f"{credit}{dateline_words}{LEDE}\n\n{LAST}")
    assert page.byline == byline
    assert page.dateline == dateline
    assert page.text == f"{dateline_words}{LEDE}\n{LAST}"


@pytest.mark.parametrize(
    "credit",
    [
        # one word after the masthead and region: a desk's name, no reporter's
        "Laporan Reporter Tribun Jogja Kota ",
        # a headline's clause after the masthead and region, no name
        "Laporan Reporter Tribun Jogja Soal Banjir di Kota ",
    ],
    ids=["one-word-after-desk", "clause-after-desk"],
)
def test_a_desk_with_no_region_or_one_word_after_it_gives_no_byline(credit: str) -> None:
    page = clean(f"{credit}TRIBUNNEWS.COM, YOGYA - {LEDE}\n\n{LAST}")
    assert page.byline is None
