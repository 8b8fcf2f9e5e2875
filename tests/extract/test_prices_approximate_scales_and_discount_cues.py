"""Prices on unseen news (dates27): an amount with ``-an`` (about) before its scale word keeps the
scale (``Rp 100-an miliar`` is about 100 billion: a qualifier does not change the value,
GUIDELINES §4); a bare scaled amount after a discount or shop-credit word (``voucher``,
``cashback``, ``diskon``) is money as after ``harga``, unless a counted noun follows it.

Invented Indonesian sentences; whole records with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.prices import extract_prices
from tests.extract.test_prices import _expected

APPROXIMATE_CASES = [
    (
        "Dana yang disiapkan untuk pengadaan sapi kurban kira-kira Rp 250-an miliar tahun ini.",
        [("Rp 250-an miliar", 250000000000, 250000000000, "IDR", None)],
    ),
    (
        "Kontraktor itu menagih Rp700-an juta untuk perbaikan jembatan desa.",
        [("Rp700-an juta", 700000000, 700000000, "IDR", None)],
    ),
    # no scale word after the suffix: the amount as written
    (
        "Dulu harga segelas kopi di warung itu Rp 2.000-an saja.",
        [("Rp 2.000", 2000, 2000, "IDR", None)],
    ),
    # a decade is no money
    ("Gedung itu dibangun pada tahun 1990-an oleh pemerintah kota.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), APPROXIMATE_CASES)
def test_an_approximate_amount_keeps_its_scale_word(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


DISCOUNT_CASES = [
    (
        "Toko daring itu memberi voucher hingga 35 ribu dan cashback hingga 120 ribu selama pekan ini.",
        [("35 ribu", 35000, 35000, "IDR", None), ("120 ribu", 120000, 120000, "IDR", None)],
    ),
    (
        "Pembeli motor listrik mendapat diskon hingga 500 ribu untuk pembelian pertama.",
        [("500 ribu", 500000, 500000, "IDR", None)],
    ),
    # the amount counts people: no money
    ("Pemerintah memberi diskon tarif kereta 15% untuk 2 juta penumpang pada libur sekolah.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), DISCOUNT_CASES)
def test_a_bare_amount_after_a_discount_word(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)
