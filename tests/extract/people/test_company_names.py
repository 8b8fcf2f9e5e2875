"""The article's companies' names (`company_names`, round mend28): the one test that vetting, the
role layer and the entity layer ask of a name. A name the article writes right after a legal form
opening a company's name is the company's (GUIDELINES §6: companies are ORG), and so is the
company's first words and one word of its own (its brand); none is a person named like the
company, a listed region, a product written alone too, or a person after the company's word.
Invented sentences, whole outputs."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.lexicon import company_forms, company_names
from extract.people.officials import extract_officials
from extract.records import Entity
from tests.entity_records import model_entities


def _companies(text: str, *names: str) -> frozenset[str]:
    return company_names(company_forms(text), names)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the whole name after `PT`
        (
            "Jembatan itu dibangun PT Arunika Bumi Lestari. Kata warga, Arunika Bumi Lestari bekerja rapi.",
            ["Arunika Bumi Lestari"],
            {"Arunika Bumi Lestari"},
        ),
        # the company's first word and one word of its brand
        (
            "PT Graharia Niaga Tbk membuka gerai di Kota Serang. Graharia Malls menyiapkan diskon Lebaran.",
            ["Graharia Malls"],
            {"Graharia Malls"},
        ),
        # a brand word written only after a capitalised word, a bracket before it too
        (
            "Saham PT Sentana Karya naik. Laba anak usahanya (Sentana Grup) tumbuh.",
            ["Sentana Grup"],
            {"Sentana Grup"},
        ),
        # only the names asked about: the company itself is no candidate here
        ("Kontrak diteken PT Bintang Rimba Perkasa kemarin.", ["Hendra Gunawan"], set()),
    ],
)
def test_a_name_after_a_company_form_is_the_company(text: str, names: list[str], expected: set[str]) -> None:
    assert _companies(text, *names) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a person whose given name opens the company's name
        ("Direktur PT Chandra Wijaya Abadi, Chandra Kusuma, meninjau gudang.", ["Chandra Kusuma"]),
        # a listed region after the form is the city the company is named after
        ("Lahan PT Bekasi Fajar Industri dijual. Banjir melanda Bekasi pekan lalu.", ["Bekasi"]),
        # the maker's product, its own word written alone too
        (
            "PT Kencana Motor Indonesia meluncurkan Kencana Velora di Jakarta, dan Velora dijual mulai"
            " Rp400 juta.",
            ["Kencana Velora"],
        ),
        # the company's word, then its director: a given name, or a name of two words
        (
            "Jaringan PT Lintasnet Telekomunikasi meluas. CEO Lintasnet Bambang Wiryono mengatakan"
            " pelanggan bertambah.",
            ["Lintasnet Bambang", "Lintasnet Bambang Wiryono"],
        ),
        (
            "Saham PT Praja Energi naik. Direktur Utama Praja Energi Tumpal Siregar optimistis laba tumbuh.",
            ["Praja Energi Tumpal Siregar"],
        ),
        # `Koperasi` after a minister's title and `Tbk` close no company's name before a person
        ("Wakil Menteri Koperasi Farida Lestari meninjau pasar.", ["Farida Lestari"]),
        ("Direktur Utama PT Bank Mega Tbk Kostaman Lubis hadir.", ["Kostaman Lubis"]),
        # a form in lowercase is a common noun
        ("Ketua koperasi Sri Wahyuningsih hadir.", ["Sri Wahyuningsih"]),
        # no form in the article at all
        ("Manajemen Graharia Malls menyebut gerai dibuka pekan depan.", ["Graharia Malls"]),
    ],
)
def test_a_name_that_is_no_company(text: str, names: list[str]) -> None:
    assert _companies(text, *names) == frozenset()


def test_vetting_keeps_a_person_after_a_ministry_s_field() -> None:
    # `Koperasi` after `Menteri` is the ministry's field: the minister is a person, no company
    t = "Wakil Menteri Koperasi Farida Lestari meninjau pasar. Farida Lestari mengatakan harga stabil."
    ents = model_entities(t, [("Farida Lestari", "PER"), ("Farida Lestari", "PER")])
    assert vet_entities(t, ents) == ents


def test_vetting_makes_the_company_s_brand_an_org() -> None:
    t = "PT Graharia Niaga Tbk membuka gerai di Kota Serang. Graharia Malls menyiapkan diskon Lebaran."
    ents = model_entities(
        t, [("PT Graharia Niaga Tbk", "ORG"), ("Kota Serang", "LOC"), ("Graharia Malls", "PER")]
    )
    assert vet_entities(t, ents) == [ents[0], ents[1], Entity("Graharia Malls", "ORG", (52, 66))]


@pytest.mark.xfail(
    strict=True,
    reason="the role grammar reads the brand's first word into the title (`Direktur Utama Graharia`)"
    " and its last as the holder (`Malls`), before the company's names are asked about",
)
def test_a_holder_named_as_the_company_s_brand_holds_nothing() -> None:
    t = "PT Graharia Niaga Tbk membuka gerai baru. Kontrak diteken Direktur Utama Graharia Malls di Serang."
    ents = model_entities(t, [("PT Graharia Niaga Tbk", "ORG"), ("Graharia Malls", "PER"), ("Serang", "LOC")])
    assert extract_officials(t, entities=vet_entities(t, ents)) == []
