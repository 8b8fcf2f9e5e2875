"""Datelines read on unseen regional pages, session 19 (Java's and Sulawesi's regional papers,
police and military news pages): a masthead named after its region with a common word before the
region (`FAKTA GARUT –`, `Mata Indonesia, Kulon Progo –`) is the outlet, not the place; a masthead
grown from the word for news (`Mainberita –`) is an outlet; a province in brackets after the place
(`LUTRA(SULSEL), INFODESANEWS –`) is no outlet (GUIDELINES §1: the dateline gives `dateline.place`
and `dateline.outlet`). The texts below are invented in the same style, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

REST = "Pemerintah daerah membuka pasar murah di alun-alun selama tiga hari, Selasa (4/3/2025)."
MORE = "Kepala dinas mengatakan harga beras di pasar tradisional masih stabil menjelang bulan puasa."


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("FAKTA CIAMIS –", Dateline(place=None, outlet="Fakta Ciamis")),
        ("LENSA KUNINGAN –", Dateline(place=None, outlet="Lensa Kuningan")),
        ("Mata Jabar, Sumedang –", Dateline(place="Sumedang", outlet="Mata Jabar")),
        ("Jejakberita –", Dateline(place=None, outlet="Jejakberita")),
        ("PINRANG(SULSEL), SIARANNEWS –", Dateline(place="Pinrang", outlet="Siarannews")),
    ],
    ids=["shouted-common-word", "second-word", "title-then-place", "grown-from-berita", "bracketed-province"],
)
def test_region_named_mastheads_are_outlets(head: str, dateline: Dateline) -> None:
    lede = f"{head} {REST}"
    page = clean(f"{lede}\n\n{MORE}\n")
    assert page.text == f"{lede}\n{MORE}"
    assert page.dateline == dateline
    assert (page.title, page.published, page.byline) == (None, None, None)


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("KOTA CIAMIS –", Dateline(place="Kota Ciamis", outlet=None)),
        ("PANTAI PANGANDARAN –", Dateline(place="Pantai Pangandaran", outlet=None)),
        ("Ubud, Gianyar –", Dateline(place="Ubud", outlet=None)),
        ("BANDUNG –", Dateline(place="Bandung", outlet=None)),
    ],
    ids=["administrative-word", "land-word", "village-then-regency", "bare-region"],
)
def test_places_before_or_with_a_region_stay_places(head: str, dateline: Dateline) -> None:
    lede = f"{head} {REST}"
    page = clean(f"{lede}\n\n{MORE}\n")
    assert page.text == f"{lede}\n{MORE}"
    assert page.dateline == dateline


def test_a_unit_before_a_region_is_its_sender_no_dateline() -> None:
    lede = f"Polres Ciamis – {REST}"
    page = clean(f"{lede}\n\n{MORE}\n")
    assert page.text == f"{lede}\n{MORE}"
    assert page.dateline is None


def test_a_sentence_opener_before_a_region_names_no_outlet() -> None:
    lede = f"WARGA CIAMIS – {REST}"
    page = clean(f"{lede}\n\n{MORE}\n")
    assert page.text == f"{lede}\n{MORE}"
    assert page.dateline is None or page.dateline.outlet is None


@pytest.mark.xfail(strict=True, reason="a sentence's subject before a region and a dash is read as the place")
def test_a_sentence_opener_before_a_region_names_no_place() -> None:
    page = clean(f"WARGA CIAMIS – {REST}\n\n{MORE}\n")
    assert page.dateline is None
