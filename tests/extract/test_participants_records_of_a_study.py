"""Counts of people whose records a study reads (GUIDELINES §5: they take part in no activity the
article reports): a ``records`` noun of participants_negative.txt (``data``) right before the
count, past ``dari`` and a hedge only. A source named before a count is not right before it.
Invented Indonesian sentences in the style of news; whole records with spans, and cases that
must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    pytest.param(
        "Penelitian itu melibatkan data lebih dari 20.000 orang dewasa yang dipantau selama 19 tahun.",
        [],
        id="the data of people a study involves",
    ),
    pytest.param(
        "Studi itu melibatkan data dari lebih dari 198 ribu partisipan di Amerika Serikat.",
        [],
        id="data dari and a hedge before the count, though a cue verb stands before",
    ),
    pytest.param(
        "Tim peneliti menggunakan data 50.000 peserta Biobank Inggris untuk menilai risiko demensia.",
        [],
        id="data right before a count of peserta",
    ),
    pytest.param(
        "Data panitia mencatat 500 peserta mengikuti lomba lari itu.",
        [("500 peserta", 500, False, 500, 500, "peserta")],
        id="a source named a verb away from the count",
    ),
    pytest.param(
        "Menurut data, sebanyak 500 peserta mengikuti lomba lari itu.",
        [("500 peserta", 500, False, 500, 500, "peserta")],
        id="a source before a comma",
    ),
    pytest.param(
        "Berdasarkan data tercatat 500 peserta mengikuti lomba lari itu.",
        [("500 peserta", 500, False, 500, 500, "peserta")],
        id="a source before tercatat",
    ),
    pytest.param(
        "Penelitian itu melibatkan lebih dari 300 mahasiswa sebagai relawan uji klinis.",
        [("300 mahasiswa", 300, True, 301, None, "mahasiswa")],
        id="a study that involves people, no records noun",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_records_of_a_study(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
