"""Persons on unseen regional news (issues 12, 13): a clause opened by `seorang`/`salah satu`/`salah
seorang` and an occupation, a comma, then a name right before a lowercase speech verb (`Salah
seorang petani di Pekon Way Ilahan, Sutarjo mengaku`) names a person though the NER model misses
the name or reads it as a place; the same shape without the description, or a place after it, is
none.

Invented Indonesian sentences; whole person lists with every mention's span, and cases that must
give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_FARMER = (
    "Hasil panen gabah tahun ini turun tajam. Salah seorang petani di Pekon Way Ilahan, Sutarjo "
    "mengaku sawahnya hanya menghasilkan separuh dari biasanya."
)


def test_a_name_after_a_described_clause_before_mengaku_is_a_person() -> None:
    found = [("Pekon Way Ilahan", "LOC")]
    assert _found(TEXT_FARMER, found) == [("Sutarjo", (_at(TEXT_FARMER, "Sutarjo"),))]


def test_the_model_reading_the_name_as_a_place_does_not_stop_it() -> None:
    found = [("Pekon Way Ilahan", "LOC"), ("Sutarjo", "LOC")]
    assert _found(TEXT_FARMER, found) == [("Sutarjo", (_at(TEXT_FARMER, "Sutarjo"),))]


TEXT_TRADER = "Salah satu pedagang beras, Wagiyem mengatakan, stok di gudangnya tinggal dua karung."


def test_salah_satu_and_an_occupation_open_the_clause_too() -> None:
    assert _found(TEXT_TRADER, []) == [("Wagiyem", (_at(TEXT_TRADER, "Wagiyem"),))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # no seorang or salah satu before the comma: a place closes the clause
        (
            "Sejumlah petani di Jalan Cendana, Metro Pusat mengaku kesulitan air.",
            [("Jalan Cendana", "LOC"), ("Metro Pusat", "LOC")],
        ),
        # a company after a clause with no occupation in it
        ("Menurut laporan terbaru, Telkomsat menyatakan layanan pulih.", [("Telkomsat", "ORG")]),
    ],
)
def test_no_description_before_the_comma_gives_no_person(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text, found) == []
