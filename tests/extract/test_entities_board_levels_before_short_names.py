"""A board level's short name in capitals (`PB` Pengurus Besar, `PP` Pengurus Pusat, `PW` Pimpinan
Wilayah: entities_board_levels.txt) one space before a body's short name in capitals opens that
body's name (`PP PBSI`, `PB ESI`): one ORG, as `PP Muhammadiyah` is (GUIDELINES §6: the longest
name), where the model reads the short name as a body or it closes on `I` for Indonesia or on a
listed body's short name (`PGSI`, `LPNU`). News-raw writes such a pair about 180 times. Whole
outputs of the pipeline on invented sentences, and the cases that must give no board: a number
or another word in capitals after the level (a regulation, `PP KEN`; a return ticket, `PP KRL`),
a Roman numeral (a king, `PB XIII`), a level inside another body's name."""

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
        # a regulation's short name after `PP`, not closing on Indonesia's `I`: no body
        ("Pemerintah perlu mengimplementasikan PP KEN agar komitmen energi bersih terjaga.", []),
        # a Roman numeral after `PB`: a king's number (Pakubuwono XIII), no body
        (
            "Raja Keraton Kasunanan Surakarta PB XIII menghadiri kirab pusaka di Solo.",
            [("Keraton Kasunanan Surakarta", "LOC", (5, 32)), ("Solo", "LOC", (68, 72))],
        ),
        # `PP` for a return ticket before a train's short name: no body
        ("Tiket kereta PP KRL kini bisa dibeli lewat aplikasi.", []),
        # the level inside a body's own name: that body's
        (
            "Petugas Satpol PP DKI menertibkan pedagang di Monas, Senin.",
            [("Satpol PP DKI", "ORG", (8, 21)), ("Monas", "LOC", (46, 51))],
        ),
    ],
)
def test_no_board_level_where_the_level_is_no_board(text: str, expected: list) -> None:
    assert _entities(text) == expected
