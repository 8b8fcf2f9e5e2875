"""Another article's headline closing the page after the last quotation's attribution (issue 15,
meta36): entertainment pages saved with a recommended headline glued after `…," pungkasnya.`
whose words are in no headline list (`Momen …`, `… Bakal …`). After the speaker closes the
story, a title-case run of a headline's length with no stop, label, bracket or date is a teaser
(GUIDELINES §1: related-article teasers). Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "headline",
    [
        "Momen Penyanyi Asal Ende Disambut Ribuan Penggemar di Bandara",
        "Grup Vokal Baru Bakal Debut Tanpa Tiga Anggota Lama",
        "Semaraknya Festival Kopi Flores 2025 di Labuan Bajo",
    ],
    ids=["momen", "bakal", "semaraknya"],
)
def test_a_headline_after_the_last_attribution_is_a_teaser(headline: str) -> None:
    page = clean(f"{LEDE} {LAST} {headline}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=headline, kind=LineKind.RELATED),)


@pytest.mark.parametrize(
    "tail",
    [
        "Jadwal Lomba Perahu: Kamis Pagi di Pantai Kota",
        "Konser Amal Minggu (10/8) Pukul 19.00 WITA Stadion Marilonga",
        "Kamis, 14 Agustus 2025",
    ],
    ids=["a-label", "a-bracketed-schedule", "a-date"],
)
def test_a_label_a_bracket_or_a_date_after_the_attribution_is_no_headline(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert tail not in [b.text for b in page.boilerplate if b.kind == LineKind.RELATED]


def test_a_closing_sentence_in_title_case_after_prose_stays() -> None:
    """No quotation closes the sentence before it: the title-case sentence is the story's end."""
    last = "Panen raya itu dihadiri warga dari empat desa."
    tail = "Salam Hangat dari Keluarga Besar Desa Sukamaju"
    page = clean(f"{LEDE} {last} {tail}")
    assert page.text == f"{LEDE} {last} {tail}"
    assert page.boilerplate == ()


def test_a_quotation_inside_the_last_sentence_is_no_attribution() -> None:
    """`… menyebut "panen raya" sebagai pesta desa. Warga …`: the quotation closes no speech."""
    last = 'Warga menyebut acara itu "pesta desa" sejak lama.'
    tail = "Meriahnya Pesta Desa Sukamaju Tahun Ini"
    page = clean(f"{LEDE} {last} {tail}")
    assert page.text == f"{LEDE} {last} {tail}"


@pytest.mark.xfail(
    strict=True,
    reason="a comma in the run reads as a signature (`Nama, Pengamat …`): a headline with a comma stays",
)
def test_a_headline_with_a_comma_after_the_attribution_is_a_teaser() -> None:
    headline = "Dilanda Masalah Keluarga, Penyanyi Asal Ende Tetap Manggung"
    page = clean(f"{LEDE} {LAST} {headline}")
    assert page.text == f"{LEDE} {LAST}"
