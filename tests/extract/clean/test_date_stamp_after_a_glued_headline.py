"""Pages saved as one paragraph (issue 15, meta28): the headline, perhaps the writer's name or the
masthead, then the page's date stamped with its clock time (`… Senin, 7 Maret 2016 16:10 Editor: …`,
`… Kompas.com - 07/10/2013, 13:05 WIB BAGIKAN …`), with no dateline after it. The stamp's date is
the page's `published` date; the paragraph is kept as it is. A date in a sentence, or an event's
time written with a stop (`19.00 WIB`, `pukul 08.00 WIB`), dates no page.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

HEADLINE = "Petani Kopi Lereng Bukit Panen Raya"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (f"{HEADLINE} Senin, 7 Juli 2025 16:10 Editor: Ani Lestari", "2025-07-07"),
        (f"{HEADLINE} Kompas.com - 07/07/2025, 13:05 WIB BAGIKAN: Komentar", "2025-07-07"),
    ],
    ids=["weekday-date-and-clock", "masthead-then-numeric-date"],
)
def test_a_date_stamp_after_the_headline_is_the_pages_date(head: str, published: str) -> None:
    first = f"{head} {LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.published == published
    assert page.title is None
    assert page.text == f"{first}\n{LAST}"
    assert page.boilerplate == ()


def test_a_writer_before_the_stamp_is_the_byline() -> None:
    """The writer's name glued before the stamp is the byline (GUIDELINES §1), cut from the
    paragraph; the headline and the stamp stay (see test_clean_writer_before_header_stamp.py)."""
    page = clean(f"{HEADLINE} Rina Wulandari 24 Jun 2025, 18:45 WIB {LEDE}\n\n{LAST}")
    assert page.published == "2025-06-24"
    assert page.byline == "Rina Wulandari"
    assert page.title is None
    assert page.text == f"{HEADLINE}\n24 Jun 2025, 18:45 WIB {LEDE}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text="Rina Wulandari", kind="byline"),)


@pytest.mark.parametrize(
    "head",
    [
        "Petugas mencatat sejak Kamis, 3 Juli 2025, pukul 08.00 WIB jumlah penumpang terus naik.",
        "Link siaran langsung final Piala Bupati Kamis, 3 Juli 2025 19.00 WIB di TVRI.",
        "Warga melaporkan banjir itu pada Kamis, 3 Juli 2025 21:30 kepada petugas.",
    ],
    ids=["time-after-pukul", "event-time-with-a-stop", "sentence-before-the-date"],
)
def test_a_date_in_a_sentence_or_an_events_time_dates_no_page(head: str) -> None:
    first = f"{head} {LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.published is None
    assert page.text == f"{first}\n{LAST}"
