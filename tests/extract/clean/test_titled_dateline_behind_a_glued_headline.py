"""A title-case dateline run into the lede behind a headline glued before it with a space (issue 15;
news-raw: the fact-check pages' flattened headers, 5 right, none wrong): `… Bawa ke Dokter Saja!
Jakarta - Ada perilaku …`. A road between two places, a place inside a sentence and a digest of
headlines and their outlets give none.

Invented pages of the constructions these sites print (other headlines, places and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = "Ada kebiasaan warga menusuk jari orang yang terserang stroke dengan jarum, kata dokter itu."


@pytest.mark.parametrize(
    "head",
    [
        "Cara Keliru Menolong Orang Terserang Stroke - detikSehat",
        "Benarkah Tusuk Jari Bisa Menolong Pasien Stroke?",
        "Bukan Tusuk Jari, Ini Pertolongan Pertama Stroke (dok: Arsip)",
        "Layar Ponsel iPhone Baru Mudah Retak",
    ],
    ids=["channel-after-dash", "question", "caption-credit", "camel-cased-name"],
)
def test_a_titled_place_behind_a_glued_headline_is_the_dateline(head: str) -> None:
    page = clean(f"{head} Jakarta - {LEDE}\n")
    assert page.dateline == Dateline(place="Jakarta", outlet=None)
    assert page.text.endswith(LEDE)


@pytest.mark.parametrize(
    "line",
    [
        # a road between two places
        "Kemacetan panjang terjadi di ruas Tol Jakarta - Cikampek sejak pagi karena perbaikan jalan.",
        # a place inside a sentence, lowercase words before it
        "Sebagian besar warga yang tinggal di Jakarta - Mereka bekerja sebagai pedagang di pasar kota itu.",
        # a digest: a headline, its outlet after the dash, the next headline
        "Petani Lampung Pakai Satelit untuk Pantau Sawah Indonesia - Warta Channel Riset Baru Bantu "
        "Skrining TB Lebih Cepat - Kabar Sehat Pemerintah Dorong Vaksin",
    ],
    ids=["road", "inside-a-sentence", "digest"],
)
def test_no_titled_dateline_where_no_headline_is_glued(line: str) -> None:
    page = clean(f"{line}\n")
    assert page.dateline is None
    assert page.text == line or " - Warta Channel " in line  # a digest's lines are no body either
