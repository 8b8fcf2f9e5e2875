"""A stop written after a masthead's web address in the dateline (`Kampusku.ac.id., MALANG—`,
`Beritaku.com. Malang –`, issue 15, meta22) closes the address: the outlet is the address without
it; a masthead that is no address keeps its spelling.

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Fakultas teknik menggelar pameran hasil riset mahasiswa tentang pengolahan sampah plastik menjadi "
    "bahan bangunan, Senin (12/5/2025)."
)
LAST = '"Kami ingin riset ini dipakai desa-desa sekitar kampus," kata Dekan Fakultas Teknik Sri Handayani.'


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Kampusku.ac.id., MALANG—", Dateline(place="Malang", outlet="Kampusku.ac.id")),
        ("Beritaku.com. Malang – ", Dateline(place="Malang", outlet="Beritaku.com")),
        ("MALANG, KABARKITA.com – ", Dateline(place="Malang", outlet="KABARKITA.com")),
    ],
    ids=["address-stop-before-place", "address-stop-title-case-place", "no-stop"],
)
def test_stop_after_the_address_is_no_part_of_the_outlet(opening: str, dateline: Dateline) -> None:
    page = clean(f"{opening}{LEDE}\n\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{LAST}"
