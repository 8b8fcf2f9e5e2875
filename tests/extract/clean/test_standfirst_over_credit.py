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


def test_a_shouted_dateline_under_a_standfirst_with_no_credit_between() -> None:
    """A long first paragraph with no dateline, right above one that opens with an unmistakable
    dateline (a shouted place): the second is the lede and its opening is the page's dateline
    (meta15: a standfirst or a caption left as body above the lede); both stay body."""
    page = clean(TITLE + STANDFIRST + "BITUNG - " + LEDE + LAST)
    assert page.dateline == Dateline(place="Bitung", outlet=None)
    assert page.text == "\n".join([STANDFIRST.strip(), "BITUNG - " + LEDE.strip(), LAST.strip()])


def test_a_title_case_place_under_a_standfirst_gives_no_dateline() -> None:
    """`Bitung - …` in title case opening the second paragraph may be a sentence's subject: only
    the first paragraph's opening is read so."""
    page = clean(TITLE + STANDFIRST + "Bitung - " + LEDE + LAST)
    assert page.dateline is None
    assert page.text.startswith(STANDFIRST.strip())
