"""A police crime unit written by its own short name (`Resmob`, `Jatanras`: entities_heads.txt's
units) before its Polres or Polda is one organisation with it, a second body after `dan` too;
after a position title, or after a title's unit (`Kanit 3 Subdit Jatanras …`), the unit is the
title's and the body after it the ORG (GUIDELINES §6). Whole entity lists from
`resolve_entities` on invented sentences, and the cases that give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _found, _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a second body after `dan`: the unit opens its name, the model's LOC on it goes
        (
            "Pelaku dibekuk tim gabungan Polsek Sukarame dan Jatanras Polda Lampung pada Kamis malam.",
            [("Polsek Sukarame", "ORG"), ("Jatanras", "LOC"), ("Lampung", "LOC")],
            [("Polsek Sukarame", "ORG", (28, 43)), ("Jatanras Polda Lampung", "ORG", (48, 70))],
        ),
        (
            "Buronan itu ditangkap personel Polsek Kedaton dan Resmob Polda Sumatera Selatan di rumah kos.",
            [("Polsek Kedaton", "ORG"), ("Resmob Polda Sumatera Selatan", "ORG")],
            [("Polsek Kedaton", "ORG", (31, 45)), ("Resmob Polda Sumatera Selatan", "ORG", (50, 79))],
        ),
        # a title's unit, then the unit's own short name: both the title's, the body the ORG
        (
            "Kanit 3 Subdit Jatanras Ditreskrimum Polda Lampung menjelaskan kronologi penangkapan itu.",
            [("Polda Lampung", "ORG")],
            [("Ditreskrimum Polda Lampung", "ORG", (24, 50))],
        ),
        (
            "Kanit 2 Subdit Resmob Ditreskrimum Polda Banten memimpin pengejaran di hutan itu.",
            [],
            [("Ditreskrimum Polda Banten", "ORG", (22, 47))],
        ),
        # after a title the unit is the title's; a listed short name opens the body after it
        (
            "Kasat Resmob Bareskrim Polri menyebut tersangka sudah ditahan sejak Senin.",
            [("Resmob Bareskrim Polri", "ORG")],
            [("Bareskrim Polri", "ORG", (13, 28))],
        ),
    ],
)
def test_a_police_unit_by_its_short_name_opens_its_bodys_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a unit without its body after it names no organisation
        "Anggota Jatanras berjaga di pintu masuk pasar sejak pagi.",
        "Petugas Resmob langsung mengejar kedua pelaku ke arah hutan.",
    ],
)
def test_a_police_unit_without_its_body_is_no_organisation(text: str) -> None:
    assert _out(text) == []


def test_a_named_team_of_the_unit_stays_a_body() -> None:
    text = "Tim Jatanras berhasil menangkap dua pelaku di pasar itu."
    assert _out(text, [_at(text, "Tim Jatanras", "ORG")]) == [("Tim Jatanras", "ORG", (0, 12))]
