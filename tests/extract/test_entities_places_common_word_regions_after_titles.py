"""A listed region that is also a common word is a place right after a position title.

`named_regions` leaves a one-word region that the corpora write as a common word (`Solo`,
`Batang`, `Malang`) to the model; after a position title it is the title's region (GUIDELINES
§6: `Bupati Jembrana` holds the LOC `Jembrana`), written even where no person follows."""

from __future__ import annotations

import pytest

from .test_entities_news import _out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Partai itu menjelaskan alasan Wali Kota Solo yang juga maju sebagai calon wakil presiden.",
            [("Solo", "LOC", (40, 44))],
        ),
        (
            "Rapat itu dihadiri Bupati Batang dan Wali Kota Malang.",
            [("Batang", "LOC", (26, 32)), ("Malang", "LOC", (47, 53))],
        ),
    ],
)
def test_a_common_word_region_after_a_title_is_a_place(text: str, expected: list) -> None:
    assert _out(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no title before it: the common word names nothing alone
        "Penyanyi itu tampil solo dan membawakan tiga lagu.",
        # a word that only ends longer regions' names is no place after a title
        "Menteri Besar itu tiba lebih awal.",
        # a district's or a seat's name is no region of a title
        "Menteri Sekretaris Negara Arif Budiman memberi keterangan kepada wartawan.",
        # the article writes the word lowercase too: a common word there, a word of the title
        "Kepala Negara meminta pelaku usaha bertahan karena negara hadir membantu mereka.",
    ],
)
def test_a_common_word_region_without_a_title_gives_nothing(text: str) -> None:
    assert _out(text) == []
