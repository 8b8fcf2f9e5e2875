"""Officials on constructions found on unseen regional news (issue 13, session 16, news-raw lines
6600-6850, then every news-raw line with the construction): a body's division written after the
body's region (`Komisioner KPU <regency> Divisi …, Name`); `GM`, General Manager abbreviated, before
its company or unit; `Development` ending a company's name, no holder's; English posts
(`Operational Director`, `SEVP`) and English unit words alone after a post (`EVP Human Capital,`),
which name the unit, not a holder.

Every sentence is written for the test: names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials

from .test_roles import _officials, _per, _rec

# ------------------------------------------------- a body's division after the body's region


DIVISIONS = [
    (
        "Anggota KPU Lampung Barat Divisi Hukum dan Pengawasan, Rudi Santoso menjelaskan jadwal itu.",
        (
            "Anggota KPU Lampung Barat Divisi Hukum dan Pengawasan, Rudi Santoso",
            "Rudi Santoso",
            "Anggota KPU Lampung Barat Divisi Hukum dan Pengawasan",
        ),
    ),
    (
        "Komisioner Bawaslu Tulang Bawang Divisi Penanganan Pelanggaran Hendra Kusuma meminta warga melapor.",
        (
            "Komisioner Bawaslu Tulang Bawang Divisi Penanganan Pelanggaran Hendra Kusuma",
            "Hendra Kusuma",
            "Komisioner Bawaslu Tulang Bawang Divisi Penanganan Pelanggaran",
        ),
    ),
    (
        "Menurut Ketua KPU Mesuji Divisi Perencanaan, Sri Wahyuni, logistik tiba pekan depan.",
        (
            "Ketua KPU Mesuji Divisi Perencanaan, Sri Wahyuni",
            "Sri Wahyuni",
            "Ketua KPU Mesuji Divisi Perencanaan",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DIVISIONS)
def test_a_division_after_the_body_s_region_reads_on_in_the_title(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Divisi Teknis KPU Lampung Barat menggelar rapat pleno di aula kantor.",
        "KPU Pesisir Barat Divisi Teknis belum menerima laporan dari kecamatan.",
        "Bupati Lampung Timur Resmikan Pasar Baru di Kecamatan Sukadana.",
    ],
)
def test_a_division_with_no_holder_gives_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


# --------------------------------------------------- GM: a General Manager, abbreviated


GENERAL_MANAGERS = [
    (
        # a ship captain's rank before the holder is dropped like any rank
        "Perbaikan dermaga selesai pekan ini. GM PT Pelabuhan Nusantara Cabang Panjang, Kapten Hendra "
        "Wijaya, menyatakan kapal kembali berlabuh.",
        (
            "GM PT Pelabuhan Nusantara Cabang Panjang, Kapten Hendra Wijaya",
            "Hendra Wijaya",
            "GM PT Pelabuhan Nusantara Cabang Panjang",
        ),
    ),
    (
        "Tim perusahaan yang hadir antara lain GM Pemasaran Digital Rini Astuti dan staf lainnya.",
        ("GM Pemasaran Digital Rini Astuti", "Rini Astuti", "GM Pemasaran Digital"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GENERAL_MANAGERS)
def test_gm_is_a_general_manager_s_post(sentence: str, expected: tuple[str, str, str]) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mobil listrik GM dijual di Amerika Serikat mulai tahun depan.",
        "Rapat itu dihadiri GM Sumatra Agro Development. Pertemuan berlangsung dua jam.",
    ],
)
def test_gm_with_no_holder_gives_no_official(sentence: str) -> None:
    assert extract_officials(sentence) == []


@pytest.mark.xfail(
    strict=True,
    reason="a chess grandmaster's title (GM) written after a player's name reads as the player's post "
    "(news-raw has one such line, with a bracket after GM, which stays right)",
)
def test_a_chess_grandmaster_is_no_general_manager() -> None:
    assert extract_officials("Pecatur Andi Saputra, GM, memimpin klasemen sementara turnamen itu.") == []


# ---------------------------------------------------------------------------- English posts


ENGLISH_POSTS = [
    (
        "Dealer itu siap melayani konsumen, ucap Budi Santoso Halim, Operational Director PT Sinar "
        "Jaya Abadi. Konsumen bisa datang langsung.",
        (
            "Budi Santoso Halim, Operational Director PT Sinar Jaya Abadi",
            "Budi Santoso Halim",
            "Operational Director PT Sinar Jaya Abadi",
        ),
    ),
    (
        "Penanaman perdana dihadiri SEVP Operation PTPN IV Regional 5 Agus Salim Nasution di kebun itu.",
        (
            "SEVP Operation PTPN IV Regional 5 Agus Salim Nasution",
            "Agus Salim Nasution",
            "SEVP Operation PTPN IV Regional 5",
        ),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH_POSTS)
def test_an_english_post_names_its_holder(sentence: str, expected: tuple[str, str, str]) -> None:
    assert extract_officials(sentence) == [_rec(sentence, *expected)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapat dihadiri Division Head, EVP Human Capital, EVP Operations, dan Project Director bank itu.",
        "Laporan itu disusun Direktur Human Capital dan diserahkan kepada komisaris.",
        "Kepala Divisi Corporate Communications, Direktur Safety, dan staf hadir di ruang rapat.",
    ],
)
def test_english_unit_words_alone_after_a_post_are_no_holder(sentence: str) -> None:
    assert extract_officials(sentence) == []


def test_an_english_unit_post_still_names_a_holder_after_it() -> None:
    s = "Rapat dipimpin Direktur Human Capital Budi Santoso kemarin."
    assert _officials(s, _per(s, "Budi Santoso")) == [
        _rec(s, "Direktur Human Capital Budi Santoso", "Budi Santoso", "Direktur Human Capital")
    ]


# --------------------------------------------------------------- kinds tallied, not fixed here


@pytest.mark.xfail(
    strict=True,
    reason="places written between a body and its holder (`Ketua Gapoktan X, <village>, <district>, "
    "Name`): the first place is taken as the holder (news-raw 6640)",
)
def test_places_between_a_body_and_its_holder_do_not_take_the_holder_s_place() -> None:
    s = "Ketua Gapoktan Sumber Rejeki, Banjarsari, Metro Utara, Wagiyem, mengatakan panen melimpah."
    assert [(o.name, o.title) for o in extract_officials(s)] == [("Wagiyem", "Ketua Gapoktan Sumber Rejeki")]


@pytest.mark.xfail(
    strict=True,
    reason="a list of bare posts with no names: the second post is read as the first post's holder "
    "(news-raw 6694)",
)
def test_a_list_of_bare_posts_gives_no_holder() -> None:
    s = "Rapat itu dihadiri Camat Way Jepara, Bhabin Kamtibmas Sumberjaya, Babinsa Sumberjaya dan warga."
    assert extract_officials(s) == []
