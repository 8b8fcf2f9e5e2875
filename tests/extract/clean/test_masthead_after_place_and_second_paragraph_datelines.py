"""Datelines and credits of regional pages (issue 15, meta15): the masthead between the place's
dash and a second dash (`DENPASAR – Pantaubali.com – …`), a masthead named as a network before
the place (`Kalteng Network, Jakarta -`), the lede's dateline under a caption or standfirst kept
as body, and the place a reporter files from after the credit's name (`Laporan: Nama, Merauke`).

Invented pages of those layouts (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import LAST, LEDE, TITLE, opened_page, opened_text


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("MAUMERE – Florespost.com –", Dateline(place="Maumere", outlet="Florespost.com")),
        ("MAUMERE - WARTASIKKA -", Dateline(place="Maumere", outlet="Wartasikka")),
        ("Flores – Sikkanews.id | Maumere –", Dateline(place="Flores", outlet="Sikkanews.id")),
        ("Sikka Network, Maumere -", Dateline(place="Maumere", outlet="Sikka Network")),
    ],
    ids=["domain-between-dashes", "shouted-masthead-between-dashes", "masthead-before-a-bar", "network"],
)
def test_the_masthead_beside_the_place(opening: str, dateline: Dateline) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline
    assert page.title == TITLE.strip()
    assert page.text == opened_text(opening)


def test_a_word_of_the_sentence_between_dashes_is_no_masthead() -> None:
    page = clean(TITLE + "MAUMERE – Sebanyak dua puluh kelompok – " + LEDE + LAST)
    assert page.dateline == Dateline(place="Maumere", outlet=None)


CAPTION = (
    "Kepala Dinas Pertanian Sikka Yosef Ratu menyerahkan benih jagung kepada ketua kelompok tani "
    "Sinar Harapan di halaman kantor Camat Talibura pada Rabu pagi.\n"
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("MAUMERE –", Dateline(place="Maumere", outlet=None)),
        ("Florespost.com, MAUMERE—", Dateline(place="Maumere", outlet="Florespost.com")),
    ],
    ids=["shouted-place", "outlet-and-place"],
)
def test_the_ledes_dateline_under_a_paragraph_kept_as_body(opening: str, dateline: Dateline) -> None:
    page = clean(TITLE + CAPTION + opening + " " + LEDE + LAST)
    assert page.dateline == dateline
    assert page.text == "\n".join([CAPTION.strip(), opening + " " + LEDE.strip(), LAST.strip()])


def test_a_title_case_sentence_opening_under_a_paragraph_gives_no_dateline() -> None:
    page = clean(TITLE + CAPTION + "Maumere – " + LEDE + LAST)
    assert page.dateline is None


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Laporan: Kristina Wula, Maumere", "Kristina Wula"),
        ("Penulis : Kristina Wula", "Kristina Wula"),
    ],
    ids=["name-then-place", "name-alone"],
)
def test_the_reporter_before_the_place_he_files_from(credit: str, byline: str) -> None:
    page = clean(TITLE + credit + "\n" + "MAUMERE – " + LEDE + LAST)
    assert page.byline == byline
    assert page.text == "\n".join(["MAUMERE – " + LEDE.strip(), LAST.strip()])


def test_a_masthead_parted_from_the_place_by_a_slash() -> None:
    page = clean(TITLE + "FLORESPOS/ MAUMERE – " + LEDE + LAST)
    assert page.dateline == Dateline(place="Maumere", outlet="Florespos")


PHOTO_PAGE = """DINAS KOMINFO SIKKA

Bupati Sikka Resmikan Gudang Benih Jagung di Kecamatan Talibura

Menurut Bupati Sikka, Juventus Prima Kago masih banyak petani di Talibura menunggu benih dari pemerintah.

Penulis: Kristina Wula | Editor: Paulus Mite
Florespost.com/Kristina Wula
Bupati Sikka, Juventus Prima Kago saat meninjau gudang benih jagung bersama petani baru-baru ini.

FLORESPOST.COM, MAUMERE - Bupati Sikka, Juventus Prima Kago meresmikan gudang benih jagung petani.

Gudang itu menampung benih untuk dua puluh kelompok tani di tiga desa sekitar.
"""


def test_a_photo_credit_alone_on_its_line_in_the_body() -> None:
    """`Outlet.com/Photographer` on its own line under the credit line, over the photo's caption
    (Tribun network layout): the photo's credit is boilerplate (GUIDELINES §1), the lede stays."""
    page = clean(PHOTO_PAGE)
    assert page.byline == "Kristina Wula"
    assert page.dateline == Dateline(place="Maumere", outlet="Florespost.com")
    assert page.text == "\n".join(
        [
            "FLORESPOST.COM, MAUMERE - Bupati Sikka, Juventus Prima Kago meresmikan gudang benih jagung "
            "petani.",
            "Gudang itu menampung benih untuk dua puluh kelompok tani di tiga desa sekitar.",
        ]
    )


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Maumere:FP –", Dateline(place="Maumere", outlet="FP")),
        ("FP;Maumere –", Dateline(place="Maumere", outlet="Fp")),
        ("Maumere, florespost –", Dateline(place="Maumere", outlet="florespost")),
    ],
    ids=["colon-glued-initials", "semicolon-glued-initials", "lowercase-site-name"],
)
def test_a_masthead_glued_to_the_place_or_in_lowercase(opening: str, dateline: Dateline) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline
    assert page.text == opened_text(opening)


def test_a_common_word_after_the_place_is_no_masthead() -> None:
    page = clean(TITLE + "Maumere, kemarin – " + LEDE + LAST)
    assert page.dateline is None


def test_the_date_beside_a_desks_credit_dates_the_page() -> None:
    """`Oleh : adminsite |` over `| Rabu, 09 April 2025 |`: a credit naming the site's admin (no
    reporter, no byline) still carries the page's date above the lede."""
    page = clean(
        TITLE + "Oleh : adminflorespost |\n| Rabu, 09 April 2025 |\n" + "Florespost, Maumere - " + LEDE + LAST
    )
    assert page.published == "2025-04-09"
    assert page.byline is None
    assert page.dateline == Dateline(place="Maumere", outlet="Florespost")
    assert page.text == "\n".join(["Florespost, Maumere - " + LEDE.strip(), LAST.strip()])


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("MAUMERE, FloresPost.com _", Dateline(place="Maumere", outlet="FloresPost.com")),
        ("TALIBURA.florespost.com ~", Dateline(place="Talibura", outlet="florespost.com")),
    ],
    ids=["underscore-for-the-dash", "shouted-place-glued-to-the-address"],
)
def test_an_underscore_for_the_dash_and_a_place_glued_to_the_address(
    opening: str, dateline: Dateline
) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline
    assert page.text == opened_text(opening)


@pytest.mark.parametrize("address", ["www.florespost.com", "WWW.florespost.com"])
def test_the_site_address_alone_is_the_outlet(address: str) -> None:
    page = clean(TITLE + address + " ~ " + LEDE + LAST)
    assert page.dateline == Dateline(place=None, outlet=address)
