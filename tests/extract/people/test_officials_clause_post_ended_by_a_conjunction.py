"""Officials: a post given in a clause after the holder (`sebagai`, `yang menjabat sebagai`)
ends before the conjunction that opens the next clause (`namun`, `hingga`, `tetapi`, `sampai`)
(issue 13, round officials37).

Found reading news-raw national news (`… sebagai presiden sementara hingga pemilu digelar`,
`… sebagai Ketua MK namun masih …`). Every sentence here is written for the test: the names are
made up.
"""

from __future__ import annotations

import pytest

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Dewan memberhentikan Hendra Wijaya sebagai Ketua Majelis namun ia tetap menjadi anggota.",
            "Hendra Wijaya",
            "Ketua Majelis",
        ),
        (
            "Rudi Santoso, yang menjabat sebagai Kepala Dinas Perhubungan hingga akhir tahun, menolak.",
            "Rudi Santoso",
            "Kepala Dinas Perhubungan",
        ),
        (
            "Andi Pratama ditunjuk sebagai Direktur Utama PT Sinar Laut tetapi belum dilantik.",
            "Andi Pratama",
            "Direktur Utama PT Sinar Laut",
        ),
    ],
)
def test_a_clause_post_stops_before_the_next_clause_conjunction(sentence: str, name: str, title: str) -> None:
    got = _officials(sentence, _per(sentence, name))
    assert [(o.name, o.title) for o in got] == [(name, title)]
    assert sentence[got[0].name_span[0] : got[0].name_span[1]] == name
