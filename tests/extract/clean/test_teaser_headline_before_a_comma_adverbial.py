"""A title-case teaser headline glued into a paragraph ends before a passive verb or a `-nya` word
closed by a comma that a lowercase word follows (issue 15, session 37 audit of unseen news-raw
pages): `… Rakor Dana Desa Dipaparkannya, ke 12 pekon …`, `… Hiburan Malam Harapannya, kegiatan
ini …` open the body's sentence again (before, the sentence lost its first words to the teaser,
or the headline's last words stayed glued to it). The same word with a capitalised word after it
is the headline's own (`Usai Dilantik, Bupati Minta …`).

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind

LEDE = (
    "Pemerintah Kabupaten Lampung Barat menyalurkan dana desa tahap pertama kepada 12 pekon, "
    "Jumat (20/3/2020)."
)


@pytest.mark.parametrize(
    ("teaser", "sentence"),
    [
        (
            "Baca Juga Plt Peratin Resmi DilantikDana Desa Tahap I Mulai Cair Pekan IniWabup Hadiri Rakor",
            "Dipaparkannya, ke 12 pekon itu tersebar di lima kecamatan.",
        ),
        (
            "Baca Juga: Perayaan Hari Kemerdekaan, Camat Suoh Minta Warga Taati Aturan Hiburan Malam",
            "Harapannya, kegiatan ini dapat memperkokoh rasa kebangsaan warga.",
        ),
        # a guard: the teaser ended here before `_comma_adverbial` too (`untuk`, lowercase, keeps the
        # headline's reading; `Tujuannya,` was never its word)
        (
            "Baca: Warga Sesalkan Kegiatan Pasar Malam untuk Kampanye Politik",
            "Tujuannya, memudahkan pedagang kecil menjual dagangannya.",
        ),
    ],
    ids=[
        "passive-nya-after-glued-headlines",
        "nya-after-a-comma-headline",
        "guard-held-before-nya-after-a-function-word",
    ],
)
def test_the_teaser_ends_before_a_comma_adverbial(teaser: str, sentence: str) -> None:
    page = clean(f"{LEDE} {teaser} {sentence}\n")
    assert page.text == f"{LEDE} {sentence}"
    assert page.boilerplate == (Boilerplate(line=1, text=teaser, kind=LineKind.RELATED),)


def test_a_passive_verb_and_a_comma_inside_the_headline_stay_in_it() -> None:
    teaser = "Baca Juga: Usai Dilantik, Bupati Minta Camat Turun ke Desa"
    sentence = "Kepala Dinas Kesehatan mengatakan vaksinasi berjalan lancar."
    page = clean(f"{LEDE} {teaser} {sentence}\n")
    assert page.text == f"{LEDE} {sentence}"
    assert page.boilerplate == (Boilerplate(line=1, text=teaser, kind=LineKind.RELATED),)


def test_a_page_written_twice_keeps_the_adverbial_out_of_a_name() -> None:
    """A page that repeats its paragraph (news-raw 4494) writes `Dana Desa Dipaparkannya` twice: the
    headline's last word and the adverbial are no one name said again, and the teaser keeps `Desa`."""
    teaser = (
        "Baca Juga Plt Peratin Resmi DilantikDana Desa Tahap I Mulai Cair Pekan IniWabup Hadiri Rakor "
        "Dana Desa"
    )
    sentence = "Dipaparkannya, ke 12 pekon itu tersebar di lima kecamatan."
    again = f"Sebelumnya Dana Desa {sentence}"
    page = clean(f"{LEDE} {teaser} {sentence} {again}\n")
    assert page.text == f"{LEDE} {sentence} {again}"
    assert page.boilerplate == (Boilerplate(line=1, text=teaser, kind=LineKind.RELATED),)


@pytest.mark.xfail(
    strict=True,
    reason="a spaced colon inside glued headlines (`MusrenbangSekda : Ini …`) stops the title-case "
    "reading: the last headline's words stay glued to the body (news-raw 4454)",
)
def test_glued_headlines_with_a_spaced_colon_end_before_the_body() -> None:
    teaser = (
        "Baca Juga Bupati Ingatkan Pentingnya MusrenbangSekda : Ini Untuk Kepentingan Warga Bukan "
        "GolonganIni Pesan Wabup Saat Pasang Stiker PKH"
    )
    sentence = "Kata dia, bibit pohon buah-buahan itu bersumber dari anggaran daerah."
    page = clean(f"{LEDE} {teaser} {sentence}\n")
    assert page.text == f"{LEDE} {sentence}"
