"""A link to the rest of a syndicated story closing the paragraph (issue 15, session 37 audit of
unseen news-raw pages): after arrows (`… diketahui. >> Halaman selengkapnya`) or as a pointer on
(`… apa saja? Lanjut ke Artikel Selengkapnya`). The link is a related-article teaser (GUIDELINES
§1); a body sentence that goes on to a next step, or an arrow inside a sentence, stays.
Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "link",
    [
        ">> Halaman selengkapnya",
        "» Baca selengkapnya",
        "Lanjut ke Artikel Selengkapnya",
        "Lanjut ke halaman selengkapnya >>",
        "LANJUT KE BERITA SELENGKAPNYA",
    ],
    ids=["arrows-page", "guillemet-read", "go-on-article", "go-on-page-arrows", "shouted"],
)
def test_a_link_to_the_rest_closing_the_paragraph_is_a_teaser(link: str) -> None:
    page = clean(f"{LEDE} {LAST} {link}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=link, kind=LineKind.RELATED),)


@pytest.mark.parametrize(
    "last",
    [
        "Lanjut ke tahap berikutnya, panitia menjelaskan jadwalnya selengkapnya.",
        "Nilai tukar naik >> Rp 15.000 per dolar menurut data selengkapnya.",
    ],
    ids=["next-step", "arrow-in-a-sentence"],
)
def test_a_body_sentence_closing_with_selengkapnya_stays(last: str) -> None:
    page = clean(f"{LEDE} {LAST} {last}")
    assert page.text == f"{LEDE} {LAST} {last}"
    assert page.boilerplate == ()
