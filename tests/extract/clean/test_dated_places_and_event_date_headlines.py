"""Page metadata read on unseen regional pages, session 19 (police news sites, city service
pages). After an outlet's dash, the place with the day's date after its comma and a second dash
(`Sikkanews.com - Maumere, 10 April 2025 – …`) is the dateline's place. A headline that opens
with a date label and two dates joined by a function word (`TANGGAL 25 DESEMBER 2016 DAN 1 JANUARI
2017, CFD DITIADAKAN`) names an event's dates: the whole line is the title and the page has no
published date (GUIDELINES §1: a date line above the body dates the page, a headline holding a
date does not). The texts below are invented in the same style, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline

BODY = "Seluruh personel mengikuti apel pagi di lapangan markas kepolisian sebelum bertugas."
MORE = "Kapolres meminta anggota menjaga kesehatan dan tetap disiplin selama menjalankan tugas."


@pytest.mark.parametrize(
    "lede",
    [
        f"Ngadanews.com - Bajawa, 12 Mei 2025 – {BODY}",
        "Ngadanews.com - Bajawa, Seluruh personel mengikuti apel pagi di lapangan markas kepolisian.",
    ],
    ids=["place-then-date-then-dash", "place-then-sentence"],
)
def test_the_place_after_the_outlets_dash_with_or_without_the_days_date(lede: str) -> None:
    page = clean(f"{lede}\n\n{MORE}\n")
    assert page.text == f"{lede}\n{MORE}"
    assert page.dateline == Dateline(place="Bajawa", outlet="Ngadanews.com")
    assert page.published is None


@pytest.mark.xfail(strict=True, reason="a date after the place with no second dash is read as the sentence's")
def test_the_place_after_the_outlets_dash_with_the_days_date_and_no_second_dash() -> None:
    lede = f"Ngadanews.com - Bajawa, 12 Mei 2025 {BODY}"
    page = clean(f"{lede}\n\n{MORE}\n")
    assert page.dateline == Dateline(place="Bajawa", outlet="Ngadanews.com")


@pytest.mark.parametrize(
    "title",
    [
        "TANGGAL 17 AGUSTUS 2025 DAN 18 AGUSTUS 2025, JALAN PROTOKOL DITUTUP",
        "Tanggal 1 Mei 2025 hingga 5 Mei 2025 Pasar Murah Digelar di Alun-alun",
    ],
    ids=["shouted-dan", "title-case-hingga"],
)
def test_a_headline_opening_with_two_joined_dates_is_the_title_and_dates_no_page(title: str) -> None:
    body = "Pemerintah kota menutup jalan protokol untuk kegiatan perayaan bersama warga."
    page = clean(f"{title}\n\n{body}\n\n{MORE}\n")
    assert page.title == title
    assert page.published is None
    assert page.text == f"{body}\n{MORE}"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, LineKind.TITLE)]


def test_a_date_label_and_one_date_glued_to_a_headline_still_dates_the_page() -> None:
    body = "Pemerintah kota menutup jalan protokol untuk kegiatan perayaan bersama warga."
    page = clean(f"Tanggal 17 Agustus 2025 Jalan Protokol Ditutup untuk Perayaan Warga\n\n{body}\n\n{MORE}\n")
    assert page.published == "2025-08-17"
    assert page.title == "Jalan Protokol Ditutup untuk Perayaan Warga"
    assert page.text == f"{body}\n{MORE}"


CAPTION_CREDITED = (
    "Bupati Sleman Menyerahkan Bantuan Alat Pertanian Suasana penyerahan bantuan di balai desa pada "
    "Rabu (5/3/2025) Istimewa/Humas Pemkab. - Harian Merapi/Budi Santoso."
)
LEDE_JOGJA = (
    "Harianmerapi.com, SLEMAN—Pemerintah Kabupaten Sleman menyerahkan bantuan alat pertanian kepada "
    "kelompok tani di Kecamatan Minggir, Rabu (5/3/2025)."
)


def test_a_caption_closed_by_a_dash_and_the_mastheads_photo_credit_above_the_lede() -> None:
    page = clean(f"{CAPTION_CREDITED}\n\n{LEDE_JOGJA}\n\n{MORE}\n")
    assert page.text == f"{LEDE_JOGJA}\n{MORE}"
    assert [(b.line, b.kind) for b in page.boilerplate] == [(1, LineKind.CAPTION)]
    assert page.dateline == Dateline(place="Sleman", outlet="Harianmerapi.com")


def test_a_standfirst_closed_by_a_dash_and_no_credit_above_the_lede_stays() -> None:
    standfirst = "Bantuan alat pertanian diserahkan kepada kelompok tani - sebanyak dua puluh unit traktor."
    page = clean(f"{standfirst}\n\n{LEDE_JOGJA}\n\n{MORE}\n")
    assert page.text == f"{standfirst}\n{LEDE_JOGJA}\n{MORE}"
    assert page.boilerplate == ()
