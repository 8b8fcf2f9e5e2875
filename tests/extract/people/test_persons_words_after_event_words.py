"""A lone word the article writes after an event's word (`Piala Thomas`) names that event
everywhere: the holder of `Manajer Tim Thomas` is the trophy's team, no person (people21)."""

from __future__ import annotations

from extract import extract_article
from extract.ner.vet import vet_entities
from extract.people.lexicon import after_event_word
from extract.records import Entity

TROPHY = (
    "Skuad bulu tangkis putra bersiap menuju Piala Thomas di Aarhus, Denmark. "
    "Manajer Tim Thomas Indonesia, Wulan Rahmadani, mengatakan latihan sudah rampung. "
    "Tim Thomas berangkat pekan depan dengan sepuluh pemain."
)

PERSON = (
    "Pelatih tunggal putra Thomas Wibisono memantau latihan di Cipayung, Senin. "
    "Menurut Thomas, para pemain muda terus berkembang."
)


def _persons(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    rec = extract_article(text.encode("utf-8"), doc_id="t", source="test").to_dict()
    return [(p["name"], [tuple(m) for m in p["mentions"]]) for p in rec["persons"]]


def test_word_after_an_event_word() -> None:
    assert after_event_word("Tim Indonesia berlaga di perebutan piala Thomas tahun ini.", "Thomas")
    assert not after_event_word("Tim Indonesia diperkuat Thomas Wibisono tahun ini.", "Thomas")


def test_trophy_team_is_no_person() -> None:
    at = TROPHY.index("Wulan Rahmadani")
    assert _persons(TROPHY) == [("Wulan Rahmadani", [(at, at + len("Wulan Rahmadani"))])]


def test_a_person_named_thomas_stays() -> None:
    a = PERSON.index("Thomas Wibisono")
    b = PERSON.index("Thomas,")
    assert _persons(PERSON) == [("Thomas Wibisono", [(a, a + 15), (b, b + 6)])]


TEAM = "Pebalap muda Rangga Saputra resmi bergabung dengan Garuda Racing untuk musim depan."


def test_a_racing_team_is_an_organisation() -> None:
    a, b = TEAM.index("Rangga Saputra"), TEAM.index("Garuda Racing")
    ents = [Entity("Rangga Saputra", "PER", (a, a + 14)), Entity("Garuda Racing", "PER", (b, b + 13))]
    assert vet_entities(TEAM, ents) == [
        Entity("Rangga Saputra", "PER", (a, a + 14)),
        Entity("Garuda Racing", "ORG", (b, b + 13)),
    ]


DAY = "Upacara bertepatan dengan Hari Pahlawan digelar di alun-alun. Hari Purnomo memimpin barisan veteran."


def test_a_named_day_is_no_person() -> None:
    a, b = DAY.index("Hari Pahlawan"), DAY.index("Hari Purnomo")
    ents = [Entity("Hari Pahlawan", "PER", (a, a + 13)), Entity("Hari Purnomo", "PER", (b, b + 12))]
    assert vet_entities(DAY, ents) == [Entity("Hari Purnomo", "PER", (b, b + 12))]


SPONSOR = "Pebalap yang didukung Garuda Riders itu finis ketiga, kata Dimas Pratama."


def test_a_riders_club_is_an_organisation() -> None:
    a = SPONSOR.index("Garuda Riders")
    ents = [Entity("Garuda Riders", "PER", (a, a + 13))]
    assert vet_entities(SPONSOR, ents) == [Entity("Garuda Riders", "ORG", (a, a + 13))]


MONTH = "Harga cabai naik selama Ramadhan. Menurut Ramadhan Saputra, pasokan dari petani menurun."


def test_a_holy_month_is_no_person() -> None:
    a = MONTH.index("Ramadhan.")
    ents = [Entity("Ramadhan", "PER", (a, a + 8))]
    assert vet_entities(MONTH, ents) == []


SELLER = "Ramadhan Saputra berjualan cabai di Pasar Baru. Tahun ini Ramadhan menambah stok dagangannya."


def test_a_man_named_ramadhan_stays() -> None:
    a, b = SELLER.index("Ramadhan Saputra"), SELLER.index("Ramadhan menambah")
    ents = [Entity("Ramadhan Saputra", "PER", (a, a + 16)), Entity("Ramadhan", "PER", (b, b + 8))]
    assert vet_entities(SELLER, ents) == ents


GRID = "Di barisan depan ada Bima Santoso (Repsol Honda) dan Arya Wibowo (Arya)."


def test_a_team_in_brackets_after_a_rider_is_an_organisation() -> None:
    a, b = GRID.index("Bima Santoso"), GRID.index("Repsol Honda")
    c, d = GRID.index("Arya Wibowo"), GRID.index("Arya)")
    ents = [
        Entity("Bima Santoso", "PER", (a, a + 12)),
        Entity("Repsol Honda", "PER", (b, b + 12)),
        Entity("Arya Wibowo", "PER", (c, c + 11)),
        Entity("Arya", "PER", (d, d + 4)),
    ]
    assert vet_entities(GRID, ents) == [
        Entity("Bima Santoso", "PER", (a, a + 12)),
        Entity("Repsol Honda", "ORG", (b, b + 12)),
        Entity("Arya Wibowo", "PER", (c, c + 11)),
        Entity("Arya", "PER", (d, d + 4)),
    ]
