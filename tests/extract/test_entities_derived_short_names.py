"""Bodies the model leaves untagged, named by a short name that warta's records of unlabelled news
tag ORG wherever the model tags them (entities_org_acronyms_derived.txt, derived by
scripts/derive_known_bodies.py): an ORG standing alone, where nothing else covers it. Whole entity
lists with spans from `resolve_entities` on invented sentences, and cases that must give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _out


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
