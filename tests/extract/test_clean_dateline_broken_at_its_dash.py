"""A dateline broken at its dash (issue 15: the place split over two lines): the shouted place alone
on one line and the lede opening with the dash on the next (`SAMARINDA` / `- Ratusan warga …`, a
hyphen as well as a dash). The place line is body and gives the dateline's place, as `KUALA` /
`KAPUAS - …` does; a shouted line that names no known region above such a lede is no dateline.

Invented pages (other headlines and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

HEADLINE = "Petani Terima Bantuan Benih Padi dari Pemkab"
LEDE = (
    "Pemerintah kabupaten menyalurkan bantuan benih padi kepada empat puluh kelompok tani di tiga "
    "kecamatan, Senin (14/7/2025)."
)
QUOTE = '"Bantuan ini kami harapkan menaikkan hasil panen," kata Kepala Dinas Pertanian Yohanes Bere.'


@pytest.mark.parametrize(
    ("place", "dash", "expected"),
    [
        ("SAMARINDA", "-", "Samarinda"),
        ("SAMARINDA", "–", "Samarinda"),
        ("KUALA KAPUAS", "-", "Kuala Kapuas"),
        ("JAKARTA", "--", "Jakarta"),
    ],
)
def test_the_place_above_a_lede_opening_with_the_dash(place: str, dash: str, expected: str) -> None:
    page = clean(f"{HEADLINE}\n{place}\n{dash} {LEDE}\n{QUOTE}\n")
    assert page.title == HEADLINE
    assert page.dateline == Dateline(place=expected, outlet=None)
    assert page.text == f"{place}\n{dash} {LEDE}\n{QUOTE}"


def test_a_shouted_line_naming_no_region_is_no_dateline() -> None:
    page = clean(f"{HEADLINE}\nBERITA UTAMA\n- {LEDE}\n{QUOTE}\n")
    assert page.dateline is None
    assert [(b.kind.value, b.text) for b in page.boilerplate] == [
        ("title", HEADLINE),
        ("related", "BERITA UTAMA"),
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a masthead dateline closed by a colon glued to the lede (`TRIBUNNEWS.COM, JAKARTA:Ketua …`, "
    "news-raw nr02805) gives no dateline; with a space after the colon it does",
)
def test_a_masthead_dateline_closed_by_a_glued_colon() -> None:
    page = clean(f"{HEADLINE}\nTRIBUNNEWS.COM, JAKARTA:{LEDE}\n{QUOTE}\n")
    assert page.dateline == Dateline(place="Jakarta", outlet="Tribunnews.com")
