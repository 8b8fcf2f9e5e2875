"""A place cut before a foreign name's lowercase particle (`de`, `des`, `of`: entities_place_particles.txt)
runs on over it to the capitalised words after it (`Parc des Princes`, `Stadion Municipal de
Balaidos`, `Bay of Bengal`: one place, GUIDELINES §6). An English title before `of`, a person's
name after the particle and an Indonesian word between two places (`di`, `dan`) join nothing.
Whole entity lists from `resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Gelandang itu akan kembali bermain di Parc des Princes musim depan.",
            [("Parc", "LOC")],
            [("Parc des Princes", "LOC", (38, 54))],
        ),
        (
            "Laga pekan ketiga berlangsung di Stadion Municipal de Balaidos, Vigo, Jumat malam.",
            [("Stadion Municipal", "LOC"), ("Vigo", "LOC")],
            [("Stadion Municipal de Balaidos", "LOC", (33, 62)), ("Vigo", "LOC", (64, 68))],
        ),
        (
            "Siklon tropis itu terbentuk di Bay of Bengal sejak Senin pagi.",
            [("Bay", "LOC")],
            [("Bay of Bengal", "LOC", (31, 44))],
        ),
        (
            "Ribuan peziarah berjalan kaki menuju Santiago de Compostela di Spanyol.",
            [("Santiago", "LOC"), ("Spanyol", "LOC")],
            [("Santiago de Compostela", "LOC", (37, 59)), ("Spanyol", "LOC", (63, 70))],
        ),
    ],
)
def test_a_place_runs_on_over_its_particle(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Lukisan karya Leonardo da Vinci dipamerkan di Paris bulan ini.",
            [("Leonardo da Vinci", "PER"), ("Paris", "LOC")],
            [("Leonardo da Vinci", "PER", (14, 31)), ("Paris", "LOC", (46, 51))],
        ),
        (
            "Gol kemenangan Persib dicetak Ricardo de Souza di Bandung.",
            [("Persib", "ORG"), ("Ricardo de Souza", "PER"), ("Bandung", "LOC")],
            [
                ("Persib", "ORG", (15, 21)),
                ("Ricardo de Souza", "PER", (30, 46)),
                ("Bandung", "LOC", (50, 57)),
            ],
        ),
        (
            "Kunjungan itu disambut Presiden of Timor Leste di Dili.",
            [("Timor Leste", "LOC"), ("Dili", "LOC")],
            [("Timor Leste", "LOC", (35, 46)), ("Dili", "LOC", (50, 54))],
        ),
        (
            "Rombongan bergerak dari Medan di Sumatera Utara menuju Aceh.",
            [("Medan", "LOC"), ("Sumatera Utara", "LOC"), ("Aceh", "LOC")],
            [("Medan", "LOC", (24, 29)), ("Sumatera Utara", "LOC", (33, 47)), ("Aceh", "LOC", (55, 59))],
        ),
    ],
)
def test_a_person_a_title_or_an_indonesian_word_joins_nothing(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
