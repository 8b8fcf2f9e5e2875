"""Spans that name no person, body or place (GUIDELINES §6) on unseen news (news-raw 8000-8699,
and every news-raw line with a vessel's prefix): a ship named after its prefix in capitals
(`KMP`, `KM`, `KRI`, `MV`) is no ORG and no LOC, while a body or a place that holds the same
letters (`BEM KM`, a kilometre post `KM 17`) stays. Whole entity lists with spans from
`resolve_entities` on invented sentences, with the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out


def _model(text: str, parts: list[tuple[str, str]]) -> list:
    return [_at(text, part, label) for part, label in parts]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the prefix opens the model's span
        (
            "Penumpang kapal pesiar MV Oceana Bintang diperiksa petugas kesehatan pelabuhan.",
            [("MV Oceana Bintang", "ORG")],
            [],
        ),
        (
            "Penyeberangan dilayani KMP Tanjung Seruni dan KMP Lembu Sura setiap pagi.",
            [("KMP Tanjung Seruni", "ORG"), ("KMP Lembu Sura", "LOC")],
            [],
        ),
        # the model's span starts right after the prefix
        (
            "Sebanyak 120 penumpang KM Sinar Laut dievakuasi tim SAR gabungan ke Bitung.",
            [("Sinar Laut", "ORG"), ("Bitung", "LOC")],
            [("Bitung", "LOC", (68, 74))],
        ),
        (
            "Latihan bersama itu melibatkan KRI Teluk Arguni di perairan Natuna.",
            [("KRI Teluk Arguni", "LOC"), ("Natuna", "LOC")],
            [("Natuna", "LOC", (60, 66))],
        ),
    ],
)
def test_a_ship_named_after_its_prefix_is_no_entity(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # `KM` inside a body's name (Keluarga Mahasiswa) after its head
        (
            "Ketua BEM KM UGM menyampaikan tuntutan mahasiswa kepada dewan.",
            [("BEM KM UGM", "ORG")],
            [("BEM KM UGM", "ORG", (6, 16))],
        ),
        # a street named after a person whose initials are no vessel's prefix
        (
            "Kantor itu berada di Jalan MT Haryono, Jakarta Selatan.",
            [("Jalan MT Haryono", "LOC"), ("Jakarta Selatan", "LOC")],
            [("Jalan MT Haryono", "LOC", (21, 37)), ("Jakarta Selatan", "LOC", (39, 54))],
        ),
        # a kilometre post: a number after `KM`
        (
            "Truk itu terguling di KM 21 Lintas Barat pada Senin malam.",
            [("KM 21 Lintas Barat", "LOC")],
            [("KM 21 Lintas Barat", "LOC", (22, 40))],
        ),
        # a prefix in lowercase is a unit, not a vessel's prefix
        (
            "Jalan sepanjang 4 km Tanjung Harapan itu selesai diaspal tahun ini.",
            [("Tanjung Harapan", "LOC")],
            [("Tanjung Harapan", "LOC", (21, 36))],
        ),
        # the operator of the ship is still a body
        (
            "KMP Lembu Sura milik PT ASDP Indonesia Ferry kembali beroperasi di Merak.",
            [("KMP Lembu Sura", "ORG"), ("PT ASDP Indonesia Ferry", "ORG"), ("Merak", "LOC")],
            [("PT ASDP Indonesia Ferry", "ORG", (21, 44)), ("Merak", "LOC", (67, 72))],
        ),
    ],
)
def test_a_body_or_place_beside_vessel_letters_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected
