# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""A news agency's standfirst set before the lede's dateline with a space, a comma, or its last
capital glued to the place (issue 15, meta35): `… demi persatuan Jakarta (ANTARA) - …`,
`… pukul 07.00 WIBJakarta (ANTARA) - …`. When the body says the standfirst again word for word it
is a copy (GUIDELINES §1: keep one) and the paragraph starts at the dateline, whose place is the one
the paragraph's head reads. A place named inside the standfirst does not end it, and a standfirst
said nowhere else stays. Every page is invented."""

from __future__ import annotations

from functools import partial

import pytest

from extract.clean import CleanedArticle, clean
from extract.records import Dateline
from tests.clean_pages import cleaned

LEDE = "Jakarta (ANTARA) - Kepala Dinas Perhubungan DKI Jakarta Andi Wibowo mengatakan jalur sepeda di Jalan Sudirman akan diperlebar pada akhir tahun ini."
QUOTE = "Kami ingin warga merasa aman bersepeda setiap hari"
CLOSE = f" “{QUOTE},” kata Andi di Jakarta, Senin. Ia menambahkan pembangunan dimulai bulan depan."
ANTARA = Dateline(place="Jakarta", outlet="ANTARA")

_page = partial(cleaned, dateline=ANTARA)

IN_JAKARTA = "Kami ingin warga Jakarta merasa aman bersepeda setiap hari"
SCHEDULE = "Layanan dibuka setiap hari pukul 07.00-12.00 WIB"
SCHEDULE_CLOSE = f" {SCHEDULE} di gerai yang sama. Warga cukup membawa kartu identitas."

CASES = [
    pytest.param(
        f"{QUOTE} {LEDE}{CLOSE}",
        _page(LEDE + CLOSE, (QUOTE, "duplicate")),
        id="quote-then-space",
    ),
    pytest.param(
        f"{QUOTE},{LEDE}{CLOSE}",
        _page(LEDE + CLOSE, (f"{QUOTE},", "duplicate")),
        id="quote-then-comma",
    ),
    pytest.param(
        f"{SCHEDULE}{LEDE}{SCHEDULE_CLOSE}",
        _page(LEDE + SCHEDULE_CLOSE, (SCHEDULE, "duplicate")),
        id="last-capital-glued-to-the-place",
    ),
    pytest.param(
        "Pengamanan dipusatkan di wilayah Tangerang Tangerang (ANTARA) - Polisi menyiagakan 300 personel di wilayah Tangerang. Pengamanan dipusatkan di wilayah Tangerang selama libur panjang.",
        _page(
            "Tangerang (ANTARA) - Polisi menyiagakan 300 personel di wilayah Tangerang. Pengamanan dipusatkan di wilayah Tangerang selama libur panjang.",
            ("Pengamanan dipusatkan di wilayah Tangerang", "duplicate"),
            dateline=Dateline(place="Tangerang", outlet="ANTARA"),
        ),
        id="standfirst-ending-with-the-place-name",
    ),
    pytest.param(
        f"{IN_JAKARTA} {LEDE} “{IN_JAKARTA},” kata Andi.",
        _page(LEDE + f" “{IN_JAKARTA},” kata Andi.", (IN_JAKARTA, "duplicate")),
        id="place-inside-the-standfirst-is-no-seam",
    ),
    pytest.param(
        "Genangan air merendam permukiman di Cikarang, Jawa Barat Jakarta (ANTARA) - Genangan air merendam permukiman di Cikarang, Jawa Barat, sejak Senin pagi. Warga mulai mengungsi ke balai desa.",
        _page(
            "Jakarta (ANTARA) - Genangan air merendam permukiman di Cikarang, Jawa Barat, sejak Senin pagi. Warga mulai mengungsi ke balai desa.",
            ("Genangan air merendam permukiman di Cikarang, Jawa Barat", "duplicate"),
        ),
        id="standfirst-ending-with-a-place-and-its-region",
    ),
    pytest.param(
        "Jalan penghubung antardesa itu rampung dibangun tahun ini Penajam Paser Utara (ANTARA) - Pemerintah kabupaten menyebut jalan penghubung antardesa itu rampung dibangun tahun ini. Warga kini bisa menempuh jarak itu dalam 20 menit.",
        _page(
            "Penajam Paser Utara (ANTARA) - Pemerintah kabupaten menyebut jalan penghubung antardesa itu rampung dibangun tahun ini. Warga kini bisa menempuh jarak itu dalam 20 menit.",
            ("Jalan penghubung antardesa itu rampung dibangun tahun ini", "duplicate"),
            dateline=Dateline(place="Penajam Paser Utara", outlet="ANTARA"),
        ),
        id="standfirst-before-a-place-of-three-words",
    ),
    pytest.param(
        "Tim SAR menyisir sungai di Kabupaten Bogor Jakarta (ANTARA) - Tim SAR menyisir sungai di Kabupaten Bogor sejak Senin pagi. Warga mulai mengungsi ke balai desa.",
        _page(
            "Jakarta (ANTARA) - Tim SAR menyisir sungai di Kabupaten Bogor sejak Senin pagi. Warga mulai mengungsi ke balai desa.",
            ("Tim SAR menyisir sungai di Kabupaten Bogor", "duplicate"),
        ),
        id="standfirst-ending-with-an-administrative-word-and-its-region",
    ),
    pytest.param(
        "Sebagian lahan warga sudah dibayar, sisanya menunggu hasil penilaian,Kabupaten Sukamaju (ANTARA) - Dinas PUPR menyebut pembebasan lahan bendungan memasuki tahap akhir. Sebagian lahan warga sudah dibayar, sisanya menunggu hasil penilaian, kata dia.",
        _page(
            "Kabupaten Sukamaju (ANTARA) - Dinas PUPR menyebut pembebasan lahan bendungan memasuki tahap akhir. Sebagian lahan warga sudah dibayar, sisanya menunggu hasil penilaian, kata dia.",
            ("Sebagian lahan warga sudah dibayar, sisanya menunggu hasil penilaian,", "duplicate"),
            dateline=Dateline(place="Kabupaten Sukamaju", outlet="ANTARA"),
        ),
        id="comma-glued-to-a-place-of-two-words",
    ),
    pytest.param(
        f"Jalur sepeda baru siap dipakai warga ibu kota {LEDE}{CLOSE}",
        _page(f"Jalur sepeda baru siap dipakai warga ibu kota {LEDE}{CLOSE}"),
        id="standfirst-said-nowhere-else-stays",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_spaced_standfirst(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected


def test_a_lede_naming_a_place_before_a_dash_keeps_its_words() -> None:
    """A first paragraph with no agency dateline: a region's name before a dash inside the lede
    (`… jalur Surabaya - Madura …`) opens no dateline, and nothing is cut."""
    raw = "Arus kendaraan di jalur Surabaya - Madura padat sejak pagi. Arus kendaraan di jalur Surabaya - Madura padat sejak pagi, kata petugas."
    page = clean(raw)
    assert page.text == raw
    assert page.boilerplate == ()
