"""A state's form and its country after capitalised words no title opens (`Televisi Republik
Indonesia`, `Tentara Nasional Republik Indonesia`, `Negara Kesatuan Republik Indonesia`) are the
words of a name the model missed, no place of their own; after a title (`Presiden`, `Duta Besar`,
`Wakil Menteri Pekerjaan Umum dan Perumahan`) or a day's word (`Hari Kemerdekaan`, `HUT`) they
stay a place. Whole entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    "text",
    [
        "Pertandingan itu disiarkan langsung Televisi Republik Indonesia pada Sabtu malam.",
        "Kakeknya pernah berdinas di Tentara Nasional Republik Indonesia selama dua puluh tahun.",
        "Para pelajar diajak menjaga keutuhan Negara Kesatuan Republik Indonesia sejak dini.",
    ],
)
def test_a_missed_name_holding_the_republic_gives_no_place(text: str) -> None:
    assert _found(text, []) == []


def test_a_country_the_model_found_inside_a_missed_name_does_not_grow() -> None:
    text = "Kakeknya pernah berdinas di Tentara Nasional Republik Indonesia selama dua puluh tahun."
    model = [("Indonesia", "LOC")]
    assert _found(text, model) == [("Indonesia", "LOC", (54, 63))]


def test_the_republic_after_a_two_word_title_is_a_place() -> None:
    text = "Pameran itu dibuka oleh Duta Besar Republik Indonesia untuk Jepang pada Kamis."
    assert _found(text, []) == [("Republik Indonesia", "LOC", (35, 53)), ("Jepang", "LOC", (60, 66))]


def test_the_republic_after_a_minister_s_field_is_a_place() -> None:
    text = "Jembatan itu diresmikan Wakil Menteri Pekerjaan Umum dan Perumahan Republik Indonesia kemarin."
    assert _found(text, []) == [("Republik Indonesia", "LOC", (67, 85))]


def test_the_republic_after_a_day_s_name_is_a_place() -> None:
    text = "Warga memasang umbul-umbul menyambut Hari Kemerdekaan Republik Indonesia di desa itu."
    assert _found(text, []) == [("Republik Indonesia", "LOC", (54, 72))]


def test_the_republic_after_a_sentence_s_common_opener_is_a_place() -> None:
    text = "Sebelum merdeka, wilayah itu dijajah Belanda. Menurut Republik Indonesia, itu sah."
    assert _found(text, [("Belanda", "LOC")]) == [
        ("Belanda", "LOC", (37, 44)),
        ("Republik Indonesia", "LOC", (54, 72)),
    ]
