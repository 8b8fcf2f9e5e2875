"""A model place that runs from the last field of an office's name, after `dan` behind a
position title, into the office's region (`Kadis Ketahanan Pangan, Tanaman Pangan dan
Holtikultura Lamteng`): the field word is part of the title and no place, the region after it is
the place (GUIDELINES §6: inside a title, a region written as its own words is a LOC). Whole
entity lists with spans from `resolve_entities` on invented sentences, the model's spans given,
and the cases that must keep the model's place whole."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the field word opens the model's place, the unit's regency ends it
        (
            "Pompa air sudah dikirim, ujar Kadis Ketahanan Pangan,Tanaman Pangan dan Holtikultura "
            "Lamteng, Rabu pagi.",
            [("Holtikultura Lamteng", "LOC")],
            [("Lamteng", "LOC", (85, 92))],
        ),
        (
            "Benih jagung dibagikan oleh Kabid Tanaman Pangan dan Hortikultura Pringsewu kepada "
            "kelompok tani.",
            [("Hortikultura Pringsewu", "LOC")],
            [("Pringsewu", "LOC", (66, 75))],
        ),
    ],
)
def test_a_region_after_a_title_units_field_word_is_the_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a place's head opens the model's place: a place of its own after the title, one
        # place per level
        (
            "Rapat dihadiri Kadis Pertanian dan Desa Sukamaju Lamteng pada Senin.",
            [("Desa Sukamaju Lamteng", "LOC")],
            [("Desa Sukamaju", "LOC", (35, 48)), ("Lamteng", "LOC", (49, 56))],
        ),
        # the field word alone after the title: no place at all
        (
            "Laporan dibacakan Kabid Tanaman Pangan dan Hortikultura pada rapat pagi itu.",
            [("Hortikultura", "LOC")],
            [],
        ),
    ],
)
def test_a_place_opened_by_its_head_stays_and_a_lone_field_word_is_none(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected
