"""Counts of people whose records a study reads (GUIDELINES §5: they take part in no activity the
article reports): a ``records`` noun of participants_negative.txt (``data``) right before the
count, past ``dari`` and a hedge only, with ``dari`` there or a ``study`` word in the sentence
(``penelitian``, ``menganalisis``): the noun alone names a source too. A source named before a
count is not right before it. Invented Indonesian sentences in the style of news; whole records
with spans, and cases that must give nothing.
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
        "Sesuai data 2.500 pelari dari 20 negara ikut ambil bagian dalam maraton itu.",
        [("2.500 pelari", 2500, False, 2500, 2500, "pelari"), ("20 negara", 20, False, 20, 20, "negara")],
        id="a source right before the count, no study",
    ),
    pytest.param(
        "Berdasarkan data lebih dari 3.000 peserta memadati alun-alun saat pembukaan festival.",
        [("3.000 peserta", 3000, True, 3001, None, "peserta")],
        id="a source and a hedge right before the count, no study",
    ),
    pytest.param(
        "Panitia mencatat data 1.200 peserta yang hadir dalam seminar itu.",
        [("1.200 peserta", 1200, False, 1200, 1200, "peserta")],
        id="the organiser's data",
    ),
    pytest.param(
        "Mereka menggunakan data dari lebih dari 50.000 peserta dari sebuah database biomedis.",
        [],
        id="data taken from people, no study word",
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
