"""Organisations read on unseen regional news (session 24): a regional government's short word
written lowercase before its region's name (`pemkab Way Kanan`) heads that government's name, as
the capitalised `Pemkab Way Kanan` does (GUIDELINES §6: case variants are listed as written).
Whole entity lists from `resolve_entities` on invented sentences, with the spans, and cases that
must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Para pedagang berterima kasih kepada pemkab Tanggamus atas bantuan tenda itu.",
            [],
            [("pemkab Tanggamus", "ORG", (37, 53))],
        ),
        # a region of two words, read from the gazetteer
        (
            "Jalan itu akan diperbaiki pemkab Lampung Barat tahun depan.",
            [("Lampung Barat", "LOC")],
            [("pemkab Lampung Barat", "ORG", (26, 46))],
        ),
        # a province's and a city's government, one after the other
        (
            "Anggaran berasal dari pemprov Lampung dan pemkot Metro sekaligus.",
            [("Lampung", "LOC"), ("Metro", "LOC")],
            [("pemprov Lampung", "ORG", (22, 37)), ("pemkot Metro", "ORG", (42, 54))],
        ),
    ],
)
def test_a_lowercase_government_word_before_its_region_is_the_government(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no region after it: a kind, no name
        "Bantuan dari pemkab setempat sudah diterima warga kemarin.",
        # a capitalised word that is no region
        "Menurut pemkab Kemarin ada perubahan jadwal pembagian.",
    ],
)
def test_a_lowercase_government_word_without_a_region_names_nothing(text: str) -> None:
    assert _found(text, []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional secretariat glued to its level
        (
            "Data itu dihimpun Bagian Perekonomian Setdakab Pesawaran sejak Januari.",
            [("Setdakab Pesawaran", "ORG", (38, 56))],
        ),
        (
            "Surat itu diteruskan ke Setdaprov Jambi pada Kamis.",
            [("Setdaprov Jambi", "ORG", (24, 39))],
        ),
        # a police unit glued to `Sat` before its Polres is one body with it
        (
            "Personel Satpolairud Polres Tanggamus menyisir perairan Teluk Semaka.",
            [("Satpolairud Polres Tanggamus", "ORG", (9, 37)), ("Teluk Semaka", "LOC", (56, 68))],
        ),
        (
            "Pasukan Satbrimob Polda Jambi berjaga di lokasi sejak pagi.",
            [("Satbrimob Polda Jambi", "ORG", (8, 29))],
        ),
    ],
)
def test_a_glued_secretariat_or_police_unit_heads_the_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_a_glued_police_unit_alone_names_no_body() -> None:
    assert _found("Dua anggota Satbrimob berjaga di sana.", []) == []


@pytest.mark.xfail(strict=True, reason="a holder whose name opens with initials (`HS.`) reads as the body's")
def test_a_holder_opened_by_initials_ends_the_secretariat() -> None:
    text = "Menurut Asisten Ekobang Setdakab Pesawaran HS. Marzuki, harga cabai turun."
    assert [e[0] for e in _found(text, [])] == ["Setdakab Pesawaran"]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a regional water company named after its word, with its region
        (
            "Direktur PDAM Way Tebu, Yusuf Hamdani, mengatakan jumlah pelanggan naik.",
            [("Way Tebu", "LOC"), ("Yusuf Hamdani", "PER")],
            [("PDAM Way Tebu", "ORG", (9, 22)), ("Yusuf Hamdani", "PER", (24, 37))],
        ),
        (
            "Pelanggan Perumda Tirta Sejuk mengeluhkan air keruh sejak Senin.",
            [],
            [("Perumda Tirta Sejuk", "ORG", (10, 29))],
        ),
        # spelled out before its short name and region: one name
        (
            "Pipa Perusahaan Daerah Air Minum (PDAM) Tirta Sejuk Tanggamus bocor lagi.",
            [],
            [("Perusahaan Daerah Air Minum (PDAM) Tirta Sejuk Tanggamus", "ORG", (5, 61))],
        ),
    ],
)
def test_a_regional_company_word_heads_its_name(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_regional_company_word_before_a_lowercase_word_names_nothing() -> None:
    assert _found("Warga mengeluhkan tagihan perumda yang naik.", []) == []


def test_a_document_after_dan_is_no_word_of_the_company() -> None:
    text = "Sesuai Tarif Perumda Tirta Sejuk dan Surat Keputusan Bupati, harga naik."
    assert [e[0] for e in _found(text, [])] == ["Perumda Tirta Sejuk"]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a district court's short name before its seat, read as a place after `di` by the model
        (
            "Sidang lanjutan perkara itu digelar di PN Kotabumi pada Kamis.",
            [("PN Kotabumi", "LOC")],
            [("PN Kotabumi", "ORG", (39, 50))],
        ),
        # a mission before its city, and spelled out
        (
            "Laporan itu diterima staf KBRI Nairobi sejak pekan lalu.",
            [("Nairobi", "LOC")],
            [("KBRI Nairobi", "ORG", (26, 38))],
        ),
        (
            "Bantuan disalurkan melalui Konsulat Jenderal RI di Kuching bulan ini.",
            [("RI", "LOC"), ("Kuching", "LOC")],
            [("Konsulat Jenderal RI", "ORG", (27, 47)), ("Kuching", "LOC", (51, 58))],
        ),
    ],
)
def test_a_court_or_mission_head_names_the_body_with_its_seat(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_court_s_letters_as_initials_name_no_body() -> None:
    assert _found("Polisi menangkap pria berinisial PN (31) di rumahnya.", []) == []


@pytest.mark.xfail(strict=True, reason="`dan` and a second body's short name read as the mission's words")
def test_a_second_body_after_dan_is_no_word_of_the_mission() -> None:
    text = "Acara itu digelar KBRI Nairobi dan ITPC Lagos pada Sabtu."
    assert [e[0] for e in _found(text, [])] == ["KBRI Nairobi", "ITPC Lagos"]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a branch's word and a listed regency after the body: one ORG, no place of its own
        (
            "Paket itu dikirim lewat Kantor Pos Cabang Pringsewu pada Selasa.",
            [("Pringsewu", "LOC")],
            [("Kantor Pos Cabang Pringsewu", "ORG", (24, 51))],
        ),
        # written lowercase, after a company's name
        (
            "Jadwal kapal diumumkan PT ASDP cabang Bakauheni sejak kemarin.",
            [("PT ASDP", "ORG"), ("Bakauheni", "LOC")],
            [("PT ASDP cabang Bakauheni", "ORG", (23, 47))],
        ),
        # a roman numeral between the branch word and the city
        (
            "Petugas PT KAI Divre IV Tanjung Karang memeriksa rel itu.",
            [("PT KAI", "ORG")],
            [("PT KAI Divre IV Tanjung Karang", "ORG", (8, 38))],
        ),
    ],
)
def test_a_branch_after_a_body_is_the_body_s(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_branch_word_before_no_listed_place_leaves_the_body_alone() -> None:
    text = "Pengurus Koperasi Maju Jaya cabang baru dilantik kemarin."
    assert _found(text, []) == [("Koperasi Maju Jaya", "ORG", (9, 27))]
