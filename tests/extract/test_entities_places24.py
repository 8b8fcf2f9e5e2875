"""Places read in news-raw (issue 12, round 24: unread science and regional news): a name the
model cuts inside a designation's word (`MiG` of `MiG-25`, `CoV` of `SARS-CoV-2`) is the
aircraft's, virus's or standard's letters, no place and no body. Whole entity lists with spans
from `resolve_entities` on invented sentences, and the cases that must stay as they were."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a fighter's maker's letters before its number
        (
            "Pilot itu pernah menerbangkan MiG-29 di atas Siberia.",
            [("MiG", "LOC"), ("Siberia", "LOC")],
            [("Siberia", "LOC", (45, 52))],
        ),
        # a virus's name, the middle word of three joined by hyphens
        (
            "Varian baru SARS-CoV-2 ditemukan di Jawa Barat.",
            [("CoV", "LOC")],
            [("Jawa Barat", "LOC", (36, 46))],
        ),
        # a military standard, the suffix letter after the number
        ("Ponsel itu lolos uji MIL-STD-810H sebelum dijual.", [("STD", "LOC")], []),
        # a satellite's code with a possessive glued on
        ("Peluncuran satelit GSAT-7nya ditunda lagi.", [("GSAT", "ORG")], []),
    ],
)
def test_a_name_cut_inside_a_designation_is_none(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a province's number of an electoral district: no designation's short letters
        (
            "Caleg itu maju dari dapil Lampung-1 tahun depan.",
            [("Lampung", "LOC")],
            [("Lampung", "LOC", (26, 33))],
        ),
        # a route between two towns: the second half is a name, no number
        (
            "Bus jurusan Jakarta-Bandung berangkat tiap jam.",
            [("Jakarta", "LOC"), ("Bandung", "LOC")],
            [("Jakarta", "LOC", (12, 19)), ("Bandung", "LOC", (20, 27))],
        ),
        # a toll road's kilometre post keeps its code (`entities_place_codes.txt`)
        (
            "Truk terguling di KM-50 Tol Jakarta-Cikampek pagi tadi.",
            [("KM-50 Tol Jakarta-Cikampek", "LOC")],
            [("KM-50 Tol Jakarta-Cikampek", "LOC", (18, 44))],
        ),
    ],
)
def test_a_name_before_a_hyphen_and_no_designation_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
