"""A title of several words right after an office's head names the office, every word of it
(`Departemen Perdana Menteri`; `Sekretariat Wakil Presiden` in
test_entities_short_name_ending_a_name.py: GUIDELINES §6, the longest name; news-raw wrote both cut
after the title's first word). A rank there opens its holder's name and names no office (`Lanud
Letnan Kolonel …`), and the holder's name after the office is a person's. Whole entity lists with
spans from `resolve_entities` given the model's entities."""

from __future__ import annotations

import pytest

from extract import extract_article

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Menteri itu berkantor di Departemen Perdana Menteri sejak tahun lalu.",
            [("Departemen Perdana", "ORG")],
            [("Departemen Perdana Menteri", "ORG", (25, 51))],
        ),
        (
            "Kajian itu dijalankan bersama Departemen Perdana Menteri dan lembaga terkait.",
            [("Departemen Perdana", "ORG")],
            [("Departemen Perdana Menteri", "ORG", (30, 56))],
        ),
    ],
)
def test_a_title_right_after_an_offices_head_names_the_office(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_two_offices_joined_by_dan_stay_two() -> None:
    text = "Sekretariat Wakil Presiden dan Kementerian Sekretariat Negara menyiapkan acara itu."
    assert _found(text, [("Sekretariat Wakil", "ORG"), ("Kementerian Sekretariat Negara", "ORG")]) == [
        ("Sekretariat Wakil Presiden", "ORG", (0, 26)),
        ("Kementerian Sekretariat Negara", "ORG", (31, 61)),
    ]


def test_a_rank_after_an_offices_head_names_no_office() -> None:
    text = "Upacara itu dihadiri Danrem, Lanud Letnan Kolonel Penerbang Ronald Siregar, dan Bupati."
    assert _found(text, [("Ronald Siregar", "PER")]) == [("Ronald Siregar", "PER", (60, 74))]


def test_the_holders_name_right_after_the_office_is_a_person() -> None:
    """Read by the whole pipeline: the people layer finds the holder, whose name ends the office's."""
    text = "Hadir pula Kepala Sekretariat Wakil Presiden Mohamad Oemar dalam acara itu."
    found = [(e.text, str(e.label), e.span) for e in extract_article(text.encode("utf-8")).entities]
    assert found == [("Sekretariat Wakil Presiden", "ORG", (18, 44)), ("Mohamad Oemar", "PER", (45, 58))]


def test_the_models_person_after_an_offices_title_ends_the_office() -> None:
    """With no officials' names given, the model's person right after a title of several that
    names the office is the title's holder, no word of the office (review of session 40)."""
    text = "Surat itu dikirim Sekretariat Wakil Presiden Gibran Rakabuming Raka kepada panitia."
    assert _found(text, [("Gibran Rakabuming Raka", "PER")]) == [
        ("Sekretariat Wakil Presiden", "ORG", (18, 44)),
        ("Gibran Rakabuming Raka", "PER", (45, 67)),
    ]


def test_a_facility_named_after_a_title_and_its_holder_is_one_place() -> None:
    """A facility's name holds its namesake's title and name whole: the model's person inside it
    ends no office (review of session 40)."""
    text = "Mereka berkunjung ke Museum Wakil Presiden Mohammad Hatta di Bukittinggi."
    found = [(e.text, str(e.label), e.span) for e in extract_article(text.encode("utf-8")).entities]
    assert found == [
        ("Museum Wakil Presiden Mohammad Hatta", "LOC", (21, 57)),
        ("Bukittinggi", "LOC", (61, 72)),
    ]
