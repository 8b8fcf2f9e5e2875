"""Pages saved as one paragraph (issue 15, meta29): the headline glued before the lede with only a
stop between them (`Harga Cabai di Pasar Kota Turun Drastis. Pedagang mengatakan …`). A first
sentence written wholly in title case (every word capitalised, a number or a function word), of a
headline's length, with a lede going on in lowercase after it, is the page's title, not body.
Ledes that open with a title-case run keep their lowercase verb in the first sentence, or a
title's dot (`Dr.`, `PT.`) before it; a page with a title line keeps its first paragraph whole.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import LineKind, clean
from extract.records import Boilerplate
from tests.clean_pages import PLAIN_LAST as LAST

LEDE = "Pedagang di pasar itu mengatakan harga turun sejak awal pekan karena pasokan dari petani melimpah."


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Harga Bawang Merah di Pasar Sentral Kupang Turun Drastis.",
            "Harga Bawang Merah di Pasar Sentral Kupang Turun Drastis",
        ),
        ("Dampak Kemarau, Panen Padi di Sikka Menurun.", "Dampak Kemarau, Panen Padi di Sikka Menurun"),
        ("412 Warga Ende Terserang Demam Berdarah..", "412 Warga Ende Terserang Demam Berdarah"),
        (
            "Benarkah Air Kelapa Muda Menurunkan Tekanan Darah?",
            "Benarkah Air Kelapa Muda Menurunkan Tekanan Darah?",
        ),
        (
            "Stok Beras Menipis, Pemkab Flores Timur Gelar Operasi Pasar!",
            "Stok Beras Menipis, Pemkab Flores Timur Gelar Operasi Pasar!",
        ),
    ],
    ids=["stop", "comma-then-stop", "number-and-two-dots", "question", "exclamation"],
)
def test_a_title_case_headline_glued_before_the_lede_is_the_title(head: str, title: str) -> None:
    page = clean(f"{head} {LEDE}\n\n{LAST}")
    assert page.title == title
    assert page.text == f"{LEDE}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=head, kind=LineKind.TITLE),)


def test_the_lede_after_the_headline_may_open_with_a_name_in_title_case() -> None:
    lede = "Yayasan Peduli Sesama Nusa Tenggara Timur (YPS) menyalurkan bantuan beras kepada warga."
    page = clean(f"Yayasan Sosial Bantu Korban Banjir di Ende. {lede}\n\n{LAST}")
    assert page.title == "Yayasan Sosial Bantu Korban Banjir di Ende"
    assert page.text == f"{lede}\n{LAST}"


@pytest.mark.parametrize(
    "first",
    [
        "Bupati Sikka Dr. Fransiskus Roberto Diogo menyerahkan bantuan benih kepada kelompok tani di "
        "Kecamatan Talibura, Senin (14/7/2025).",
        "PT. Sinar Abadi Nusantara membuka pabrik pengolahan rumput laut di Kabupaten Kupang.",
        "Kepala Dinas Pertanian Kabupaten Ende Yohanes Bere mengatakan panen tahun ini meningkat.",
        "Banjir Rendam Ende. Hujan deras sejak Senin malam merendam ratusan rumah warga di tiga kelurahan.",
        "Jadwal Pertandingan? Siapa Lawannya? Persebata Lembata akan bertanding di final pada Sabtu.",
    ],
    ids=[
        "office-name-after-a-title-dot",
        "company-dot",
        "lowercase-verb-in-the-first-sentence",
        "three-word-sentence",
        "a-question-after-the-stop",
    ],
)
def test_ledes_and_title_case_runs_that_are_no_glued_headline_stay_whole(first: str) -> None:
    page = clean(f"{first}\n\n{LAST}")
    assert page.title is None
    assert page.text == f"{first}\n{LAST}"
    assert page.boilerplate == ()


def test_a_page_with_its_own_title_line_keeps_a_title_case_first_sentence() -> None:
    title = "Pemkab Sikka Salurkan Bantuan Benih Jagung untuk Kelompok Tani"
    first = f"Harga Bawang Merah di Pasar Sentral Kupang Turun Drastis. {LEDE}"
    page = clean(f"{title}\n{first}\n\n{LAST}")
    assert page.title == title
    assert page.text == f"{first}\n{LAST}"


@pytest.mark.xfail(
    strict=True,
    reason="a headline in two parts (`…? Ini Jadwalnya …`) is cut after its first part: the second "
    "part reads as the lede's opening",
)
def test_known_miss_a_headline_in_two_parts() -> None:
    head = "Kapan Pendaftaran Sekolah Kedinasan Dibuka? Ini Jadwal Lengkapnya Menurut Panitia."
    page = clean(f"{head} {LEDE}\n\n{LAST}")
    assert page.title == head.rstrip(".")
    assert page.text == f"{LEDE}\n{LAST}"


@pytest.mark.xfail(
    strict=True,
    reason="a lede opening with a capitalised exclamation (`Waspada! Kini …`) reads as the headline's "
    "last word",
)
def test_known_miss_a_lede_opening_with_an_exclamation() -> None:
    lede = "Waspada! Kini beredar uang palsu pecahan seratus ribu di pasar tradisional."
    page = clean(f"Awas, Uang Palsu Beredar di Pasar Waingapu {lede}\n\n{LAST}")
    assert page.title == "Awas, Uang Palsu Beredar di Pasar Waingapu"
    assert page.text == f"{lede}\n{LAST}"


@pytest.mark.xfail(
    strict=True,
    reason="a lede whose first eight words are all title case (`Bupati X Bersama Ketua TP PKK …`) reads "
    "as more of the headline: the page keeps both",
)
def test_known_miss_a_lede_opening_with_a_long_title_case_run() -> None:
    lede = "Bupati Sikka Yosef Nong Bersama Ketua TP PKK Sikka Hadir dan membuka acara di lapangan kota."
    page = clean(f"Festival Tenun Ikat Sikka Digelar Meriah. {lede}\n\n{LAST}")
    assert page.title == "Festival Tenun Ikat Sikka Digelar Meriah"
    assert page.text == f"{lede}\n{LAST}"
