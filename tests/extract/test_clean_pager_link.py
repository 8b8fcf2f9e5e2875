"""A paged article's link to its next page closing the paragraph (issue 15, meta36): automotive
and portal pages saved with `Ke Halaman 2 ==>` or `Halaman 1 2 Selanjutnya` after the last
sentence's stop. The pager is navigation (GUIDELINES §1); a page number inside a sentence is body.
Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "pager",
    ["Ke Halaman 2 ==>", "KE HALAMAN 2 --->", "Halaman 1 2 Selanjutnya", "Halaman 1 2 3 Berikutnya"],
    ids=["ke-arrow", "shouted-arrow", "numbers-next", "three-numbers"],
)
def test_a_pager_after_the_last_sentence_is_navigation(pager: str) -> None:
    page = clean(f"{LEDE} {LAST} {pager}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=pager, kind=LineKind.NAVIGATION),)


@pytest.mark.parametrize(
    "last",
    [
        "Jadwal lengkap penyaluran dapat dilihat pada halaman 12 buku panduan petani.",
        "Daftar penerima bantuan dimuat di halaman 4 dan halaman 5",
        "Rinciannya ada di halaman 2",
    ],
    ids=["page-in-a-sentence", "pages-no-stop", "lowercase-page-closing"],
)
def test_a_page_number_in_a_body_sentence_stays(last: str) -> None:
    page = clean(f"{LEDE} {LAST} {last}")
    assert page.text == f"{LEDE} {LAST} {last}"
    assert page.boilerplate == ()
