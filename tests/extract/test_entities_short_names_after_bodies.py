"""Organisations with their short names: a short name alone in brackets right after the body's
name it spells is an entry of its own (GUIDELINES §6: `Universitas Lampung (Unila)` gives
`Universitas Lampung` and `Unila`), also where the model tags only the name: a listed short name
always, an unlisted one where the name says it is a body (a body's head or a council's noun opens
it, or an English body's word stands in it). A name going on after the bracket keeps the short
name inside it; a mixed-case short name, a kind's short name and letters the name does not spell
give none. Whole entity lists from `resolve_entities` on invented sentences, the model's spans
given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a religious body's name, then its short name and a place word
        (
            "Ribuan santri Nahdlatul Ulama (NU) berkumpul di alun-alun Metro.",
            [("Nahdlatul Ulama", "ORG"), ("Metro", "LOC")],
            [
                ("Nahdlatul Ulama", "ORG", (14, 29)),
                ("NU", "ORG", (31, 33)),
                ("Metro", "LOC", (58, 63)),
            ],
        ),
        # an agency's name after a title, then a comma
        (
            "Mantan Kepala Badan Narkotika Nasional (BNN), kata dia, kini pensiun.",
            [("Badan Narkotika Nasional", "ORG")],
            [("Badan Narkotika Nasional", "ORG", (14, 38)), ("BNN", "ORG", (40, 43))],
        ),
        # a chamber's name spelled with `dan`, at the end of the sentence
        (
            "Usulan itu datang dari Kamar Dagang dan Industri (Kadin).",
            [("Kamar Dagang dan Industri", "ORG")],
            [("Kamar Dagang dan Industri", "ORG", (23, 48)), ("Kadin", "ORG", (50, 55))],
        ),
    ],
)
def test_a_listed_short_name_after_the_body_it_spells_is_an_entry(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the name goes on after the brackets: one name
        (
            "Pengurus Kamar Dagang dan Industri (Kadin) Indonesia bertemu investor.",
            [("Kamar Dagang dan Industri", "ORG"), ("Indonesia", "LOC")],
            [("Kamar Dagang dan Industri", "ORG", (9, 34)), ("Indonesia", "LOC", (43, 52))],
        ),
    ],
)
def test_a_bracketed_short_name_inside_a_name_adds_none(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Menurut Southern Development and Planning Commission (SDPC) proyek itu layak.",
            [("Southern Development and Planning Commission", "ORG")],
            [("Southern Development and Planning Commission", "ORG", (8, 52)), ("SDPC", "ORG", (54, 58))],
        ),
        (
            "Ia lulus dari Pennsylvania Institute of Mining (PIM) pada 1998.",
            [("Pennsylvania Institute of Mining", "ORG")],
            [("Pennsylvania Institute of Mining", "ORG", (14, 46)), ("PIM", "ORG", (48, 51))],
        ),
        (
            "Pasien itu dirawat di University of Kansas Medical Center (UKMC), Kansas City.",
            [("University of Kansas Medical Center", "ORG"), ("Kansas City", "LOC")],
            [
                ("University of Kansas Medical Center", "ORG", (22, 57)),
                ("UKMC", "ORG", (59, 63)),
                ("Kansas City", "LOC", (66, 77)),
            ],
        ),
        (
            "Penilaian dilakukan Green Roof Council Indonesia (GRCI), lembaga nirlaba itu.",
            [("Green Roof Council Indonesia", "ORG")],
            [("Green Roof Council Indonesia", "ORG", (20, 48)), ("GRCI", "ORG", (50, 54))],
        ),
        # a region among the body's words: the short name still spells the body
        (
            "Menurut Botanical Society of Surabaya (BSS), anggrek itu langka.",
            [("Botanical Society of Surabaya", "ORG")],
            [("Botanical Society of Surabaya", "ORG", (8, 37)), ("BSS", "ORG", (39, 42))],
        ),
        # a short name in title case, after a body's head
        (
            "Menurut Persatuan Dokter Spesialis Kulit Indonesia (Perdoski), kasus itu langka.",
            [("Persatuan Dokter Spesialis Kulit Indonesia", "ORG")],
            [("Persatuan Dokter Spesialis Kulit Indonesia", "ORG", (8, 50)), ("Perdoski", "ORG", (52, 60))],
        ),
    ],
)
def test_an_unlisted_short_name_after_a_body_it_spells_is_an_entry(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a kind's short name: one of many such units, no body alone
        (
            "Dana itu dikelola Badan Layanan Usaha Daerah (BLUD) setempat.",
            [("Badan Layanan Usaha Daerah", "ORG")],
            [("Badan Layanan Usaha Daerah", "ORG", (18, 44))],
        ),
        # a mixed-case short name is a document's or a term's, not a body's
        (
            "Kedua pihak meneken Letter of Agreement (LoA) di kantor gubernur.",
            [("Letter of Agreement", "ORG")],
            [("Letter of Agreement", "ORG", (20, 39))],
        ),
        # the name goes on after the bracket: the short name stays inside it
        (
            "Ikatan Perajin Rotan (IPR) Bumi Sari memamerkan tas anyaman.",
            [("Ikatan Perajin Rotan (IPR) Bumi Sari", "ORG")],
            [("Ikatan Perajin Rotan (IPR) Bumi Sari", "ORG", (0, 36))],
        ),
        # letters the body's name does not spell
        (
            "Menurut Southern Development and Planning Commission (KTR) proyek itu layak.",
            [("Southern Development and Planning Commission", "ORG")],
            [("Southern Development and Planning Commission", "ORG", (8, 52))],
        ),
    ],
)
def test_no_short_name_where_the_bracket_names_no_body(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected
