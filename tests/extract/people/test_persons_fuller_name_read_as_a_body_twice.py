"""A person's fullest name the model reads as an organisation at every place it is written
(model28, final-news model): `Rizky Putra Ananda` ORG twice beside the person `Rizky` is that
person's fuller name, as one such body already was (`Tondi Marpaung` ORG once): a body opening
at any mention of the person is the name misread, no other body's words."""

from __future__ import annotations

from tests.person_records import person_spans as _persons


def test_a_full_name_read_twice_as_a_body_completes_the_person() -> None:
    t = (
        "Pada kelas pemula, Rizky Putra Ananda tampil apik. Rizky mampu menahan tekanan lawan. "
        "Hasil kelas pemula: Rizky Putra Ananda, disusul rekannya."
    )
    assert _persons(t, [("Rizky Putra Ananda", "ORG"), ("Rizky", "PER")]) == [
        ("Rizky Putra Ananda", ((19, 37), (51, 56), (106, 124))),
    ]
