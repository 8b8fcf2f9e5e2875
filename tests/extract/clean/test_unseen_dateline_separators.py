"""Datelines and ad slots of regional outlets the first rules never saw (issue 15, session 6).

Reviewed on 28 scraped pages of regional portals, district military and police news: a bar or
a tilde where others put the dash (`Simalungun | …`, `Kempo, DorobataNews.net ~…`), the
masthead before the place (`Warta.in, Purwakarta –`, `PENGAWAL | LABUHANBATU -`), a masthead
named `Portal …`, and a template's sized ad slot (`750 x 100 AD PLACEMENT`) left between
paragraphs. The pages below are written in the same style, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Babinsa Bersama Warga Perbaiki Jalan Dusun yang Rusak\n"
LEDE = (
    "Babinsa Koramil setempat bersama warga Dusun III memperbaiki jalan desa yang berlubang "
    "sepanjang 300 meter, Kamis (5/2/2026).\n"
)
REST = (
    "Kegiatan itu dilakukan secara swadaya oleh masyarakat dengan bahan material dari desa.\n"
    "“Kami berharap jalan ini bisa segera dipakai lagi oleh anak-anak yang berangkat sekolah,” "
    "kata Kepala Desa.\n"
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Simalungun | ", Dateline(place="Simalungun", outlet=None)),
        ("SIMALUNGUN | ", Dateline(place="Simalungun", outlet=None)),
        ("Pemalang, Kabarsatu.net ~", Dateline(place="Pemalang", outlet="Kabarsatu.net")),
        ("Purwakarta ~ ", Dateline(place="Purwakarta", outlet=None)),
        ("Kabarku.in, Purwakarta – ", Dateline(place="Purwakarta", outlet="Kabarku.in")),
        ("PELITA | LABUHANBATU - ", Dateline(place="Labuhanbatu", outlet="Pelita")),
        ("Pelita | Simalungun – ", Dateline(place="Simalungun", outlet="Pelita")),
        ("PORTAL SUMBAR – ", Dateline(place=None, outlet="Portal Sumbar")),
    ],
    ids=[
        "bar",
        "bar-shouted",
        "tilde-glued-after-outlet",
        "tilde-spaced",
        "short-domain-before-place",
        "masthead-bar-place-dash",
        "masthead-bar-place-title-case",
        "portal-masthead",
    ],
)
def test_dateline_separators_and_mastheads_first(opening: str, dateline: Dateline) -> None:
    page = clean(TITLE + opening + LEDE + REST)
    assert page.title == TITLE.strip()
    assert page.dateline == dateline
    # the dateline stays in the body, and every body line is kept
    assert page.text.split("\n") == [" ".join((opening + LEDE).split()), *REST.strip().split("\n")]


@pytest.mark.parametrize(
    "opening",
    [
        # a bar inside the lede with no place or masthead before it is no dateline
        "Kegiatan gotong royong | ",
        # a comma parts a village from its regency: no masthead there
        "Desa Wonosari, Labuhanbatu – ",
        # an administrative abbreviation with a dot is a place, not a short domain
        "Kab.Bogor, Jawa Barat – ",
    ],
    ids=["bar-after-words", "village-comma-regency", "abbreviated-regency"],
)
def test_no_masthead_read_where_none_is_written(opening: str) -> None:
    page = clean(TITLE + opening + LEDE + REST)
    assert page.dateline is None or page.dateline.outlet is None
    assert len(page.text.split("\n")) == 3


def test_a_tilde_between_numbers_is_no_dateline() -> None:
    raw = (
        TITLE
        + "Sebanyak 10~15 warga ikut memperbaiki jalan desa yang berlubang sepanjang 300 meter.\n"
        + REST
    )
    page = clean(raw)
    assert page.dateline is None
    assert page.text.startswith("Sebanyak 10~15 warga")


@pytest.mark.parametrize(
    "slot", ["750 x 100 AD PLACEMENT", "160 x 600 Ad Placement", "Iklan 300x250", "AD SLOT"]
)
def test_sized_ad_slots_between_paragraphs_are_removed(slot: str) -> None:
    raw = TITLE + "PURWAKARTA – " + LEDE + slot + "\n" + REST
    page = clean(raw)
    assert slot not in page.text
    assert [b.kind.value for b in page.boilerplate if b.line == 3] == ["ad"]
    assert len(page.text.split("\n")) == 3


def test_a_body_sentence_about_ad_placement_is_kept() -> None:
    raw = (
        TITLE
        + "PURWAKARTA – "
        + LEDE
        + "Pemerintah desa juga menyiapkan papan iklan berukuran 3 x 4 meter untuk pengumuman warga.\n"
        + REST
    )
    page = clean(raw)
    assert "papan iklan berukuran 3 x 4 meter" in page.text
    assert len(page.text.split("\n")) == 4


BODY = (
    "GIANYAR - Polres Gianyar menyalurkan ratusan paket sembako kepada warga yang terdampak "
    "wabah melalui Bhabinkamtibmas dan Babinsa, Selasa (21/4/2020).\n"
    "“Kami pastikan bantuan ini jatuh ke tangan warga yang membutuhkan,” kata Kapolres Gianyar.\n"
    "Sebelumnya petugas sudah mendata keluarga yang belum menerima bantuan dari lembaga lain.\n"
)


def test_a_labelled_post_date_beats_the_site_date_strip_above_it() -> None:
    raw = (
        "Polres Gianyar Salurkan Sembako bagi Warga Terdampak\n"
        "Warta Dewata, Senin 03 Februari 2025\n"
        "Diposting : 22 April 2020 01:16\n" + BODY
    )
    page = clean(raw)
    assert page.published == "2020-04-22"
    assert page.title == "Polres Gianyar Salurkan Sembako bagi Warga Terdampak"
    assert page.text.split("\n") == BODY.strip().split("\n")


def test_the_first_of_two_unlabelled_top_dates_stays_the_page_date() -> None:
    raw = (
        "Polres Gianyar Salurkan Sembako bagi Warga Terdampak\nSelasa, 21 April 2020\nRabu, 22 April 2020\n"
        + BODY
    )
    assert clean(raw).published == "2020-04-21"


@pytest.mark.parametrize(
    ("strip", "byline"),
    [
        ("oleh\nAfifah Fauziah\n", "Afifah Fauziah"),
        ("Diterbitkan\n3 hari yang lalu||\noleh\nRina Kartika Sari\n", "Rina Kartika Sari"),
        ("Penulis:\nDewi Lestari\n", "Dewi Lestari"),
    ],
    ids=["oleh-then-name", "oleh-closing-a-strip", "penulis-colon-then-name"],
)
def test_a_credit_label_and_the_name_on_two_lines_above_the_body(strip: str, byline: str) -> None:
    raw = "Kabar Desa\nPolres Gianyar Salurkan Sembako bagi Warga Terdampak\n" + strip + BODY
    page = clean(raw)
    assert page.byline == byline
    assert page.title == "Polres Gianyar Salurkan Sembako bagi Warga Terdampak"
    assert page.text.split("\n") == BODY.strip().split("\n")


@pytest.mark.parametrize(
    "strip",
    ["By -\n0\n", "oleh\nPemerintah Kabupaten Gianyar\n", "oleh\nKabupaten Gianyar\n"],
    ids=["no-name", "institution", "region"],
)
def test_a_label_over_no_name_gives_no_byline(strip: str) -> None:
    raw = "Polres Gianyar Salurkan Sembako bagi Warga Terdampak\n" + strip + BODY
    page = clean(raw)
    assert page.byline is None
    assert page.text.split("\n") == BODY.strip().split("\n")
