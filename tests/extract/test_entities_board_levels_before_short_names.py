"""A board level's short name in capitals (`PB` Pengurus Besar, `PP` Pengurus Pusat, `PW` Pimpinan
Wilayah: entities_board_levels.txt) one space before a body's short name in capitals opens that
body's name (`PP PBSI`, `PB ESI`): one ORG, as `PP Muhammadiyah` is (GUIDELINES §6: the longest
name). News-raw writes such a pair about 180 times. Whole outputs of the pipeline on invented
sentences, and the cases that must give no board: a number after the level (a regulation), a
level inside another body's name."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


def test_a_short_name_the_model_reads_takes_its_board_level() -> None:
    text = "JAKARTA - Ketua Umum PP PBSI Agung Firman Sampurna mengatakan para atlet siap bertanding."
    assert _entities(text) == [
        ("JAKARTA", "LOC", (0, 7)),
        ("PP PBSI", "ORG", (21, 28)),
        ("Agung Firman Sampurna", "PER", (29, 50)),
    ]


def test_a_short_name_no_one_reads_is_a_body_after_its_board_level() -> None:
    text = "Turnamen itu digelar oleh PB ESI bersama sejumlah klub esports di Jakarta, Sabtu."
    assert _entities(text) == [("PB ESI", "ORG", (26, 32)), ("Jakarta", "LOC", (66, 73))]


def test_a_regional_board_of_a_mass_organisation() -> None:
    text = "Ketua PW LPNU Jawa Timur hadir dalam acara tersebut."
    assert _entities(text) == [("PW LPNU", "ORG", (6, 13)), ("Jawa Timur", "LOC", (14, 24))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regulation's number after `PP`: no body
        ("Aturan itu tertuang dalam PP 28 Tahun 2024 tentang Kesehatan.", []),
        # the level inside a body's own name: that body's
        (
            "Petugas Satpol PP DKI menertibkan pedagang di Monas, Senin.",
            [("Satpol PP DKI", "ORG", (8, 21)), ("Monas", "LOC", (46, 51))],
        ),
    ],
)
def test_no_board_level_where_the_level_is_no_board(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="`PP` before a regulation's short name in capitals reads as a board (news-raw 487 `PP "
    "KEN`, Peraturan Pemerintah Kebijakan Energi Nasional): no rule tells a regulation's `PP` "
    "from a board's",
)
def test_a_regulations_short_name_after_pp_is_no_body() -> None:
    text = "Pemerintah perlu mengimplementasikan PP KEN agar komitmen energi bersih terjaga."
    assert [e for e in _entities(text) if e[1] == "ORG"] == []
