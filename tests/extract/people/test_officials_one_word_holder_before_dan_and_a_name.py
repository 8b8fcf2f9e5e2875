"""Officials: one unknown word right after a head, joined by `dan` to a segment that is surely a
name from its first word on (`pelatih Sukardiman dan Edem Abduraimov`), is the first of two
holders of that post, not a word of the title. A body's or a field's word before `dan` stays
the title's: a region (`Co-founder Ende dan …`), or a field followed by more of the title
(`Kabid Kedaruratan dan Logistik Mekal Novisa`).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from tests.official_records import role_officials

COACHES = "Para pegulat berlatih keras di bawah arahan pelatih Sukardiman dan Edem Abduraimov setiap pagi."


def test_one_word_before_dan_and_a_name_is_the_first_holder() -> None:
    start = COACHES.index("pelatih")
    first = COACHES.index("Sukardiman")
    second = COACHES.index("Edem")
    assert role_officials(COACHES, [("Edem Abduraimov", "PER")], spans=True) == [
        ("Sukardiman", "pelatih", (start, first + len("Sukardiman")), (first, first + len("Sukardiman"))),
        ("Edem Abduraimov", "pelatih", (start, second + len("Edem Abduraimov")), (second, second + 15)),
    ]


def test_a_deputy_chair_and_a_second_holder() -> None:
    s = "Rapat paripurna itu dipimpin Wakil Ketua Rusmanto dan Hendra Wijayakusuma."
    assert role_officials(s, [("Hendra Wijayakusuma", "PER")]) == [
        ("Rusmanto", "Wakil Ketua"),
        ("Hendra Wijayakusuma", "Wakil Ketua"),
    ]


def test_a_field_before_dan_and_more_title_stays_the_title() -> None:
    s = "Hadir pula Kabid Kedaruratan dan Logistik Mekal Novisa di posko pengungsian."
    assert role_officials(s, [("Mekal Novisa", "PER")]) == [
        ("Mekal Novisa", "Kabid Kedaruratan dan Logistik")
    ]


def test_a_region_before_dan_stays_the_title() -> None:
    s = "Hadir pula Co-founder Ende dan Bianca Lestari dalam peluncuran produk itu."
    assert role_officials(s, [("Bianca Lestari", "PER")]) == [("Bianca Lestari", "Co-founder Ende")]
