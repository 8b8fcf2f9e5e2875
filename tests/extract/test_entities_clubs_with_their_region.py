"""Organisations read on news-raw 8700-8999 (session 16): a football club written as its short
name and the region it plays for is one ORG, the region no place of its own. Whole entity lists
from `resolve_entities` on invented sentences, with the spans, and cases that must give no club."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


def test_a_club_and_its_region_are_one_organisation() -> None:
    text = "Pelatih Persijap Jepara yakin timnya bisa menahan Persipa Pati di kandang sendiri."
    assert _found(text, [("Jepara", "LOC"), ("Pati", "LOC")]) == [
        ("Persijap Jepara", "ORG", (8, 23)),
        ("Persipa Pati", "ORG", (50, 62)),
    ]


def test_a_shouted_club_and_a_region_with_its_level_are_organisations() -> None:
    text = "Skuad PSKC Cimahi bertolak ke markas Persikab Kabupaten Bandung pekan depan."
    assert _found(text, [("Cimahi", "LOC"), ("Kabupaten Bandung", "LOC")]) == [
        ("PSKC Cimahi", "ORG", (6, 17)),
        ("Persikab Kabupaten Bandung", "ORG", (37, 63)),
    ]


def test_a_club_takes_the_whole_region_after_it() -> None:
    text = "Gol tunggal itu membawa PSDS Deli Serdang naik ke papan atas klasemen."
    assert _found(text, [("PSDS Deli", "ORG")]) == [("PSDS Deli Serdang", "ORG", (24, 41))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a common word on `Pers` opens no club (`Persamaan`, `Persiapan`)
        (
            "Persiapan Cianjur untuk festival itu sudah rampung, kata panitia.",
            [("Cianjur", "LOC")],
            [("Cianjur", "LOC", (10, 17))],
        ),
        # a short name the article spells out as a kind is no club
        (
            "Masa pembatasan sosial berskala besar (PSBS) Bogor diperpanjang dua pekan.",
            [("Bogor", "LOC")],
            [("Bogor", "LOC", (45, 50))],
        ),
        # the word inside a longer name the model read stays that name's
        (
            "Kapal tanker itu ditahan di Teluk Persia Iran sejak pekan lalu.",
            [("Teluk Persia Iran", "LOC")],
            [("Teluk Persia Iran", "LOC", (28, 45))],
        ),
        # a club's short name with no region after it is left to the model
        ("Pendukung Persiraja memadati tribun timur sejak sore.", [], []),
    ],
)
def test_no_club_where_the_rule_does_not_hold(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.xfail(strict=True, reason="`Biak` alone is in no gazetteer (the regency is Biak Numfor)")
def test_a_club_of_a_town_no_gazetteer_lists() -> None:
    text = "Pemain PSBS Biak berlatih keras menjelang laga tandang ke Palu."
    assert _found(text, [("Palu", "LOC")])[0] == ("PSBS Biak", "ORG", (7, 16))


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a stock index after `indeks` is no body
        (
            "Di bursa Asia, indeks Straits Times naik tipis sementara indeks Nikkei libur.",
            [("Straits Times", "ORG"), ("Nikkei", "ORG")],
            [("Asia", "LOC", (9, 13))],
        ),
        # a futures contract after `berjangka` is no body
        (
            "Harga minyak mentah berjangka West Texas Intermediate turun 40 sen per barel.",
            [("West Texas Intermediate", "ORG")],
            [],
        ),
        # the same name as the subject of a sentence stays the model's
        (
            "Analis Straits Times menulis bahwa pasar masih menunggu bank sentral.",
            [("Straits Times", "ORG")],
            [("Straits Times", "ORG", (7, 20))],
        ),
    ],
)
def test_an_index_or_a_futures_contract_is_no_organisation(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a known body spelled out before its short name, in the middle of a sentence
        (
            "Data itu dihimpun oleh Otoritas Jasa Keuangan (OJK) sejak awal tahun.",
            [("OJK", "ORG")],
            [("Otoritas Jasa Keuangan", "ORG", (23, 45)), ("OJK", "ORG", (47, 50))],
        ),
        # after an index's short name in brackets
        (
            "Saham unggulan di Bursa Efek Indonesia (BEI) menguat pada sesi pertama.",
            [("BEI", "ORG")],
            [("Bursa Efek Indonesia", "ORG", (18, 38)), ("BEI", "ORG", (40, 43))],
        ),
    ],
)
def test_a_known_body_spelled_out_before_its_short_name_is_an_organisation(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a tax spelled out before a short name a party shares
        "Warga diminta melunasi Pajak Bumi dan Bangunan (PBB) sebelum akhir bulan.",
        # an agreement and a kind of school spelled out before a body's short name
        "Kedua pihak menandatangani Perjanjian Kerja Sama (PKS) di aula kantor.",
        "Sebanyak tiga Madrasah Aliyah (MA) ikut dalam lomba cerdas cermat itu.",
    ],
)
def test_a_kind_spelled_out_before_a_bodys_short_name_is_none(text: str) -> None:
    assert [e for e in _found(text, []) if e[1] == "ORG"] == []


def test_a_name_going_on_after_the_brackets_is_left_to_the_model() -> None:
    # the council-noun rule leaves it; `Perusahaan Daerah` heads the whole name since orgs24 (its
    # bracket stays inside: GUIDELINES §6, `Dinas Sosial (Dinsos) DKI Jakarta`)
    text = "Debit air baku Perusahaan Daerah Air Minum (PDAM) Tirta Sejuk turun drastis."
    assert _found(text, [("Tirta Sejuk", "ORG")]) == [
        ("Perusahaan Daerah Air Minum (PDAM) Tirta Sejuk", "ORG", (15, 61))
    ]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the nation's name ends the body's name; its short name and region stay inside (§6)
        (
            "Fatwa itu dikeluarkan Majelis Ulama Indonesia (MUI) Kabupaten Garut pekan lalu.",
            [("Majelis Ulama Indonesia", "ORG"), ("Kabupaten Garut", "LOC")],
            [("Majelis Ulama Indonesia (MUI) Kabupaten Garut", "ORG", (22, 67))],
        ),
        (
            "Pengurus Komite Olahraga Nasional Indonesia (KONI) Lampung Timur dilantik kemarin.",
            [("Komite Olahraga Nasional Indonesia", "ORG"), ("Lampung Timur", "LOC")],
            [("Komite Olahraga Nasional Indonesia (KONI) Lampung Timur", "ORG", (9, 64))],
        ),
    ],
)
def test_a_body_named_after_the_nation_takes_its_short_name_and_region(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a unit covering two regions: `Wilayah X dan Y` is one ORG
        (
            "Listrik gratis itu disalurkan PLN Unit Induk Wilayah Sulawesi Utara dan Gorontalo pekan ini.",
            [("PLN Unit Induk Wilayah Sulawesi Utara", "ORG"), ("Gorontalo", "LOC")],
            [("PLN Unit Induk Wilayah Sulawesi Utara dan Gorontalo", "ORG", (30, 81))],
        ),
        # a level before the second place names another body's region: two entities
        (
            "Bantuan datang dari Pemerintah Provinsi Jambi dan Kabupaten Kerinci untuk korban banjir.",
            [("Pemerintah Provinsi Jambi", "ORG"), ("Kabupaten Kerinci", "LOC")],
            [("Pemerintah Provinsi Jambi", "ORG", (20, 45)), ("Kabupaten Kerinci", "LOC", (50, 67))],
        ),
        # a place after `Wilayah` with no body before it stays a place
        (
            "Petani di Wilayah Jawa Barat dan Banten menerima pupuk lebih awal.",
            [("Wilayah Jawa Barat", "LOC"), ("Banten", "LOC")],
            [("Wilayah Jawa Barat", "LOC", (10, 28)), ("Banten", "LOC", (33, 39))],
        ),
    ],
)
def test_a_unit_covering_two_regions_is_one_organisation(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
