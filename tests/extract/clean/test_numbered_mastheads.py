"""A masthead spelt with a number glued after its word (`Warta7`, `Sorot12`) opening the first
paragraph (issue 15, meta22): glued by a hyphen to a shouted place, a date and an odd dash after it
(`Warta7-MADIUN, 3 MEI 2025 -* …`), or alone before the sentence (`Sorot12-Sebanyak …`). It is the
outlet, and the paragraph stays body (it was dropped as page chrome when no dateline was read).

Invented pages of the constructions these sites print (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Bupati meresmikan jembatan gantung yang menghubungkan dua desa di tepi sungai pada Kamis "
    "(1/5) pagi, disaksikan ratusan warga"
)
MORE = "Jembatan sepanjang enam puluh meter itu dibangun dengan dana desa selama empat bulan."
LAST = '"Anak-anak kini tidak perlu lagi menyeberang dengan rakit," kata Kepala Desa Sumber Rejo.'


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Warta7-MADIUN, 3 MEI 2025 -* ", Dateline(place="Madiun", outlet="Warta7")),
        ("Warta7-MADIUN - ", Dateline(place="Madiun", outlet="Warta7")),
        ("Sorot12-", Dateline(place=None, outlet="Sorot12")),
    ],
    ids=["hyphen-place-date-star", "hyphen-place", "alone"],
)
def test_numbered_masthead_opens_the_dateline(opening: str, dateline: Dateline) -> None:
    page = clean(f"{opening}{LEDE}\n\n{MORE}\n\n{LAST}")
    assert page.dateline == dateline
    assert page.text == f"{opening}{LEDE}\n{MORE}\n{LAST}"


def test_product_with_a_number_opens_no_dateline() -> None:
    page = clean(f"Moto3 Mandalika 2025 digelar akhir pekan ini di sirkuit baru.\n\n{MORE}\n\n{LAST}")
    assert page.dateline is None
