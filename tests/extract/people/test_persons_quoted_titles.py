"""A name the article writes only inside quotes that hold nothing but capitalised words (a song's,
a concert's, a product's, a tagline's or a nickname's title: `konser “Senja Bersama”`) is no
person (round ents53); a name also written outside the quotes, a quote opened by a form of
address (`‘Pak Harun’`) and a quote of speech stay persons. Whole persons lists with spans on
invented sentences."""

from __future__ import annotations

from extract.people.persons import extract_persons
from extract.records import Person
from tests.entity_records import nth_entities as _ents


def test_a_song_title_in_quotes_is_no_person() -> None:
    text = "Album itu memuat lagu “Laura Tenggara” yang ditulis Dimas Arifin pada 2019."
    ents = _ents(text, [("Laura Tenggara", "PER", 0), ("Dimas Arifin", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Dimas Arifin", ((52, 64),))]


def test_a_concert_title_with_a_stop_inside_the_quote_is_no_person() -> None:
    text = 'Grup itu menutup tur dengan konser "Rena Magenta." Konser digelar di Bandung.'
    ents = _ents(text, [("Rena Magenta", "PER", 0), ("Bandung", "LOC", 0)])
    assert extract_persons(text, ents) == []


def test_a_name_also_written_outside_the_quotes_stays() -> None:
    text = "Film “Kartini Muda” dibuka dengan kisah masa kecil Kartini Muda di Jepara."
    ents = _ents(text, [("Kartini Muda", "PER", 0), ("Kartini Muda", "PER", 1), ("Jepara", "LOC", 0)])
    assert extract_persons(text, ents) == [Person("Kartini Muda", ((6, 18), (51, 63)))]


def test_a_quote_opened_by_a_form_of_address_stays() -> None:
    text = "Warga menyebut ‘Pak Harun’ sebagai penjaga makam yang paling tekun di desa itu."
    ents = _ents(text, [("Harun", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Harun", ((20, 25),))]


def test_a_name_inside_a_quote_of_speech_stays() -> None:
    text = "“Kami berterima kasih kepada Rudi Hartono,” kata warga itu di balai desa."
    ents = _ents(text, [("Rudi Hartono", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Rudi Hartono", ((29, 41),))]


def test_a_name_between_two_straight_quotes_of_speech_stays() -> None:
    text = '"Kami siap bekerja untuk warga." Joko Susilo "Semua akan berjalan baik," tuturnya.'
    ents = _ents(text, [("Joko Susilo", "PER", 0)])
    assert extract_persons(text, ents) == [Person("Joko Susilo", ((33, 44),))]
