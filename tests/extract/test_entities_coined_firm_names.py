"""A one-word name coined of two glued words, the second capitalised (`OpenAI`, `SpaceX`), names a
firm or a brand, no place (GUIDELINES §6); glued words of a listed place, a glued head and short
names stay as they were. Whole entity lists from `resolve_entities` on invented sentences, with
the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Investor asal Jakarta menyambut kerja sama OpenAI dengan perusahaan lokal.",
            [("Jakarta", "LOC"), ("OpenAI", "LOC")],
            [("Jakarta", "LOC", (14, 21)), ("OpenAI", "ORG", (43, 49))],
        ),
        (
            "Roket milik SpaceX meluncur dari Florida pada Rabu pagi.",
            [("SpaceX", "LOC"), ("Florida", "LOC")],
            [("SpaceX", "ORG", (12, 18)), ("Florida", "LOC", (33, 40))],
        ),
        (
            "Dana kelolaan BlackRock di pasar obligasi terus bertambah.",
            [("BlackRock", "LOC")],
            [("BlackRock", "ORG", (14, 23))],
        ),
    ],
)
def test_a_coined_name_the_model_calls_a_place_is_a_firm(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # two words of a listed city written glued: still the city
        (
            "Harga cabai di BandarLampung naik sejak pekan lalu.",
            [("BandarLampung", "LOC")],
            [("BandarLampung", "LOC", (15, 28))],
        ),
        # a district's short name of mixed case
        (
            "Jalan penghubung di Kecamatan Rawajitu Utara (RjU) rusak parah.",
            [("Kecamatan Rawajitu Utara", "LOC"), ("RjU", "LOC")],
            [("Kecamatan Rawajitu Utara", "LOC", (20, 44)), ("RjU", "LOC", (46, 49))],
        ),
        # a venue coined with its English venue word
        (
            "Final turnamen itu digelar di DragonArena pekan depan.",
            [("DragonArena", "LOC")],
            [("DragonArena", "LOC", (30, 41))],
        ),
        # a facility's head glued to its name is a typo, no firm
        (
            "Warga antre di KantorKampung Sumber Rejo sejak pagi.",
            [("KantorKampung", "LOC")],
            [("KantorKampung", "LOC", (15, 28))],
        ),
    ],
)
def test_glued_place_words_stay_places(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
