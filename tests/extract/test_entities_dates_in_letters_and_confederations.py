"""Organisation and place classes of session 14 read on news-raw 3000-3299 and 9861-9947
(science and national desk news): a date written in letters that a body is named after stays in
its name (`Universitas Sebelas Maret`, `Institut Teknologi Sepuluh Nopember`), and a
confederation is a body (`Konfederasi …`). Whole entity lists with spans from
`resolve_entities` on invented sentences, and cases where a rule must give nothing or leave the
names as they are."""

from __future__ import annotations

import pytest

from extract.records import Entity

from .test_entities_news import _at, _out, _person

# --------------------------------------------------------------------------- dates in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mahasiswa Universitas Sebelas Maret (UNS) Surakarta meraih juara lomba debat hukum.",
            [("Universitas Sebelas Maret (UNS) Surakarta", "ORG", (10, 51))],
        ),
        (
            "Dosen Institut Teknologi Sepuluh Nopember memaparkan hasil riset kapal listrik tenaga surya.",
            [("Institut Teknologi Sepuluh Nopember", "ORG", (6, 41))],
        ),
    ],
)
def test_a_date_in_letters_stays_in_the_name(text: str, expected: list) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in digits after an office is the date of the meeting, no word of its name
        (
            "Rapat Dinas Pendidikan 11 Maret membahas anggaran sekolah.",
            [("Dinas Pendidikan", "ORG", (6, 22))],
        ),
        # a date in letters with no head before it names nothing
        ("Sejak Sebelas Maret lalu, harga cabai di pasar naik.", []),
    ],
)
def test_a_date_elsewhere_stays_out(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- confederations


def test_a_confederation_is_a_body() -> None:
    text = "Ribuan buruh Konfederasi Serikat Buruh Nusantara (KSBN) berunjuk rasa di depan kantor gubernur."
    assert _out(text) == [
        ("Konfederasi Serikat Buruh Nusantara", "ORG", (13, 48)),
        ("KSBN", "ORG", (50, 54)),
    ]


# --------------------------------------------------------------------------- a body's office and its region


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warga mengurus sertifikat tanah di Kantor Pertanahan Kabupaten Sukamaju sejak pagi.",
            [("Kantor Pertanahan Kabupaten Sukamaju", "LOC", (35, 71))],
        ),
        (
            "Rombongan jemaah berangkat dari Kantor Kementerian Agama Kota Mekarsari menuju asrama haji.",
            [("Kantor Kementerian Agama Kota Mekarsari", "LOC", (32, 71))],
        ),
    ],
)
def test_a_bodys_office_takes_its_region(text: str, expected: list) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level's office keeps the next level apart
        (
            "Rapat digelar di Kantor Desa Sukajadi Kecamatan Cibeber pada Senin.",
            [("Kantor Desa Sukajadi", "LOC", (17, 37)), ("Kecamatan Cibeber", "LOC", (38, 55))],
        ),
        # another facility's name and a region after it are two places
        (
            "Bantuan disalurkan lewat Gedung Serbaguna Kabupaten Sukamaju tahun ini.",
            [("Gedung Serbaguna", "LOC", (25, 41)), ("Kabupaten Sukamaju", "LOC", (42, 60))],
        ),
    ],
)
def test_other_places_keep_the_region_apart(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- a closing quote


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Judul disertasinya 'Pendidikan Perwira di Sekolah Staf Komando TNI AL'. Ia lulus tahun 2013.",
            [("TNI AL'.", "ORG")],
            [("TNI AL", "ORG", (63, 69))],
        ),
        (
            "Anggota Koalisi Masyarakat Sipil' menolak rencana itu.",
            [("Koalisi Masyarakat Sipil'", "ORG")],
            [("Koalisi Masyarakat Sipil", "ORG", (8, 32))],
        ),
        # an apostrophe inside a name stays
        (
            "Produk PT Muawanah Al Ma'soem beredar luas.",
            [("PT Muawanah Al Ma'soem", "ORG")],
            [("PT Muawanah Al Ma'soem", "ORG", (7, 29))],
        ),
    ],
)
def test_a_closing_quote_ends_no_name(text: str, model: list, expected: list) -> None:
    assert _out(text, [_at(text, part, label) for part, label in model]) == expected


