"""A club written by its city alone after the article names it in full (`Dortmund` beside
`Borussia Dortmund`) is the club, an ORG (GUIDELINES §6: clubs are organisations); the city read
as a place (`di Madrid`, `Stadion Olimpico, Roma`) stays a LOC. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from tests.entity_records import resolved_at_words


def test_a_city_written_alone_for_its_club_is_the_club() -> None:
    text = "Borussia Dortmund menang 2-0 pekan lalu. Gelandang Dortmund itu mencetak gol kedua."
    model = [("Borussia Dortmund", "ORG", 0), ("Dortmund", "LOC", 1)]
    assert resolved_at_words(text, model) == [
        ("Borussia Dortmund", "ORG", (0, 17)),
        ("Dortmund", "ORG", (51, 59)),
    ]


def test_the_club_opening_a_sentence_and_after_a_match_verb() -> None:
    text = "AS Roma kalah di kandang. Roma kini tertinggal lima poin setelah menjamu Roma bulan lalu."
    model = [("AS Roma", "ORG", 0), ("Roma", "LOC", 1), ("Roma", "LOC", 2)]
    assert resolved_at_words(text, model) == [
        ("AS Roma", "ORG", (0, 7)),
        ("Roma", "ORG", (26, 30)),
        ("Roma", "ORG", (73, 77)),
    ]


def test_a_city_before_a_clubs_form_in_initials_is_the_club() -> None:
    text = "Valencia CF menang tipis. Bek Valencia itu menyundul bola dari sepak pojok."
    model = [("Valencia CF", "ORG", 0), ("Valencia", "LOC", 1)]
    assert resolved_at_words(text, model) == [
        ("Valencia CF", "ORG", (0, 11)),
        ("Valencia", "ORG", (30, 38)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the city after `di`: where the match is played
        (
            "Real Madrid akan bertanding di Madrid pada Rabu malam.",
            [("Real Madrid", "ORG", 0), ("Madrid", "LOC", 1)],
            [("Real Madrid", "ORG", (0, 11)), ("Madrid", "LOC", (31, 37))],
        ),
        # the city after a stadium and a comma
        (
            "Laga Bayer Leverkusen digelar di BayArena, Leverkusen, Sabtu malam.",
            [("Bayer Leverkusen", "ORG", 0), ("BayArena", "LOC", 0), ("Leverkusen", "LOC", 1)],
            [
                ("Bayer Leverkusen", "ORG", (5, 21)),
                ("BayArena", "LOC", (33, 41)),
                ("Leverkusen", "LOC", (43, 53)),
            ],
        ),
        # no club of that city named in full: the model's place stands
        (
            "Ratusan turis memadati pusat kota Milan sejak pagi.",
            [("Milan", "LOC", 0)],
            [("Milan", "LOC", (34, 39))],
        ),
        # a body's name ending in the place opens with no club's word
        (
            "Pemerintah Frankfurt menutup jalan utama. Warga Frankfurt diminta bersabar.",
            [("Pemerintah Frankfurt", "ORG", 0), ("Frankfurt", "LOC", 1)],
            [("Pemerintah Frankfurt", "ORG", (0, 20)), ("Frankfurt", "LOC", (48, 57))],
        ),
        # a region's name before a club's form: the page's region stays a place
        (
            "Lampung FC kalah tipis. Gubernur Lampung menyaksikan laga itu dari tribun.",
            [("Lampung FC", "ORG", 0), ("Lampung", "LOC", 1)],
            [("Lampung FC", "ORG", (0, 10)), ("Lampung", "LOC", (33, 40))],
        ),
    ],
)
def test_the_city_stays_a_place(text: str, model: list, expected: list) -> None:
    assert resolved_at_words(text, model) == expected
