"""Headlines under breadcrumb trails (issue 15, meta15): `Home Nabire Judul` over `Judul` (the trail
from the site's front page ends in the headline shown again), `Beranda blog Halaman 3` (a listing's
trail and page number) over the headline, and a headline with a word spelt with an inner capital
(`RoRo`), no menu of run-together sections (`SikkaEkonomi PolitikBudaya`).

Invented pages of those layouts (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean

HEADLINE = "Dishub Sikka Tambah Jadwal Kapal ke Pulau Palue Jelang Libur Sekolah"
LEDE = (
    "MAUMERE – Dinas Perhubungan Kabupaten Sikka menambah dua jadwal pelayaran ke Pulau Palue "
    "untuk melayani penumpang selama libur sekolah, Senin (16/6/2025)."
)
LAST = '"Kapal tambahan berangkat setiap Rabu dan Sabtu pagi," kata Kepala Dinas Perhubungan Ignas Lewo.'


@pytest.mark.parametrize(
    "crumbs",
    [f"Home Sikka {HEADLINE}", "Beranda blog Halaman 5", "Home Berita Halaman 12"],
    ids=["trail-ending-in-the-headline", "listing-page-trail", "english-home-listing-trail"],
)
def test_the_headline_under_a_breadcrumb_trail(crumbs: str) -> None:
    page = clean("\n\n".join([crumbs, HEADLINE, LEDE, LAST]))
    assert page.title == HEADLINE
    assert page.text == "\n".join([LEDE, LAST])


def test_a_headline_with_an_inner_capital_in_a_short_word() -> None:
    headline = "Dishub Sikka Tambah Jadwal Kapal RoRo ke Pulau Palue"
    page = clean("\n\n".join([headline, LEDE, LAST]))
    assert page.title == headline
    assert page.text == "\n".join([LEDE, LAST])


def test_a_headline_opening_with_home_that_is_no_trail() -> None:
    headline = "Home Industri Tenun Ikat Sikka Tembus Pasar Ekspor"
    page = clean("\n\n".join([headline, LEDE, LAST]))
    assert page.title == headline


def test_a_menu_of_run_together_sections_is_no_headline() -> None:
    page = clean("\n\n".join(["SikkaEkonomi PolitikBudaya OlahragaWisata", HEADLINE, LEDE, LAST]))
    assert page.title == HEADLINE
    assert page.text == "\n".join([LEDE, LAST])


def test_a_caption_closed_by_its_source_after_the_date_is_no_headline() -> None:
    """`… di Pelabuhan Maumere, Senin (16/6)/Florespost` over the headline: a photo caption
    with its source glued after the date (GUIDELINES §1, photo captions); the headline is below."""
    caption = (
        "Bupati Sikka dan Kepala Dinas Perhubungan saat meninjau kapal di Pelabuhan Maumere, "
        "Senin (16/6)/Florespost"
    )
    page = clean("\n\n".join([caption, HEADLINE, LEDE, LAST]))
    assert page.title == HEADLINE
    assert page.text == "\n".join([LEDE, LAST])
