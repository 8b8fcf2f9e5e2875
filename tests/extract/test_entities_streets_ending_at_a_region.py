"""A street's name that runs on into a listed region ends before it (`Jalan Bakut Palangka Raya`:
the street, then the city), also where a route's word opens the street's name and a name of its
own stands between (`Jl Raya Lenteng Agung Jakarta Selatan`); a route's word with the region, or
with compass words and the region, right after it names a road between regions, one place
(`Jalan Raya Bogor`, `Jalan Lintas Timur Sumatera`, `Jalan Lintas Jambi Palembang`: GUIDELINES §6,
the longest name); a region's name that is a common word is the street's own (`Jl Raya Puncak
Bogor`). Whole entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


def test_a_named_main_road_ends_before_its_city() -> None:
    text = "Arus kendaraan di Jl Raya Cilandak Jakarta Selatan tersendat sejak pagi."
    model = [("Jl Raya Cilandak Jakarta Selatan", "LOC")]
    assert _found(text, model) == [
        ("Jl Raya Cilandak", "LOC", (18, 34)),
        ("Jakarta Selatan", "LOC", (35, 50)),
    ]


def test_a_main_road_named_by_its_region_stays_one_place() -> None:
    text = "Antrean truk mengular di Jalan Raya Serang hingga malam."
    assert _found(text, [("Jalan Raya Serang", "LOC")]) == [("Jalan Raya Serang", "LOC", (25, 42))]


def test_a_cross_island_road_with_a_compass_word_stays_one_place() -> None:
    text = "Bus itu mogok di Jalan Lintas Barat Sumatera menjelang subuh."
    model = [("Jalan Lintas Barat Sumatera", "LOC")]
    assert _found(text, model) == [("Jalan Lintas Barat Sumatera", "LOC", (17, 44))]


@pytest.mark.parametrize(
    "road",
    [
        "Jalan Lintas Jambi Palembang",
        "Jalan Raya Cianjur Sukabumi",
        "Jalan Raya Bandung Garut",
        "Jalan Raya Serang Cilegon",
    ],
)
def test_a_road_named_after_its_two_end_regions_stays_one_place(road: str) -> None:
    text = f"Arus mudik di {road} mulai padat sejak Jumat."
    assert _found(text, [(road, "LOC")]) == [(road, "LOC", (14, 14 + len(road)))]


def test_a_named_road_with_a_region_name_of_its_own_ends_before_the_city() -> None:
    text = "Kemacetan terjadi di Jl Raya Puncak Bogor sepanjang libur panjang."
    model = [("Jl Raya Puncak Bogor", "LOC")]
    assert _found(text, model) == [
        ("Jl Raya Puncak", "LOC", (21, 35)),
        ("Bogor", "LOC", (36, 41)),
    ]


def test_a_named_main_road_of_two_words_ends_before_its_city() -> None:
    text = "Pohon tumbang di Jalan Raya Pasar Minggu Jakarta Selatan pagi tadi."
    model = [("Jalan Raya Pasar Minggu Jakarta Selatan", "LOC")]
    assert _found(text, model) == [
        ("Jalan Raya Pasar Minggu", "LOC", (17, 40)),
        ("Jakarta Selatan", "LOC", (41, 56)),
    ]
