"""Officials: a competitor's noun before a team's word (`pemain tim …`, `atlet tim nasional …`)
names one who plays for the team, not a post in it (GUIDELINES §2 and the annotation
conventions: athletes and players are not officials for playing for a team; a role in it is,
`kapten`, `pelatih`). The player stays a person.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import check_text_officials, role_officials, text_officials
from tests.person_records import person_mentions


def test_a_player_of_a_team_is_no_official() -> None:
    s = "Pemain tim wanita Persita Raya, Siti Rahmawati, mengatakan timnya siap menghadapi laga final."
    assert text_officials(s) == []
    assert role_officials(s, [("Persita Raya", "ORG"), ("Siti Rahmawati", "PER")]) == []


def test_an_athlete_of_the_national_team_is_no_official() -> None:
    s = "Atlet tim nasional bola voli putri Indonesia Dewi Kartikasari mengaku senang bisa tampil di kandang."
    assert text_officials(s) == []
    assert role_officials(s, [("Indonesia", "LOC"), ("Dewi Kartikasari", "PER")]) == []


def test_the_player_stays_a_person() -> None:
    s = "Pemain tim wanita Persita Raya, Siti Rahmawati, mengatakan timnya siap menghadapi laga final."
    found = [("Persita Raya", "ORG"), ("Siti Rahmawati", "PER")]
    assert person_mentions(s, found) == [("Siti Rahmawati", ["Siti Rahmawati"])]


def test_the_coach_of_a_team_is_still_an_official() -> None:
    s = "Pelatih tim nasional Malaysia Kim Pan-gon memanggil 28 pemain untuk pemusatan latihan."
    check_text_officials(
        s,
        [("Pelatih tim nasional Malaysia Kim Pan-gon", "Kim Pan-gon", "Pelatih tim nasional Malaysia")],
    )
