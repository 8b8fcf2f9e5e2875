"""Prices and amounts of money (GUIDELINES §4) on real sentences from Indonesian news."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.prices import _currency_before, _pre_rx, extract_prices
from extract.records import Price
from extract.text.numbers import find_numbers
from tests.growth import LINEAR_BOUND, growth, scaled


def _expected(sentence: str, mentions: list[tuple]) -> list[Price]:
    """Whole records, each span found left to right after the previous mention."""
    out, pos = [], 0
    for text, lo, hi, currency, per in mentions:
        start = sentence.index(text, pos)
        pos = start + len(text)
        out.append(Price(text=text, span=(start, pos), min=lo, max=hi, currency=currency, per=per))
    return out


CASES = [
    # (sentence, [(mention text, min, max, currency, per), ...])
    (
        "dirinya membangun usaha ini sejak tahun 2018, dan dijual dengan kisaran harga mulai dari "
        "5.000 sd 150 ribu keatas.",
        [("5.000 sd 150 ribu", 5000, 150000, "IDR", None)],
    ),
    (
        "Walau selisihnya hanya sekitar Rp 300 tetapi pembeli di pasar sudah mengeluh.",
        [("Rp 300", 300, 300, "IDR", None)],
    ),
    (
        "Gula kemasan itu dijual dengan harga Rp 45.000 per 3 KG. Jadi jika dibagi 3 didapat Rp "
        "15.000 per KG.",
        [("Rp 45.000", 45000, 45000, "IDR", "3 KG"), ("Rp 15.000", 15000, 15000, "IDR", "KG")],
    ),
    (
        "bantuan CSR dari PT Semen Lamongan, dengan nilai proyek sekitar Rp 1,3 miliar.",
        [("Rp 1,3 miliar", 1300000000, 1300000000, "IDR", None)],
    ),
    (
        "supaya target pajak diturunkan ke angka semula Rp 340 miliar tanpa perubahan.",
        [("Rp 340 miliar", 340000000000, 340000000000, "IDR", None)],
    ),
    (
        "untuk meredam harga bawang yang kini naik tajam menjadi Rp42.000 hingga Rp45.000 per kilogram.",
        [("Rp42.000 hingga Rp45.000", 42000, 45000, "IDR", "kilogram")],
    ),
    (
        "harganya terus merangkak, mulai harga Rp12.000, Rp18.000, Rp30.000 dan sekarang "
        "Rp41.000-Rp43.000 dijual ke tengkulak.",
        [
            ("Rp12.000", 12000, 12000, "IDR", None),
            ("Rp18.000", 18000, 18000, "IDR", None),
            ("Rp30.000", 30000, 30000, "IDR", None),
            ("Rp41.000-Rp43.000", 41000, 43000, "IDR", None),
        ],
    ),
    (
        "mempunyai rumah dengan NJOP di atas Rp1 miliar sebanyak 873 orang, dan mempunyai tanah "
        "dengan NJOP di atas 1 miliar sebanyak 57 orang.",
        [("Rp1 miliar", 10**9, 10**9, "IDR", None), ("1 miliar", 10**9, 10**9, "IDR", None)],
    ),
    (
        "Pemerintah Kota Pekanbaru menyalurkan dana bergulir sebesar Rp100 juta kepada 48 kelompok usaha.",
        [("Rp100 juta", 100000000, 100000000, "IDR", None)],
    ),
    ("Biaya pendaftaran Rp 1,5 juta per orang.", [("Rp 1,5 juta", 1500000, 1500000, "IDR", "orang")]),
    ("Tiket masuk dijual Rp150.000,- untuk umum.", [("Rp150.000,-", 150000, 150000, "IDR", None)]),
    (
        "Pemkab mengalokasikan Rp 2 miliar untuk jalan desa.",
        [("Rp 2 miliar", 2 * 10**9, 2 * 10**9, "IDR", None)],
    ),
    (
        "Nilai proyek itu Rp 2,5 triliun dari APBN.",
        [("Rp 2,5 triliun", 2500 * 10**9, 2500 * 10**9, "IDR", None)],
    ),
    ("Gaji yang diterima Rp750.000 sebulan.", [("Rp750.000", 750000, 750000, "IDR", None)]),
    (
        "Anggaran yang terserap lebih dari Rp 3,2 triliun tahun ini.",
        [("Rp 3,2 triliun", 3200 * 10**9, 3200 * 10**9, "IDR", None)],
    ),
    ("Harga daging sapi Rp60 ribu/kg di pasar.", [("Rp60 ribu", 60000, 60000, "IDR", "kg")]),
    ("Cabai dijual Rp 12.000 per kilogram.", [("Rp 12.000", 12000, 12000, "IDR", "kilogram")]),
    (
        "Harga kamar antara Rp 850 ribu - Rp 1 juta semalam.",
        [("Rp 850 ribu - Rp 1 juta", 850000, 10**6, "IDR", None)],
    ),
    ("Sewa lapak Rp 5-10 juta setahun.", [("Rp 5-10 juta", 5 * 10**6, 10 * 10**6, "IDR", None)]),
    (
        "Tarif parkir berkisar antara Rp 2.000 dan Rp 5.000.",
        [("Rp 2.000 dan Rp 5.000", 2000, 5000, "IDR", None)],
    ),
    (
        "Harga gabah Rp 5.000 s.d. Rp 6.000 per kilogram.",
        [("Rp 5.000 s.d. Rp 6.000", 5000, 6000, "IDR", "kilogram")],
    ),
    (
        "Biaya sekolah Rp 100.000 s/d Rp 250.000 per bulan.",
        [("Rp 100.000 s/d Rp 250.000", 100000, 250000, "IDR", "bulan")],
    ),
    (
        "Harga tiket mulai dari Rp 50.000 sampai Rp 75.000.",
        [("Rp 50.000 sampai Rp 75.000", 50000, 75000, "IDR", None)],
    ),
    (
        "Kerugian ditaksir mencapai ratusan juta rupiah.",
        [("ratusan juta rupiah", 10**8, 999 * 10**6, "IDR", None)],
    ),
    (
        "Bantuan sebesar lima juta rupiah diserahkan kepada korban.",
        [("lima juta rupiah", 5 * 10**6, 5 * 10**6, "IDR", None)],
    ),
    (
        "Ekspor kopi mencapai US$ 5 juta pada semester pertama.",
        [("US$ 5 juta", 5 * 10**6, 5 * 10**6, "USD", None)],
    ),
    ("Harga minyak mentah 60 dolar AS per barel.", [("60 dolar AS", 60, 60, "USD", "barel")]),
    (
        "Nilai transaksi mencapai USD 1,2 miliar.",
        [("USD 1,2 miliar", 1200 * 10**6, 1200 * 10**6, "USD", None)],
    ),
    (
        "harga besi terakhir sudah mencapai Rp45,000 per batang.",
        [("Rp45,000", 45000, 45000, "IDR", "batang")],
    ),
    ("tas itu hanya seharga Rp13 ribuan saja.", [("Rp13 ribuan", 13000, 13000, "IDR", None)]),
    (
        "Pagu anggaran tahun 2024 sebesar 1,2 miliar untuk pembangunan.",
        [("1,2 miliar", 12 * 10**8, 12 * 10**8, "IDR", None)],
    ),
    (
        "Pemkab menyiapkan anggaran Rp 5 miliar hingga 2026 untuk program itu.",
        [("Rp 5 miliar", 5 * 10**9, 5 * 10**9, "IDR", None)],
    ),
    ("Harga cilok Rp 500-700 per tusuk.", [("Rp 500-700", 500, 700, "IDR", "tusuk")]),
    ("bantuan modal sebesarRp5 juta per kelompok.", [("Rp5 juta", 5 * 10**6, 5 * 10**6, "IDR", "kelompok")]),
    ("Harga tiket Rp 50K per orang.", [("Rp 50K", 50000, 50000, "IDR", "orang")]),
    ("Proyek senilai Rp 2 M itu molor.", [("Rp 2 M", 2 * 10**9, 2 * 10**9, "IDR", None)]),
]


@pytest.mark.parametrize(("sentence", "mentions"), CASES, ids=[c[0][:40] for c in CASES])
def test_prices(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


NEGATIVES = [
    "Layanan itu kini menyimpan 64 juta rekaman lagu dari seluruh dunia.",
    "Produksi beras sebesar 3 juta ton tahun ini.",
    "Realisasi Pajak Daerah Pemkot Denpasar 29,16 Persen pada Triwulan I 2024",
    "sumbangan sektor perikanan terhadap PDRB Maluku cukup besar yakni mencapai 41,27 persen.",
    "Kini jumlah UMKM di Kalbar menembus 1,24 juta.",
    "Program Bupati Sapa Warga tahun 2025 sudah berjalan sejak 2 Mei.",
    "Dinas Sosial Jawa Barat mendapati 842.517 tidak layak menerima bantuan sosial.",
    "kenaikan anggaran sebesar 20 persen dibanding tahun lalu.",
    "kuota BBM subsidi dari 48 juta KL jadi 46 juta KL.",
    "Program Indonesia Emas 2045 dan Instruksi Presiden Nomor 4 Tahun 2023.",
    "Tiga Unit Sepeda diserahkan kepada Pak Darsono dan Pak Wagimin.",
    "sejumlah warga hadir dan 30 siswa mengikuti lomba.",
    "Jumlah wisatawan yang datang tahun ini sebesar 1,2 juta.",
    "Pemkab menyalurkan dana bantuan untuk 5.000 warga terdampak.",
    "Jumlah pengunjung pameran yang membeli produk mencapai 1.500.",
    "Rp Rp Rp",
    "",
]


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:40] for s in NEGATIVES])
def test_not_money(sentence: str) -> None:
    assert extract_prices(sentence) == []


# Written for the generalisation review (issue 6): typical amounts in regional news, none from
# the dev set, and the forms the review of the UD and NER corpora found misread (buying/selling
# rates, dividends below one dollar, "per Desember 2006", foreign currencies by name).
UNSEEN = [
    ("Gajinya Rp 1,5 juta per bulan.", [("Rp 1,5 juta", 1_500_000, 1_500_000, "IDR", "bulan")]),
    ("Proyek jalan itu senilai Rp2,3 miliar.", [("Rp2,3 miliar", 2_300_000_000, 2_300_000_000, "IDR", None)]),
    (
        "Pembangunan gedung dengan total anggaran Rp 15 miliar dari APBD.",
        [("Rp 15 miliar", 15 * 10**9, 15 * 10**9, "IDR", None)],
    ),
    (
        "Harga cabai rawit naik menjadi Rp80.000 per kilogram.",
        [("Rp80.000", 80_000, 80_000, "IDR", "kilogram")],
    ),
    (
        "Harga bawang merah Rp 35 ribu hingga Rp 40 ribu per kg.",
        [("Rp 35 ribu hingga Rp 40 ribu", 35_000, 40_000, "IDR", "kg")],
    ),
    ("Parkir dikenakan tarif Rp5.000/jam.", [("Rp5.000", 5000, 5000, "IDR", "jam")]),
    (
        "Setiap keluarga menerima bantuan sebesar Rp600 ribu.",
        [("Rp600 ribu", 600_000, 600_000, "IDR", None)],
    ),
    ("Bank Dunia memberi hibah US$ 2 juta.", [("US$ 2 juta", 2_000_000, 2_000_000, "USD", None)]),
    # English scale words; a dot before other than three digits is a decimal point (1.5 = 1,5).
    (
        "Perusahaan itu menerima pendanaan USD 1.5 million dari investor.",
        [("USD 1.5 million", 1_500_000, 1_500_000, "USD", None)],
    ),
    (
        "Investasi IDR 10 billion untuk pabrik baru.",
        [("IDR 10 billion", 10 * 10**9, 10 * 10**9, "IDR", None)],
    ),
    ("Ia menyetor Rp 1.250.000,00 ke kas desa.", [("Rp 1.250.000,00", 1_250_000, 1_250_000, "IDR", None)]),
    ("Biaya pendaftaran Rp. 500.000 per orang.", [("Rp. 500.000", 500_000, 500_000, "IDR", "orang")]),
    (
        "Desa itu menerima dana desa sebesar 1,2 miliar rupiah.",
        [("1,2 miliar rupiah", 1_200_000_000, 1_200_000_000, "IDR", None)],
    ),
    (
        "Kerugian ditaksir mencapai ratusan juta rupiah.",
        [("ratusan juta rupiah", 100_000_000, 999_000_000, "IDR", None)],
    ),
    ("Nilai proyek Rp 3 T.", [("Rp 3 T", 3 * 10**12, 3 * 10**12, "IDR", None)]),
    ("Harga kaos itu Rp 20-30 ribu.", [("Rp 20-30 ribu", 20_000, 30_000, "IDR", None)]),
    (
        "Harga daging sapi di pasar tradisional berkisar Rp130.000-Rp140.000 per kg.",
        [("Rp130.000-Rp140.000", 130_000, 140_000, "IDR", "kg")],
    ),
    (
        "Harga gas elpiji 3 kg naik dari Rp 18.000 menjadi Rp 22.000.",
        [("Rp 18.000", 18_000, 18_000, "IDR", None), ("Rp 22.000", 22_000, 22_000, "IDR", None)],
    ),
    (
        "UMK Bekasi tahun 2025 ditetapkan sebesar Rp5.690.752.",
        [("Rp5.690.752", 5_690_752, 5_690_752, "IDR", None)],
    ),
    ("Penghasilannya sekitar 1,5 juta sebulan.", [("1,5 juta", 1_500_000, 1_500_000, "IDR", None)]),
    (
        # The amount restated in words is the same amount: listed once.
        "Uang muka sebesar Rp. 1.500.000,- (satu juta lima ratus ribu rupiah) dibayarkan di muka.",
        [("Rp. 1.500.000,-", 1_500_000, 1_500_000, "IDR", None)],
    ),
    (
        # A buying/selling rate is one range; Rp5.000/jam stays a unit price.
        "Nilai tukar rupiah melemah menjadi Rp9.175/9.180 per dolar AS.",
        [("Rp9.175/9.180", 9175, 9180, "IDR", "dolar")],
    ),
    (
        "Total pendapatan film itu tak kurang dari US $ 72,3 juta.",
        [("US $ 72,3 juta", 72_300_000, 72_300_000, "USD", None)],
    ),
    (
        # 0,475 is a decimal (no thousands group opens with 0), rounded to whole dollars.
        "Dividen luar biasa 0,475 dollar AS per lembar saham.",
        [("0,475 dollar AS", 0, 0, "USD", "lembar")],
    ),
    (
        "Outstanding pinjaman mencapai 125,257 miliar dolar AS per Desember 2006.",
        [("125,257 miliar dolar AS", 125_257_000_000, 125_257_000_000, "USD", None)],
    ),
    (
        "Bank itu menetapkan modal 4 miliar dirham.",
        [("4 miliar dirham", 4 * 10**9, 4 * 10**9, "AED", None)],
    ),
    (
        "City memboyong gelandang itu senilai 49 juta pounds (Rp1,06 triliun).",
        [
            ("49 juta pounds", 49_000_000, 49_000_000, "GBP", None),
            ("Rp1,06 triliun", 1_060_000_000_000, 1_060_000_000_000, "IDR", None),
        ],
    ),
    (
        "Tebusan sebesar 50 juta peso telah dibayarkan.",
        [("50 juta peso", 50_000_000, 50_000_000, "PHP", None)],
    ),
    # an ISO code written before the amount names its currency
    (
        "Perusahaan menargetkan pendapatan tahunan sebesar KRW 10 triliun pada 2027.",
        [("KRW 10 triliun", 10_000_000_000_000, 10_000_000_000_000, "KRW", None)],
    ),
    # the counted families after a bare amount are no money; the aid in rupiah before them is
    (
        "Bantuan Rp4,4 triliun disalurkan kepada 4,9 juta Keluarga Penerima Manfaat (KPM).",
        [("Rp4,4 triliun", 4_400_000_000_000, 4_400_000_000_000, "IDR", None)],
    ),
    # a capitalised word after a bare amount that counts nothing still opens a new clause
    (
        "Bantuan tunai sebesar 1,5 juta Senin depan akan cair.",
        [("1,5 juta", 1_500_000, 1_500_000, "IDR", None)],
    ),
    (
        "PMA yang masuk mencapai 20,2 miliar Ringgit Malaysia.",
        [("20,2 miliar Ringgit Malaysia", 20_200_000_000, 20_200_000_000, "MYR", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "mentions"), UNSEEN, ids=[c[0][:40] for c in UNSEEN])
def test_prices_unseen(sentence: str, mentions: list[tuple]) -> None:
    assert extract_prices(sentence) == _expected(sentence, mentions)


UNSEEN_NEGATIVES = [
    "Lagu itu diputar 64 juta rekaman.",
    "Produksi padi mencapai 3 juta ton beras.",
    "Inflasi tahunan tercatat 2,5 persen.",
    "Informasi lebih lanjut hubungi nomor 0812-3456-7890.",
    "Pada tahun 2024 harga naik.",
    "Harganya Rp belum ditentukan.",
    # A title-case programme name: numbers in names are not money (GUIDELINES §4).
    "Program Rp 1 Miliar per Desa diluncurkan bupati.",
    "Gerakan Seribu Rupiah digagas gubernur.",
    "Omzet pedagang turun hingga 50 persen.",
    "Nomor rekening 123.456.789 atas nama panitia.",
    "Jumlahnya sekitar 1,5 juta orang.",
    "Kuota BBM subsidi dipangkas menjadi 46 juta kiloliter.",
    "Total bantuan yang disalurkan sebanyak 3 juta ton beras.",
    # "beberapa" has no bounds (GUIDELINES §5), for money as for people.
    "Kamera itu bisa didapat dengan beberapa juta rupiah.",
    # a counted noun after a bare amount counts it even when capitalised (a programme's term)
    "Pemerintah menyalurkan bantuan beras bagi 4,1 juta Keluarga Penerima Manfaat di seluruh Indonesia.",
]


@pytest.mark.parametrize("sentence", UNSEEN_NEGATIVES, ids=[s[:40] for s in UNSEEN_NEGATIVES])
def test_not_money_unseen(sentence: str) -> None:
    assert extract_prices(sentence) == []


@pytest.mark.xfail(strict=True, reason="an English price in eighths ($20.125) reads as thousands")
def test_english_decimal_three_places() -> None:
    sentence = "Saham itu naik sebesar $20.125 per lembar saham."
    assert [(p.min, p.max) for p in extract_prices(sentence)] == [(20, 20)]


@pytest.mark.xfail(strict=True, reason="a scale word in brackets after the amount is not read")
def test_scale_in_brackets() -> None:
    sentence = "mudah-mudahan dapat Rp 1,6 (triliun) untuk penambahan lapas"
    assert [(p.min, p.max) for p in extract_prices(sentence)] == [(16 * 10**11, 16 * 10**11)]


@pytest.mark.parametrize("name", ["prices_currencies.txt", "prices_cues.txt", "prices_followers.txt"])
def test_lexicon_well_formed(name: str) -> None:
    from importlib import resources

    from extract.resources import load_lines

    raw = resources.files("extract.resources").joinpath(name).read_text(encoding="utf-8")
    assert raw.startswith("# source:") and "licence:" in raw.splitlines()[0]
    entries = load_lines(name)
    keys = [" ".join(e.split("|")[-1].split()).lower() for e in entries]
    if name == "prices_currencies.txt":  # the same form may stand before and after (IDR, USD)
        keys = [" ".join(e.split("|")[0].split() + e.split("|")[-1].lower().split()) for e in entries]
    assert len(keys) == len(set(keys)), f"duplicate entries in {name}"
    assert all(e == e.strip() and "  " not in e for e in entries)


def test_type_error() -> None:
    with pytest.raises(TypeError):
        extract_prices(b"Rp 5.000")  # type: ignore[arg-type]


def test_does_not_mutate_and_returns_list() -> None:
    text = "harga Rp 5.000"
    out = extract_prices(text)
    assert isinstance(out, list) and text == "harga Rp 5.000"


_TOKENS = [
    *"0123456789.,-/ ",
    "Rp",
    " rupiah",
    " juta",
    " ribu",
    " miliar",
    "harga ",
    " sd ",
    " hingga ",
    " per ",
    "kg",
    "$",
    " dolar",
    "puluhan ",
    "lima ",
    " belas",
    "antara ",
    " dan ",
    " M",
    "%",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join))
def test_fuzz_spans_consistent(text: str) -> None:
    for p in extract_prices(text):
        assert text[p.span[0] : p.span[1]] == p.text
        assert isinstance(p.min, int) and isinstance(p.max, int)
        assert p.min <= p.max
        assert p.currency.isupper() and len(p.currency) == 3


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_any_text(text: str) -> None:
    for p in extract_prices(text):
        assert text[p.span[0] : p.span[1]] == p.text


@pytest.mark.parametrize(
    "text",
    [
        "Rp " * 100_000,
        "1." * 500_000,
        "Rp 1." * 100_000,
        "Rp 1 - " * 50_000,
        "harga 5.000 sd " * 30_000,
        "a" * 100_000,
        scaled(("(", 50_000), (")", 50_000)),
        "satu " * 100_000,
    ],
    ids=["rp-rp", "dots", "rp-dots", "ranges", "bare-ranges", "long-line", "brackets", "words"],
)
def test_adversarial_inputs_are_fast(text: str) -> None:
    assert growth(extract_prices, text) < LINEAR_BOUND


def _pre_spans(text: str, find) -> list[tuple[int, int] | None]:
    """What ``find(text, a)`` gives before each number of ``text``: the currency's span or None."""
    return [(m.span() if (m := find(text, a)) else None) for a, _ in find_numbers(text)]


