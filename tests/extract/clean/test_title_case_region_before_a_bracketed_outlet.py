"""Pages saved as one paragraph (issue 15, meta30): a title-case headline runs straight into the
lede's dateline whose outlet stands in brackets before a dash or a double dash (`… Tidak Mengalir
Pesawaran (Lampost.co) -- …`). The dateline's place is the known region that ends the run (an
administrative word before it stays: `Kota Madiun`); a place in a sentence before a bracketed
outlet with no dash after it, or a run that ends in no region and no dash, gives none.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    ("before", "dateline"),
    [
        (
            "Jalan Desa Rusak Parah Warga Minta Perbaikan Pringsewu (Lampost.co) -- ",
            Dateline(place="Pringsewu", outlet="Lampost.co"),
        ),
        (
            "Petani Kopi Keluhkan Harga Pupuk di Tanggamus Tanggamus (Lampost.co) -- ",
            Dateline(place="Tanggamus", outlet="Lampost.co"),
        ),
        (
            "Gotong Royong Bersihkan Saluran Air Bandar Lampung (Lampost.co) -- ",
            Dateline(place="Bandar Lampung", outlet="Lampost.co"),
        ),
        (
            "Pasar Murah Digelar di Alun-Alun Kota Madiun (ANTARA) - ",
            Dateline(place="Kota Madiun", outlet="ANTARA"),
        ),
        (
            "Wisata Pantai Selatan Ramai Dikunjungi Garut (ANTARA) - ",
            Dateline(place="Garut", outlet="ANTARA"),
        ),
    ],
    ids=[
        "region-ends-headline",
        "region-twice",
        "two-word-region",
        "admin-word-kept",
        "agency-after-headline",
    ],
)
def test_a_region_ending_a_headline_before_a_bracketed_outlet_is_the_dateline(
    before: str, dateline: Dateline
) -> None:
    first = f"{before}{LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{first}\n{LAST}"


@pytest.mark.parametrize(
    "before",
    [
        # the outlet named in a sentence, no dash after it
        "Warga Pringsewu mengadukan jalan rusak itu kepada Pringsewu (Lampost.co) pada pagi hari. ",
        # a dash after the bracket, but lowercase words follow it
        "Jalan Desa Rusak Parah Warga Minta Perbaikan Pringsewu (Lampost.co) -- menurut warga, ",
    ],
    ids=["outlet-in-a-sentence", "lowercase-after-dash"],
)
def test_a_region_before_a_bracketed_outlet_with_no_lede_after_a_dash_is_no_dateline(before: str) -> None:
    first = f"{before}{LEDE}"
    page = clean(f"{first}\n\n{LAST}")
    assert page.dateline is None
    assert page.text == f"{first}\n{LAST}"
