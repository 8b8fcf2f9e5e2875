"""A branch's word after a body's name and before a regency seat's name (`Rayon`, `Cabang`, and PLN's
unit short names `UP3`, `ULP`, `UID`: entities_branch_words.txt; `Liwa`, `Krui`: clean_region_seats.txt)
keeps the branch in the body's name, one ORG (GUIDELINES §6: an organisation named with its region is
one name); so does a known short name in capitals the model left unread before its branch and place
(`KAI Daop 1 Jakarta`, a unit's number between). Whole entity lists with spans from
`resolve_entities` given the model's entities, and the cases that must stay as they were."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Menurut Manajer PLN Rayon Liwa, Budi Harsono, pemadaman bergilir berakhir Senin.",
            [("PLN", "ORG"), ("Liwa", "LOC"), ("Budi Harsono", "PER")],
            [("PLN Rayon Liwa", "ORG", (16, 30)), ("Budi Harsono", "PER", (32, 44))],
        ),
        (
            "Warga mengadu ke Kantor Pos Cabang Krui karena paket tidak kunjung tiba.",
            [("Kantor Pos", "ORG"), ("Krui", "LOC")],
            [("Kantor Pos Cabang Krui", "ORG", (17, 39))],
        ),
        (
            "Gedung baru PLN UP3 Metro diresmikan pada awal pekan ini.",
            [("PLN", "ORG"), ("Metro", "LOC")],
            [("PLN UP3 Metro", "ORG", (12, 25))],
        ),
    ],
)
def test_a_branch_before_a_regency_seat_is_the_bodys(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Jadwal kereta diumumkan Manajer Humas KAI Daop 4 Semarang pada Jumat pagi.",
            [("Semarang", "LOC")],
            [("KAI Daop 4 Semarang", "ORG", (38, 57))],
        ),
        (
            "Keluhan pelanggan PLN ULP Kotabumi terus bertambah sejak bulan lalu.",
            [],
            [("PLN ULP Kotabumi", "ORG", (18, 34))],
        ),
    ],
)
def test_a_known_short_name_the_model_missed_takes_its_branch(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_known_short_name_without_a_branch_keeps_the_place_apart() -> None:
    text = "Petugas KAI memeriksa rel di Semarang sejak pagi."
    assert _found(text, [("Semarang", "LOC")]) == [("KAI", "ORG", (8, 11)), ("Semarang", "LOC", (29, 37))]


def test_a_branch_word_before_no_listed_name_leaves_the_body_alone() -> None:
    text = "Petugas PLN Rayon Selatan memeriksa gardu yang terbakar di Liwa."
    assert _found(text, [("PLN", "ORG"), ("Liwa", "LOC")]) == [
        ("PLN", "ORG", (8, 11)),
        ("Liwa", "LOC", (59, 63)),
    ]
