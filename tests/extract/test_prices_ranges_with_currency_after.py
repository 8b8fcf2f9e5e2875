"""Prices on unseen regional news (issue 13, round fields17): a range whose plain first end
stands below a second end with its currency word after it (``563-900 rupiah``) is one range in
that currency; a ``Rp`` before the second end, a scaled second end or a larger first end do not
reach back.

Invented Indonesian sentences; whole records with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.prices import extract_prices
from tests.extract.test_prices import _expected

CASES = [
    (
        "Pabrik tapioka di Way Jepara membeli singkong berkadar pati rendah 640-880 rupiah per "
        "kilogram, sedangkan yang berkadar tinggi 1.150-1.420 rupiah per kilogram.",
        [
            ("640-880 rupiah", 640, 880, "IDR", "kilogram"),
            ("1.150-1.420 rupiah", 1150, 1420, "IDR", "kilogram"),
        ],
    ),
    (
        "Tiket masuk taman burung di Singapura itu dijual 35 sampai 48 dolar Singapura per orang.",
        [("35 sampai 48 dolar Singapura", 35, 48, "SGD", "orang")],
    ),
    (
        "Pada 2024 - Rp 5.000 menjadi tarif parkir motor yang baru di Pasar Bambu Kuning.",
        [("Rp 5.000", 5000, 5000, "IDR", None)],
    ),
    (
        "Pedagang menyebut 900-800 rupiah per ikat sudah tidak menutup ongkos angkut.",
        [("800 rupiah", 800, 800, "IDR", "ikat")],
    ),
    (
        "Harga karet di tingkat petani naik 3-4 ribu rupiah per kilogram dalam sepekan.",
        [("3-4 ribu rupiah", 3000, 4000, "IDR", "kilogram")],
    ),
    ("Sebanyak 12-15 petugas berjaga di gerbang tol Natar setiap malam.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), CASES)
def test_a_plain_first_end_takes_the_currency_word_after_the_second(
    sentence: str, mentions: list[tuple]
) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


def test_a_stray_space_in_a_thousands_group() -> None:
    # fixed in round quotes19 (prices._across_stray_space)
    sentence = "Harga telur di kandang peternak Rp24. 500 sampai Rp25.000 per kilogram."
    assert extract_prices(sentence) == _expected(
        sentence, [("Rp24. 500 sampai Rp25.000", 24500, 25000, "IDR", "kilogram")]
    )
