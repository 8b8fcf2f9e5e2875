"""Organisations read on news-raw (session 23): a capitalised span holding a meeting's, a
congress's, a contest's, a festival's or a ceremony's word (`entities_events.txt`) names an
event, no organisation (GUIDELINES §6), unless a body's head opens it. Whole entity lists from
`resolve_entities` on invented sentences, with the spans, and cases that must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Delegasi daerah ikut Regional Youth Meeting di Semarang pekan lalu.", "Regional Youth Meeting"),
        ("Dokter itu berbicara pada Heart Failure Congress tahun ini.", "Heart Failure Congress"),
        ("Hasil riset dipaparkan dalam Tropical Crops Symposium kemarin.", "Tropical Crops Symposium"),
        ("Mahasiswa itu menjuarai Campus Coding Challenge tingkat nasional.", "Campus Coding Challenge"),
        ("Ratusan pelaku usaha meramaikan Kuliner Rakyat Fest di alun-alun.", "Kuliner Rakyat Fest"),
        ("Grup musik itu menggelar Fan Meeting Tour di tiga kota.", "Fan Meeting Tour"),
        ("Bank itu menggelar Contract Signing Ceremony bersama mitra.", "Contract Signing Ceremony"),
        ("Penggemar datang ke konser 5th Anniversary grup tersebut.", "5th Anniversary"),
        ("Pemuda desa menghadiri Dialog Kebangsaan Muda di balai desa.", "Dialog Kebangsaan Muda"),
        ("Pembalap muda itu menang di Sprint Race sore tadi.", "Sprint Race"),
        ("Tim debat sekolah itu tampil di Debate Union Tournament bulan lalu.", "Debate Union Tournament"),
    ],
)
def test_an_event_tagged_as_a_body_is_no_entity(text: str, event: str) -> None:
    assert [e for e in _found(text, [(event, "ORG")]) if e[0] == event] == []


def test_an_event_named_after_a_place_drops_the_place_inside_it() -> None:
    text = "Pebalap itu turun di Touring Car Challenge Asia musim ini."
    assert _found(text, [("Asia", "LOC")]) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a body's head opens the name: the forum is a body, not the dialog it holds
        (
            "Ketua Forum Dialog Antaragama Lampung membuka pertemuan itu.",
            [("Forum Dialog Antaragama Lampung", "ORG")],
            [("Forum Dialog Antaragama Lampung", "ORG", (6, 37))],
        ),
        # the body that holds the meeting stays beside it
        (
            "Kementerian Pertanian menggelar Asia Rice Meeting di Bogor.",
            [("Kementerian Pertanian", "ORG"), ("Asia Rice Meeting", "ORG"), ("Bogor", "LOC")],
            [("Kementerian Pertanian", "ORG", (0, 21)), ("Bogor", "LOC", (53, 58))],
        ),
    ],
)
def test_a_body_beside_or_around_an_event_word_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected
