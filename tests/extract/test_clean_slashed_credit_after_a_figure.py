"""An outlet's slashed credit closing a page whose last sentence is a list of figures, no stop
before it (issue 15, GUIDELINES §1: the reporter's credit at the end is the byline, not body):
`… Harga Beli : Rp 14.630 (Tribunnews.com/Fajar)`, `… $ 1.099 (Rp 16,1 jutaan)
(Tribunnews.com/Yurika Nendri)` (news-raw 8367, 8501). After a figure or a bracket only an outlet's
web address and a capitalised name open such a credit: a bracketed phrase with a slash after a
figure stays body.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from extract.records import Boilerplate, LineKind

LEAD = "Harga emas batangan di butik Jakarta naik tipis pada perdagangan Senin pagi."


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            f"{LEAD} Harga jual: Rp 1.120.000 Harga beli: Rp 1.050.000 (Kompas.com/Sinta Dewi)",
            CleanedArticle(
                text=f"{LEAD} Harga jual: Rp 1.120.000 Harga beli: Rp 1.050.000",
                title=None,
                published=None,
                byline="Kompas.com/Sinta Dewi",
                dateline=None,
                boilerplate=(Boilerplate(line=1, text="(Kompas.com/Sinta Dewi)", kind=LineKind.BYLINE),),
            ),
            id="after-a-figure",
        ),
        pytest.param(
            f"{LEAD} Paket hemat dijual $ 899 (Rp 14 jutaan) (Tribunnews.com/Andi)",
            CleanedArticle(
                text=f"{LEAD} Paket hemat dijual $ 899 (Rp 14 jutaan)",
                title=None,
                published=None,
                byline="Tribunnews.com/Andi",
                dateline=None,
                boilerplate=(Boilerplate(line=1, text="(Tribunnews.com/Andi)", kind=LineKind.BYLINE),),
            ),
            id="after-a-bracketed-figure",
        ),
        pytest.param(
            f"{LEAD} Harga cabai di pasar itu Rp 40.000 (per kg/ons)",
            CleanedArticle(
                text=f"{LEAD} Harga cabai di pasar itu Rp 40.000 (per kg/ons)",
                title=None,
                published=None,
                byline=None,
                dateline=None,
                boilerplate=(),
            ),
            id="a-unit-after-a-figure-is-body",
        ),
        pytest.param(
            f"{LEAD} Stok emas tersisa 12 (Gudang Utama/Gudang Timur)",
            CleanedArticle(
                text=f"{LEAD} Stok emas tersisa 12 (Gudang Utama/Gudang Timur)",
                title=None,
                published=None,
                byline=None,
                dateline=None,
                boilerplate=(),
            ),
            id="places-after-a-figure-are-body",
        ),
        pytest.param(
            f"{LEAD} Ulasan lengkapnya ada di halaman 2 (Kompas.com/ekonomi)",
            CleanedArticle(
                text=f"{LEAD} Ulasan lengkapnya ada di halaman 2 (Kompas.com/ekonomi)",
                title=None,
                published=None,
                byline=None,
                dateline=None,
                boilerplate=(),
            ),
            id="a-site-section-is-no-reporter",
        ),
    ],
)
def test_slashed_credit_after_a_figure(page: str, expected: CleanedArticle) -> None:
    assert clean(page) == expected
