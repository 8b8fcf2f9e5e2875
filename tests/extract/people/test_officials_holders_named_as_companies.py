"""Officials (people24): a holder the article writes elsewhere as a company's name after its legal
form (`PT Hendra Baruna Perkasa`) is the company the title belongs to, no one holding it
(GUIDELINES §2: officials are people; §6: companies are ORG). Invented sentences, whole outputs."""

from __future__ import annotations

import pytest

from extract.ner.vet import vet_entities
from extract.people.officials import extract_officials
from tests.extract.people.test_persons_news import _ents, _spans

_MEDIKA = (
    "Gas dipasok PT Medika E&P ke pabrik itu. "
    "Kontrak diteken Direktur Utama Medika E&P Rudi Santosa di Jakarta."
)


def _officials(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = vet_entities(text, _ents(text, found))
    return [(o.name, o.title) for o in extract_officials(text, entities=ents)]


def test_a_company_after_the_title_is_no_holder() -> None:
    t = (
        "Kerja sama itu diteken PT Hendra Baruna Perkasa dan Pemkab Kutai Timur. "
        "Yudi Prasetyo, Presiden Direktur Hendra Baruna Perkasa dalam keterangannya, Kamis (3/4)."
    )
    found = [("Hendra Baruna Perkasa", "PER"), ("Yudi Prasetyo", "PER")]
    assert _officials(t, found) == []
    assert _spans(t, found) == [("Yudi Prasetyo", ((72, 85),))]


def test_a_company_cut_at_its_ampersand_is_no_holder() -> None:
    t = _MEDIKA
    found = [("Medika E", "PER"), ("Rudi Santosa", "PER")]
    assert _officials(t, found) == []
    assert _spans(t, found) == [("Rudi Santosa", ((83, 95),))]


@pytest.mark.xfail(strict=True, reason="the holder after a company's name cut at `&` is not read again")
def test_the_holder_after_the_company_is_the_official() -> None:
    t = _MEDIKA
    found = [("Medika E", "PER"), ("Rudi Santosa", "PER")]
    assert _officials(t, found) == [("Rudi Santosa", "Direktur Utama Medika E&P")]


def test_a_holder_named_like_the_founder_s_company_stays() -> None:
    # `PT Wirasena` names a company; the holder `Andi Wirasena` opens with a given name
    t = "Saham PT Wirasena naik kemarin. Direktur Utama Andi Wirasena mengatakan laba tumbuh."
    found = [("Andi Wirasena", "PER")]
    assert _officials(t, found) == [("Andi Wirasena", "Direktur Utama")]


def test_a_holder_with_no_company_in_the_article_stays() -> None:
    t = "Presiden Direktur Hendra Baruna Perkasa Yudi Prasetyo meninjau tambang di Sangatta."
    found = [("Yudi Prasetyo", "PER")]
    assert [name for name, _ in _officials(t, found)] == ["Yudi Prasetyo"]
