"""A reporter's labelled credit closing the page after a last sentence with no stop (issue 15,
meta37): `… dengan nomor publikasi 2017/S/00085 Reporter: Nama`. A capitalised reporter's label with
its colon and the name running to the line's end is the byline, whatever ends the sentence before it;
another label (`Pembawa acara: …`), one that names the reporter only with a colon after a stop
(`Oleh`, `Teks`), `Laporan` alone (a report), a label right after a word that introduces a title
(`berjudul Laporan: …`) or the word in lowercase inside a sentence is none.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    ("last", "credit"),
    [
        ("Paten itu terdaftar dengan nomor publikasi 2024/P/00731", "Reporter: Rina Wulandari"),
        ("Hasil seleksi diumumkan pekan depan", "Penulis: Rina Wulandari"),
    ],
    ids=["after-a-number", "after-a-lowercase-word"],
)
def test_a_reporters_credit_after_an_unstopped_sentence_is_the_byline(last: str, credit: str) -> None:
    page = clean(f"{LEDE} {LAST} {last} {credit}")
    assert page.text == f"{LEDE} {LAST} {last}"
    assert page.byline == "Rina Wulandari"
    assert [(b.line, b.kind.value, b.text) for b in page.boilerplate] == [(1, "byline", credit)]


@pytest.mark.parametrize(
    "tail",
    [
        "Susunan acara dibacakan sebagai berikut Pembawa acara: Rina Wulandari",
        "Buku itu dibedah bersama penulis: Rina Wulandari",
        "Sang sejarawan baru saja merilis buku berjudul Laporan: Jalur Kopi di Tanah Gayo",
        "Teater kampus itu mementaskan lakon bertajuk Penulis: Sebuah Monolog",
        "Malam itu ditutup dengan pembacaan cerpen karya Oleh: Sapardi Muda",
        "Lomba itu diikuti siswa dari tiga kabupaten Teks: Rina Wulandari",
    ],
    ids=[
        "another-label",
        "lowercase-word-in-a-sentence",
        "a-report-as-a-book-title",
        "a-label-after-a-title-cue",
        "a-colon-only-label",
        "a-text-label",
    ],
)
def test_no_reporters_label_closing_the_page_gives_no_byline(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert (page.byline, page.boilerplate) == (None, ())
