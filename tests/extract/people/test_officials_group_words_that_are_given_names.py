"""Officials: a group word that is also a given name (`Tim`), capitalised inside a title after a
body's name or a region and right before a one-word name that ends the run, is the holder's first
name (`CEO Lumora Tim Sagala` → name `Tim Sagala`, title `CEO Lumora`; GUIDELINES §2: the
fullest name). Right after the head it names a team (`Manajer Tim Thomas`), and a lowercase word
after it ends no name.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from extract.people.officials import extract_officials
from extract.records import Entity, Official


def _ents(text: str, spec: list[tuple[str, str]]) -> list[Entity]:
    return [Entity(s, label, (text.index(s), text.index(s) + len(s))) for s, label in spec]


def test_the_group_word_after_a_company_opens_the_name() -> None:
    s = "Dalam jumpa pers itu, CEO Lumora Tim Sagala mengatakan penjualan naik. Sagala menambahkan hal lain."
    assert extract_officials(s, entities=_ents(s, [("Lumora Tim Sagala", "ORG")])) == [
        Official(name="Tim Sagala", title="CEO Lumora", span=(22, 43), name_span=(33, 43))
    ]


def test_the_group_word_after_a_region_opens_the_name() -> None:
    s = "Juru Bicara Angkatan Laut Australia Tim Barrow mengatakan kapal itu sudah kembali ke pangkalan."
    assert extract_officials(s, entities=_ents(s, [("Australia", "LOC")])) == [
        Official(
            name="Tim Barrow", title="Juru Bicara Angkatan Laut Australia", span=(0, 46), name_span=(36, 46)
        )
    ]


def test_the_group_word_right_after_the_head_is_a_team() -> None:
    s = "Manajer Tim Thomas mengatakan pemain sudah siap bertanding."
    assert extract_officials(s, entities=[]) == []


def test_the_group_word_before_a_lowercase_word_names_no_one() -> None:
    s = "Dukungan itu datang dari Pelatih Persib Tim muda yang baru dibentuk."
    assert extract_officials(s, entities=[]) == []
