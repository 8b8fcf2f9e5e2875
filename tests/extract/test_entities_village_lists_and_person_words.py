"""Places read in news-raw (issue 12, round 25: unread regional news from Lampung): a village
named by its capitalised level counts as a place that opens a list of places (`Kampung Sido
Makmur, Karya Bakti, dan Kampung Bumi Rahayu`), and a place's word the article uses as a
person's name (`kata Puncak,`, `Mayang (28)`) is no place anywhere in it, nor a greeting that
opens a sentence (`Salam hormat …`). Whole entity lists
with spans from `resolve_entities` on invented sentences, and the cases that must stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # villages named by their level, an unlisted village between them
        (
            "Bantuan dibagikan di Kampung Sido Makmur, Karya Bakti, dan Kampung Bumi Rahayu pekan ini.",
            [("Kampung Sido Makmur", "LOC"), ("Kampung Bumi Rahayu", "LOC")],
            [
                ("Kampung Sido Makmur", "LOC", (21, 40)),
                ("Karya Bakti", "LOC", (42, 53)),
                ("Kampung Bumi Rahayu", "LOC", (59, 78)),
            ],
        ),
        (
            "Pemilihan peratin hanya digelar di Pekon Sukaraja, Sukamulya dan Pekon Way Sindi.",
            [("Pekon Sukaraja", "LOC"), ("Pekon Way Sindi", "LOC")],
            [
                ("Pekon Sukaraja", "LOC", (35, 49)),
                ("Sukamulya", "LOC", (51, 60)),
                ("Pekon Way Sindi", "LOC", (65, 80)),
            ],
        ),
    ],
)
def test_an_item_between_villages_named_by_their_level_is_a_place(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the level written in lowercase names no village: the unlisted item stays out
        (
            "Bantuan dibagikan di kampung Sido Makmur, Karya Bakti, dan kampung Bumi Rahayu pekan ini.",
            [("Sido Makmur", "LOC"), ("Bumi Rahayu", "LOC")],
            [("kampung Sido Makmur", "LOC", (21, 40)), ("kampung Bumi Rahayu", "LOC", (59, 78))],
        ),
        # the capitalised level is shared by the items after it (`places._level_shared`): an item
        # closed by a comma is a village; the last, opened by a common word and running on into the
        # clause (`Sinar Jaya ikut`), stays out
        (
            "Warga Kampung Sido Makmur, Karya Bakti, dan Sinar Jaya ikut menyumbang.",
            [("Kampung Sido Makmur", "LOC")],
            [("Kampung Sido Makmur", "LOC", (6, 25)), ("Karya Bakti", "LOC", (27, 38))],
        ),
    ],
)
def test_an_item_beside_one_village_stays_out(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the speaker of a quote's tag, then the same word opening a sentence
        (
            "“Perbaikan jalan itu ditunda,” kata Puncak, Kamis. Puncak menyebut dana dialihkan.",
            [("Puncak", "LOC"), ("Puncak", "LOC")],
            [],
        ),
        # a resident's age after her name, then her name alone
        (
            "Warga Gedongair, Mayang (28), kini menjahit masker. Mayang menjualnya Rp10 ribu.",
            [("Gedongair", "LOC"), ("Mayang", "LOC"), ("Mayang", "LOC")],
            [("Gedongair", "LOC", (6, 15))],
        ),
    ],
)
def test_a_word_used_as_a_persons_name_is_no_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the counts of a list after its places: no ages
        (
            "Kelompok tani tersebar di Subik (7), Gunung Sadar (6), dan Pekurun Barat (5).",
            [("Subik", "LOC"), ("Gunung Sadar", "LOC"), ("Pekurun Barat", "LOC")],
            [
                ("Subik", "LOC", (26, 31)),
                ("Gunung Sadar", "LOC", (37, 49)),
                ("Pekurun Barat", "LOC", (59, 72)),
            ],
        ),
        # a rank after a province beside another bracketed rank: no age
        (
            "Juara dibagi rata: Jatim (peringkat 9) dan Sumbar (11) masing-masing satu.",
            [("Jatim", "LOC"), ("Sumbar", "LOC")],
            [("Jatim", "LOC", (19, 24)), ("Sumbar", "LOC", (43, 49))],
        ),
        # a place after a prefixed speech verb is what was said about
        (
            "Bupati mengatakan Padang, Bukittinggi, dan Solok siap menerima wisatawan.",
            [("Padang", "LOC"), ("Bukittinggi", "LOC"), ("Solok", "LOC")],
            [("Padang", "LOC", (18, 24)), ("Bukittinggi", "LOC", (26, 37)), ("Solok", "LOC", (43, 48))],
        ),
    ],
)
def test_a_place_near_a_number_or_a_speech_verb_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a greeting opening a quote
        (
            "“Salam dari kami untuk warga Way Kanan,” ujarnya.",
            [("Salam", "LOC"), ("Way Kanan", "LOC")],
            [("Way Kanan", "LOC", (29, 38))],
        ),
        # a greeting opening a written message
        ("Rapat ditutup. Salam hormat kepada para peserta.", [("Salam", "LOC")], []),
        # a district of that name inside a sentence, and with its level
        (
            "Warga Salam mengungsi ke Kecamatan Salam bagian utara.",
            [("Salam", "LOC"), ("Kecamatan Salam", "LOC")],
            [("Salam", "LOC", (6, 11)), ("Kecamatan Salam", "LOC", (25, 40))],
        ),
    ],
)
def test_a_greeting_opening_a_sentence_is_no_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
