"""A post's head written inside a street's, a facility's or a square's name (`Jalan Panglima
Polim`, `Jalan Gubernur Suryo`, `Bundaran Wali Kota`: right after a capitalised word of
officials_facility_words.txt) is a word of that place's name, no post (review 3 of session 34;
GUIDELINES: an official is a person holding a post): the person named after the place phrase
holds none. A post after a place phrase keeps its holder.

Invented Indonesian sentences in the style of news; whole records, including sentences that
must give nothing.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pedagang kaki lima di Jalan Panglima Polim, Slamet, mengaku omzetnya turun.", []),
        ("Pedagang bakso di Jalan Gubernur Suryo, Slamet, mengaku omzetnya turun.", []),
        ("Pengemudi ojek di kawasan Bundaran Wali Kota, Slamet, mengaku omzetnya turun.", []),
        (
            "Di Jalan Sudirman, Wali Kota Bandung Muhammad Farhan meninjau perbaikan trotoar.",
            [("Muhammad Farhan", "Wali Kota Bandung")],
        ),
    ],
)
def test_a_head_inside_a_place_name_is_no_post(text: str, expected: list[tuple]) -> None:
    assert article_officials(text) == expected
