"""Datelines whose masthead a stop closes or joins (issue 15): a shouted masthead after the place's
dash closed by a stop (`AMBON - BERITA MALUKU. …`), a masthead and a known region glued by a stop
in one word (`SUARARAKYATNEWS.WAJO --`), and a regional masthead that opens the paragraph alone,
one word that is no place (`Tandaseru —`).

Invented pages of those layouts (other places, names and sentences).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import TITLE, opened_page, opened_text


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("MAUMERE - KABAR FLORES.", Dateline(place="Maumere", outlet="Kabar Flores")),
        ("MAUMERE – BERITA NUSA BUNGA.", Dateline(place="Maumere", outlet="Berita Nusa Bunga")),
        ("FLORESNEWS.MAUMERE --", Dateline(place="Maumere", outlet="Floresnews")),
        ("MAUMERE.FLORESNEWS –", Dateline(place="Maumere", outlet="Floresnews")),
        ("Tandaseru —", Dateline(place=None, outlet="Tandaseru")),
        ("PENATEGAS –", Dateline(place=None, outlet="Penategas")),
    ],
    ids=[
        "masthead-closed-by-a-stop",
        "three-word-masthead-closed-by-a-stop",
        "masthead-dot-region",
        "region-dot-masthead",
        "masthead-alone",
        "shouted-masthead-alone",
    ],
)
def test_the_masthead_a_stop_closes_or_joins(opening: str, dateline: Dateline) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline
    assert page.title == TITLE.strip()
    assert page.text == opened_text(opening)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        # the words after the dash are the sentence's, no outlet's
        ("MAUMERE - DINAS PERTANIAN.", Dateline(place="Maumere", outlet=None)),
        ("MAUMERE – Kabar gembira.", Dateline(place="Maumere", outlet=None)),
    ],
    ids=["shouted-body-words", "sentence-words"],
)
def test_no_masthead_where_the_stop_closes_other_words(opening: str, dateline: Dateline) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Langgur Tual News –", Dateline(place="Langgur", outlet="Tual News")),
        ("Tobelo Halmahera Utara Post –", Dateline(place="Tobelo", outlet="Halmahera Utara Post")),
        # one masthead: the region the place opens (`Papua Barat`), a compass point, a suffix first
        ("Papua Barat News –", Dateline(place=None, outlet="Papua Barat News")),
        ("Bali Barat News –", Dateline(place=None, outlet="Bali Barat News")),
        ("Pontianak Post Online –", Dateline(place=None, outlet="Pontianak Post Online")),
    ],
    ids=[
        "place-then-region-masthead",
        "place-then-two-word-region-masthead",
        "region-of-two-words",
        "compass",
        "suffix-first",
    ],
)
def test_a_place_run_into_a_masthead_named_after_a_second_region(opening: str, dateline: Dateline) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline
