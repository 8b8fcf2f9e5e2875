"""A teaser headline in sentence case glued to the paragraph after it (`Baca juga: … Di sisi lain,
…`) ends before a capitalised connective or preposition that a lowercase word follows, after a name
too: sentence case writes those lowercase, so the capital opens the paragraph again and its first
sentence stays body (issue 15). Titles and nouns after a name (`… Piala Presiden bisa …`) stay in
the headline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "Pemerintah Kabupaten Ende menggelar festival tenun ikat di lapangan Pancasila selama tiga hari, "
    "Jumat (8/8/2025)."
)
LAST = "Panitia mencatat lebih dari dua ribu pengunjung datang pada hari pertama festival."


@pytest.mark.parametrize(
    ("headline", "sentence"),
    [
        (
            "Penenun muda Ende pamerkan motif baru di Jakarta",
            "Di sisi lain, Ketua Sanggar Bou Maria Nona mengatakan para penenun juga menjual kain langsung.",
        ),
        (
            "Festival tenun ikat digelar lagi bersama Sanggar Bou Ende",
            "Sementara itu, Kepala Dinas Pariwisata Yohanes Bata menyiapkan empat bus gratis dari terminal.",
        ),
        (
            "Bupati ajak warga pakai tenun ikat tiap Jumat",
            "Adapun kain terbaik dipilih lima juri, kata Ketua Panitia Maria Nona di lokasi festival.",
        ),
        (
            "Sanggar tenun Lio buka kelas bagi pelajar SMA",
            "Pada hari kedua, Bupati Ende mengajak pengunjung mencoba menenun sendiri di stan sanggar.",
        ),
    ],
    ids=["di-after-a-place", "sementara-after-a-name", "adapun-after-a-name", "pada-after-an-acronym"],
)
def test_a_capitalised_connective_after_the_headline_opens_the_paragraph(
    headline: str, sentence: str
) -> None:
    page = clean(f"{LEDE}\n\nBaca juga: {headline} {sentence}\n\n{LAST}\n")
    assert page.text == f"{LEDE}\n{sentence}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=3, text=f"Baca juga: {headline}", kind="related"),)


def test_a_title_after_a_name_in_the_headline_stays_in_it() -> None:
    headline = "Menparekraf: Piala Presiden bisa dorong talenta penenun muda"
    sentence = "Dinas pariwisata menyiapkan bus gratis dari terminal kota menuju lokasi festival."
    page = clean(f"{LEDE}\n\nBaca juga: {headline}\n\n{sentence}\n\n{LAST}\n")
    assert page.text == f"{LEDE}\n{sentence}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=3, text=f"Baca juga: {headline}", kind="related"),)


def test_a_connective_with_a_capitalised_word_after_it_is_no_sentence_start() -> None:
    headline = "Tenun ikat Ende tampil di pameran Dalam Negeri Expo"
    sentence = "Dinas pariwisata menyiapkan bus gratis dari terminal kota menuju lokasi festival."
    page = clean(f"{LEDE}\n\nBaca juga: {headline} {sentence}\n\n{LAST}\n")
    assert page.text == f"{LEDE}\n{sentence}\n{LAST}"
    assert page.boilerplate == (Boilerplate(line=3, text=f"Baca juga: {headline}", kind="related"),)
