"""Officials: after a post and `yakni`, each item of the list is a holder's name from its first
word, though the lexicon knows that word as a region's (`anggota MKMK, yakni Jimly Asshiddiqie,
Bintan Saragih dan …`: the post and its body were written before `yakni`, so no place of the post
opens an item): the model reads the item as one person, or a holder was named already and the
item ends with a known given name. A list of bodies or places after `yakni` names nobody.

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import article_officials as _officials


@pytest.mark.parametrize(
    "text",
    [
        "Ia memberi salam kepada anggota MKMK, yakni Hendra Wijaya, Kampar Siregar, dan Yusuf Maulana.",
        "Ia memberi salam kepada anggota MKMK, yakni Hendra Wijaya, Kampar Siregar dan Yusuf Maulana.",
    ],
)
def test_an_item_opening_with_a_region_word_is_a_holder(text: str) -> None:
    assert _officials(text) == [
        ("Hendra Wijaya", "anggota MKMK"),
        ("Kampar Siregar", "anggota MKMK"),
        ("Yusuf Maulana", "anggota MKMK"),
    ]


def test_the_item_s_spans() -> None:
    s = "Dua anggota DPRD Riau yakni Agus Salim dan Kampar Siregar hadir dalam rapat itu."
    assert _officials(s, spans=True) == [
        ("Agus Salim", "anggota DPRD Riau", (4, 38), (28, 38)),
        ("Kampar Siregar", "anggota DPRD Riau", (4, 57), (43, 57)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # bodies listed after `yakni`
        "Hadir pula tiga anggota koalisi, yakni Partai Golkar, Partai Amanat Nasional dan PPP.",
        # places listed after `yakni`
        "Tim itu mengunjungi tiga kabupaten, yakni Kampar, Siak dan Bengkalis, pekan lalu.",
    ],
)
def test_a_list_of_bodies_or_places_names_no_holder(text: str) -> None:
    assert _officials(text) == []
