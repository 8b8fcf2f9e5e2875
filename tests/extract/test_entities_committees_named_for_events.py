"""A constituted body's noun (entities_council_nouns.txt: `Komite`, `Majelis`, `Aliansi`) opening a
capitalised name makes it the body even when an event's word follows inside it (`Komite Olimpiade
…`): the committee that runs the games is an organisation (GUIDELINES §6), the games are not. An
event's name without such a noun, or the words in lowercase, stays no entity. Whole entity lists
from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_committee_named_for_the_games_is_a_body() -> None:
    text = "Pengurus Komite Olimpiade Indonesia menerima rombongan atlet panahan di Palembang, Kamis."
    model = [("Komite Olimpiade Indonesia", "ORG"), ("Palembang", "LOC")]
    assert _found(text, model) == [
        ("Komite Olimpiade Indonesia", "ORG", (9, 35)),
        ("Palembang", "LOC", (72, 81)),
    ]


def test_a_committee_named_for_the_games_keeps_its_short_name() -> None:
    text = "Komite Olimpiade Indonesia (KOI) akan memberangkatkan 90 atlet ke Hanoi bulan depan."
    model = [("Komite Olimpiade Indonesia", "ORG"), ("Hanoi", "LOC")]
    assert _found(text, model) == [
        ("Komite Olimpiade Indonesia", "ORG", (0, 26)),
        ("KOI", "ORG", (28, 31)),
        ("Hanoi", "LOC", (66, 71)),
    ]


def test_a_festival_s_council_is_a_body() -> None:
    text = "Rapat itu dipimpin oleh Majelis Festival Tabuik sebelum acara dibuka, Jumat."
    model = [("Majelis Festival Tabuik", "ORG")]
    assert _found(text, model) == [("Majelis Festival Tabuik", "ORG", (24, 47))]


def test_the_games_themselves_are_no_body() -> None:
    text = "Olimpiade Sains Nasional tahun ini diikuti 400 pelajar dari seluruh provinsi."
    model = [("Olimpiade Sains Nasional", "ORG")]
    assert _found(text, model) == []


def test_a_lowercase_school_committee_for_the_games_gives_nothing() -> None:
    text = "Sekolah itu membentuk komite olimpiade untuk menyiapkan siswa menghadapi lomba."
    assert _found(text, []) == []
