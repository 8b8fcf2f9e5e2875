"""A syndication note closing the article names the original's writer (issue 15, meta28): `… Artikel
ini telah tayang di Kompas.com dengan judul "…", Penulis : Nama` (the label glued to the quote, the
editor's credit glued or after a bar). The note is related-article furniture; its credit is the
byline when it names a person (a reporter's title before a comma names the desk), none when it names
an advertorial desk or when the note has no credit.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

NOTE = 'Artikel ini telah tayang di Kompas.com dengan judul "Petani Kopi Lereng Bukit Panen Raya"'
TRIBUN = "Artikel ini telah tayang di tribunjateng.com dengan judul Petani Kopi Lereng Bukit Panen Raya,"


@pytest.mark.parametrize(
    ("note", "credit"),
    [
        (f"{NOTE},", "Penulis : Rina Wulandari"),
        (NOTE, "Penulis : Rina WulandariEditor : Ani Lestari"),
        (TRIBUN, "Penulis: Rina Wulandari | Editor: Ani Lestari"),
        (f"{NOTE},", "Penulis : Kontributor Sains, Rina Wulandari"),
    ],
    ids=["comma-then-credit", "credit-glued-to-title-and-editor", "bar-before-editor", "desk-before-name"],
)
def test_a_syndication_notes_credit_is_the_byline(note: str, credit: str) -> None:
    page = clean(f"{LEDE} {LAST} {note} {credit}".replace('" Penulis', '"Penulis'))
    assert page.text == f"{LEDE} {LAST}"
    assert page.byline == "Rina Wulandari"
    assert [(b.line, b.kind.value, b.text) for b in page.boilerplate] == [
        (1, "related", note),
        (1, "byline", credit),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        f"{TRIBUN} Penulis: Advertorial Tribun Jateng | Editor: Advertorial Tribun Jateng",
        NOTE,
    ],
    ids=["advertorial-desk", "no-credit"],
)
def test_a_syndication_note_naming_no_person_gives_no_byline(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.byline is None
    assert [(b.line, b.kind.value, b.text) for b in page.boilerplate] == [(1, "related", tail)]
