"""Athletes named by their martial art are head nouns like ``pesilat`` (issue 15, counts25;
GUIDELINES §5): ``karateka`` (also written ``Karate-Ka``) and ``taekwondoin``, in any case, in a
colon-labelled list of grades too.

Invented Indonesian sentences in the style of regional sports news; whole records with spans.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Pengurus provinsi menurunkan 14 karateka pada kejuaraan nasional di Bandung.",
        [("14 karateka", 14, False, 14, 14, "karateka")],
    ),
    (
        "Pengprov menurunkan 20 taekwondoin pada kejuaraan terbuka itu.",
        [("20 taekwondoin", 20, False, 20, 20, "taekwondoin")],
    ),
    (
        "Ujian kenaikan sabuk diikuti peserta dengan rincian Sabuk Hijau: 40 Karateka;"
        " Sabuk Biru: 25 Karateka.",
        [("40 Karateka", 40, False, 40, 40, "Karateka"), ("25 Karateka", 25, False, 25, 25, "Karateka")],
    ),
    # must give nothing: no activity named
    ("Perguruan itu kini memiliki 300 karateka aktif.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_martial_art_heads(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
