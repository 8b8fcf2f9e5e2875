"""A list of people each with a complement (`Riyad Mahrez dari Manchester City, dan Allan
Saint-Maximin dari Newcastle United`): the body or place before the list's separator follows the
previous person after `dari` or `asal`, so it says nothing of the name after it, and that name is
no place list's item (`extract.ner.vet._complement_before`; news tune nr09193). A list of places
after `dari` with no person before it stays a list of places."""

from __future__ import annotations

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
