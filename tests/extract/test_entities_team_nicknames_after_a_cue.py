"""A name right after a team's, a club's or a pair's noun and a nickname's cue (`klub berjuluk
The Magpies`, `tim yang dijuluki Macan Putih`, `pasangan berjuluk The Babies`:
entities_nicknames.txt, kind `team`) is the nickname: clubs are organisations but their
nicknames are not listed (data/annotations convention). A region or a head opening the name
keeps it (`kota berjuluk Kota Hujan`). Whole entity lists from `resolve_entities` on invented
sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Gol tunggal itu membawa klub berjuluk The Magpies naik ke posisi ketiga.",
            [("The Magpies", "ORG")],
        ),
        (
            "Pelatih baru itu akan memimpin tim yang dijuluki Macan Putih musim depan.",
            [("Macan Putih", "ORG")],
        ),
        ("Di final, pasangan berjuluk The Babies menang dua gim langsung.", [("The Babies", "ORG")]),
    ],
)
def test_a_team_nickname_after_its_noun_and_a_cue_is_none(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


def test_a_team_nickname_between_commas_is_none_and_the_clubs_stay() -> None:
    text = "Juventus, tim berjuluk Bianconeri, kalah dari Udinese."
    found = _out(text, _model(text, [("Juventus", "ORG"), ("Bianconeri", "ORG"), ("Udinese", "ORG")]))
    assert found == [("Juventus", "ORG", (0, 8)), ("Udinese", "ORG", (46, 53))]


def test_the_club_named_beside_its_nickname_stays_a_body() -> None:
    text = "Newcastle United, klub berjuluk The Magpies, menang 2-0."
    found = _out(text, _model(text, [("Newcastle United", "ORG"), ("The Magpies", "ORG")]))
    assert found == [("Newcastle United", "ORG", (0, 16))]
