"""A facility's kind spelled out, its bracketed short name, then its own capitalised name is
one place with the short name inside it (GUIDELINES §6: a bracketed abbreviation inside a name
stays in it): `Gedung Serba Guna (GSG) Wira Bhakti`, not `Gedung Serba Guna` and `GSG`. A common
word after the bracket, a name written partly in lowercase, a person or a place's own region
are no such name. Whole entity lists from `resolve_entities` on invented sentences, with the
spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_hall_s_own_name_after_its_short_name_is_one_place() -> None:
    text = "Upacara digelar di Gedung Serba Guna (GSG) Wira Bhakti, Kecamatan Sukamaju."
    model = [("Gedung Serba Guna", "LOC"), ("GSG", "LOC"), ("Kecamatan Sukamaju", "LOC")]
    assert _found(text, model) == [
        ("Gedung Serba Guna (GSG) Wira Bhakti", "LOC", (19, 54)),
        ("Kecamatan Sukamaju", "LOC", (56, 74)),
    ]


def test_a_hospital_s_own_name_after_its_short_name_is_one_place() -> None:
    text = "Pasien dirujuk ke Rumah Sakit Umum (RSU) Bunda Kasih pagi tadi."
    model = [("Rumah Sakit Umum", "LOC"), ("RSU", "LOC")]
    assert _found(text, model) == [("Rumah Sakit Umum (RSU) Bunda Kasih", "LOC", (18, 52))]


def test_a_name_written_partly_low_is_not_grown() -> None:
    text = "Lomba digelar di Gedung Olah Raga (GOR) Saburai tuha sejak pagi."
    model = [("Gedung Olah Raga", "LOC"), ("GOR", "LOC")]
    assert _found(text, model) == [("Gedung Olah Raga", "LOC", (17, 33)), ("GOR", "LOC", (35, 38))]


def test_a_common_word_after_the_short_name_is_not_grown() -> None:
    text = "Sewa Gedung Serba Guna (GSG) Tahun ini naik menjadi Rp1 juta."
    model = [("Gedung Serba Guna", "LOC"), ("GSG", "LOC")]
    assert _found(text, model) == [("Gedung Serba Guna", "LOC", (5, 22)), ("GSG", "LOC", (24, 27))]


def test_a_country_s_short_name_before_a_person_is_not_grown() -> None:
    text = "Duta besar Amerika Serikat (AS) Marko Jansen hadir di Kota Sukamaju."
    model = [("Amerika Serikat", "LOC"), ("AS", "LOC"), ("Kota Sukamaju", "LOC")]
    assert _found(text, model) == [
        ("Amerika Serikat", "LOC", (11, 26)),
        ("AS", "LOC", (28, 30)),
        ("Kota Sukamaju", "LOC", (54, 67)),
    ]
