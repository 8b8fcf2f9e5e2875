"""A one-word coined name (`OpenAI`) is a firm's (GUIDELINES §6), but one naming a product, a
feature or an event is no entity: right after a listed kind of product (`fitur`, `aplikasi`:
entities_product_cues.txt) it gives nothing; one further from its kind (`alat bantu seperti …`)
is still read as a firm. Whole entity lists from `resolve_entities` on invented sentences, with
the model's entities given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Pengguna ponsel kini bisa memakai fitur VoiceOver untuk membaca layar.", [("VoiceOver", "LOC")]),
        ("Para peneliti memasang aplikasi DataKebun untuk mencatat panen.", [("DataKebun", "LOC")]),
    ],
)
def test_a_coined_name_right_after_a_kind_of_product_is_none(text: str, model: list) -> None:
    assert _out(text, _model(text, model)) == []


def test_a_coined_firm_after_no_kind_of_product_stays_a_firm() -> None:
    text = "Perusahaan rintisan di Medan bermitra dengan OpenAI sejak tahun lalu."
    found = _out(text, _model(text, [("Medan", "LOC"), ("OpenAI", "LOC")]))
    assert found == [("Medan", "LOC", (23, 28)), ("OpenAI", "ORG", (45, 51))]


@pytest.mark.xfail(
    strict=True,
    reason="a tool's coined name after its kind and a listing word (`alat bantu seperti`) is no firm; "
    "widening the product cues is unsafe: `produk`, `layanan` also precede the firm that owns them "
    "(news-raw: `produk OpenAI`, `layanan OpenAI`)",
)
def test_a_coined_tool_after_its_kind_and_a_listing_word_is_none() -> None:
    text = "Mereka juga memakai alat bantu seperti KodeKilat di lingkungan uji."
    assert _out(text, _model(text, [("KodeKilat", "LOC")])) == []
