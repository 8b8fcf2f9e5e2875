"""A target word in a purpose clause after a count (issue 15, counts21; GUIDELINES §5).

A target is not how many took part, so a ``target`` word in the count's clause rules the count
out (``menargetkan 500 peserta``, ``500 peserta ditargetkan hadir``). A purpose clause with a
verb of its own after the count (``untuk memastikan target pengerjaan tercapai``) names the
activity's aim: its target word is not the count's. Without such a verb (``untuk target tahun
depan``) the target stays the count's.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Satgas mengerahkan 90 personel gabungan untuk memastikan target perbaikan jembatan tercapai.",
        [("90 personel", 90, False, 90, 90, "personel")],
    ),
    (
        "Pelatihan itu diikuti 45 petani agar mencapai target produksi padi tahun ini.",
        [("45 petani", 45, False, 45, 45, "petani")],
    ),
    # the target is the count's own: before it, right after it, or a purpose with no verb
    ("Panitia menargetkan 500 peserta untuk mengikuti lomba lari tersebut.", []),
    ("Sebanyak 500 peserta ditargetkan hadir dalam jalan sehat itu.", []),
    ("Lomba itu dibuka untuk 300 pelari untuk target tahun depan.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_target_in_a_purpose_clause(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
