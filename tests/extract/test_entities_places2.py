"""Place classes read on unlabelled national and regional news (issue 12, session 6, second
pass): whole entity lists on invented sentences in the news' style, and cases that give nothing."""

from __future__ import annotations

import pytest

from .test_entities_news import _at, _out

# --------------------------------------------------------------------------- a chain down to a region


def test_places_written_down_to_their_city_stay_places() -> None:
    # `Kompleks Parlemen` and `Senayan` are common words, but the chain ends in a city
    text = "Usulan itu disampaikan di Kompleks Parlemen, Senayan, Jakarta, Selasa (26/8/2025)."
    model = [_at(text, "Kompleks Parlemen", "LOC"), _at(text, "Senayan", "LOC"), _at(text, "Jakarta", "LOC")]
    assert _out(text, model) == [
        ("Kompleks Parlemen", "LOC", (26, 43)),
        ("Senayan", "LOC", (45, 52)),
        ("Jakarta", "LOC", (54, 61)),
    ]


def test_a_palace_before_its_city_is_a_place() -> None:
    text = "Para menteri berkumpul di Istana Kepresidenan, Jakarta, Kamis pagi."
    model = [_at(text, "Istana Kepresidenan", "LOC"), _at(text, "Jakarta", "LOC")]
    assert _out(text, model) == [("Istana Kepresidenan", "LOC", (26, 45)), ("Jakarta", "LOC", (47, 54))]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # common words with no region after them: no place
        ("Peserta wajib mengikuti Standar Pelatihan yang baru.", "Standar Pelatihan"),
        ("Ia bertugas di Bidang Kesehatan, Dinas Sosial, sejak 2019.", "Bidang Kesehatan"),
    ],
)
def test_common_words_without_a_region_are_no_place(text: str, part: str) -> None:
    assert [e for e in _out(text, [_at(text, part, "LOC")]) if e[0] == part] == []