# --------------------------------------------------------------------------- a religious title after a body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sambutan disampaikan Pengurus Wilayah Nahdlatul Ulama (PWNU) KH Marzuki Hasan di aula.",
            [("Pengurus Wilayah Nahdlatul Ulama", "ORG", (21, 53)), ("PWNU", "ORG", (55, 59))],
        ),
        (
            "Ketua Pengurus Cabang Muhammadiyah Hj Siti Rahma membuka pengajian.",
            [("Pengurus Cabang Muhammadiyah", "ORG", (6, 34))],
        ),
        # a street or a hospital named after the person keeps the title and the name
        (
            "Santri berziarah ke Jalan KH Wahid Hasyim lalu ke RSUD KH. Daud Arif.",
            [("Jalan KH Wahid Hasyim", "LOC", (20, 41)), ("RSUD KH. Daud Arif", "LOC", (50, 68))],
        ),
    ],
)
def test_a_religious_title_opens_the_person_after_a_body(text: str, expected: list) -> None:
    assert _out(text) == expected


# ---------------------------------------------------------------- forms of address and the desk's mark


@pytest.mark.parametrize(
    ("text", "model", "persons", "expected"),
    [
        # the person's name cut out of a place leaves a form of address alone: nothing
        (
            "Menurut dia, Bung Hasan tetap dikenang warga kampungnya.",
            [("Bung Hasan", "LOC")],
            ["Hasan"],
            [],
        ),
        # a place named after the person keeps it
        (
            "Upacara digelar di Stadion Gelora Bung Tomo pagi ini.",
            [("Stadion Gelora Bung Tomo", "LOC")],
            [],
            [("Stadion Gelora Bung Tomo", "LOC", (19, 43))],
        ),
    ],
)
def test_a_form_of_address_alone_names_no_place(
    text: str, model: list, persons: list, expected: list
) -> None:
    ents = [_at(text, part, label) for part, label in model]
    assert _out(text, ents, persons=[_person(text, p) for p in persons]) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Pasar itu (di Sukamaju, Red.) ramai sejak pagi.",
            [("Red", "ORG")],
            [("Sukamaju", "LOC", (14, 22))],
        ),
        ("Kami kerja bakti besok (Minggu, Red) di lingkungan RT.", [("Red", "ORG")], []),
        # a team's name on the word stays
        (
            "Pemain Red Sparks itu kembali ke Indonesia pekan ini.",
            [("Red Sparks", "ORG"), ("Indonesia", "LOC")],
            [("Red Sparks", "ORG", (7, 17)), ("Indonesia", "LOC", (33, 42))],
        ),
    ],
)
def test_the_desks_mark_is_no_body(text: str, model: list, expected: list) -> None:
    assert _out(text, [_at(text, part, label) for part, label in model]) == expected


def test_a_bodys_office_keeps_its_bracket_after_the_level() -> None:
    text = "Massa berkumpul di depan Kantor Pemerintah Kota (Pemkot) Sukamaju sejak pagi."
    assert _out(text) == [("Kantor Pemerintah Kota (Pemkot) Sukamaju", "LOC", (25, 65))]


# --------------------------------------------------------- a Dinas's short name after its head's title


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            "Kepala DKP3 Kota Sukamaju Hery Santoso memastikan stok beras aman. Petugas DKP3 memantau pasar.",
            ["Hery Santoso"],
            [("DKP3 Kota Sukamaju", "ORG", (7, 25)), ("DKP3", "ORG", (75, 79))],
        ),
        ("Sekretaris DTPH Rina Lestari meninjau sawah warga.", ["Rina Lestari"], [("DTPH", "ORG", (11, 15))]),
    ],
)
def test_a_titled_dinas_short_name_is_the_office(text: str, persons: list, expected: list) -> None:
    assert _out(text, persons=[_person(text, p) for p in persons]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no title before them: a list and a fund, no office
        ("Kasus DTKS ganda dan dana DBH ditemukan di Kota Sukamaju.", [("Kota Sukamaju", "LOC", (43, 56))]),
        ("Warga menerima DPTH dari petugas desa.", []),
    ],
)
def test_an_untitled_d_short_name_stays_out(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- a hall named after a person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pameran batik ditutup Minggu malam di Balai Kartini, Jakarta.",
            [("Balai Kartini", "LOC", (38, 51)), ("Jakarta", "LOC", (53, 60))],
        ),
        # before a common word the head names an agency
        (
            "Petugas Balai Konservasi Borobudur memeriksa batu candi.",
            [("Balai Konservasi Borobudur", "ORG", (8, 34))],
        ),
    ],
)
def test_a_hall_named_after_a_person_is_a_place(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- the nation ends a body's name


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        (
            "Anggota Komisi IV DPR RI Fraksi Partai Sukamaju Rina Lestari meninjau gudang beras.",
            ["Rina Lestari"],
            [("Komisi IV DPR RI", "ORG", (8, 24)), ("Fraksi Partai Sukamaju", "ORG", (25, 47))],
        ),
        # an official's name the people layer did not find still ends up outside the body
        (
            "Kunjungan itu disaksikan Irjen Kemenkes RI Suharto Wibowo dan bupati.",
            [],
            [("Kemenkes RI", "ORG", (31, 42))],
        ),
        # the nation's full name inside a company's name goes on
        (
            "Produk PT Telkom Indonesia Tbk dipamerkan di Kota Sukamaju.",
            [],
            [("PT Telkom Indonesia Tbk", "ORG", (7, 30)), ("Kota Sukamaju", "LOC", (45, 58))],
        ),
    ],
)
def test_the_nations_short_name_ends_a_body(text: str, persons: list, expected: list) -> None:
    assert _out(text, persons=[_person(text, p) for p in persons]) == expected


