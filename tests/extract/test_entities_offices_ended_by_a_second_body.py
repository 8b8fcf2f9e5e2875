"""Organisations on regional news (orgs28, news-raw 5300-5449; GUIDELINES §6): the region that
closes an office's name ends it before a second body joined by `dan` and before a capitalised
function word of a title-case line (`extract.ner.entities.grammar`)."""

from __future__ import annotations

import pytest

from tests.entity_records import grammar_pairs as _grown

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Informasi lowongan itu dibagikan lewat laman Pemkab Pesawaran dan Akun Resmi Dinas "
            "Sosial Kabupaten Pesawaran pekan ini.",
            [("Pemkab Pesawaran", "ORG"), ("Dinas Sosial Kabupaten Pesawaran", "ORG")],
        ),
        (
            "Pelaku dibekuk anggota Polsek Sukadana dan Tim Opsnal Polres Lampung Timur kemarin.",
            [("Polsek Sukadana", "ORG"), ("Tim Opsnal Polres Lampung Timur", "ORG")],
        ),
        # an unlisted unit's name before its parent's head starts the second body
        (
            "Tersangka diringkus Polsek Natar dan Buser Polres Lampung Selatan di rumahnya.",
            [("Polsek Natar", "ORG"), ("Buser Polres Lampung Selatan", "ORG")],
        ),
        (
            "Razia digelar Satpol PP Kota Metro dan Intel Kodim 0411/Lampung Tengah semalam.",
            [("Satpol PP Kota Metro", "ORG"), ("Intel Kodim 0411/Lampung Tengah", "ORG")],
        ),
        # a given name before the head is no unit: the second body starts at its head
        (
            "Berkas itu diserahkan Polsek Natar dan Andi Polres Lampung Selatan kemarin.",
            [("Polsek Natar", "ORG"), ("Polres Lampung Selatan", "ORG")],
        ),
    ],
)
def test_a_second_body_after_dan_and_the_region_is_a_name_of_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _grown(text) == expected


def test_a_capitalised_function_word_before_a_second_body_ends_the_first() -> None:
    t = "Rapat Koordinasi BPJS Dengan Pemerintah Kabupaten Pesawaran. Anggaran naik."
    assert _grown(t) == [("BPJS", "ORG"), ("Pemerintah Kabupaten Pesawaran", "ORG")]


def test_a_capitalised_function_word_with_no_body_after_it_stays_in_the_name() -> None:
    t = "Laporan itu dikirim Tim Relawan Untuk Demokrasi ke kantor bupati."
    assert _grown(t) == [("Tim Relawan Untuk Demokrasi", "ORG")]


def test_a_capitalised_function_word_after_the_region_ends_the_office() -> None:
    t = "Pelatihan itu digelar Dinas Koperasi Provinsi Lampung Untuk Perajin Tapis pada Senin."
    assert _grown(t) == [("Dinas Koperasi Provinsi Lampung", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua Ikatan Keluarga Besar Tanggamus dan Sekitarnya menyambut tamu.",
            [("Ikatan Keluarga Besar Tanggamus dan Sekitarnya", "ORG")],
        ),
        (
            "Kepala Dinas Pariwisata dan Kebudayaan Kota Metro membuka acara.",
            [("Dinas Pariwisata dan Kebudayaan Kota Metro", "ORG")],
        ),
    ],
)
def test_a_word_joined_after_the_region_with_no_body_ahead_stays_in_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _grown(text) == expected


def test_a_lowercase_function_word_after_the_region_gives_no_second_name() -> None:
    t = "Warga mengadu ke Dinas Sosial Kabupaten Pesawaran untuk bantuan beras."
    assert _grown(t) == [("Dinas Sosial Kabupaten Pesawaran", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diskon tiket pesawat itu lahir dari kemitraan Bank BRI dan Tiket Nusantara bulan ini.",
            [("Bank BRI", "ORG")],
        ),
        ("Pasar murah di balai desa melibatkan Perum Bulog dan UMKM sekitar.", [("Perum Bulog", "ORG")]),
    ],
)
def test_a_known_short_name_before_dan_closes_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _grown(text) == expected


