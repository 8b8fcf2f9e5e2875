"""A title-case dateline run into the lede behind a headline glued before it with a space (issue 15;
news-raw: the fact-check pages' flattened headers): `… Bawa ke Dokter Saja! Jakarta - Ada perilaku …`.
No rule reads it: the one that did (a known region in title case before a dash, the words before it a
headline's) gained 5 pages of news-raw and read a road between two places, a region that ends a
name begun before it, an acronym's bracket and an outlet's name before the place as a dateline too
(review of s40-dates), so those pages must give nothing and these stay known misses.

Invented pages of the constructions these sites print (other headlines, places and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

LEDE = "Ada kebiasaan warga menusuk jari orang yang terserang stroke dengan jarum, kata dokter itu."


@pytest.mark.xfail(strict=True, reason="a title-case dateline behind a glued headline is not read")
@pytest.mark.parametrize(
    "head",
    [
        "Cara Keliru Menolong Orang Terserang Stroke - detikSehat",
        "Bukan Tusuk Jari, Ini Pertolongan Pertama Stroke (dok: Arsip)",
        "Layar Ponsel iPhone Baru Mudah Retak",
    ],
    ids=["channel-after-dash", "caption-credit", "camel-cased-name"],
)
def test_a_titled_place_behind_a_glued_headline_is_the_dateline(head: str) -> None:
    page = clean(f"{head} Jakarta - {LEDE}\n")
    assert page.dateline == Dateline(place="Jakarta", outlet=None)
    assert page.text.endswith(LEDE)


def test_a_question_glued_before_the_dateline_is_the_title() -> None:
    # a question's mark ends the headline: the line opens with a title, its dateline after it
    head = "Benarkah Tusuk Jari Bisa Menolong Pasien Stroke?"
    page = clean(f"{head} Jakarta - {LEDE}\n")
    assert (page.title, page.dateline, page.byline, page.published) == (
        head,
        Dateline(place="Jakarta", outlet=None),
        None,
        None,
    )
    assert page.text == f"Jakarta - {LEDE}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, head, LineKind.TITLE)]


@pytest.mark.xfail(strict=True, reason="an outlet's dateline behind a glued headline is not read")
def test_an_outlets_dateline_behind_a_glued_headline() -> None:
    # the same lede on its own line gives the outlet (GUIDELINES §1)
    lede = "Ada perilaku keliru yang sering dilakukan warga saat menolong orang terserang stroke."
    page = clean(f"Cara Keliru Menolong Orang Terserang Stroke detikNews Jakarta - {lede}\n")
    assert (page.dateline, page.text) == (Dateline(place="Jakarta", outlet="detikNews"), lede)


@pytest.mark.parametrize(
    "line",
    [
        # a road between two places
        "Kemacetan panjang terjadi di ruas Tol Jakarta - Cikampek sejak pagi karena perbaikan jalan.",
        "Kemacetan di Gerbang Tol Cikarang Utama Tol Jakarta - Cikampek mengular hingga 10 kilometer, "
        "Jumat malam.",
        # a place inside a sentence, lowercase words before it
        "Sebagian besar warga yang tinggal di Jakarta - Mereka bekerja sebagai pedagang di pasar kota itu.",
        # the place ends a name begun before it
        "Ratusan Rumah Rusak Diterjang Banjir Bandang di Kabupaten Garut - Warga mengungsi ke masjid dan "
        "sekolah terdekat sejak Senin.",
        "Gempa Magnitudo 5,6 Guncang Kabupaten Cianjur Jawa Barat - Ratusan rumah warga rusak berat "
        "akibat guncangan itu.",
        # an acronym's bracket inside a name, a match between two clubs
        "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Garut - Satria Budi - mengatakan banjir "
        "merendam ratusan rumah warga sejak Senin malam.",
        "Gubernur Daerah Khusus Ibukota (DKI) Jakarta - Pramono Anung meresmikan taman kota baru di "
        "Jakarta Selatan, Senin.",
        "Hasil Akhir Pertandingan Pekan Ketiga Liga 1 Indonesia Antara Persija Jakarta - Persib Bandung "
        "berakhir imbang 1-1 di Stadion Gelora Bung Karno.",
    ],
    ids=[
        "road",
        "road-after-a-gate",
        "inside-a-sentence",
        "regency-after-di",
        "province-after-regency",
        "bracket-of-an-official",
        "bracket-of-a-governor",
        "match-between-clubs",
    ],
)
def test_no_titled_dateline_where_no_headline_is_glued(line: str) -> None:
    page = clean(f"{line}\n")
    assert (page.title, page.dateline, page.byline, page.published) == (None, None, None, None)
    assert (page.text, page.boilerplate) == (line, ())


def test_no_titled_dateline_in_a_digest_of_headlines() -> None:
    line = (
        "Petani Lampung Pakai Satelit untuk Pantau Sawah Indonesia - Warta Channel Riset Baru Bantu "
        "Skrining TB Lebih Cepat - Kabar Sehat Pemerintah Dorong Vaksin"
    )
    page = clean(f"{line}\n")
    # the digest's one line reads as the page's title: no dateline, no body
    assert (page.title, page.dateline, page.byline, page.published) == (line, None, None, None)
    assert page.text == ""
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(1, line, LineKind.TITLE)]
