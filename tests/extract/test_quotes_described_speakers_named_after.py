"""Quotes on unseen regional news (issue 13, round quotes18): a tag that describes its speaker
without a name (``kata salah seorang pedagang di pasar``) and gives the name after a comma names
that person; a description with no name after it, or a name in the next sentence, names no one.

Invented Indonesian sentences; whole quotes with spans, including texts that must give nothing.
"""

from __future__ import annotations

from extract import extract_quotes
from tests.extract.test_quotes import _person, _quote, _span

TEXT_APPOSED = (
    "Harga beras medium di Pasar Way Halim naik Rp1.000 per kilogram sejak awal pekan.\n"
    "“Pasokan dari penggilingan berkurang karena panen belum mulai,” kata salah seorang "
    "pedagang di pasar itu, Suharti, Senin. Ia berharap harga kembali turun bulan depan.\n"
    "“Pembeli sekarang hanya ambil lima kilo saja,” katanya."
)


def test_a_name_after_a_comma_names_the_described_speaker() -> None:
    suharti = _person(TEXT_APPOSED, "Suharti")
    got = extract_quotes(TEXT_APPOSED, persons=[suharti])
    assert got == [
        _quote(
            TEXT_APPOSED,
            "Pasokan dari penggilingan berkurang karena panen belum mulai,",
            "Suharti",
            "kata",
            speaker_span=_span(TEXT_APPOSED, "Suharti"),
        ),
        _quote(TEXT_APPOSED, "Pembeli sekarang hanya ambil lima kilo saja,", "Suharti", "katanya"),
    ]


TEXT_APPOSED_PLACE = (
    "Warga mengeluhkan jalan rusak di ruas Sukau menuju Liwa.\n"
    "“Kalau hujan, motor sering tergelincir di tanjakan,” ujar warga yang tinggal di "
    "Pekon Tanjung Raya, Kecamatan Sukau, Rahmat Hidayat (41)."
)


def test_the_name_may_follow_a_place_given_with_commas() -> None:
    rahmat = _person(TEXT_APPOSED_PLACE, "Rahmat Hidayat")
    got = extract_quotes(TEXT_APPOSED_PLACE, persons=[rahmat])
    assert got == [
        _quote(
            TEXT_APPOSED_PLACE,
            "Kalau hujan, motor sering tergelincir di tanjakan,",
            "Rahmat Hidayat",
            "ujar",
            speaker_span=_span(TEXT_APPOSED_PLACE, "Rahmat Hidayat"),
        )
    ]


TEXT_NO_NAME = (
    "Kepala Dinas Perdagangan Lampung Barat, Tri Wahyuni, meninjau stok gula di gudang Bulog.\n"
    "“Stok gula di toko kami cukup sampai akhir bulan,” kata seorang pedagang di Pasar Liwa, "
    "Rabu. Sementara itu, Tri Wahyuni meminta warga tidak panik."
)


def test_a_description_without_a_name_after_it_names_no_one() -> None:
    tri = _person(TEXT_NO_NAME, "Tri Wahyuni")
    got = extract_quotes(TEXT_NO_NAME, persons=[tri])
    assert got == [_quote(TEXT_NO_NAME, "Stok gula di toko kami cukup sampai akhir bulan,", None, "kata")]


TEXT_NAME_NEXT_SENTENCE = (
    "Klub Bhayangkara mengumumkan perekrutan penyerang baru dari Brasil.\n"
    "“Kami senang menyambut pemain yang berpengalaman di liga Asia,” tulis pengumuman di laman "
    "klub, Rabu. Dikutip dari situs liga, Marcelo Souza sudah menjalani tes medis."
)


def test_a_name_in_the_next_sentence_names_no_one() -> None:
    marcelo = _person(TEXT_NAME_NEXT_SENTENCE, "Marcelo Souza")
    got = extract_quotes(TEXT_NAME_NEXT_SENTENCE, persons=[marcelo])
    assert got == [
        _quote(
            TEXT_NAME_NEXT_SENTENCE,
            "Kami senang menyambut pemain yang berpengalaman di liga Asia,",
            None,
            "tulis",
        )
    ]