def test_a_kind_in_capitals_before_dan_stays_a_field_of_the_office() -> None:
    t = "Kepala Dinas Koperasi, UKM dan Perdagangan Lambar membuka bazar."
    assert _grown(t) == [("Dinas Koperasi, UKM dan Perdagangan Lambar", "ORG")]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a listed short name in title case, then a level and its region: one body
        (
            "Rapat koordinasi jelang Natal dihadiri Forkopimda Kabupaten Pesawaran di aula.",
            [("Forkopimda Kabupaten Pesawaran", "ORG")],
            [("Forkopimda Kabupaten Pesawaran", "ORG", (39, 69))],
        ),
        # a listed short name in capitals before a city's level and name, the model silent
        (
            "Target pajak hotel tahun ini, kata Kepala BPPRD Kota Metro, naik sepuluh persen.",
            [],
            [("BPPRD Kota Metro", "ORG", (42, 58))],
        ),
    ],
)
def test_a_listed_short_name_before_a_level_and_its_region_is_one_body(
    text: str, model: list, expected: list
) -> None:
    assert _found(text, model) == expected


def test_a_level_and_region_after_an_unlisted_word_stay_a_place() -> None:
    t = "Lomba itu diikuti Warga Kabupaten Pesawaran dengan antusias."
    assert _found(t, []) == [("Kabupaten Pesawaran", "LOC", (24, 43))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unlisted short name between a chair's title and its level and region, then alone
        (
            "Ketua HIPKA Kabupaten Tanggamus meminta anggota taat pajak. Anggota HIPKA setuju.",
            [("HIPKA Kabupaten Tanggamus", "ORG", (6, 31)), ("HIPKA", "ORG", (68, 73))],
        ),
        # a title that also names a group introduces what the group works on
        (
            "Rapat itu dihadiri anggota SIPKD Provinsi Lampung kemarin.",
            [("Provinsi Lampung", "LOC", (33, 49))],
        ),
    ],
)
def test_a_short_name_a_title_puts_before_its_region_is_the_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `Kadis` = Kepala Dinas: the title holds the body, the short name is its sector
        (
            "Kadis PUPR Kabupaten Pesawaran meninjau jembatan gantung yang putus kemarin sore.",
            [("Kabupaten Pesawaran", "LOC", (11, 30))],
        ),
        (
            "Menurut Kabid GTK Provinsi Lampung, kuota guru baru bertambah.",
            [("Provinsi Lampung", "LOC", (18, 34))],
        ),
        # a plain head's title keeps the short name as the body it heads
        (
            "Sekretaris PHRI Provinsi Lampung meminta hotel menurunkan tarif.",
            [("PHRI Provinsi Lampung", "ORG", (11, 32))],
        ),
    ],
)
def test_a_short_name_after_a_contracted_head_is_no_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.xfail(
    strict=True,
    reason="orgs28 tally (5 of 150): a programme's or card's name the model tags ORG after its kind's"
    " word (`Kartu`, `Duta`) stays an ORG; no general cue tells it from a body",
)
def test_a_card_programme_the_model_tags_is_no_body() -> None:
    text = "Petani kini bisa mendaftar lewat aplikasi Kartu Tani Makmur di balai desa."
    assert _found(text, [("Tani Makmur", "ORG")]) == []


@pytest.mark.xfail(
    strict=True,
    reason="orgs28 tally (4 of 150): a unit named after a section head's title before the holder"
    " (`Kasat Intelkam`, `Kabag … dan SDA`) stays the model's ORG",
)
def test_a_police_unit_after_its_head_title_is_no_body() -> None:
    text = "Apel pagi dipimpin Kasat Intelkam AKP Hendra Saputra di halaman markas."
    assert [e for e in _found(text, [("Intelkam", "ORG")]) if e[1] == "ORG"] == []
