"""What people have is a state, not taking part in the reported activity (issue 15, the false
counts; GUIDELINES §5): a ``having`` verb of participants_negative.txt right before a count (its
object) or as the count's own verb right after it, past ``aux`` words, rules the count out, read
off news-raw in session 33 (4 wrong counts dropped, 0 right). In a relative clause right after
the count (``yang memiliki``) it only describes the people: the count stays with a verb of taking
part of its own, after the clause or right before the count (review of session 33).

Invented Indonesian sentences in the style of regional news; whole records with spans, the
sentences that must give nothing, and those whose count stays.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    # must give nothing: the count's own verb is one of having, whatever event the sentence names
    ("Selain itu, sebanyak 60 orang kini mempunyai pekerjaan tetap berkat pelatihan pengolahan ikan.", []),
    ("Dari peserta yang lolos, terdapat 643 pendaftar yang memiliki Kartu Indonesia Pintar.", []),
    # must give nothing: the count is what someone has
    ("Saat menghadiri pelayanan KB itu, Bupati berpesan kepada ibu yang telah memiliki dua anak.", []),
    # the count stays: the having verb belongs to another clause, or to a noun after the head
    (
        "Ribuan orang akan hadir dalam acara itu lantaran para bikers memiliki agenda serupa.",
        [("Ribuan orang", None, True, 1000, 9999, "orang")],
    ),
    (
        "Pelatihan itu diikuti 30 peserta dari desa yang memiliki potensi wisata.",
        [("30 peserta", 30, False, 30, 30, "peserta")],
    ),
    # the count stays: a having relative clause right after the counted subject only describes
    # the people; their own verb of taking part comes after it, or right before the count
    (
        "Sebanyak 300 peserta yang memiliki sertifikat mengikuti ujian kompetensi di aula kampus.",
        [("300 peserta", 300, False, 300, 300, "peserta")],
    ),
    (
        "Sebanyak 500 warga yang memiliki KTP Jakarta mengikuti vaksinasi massal di Monas.",
        [("500 warga", 500, False, 500, 500, "warga")],
    ),
    (
        "Lomba itu diikuti 120 pelari yang memiliki nomor dada resmi.",
        [("120 pelari", 120, False, 120, 120, "pelari")],
    ),
    (
        "Pameran itu dihadiri ratusan pengunjung yang punya minat pada batik.",
        [("ratusan pengunjung", None, True, 100, 999, "pengunjung")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_having_is_no_taking_part(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
