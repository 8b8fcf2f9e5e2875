"""Review of session 14's organisation rules on unseen news (news-raw 2000-2799, 6000-7175): a
regional or service unit's head (`Unit Layanan`, `Unit Induk`, `Kantor Wilayah`) right after a
known body's short name keeps its parent in the name (`PLN Unit Layanan Pelanggan Metro`, one ORG,
GUIDELINES §6: the longest name); a known body written as a word of its own ending a model PER is
the club or unit named after it (`Satria Muda Pertamina`, one ORG), while a short name in capitals
after a common word stays the body alone (`Ganda Putra PBSI` -> `PBSI`). Whole entity lists with
spans from `resolve_entities` on invented sentences, and the cases that must give nothing."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model

from .test_entities_news import _out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Puluhan pelanggan PLN Unit Layanan Pelanggan Metro mengeluhkan listrik yang sering padam.",
            [("PLN Unit Layanan Pelanggan Metro", "ORG", (18, 50))],
        ),
        (
            "Gardu baru itu dibangun PLN Unit Induk Distribusi (UID) Lampung di pinggir kota.",
            [("PLN Unit Induk Distribusi (UID) Lampung", "ORG", (24, 63))],
        ),
        (
            "Kredit usaha rakyat disalurkan BRI Kantor Wilayah Padang kepada para pedagang pasar.",
            [("BRI Kantor Wilayah Padang", "ORG", (31, 56))],
        ),
    ],
)
def test_a_unit_after_its_parent_body_is_one_body(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_unit_without_its_parent_is_the_unit_alone() -> None:
    text = "Pemasangan meteran dilayani Unit Layanan Pelanggan Kotabumi setiap hari kerja."
    assert _out(text) == [("Unit Layanan Pelanggan Kotabumi", "ORG", (28, 59))]


def test_a_unit_word_in_lowercase_gives_nothing() -> None:
    assert _out("Pelanggan mengeluhkan unit layanan keliling yang jarang datang ke desa.") == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a club named after its sponsor written as a word: the whole club
        (
            "Musim lalu, tim tamu kalah 70-75 dari Harimau Muda Pertamina di kandang sendiri.",
            [("Harimau Muda Pertamina", "PER")],
            [("Harimau Muda Pertamina", "ORG", (38, 60))],
        ),
        # a short name in capitals after a common word is the body alone (review14)
        (
            "Pelatih Kepala Ganda Putra PBSI menyiapkan pasangan muda untuk turnamen besar.",
            [("Putra PBSI", "PER")],
            [("PBSI", "ORG", (27, 31))],
        ),
        # an acronym's letters in title case end a person's name
        (
            "Pendiri perusahaan itu, Jack Ma, kembali tampil di depan publik.",
            [("Jack Ma", "PER")],
            [("Jack Ma", "PER", (24, 31))],
        ),
    ],
)
def test_a_body_written_as_a_word_names_its_club(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
