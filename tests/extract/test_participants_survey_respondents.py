"""The people a reported survey asks take part in it (the facts annotation of news-raw): a count
right after ``terhadap`` or ``kepada`` in a sentence that names a survey or poll, and its
breakdown. Not ``terhadap`` outside a survey (what an action is done to), not a survey's
finding (the part that answered one way)."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Survei Lembaga Kajian Publik terhadap 820 responden digelar pada 2-9 Maret 2026.",
            [("820 responden", 820, False, 820, 820, "responden")],
        ),
        (
            "Jajak pendapat itu dilakukan melalui telepon terhadap 1.250 responden di 30 kota.",
            [("1.250 responden", 1250, False, 1250, 1250, "responden")],
        ),
        (
            "Survei daring itu digelar kepada 640 orang dewasa di Jawa Barat.",
            [("640 orang", 640, False, 640, 640, "orang")],
        ),
        (
            "Survei tahunan itu dikirim kepada lebih dari 5.000 responden di seluruh negeri.",
            [("5.000 responden", 5000, True, 5001, None, "responden")],
        ),
        (
            "Survei dinas dilakukan kepada 300 responden dengan rincian 180 petani dan 120 pedagang.",
            [
                ("300 responden", 300, False, 300, 300, "responden"),
                ("180 petani", 180, False, 180, 180, "petani"),
                ("120 pedagang", 120, False, 120, 120, "pedagang"),
            ],
        ),
        # outside a survey "terhadap" names whom an action is done to
        ("Dinas melakukan pengawasan secara daring terhadap 85 pelaku usaha pada rapat kerja.", []),
        ("Polisi melakukan pemeriksaan terhadap 12 saksi dalam kasus itu.", []),
        # a survey's findings, not its sample
        ("Hasil survei menyebutkan 210 responden menyatakan tidak puas.", []),
        ("Hasil survei menunjukkan, 8 dari 10 responden memahami aturan baru itu.", []),
        ("Survei: 3 dari 5 Orang Dewasa Jarang Berolahraga", []),
    ],
)
def test_survey_respondents(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


def test_respondents_that_a_survey_has() -> None:
    """The sample named as the subject of an existential ``ada`` (counts24: `_sampled`)."""
    text = "Ada 1.500 responden dalam survei kepuasan layanan publik tahun ini."
    assert [(p.text, p.count) for p in extract_participants(text)] == [("1.500 responden", 1500)]
