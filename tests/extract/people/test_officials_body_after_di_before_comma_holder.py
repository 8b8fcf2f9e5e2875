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
