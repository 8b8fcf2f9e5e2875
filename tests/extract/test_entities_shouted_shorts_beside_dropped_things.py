"""A shouted short name the model reads as ORG counts as a listed body only beside a neighbour
the article's reading keeps as an organisation (or one that carries an organisation's word): a
neighbour the reading drops is itself a misread thing (a payment channel, an award, a bank's
head alone), and the short name listed with it is one too (GUIDELINES §6: organisations; not
products, services or categories). Whole outputs on invented sentences, the model's spans given."""

from __future__ import annotations

from tests.entity_records import model_entities, resolved_entities


def _read(text: str, items: list[tuple[str, str]]) -> list[tuple[str, str, tuple[int, int]]]:
    return resolved_entities(text, model_entities(text, items))


def test_a_short_name_beside_a_dropped_service_is_none() -> None:
    text = "Nasabah dapat membayar melalui QRIS, Electronic Data Capture (EDC), dan jaringan agen di desa."
    assert _read(text, [("QRIS", "ORG"), ("Electronic Data Capture", "ORG")]) == []


def test_a_short_name_beside_a_dropped_award_is_none() -> None:
    text = "Panitia memberikan penghargaan untuk kategori MVP dan Most Home Run kepada para pemain."
    assert _read(text, [("MVP", "ORG"), ("Most Home Run", "ORG")]) == []


def test_a_short_name_beside_a_head_alone_is_none() -> None:
    text = "Selain menyediakan produk KTA, Bank juga memberikan kredit modal usaha."
    assert _read(text, [("KTA", "ORG"), ("Bank", "ORG")]) == []


def test_short_names_beside_a_kept_body_are_bodies() -> None:
    text = "Rapat dihadiri Pemkab Lombok Tengah, ITDC, dan MGPA di kantor bupati."
    assert _read(text, [("Pemkab Lombok Tengah", "ORG"), ("ITDC", "ORG"), ("MGPA", "ORG")]) == [
        ("Pemkab Lombok Tengah", "ORG", (15, 35)),
        ("ITDC", "ORG", (37, 41)),
        ("MGPA", "ORG", (47, 51)),
    ]
