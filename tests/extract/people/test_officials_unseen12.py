"""Officials on news-raw text never tuned on (issue 13, round officials12).

Found by scanning all news-raw lines for the kinds officials11 left open and reading every match
against GUIDELINES §2. Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------ a lowercase apposition's post `di` a named body


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Rina Wulandari, staf pemasaran di PT Maju Sentosa, menyebut pesanan naik.",
            "Rina Wulandari, staf pemasaran di PT Maju Sentosa",
            "Rina Wulandari",
            "staf pemasaran di PT Maju Sentosa",
        ),
        (
            "Menurut Dodi Kurniawan, manajer operasional di Hotel Lembah Hijau, okupansi membaik.",
            "Dodi Kurniawan, manajer operasional di Hotel Lembah Hijau",
            "Dodi Kurniawan",
            "manajer operasional di Hotel Lembah Hijau",
        ),
        (
            "Tono Saputra, pelatih renang di Klub Tirta Kencana, memuji semangat anak didiknya.",
            "Tono Saputra, pelatih renang di Klub Tirta Kencana",
            "Tono Saputra",
            "pelatih renang di Klub Tirta Kencana",
        ),
    ],
)
def test_di_before_a_body_joins_the_body_to_a_lowercase_post(
    sentence: str, mention: str, name: str, title: str
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place, not a body
        "Rina Wulandari, guru honorer di Palangka Raya, mengaku gajinya telat.",
        # an owner's word: the market is where the shop stands, not what is owned
        "Hal itu dikatakan Sarmin, pemilik kios di Pasar Cempaka, pada Senin pagi.",
    ],
)
def test_di_before_a_place_or_after_an_owner_gives_nothing(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_di_after_a_capitalised_title_is_the_place_of_the_event() -> None:
    s = "Bupati Lamandau Hendra Lesmana di Aula Kantor Bupati membuka rapat itu."
    assert extract_officials(s) == [
        _rec(s, "Bupati Lamandau Hendra Lesmana", "Hendra Lesmana", "Bupati Lamandau")
    ]


def test_di_after_a_post_that_names_its_body_stays_out() -> None:
    s = "Joko, ketua cabang Serikat Buruh Pelabuhan di Makassar, ikut berunjuk rasa."
    assert extract_officials(s) == [
        _rec(s, "Joko, ketua cabang Serikat Buruh Pelabuhan", "Joko", "ketua cabang Serikat Buruh Pelabuhan")
    ]
