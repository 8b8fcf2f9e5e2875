"""Officials on constructions found on unseen news (issue 13, session 17, news-raw lines 1800-2050,
then every news-raw line with the construction): a capitalised organisation or common word right
after an abbreviated degree (`Prof`, `dr.`, `Ir.`) opens the holder's name (`Kepala <body> Prof
Taruna …`: `Taruna` is also the second word of the youth body Karang Taruna), while a religious title
or a whole word that is also a post keeps its body (`Pastor Paroki …`).

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------- a body's word right after a degree


DEGREES = [
    (
        "Kepala BPOM RI Prof Taruna Wibisana menerima kunjungan rektor di Jakarta, Senin.",
        (
            "Kepala BPOM RI Prof Taruna Wibisana",
            "Taruna Wibisana",
            "Kepala BPOM RI",
        ),
    ),
    (
        "Hadir pula Kepala Dinas Kesehatan Sukamaju, dr. Taruna Halimi, M.Kes, dalam acara itu.",
        (
            "Kepala Dinas Kesehatan Sukamaju, dr. Taruna Halimi",
            "Taruna Halimi",
            "Kepala Dinas Kesehatan Sukamaju",
        ),
    ),
    (
        "Sekretaris Daerah Kota Sukamaju, Ir. Bangkit Haryadi Putra membuka rapat itu.",
        (
            "Sekretaris Daerah Kota Sukamaju, Ir. Bangkit Haryadi Putra",
            "Bangkit Haryadi Putra",
            "Sekretaris Daerah Kota Sukamaju",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DEGREES)
def test_a_body_s_word_after_a_degree_opens_the_holder_s_name(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


def test_a_body_s_word_after_a_degree_opens_the_name_the_model_cut() -> None:
    s = "Kepala BPOM RI Prof Taruna Wibisana menerima kunjungan rektor di Jakarta, Senin."
    assert _officials(s, _per(s, "Wibisana")) == [
        _rec(s, "Kepala BPOM RI Prof Taruna Wibisana", "Taruna Wibisana", "Kepala BPOM RI")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a religious title that is a post here: the parish is the body, no holder
        "Hadir dalam peresmian itu Camat Sukamaju, Pastor Paroki Sukamulya dan tokoh agama.",
        # a subdivision's head in Lampung: no name after the post
        "Ia meminta warga di Pekon Sukamaju, Pemangku Bandar Jaya dan Bandar Rejo, waspada.",
        # the youth body keeps its second word
        "Bupati hadir bersama Sekda, Ketua Karang Taruna, dan para camat.",
    ],
)
def test_a_religious_title_or_a_body_gives_no_holder_from_the_body_s_words(sentence: str) -> None:
    assert extract_officials(sentence) == []