PRE_CASES = [
    # a currency before the number (glued, dotted, a symbol, a code, two words), and none
    "Anggaran sebesarRp5 juta, Rp. 150.000,- dan US $ 20 serta €15 dan USD 3,5 juta dicairkan.",
    "Sebanyak 12 orang hadir pada tahun 2024, pukul 10.00 WIB, di RT 05 RW 03.",
    "Harga emas naik HK$ 12 dan ¥ 300 per gram; rmb 8 dan  IDR   9.000 tercatat.",
    "Dibayar rp 5.000 (lima ribu) oleh 3 warga.",
]


@pytest.mark.parametrize("text", PRE_CASES)
def test_currency_before_finds_what_the_window_search_finds(text: str) -> None:
    """The prefilter of `_currency_before` skips only windows where `_pre_rx` cannot match."""
    bare = _pre_spans(text, lambda t, a: _pre_rx().search(t, max(0, a - 12), a))
    assert _pre_spans(text, _currency_before) == bare
    assert any(bare) == (not text.startswith("Sebanyak"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Rp.$€¥£ UuSsDdRrMmBbIi\u00a0\u2009\x1c\u017f\u212a0123456789,", max_size=40))
def test_currency_before_fuzz_same_as_the_window_search(text: str) -> None:
    bare = _pre_spans(text, lambda t, a: _pre_rx().search(t, max(0, a - 12), a))
    assert _pre_spans(text, _currency_before) == bare
