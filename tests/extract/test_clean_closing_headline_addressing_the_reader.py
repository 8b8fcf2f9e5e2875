"""A closing headline addressing the reader in the second person (fix29d, review D2): `Begini Cara
Anda …`, `… untuk Kalian` is another article's teaser (GUIDELINES §1: related-article teasers),
as a headline without the pronoun is; only a first-person word (`Kita`, `Kami`) makes a closing
run spoken words, a slogan. Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    "headline",
    [
        "Begini Cara Anda Gelar Pesta Pernikahan Tanpa Utang",
        "Lima Tips Hemat Belanja Bulanan untuk Kalian Naik Turun Harga",
    ],
    ids=["anda", "kalian"],
)
def test_a_headline_in_the_second_person_is_a_teaser(headline: str) -> None:
    page = clean(f"{LEDE} {LAST} {headline}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=headline, kind=LineKind.RELATED),)


def test_a_slogan_in_the_first_person_stays() -> None:
    tail = "Mari Kami Gelar Gotong Royong Bersih Desa"
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()
