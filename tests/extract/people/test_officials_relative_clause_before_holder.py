"""Officials whose post reaches the holder across a relative clause (issue 13): a post naming its
body, `yang` and a short clause, a comma, then the holder (`Kepala Dinas Pariwisata Sleman yang
baru dilantik pekan lalu, Budi Santoso, mengatakan …`), also across a post sought inside the
clause (`yang juga bakal calon wakil presiden untuk …`).

Every sentence is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.official_records import official_record as _rec

CLAUSE = [
    (
        "Kepala Dinas Pariwisata Sleman yang baru dilantik pekan lalu, Budi Santoso, mengatakan omzet naik.",
        "Kepala Dinas Pariwisata Sleman yang baru dilantik pekan lalu, Budi Santoso",
        "Budi Santoso",
        "Kepala Dinas Pariwisata Sleman",
    ),
    (
        "Ketua Koperasi Tani Makmur Sleman yang mengelola gudang itu, Sri Wahyuni mengaku stok cukup.",
        "Ketua Koperasi Tani Makmur Sleman yang mengelola gudang itu, Sri Wahyuni",
        "Sri Wahyuni",
        "Ketua Koperasi Tani Makmur Sleman",
    ),
    (
        "Ia menjelaskan alasan Wali Kota Surakarta yang juga bakal calon wakil presiden untuk Hendra "
        "Wijaya, Agus Setiawan, hadir di acara itu.",
        "Wali Kota Surakarta yang juga bakal calon wakil presiden untuk Hendra Wijaya, Agus Setiawan",
        "Agus Setiawan",
        "Wali Kota Surakarta",
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), CLAUSE, ids=[c[3][:30] for c in CLAUSE])
def test_the_holder_after_the_clause(sentence: str, mention: str, name: str, title: str) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


NOTHING = [
    # another post inside the clause: the name after the comma is that post's holder
    ("Kapolres Sleman yang didampingi Kasat Reskrim, Budi Santoso, mengatakan pelaku ditangkap.", "Kapolres"),
    # the clause ends in a list of names: the name after the comma is its next item
    ("Kapolres Sleman yang menangkap Budi, Agus dan Hendra mengatakan pelaku ditangkap.", "Kapolres"),
    # a common noun after the comma: no holder
    ("Kepala Dinas Pariwisata Sleman yang baru dilantik, Senin, meninjau pasar itu.", "Kepala"),
    # a sentence ends inside the clause
    ("Kepala Dinas Pariwisata Sleman yang baru. Dilantik pekan lalu, Budi Santoso meninjau pasar.", "Kepala"),
]


@pytest.mark.parametrize(("sentence", "head"), NOTHING, ids=[s[0][:40] for s in NOTHING])
def test_no_holder_across_the_clause(sentence: str, head: str) -> None:
    assert [o for o in extract_officials(sentence) if o.title.startswith(head)] == []
