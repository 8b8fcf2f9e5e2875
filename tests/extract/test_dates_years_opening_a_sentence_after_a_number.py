"""``Tahun 2018`` opening a sentence is a year alone (GUIDELINES §3) even when the sentence
before ends in a number (``... pada 14 Desember 2017. Tahun 2018 juga ...``): only a number
standing right before ``Tahun`` makes it a law's number (``Perda 7 Tahun 2001``), not one a full
stop ends.

Invented Indonesian sentences of the construction unlabelled news shows (news-raw 3138, 8119);
whole records with spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Panen raya digelar pada 12 Maret 2024. Tahun 2025 dinas menargetkan hasil lebih tinggi.",
            [D("12 Maret 2024", (24, 37), "2024-03-12"), D("Tahun 2025", (39, 49), "2025")],
        ),
        (
            "Rencana kerja disusun untuk 2025. Tahun 2026 menjadi tahun pelaksanaan pembangunan pasar.",
            [D("2025", (28, 32), "2025"), D("Tahun 2026", (34, 44), "2026")],
        ),
    ],
)
def test_a_year_opening_a_sentence_after_a_number_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pasar itu ditutup karena melanggar Perda 7 Tahun 2001 tentang jarak antarpasar.",
        "Tarif parkir diatur dalam Perwali Nomor 12 tahun 2019 mengenai retribusi.",
    ],
)
def test_a_number_right_before_tahun_is_a_laws(text: str) -> None:
    assert extract_dates(text) == []
