"""A deployment verb's list: the staff counted after the vehicles and gear it deploys (issue 15,
counts21; GUIDELINES §5).

A ``bring`` verb (``mengerahkan``, ``menerjunkan``) takes the staff count it lists after what
else it deploys: items joined by commas, ``dan``, ``serta`` or ``dengan``, each a count and a few
words of its noun (``4 unit mobil operasional, 2 unit sepeda motor dan 30 personel``). The
things deployed are no count; a count after a verb, a clause break or a list too long is no
item of the verb's list.

Invented Indonesian sentences of the constructions unlabelled news shows; whole records with
spans, including sentences that must give nothing.
"""

from __future__ import annotations

import pytest

from extract.participants import extract_participants
from tests.participant_records import expected_participants

CASES = [
    (
        "Untuk pengamanan konser, PLN mengerahkan 3 unit mobil derek, 4 unit sepeda motor dan 25 "
        "personel yang bersiaga di lapangan.",
        [("25 personel", 25, False, 25, 25, "personel")],
    ),
    (
        "Dinas Damkar langsung menerjunkan empat unit mobil pemadam dengan 28 petugas ke lokasi.",
        [("28 petugas", 28, False, 28, 28, "petugas")],
    ),
    (
        "Kami mengerahkan tiga mobil tangki, 12 petugas ditambah relawan dari desa sekitar.",
        [("12 petugas", 12, False, 12, 12, "petugas")],
    ),
    # the count right after the verb, and one list item after it, as before (counts11)
    (
        "BPBD mengerahkan 12 personel ke lokasi banjir sejak pagi.",
        [("12 personel", 12, False, 12, 12, "personel")],
    ),
    # things deployed only: no count of people
    ("Polres mengerahkan 3 unit mobil patroli, 2 unit truk dan 5 unit motor trail.", []),
    # a verb between the list and the count: the count is no item of the deployment's list
    (
        "Dinas mengerahkan dua mobil tangki, kemudian menyewa 12 petugas harian di kantornya.",
        [],
    ),
    # a noun the lexicon lacks after a deployment list: no count (a bring verb takes head nouns)
    ("Dinas menerjunkan dua mobil tangki dengan 12 drone pemantau ke lokasi.", []),
]


@pytest.mark.parametrize(("text", "mentions"), CASES)
def test_deployment_lists(text: str, mentions: list[tuple]) -> None:
    assert extract_participants(text) == expected_participants(text, mentions)
