"""A date strip that counts the page's views in `hit` (`Daerah-245 hit 12-07-2025 09:41`: the
section, the counter, the date and the clock) dates the page (issue 15, meta21). Invented pages.
"""

from __future__ import annotations

import pytest

from extract.clean import clean

TITLE = "Bupati Resmikan Jembatan Gantung Penghubung Dua Nagari"
LEDE = (
    "Bupati meresmikan jembatan gantung sepanjang delapan puluh meter yang menghubungkan dua nagari "
    "di tepi Batang Sinamar, Sabtu (12/7/2025)."
)
LAST = '"Anak-anak kini tidak perlu menyeberang sungai dengan rakit," kata Wali Nagari Syafrizal.'


@pytest.mark.parametrize(
    ("strip", "published"),
    [
        ("Daerah-245 hit 12-07-2025 09:41", "2025-07-12"),
        ("Daerah-1.245 hits 12-07-2025 09:41", "2025-07-12"),
    ],
    ids=["hit", "hits"],
)
def test_a_date_strip_with_a_hit_counter_dates_the_page(strip: str, published: str) -> None:
    page = clean(f"{TITLE}\n\n{strip}\n\nPayakumbuh, Sinarnagari - {LEDE}\n\n{LAST}")
    assert page.title == TITLE
    assert page.published == published
    assert page.text == f"Payakumbuh, Sinarnagari - {LEDE}\n{LAST}"
    assert strip in [b.text for b in page.boilerplate]


def test_hit_in_a_sentence_dates_nothing() -> None:
    sentence = "Lagu itu menjadi hit 12 tahun lalu dan masih diputar di radio."
    page = clean(f"{TITLE}\n\nPayakumbuh - {LEDE}\n\n{sentence}\n\n{LAST}")
    assert page.published is None
    assert sentence in page.text
