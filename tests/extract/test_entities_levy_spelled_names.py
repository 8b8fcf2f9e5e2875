"""Places read on unseen regional news (news-raw 5550-5699, Lampung): the model's place that opens
inside a tax's spelled name (`Pajak Bumi dan` + `Bangunan Perdesaan dan Perkotaan`) is the
levy's words, no place; a region after the name's bracketed short name is the place (GUIDELINES
§6: taxes and levies are no entities). Whole entity lists from `resolve_entities` on invented
sentences, the model's spans given, and the places right after a levy's words that stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the tax's tail, then its short name and the regency it is levied in
        (
            "Setoran Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2) Kabupaten Tanggamus "
            "baru separuh target.",
            [("Bangunan Perdesaan dan Perkotaan (PBB-P2) Kabupaten Tanggamus", "LOC")],
            [("Kabupaten Tanggamus", "LOC", (65, 84))],
        ),
        # the tax's tail alone
        (
            "Warga diberi keringanan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan sampai akhir tahun.",
            [("Bangunan Perdesaan dan Perkotaan", "LOC")],
            [],
        ),
        # a headline: a levy joined by `dan` to a facility's word, then a verb
        (
            "Pajak Hotel dan Restoran Dongkrak Pendapatan Daerah Way Kanan.",
            [("Restoran Dongkrak", "LOC"), ("Way Kanan", "LOC")],
            [("Way Kanan", "LOC", (52, 61))],
        ),
    ],
)
def test_a_place_inside_a_levys_spelled_name_is_none(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a level opens the model's place right after the levy's words: a place of its own
        (
            "Realisasi Pajak Daerah Kabupaten Tanggamus naik tahun ini.",
            [("Kabupaten Tanggamus", "LOC")],
            [("Kabupaten Tanggamus", "LOC", (23, 42))],
        ),
        # a listed region right after the levy's words stays a place
        (
            "Target Pajak Kendaraan Bermotor Lampung Tengah tahun ini dinaikkan.",
            [("Lampung Tengah", "LOC")],
            [("Lampung Tengah", "LOC", (32, 46))],
        ),
    ],
)
def test_a_level_or_region_after_a_levys_words_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_region_later_in_a_levys_tail_is_the_place() -> None:
    text = "Target Pajak Kendaraan Bermotor Lampung Tengah tahun ini dinaikkan."
    assert _found(text, [("Bermotor Lampung Tengah", "LOC")]) == [("Lampung Tengah", "LOC", (32, 46))]
