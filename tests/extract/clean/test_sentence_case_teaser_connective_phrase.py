"""A sentence-case teaser's headline that ends on a name is followed by the body's opening phrase
(issue 15): a capitalised connective whose phrase closes with a comma (`… dari Persikabo Pada
2019, Rudi …`, `… Ciro Alves Menurut Bojan, timnya …`). The rule that read it there after a name
(3031c763, with `Di` a name's particle, 2406aa39) is removed (review fix40f: it gained 6 teaser
ends over news-raw and cut ordinary pages' body text, `… Lionel Messi Pada Akhirnya, Sang Kapten
…` is a headline's), so these are known misses; a capitalised connective opens the body after a
lowercase word only. A connective inside the headline with no comma after its phrase (`… Persija
Pada Laga Pekan Kedua di Bandung`) stays in it, and so does `Di` after a name (`… gol Angel Di
Maria, Messi …`).

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind
from extract.records import Dateline
from tests.clean_pages import CONNECTIVE_AFTER_A_NAME_MISS

LEDE = "BANDUNG – Persib Bandung menang 2-1 atas Persija Jakarta di Stadion Si Jalak Harupat, Minggu."
BEFORE = "Laga berlangsung ketat sejak awal."


@pytest.mark.parametrize(
    ("teaser", "body"),
    [
        pytest.param(
            "Baca juga: Klub ibu kota rekrut gelandang muda dari Persikabo",
            "Pada 2019, Rudi Hartono mencetak rekor sebagai pemain termuda.",
            marks=CONNECTIVE_AFTER_A_NAME_MISS,
        ),
        # a connective that opens a sentence (`inline._clause_opener`) ends a headline whose
        # sentence-case reading found no other end (session 41)
        (
            "Baca juga: Pelatih Persib puas dengan kerja keras Ciro Alves",
            "Menurut Bojan, timnya tampil disiplin sepanjang laga.",
        ),
        # the connective's phrase has no comma: the headline's own words
        (
            "Baca juga: Persib tantang Persija Pada Laga Pekan Kedua di Bandung",
            "Pertandingan ini memang ditunggu banyak suporter.",
        ),
    ],
    ids=["date-phrase-after-name", "menurut-after-name", "no-comma-stays-in-headline"],
)
def test_a_connective_phrase_after_a_name_opens_the_body(teaser: str, body: str) -> None:
    page = clean(f"{LEDE}\n{BEFORE} {teaser} {body}\n")
    assert page.text == f"{LEDE}\n{BEFORE} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]


@pytest.mark.parametrize(
    ("teaser", "body"),
    [
        (
            "Baca juga: Gol tunggal Angel Di Maria, Argentina juara Copa America 2021",
            "Pertandingan ini disaksikan ribuan penonton.",
        ),
        (
            "Baca juga: Argentina juara berkat gol Angel Di Maria, Messi menangis haru",
            "Sementara itu, pelatih Brasil mengaku kecewa.",
        ),
    ],
    ids=["name-particle-di", "name-particle-di-late"],
)
def test_a_connective_that_is_a_names_particle_stays_in_the_headline(teaser: str, body: str) -> None:
    # `Di` after a capitalised word continues the name (`Angel Di Maria`), its comma ends no phrase
    lede = "JAKARTA – Timnas Argentina menjuarai Copa America setelah mengalahkan Brasil 1-0, Minggu."
    page = clean(f"{lede}\n{BEFORE} {teaser} {body}\n")
    assert (page.title, page.dateline, page.byline, page.published) == (
        None,
        Dateline(place="Jakarta", outlet=None),
        None,
        None,
    )
    assert page.text == f"{lede}\n{BEFORE} {body}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, teaser, LineKind.RELATED)]
