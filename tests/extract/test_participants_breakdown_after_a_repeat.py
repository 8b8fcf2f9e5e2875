"""A breakdown follows its total where the total is named again: a count repeated with its number
and head noun (``Adapun 300 petugas yang diterjunkan terdiri atas …``), or a next sentence that
opens on the total's head noun (``… terhadap 1.200 responden. Responden survei itu terdiri dari
…``). GUIDELINES §5: a breakdown is listed too."""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Pemkot Bandung menerjunkan 300 petugas pemeriksa hewan kurban untuk mengawasi "
            "pelaksanaan Idul Adha. Pengawasan juga dilakukan melalui pengambilan 150 sampel di "
            "rumah potong. Adapun 300 petugas yang diterjunkan terdiri atas 200 personel Dinas "
            "Pertanian, 60 dokter hewan dari Universitas Padjadjaran, serta 40 anggota Pramuka.",
            [
                ("300 petugas", 300, False, 300, 300, "petugas"),
                ("200 personel", 200, False, 200, 200, "personel"),
                ("60 dokter", 60, False, 60, 60, "dokter"),
                ("40 anggota", 40, False, 40, 40, "anggota"),
            ],
        ),
        (
            "Hasil itu diperoleh dari survei daring yang digelar pada Maret 2025 terhadap 1.200 "
            "responden. Responden survei tersebut terdiri dari guru SD (400 orang), guru SMP "
            "(350 orang), dan guru SMA (450 orang). Responden dipilih secara acak.",
            [
                ("1.200 responden", 1200, False, 1200, 1200, "responden"),
                ("400 orang", 400, False, 400, 400, "orang"),
                ("350 orang", 350, False, 350, 350, "orang"),
                ("450 orang", 450, False, 450, 450, "orang"),
            ],
        ),
        # The repeat is of another head noun: no total to break down.
        (
            "Pemkot Bandung menerjunkan 300 petugas untuk mengawasi Idul Adha. Adapun 300 sapi "
            "yang diperiksa terdiri atas 200 sapi lokal dan 100 sapi impor.",
            [("300 petugas", 300, False, 300, 300, "petugas")],
        ),
        # The next sentence opens on another noun: not a breakdown of the respondents.
        (
            "Survei itu digelar terhadap 1.200 responden. Sekolah asal mereka terdiri dari SD "
            "(400 sekolah) dan SMP (350 sekolah).",
            [("1.200 responden", 1200, False, 1200, 1200, "responden")],
        ),
    ],
)
def test_breakdown_after_a_repeat(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
