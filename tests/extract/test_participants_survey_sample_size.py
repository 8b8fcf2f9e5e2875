"""Participant counts read on news-raw (issue 15, counts24; the facts annotation counts the
people a reported survey asks).

A survey's sample given as its size: ``ada``/``terdapat``/``sampel`` right before the count, a
survey noun in the sentence before or after the count in its own sentence. A survey named before
the count in its own sentence reports a finding (``Hasil survei menunjukkan ada 40 responden
yang tidak puas``), which is no count of the sample; nor is one described by what it answered
(``Ada 300 responden yang menyatakan puas``) or one after a sentence that gave the sample.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Ada 1.500 responden dalam survei yang digelar pada Juli itu.",
        [("1.500 responden", 1500, False, 1500, 1500, "responden")],
    ),
    (
        "Survei dilakukan dengan wawancara tatap muka pada awal Mei. Jumlah sampel 1.100 responden"
        " dengan margin of error 3 persen.",
        [("1.100 responden", 1100, False, 1100, 1100, "responden")],
    ),
    (
        "Survei digelar secara daring pada Maret. Total ada 640 responden yang tersebar di 20 provinsi.",
        [("640 responden", 640, False, 640, 640, "responden")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_survey_sample_size(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Hasil survei menunjukkan ada 40 responden yang tidak puas.",
        "Menurut lembaga itu, ada 300 responden yang menjawab belum pernah mendengar program tersebut.",
        "Dinas mencatat ada 120 warga yang belum menerima bantuan. Survei kepuasan akan digelar bulan depan.",
    ],
)
def test_findings_and_counts_outside_a_survey_are_no_sample(text: str) -> None:
    assert extract_participants(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Survei itu digelar bulan lalu. Ada 300 responden yang menyatakan puas dengan layanan itu.",
        "Survei digelar secara daring pada Maret. Ada 85 responden yang tidak menjawab pertanyaan itu.",
        "Survei lembaga itu digelar pekan lalu. Terdapat 200 responden yang memilih tidak menjawab.",
    ],
)
def test_a_finding_after_the_survey_sentence_is_no_sample(text: str) -> None:
    assert extract_participants(text) == []


def test_a_part_after_the_sample_given_is_no_second_count() -> None:
    text = (
        "Survei itu digelar 1-5 Juni terhadap 1.200 responden. Ada 40 responden yang mengaku tidak"
        " puas dengan pelayanan."
    )
    assert extract_participants(text) == expected_participants(
        text, [("1.200 responden", 1200, False, 1200, 1200, "responden")]
    )


def test_a_second_survey_count_after_one_sample_is_no_sample() -> None:
    text = "Survei pertama digelar terhadap 800 responden. Ada 640 responden dalam survei kedua."
    assert extract_participants(text) == expected_participants(
        text, [("800 responden", 800, False, 800, 800, "responden")]
    )
