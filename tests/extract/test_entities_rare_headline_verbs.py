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

from .test_entities_news import _found

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_headline_verbs.py"


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


# --- spelled-out bodies with an unlisted bracketed short name


def test_a_spelled_school_and_its_short_name_are_bodies() -> None:
    text = (
        "Siswa baru belajar di Sekolah Teknik Perkapalan Madya (STPM) sejak Senin. "
        "Kepala STPM Kota Agung mengatakan para taruna STPM juga berlatih di laut."
    )
    model = [("Sekolah Teknik Perkapalan Madya", "LOC"), ("Kota Agung", "LOC")]
    assert _found(text, model) == [
        ("Sekolah Teknik Perkapalan Madya", "ORG", (22, 53)),
        ("STPM Kota Agung", "ORG", (81, 96)),
        ("STPM", "ORG", (120, 124)),
    ]


def test_a_spelled_committee_is_a_body_wherever_its_short_name_stands() -> None:
    text = "Komite Renang Pelajar Nusantara (KRPN) menggelar rapat. Menurut KRPN, lomba digelar Mei."
    model = [("Komite Renang Pelajar Nusantara", "ORG")]
    assert _found(text, model) == [
        ("Komite Renang Pelajar Nusantara", "ORG", (0, 31)),
        ("KRPN", "ORG", (33, 37)),  # the bracketed short name ending the name: its own entry (§6)
        ("KRPN", "ORG", (64, 68)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a group of common words is a kind (`_group_kind`)
        "Desa itu membentuk Kelompok Pengelola Sampah Warga (KPSW). Kini KPSW bekerja tiap pekan.",
        # two letters are a kind's as often
        "Pemerintah membuka Sekolah Gratis (SG) baru. Murid SG mendapat seragam.",
        # counted: a kind
        "Setiap Satuan Pengolah Air Bersih (SPAB) dijaga warga. Saat ini ada 12 SPAB di kota itu.",
        # a name after the short name: a kind that names its members
        "Ia memimpin Koperasi Nelayan Pantai (KNP) di desanya. KNP Sinar Laut kini punya kapal. KNP tumbuh.",
    ],
)
def test_a_kinds_short_name_alone_is_no_body(text: str) -> None:
    short = text[text.index("(") + 1 : text.index(")")]
    last = text.rindex(short)
    assert all(span[0] != last for _, _, span in _found(text, []))


@pytest.mark.xfail(strict=True, reason="a model place spelled before the short name keeps the region apart")
def test_a_spelled_school_with_its_region_after_the_bracket_is_one_body() -> None:
    text = "Ia belajar di Sekolah Teknik Perkapalan Madya (STPM) Kota Agung sejak tahun lalu."
    model = [("Sekolah Teknik Perkapalan Madya", "LOC"), ("Kota Agung", "LOC")]
    assert _found(text, model) == [("Sekolah Teknik Perkapalan Madya (STPM) Kota Agung", "ORG", (14, 63))]


@pytest.mark.xfail(strict=True, reason="a kind of bank spelled with an organisation's word reads as a body")
def test_a_kind_of_bank_spelled_out_is_no_body() -> None:
    text = "Aturan itu membedakan Bank Umum Daerah (BUD) dari bank lain. BUD wajib melapor tiap bulan."
    assert all(span[0] != text.rindex("BUD") for _, _, span in _found(text, []))
