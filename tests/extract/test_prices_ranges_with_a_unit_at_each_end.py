"""A range whose two ends each carry the same unit (``Rp14.050 per USD hingga Rp14.190 per USD``,
``Rp 9.500/kg sampai Rp 10.000/kg``) is one range, not its second end alone or two prices; ends
with different units stay apart.

Invented Indonesian sentences; whole records with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.prices import extract_prices
from tests.extract.test_prices import _expected

CASES = [
    (
        "Sepanjang sesi, rupiah bergerak di kisaran Rp14.050 per USD hingga Rp14.190 per USD.",
        [("Rp14.050 per USD hingga Rp14.190", 14050, 14190, "IDR", "USD")],
    ),
    (
        "Sore ini kurs rupiah ada di rentang Rp 15.620 per dolar AS sampai Rp 15.700 per dolar AS.",
        [("Rp 15.620 per dolar AS sampai Rp 15.700", 15620, 15700, "IDR", "dolar")],
    ),
    (
        "Di tingkat petani, harga jahe merah Rp 9.500/kg sampai Rp 10.000/kg pekan ini.",
        [("Rp 9.500/kg sampai Rp 10.000", 9500, 10000, "IDR", "kg")],
    ),
    (
        "Tarif parkir Rp 3.000 per jam hingga Rp 20.000 per hari untuk mobil di pusat kota.",
        [("Rp 3.000", 3000, 3000, "IDR", "jam"), ("Rp 20.000", 20000, 20000, "IDR", "hari")],
    ),
    ("Jumlah pengunjung 3.000 per hari hingga 5.000 per hari saat libur panjang.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), CASES)
def test_a_range_with_the_same_unit_at_each_end_is_one_range(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)
