"""The field a rank is out of (issue 13, counts27, fix31b; GUIDELINES §5).

A rank word, its ordinal and ``dari`` before a count (``menempati posisi kesembilan dari 10
tim``, ``peringkat ke-172 dari 186 negara``) give the size of a league or a ranking, not how many
took part in the reported event. A head that says participation on its own (``24 peserta``), or
such a noun right after the head (``23 negara peserta``), keeps the count, and so does a relative
clause saying they took part (``dari 5 kelompok tani yang mengikuti lomba``). A worded ordinal
of three letters (``kedua``) is an ordinal as ``ketiga`` is.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    # the field of a rank: a league's or a ranking's size, though a participation verb stands
    # in the sentence
    ("Tim tamu yang bertanding di liga putri kini menempati posisi kesembilan dari 12 tim.", []),
    ("Timnas yang bertanding di Piala Asia itu menduduki peringkat ke-150 dari 210 negara.", []),
    ("Indonesia berada di peringkat 5 dari 32 negara pada tabel perolehan medali kejuaraan itu.", []),
    # a noun that says participation keeps the count
    (
        "Pegulat muda yang bertanding di kejuaraan itu finis di urutan ketujuh dari total 30 peserta.",
        [("30 peserta", 30, False, 30, 30, "peserta")],
    ),
    (
        "Kontingen yang bertanding di kejuaraan itu menempati urutan ketiga dari 18 negara peserta.",
        [("18 negara", 18, False, 18, 18, "negara")],
    ),
    # no rank before the dari: the countries took part
    (
        "Kejuaraan pencak silat itu diikuti atlet dari 18 negara.",
        [("18 negara", 18, False, 18, 18, "negara")],
    ),
    # kedua: the shortest worded ordinal
    ("Klub tamu yang bertanding di liga itu kini menempati posisi kedua dari 14 tim.", []),
    ("Atlet yang bertanding di kejuaraan itu berada di peringkat kedua dari 60 negara.", []),
    # a relative clause saying they took part keeps the count
    (
        "Kelompok Tani Sido Makmur berada di urutan kedua dari 7 kelompok tani yang mengikuti lomba.",
        [("7 kelompok tani", 7, False, 7, 7, "kelompok tani")],
    ),
    (
        "Sekolah itu menempati posisi ketiga dari 12 sekolah yang akan berlaga di final.",
        [("12 sekolah", 12, False, 12, 12, "sekolah")],
    ),
    # a relative clause of another verb keeps the rank's field out
    ("Klub itu menempati posisi kedua dari 14 tim yang ada di klasemen sementara.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_rank_field(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
