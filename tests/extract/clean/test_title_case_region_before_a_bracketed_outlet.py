"""Pages saved as one paragraph (issue 15, meta30): a title-case headline runs straight into the
lede's dateline whose outlet stands in brackets before a dash or a double dash (`… Tidak Mengalir
Pesawaran (Lampost.co) -- …`). The dateline's place is the known region that ends the run (an
administrative word before it stays: `Kota Madiun`), and the run before it is the page's title, the
paragraph starting at the dateline; a place in a sentence before a bracketed outlet with no dash
after it, or lowercase words after the dash, give no dateline and no title.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    ("title", "dateline_words", "dateline"),
    [
        (
            "Jalan Desa Rusak Parah Warga Minta Perbaikan",
            "Pringsewu (Lampost.co) -- ",
            Dateline(place="Pringsewu", outlet="Lampost.co"),
        ),
        (
            "Petani Kopi Keluhkan Harga Pupuk di Tanggamus",
            "Tanggamus (Lampost.co) -- ",
            Dateline(place="Tanggamus", outlet="Lampost.co"),
        ),
        (
            "Gotong Royong Bersihkan Saluran Air",
            "Bandar Lampung (Lampost.co) -- ",
            Dateline(place="Bandar Lampung", outlet="Lampost.co"),
        ),
        (
            "Pasar Murah Digelar di Alun-Alun",
            "Kota Madiun (ANTARA) - ",
            Dateline(place="Kota Madiun", outlet="ANTARA"),
        ),
        (
            "Wisata Pantai Selatan Ramai Dikunjungi",
            "Garut (ANTARA) - ",
            Dateline(place="Garut", outlet="ANTARA"),
        ),
    ],
    ids=[
        "region-ends-headline",
        "region-twice",
        "two-word-region",
        "admin-word-kept",
        "agency-after-headline",
    ],
)
def test_a_region_ending_a_headline_before_a_bracketed_outlet_is_the_dateline(
    title: str, dateline_words: str, dateline: Dateline
) -> None:
    page = clean(f"{title} {dateline_words}{LEDE}\n\n{LAST}")
    assert page.dateline == dateline
    assert page.title == title
    assert page.text == f"{dateline_words}{LEDE}\n{LAST}"


@pytest.mark.parametrize(
    "before",
    [
        # the outlet named in a sentence, no dash after it
        "Warga Pringsewu mengadukan jalan rusak itu kepada Pringsewu (Lampost.co) pada pagi hari. ",
        # a dash after the bracket, but lowercase words follow it
        "Jalan Desa Rusak Parah Warga Minta Perbaikan Pringsewu (Lampost.co) -- menurut warga, ",
    ],
    ids=["outlet-in-a-sentence", "lowercase-after-dash"],
)
def test_a_region_before_a_bracketed_outlet_with_no_lede_after_a_dash_is_no_dateline(before: str) -> None:
    first = f"{before}{LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.dateline is None
    assert page.title is None
    assert page.text == f"{first}\n{LAST}"


@pytest.mark.parametrize(
    "before",
    [
        # a caption in prose before the dateline: no title-case run
        "Warga antre membeli beras murah di halaman kantor camat Metro (Lampost.co) -- ",
        # the place opens the paragraph and comes back later: nothing before the dateline
        "METRO (Lampost.co): Kepala Kelurahan Iringmulyo, Kecamatan Metro Timur, ",
    ],
    ids=["caption-before-dateline", "place-first"],
)
def test_no_title_case_headline_before_the_dateline_gives_no_title(before: str) -> None:
    first = f"{before}{LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.title is None
    assert page.text == f"{first}\n{LAST}"


def test_a_credit_ending_in_the_outlets_comma_is_no_headline() -> None:
    credit = "Laporan Wartawan Tribun Lampung Rudi Hartono "
    rest = f"TRIBUNLAMPUNG.CO.ID, METRO - {LEDE}"
    page = clean(f"{credit}{rest}\n\n{LAST}")
    assert page.title is None
    assert page.byline == "Rudi Hartono"
    assert page.dateline == Dateline(place="Metro", outlet="Tribunlampung.co.id")
    assert page.text == f"{rest}\n{LAST}"
