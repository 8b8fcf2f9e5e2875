"""A year after an event's name and its bracketed acronym belongs to the name (GUIDELINES §3
"Not dates": years inside the names of events): ``Pekan Olahraga Provinsi (Porprov) tahun
2026``, ``Konferensi ... (KRD) Tahun 2025``. The event word (``event`` in ``dates_blockers.txt``) must
open the name; a plan's, a budget's or an allowance's name before its acronym keeps its year
(``Rencana Kerja Pemerintah (RKP) Tahun 2025``, ``Tunjangan Hari Raya (THR) tahun 2024``), as a
two-word cue does (``(RUPST) Tahun Buku 2025``).

Invented Indonesian sentences of the constructions unlabelled news shows (news-raw 7540 and
others); whole records with spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.dates import extract_dates
from extract.records import DateMention
from tests.date_records import D


@pytest.mark.parametrize(
    "text",
    [
        "Atlet panahan itu bersiap menghadapi Pekan Olahraga Provinsi (Porprov) tahun 2026 di Metro.",
        "Bupati membuka Konferensi Daerah Ekonomi Kreatif (KDEK) Tahun 2025 di gedung serbaguna.",
        "Remaja desa ikut Jambore Ajang Kreativitas Remaja (AKR) Tahun 2024 di bumi perkemahan.",
        "Bupati memimpin upacara peringatan Hari Koperasi Nasional (Harkopnas) Tahun 2025 di alun-alun.",
    ],
)
def test_a_year_after_an_events_acronym_is_its_name(text: str) -> None:
    assert extract_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kegiatan itu tercantum dalam Rencana Kerja Pemerintah (RKP) Tahun 2025 bidang pangan.",
            [D("Tahun 2025", (60, 70), "2025")],
        ),
        (
            "Pemkab mencairkan Tunjangan Hari Raya (THR) tahun 2024 bagi pegawai negeri.",
            [D("tahun 2024", (44, 54), "2024")],
        ),
        (
            "Pembagian dividen disetujui dalam Rapat Umum Pemegang Saham Tahunan (RUPST) Tahun Buku 2025.",
            [D("Tahun Buku 2025", (76, 91), "2025")],
        ),
    ],
)
def test_a_plans_or_allowances_acronym_keeps_its_year(text: str, expected: list[DateMention]) -> None:
    assert extract_dates(text) == expected
