"""A headline with a comma right under the page's date (`Sebarkan Hoaks, Oknum Kades Diamankan
Polisi`) is the title, not the reporter's and the editor's names a theme prints there with no label
(issue 15, meta21): no word of either part may be a common word. Invented pages.
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

HEADLINE = "Sebarkan Hoaks, Oknum Kades Diamankan Polisi"


def test_a_headline_with_a_comma_under_the_date_is_the_title_not_a_credit() -> None:
    raw = (
        f"Senin, 14 Juli 2025\n\n{HEADLINE}\n\n{HEADLINE}\n\n"
        f"SELONG - Seorang kepala desa diamankan polisi karena menyebarkan kabar bohong, Senin (14/7).\n"
        f"Ia kini diperiksa penyidik di Mapolres.\n(rdw)"
    )
    page = clean(raw)
    assert page.title == HEADLINE
    assert page.byline == "rdw"
    assert page.published == "2025-07-14"
    assert page.dateline == Dateline(place="Selong", outlet=None)
    assert page.text == (
        "SELONG - Seorang kepala desa diamankan polisi karena menyebarkan kabar bohong, Senin (14/7).\n"
        "Ia kini diperiksa penyidik di Mapolres."
    )


def test_two_names_under_the_date_are_still_the_reporter_and_the_editor() -> None:
    raw = (
        "Kompas.com - 14/07/2025, 09:12 WIB\n"
        "Yohanes Kurniawan,\nAgustinus Lele\n"
        f"ENDE, KOMPAS.com - {LEDE}\n{LAST}"
    )
    page = clean(raw)
    assert page.byline == "Yohanes Kurniawan"
    assert page.dateline == Dateline(place="Ende", outlet="KOMPAS.com")
