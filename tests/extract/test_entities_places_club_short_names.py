"""Clubs named after their city (issue 12). On a sports page a LOC the page also writes as the
opening words of a club named by its form (`Sheffield` beside `Sheffield United`, `Madura` beside
`Madura United FC`) is the club (`places._clubs_by_short_name`), and so is a LOC right after the
word of a side's goal, base or home ground (`gawang Verona`, `markas Osasuna`:
`places._clubs_at_their_grounds`): ORGs, GUIDELINES §6, clubs are organisations. Whole outputs
of the pipeline on invented sentences in the style of sports news, and the cases that must give
no club: the city as a venue (`bertanding di Sheffield`, `digelar di Verona`), after a stadium
and a comma, a page about no game, a city on a page that names no club after it, and a
country's national side after `gawang`."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities

CASES_CLUB = [
    # the club's short name after `dari`, a score on the page
    (
        "Sheffield United kalah 1-2 dari Tottenham Hotspur. Sempat tertinggal dari Sheffield, "
        "Tottenham bangkit lewat dua gol di babak kedua.",
        [
            ("Sheffield United", "ORG", (0, 16)),
            ("Tottenham Hotspur", "ORG", (32, 49)),
            ("Sheffield", "ORG", (74, 83)),
            ("Tottenham", "ORG", (85, 94)),
        ],
    ),
    # the short name as the subject of the standings
    (
        "Madura United FC menang 3-0 atas Persebaya. Dengan kemenangan itu, Madura tetap berada di "
        "puncak klasemen.",
        [("Madura United FC", "ORG", (0, 16)), ("Persebaya", "ORG", (33, 42)), ("Madura", "ORG", (67, 73))],
    ),
]

CASES_GROUND = [
    # a score beside it already frames it as a side (`bodies._clubs_in_match_frames`)
    (
        "Barcelona meraih kemenangan 2-1 di markas Osasuna pada pertandingan Liga Spanyol, Minggu.",
        [("Barcelona", "ORG", (0, 9)), ("Osasuna", "ORG", (42, 49)), ("Spanyol", "LOC", (73, 80))],
    ),
    (
        "Aouar memanfaatkan kemelut di depan gawang Verona untuk mencetak gol perdananya bagi Genoa.",
        [("Verona", "ORG", (43, 49))],
    ),
    (
        "Inter Milan membawa pulang tiga poin dari kandang Cagliari pada pekan ketujuh Liga Italia.",
        [("Inter Milan", "ORG", (0, 11)), ("Cagliari", "ORG", (50, 58)), ("Italia", "LOC", (83, 89))],
    ),
]

CASES_PLACE = [
    # the city as the venue: after `di`
    (
        "Sheffield United akan bertanding di Sheffield melawan Arsenal pada pekan depan.",
        [("Sheffield United", "ORG", (0, 16)), ("Sheffield", "LOC", (36, 45)), ("Arsenal", "ORG", (54, 61))],
    ),
    # the city after its stadium and a comma, beside its club
    (
        "Madura United FC menjamu Persebaya di Stadion Gelora Bangkalan, Madura, dalam laga pekan ketujuh.",
        [
            ("Madura United FC", "ORG", (0, 16)),
            ("Stadion Gelora Bangkalan", "LOC", (38, 62)),
            ("Madura", "LOC", (64, 70)),
        ],
    ),
    # no club named after the city on the page
    (
        "Persebaya menang 2-1 atas Arema. Suporter dari Madura ikut memadati stadion.",
        [("Arema", "ORG", (26, 31)), ("Madura", "LOC", (47, 53))],
    ),
    # a country's national side after `gawang`: a place (data/annotations)
    (
        "Italia unggul 2-1 setelah Raspadori membobol gawang Ukraina pada babak kedua.",
        [("Italia", "LOC", (0, 6)), ("Ukraina", "LOC", (52, 59))],
    ),
    # the city as the venue
    (
        "Pertandingan pekan ketiga Liga Italia itu digelar di Verona, Sabtu malam.",
        [("Italia", "LOC", (31, 37)), ("Verona", "LOC", (53, 59))],
    ),
    # a page about no game: the region stays a place
    (
        "Madura dikenal sebagai penghasil garam, dan Madura United FC membuka toko resmi di Bangkalan.",
        [("Madura", "LOC", (0, 6)), ("Madura United FC", "ORG", (44, 60)), ("Bangkalan", "LOC", (83, 92))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_CLUB)
def test_a_city_written_as_its_clubs_short_name_is_the_club(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_GROUND)
def test_a_name_after_a_sides_ground_word_is_the_club(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_PLACE)
def test_a_city_read_as_the_place_stays_a_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="the city's people (`Warga Sheffield`) on a page about its club read as the club's short name",
)
def test_the_citys_people_name_the_city() -> None:
    text = "Sheffield United menang 2-1 atas Burnley. Warga Sheffield menyambut tim itu di balai kota."
    assert ("Sheffield", "LOC", (49, 58)) in _entities(text)


@pytest.mark.xfail(
    strict=True,
    reason="the city of a derby (`derby Manchester`) beside its club's name reads as the club's short name",
)
def test_a_derbys_city_is_a_place() -> None:
    text = "Manchester United kalah 0-3 dalam laga derby Manchester di Liga Inggris, Minggu malam."
    assert ("Manchester", "LOC", (45, 55)) in _entities(text)


@pytest.mark.xfail(
    strict=True,
    reason="a city's other side (`tim biru Manchester`: Manchester City) reads as the short name of its club",
)
def test_a_citys_other_side_names_the_city() -> None:
    text = "Dua gol Phil Foden memastikan kemenangan tim biru Manchester atas Manchester United 3-0."
    assert ("Manchester", "LOC", (50, 60)) in _entities(text)
