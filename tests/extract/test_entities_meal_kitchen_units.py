"""The free-meal programme's kitchen unit by its short name (`SPPG`) is a kind, one of thousands:
alone it names no body, with the unit's name after it it names one (GUIDELINES §6: generic kinds
without a name are not entities). Whole entity lists from `resolve_entities` on invented
sentences, with the spans."""

from __future__ import annotations

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
