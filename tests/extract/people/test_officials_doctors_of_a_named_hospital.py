"""Officials: a physician named with the hospital he works at (`Dokter spesialis jantung dari
Mayapada Hospital Tangerang, <Name>`), issue 13: staff of a named body (GUIDELINES §2); a hospital
written with its English word (entities_hospital_words.txt) is that body though the lexicon knows
no organisation's word in it. With no body the occupation names no post.

Every sentence is written for the test: names and hospitals are made up.
"""

from __future__ import annotations

from tests.official_records import role_officials


def test_a_doctor_from_a_named_hospital_holds_a_post() -> None:
    s = "Dokter spesialis jantung dari Medika Hospital Tangerang, Arif Hidayat, menjelaskan gejalanya."
    title = "Dokter spesialis jantung dari Medika Hospital Tangerang"
    ns = s.index("Arif Hidayat")
    assert role_officials(s, [("Arif Hidayat", "PER")], spans=True) == [
        ("Arif Hidayat", title, (0, ns + len("Arif Hidayat")), (ns, ns + len("Arif Hidayat")))
    ]


def test_a_doctor_with_no_body_holds_no_post() -> None:
    s = "Dokter spesialis jantung, Arif Hidayat, menjelaskan gejalanya."
    assert role_officials(s, [("Arif Hidayat", "PER")]) == []


def test_a_hospital_word_in_lowercase_names_no_body() -> None:
    s = "Dokter spesialis jantung dari hospital swasta, Arif Hidayat, menjelaskan gejalanya."
    assert role_officials(s, [("Arif Hidayat", "PER")]) == []
