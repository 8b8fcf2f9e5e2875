"""A name the article writes right after a lowercase kind word of a body (`klub`, `tim balap`,
`pabrikan`, `grup band`: people_body_kinds.txt) names that body, no person (round people41);
the holder after a post ending in the kind word (`manajer tim`), a name whose part the article
writes alone (the person's team) and a name a quote's attribution names stay persons. Whole
persons lists with spans on invented sentences."""

from __future__ import annotations

import pytest

from extract.people.persons import extract_persons
from extract.records import Person
from tests.entity_records import nth_entities as _ents


def test_a_club_after_klub_is_no_person() -> None:
    text = (
        "Bek Daniel Moreno membawa klub Rovers Athletic menang tipis. Rovers Athletic kini"
        " naik ke posisi ketiga klasemen."
    )
    ents = _ents(
        text, [("Daniel Moreno", "PER", 0), ("Rovers Athletic", "PER", 0), ("Rovers Athletic", "PER", 1)]
    )
    assert extract_persons(text, ents) == [Person("Daniel Moreno", ((4, 17),))]


def test_a_racing_team_after_tim_balap_is_no_person() -> None:
    text = "Pebalap muda itu meneken kontrak dua musim bersama tim balap Falco Ventura di Milan."
    ents = _ents(text, [("Falco Ventura", "PER", 0), ("Milan", "LOC", 0)])
    assert extract_persons(text, ents) == []


def test_the_holder_after_a_post_ending_in_tim_stays() -> None:
    text = "Rombongan atlet gulat tiba di Sofia bersama manajer tim Yosef Harianja, Senin."
    ents = _ents(text, [("Sofia", "LOC", 0), ("Yosef Harianja", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Yosef Harianja", ((56, 70),))]


def test_a_person_whose_surname_is_written_alone_stays() -> None:
    text = "Hubungan pebalap tim Marco Bellini dengan rivalnya memanas. Bellini menolak berkomentar."
    ents = _ents(text, [("Marco Bellini", "PER", 0), ("Bellini", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Marco Bellini", ((21, 34), (60, 67)))]


def test_a_name_after_a_speech_verb_stays() -> None:
    text = (
        "Mantan karyawan melaporkan penggelapan uang perusahaan Andini ke polisi."
        ' "Saya kooperatif," ujar Andini di Jakarta.'
    )
    ents = _ents(text, [("Andini", "PER", 0), ("Andini", "PER", 1), ("Jakarta", "LOC", 0)])
    assert extract_persons(text, ents) == [Person("Andini", ((55, 61), (97, 103)))]


@pytest.mark.xfail(
    strict=True,
    reason="a founder's or owner's post before the kind word (`pendiri brand`) reads like"
    " `manajer tim`: the post guard keeps the brand as its holder (news-raw: 1, Airnderm)",
)
def test_a_brand_after_its_founder_s_post_is_no_person() -> None:
    text = "Laras Widuri, pendiri brand Velora Skin, membagikan tips merawat kulit kering."
    ents = _ents(text, [("Laras Widuri", "PER", 0), ("Velora Skin", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Laras Widuri", ((0, 12),))]
