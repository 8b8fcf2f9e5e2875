"""Capitalised words inside a quoted title right after a titling word or a work's noun
(`bertema`, `berjudul`, `Judulnya`, `buku`: entities_title_cues.txt) are the words of a work's,
an event's or a theme's title, no body (GUIDELINES §6): the model's ORG over them gives nothing.
A body named in the title keeps its known short name, a body named after the closed title stays,
and so does a quoted name after a word that is no titling word. Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Mahasiswa menggelar diskusi bertema “Mengapa Harimau Turun Gunung” di kampus.",
            [("Harimau Turun Gunung", "ORG")],
        ),
        (
            "Band itu merilis album berjudul 'Langit Senja Merona' pada awal bulan.",
            [("Langit Senja Merona", "ORG")],
        ),
        (
            "Foto itu viral di media sosial. Judulnya, “Satu Malam Tanpa Bintang”.",
            [("Satu Malam Tanpa Bintang", "ORG")],
        ),
        (
            "Dosen itu menerbitkan buku “Belajar Bersama Guru Honorer” tahun lalu.",
            [("Guru Honorer", "ORG")],
        ),
        (
            'Festival bertajuk "Pulang ke Akar, Rayakan Tradisi Leluhur" ramai dikunjungi.',
            [("Rayakan Tradisi Leluhur", "ORG")],
        ),
    ],
)
def test_words_of_a_quoted_title_are_no_body(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


def test_a_known_body_in_a_quoted_theme_stays() -> None:
    text = "Acara itu bertema “Bersama BRI Membangun Desa” dan dihadiri warga."
    assert _found(text, [("BRI", "ORG")]) == [("BRI", "ORG", (27, 30))]


def test_a_body_after_the_closed_title_stays() -> None:
    text = 'Album berjudul "Rindu Pulang" dirilis oleh Lembayung Records pekan lalu.'
    assert _found(text, [("Lembayung Records", "ORG")]) == [("Lembayung Records", "ORG", (43, 60))]


def test_a_quoted_name_after_a_naming_word_stays() -> None:
    text = "Warga mendirikan koperasi bernama “Sinar Tani Makmur” di desa itu."
    assert _found(text, [("Sinar Tani Makmur", "ORG")]) == [("Sinar Tani Makmur", "ORG", (35, 52))]
