"""Places read in news-raw (issue 12, round 26: unread regional news from Lampung): a listed
place's name after a variety's or a make's cue names the variety (`varietas Galur dan
Ciherang`, `varietasnya Bima Brebes`), and a street's name runs on across a spaced dash to the
road's other end (`jalan Liwa – Krui`). Whole entity lists with spans from
`resolve_entities` on invented sentences, and the cases that must stay."""

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


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a road named by its two ends across a spaced dash is one street
        (
            "Pemkab memperbaiki ruas jalan Talang Padang – Wonosobo yang rusak berat.",
            [("Talang Padang", "LOC"), ("Wonosobo", "LOC")],
            [("jalan Talang Padang – Wonosobo", "LOC", (24, 54))],
        ),
        (
            "Longsor menutup jalan Kota Agung - Sedayu II, kata warga.",
            [("Kota Agung", "LOC"), ("Sedayu II", "LOC")],
            [("jalan Kota Agung - Sedayu II", "LOC", (16, 44))],
        ),
    ],
)
def test_a_street_runs_on_to_the_other_end_of_its_road(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a second street across the dash is a place of its own
        (
            "Bus melintas dari Jalan Pemuda - Jalan Sudirman setiap pagi.",
            [("Jalan Pemuda", "LOC"), ("Jalan Sudirman", "LOC")],
            [("Jalan Pemuda", "LOC", (18, 30)), ("Jalan Sudirman", "LOC", (33, 47))],
        ),
        # a common word after the dash opens a sentence of its own
        (
            "Acara digelar di Jalan Merdeka - Puluhan warga hadir.",
            [("Jalan Merdeka", "LOC")],
            [("Jalan Merdeka", "LOC", (17, 30))],
        ),
        # a number past the end's words: the road goes on, no end is read
        (
            "Ruas jalan Simpang Tiga - Sukadana SP 4 - Way Jepara diperbaiki.",
            [("Simpang Tiga", "LOC")],
            [("jalan Simpang Tiga", "LOC", (5, 23)), ("Way Jepara", "LOC", (42, 52))],
        ),
        # a body's name after the dash is no road's end
        (
            "Macet terjadi di Jalan Ahmad Yani - Polres Metro menurunkan petugas.",
            [("Jalan Ahmad Yani", "LOC"), ("Polres Metro", "ORG")],
            [("Jalan Ahmad Yani", "LOC", (17, 33)), ("Polres Metro", "ORG", (36, 48))],
        ),
    ],
)
def test_a_street_stops_before_what_is_no_road_end(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
