"""The words after a regional transfer fund's short name (`DAK Fisik Bidang Pendidikan`, `DAU Block
Grant`: entities_product_cues.txt) name the fund's kind, no body (GUIDELINES §6: programmes and
funds are no entities); the offices that spend it stay bodies. Whole entity lists from
`resolve_entities` on invented sentences, with the model's entities given."""

from __future__ import annotations

from tests.entity_records import first_entities as _model
from tests.entity_records import resolved_entities as _out


def test_the_kind_after_a_funds_short_name_is_no_body() -> None:
    text = "Realisasi DAK Fisik Bidang Kesehatan baru 60 persen, sedangkan DAU Block Grant sudah cair."
    model = [("Fisik Bidang Kesehatan", "ORG"), ("Block Grant", "ORG")]
    assert _out(text, _model(text, model)) == []


def test_the_office_that_spends_the_fund_stays_a_body() -> None:
    text = "Dinas Kesehatan menyerap DAK Fisik Bidang Kesehatan hingga Oktober."
    model = [("Dinas Kesehatan", "ORG"), ("Fisik Bidang Kesehatan", "ORG")]
    assert _out(text, _model(text, model)) == [("Dinas Kesehatan", "ORG", (0, 15))]
