"""A team's name glued to its player's after a competitor's noun (`kiper`, `bek`, `pebalap`):
the ORG ends where the team's name as the article writes it alone ends, the player's two words
no part of it. Whole entity lists from `resolve_entities` on invented sentences, with the spans,
and cases that must stay whole."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


def test_a_keeper_after_his_club_is_no_part_of_it() -> None:
    text = "Sporting Vela kini di posisi kedua. Sundulan itu ditepis kiper Sporting Vela Tomas Arrieta."
    model = [("Sporting Vela", "ORG"), ("Sporting Vela Tomas Arrieta", "ORG")]
    assert _found(text, model) == [("Sporting Vela", "ORG", (0, 13)), ("Sporting Vela", "ORG", (63, 76))]


def test_a_racer_after_his_team_is_no_part_of_it() -> None:
    text = "Kuda Hitam Racing gagal finis, sedang pebalap Kuda Hitam Racing Dani Ortega start ketiga."
    model = [("Kuda Hitam Racing", "ORG"), ("Kuda Hitam Racing Dani Ortega", "ORG")]
    assert _found(text, model) == [
        ("Kuda Hitam Racing", "ORG", (0, 17)),
        ("Kuda Hitam Racing", "ORG", (46, 63)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the club shortened in brackets right after: the whole is its name
        (
            "Pemain Lyon Saint Etienne (LSE) itu pulang ke Lyon pekan lalu.",
            [("Lyon Saint Etienne", "ORG")],
            [("Lyon Saint Etienne", "ORG", (7, 25))],
        ),
        # the span written whole again is a name, not a club and a player
        (
            "Umpan dipotong bek Deportivo Sierra Alta, klub yang dilatih Deportivo Sierra Alta sejak 2020.",
            [("Deportivo Sierra Alta", "ORG")],
            [("Deportivo Sierra Alta", "ORG", (19, 40))],
        ),
        # no competitor's noun before the span: nothing cut
        (
            "Sporting Vela naik ke posisi kedua. Kemenangan Sporting Vela Tomas Arrieta disambut suporter.",
            [("Sporting Vela", "ORG"), ("Sporting Vela Tomas Arrieta", "ORG")],
            [("Sporting Vela", "ORG", (0, 13)), ("Sporting Vela Tomas Arrieta", "ORG", (47, 74))],
        ),
    ],
)
def test_spans_that_stay_whole(text: str, model: list[tuple[str, str]], expected: list) -> None:
    assert _found(text, model) == expected
