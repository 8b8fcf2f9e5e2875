"""A dateline whose en dash a scraper wrote as `?` (issue 15, GUIDELINES §1: the dateline opening
the first paragraph gives `dateline.place` and `dateline.outlet`): a question mark set apart by
spaces after a shouted place or a web address and before the lede's capital is the dash; the
body keeps the `?` as written. A question in the lede is no dash.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Harga beras medium di pasar tradisional turun tipis sepekan terakhir. Pedagang menyebut pasokan "
    "dari sentra produksi mulai lancar setelah panen raya."
)


def test_a_question_mark_after_a_shouted_place_is_the_dateline_dash() -> None:
    text = f"MEDAN ? {LEDE}"
    page = clean(text + "\n")
    assert page.dateline == Dateline(place="Medan", outlet=None)
    assert page.text == text


def test_the_dash_after_a_masthead_and_place() -> None:
    text = f"PEKANBARU | RIAUKITA.COM ? {LEDE}"
    page = clean(text + "\n")
    assert page.dateline == Dateline(place="Pekanbaru", outlet="Riaukita.com")
    assert page.text == text


def test_the_dash_behind_a_headline_run_into_the_lede() -> None:
    text = f"Harga Beras Turun Jelang Panen Raya BERITASATU.id, MEDAN ? {LEDE}"
    page = clean(text + "\n")
    assert page.dateline == Dateline(place="Medan", outlet="BERITASATU.id")


def test_a_question_in_the_lede_is_no_dash() -> None:
    text = f"Mengapa harga beras turun ? {LEDE}"
    page = clean(text + "\n")
    assert page.dateline is None
