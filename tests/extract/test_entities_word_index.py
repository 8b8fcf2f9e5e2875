"""The rules that open at a listed word read only that word's places (issue 18: `word_positions`,
an index of the article's words made once) and a sports page is one test (`sports_page`):
each gives what reading every word afresh gives, including the sentences where no rule opens."""

from __future__ import annotations

import pytest

from extract.ner.entities import resolve_entities, tokens
from extract.ner.entities.tokens import on_sports_page, word_positions
from extract.ner.entities.words import SPORTS_WORDS, sports_page
from extract.records import Entity

ARMED = "Kapal Angkatan Laut Mesir berlabuh di Pelabuhan Tanjung Priok."
UNIT = "Dandim 0422/Lambar Letkol Inf Rinaldi meninjau lokasi banjir."
RACE = "Pembalap itu menang di seri MotoGP Mandalika pada Minggu."
HOSPITAL = "Pasien dirawat di Mayapada Hospital Kuningan sejak Senin."
ESTATE = "Warga tinggal di Perumahan Griya Asri 2 sejak 2019."
INITIALS = "Polisi menangkap pria berinisial ASS. Menurut polisi, ASS ditahan di Polres Metro."


def _read(text: str, model: list[Entity], toks: object = None) -> list[tuple[str, str, tuple[int, int]]]:
    return [(e.text, str(e.label), e.span) for e in resolve_entities(text, model, toks=toks)]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (ARMED, [], [("Angkatan Laut Mesir", "ORG", (6, 25)), ("Pelabuhan Tanjung Priok", "LOC", (38, 61))]),
        (UNIT, [], [("Lambar", "LOC", (12, 18))]),
        (RACE, [], [("Mandalika", "LOC", (35, 44))]),
        (HOSPITAL, [], [("Mayapada Hospital Kuningan", "LOC", (18, 44))]),
        (ESTATE, [], [("Perumahan Griya Asri 2", "LOC", (17, 39))]),
        (INITIALS, [Entity("ASS", "ORG", (54, 57))], [("Polres Metro", "ORG", (69, 81))]),
        # no rule opens: a service's words in lowercase, a unit's number without its title, a
        # body's field after `dan`
        ("Angkatan laut negara itu berlatih di perairan utara.", [], []),
        ("Nomor 0422/Lambar tercatat dalam arsip.", [], []),
        ("Pekerjaan Umum dan Perumahan Rakyat menyalurkan bantuan.", [], []),
    ],
)
def test_indexed_rules_read_as_every_word_read(text: str, model: list[Entity], expected: list) -> None:
    assert _read(text, model) == expected
    assert _read(text, model, toks=list(tokens(text))) == expected  # plain tokens: every word read


def test_word_positions_are_in_text_order_and_as_a_scan_finds_them() -> None:
    toks = tokens("Angkatan Laut AS dan Angkatan Udara AS berlatih bersama.")
    for words in ({"angkatan", "as"}, {"bersama"}, {"tidak"}, set()):
        found = word_positions(toks, words)
        assert found == word_positions(list(toks), words) == [k for k, t in enumerate(toks) if t.low in words]
    assert word_positions(toks, {"angkatan", "as"}) == [0, 2, 4, 6]
    assert word_positions(toks, {"tidak"}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Persib menang 2-1 dalam laga pekan ketujuh Liga 1 di Stadion Si Jalak Harupat.", True),
        ("Gol tunggal Marc Klok memastikan kemenangan tim tamu.", True),
        # no sports word: a word holding one is no sports word (`golongan`, `ligament`)
        ("Warga golongan miskin menerima bantuan dari Dinas Sosial Kota Bandung.", False),
        ("", False),
    ],
)
def test_a_sports_page_is_read_as_its_words_searched(text: str, expected: bool) -> None:
    assert sports_page(text) is expected
    assert sports_page(text) is (SPORTS_WORDS.get().search(text) is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Persija menjamu Persib dalam laga pekan ketujuh di Stadion Gelora Bung Karno.", True),
        # no sports word: the page's words hold none as a whole word (`golongan`)
        ("Dinas Sosial menyalurkan bantuan kepada warga golongan miskin di Kota Bandung.", False),
    ],
)
def test_the_tokens_read_the_sports_page_once_as_the_text_gives_it(text: str, expected: bool) -> None:
    toks = tokens(text)
    assert toks.sports is None
    assert on_sports_page(toks, text) is expected
    assert toks.sports is expected  # kept for the article's later steps
    assert on_sports_page(list(toks), text) is expected  # plain tokens: the text searched
    other = tokens("Hujan turun di Bogor.")
    assert on_sports_page(other, text) is expected  # another text's tokens: the text searched
