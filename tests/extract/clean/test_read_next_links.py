"""A `Baca Selanjutnya` (read next) link is a related-article teaser (GUIDELINES §1): closing the
article, with its arrow inside a digest of items, or before a related headline with its colon; it
goes, and the paragraph's prose stays. `selanjutnya` in a sentence (`langkah selanjutnya`, `kita
lihat selanjutnya`) is prose (issue 15, meta27). Invented pages.
"""

from __future__ import annotations

import pytest

from extract.clean import clean

OPENING = (
    "Dinas Perhubungan Kabupaten Sukamaju menambah armada bus sekolah gratis untuk siswa di "
    "Kecamatan Sukaraja mulai pekan depan."
)
MIDDLE = "Setiap bus melayani dua rute dari pagi hingga siang hari."


def _related(page) -> list[str]:
    return [b.text for b in page.boilerplate if b.kind.value == "related"]


@pytest.mark.parametrize("link", ["Baca Selanjutnya", "BACA SELANJUTNYA >>>>"], ids=["bare", "arrow"])
def test_a_read_next_link_closing_the_article_goes(link: str) -> None:
    page = clean(f"{OPENING} {MIDDLE} {link}\n")
    assert page.text == f"{OPENING} {MIDDLE}"
    assert _related(page) == [link]


def test_read_next_links_inside_a_digest_of_items_go() -> None:
    digest = "Berikut dua pilihannya. 1. Bus Mini Listrik {} 2. Bus Sedang Bertenaga Gas {}"
    page = clean(f"{OPENING} {digest.format('Baca Selanjutnya >>>', 'Baca Selanjutnya>>>')}\n")
    assert page.text == f"{OPENING} Berikut dua pilihannya. 1. Bus Mini Listrik 2. Bus Sedang Bertenaga Gas"
    assert _related(page) == ["Baca Selanjutnya >>>", "Baca Selanjutnya>>>"]


def test_a_read_next_headline_with_its_colon_goes() -> None:
    teaser = "Baca Selanjutnya: Terminal Baru Sukaraja Mulai Beroperasi Bulan Depan"
    after = "“Kami ingin anak-anak tidak lagi berjalan jauh ke sekolah,” kata Kepala Dinas."
    page = clean(f"{OPENING} {MIDDLE} {teaser} {after}\n")
    assert page.text == f"{OPENING} {MIDDLE} {after}"
    assert _related(page) == [teaser]


@pytest.mark.parametrize(
    "prose",
    [
        "Langkah selanjutnya, kata dia, dinas akan menambah halte di pinggir jalan provinsi.",
        "Kita lihat selanjutnya bagaimana sikap dewan terhadap usulan itu.",
        "Siswa diminta membaca selanjutnya jadwal keberangkatan di papan sekolah.",
    ],
    ids=["next-step", "lowercase-lihat", "lowercase-membaca"],
)
def test_selanjutnya_in_prose_stays(prose: str) -> None:
    page = clean(f"{OPENING} {MIDDLE} {prose}\n")
    assert page.text == f"{OPENING} {MIDDLE} {prose}"
    assert _related(page) == []
