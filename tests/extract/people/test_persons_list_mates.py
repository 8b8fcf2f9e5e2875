"""Persons in a list of names (officials19): the items of a list that is at least half persons
already are persons too, when their words are names' words; lists of bodies and lists of things
give no person."""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons

LIST = "Pengurus baru yakni Wirawan Saputro, Ricardo Halimun, Yosua Gunadi, dan Hendrik Wenas."
LISTED = [
    ("Wirawan Saputro", ["Wirawan Saputro"]),
    ("Ricardo Halimun", ["Ricardo Halimun"]),
    ("Yosua Gunadi", ["Yosua Gunadi"]),
    ("Hendrik Wenas", ["Hendrik Wenas"]),
]


def test_list_items_the_model_missed_are_persons_beside_persons() -> None:
    assert _persons(LIST, [("Wirawan Saputro", "PER"), ("Yosua Gunadi", "PER")]) == LISTED


def test_list_items_beside_an_item_read_as_a_body_stay_persons() -> None:
    found = [("Wirawan Saputro", "PER"), ("Ricardo Halimun", "ORG"), ("Yosua Gunadi", "PER")]
    assert _persons(LIST, found) == LISTED


def test_one_person_in_a_list_of_three_is_too_little_evidence() -> None:
    t = "Peserta lain antara lain Markus Rumbewas, Sorong Selatan, dan Teluk Wondama."
    assert _persons(t, [("Markus Rumbewas", "PER")]) == [("Markus Rumbewas", ["Markus Rumbewas"])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a list of boarding schools: a body's word in an item makes the list one of bodies
        (
            "Rombongan mengunjungi Pondok Al-Hikmah, Darul Ulum Baru, Nurul Salam, dan Miftahul Jannah.",
            [("Nurul Salam", "PER"), ("Miftahul Jannah", "PER")],
        ),
        # a list of strains: a word the article writes in lowercase is no name's
        (
            "Jenis yang diteliti yakni Tegal Varian, Brebes Varian, dan Kendal Varian. Tiap varian beda.",
            [],
        ),
    ],
)
def test_lists_of_bodies_or_things_add_no_person(text: str, found: list[tuple[str, str]]) -> None:
    added = [name for name, _ in _persons(text, found) if name not in {s for s, _ in found}]
    assert added == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # a team named right after `tim`, then its two riders: the team is no person
        (
            "Dua pembalap tim Zentrix Kawara, Rizal Pratama dan Yoga Hermawan, gagal finis di Mandalika.",
            [("Rizal Pratama", "PER"), ("Yoga Hermawan", "PER")],
            [("Rizal Pratama", ["Rizal Pratama"]), ("Yoga Hermawan", ["Yoga Hermawan"])],
        ),
        # a club after `klub`, then three of its players
        (
            "Pemain klub Velora Kambang, Danu Saputra, Gilang Ramadan, dan Ikhsan Maulana dipanggil.",
            [("Danu Saputra", "PER"), ("Gilang Ramadan", "PER")],
            [
                ("Danu Saputra", ["Danu Saputra"]),
                ("Gilang Ramadan", ["Gilang Ramadan"]),
                ("Ikhsan Maulana", ["Ikhsan Maulana"]),
            ],
        ),
    ],
)
def test_the_body_a_lowercase_noun_opens_a_list_with_is_no_person(
    text: str, found: list[tuple[str, str]], expected: list[tuple[str, list[str]]]
) -> None:
    assert _persons(text, found) == expected


def test_an_item_after_a_plain_word_stays_a_person() -> None:
    t = "Ketiga pembalap muda Yosef Marantika, Bagus Wicaksono dan Rendra Palupi tampil kuat di Sentul."
    found = [("Bagus Wicaksono", "PER"), ("Rendra Palupi", "PER")]
    assert [name for name, _ in _persons(t, found)] == ["Yosef Marantika", "Bagus Wicaksono", "Rendra Palupi"]
