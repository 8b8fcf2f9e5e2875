"""A page whose header was flattened onto its first paragraph (issue 15, meta40): the headline, then
the page's date stamped with its clock time (`Judul Berita Selasa, 9 April 2024 | 10:20 WIB …`,
`Judul Berita Kabarpesisir.com - 09/04/2024, 10:20 WIB BAGIKAN: Komentar | …`). GUIDELINES §1: the
headline is the record's title and the date line its published date, neither is body. Both are
cut, with the masthead between them and the share buttons right behind the stamp; the paragraph
goes on after them. Nothing is taken where the words before the stamp end in something glued to
the headline (a writer's name the article never says again, a stray mark, a shouted desk), where
a sentence holds the date, or where no headline stands before the stamp.

Invented pages (other words, places and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, Dateline

BODY = (
    "Ratusan warga pesisir menanam bibit mangrove di sepanjang tanggul desa pada Senin pagi. "
    "Kepala desa menyebut penanaman itu untuk menahan abrasi yang terus menggerus pantai."
)
HEADLINE = "Warga Pesisir Tanam Seribu Bibit Mangrove"


def test_the_headline_before_the_stamp_is_the_title() -> None:
    page = clean(f"{HEADLINE} Selasa, 9 April 2024 | 10:20 WIB {BODY}\n")
    assert (page.title, page.published, page.byline, page.dateline) == (HEADLINE, "2024-04-09", None, None)
    assert page.text == BODY
    assert page.boilerplate == (
        Boilerplate(line=1, text=HEADLINE, kind="title"),
        Boilerplate(line=1, text="Selasa, 9 April 2024 | 10:20 WIB", kind="published"),
    )


def test_the_masthead_and_share_buttons_around_the_stamp_go_with_it() -> None:
    page = clean(
        f"{HEADLINE} Kabarpesisir.com - 09/04/2024, 10:20 WIB BAGIKAN: Komentar | KABARPESISIR.COM - {BODY}\n"
    )
    assert (page.title, page.published, page.byline) == (HEADLINE, "2024-04-09", None)
    assert page.dateline == Dateline(place=None, outlet="Kabarpesisir.com")
    assert page.text == f"KABARPESISIR.COM - {BODY}"
    assert page.boilerplate == (
        Boilerplate(line=1, text=HEADLINE, kind="title"),
        Boilerplate(line=1, text="Kabarpesisir.com - 09/04/2024, 10:20 WIB", kind="published"),
        Boilerplate(line=1, text="BAGIKAN: Komentar |", kind="share"),
    )


def test_a_shouted_headline_is_the_title_too() -> None:
    page = clean(f"WARGA PESISIR TANAM SERIBU BIBIT MANGROVE 09/04/2024 10:20 {BODY}\n")
    assert (page.title, page.published) == ("WARGA PESISIR TANAM SERIBU BIBIT MANGROVE", "2024-04-09")
    assert page.text == BODY


@pytest.mark.parametrize(
    "head",
    [
        f"{HEADLINE} Bambang Sutejo Jum'at, 12 April 2024 - 09:10 WIB",
        f"{HEADLINE} Sinta Maharani, Jurnalis ? Rabu 10 April 2024 13:51",
        f"{HEADLINE} TIM REDAKSI Selasa, 9 April 2024 | 20:22 WIB",
    ],
    ids=["writer-never-said-again", "stray-mark", "shouted-desk"],
)
def test_words_glued_to_the_headline_give_no_title(head: str) -> None:
    page = clean(f"{head} {BODY}\n")
    assert page.title is None
    assert page.text.startswith(head)


@pytest.mark.parametrize(
    "first",
    [
        f"Petugas mencatat hingga Selasa, 9 April 2024 10:20 WIB air laut masih menggenangi jalan. {BODY}",
        f"Selasa, 9 April 2024 10:20 WIB {BODY}",
        f"PESISIR UTARA - Warga mencatat pasang naik pada Selasa, 9 April 2024 pukul 10.20 WIB. {BODY}",
    ],
    ids=["date-in-a-sentence", "no-headline-before-the-stamp", "place-opening-a-sentence"],
)
def test_no_headline_before_a_stamp_gives_no_title(first: str) -> None:
    page = clean(f"{first}\n")
    assert page.title is None
    assert page.text.endswith(BODY)
    assert not any(b.kind == "title" for b in page.boilerplate)


@pytest.mark.xfail(
    strict=True,
    reason="a headline ending in two words that may be a name (a place: `Teluk Bayur`) the article"
    " never says again is taken for a writer glued behind it: no title",
)
def test_a_headline_ending_in_a_place_is_the_title() -> None:
    page = clean(f"Abrasi Gerus Tanggul Teluk Bayur 9 Apr 2024, 10:20 WIB {BODY}\n")
    assert page.title == "Abrasi Gerus Tanggul Teluk Bayur"
