"""Totals run up to the present (GUIDELINES §5: cumulative totals are no count of one event's
attendance): an ``until`` word and a ``now`` phrase of participants_cues.txt (``Hingga saat ini``,
``sampai sekarang``), then a ``perfect`` word (``telah``, ``sudah``) and the count's own verb right
before the count. The attendance so far of one event running now still counts: a ``today`` phrase,
an ``ongoing`` phrase, or an event noun after the count in its clause; so does a count whose perfect
word belongs to another verb. Invented Indonesian sentences in the style of news; whole records with
spans, and cases that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    pytest.param(
        "Hingga saat ini, program pelatihan daring itu telah diikuti oleh lebih dari 120.000 peserta.",
        [],
        id="a programme's total up to now",
    ),
    pytest.param(
        "Sampai sekarang kelas menjahit gratis itu sudah diikuti 860 ibu rumah tangga.",
        [],
        id="sampai sekarang and sudah",
    ),
    pytest.param(
        "Tercatat hingga kini sudah ada 150 UMKM yang terdaftar di aplikasi, dan yang hadir di bazar"
        " ini ada 20 UMKM.",
        [("20 UMKM", 20, False, 20, 20, "UMKM")],
        id="a clause break after the perfect word: those who attend count",
    ),
    pytest.param(
        "Indonesia sampai saat ini akan diwakili oleh 37 delegasi dalam konferensi itu.",
        [("37 delegasi", 37, False, 37, 37, "delegasi")],
        id="no perfect word",
    ),
    pytest.param(
        "Hingga kini, pameran yang dibuka pagi tadi telah dikunjungi 1.500 pengunjung.",
        [("1.500 pengunjung", 1500, False, 1500, 1500, "pengunjung")],
        id="a time of today after the now phrase is one day's attendance",
    ),
    pytest.param(
        "Sampai saat ini sudah 800 warga memadati lapangan untuk menyaksikan konser itu.",
        [("800 warga", 800, False, 800, 800, "warga")],
        id="the perfect word is the verb's after the count",
    ),
    pytest.param(
        "Hingga saat ini telah 500 warga memadati alun-alun untuk menonton pawai.",
        [("500 warga", 500, False, 500, 500, "warga")],
        id="the perfect word right before the count is the verb's after it",
    ),
    pytest.param(
        "Hingga saat ini, sebanyak 500 warga telah memadati alun-alun untuk menonton pawai.",
        [("500 warga", 500, False, 500, 500, "warga")],
        id="the perfect word after the count",
    ),
    pytest.param(
        "Hingga saat ini telah hadir 1.200 peserta di arena upacara pembukaan Porprov.",
        [("1.200 peserta", 1200, False, 1200, 1200, "peserta")],
        id="an event noun after the count in its clause",
    ),
    pytest.param(
        "Seminar itu masih berlangsung dan hingga kini telah diikuti 450 peserta dari berbagai daerah.",
        [("450 peserta", 450, False, 450, 450, "peserta")],
        id="an event still running",
    ),
    pytest.param(
        "Hingga saat ini, Budi telah menjadi ketua panitia lomba yang diikuti 300 peserta.",
        [("300 peserta", 300, False, 300, 300, "peserta")],
        id="the perfect word is another verb's",
    ),
    pytest.param(
        "Hingga saat ini, akademi itu telah diikuti oleh lebih dari 123.000 peserta dan menggelar 180"
        " pelatihan bagi tenaga kesehatan.",
        [],
        id="an event noun of the next clause",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_totals_run_up_to_now(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
