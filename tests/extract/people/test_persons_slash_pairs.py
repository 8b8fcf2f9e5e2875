"""Persons in a doubles pair written with a slash (people40): the name words on the other side
of a slash from a person are that person's partner, a person too; a slash in brackets, a row
of three slashed items and a photo's credit give no partner."""

from __future__ import annotations

import pytest

from tests.person_records import person_mentions as _persons


def test_the_partner_after_the_slash_is_a_person() -> None:
    t = "Ganda putri Rahmi Kusumawati/Sekar Ayu Larasati melaju ke perempat final."
    assert _persons(t, [("Rahmi Kusumawati", "PER")]) == [
        ("Rahmi Kusumawati", ["Rahmi Kusumawati"]),
        ("Sekar Ayu Larasati", ["Sekar Ayu Larasati"]),
    ]


def test_the_partner_before_the_slash_is_a_person() -> None:
    t = "Pasangan Jepang Haruka Ishida/Mayu Takenaka menang dua gim langsung."
    assert _persons(t, [("Mayu Takenaka", "PER")]) == [
        ("Haruka Ishida", ["Haruka Ishida"]),
        ("Mayu Takenaka", ["Mayu Takenaka"]),
    ]


def test_blanks_around_the_slash_and_a_common_word_before_the_pair() -> None:
    t = "Kemenangan Dimas Wahyu Prakoso / Gilang Ramadhan Saputra disambut meriah penonton."
    assert _persons(t, [("Dimas Wahyu Prakoso", "PER")]) == [
        ("Dimas Wahyu Prakoso", ["Dimas Wahyu Prakoso"]),
        ("Gilang Ramadhan Saputra", ["Gilang Ramadhan Saputra"]),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a rider's stable and horse in brackets after the rider
        (
            "Juara kelas ini Serma Arif Gunawan (Kudalaut/Rinjani Biru) dengan waktu terbaik.",
            [("Arif Gunawan", "PER"), ("Rinjani Biru", "PER")],
        ),
        # a row of three slashed items: kinds, no doubles pair
        (
            "Model usaha ini disebut Rack Jobber/Cargo Jobber/Kiosk Jobber oleh para pengecer.",
            [("Cargo Jobber", "PER")],
        ),
        # a photo's credit: a name, a slash and the outlet's web address
        ("Warga membersihkan saluran air. Foto: Hendra Lesmana/Lampungpos.com", [("Hendra Lesmana", "PER")]),
    ],
)
def test_no_partner_outside_a_pair_of_two_names(text: str, found: list[tuple[str, str]]) -> None:
    added = [name for name, _ in _persons(text, found) if name not in {s for s, _ in found}]
    assert added == []
