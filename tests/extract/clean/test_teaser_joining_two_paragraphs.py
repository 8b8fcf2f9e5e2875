"""A summary above the lede that joins the lede's first two paragraphs (a theme that prints the
article's opening as a snippet under the headline) is a teaser: it goes, and both paragraphs stay
in the body (issue 15, meta21; GUIDELINES §1: a lede repeated on the page, keep one copy).
Invented pages.
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

TITLE = "Kabupaten Sikka Siapkan Dua Gudang Cadangan Pangan Baru"
P1 = (
    "Pemerintah Kabupaten Sikka menyiapkan dua gudang cadangan pangan baru di Kecamatan Talibura "
    "dan Kecamatan Waigete tahun ini."
)
P2 = (
    "Rencana itu disampaikan Kepala Dinas Ketahanan Pangan Maria Goreti Lewar saat rapat kerja "
    "bersama komisi dua di gedung dewan, Kamis (17/7/2025)."
)
P3 = "Setiap gudang mampu menampung hingga dua ratus ton beras dan jagung dari petani setempat."
P4 = '"Kami ingin cadangan pangan dekat dengan warga di pesisir utara," kata Maria.'


def test_a_summary_joining_the_first_two_paragraphs_goes_and_both_paragraphs_stay() -> None:
    teaser = f"{P1} {P2}"
    page = clean(f"{TITLE}\n{teaser}\nMAUMERE, sikkanews.id - {P1}\n{P2}\n{P3}\n{P4}")
    assert page.title == TITLE
    assert page.text == f"MAUMERE, sikkanews.id - {P1}\n{P2}\n{P3}\n{P4}"
    assert page.dateline == Dateline(place="Maumere", outlet="sikkanews.id")
    assert [b.text for b in page.boilerplate if b.text != TITLE] == [teaser]


def test_a_lede_repeated_at_the_bottom_is_no_teaser_of_the_lede() -> None:
    page = clean(f"{TITLE}\nMAUMERE - {P1}\n{P2}\n{P3}\n{P4}\nMAUMERE - {P1}")
    assert page.text.startswith(f"MAUMERE - {P1}\n{P2}")
    assert page.dateline == Dateline(place="Maumere", outlet=None)
