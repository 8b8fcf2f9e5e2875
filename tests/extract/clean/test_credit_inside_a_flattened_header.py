"""Pages whose header was flattened onto the first paragraph (issue 15, meta31): the headline, perhaps
the page's date stamp, then the reporter's credit (`… Reporter : Budi Santoso Rabu, 2 Juli 2025
13:02 …`, `… 19:07 Penulis: Budi | Editor: Ani …`, `… Penulis Budi | EditorAni KOMPAS.com - …`,
`… Laporan Wartawan Tribunnews.com, Budi TRIBUNNEWS.COM - …`). The credit is the byline and is cut
out of the paragraph with the editor's credit right after it; the rest of the paragraph stays, the
header's part before the credit on a line of its own (joined, two names would read as one). Where
the header also holds the page's date stamp, its headline is the title and the stamp the published
date, both cut too (meta40, see test_clean_headline_before_header_stamp.py). A
credit's label inside a sentence (`… ditulis oleh Budi …`), or one with no headline before it and
no date beside it, names no reporter. The same credit opening the lede under the headline's line
(`Reporter: Budi Pemerintah …`, `Reporter: Budi SUKAMAJU (ANTARA) - …`), closing the headline's line
(`Judul Berita Reporter: Budi`), or standing before the page's date on the date line (`Budi
Santoso, Senin, 7 Juli 2025 13:02 WIB`) is the byline too.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

HEADLINE = "Petani Kopi Lereng Bukit Panen Raya"


@pytest.mark.parametrize(
    ("head", "credit", "editor", "kept", "published", "title"),
    [
        (
            f"{HEADLINE} Reporter : Rina Wulandari Rabu, 2 Juli 2025 13:02",
            "Reporter : Rina Wulandari",
            None,
            "",
            "2025-07-02",
            HEADLINE,
        ),
        (
            f"{HEADLINE} Senin, 7 Juli 2025 19:07 Penulis: Rina Wulandari | Editor: Ani Lestari",
            "Penulis: Rina Wulandari",
            "| Editor: Ani Lestari",
            "",
            "2025-07-07",
            HEADLINE,
        ),
        (
            f"{HEADLINE} Penulis Rina Wulandari | EditorAni Lestari KABARBUKIT.COM -",
            "Penulis Rina Wulandari",
            "| EditorAni Lestari",
            f"{HEADLINE}\nKABARBUKIT.COM - ",
            None,
            None,
        ),
        (
            f"{HEADLINE} Laporan Wartawan Kabarbukit.com, Rina Wulandari KABARBUKIT.COM -",
            "Laporan Wartawan Kabarbukit.com, Rina Wulandari",
            None,
            f"{HEADLINE}\nKABARBUKIT.COM - ",
            None,
            None,
        ),
        (
            "Warga Ramai Menonton Senin, 7 Juli 2025 13:33 Oleh: Rina Wulandari 2.1k Dibaca",
            "Oleh: Rina Wulandari",
            None,
            "",
            "2025-07-07",
            "Warga Ramai Menonton",
        ),
    ],
    ids=[
        "after-headline-date-after",
        "after-date-stamp",
        "bare-label-editor-barred",
        "two-word-label",
        "after-stamp",
    ],
)
def test_a_credit_in_a_flattened_header_is_the_byline(
    head: str, credit: str, editor: str | None, kept: str, published: str | None, title: str | None
) -> None:
    page = clean(f"{head} {LEDE}\n\n{LAST}")
    assert page.byline == "Rina Wulandari"
    assert page.published == published
    assert page.title == title
    assert page.text == f"{kept}{LEDE}\n{LAST}"
    removed = [(b.kind, b.text) for b in page.boilerplate]
    assert (LineKind.BYLINE, credit) in removed
    assert ((LineKind.EDITOR, editor) in removed) if editor else LineKind.EDITOR not in dict(removed)


@pytest.mark.parametrize(
    "first",
    [
        "Film nelayan garapan sutradara Andi dan ditulis oleh Rina Wulandari segera tayang di bioskop.",
        "Petugas menemui warga yang antre sejak pagi. Oleh: Rina Wulandari warga diminta tertib.",
        f"{HEADLINE} Penulis: Rina",
    ],
    ids=["label-in-a-sentence", "no-headline-no-date", "one-word-name"],
)
def test_a_label_with_no_header_around_it_names_no_reporter(first: str) -> None:
    page = clean(f"{first} {LEDE}\n\n{LAST}")
    assert page.byline is None
    assert page.text == f"{first} {LEDE}\n{LAST}"


@pytest.mark.parametrize(
    ("credit", "dateline"),
    [
        ("Reporter: Rina Wulandari", None),
        ("Penulis: Rina Wulandari | Editor: Ani Lestari", None),
        ("Reporter: Rina Wulandari SUKAMAJU (ANTARA) -", Dateline(place="Sukamaju", outlet="ANTARA")),
    ],
    ids=["colon-label", "with-the-editors-credit", "before-a-bracketed-outlet-dateline"],
)
def test_a_credit_opening_the_lede_under_the_headline_is_the_byline(
    credit: str, dateline: Dateline | None
) -> None:
    page = clean(f"{HEADLINE}\n{credit} {LEDE}\n\n{LAST}")
    assert (page.title, page.byline, page.dateline) == (HEADLINE, "Rina Wulandari", dateline)
    kept = "SUKAMAJU (ANTARA) - " if dateline else ""
    assert page.text == f"{kept}{LEDE}\n{LAST}"


def test_a_credit_closing_the_headlines_line_is_the_byline() -> None:
    page = clean(f"{HEADLINE} Reporter: Rina Wulandari\n{LEDE}\n\n{LAST}")
    assert (page.title, page.byline) == (HEADLINE, "Rina Wulandari")
    assert page.text == f"{LEDE}\n{LAST}"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Rina Wulandari, Senin, 7 Juli 2025 13:02 WIB", "Rina Wulandari"),
        ("Oleh: Rina Wulandari - Senin, 7 Juli 2025 13:02 WIB", "Rina Wulandari"),
        ("Kabar Bukit, Senin 7 Juli 2025", None),
        ("Kota Sukamaju, Senin 7 Juli 2025", None),
    ],
    ids=["name-then-date", "labelled-name-then-date", "masthead-then-date", "place-then-date"],
)
def test_the_name_before_the_pages_date_on_its_date_line_is_the_byline(line: str, byline: str | None) -> None:
    page = clean(f"{HEADLINE}\n{line}\n{LEDE}\n\n{LAST}")
    assert (page.title, page.published, page.byline) == (HEADLINE, "2025-07-07", byline)
    assert page.text == f"{LEDE}\n{LAST}"
