"""A position title glued to a name's last word by a lost line break (`DPC PDIP BangliKetua: …`,
a flattened list of branches and their chairs) is no part of the name: the name ends at the
seam (GUIDELINES §6: titles are no part of an entity), read on national news (ents46). A brand's
second capital opens no title. Whole entity lists from `resolve_entities` on invented
sentences, with the spans."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Berikut susunan pengurusnya. 1. DPC PDIP BangliKetua: Made Wirata. "
            "2. DPC PDIP TabananKetua: Ketut Sudi.",
            [],
            [("DPC PDIP Bangli", "ORG", (32, 47)), ("DPC PDIP Tabanan", "ORG", (70, 86))],
        ),
        (
            "Berikut susunan pengurusnya. 1. DPC PDIP BangliKetua: Made Wirata.",
            [("DPC PDIP BangliKetua", "ORG")],
            [("DPC PDIP Bangli", "ORG", (32, 47))],
        ),
        # a brand's glued capital: the name stays whole
        (
            "Maskapai AirAsia Indonesia menambah rute ke Bali.",
            [("AirAsia Indonesia", "ORG"), ("Bali", "LOC")],
            [("AirAsia Indonesia", "ORG", (9, 26)), ("Bali", "LOC", (44, 48))],
        ),
    ],
)
def test_a_title_glued_to_a_name_is_cut_off(text: str, model: list, expected: list) -> None:
    assert resolved_entities(text, model_entities(text, model)) == expected
