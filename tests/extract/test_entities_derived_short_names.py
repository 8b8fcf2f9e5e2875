"""Bodies the model leaves untagged, named by a short name that warta's records of unlabelled news
tag ORG wherever the model tags them (entities_org_acronyms_derived.txt, derived by
scripts/derive_known_bodies.py): an ORG standing alone, where nothing else covers it. Whole entity
lists with spans from `resolve_entities` on invented sentences, and cases that must give nothing."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

import pytest

from .test_entities_news import _out

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_known_bodies.py"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pemerintah daerah bersama TPID rutin memantau harga beras di pasar tradisional.",
            [("TPID", "ORG", (26, 30))],
        ),
        (
            "Menurut laporan AFP, kedua negara sepakat memperpanjang gencatan senjata.",
            [("AFP", "ORG", (16, 19))],
        ),
        (
            "Bapanas akan menyerap 3.000 ton bawang merah dari petani pekan depan.",
            [("Bapanas", "ORG", (0, 7))],
        ),
        (
            "Rapat itu juga dihadiri jajaran Forkopimda dan para camat.",
            [("Forkopimda", "ORG", (32, 42))],
        ),
        (
            "Usulan itu diteruskan ke DPMP sebelum anggarannya dicairkan.",
            [("DPMP", "ORG", (25, 29))],
        ),
        (
            "Anggota MKMK membacakan putusan etik itu pada Selasa sore.",
            [("MKMK", "ORG", (8, 12))],
        ),
        (
            "Seperti dikutip BBC, para peneliti masih menunggu hasil uji laboratorium.",
            [("BBC", "ORG", (16, 19))],
        ),
        # labelled ORG in the NER corpora's train splits, untagged by the model
        (
            "Penyidik meminta data transaksi mencurigakan itu kepada PPATK pekan lalu.",
            [("PPATK", "ORG", (56, 61))],
        ),
    ],
)
def test_a_derived_short_name_alone_is_a_body(text: str, expected: list) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a listed name in lowercase is a common word (`koi` the fish)
        "Warga memelihara ikan koi dan ikan mas di kolam belakang rumah.",
        # a brand whose lone uses mostly name a product was left out of the list
        "Polisi menyita dua motor Ducati dari rumah tersangka.",
    ],
)
def test_a_common_word_or_an_unlisted_brand_gives_nothing(text: str) -> None:
    assert _out(text) == []


@pytest.mark.xfail(strict=True, reason="a listed short name inside a variety's name is read as the body")
def test_a_short_name_inside_a_variety_name_is_no_body() -> None:
    assert _out("Petani menanam varietas Cabai IPB CH3 di lahan seluas dua hektare.") == []


# learned from the corpus spelling them out in brackets after a body's name (`--spelled`)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komdigi memblokir ratusan situs judi daring sepanjang bulan lalu.",
            [("Komdigi", "ORG", (0, 7))],
        ),
        (
            "Laporan terbaru NOAA memperkirakan El Nino menguat menjelang akhir tahun.",
            [("NOAA", "ORG", (16, 20))],
        ),
        (
            "Warga mengadukan kasus itu ke MKD pekan lalu.",
            [("MKD", "ORG", (30, 33))],
        ),
        # a building named after the body names no place where the name stands alone
        (
            "Rapat itu digelar di Wisma Danantara, Jakarta Selatan. "
            "Danantara menyatakan siap membiayai proyek tersebut.",
            [
                ("Wisma Danantara", "LOC", (21, 36)),
                ("Jakarta Selatan", "LOC", (38, 53)),
                ("Danantara", "ORG", (55, 64)),
            ],
        ),
        (
            "Penumpang menunggu di Stasiun KCIC Halim sejak pagi. KCIC menambah dua jadwal perjalanan.",
            [("Stasiun KCIC Halim", "LOC", (22, 40)), ("KCIC", "ORG", (53, 57))],
        ),
        # an embassy's short name was left out: the article's own brackets keep it an entry
        (
            "Kedutaan Besar Republik Indonesia (KBRI) di Canberra mengeluarkan imbauan bagi WNI.",
            [
                ("Kedutaan Besar Republik Indonesia", "ORG", (0, 33)),
                ("KBRI", "ORG", (35, 39)),
                ("Canberra", "LOC", (44, 52)),
            ],
        ),
    ],
)
def test_a_short_name_the_corpus_spells_out_is_a_body(text: str, expected: list) -> None:
    assert _out(text) == expected


def test_a_stock_code_spelled_out_somewhere_gives_nothing() -> None:
    assert _out("Saham GOTO ditutup melemah dua persen pada sesi pertama.") == []


def _script():
    spec = importlib.util.spec_from_file_location("derive_known_bodies", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_derivation_reads_a_bracketed_short_name_after_a_tagged_name() -> None:
    text = "Mahkamah Kehormatan Dewan (MKD) dan Kabupaten Lampung Barat (Lambar) bertemu."
    ents = [
        {"text": "Mahkamah Kehormatan Dewan", "label": "ORG", "span": [0, 25]},
        {"text": "Kabupaten Lampung Barat", "label": "LOC", "span": [36, 59]},
    ]
    assert _script().spelled_after(text, ents) == {"MKD": "ORG", "Lambar": "LOC"}


def test_a_name_spelled_out_as_a_place_as_often_is_not_learned() -> None:
    spelled_out = _script().spelled_out
    assert spelled_out(collections.Counter(spelled=4, ORG=2, PER=6), 3)
    assert not spelled_out(collections.Counter(spelled=19, spelled_other=49), 3)
    assert not spelled_out(collections.Counter(spelled=5, ORG=1, LOC=3), 3)
    assert not spelled_out(collections.Counter(spelled=2), 3)
