"""A phrase of what a count of people comes with between the count and its verb (issue 13,
counts28; GUIDELINES §5): ``Ada 11 atlet dengan 13 kuda yang tampil``, ``20 pemain beserta 4
pelatih berangkat``. ``dengan`` or ``beserta``, a number and one lower-case noun right after a
count of a lexicon head noun: the verb after the phrase is the people's, and what they come with
(horses, cars, things the lexicon lacks) is still no count of its own. Only a count of people
reads past it: ``12 truk dengan 30 ton beras yang dikirim`` counts nothing.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    # the animals the riders come with are no count (formerly test_participants OPEN_NOT_PEOPLE,
    # which expected nothing at all: the athletes who perform are the participants)
    (
        "Ada 9 atlet dengan 11 kuda yang tampil di seri kualifikasi berkuda itu.",
        [("9 atlet", 9, False, 9, 9, "atlet")],
    ),
    (
        "Sebanyak 14 pembalap dengan 20 motor akan berlaga di sirkuit itu pekan depan.",
        [("14 pembalap", 14, False, 14, 14, "pembalap")],
    ),
    # what they come with is people too: both counts, each with the verb
    (
        "Sebanyak 22 pemain beserta 5 pelatih berangkat ke Surabaya untuk mengikuti turnamen.",
        [("22 pemain", 22, False, 22, 22, "pemain"), ("5 pelatih", 5, False, 5, 5, "pelatih")],
    ),
    # things, not people: nothing to read past
    ("Sebanyak 12 truk dengan 30 ton beras yang dikirim tiba di gudang.", []),
    # a population with a number after dengan and no participation verb
    ("Desa itu dihuni 1.200 warga dengan 300 kepala keluarga yang tercatat di kantor desa.", []),
    # a count of things: 150 unit rumah
    ("Pengembang membangun 150 unit rumah dengan 3 tipe yang dipasarkan tahun ini.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_phrase_of_what_they_come_with(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
