"""A regional masthead named for a click with its region glued after (`KLIKSAMARINDA –`, meta12):
the outlet, not the place; what stays as it was."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Gubernur Serahkan Bantuan Bibit Padi untuk Petani Pesisir"
SENTENCE = (
    "Gubernur menyerahkan dua puluh ton bibit padi kepada kelompok tani di tiga kecamatan pesisir, "
    "Kamis (6/3/2025)."
)


@pytest.mark.parametrize(
    ("head", "dateline"),
    [
        ("KLIKBORNEO –", Dateline(place=None, outlet="Klikborneo")),
        ("Klikpesisir.com -", Dateline(place=None, outlet="Klikpesisir.com")),
        ("SAMARINDA, KLIKBORNEO –", Dateline(place="Samarinda", outlet="Klikborneo")),
    ],
)
def test_a_klik_masthead_is_the_outlet(head: str, dateline: Dateline) -> None:
    lede = f"{head} {SENTENCE}"
    page = clean(f"{TITLE}\n{lede}\n")
    assert page.dateline == dateline
    assert page.text == lede


def test_a_shouted_region_alone_before_the_dash_stays_the_place() -> None:
    lede = f"SAMARINDA – {SENTENCE}"
    page = clean(f"{TITLE}\n{lede}\n")
    assert page.dateline == Dateline(place="Samarinda", outlet=None)
    assert page.text == lede
