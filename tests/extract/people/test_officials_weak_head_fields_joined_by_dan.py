"""Officials on unseen regional news (round officials38): a post whose head also names a group or
a unit (`Asisten`, `Staf`: people_roles weak_head) with two fields joined by `dan`, then the body
or region, then the holder (`Asisten Pemerintahan dan Kesra Provinsi Lampung M Firsada`)."""

from __future__ import annotations

from tests.official_records import article_officials, role_record


def test_two_fields_then_a_province_then_an_initial_and_a_name() -> None:
    t = "Asisten Pemerintahan dan Kesra Provinsi Lampung M Firsada mengatakan pedoman itu penting."
    title = "Asisten Pemerintahan dan Kesra Provinsi Lampung"
    assert article_officials(t, spans=True) == [role_record(t, title + " M Firsada", "M Firsada", title)]


def test_two_fields_then_the_provincial_government_then_the_holder() -> None:
    t = (
        "Asisten Pemerintahan dan Kesra Pemerintah Provinsi Lampung M Firsada mengatakan "
        "pedoman itu menjadi tonggak penting."
    )
    title = "Asisten Pemerintahan dan Kesra Pemerintah Provinsi Lampung"
    assert article_officials(t, spans=True) == [role_record(t, title + " M Firsada", "M Firsada", title)]


def test_a_staff_post_with_two_fields_and_an_office() -> None:
    t = "Staf Perencanaan dan Keuangan Dinas Kesehatan Mesuji Rina Apriani mengatakan laporan selesai."
    title = "Staf Perencanaan dan Keuangan Dinas Kesehatan Mesuji"
    assert article_officials(t, spans=True) == [
        role_record(t, title + " Rina Apriani", "Rina Apriani", title)
    ]


def test_two_fields_and_a_region_with_no_person_named_give_nothing() -> None:
    t = "Asisten Pemerintahan dan Kesra Provinsi Lampung Timur menghadiri rapat itu."
    assert article_officials(t) == []


def test_two_units_of_a_group_word_joined_by_dan_give_nothing() -> None:
    t = "Pertandingan itu mempertemukan Divisi Bago dan Divisi Pegu di lapangan kota."
    assert article_officials(t) == []


def test_a_mosque_board_and_its_youth_group_give_nothing() -> None:
    t = "Pengurus Masjid dan Remaja Masjid Al Ikhlas Sukarame menggelar buka puasa bersama."
    assert article_officials(t) == []
