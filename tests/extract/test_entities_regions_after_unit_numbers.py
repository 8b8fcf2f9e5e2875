"""A listed region written after a one-word position title and its unit's number, glued to the
number by a slash (`Dandim 0422/Lambar`: a district military commander's title names his Kodim by
number and region), is a LOC (GUIDELINES §6: inside a title, a region written as its own words
is a LOC, `Kapolres Badung` holds `Badung`). A unit's own name that is no listed region
(`Danrem 043/Gatam`), a number after no title (`Nomor 800/Lambar`, a letter's number) and a
body's name that holds the region (`Kodim 0410/Bandar Lampung`) give no place of their own. Whole
entity lists from `resolve_entities` on invented sentences, with the spans; the model found nothing."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities


def _found(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dandim 0422/Lambar mengatakan bazar murah itu digelar setiap tahun.",
            [("Lambar", "LOC", (12, 18))],
        ),
        (
            "Upacara dipimpin Dandim 0427/Way Kanan di lapangan upacara.",
            [("Way Kanan", "LOC", (29, 38))],
        ),
        (
            "Dandim 0429/Lampung Timur Letkol Czi Indra Puji mengatakan program itu berlanjut.",
            [("Lampung Timur", "LOC", (12, 25))],
        ),
    ],
)
def test_a_region_after_a_titled_unit_number_is_a_place(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danrem 043/Gatam meninjau lokasi banjir bersama warga.", []),
        # a listed region after a number no title opens: a letter's number, no unit
        ("Surat Nomor 800/Lambar itu terbit pekan lalu.", []),
        (
            "Kodim 0410/Bandar Lampung menggelar donor darah pada Sabtu.",
            [("Kodim 0410/Bandar Lampung", "ORG", (0, 25))],
        ),
    ],
)
def test_no_place_of_its_own_after_a_unit_number(
    text: str, expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text) == expected
