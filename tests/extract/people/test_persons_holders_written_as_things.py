"""A lone word the role grammar reads as an occupation's holder (`Corona, pengunjung …`) is no
person when the article writes it elsewhere right after a word that makes any name a thing
(`virus Corona`, `aplikasi Molecool`: names_entity_cues.txt; GUIDELINES §6: diseases and
products are no entities), as after an event's word (`Piala Thomas`). A holder of two words or
one never written after such a word stays.

Invented Indonesian sentences in the style of regional news; the model's entities as given.
"""

from __future__ import annotations

import pytest

from tests.extract.people.test_persons_news import _persons


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Sejak wabah virus Corona merebak, kunjungan ke perpustakaan daerah turun, kata Rosdiana "
            "Putri. Sebelum ada Corona, pengunjung datang setiap hari.",
            [("Rosdiana Putri", "PER")],
            [("Rosdiana Putri", ["Rosdiana Putri"])],
        ),
        (
            "Kunjungan wisata turun sejak ada varian Omikron, ujar Hasanudin. Ketika Omikron, "
            "pedagang asongan di pantai itu ikut merugi.",
            [("Hasanudin", "PER")],
            [("Hasanudin", ["Hasanudin"])],
        ),
    ],
)
def test_a_holder_written_after_a_things_word_is_no_person(text, found, expected):
    assert _persons(text, found) == expected


def test_a_holder_never_written_after_a_things_word_stays() -> None:
    text = "Sebelum pasar buka, Darmini, pedagang sayur, sudah menata dagangannya. Darmini mengaku untung."
    assert _persons(text, [("Darmini", "PER")]) == [("Darmini", ["Darmini", "Darmini"])]
