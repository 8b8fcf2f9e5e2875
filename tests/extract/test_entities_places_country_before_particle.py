"""A foreign particle after a place (`_particle_grown`): a place's name runs on over it (`Parc` +
`des Princes`), but a country's or a listed region's name is whole and takes no particle's words
(`Pemain Brasil da Silva`: the country, then a player's surname), and no given name goes on a
place after a particle (`de Paul`: a person's). Whole entity lists from `resolve_entities` on
invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Pemain Brasil da Costa mencetak gol kedua pada menit ke-70.",
            [("Brasil", "LOC")],
            [("Brasil", "LOC", (7, 13))],
        ),
        (
            "Film terbaru Meksiko del Rio tayang di bioskop pekan depan.",
            [("Meksiko", "LOC")],
            [("Meksiko", "LOC", (13, 20))],
        ),
    ],
)
def test_a_country_takes_no_particle_and_the_words_after_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_given_name_after_a_particle_goes_on_no_place() -> None:
    text = "Gelandang Stadion Municipal de Paul itu dikenal cepat."
    assert ("Stadion Municipal", "LOC", (10, 27)) in _found(text, [("Stadion Municipal", "LOC")])


def test_a_place_still_runs_on_over_its_particle() -> None:
    text = "Laga itu digelar di Parc des Princes pada Sabtu malam."
    assert _found(text, [("Parc", "LOC")]) == [("Parc des Princes", "LOC", (20, 36))]
