"""Prices on unseen news (issues 12, 13, round quotes19): ``won`` after an amount is the Korean
currency (``49.000 won``), as ``won Korea`` already was; a name or a word that only reads
``won`` gives nothing. ``kuadriliun`` is a thousand trillion, and ``miliyar``/``trilun``, as
news writes them, are ``miliar``/``triliun``; a list that lost its line breaks and glued the next
item's number to a scale word (``Rp 43 miliar2. Badan``) keeps the scale; ``miliar`` and
``triliun`` misspelt by one letter (``milar``, ``triiun``) still scale.

Invented Indonesian sentences; whole records with spans, including texts that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.prices import extract_prices
from tests.extract.test_prices import _expected

CASES = [
    (
        "Paket camilan dari Seoul itu dijual 15.500 won atau setara Rp190 ribu di toko daring.",
        [("15.500 won", 15500, 15500, "KRW", None), ("Rp190 ribu", 190000, 190000, "IDR", None)],
    ),
    (
        "Pemerintah Korea Selatan menyiapkan bantuan 2 triliun won bagi petani yang gagal panen.",
        [("2 triliun won", 2000000000000, 2000000000000, "KRW", None)],
    ),
    ("Pelatih Kim Won-jae memanggil 23 pemain untuk pemusatan latihan di Jakarta.", []),
    ("Di laga kedua, timnya menang 3-1 setelah tertinggal lebih dulu.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), CASES)
def test_won_after_an_amount_is_the_korean_currency(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


SCALE_CASES = [
    (
        "Nilai ekspor itu sekitar 90 miliar dolar AS atau setara Rp1,5 kuadriliun pada kurs hari ini.",
        [
            ("90 miliar dolar AS", 90000000000, 90000000000, "USD", None),
            ("Rp1,5 kuadriliun", 1500000000000000, 1500000000000000, "IDR", None),
        ],
    ),
    (
        "Dana bagi hasil untuk Tulang Bawang Rp3 miliyar, sedangkan Mesuji Rp2,5 miliyar.",
        [
            ("Rp3 miliyar", 3000000000, 3000000000, "IDR", None),
            ("Rp2,5 miliyar", 2500000000, 2500000000, "IDR", None),
        ],
    ),
    (
        "Pemprov menyiapkan anggaran sebesar 4,2 miliyar untuk perbaikan jalan provinsi.",
        [("4,2 miliyar", 4200000000, 4200000000, "IDR", None)],
    ),
    (
        "Belanja pegawai daerah itu mencapai Rp 1,8 trilun tahun ini.",
        [("Rp 1,8 trilun", 1800000000000, 1800000000000, "IDR", None)],
    ),
    ("Penduduk bumi tidak akan pernah mencapai satu kuadriliun jiwa.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), SCALE_CASES)
def test_kuadriliun_and_variant_scale_spellings(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


def test_a_list_number_glued_to_a_scale_word_leaves_the_scale() -> None:
    sentence = (
        "Pagu indikatif per satuan kerja: 1. Sekretariat Daerah Rp 12,5 miliar2. Dinas Pendidikan "
        "Rp 1,2 triliun3. Dinas Kesehatan Rp 640 miliar."
    )
    assert extract_prices(sentence) == _expected(
        sentence,
        [
            ("Rp 12,5 miliar", 12500000000, 12500000000, "IDR", None),
            ("Rp 1,2 triliun", 1200000000000, 1200000000000, "IDR", None),
            ("Rp 640 miliar", 640000000000, 640000000000, "IDR", None),
        ],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Rupiah melemah sebesar Rp 2,15 persen sejak awal tahun terhadap dolar AS.",
        "Serapan anggaran Dinas Sosial baru mencapai Rp64,3% dari pagu.",
    ],
)
def test_a_percentage_after_a_stray_currency_sign_is_no_money(sentence: str) -> None:
    assert extract_prices(sentence) == []


def test_a_percentage_beside_an_amount_leaves_the_amount() -> None:
    sentence = "Serapan baru 64,3 persen dari pagu Rp 12 miliar."
    assert extract_prices(sentence) == _expected(
        sentence, [("Rp 12 miliar", 12000000000, 12000000000, "IDR", None)]
    )


STRAY_SPACE_CASES = [
    (
        "Harga gula pasir di Pasar Bambu Kuning Rp 17. 500 per kilogram, naik dari pekan lalu.",
        [("Rp 17. 500", 17500, 17500, "IDR", "kilogram")],
    ),
    (
        "Dana desa untuk 86 pekon tahun ini Rp21, 340 miliar, sedangkan ADD Rp6, 2 miliar.",
        [
            ("Rp21, 340 miliar", 21340000000, 21340000000, "IDR", None),
            ("Rp6, 2 miliar", 6200000000, 6200000000, "IDR", None),
        ],
    ),
    (
        "Sisa lebih pembiayaan anggaran tercatat Rp3, 127.450.000 pada akhir tahun.",
        [("Rp3, 127.450.000", 3127450000, 3127450000, "IDR", None)],
    ),
    (
        "Harga minyak dunia kini sekitar US$ 70, 71-72 pada awal bulan lalu.",
        [("US$ 70", 70, 70, "USD", None)],
    ),
    (
        "Saham itu turun ke sekitar US$ 215, 4% di bawah puncaknya.",
        [("US$ 215", 215, 215, "USD", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "mentions"), STRAY_SPACE_CASES)
def test_an_amount_is_read_across_a_stray_space_after_its_first_group(
    sentence: str, mentions: list[tuple]
) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


MISSPELT_SCALE_CASES = [
    (
        "Proyek drainase senilai Rp14 milar itu ditargetkan rampung Desember.",
        [("Rp14 milar", 14000000000, 14000000000, "IDR", None)],
    ),
    (
        "Utang BUMD tersebut mencapai Rp 1,4 triiun pada akhir tahun.",
        [("Rp 1,4 triiun", 1400000000000, 1400000000000, "IDR", None)],
    ),
    (
        "Belanja modal dinas itu Rp8,2 miIiar, sebagian besar untuk jalan.",
        [("Rp8,2 miIiar", 8200000000, 8200000000, "IDR", None)],
    ),
    (
        "Harga cabai Rp 45 ribu milik pedagang di Pasar Tugu tidak berubah.",
        [("Rp 45 ribu", 45000, 45000, "IDR", None)],
    ),
    ("Tim itu mencetak 3 milestone baru dan 2 miliaran mimpi.", []),
]


@pytest.mark.parametrize(("sentence", "mentions"), MISSPELT_SCALE_CASES)
def test_a_scale_word_misspelt_by_one_letter(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)
