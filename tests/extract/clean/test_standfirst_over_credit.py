"""A standfirst set above the reporter's credit line (meta12): what it gives, and what stays as it
was."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkot Siapkan Tiga Ribu Bibit Mangrove untuk Pesisir Utara"
STANDFIRST = (
    "Bibit itu akan ditanam bersama pelajar, nelayan dan relawan lingkungan di empat kelurahan "
    "pesisir sepanjang bulan depan."
)
LEDE = (
    "TRIBUNWARTA.COM, BITUNG - Pemerintah Kota Bitung menyiapkan tiga ribu bibit mangrove untuk "
    "ditanam di pesisir utara kota, Selasa (4/3/2025)."
)
SECOND = "Kepala Dinas Lingkungan Hidup mengatakan penanaman dimulai dari kelurahan yang paling rawan abrasi."


@pytest.mark.parametrize(
    "credit",
    [
        "Penulis: Rina Wulandari | Editor: Budi Santoso",
        # the reporter's label line under the credit bar, both above the lede
        "Penulis: Rina Wulandari | Editor: Budi Santoso\nLaporan Rina Wulandari | Bitung",
    ],
)
def test_a_standfirst_above_the_credit_line_is_no_body_and_the_lede_gives_the_dateline(credit: str) -> None:
    page = clean(f"{TITLE}\n{STANDFIRST}\n{credit}\n{LEDE}\n{SECOND}\n")
    assert page.title == TITLE
    assert page.byline == "Rina Wulandari"
    assert page.dateline == Dateline(place="Bitung", outlet="Tribunwarta.com")
    assert page.text == f"{LEDE}\n{SECOND}"


def test_a_quote_as_standfirst_above_the_credit_line_goes_too() -> None:
    quote = "“Kami ingin pesisir kembali hijau dalam lima tahun ke depan,” kata Wali Kota."
    page = clean(f"{TITLE}\n{quote}\nPenulis: Rina Wulandari | Editor: Budi Santoso\n{LEDE}\n{SECOND}\n")
    assert page.dateline == Dateline(place="Bitung", outlet="Tribunwarta.com")
    assert page.text == f"{LEDE}\n{SECOND}"


def test_with_no_credit_line_between_a_lone_standfirst_still_opens_the_body() -> None:
    page = clean(f"{TITLE}\n{STANDFIRST}\n{LEDE}\n{SECOND}\n")
    assert page.text == f"{STANDFIRST}\n{LEDE}\n{SECOND}"


def test_with_no_dateline_under_the_credit_nothing_above_it_is_taken_for_furniture() -> None:
    lede = "Pemerintah Kota Bitung menyiapkan tiga ribu bibit mangrove untuk pesisir, Selasa (4/3/2025)."
    page = clean(f"{TITLE}\n{STANDFIRST}\nPenulis: Rina Wulandari | Editor: Budi Santoso\n{lede}\n{SECOND}\n")
    assert page.dateline is None
    assert page.text == f"{STANDFIRST}\n{lede}\n{SECOND}"
