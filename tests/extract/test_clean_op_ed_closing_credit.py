"""An op-ed's closing credit (issue 15, GUIDELINES §1: a labelled credit is the byline, not body):
`… laut. Oleh: Name, degrees, post` after the last sentence names the writer before the comma;
the degrees and the post after it go with the credit. `Oleh` in a sentence, a quoted writer, a
photo credit and a writer named in a list of headlines give no byline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

BODY = (
    "Pendidikan vokasi perikanan harus menjawab kebutuhan industri. Sekolah perlu membuka kelas "
    "praktik di kapal dan bekerja sama dengan nelayan setempat agar lulusan siap bekerja di laut."
)


def test_the_writer_before_degrees_and_post_is_the_byline() -> None:
    credit = "Oleh: Rahmat Hidayat, S.Pi., M.Si., Dosen Program Studi Perikanan Politeknik Kelautan Bitung"
    page = clean(f"{BODY} {credit}\n")
    assert page.text == BODY
    assert page.byline == "Rahmat Hidayat"
    assert page.boilerplate == (Boilerplate(line=1, text=credit, kind="byline"),)


def test_a_penulis_credit_with_the_writer_post_is_the_byline() -> None:
    credit = "Penulis: Dewi Anggraini, Pengajar di Sekolah Tinggi Ilmu Pelayaran Makassar"
    page = clean(f"{BODY} {credit}\n")
    assert page.text == BODY
    assert page.byline == "Dewi Anggraini"


def test_oleh_inside_a_sentence_is_body() -> None:
    text = (
        f"{BODY} Oleh karena itu, pemerintah daerah menyiapkan anggaran pelatihan, "
        "kata Kepala Dinas Perikanan, Rahmat Hidayat."
    )
    page = clean(f"{text}\n")
    assert page.text == text
    assert page.byline is None


def test_a_sentence_after_the_writer_keeps_the_paragraph() -> None:
    text = f"{BODY} Oleh: Rahmat Hidayat, dosen. Ia menulis buku tentang kapal ikan tradisional di Bitung."
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


def test_a_quoted_writer_in_the_body_is_no_byline() -> None:
    text = (
        f'{BODY} "Penulis: Rahmat Hidayat, dan pembaca buku ini adalah nelayan," ujar pengelola '
        "perpustakaan desa itu."
    )
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


def test_a_writer_in_a_list_of_headlines_is_no_byline() -> None:
    text = (
        "Nelayan Bitung Dapat Bantuan Kapal - Warta Utara Masa Depan Pendidikan Perikanan di Timur "
        "Indonesia, Oleh: Rahmat Hidayat - Harian Bahari - Harian Bahari"
    )
    page = clean(f"{text}\n")
    assert page.byline is None


def test_a_photo_credit_is_no_byline() -> None:
    text = f"{BODY} Foto: Rahmat Hidayat, Humas Politeknik Kelautan Bitung"
    page = clean(f"{text}\n")
    assert page.byline is None


def test_a_closing_author_credit_with_its_colon_is_the_byline() -> None:
    page = clean(f"{BODY} Author: Rahmat Hidayat\n")
    assert page.text == BODY
    assert page.byline == "Rahmat Hidayat"
    assert page.boilerplate == (Boilerplate(line=1, text="Author: Rahmat Hidayat", kind="byline"),)


def test_a_closing_oleh_credit_with_its_colon_is_the_byline() -> None:
    page = clean(f"{BODY} Oleh: Rahmat Hidayat\n")
    assert page.text == BODY
    assert page.byline == "Rahmat Hidayat"


@pytest.mark.parametrize(
    "after",
    [
        "Menurut saya, laut harus dijaga bersama.",
        "Laut Indonesia harus dijaga bersama oleh semua.",
        "Pemerintah Daerah wajib hadir.",
    ],
    ids=["comma-after-first-word", "capitalised-second-word", "short-sentence"],
)
def test_body_after_the_writer_post_keeps_the_paragraph(after: str) -> None:
    text = f"{BODY} Oleh: Rahmat Hidayat, Dosen Politeknik. {after}"
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


@pytest.mark.parametrize(
    "tail",
    [
        "Acara ini didukung banyak pihak. Oleh: Dinas Pariwisata, Dinas Kebudayaan dan BPBD Bali",
        "Ia menjelaskan singkatan itu. Rep: Republik Indonesia",
        "Berikut isi pengumuman itu. Teks: Pasal 5 ayat 2 Perda Nomor 3",
        "Slogan kampanye itu berbunyi. By: the people for the people",
    ],
    ids=["bodies-after-oleh", "a-region-after-rep", "a-law-after-teks", "lowercase-after-by"],
)
def test_a_colon_label_closing_the_text_without_a_person_is_body(tail: str) -> None:
    text = f"{BODY} {tail}"
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text
