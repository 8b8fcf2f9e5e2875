"""A name the model read as a person stands in an address (GUIDELINES §6: villages, districts,
neighbourhoods are places) after `di` (any given name: a street or village named after a person;
after `ke` a given name is the person one goes or gives to), between commas after a place, a
facility, an address's number or a name after `di`, and before the address reaches its region.
After a body, a year or an age in brackets the name is a person's and the country theirs: no
entity. Whole entity lists from `vet_entities`, `resolve_entities` and `with_persons` on invented
sentences, with the spans."""

from __future__ import annotations

from tests.entity_records import entities_with_persons as _out


def test_a_village_opening_with_a_given_name_after_di_is_the_place() -> None:
    text = "Puluhan rumah warga di Sari Mulyo terendam banjir sejak Senin."
    assert _out(text, [("Sari Mulyo", "PER")]) == [("Sari Mulyo", "LOC", (23, 33))]


def test_a_street_named_for_a_person_after_di_is_the_place() -> None:
    text = "Kemacetan panjang terjadi di Dewi Sartika sejak pagi."
    assert _out(text, [("Dewi Sartika", "PER")]) == [("Dewi Sartika", "LOC", (29, 41))]


def test_a_given_name_after_ke_stays_no_place() -> None:
    text = "Santunan itu diserahkan ke Sari Mulyo, Bogor, pada Senin."
    assert _out(text, [("Sari Mulyo", "PER"), ("Bogor", "LOC")]) == [("Bogor", "LOC", (39, 44))]


def test_every_name_of_an_address_after_di_is_a_place() -> None:
    text = "Air sungai meluap di Tumbang Ulu, Sakaran, Kalimantan Tengah, pada Selasa."
    model = [("Tumbang Ulu", "PER"), ("Sakaran", "PER"), ("Kalimantan Tengah", "LOC")]
    assert _out(text, model) == [
        ("Tumbang Ulu", "LOC", (21, 32)),
        ("Sakaran", "LOC", (34, 41)),
        ("Kalimantan Tengah", "LOC", (43, 60)),
    ]


def test_a_one_word_village_an_address_goes_on_after_is_the_place() -> None:
    text = "Banjir setinggi lutut merendam di Pulau Hanaut, Bapinang, Kotawaringin Timur."
    model = [("Pulau Hanaut", "LOC"), ("Bapinang", "PER"), ("Kotawaringin Timur", "LOC")]
    assert _out(text, model) == [
        ("Pulau Hanaut", "LOC", (34, 46)),
        ("Bapinang", "LOC", (48, 56)),
        ("Kotawaringin Timur", "LOC", (58, 76)),
    ]


def test_a_name_after_a_neighbourhood_number_is_the_place() -> None:
    text = "Kebakaran terjadi di permukiman RW 07, Sukajadi, Bandung, Rabu dini hari."
    model = [("Sukajadi", "PER"), ("Bandung", "LOC")]
    assert _out(text, model) == [("Sukajadi", "LOC", (39, 47)), ("Bandung", "LOC", (49, 56))]


def test_a_person_after_a_body_before_a_country_is_no_place() -> None:
    text = "Pelatih Persikota, Marko Sitanggang, Argentina, mengaku puas."
    model = [("Persikota", "ORG"), ("Marko Sitanggang", "PER"), ("Argentina", "LOC")]
    assert _out(text, model) == [("Persikota", "ORG", (8, 17)), ("Argentina", "LOC", (37, 46))]


def test_a_person_after_a_year_before_a_country_is_no_place() -> None:
    text = "Pada 2019, Marko Sitanggang, Argentina, memperkuat klub itu."
    model = [("Marko Sitanggang", "PER"), ("Argentina", "LOC")]
    assert _out(text, model) == [("Argentina", "LOC", (29, 38))]


def test_a_person_after_an_age_in_brackets_is_no_place() -> None:
    text = "Tersangka Rudi (45), Marko Sitanggang, Medan, ikut ditangkap."
    model = [("Marko Sitanggang", "PER"), ("Medan", "LOC")]
    assert _out(text, model) == [("Medan", "LOC", (39, 44))]


def test_a_number_in_superscript_opens_no_address() -> None:
    text = "Luasnya 40 m³, Marko Sitanggang, Medan, tidak tahu."
    model = [("Marko Sitanggang", "PER"), ("Medan", "LOC")]
    assert _out(text, model) == [("Medan", "LOC", (33, 38))]


def test_a_venue_after_a_body_in_a_locative_clause_is_the_place() -> None:
    text = "Hal itu disampaikan di acara rapat fraksi Nusantara, Sentosa Raya, Grogol, Jakarta Barat."
    model = [("Nusantara", "ORG"), ("Sentosa Raya", "PER"), ("Grogol", "LOC"), ("Jakarta Barat", "LOC")]
    assert _out(text, model) == [
        ("Nusantara", "ORG", (42, 51)),
        ("Sentosa Raya", "LOC", (53, 65)),
        ("Grogol", "LOC", (67, 73)),
        ("Jakarta Barat", "LOC", (75, 88)),
    ]


def test_a_lowercase_word_before_the_comma_opens_no_address() -> None:
    text = "Ditemui di sela acara, Marko Sitanggang, Argentina, mengaku puas."
    model = [("Marko Sitanggang", "PER"), ("Argentina", "LOC")]
    assert _out(text, model) == [("Argentina", "LOC", (41, 50))]


def test_a_city_after_an_event_s_edition_is_the_place() -> None:
    text = "Ia peraih perunggu Pekan Olahraga Nusantara 2014, Sakaran, Kalimantan Tengah."
    model = [("Sakaran", "PER"), ("Kalimantan Tengah", "LOC")]
    assert _out(text, model) == [("Sakaran", "LOC", (50, 57)), ("Kalimantan Tengah", "LOC", (59, 76))]
