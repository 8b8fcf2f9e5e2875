"""Pages saved as one paragraph (issue 15, meta28): the headline, perhaps the writer's name or the
masthead, then the page's date stamped with its clock time (`… Senin, 7 Maret 2016 16:10 Editor: …`,
`… Kompas.com - 07/10/2013, 13:05 WIB BAGIKAN …`), with no dateline after it. The stamp's date is
the page's `published` date; the headline before it is the title (meta40: GUIDELINES §1, title and
date are no body), and both are cut with the share buttons or the editor's credit right behind the
stamp. A date in a sentence, or an event's time written with a stop (`19.00 WIB`, `pukul 08.00
WIB`), dates no page.

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
    ("head", "removed"),
    [
        (
            f"{HEADLINE} Senin, 7 Juli 2025 16:10 Editor: Ani Lestari",
            (("published", "Senin, 7 Juli 2025 16:10"), ("editor", "Editor: Ani Lestari")),
        ),
        (
            f"{HEADLINE} Kompas.com - 07/07/2025, 13:05 WIB BAGIKAN: Komentar",
            (("published", "Kompas.com - 07/07/2025, 13:05 WIB"), ("share", "BAGIKAN: Komentar")),
        ),
    ],
    ids=["weekday-date-and-clock", "masthead-then-numeric-date"],
)
def test_a_date_stamp_after_the_headline_is_the_pages_date(head: str, removed: tuple) -> None:
    page = clean(f"{head} {LEDE}\n\n{LAST}")
    assert page.published == "2025-07-07"
    assert page.title == HEADLINE
    assert page.text == f"{LEDE}\n{LAST}"
    assert page.boilerplate == (
        Boilerplate(line=1, text=HEADLINE, kind="title"),
        *(Boilerplate(line=1, text=text, kind=kind) for kind, text in removed),
    )


def test_a_writer_before_the_stamp_is_the_byline() -> None:
    """The writer's name glued before the stamp is the byline (GUIDELINES §1), cut from the
    paragraph; the headline is the title and the stamp the date (see
    test_clean_writer_before_header_stamp.py)."""
    page = clean(f"{HEADLINE} Rina Wulandari 24 Jun 2025, 18:45 WIB {LEDE}\n\n{LAST}")
    assert page.published == "2025-06-24"
    assert page.byline == "Rina Wulandari"
    assert page.title == HEADLINE
    assert page.text == f"{LEDE}\n{LAST}"
    assert page.boilerplate == (
        Boilerplate(line=1, text="Rina Wulandari", kind="byline"),
        Boilerplate(line=1, text=HEADLINE, kind="title"),
        Boilerplate(line=1, text="24 Jun 2025, 18:45 WIB", kind="published"),
    )


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
