"""Places read in news-raw 3300-3550 (issue 12, round 18: national and regional news): a police
unit's `Metro` is no city, two places joined by a route's dash are two places, a holy month is a
time, and a guest house, a dormitory, an auditorium or a compound named after its head is a
place. Whole entity lists with spans from the pipeline, on invented sentences,
and the cases that must stay as they were."""

from __future__ import annotations

import pytest

from tests.entity_records import article_entities as _entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the metropolitan police of a city: the city is the place, `Metro` the unit's word
        (
            'Kericuhan sempat terjadi di depan gedung itu. "Situasi sudah kondusif," ujar Kapolres '
            "Metro Jakarta Barat Kombes Andi Prasetyo kepada wartawan.",
            [("Jakarta Barat", "LOC", (92, 105)), ("Andi Prasetyo", "PER", (113, 126))],
        ),
        (
            "Razia digelar sejak sore. Kapolres Metro Bekasi Kombes Andi Prasetyo memimpin langsung "
            "kegiatan itu.",
            [("Bekasi", "LOC", (41, 47)), ("Andi Prasetyo", "PER", (55, 68))],
        ),
        # the city Metro's own police chief: the city stays a place
        (
            "Kapolres Metro AKBP Andi Prasetyo meninjau pos pengamanan di Metro Selatan, Kamis.",
            [
                ("Metro", "LOC", (9, 14)),
                ("Andi Prasetyo", "PER", (20, 33)),
                ("Metro Selatan", "LOC", (61, 74)),
            ],
        ),
    ],
)
def test_a_police_units_metro_before_a_region_is_no_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maskapai itu membuka lagi rute Lombok-Labuan Bajo mulai bulan depan.",
            [("Lombok", "LOC", (31, 37)), ("Labuan Bajo", "LOC", (38, 49))],
        ),
        (
            "Antrean kendaraan mengular di ruas Batang-Semarang sejak pagi hari.",
            [("Batang", "LOC", (35, 41)), ("Semarang", "LOC", (42, 50))],
        ),
        (
            "Kereta cepat Jakarta-Bandung beroperasi mulai Senin.",
            [("Jakarta", "LOC", (13, 20)), ("Bandung", "LOC", (21, 28))],
        ),
        # one name with a dash: a doubled word, a toll road named by its two ends, a park whose name
        # holds a word before the first place
        (
            "Wisatawan mendatangi Geopark Ciletuh-Palabuhanratu setiap libur panjang.",
            [("Geopark Ciletuh-Palabuhanratu", "LOC", (21, 50))],
        ),
        ("Santri asal Guluk-Guluk itu meraih juara pertama.", [("Guluk-Guluk", "LOC", (12, 23))]),
        (
            "Kemacetan terjadi di Jalan Tol Jakarta-Cikampek pada Jumat sore.",
            [("Jalan Tol Jakarta-Cikampek", "LOC", (21, 47))],
        ),
    ],
)
def test_two_places_joined_by_a_dash_are_two_places(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Permintaan daging naik tajam selama Bulan Ramadhan, kata pedagang.", []),
        # a market named after the month is a place
        (
            "Warga memadati Pasar Ramadhan di dekat alun-alun setiap sore.",
            [("Pasar Ramadhan", "LOC", (15, 29))],
        ),
    ],
)
def test_a_holy_month_is_no_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Para atlet menginap di Wisma Atlet sejak Senin.", [("Wisma Atlet", "LOC", (23, 34))]),
        (
            "Rapat koordinasi digelar di Komplek Perkantoran Pemkab Way Kanan, Rabu.",
            [("Komplek Perkantoran Pemkab Way Kanan", "LOC", (28, 64))],
        ),
        (
            "Mahasiswa baru menempati Asrama Mahasiswa Universitas Lampung tahun ini.",
            [("Asrama Mahasiswa Universitas Lampung", "LOC", (25, 61))],
        ),
        (
            "Seminar itu berlangsung di Auditorium Kementerian Pertanian, Kamis.",
            [("Auditorium Kementerian Pertanian", "LOC", (27, 59))],
        ),
        # `Graha` inside a bank's name opens no building
        (
            "Bank Artha Graha Internasional menyalurkan bantuan sembako bagi warga.",
            [("Bank Artha Graha Internasional", "ORG", (0, 30))],
        ),
    ],
)
def test_a_guest_house_dormitory_auditorium_or_compound_is_a_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a compound's head before another facility's head ends the name at a title or a level "
    "(`Komplek Kantor` then `Jambi`; `Gedung Kantor` does the same)",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senam pagi bersama digelar di Komplek Kantor Gubernur Jambi, Minggu.",
            [("Komplek Kantor Gubernur Jambi", "LOC", (30, 59))],
        ),
        (
            "Mal pelayanan itu diresmikan di Kompleks Pendopo Kabupaten Tanggamus, Senin.",
            [("Kompleks Pendopo Kabupaten Tanggamus", "LOC", (32, 68))],
        ),
    ],
)
def test_a_compound_holding_an_office_and_its_region_is_one_place(text: str, expected: list) -> None:
    assert _entities(text) == expected
