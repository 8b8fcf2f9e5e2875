"""Body sentences shaped like page metadata stay body and give no metadata (issue 15, meta37): a
tweet the article quotes and discusses, with its signature (`— Nama (@akun) July 14, 2025`: the
date signs the post and dates no page, even closing the page); a closing
sentence that ends in a date (no `published`); a writer named in a sentence (no `byline`); a closing
sentence written in title case (no teaser headline).

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "tail",
    [
        'Bupati menanggapi keluhan itu lewat akun X miliknya. "Pupuk tiba di gudang kecamatan pekan ini," '
        "tulisnya. Unggahan itu dibagikan ulang ratusan kali oleh warga.",
        "Klub membalas lewat akun resminya. Terima kasih, suporter! — Persikab (@persikab) July 14, 2025 "
        "Cuitan itu ditanggapi ribuan pendukung yang memenuhi stadion.",
        "Klub membalas lewat akun resminya. Terima kasih, suporter! — Persikab (@persikab) July 14, 2025",
        "Klub membalas lewat akun resminya. Terima kasih, suporter! — Persikab (@persikab) 14 Juli 2025",
        "Tim menyapa pendukungnya. Sampai jumpa di kandang! — Persiku (@persiku.official) August 2, 2025",
    ],
    ids=[
        "quoted-post",
        "signed-post-then-body",
        "signed-post-closing-the-page",
        "signed-post-indonesian-date",
        "signed-post-dotted-handle",
    ],
)
def test_a_post_the_article_discusses_stays(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert (page.byline, page.published, page.boilerplate) == (None, None, ())


@pytest.mark.parametrize(
    "tail",
    [
        "Pendaftaran kelompok tani penerima bantuan tahap kedua ditutup pada Senin, 21 Juli 2025.",
        "Benih tahap berikutnya dijadwalkan tiba di gudang kecamatan 4 Agustus 2025",
    ],
    ids=["weekday-and-date", "bare-date-no-stop"],
)
def test_a_closing_sentence_that_ends_in_a_date_dates_no_page(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert (page.published, page.boilerplate) == (None, ())


@pytest.mark.parametrize(
    "tail",
    [
        "Buku panduan bertani itu ditulis oleh Rina Wulandari, penyuluh di kecamatan tersebut.",
        "Penulis buku itu, Rina Wulandari, ikut membagikan benih kepada petani.",
        "Dalam acara itu, wartawan senior Agus Salim memandu diskusi.",
    ],
    ids=["written-by", "the-books-writer", "a-reporter-in-the-story"],
)
def test_a_writer_named_in_a_sentence_is_no_byline(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert (page.byline, page.boilerplate) == (None, ())


@pytest.mark.parametrize(
    "tail",
    [
        "Mari Bersama Kita Jaga Ketahanan Pangan Daerah Ini.",
        '"Salam Tani, Jaya Selalu Petani Indonesia!" seru para peserta menutup acara.',
    ],
    ids=["title-case-appeal", "title-case-slogan-quoted"],
)
def test_a_closing_sentence_in_title_case_stays(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()
