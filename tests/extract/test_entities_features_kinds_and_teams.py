"""Organisations read on news-raw 6600-6850 (session 17): a device's or an app's feature named
after `fitur` is a thing, no body; a flight group of pilgrims (`kloter`) and a village's
appropriate-technology post (`posyantek`) are kinds, no named body. Whole entity lists from
`resolve_entities` on invented sentences, with the spans, and cases that keep the body."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_feature_after_fitur_is_no_organisation() -> None:
    text = "Ponsel baru Lenovo itu membawa fitur Smart Battery Saver dan kamera ganda."
    assert _found(text, [("Lenovo", "ORG"), ("Smart Battery Saver", "ORG")]) == [("Lenovo", "ORG", (12, 18))]


def test_features_after_the_plural_fitur_fitur_are_no_organisation() -> None:
    text = "Pengguna kini bisa memakai fitur-fitur Quick Pay Center tanpa biaya tambahan."
    assert _found(text, [("Quick Pay Center", "ORG")]) == []


def test_a_body_after_fitur_opened_by_its_head_stays() -> None:
    text = "Warga dapat mengadu lewat fitur Dinas Kependudukan Kota Kendari secara daring."
    assert _found(text, [("Dinas Kependudukan Kota Kendari", "ORG")]) == [
        ("Dinas Kependudukan Kota Kendari", "ORG", (32, 63)),
    ]


def test_a_pilgrims_flight_group_and_a_technology_post_are_kinds() -> None:
    text = "Jemaah asal Sinjai tergabung dalam Kloter 7, sedangkan Posyantek desa meraih juara."
    assert _found(text, [("Sinjai", "LOC"), ("Kloter", "ORG"), ("Posyantek", "ORG")]) == [
        ("Sinjai", "LOC", (12, 18)),
    ]


def test_a_unit_after_derajat_is_no_organisation() -> None:
    text = "Dinas Kesehatan Kota Sorong mencatat suhu udara siang ini mencapai 34 derajat Celcius di pesisir."
    assert _found(text, [("Dinas Kesehatan Kota Sorong", "ORG"), ("Celcius", "ORG")]) == [
        ("Dinas Kesehatan Kota Sorong", "ORG", (0, 27)),
    ]


def test_a_team_of_a_headed_body_is_the_body() -> None:
    text = "Tim Dinas Sosial Kota Bima turun ke lokasi banjir bersama Tim BPBD sejak pagi."
    assert _found(text, [("Tim Dinas Sosial Kota Bima", "ORG"), ("Tim BPBD", "ORG")]) == [
        ("Dinas Sosial Kota Bima", "ORG", (4, 26)),
        ("BPBD", "ORG", (62, 66)),
    ]


def test_a_team_named_by_its_task_or_nickname_keeps_its_head() -> None:
    text = "Tim Pengawas Dinas Perikanan Kota Bitung memeriksa kapal, sementara Tim Garuda berlatih."
    assert _found(text, [("Tim Pengawas Dinas Perikanan Kota Bitung", "ORG"), ("Tim Garuda", "ORG")]) == [
        ("Tim Pengawas Dinas Perikanan Kota Bitung", "ORG", (0, 40)),
        ("Tim Garuda", "ORG", (68, 78)),
    ]


def test_a_kind_of_team_in_common_words_gives_nothing() -> None:
    text = "Pemerintah desa membentuk Tim Satgas Pangan untuk memantau harga beras."
    assert _found(text, [("Tim Satgas Pangan", "ORG")]) == []
