"""A dateline whose bar between the place and the masthead is typed as a lowercase `l`
(`Tulungagung l Outlet.com –`, issue 15); an `l` inside the sentence after the dash is no bar.

Invented pages of that layout (other places, outlets and sentences).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline
from tests.clean_pages import opened_page, opened_text


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Maumere l FloresKini.com –", Dateline(place="Maumere", outlet="FloresKini.com")),
        ("MAUMERE l FLORESKINI.COM -", Dateline(place="Maumere", outlet="Floreskini.com")),
        ("Maumere | FloresKini.com –", Dateline(place="Maumere", outlet="FloresKini.com")),
    ],
    ids=["letter-l", "shouted-letter-l", "bar"],
)
def test_the_letter_l_parts_place_and_masthead(opening: str, dateline: Dateline) -> None:
    page = clean(opened_page(opening))
    assert page.dateline == dateline
    assert page.text == opened_text(opening)
