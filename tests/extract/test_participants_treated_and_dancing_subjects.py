"""Participant counts read on news-raw 6350-6549 (issue 15, counts20; GUIDELINES §5).

- People undergoing an operation at a service event attend it, like those served or vaccinated:
  a count of a lexicon head noun followed by ``menjalani operasi`` (``Sebanyak 180 warga
  menjalani operasi katarak``). Bare ``menjalani`` (isolasi, karantina, perawatan), questioning
  (``menjalani pemeriksaan di Polres``) and patients (``pasien``) give nothing; a screening
  (``menjalani skrining``) stays a known miss.
- Dancers performing together are the performers of the reported show: a count followed by
  ``menari`` or ``menarikan`` (``1.500 penari berhasil menarikan tari kolosal``).

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Sebanyak 180 warga menjalani operasi katarak gratis di RSUD Liwa, Sabtu pagi.",
        [("180 warga", 180, False, 180, 180, "warga")],
    ),
    (
        "Dalam bakti sosial itu, puluhan lansia yang datang menjalani operasi katarak gratis.",
        [("puluhan lansia", None, True, 20, 99, "lansia")],
    ),
    (
        "Rekor itu tercipta setelah 1.500 penari berhasil menarikan tari kolosal di alun-alun kota.",
        [("1.500 penari", 1500, False, 1500, 1500, "penari")],
    ),
    # a known miss of test_participants_event_news_misses.py (counts13) until this rule
    (
        "Sebanyak 1.250 penari berhasil menarikan tari kreasi secara serentak di alun-alun kota.",
        [("1.250 penari", 1250, False, 1250, 1250, "penari")],
    ),
    (
        "Pada pembukaan festival, ratusan pelajar menari bersama di halaman kantor bupati.",
        [("ratusan pelajar", None, True, 100, 999, "pelajar")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES, ids=[c[0][:40] for c in CASES])
def test_treated_and_dancing_subjects_take_part(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


NEGATIVES = [
    # bare ``menjalani``: what befell the sick, not a service event they attend
    "Empat orang warga masih menjalani isolasi mandiri di rumah masing-masing.",
    "Sebanyak 12 warga menjalani perawatan di puskesmas setelah keracunan makanan.",
    # questioning by the police, not a service event
    "Dua orang saksi menjalani pemeriksaan di Polres Metro sejak Senin siang.",
    # patients of a study, not people attending a service event
    "Peneliti mengambil sampel dari 15 pasien yang menjalani operasi jantung.",
    # the dance performed, not the dancers
    "Sanggar itu kini mampu menarikan 20 tarian daerah dari berbagai provinsi.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_no_count_of_those_treated_or_dancing(text: str) -> None:
    assert extract_participants(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="menjalani skrining is no subject verb: on news-raw 0 right, 1 wrong (daycare victims screened)",
)
def test_screened_at_a_posyandu_known_miss() -> None:
    text = "Di posyandu Melati, sekitar 90 balita menjalani skrining tumbuh kembang oleh bidan desa."
    assert extract_participants(text) == expected_participants(
        text, [("90 balita", 90, True, 90, 90, "balita")]
    )
