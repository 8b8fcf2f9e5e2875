"""An outlet's slashed credit closing a page whose last sentence is a list of figures, no stop
before it (issue 15, GUIDELINES §1: the reporter's credit at the end is the byline, not body):
`… Harga Beli : Rp 14.630 (Tribunnews.com/Fajar)`, `… $ 1.099 (Rp 16,1 jutaan)
(Tribunnews.com/Yurika Nendri)` (news-raw 8367, 8501). After a figure or a bracket only an outlet's
web address and a writer's name open such a credit (a person's, no desk; one word a name's word,
`Yurika`, `Willy`, no common word and no outlet's channel): a bracketed phrase with a slash after a
figure, or a site's section (`(Kompas.com/Ekonomi)`, `(Detik.com/Health)`), stays body.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import LineKind
from tests.clean_records import one_line_page

LEAD = "Harga emas batangan di butik Jakarta naik tipis pada perdagangan Senin pagi."


@pytest.mark.parametrize(
    ("body", "credit"),
    [
        pytest.param(
            f"{LEAD} Harga jual: Rp 1.120.000 Harga beli: Rp 1.050.000",
            "Kompas.com/Sinta Dewi",
            id="after-a-figure",
        ),
        pytest.param(
            f"{LEAD} Paket hemat dijual $ 899 (Rp 14 jutaan)",
            "Tribunnews.com/Rina",
            id="after-a-bracketed-figure",
        ),
        # review of session 38 (fix38l): a reporter's one-word name that no list of given names holds
        pytest.param(
            f"{LEAD} Harga jual: Rp 1.120.000 Harga beli: Rp 1.050.000",
            "Tribunnews.com/Yurika",
            id="a-one-word-name",
        ),
        pytest.param(f"{LEAD} Harga beli: Rp 1.050.000", "Tribunnews.com/Willy", id="another-one-word-name"),
        pytest.param(f"{LEAD} Harga beli: Rp 1.050.000", "Tribunnews.com/Nainggolan", id="a-family-name"),
    ],
)
def test_slashed_credit_after_a_figure_is_the_byline(body: str, credit: str) -> None:
    assert clean(f"{body} ({credit})") == one_line_page(
        body, cut=(f"({credit})", LineKind.BYLINE), byline=credit
    )


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(f"{LEAD} Harga cabai di pasar itu Rp 40.000 (per kg/ons)", id="a-unit"),
        pytest.param(f"{LEAD} Stok emas tersisa 12 (Gudang Utama/Gudang Timur)", id="places"),
        pytest.param(f"{LEAD} Ulasan lengkapnya ada di halaman 2 (Kompas.com/ekonomi)", id="a-site-section"),
        # review of session 38: a capitalised site's section after the address names no writer
        pytest.param(
            f"{LEAD} Data lengkap dapat dilihat pada lampiran 2 (Kompas.com/Ekonomi)",
            id="a-capitalised-section",
        ),
        pytest.param(f"{LEAD} Angka inflasi Oktober 2,1 (bps.go.id/Statistik)", id="a-statistics-page"),
        pytest.param(f"{LEAD} Emas Antam dijual Rp 1.120.000 (Detik.com/Finance)", id="an-english-section"),
        pytest.param(f"{LEAD} Diskon berlaku hingga 31 (Tokopedia.com/Promo)", id="a-shop-page"),
        pytest.param(f"{LEAD} Harga emas naik 2 (Kompas.com/Tim Redaksi)", id="a-desk"),
        pytest.param(f"{LEAD} Artikel terkait ada di halaman 3 (Detik.com/Health)", id="an-outlet-channel"),
    ],
)
def test_other_slashed_brackets_after_a_figure_are_body(page: str) -> None:
    assert clean(page) == one_line_page(page)
