"""Places read on news-raw 3800-3899 (session 24): `GOR` (gedung olahraga, a sports hall) is a
facility's head (entities_heads.txt), so a hall named after a body or a sponsor is one place,
the body's name inside it (GUIDELINES §6: a building named after a body, as `Kantor
Kemendagri`). Whole entity lists from `resolve_entities` on invented sentences, with the spans,
and the bodies beside the hall that must stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a university's hall: the model's ORG grows to the hall
        (
            "Kejuaraan bulu tangkis itu digelar di GOR Universitas Sebelas Maret, Surakarta.",
            [("Universitas Sebelas Maret", "ORG"), ("Surakarta", "LOC")],
            [("GOR Universitas Sebelas Maret", "LOC", (38, 67)), ("Surakarta", "LOC", (69, 78))],
        ),
        # an English venue name after the head
        (
            "Tim voli putri bertanding di GOR Indoor Stadium Kelapa Dua, Tangerang.",
            [("Indoor Stadium Kelapa Dua", "ORG"), ("Tangerang", "LOC")],
            [("GOR Indoor Stadium Kelapa Dua", "LOC", (29, 58)), ("Tangerang", "LOC", (60, 69))],
        ),
        # a short name the model left untagged
        (
            "Babak kualifikasi berlangsung di GOR POPKI, Cibubur.",
            [("Cibubur", "LOC")],
            [("GOR POPKI", "LOC", (33, 42)), ("Cibubur", "LOC", (44, 51))],
        ),
    ],
)
def test_a_sports_hall_named_after_a_body_is_one_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_the_sponsor_named_beside_its_hall_stays_a_body() -> None:
    text = "Audisi PB Djarum tahun ini dipusatkan di GOR Djarum, Kecamatan Jati."
    model = [("PB Djarum", "ORG"), ("Djarum", "ORG"), ("Kecamatan Jati", "LOC")]
    assert _found(text, model) == [
        ("PB Djarum", "ORG", (7, 16)),
        ("GOR Djarum", "LOC", (41, 51)),
        ("Kecamatan Jati", "LOC", (53, 67)),
    ]


def test_a_hall_written_low_without_a_name_gives_nothing() -> None:
    assert _found("Pemain muda berlatih setiap sore di gor kecamatan.", []) == []
