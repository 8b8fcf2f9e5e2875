"""Officials: a physician named with the hospital he works at (`Dokter spesialis jantung dari
Mayapada Hospital Tangerang, <Name>`), issue 13: staff of a named body (GUIDELINES §2); a hospital
written with its English word (entities_hospital_words.txt) is that body though the lexicon knows
no organisation's word in it. With no body the occupation names no post.

Every sentence is written for the test: names and hospitals are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import role_officials, role_record


def test_a_doctor_from_a_named_hospital_holds_a_post() -> None:
    s = "Dokter spesialis jantung dari Medika Hospital Tangerang, Arif Hidayat, menjelaskan gejalanya."
    title = "Dokter spesialis jantung dari Medika Hospital Tangerang"
    mention = s[: s.index(", menjelaskan")]
    assert role_officials(s, [("Arif Hidayat", "PER")], spans=True) == [
        role_record(s, mention, "Arif Hidayat", title)
    ]


NO_BODY = [
    # no body at all: an occupation
    "Dokter spesialis jantung, Arif Hidayat, menjelaskan gejalanya.",
    # a hospital word in lowercase names no body
    "Dokter spesialis jantung dari hospital swasta, Arif Hidayat, menjelaskan gejalanya.",
]


@pytest.mark.parametrize("s", NO_BODY)
def test_a_doctor_of_no_named_body_holds_no_post(s: str) -> None:
    assert role_officials(s, [("Arif Hidayat", "PER")]) == []
