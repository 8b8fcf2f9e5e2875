"""A name the unlabelled news writes after a product's noun far more often than as a body
(entities_products_derived.txt, from `scripts/derive_products.py`) names a product, an app, a game
or a feature even where the article writes no such noun: no body and no place (GUIDELINES §6:
products, brands as products and platforms are no entities). An article that writes the name as a
body keeps it: after a body's kind or `pihak`, or before a verb of speech or report. A maker is no
listed product (`Samsung`), and a place's name is never listed. Whole entity lists from
`resolve_entities` on invented sentences, with the model's entities given; the derivation on
invented records."""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
from pathlib import Path

import pytest

from extract.resources import load_lines
from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_products.py"


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Pemain asal Bogor menjuarai turnamen PUBG Mobile tingkat nasional di Jakarta.",
            [("Bogor", "LOC"), ("PUBG Mobile", "ORG"), ("Jakarta", "LOC")],
            [("Bogor", "LOC", (12, 17)), ("Jakarta", "LOC", (69, 76))],
        ),
        (
            "Pemain asal Medan itu kembali tampil di nomor Tekken7 pada hari kedua.",
            [("Medan", "LOC"), ("Tekken7", "ORG")],
            [("Medan", "LOC", (12, 17))],
        ),
        (
            "Pengguna bisa membuka Chrome lalu menyalin tautan pendaftaran itu.",
            [("Chrome", "ORG")],
            [],
        ),
        # the model reads a product after `di` as a place: the list holds no region's name
        (
            "Fitur baru itu belum tentu berjalan di Chromebook lama milik sekolah di Depok.",
            [("Chromebook", "LOC"), ("Depok", "LOC")],
            [("Depok", "LOC", (72, 77))],
        ),
    ],
)
def test_a_name_the_corpus_writes_as_a_product_is_none(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a maker is no listed product, whatever product it makes
        (
            "Samsung meluncurkan ponsel baru di Jakarta pekan ini.",
            [("Samsung", "ORG"), ("Jakarta", "LOC")],
            [("Samsung", "ORG", (0, 7)), ("Jakarta", "LOC", (35, 42))],
        ),
        # a listed name acting as a body: before a verb of speech, after `pihak`
        (
            "PUBG Mobile mengumumkan jadwal turnamen nasional musim ini.",
            [("PUBG Mobile", "ORG")],
            [("PUBG Mobile", "ORG", (0, 11))],
        ),
        (
            "Panitia sudah menghubungi pihak PUBG Mobile soal hadiah turnamen.",
            [("PUBG Mobile", "ORG")],
            [("PUBG Mobile", "ORG", (32, 43))],
        ),
    ],
)
def test_a_maker_or_a_listed_name_acting_as_a_body_stays(text: str, model: list, expected: list) -> None:
    assert _out(text, _model(text, model)) == expected


def test_the_list_holds_products_and_no_maker() -> None:
    listed = set(load_lines("entities_products_derived.txt"))
    assert {"PUBG Mobile", "Tekken7", "Chrome"} <= listed
    assert not {"Samsung", "Apple", "Mercedes-Benz", "Transjakarta", "Gojek"} & listed


def _script():
    spec = importlib.util.spec_from_file_location("derive_products", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records(tmp_path: Path, texts: list[str], orgs: list[str]) -> Path:
    path = tmp_path / "records.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for k, text in enumerate(texts):
            ents = [
                {"text": o, "label": "ORG", "span": [text.find(o), text.find(o) + len(o)]}
                for o in orgs
                if o in text
            ]
            f.write(json.dumps({"doc_id": f"nr{k:05d}", "text": text, "entities": ents}) + "\n")
    return path


def test_the_derivation_lists_products_not_makers_places_or_held_out_lines(tmp_path: Path) -> None:
    texts = [
        "Warga bermain Lumino setiap malam.",
        "Remaja mengunduh aplikasi Lumino di ponsel.",
        "Gim Lumino kini hadir dengan mode baru.",
        "Harga ponsel Samsung turun. Perusahaan Samsung menambah pabrik.",
        "Samsung mengumumkan laba. Pengguna ponsel Samsung bertambah.",
        "Pihak Samsung menyatakan siap.",
        "Mobil Bandung itu menang. Warga membeli mobil Bandung lagi.",
        "Pengemudi mobil Bandung ditilang.",
        "Sopir mobil Bandung ditilang di Bogor.",
        "Pemain memainkan Norva di konsol.",
        "Anak bermain Norva semalaman.",
    ]
    path = _records(tmp_path, texts, ["Lumino", "Samsung", "Bandung", "Norva"])
    script = _script()
    args = argparse.Namespace(min=2, dominance=3.0, share=0.4)
    tagged = script.tagged_names(path, frozenset())
    assert [name for name, _, _ in script.candidates(path, frozenset(), tagged, args)] == ["Lumino", "Norva"]
    held = frozenset({9})  # the test set's lines are never read: `Norva` keeps one article
    tagged = script.tagged_names(path, held)
    assert [name for name, _, _ in script.candidates(path, held, tagged, args)] == ["Lumino"]
    assert isinstance(tagged, collections.Counter)


_RELEASE = (
    "Warga kota kini dapat mengunduh aplikasi Lumino untuk memesan layanan kebersihan rumah secara daring. "
    "Pengelola layanan itu menyebut jumlah pemesanan naik tajam sejak awal tahun karena banyak keluarga "
    "muda yang sibuk bekerja dari pagi hingga malam. Setiap petugas kebersihan sudah mengikuti pelatihan "
    "selama dua pekan dan membawa peralatan sendiri ke rumah pelanggan. Pembayaran bisa dilakukan lewat "
    "transfer bank maupun dompet digital, dan pelanggan dapat menilai petugas setelah pekerjaan selesai. "
    "Layanan itu kini tersedia di tiga kecamatan dan akan diperluas ke seluruh kota pada akhir tahun depan."
)


@pytest.mark.parametrize(
    ("texts", "held", "expected"),
    [
        # one release run by two outlets, a word changed: one article, below `--min`
        ([_RELEASE, _RELEASE.replace("tajam", "pesat")], frozenset(), []),
        # two articles written apart
        ([_RELEASE, "Remaja bermain Lumino dan memakai aplikasi Lumino tiap hari."], frozenset(), ["Lumino"]),
        # a copy of a held-out article is skipped as the article is
        (
            [_RELEASE, _RELEASE.replace("tajam", "pesat"), "Remaja memakai aplikasi Lumino tiap hari."],
            frozenset({0}),
            [],
        ),
    ],
)
def test_the_derivation_counts_a_copied_article_once(
    tmp_path: Path, texts: list, held: frozenset, expected: list
) -> None:
    path = _records(tmp_path, texts, ["Lumino"])
    script = _script()
    args = argparse.Namespace(min=2, dominance=3.0, share=0.4)
    tagged = script.tagged_names(path, held)
    assert [name for name, _, _ in script.candidates(path, held, tagged, args)] == expected
