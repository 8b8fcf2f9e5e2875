"""Officials linked by a clause with an adverb of time before it (issue 13): `Name sebelumnya
menjabat sebagai Title`, `Name pernah ditunjuk sebagai Title`: the adverb belongs to the link.

Every sentence is written for the test: names, places and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.official_records import official_record as _rec

LINKED = [
    (
        "Budi Santoso sebelumnya menjabat sebagai Ketua I Asosiasi Petani Kopi Kulonbaru, lalu pensiun.",
        "Budi Santoso sebelumnya menjabat sebagai Ketua I Asosiasi Petani Kopi Kulonbaru",
        "Budi Santoso",
        "Ketua I Asosiasi Petani Kopi Kulonbaru",
    ),
    (
        "Sulastri pernah ditunjuk sebagai Direktur PDAM Tirta Kulonbaru pada masa itu.",
        "Sulastri pernah ditunjuk sebagai Direktur PDAM Tirta Kulonbaru",
        "Sulastri",
        "Direktur PDAM Tirta Kulonbaru",
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), LINKED, ids=[c[3][:30] for c in LINKED])
def test_an_adverb_between_the_name_and_the_link(sentence: str, mention: str, name: str, title: str) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


NOTHING = [
    # a negation is no adverb of the link: the post is not held
    "Budi Santoso tidak menjabat sebagai Ketua Asosiasi Petani Kopi Kulonbaru.",
    # `akan`: a post not yet held
    "Budi Santoso akan dilantik menjadi Kepala Dinas Pariwisata Kulonbaru pekan depan.",
    # a pronoun before the adverb names no one
    "Ia sebelumnya menjabat sebagai Direktur Utama PT Maju Jaya Kulonbaru.",
]


@pytest.mark.parametrize("sentence", NOTHING, ids=[s[:40] for s in NOTHING])
def test_no_holder_without_the_adverb_of_time(sentence: str) -> None:
    assert extract_officials(sentence) == []
