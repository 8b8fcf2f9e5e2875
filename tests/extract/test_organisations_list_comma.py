"""The organisation decision's list rule: a weak name joined to a sure body by a bare comma stays
only inside a real list (another item joined before or after the pair, or the list closing with
`dan`), never after a clause's comma (`Menurut Polri, …`, `kata BPBD, …`)."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.ner.entities.decision import decided_orgs
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words


def _decided(text: str, names: list[str]) -> list[str]:
    ents = sorted(
        (Entity(n, EntityLabel.ORG, sp) for n in names for sp in whole_words(text, n)), key=lambda e: e.span
    )
    return [e.text for e in decided_orgs(text, tokens(text), ents, ents, [])]


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Polri, Shopee Live dipakai pelaku untuk menjual barang curian.",
        "Menurut BPBD, Starry Night di alun-alun kota dibatalkan karena hujan.",
        "Kata Polri, Shopee Live dipakai pelaku untuk menjual barang curian.",
    ],
)
def test_a_clause_comma_after_a_sure_body_lists_nothing(text: str) -> None:
    sure, weak = ("Polri", "Shopee Live") if "Polri" in text else ("BPBD", "Starry Night")
    assert _decided(text, [sure, weak]) == [sure]


def test_a_name_inside_a_real_list_stays() -> None:
    text = "Produk lokal dipamerkan oleh PT Sinar Abadi Jaya, Keripik Maju Rasa, dan pelaku usaha lain."
    assert _decided(text, ["PT Sinar Abadi Jaya", "Keripik Maju Rasa"]) == [
        "PT Sinar Abadi Jaya",
        "Keripik Maju Rasa",
    ]


def test_a_name_joined_by_dan_stays() -> None:
    text = "Bantuan disalurkan PT Sinar Abadi Jaya dan Keripik Maju Rasa kepada warga."
    assert _decided(text, ["PT Sinar Abadi Jaya", "Keripik Maju Rasa"]) == [
        "PT Sinar Abadi Jaya",
        "Keripik Maju Rasa",
    ]
