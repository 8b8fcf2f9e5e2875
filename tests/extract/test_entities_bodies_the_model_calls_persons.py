"""A name the model calls a person that the people layer holds no person in is a body where the
article writes it as one: an English word for a body opens or ends it (`Al Azhar University`), or
a body's kind or side stands right before one of its mentions (`perusahaan induk Meta`, `CEO Aston
Martin`, `band Govinda`); then every unheld mention of it is the body (GUIDELINES §6: companies,
schools and groups are organisations). A name the people layer holds stays a person, and a name
written with no such word gives nothing. Whole entity lists from the entity layer on invented
sentences, with the spans."""

from __future__ import annotations

import pytest

from tests.entity_records import entities_with_persons


@pytest.mark.parametrize(
    ("text", "model", "persons", "expected"),
    [
        (
            "Menurut Mohammed Abu Laila, profesor dari Al Azhar University, bukti itu lemah.",
            [("Mohammed Abu Laila", "PER"), ("Al Azhar University", "PER")],
            ("Mohammed Abu Laila",),
            [("Mohammed Abu Laila", "PER", (8, 26)), ("Al Azhar University", "ORG", (42, 61))],
        ),
        (
            "Instagram berada di bawah perusahaan induk Meta. Hingga kini Meta belum memberikan penjelasan.",
            [("Meta", "PER"), ("Meta", "PER")],
            (),
            [("Meta", "ORG", (43, 47)), ("Meta", "ORG", (61, 65))],
        ),
        (
            "CEO Aston Martin, Andy Palmer, optimistis penjualan naik tahun ini.",
            [("Aston Martin", "PER"), ("Andy Palmer", "PER")],
            ("Andy Palmer",),
            [("Aston Martin", "ORG", (4, 16)), ("Andy Palmer", "PER", (18, 29))],
        ),
    ],
)
def test_a_body_the_model_calls_a_person_is_a_body(
    text: str, model: list, persons: tuple, expected: list
) -> None:
    assert entities_with_persons(text, model, persons) == expected


@pytest.mark.parametrize(
    ("text", "model", "persons", "expected"),
    [
        # the people layer holds the name: a person, whatever its last word
        (
            "Petenis Margaret Court pernah juara di sana.",
            [("Margaret Court", "PER")],
            ("Margaret Court",),
            [("Margaret Court", "PER", (8, 22))],
        ),
        # a name no body's word goes with: nothing
        (
            "Di antaranya Biore, Nuvo, hingga Giv mendapat diskon.",
            [("Biore", "PER"), ("Nuvo", "PER"), ("Giv", "PER")],
            (),
            [],
        ),
        # `tim` before a name names a cup's squad or a task unit as often as a club: no body
        (
            "Sedangkan semifinal tim Thomas akan bergulir pukul 23.00 WIB.",
            [("Thomas", "PER")],
            (),
            [],
        ),
        # an English body's word ending the model's cut of a hyphened name: no body read from it
        (
            "Kata Jayant Menon dari ISEAS-Yusof Ishak Institute Singapura.",
            [("Jayant Menon", "PER"), ("Yusof Ishak Institute", "PER")],
            ("Jayant Menon",),
            [("Jayant Menon", "PER", (5, 17))],
        ),
        # a city after a club's word stays the place (left to the place rules)
        (
            "Klub Surabaya itu menang lagi di Gelora Bung Tomo.",
            [("Surabaya", "PER"), ("Gelora Bung Tomo", "LOC")],
            (),
            [("Surabaya", "LOC", (5, 13)), ("Gelora Bung Tomo", "LOC", (33, 49))],
        ),
    ],
)
def test_a_name_held_as_a_person_or_written_bare_is_no_body(
    text: str, model: list, persons: tuple, expected: list
) -> None:
    assert entities_with_persons(text, model, persons) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a unit's field after a director's title is read as the body the title names "
    "(news-raw 758, session 39)",
)
def test_a_field_after_a_directors_title_is_no_body() -> None:
    text = "Hal itu penting, kata Direktur Onkologi Ginekologi, Dr Brian Slomovitz."
    model = [("Onkologi Ginekologi", "PER"), ("Brian Slomovitz", "PER")]
    assert entities_with_persons(text, model, ("Brian Slomovitz",)) == [("Brian Slomovitz", "PER", (55, 70))]
