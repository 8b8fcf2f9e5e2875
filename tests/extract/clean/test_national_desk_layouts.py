"""Page layouts of national outlets' regional desks (issue 15): a reporter's credit with the label
after the name and the page's date glued on, a dateline alone on its line with the masthead after
the place's comma, the headline printed again as a photo's title far below it, an ad-free
subscription prompt above the page's date and the names under it.

Invented pages of the constructions these desks print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkab Salurkan Bibit Kopi untuk Petani Lereng Gunung\n"
LEDE = (
    "Pemerintah kabupaten menyalurkan dua puluh ribu bibit kopi kepada kelompok tani di empat "
    "kecamatan, Selasa (12/3/2024).\n"
)
LAST = '"Bibit ini kami bagikan sebelum musim hujan berakhir," kata Kepala Dinas Pertanian Rusdi Hamzah.\n'


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Rina Kartika , Jurnalis-Selasa, 12 Maret 2024 |10:15 WIB", "Rina Kartika"),
        ("Rina Kartika, Jurnalis-Selasa, 12 Maret 2024 |10:15 WIB", "Rina Kartika"),
    ],
    ids=["spaced-comma", "comma"],
)
def test_label_after_the_name_over_the_date(credit: str, byline: str) -> None:
    page = clean(TITLE + "\n" + credit + "\n\nKUPANG - " + LEDE + "\n" + LAST)
    assert (page.title, page.byline, page.published) == (TITLE.strip(), byline, "2024-03-12")
    assert page.dateline == Dateline(place="Kupang", outlet=None)
    assert page.text.startswith("KUPANG - Pemerintah kabupaten")


def test_lone_dateline_with_masthead_after_the_comma() -> None:
    page = clean(TITLE + "\nKupang, Wartadesa.id -\n\n" + LEDE + "\n" + LAST)
    assert page.dateline == Dateline(place="Kupang", outlet="Wartadesa.id")
    assert page.text.split("\n")[:2] == ["Kupang, Wartadesa.id -", LEDE.strip()]


def test_lone_place_and_region_is_no_masthead() -> None:
    # `Kupang, Nusa Tenggara -`: the words after the comma name no outlet, so the line is no dateline
    page = clean(TITLE + "\nKupang, Nusa Tenggara -\n\n" + LEDE + "\n" + LAST)
    assert page.dateline is None


def test_headline_titling_a_photo_far_below_stays_the_headline() -> None:
    caption = TITLE.strip() + "Para petani menerima bibit kopi di balai desa (Dok. Istimewa)"
    page = clean(
        TITLE
        + "\nBibit dibagikan kepada empat kecamatan\n\nKUPANG, Wartadesa.id - "
        + LEDE
        + "\nPembagian berlangsung di balai desa masing-masing sejak pagi hari.\n\n"
        + "1. Kecamatan Amarasi\n\n"
        + caption
        + "\n\n"
        + LAST
    )
    assert page.title == TITLE.strip()
    assert caption not in page.text


def test_alt_text_right_above_its_caption_is_no_headline() -> None:
    alt = "Petani menerima bibit kopi di balai desa"
    page = clean(alt + "\n" + alt + " (Foto: Dok. Humas)\n" + TITLE + "\nKUPANG - " + LEDE + "\n" + LAST)
    assert page.title == TITLE.strip()


def test_subscription_prompt_is_no_headline() -> None:
    page = clean(
        "Baca berita tanpa iklan. Gabung Wartadesa+\n"
        "Wartadesa.id - 12/03/2024, 10:15 WIB\n"
        "Rina Kartika Dewi,\n"
        "Yohanes Seran\n\n"
        "Tim Redaksi\n\n"
        "KUPANG, Wartadesa.id - " + LEDE + "\n" + LAST
    )
    assert (page.title, page.byline, page.published) == (None, "Rina Kartika Dewi", "2024-03-12")
    assert page.text.startswith("KUPANG, Wartadesa.id - Pemerintah")
