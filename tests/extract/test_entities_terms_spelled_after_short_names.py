"""A term spelled out inside the brackets right after its short name (`UAV (Unmanned Aerial
Vehicle)`, `OTP (One Time Password)`) names a thing, a measure or a rule, no body: the model's ORG
over the spelled words gives nothing (GUIDELINES §6: programmes, products and laws are no
entities). A body so spelled stays: one holding an English word for a body (`Force`, `Council`)
or an organisation's word, one with a head (`Badan …`), and one whose short name ends a longer
name (`PO Bus MKU (…)`). Whole entity lists from `resolve_entities` on invented sentences, with
the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Pasukan itu menerbangkan UAV (Unmanned Aerial Vehicle) di atas perbatasan.",
            [("Unmanned Aerial Vehicle", "ORG")],
        ),
        (
            "Nasabah diminta memasukkan kode OTP (One Time Password) sebelum transaksi.",
            [("One Time Password", "ORG")],
        ),
        (
            "Kasir kini memakai mesin EDC (Electronic Data Capture) di setiap loket.",
            [("Electronic Data Capture", "ORG")],
        ),
    ],
)
def test_a_term_spelled_after_its_short_name_is_no_body(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


def test_a_force_spelled_after_its_short_name_stays() -> None:
    text = "Latihan itu diikuti NSF (National Service Force) dari negeri jiran."
    assert _found(text, [("National Service Force", "ORG")]) == [("National Service Force", "ORG", (25, 47))]


def test_a_council_spelled_after_its_short_name_stays() -> None:
    text = "Tuan rumah dipilih oleh OCA (Olympic Council of Asia) pekan lalu."
    assert _found(text, [("Olympic Council of Asia", "ORG")]) == [
        ("Olympic Council of Asia", "ORG", (29, 52))
    ]


def test_a_headed_body_spelled_after_its_short_name_stays() -> None:
    text = "Data itu dirilis BNN (Badan Narkotika Nasional) pada Senin."
    assert _found(text, [("Badan Narkotika Nasional", "ORG")]) == [
        ("BNN", "ORG", (17, 20)),
        ("Badan Narkotika Nasional", "ORG", (22, 46)),
    ]


def test_a_company_whose_short_name_ends_a_longer_name_stays() -> None:
    text = "Penumpang antre di loket PO Bus SJT (Sinar Jaya Tama) sejak pagi."
    assert _found(text, [("Sinar Jaya Tama", "ORG")]) == [("Sinar Jaya Tama", "ORG", (37, 52))]
