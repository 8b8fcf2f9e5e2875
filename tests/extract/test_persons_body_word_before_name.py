"""A body's or a place's word written before a person's name (`CEO Nvidia Jensen Huang`,
`pebulu tangkis Denmark Viktor Axelsen`) is no word of the name when news-raw holds the word as a
body's or a place's whole name far more often than it opens a person's name
(`extract.people.corpus.corpus_body_word`): cut off in the model's span (`extract.ner.vet`) and
in a title's tail (`extract.people.titles.tails`). Real first names (`Luka`, `Fabrizio`, `Dewi`,
`Raden`) and a name of one word after the body's word stay."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.corpus import corpus_body_word
from extract.people.officials import extract_officials
from extract.people.roles import scan_roles
from tests.entity_records import first_vetted, model_entities


def _vetted(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    """`vet_entities` of the model's (surface, label) pairs, found left to right."""
    return [(e.text, str(e.label), e.span) for e in vet_entities(text, model_entities(text, items))]


def _officials(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(title, name) of the officials of ``text`` with the model's entities given and vetted."""
    entities = vet_entities(text, model_entities(text, items))
    found = extract_officials(text, entities=entities, roles=scan_roles(text, entities))
    return [(o.title, o.name) for o in found]


@pytest.mark.parametrize("word", ["Nvidia", "Denmark", "Danantara", "Senegal"])
def test_news_raw_holds_the_word_as_a_body_or_a_place(word: str) -> None:
    assert corpus_body_word(word)


@pytest.mark.parametrize("word", ["Luka", "Fabrizio", "Dewi", "Raden", "Kim", "Sony", "Budi"])
def test_a_first_name_is_no_body_word(word: str) -> None:
    assert not corpus_body_word(word)


def test_a_country_before_an_athletes_full_name_is_cut_off() -> None:
    text = "Mantan pebulu tangkis Denmark Viktor Axelsen mengumumkan pensiun. Axelsen berterima kasih."
    assert _vetted(text, [("Denmark Viktor Axelsen", "PER"), ("Axelsen", "PER")]) == [
        ("Viktor Axelsen", "PER", (30, 44)),
        ("Axelsen", "PER", (66, 73)),
    ]


def test_a_company_after_a_title_is_the_titles() -> None:
    text = "Menurut CEO Nvidia Jensen Huang, permintaan cip kecerdasan buatan terus naik tahun ini."
    assert _officials(text, [("Nvidia Jensen Huang", "PER")]) == [("CEO Nvidia", "Jensen Huang")]


def test_a_body_after_a_title_and_its_short_name_is_the_titles() -> None:
    text = "Kepala BPI Danantara Rosan Roeslani hadir dalam rapat di Istana Merdeka, Jakarta."
    assert _officials(text, [("Danantara Rosan Roeslani", "PER"), ("Istana Merdeka", "LOC")]) == [
        ("Kepala BPI Danantara", "Rosan Roeslani")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gelandang Luka Modric kembali dipanggil ke tim nasional pekan ini.", "Luka Modric"),
        ("Jurnalis asal Italia Fabrizio Romano menyebut kesepakatan itu sudah tercapai.", "Fabrizio Romano"),
        ("Nama pahlawan Dewi Sartika diabadikan sebagai nama sebuah jalan di Bandung.", "Dewi Sartika"),
    ],
)
def test_a_real_first_name_stays(text: str, name: str) -> None:
    vetted = first_vetted(text, [(name, "PER")])
    start = text.index(name)
    assert vetted == [(name, "PER", (start, start + len(name)))]


def test_a_noble_title_is_no_body_word() -> None:
    text = "Peringatan hari lahir Raden Ajeng Kartini digelar di Jepara setiap April."
    assert first_vetted(text, [("Raden Ajeng Kartini", "PER"), ("Jepara", "LOC")]) == [
        ("Raden Ajeng Kartini", "PER", (22, 41)),
        ("Jepara", "LOC", (53, 59)),
    ]


def test_a_name_after_a_country_of_origin_stays() -> None:
    text = "Gelandang asal Kroasia Luka Modric kembali dipanggil ke tim nasional pekan ini."
    assert first_vetted(text, [("Luka Modric", "PER")]) == [("Luka Modric", "PER", (23, 34))]


def test_one_name_word_after_a_form_of_address_stays() -> None:
    text = "Pak Darto mengatakan sawahnya terendam banjir sejak Senin pagi."
    assert first_vetted(text, [("Darto", "PER")]) == [("Darto", "PER", (4, 9))]


def test_one_name_word_after_a_body_word_stays() -> None:
    # `Skriniar` alone could be no name: the club's city before it is kept as the model read it
    text = "Klub itu mendatangkan bek Milan Skriniar dan Lucas Hernandez pada musim panas."
    assert ("Milan Skriniar", "PER", (26, 40)) in first_vetted(
        text, [("Milan Skriniar", "PER"), ("Lucas Hernandez", "PER")]
    )
