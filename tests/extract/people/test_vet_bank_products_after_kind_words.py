"""A bank's or fund's product named after its kind word (`reksa dana …`, `tabungan …`, `giro …`,
`deposito …`, `asuransi …`) is a product, no person (GUIDELINES §6: products are no entities),
whether the kind word stands before the model's PER span or opens it. A person named after
the product's sentence stays a person.

Invented Indonesian sentences in the style of business news; whole person lists with every
mention's span, and cases that must give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the kind word before the name
        (
            "Nasabah kini bisa membeli produk reksa dana Mandala Pasti Untung lewat aplikasi bank.",
            [("Mandala Pasti Untung", "PER")],
        ),
        (
            "Bank itu menawarkan asuransi Personal Protect dengan premi mulai Rp 50.000 per bulan.",
            [("Personal Protect", "PER")],
        ),
        (
            "Pada kuartal ini, Reksadana Lestari Pendapatan Tetap mencatat dana kelolaan naik 12 persen.",
            [("Lestari Pendapatan Tetap", "PER")],
        ),
        # the kind word opens the model's span
        (
            "Produk simpanan yang ditawarkan meliputi Tabungan Amanah, Giro Amanah dan Deposito Amanah.",
            [("Tabungan Amanah", "PER"), ("Giro Amanah", "PER"), ("Deposito Amanah", "PER")],
        ),
    ],
)
def test_a_product_after_or_opened_by_its_kind_word_is_no_person(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(text, found) == []


TEXT_PERSON = (
    "Perusahaan meluncurkan tabungan Sejahtera Plus pada Senin. Direktur Ritel Bank Nusantara, "
    "Wahyu Hendrawan, mengatakan produk itu menyasar pekerja muda."
)


def test_a_person_after_the_product_stays_a_person() -> None:
    found = [("Sejahtera Plus", "PER"), ("Wahyu Hendrawan", "PER")]
    assert _found(TEXT_PERSON, found) == [("Wahyu Hendrawan", (_at(TEXT_PERSON, "Wahyu Hendrawan"),))]
