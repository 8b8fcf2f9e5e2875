"""Officials on news-raw text never tuned on (issue 13, round officials14).

Kinds tallied by round officials13 and checked here over all news-raw lines: an ordinal post written
twice (Presiden ke-7 RI …, later Presiden RI …). Every sentence here is
written for the test: the names are made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec

# ------------------------------------------- an ordinal post, the same holder under two titles


def test_an_ordinal_post_written_twice_keeps_its_holder() -> None:
    s = (
        "Gubernur ke-9 Sultra Arman Saputra meninjau pasar. Pekan lalu, Gubernur Sultra Arman "
        "Saputra juga membuka pameran tenun."
    )
    assert _officials(s, _per(s, "Arman Saputra")) == [
        _rec(s, "Gubernur ke-9 Sultra Arman Saputra", "Arman Saputra", "Gubernur ke-9 Sultra")
    ]


def test_an_ordinal_post_after_the_state_keeps_its_holder() -> None:
    s = (
        "Presiden ke-5 RI Darmawan Sukarta menerima tamu. Menurut Presiden RI Darmawan Sukarta, "
        "kunjungan itu penting."
    )
    assert _officials(s) == [
        _rec(s, "Presiden ke-5 RI Darmawan Sukarta", "Darmawan Sukarta", "Presiden ke-5 RI")
    ]
