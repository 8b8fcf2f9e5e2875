"""A phrase news writes lowercase as often as not (`Bank Sentral`, `Rapat Kerja`, `Call Center`;
`entities_common_phrases.txt`, derived by `scripts/derive_common_phrases.py`) names a kind or a
thing when capitalised alone, no body (GUIDELINES §6: generic kinds without a name are no
entities). One that opens a longer name stays the name's (`Angkatan Laut AS`), a place so written
is left to the place rules, and a body's own name is no common phrase. Whole entity lists from
`resolve_entities` on invented sentences, with the spans, and the derivation on an invented
corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extract.text.words import word_set

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Para pengusaha diminta bertanya langsung ke Bank Sentral soal likuiditas itu.",
            [("Bank Sentral", "ORG")],
        ),
        (
            "Usulan itu dibahas dalam Rapat Kerja yang berlangsung hingga malam.",
            [("Rapat Kerja", "ORG")],
        ),
        (
            "Keluhan pelanggan dapat disampaikan melalui Call Center yang buka setiap hari.",
            [("Call Center", "ORG")],
        ),
    ],
)
def test_a_common_phrase_alone_is_no_body(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # the phrase opens a longer name: the model's short span stays
        (
            "Seorang perwira Angkatan Laut AS ikut dalam latihan gabungan itu.",
            [("Angkatan Laut", "ORG"), ("AS", "LOC")],
            [("Angkatan Laut", "ORG", (16, 29)), ("AS", "LOC", (30, 32))],
        ),
        # a place so written is no body: the place rules keep it
        (
            "Massa berkumpul di depan Kompleks Parlemen sejak siang.",
            [("Kompleks Parlemen", "LOC")],
            [("Kompleks Parlemen", "LOC", (25, 42))],
        ),
        # a body's own name
        (
            "Data itu dirilis Badan Pusat Statistik pekan lalu.",
            [("Badan Pusat Statistik", "ORG")],
            [("Badan Pusat Statistik", "ORG", (17, 38))],
        ),
    ],
)
def test_a_name_or_a_place_is_no_common_phrase(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


def test_the_list_holds_kinds_and_no_bodies_names() -> None:
    phrases = word_set("entities_common_phrases.txt")
    assert {"bank sentral", "rapat kerja", "call center"} <= phrases
    assert not {"badan pusat statistik", "bank indonesia", "mahkamah agung", "the guardian"} & phrases


def _script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "derive_common_phrases.py"
    spec = importlib.util.spec_from_file_location("derive_common_phrases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_phrase_capitalised_after_a_lowercase_word_is_counted() -> None:
    script = _script()
    words = script._TOKEN.findall("Warga menghubungi Pusat Layanan kemarin. Pusat Layanan buka.")
    assert script.capitalised_runs(words, frozenset()) == {("pusat", "layanan"): 1}
    lower = script.lowercase_runs(["kantor", "pusat", "layanan", "itu"], {("pusat", "layanan")})
    assert lower == {("pusat", "layanan"): 1}
