"""Prices and participants read the same number spans (`find_numbers`): an article's pipeline
finds them once and hands them to both stages, which then give what each finds alone."""

from __future__ import annotations

import pytest

from extract.article import Annotations, _numbers, _participants, _prices
from extract.participants import extract_participants
from extract.prices import extract_prices
from extract.text.numbers import find_numbers

TEXTS = [
    # money and a count in one paragraph
    "Pelatihan tenun yang diikuti 120 peserta di Desa Labuhan menghabiskan anggaran Rp250 juta.",
    # a range of money, a hedged count, a year that is neither
    "Sedikitnya 45 pedagang menerima modal usaha Rp2 juta hingga Rp5 juta pada 2024.",
    # numbers in words and a price per unit
    "Harga beras naik menjadi Rp14.500 per kilogram, kata seratus pengecer yang hadir.",
    # no number at all
    "Bupati meninjau pembangunan jembatan gantung di perbatasan kecamatan.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_given_numbers_give_what_each_stage_finds_alone(text: str) -> None:
    numbers = find_numbers(text)
    assert extract_prices(text, numbers=numbers) == extract_prices(text)
    assert extract_participants(text, numbers=numbers) == extract_participants(text)


def test_the_bag_finds_the_numbers_once_for_both_stages() -> None:
    a = Annotations(raw=TEXTS[0], text=TEXTS[0])
    assert a.numbers is None
    spans = _numbers(a)
    assert [TEXTS[0][s:e] for s, e in spans] == ["120", "250 juta"]
    assert _numbers(a) is spans  # the second stage reads the same spans
    assert [(p.text, p.min) for p in _prices(a)] == [("Rp250 juta", 250_000_000)]
    assert [(p.text, p.count) for p in _participants(a)] == [("120 peserta", 120)]
