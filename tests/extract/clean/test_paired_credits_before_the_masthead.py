"""A syndicated story's credit before the masthead's dateline with no domain first (issue 15,
session 37 audit of unseen news-raw pages): a source and a writer parted by a slash in either order
(`TribunGaya/Yohana Endah TRIBUNNEWS.COM - …`, `Iva Rahma/Bobo.id TRIBUNNEWS.COM - …`), or by a comma
behind the source's domain (`TribunWisata.com, Ambar Sari TRIBUNNEWS.COM - …`), is the byline, kept
whole, and the dateline's outlet is the masthead alone; so too where the masthead is glued behind
the name's last letter (`… Rizka A TiaraTRIBUNNEWS.COM - …`, also after a labelled credit). What must
give nothing: two places or two outlets parted by a slash, two names parted by a comma, a labelled
credit's name (the byline is the name alone, as before), an outlet and a place with a comma.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

LEDE = (
    "Para ilmuwan menemukan sebuah planet mirip Bumi yang berada tak jauh dari tata surya kita. "
    "Planet itu diamati selama dua tahun dari sebuah observatorium di Cile."
)
MASTHEAD = Dateline(place=None, outlet="Tribunnews.com")


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("TribunGaya/Yohana Endah ", "TribunGaya/Yohana Endah"),
        ("Tribunnews/Ruth Vanesa ", "Tribunnews/Ruth Vanesa"),
        ("Iva Rahma/Bobo.id ", "Iva Rahma/Bobo.id"),
        ("Cinta Merisa/Intisari-Online ", "Cinta Merisa/Intisari-Online"),
        ("TribunWisata.com, Ambar Sari ", "TribunWisata.com, Ambar Sari"),
        # the masthead glued behind the name's last letter starts the dateline
        ("TribunWisata.com/Rizka A Tiara", "TribunWisata.com/Rizka A Tiara"),
        ("Laporan Wartawan TribunKota.com, Yudha Maulana", "Yudha Maulana"),
        # review 2 of session 37: writers' credits a photo's label must not take (`Dokter`, no `Dok`)
        ("Tribunnews.com/Budi Santoso ", "Tribunnews.com/Budi Santoso"),
        ("(TribunJatim.com/AS) ", "TribunJatim.com/AS"),
        ("Tribunnews.com/Dokter Budi ", "Tribunnews.com/Dokter Budi"),
    ],
    ids=[
        "source-first",
        "source-name",
        "name-first",
        "name-first-hyphened",
        "domain-comma",
        "glued-slashed",
        "glued-labelled",
        "site-and-writer",
        "bracketed-initials",
        "label-prefixed-word",
    ],
)
def test_a_source_and_a_writer_before_the_masthead_are_the_byline(credit: str, byline: str) -> None:
    page = clean(f"{credit}TRIBUNNEWS.COM - {LEDE}\n")
    assert page.byline == byline
    assert page.dateline == MASTHEAD
    assert page.text == f"TRIBUNNEWS.COM - {LEDE}"
    assert [(b.text, b.kind.value) for b in page.boilerplate] == [(credit.strip(), "byline")]


def test_the_place_after_the_masthead_stays_the_datelines() -> None:
    page = clean(f"Tribunnews/Ruth Vanesa TRIBUNNEWS.COM, LONDON - {LEDE}\n")
    assert page.byline == "Tribunnews/Ruth Vanesa"
    assert page.dateline == Dateline(place="London", outlet="Tribunnews.com")
    assert page.text == f"TRIBUNNEWS.COM, LONDON - {LEDE}"


def test_a_labelled_credit_with_a_comma_gives_the_name_alone() -> None:
    page = clean(f"Laporan Wartawan TribunKota.com, Yudha Maulana TRIBUNNEWS.COM - {LEDE}\n")
    assert page.byline == "Yudha Maulana"
    assert page.text == f"TRIBUNNEWS.COM - {LEDE}"


@pytest.mark.parametrize(
    "head",
    [
        "Bandar Lampung/Way Kanan TRIBUNNEWS.COM",  # two places
        "TribunGaya/Tribunnews TRIBUNNEWS.COM",  # two outlets
        "Ambar Sari, Rina Dewi TRIBUNNEWS.COM",  # two names, no source
    ],
    ids=["two-places", "two-outlets", "two-names"],
)
def test_pairs_without_a_source_and_a_writer_give_no_byline(head: str) -> None:
    page = clean(f"{head} - {LEDE}\n")
    assert page.byline is None
    assert page.boilerplate == ()


@pytest.mark.parametrize(
    "credit",
    [
        "Dok/Tribunnews",  # a document's credit and its source
        "Antara Foto/Budi",  # an agency's photo desk and its photographer
        "TribunJatim.com/Istimewa",  # a site and a photo's source, kept whole
        "(Tribunnews.com/Dok)",
        # review 2 of session 37: a label joined to the next word by a colon or a stop
        "Tribunnews.com/Foto: Budi",
        "(Tribunnews.com/Dok.Humas)",
    ],
    ids=["document-first", "photo-desk", "site-istimewa", "bracketed-document", "label-colon", "label-stop"],
)
def test_a_photo_credit_before_the_masthead_is_a_caption_no_byline(credit: str) -> None:
    """A photo's or a document's credit (GUIDELINES §1: furniture) names no reporter (§1: the byline
    is the reporter's): cut before the masthead, no byline."""
    page = clean(f"{credit} TRIBUNNEWS.COM - {LEDE}\n")
    assert page.byline is None
    assert page.dateline == MASTHEAD
    assert page.text == f"TRIBUNNEWS.COM - {LEDE}"
    assert [(b.text, b.kind.value) for b in page.boilerplate] == [(credit, "caption")]


@pytest.mark.xfail(
    strict=True,
    reason="a source and a document's label after its slash (`Dok Pribadi`, no writer's name) is not read: "
    "the credit is read as the masthead's words",
)
def test_a_document_credit_after_the_source_is_cut() -> None:
    page = clean(f"Tribunnews/Dok Pribadi TRIBUNNEWS.COM - {LEDE}\n")
    assert (page.byline, page.dateline) == (None, MASTHEAD)
    assert page.text == f"TRIBUNNEWS.COM - {LEDE}"


def test_an_outlet_and_its_place_before_the_dash_are_the_dateline() -> None:
    page = clean(f"Saibumi.com, Lampung Barat - {LEDE}\n")
    assert page.byline is None
    assert page.dateline == Dateline(place="Lampung Barat", outlet="Saibumi.com")
    assert page.text == f"Saibumi.com, Lampung Barat - {LEDE}"


@pytest.mark.xfail(
    strict=True,
    reason="the byline's credit written again after the last sentence stays body (news-raw 3163)",
)
def test_the_credit_repeated_under_the_last_sentence_is_furniture() -> None:
    page = clean(f"Iva Rahma/Bobo.id TRIBUNNEWS.COM - {LEDE} Iva Rahma/Bobo.id\n")
    assert page.text == f"TRIBUNNEWS.COM - {LEDE}"
