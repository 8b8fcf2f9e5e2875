"""Persons on unseen regional news (issue 12): a name with an age written between commas after
it (`Warsini, 41, pedagang`, `Kusnadi, 58 tahun, mengaku`) is a person though the NER model misses
it; a letter, a decimal or a count between commas after a place is none.

Invented Indonesian sentences; whole person lists with every mention's span, and cases that must
give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_AGE = (
    "Harga beras di Pasar Bambu Kuning naik lagi pekan ini. Sementara itu, Warsini, 41, yang "
    "sedang berbelanja sayur mengaku harus mengurangi belanjaan."
)


def test_a_name_with_an_age_between_commas_is_a_person() -> None:
    assert _found(TEXT_AGE, [("Pasar Bambu Kuning", "LOC")]) == [("Warsini", (_at(TEXT_AGE, "Warsini"),))]


TEXT_AGE_YEARS = (
    "Banjir merendam rumahnya dua kali bulan ini. Kusnadi, 58 tahun, memilih mengungsi ke balai desa."
)


def test_the_age_may_be_written_with_tahun() -> None:
    assert _found(TEXT_AGE_YEARS, []) == [("Kusnadi", (_at(TEXT_AGE_YEARS, "Kusnadi"),))]


@pytest.mark.parametrize(
    "text",
    [
        # a letter glued to an article's number, then more numbers
        "Ia dijerat Pasal 45A, 27, dan 28 Undang-Undang Informasi dan Transaksi Elektronik.",
        # a decimal after a category's name
        "Juara lari 400 meter Senior Putri, 58,12 detik, dipegang atlet dari Sorong.",
    ],
)
def test_a_letter_or_a_decimal_between_commas_makes_no_person(text: str) -> None:
    assert _found(text, []) == []
