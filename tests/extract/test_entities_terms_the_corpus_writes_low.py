"""Organisations against how unlabelled news writes their words (derived
`entities_terms_written_low_derived.txt`, from `scripts/derive_terms_written_low.py`; GUIDELINES
§6: generic kinds, programmes and things are no entities). A model ORG of exactly a phrase the
corpus mostly writes in lowercase (`Menara Telekomunikasi`, `Era Digital`) is a term unless a
head opens it (`Pengadilan Banding`); one of exactly a phrase news capitalises for emphasis and
writes lowercase as often as not (`Bank Sentral`, `Rapat Kerja`, `Call Center`) is a kind,
unless a name goes on after it (`Angkatan Laut AS`); a place so written is left to the place
rules, and a body's own name is on neither list. Whole entity lists from `resolve_entities` on
invented sentences, the model's spans given, and the derivation's counting on invented lines."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from extract.resources import load_table

from .test_entities_news import _found

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_terms_written_low.py"


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a thing the model read as a body, then a district
        (
            "Pemkab mendata setiap Menara Telekomunikasi yang berdiri di Kecamatan Sukau.",
            [("Menara Telekomunikasi", "ORG"), ("Kecamatan Sukau", "LOC")],
            [("Kecamatan Sukau", "LOC", (60, 75))],
        ),
        # a theme's words
        (
            "Pelatihan itu mengajak guru bersiap menghadapi Era Digital bersama siswa.",
            [("Era Digital", "ORG")],
            [],
        ),
        # a service's words in a list
        (
            "Warga bisa memesan lewat Ojek Online atau datang langsung ke pasar.",
            [("Ojek Online", "ORG")],
            [],
        ),
        # a phrase capitalised for emphasis: a head opens it, no name goes on after
        (
            "Para pengusaha diminta bertanya langsung ke Bank Sentral soal likuiditas itu.",
            [("Bank Sentral", "ORG")],
            [],
        ),
        (
            "Usulan itu dibahas dalam Rapat Kerja yang berlangsung hingga malam.",
            [("Rapat Kerja", "ORG")],
            [],
        ),
        (
            "Keluhan pelanggan dapat disampaikan melalui Call Center yang buka setiap hari.",
            [("Call Center", "ORG")],
            [],
        ),
    ],
)
def test_a_term_the_corpus_writes_low_is_no_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a mostly-lowercase phrase a body's head opens
        (
            "Putusan itu dikuatkan Pengadilan Banding di Kuala Lumpur pekan lalu.",
            [("Pengadilan Banding", "ORG"), ("Kuala Lumpur", "LOC")],
            [("Pengadilan Banding", "ORG", (22, 40)), ("Kuala Lumpur", "LOC", (44, 56))],
        ),
        # an emphasised phrase opening a longer name stays: here a country's armed service, one
        # ORG with the country (`_with_armed_services`)
        (
            "Seorang perwira Angkatan Laut AS ikut dalam latihan gabungan itu.",
            [("Angkatan Laut", "ORG"), ("AS", "LOC")],
            [("Angkatan Laut AS", "ORG", (16, 32))],
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
def test_a_name_or_a_place_stays(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_the_list_holds_terms_by_their_count_and_no_body() -> None:
    kinds = {phrase: kind for kind, phrase in load_table("entities_terms_written_low_derived.txt")}
    assert {kinds[p] for p in ("menara telekomunikasi", "era digital", "ojek online")} <= {"low", "both"}
    assert {kinds[p] for p in ("bank sentral", "call center")} <= {"emphasis", "both"}
    assert kinds["rapat kerja"] in {"emphasis", "both"}
    names = {"dinas kesehatan", "kantor pos", "pengadilan negeri", "bank indonesia", "badan pusat statistik"}
    assert not (names | {"mahkamah agung", "the guardian"}) & kinds.keys()


def _script():
    spec = importlib.util.spec_from_file_location("derive_terms_written_low", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_derivation_counts_phrases_in_title_case_and_in_lowercase() -> None:
    counts = (collections.Counter(), collections.Counter(), collections.Counter())
    for line in (
        "Warga menunggu Pasar Murah di balai desa.",
        "Pasar murah digelar lagi, dan pasar murah itu ramai.",
        "Dinas Sosial membuka pasar murah 2025.",
    ):
        _script().count_line(line, *counts)
    title, mid, low = counts
    assert title["pasar murah"] == 1 and mid["pasar murah"] == 1 and low["pasar murah"] == 2
    assert title["dinas sosial"] == 1 and mid["dinas sosial"] == 0 and low["dinas sosial"] == 0
    assert low["murah 2025"] == 0  # a number breaks a phrase


def test_the_derivation_names_the_count_that_lists_a_phrase() -> None:
    script = _script()
    args = SimpleNamespace(
        min_lower=2, ratio=2.0, mid_min_capital=2, mid_min_lower=3, mid_ratio=0.5, mid_min_letters=4
    )
    counts = (collections.Counter(), collections.Counter(), collections.Counter())
    for line in (
        "Warga menghubungi Pusat Layanan kemarin, lalu menghubungi Pusat Layanan lagi.",
        "Kantor pusat layanan itu buka, pusat layanan baru juga, dan pusat layanan lama tutup.",
        "Toko Kelontong Ramai. Warga ke toko kelontong dan toko kelontong kecil.",
        "Akan Dibuka Besok. Pasar akan dibuka dan akan dibuka lagi.",
    ):
        script.count_line(line, *counts)
    stop = frozenset({"akan", "dan"})
    assert script.kind("pusat layanan", counts, stop, args) == "emphasis"
    assert script.kind("toko kelontong", counts, stop, args) == "low"
    assert script.kind("akan dibuka", counts, stop, args) == ""  # a function word opens it
    assert script.kind("dibuka besok", counts, stop, args) == ""  # never lowercase
