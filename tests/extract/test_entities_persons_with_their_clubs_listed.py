"""A list of people each with a complement (`Riyad Mahrez dari Manchester City, dan Allan
Saint-Maximin dari Newcastle United`): the body or place before the list's separator follows the
previous person after `dari` or `asal`, so it says nothing of the name after it, and that name is
no place list's item (`extract.ner.vet._complement_before`; news tune nr09193). A list of places
after `dari` with no person before it stays a list of places, and so does one person's complement
followed by places or bodies (the name after it has no complement of its own)."""

from __future__ import annotations

import pytest

from tests.entity_records import vetted_at_words
from tests.person_records import person_spans


def test_a_person_after_another_persons_club_stays() -> None:
    text = (
        "Klub itu pernah membeli Roberto Firmino dari Liverpool FC, Riyad Mahrez dari Manchester City, "
        "dan Allan Saint-Maximin dari Newcastle United."
    )
    found = [
        ("Roberto Firmino", "PER"),
        ("Liverpool FC", "ORG"),
        ("Riyad Mahrez", "PER"),
        ("Manchester City", "ORG"),
        ("Allan Saint-Maximin", "PER"),
        ("Newcastle United", "ORG"),
    ]
    assert person_spans(text, found) == [
        ("Roberto Firmino", ((24, 39),)),
        ("Riyad Mahrez", ((59, 71),)),
        ("Allan Saint-Maximin", ((98, 117),)),
    ]


def test_a_person_after_another_persons_province_stays() -> None:
    text = "Tim putri diperkuat Henny Kurniasih asal Lampung, Mitya Fitrina asal Jawa Barat dan Susi Suryati."
    found = [
        ("Henny Kurniasih", "PER"),
        ("Lampung", "LOC"),
        ("Mitya Fitrina", "PER"),
        ("Jawa Barat", "LOC"),
        ("Susi Suryati", "PER"),
    ]
    assert person_spans(text, found) == [
        ("Henny Kurniasih", ((20, 35),)),
        ("Mitya Fitrina", ((50, 63),)),
        ("Susi Suryati", ((84, 96),)),
    ]


def test_places_after_dari_with_no_person_before_stay_places() -> None:
    text = "Bantuan datang dari Kabupaten Bogor, Kota Depok dan Cibinong sejak Senin."
    found = [("Kabupaten Bogor", "LOC"), ("Kota Depok", "LOC"), ("Cibinong", "PER")]
    assert person_spans(text, found) == []


# the name after the complement has none of its own, and no person stands before the first person:
# a list of places or bodies, and the misread item in it is no person
@pytest.mark.parametrize(
    ("text", "found", "kept"),
    [
        (
            "Kata Andi dari Desa Sukamaju, Cibeureum dan Cikoneng juga terdampak banjir.",
            [("Andi", "PER"), ("Desa Sukamaju", "LOC"), ("Cibeureum", "PER"), ("Cikoneng", "LOC")],
            [("Andi", "PER", (5, 9)), ("Desa Sukamaju", "LOC", (15, 28)), ("Cikoneng", "LOC", (44, 52))],
        ),
        (
            "Relawan Budi asal Kecamatan Pagerageung, Sukaresik, dan Cigalontang ikut membantu.",
            [("Budi", "PER"), ("Kecamatan Pagerageung", "LOC"), ("Sukaresik", "PER"), ("Cigalontang", "LOC")],
            [
                ("Budi", "PER", (8, 12)),
                ("Kecamatan Pagerageung", "LOC", (18, 39)),
                ("Cigalontang", "LOC", (56, 67)),
            ],
        ),
        (
            "Hadir Andi dari PT Sinar Jaya, Mekar Sari, dan Tunas Baru.",
            [("Andi", "PER"), ("PT Sinar Jaya", "ORG"), ("Mekar Sari", "PER"), ("Tunas Baru", "ORG")],
            [("Andi", "PER", (6, 10)), ("PT Sinar Jaya", "ORG", (16, 29)), ("Tunas Baru", "ORG", (47, 57))],
        ),
    ],
)
def test_one_persons_complement_before_a_place_list_leaves_a_place_list(
    text: str, found: list, kept: list
) -> None:
    assert vetted_at_words(text, [(surface, label, 0) for surface, label in found]) == kept
