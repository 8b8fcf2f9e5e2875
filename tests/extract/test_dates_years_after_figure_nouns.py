"""Dates read on news-raw (issue 15, counts12). A bare year after a noun naming a year's own
figure or plan (``target 2025``, ``penerimaan 2024``, ``stok 2023``, ``produksi 2022``,
``prioritas 2026``, ``pengajuan 2025``) is a year alone, as ``APBD 2024`` is (GUIDELINES §3:
budget, fiscal and programme years are dates); a count's word after the number keeps it a count.
Each year of a bracketed list (``(2014, 2019 dan 2024)``) is a year alone, as a bracketed year
by itself is. A bare year right after a verb (``mulai dikerjakan 2026``, ``berdiri 2009 sampai
kini``) is a year when its clause goes on past it (a stop, a verb, ``sampai``, ``sebagai``); a noun
after it is what the number counts (``menyalurkan 2000 dosis``), a capitalised word an event's name
(``menuju 2028 Olympic Games``), and after a naming or amount verb (``bertajuk``, ``mencapai``)
the number is a title or an amount.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

FIGURE_YEARS = [
    (
        "Dinas pendapatan mencatat realisasi 87 persen dari target 2025 sebesar Rp48 miliar.",
        [D("2025", (58, 62), "2025")],
    ),
    (
        "Bapenda melaporkan penerimaan 2024 naik dibanding penerimaan 2023 di kabupaten itu.",
        [D("2024", (30, 34), "2024"), D("2023", (61, 65), "2023")],
    ),
    (
        "Kepala gudang menyebut sisa stok 2023 masih cukup hingga musim tanam berikutnya.",
        [D("2023", (33, 37), "2023")],
    ),
    (
        "Menurut dinas pertanian, produksi 2022 lebih rendah karena serangan hama wereng.",
        [D("2022", (34, 38), "2022")],
    ),
    # the later years of a list after the cued first one are years too
    (
        "Anggaran untuk program prioritas 2026 dan 2027 dibahas bersama badan anggaran DPRD.",
        [D("2026", (33, 37), "2026"), D("2027", (42, 46), "2027")],
    ),
    (
        "Bendahara desa menyelesaikan berkas pengajuan 2025 untuk perbaikan saluran irigasi.",
        [D("2025", (46, 50), "2025")],
    ),
    # a count's word after the number: a target of people, no year
    ("Panitia memasang target 2000 orang peserta jalan sehat di alun-alun kecamatan.", []),
    ("Target 2.000 peserta vaksinasi tercapai dalam dua hari pelayanan di puskesmas.", []),
    # a noun that is no year's figure leaves the number a count
    ("Kebutuhan 2000 kalori sehari dipenuhi dari menu makan bergizi di sekolah itu.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_YEARS)
def test_a_years_figure_before_a_year_leaves_the_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


BRACKETED_LISTS = [
    (
        "Dalam tiga pemilu terakhir (2014, 2019 dan 2024) partisipasi pemilih di kabupaten itu naik.",
        [D("2014", (28, 32), "2014"), D("2019", (34, 38), "2019"), D("2024", (43, 47), "2024")],
    ),
    (
        "Klub itu dua kali menjuarai liga daerah (2018 dan 2022) di bawah pelatih yang sama.",
        [D("2018", (41, 45), "2018"), D("2022", (50, 54), "2022")],
    ),
    (
        "Gedung serbaguna itu direnovasi dua kali (2016, 2021) dengan dana hibah provinsi.",
        [D("2016", (42, 46), "2016"), D("2021", (48, 52), "2021")],
    ),
    # a bracketed year alone keeps its brackets, as before
    (
        "Survei BPS (2023) mencatat angka kemiskinan turun di wilayah pesisir.",
        [D("(2023)", (11, 17), "2023")],
    ),
    # counts in brackets are no years
    ("Koperasi itu membagikan (2000, 3000 dan 4000 paket) sembako dalam tiga tahap.", []),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_LISTS)
def test_each_year_of_a_bracketed_list_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected


VERB_YEARS = [
    (
        "Jembatan gantung penghubung dua desa itu mulai dikerjakan 2026 dan ditargetkan rampung akhir tahun.",
        [D("2026", (58, 62), "2026")],
    ),
    (
        "Koperasi nelayan itu berdiri 2009 sampai kini masih beranggotakan warga pesisir.",
        [D("2009", (29, 33), "2009")],
    ),
    (
        "Bupati menyebut 2025 sebagai tahun percepatan pembangunan jalan desa.",
        [D("2025", (16, 20), "2025")],
    ),
    (
        "Buku sejarah kecamatan terbitan 2019 menjadi rujukan para guru setempat.",
        [D("2019", (32, 36), "2019")],
    ),
    # a noun after the number is what it counts
    ("Puskesmas mulai menyalurkan 2000 dosis vaksin ke tiga kecamatan.", []),
    ("Dinas pertanian membagikan 2024 bibit kopi kepada kelompok tani.", []),
    # a capitalised word after it: the year opens an event's name
    ("Para atlet berlatih keras menuju 2028 Olympic Games di Los Angeles.", []),
    # after a naming verb a title, after an amount verb an amount
    ("Pentas seni bertajuk 2025 Gebyar Budaya Nusantara digelar di alun-alun.", []),
    ("Jumlah pengunjung pameran itu mencapai 2000, jauh di atas perkiraan panitia.", []),
]


@pytest.mark.parametrize(("text", "expected"), VERB_YEARS)
def test_a_year_right_after_a_verb_is_a_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
