"""Places against how unlabelled news writes their words: a model LOC of exactly the words of a
phrase the corpus mostly writes in lowercase (`Tanah Liat`, `Lapangan Kerja`, `Rumah Sakit
(RS)`: entities_terms_written_low_derived.txt) is a term or a kind of facility, no place
(GUIDELINES §6: generic kinds are no entities); a region's name (`Batu Bara`) and a name listed
beside names of the same head (`Danau Ranau, Danau Lebar dan Danau Asam`) stay places. Whole
entity lists from `resolve_entities` on invented sentences, the model's spans given."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a material the model read as a place, then a village
        (
            "Perajin gerabah mengolah Tanah Liat dari Desa Sukamaju setiap pagi.",
            [("Tanah Liat", "LOC"), ("Desa Sukamaju", "LOC")],
            [("Desa Sukamaju", "LOC", (41, 54))],
        ),
        # a kind of facility with its own short name in brackets
        (
            "Kampus itu masih mencari Rumah Sakit (RS) pendidikan untuk mahasiswanya.",
            [("Rumah Sakit (RS)", "LOC")],
            [],
        ),
        # an economic term in a sentence
        (
            "Pemkot berjanji membuka Lapangan Kerja bagi pemuda di Kota Metro.",
            [("Lapangan Kerja", "LOC"), ("Kota Metro", "LOC")],
            [("Kota Metro", "LOC", (54, 64))],
        ),
    ],
)
def test_a_term_the_corpus_writes_low_is_no_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_a_lake_listed_beside_lakes_stays() -> None:
    text = "Petugas menguji air Danau Ranau, Danau Lebar dan Danau Asam pekan lalu."
    model = [("Danau Ranau", "LOC"), ("Danau Lebar", "LOC"), ("Danau Asam", "LOC")]
    assert _found(text, model) == [
        ("Danau Ranau", "LOC", (20, 31)),
        ("Danau Lebar", "LOC", (33, 44)),
        ("Danau Asam", "LOC", (49, 59)),
    ]


def test_a_regency_of_common_words_stays() -> None:
    text = "Harga sawit di Batu Bara naik sejak awal bulan."
    assert _found(text, [("Batu Bara", "LOC")]) == [("Batu Bara", "LOC", (15, 24))]
