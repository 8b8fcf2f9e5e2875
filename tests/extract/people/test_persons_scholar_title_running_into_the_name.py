"""A scholar's or physician's word (people_roles.txt body_head) whose title, past a lowercase word
or a degree before a name (dr), runs on in name words to its end took the holder's first words:
what the role proposes after them is the name's tail or a degree, no person (persons
`_scholar_name_unread`). A title that ends before the name keeps its holder."""

from __future__ import annotations

import pytest

from extract import extract_article

SP = (
    "Pasang Ring Jantung\nJAKARTA - Menurut dokter spesialis bedah jantung dr Hendrik G T "
    "Simanjuntak, Sp.BTKV (K) MARS dari RS Jantung Sehat mengatakan pasang ring aman bagi pasien lansia."
)
KEEP = (
    "Bahaya Garam\nJAKARTA - Menurut dokter spesialis gizi klinik dr Yohanna Kristiani, garam "
    "berlebih memicu darah tinggi. Yohanna menyarankan membaca label kemasan."
)


def _persons(text: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
    return [(p.name, p.mentions) for p in extract_article(text.encode()).persons]


def test_degree_after_a_name_the_title_took_is_no_person() -> None:
    assert "Sp" not in [name for name, _ in _persons(SP)]


@pytest.mark.xfail(
    strict=True, reason="the role layer's title takes the whole name; nothing proposes it back"
)
def test_name_the_title_took_is_the_person() -> None:
    assert _persons(SP) == [("Hendrik G T Simanjuntak", ((47, 70),))]


def test_name_after_the_degree_that_ends_the_title_is_kept() -> None:
    assert _persons(KEEP) == [("Yohanna Kristiani", ((50, 67), (105, 112)))]
