"""Places read in news-raw (issue 12, round 26: unread regional news from Lampung): a listed
place's name after a variety's or a make's cue names the variety (`varietas Galur dan
Ciherang`, `varietasnya Bima Brebes`). Whole entity lists with spans from `resolve_entities`
on invented sentences, and the cases that must stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # varieties listed after their cue, listed regions' names among them
        (
            "Petani di Kecamatan Sragi menanam padi varietas Galur dan Ciherang musim ini.",
            [("Kecamatan Sragi", "LOC"), ("Galur", "LOC"), ("Ciherang", "LOC")],
            [("Kecamatan Sragi", "LOC", (10, 25))],
        ),
        (
            "Bibit bawang merah yang dibagikan di Desa Sukamaju itu varietasnya Bima Brebes.",
            [("Desa Sukamaju", "LOC"), ("Bima", "LOC"), ("Brebes", "LOC")],
            [("Desa Sukamaju", "LOC", (37, 50))],
        ),
        (
            "Dealer itu menjual truk merek Toyota, Isuzu dan Hino di Kota Metro.",
            [("Toyota", "ORG"), ("Isuzu", "LOC"), ("Hino", "ORG"), ("Kota Metro", "LOC")],
            [("Kota Metro", "LOC", (56, 66))],
        ),
    ],
)
def test_a_listed_place_after_a_variety_cue_is_no_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a series' round and a car's origin name places: no variety's cue before them
        (
            "Pebalap itu menang di seri Prancis setelah gagal di Mandalika.",
            [("Prancis", "LOC"), ("Mandalika", "LOC")],
            [("Prancis", "LOC", (27, 34)), ("Mandalika", "LOC", (52, 61))],
        ),
        # a capitalised cue opens a body's name: the place after it stays
        (
            "Ia mengikuti Program Pertukaran Pelajar di Jepang tahun lalu.",
            [("Jepang", "LOC")],
            [("Jepang", "LOC", (43, 49))],
        ),
        # a theme's cue with a word glued before the place: the place stays
        (
            "Panitia mengumumkan tema HUT Ambon tahun ini kepada warga.",
            [("Ambon", "LOC")],
            [("Ambon", "LOC", (29, 34))],
        ),
        # names of more than two words before the place: no list after the cue
        (
            "Warga mendukung program Bulan Bakti Sungai Way Sekampung di Pringsewu.",
            [("Sungai Way Sekampung", "LOC"), ("Pringsewu", "LOC")],
            [("Sungai Way Sekampung", "LOC", (36, 56)), ("Pringsewu", "LOC", (60, 69))],
        ),
    ],
)
def test_places_after_other_cues_stay(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
