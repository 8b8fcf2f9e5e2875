"""A count whose noun a demonstrative follows (``dua atlet tersebut``, ``216 kelompok itu``)
points back at a group the article named before: it is no new count of the reported activity
(GUIDELINES §5 counts those who take part, once). After a participation verb the demonstrative is
the event's (``turnamen yang diikuti 16 negara tersebut``), and a figure inside an earlier vague
count of the same noun states that count. With no count before it, the demonstrative points at a
group only named (``Warga … antusias. Sebanyak 500 warga tersebut``): the count is the group's
first, and it is kept; a demonstrative after a head or place noun is that noun's
(``25 guru sekolah itu``)."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # A few picked out of the team sent: only the team is counted.
        (
            "PB FPTI mengirim lima atletnya untuk mengikuti kejuaraan Asia. Pelatih tim yang juga "
            "ikut ke Bangkok mengatakan, pencapaian tiga atlet tersebut sesuai dengan harapan.",
            [("lima atletnya", 5, False, 5, 5, "atlet")],
        ),
        # A vague restatement of the audition's exact count.
        (
            "Audisi bulu tangkis di Solo diikuti oleh 412 pebulutangkis muda dari berbagai daerah. "
            "Ratusan peserta tersebut unjuk kemampuan pada tahap penyaringan, Minggu (3/6).",
            [("412 pebulutangkis", 412, False, 412, 412, "pebulutangkis")],
        ),
        # The demonstrative belongs to the event of the relative clause.
        (
            "Kejuaraan renang yang diikuti oleh 16 negara tersebut digelar pekan depan di Palembang.",
            [("16 negara", 16, False, 16, 16, "negara")],
        ),
        # A verb between noun and demonstrative: the demonstrative is the place's.
        (
            "Menjelang sore, puluhan warga memadati alun-alun itu untuk menyaksikan pawai budaya.",
            [("puluhan warga", None, True, 20, 99, "warga")],
        ),
        # The figure states the earlier vague count: both are listed.
        (
            "Ribuan orang memadati halaman masjid agung, Sabtu (4/3). Kedatangan sekitar 6000 "
            "orang itu untuk mengikuti tablig akbar bersama ulama dari Jawa Barat.",
            [
                ("Ribuan orang", None, True, 1000, 9999, "orang"),
                ("6000 orang", 6000, True, 6000, 6000, "orang"),
            ],
        ),
        # No count before: the demonstrative points at the villagers named, not counted.
        (
            "Warga Kelurahan Mekarsari menyambut gembira jalan sehat itu. Sebanyak 700 warga "
            "tersebut mengikuti jalan sehat dari balai kelurahan, Minggu (8/9).",
            [("700 warga", 700, False, 700, 700, "warga")],
        ),
        # An earlier count of another noun and another figure: a group of its own.
        (
            "Musyawarah itu dihadiri 40 kepala desa. Sebanyak 15 perangkat desa itu juga hadir.",
            [
                ("40 kepala desa", 40, False, 40, 40, "kepala desa"),
                ("15 perangkat desa", 15, False, 15, 15, "perangkat desa"),
            ],
        ),
        # A head noun between: the demonstrative is the school's.
        (
            "Lokakarya itu diikuti 60 siswa. Tampak pula 18 guru sekolah itu hadir dalam lokakarya.",
            [("60 siswa", 60, False, 60, 60, "siswa"), ("18 guru", 18, False, 18, 18, "guru")],
        ),
        # The earlier count repeated with the same figure is listed once.
        (
            "Lomba baca puisi diikuti 85 pelajar dari 20 sekolah. Sebanyak 85 pelajar tersebut "
            "tampil bergantian sejak pagi.",
            [("85 pelajar", 85, False, 85, 85, "pelajar"), ("20 sekolah", 20, False, 20, 20, "sekolah")],
        ),
    ],
)
def test_back_reference(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Dinas Perikanan mencatat kolam baru di setiap kecamatan. Dari 140 kelompok tersebut, "
        "setiap bulan kami berikan pelatihan, kata kepala dinas.",
    ],
)
def test_back_reference_gives_nothing(text: str) -> None:
    assert extract_participants(text) == []


def test_followers_with_a_demonstrative_give_nothing() -> None:
    """An account's followers are what it has: the ``having`` verb right before the count rules
    it out (session 33), though with no count before them the demonstrative alone does not."""
    text = "Akun yang memiliki 2,3 juta pengikut tersebut ikut menyebarkan video itu."
    assert extract_participants(text) == []
