"""Organisations in regional farming news: a farmers' or a tourism group's kind written in
full (`Kelompok Tani`, `Kelompok Wanita Tani`, `Kelompok Sadar Wisata`) heads the group's name,
as its short name does (`Poktan`, `KWT`, `Pokdarwis`), with the village it is named with
(GUIDELINES §6: named groups are organisations; an organisation named with its region is one
ORG); the kind alone or with common words only names no group. Whole entity lists from
`resolve_entities` on invented sentences, with the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the group's name the model read as a person's, then its chairman
        (
            "Ketua Kelompok Tani Sido Rukun, Warsito, menyebut panen jagung tahun ini meningkat.",
            [("Sido Rukun", "PER"), ("Warsito", "PER")],
            [("Kelompok Tani Sido Rukun", "ORG", (6, 30)), ("Warsito", "PER", (32, 39))],
        ),
        # a women farmers' group named with its village, then the district
        (
            "Bibit cabai diserahkan kepada Kelompok Wanita Tani Melati Desa Sukamaju, Kecamatan Pagelaran.",
            [("Desa Sukamaju", "LOC"), ("Kecamatan Pagelaran", "LOC")],
            [
                ("Kelompok Wanita Tani Melati Desa Sukamaju", "ORG", (30, 71)),
                ("Kecamatan Pagelaran", "LOC", (73, 92)),
            ],
        ),
        # a tourism group named with its village, lowercase after the head's first word
        (
            "Kelompok sadar wisata Pekon Teluk Kiluan kini mengelola dermaga perahu.",
            [("Pekon Teluk Kiluan", "LOC")],
            [("Kelompok sadar wisata Pekon Teluk Kiluan", "ORG", (0, 40))],
        ),
    ],
)
def test_a_groups_kind_written_in_full_heads_its_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the kind alone
        "Sebanyak dua belas Kelompok Tani di kecamatan itu menerima pupuk bersubsidi.",
        # the forest farmers' kind and its short name
        "Anggota Kelompok Tani Hutan (KTH) diajak merawat bibit di lahan perhutanan sosial.",
        # the kind with common words only
        "Kelompok Tani Hutan setempat menanam bibit mahoni di lereng bukit.",
        # the kind written in lowercase
        "Bantuan traktor dibagikan kepada kelompok tani di tiga desa.",
    ],
)
def test_a_groups_kind_with_no_name_is_none(text: str) -> None:
    assert _found(text, []) == []


@pytest.mark.xfail(
    strict=True, reason="a body's head takes `dan` and the next name: two groups in a list become one"
)
def test_two_groups_in_a_list_are_two_names() -> None:
    text = "Dana klaim diterima Kelompok Tani Karya Bakti dan Sumber Makmur di Kecamatan Sukau."
    model = [("Karya Bakti", "LOC"), ("Sumber Makmur", "LOC"), ("Kecamatan Sukau", "LOC")]
    assert _found(text, model) == [
        ("Kelompok Tani Karya Bakti", "ORG", (20, 45)),
        ("Sumber Makmur", "ORG", (50, 63)),
        ("Kecamatan Sukau", "LOC", (67, 82)),
    ]
