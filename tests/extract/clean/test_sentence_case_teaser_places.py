"""A place's name inside a sentence-case teaser's headline is no sentence opening the body (issue 15).

The name rules list `Indonesia`, `Jakarta` or `City` as common words (corpora tag them outside
names), so a capitalised one with lowercase words after it read as the body's next sentence and
cut the headline in two (`Baca juga: Rafael Struick bawa | Indonesia unggul …`). A word the page
writes as a place, capitalised after `di` or `ke` and standing alone, is a name the headline holds;
the headline then ends where the body resumes. A common word still opens the body (`… 3-0
Pertandingan ini …`), and so does one the page writes after `di` only as the first word of a longer
name (`ke Kantor Pusat`).

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind

LEDE = "SURABAYA – Tim nasional U-23 menang 2-0 atas Turkmenistan di Stadion Manahan, Solo, Selasa malam."
BEFORE = "Gol pertama lahir pada menit ke-20."
AFTER = "Laga berikutnya digelar di Indonesia pekan depan."


@pytest.mark.parametrize(
    ("teaser", "body"),
    [
        (
            "Baca juga: Rafael Struick bawa Indonesia unggul di babak pertama",
            f"Dan satu menit kemudian, giliran Ivar Jenner mencetak gol. {AFTER}",
        ),
        (
            "Baca juga: Kiper muda perpanjang kontrak di City sampai 2027",
            "Selain itu, pelatih memanggil dua pemain baru.",
        ),
        # a common word opens the body's sentence
        (
            "Baca juga: Timnas U-23 taklukkan Vietnam 3-0",
            f"Pertandingan ini memang sulit bagi kedua tim. {AFTER}",
        ),
    ],
    ids=["place-elsewhere-on-page", "place-after-di", "common-word-opens"],
)
def test_a_place_inside_a_sentence_case_headline_stays_in_it(teaser: str, body: str) -> None:
    page = clean(f"{LEDE}\n{BEFORE} {teaser} {body}\n")
    assert page.text == f"{LEDE}\n{BEFORE} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


def test_a_word_after_di_only_inside_a_longer_name_still_opens_the_body() -> None:
    lede = "SERANG – Kantor Imigrasi Serang memeriksa dokumen puluhan warga negara asing pekan ini."
    teaser = "Baca juga: Imigrasi Banten deportasi 261 WNA sepanjang 2025"
    body = (
        "Kantor wilayah imigrasi mencatat jumlah itu naik dari tahun lalu. Data itu dikirim ke Kantor Pusat "
        "di Jakarta."
    )
    page = clean(f"{lede}\nPemeriksaan berlangsung tiga hari. {teaser} {body}\n")
    assert page.text == f"{lede}\nPemeriksaan berlangsung tiga hari. {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


def test_a_page_that_names_places_without_a_teaser_gives_nothing() -> None:
    text = f"{LEDE}\n{BEFORE} Indonesia unggul di babak pertama lewat gol Rafael Struick. {AFTER}"
    page = clean(f"{text}\n")
    assert page.text == text
    assert page.boilerplate == ()
