"""Organisations against how unlabelled news writes their words: a model ORG of exactly the
words of a phrase the corpus mostly writes in lowercase (`Menara Telekomunikasi`, `Era
Digital`: entities_terms_written_low_derived.txt, from `scripts/derive_terms_written_low.py`)
is a term, no body (GUIDELINES §6: generic kinds, programmes and things are no entities); one a
body's head opens stays (`Pengadilan Banding`). Whole entity lists from `resolve_entities` on
invented sentences, the model's spans given, and the derivation's counting on invented lines."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

import pytest

from extract.text.words import word_set

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
    ],
)
def test_a_term_the_corpus_writes_low_is_no_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_body_a_head_opens_stays() -> None:
    text = "Putusan itu dikuatkan Pengadilan Banding di Kuala Lumpur pekan lalu."
    model = [("Pengadilan Banding", "ORG"), ("Kuala Lumpur", "LOC")]
    assert _found(text, model) == [("Pengadilan Banding", "ORG", (22, 40)), ("Kuala Lumpur", "LOC", (44, 56))]


def _script():
    spec = importlib.util.spec_from_file_location("derive_terms_written_low", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_derivation_counts_phrases_in_title_case_and_in_lowercase() -> None:
    title: collections.Counter = collections.Counter()
    low: collections.Counter = collections.Counter()
    for line in (
        "Warga menunggu Pasar Murah di balai desa.",
        "Pasar murah digelar lagi, dan pasar murah itu ramai.",
        "Dinas Sosial membuka pasar murah 2025.",
    ):
        _script().count_line(line, title, low)
    assert title["pasar murah"] == 1 and low["pasar murah"] == 2
    assert title["dinas sosial"] == 1 and low["dinas sosial"] == 0
    assert low["murah 2025"] == 0  # a number breaks a phrase


def test_the_list_holds_terms_and_no_body() -> None:
    terms = word_set("entities_terms_written_low_derived.txt")
    assert {"menara telekomunikasi", "era digital", "ojek online"} <= terms
    assert not {"dinas kesehatan", "kantor pos", "pengadilan negeri", "bank indonesia"} & terms
