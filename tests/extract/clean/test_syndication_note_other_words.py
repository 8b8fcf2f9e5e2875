"""A syndication note closing the page with other words between `ini` and its verb (issue 15,
meta37): `… Artikel ini sebagian telah tayang di Bolasport.com dengan judul …`, a misspelt adverb
(`Artikel ini teah tayang di …`). The outlet after `di` and the title after `dengan judul` are the
evidence, with up to three of the note's own words before the verb (adverbs of a page already
printed, `sebagian`, misspellings); any other word (`kemudian`, `akan`, `tidak`) before it makes a
sentence of the body, even naming an outlet and a title; a sentence of the body that says a report
went on air or was printed, naming no title, stays.

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
        "Berita ini sebelumnya juga tayang di kabartimur.id dengan judul Harga Cabai Turun di Pasar Inpres",
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
        "Laporan ini kemudian diterbitkan di majalah Tempo dengan judul Jejak Tambang Pasir Laut.",
        "Kajian ini rencananya akan dipublikasikan pada akhir tahun dengan judul Peta Rawan Longsor.",
        "Tulisan ini tidak pernah terbit di koran mana pun dengan judul aslinya, ujar Rudi.",
        "Laporan ini belum dimuat di situs resmi dinas dengan judul yang diusulkan panitia.",
        "Laporan ini sebelumnya dipublikasikan di jurnal Nature dengan judul Climate Risk in Java.",
    ],
    ids=[
        "went-on-air",
        "to-be-printed",
        "then-printed-titled",
        "to-be-published-titled",
        "never-printed",
        "not-yet",
        "published-before-in-a-journal",
    ],
)
def test_a_body_sentence_about_a_report_naming_no_title_stays(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()
