"""Participant counts read on news-raw (issue 15, counts24; GUIDELINES §5: a breakdown is listed too).

A breakdown whose parts each say where their people come from runs past `_BREAKDOWN_CHARS`
from its total; each part is measured from the part before it, so the last ones of the list
stay parts. A new verb after the list still ends it.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing more.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Pemerintah kota menerjunkan 610 petugas untuk mengawasi pemotongan hewan kurban. Adapun 610"
        " petugas itu terdiri atas 350 personel dinas pertanian, 70 dokter hewan dari asosiasi dokter"
        " hewan wilayah Bandung Raya, 150 personel dari sekolah tinggi kesehatan hewan di kota itu,"
        " serta 40 anggota Pramuka.",
        [
            ("610 petugas", 610, False, 610, 610, "petugas"),
            ("350 personel", 350, False, 350, 350, "personel"),
            ("70 dokter", 70, False, 70, 70, "dokter"),
            ("150 personel", 150, False, 150, 150, "personel"),
            ("40 anggota", 40, False, 40, 40, "anggota"),
        ],
    ),
    (
        "Lembaga itu menggelar survei daring terhadap 1.200 responden. Responden survei itu terdiri"
        " dari guru sekolah dasar negeri di kawasan perkotaan (500 orang), guru SMP negeri"
        " di kawasan perdesaan yang jauh dari pusat kota (450 orang), dan guru honorer di sekolah swasta"
        " lainnya (250 orang).",
        [
            ("1.200 responden", 1200, False, 1200, 1200, "responden"),
            ("500 orang", 500, False, 500, 500, "orang"),
            ("450 orang", 450, False, 450, 450, "orang"),
            ("250 orang", 250, False, 250, 250, "orang"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_long_breakdown_keeps_its_last_parts(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


def test_a_new_verb_still_ends_the_list() -> None:
    text = (
        "Turnamen itu diikuti 24 klub yang masing-masing terdiri dari 12 pemain inti dan pemain"
        " cadangan dari berbagai daerah di seluruh provinsi, dan didukung oleh lebih dari 30 sponsor"
        " serta 15 media lokal."
    )
    assert extract_participants(text) == expected_participants(
        text, [("24 klub", 24, False, 24, 24, "klub")]
    )  # 12 pemain: per club, not a total (test_participants_each_unit.py)
