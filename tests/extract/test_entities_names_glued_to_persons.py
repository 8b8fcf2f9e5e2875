"""A name glued by a hyphen to a person's word is part of a person's double name or of a running
pair, no place (GUIDELINES §6); a route's two ends and listed names stay places. Whole entity
lists from `resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

from extract.records import Entity
from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


def test_a_running_mates_name_after_a_hyphen_is_no_place() -> None:
    text = "Dalam pengundian itu, pasangan Rusdianto-Kamaludin mendapat nomor urut dua di Kota Metro."
    model = _model(text, [("Rusdianto", "PER"), ("Kamaludin", "LOC"), ("Kota Metro", "LOC")])
    assert _out(text, model) == [("Rusdianto", "PER", (31, 40)), ("Kota Metro", "LOC", (78, 88))]


def test_a_double_given_name_before_a_hyphen_is_no_place() -> None:
    text = "Gol penyeimbang dicetak Jean-Baptiste Morlanne pada menit ke-77 di Stadion Utama Riau."
    model = _model(text, [("Jean", "LOC"), ("Baptiste Morlanne", "PER")])
    assert [e for e in _out(text, model) if e[1] == "LOC"] == [("Stadion Utama Riau", "LOC", (67, 85))]


def test_every_mention_of_the_glued_name_goes() -> None:
    text = "Pendukung Hermanto-Sulastri berkumpul di Sukadana. Relawan Sulastri juga hadir."
    model = _model(text, [("Hermanto", "PER"), ("Sulastri", "LOC")])
    model.append(Entity("Sulastri", "LOC", (59, 67)))
    assert [e for e in _out(text, model) if e[1] == "LOC" and e[0] == "Sulastri"] == []


def test_a_routes_two_ends_stay_places() -> None:
    # after a route's word the model's person is the route's other end
    text = "Kapal cepat kembali melayani lintasan Ujung Karang-Seruni mulai pekan depan."
    model = _model(text, [("Ujung Karang", "PER"), ("Seruni", "LOC")])
    assert ("Seruni", "LOC", (51, 57)) in _out(text, model)


def test_a_listed_district_glued_to_a_place_keeps_the_place() -> None:
    # `Pesanggrahan` is a listed district: the model's person is a place, and so is what follows
    text = "Pipa air baku Pesanggrahan-Sungapan dipasang tahun ini."
    model = _model(text, [("Pesanggrahan", "PER"), ("Sungapan", "LOC")])
    assert ("Sungapan", "LOC", (27, 35)) in _out(text, model)


def test_a_listed_place_glued_to_a_persons_word_stays() -> None:
    # `Kendari` is a listed city: the model's person before it is the other end of a stretch
    text = "Gelombang tinggi terjadi di Wawonii-Kendari sejak kemarin."
    model = _model(text, [("Wawonii", "PER"), ("Kendari", "LOC")])
    assert ("Kendari", "LOC", (36, 43)) in _out(text, model)


def test_a_place_spaced_from_a_dash_is_left_alone() -> None:
    text = "Rombongan Suherman tiba di Sukadana - Way Jepara sore tadi."
    model = _model(text, [("Suherman", "PER"), ("Sukadana", "LOC"), ("Way Jepara", "LOC")])
    places = [e[0] for e in _out(text, model) if e[1] == "LOC"]
    assert "Sukadana" in places
