"""A hyphen between two full names (two words or more on each side: a candidates' pair,
`Ganjar Pranowo-Mahfud Md`) joins two persons even when the article writes neither alone
(GUIDELINES §6: one entry per person); a double surname (`Maitland-Niles`) or a hyphenated given
name (`Nur-Aini`) joins one word and stays one person.

Invented Indonesian sentences in the style of national political news; the model's entities as
given.
"""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons


def test_a_hyphen_between_two_full_names_joins_two_persons() -> None:
    text = "Survei terbaru menempatkan pasangan Bambang Wiratmo-Sri Handayani di urutan teratas."
    found = [("Bambang Wiratmo-Sri Handayani", "PER")]
    assert _persons(text, found) == [
        ("Bambang Wiratmo", ["Bambang Wiratmo"]),
        ("Sri Handayani", ["Sri Handayani"]),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bek kanan Ainsley Maitland-Niles absen karena cedera lutut.", "Ainsley Maitland-Niles"),
        ("Juara lomba pidato tahun ini adalah Siti Nur-Aini Hakim dari Kendari.", "Siti Nur-Aini Hakim"),
        (
            "Ketua PKK Rita Maya Dondokambey-Tamuntuan membuka pelatihan membatik.",
            "Rita Maya Dondokambey-Tamuntuan",
        ),
    ],
)
def test_a_hyphen_inside_one_name_keeps_one_person(text, name) -> None:
    assert [n for n, _ in _persons(text, [(name, "PER")])] == [name]
