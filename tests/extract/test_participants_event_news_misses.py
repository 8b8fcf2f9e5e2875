"""Participant counts missed on event news (issue 15, counts13; GUIDELINES §5).

Read on news-raw: every article that reports an event with people taking part, where warta
gives no count although a number stands before a people noun. The misses found there are each
rare (one to three lines corpus-wide for their trigger) and their triggers are as often
something else (``melayani`` a habitual service, ``datang`` tourists a year, ``mendapat vaksin``
national totals), so they stay visible here as strict xfails until a rule reads them right.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

KNOWN_MISSES = [
    pytest.param(
        "Total warga yang mendapatkan vaksin dalam kegiatan itu berjumlah 860 orang.",
        [("860 orang", 860, False, 860, 860, "warga")],
        id="a total after a relative clause with a receiving verb and no cue",
    ),
    pytest.param(
        "Pada aksi donor darah itu, pendonor yang datang mencapai 120 orang.",
        [("120 orang", 120, False, 120, 120, "pendonor")],
        id="those who came to the event (datang is no cue: visitors a year)",
    ),
    pytest.param(
        "Untuk donor darah, sejauh ini sudah kami layani 85 orang.",
        [("85 orang", 85, False, 85, 85, "orang")],
        id="served by the organiser at the event (melayani is no cue: habitual service)",
    ),
    pytest.param(
        "Pameran itu memamerkan produk 35 UMKM binaan dinas koperasi.",
        [("35 UMKM", 35, False, 35, 35, "UMKM")],
        id="exhibitors whose products are shown",
    ),
    pytest.param(
        "Akan ada 60 orang, termasuk pemuda putus sekolah, ibu rumah tangga dan perajin, yang "
        "mendapat pelatihan selama empat hari.",
        [("60 orang", 60, False, 60, 60, "orang")],
        id="trainees whose verb follows a long list",
    ),
]


@pytest.mark.parametrize(("text", "mentions"), KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="issue 15: rare event-news kinds with no rule yet (see ids)")
def test_event_news_known_misses(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


NEGATIVES = [
    # a programme's target of recipients, not people at an event
    "Pada tahun ini pemerintah menargetkan 2.000 warga mendapat bantuan rumah layak huni.",
    # a habitual service, not the reported event
    "Setiap hari pegawai kantor pos bisa melayani sekitar dua ribu penerima bantuan.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_count_outside_an_event(text: str) -> None:
    assert extract_participants(text) == []


def test_a_total_after_peserta_counts() -> None:
    text = "Peserta yang mengikuti senam pagi berjumlah 230 orang."
    assert extract_participants(text) == expected_participants(
        text, [("230 orang", 230, False, 230, 230, "Peserta")]
    )
