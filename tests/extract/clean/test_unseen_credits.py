"""Datelines and closing credits on layouts the rules were not shaped on (issue 15): a dash glued
after the bracketed outlet, a date without a year in the dateline, a title-case place and a
domain with no dash, reporters' codes holding digits, bracketed phrases that name nobody.

Invented pages of the constructions unlabelled news shows (other places, outlets and codes).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemkab Salurkan Benih Jagung untuk Petani\n"
LEDE = (
    "Pemerintah Kabupaten menyalurkan bantuan benih jagung kepada 35 kelompok tani di lima "
    "kecamatan, Selasa (12/3/2024).\n"
)
LAST = '"Benih ini kami bagikan sebelum musim tanam kedua tiba," kata Kepala Dinas Pertanian Rusdi Hamzah.'


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("TANGGAMUS (Warta.co)--", Dateline(place="Tanggamus", outlet="Warta.co")),
        ("Kotaagung (ANTARA)-", Dateline(place="Kotaagung", outlet="ANTARA")),
        ("Kotaagung, 12 Maret (Warta) –", Dateline(place="Kotaagung", outlet="Warta")),
        ("Kotaagung, wartadesa.com", Dateline(place="Kotaagung", outlet="wartadesa.com")),
        ("Kabupaten Tanggamus, WartaDesa.id", Dateline(place="Kabupaten Tanggamus", outlet="WartaDesa.id")),
    ],
    ids=["dash-glued-after-bracket", "one-dash-glued", "day-month-no-year", "title-place-domain", "region"],
)
def test_dateline_forms(opening: str, dateline: Dateline) -> None:
    page = clean(TITLE + opening + " " + LEDE + LAST + "\n")
    assert page.dateline == dateline
    assert page.text.startswith(opening.split()[0])  # the dateline stays in the body


@pytest.mark.parametrize(
    "opening",
    [
        "Menurut Rusdi, detik.com",  # a sentence opener is no place
        "Tim Pendamping (TPD)-",  # a dash glued after an acronym, then no sentence of four words
    ],
)
def test_no_dateline(opening: str) -> None:
    assert clean(TITLE + opening + " menyebut benih.\n" + LAST + "\n").dateline is None


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        (" (ris/d2n/apr)", "ris/d2n/apr"),  # codes with a digit inside a part
        (".(w1n/apr)", "w1n/apr"),
        (" (tim media)", "tim media"),  # a desk in lower case is still the credit
        (" (dari berbagai sumber)", None),  # a phrase with a function word names nobody
        (" (Berita Kerja Sama)", None),  # a sponsored-content mark
    ],
)
def test_closing_credit(credit: str, byline: str | None) -> None:
    page = clean(TITLE + "KOTAAGUNG – " + LEDE + LAST + credit + "\n")
    assert page.byline == byline
    assert page.dateline == Dateline(place="Kotaagung", outlet=None)


def test_a_sponsored_mark_leaves_the_body() -> None:
    page = clean(TITLE + "KOTAAGUNG – " + LEDE + LAST + " (Berita Kerja Sama)\n")
    assert page.text.endswith("Rusdi Hamzah.")


@pytest.mark.parametrize(
    ("credit", "byline"),
    [(" — ris", "ris"), (" -(ris/apr)", "ris/apr"), ("\n— ris", "ris"), (" - kabarDesa", None)],
)
def test_dash_initials(credit: str, byline: str | None) -> None:
    """Lowercase initials after a dash close the body like bracketed ones; a site's name does not."""
    page = clean(TITLE + "KOTAAGUNG – " + LEDE + LAST + credit + "\n")
    assert page.byline == byline
    if byline:
        assert page.text.endswith("Rusdi Hamzah.")


BODY = "KOTAAGUNG – " + LEDE + LAST + " (ris)\n"


@pytest.mark.parametrize(
    ("top", "title", "published"),
    [
        (TITLE.strip() + " date 2024-03-12\n", TITLE.strip(), "2024-03-12"),  # a date field glued after
        (TITLE + "date 2024-03-12\n", TITLE.strip(), "2024-03-12"),
        (TITLE.strip() + " Selasa, 12 Maret 2024 09:40 WIB\n", TITLE.strip(), "2024-03-12"),
        (TITLE + "Oleh Admin | 12 Maret 2024 | 0 komentar\n", TITLE.strip(), "2024-03-12"),
        # a headline that ends on a date keeps it: no label, weekday or clock says it is the page's
        ("Pasar Murah Digelar Hingga 12 Maret 2024\n", "Pasar Murah Digelar Hingga 12 Maret 2024", None),
    ],
    ids=["field-after-headline", "field-own-line", "weekday-date-clock", "credit-date-comments", "none"],
)
def test_page_date_next_to_the_headline(top: str, title: str, published: str | None) -> None:
    page = clean(top + BODY)
    assert (page.title, page.published) == (title, published)
    assert page.text.startswith("KOTAAGUNG – Pemerintah Kabupaten")


