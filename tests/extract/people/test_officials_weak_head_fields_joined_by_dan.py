"""Officials on unseen regional news (round officials38): a post whose head also names a group or
a unit (`Asisten`, `Staf`: people_roles weak_head) with two fields joined by `dan`, then the body
or region, then the holder (`Asisten Pemerintahan dan Kesra Provinsi Lampung M Firsada`)."""

from __future__ import annotations

from extract import extract_article


def _officials(t: str) -> list[tuple[str, str, tuple[int, int], tuple[int, int]]]:
    return [(o.name, o.title, o.span, o.name_span) for o in extract_article(t.encode()).officials]


def _spans(t: str, mention: str, name: str) -> tuple[tuple[int, int], tuple[int, int]]:
    s, n = t.index(mention), t.index(name)
    return (s, s + len(mention)), (n, n + len(name))


def test_two_fields_then_a_province_then_an_initial_and_a_name() -> None:
    t = "Asisten Pemerintahan dan Kesra Provinsi Lampung M Firsada mengatakan pedoman itu penting."
    title = "Asisten Pemerintahan dan Kesra Provinsi Lampung"
    span, name_span = _spans(t, title + " M Firsada", "M Firsada")
    assert _officials(t) == [("M Firsada", title, span, name_span)]


def test_two_fields_then_the_provincial_government_then_the_holder() -> None:
    t = (
        "Asisten Pemerintahan dan Kesra Pemerintah Provinsi Lampung M Firsada mengatakan "
        "pedoman itu menjadi tonggak penting."
    )
    title = "Asisten Pemerintahan dan Kesra Pemerintah Provinsi Lampung"
    span, name_span = _spans(t, title + " M Firsada", "M Firsada")
    assert _officials(t) == [("M Firsada", title, span, name_span)]


def test_a_staff_post_with_two_fields_and_an_office() -> None:
    t = "Staf Perencanaan dan Keuangan Dinas Kesehatan Mesuji Rina Apriani mengatakan laporan selesai."
    title = "Staf Perencanaan dan Keuangan Dinas Kesehatan Mesuji"
    span, name_span = _spans(t, title + " Rina Apriani", "Rina Apriani")
    assert _officials(t) == [("Rina Apriani", title, span, name_span)]


def test_two_fields_and_a_region_with_no_person_named_give_nothing() -> None:
    t = "Asisten Pemerintahan dan Kesra Provinsi Lampung Timur menghadiri rapat itu."
    assert _officials(t) == []


def test_two_units_of_a_group_word_joined_by_dan_give_nothing() -> None:
    t = "Pertandingan itu mempertemukan Divisi Bago dan Divisi Pegu di lapangan kota."
    assert _officials(t) == []


def test_a_mosque_board_and_its_youth_group_give_nothing() -> None:
    t = "Pengurus Masjid dan Remaja Masjid Al Ikhlas Sukarame menggelar buka puasa bersama."
    assert _officials(t) == []
