"""A shouted dateline's place that the gazetteer writes in capitals keeps them (`AS`, `NTT`, `IKN`:
no `As`, `Ntt`), while a shouted region name is title-cased as before (`KUPANG` -> `Kupang`). A
regency's short form missing from the gazetteer (`OKI`) is still title-cased: a known limit.

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


@pytest.mark.xfail(strict=True, reason="OKI (Ogan Komering Ilir) is no gazetteer entry: read as a word")
def test_a_regencys_short_form_outside_the_gazetteer_keeps_its_capitals() -> None:
    page = clean(f"OKI, Sumsel (ANTARA) - {LEDE}\n")
    assert page.dateline == Dateline(place="OKI", outlet="ANTARA")
