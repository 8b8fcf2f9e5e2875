"""A holder whose name the article misspells once (issue 13, article level): two holders whose
names are one name with a slip in one long word are one person, one entry (GUIDELINES §2), with
the longest title; names that differ more, or in a short word, stay two people.

Every sentence is written for the test: names, places and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.people.officials import extract_officials
from tests.official_records import official_record as _rec


def test_a_name_misspelt_once_is_one_holder() -> None:
    """`Hendra Prasetyo` … `Hendra Praesetyo selaku Kepala Dinas Sosial Kabupaten Kulonbaru`: one
    person; neither spelling is a person's name in news-raw and each is written once, so the
    earlier wins, as in persons (GUIDELINES §7: one spelling everywhere), with the longer title."""
    text = (
        "Kadinsos Kulonbaru Hendra Prasetyo membuka pelatihan itu. "
        "Hal itu disampaikan Hendra Praesetyo selaku Kepala Dinas Sosial Kabupaten Kulonbaru."
    )
    assert extract_officials(text) == [
        _rec(
            text,
            "Hendra Praesetyo selaku Kepala Dinas Sosial Kabupaten Kulonbaru",
            "Hendra Praesetyo",
            "Kepala Dinas Sosial Kabupaten Kulonbaru",
            "Hendra Prasetyo",
        )
    ]


def test_each_spelling_written_once_the_earlier_wins_as_in_persons() -> None:
    """`Budi Praesetyo` and `Budi Prasetyo`, each written once: the one holder keeps the earlier
    spelling, as persons and quotes do (GUIDELINES §7), and the longest title."""
    text = (
        "Jubir KPK Budi Praesetyo mengatakan pemeriksaan masih berjalan. "
        "Juru Bicara Komisi Pemberantasan Korupsi Budi Prasetyo menambahkan saksi lain akan dipanggil."
    )
    assert [(o.name, o.title) for o in extract_officials(text)] == [
        ("Budi Praesetyo", "Juru Bicara Komisi Pemberantasan Korupsi")
    ]
    assert {p.name for p in extract_article(text.encode(), doc_id="t", source="t").persons} == {
        "Budi Praesetyo"
    }


TWO = [
    # a word that differs by more than two letters: two people
    "Camat Sukamaju Budi Santoso dan Lurah Sukamaju Budi Susanto meninjau banjir itu.",
    # a short word (`Dani`, `Doni`) tells two people apart
    "Kepala Desa Sukamaju Dani Hasan dan Sekretaris Desa Sukamaju Doni Hasan hadir di sana.",
    # two words that differ
    "Ketua RT Ahmad Suryadi dan Ketua RW Ahmat Suryana menyambut warga.",
]


@pytest.mark.parametrize("text", TWO, ids=["more-letters", "short-word", "two-words"])
def test_other_names_stay_two_holders(text: str) -> None:
    assert len(extract_officials(text)) == 2
