"""A name the model reads as an organisation or a place is a person's when a noun for a person
describes it right before it (`described_before`: `bek Facundo Gonzalez`, `pengusaha Piton
Enumbi`) and none of its words is news-raw's more often in bodies' or places' names than in
persons' (`extract.ner.vet._described`, the places/persons hand-over of issue 12). A side after
its competitor (`pemain Aston Villa`, `pembalap Alfa Romeo`) and a place after a person noun
stay what the model read, and so does a place after the people of a place (`warga Pulo Gebang`:
`warga`, `penduduk`, `masyarakat` describe a name only through `bernama`)."""

from __future__ import annotations

import pytest

from extract.ner.vet import _described
from extract.records import Entity, EntityLabel
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
    "a-line-up-labelled-by-its-side": (
        "Susunan pemain Sporting Velmora: Ilkan Verhoef, Tomas Keller, dan Dario Montesi.",
        [("Sporting Velmora", "ORG")],
        [],
    ),
    "a-place-after-its-residents": (
        "Sejumlah warga Pulo Gebang mengeluhkan banjir yang merendam rumah mereka sejak Senin.",
        [("Pulo Gebang", "LOC")],
        [],
    ),
}


@pytest.mark.parametrize(("text", "found", "expected"), list(CASES.values()), ids=list(CASES))
def test_a_person_read_as_a_body_after_a_person_noun(
    text: str, found: list[tuple[str, str]], expected: list
) -> None:
    assert person_spans(text, found) == expected


#: id -> (text, the model's place or organisation, whether `_described` makes it a person): the
#: guards of `_described` itself, as a whole record may be dropped downstream anyway
#: (`Pasar Baru` is a place by its kind word too)
DESCRIBED = {
    "a-name-no-body-holds": ("Dana itu berasal dari pengusaha Piton Enumbi.", "Piton Enumbi", True),
    "a-club-news-raw-holds": ("Dua pemain Aston Villa dipanggil ke timnas.", "Aston Villa", False),
    "a-market-news-raw-holds": ("Para pedagang Pasar Baru mengeluhkan sepinya pembeli.", "Pasar Baru", False),
    "a-place-after-its-residents": ("Sejumlah warga Pulo Gebang mengeluhkan banjir.", "Pulo Gebang", False),
}


@pytest.mark.parametrize(("text", "name", "described"), list(DESCRIBED.values()), ids=list(DESCRIBED))
def test_the_guards_of_described(text: str, name: str, described: bool) -> None:
    start = text.index(name)
    ent = Entity(name, EntityLabel.ORG, (start, start + len(name)))
    assert _described(text, ent) is described
