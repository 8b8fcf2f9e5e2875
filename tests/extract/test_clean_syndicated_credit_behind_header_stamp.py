"""A syndicated story's credit and masthead behind a flattened header (issue 15, dates39, GUIDELINES
§1): `Judul Berita Senin, 18 Juli 2016 19:07 Penulis: Budi | Editor: Ani Laporan Wartawan X.com,
Budi X.COM - …`. Once the header's headline, stamp and labelled credit are cut, the reporter's
`Laporan Wartawan …` credit glued before the lede's masthead is the byline's furniture and the
masthead the dateline's outlet (news-raw nr07987), as on a page that opens with the credit; a
header with no such credit, and a masthead named inside a sentence, change nothing.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Boilerplate, Dateline

LEDE = (
    "WARTASOLO.COM - Aplikasi permainan di telepon pintar kembali ramai dibicarakan warga kota. "
    "Dinas komunikasi menyatakan kabar yang beredar soal aplikasi itu tidak benar."
)
HEADER = (
    "Benarkah Aplikasi Permainan Ini Mencuri Data? Ini Penjelasannya Senin, 18 Juli 2016 19:07 "
    "Penulis: Sekar Wulandari | Editor: Rinto Gunawan"
)
CREDIT = "Laporan Wartawan WartaSolo.com, Sekar Wulandari"


def test_the_credit_behind_the_header_is_cut_and_the_masthead_is_the_dateline() -> None:
    page = clean(f"{HEADER} {CREDIT} {LEDE}\n")
    assert page.title == "Benarkah Aplikasi Permainan Ini Mencuri Data? Ini Penjelasannya"
    assert page.published == "2016-07-18"
    assert page.byline == "Sekar Wulandari"
    assert page.dateline == Dateline(place=None, outlet="Wartasolo.com")
    assert page.text == LEDE
    assert Boilerplate(line=1, text=CREDIT, kind="byline") in page.boilerplate


def test_a_header_without_the_credit_reads_the_same_dateline() -> None:
    page = clean(f"{HEADER} {LEDE}\n")
    assert page.byline == "Sekar Wulandari"
    assert page.dateline == Dateline(place=None, outlet="Wartasolo.com")
    assert page.text == LEDE


def test_a_masthead_inside_the_first_sentence_is_no_dateline() -> None:
    body = (
        "Warga membaca kabar dari WartaSolo.com - situs berita kota - soal aplikasi permainan itu. "
        "Dinas komunikasi menyatakan kabar tersebut tidak benar."
    )
    page = clean(f"{HEADER} {body}\n")
    assert page.dateline is None
    assert page.text == body
