"""Officials: a month's name between a title's body and its holder is the holder's first name
(issue 13, session 40).

News-raw wrote `Direktur Departemen Kebijakan Ekonomi dan Moneter BI Juli Budi Winantya` and read
the title as `… BI Juli`: the word lexicon files `Juli` as a function word, not a given name. No
body's name ends with a month, so before the model's person, or when the article calls the person
by that word, it opens the name (`titles.reader._first_name_in_title`). Every sentence is written
for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


def test_a_month_before_the_models_person_opens_the_name() -> None:
    s = "Deputi Gubernur BI Juli Santoso Wibowo mengatakan inflasi masih terkendali."
    assert _officials(s, _per(s, "Santoso Wibowo")) == [
        _rec(s, "Deputi Gubernur BI Juli Santoso Wibowo", "Juli Santoso Wibowo", "Deputi Gubernur BI")
    ]


def test_a_month_the_article_calls_the_person_by() -> None:
    s = (
        "Menurut Kepala Kantor Perwakilan BI Bali Mei Anggraini, inflasi turun. "
        "Mei menyebut harga cabai mulai stabil."
    )
    assert [(o.name, o.title) for o in _officials(s, _per(s, "Mei Anggraini"))] == [
        ("Mei Anggraini", "Kepala Kantor Perwakilan BI Bali")
    ]


@pytest.mark.parametrize(
    ("sentence", "names", "expected"),
    [
        # a month that dates the report, a year after it: no name
        ("Kepala BPS Juli 2025 mencatat inflasi naik.", (), []),
        # a month then a lowercase word: the time of the act, no holder
        ("Kepala Kantor Perwakilan BI Juli lalu melantik pejabat baru.", (), []),
        # a common word after an acronym that closes the body's name stays in the title
        (
            "Direktur Utama BPJS Kesehatan Ali Rahman Mukti menjelaskan aturan itu.",
            ("Ali Rahman Mukti",),
            [("Ali Rahman Mukti", "Direktur Utama BPJS Kesehatan")],
        ),
    ],
)
def test_months_and_common_words_that_open_no_name(
    sentence: str, names: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, *names))] == expected
