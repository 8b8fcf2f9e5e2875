"""A regency's short form that local papers print in capitals and news-raw writes for nothing
else (entities_region_short_forms.txt: `OKU`, `OKU Timur`) is a listed region: a place where
written alone and the region that ends a level's name (GUIDELINES §6). Short forms news-raw
writes for something else are left out and name no place (`PPU`, a JKN member's class; `OKI`,
the Organisation of Islamic Cooperation). Whole entity lists from `resolve_entities` on invented
sentences, with the spans; the model found nothing."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities


def _found(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cabai merah sebagian besar didatangkan dari OKU dengan harga bervariasi.",
            [("OKU", "LOC", (44, 47))],
        ),
        (
            "Sosialisasi juga digelar untuk masyarakat OKU Selatan pekan ini.",
            [("OKU Selatan", "LOC", (42, 53))],
        ),
        (
            "Jembatan itu menghubungkan dua desa di Kabupaten OKU Timur yang terisolasi.",
            [("Kabupaten OKU Timur", "LOC", (39, 58))],
        ),
    ],
)
def test_a_listed_short_form_in_capitals_is_a_place(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peserta mandiri yang beralih segmen ke PPU tetap dilayani.",
        "Menlu mendesak OKI untuk bersama-sama bertindak.",
    ],
)
def test_a_short_form_written_for_something_else_is_no_place(text: str) -> None:
    assert _found(text) == []
