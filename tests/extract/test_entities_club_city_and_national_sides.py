"""Two guards on the clubs read as a match's side (session 28, issue 12), GUIDELINES §6 and
data/annotations (clubs are organisations, a city is a place, countries as opponents are places):
a club's mention read as its city (`Stadion …, Koln`, `di Koln`) stays a LOC after one sense per
surface votes the club's ORG, in the entity layer and in vetting (a PER read as the club by its
team's word); on a page whose match sides are countries (`melawan Denmark`), another place as a
side is a nation written as its capital, a LOC, no club. Whole entity lists with spans on
invented sentences."""

from __future__ import annotations

from tests.entity_records import resolved_at_words, vetted_at_words


def test_the_city_after_a_stadium_stays_a_place_beside_the_club() -> None:
    text = (
        "Hertha menang 2-0 kontra Koln dalam laga pekan ketiga di Stadion Rhein, Koln, Sabtu. "
        "Koln kini berada di dasar klasemen."
    )
    model = [("Koln", "LOC", 0), ("Stadion Rhein", "LOC", 0), ("Koln", "LOC", 1), ("Koln", "LOC", 2)]
    assert resolved_at_words(text, model) == [
        ("Koln", "ORG", (25, 29)),
        ("Stadion Rhein", "LOC", (57, 70)),
        ("Koln", "LOC", (72, 76)),
        ("Koln", "ORG", (85, 89)),
    ]


def test_a_vetted_club_read_as_the_city_after_a_stadium_is_a_place() -> None:
    text = (
        "Arsenal bermain imbang 1-1 kontra Burnley dalam laga di Stadion Turf, Burnley, Sabtu. Bola "
        "sempat membentur tiang gawang Burnley."
    )
    model = [
        ("Arsenal", "ORG", 0),
        ("Burnley", "PER", 0),
        ("Stadion Turf", "LOC", 0),
        ("Burnley", "ORG", 1),
        ("Burnley", "PER", 2),
    ]
    assert vetted_at_words(text, model) == [
        ("Arsenal", "ORG", (0, 7)),
        ("Burnley", "ORG", (34, 41)),
        ("Stadion Turf", "LOC", (56, 68)),
        ("Burnley", "LOC", (70, 77)),
        ("Burnley", "ORG", (121, 128)),
    ]


def test_a_capital_as_a_side_on_a_page_of_national_teams_stays_a_place() -> None:
    text = (
        "Tim putri menang 3-1 melawan Denmark di perempat final. Sebelumnya mereka kalah "
        "2-3 melawan Taipei dalam laga grup."
    )
    model = [("Denmark", "LOC", 0), ("Taipei", "LOC", 0)]
    assert resolved_at_words(text, model) == [("Denmark", "LOC", (29, 36)), ("Taipei", "LOC", (92, 98))]


def test_a_city_as_a_side_on_a_page_of_clubs_is_still_the_club() -> None:
    # no country stands as a side: the page's sides are clubs
    text = "Hertha menang 2-0 kontra Koln dalam laga pekan ketiga, lalu kalah 1-2 melawan Mainz."
    model = [("Koln", "LOC", 0), ("Mainz", "LOC", 0)]
    assert resolved_at_words(text, model) == [("Koln", "ORG", (25, 29)), ("Mainz", "ORG", (78, 83))]


def test_a_mention_the_model_reads_as_the_club_stays_the_club_without_a_city_form() -> None:
    # `ke` before the model's ORG: no LOC came in, none is made
    text = "Arsenal menang 2-0 kontra Koln di laga itu. Pemain muda itu pindah ke Koln musim lalu."
    model = [("Arsenal", "ORG", 0), ("Koln", "LOC", 0), ("Koln", "ORG", 1)]
    assert resolved_at_words(text, model) == [
        ("Arsenal", "ORG", (0, 7)),
        ("Koln", "ORG", (26, 30)),
        ("Koln", "ORG", (70, 74)),
    ]
