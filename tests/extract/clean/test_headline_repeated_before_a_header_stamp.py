"""A page that shows its title on a line of its own and whose first paragraph opens with the same
headline again and the page's date stamp (`Judul Berita\n\nJudul Berita Senin, 7 Juli 2025 16:10 WIB
Pemerintah …`): the second headline is a copy (GUIDELINES §1: keep one) and goes with the stamp,
the stamp the published date; a view counter behind the stamp (`2.1k Dibaca`) is site chrome and
goes with it. A different headline before the stamp stays in the paragraph (fix32d).

Invented pages (other headlines than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.clean.kinds import LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

HEADLINE = "Kelompok Tani Terima Benih Padi"
STAMP = "Senin, 14 Juli 2025 16:10 WIB"


def test_the_headline_said_again_before_the_stamp_goes() -> None:
    page = clean(f"{HEADLINE}\n\n{HEADLINE.upper()} {STAMP} {LEDE}\n\n{LAST}")
    assert page.title == HEADLINE
    assert page.published == "2025-07-14"
    assert page.text == f"{LEDE}\n{LAST}"
    assert (LineKind.DUPLICATE, HEADLINE.upper()) in [(b.kind, b.text) for b in page.boilerplate]


def test_a_view_counter_behind_the_stamp_goes_with_it() -> None:
    page = clean(f"{HEADLINE} {STAMP} 1,2 rb Dibaca {LEDE}\n\n{LAST}")
    assert page.title == HEADLINE
    assert page.text == f"{LEDE}\n{LAST}"
    assert (LineKind.PUBLISHED, f"{STAMP} 1,2 rb Dibaca") in [(b.kind, b.text) for b in page.boilerplate]


def test_another_headline_before_the_stamp_stays() -> None:
    other = "Harga Gabah di Tingkat Petani Naik"
    page = clean(f"{HEADLINE}\n\n{other} {STAMP} {LEDE}\n\n{LAST}")
    assert page.title == HEADLINE
    assert page.text.startswith(other)
