"""A teaser headline in sentence case glued to the paragraph after it ends where that paragraph
opens with a quotation (`Baca juga: … “Kami …`) or with the headline's subject again (`Baca juga:
Raisa ungkap … Raisa berpendapat …`): the paragraph's first sentence stays body (issue 15). A few
quoted words naming a title inside the sentence (`… bertajuk “Tenun Lio” …`) open no paragraph.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "Pemerintah Kabupaten Ende menggelar festival tenun ikat di lapangan Pancasila selama tiga hari, "
    "Jumat (8/8/2025)."
)
LAST = "Panitia mencatat lebih dari dua ribu pengunjung datang pada hari pertama festival."


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Penenun muda Ende pamerkan motif baru di Jakarta",
            "“Motif ini kami ambil dari cerita para leluhur,” kata Ketua Sanggar Bou Maria Nona.",
        ),
        (
            "Dekranasda ajak pelajar kenali tenun ikat sejak dini",
            "”Kami ingin anak muda bangga memakai kain sendiri,” kata Ketua Dekranasda Ende Yuliana Bata.",
        ),
        (
            "Dekranasda raih juara lomba tenun tingkat provinsi",
            "Dekranasda menyiapkan sepuluh penenun untuk mengikuti lomba berikutnya di Kupang.",
        ),
    ],
    ids=["quotation", "quotation-with-a-closing-mark-first", "subject-again"],
)
def test_the_paragraph_after_a_sentence_case_teaser_keeps_its_opening(headline: str, sentence: str) -> None:
    page = clean(f"{LEDE}\n\nBaca juga: {headline} {sentence}\n\n{LAST}\n")
    assert page.text == f"{LEDE}\n{sentence}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=3, text=f"Baca juga: {headline}", kind="related"),)


def test_quoted_words_naming_a_title_open_no_paragraph() -> None:
    headline = "Penenun muda Ende pamerkan motif baru di Jakarta"
    sentence = "Dinas pariwisata menggelar pameran bertajuk “Tenun Lio” selama sepekan di gedung dekranasda."
    page = clean(f"{LEDE}\n\nBaca juga: {headline} {sentence}\n\n{LAST}\n")
    assert page.text == f"{LEDE}\n{sentence}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=3, text=f"Baca juga: {headline}", kind="related"),)
