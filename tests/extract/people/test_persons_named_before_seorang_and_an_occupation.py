"""Persons on unseen regional news (issue 12): a name, a comma, `seorang`/`salah satu`/`salah
seorang` and an occupation or a post (`Siti, salah satu pedagang`) is a person though the NER
model misses the name; a place or a thing before the same words is none.

Invented Indonesian sentences; whole person lists with every mention's span, and cases that must
give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_TRADER = (
    "Harga tomat di Pasar Gadingrejo turun sejak Senin. Suparmi, salah satu pedagang sayur, "
    "menyebut pasokan dari petani kini melimpah."
)


def test_a_name_before_salah_satu_and_an_occupation_is_a_person() -> None:
    assert _found(TEXT_TRADER, [("Pasar Gadingrejo", "LOC")]) == [("Suparmi", (_at(TEXT_TRADER, "Suparmi"),))]


TEXT_AFTER_A_CUE = (
    "Jalan menuju dusun itu rusak berat. Menurut keterangan Karsiman, salah seorang warga, "
    "perbaikan terakhir dilakukan lima tahun lalu."
)


def test_a_capitalised_cue_before_the_name_stays_out_of_it() -> None:
    assert _found(TEXT_AFTER_A_CUE, []) == [("Karsiman", (_at(TEXT_AFTER_A_CUE, "Karsiman"),))]


TEXT_SEORANG = (
    "Keramaian itu juga dirasakan Rusmiyati, seorang petani kopi yang membuka warung di tepi danau."
)


def test_seorang_and_an_occupation_make_a_person() -> None:
    assert _found(TEXT_SEORANG, []) == [("Rusmiyati", (_at(TEXT_SEORANG, "Rusmiyati"),))]


@pytest.mark.parametrize(
    "text",
    [
        # a country or a province described as one of its kind
        "Indonesia, salah satu negara penghasil kopi terbesar, menaikkan ekspor tahun ini.",
        "Wisatawan memilih Lampung, salah satu provinsi di ujung selatan Sumatra, untuk berlibur.",
        # a body's or a place's name before the same words
        "Pasar Tugu, salah satu pasar tertua di kota itu, akan direnovasi tahun depan.",
        # no occupation after the filler words
        "Harga cabai, salah satu komoditas pemicu inflasi, naik dua kali lipat.",
    ],
)
def test_a_place_or_a_thing_before_the_same_words_is_no_person(text: str) -> None:
    assert _found(text, []) == []
