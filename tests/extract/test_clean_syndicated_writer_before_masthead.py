"""A syndicated story's writer credit opening the page before the masthead's dateline (issue 15:
credits glued to the dateline), `Site.com/Name` as `Warta9.com/Budi Santoso WARTA9.COM - …` is:
the byline, kept whole, and the dateline's outlet is the masthead alone. So too where the name
runs into the masthead's capitals (`TribunKota.com/Ambar Sari TRIBUNNEWS.COM - …`) and where the
credit is in brackets (`(TribunKota.com/Ambar Sari) TRIBUNNEWS.COM - …`), also by initials
(`(TribunKota.com/AS)`); a bracketed credit with a shouted name of two words or more
(`(KOMPAS.com/KRISTIANTO PURNOMO) KOMPAS.com - …`) is a photo's, no byline. A slash in a sentence
before a masthead-less lede is no credit.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Gerhana bulan total akan terlihat dari sebagian besar wilayah Indonesia pekan depan. Warga "
    "diminta memantau langit timur selepas magrib."
)


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("TribunKota.com/Ambar Sari", "TribunKota.com/Ambar Sari"),
        ("TribunKota.com/Rina Dewi Kartika", "TribunKota.com/Rina Dewi Kartika"),
        ("(TribunKota.com/Ambar Sari)", "TribunKota.com/Ambar Sari"),
        # a writer credited by initials is no shouted photographer's name (review 4)
        ("(TribunKota.com/AS)", "TribunKota.com/AS"),
    ],
    ids=["name-into-masthead", "three-words", "bracketed", "bracketed-initials"],
)
def test_a_slashed_credit_before_the_masthead_is_the_byline(credit: str, byline: str) -> None:
    page = clean(f"{credit} TRIBUNNEWS.COM - {LEDE}\n")
    assert page.byline == byline
    assert page.dateline == Dateline(place=None, outlet="Tribunnews.com")
    assert page.text == f"TRIBUNNEWS.COM - {LEDE}"


def test_a_slash_in_a_sentence_is_no_credit() -> None:
    text = f"Kurs dolar AS/rupiah Kamis ini melemah tipis. {LEDE}"
    page = clean(f"{text}\n")
    assert page.byline is None
    assert page.text == text


def test_a_bracketed_shouted_credit_before_the_masthead_is_a_photo_credit() -> None:
    # agencies shout their photographers' names: a photo's credit, no byline (news-raw: the six
    # bracketed credits before a masthead are writers in title case, none shouted)
    page = clean(f"Gerhana Bulan Total\n(KOMPAS.com/KRISTIANTO PURNOMO) KOMPAS.com - {LEDE}\n")
    assert page.byline is None
    assert page.dateline == Dateline(place=None, outlet="KOMPAS.com")
    assert page.text == f"KOMPAS.com - {LEDE}"
    assert [(b.text, b.kind.value) for b in page.boilerplate] == [
        ("Gerhana Bulan Total", "title"),
        ("(KOMPAS.com/KRISTIANTO PURNOMO)", "caption"),
    ]
