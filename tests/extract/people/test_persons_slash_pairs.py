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


@pytest.mark.xfail(
    strict=True,
    reason="a place pair across a slash (the airport `Soekarno/Hatta`) whose second half the model "
    "reads as a person gives a partner (audit32: 1 on news-raw)",
)
def test_a_place_pair_across_a_slash_gives_no_partner() -> None:
    t = "Suhu tertinggi tercatat di stasiun Soekarno/Hatta mencapai 35 derajat."
    assert _persons(t, [("Hatta", "PER")]) == [("Hatta", ["Hatta"])]


@pytest.mark.xfail(
    strict=True,
    reason="a partner whose given name is hyphenated (`Hsu Yin-hui`) is not read whole "
    "(audit32, people40: 2 on news-raw)",
)
def test_a_hyphenated_given_name_is_read_whole() -> None:
    t = "Ganda putri Taiwan Hsu Yin-hui/Lin Jhih Yun terhenti di babak kedua."
    assert _persons(t, [("Lin Jhih Yun", "PER")]) == [
        ("Hsu Yin-hui", ["Hsu Yin-hui"]),
        ("Lin Jhih Yun", ["Lin Jhih Yun"]),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a given name that is also a month (`Mei`) is trimmed from the partner's name "
    "(people40: 1 on news-raw)",
)
def test_a_given_name_that_is_a_month_stays_in_the_name() -> None:
    t = "Pasangan Mei Kuan Chow/Lee Meng Yean melaju ke final."
    assert _persons(t, [("Lee Meng Yean", "PER")]) == [
        ("Mei Kuan Chow", ["Mei Kuan Chow"]),
        ("Lee Meng Yean", ["Lee Meng Yean"]),
    ]
