"""A product's cue reaches a name right after it or a list that opens right after it (`merek Toyota,
Isuzu`); a comma or `dan` right after the cue ends its reach: the name after it opens a new clause
or joins the cue as another thing (`Selain kamera, Sinartek juga …`), a body or a place as the model
reads it (mend36). Whole entity lists from `resolve_entities` on invented sentences, with the model's
entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Selain kamera, Sinartek juga memperbarui baterai ponselnya.",
            [("Sinartek", "ORG")],
            [("Sinartek", "ORG", (15, 23))],
        ),
        (
            "Pabrik itu membuat layar dan Sinartek memasoknya ke pasar Asia.",
            [("Sinartek", "ORG")],
            [("Sinartek", "ORG", (29, 37)), ("Asia", "LOC", (58, 62))],
        ),
    ],
    ids=["comma-after-the-cue", "dan-after-the-cue"],
)
def test_a_name_after_a_comma_or_dan_that_follows_the_cue_stays(
    text: str, model: list, expected: list
) -> None:
    assert _out(text, _model(text, model)) == expected


def test_a_list_opening_right_after_the_cue_is_still_the_cues() -> None:
    text = "Dealer itu menjual mobil merek Toyota, Isuzu dan Daihatsu."
    model = [("Toyota", "ORG"), ("Isuzu", "ORG"), ("Daihatsu", "ORG")]
    assert _out(text, _model(text, model)) == []


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Layar ini mendukung 1 miliar warna, Nada Murni, dan kecerahan tinggi.", [("Nada Murni", "ORG")]),
        ("Petani menanam padi jenis seperti, Ciherang dan Situ Bagendit.", [("Situ Bagendit", "LOC")]),
    ],
    ids=["list-item-after-the-comma", "comma-after-a-listing-word"],
)
def test_a_list_item_after_the_cues_comma_is_still_the_cues(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []
