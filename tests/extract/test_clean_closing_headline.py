# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""Another article's headline closing the page after the last sentence (issue 15, meta35):
entertainment and regional pages saved with a recommended headline glued after the last quote,
no marker before it (`… kata Budi. Warga Sukamaju Gelar Panen Raya`). A title-case run of a
headline's length with no stop of its own and a headline's verb or predicate in it is a teaser
(GUIDELINES §1: related-article teasers); a writer's signature, a table's heading or a list's last
names are none and stay. Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "headline",
    [
        "Penyanyi Dangdut Asal Ngawi Gelar Konser Amal untuk Korban Banjir",
        "Festival Tenun Ikat Sikka Digelar Akhir Pekan Ini",
        "Video: Melihat Panen Raya Garam di Pesisir Utara",
    ],
    ids=["bare-verb", "di-verb", "video-teaser"],
)
def test_a_headline_after_the_last_sentence_is_a_teaser(headline: str) -> None:
    page = clean(f"{LEDE} {LAST} {headline}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=headline, kind=LineKind.RELATED),)


@pytest.mark.parametrize(
    "tail",
    [
        "Yohanes Bere Sutrisno, Pengamat Kebijakan Publik Universitas Nusa Cendana",
        "Hasil Lengkap Lomba Perahu Naga Festival Danau 2025",
        "8. Maria Goreti Wula 9. Fransiska Ina Lewar 10. Theresia Nogo Sabon",
        "Warga Sukamaju Gelar Panen Raya.",
    ],
    ids=["writer-signature", "table-heading", "list-of-names", "a-sentence-with-its-stop"],
)
def test_what_holds_no_headline_verb_or_ends_on_a_stop_stays(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()


def test_a_headline_after_an_abbreviations_dot_is_no_closing_headline() -> None:
    """`… dipimpin Dr. Budi Santoso Gelar …`: the dot closes a title, no sentence; nothing is cut."""
    last = "Rapat itu dipimpin langsung oleh Prof. Yohanes Bere Rektor Universitas Nusa Cendana Resmikan Gedung Baru"
    page = clean(f"{LEDE} {last}")
    assert page.text == f"{LEDE} {last}"


@pytest.mark.parametrize(
    "tail",
    [
        "Jaga Kesehatan, Tetap Semangat dan Terus Bersatu",
        "Bersama Kita Bangun Desa Maju dan Sejahtera",
    ],
    ids=["comma-joined-imperatives", "first-person-slogan"],
)
def test_a_closing_slogan_is_no_headline(tail: str) -> None:
    """A verb opening the run or after a comma or a lowercase word is an imperative, and a first-
    person word makes spoken words: a slogan closing the speech stays."""
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()


def test_the_window_starts_at_a_whole_word() -> None:
    """The 160-character window opens at a word's start: `rof.` of `Prof.` ends no sentence."""
    last = (
        "Gedung itu dibangun dengan dana hibah pemerintah pusat, kata Ketua Panitia Pembangunan Prof. "
        "Adi Santoso Resmikan Gedung Laboratorium Terpadu Fakultas Teknik Universitas Sukamaju Bersama"
        " Wakil Bupati Sukamaju Dan Jajaran Pemerintah Daerah Kabupaten"
    )
    assert len(last) - last.index("Prof.") == 161  # the window would open at `rof.`
    page = clean(f"{LEDE} {last}")
    assert page.text == f"{LEDE} {last}"
