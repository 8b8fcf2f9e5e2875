"""An advertorial's label closing the last sentence with no brackets (issue 15): `… katanya.
Berita kerja sama` is an end mark, no body and no byline; the same words inside a sentence stay.

Invented article on one line, as a corpus of cleaned text holds it.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind

BODY = (
    "Bandarlampung (ANTARA) - Sebuah bank daerah membuka layanan kredit murah bagi pedagang pasar "
    "tradisional di Lampung, Rabu. Program itu menyasar dua ribu pedagang kecil hingga akhir tahun."
)


@pytest.mark.parametrize(
    ("closing", "label"),
    [
        (" Berita kerja sama", "Berita kerja sama"),
        (' "Kami siap membantu," katanya. Konten Bersponsor', "Konten Bersponsor"),
    ],
    ids=["after-a-stop", "after-a-quote"],
)
def test_the_label_closing_the_article_is_an_end_mark(closing: str, label: str) -> None:
    page = clean(BODY + closing + "\n")
    assert page.text == (BODY + closing)[: -len(label)].rstrip()
    assert page.byline is None
    assert Boilerplate(line=1, text=label, kind=LineKind.ENDMARK) in page.boilerplate


@pytest.mark.parametrize(
    "closing",
    [
        " Keduanya menandatangani berita kerja sama",  # the words inside a sentence, no stop before
        " Pemda menyiapkan berita kerja sama.",  # a sentence ending in the words
    ],
    ids=["inside-a-sentence", "sentence-ending-in-the-words"],
)
def test_the_words_inside_a_sentence_stay(closing: str) -> None:
    page = clean(BODY + closing + "\n")
    assert page.text == BODY + closing
