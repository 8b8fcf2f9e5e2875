"""Officials: `Ayatollah` before a holder's name is a religious title (names_religious.txt), dropped
from the name as `KH`, `Habib` and `Syekh` are (GUIDELINES §2: names without religious titles).

Session 36 (issue 13, survey of news-raw): `Pemimpin Tertinggi Iran Ayatollah Ali Khamenei` gave the
name `Ayatollah Ali Khamenei`. News-raw (5 lines with Ayatollah/Ayatullah): 2 officials' names and
3 persons' names lose the title, nothing else changes. Must give no official: the title before a
name with no post. Every sentence is written for the test: names are made up.
"""

from __future__ import annotations

import pytest

from tests.official_records import official_record as _rec

from .test_roles import _officials, _per


@pytest.mark.parametrize(
    ("sentence", "written", "title"),
    [
        (
            "Pemimpin Tertinggi Iran Ayatollah Ali Karimi menyerukan persatuan umat.",
            "Ayatollah Ali Karimi",
            "Pemimpin Tertinggi Iran",
        ),
        (
            "Pemimpin spiritual Iran, Ayatollah Hassan Karimi, menyerukan persatuan umat.",
            "Ayatollah Hassan Karimi",
            "Pemimpin spiritual Iran",
        ),
    ],
)
def test_ayatollah_is_dropped_from_the_holder_name(sentence: str, written: str, title: str) -> None:
    name = written.removeprefix("Ayatollah ")
    mention = sentence[: sentence.index(written) + len(written)]
    assert _officials(sentence, _per(sentence, written)) == [_rec(sentence, mention, name, title)]


def test_ayatollah_with_no_post_gives_no_official() -> None:
    s = "Warga mengenang Ayatollah Hassan Karimi yang wafat pekan lalu."
    assert _officials(s, _per(s, "Ayatollah Hassan Karimi")) == []
