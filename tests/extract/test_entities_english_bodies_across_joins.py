"""An English body's name the model cut before a join (`and`, `&`, `of`, `for`) runs on to the
name's end when an English word for a body closes the words after the join (`National Oceanic`
+ `and Atmospheric Administration`), or when one inside the span has its `of` name cut short
(`Royal College of …` + `and …`): one ORG (GUIDELINES §6: associations, colleges and agencies
are organisations; spans are flat, the longest name). A work's or an event's name with `of`
grows into no body, and two bodies listed with `and` stay two. Whole entity lists from
`resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_at_words as _at_words
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a body's word closes the words after `and`; a possessive's `'s` stays out
        (
            "Menurut peneliti National Oceanic and Atmospheric Administration's Pacific Center, suhu naik.",
            [("National Oceanic", "ORG")],
            [("National Oceanic and Atmospheric Administration", "ORG", (17, 64))],
        ),
        # a union's name, its short name in brackets after it an entry of its own
        (
            "Dana hibah itu disalurkan Nature and Wildlife Conservation Union (NWCU) kepada petani.",
            [("Nature", "ORG"), ("NWCU", "ORG")],
            [("Nature and Wildlife Conservation Union", "ORG", (26, 64)), ("NWCU", "ORG", (66, 70))],
        ),
        # a school's name the model cut before `and`
        (
            "Lulusan terbaik akan belajar di National Film and Radio School selama setahun.",
            [("National Film", "ORG")],
            [("National Film and Radio School", "ORG", (32, 62))],
        ),
        # a college whose `of` name goes on past the span's end
        (
            "Pedoman itu disusun oleh Royal College of Midwives and Nurses pada tahun lalu.",
            [("Royal College of Midwives", "ORG")],
            [("Royal College of Midwives and Nurses", "ORG", (25, 61))],
        ),
    ],
)
def test_a_body_cut_before_its_join_runs_to_its_end(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_two_bodies_listed_with_and_stay_two() -> None:
    text = "Beasiswa itu ditawarkan Leiden University and Utrecht University tahun ini."
    found = _out(text, _model(text, [("Leiden University", "ORG"), ("Utrecht University", "ORG")]))
    assert found == [("Leiden University", "ORG", (24, 41)), ("Utrecht University", "ORG", (46, 64))]


def test_a_second_name_opened_by_the_after_and_stays_apart() -> None:
    text = "Riset itu digarap Beijing Institute of Optics and The Korean Academy of Physics bersama."
    found = _out(
        text, _model(text, [("Beijing Institute of Optics", "ORG"), ("The Korean Academy of Physics", "ORG")])
    )
    assert ("Beijing Institute of Optics", "ORG", (18, 45)) in found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # a work's title with `of the`: no body's word, no body
        ("Film Lord of the Rings kembali diputar di bioskop pekan ini.", [("Lord", "ORG")]),
        # an event's name with `of`
        ("Ribuan warga memadati Festival of Lights di pusat kota semalam.", [("Festival", "ORG")]),
    ],
)
def test_a_work_or_an_event_with_of_grows_into_no_body(text: str, model: list) -> None:
    assert [e for e in _out(text, _model(text, model)) if e[1] == "ORG" and " " in e[0]] == []


def test_a_name_joined_by_amp_written_twice_is_one_body() -> None:
    text = (
        "Produsen perkakas Hadley Stone & Becker membuka gerai baru di Medan. Gerai Hadley Stone & Becker "
        "itu menjual bor listrik."
    )
    model = [("Hadley Stone", "ORG", 0), ("Medan", "LOC", 0), ("Hadley Stone", "ORG", 1)]
    assert _at_words(text, model) == [
        ("Hadley Stone & Becker", "ORG", (18, 39)),
        ("Medan", "LOC", (62, 67)),
        ("Hadley Stone & Becker", "ORG", (75, 96)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # written once: the model's cut is left to the other rules
        (
            "Model itu dirumuskan oleh Harlow & Finch dalam riset mereka.",
            [("Harlow", "ORG", 0)],
            [],
        ),
        # two places listed with `&`, written twice, stay two places
        (
            "Bantuan dikirim ke Maluku & Papua. Warga Maluku & Papua menyambutnya.",
            [("Maluku", "LOC", 0), ("Papua", "LOC", 0), ("Maluku", "LOC", 1), ("Papua", "LOC", 1)],
            [
                ("Maluku", "LOC", (19, 25)),
                ("Papua", "LOC", (28, 33)),
                ("Maluku", "LOC", (41, 47)),
                ("Papua", "LOC", (50, 55)),
            ],
        ),
    ],
)
def test_an_amp_join_grows_no_name_once_or_between_places(text: str, model: list, expected: list) -> None:
    assert [e for e in _at_words(text, model) if "&" in e[0] or e[1] == "LOC"] == expected
