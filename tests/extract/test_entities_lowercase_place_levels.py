"""Places read in news-raw 4000-4200 (issue 12, round 19: regional government news from
Lampung): a village, district or regency written with its level in lowercase keeps the level as
written (GUIDELINES §6, `kampung Baluni`), unless the level belongs to a title or a count. Whole
entity lists with spans from the pipeline, on invented sentences, and the cases that must stay as
they were."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # villages listed with their level in lowercase: each keeps its level
        (
            "Petugas menyalurkan beras ke lima pekon, antara lain pekon Sukadana Ilir dan pekon "
            "Way Sindi, Kamis.",
            [("pekon Sukadana Ilir", "LOC", (53, 72)), ("pekon Way Sindi", "LOC", (77, 92))],
        ),
        # a district after `di`
        (
            "Genangan air masih terlihat di kecamatan Bukit Kemuning hingga Selasa sore.",
            [("kecamatan Bukit Kemuning", "LOC", (31, 55))],
        ),
        # a village head's title holds the level: the place is the name alone
        (
            "Kepala kampung Sidoharjo menyambut rombongan bupati di balai kampung.",
            [("Sidoharjo", "LOC", (15, 24))],
        ),
        # a count of villages before a district written with its own level
        (
            "Banjir melanda tujuh pekon Kecamatan Lemong sejak Senin malam.",
            [("Kecamatan Lemong", "LOC", (27, 43))],
        ),
        # a capital city: `ibu kota` describes, the city is the place
        (
            "Warga menyebut ibu kota Jambi kini makin ramai dikunjungi.",
            [("Jambi", "LOC", (24, 29))],
        ),
        # a level with no name after it is no place
        ("Bantuan tiba di desa terpencil itu pada Rabu.", []),
    ],
)
def test_written_level_opens_the_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name after a comma and before a speech verb is the speaker, no place: the
        # persons layer names it a PER (a place and a name joined by a bare comma, session 34)
        (
            "Petani cabai di Pekon Sukamulya Kecamatan Talang Padang, Jauhari mengaku panennya "
            "turun tahun ini.",
            [
                ("Pekon Sukamulya", "LOC", (16, 31)),
                ("Kecamatan Talang Padang", "LOC", (32, 55)),
                ("Jauhari", "PER", (57, 64)),
            ],
        ),
        (
            "Pasar tradisional ramai pembeli. Pedagang sayur di Pasar Gisting, Sukarjo, mengatakan "
            "harga wortel naik.",
            [("Pasar Gisting", "LOC", (51, 64)), ("Sukarjo", "PER", (66, 73))],
        ),
        # a listed region before the verb stays a place: it says where the speakers are
        (
            "Sejumlah pedagang di Pasar Liwa, Lampung Barat, mengaku omzetnya turun.",
            [("Pasar Liwa", "LOC", (21, 31)), ("Lampung Barat", "LOC", (33, 46))],
        ),
        (
            "Banjir juga melanda Kecamatan Balikbukit dan Sukau, kata petugas di lokasi.",
            [("Kecamatan Balikbukit", "LOC", (20, 40)), ("Sukau", "LOC", (45, 50))],
        ),
    ],
)
def test_speaker_after_a_comma_is_no_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office's field and a school subject named alone: no place
        (
            "Kepala Bidang Tanaman Pangan dan Hortikultura Dinas Pertanian Tanggamus menyebut luas "
            "panen cabai bertambah.",
            [("Dinas Pertanian Tanggamus", "ORG", (46, 71))],
        ),
        ("Siswa kelas lima belajar Seni Budaya dan Keterampilan setiap Kamis pagi.", []),
    ],
)
def test_field_named_alone_is_no_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head that opens names never ends one: the word after it is the name's
        (
            "Sebanyak 40 kampung di Kabupaten Way kanan akan menggelar pemilihan kepala kampung.",
            [("Kabupaten Way kanan", "LOC", (23, 42))],
        ),
        (
            "Pasien itu dirujuk ke RSUD Pasar Minggu pada Senin malam.",
            [("RSUD Pasar Minggu", "LOC", (22, 39))],
        ),
        # a village named after its market, before the district's level: two places
        (
            "Warga Pekon Pasar Kecamatan Pulau Pisang menerima bantuan.",
            [("Pekon Pasar", "LOC", (6, 17)), ("Kecamatan Pulau Pisang", "LOC", (18, 40))],
        ),
        # a lowercase word after another head is no name's word
        ("Bus berhenti di Halte Sungai ini setiap pagi.", [("Halte Sungai", "LOC", (16, 28))]),
    ],
)
def test_open_head_takes_the_next_word(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of address alone names the person spoken to or after it: no place, no body
        ('Warung itu selalu ramai. "Sabar ya, Mas. Antreannya masih panjang," kata pemilik warung.', []),
        ("Penyidik memeriksa Sdr. AB sebagai saksi dalam perkara itu.", []),
    ],
)
def test_form_of_address_alone_is_no_entity(text: str, expected: list) -> None:
    assert _entities(text) == expected
