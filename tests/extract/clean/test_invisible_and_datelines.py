"""Invisible characters and datelines on layouts the first rules missed (issue 15)."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

REST = (
    "Pemerintah Kabupaten menyalurkan bantuan benih padi kepada 40 kelompok tani di enam "
    "kecamatan, Rabu (6/3/2024).\n"
    '"Benih ini kami bagikan menjelang musim tanam," kata Kepala Dinas Pertanian.\n'
)


def test_invisible_characters_are_dropped_from_the_cleaned_text() -> None:
    zw, shy, lrm = "\u200b", "\u00ad", "\u200e"
    raw = (
        f"Pemkab Bagikan Benih Padi untuk 40 Kelompok{zw} Tani\n"
        f"Rabu, 6{zw} Maret 2024{lrm} 10:15 WIB\n"
        f"KEDIRI{zw} – Pemerin{shy}tah Kabupaten Kediri menyalurkan bantuan benih padi kepada 40 kelompok "
        "tani di enam kecamatan, Rabu (6/3/2024).\n"
        '"Benih ini kami bagikan menjelang musim tanam," kata Kepala Dinas Pertanian.\n'
    )
    page = clean(raw)
    assert page.title == "Pemkab Bagikan Benih Padi untuk 40 Kelompok Tani"
    assert page.published == "2024-03-06"
    assert page.dateline == Dateline(place="Kediri", outlet=None)
    assert page.text.startswith("KEDIRI – Pemerintah Kabupaten Kediri menyalurkan")
    assert not any(ch in page.text for ch in (zw, shy, lrm))


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KEDIRI,-", Dateline(place="Kediri", outlet=None)),  # a comma glued to the dash
        ("KEDIRI, (KB).-", Dateline(place="Kediri", outlet="KB")),  # bracketed outlet, a stop
        ("Kedirinews.com - Kediri. ", Dateline(place="Kediri", outlet="Kedirinews.com")),
        ("KEDIRINEWS.ID |\nKEDIRI —", Dateline(place="Kediri", outlet="Kedirinews.id")),
    ],
    ids=["comma-dash", "bracket-outlet-stop", "outlet-then-place-with-stop", "over-two-lines"],
)
def test_dateline_forms(opening: str, dateline: Dateline) -> None:
    page = clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST)
    assert page.dateline == dateline
    assert page.text.startswith(" ".join(opening.split("\n")[0].split()))  # the dateline stays in the body


def test_an_agency_dateline_behind_a_glued_standfirst() -> None:
    raw = (
        "Pemkab bagikan benih padi\n"
        "Dengan benih unggul diharapkan panen petani meningkat Kediri (ANTARA) - Pemerintah Kabupaten "
        "Kediri menyalurkan bantuan benih padi kepada 40 kelompok tani.\n"
    )
    assert clean(raw).dateline == Dateline(place="Kediri", outlet="ANTARA")


@pytest.mark.parametrize(
    ("glued", "place"),
    [
        ("Tidak ada yang perlu dikhawatirkanJakarta", "Jakarta"),
        ("Modal inti bank itu mencapai Rp2,5 triliunPalangka Raya", "Palangka Raya"),
        ("Harga minyak naik sejak awal tahun 2022.Bengaluru", "Bengaluru"),
    ],
)
def test_an_agency_dateline_glued_to_its_standfirst(glued: str, place: str) -> None:
    # the standfirst's last word and the dateline's place lost the space between them
    raw = (
        "Pemkab bagikan benih padi\n"
        f"{glued} (ANTARA) - Pemerintah Kabupaten Kediri menyalurkan bantuan benih padi kepada 40 "
        "kelompok tani.\n"
    )
    assert clean(raw).dateline == Dateline(place=place, outlet="ANTARA")


def test_a_caption_above_the_dateline_paragraph_is_furniture() -> None:
    caption = "PANEN RAYA: Bupati Kediri saat memanen padi bersama kelompok tani di Desa Sumberejo, kemarin."
    raw = "Pemkab Bagikan Benih Padi\n" + caption + "\nKEDIRI – " + REST
    page = clean(raw)
    assert page.dateline == Dateline(place="Kediri", outlet=None)
    assert caption not in page.text
    assert page.text.startswith("KEDIRI – Pemerintah")


def test_a_standfirst_above_the_dateline_paragraph_stays() -> None:
    standfirst = "Bantuan benih padi diharapkan menaikkan hasil panen petani tahun ini."
    raw = "Pemkab Bagikan Benih Padi\n" + standfirst + "\nKEDIRI – " + REST
    page = clean(raw)
    assert page.text.startswith(standfirst)


def test_a_sentence_with_a_dash_is_no_dateline() -> None:
    raw = (
        "Pemkab Bagikan Benih Padi\n"
        "Menurut dia, bantuan itu – yang datang terlambat – tetap disambut petani. " + REST
    )
    assert clean(raw).dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KEDIRI, Radio 99,5 FM –", Dateline(place="Kediri", outlet="Radio 99,5 FM")),  # digits, a comma
        ("KEDIRI, Kedirinews.com", Dateline(place="Kediri", outlet="Kedirinews.com")),  # no dash at all
        ("Kedirinews.com, KEDIRI", Dateline(place="Kediri", outlet="Kedirinews.com")),  # outlet first
        ("JAWA TIMUR –", Dateline(place="Jawa Timur", outlet=None)),  # a province as the place
    ],
    ids=["radio-frequency", "no-dash", "no-dash-outlet-first", "province"],
)
def test_more_dateline_forms(opening: str, dateline: Dateline) -> None:
    assert clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST).dateline == dateline


def test_two_capitalised_words_and_a_comma_without_a_domain_are_no_dateline() -> None:
    # `Menurut Bupati, Pemerintah …`: no dash and no outlet's domain, a sentence's opening words
    assert clean("Pemkab Bagikan Benih Padi\nMenurut Bupati, " + REST).dateline is None


def test_a_month_level_page_date_gives_year_and_month() -> None:
    page = clean("Pemkab Bagikan Benih Padi\nMaret 2024\nKEDIRI – " + REST)
    assert page.published == "2024-03"


def test_a_month_and_year_inside_a_headline_is_no_page_date() -> None:
    page = clean("Panen Raya Maret 2024 Diprediksi Melimpah\nKEDIRI – " + REST)
    assert (page.title, page.published) == ("Panen Raya Maret 2024 Diprediksi Melimpah", None)


def test_a_known_region_before_a_colon_is_a_dateline_a_label_is_not() -> None:
    assert clean("Pemkab Bagikan Benih Padi\nKediri: " + REST).dateline == Dateline(
        place="Kediri", outlet=None
    )
    assert clean("Pemkab Bagikan Benih Padi\nCatatan: " + REST).dateline is None


@pytest.mark.parametrize("opening", ["KEDIRI.", "KEDIRI,"], ids=["stop", "comma"])
def test_a_shouted_region_with_a_stop_or_comma_is_a_dateline(opening: str) -> None:
    assert clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST).dateline == Dateline(
        place="Kediri", outlet=None
    )


def test_a_shouted_acronym_with_a_stop_is_no_dateline() -> None:
    assert clean("Pemkab Bagikan Benih Padi\nBAZNAS. " + REST).dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Kediri, Kedirinews.com:", Dateline(place="Kediri", outlet="Kedirinews.com")),  # place first, colon
        ("Kediri.", Dateline(place="Kediri", outlet=None)),  # a known region in title case with a stop
    ],
    ids=["place-outlet-colon", "title-case-region-stop"],
)
def test_colon_and_stop_datelines(opening: str, dateline: Dateline) -> None:
    assert clean("Pemkab Bagikan Benih Padi\n" + opening + " " + REST).dateline == dateline
