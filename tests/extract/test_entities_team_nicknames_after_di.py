"""A team's nickname of an article and a word after the locative `di` (fix29d, review D1): a
player `bertahan di Los Blancos` or `memulai kariernya di Les Bleus` plays for the squad, which is
no organisation (data/annotations convention: team nicknames are not listed), as it is anywhere
else on a sports page. Only English `The` and its word after `di` is a venue's name (`di The
Arenas`), and a listed city stays one (`di Las Vegas`). Whole entity lists from
`resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemain sayap itu bertahan di Los Blancos dan mencetak dua gol dalam laga semalam.", "Los Blancos"),
        ("Gelandang muda itu memulai kariernya di Les Bleus sebelum tampil di laga final.", "Les Bleus"),
    ],
    ids=["los", "les"],
)
def test_a_nickname_after_di_on_a_sports_page_is_none(text: str, name: str) -> None:
    assert _out(text, _model(text, [(name, "ORG")])) == []


def test_the_and_a_word_after_di_stays_a_venue() -> None:
    text = "Laga pembuka musim digelar di The Arenas dan berakhir tanpa gol."
    assert _out(text, _model(text, [("The Arenas", "ORG")])) == [("The Arenas", "ORG", (30, 40))]


def test_a_listed_city_after_di_stays() -> None:
    text = "Petinju itu akan naik ring di Las Vegas setelah menang dalam laga terakhirnya."
    assert _out(text, _model(text, [("Las Vegas", "ORG")])) == [("Las Vegas", "ORG", (30, 39))]
