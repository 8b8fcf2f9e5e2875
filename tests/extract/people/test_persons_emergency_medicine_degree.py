"""Persons (GUIDELINES §2, §6): a specialist degree after a name is no person of its own; the
emergency-medicine specialist's degree (`Sp.EM`) the degree list lacked, whose tail the NER model
read as a person (`EM`).

Invented Indonesian sentences run through the whole article pipeline (the model's own spans).
"""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.conftest import needs_model


def _persons(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, tuple(p.mentions)) for p in extract_article(text.encode()).persons]


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Menurut ahli toksikologi DR. dr. Laila Fitriani, M.Si SP.EM berkata bahwa korban gigitan ular "
        "perlu segera dibidai.",
        "Ahli bisa ular DR. dr. Laila Fitriani, M.Si SP.EM mengatakan, korban gigitan ular perlu "
        "segera dibidai.",
    ],
)
def test_the_emergency_medicine_degree_is_no_person(text: str) -> None:
    at = text.index("Laila Fitriani")
    assert _persons(text) == [("Laila Fitriani", ((at, at + len("Laila Fitriani")),))]
