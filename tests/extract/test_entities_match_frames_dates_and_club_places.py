"""A match's frame (`_clubs_in_match_frames`): two numbers after a name that a month's name or a
year follows are the days of an event, no score, and the name stays the host's place; a
listed place's name with a word that is no place's and no place's kind names a club (`Real
Madrid`, `Union Berlin`), where a place's kind and its name (`Kota Madrid`) stay a place
(GUIDELINES §6: clubs are organisations). Whole entity lists from `resolve_entities` on
invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from extract.ner.entities.words import country_or_region, in_match_frame
from tests.entity_records import model_entities as _model
from tests.entity_records import resolved_entities as _out


def test_days_and_a_month_after_a_name_are_no_score() -> None:
    text = "Laga babak grup digelar Xiamen 12-15 Mei mendatang."
    assert _out(text, _model(text, [("Xiamen", "LOC")])) == [("Xiamen", "LOC", (24, 30))]


def test_a_score_after_a_name_still_frames_a_match() -> None:
    text = "Dalam laga tadi malam, Leeds 2-1 atas tamunya."
    assert in_match_frame((23, 28), text)


def test_days_and_a_year_after_a_name_are_no_score() -> None:
    text = "Turnamen Jakarta 3-5 2025 ditunda."
    assert not in_match_frame((9, 16), text)


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Real Madrid", False),
        ("Union Berlin", False),
        ("Madrid", True),
        ("Botswana Nigeria", True),
        ("Kota Madrid", True),
        ("", False),
    ],
)
def test_a_place_with_a_clubs_word_is_no_place(name: str, place: bool) -> None:
    assert country_or_region(name) is place


def test_a_place_with_a_clubs_word_in_a_match_frame_is_a_club() -> None:
    text = "Dalam laga semalam, Real Madrid menang atas Union Berlin di kandang."
    model = [("Real Madrid", "LOC"), ("Union Berlin", "LOC")]
    assert _out(text, _model(text, model)) == [
        ("Real Madrid", "ORG", (20, 31)),
        ("Union Berlin", "ORG", (44, 56)),
    ]
