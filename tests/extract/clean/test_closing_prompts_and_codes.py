"""Furniture closing an article's last paragraph on unseen news (issue 15): a link to the rest in
brackets or after a colon, an arrow to a link, an ad player's script, a desk's shouted code with
its reporter's number, and the tag strip after it, stacked one behind the other."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "SORONG – Dinas Perikanan Kota Sorong membagikan 250 jaring kepada nelayan di Kampung Baru, "
    "Kamis (7/3/2024)."
)
MIDDLE = (
    "Kepala dinas mengatakan jaring itu dibeli dari anggaran daerah tahun ini dan dibagikan kepada "
    "kelompok nelayan yang sudah terdaftar."
)
LAST = "Bantuan serupa akan disalurkan ke tiga distrik lain pada bulan depan."


def _page(last: str) -> str:
    """A scraped article on one line, as a corpus of cleaned text holds it, furniture glued on."""
    return LEDE + " " + MIDDLE + " " + last + "\n"


@pytest.mark.parametrize(
    ("tail", "cut", "kind"),
    [
        (" (Halaman selengkapnya di sini)", "(Halaman selengkapnya di sini)", "related"),
        (
            " Pembagian itu terekam dalam video ini: BACA SELENGKAPNYA DI SINI",
            "BACA SELENGKAPNYA DI SINI",
            "related",
        ),
        (
            " >>> Link siaran langsung Persipura vs Persib 19.00 WIT---->",
            ">>> Link siaran langsung Persipura vs Persib 19.00 WIT---->",
            "related",
        ),
        (" Halaman selanjutnya ======>>>>>>", "Halaman selanjutnya ======>>>>>>", "navigation"),
        (
            " var vid_w = 640;var vid_h = 360;var vid_skip = 5;",
            "var vid_w = 640;var vid_h = 360;var vid_skip = 5;",
            "navigation",
        ),
    ],
    ids=["bracketed-rest-link", "rest-link-after-colon", "arrow-link", "next-page-arrows", "player-script"],
)
def test_closing_link_prompts_are_cut(tail: str, cut: str, kind: str) -> None:
    page = clean(_page(LAST + tail))
    assert Boilerplate(1, cut, kind) in page.boilerplate
    assert page.text.endswith((LAST + tail)[: -len(cut)].rstrip())


@pytest.mark.parametrize(
    ("tail", "byline", "cuts"),
    [
        (" (OL-09)", "OL-09", [Boilerplate(1, "(OL-09)", "byline")]),
        (
            " (SB-07) #sorong-kota",
            "SB-07",
            [Boilerplate(1, "#sorong-kota", "tags"), Boilerplate(1, "(SB-07)", "byline")],
        ),
        (
            " (SB-07) #sorong-kota Sumber Berita: Under Creative Commons License: Attribution",
            "SB-07",
            [Boilerplate(1, "#sorong-kota", "tags"), Boilerplate(1, "(SB-07)", "byline")],
        ),
    ],
    ids=["desk-code", "code-then-tag", "code-tag-and-licence"],
)
def test_shouted_desk_code_closing_the_article_is_the_byline(tail: str, byline: str, cuts: list) -> None:
    page = clean(_page(LAST + tail))
    assert page.byline == byline
    assert all(c in page.boilerplate for c in cuts)
    assert page.text.endswith("pada bulan depan.")


@pytest.mark.parametrize(
    "last",
    [
        "Vaksinasi itu bagian dari pencegahan penularan virus corona. (COVID-19)",  # a disease's name
        "Tim nelayan muda akan bertanding di kelompok usia di bawah 17 tahun. (U-17)",  # an age group
        "Warga dapat melihat daftar penerima selengkapnya di kantor distrik.",  # a sentence, no prompt
        'Ia menulis, "Terima kasih nelayan #sorongkuat," di akun pribadinya.',  # a hashtag in a quote
    ],
    ids=["disease-code", "age-group", "sentence-with-selengkapnya", "hashtag-inside-quote"],
)
def test_lookalikes_stay_in_the_body(last: str) -> None:
    page = clean(_page(last))
    assert page.byline is None
    assert page.text.endswith(last)
