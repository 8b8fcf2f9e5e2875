"""A data set's label column glued before the records of a page stored as rows (issue 15, known
leftover "CSV prefixes like `valid;`"): `valid;"VIVA – …`, `… menutup laporannya. hoax;` and three quotes. The
verdict word, its semicolon and the field's opening quotes are furniture at the line's start or
after a sentence's end; the record's own dateline is then read. A semicolon in prose, and a
label word glued inside a sentence, stay body.

Invented pages (other words and names than any article); news-raw 8171-8242 show the shape.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Tim SAR gabungan mengevakuasi dua pendaki yang tersesat di lereng gunung. Keduanya "
    "ditemukan dalam kondisi lemas setelah dua hari tanpa bekal."
)


@pytest.mark.parametrize(
    ("raw", "dateline", "text", "removed"),
    [
        (
            f'valid;"VIVA – {LEDE}',
            Dateline(place=None, outlet="Viva"),
            f"VIVA – {LEDE}",
            'valid;"',
        ),
        (
            f'valid;"""Yogyakarta - {LEDE}',
            Dateline(place="Yogyakarta", outlet=None),
            f"Yogyakarta - {LEDE}",
            'valid;"""',
        ),
        (
            f"valid;{LEDE}",
            None,
            LEDE,
            "valid;",
        ),
        (
            f"{LEDE} hoax;Warga diminta tidak menyebarkan kabar bohong soal pendakian.",
            None,
            f"{LEDE} Warga diminta tidak menyebarkan kabar bohong soal pendakian.",
            "hoax;",
        ),
    ],
    ids=["outlet-after-label", "place-after-quoted-label", "bare-label", "after-a-sentence"],
)
def test_a_label_column_is_furniture(raw: str, dateline: Dateline | None, text: str, removed: str) -> None:
    page = clean(f"{raw}\n")
    assert page.dateline == dateline
    assert page.text == text
    assert [(b.line, b.text, b.kind.value) for b in page.boilerplate] == [(1, removed, "navigation")]


@pytest.mark.parametrize(
    "text",
    [
        f"{LEDE} Status pendakian dinyatakan valid; tiket yang terjual tetap berlaku.",
        f"{LEDE} Petugas menyebut kabar itu hoax;sebab tak ada pendaki lain yang hilang.",
    ],
    ids=["semicolon-in-prose", "label-word-inside-a-sentence"],
)
def test_a_label_word_in_prose_stays_body(text: str) -> None:
    page = clean(f"{text}\n")
    assert page.text == text
    assert page.boilerplate == ()
