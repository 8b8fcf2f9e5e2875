"""Staff posted to the reported operation take part in it (issue 15, counts25; GUIDELINES §5 and
the annotation README: staff deployed to the reported event or operation are participants).

``menempatkan`` counts them only before a staff noun (``personel``, ``anggota``, ``petugas``):
with players or athletes it is a line-up or a ranking.

Invented Indonesian sentences in the style of regional news; whole records with spans, and the
sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Untuk mengamankan arus mudik, Polres menempatkan 12 anggota yang akan bertugas secara bergantian"
        " di pos terpadu.",
        [("12 anggota", 12, False, 12, 12, "anggota")],
    ),
    (
        "Selama banjir, BPBD juga menempatkan 15 personel siaga di jalan lintas barat.",
        [("15 personel", 15, False, 15, 15, "personel")],
    ),
    # must give nothing: the post verb before players or athletes (the noun guard): a line-up, a
    # ranking; each gives a count if any noun after the verb were taken
    ("Pelatih menempatkan tiga pemain penyerang di lini depan.", []),
    ("Indonesia menempatkan dua atletnya di jajaran sepuluh besar dunia.", []),
    ("Kejuaraan ini menempatkan tiga atlet Jawa Barat di podium.", []),
    # must give nothing: a staff noun with no post verb before it (the verb guard): a staff total,
    # a transfer; each gives a count if the staff noun alone were taken
    ("Polres Sukamaju kini memiliki 120 anggota, naik dari tahun lalu.", []),
    ("Sebanyak 12 anggota Polres Sukamaju dimutasi ke satuan lain.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_posted_staff(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
