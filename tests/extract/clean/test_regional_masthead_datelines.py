"""Datelines of scraped regional pages whose masthead comes first (issue 12, round 14): a shouted
masthead before a region in title case (`KABARHULU, Palangka Raya –`), a masthead of glued
capitalised words (`WartaKitaCom,Blora –`), a masthead of one word glued to the dash before a
shouted region (`Kabarkita–MAKASSAR Pemerintah …`) and one before a region closed by a bar (`THE
PEWARTA - Banda Aceh | …`). The texts are invented in the pages' style."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pemerintah Daerah Salurkan Bantuan Beras untuk Warga Kurang Mampu"
BODY = [
    "Kepala dinas setempat mengatakan penyaluran dilakukan bertahap di setiap kelurahan.",
    "“Kami harap bantuan ini meringankan beban warga,” ujarnya.",
]
SENTENCE = "Pemerintah kota menyalurkan bantuan beras kepada ribuan keluarga penerima manfaat, Senin."


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        (f"KABARHULU, Palangka Raya – {SENTENCE}", Dateline(place="Palangka Raya", outlet="Kabarhulu")),
        (f"WartaKitaCom,Blora – {SENTENCE}", Dateline(place="Blora", outlet="WartaKitaCom")),
        (f"Kabarkita–MAKASSAR {SENTENCE}", Dateline(place="Makassar", outlet="Kabarkita")),
        (f"THE PEWARTA - Banda Aceh | {SENTENCE}", Dateline(place="Banda Aceh", outlet="The Pewarta")),
    ],
    ids=["shouted-masthead-then-region", "glued-masthead", "masthead-glued-to-dash", "region-before-bar"],
)
def test_a_masthead_before_the_region(lede: str, dateline: Dateline) -> None:
    page = clean("\n".join([TITLE, lede, *BODY]) + "\n")
    assert page.dateline == dateline
    assert page.text.split("\n") == [lede, *BODY]


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        # a shouted region before a region in title case is the place (`MAKASSAR, Sulsel`)
        (f"MAKASSAR, Sulsel – {SENTENCE}", Dateline(place="Makassar", outlet=None)),
        # a shouted region before the dash is the place; no masthead
        (f"MAKASSAR – {SENTENCE}", Dateline(place="Makassar", outlet=None)),
    ],
    ids=["region-then-province", "region-alone"],
)
def test_a_place_before_the_region_is_no_masthead(lede: str, dateline: Dateline) -> None:
    page = clean("\n".join([TITLE, lede, *BODY]) + "\n")
    assert page.dateline == dateline
