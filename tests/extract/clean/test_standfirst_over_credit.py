"""The dateline under a standfirst (issue 15, Tribun network layout): the headline, the editor's
summary paragraph, the `Penulis: … | Editor: …` credit, then the lede opening with its dateline.
The standfirst is body (GUIDELINES §1 lists no such boilerplate); the dateline is the lede's.

Invented pages of that layout (other places, outlets and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Wali Kota Bitung Resmikan Pasar Rakyat Girian Setelah Direnovasi\n"
STANDFIRST = (
    "Pasar yang dibangun ulang sejak awal tahun itu kini menampung 240 pedagang dengan los yang "
    "lebih luas dan saluran air yang baru.\n"
)
CREDIT = "Penulis: Marlina Tumbelaka | Editor: Yohanes Rondonuwu\n"
LEDE = (
    "Wali Kota Bitung meresmikan Pasar Rakyat Girian yang selesai direnovasi, Kamis (6/3/2025), "
    "disaksikan para pedagang dan warga sekitar.\n"
)
LAST = (
    '"Kami minta pedagang menjaga kebersihan los masing-masing," ujar Kepala Dinas Perdagangan '
    "Ronny Mamuaja.\n"
)


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("TRIBUNBITUNG.COM, BITUNG -", Dateline(place="Bitung", outlet="Tribunbitung.com")),
        ("BITUNG -", Dateline(place="Bitung", outlet=None)),
    ],
    ids=["outlet-and-place", "shouted-place"],
)
def test_dateline_under_the_credit(opening: str, dateline: Dateline) -> None:
    page = clean(TITLE + STANDFIRST + CREDIT + opening + " " + LEDE + LAST)
    assert page.dateline == dateline
    assert page.title == TITLE.strip()
    assert page.byline == "Marlina Tumbelaka"
    assert page.text == "\n".join([STANDFIRST.strip(), opening + " " + LEDE.strip(), LAST.strip()])


def test_a_plain_sentence_under_the_credit_gives_no_dateline() -> None:
    page = clean(TITLE + STANDFIRST + CREDIT + "Menurut warga - " + LEDE + LAST)
    assert page.dateline is None
    assert page.text.startswith(STANDFIRST.strip())


def test_no_credit_between_gives_no_dateline() -> None:
    """A long first paragraph with no dateline, right above another: the second is no lede under
    a standfirst, so its opening is not read as the page's dateline."""
    page = clean(TITLE + STANDFIRST + "BITUNG - " + LEDE + LAST)
    assert page.dateline is None
    assert page.text.startswith(STANDFIRST.strip())
