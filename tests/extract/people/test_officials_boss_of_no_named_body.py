"""Officials: **bos + lowercase noun or place + name** — `bos` is a post only over a named
organisation right after it (people_roles `named_body_head`; `roles.settle._body_unnamed`):
`bos PT Sritex`, `Bos UFC`, `bos tim Aprilia`. Before a lowercase noun or a place it names a
gang's or a trade's boss (`bos narkoba jaringan Aceh`, `bos preman Tanah Abang`), no official
(GUIDELINES §2: a role needs a named organisation); the person stays.

Session 32 (fix32a, review of off66). Every sentence is written for the test: names are made up."""

from __future__ import annotations

import pytest

from extract import extract_article
from tests.official_records import article_officials


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisi meringkus bos narkoba jaringan Sumatra, Hendra Wijaya, di Medan.",
        "Polisi meringkus bos preman Pasar Senen Hendra Wijaya di rumahnya.",
        "Bos judi daring asal Kamboja, Hendra Wijaya, diserahkan ke Bareskrim.",
    ],
)
def test_a_boss_of_a_gang_or_a_trade_is_no_official(sentence: str) -> None:
    assert article_officials(sentence) == []
    assert "Hendra Wijaya" in [p.name for p in extract_article(sentence).persons]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Pabrik tekstil itu dikunjungi bos PT Kain Jaya, Hendra Wijaya, kemarin.", "bos PT Kain Jaya"),
        ("Pembalap muda itu dipuji bos tim Aprilia, Paolo Bianchi, usai balapan.", "bos tim Aprilia"),
        ("Mobil itu dipuji Bos tim balap Mercedes, Paolo Bianchi, usai balapan.", "Bos tim balap Mercedes"),
    ],
)
def test_a_boss_of_a_named_body_stays_an_official(sentence: str, title: str) -> None:
    name = sentence.split(", ")[1]
    assert article_officials(sentence) == [(name, title)]


@pytest.mark.xfail(strict=True, reason="known miss: a place right after `bos` that no entity marks as LOC")
def test_a_boss_of_a_place_named_alone_is_no_official() -> None:
    assert article_officials("Polisi meringkus bos Pasar Senen, Hendra Wijaya, di rumahnya.") == []
