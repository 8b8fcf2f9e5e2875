"""A sentence-case `Baca juga:` headline glued before the body's sentence that a derived common word
opens (issue 15, GUIDELINES §1): `Pendataan`, `Ceritanya`, `Kepergiannya` are shaped as nouns
(pe-…-an, -nya), no names, so capitalised after the headline's last word with lowercase words after
them they open the next sentence; a hyphenated pair of names (`Alexander-Arnold`) opens none.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = "Badan Pusat Statistik Kalimantan Timur merilis hasil sensus penduduk di Samarinda, Rabu (3/9/2025)."


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Sensus catat 12.400 warga baru di kawasan inti ibu kota",
            "Pendataan penduduk tahun ini, kata dia, melibatkan 600 petugas lapangan.",
        ),
        (
            "Kampung tenun di tepi Mahakam jadi tujuan wisata",
            "Ceritanya bermula pada 1980, ketika sepuluh keluarga mulai menenun sarung di rumah mereka.",
        ),
    ],
    ids=["pe-an-noun", "nya-noun"],
)
def test_a_derived_word_after_the_headline_opens_the_sentence(headline: str, sentence: str) -> None:
    page = clean(f"{LEDE} Baca juga: {headline} {sentence}\n")
    assert page.text == f"{LEDE} {sentence}"
    assert page.boilerplate == (Boilerplate(line=1, text=f"Baca juga: {headline}", kind="related"),)


def test_a_hyphenated_name_inside_the_headline_stays_in_it() -> None:
    headline = "Pelatih tanpa Budi Santoso-Wijaya saat tandang ke Balikpapan"
    sentence = "Memasuki babak kedua, tim tamu sukses menyamakan kedudukan."
    page = clean(f"{LEDE} Baca juga: {headline} {sentence}\n")
    assert page.text == f"{LEDE} {sentence}"
    assert page.boilerplate == (Boilerplate(line=1, text=f"Baca juga: {headline}", kind="related"),)
