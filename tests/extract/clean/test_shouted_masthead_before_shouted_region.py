"""A one-word masthead shouted before a shouted known region (`KILATJAYA, SURABAYA –`, issue 15,
meta22) is the outlet and the region the place, as before a region in title case; a shouted
kecamatan before its regency stays the place.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Wakil Gubernur menghadiri rapat paripurna dewan yang membahas rancangan peraturan daerah tentang "
    "pengelolaan sampah, Selasa (6/5/2025)."
)
LAST = '"Kami minta semua fraksi menyampaikan pandangan tertulis," kata Ketua DPRD Yohana Siregar.'


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("KILATJAYA, SURABAYA – ", Dateline(place="Surabaya", outlet="Kilatjaya")),
        ("KILATJAYA, PALANGKA RAYA – ", Dateline(place="Palangka Raya", outlet="Kilatjaya")),
        ("KILATJAYA, Surabaya – ", Dateline(place="Surabaya", outlet="Kilatjaya")),
        ("MENGWI, BADUNG – ", Dateline(place="Mengwi", outlet=None)),
        ("BANYUBIRU, SEMARANG – ", Dateline(place="Banyubiru", outlet=None)),
        ("KPK, SURABAYA – ", Dateline(place="Surabaya", outlet=None)),
    ],
    ids=[
        "shouted-region",
        "two-word-region",
        "title-case-region",
        "kecamatan-before-regency",
        "kecamatan-before-city",
        "body-acronym",
    ],
)
def test_shouted_word_before_a_region(opening: str, dateline: Dateline) -> None:
    page = clean(f"{opening}{LEDE}\n\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{LAST}"
