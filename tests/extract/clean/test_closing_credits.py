"""The reporter's credit glued to the last sentence with stray characters (issue 15)."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "KUPANG – Dinas Kesehatan Kota Kupang menggelar vaksinasi campak bagi 3.400 anak balita di "
    "27 puskesmas, Selasa (12/3/2024)."
)
LAST = "Vaksinasi susulan akan digelar bagi anak yang belum sempat datang pada pekan depan"


def _page(last_line: str) -> str:
    return "Dinkes Kupang Gelar Vaksinasi Campak\n" + LEDE + "\n" + last_line + "\n"


@pytest.mark.parametrize(
    ("tail", "byline", "cut"),
    [
        (". (cr01/enn)", "cr01/enn", "(cr01/enn)"),  # a code with a number
        (". (IS/Red).", "IS/Red", "(IS/Red)."),  # a stop after the bracket
        (". (IF)*", "IF", "(IF)"),  # a stray mark (cut as an end mark)
        (".***(Ilo)", "Ilo", "(Ilo)"),  # glued to an end mark
        (
            ', dan kami mengimbau para orang tua membawa anaknya ke puskesmas terdekat," ujarnya '
            "(UUS.CKT/ AA BAYU SANTIKA)",
            "UUS.CKT/ AA BAYU SANTIKA",
            "(UUS.CKT/ AA BAYU SANTIKA)",
        ),
        (". Fik/Gdn)", "Fik/Gdn", "Fik/Gdn)"),  # the opening bracket lost
    ],
    ids=["digits", "stop-after", "star-after", "after-end-mark", "slash-no-stop", "no-opening"],
)
def test_closing_credit_with_stray_characters(tail: str, byline: str, cut: str) -> None:
    page = clean(_page(LAST + tail))
    assert page.byline == byline
    assert Boilerplate(3, cut, "byline") in page.boilerplate
    last = page.text.split("\n")[-1]
    assert last.startswith(LAST)
    assert byline not in page.text and not last.endswith(("*", "("))


@pytest.mark.parametrize(
    "tail",
    [
        " (Jakarta Selatan).",  # a place in brackets closing a sentence without a stop before it
        ", Senin (11/3/2024).",  # a date in brackets
        " di Kelurahan Oebobo (RT 05/RW 02).",  # an address with a slash and digits
        ". (adv)",  # an advertorial mark, not a reporter
    ],
    ids=["place", "date", "address", "advertorial"],
)
def test_brackets_closing_a_sentence_that_are_no_credit(tail: str) -> None:
    assert clean(_page(LAST + tail)).byline is None


def test_copyright_and_ad_script_after_the_credit_are_cut() -> None:
    raw = _page(
        LAST + ". Pewarta: Yohanes Seo Editor: Maria Lewar COPYRIGHT © ANTARA 2024 "
        "(adsbygoogle = window.adsbygoogle || []).push({});"
    )
    page = clean(raw)
    assert page.byline == "Yohanes Seo"
    assert page.text.split("\n")[-1] == LAST + "."


def test_reporters_codes_on_their_own_line_under_the_body() -> None:
    page = clean(_page(LAST + ".") + "Red-Spyd\n")
    assert page.byline == "Red-Spyd"
    assert Boilerplate(4, "Red-Spyd", "byline") in page.boilerplate


def test_a_hyphenated_word_in_a_sentence_under_the_body_is_no_code() -> None:
    page = clean(_page(LAST + ".") + "Sumber: Humas-Protokol Pemkot Kupang\n")
    assert page.byline is None


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Teks: Yohanes Seo | Foto: Maria Lewar", "Yohanes Seo"),  # the photographer is no reporter
        ("Peliput: Yohanes Seo", "Yohanes Seo"),
        ("Oleh: Yohanes Seo Kupang | Editor: Maria Lewar", "Yohanes Seo Kupang"),  # a colon, then a space
        ("Oleh karena itu, warga diminta membawa kartu identitas anak ke puskesmas.", None),
    ],
    ids=["text-and-photo", "peliput", "oleh-colon-space", "oleh-karena-itu"],
)
def test_credit_lines_under_the_body(line: str, byline: str | None) -> None:
    assert clean(_page(LAST + ".") + line + "\n").byline == byline
