"""Related-article links glued inside a paragraph (issue 15, GUIDELINES §1: a teaser is
boilerplate): a `Baca:` headline without `juga` after any word, and a digest's `Baca berita
selengkapnya di sini` / `BACA SELENGKAPNYA >>>` link before its next item; prose that reads the
same words stays."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "MATARAM - Dinas Kesehatan Nusa Tenggara Barat memeriksa 1.200 anak di 14 puskesmas dalam "
    "pekan imunisasi, Senin (3/6/2024)."
)


def _page(rest: str) -> str:
    """A scraped article on one line, as the corpus holds it."""
    return LEDE + " " + rest + "\n"


@pytest.mark.parametrize(
    ("rest", "kept", "cuts"),
    [
        (
            "Petugas juga mendata anak yang belum lengkap imunisasinya, jelas Lalu Ahmad Baca: Gubernur "
            "Resmikan Tiga Puskesmas Baru di Lombok Timur Pemeriksaan berlanjut hingga akhir bulan.",
            "Petugas juga mendata anak yang belum lengkap imunisasinya, jelas Lalu Ahmad Pemeriksaan "
            "berlanjut hingga akhir bulan.",
            ["Baca: Gubernur Resmikan Tiga Puskesmas Baru di Lombok Timur"],
        ),
        (
            "Petugas mendata anak yang belum lengkap imunisasinya. Baca berita selengkapnya di sini "
            "2. Harga cabai turun di Pasar Kebon Roek Pedagang menyebut pasokan dari Lombok Timur "
            "kembali lancar. Baca berita selengkapnya di sini",
            "Petugas mendata anak yang belum lengkap imunisasinya. 2. Harga cabai turun di Pasar Kebon "
            "Roek Pedagang menyebut pasokan dari Lombok Timur kembali lancar.",
            ["Baca berita selengkapnya di sini", "Baca berita selengkapnya di sini"],
        ),
        (
            "Berikut tiga desa dengan cakupan tertinggi. 1. Desa Sesela BACA SELENGKAPNYA ---> "
            "2. Desa Gunungsari BACA SELENGKAPNYA>>>>>",
            "Berikut tiga desa dengan cakupan tertinggi. 1. Desa Sesela 2. Desa Gunungsari",
            ["BACA SELENGKAPNYA --->", "BACA SELENGKAPNYA>>>>>"],
        ),
        (
            "Petugas mendata anak yang belum lengkap imunisasinya, Sabtu. Selengkapnya baca di sini. "
            "2. Pasar murah digelar di Cakranegara",
            "Petugas mendata anak yang belum lengkap imunisasinya, Sabtu. 2. Pasar murah digelar di "
            "Cakranegara",
            ["Selengkapnya baca di sini."],
        ),
        (
            'Petugas mendata anak yang belum lengkap imunisasinya. Baca artikel detikbali, "Dinkes NTB '
            'Periksa 1.200 Anak" selengkapnya Ia meminta orang tua datang tepat waktu.',
            "Petugas mendata anak yang belum lengkap imunisasinya. Ia meminta orang tua datang tepat waktu.",
            ['Baca artikel detikbali, "Dinkes NTB Periksa 1.200 Anak" selengkapnya'],
        ),
        (
            "Cakupan di Lombok Barat mencapai 81 persen.(Baca: Daftar Puskesmas dengan Antrean Terpanjang "
            "(Senin, 3 Juni 2024))Kondisi serupa terjadi di Lombok Utara.",
            "Cakupan di Lombok Barat mencapai 81 persen. Kondisi serupa terjadi di Lombok Utara.",
            ["(Baca: Daftar Puskesmas dengan Antrean Terpanjang (Senin, 3 Juni 2024))"],
        ),
    ],
    ids=[
        "baca-colon-headline",
        "digest-link-before-next-item",
        "shouted-link-with-arrow",
        "selengkapnya-baca-di-sini",
        "syndicated-source-link",
        "bracketed-dated-headline",
    ],
)
def test_related_link_is_cut(rest: str, kept: str, cuts: list[str]) -> None:
    page = clean(_page(rest))
    assert page.text == LEDE + " " + kept
    assert page.boilerplate == tuple(Boilerplate(1, cut, "related") for cut in cuts)


@pytest.mark.parametrize(
    "rest",
    [
        "Orang tua diminta membaca berita selengkapnya di laman dinas sebelum datang ke puskesmas.",
        "Kepala dinas meminta warga membaca: jadwal imunisasi ditempel di setiap kantor desa.",
        "Baca selengkapnya aturan itu, kata kepala dinas, sebelum membawa anak ke puskesmas.",
        'Orang tua diminta membaca. Baca artikel ini, "Imunisasi Itu Aman" tulis dinas, selengkapnya nanti.',
        "Petugas mencatat hasilnya (baca: jumlah anak yang sudah diimunisasi) di buku register.",
    ],
    ids=[
        "membaca-selengkapnya",
        "lowercase-after-colon",
        "baca-selengkapnya-as-prose",
        "baca-artikel-prose",
        "lowercase-baca-gloss",
    ],
)
def test_prose_with_the_same_words_stays(rest: str) -> None:
    page = clean(_page(rest))
    assert page.text == LEDE + " " + rest
    assert page.boilerplate == ()
