"""A one-sentence last paragraph with page residue after its stop stays body (issue 15): an empty
credit slot (`… ujarnya.()`, `… masyarakat.[]`) is an end mark, slash-wrapped initials (`… kata dia.
/red/`) a byline as in brackets, a page link's furniture (`… 123Tampilkan Semua`) navigation, and a
short token of digits (`… 123Lihat`) stays with the sentence rather than taking it out as a menu.
Real navigation under the body is still cut.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate
from tests.clean_pages import PLAIN_LEDE as LEDE

# a short, one-sentence closing paragraph (under twenty words: no run-on prose without its stop)
QUOTE = '"Pendaftaran kami buka sampai akhir bulan," ujar Kepala Bidang Ketenagakerjaan Markus Lado.'
PLAIN = "Acara itu juga dihadiri para camat, kepala desa, dan tokoh adat."


@pytest.mark.parametrize(
    ("last", "tail", "cut"),
    [
        (QUOTE, "()", Boilerplate(line=3, text="()", kind="endmark")),
        (PLAIN, "[]", Boilerplate(line=3, text="[]", kind="endmark")),
        (QUOTE, " [ ]", Boilerplate(line=3, text="[ ]", kind="endmark")),
        (QUOTE, " 123Tampilkan Semua", Boilerplate(line=3, text="123Tampilkan Semua", kind="navigation")),
    ],
    ids=["glued-empty-brackets", "glued-empty-square-brackets", "spaced-square-brackets", "show-all-link"],
)
def test_residue_after_the_last_stop_is_cut_and_the_sentence_kept(
    last: str, tail: str, cut: Boilerplate
) -> None:
    page = clean(f"{LEDE}\n\n{last}{tail}\n")
    assert page.text == f"{LEDE}\n{last}"
    assert page.boilerplate == (cut,)
    assert page.byline is None


def test_slash_wrapped_initials_after_the_last_stop_are_the_byline() -> None:
    page = clean(f"{LEDE}\n\n{QUOTE} /ris/\n")
    assert page.text == f"{LEDE}\n{QUOTE}"
    assert page.boilerplate == (Boilerplate(line=3, text="/ris/", kind="byline"),)
    assert page.byline == "ris"


def test_a_short_digit_token_after_the_last_stop_leaves_the_sentence_in_the_body() -> None:
    page = clean(f"{LEDE}\n\n{PLAIN} 123Lihat\n")
    assert page.text == f"{LEDE}\n{PLAIN} 123Lihat"
    assert page.boilerplate == ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Beranda / Berita / Daerah", "related"),
        ("1 2 3 4 Selanjutnya", "navigation"),
        ("Halaman Selanjutnya", "navigation"),
        ("Indeks Berita Terkini 2025", "navigation"),
        # a headline with a number after its stop is no sentence
        ("Bupati Resmikan Pasar Baru Kecamatan Lewa. 2", "related"),
    ],
)
def test_navigation_under_the_last_sentence_is_still_cut(line: str, kind: str) -> None:
    page = clean(f"{LEDE}\n\n{QUOTE}\n\n{line}\n")
    assert page.text == f"{LEDE}\n{QUOTE}"
    assert page.boilerplate == (Boilerplate(line=5, text=line, kind=kind),)
