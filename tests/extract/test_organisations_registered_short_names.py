"""A lone short name in capitals that the name-suggestion-index register lists as a chain's, an
operator's or a transport network's mapped in Indonesia or worldwide is a body's (session 42:
`words.registered_body`, entities_registered_bodies.txt from scripts/derive_registered_bodies.py:
`KTM`, `BMW`, `KFC`), unless the article spells it out in brackets by words that are no body
(`cuts._spelled_as_kind`: `pekerja migran Indonesia (PMI)` is no `PMI` of the register's Palang
Merah Indonesia; a body's own full name opened by no head discounts it too, a known miss) or a
counting word reads it as a kind (`cuts._read_as_kind`: `para PMI`, `seorang PMI`, `dua BMW`:
migrant workers, cars). A short name of a body of another country's province alone (`SWT`) is
no list entry. Brands as products, programmes and devices the register's name also spells (`KTM
bekas`, `BMW hitam`, the programme `BMW`, a weather station `AWS`, a power supply `UPS`) are no
entities (GUIDELINES §6): known misses. Whole outputs on invented sentences."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


@pytest.mark.parametrize(
    "text,short",
    [
        ("Pebalap muda itu resmi bergabung dengan KTM mulai musim depan.", "KTM"),
        ("Penjualan BMW di pasar mobil mewah naik tajam tahun ini.", "BMW"),
        ("Sejak pekan lalu KFC menghentikan pemakaian sedotan plastik sekali pakai.", "KFC"),
    ],
)
def test_a_registered_short_name_alone_is_a_body(text: str, short: str) -> None:
    start = text.index(short)
    assert resolved_entities(text, model_entities(text, [(short, "ORG")])) == [
        (short, "ORG", (start, start + len(short)))
    ]


def test_a_registered_short_name_the_article_spells_out_gives_nothing() -> None:
    text = (
        "Pemerintah memulangkan ratusan pekerja migran Indonesia (PMI) dari Malaysia. "
        "Kepulangan PMI itu dijadwalkan pekan depan."
    )
    model = model_entities(text, [("PMI", "ORG"), ("PMI", "ORG")])
    assert resolved_entities(text, model) == [("Indonesia", "LOC", (46, 55)), ("Malaysia", "LOC", (67, 75))]


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a body's own full name in brackets with no head before it discounts the "
    "register's short name even where the model reads the full name (news-raw: a model entity over "
    "the spelled words gave `Amazon Web Services (AWS)` right, `Uninterruptible Power Supply (UPS)` "
    "twice wrong; session 42)",
)
def test_a_registered_body_s_own_full_name_in_brackets_keeps_its_short_name() -> None:
    text = (
        "Pabrikan Kraftfahrzeug Trunkenpolz Mattighofen (KTM) merekrut pebalap muda itu. "
        "Ia bergabung dengan KTM mulai musim depan."
    )
    model = model_entities(
        text, [("Kraftfahrzeug Trunkenpolz Mattighofen", "ORG"), ("KTM", "ORG"), ("KTM", "ORG")]
    )
    assert resolved_entities(text, model) == [("KTM", "ORG", (48, 51)), ("KTM", "ORG", (100, 103))]


@pytest.mark.parametrize(
    "text,short,expected",
    [
        (
            "Para PMI yang bekerja di Hong Kong diminta melapor ke KBRI.",
            "PMI",
            [("Hong Kong", "LOC", (25, 34))],
        ),
        (
            "BP2MI menelusuri riwayat kesehatan seorang PMI yang meninggal di Taiwan.",
            "PMI",
            [("Taiwan", "LOC", (65, 71))],
        ),
        (
            "Pemerintah memulangkan ratusan PMI dari Malaysia pekan lalu.",
            "PMI",
            [("Malaysia", "LOC", (40, 48))],
        ),
        ("Warga membeli dua BMW bekas dari pedagang di Medan.", "BMW", [("Medan", "LOC", (45, 50))]),
    ],
)
def test_a_counted_registered_short_name_is_a_kind(text: str, short: str, expected: list) -> None:
    assert resolved_entities(text, model_entities(text, [(short, "ORG")])) == expected


def test_a_short_name_of_a_province_s_operator_alone_gives_nothing() -> None:
    text = "Semoga Allah SWT memberi kemudahan bagi para korban banjir."
    assert resolved_entities(text, model_entities(text, [("SWT", "ORG")])) == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss (session 42's register): a registered short name in another sense the "
    "article neither spells out nor counts (`PMI`, the purchasing managers' index, beside the "
    "register's Palang Merah Indonesia) is kept",
)
def test_a_registered_short_name_in_another_sense_gives_nothing() -> None:
    text = "Nikkei mencatat PMI manufaktur Indonesia naik ke angka 51,6 pada bulan lalu."
    assert resolved_entities(text, model_entities(text, [("PMI", "ORG")])) == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss (session 42's register): `PMI`, pekerja migran Indonesia, neither spelled out "
    "nor counted in the sentence (after `terhadap`, after `menjadi`), is kept as the register's body",
)
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Pemerintah memberikan pendampingan terhadap PMI yang terlibat tawuran di Taiwan.",
            [("Taiwan", "LOC", (73, 79))],
        ),
        ("Banyak warga desa itu memilih berangkat ke luar negeri menjadi PMI.", []),
    ],
)
def test_migrant_workers_short_name_gives_no_body(text: str, expected: list) -> None:
    assert resolved_entities(text, model_entities(text, [("PMI", "ORG")])) == expected


@pytest.mark.xfail(
    strict=True,
    reason="known miss (session 42's register): a registered short name used as a product, a "
    "programme or a device (GUIDELINES §6) with no product's noun before it is kept as a body",
)
@pytest.mark.parametrize(
    "text,short,expected",
    [
        ("Ia membeli KTM bekas seharga Rp 40 juta.", "KTM", []),
        ("Pelaku kabur mengendarai BMW hitam ke arah Bekasi.", "BMW", [("Bekasi", "LOC", (43, 49))]),
        ("Peringatan HKN diisi dengan senam bersama BMW di halaman kantor bupati.", "BMW", []),
        ("Pemkab menganggarkan pembelian AWS baru tahun depan.", "AWS", []),
        ("PLN menyediakan UPS 200 kVA sebanyak dua unit di lokasi acara.", "UPS", [("PLN", "ORG", (0, 3))]),
    ],
)
def test_a_registered_name_as_a_product_gives_no_body(text: str, short: str, expected: list) -> None:
    assert resolved_entities(text, model_entities(text, [(short, "ORG")])) == expected
