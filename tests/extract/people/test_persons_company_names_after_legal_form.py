"""Persons (people23): a name the article writes right after a legal form that opens a company's
name (`PT Bintang Rimba Perkasa`), or whose first words open one and are no given name
(`Mitrayana Prime` beside `PT Mitrayana Lestari Sentosa`), is the company or its brand, no person
(GUIDELINES §6: companies are ORG; §2: persons are people). Invented sentences, whole outputs."""

from __future__ import annotations

import pytest

from extract.people.lexicon import company_forms, company_named
from tests.extract.people.test_persons_news import _spans


def test_a_company_written_after_pt_is_no_person() -> None:
    t = (
        "Kontrak itu diteken PT Bintang Rimba Perkasa pada Senin. "
        "Bintang Rimba Perkasa memasok kayu, kata Hendra Gunawan."
    )
    found = [("Bintang Rimba Perkasa", "PER"), ("Hendra Gunawan", "PER")]
    assert _spans(t, found) == [("Hendra Gunawan", ((98, 112),))]


def test_a_brand_opened_by_the_company_s_first_words_is_no_person() -> None:
    # `Mitrayana` opens the company's name after `PT` and is no given name: `Mitrayana Prime` is its store
    t = (
        "Gerai PT Mitrayana Lestari Sentosa dibuka di Bekasi. "
        "Mitrayana Prime menjual pakaian, kata Rudi Hartanto."
    )
    assert _spans(t, [("Mitrayana Prime", "PER"), ("Rudi Hartanto", "PER")]) == [
        ("Rudi Hartanto", ((91, 104),))
    ]


@pytest.mark.parametrize(
    ("text", "name", "named"),
    [
        ("Kontrak diteken PT Bintang Rimba Perkasa kemarin.", "Bintang Rimba Perkasa", True),
        ("Toko milik CV Sumber Rejeki Makmur tutup kemarin.", "Sumber Rejeki Makmur", True),
        ("Gerai PT Mitrayana Lestari Sentosa dibuka kemarin.", "Mitrayana Prime", True),
        # a given name opening the company's name opens a person's too: only the whole name counts
        ("Gudang PT Chandra Wijaya Abadi terbakar kemarin.", "Chandra Kusuma", False),
        # `Tbk` and `Persero` close a company's name: the holder's name follows them
        ("Direktur Utama PT Bank Mega Tbk Kostaman Lubis hadir.", "Kostaman Lubis", False),
        # `Koperasi` is also a ministry's field
        ("Wakil Menteri Koperasi Farida Lestari hadir.", "Farida Lestari", False),
        # a lowercase form is a common noun
        ("Ketua koperasi Sri Wahyuningsih hadir.", "Sri Wahyuningsih", False),
    ],
)
def test_company_named(text: str, name: str, named: bool) -> None:
    assert company_named(company_forms(text), name) is named


def test_a_person_sharing_a_given_name_with_the_company_stays() -> None:
    t = (
        "Direktur PT Chandra Wijaya Abadi, Chandra Kusuma, meninjau gudang. "
        "Chandra Kusuma mengatakan stok cukup."
    )
    found = [("Chandra Kusuma", "PER"), ("Chandra Kusuma", "PER")]
    assert [name for name, _ in _spans(t, found)] == ["Chandra Kusuma"]


def test_the_company_s_word_is_no_mention_of_the_person() -> None:
    t = (
        "Direktur PT Chandra Wijaya Abadi, Chandra Kusuma, meninjau gudang. "
        "Chandra Kusuma mengatakan stok cukup."
    )
    found = [("Chandra Kusuma", "PER"), ("Chandra Kusuma", "PER")]
    assert _spans(t, found) == [("Chandra Kusuma", ((34, 48), (67, 81)))]
