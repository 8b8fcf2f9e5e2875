"""Participant counts read on news-raw (issue 15, counts11; GUIDELINES §5).

- Staff deployed to the reported operation or event take part in it (the dev gold counts the
  workers a vaccination post deploys): an active deployment verb right before a count of a
  lexicon head noun (``mengerahkan 12 personel``). A force's standing size and things deployed
  are no count. The passive right after its count, in its own clause (``30 personel
  diterjunkan``), counts too (session 37); past a comma it is another noun's verb (troops abroad).
- The deployment named as a noun (``pengerahan``) is a cue for the staff counts of its sentence.
- Adding to a force (``menambah personel dari 20 menjadi 35 petugas``): the figure before is the
  earlier one, as after ``bertambah``; the one after ``menjadi`` is the count.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Untuk menangani banjir di Desa Sukamaju, BPBD mengerahkan 12 personel ke lokasi sejak pagi.",
        [("12 personel", 12, False, 12, 12, "personel")],
    ),
    (
        "Dinas Pemadam Kebakaran menerjunkan tiga unit mobil dan 25 petugas untuk memadamkan api.",
        [("25 petugas", 25, False, 25, 25, "petugas")],
    ),
    (
        "Kecamatan juga kerahkan delapan anggota Satpol PP untuk membantu parkir di lokasi posyandu.",
        [("delapan anggota", 8, False, 8, 8, "anggota")],
    ),
    # a passive deployment verb: the count is the subject of a clause on an event (bazar)
    (
        "Selama bazar murah berlangsung, puluhan petugas diterjunkan untuk mengatur arus kendaraan.",
        [("puluhan petugas", None, True, 20, 99, "petugas")],
    ),
    (
        "Dalam operasi pasar hari ini, dinas menugaskan 15 orang pegawai di setiap titik penjualan.",
        [("15 orang pegawai", 15, False, 15, 15, "pegawai")],
    ),
    # a decimal comma before the deployment verb breaks no clause (review 2 of session 37, fix37i
    # finding 6)
    (
        "Sebanyak 150 personel dengan 2,5 ton bantuan dikerahkan ke lokasi banjir.",
        [("150 personel", 150, False, 150, 150, "personel")],
    ),
]


# securing the event after the count: those counted do the securing (counts17); a count right
# after ``mengamankan`` is of people arrested (test_participants_compound_heads_and_deployed_staff.py)
CASES += [
    (
        "Polisi mengerahkan 300 personel untuk mengamankan perayaan malam tahun baru.",
        [("300 personel", 300, False, 300, 300, "personel")],
    ),
]


# the deployment named as a noun (pengerahan): the staff of its sentence take part
CASES += [
    (
        "Pengerahan tahap pertama terdiri dari lima unit mobil pemadam dan 28 petugas Damkar.",
        [("28 petugas", 28, False, 28, 28, "petugas")],
    ),
    (
        "Pengerahan personel itu meliputi 40 personel Polres dan 25 personel Kodim setempat.",
        [("40 personel", 40, False, 40, 40, "personel"), ("25 personel", 25, False, 25, 25, "personel")],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), CASES, ids=[c[0][:40] for c in CASES])
def test_deployed_staff_take_part(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)


NEGATIVES = [
    # the deployment noun with no count of people
    "Pengerahan aparat untuk memenangkan calon tertentu dilarang keras.",
    # a force's standing size, not people deployed to the reported activity
    "Polres itu kini memiliki 500 personel yang tersebar di sembilan polsek.",
    # things deployed, not people
    "Gulkarmat mengerahkan 14 unit mobil pemadam ke gudang yang terbakar.",
]


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_deployment_of_no_participants(text: str) -> None:
    assert extract_participants(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="a province mobilising a programme's cadres reads as staff deployed to the event (dev tune: 1)",
)
def test_a_programmes_cadres_are_no_count() -> None:
    text = "Pemerintah provinsi mengerahkan 2 juta kader posyandu untuk mendampingi ibu hamil."
    assert extract_participants(text) == []


def test_staff_deployed_to_a_flooded_village() -> None:
    # a victims' word past the deployment verb is the place's (session 37, fix37d: `_before_sent`)
    text = "Sebanyak 30 personel BPBD diterjunkan ke desa yang terendam banjir sejak Senin pagi."
    assert extract_participants(text) == expected_participants(
        text, [("30 personel", 30, False, 30, 30, "personel")]
    )


def test_adding_to_a_force_counts_the_new_size() -> None:
    text = "Pada pengerahan kedua, Damkar menambah personel dari 20 petugas menjadi 35 petugas."
    assert extract_participants(text) == expected_participants(
        text, [("35 petugas", 35, False, 35, 35, "petugas")]
    )


def test_plus_is_no_addition_to_a_force() -> None:
    text = "Kloter itu diikuti 300 jemaah ditambah 4 petugas kloter dari kabupaten setempat."
    assert extract_participants(text) == expected_participants(
        text, [("300 jemaah", 300, False, 300, 300, "jemaah"), ("4 petugas", 4, False, 4, 4, "petugas")]
    )
