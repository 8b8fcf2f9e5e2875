"""A place inside an event's name: the event is no entity, the place hosting it is a LOC.

GUIDELINES §6 lists no events; the news-raw annotation (data/annotations/README.md) lists the
place a contest or a race is named after (`Andalusia` of `MotoGP Andalusia 2020`). Beside a
contest's word (`Piala`, `Liga`, `Open`, `Olimpiade`, `GP`) only a listed region is that place;
after a race's word (`MotoGP`, `Prix`) the words up to a year or a lowercase word are."""

from __future__ import annotations

import pytest

from .test_entities_news import _out
from .test_entities_races_cups_and_glued_days import _model


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Pebalap muda itu finis kedua di MotoGP Belanda 2025 setelah start dari baris ketiga.",
            [("MotoGP Belanda", "ORG")],
            [("Belanda", "LOC", (39, 46))],
        ),
        (
            "Tim pabrikan itu berharap tampil lebih baik di MotoGP Aragon, Minggu nanti.",
            [("MotoGP Aragon", "ORG")],
            [("Aragon", "LOC", (54, 60))],
        ),
        (
            "Mobilnya mogok di lap terakhir Grand Prix Jepang sehingga gagal mendulang poin.",
            [("Grand Prix Jepang", "LOC")],
            [("Jepang", "LOC", (42, 48))],
        ),
        (
            "Klub ibu kota itu kembali memimpin klasemen Liga Spanyol pekan ini.",
            [("Spanyol", "LOC")],
            [("Spanyol", "LOC", (49, 56))],
        ),
    ],
)
def test_the_host_of_a_race_or_a_contest_is_a_place(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_a_listed_host_the_model_missed_is_a_place() -> None:
    text = "Wasit itu pernah bertugas di Olimpiade Tokyo 2020 dan menjuarai Hong Kong Open 2023."
    assert _out(text) == [("Tokyo", "LOC", (39, 44)), ("Hong Kong", "LOC", (64, 73))]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        # the words after a race's word go on with the event's name: no host of its own
        (
            "Acara nonton bareng MotoGP Spanish Grand Prix digelar di sebuah kafe.",
            [("MotoGP Spanish Grand Prix", "ORG")],
        ),
        # a contest's word beside words of no listed region: no place
        ("Turnamen Piala Presiden digelar bulan depan.", [("Piala Presiden", "ORG")]),
        ("Perjalanannya di French Open berakhir di babak kedua.", [("French", "LOC")]),
        # a word before a race's word hosts nothing
        ("Saksikan LIVE STREAMING MOTOGP sore ini.", [("STREAMING", "LOC")]),
    ],
)
def test_an_events_words_that_name_no_host_give_nothing(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []
