"""The PER entities' names (`entity_names`) are read once an article and handed to officials and
persons (speed20): the same officials and persons as when each stage reads them itself."""

from __future__ import annotations

import pytest

from extract import article, extract_article
from extract.people import officials as officials_module
from extract.people import persons
from extract.people.officials import extract_officials
from extract.people.persons import entity_names, extract_persons
from extract.people.roles import scan_roles
from extract.records import Entity, Official, Person

TEXT = (
    "Bupati Lembah Hijau Ratna Kusumawati membuka lomba perahu naga di Desa Tanjung Sari, Minggu. "
    "Menurut Ratna, lomba itu diikuti 40 regu. Warga bernama Dimas Aryo Pambudi ikut menonton "
    "bersama Ketua DPRD Lembah Hijau Hendra Saputra."
)


def _ent(name: str, label: str = "PER", after: int = 0) -> Entity:
    at = TEXT.index(name, after)
    return Entity(text=name, label=label, span=(at, at + len(name)))


ENTITIES = [
    _ent("Ratna Kusumawati"),
    _ent("Desa Tanjung Sari", "LOC"),
    _ent("Ratna", after=60),
    _ent("Dimas Aryo Pambudi"),
    _ent("Hendra Saputra"),
]


def test_names_handed_down_give_the_same_officials_and_persons() -> None:
    roles = scan_roles(TEXT, ENTITIES)
    names = entity_names(TEXT, ENTITIES, roles)
    assert names == [
        ("Ratna Kusumawati", (20, 36)),
        ("Ratna", (101, 106)),
        ("Dimas Aryo Pambudi", (149, 167)),
        ("Hendra Saputra", (214, 228)),
    ]
    officials = [
        Official("Ratna Kusumawati", "Bupati Lembah Hijau", (0, 36), (20, 36)),
        Official("Hendra Saputra", "Ketua DPRD Lembah Hijau", (190, 228), (214, 228)),
    ]
    assert extract_officials(TEXT, entities=ENTITIES, roles=roles) == officials
    assert extract_officials(TEXT, entities=ENTITIES, roles=roles, names=names) == officials
    people = [
        Person("Ratna Kusumawati", ((20, 36), (101, 106))),
        Person("Dimas Aryo Pambudi", ((149, 167),)),
        Person("Hendra Saputra", ((214, 228),)),
    ]
    assert extract_persons(TEXT, ENTITIES, officials=officials, roles=roles) == people
    assert extract_persons(TEXT, ENTITIES, officials=officials, roles=roles, names=names) == people


def test_no_person_entity_gives_no_names() -> None:
    text = "Harga cabai rawit di pasar tradisional naik tajam sepanjang pekan ini."
    roles = scan_roles(text, [])
    assert entity_names(text, [], roles) == []
    assert extract_officials(text, roles=roles, names=[]) == []
    assert extract_persons(text, [], roles=roles, names=[]) == []


def test_an_article_reads_the_names_once(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = (
        "Lembah Hijau - Wakil Bupati Lembah Hijau Yohanes Pattiasina meninjau posko banjir di "
        "Kecamatan Sungai Dalam, Senin (3/3/2025). Yohanes meminta warga tetap waspada.\n"
    )
    calls = []

    def counted(*args: object) -> list:
        calls.append(args)
        return entity_names(*args)

    monkeypatch.setattr(article, "entity_names", counted)
    monkeypatch.setattr(persons, "entity_names", counted)
    monkeypatch.setattr(officials_module, "entity_names", counted)
    once = extract_article(raw, ner=False).to_dict()
    assert len(calls) == 1
    assert [(o["name"], o["title"]) for o in once["officials"]] == [
        ("Yohanes Pattiasina", "Wakil Bupati Lembah Hijau")
    ]
    monkeypatch.setattr(article, "_names", lambda a: None)  # each stage reads them itself
    calls.clear()
    assert extract_article(raw, ner=False).to_dict() == once
    assert len(calls) == 2  # officials' and persons' own
