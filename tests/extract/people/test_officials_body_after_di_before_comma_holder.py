"""Officials: `<post> di <body>, <holder>`: the body named after `di` (a body's word or an
acronym among its capitalised words) is the one the post is held in and belongs to the title,
as after `dari` (issue 13, round officials37). A facility or a region after `di` is where the
post was said: the title stops before it.

Found by scanning all news-raw lines for a post, `di`/`dari`, capitalised words, a comma and a
name. Every sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per, _rec


@pytest.mark.parametrize(
    ("sentence", "mention", "name", "title"),
    [
        (
            "Kepala Riset di Mandala Sekuritas Club, Hendra Wijaya mengatakan investor masih menunggu.",
            "Kepala Riset di Mandala Sekuritas Club, Hendra Wijaya",
            "Hendra Wijaya",
            "Kepala Riset di Mandala Sekuritas Club",
        ),
        (
            "Atase Perdagangan Indonesia di KBRI Doha, Sinta Maharani mengatakan ekspor kopi naik.",
            "Atase Perdagangan Indonesia di KBRI Doha, Sinta Maharani",
            "Sinta Maharani",
            "Atase Perdagangan Indonesia di KBRI Doha",
        ),
    ],
)
def test_a_body_after_di_joins_the_title(sentence: str, mention: str, name: str, title: str) -> None:
    assert _officials(sentence, _per(sentence, name)) == [_rec(sentence, mention, name, title)]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        # a facility after `di`: where the post was said
        (
            "Bupati Sleman di Gedung DPRD, Hendra Wijaya mengatakan anggaran cukup.",
            "Hendra Wijaya",
            "Bupati Sleman",
        ),
        # a region after `di`
        (
            "Kepala Strategi di Jakarta, Hendra Wijaya mengatakan investor masih menunggu.",
            "Hendra Wijaya",
            "Kepala Strategi",
        ),
    ],
)
def test_a_place_after_di_stays_out_of_the_title(sentence: str, name: str, title: str) -> None:
    assert [(o.name, o.title) for o in _officials(sentence, _per(sentence, name))] == [(name, title)]


# ------------------------------------- a bare head, then `dari`/`di` and the body it is held in


def test_a_bare_head_names_its_body_after_dari() -> None:
    s = "Direktur Utama dari Mandala Properti Group, Hendra Wijaya mengatakan penjualan naik."
    want = [
        _rec(
            s,
            "Direktur Utama dari Mandala Properti Group, Hendra Wijaya",
            "Hendra Wijaya",
            "Direktur Utama dari Mandala Properti Group",
        )
    ]
    assert _officials(s, _per(s, "Hendra Wijaya")) == want


@pytest.mark.parametrize(
    "sentence",
    [
        # an occupation with a place after `di`: no organisation named
        "Pemilik warung di Pasar Baru, Hendra Wijaya mengatakan harga cabai naik.",
        # no body's word or acronym after `dari`
        "Warga dari Kampung Sukamaju, Hendra Wijaya mengatakan banjir sudah surut.",
    ],
)
def test_a_bare_occupation_before_a_place_stays_no_official(sentence: str) -> None:
    assert _officials(sentence, _per(sentence, "Hendra Wijaya")) == []


def test_a_place_after_the_comma_is_no_holder_of_a_bare_head() -> None:
    s = "Majelis hakim di Pengadilan Banding, Sukamaju, Selasa, menolak permohonan jaksa."
    assert _officials(s) == []
