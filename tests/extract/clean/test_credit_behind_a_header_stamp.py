"""A credit right behind a flattened header's date stamp (`Judul Berita Senin, 7 Juli 2025 16:10 WIB
Editor: Ani Lestari Pemerintah …`) is cut with the stamp, the headline the title (meta40). A photo's
label (`Foto: Antara/Budi Santoso`) credits a caption, not an editor. A cut that would end at an
abbreviation's dot (`Foto: Dok. Humas …`: the name goes on past `Dok.`, and nothing tells where it
ends) or before a lowercase word (no sentence starts there) is no cut: the credit stays whole in the
paragraph rather than half of it (fix32d).

Invented pages (other headlines and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

HEADLINE = "Kelompok Tani Terima Benih Padi"
STAMP = "Senin, 14 Juli 2025 16:10 WIB"


@pytest.mark.parametrize(
    ("credit", "kind"),
    [("Editor: Ani Lestari", LineKind.EDITOR), ("Foto: Antara/Budi Santoso", LineKind.CAPTION)],
    ids=["editor", "photo"],
)
def test_a_credit_behind_the_stamp_is_cut_with_it(credit: str, kind: LineKind) -> None:
    page = clean(f"{HEADLINE} {STAMP} {credit} {LEDE}\n\n{LAST}")
    assert page.title == HEADLINE
    assert page.published == "2025-07-14"
    assert page.text == f"{LEDE}\n{LAST}"
    assert [(b.kind, b.text) for b in page.boilerplate] == [
        (LineKind.TITLE, HEADLINE),
        (LineKind.PUBLISHED, STAMP),
        (kind, credit),
    ]


@pytest.mark.parametrize(
    "credit",
    ["Foto: Dok. Humas", "Editor: Ani Lestari menyebut"],
    ids=["abbreviation-dot", "lowercase-after"],
)
def test_a_credit_cut_at_no_sentence_start_stays_whole(credit: str) -> None:
    page = clean(f"{HEADLINE} {STAMP} {credit} {LEDE}\n\n{LAST}")
    assert page.title == HEADLINE
    assert page.published == "2025-07-14"
    assert page.text == f"{credit} {LEDE}\n{LAST}"
    assert [(b.kind, b.text) for b in page.boilerplate] == [
        (LineKind.TITLE, HEADLINE),
        (LineKind.PUBLISHED, STAMP),
    ]


@pytest.mark.xfail(
    strict=True, reason="a photo credit whose name opens with `Dok.` has no end to read: it stays in the body"
)
def test_a_documentation_credit_is_cut_as_a_caption() -> None:
    page = clean(f"{HEADLINE} {STAMP} Foto: Dok. Humas {LEDE}\n\n{LAST}")
    assert page.text == f"{LEDE}\n{LAST}"
