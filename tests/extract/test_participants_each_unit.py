"""A count of what each unit holds or sends is no count of participants (issue 15, counts25;
GUIDELINES §5).

An ``each`` word (``masing-masing``, ``setiap``, ``tiap``) earlier in the count's clause, with
words of its own between it and the count, makes the count a size per unit: ``18 tim yang
masing-masing terdiri dari tiga siswa`` counts 18 teams, not three pupils. Right before the count,
or past opener words only, it says "respectively" and the counts stay.

Invented Indonesian sentences in the style of regional news; whole records with spans, and the
sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Lomba cerdas cermat antarsekolah itu diikuti 18 tim yang masing-masing terdiri dari tiga siswa.",
        [("18 tim", 18, False, 18, 18, "tim")],
    ),
    (
        "Turnamen futsal pelajar itu diikuti 24 tim yang dibagi ke dalam enam grup yang masing-masing"
        " berisi empat tim.",
        [("24 tim", 24, False, 24, 24, "tim")],
    ),
    # "respectively": the counts stay
    (
        "Lomba maraton itu diikuti pelari dari Kenya dan Ethiopia dengan jumlah masing-masing 31 pelari"
        " dan 12 pelari.",
        [("31 pelari", 31, False, 31, 31, "pelari"), ("12 pelari", 12, False, 12, 12, "pelari")],
    ),
    # must give nothing: per unit, recipients of aid, staff totals, targets, villages and schools
    ("Masing-masing kecamatan mengirimkan empat peserta ke lomba baca puisi tingkat kabupaten.", []),
    ("Setiap hari dinas menerjunkan dua tim untuk melayani warga di kecamatan.", []),
    ("Pemerintah desa menyalurkan bantuan langsung tunai kepada 250 keluarga penerima manfaat.", []),
    ("Saat ini Dinas Kesehatan memiliki 320 pegawai yang tersebar di 14 puskesmas.", []),
    ("Panitia menargetkan lomba lari tahun depan diikuti 5.000 peserta.", []),
    ("Program pelatihan digital itu sudah menjangkau 42 desa dan 12 sekolah di Kecamatan Sukamaju.", []),
    ("Survei itu mengambil sampel 1.500 rumah tangga di 20 kabupaten.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_each_unit(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
