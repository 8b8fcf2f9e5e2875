"""Officials whose post reaches the holder across a second description (issue 13): a post with no
holder of its own, `sekaligus` or `yang juga`, an occupation or a post sought (`calon`, `bakal
calon`), then the holder: the first post is the holder's office, the second stays a person's.

Every sentence is written for the test: names, places and bodies are made up.
"""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from tests.official_records import official_record as _rec

SECOND = [
    (
        "SLEMAN - Wali Kota Surakarta yang juga bakal calon gubernur Jawa Tengah, Hendra Wijaya, "
        "menghadiri pembukaan pasar itu.",
        "Wali Kota Surakarta yang juga bakal calon gubernur Jawa Tengah, Hendra Wijaya",
        "Hendra Wijaya",
        "Wali Kota Surakarta",
    ),
    (
        "Menteri Koordinator Bidang Maritim, Investasi, dan Pariwisata sekaligus calon wakil presiden, "
        "Rudi Hartono mengaku puas dengan putusan itu.",
        "Menteri Koordinator Bidang Maritim, Investasi, dan Pariwisata sekaligus calon wakil presiden, "
        "Rudi Hartono",
        "Rudi Hartono",
        "Menteri Koordinator Bidang Maritim, Investasi, dan Pariwisata",
    ),
    (
        "Direktur Utama Rumah Sakit Umum Daerah Sleman sekaligus pakar paru dr Sulastri Wibowo "
        "mengingatkan warga memakai masker.",
        "Direktur Utama Rumah Sakit Umum Daerah Sleman sekaligus pakar paru dr Sulastri Wibowo",
        "Sulastri Wibowo",
        "Direktur Utama Rumah Sakit Umum Daerah Sleman",
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "name", "title"), SECOND, ids=[c[3][:30] for c in SECOND])
def test_the_first_post_is_the_holders_office(sentence: str, mention: str, name: str, title: str) -> None:
    assert extract_officials(sentence) == [_rec(sentence, mention, name, title)]


def test_two_posts_of_one_holder_keep_the_second() -> None:
    """`sekaligus` joining two posts held: the holder after them holds the second (as before)."""
    s = "Ketua DPRD Kulonbaru sekaligus Ketua DPC Partai Maju Kulonbaru, Budi Santoso, membuka rapat itu."
    assert [(o.name, o.title) for o in extract_officials(s)] == [
        ("Budi Santoso", "Ketua DPC Partai Maju Kulonbaru")
    ]


NOTHING = [
    # the words between the post and `yang juga` are no title's: the occupation is someone else's
    "Bupati Sleman meminta warga yang juga pedagang pasar, Budi Santoso, menjaga kebersihan.",
    # a post sought with no post before it
    "Bakal calon bupati Sleman, Budi Santoso, menemui relawan di Depok.",
    # the post ends its sentence: the next sentence's occupation is another person's
    "Rapat itu dipimpin Bupati Sleman. Sekaligus pedagang pasar, Budi Santoso ikut hadir.",
]


@pytest.mark.parametrize("sentence", NOTHING, ids=[s[:40] for s in NOTHING])
def test_no_office_across_other_words(sentence: str) -> None:
    assert [o for o in extract_officials(sentence) if o.title.startswith("Bupati")] == []
