"""A side of a match on a page about a game is a club, an ORG (GUIDELINES §6; data/annotations:
clubs are organisations): a model LOC right before or after a match's word or a score (`kontra
Koln`, `Wolves 2 - 1`), a PER or a LOC listed with two others, one a club by its form (`Leeds
United`); every mention the article writes so, unless read as the city (`di Koln`); before the
persons are read (`vet_entities`), a PER in a match's frame that the article also writes after a
team's word (`gawang Burnley`) is the club, and a PER it opens is split from the player. A country's
or a region's name stays a place, and nothing changes on a page with no game, nor for a player.
Whole entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from tests.entity_records import resolved_at_words, vetted_at_words


def test_a_place_after_a_match_word_is_the_club_everywhere() -> None:
    text = "Hertha menang 2-0 kontra Koln dalam laga pekan ketiga. Koln kini berada di dasar klasemen."
    model = [("Koln", "LOC", 0), ("Koln", "LOC", 1)]
    assert resolved_at_words(text, model) == [("Koln", "ORG", (25, 29)), ("Koln", "ORG", (55, 59))]


def test_a_place_before_a_score_is_the_club_but_the_city_after_di_stays() -> None:
    text = "Hasil laga Sabtu: Wolves 2 - 1 Everton. Pertandingan itu digelar di Wolverhampton."
    model = [("Wolves", "LOC", 0), ("Everton", "ORG", 0), ("Wolverhampton", "LOC", 0)]
    assert resolved_at_words(text, model) == [
        ("Wolves", "ORG", (18, 24)),
        ("Everton", "ORG", (31, 38)),
        ("Wolverhampton", "LOC", (68, 81)),
    ]


def test_a_person_across_a_match_word_from_a_body_stays_a_person() -> None:
    text = "Laga Dynamo Kyiv vs Barcelona dimulai pukul 02.00 WIB."
    model = [("Dynamo Kyiv", "PER", 0), ("Barcelona", "ORG", 0)]
    assert resolved_at_words(text, model) == [("Dynamo Kyiv", "PER", (5, 16)), ("Barcelona", "ORG", (20, 29))]


def test_places_listed_with_a_club_by_its_form_are_clubs() -> None:
    text = "Usai jeda, mereka akan menghadapi Burnley, Sunderland, Leeds United, dan Fulham di liga."
    model = [
        ("Burnley", "LOC", 0),
        ("Sunderland", "LOC", 0),
        ("Leeds United", "ORG", 0),
        ("Fulham", "ORG", 0),
    ]
    assert resolved_at_words(text, model) == [
        ("Burnley", "ORG", (34, 41)),
        ("Sunderland", "ORG", (43, 53)),
        ("Leeds United", "ORG", (55, 67)),
        ("Fulham", "ORG", (73, 79)),
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a country as the opponent stays a place
        (
            "Timnas menang 3-1 melawan Vietnam dalam laga uji coba di Stadion Manahan.",
            [("Vietnam", "LOC", 0), ("Stadion Manahan", "LOC", 0)],
            [("Vietnam", "LOC", (26, 33)), ("Stadion Manahan", "LOC", (57, 72))],
        ),
        # a listed region as the opponent stays a place
        (
            "Tim voli putri Jawa Timur ditahan imbang Bali pada laga kedua.",
            [("Jawa Timur", "LOC", 0), ("Bali", "LOC", 0)],
            [("Jawa Timur", "LOC", (15, 25)), ("Bali", "LOC", (41, 45))],
        ),
        # the match's venue: a city after `di`, no match's word beside it
        (
            "Laga final Liga Champions melawan tim tamu digelar di Manchester pekan depan.",
            [("Manchester", "LOC", 0)],
            [("Manchester", "LOC", (54, 64))],
        ),
        # two players across a match's word stay persons
        (
            "Di laga pembuka, Rafael Nadal melawan Casper Ruud dan menang dua set.",
            [("Rafael Nadal", "PER", 0), ("Casper Ruud", "PER", 0)],
            [("Rafael Nadal", "PER", (17, 29)), ("Casper Ruud", "PER", (38, 49))],
        ),
        # a page with no game's word: a city after `melawan` stays a place
        (
            "Warga Surabaya melawan Banjir dengan gotong royong sejak Senin pagi.",
            [("Surabaya", "LOC", 0)],
            [("Surabaya", "LOC", (6, 14))],
        ),
        # a city in a weather note that holds `laga` but no match's frame stays a place
        (
            "Hujan deras mengguyur Bandung sore ini, sehingga laga persahabatan ditunda.",
            [("Bandung", "LOC", 0)],
            [("Bandung", "LOC", (22, 29))],
        ),
        # a club and a player in apposition: one other item only, the player stays
        (
            "Gol itu dicetak pemain Tottenham Hotspur, Harry Kane, di menit akhir laga.",
            [("Tottenham Hotspur", "ORG", 0), ("Harry Kane", "PER", 0)],
            [("Tottenham Hotspur", "ORG", (23, 40)), ("Harry Kane", "PER", (42, 52))],
        ),
    ],
)
def test_no_club_read(text: str, model: list[tuple[str, str, int]], expected: list) -> None:
    assert resolved_at_words(text, model) == expected


def test_a_person_in_a_match_frame_written_after_a_team_word_is_the_club() -> None:
    text = (
        "Arsenal bermain imbang 1-1 kontra Burnley di laga ketujuh. Bola sempat membentur tiang "
        "gawang Burnley. Kiper Burnley James Trafford tampil gemilang."
    )
    model = [
        ("Arsenal", "ORG", 0),
        ("Burnley", "PER", 0),
        ("Burnley", "PER", 1),
        ("Burnley James Trafford", "PER", 0),
    ]
    assert vetted_at_words(text, model) == [
        ("Arsenal", "ORG", (0, 7)),
        ("Burnley", "ORG", (34, 41)),
        ("Burnley", "ORG", (94, 101)),
        ("Burnley", "ORG", (109, 116)),
        ("James Trafford", "PER", (117, 131)),
    ]


def test_a_player_in_a_match_frame_stays_a_person() -> None:
    text = (
        "Jonatan kalah 19-21 kontra Viktor Axelsen di laga final. Pelatih Jonatan menyebut lawannya tangguh."
    )
    model = [("Jonatan", "PER", 0), ("Viktor Axelsen", "PER", 0), ("Jonatan", "PER", 1)]
    assert vetted_at_words(text, model) == [
        ("Jonatan", "PER", (0, 7)),
        ("Viktor Axelsen", "PER", (27, 41)),
        ("Jonatan", "PER", (65, 72)),
    ]
