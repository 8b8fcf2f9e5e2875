"""Pages saved as one paragraph (issue 15, meta28): the headline, a photo's caption or the reporter's
credit runs into the lede's dateline with only a space at the seam (`… Dirusak JAKARTA - …`,
`… Dewi Anita TRIBUNNEWS.COM, BANDAR LAMPUNG - …`, `… (17/3/2021). Bisnis.com, JAKARTA — …`). The
dateline is read when its place is a known region written in capitals and a lede's capital follows
its dash; a headline ending in a short acronym before a source's name, a dash before lowercase words
and a police unit's name give none.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

HEADLINE = "Pasar Murah Digelar Jelang Lebaran di Kecamatan Lereng"


@pytest.mark.parametrize(
    ("before", "dateline"),
    [
        (f"{HEADLINE} KEBUMEN - ", Dateline(place="Kebumen", outlet=None)),
        (
            "Laporan Wartawan Tribun Jateng Ratna Sari TRIBUNJATENG.COM, SEMARANG - ",
            Dateline(place="Semarang", outlet="Tribunjateng.com"),
        ),
        (
            "Petani Lereng Merapi Terima BLT TRIBUNJATENG.COM, MAGELANG - ",
            Dateline(place="Magelang", outlet="Tribunjateng.com"),
        ),
        (
            "Warga antre membeli beras di halaman kantor camat, Rabu (2/4/2025). Kompas.com, BLORA — ",
            Dateline(place="Blora", outlet="Kompas.com"),
        ),
        (f"{HEADLINE} WAY KANAN (Lampost.co) -- ", Dateline(place="Way Kanan", outlet="Lampost.co")),
    ],
    ids=[
        "headline-then-place",
        "credit-then-masthead-and-place",
        "headline-acronym-then-masthead",
        "caption-then-address-and-place",
        "headline-then-place-and-bracketed-masthead",
    ],
)
def test_a_shouted_dateline_after_a_glued_headline_is_the_ledes(before: str, dateline: Dateline) -> None:
    first = f"{before}{LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.dateline == dateline
    if before.startswith(HEADLINE):
        # the headline run into the dateline is the title; the paragraph starts at the dateline
        assert page.title == HEADLINE
        assert page.text == f"{first[len(HEADLINE) + 1 :]}\n{LAST}"
    elif before.startswith("Laporan"):
        # the reporter's credit before the dateline is the byline; the paragraph starts at the dateline
        assert page.title is None
        assert page.byline == "Ratna Sari"
        assert page.text == f"{first[first.index('TRIBUNJATENG') :]}\n{LAST}"
    else:
        assert page.title is None
        assert page.text == f"{first}\n{LAST}"


@pytest.mark.parametrize(
    "before",
    [
        # a headline's short acronym, then the source's name: an aggregator's item
        f"{HEADLINE} pada HUT ke-80 RI - ANTARA Foto ",
        # lowercase words after the dash: no lede opens there
        "Pemda Perkuat Regulasi Keamanan Siber di ASEAN - fraksi partai ",
        # a police unit's name opens the paragraph, no place
        "POLRES KEBUMEN – ",
        # a time of day before a credit
        "Bisnis.com 12 Jun 2025, 15:33 WIB - Oleh: Ratna Sari ",
    ],
    ids=["short-acronym", "lowercase-after-dash", "police-unit", "time-then-credit"],
)
def test_capitals_before_a_dash_that_open_no_lede_give_no_dateline(before: str) -> None:
    first = f"{before}{LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.dateline is None
    if "Oleh:" in before:
        # meta31: a credit right after the page's date stamp is the byline, cut from the paragraph
        assert page.byline == "Ratna Sari"
        assert page.text == f"{first.replace(' Oleh: Ratna Sari ', chr(10))}\n{LAST}"
    else:
        assert page.text == f"{first}\n{LAST}"
