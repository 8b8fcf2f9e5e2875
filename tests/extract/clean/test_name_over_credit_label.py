"""A reporter's name printed over its label, the label alone on the next line (`Dewi Lestari` /
`Penulis`), between the page's date and the body (issue 15, meta22): the name is the byline and
both lines leave the body; a headline over the label names no one.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

from extract.clean import clean

TITLE = "Dewan Setujui Perda Penataan Pasar Tradisional"
LEDE = (
    "BEKASI, KABARKITA.com - Dewan Perwakilan Rakyat Daerah menyetujui peraturan daerah tentang penataan "
    "pasar tradisional dalam rapat paripurna, Rabu (7/5/2025)."
)
LAST = '"Pedagang lama mendapat prioritas kios baru," kata Ketua Pansus Rudi Hartono.'


def test_name_over_its_label_is_the_byline() -> None:
    page = clean(
        f"{TITLE}\n\nKabarkita.com - 07/05/2025, 14:10 WIB\nDewi Lestari\n\nPenulis\n\n{LEDE}\n\n{LAST}"
    )
    assert page.byline == "Dewi Lestari"
    assert page.text == f"{LEDE}\n{LAST}"


def test_headline_over_the_label_is_no_byline() -> None:
    page = clean(f"{TITLE}\n\nRegional\n07 Mei 2025\n{TITLE}\nPenulis\n\n{LEDE}\n\n{LAST}")
    assert page.byline is None
    assert page.title == TITLE