@pytest.mark.parametrize(
    ("bottom", "published"),
    [
        ("Bagikan:\nSelasa, 12 Maret 2024\n", "2024-03-12"),  # under a share strip
        ("Tags: benih, jagung\nSelasa, 12 Maret 2024\n", "2024-03-12"),  # under the tags
        ("Bagikan: Facebook Twitter WhatsApp\nEditor: Ani\nSelasa, 12 Maret 2024 09:40 WIB\n", "2024-03-12"),
        # under a related headline the date is that headline's
        ("Baca juga:\nHarga Jagung Pipil Naik di Tingkat Petani\nSelasa, 12 Maret 2024\n", None),
    ],
    ids=["share", "tags", "share-editor", "related"],
)
def test_page_date_under_the_furniture(bottom: str, published: str | None) -> None:
    page = clean(TITLE + BODY + bottom)
    assert page.published == published
    assert page.byline == "ris"
    assert page.text.endswith("Rusdi Hamzah.")


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        (",Reporter: Dewi Lestari,Sumber: Kabarlampung.com", "Dewi Lestari"),  # stray comma, commas between
        (",Reporter: Dewi Lestari,Sumber: ,", "Dewi Lestari"),
        (" Penulis: Dewi Lestari | Editor: Yusuf", "Dewi Lestari"),
    ],
)
def test_credit_glued_to_a_short_last_paragraph(credit: str, byline: str) -> None:
    """The last paragraph is one short quoted sentence with the credit glued to it: the credit
    leaves, the sentence stays."""
    page = clean(TITLE + "KOTAAGUNG – " + LEDE + '"Kami siap membantu petani," kata Rusdi.' + credit + "\n")
    assert page.byline == byline
    assert page.text.endswith('"Kami siap membantu petani," kata Rusdi.')


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("Kontributor Bandung, Dewi Lestari", "Dewi Lestari"),  # the region a contributor reports from
        ("Dewi Lestari, Wartawan Kabarkota.com", "Dewi Lestari"),  # the label and the outlet after the name
        ("Dewi Lestari - Wartawan", "Dewi Lestari"),
        ("Sumber: Humas Pemkab Tanggamus", None),  # a source, no reporter
    ],
)
def test_credit_line_under_the_body(credit: str, byline: str | None) -> None:
    page = clean(TITLE + "KOTAAGUNG – " + LEDE + LAST + "\n" + credit + "\n")
    assert page.byline == byline
    assert page.text.endswith("Rusdi Hamzah.")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Beranda » Daerah » 12 Maret 2024", "2024-03-12"),  # a breadcrumb before the date
        ("Beranda › Daerah › Selasa, 12 Maret 2024", "2024-03-12"),
    ],
)
def test_page_date_behind_a_breadcrumb(line: str, published: str) -> None:
    page = clean(TITLE + line + "\n" + BODY)
    assert page.published == published
    assert page.title == TITLE.strip()


@pytest.mark.parametrize(
    ("opening", "dateline", "start"),
    [
        # a shouted place broken over two lines: a region or kecamatan's name, joined
        ("TANJUNG\nSELOR – ", Dateline(place="Tanjung Selor", outlet=None), "TANJUNG\nSELOR – Pemerintah"),
        ("BANDAR\nLAMPUNG (Warta.co) – ", Dateline(place="Bandar Lampung", outlet="Warta.co"), "BANDAR\nLAM"),
        # a section label above the dateline is no part of the place
        ("DAERAH\nKOTAAGUNG – ", Dateline(place="Kotaagung", outlet=None), "KOTAAGUNG – Pemerintah"),
        # a hyphen for a dash at the end of the dateline's own line
        ("KOTAAGUNG (Warta.co) -\n", Dateline(place="Kotaagung", outlet="Warta.co"), "KOTAAGUNG (Warta"),
    ],
    ids=["split-place", "split-place-outlet", "section-label", "hyphen-line-end"],
)
def test_dateline_over_two_lines(opening: str, dateline: Dateline, start: str) -> None:
    page = clean(TITLE + opening + LEDE + LAST + "\n")
    assert page.dateline == dateline
    assert page.text.startswith(start)
