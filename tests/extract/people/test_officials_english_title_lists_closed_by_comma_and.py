"""Officials: an English post whose fields are listed with a comma before the last `and`
(`Manager Communication, Relations, and CSR`) reads on past that `and`, so the holder after the
list gets the whole title and no field word of the list is taken for a name; a body's English
name listing its fields the same way (`in Trade, Energy, and Mining`) stays whole (GUIDELINES §2: the
title as written, with its body). A list of goods in English names no post.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import re

from extract.people.officials import extract_officials
from extract.records import Entity, Official


def _per(text: str, name: str) -> list[Entity]:
    return [Entity(name, "PER", (m.start(), m.end())) for m in re.finditer(re.escape(name), text)]


def test_the_holder_after_a_list_closed_by_comma_and_gets_the_whole_title() -> None:
    s = "Area Manager Communication, Relations, and CSR Sumbagut, Rizal Hamdani, menyebut stok solar aman."
    assert extract_officials(s, entities=_per(s, "Rizal Hamdani")) == [
        Official(
            name="Rizal Hamdani",
            title="Area Manager Communication, Relations, and CSR Sumbagut",
            span=(0, 70),
            name_span=(57, 70),
        )
    ]


def test_a_body_s_english_name_listing_its_fields_stays_whole_before_the_holder() -> None:
    s = (
        "Direktur Center for Studies in Trade, Energy, and Mining (CSTEM), Bagus Haryadi meminta "
        "pemerintah menunda kenaikan tarif."
    )
    assert extract_officials(s, entities=_per(s, "Bagus Haryadi")) == [
        Official(
            name="Bagus Haryadi",
            title="Direktur Center for Studies in Trade, Energy, and Mining (CSTEM)",
            span=(0, 79),
            name_span=(66, 79),
        )
    ]


def test_an_english_list_of_goods_names_no_post() -> None:
    s = "Kedai itu menjual Coffee, Tea, and Chocolate sejak pagi hingga malam."
    assert extract_officials(s) == []
