"""Dates read on news-raw (issue 15, regional pages). A budget or wage acronym's year stays a
budget's year when the region's name stands between without its kind word (``PAD Tanggamus
2024``, ``UMK Lampung Selatan 2025``) or with its province after a comma (``APBD Mesuji, Lampung
2023``), as ``APBD Kabupaten X 2024`` is (GUIDELINES §3: budget, fiscal and programme years are
dates); ``UMR``, the minimum wage's older name, is such an acronym too. After a plain word such
as ``anggaran`` the capitalised words may be an event's name (``anggaran Festival Krakatau
2024``), and a law's number keeps its year a law's (``Nomor 3 Tahun 2024``): those give nothing.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D

REGION_BUDGET_YEARS = [
    (
        "Bapenda mencatat PAD Tanggamus 2024 mencapai Rp152 miliar atau naik tujuh persen.",
        [D("2024", (31, 35), "2024")],
    ),
    (
        "Belanja modal dalam APBD Mesuji, Lampung 2023 sebagian besar untuk perbaikan jalan.",
        [D("2023", (41, 45), "2023")],
    ),
    (
        "Dewan pengupahan mengusulkan UMK Lampung Selatan 2025 naik menjadi Rp2,9 juta.",
        [D("2025", (49, 53), "2025")],
    ),
    (
        "Besaran Upah Minimum Regional (UMR) Kabupaten Tulang Bawang, Lampung 2024 diumumkan pekan ini.",
        [D("2024", (69, 73), "2024")],
    ),
    # the budget's year word after the region's bare name belongs to the mention
    (
        "Rapat paripurna menyetujui APBD Pesawaran Tahun 2025 dengan sejumlah catatan fraksi.",
        [D("Tahun 2025", (42, 52), "2025")],
    ),
    (
        "Pembahasan APBD Kota Metro TA 2026 dimulai setelah rancangan KUA disepakati.",
        [D("TA 2026", (27, 34), "2026")],
    ),
    # after a plain word the capitalised words may name an event: no budget's year
    ("Pemkab menambah anggaran Festival Krakatau 2024 untuk panggung dan hiburan rakyat.", []),
    ("Bupati meminta camat menyiapkan anggaran Pekan Olahraga Daerah 2025 sejak awal tahun.", []),
    # a law's number before the year: the law's own year
    ("DPRD mengesahkan Perda APBD Pesawaran Nomor 3 Tahun 2024 dalam rapat paripurna.", []),
]


@pytest.mark.parametrize(("text", "expected"), REGION_BUDGET_YEARS)
def test_a_budgets_year_after_its_regions_name(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
