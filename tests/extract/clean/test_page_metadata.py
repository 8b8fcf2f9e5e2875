"""Page metadata on layouts the first rules missed (issue 15): dates and credits glued to other
lines, headlines printed under the body, captions and pull quotes that are no headline."""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from extract.clean.kinds import LineKind
from extract.records import Boilerplate, Dateline

LEDE = (
    "MATARAM – Pemerintah Kota Mataram menyalurkan bantuan beras kepada 1.200 keluarga penerima "
    "manfaat di enam kecamatan, Senin (4/3/2024)."
)
QUOTE = '"Bantuan ini kami salurkan bertahap agar tepat sasaran," kata Kepala Dinas Sosial, Lalu Martawang.'
CLOSING = "Penyaluran tahap berikutnya dijadwalkan pada pekan kedua bulan April mendatang."
BODY = "\n".join([LEDE, QUOTE, CLOSING])
PLACE = Dateline(place="Mataram", outlet=None)


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_date_line_that_opens_a_credit_line_gives_the_date_and_the_reporter() -> None:
    raw = _lines(
        "Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga",
        "Senin, 4 Maret 2024 Reporter: Baiq Nurul Editor: Rudi Hartono 1532",
        LEDE,
        QUOTE,
        CLOSING,
    )
    assert clean(raw) == CleanedArticle(
        text=BODY,
        title="Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga",
        published="2024-03-04",
        byline="Baiq Nurul",
        dateline=PLACE,
        boilerplate=(
            Boilerplate(1, "Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga", "title"),
            Boilerplate(2, "Senin, 4 Maret 2024 Reporter: Baiq Nurul Editor: Rudi Hartono 1532", "byline"),
        ),
    )


def test_a_date_field_glued_to_the_headline_is_the_published_date() -> None:
    raw = _lines(" date 2024-03-04 Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga", LEDE, QUOTE, CLOSING)
    page = clean(raw)
    assert (page.title, page.published) == (
        "Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga",
        "2024-03-04",
    )
    assert page.text == BODY


def test_a_headline_that_opens_with_a_number_keeps_it() -> None:
    # `2024 Tahun Penuh Tantangan …`: a year is no page date, and the headline stays whole
    raw = _lines("2024 Tahun Penuh Tantangan bagi Petani Tembakau Lombok", LEDE, QUOTE, CLOSING)
    page = clean(raw)
    assert (page.title, page.published) == ("2024 Tahun Penuh Tantangan bagi Petani Tembakau Lombok", None)


def test_headline_and_date_printed_under_the_body() -> None:
    raw = _lines(
        LEDE, QUOTE, CLOSING, "Bantuan beras untuk 1.200 keluarga di Mataram", "Senin, 4 Maret 2024 10:15 WIB"
    )
    assert clean(raw) == CleanedArticle(
        text=BODY,
        title="Bantuan beras untuk 1.200 keluarga di Mataram",
        published="2024-03-04",
        dateline=PLACE,
        boilerplate=(
            Boilerplate(4, "Bantuan beras untuk 1.200 keluarga di Mataram", "title"),
            Boilerplate(5, "Senin, 4 Maret 2024 10:15 WIB", "published"),
        ),
    )


def test_related_headlines_with_dates_under_a_heading_are_not_the_page() -> None:
    raw = _lines(
        "Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga",
        LEDE,
        QUOTE,
        CLOSING,
        "BERITA TERKAIT",
        "Harga Cabai di Pasar Kebon Roek Mulai Turun",
        "Jumat, 1 Maret 2024 10:15 WIB",
    )
    page = clean(raw)
    assert (page.title, page.published) == ("Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga", None)


@pytest.mark.parametrize(
    "caption",
    [
        "Wali Kota Mataram Menyerahkan Bantuan Beras kepada Warga. Foto (Baiq Nurul)",
        "Petugas Dinas Sosial Mataram saat menyalurkan bantuan beras di Kecamatan Ampenan. ANTARA/Istimewa",
        "photo Baiq Nurul - Mataramnews.id",
    ],
    ids=["label-then-bracket", "agency-slash-source", "photo-credit-line"],
)
def test_a_caption_or_photo_credit_above_the_body_is_no_headline(caption: str) -> None:
    raw = _lines("Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga", caption, LEDE, QUOTE, CLOSING)
    page = clean(raw)
    assert page.title == "Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga"
    assert page.byline is None  # a photographer is not the reporter
    assert Boilerplate(2, caption, "caption") in page.boilerplate


def test_a_pull_quote_above_the_body_is_no_headline() -> None:
    pull = "Bantuan ini kami salurkan bertahap agar tepat sasaran"
    raw = _lines("Pemkot Mataram salurkan beras untuk keluarga", pull, LEDE, QUOTE, CLOSING)
    page = clean(raw)
    assert page.title == "Pemkot Mataram salurkan beras untuk keluarga"
    assert Boilerplate(2, pull, "duplicate") in page.boilerplate


def test_a_sentence_case_headline_not_repeated_in_the_body_stays_the_headline() -> None:
    raw = _lines("Warga Ampenan antre sejak pagi untuk mendapatkan beras", LEDE, QUOTE, CLOSING)
    assert clean(raw).title == "Warga Ampenan antre sejak pagi untuk mendapatkan beras"


@pytest.mark.parametrize(
    "line",
    ["2024-03-04T10:15:00+07:00", "Diperbarui 4 Maret 2024, 10:15 WIB"],
    ids=["iso-timestamp", "updated-label"],
)
def test_more_page_date_lines(line: str) -> None:
    page = clean(_lines("Pemkot Mataram Salurkan Beras untuk 1.200 Keluarga", line, LEDE, QUOTE, CLOSING))
    assert page.published == "2024-03-04"
    assert Boilerplate(2, line, "published") in page.boilerplate


def test_a_headline_naming_a_masthead_in_camel_case_is_the_headline() -> None:
    headline = "Pemred LombokPost.com Minta Wartawan Kirim Berita Sebelum Pukul Sepuluh"
    page = clean(_lines("BerandaDaerahPemred LombokPost.com Minta Wartawan", headline, BODY))
    assert page.title == headline
    assert page.text == BODY
    assert page.boilerplate == (
        Boilerplate(
            line=1, text="BerandaDaerahPemred LombokPost.com Minta Wartawan", kind=LineKind.NAVIGATION
        ),
        Boilerplate(line=2, text=headline, kind=LineKind.TITLE),
    )


def test_a_run_together_menu_beside_a_domain_is_no_headline() -> None:
    menu = "BerandaDaerahMataram Ekonomi Bisnis Lombokpost.com"
    page = clean(_lines(menu, BODY))
    assert page.title is None
    assert page.text == BODY