@pytest.mark.parametrize(
    ("text", "persons", "expected"),
    [
        # a listed company's form ends its name: a person's name after it is no word of it
        (
            "Direktur PT Sumber Makmur Sentosa Tbk Andi Wijaya memaparkan laba perusahaan.",
            ["Andi Wijaya"],
            [("PT Sumber Makmur Sentosa Tbk", "ORG", (9, 37))],
        ),
        # its bracketed short name is an entry of its own, and the words after it no name's
        (
            "Harga saham PT Sinar Pangan Nusantara Tbk (SIPN) Pekan Ini turun tipis.",
            [],
            [("PT Sinar Pangan Nusantara Tbk", "ORG", (12, 41)), ("SIPN", "ORG", (43, 47))],
        ),
    ],
)
def test_a_listed_companys_form_ends_its_name(text: str, persons: list, expected: list) -> None:
    assert _out(text, persons=[_person(text, p) for p in persons]) == expected


# --------------------------------------------------------------------------- English bodies


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Peneliti dari University of Colorado dan Ohio State University menemukan fosil baru.",
            [("University of Colorado", "LOC"), ("Ohio State University", "LOC")],
            [("University of Colorado", "ORG", (14, 36)), ("Ohio State University", "ORG", (41, 62))],
        ),
        (
            "Bantuan itu disalurkan lewat National Kidney Foundation kepada pasien.",
            [("National Kidney Foundation", "LOC")],
            [("National Kidney Foundation", "ORG", (29, 55))],
        ),
        # a place's head opens it: the museum stays a place, and a golf club the course
        (
            "Pengunjung Museum Arkeologi University melihat koleksi arca.",
            [("Museum Arkeologi University", "LOC")],
            [("Museum Arkeologi University", "LOC", (11, 38))],
        ),
        (
            "Turnamen digelar di Sukamaju Highlands Golf Club akhir pekan ini.",
            [("Sukamaju Highlands Golf Club", "LOC")],
            [("Sukamaju Highlands Golf Club", "LOC", (20, 48))],
        ),
    ],
)
def test_an_english_body_is_no_place(text: str, model: list, expected: list) -> None:
    assert _out(text, [_at(text, part, label) for part, label in model]) == expected


# --------------------------------------------------------------------------- a hall in an office building


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rapat digelar di Aula Sukamaju Kantor Gubernur Kalimantan Tengah, Rabu.",
            [("Aula Sukamaju Kantor Gubernur Kalimantan Tengah", "LOC", (17, 64))],
        ),
        (
            "Upacara digelar di Lapangan Korpri Kantor Bupati Sukamaju pada Senin.",
            [("Lapangan Korpri Kantor Bupati Sukamaju", "LOC", (19, 57))],
        ),
    ],
)
def test_a_hall_takes_the_office_building_it_is_in(text: str, expected: list) -> None:
    assert _out(text) == expected


# --------------------------------------------------------------------------- short names defined in brackets


def test_a_short_name_with_a_number_defined_after_a_body_is_that_body() -> None:
    text = (
        "Balai Pelayanan Pekerja Migran (BP2M) Sukamaju menerima aduan. "
        "Petugas BP2M lalu menghubungi keluarga."
    )
    later = text.rindex("BP2M")
    assert _out(text, [Entity("BP2M", "ORG", (later, later + 4))]) == [
        ("Balai Pelayanan Pekerja Migran (BP2M) Sukamaju", "ORG", (0, 46)),
        ("BP2M", "ORG", (71, 75)),
    ]


def test_a_laws_short_name_is_no_body() -> None:
    text = (
        "Pelapor memakai pasal Undang-Undang Informasi Digital (UUID2) dalam laporannya. "
        "Pasal UUID2 itu dinilai lentur."
    )
    assert _out(text, [_at(text, "UUID2", "ORG")]) == []
