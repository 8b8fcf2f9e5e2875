"""A bare number that an index or a count of things tells (``prices_cues.txt``, kind ``count``)
is no money: the level of the ``Indeks Harga Saham Gabungan`` or of an ``indeks harga`` (the
``harga`` inside the index's name makes nothing money), a ``frekuensi`` of trades, numbers of
``investor``, ``nasabah``, ``rekening``, ``wajib pajak``, ``guru`` and containers (``TEUs``). The
same sentences with a currency, and a price named next to an index, stay money.

Invented Indonesian sentences; whole records with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.prices import extract_prices
from tests.extract.test_prices import _expected

NOT_MONEY = [
    "Pada penutupan sesi pertama, Indeks Harga Saham Gabungan (IHSG) naik ke level 7.215,40.",
    "Siang ini Indeks Harga Saham Gabungan bergerak melemah ke level 6.950,12 dari posisi pembukaan.",
    "Transaksi harian naik 9 persen dan frekuensi harian sebesar 412 ribu, naik dari tahun lalu.",
    "Hingga akhir Maret, nasabah tabungan emas bank itu bertambah sebesar 1,4 juta.",
    "Di bank daerah itu, jumlah rekening baru juga naik sebesar 2,2 juta menjadi 2,6 juta.",
    "Kantor pajak mencatat aktivasi akun wajib pajak sebanyak 3 juta hingga bulan ini.",
    "Insentif diberikan kepada guru ngaji yang berjumlah 1.450 di kabupaten tersebut.",
    "Arus peti kemas di pelabuhan itu tahun lalu sebesar 7,2 juta TEUs menurut operator.",
]


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_an_index_level_or_a_count_of_things_is_no_money(sentence: str) -> None:
    assert extract_prices(sentence) == []


MONEY = [
    (
        "Indeks Harga Saham Gabungan naik tipis, sementara harga saham bank itu ditutup 4.350 per lembar.",
        [("4.350", 4350, 4350, "IDR", "lembar")],
    ),
    (
        "Transaksi di bursa mencapai Rp 9,1 triliun dengan frekuensi perdagangan sebesar 1,1 juta kali.",
        [("Rp 9,1 triliun", 9100000000000, 9100000000000, "IDR", None)],
    ),
    (
        "Bank itu menyalurkan kredit kepada nasabah petani sebesar Rp 2,5 miliar tahun ini.",
        [("Rp 2,5 miliar", 2500000000, 2500000000, "IDR", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "mentions"), MONEY)
def test_money_beside_an_index_or_a_count_stays_money(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)
