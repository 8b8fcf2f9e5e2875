"""An English name closed by a body's word, or a name opened by a side's noun, is the body, whatever
event's word it holds (issue 12, session 36: `kinds._english_body_tail`,
`kinds._body_noun_opening`). English writes the head last: `MotoGP Group`, `Mandalika Grand Prix
Association`, `Federal Open Market Committee` are bodies, and `Timnas Gulat Asian Games Indonesia`
is the side, where `Festival Bakar Batu` and an exhibition opened by its Indonesian noun stay
events. Whole entity lists with spans from `resolve_entities` on sentences written in the style
of news, and cases that must give nothing."""

from __future__ import annotations

import pytest

from extract.records import EntityLabel as Label
from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Ketua Mandalika Grand Prix Association, Priandhi Satria, meninjau sirkuit pada Senin.",
            [("Mandalika Grand Prix Association", "ORG"), ("Priandhi Satria", "PER")],
            [
                ("Mandalika Grand Prix Association", Label.ORG, (6, 38)),
                ("Priandhi Satria", Label.PER, (40, 55)),
            ],
        ),
        pytest.param(
            "Menurut dia, MotoGP Group perlu pendekatan struktural seperti di olahraga lain.",
            [("MotoGP Group", "ORG")],
            [("MotoGP Group", Label.ORG, (13, 25))],
            marks=pytest.mark.xfail(
                strict=True, reason="known miss: `Group` ends an event's name as often (World Cup Group C)"
            ),
        ),
        pytest.param(
            "Pasar menanti keputusan Federal Open Market Committee soal suku bunga pekan depan.",
            [("Federal Open Market Committee", "ORG")],
            [("Federal Open Market Committee", Label.ORG, (24, 53))],
            marks=pytest.mark.xfail(
                strict=True, reason="known miss: `Committee` ends an event name as often"
            ),
        ),
    ],
)
def test_an_english_name_closed_by_a_body_word_is_the_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # an Indonesian event's noun heads the name: the body's exhibition, no body
        (
            "Pameran Indonesian Petroleum Association dibuka di Jakarta Convention Center.",
            [("Pameran Indonesian Petroleum Association", "ORG")],
        ),
        # no body's word closes it: the festival itself
        ("Ribuan warga memadati Festival Bakar Batu di Wamena, Sabtu.", [("Festival Bakar Batu", "ORG")]),
        # a programme's name, no body
        ("Bantuan Program Keluarga Harapan cair bulan ini.", [("Program Keluarga Harapan", "ORG")]),
        # a body's word that ends an event's name as often (no `firm` word): the event
        (
            "Indonesia finis kedua di World Cup Qualifying Group C pekan lalu.",
            [("World Cup Qualifying Group", "ORG")],
        ),
        pytest.param(
            "Persib gagal lolos dari AFC Champions League Group Stage musim ini.",
            [("AFC Champions League Group", "ORG")],
            marks=pytest.mark.xfail(strict=True, reason="known miss: AFC opening it keeps the ORG"),
        ),
        (
            "Ribuan warga memadati Jakarta Fair Block Party di Kemayoran.",
            [("Jakarta Fair Block Party", "ORG")],
        ),
        ("Penonton memadati Java Jazz Festival Party hingga larut.", [("Java Jazz Festival Party", "ORG")]),
        ("Laga Asian Games Group A digelar di Hangzhou.", [("Asian Games Group", "ORG")]),
        ("Juara hadir di Indonesia Open Champions Party.", [("Indonesia Open Champions Party", "ORG")]),
        ("Pameran kuliner digelar di Jakarta Fair Court pekan ini.", [("Jakarta Fair Court", "ORG")]),
    ],
)
def test_an_event_name_stays_no_organisation(text: str, model: list) -> None:
    assert [e for e in _out(text, _model(text, model)) if e[1] == Label.ORG] == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Dia berpeluang masuk Timnas Gulat Asian Games Indonesia setelah juara di seleksi nasional.",
            [("Timnas Gulat Asian Games Indonesia", "ORG")],
            [("Timnas Gulat Asian Games Indonesia", Label.ORG, (21, 55))],
        ),
        (
            "Tim Piala Thomas tiba di Bandara Soekarno-Hatta pada Senin malam.",
            [("Tim Piala Thomas", "ORG"), ("Bandara Soekarno-Hatta", "LOC")],
            [("Tim Piala Thomas", Label.ORG, (0, 16)), ("Bandara Soekarno-Hatta", Label.LOC, (25, 47))],
        ),
    ],
)
def test_a_side_named_after_its_event_is_a_body(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_a_competitor_before_an_event_names_no_body() -> None:
    """`Atlet` is a side's word for a player, no organisation's word: `Atlet Asian Games` is no
    body."""
    text = "Sebanyak 40 Atlet Asian Games menerima bonus dari pemerintah."
    assert [e for e in _out(text, _model(text, [("Atlet Asian Games", "ORG")])) if e[1] == Label.ORG] == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        pytest.param(
            "Pebalap itu menyampaikannya kepada media, seperti dikabarkan oleh GP One, Senin.",
            [("GP One", "ORG")],
            [("GP One", Label.ORG, (66, 72))],
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (issue 12): `GP` before a word that is no listed place reads as the "
                "race; an outlet (`GP One`) or a misspelt body (`GP Anshor`) has no evidence beside it, "
                "and the race hosts `Americas`, `Miami`, `Jerez` are no listed places either",
            ),
        ),
    ],
)
def test_gp_before_a_name_that_is_no_place(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
