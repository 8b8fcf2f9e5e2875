"""Dates read on news-raw (issue 15, dates26): a full month name with a lower-case word before it
and the clause's end after it (``data Juli.``, ``tutup buku Juni,``, ``mundur ke Maret,``) is a
month alone, a date without a year (GUIDELINES §3); the case of both neighbours rules out a
two-word name. After a speech verb or a word that introduces a person (``kata Mei.``, ``oleh
Juni,``, ``dan Juli.``) the name is a person's, and a capitalised word after the month
(``bersama Juli Astuti``) gives nothing. A month the clause goes on after (``batch Mei demi``)
is a known miss.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

CASES = [
    # a month closing the sentence after a noun, anchored on the page's full date
    (
        "Angka itu masih memakai data Juli. Hal itu disampaikan Kamis (4/9/2025).",
        [D("Juli", (29, 33), "2025-07"), D("Kamis (4/9/2025)", (55, 71), "2025-09-04")],
    ),
    # months closing clauses before commas and a closing quote; no anchor: XXXX
    (
        '"Jadwalnya mundur ke Maret, lalu mundur ke April, sekarang Juni," kata dia.',
        [D("Maret", (21, 26), "XXXX-03"), D("April", (43, 48), "XXXX-04"), D("Juni", (59, 63), "XXXX-06")],
    ),
    # a speaker and a person after "oleh" or "dan"
    ('"Kami sudah pulang," kata Mei. Pertandingan dimenangi oleh Juni, lalu Rina dan Juli.', []),
    # a capitalised word after the month: a name
    ("Ia datang ke pasar bersama Juli Astuti.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_month_closing_a_clause(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a bare month after a lower-case noun with the clause going on (batch Mei demi ..., "
    "rekor suhu panas April telah ...) needs a cue: a person's name stands there as often "
    "(news-raw: about 20 lines)",
)
def test_month_inside_a_clause_after_a_noun() -> None:
    text = "Penundaan keberangkatan batch Mei demi keamanan peserta."
    assert extract_dates(text) == [D("Mei", (30, 33), "XXXX-05")]
