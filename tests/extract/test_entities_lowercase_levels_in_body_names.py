"""Organisations read on news-raw (session 18): regional outlets write the level word of a body's
name lowercase (`Dinas Sosial kabupaten Pesisir Barat`); the level and the listed region after
it belong to the body, as a capitalised `Kabupaten` does (GUIDELINES §6: a body named with its
region is one ORG). Whole entity lists from `resolve_entities` on invented sentences, with the
spans, and cases where the lowercase level names a place of its own."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_lowercase_regency_after_an_office_is_the_office_s() -> None:
    text = "Dinas Perikanan kabupaten Lampung Timur membagikan bibit ikan kepada warga."
    model = [("Dinas Perikanan", "ORG"), ("Lampung Timur", "LOC")]
    assert _found(text, model) == [("Dinas Perikanan kabupaten Lampung Timur", "ORG", (0, 39))]


def test_a_lowercase_government_before_a_lowercase_level_is_a_body() -> None:
    text = "Sejak pekan lalu Pemerintah kabupaten Way Kanan menutup jalan yang rusak itu."
    model = [("Way Kanan", "LOC")]
    assert _found(text, model) == [("Pemerintah kabupaten Way Kanan", "ORG", (17, 47))]


def test_a_bracketed_short_name_before_a_lowercase_level_stays_inside() -> None:
    text = "Kepala Badan Pendapatan Daerah (Bapenda) kota Bandar Lampung meninjau loket pajak."
    model = [("Badan Pendapatan Daerah", "ORG"), ("Bapenda", "ORG"), ("Bandar Lampung", "LOC")]
    assert _found(text, model) == [
        ("Badan Pendapatan Daerah (Bapenda) kota Bandar Lampung", "ORG", (7, 60)),
    ]


def test_a_known_short_name_before_a_lowercase_province_heads_the_body() -> None:
    text = "Rapat pleno itu dihadiri anggota KPU provinsi Jambi dan tokoh masyarakat."
    model = [("KPU", "ORG"), ("Jambi", "LOC")]
    assert _found(text, model) == [("KPU provinsi Jambi", "ORG", (33, 51))]


def test_a_level_after_di_is_a_place_of_its_own() -> None:
    text = "Petugas Dinas Sosial di kabupaten Pesisir Barat mendata warga miskin."
    model = [("Dinas Sosial", "ORG"), ("Pesisir Barat", "LOC")]
    # the place keeps its level as written (GUIDELINES §6, `kampung Baluni`; `_with_written_levels`)
    assert _found(text, model) == [
        ("Dinas Sosial", "ORG", (8, 20)),
        ("kabupaten Pesisir Barat", "LOC", (24, 47)),
    ]


def test_a_lowercase_level_before_no_listed_region_ends_the_name() -> None:
    text = "Dinas Sosial kabupaten tetangga belum menerima laporan dari warga."
    model = [("Dinas Sosial", "ORG")]
    assert _found(text, model) == [("Dinas Sosial", "ORG", (0, 12))]


def test_a_lowercase_level_alone_gives_no_organisation() -> None:
    text = "Warga kota Metro memadati lapangan sejak pagi untuk senam bersama."
    assert _found(text, [("Metro", "LOC")]) == [("Metro", "LOC", (11, 16))]
