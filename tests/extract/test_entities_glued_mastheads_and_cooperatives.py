"""Organisations read on news-raw (session 20): a masthead with its desk glued to the word before
it by a lost space (`kepadadetikJateng`) is the outlet alone, and a cooperative's own name after
`Koperasi` is a body, where the national `Koperasi Merah Putih` programme is none (GUIDELINES §6:
outlets named in the body are organisations, programmes are no entities). Whole entity lists from
`resolve_entities` on invented sentences, with the spans, and cases that must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the model reads the glued words as one body: the outlet is the masthead and its desk
        (
            "Hal itu disampaikan Kapolsek kepadadetikJateng melalui pesan singkat.",
            [("kepadadetikJateng", "ORG")],
            [("detikJateng", "ORG", (35, 46))],
        ),
        # a capitalised source cue glued on
        (
            "DilansirdetikFinance, harga cabai rawit naik dua kali lipat.",
            [],
            [("detikFinance", "ORG", (8, 20))],
        ),
        # a function word glued after the desk is no part of it
        (
            "Para pedagang ditemuidetikSulseldi pasar pagi tadi.",
            [],
            [("detikSulsel", "ORG", (21, 32))],
        ),
        # a second capitalised word glued after the desk starts a word of its own
        (
            "Jadwal siaran daridetikSepakbolaKamis sudah diumumkan.",
            [],
            [("detikSepakbola", "ORG", (18, 32))],
        ),
    ],
)
def test_a_glued_masthead_is_the_outlet_alone(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_one_word_masthead_glued_to_the_word_before_it_is_the_outlet() -> None:
    text = "Hal itu disampaikan juru bicara itu kepadadetikcom, Rabu (3/9/2025), di kantornya."
    assert _found(text, []) == [("detikcom", "ORG", (42, 50))]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a capitalised sentence opener glued to the domain-ended masthead: the model's one body
        (
            "Pantauandetikcom di gedung itu, antrean warga mengular sejak pagi.",
            [("Pantauandetikcom", "ORG")],
            [("detikcom", "ORG", (8, 16))],
        ),
        (
            "Simak video lainnya di TikTokdetikcom setiap hari.",
            [("TikTokdetikcom", "ORG")],
            [("detikcom", "ORG", (29, 37))],
        ),
        # a capitalised body whose name ends like a masthead (`kominfo`) stays whole
        (
            "Kepala Diskominfo membuka pelatihan itu.",
            [("Diskominfo", "ORG")],
            [("Diskominfo", "ORG", (7, 17))],
        ),
    ],
)
def test_a_domain_masthead_glued_to_a_capitalised_word_is_the_outlet(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a source cue glued before an agency's capitals
        (
            "Harga minyak mentah melonjak, seperti dilansirAFP, Selasa (7/10/2025).",
            [("dilansirAFP", "ORG")],
            [("AFP", "ORG", (46, 49))],
        ),
        # a preposition glued before a body's short name
        (
            "Angka itu dikutip dariBPS pada awal pekan ini.",
            [("dariBPS", "ORG")],
            [("BPS", "ORG", (22, 25))],
        ),
        # a brand's own lowercase opening is no common word: the span stays
        (
            "Penjualan iPad naik pada kuartal ketiga.",
            [("iPad", "ORG")],
            [("iPad", "ORG", (10, 14))],
        ),
    ],
)
def test_a_common_word_glued_before_a_name_is_no_part_of_it(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


def test_a_word_that_ends_like_a_masthead_suffix_is_no_outlet() -> None:
    text = "Petani memakai kompos dan pupuk organik di sawah tadah hujan itu."
    assert _found(text, []) == []


def test_a_word_glued_to_a_capital_without_a_masthead_is_no_outlet() -> None:
    text = "Warga menyebutnya kampungHijau sejak lama."
    assert _found(text, []) == []


def test_a_cooperative_s_own_name_is_a_body_and_so_is_its_short_name() -> None:
    text = "Nasabah Koperasi Sumber Rejeki Makmur (SRM) melapor ke polisi pada Senin."
    assert _found(text, []) == [("Koperasi Sumber Rejeki Makmur", "ORG", (8, 37)), ("SRM", "ORG", (39, 42))]


def test_a_cooperative_named_with_its_village_is_one_body() -> None:
    text = "Bantuan itu diterima Koperasi Tani Subur Kelurahan Way Halim pekan lalu."
    assert _found(text, [("Kelurahan Way Halim", "LOC")]) == [
        ("Koperasi Tani Subur Kelurahan Way Halim", "ORG", (21, 60)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field of an office's name after a comma or `dan`, no second body
        (
            "Kepala Dinas Perindustrian, Koperasi, UKM dan Perdagangan Kota Kendari meninjau pasar.",
            [("Dinas Perindustrian, Koperasi, UKM dan Perdagangan Kota Kendari", "ORG", (7, 70))],
        ),
        (
            "Pelatihan itu digelar Dinas Perindustrian dan Koperasi Kabupaten Bone pekan ini.",
            [("Dinas Perindustrian dan Koperasi Kabupaten Bone", "ORG", (22, 69))],
        ),
        # two cooperatives joined by `dan` stay two
        (
            "Dana hibah mengalir ke Koperasi Tunas Harapan dan Koperasi Bina Usaha pada Maret.",
            [("Koperasi Tunas Harapan", "ORG", (23, 45)), ("Koperasi Bina Usaha", "ORG", (50, 69))],
        ),
        # after an office's region, `dan` and a cooperative start a second body
        (
            "Bantuan dari Dinas Sosial Kabupaten Bone dan Koperasi Guru Sejahtera tiba kemarin.",
            [("Dinas Sosial Kabupaten Bone", "ORG", (13, 40)), ("Koperasi Guru Sejahtera", "ORG", (45, 68))],
        ),
    ],
)
def test_a_cooperative_word_in_an_office_s_name_is_its_field(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah desa menyiapkan lahan untuk Koperasi Desa Merah Putih tahun ini.",
        "Modal awal Koperasi Merah Putih berasal dari pinjaman bank.",
    ],
)
def test_the_national_cooperative_programme_is_no_body(text: str) -> None:
    assert [e for e in _found(text, []) if e[1] == "ORG"] == []


@pytest.mark.xfail(
    strict=True, reason="a body joined by `dan` to a group without a head word is read as one name"
)
def test_a_cooperative_and_a_group_are_two_bodies() -> None:
    text = "Dana itu untuk Koperasi Sido Makmur dan Kelompok Tani Harapan Baru di desa itu."
    assert [e[0] for e in _found(text, [])] == ["Koperasi Sido Makmur", "Kelompok Tani Harapan Baru"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an authority's head opens a body's name; the short name after a place spells the place
        (
            "Kepala Otorita Ibu Kota Nusantara (IKN) meninjau proyek jalan di IKN pekan ini.",
            [
                ("Otorita Ibu Kota Nusantara", "ORG", (7, 33)),
                ("IKN", "LOC", (35, 38)),
                ("IKN", "LOC", (65, 68)),
            ],
        ),
        (
            "Pembangunan itu diawasi Otorita IKN sejak awal tahun.",
            [("Otorita IKN", "ORG", (24, 35))],
        ),
        # a corps of the armed forces or the police is a body
        (
            "Prajurit Korps Zeni TNI membangun jembatan darurat di desa itu.",
            [("Korps Zeni TNI", "ORG", (9, 23))],
        ),
        # a company's short name after its form spells the company, no place
        (
            "Investor melirik PT Kawasan Industri Terpadu Kendal (KITK) tahun ini.",
            [("PT Kawasan Industri Terpadu Kendal", "ORG", (17, 51)), ("KITK", "ORG", (53, 57))],
        ),
    ],
)
def test_an_authority_and_a_corps_are_bodies(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed body's short name written in title case, with its region after it
        (
            "Rapat evaluasi digelar Bawaslu Lampung Timur di kantornya, Senin.",
            [("Bawaslu Lampung Timur", "ORG", (23, 44))],
        ),
        # the nation after a listed short name is the body's own word, tagged or not
        (
            "Laporan itu diterima Ombudsman RI pekan lalu.",
            [("Ombudsman RI", "ORG", (21, 33))],
        ),
        (
            "Forum bisnis itu digagas Kadin Indonesia bersama mitra dagang.",
            [("Kadin Indonesia", "ORG", (25, 40))],
        ),
    ],
)
def test_a_listed_short_name_in_title_case_is_a_body(text: str, expected: list) -> None:
    assert _found(text, []) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anak itu berkata, Ma, aku pulang sebentar lagi.",
        # a listed name that in title case is as often a brand or an emblem
        "Toko itu menjual kacang merek Garuda dan kopi bubuk lokal.",
    ],
)
def test_a_listed_word_in_title_case_that_is_a_word_of_its_own_is_no_body(text: str) -> None:
    assert [e for e in _found(text, []) if e[1] == "ORG"] == []


def test_a_name_closed_by_tbk_takes_no_nation_after_it() -> None:
    text = "Mal yang dikelola PT Sinar Makmur Tbk Indonesia ini ramai."
    assert _found(text, [("PT Sinar Makmur Tbk", "ORG")]) == [("PT Sinar Makmur Tbk", "ORG", (18, 37))]


def test_an_english_body_spelled_before_its_short_name_is_a_body() -> None:
    text = "Data itu dirilis Asian Rowing Federation (ARF) pada Jumat."
    assert _found(text, []) == [("Asian Rowing Federation", "ORG", (17, 40)), ("ARF", "ORG", (42, 45))]


@pytest.mark.parametrize(
    "text",
    [
        # a degree's name is no body
        "Dia meraih gelar Master of Business Administration (MBA) di luar negeri.",
        # a programme's name ends in no body's word
        "Peserta mengikuti Digital Talent Scholarship (DTS) selama tiga bulan.",
    ],
)
def test_an_english_name_that_is_no_body_stays_untagged(text: str) -> None:
    assert [e for e in _found(text, []) if e[1] == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building named after the office in it: the office's name grows whole inside it
        (
            "Penyidik menggeledah Kantor Dinas Perhubungan dan Pertanahan Kabupaten Gowa kemarin.",
            [("Kantor Dinas Perhubungan dan Pertanahan Kabupaten Gowa", "LOC", (21, 75))],
        ),
        (
            "Rapat digelar di Aula Pemerintah Kota Kendari, Senin.",
            [("Aula Pemerintah Kota Kendari", "LOC", (17, 45))],
        ),
        # the bracket that ends it abbreviates the office, a body
        (
            "Wartawan menunggu di Kantor Direktorat Jenderal Bea dan Cukai (DJBC) sejak pagi.",
            [("Kantor Direktorat Jenderal Bea dan Cukai", "LOC", (21, 61)), ("DJBC", "ORG", (63, 67))],
        ),
    ],
)
def test_a_building_named_after_an_office_takes_the_office_s_whole_name(text: str, expected: list) -> None:
    assert _found(text, []) == expected


def test_a_building_of_two_offices_joined_by_dan_is_two_names() -> None:
    text = "Ratusan petani mendatangi Kantor DPRD dan Bupati pekan ini."
    assert [e[0] for e in _found(text, [])] == ["Kantor DPRD"]
