"""`Dinas` right after a lowercase dwelling's or vehicle's noun (`rumah dinas`, `mobil dinas`:
entities_official_things.txt) is the adjective "official": with a title after it (`rumah Dinas
Wapres`) it names the holder's residence or car, no office, so no ORG (GUIDELINES §6: titles alone
are no entities). An office's name after such a noun stays an ORG. Whole outputs on invented
sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_a_title_after_a_residences_dinas_names_no_office() -> None:
    text = "Tamu negara itu menginap di rumah Dinas Wapres di Jakarta."
    assert _entities(text) == [("Jakarta", "LOC", (50, 57))]


def test_a_title_after_a_cars_dinas_names_no_office() -> None:
    text = "Sopir memarkir mobil Dinas Gubernur di halaman belakang gedung."
    assert _entities(text) == []


def test_an_office_after_a_residences_noun_stays_a_body() -> None:
    text = "Petugas menyisir rumah Dinas Kesehatan lama yang kosong."
    assert _entities(text) == [("Dinas Kesehatan", "ORG", (23, 38))]


def test_an_office_elsewhere_stays_a_body() -> None:
    text = "Bantuan diserahkan kepada Dinas Sosial di rumah warga."
    assert _entities(text) == [("Dinas Sosial", "ORG", (26, 38))]
