"""A count of what each unit holds or sends is no count of participants (issue 15, counts25;
GUIDELINES §5).

An ``each`` word (``masing-masing``, ``setiap``, ``tiap``) earlier in the count's clause, with
words of its own between it and the count, makes the count a size per unit: ``18 tim yang
masing-masing terdiri dari tiga siswa`` counts 18 teams, not three pupils. Right before the count,
or past opener words only, it says "respectively" and the counts stay; a time word right after it
(``Setiap tahun``, ``setiap Jumat pagi``) or a participation verb (``masing-masing diikuti``) keeps
the count unless a holding or sending verb (``terdiri``, ``mengirimkan``) stands before it.

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
    # a time word after the each word says how often (each_time, a weekday): the count stays
    (
        "Setiap tahun kejuaraan renang ini diikuti 800 atlet dari berbagai provinsi.",
        [("800 atlet", 800, False, 800, 800, "atlet")],
    ),
    (
        "Pada setiap sesi lokakarya diikuti 35 peserta dari sekolah mitra.",
        [("35 peserta", 35, False, 35, 35, "peserta")],
    ),
    (
        "Senam yang digelar setiap Jumat pagi itu diikuti 250 warga.",
        [("250 warga", 250, False, 250, 250, "warga")],
    ),
    # a participation verb after the each word: who took part in each, the count stays
    (
        "Dua babak final itu masing-masing diikuti delapan atlet.",
        [("delapan atlet", 8, False, 8, 8, "atlet")],
    ),
    # must give nothing: per unit, recipients of aid, staff totals, targets, villages and schools
    ("Masing-masing kecamatan mengirimkan empat peserta ke lomba baca puisi tingkat kabupaten.", []),
    # a holding or sending verb (each_hold) makes a size per unit after a time word too
    ("Setiap tahun klub itu mengirimkan dua atlet untuk mengikuti kejuaraan nasional.", []),
    ("Dalam kejuaraan itu, setiap pekan tiap klub menurunkan tiga atlet.", []),
    ("Pemerintah desa menyalurkan bantuan langsung tunai kepada 250 keluarga penerima manfaat.", []),
    ("Saat ini Dinas Kesehatan memiliki 320 pegawai yang tersebar di 14 puskesmas.", []),
    ("Panitia menargetkan lomba lari tahun depan diikuti 5.000 peserta.", []),
    ("Program pelatihan digital itu sudah menjangkau 42 desa dan 12 sekolah di Kecamatan Sukamaju.", []),
    ("Survei itu mengambil sampel 1.500 rumah tangga di 20 kabupaten.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_each_unit(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
