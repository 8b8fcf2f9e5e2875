"""A reporter's label glued to the capitalised name after it on a flattened header (issue 15,
GUIDELINES §1: a labelled credit is the byline): `Judul OlehBudi Santoso Jul 21, 2016 …` and
`LaporanWartawan Tribunnews.com, Budi TRIBUNNEWS.COM, JAKARTA – …`. `Oleh` in a sentence and a
glued menu word that is no label give no byline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Ribuan warga memadati alun-alun kota untuk menyaksikan pawai budaya tahunan. Panitia "
    "menyiapkan tiga panggung hiburan di sekitar lapangan."
)


def test_a_glued_laporan_wartawan_credit_before_the_dateline() -> None:
    page = clean(f"LaporanWartawan Tribunnews.com, Rina Kartika TRIBUNNEWS.COM, BOGOR – {LEDE}\n")
    assert page.byline == "Rina Kartika"
    assert page.dateline == Dateline(place="Bogor", outlet="Tribunnews.com")
    assert page.text == f"TRIBUNNEWS.COM, BOGOR – {LEDE}"


def test_oleh_glued_to_the_writer_after_the_headline() -> None:
    page = clean(
        f"Pawai Budaya Ramaikan Alun-alun Kota OlehRina Kartika Jul 21, 2016 BOGOR | WARTAKOTA.COM – {LEDE}\n"
    )
    assert page.byline == "Rina Kartika"
    assert page.title == "Pawai Budaya Ramaikan Alun-alun Kota"


def test_oleh_inside_a_sentence_is_no_credit() -> None:
    text = f"{LEDE} Oleh karena itu, Rina Kartika meminta warga datang lebih awal."
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


def test_a_hyphened_label_like_word_in_prose_is_no_credit() -> None:
    text = f"{LEDE} Warga menyebut pawai itu Oleh-Oleh Budaya bagi Kota Bogor."
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


@pytest.mark.parametrize(
    "head",
    [
        "PenulisMuda Gelar Lomba Cerpen",
        "NaskahKuno Ditemukan Warga",
        "WriterBot Bantu Siswa Menulis",
        "OlehOleh Khas Bogor Laris",
    ],
    ids=["penulis-brand", "naskah-headline", "writer-brand", "oleh-oleh"],
)
def test_a_label_glued_to_a_brand_or_headline_words_is_no_credit(head: str) -> None:
    page = clean(f"{head}\n{LEDE}\n")
    assert page.byline is None
