"""A body spelled out before a known body's short name in brackets (`Otoritas Jasa Keuangan
(OJK)`, `Mahkamah Konstitusi (MK)`) is a name even where the same article writes its opening word
in lowercase elsewhere (`otoritas`, `mahkamah`), which otherwise marks a heading's or a sentence's
common words. A bracket with no known body's short name keeps the old reading. Whole entity lists
from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Otoritas Jasa Keuangan (OJK) menutup layanan itu. Menurut otoritas, izinnya sudah habis.",
            [("Otoritas Jasa Keuangan", "ORG"), ("OJK", "ORG")],
            [("Otoritas Jasa Keuangan", "ORG", (0, 22)), ("OJK", "ORG", (24, 27))],
        ),
        (
            "Mahkamah Konstitusi (MK) membacakan putusan itu. Sidang di mahkamah berlangsung lama.",
            [("Mahkamah Konstitusi", "ORG"), ("MK", "ORG")],
            [("Mahkamah Konstitusi", "ORG", (0, 19)), ("MK", "ORG", (21, 23))],
        ),
    ],
)
def test_a_body_spelled_before_its_known_short_name_stays(
    text: str, model: list[tuple[str, str]], expected: list[tuple[str, str, tuple[int, int]]]
) -> None:
    assert _found(text, model) == expected


def test_a_common_opening_word_without_a_known_short_name_is_still_no_body() -> None:
    text = "Siap Penerapan Jam Malam (SPJM) diumumkan. Warga siap mematuhi aturan itu."
    assert _found(text, [("Siap Penerapan Jam Malam", "ORG")]) == []
