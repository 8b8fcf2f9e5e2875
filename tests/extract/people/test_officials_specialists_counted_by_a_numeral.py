"""Officials: a scholar's occupation counted by a numeral of two or more (`dua ahli`, `3 pakar`)
or its collective `ke-` form (`kedua ahli`: both experts) names a group of them, no one holder
of a post (GUIDELINES: officials hold a post); one expert of a named body still does."""

from __future__ import annotations

import pytest

from tests.official_records import article_officials as _officials


@pytest.mark.parametrize(
    "text",
    [
        "Dua ahli dari Universitas Tanjung Harapan, Budi Santoso dan Rina Kartika, hadir di sidang.",
        "Kedua ahli dari Universitas Tanjung Harapan, Budi Santoso dan Rina Kartika, hadir di sidang.",
        "Hakim mendengar 3 ahli dari Universitas Tanjung Harapan, Budi Santoso, Rina Kartika, dan Andi.",
        "Ketiga pakar dari Institut Teknologi Harapan, Budi Santoso, Rina Kartika, dan Andi Wijaya, sepakat.",
    ],
)
def test_specialists_counted_by_a_numeral_name_no_one_holder(text: str) -> None:
    assert _officials(text) == []


def test_one_specialist_of_a_named_body_still_holds_a_post() -> None:
    s = "Ahli dari Universitas Tanjung Harapan, Budi Santoso, hadir di sidang itu."
    assert _officials(s) == [("Budi Santoso", "Ahli dari Universitas Tanjung Harapan")]
