"""A shouted dateline's place that the gazetteer writes in capitals keeps them (`AS`, `NTT`, `IKN`:
no `As`, `Ntt`), while a shouted region name is title-cased as before (`KUPANG` -> `Kupang`). A
regency's short form that local papers print in capitals (`OKI`, `OKU TIMUR`, `PPU`:
`clean_region_short_forms.txt`) keeps its capitals and is a place, no masthead (`KAYUAGUNG, OKI –`).

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = "Pemerintah daerah menyalurkan bantuan bibit kopi kepada tiga puluh kelompok tani pekan ini."


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("AS, Tribunnews.com -", Dateline(place="AS", outlet="Tribunnews.com")),
        ("NTT, kupang-media.net -", Dateline(place="NTT", outlet="kupang-media.net")),
        ("IKN NUSANTARA -", Dateline(place="IKN Nusantara", outlet=None)),
        ("KUPANG -", Dateline(place="Kupang", outlet=None)),
        ("LABUAN BAJO -", Dateline(place="Labuan Bajo", outlet=None)),
    ],
    ids=["country-acronym", "province-acronym", "acronym-then-name", "shouted-city", "shouted-two-words"],
)
def test_a_shouted_place_keeps_the_gazetteers_capitals(opening: str, dateline: Dateline) -> None:
    page = clean(f"{opening} {LEDE}\n")
    assert page.text == f"{opening} {LEDE}"
    assert page.dateline == dateline


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("OKI, Sumsel (ANTARA) -", Dateline(place="OKI", outlet="ANTARA")),
        ("OKU TIMUR –", Dateline(place="OKU Timur", outlet=None)),
        ("PPU, Kaltimkece –", Dateline(place="PPU", outlet="Kaltimkece")),
        # the regency after its seat's name is no masthead
        ("KAYUAGUNG, OKI –", Dateline(place="Kayuagung", outlet=None)),
    ],
    ids=[
        "short-form-then-province-and-agency",
        "short-form-and-compass-word",
        "short-form-then-masthead",
        "seat-then-short-form",
    ],
)
def test_a_regencys_short_form_keeps_its_capitals(opening: str, dateline: Dateline) -> None:
    page = clean(f"{opening} {LEDE}\n")
    assert page.text == f"{opening} {LEDE}"
    assert page.dateline == dateline
