"""Writers' credits on flattened page headers that no rule reads yet (issue 15; news-raw: the
fact-check pages' headers, one page each): an English `Written By` credit and date, a writer's name
with his post after a comma before the page's date, and a name after a doctor's title before it.

Invented pages of the constructions these sites print (other headlines and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean

HEAD = "Tahanan Rusak Fasilitas Rutan Polda"
LEDE = "Tahanan kasus terorisme di rumah tahanan itu merusak sejumlah fasilitas sejak malam, kata petugas."


@pytest.mark.xfail(strict=True, reason="`Written By` and an English date on a flattened header are not read")
def test_an_english_credit_and_date_on_a_flattened_header() -> None:
    page = clean(f"{HEAD} Written By Budi Santoso Saturday, November 11, 2017 Add Comment {LEDE}\n")
    assert (page.byline, page.published) == ("Budi Santoso", "2017-11-11")


@pytest.mark.xfail(strict=True, reason="a writer's name and post after a comma before the header's date")
def test_a_writer_and_post_before_the_header_date() -> None:
    page = clean(f"{HEAD} Budi Santoso, Jurnalis · Rabu 15 November 2017 13:51 {LEDE}\n")
    assert (page.byline, page.published) == ("Budi Santoso", "2017-11-15")


@pytest.mark.xfail(strict=True, reason="a doctor's title before the writer's name on a header stamp")
def test_a_titled_writer_before_the_header_stamp() -> None:
    page = clean(f"{HEAD} dr. Budi Santoso 25 Feb 2021, 14:45 WIB {LEDE}\n")
    assert (page.byline, page.published) == ("dr. Budi Santoso", "2021-02-25")
