"""A person's span opened on the nation's name that ends a body: the name starts after it."""

from __future__ import annotations

import pytest

from extract.people.persons import _past_nation


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Anggota DPR RI Budi Santoso meninjau pasar.", (12, 27), "Budi Santoso"),
        ("Ketua Komisi Budi Santoso meninjau pasar.", (6, 25), "Komisi Budi Santoso"),
        ("Wakil DPR Indonesia  Rahmat Hidayat hadir.", (10, 35), "Rahmat Hidayat"),
        ("Anggota DPR RI budi hadir.", (12, 19), "RI budi"),
    ],
)
def test_a_span_opened_on_the_nation_starts_at_the_name(text: str, span: tuple[int, int], name: str) -> None:
    start = _past_nation(text, *span)
    assert text[start : span[1]] == name
