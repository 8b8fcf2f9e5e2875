"""A syndication note closing the page with other words between `ini` and its verb (issue 15,
meta37): `… Artikel ini sebagian telah tayang di Bolasport.com dengan judul …`, a misspelt adverb
(`Artikel ini teah tayang di …`). The outlet after `di` and the title after `dengan judul` are the
evidence, so the words before the verb may be any; a sentence of the body that says a report went on
air or was printed, naming no title, stays.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "note",
    [
        "Artikel ini sebagian telah tayang di Bolaria.com dengan judul Pebalap Muda Kuasai Sesi Latihan",
        "Artikel ini teah tayang di Bolaria.com dengan judul BREAKING NEWS - Petinju Tua Naik Ring Lagi",
        "Berita ini kemudian juga tayang di kabartimur.id dengan judul Harga Cabai Turun di Pasar Inpres",
    ],
    ids=["part-of-it", "misspelt-adverb", "two-adverbs"],
)
def test_a_note_with_other_words_before_its_verb_is_furniture(note: str) -> None:
    page = clean(f"{LEDE} {LAST} {note}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.byline is None
    assert [(b.line, b.kind.value, b.text) for b in page.boilerplate] == [(1, "related", note)]


@pytest.mark.parametrize(
    "tail",
    [
        "Berita ini akhirnya tayang di televisi lokal dua pekan kemudian.",
        "Laporan ini rencananya dimuat di buletin desa bulan depan.",
    ],
    ids=["went-on-air", "to-be-printed"],
)
def test_a_body_sentence_about_a_report_naming_no_title_stays(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()
