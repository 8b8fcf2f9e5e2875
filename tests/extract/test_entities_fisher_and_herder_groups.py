"""Organisations in regional fisheries and livestock news: a fishers', a herders' or a joint
business group's kind written in full (`Kelompok Nelayan`, `Kelompok Peternak`, `Kelompok Usaha
Bersama (KUB)`) and the fisheries watch group's short name (`Pokmaswas`) head the group's name
(GUIDELINES §6: named groups are organisations); the kind alone names no group. Whole entity
lists from `resolve_entities` on invented sentences, with the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a fishers' group, then its village
        (
            "Bantuan perahu diserahkan kepada Kelompok Nelayan Bahari Jaya di Pekon Kuala Stabas.",
            [("Pekon Kuala Stabas", "LOC")],
            [("Kelompok Nelayan Bahari Jaya", "ORG", (33, 61)), ("Pekon Kuala Stabas", "LOC", (65, 83))],
        ),
        # a joint business group with its short name, the model read its name as a person's
        (
            "Ketua Kelompok Usaha Bersama (KUB) Mina Sejahtera, Sutarno, mengolah ikan asin.",
            [("Mina Sejahtera", "PER"), ("Sutarno", "PER")],
            [("Kelompok Usaha Bersama (KUB) Mina Sejahtera", "ORG", (6, 49)), ("Sutarno", "PER", (51, 58))],
        ),
        # a watch group whose last word the model read as a place
        (
            "Anggota Pokmaswas Pantai Lestari rutin berpatroli di perairan Labuhan Maringgai.",
            [("Lestari", "LOC"), ("Labuhan Maringgai", "LOC")],
            [("Pokmaswas Pantai Lestari", "ORG", (8, 32)), ("Labuhan Maringgai", "LOC", (62, 79))],
        ),
    ],
)
def test_a_group_named_after_its_kind_is_a_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dinas membina setiap kelompok peternak di wilayah itu.",
        "Kelompok Peternak yang menerima sapi wajib melapor tiap bulan.",
    ],
)
def test_the_kind_alone_names_no_group(text: str) -> None:
    assert _found(text, []) == []
