"""A signature closing the page after the last quotation's attribution, a name and its post with
no comma between (fix29d, review D3): `… ajak Budi. Budi Santoso Kepala Desa Sukamaju Kabupaten
Bogor` is the writer's or speaker's signature, no teaser: a position's title word
(officials_titles.txt) after one to three capitalised words keeps the run. A teaser opening on a
plain noun stays a teaser (meta36). Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, LineKind
from tests.clean_pages import PLAIN_LEDE as LEDE

LAST = '"Ayo datang ramai-ramai ke balai desa," ajak Budi.'


@pytest.mark.parametrize(
    "tail",
    [
        "Budi Santoso Kepala Desa Sukamaju Kabupaten Bogor",
        "Rina Ketua Karang Taruna Desa Sukamaju",
    ],
    ids=["two-word-name", "one-word-name"],
)
def test_a_name_and_its_post_after_the_attribution_stays(tail: str) -> None:
    page = clean(f"{LEDE} {LAST} {tail}")
    assert page.text == f"{LEDE} {LAST} {tail}"
    assert page.boilerplate == ()


def test_a_teaser_opening_on_a_noun_is_still_cut() -> None:
    headline = "Momen Kepala Desa Sukamaju Disambut Ribuan Warga di Balai Desa"
    page = clean(f"{LEDE} {LAST} {headline}")
    assert page.text == f"{LEDE} {LAST}"
    assert page.boilerplate == (Boilerplate(line=1, text=headline, kind=LineKind.RELATED),)
