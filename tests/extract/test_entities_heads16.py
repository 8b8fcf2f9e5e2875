"""Organisations read on news-raw lines with newly derived headline verbs (session 16, heads16):
a headline's verb capitalised only twice in the corpus still ends the body's name before it
(`Adakan`, `Lunasi`, `Telan`), and a colloquial verb that opens with `ng` lends its `meN-` form
to no list, so a place named by that form keeps it (`Way Mengaku`). Whole entity lists from
`resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extract.text.words import word_set

from .test_entities_news import _at, _out

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_headline_verbs.py"


def _found(text: str, model: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return [(t, str(label), span) for t, label, span in _out(text, [_at(text, p, lab) for p, lab in model])]


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Dinas Peternakan Tubaba Adakan Pelatihan Ternak Sapi. Pelatihan digelar dua hari.",
            [("Dinas Peternakan Tubaba Adakan Pelatihan Ternak Sapi", "ORG")],
            [("Dinas Peternakan Tubaba", "ORG", (0, 23))],
        ),
        (
            "Proyek Drainase Kota Metro Telan Rp2,1 Miliar. Pekerjaan dimulai bulan depan.",
            [("Kota Metro Telan", "LOC")],
            [("Kota Metro", "LOC", (16, 26))],
        ),
    ],
)
def test_a_rare_headline_verb_ends_the_name_before_it(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_place_named_by_a_colloquial_verbs_men_form_keeps_it() -> None:
    text = "Warga Kelurahan Way Mengaku bergotong royong membersihkan saluran air pada Minggu."
    model = [("Kelurahan Way Mengaku", "LOC")]
    assert _found(text, model) == [("Kelurahan Way Mengaku", "LOC", (6, 27))]


def test_a_cooperatives_own_verb_words_stay_in_its_name() -> None:
    text = "Pengurus Koperasi Simpan Pinjam Sejahtera Bersama menyalurkan pinjaman."
    model = [("Koperasi Simpan Pinjam Sejahtera Bersama", "ORG")]
    assert _found(text, model) == [("Koperasi Simpan Pinjam Sejahtera Bersama", "ORG", (9, 49))]


def _script():
    spec = importlib.util.spec_from_file_location("derive_headline_verbs", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    ("root", "expected"), [("ngaku", True), ("ngamuk", True), ("nilai", False), ("gelar", False)]
)
def test_a_root_opening_with_ng_is_colloquial(root: str, expected: bool) -> None:
    assert _script().colloquial(root) is expected


def test_the_list_holds_the_rare_verbs_and_no_colloquial_men_form() -> None:
    verbs = word_set("entities_headline_verbs.txt")
    assert {"adakan", "lunasi", "telan", "diadakan"} <= verbs
    assert not {"ngaku", "mengaku", "mengamuk"} & verbs
