"""A name the model reads as an organisation or a place is a person's when a noun for a person
describes it right before it (`described_before`: `bek Facundo Gonzalez`, `pengusaha Piton
Enumbi`) and none of its words is news-raw's more often in bodies' or places' names than in
persons' (`extract.ner.vet._described`, the places/persons hand-over of issue 12). A side after
its competitor (`pemain Aston Villa`, `pembalap Alfa Romeo`) and a place after a person noun
stay what the model read."""

from __future__ import annotations

import pytest

from tests.person_records import person_spans

#: id -> (text, the model's entities, the persons with their spans)
CASES = {
    "defender-read-as-a-body": (
        "Juventus baru merekrut pemain depan Timothy Weah dan bek Facundo Gonzalez musim ini.",
        [("Timothy Weah", "PER"), ("Facundo Gonzalez", "ORG")],
        [("Timothy Weah", ((36, 48),)), ("Facundo Gonzalez", ((57, 73),))],
    ),
    "businessman-read-as-a-body": (
        "Dana itu berasal dari pengusaha Piton Enumbi yang menjadi rekanan proyek.",
        [("Piton Enumbi", "ORG")],
        [("Piton Enumbi", ((32, 44),))],
    ),
    "a-club-after-a-player": (
        "Dua pemain Aston Villa dipanggil ke tim nasional Inggris.",
        [("Aston Villa", "ORG")],
        [],
    ),
    "a-team-after-a-racer": (
        "Dua pembalap Alfa Romeo gagal finis di Monza.",
        [("Alfa Romeo", "ORG")],
        [],
    ),
    "a-market-after-traders": (
        "Para pedagang Pasar Baru mengeluhkan sepinya pembeli.",
        [("Pasar Baru", "LOC")],
        [],
    ),
}


@pytest.mark.parametrize(("text", "found", "expected"), list(CASES.values()), ids=list(CASES))
def test_a_person_read_as_a_body_after_a_person_noun(
    text: str, found: list[tuple[str, str]], expected: list
) -> None:
    assert person_spans(text, found) == expected
