"""A government programme's unit named by its kind alone is no body: the free-meal programme's
kitchen (`SPPG`, one of thousands) and the boarding-school programme (`Sekolah Rakyat`); with the
unit's own name after it it names one (GUIDELINES §6: programmes and generic kinds without a name
are not entities). Whole entity lists from `resolve_entities` on invented sentences, with the
spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


def test_a_kitchen_unit_alone_is_no_body() -> None:
    text = "Menurut Kepala BGN, setiap SPPG wajib melayani sedikitnya 300 penerima manfaat mulai bulan depan."
    model = [("BGN", "ORG"), ("SPPG", "ORG")]
    assert _found(text, model) == [("BGN", "ORG", (15, 18))]


def test_a_kitchen_unit_spelled_out_then_alone_is_no_body() -> None:
    text = (
        "Dinas Kesehatan Kabupaten Pringsewu memeriksa dapur Satuan Pelayanan Pemenuhan Gizi (SPPG) "
        "di tiga kecamatan. Petugas menemukan SPPG yang belum punya sertifikat laik higiene."
    )
    model = [("Dinas Kesehatan Kabupaten Pringsewu", "ORG"), ("SPPG", "ORG")]
    assert _found(text, model) == [("Dinas Kesehatan Kabupaten Pringsewu", "ORG", (0, 35))]


def test_a_kitchen_unit_with_its_name_stays_whole() -> None:
    text = "Petugas kembali memeriksa SPPG Sindangsari 3 Garut pada Senin pagi."
    model = [("SPPG Sindangsari 3 Garut", "ORG")]
    assert _found(text, model) == [("SPPG Sindangsari 3 Garut", "ORG", (26, 50))]


def test_a_kitchen_unit_spelled_out_with_its_name_is_one_body() -> None:
    text = "Menu hari ini dimasak Satuan Pelayanan Pemenuhan Gizi (SPPG) Sindangsari 3 untuk empat sekolah."
    model = [("Satuan Pelayanan Pemenuhan Gizi", "ORG")]
    assert _found(text, model) == [("Satuan Pelayanan Pemenuhan Gizi (SPPG) Sindangsari 3", "ORG", (22, 74))]


def test_the_boarding_school_programme_alone_is_no_body() -> None:
    text = "Kementerian Sosial menargetkan pembangunan Sekolah Rakyat di lima kabupaten rampung tahun depan."
    model = [("Kementerian Sosial", "ORG"), ("Sekolah Rakyat", "ORG")]
    assert _found(text, model) == [("Kementerian Sosial", "ORG", (0, 18))]


def test_a_boarding_school_named_after_its_kind_stays_whole() -> None:
    text = "Sebanyak 100 siswa mulai belajar di Sekolah Rakyat Sukamaju sejak Senin."
    model = [("Sekolah Rakyat Sukamaju", "ORG")]
    assert _found(text, model) == [("Sekolah Rakyat Sukamaju", "ORG", (36, 59))]


def test_a_boarding_school_grade_spelled_alone_is_no_body() -> None:
    text = "Pemerintah daerah menyiapkan lahan untuk Sekolah Rakyat Menengah Atas di pinggir kota."
    assert _found(text, [("Sekolah Rakyat Menengah Atas", "ORG")]) == []


@pytest.mark.xfail(
    strict=True, reason="a school's number after the grade's short name is not grown into the name"
)
def test_a_boarding_school_grade_with_its_number_is_one_body() -> None:
    text = "Rina diterima di Sekolah Rakyat Menengah Atas (SRMA) 9 Sukamaju tahun ini."
    model = [("Sekolah Rakyat Menengah Atas", "ORG"), ("SRMA", "ORG")]
    assert _found(text, model) == [("Sekolah Rakyat Menengah Atas (SRMA) 9 Sukamaju", "ORG", (17, 63))]
