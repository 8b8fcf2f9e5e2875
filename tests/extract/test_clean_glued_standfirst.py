# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""A news agency's standfirst glued before the lede's dateline with no space (issue 15): `… tidak
perlu khawatirJakarta (ANTARA) - …`. When the body says the standfirst again word for word, it is a
copy (GUIDELINES §1: keep one) and the paragraph starts at the dateline; a standfirst said nowhere
else, or too short to tell, stays. Every page is invented."""

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


CASES = [
    pytest.param(
        QUOTE + LEDE + CLOSE,
        _page(LEDE + CLOSE, (QUOTE, "duplicate")),
        id="quote-repeated-in-body",
    ),
    pytest.param(
        "..warga merasa aman bersepeda setiap hari" + LEDE + CLOSE,
        _page(LEDE + CLOSE, ("..warga merasa aman bersepeda setiap hari", "duplicate")),
        id="excerpt-with-leading-dots",
    ),
    pytest.param(
        "Jalur sepeda di Jalan Sudirman akan diperlebar pada akhir tahun ini."
        + LEDE.replace("Jakarta (ANTARA)", "Bandung (ANTARA)"),
        _page(
            LEDE.replace("Jakarta (ANTARA)", "Bandung (ANTARA)"),
            ("Jalur sepeda di Jalan Sudirman akan diperlebar pada akhir tahun ini.", "duplicate"),
            dateline=Dateline(place="Bandung", outlet="ANTARA"),
        ),
        id="lede-sentence-repeated",
    ),
    pytest.param(
        "Jalur sepeda baru siap dipakai warga ibu kota" + LEDE + CLOSE,
        _page("Jalur sepeda baru siap dipakai warga ibu kota" + LEDE + CLOSE),
        id="standfirst-said-nowhere-else-stays",
    ),
    pytest.param(
        "Benar sekali" + LEDE + " “Benar sekali,” kata Andi.",
        _page("Benar sekali" + LEDE + " “Benar sekali,” kata Andi."),
        id="two-words-too-short-to-tell",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_glued_standfirst(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected
