"""The organisation decision vouches for a name a capitalised noun for a national side opens
inside a sentence (`Timnas Gabon`), or a noun whose names are bodies opens before two words more
(`Majelis Umum PBB`: entities_vouched_council_nouns.txt, `kinds._body_noun_naming`), as it does for
one a body's head opens. A lowercase side's word names a country's side, no name (`timnas
Gabon`), and so may a sentence's first capital; a competitor's word opens no body (`Putri
Indonesia`); a council noun that opens a thing's name as often (`Jaringan Gas Kota`, `Laskar
Pelangi`) or a body's kind alone (`Majelis Taklim`) is weighed as any name, and so is a name
ending in an event's word (`Aliansi Jurnalis Independen Expo`, the body's event)."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.ner.entities.decision import decided_orgs
from extract.records import Entity, EntityLabel
from extract.resources import load_lines
from extract.text.patterns import whole_words
from tests.entity_records import article_entities


def _orgs(text: str, names: list[str]) -> list[Entity]:
    """Every whole-word mention of ``names`` as an ORG entity, in text order."""
    found = [Entity(n, EntityLabel.ORG, sp) for n in names for sp in whole_words(text, n)]
    return sorted(found, key=lambda e: e.span)


def _decided(text: str, names: list[str]) -> list[tuple[str, EntityLabel, tuple[int, int]]]:
    """The decision's ORGs when the model tagged every mention of ``names`` ORG."""
    ents = _orgs(text, names)
    return [(e.text, e.label, e.span) for e in decided_orgs(text, tokens(text), ents, ents, [])]


@pytest.mark.parametrize(
    ("text", "names", "spans"),
    [
        (
            "Di laga Grup F Piala Afrika, Timnas Kamerun menang tipis 1-0 atas Timnas Gabon, Minggu malam.",
            ["Timnas Kamerun", "Timnas Gabon"],
            [(29, 43), (66, 78)],
        ),
        (
            "Sementara itu, Timnas Bola Voli Putri Indonesia baru dua kali menjalani uji coba.",
            ["Timnas Bola Voli Putri Indonesia"],
            [(15, 47)],
        ),
        (
            "Resolusi itu disahkan Majelis Umum PBB dalam sidang darurat di New York pada Kamis.",
            ["Majelis Umum PBB"],
            [(22, 38)],
        ),
        (  # a council noun's name of three words opening a sentence is a name all the same
            "Nantinya badan itu berubah nama. Aliansi Pengusaha Haramain Seluruh Indonesia (Asphirasi) "
            "mendukung penuh pembentukan kementerian itu.",
            ["Aliansi Pengusaha Haramain Seluruh Indonesia"],
            [(33, 77)],
        ),
    ],
)
def test_a_name_a_body_s_or_a_side_s_noun_opens_stays(
    text: str, names: list[str], spans: list[tuple[int, int]]
) -> None:
    assert _decided(text, names) == [(text[s:e], EntityLabel.ORG, (s, e)) for s, e in spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a council noun that opens a novel's or a film's name as often as a body's
        ("Penonton memadati bioskop untuk menonton Laskar Pelangi di Belitung.", "Laskar Pelangi"),
        # a network, no body
        ("Pelanggan kini bisa menikmati Jaringan 5G Telkomsel di Kota Medan.", "Jaringan 5G Telkomsel"),
        # a body's kind with no further name
        ("Majelis Taklim di kampung itu rutin menggelar pengajian setiap Jumat.", "Majelis Taklim"),
        # a side's noun opening a sentence: its capital is the sentence's
        ("Timnas kalah 0-2 dari Vietnam. Timnas Gabon juga kalah dari Kamerun.", "Timnas Gabon"),
        # a body's event
        (
            "Kongres Aliansi Jurnalis Independen Expo dibuka di Surabaya pada Sabtu pagi.",
            "Aliansi Jurnalis Independen Expo",
        ),
    ],
)
def test_a_name_no_body_s_noun_vouches_for_is_weighed_and_dropped(text: str, name: str) -> None:
    assert _decided(text, [name]) == []


def test_a_licence_s_object_a_council_noun_opens_is_weighed() -> None:
    """`Jaringan` names a network's kind as often as a body (news-raw: the licence's object was
    1 of the 30 names the former reading gained): no rule vouches for it and the weights drop it."""
    text = "Operator itu mengantongi izin Jaringan Tetap Tertutup Berbasis Satelit dari kementerian."
    assert _decided(text, ["Jaringan Tetap Tertutup Berbasis Satelit"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pembangunan Jaringan Gas Kota di Kabupaten Musi Banyuasin ditargetkan menjangkau 5.000 rumah.",
            [("Kabupaten Musi Banyuasin", "LOC", (33, 57))],
        ),
        (
            "Pelanggan kini bisa menikmati Jaringan 5G Telkomsel di Kota Medan.",
            [("Kota Medan", "LOC", (55, 65))],
        ),
        ("Majelis Taklim di kampung itu rutin menggelar pengajian setiap Jumat.", []),
        ("PLN menargetkan Jaringan Transmisi Sumatera rampung pada 2025.", [("PLN", "ORG", (0, 3))]),
        (
            "Malam final Putri Indonesia digelar di Jakarta Convention Center.",
            [("Indonesia", "LOC", (18, 27)), ("Jakarta Convention Center", "LOC", (39, 64))],
        ),
    ],
)
def test_a_network_a_kind_and_a_competitor_are_no_organisation(text: str, expected: list) -> None:
    """Whole articles: a network a council noun opens, a body's kind alone and a competitor's
    title give no organisation."""
    assert article_entities(text) == expected


def test_a_lowercase_side_is_dropped() -> None:
    """Written in lowercase, `timnas` names the country's side: no rule vouches for the ORG and
    the weights drop it."""
    text = "Pelatih Herdman memanggil 26 pemain untuk menghadapi timnas Gabon pekan depan."
    assert _decided(text, ["timnas Gabon"]) == []


def test_the_vouched_nouns_are_council_nouns() -> None:
    """entities_vouched_council_nouns.txt is a part of entities_council_nouns.txt."""
    vouched = set(load_lines("entities_vouched_council_nouns.txt"))
    assert vouched and vouched <= set(load_lines("entities_council_nouns.txt"))
