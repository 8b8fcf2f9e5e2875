"""A fuller name the model reads as a body or a place, two words whose second the model reads
alone as a person elsewhere in the article more often than it reads the pair as a body or place
(`dilansir dari Fabrizio Romano` ORG once, `tulis Romano` PER twice), is that person's fullest
name (`extract.people.persons._read_in_full_as_other`, GUIDELINES §2). A body's or a region's
word before the lone name makes no person of the pair (`Mahkamah Agung`, `Wali Kota Metro
Wahdi`), nor does a club read once beside its word read once as a person (`Sporting Velmora`,
tests/extract/people/test_persons_lone_surnames_written_in_full.py)."""

from __future__ import annotations

import pytest

from tests.person_records import person_spans


def test_a_surname_read_as_a_person_names_the_body_read_pair() -> None:
    text = (
        "Kabar itu dilansir dari Fabrizio Romano melalui akun media sosialnya. "
        "“Kesepakatan sudah selesai,” tulis Romano. Romano menambahkan tes medis digelar besok."
    )
    found = [("Fabrizio Romano", "ORG"), ("Romano", "PER")]
    assert person_spans(text, found) == [("Fabrizio Romano", ((24, 39), (105, 111), (113, 119)))]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Putusan itu dibatalkan Mahkamah Agung pekan lalu. “Kami menghormati putusan,” kata Agung.",
            [("Mahkamah Agung", "ORG"), ("Agung", "PER")],
            [("Agung", ((32, 37), (83, 88)))],
        ),
        (
            "Wali Kota Metro Wahdi meninjau pasar. “Harga stabil,” kata Wahdi.",
            [("Metro Wahdi", "LOC"), ("Wahdi", "PER")],
            [("Wahdi", ((16, 21), (59, 64)))],
        ),
    ],
)
def test_a_body_or_region_word_before_the_lone_name_opens_no_name(
    text: str, found: list[tuple[str, str]], expected: list
) -> None:
    assert person_spans(text, found) == expected
