"""A model PER the people layer dropped as a company's name (round mend27): a name the article
writes after a company's legal form is the company, an ORG in every mention (GUIDELINES §6),
not a place and not nothing; a name no legal form opens, one holding a person's mention, and a
company's product written apart from its maker stay out. Whole entity lists with spans from
`with_persons` on invented sentences."""

from __future__ import annotations

import pytest

from extract.ner.entities.places import with_persons
from extract.records import Entity, Person


def _ent(text: str, part: str, label: str, last: bool = False) -> Entity:
    """The model's entity on the first (or the ``last``) mention of ``part``."""
    start = text.rindex(part) if last else text.index(part)
    return Entity(part, label, (start, start + len(part)))


def _found(text: str, model: list[tuple[str, str]], persons: list[str] = ()) -> list[tuple[str, str, tuple]]:
    people = [Person(p, ((s := text.index(p), s + len(p)),)) for p in persons]
    ents = with_persons(text, [_ent(text, *m) for m in model], people)
    return [(e.text, str(e.label), e.span) for e in ents]


@pytest.mark.parametrize(
    ("text", "model", "persons", "expected"),
    [
        # the company's brand after `PT Tirtamas Graha`: an ORG, its place-tagged mention too
        (
            "PT Tirtamas Graha Tbk menambah gerai di Kota Cirebon. Manajemen Tirtamas Malls menyebut"
            " gerai itu dibuka pekan depan, dan Tirtamas Malls menyiapkan diskon.",
            [
                ("PT Tirtamas Graha Tbk", "ORG"),
                ("Kota Cirebon", "LOC"),
                ("Tirtamas Malls", "PER"),
                ("Tirtamas Malls", "LOC", True),
            ],
            [],
            [
                ("PT Tirtamas Graha Tbk", "ORG", (0, 21)),
                ("Kota Cirebon", "LOC", (40, 52)),
                ("Tirtamas Malls", "ORG", (64, 78)),
                ("Tirtamas Malls", "ORG", (122, 136)),
            ],
        ),
    ],
)
def test_a_name_after_a_company_form_is_the_company(text, model, persons, expected) -> None:
    assert _found(text, model, persons) == expected


@pytest.mark.parametrize(
    ("text", "model", "persons", "expected"),
    [
        # no legal form opens the name anywhere: no company, the model's PER dropped
        (
            "Manajemen Tirtamas Malls menyebut gerai di Kota Cirebon dibuka pekan depan.",
            [("Tirtamas Malls", "PER"), ("Kota Cirebon", "LOC")],
            [],
            [("Kota Cirebon", "LOC", (43, 55))],
        ),
        # the maker's product, its model's name written alone too: no body
        (
            "PT Kencana Motor Indonesia meluncurkan Kencana Velora di Jakarta. Velora dijual mulai"
            " Rp400 juta.",
            [("PT Kencana Motor Indonesia", "ORG"), ("Kencana Velora", "PER"), ("Jakarta", "LOC")],
            [],
            [("PT Kencana Motor Indonesia", "ORG", (0, 26)), ("Jakarta", "LOC", (57, 64))],
        ),
        # the company's word run into its director's name: the person only
        (
            "PT Lintasnet Telekomunikasi mendukung klub itu, kata Direktur Lintasnet Bambang Wiryono"
            " di Surabaya.",
            [
                ("PT Lintasnet Telekomunikasi", "ORG"),
                ("Lintasnet Bambang Wiryono", "PER"),
                ("Surabaya", "LOC"),
            ],
            ["Bambang Wiryono"],
            [
                ("PT Lintasnet Telekomunikasi", "ORG", (0, 27)),
                ("Bambang Wiryono", "PER", (72, 87)),
                ("Surabaya", "LOC", (91, 99)),
            ],
        ),
    ],
)
def test_no_company_without_its_form(text, model, persons, expected) -> None:
    assert _found(text, model, persons) == expected
