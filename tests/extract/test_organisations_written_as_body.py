"""The organisation decision vouches for a name the article writes as a body: right after a
body's noun (`klub`, `perusahaan`, `organisasi`, `lembaga`, `komunitas`; two words: `juru
bicara`, `kantor berita`) or beside a speech verb (the body speaking), unless its words read as a
person's (a given name, a word of a person's name in the article)."""

from __future__ import annotations

import pytest

from extract.ner.entities import tokens
from extract.ner.entities.decision import decided_orgs, vouching_spans
from extract.records import Entity, EntityLabel
from extract.text.patterns import whole_words


def _ents(text: str, names: list[str], label: EntityLabel = EntityLabel.ORG) -> list[Entity]:
    found = [Entity(n, label, sp) for n in names for sp in whole_words(text, n)]
    return sorted(found, key=lambda e: e.span)


def _decided(text: str, names: list[str], persons: tuple[str, ...] = ()) -> list[Entity]:
    ents = sorted(_ents(text, names) + _ents(text, list(persons), EntityLabel.PER), key=lambda e: e.span)
    return decided_orgs(text, tokens(text), ents, ents, [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rombongan Werder Bremen tiba pagi ini. Kiper klub Werder Bremen itu cedera lutut.",
            "Werder Bremen",
        ),
        ("Pabrik itu ditutup bulan lalu, kata juru bicara Kanemura kepada wartawan.", "Kanemura"),
        ("Departemen Kepolisian Chicago mengatakan dua orang ditahan.", "Departemen Kepolisian Chicago"),
        (
            "Relawan dari organisasi Helping Hands for Kids mengatakan bantuan sudah tiba.",
            "Helping Hands for Kids",
        ),
        ("Kabar itu dikutip dari kantor berita Anadolu pada Senin.", "Anadolu"),
    ],
)
def test_a_name_written_as_a_body_stays(text: str, name: str) -> None:
    assert _decided(text, [name]) == _ents(text, [name])


def test_a_word_of_a_person_s_name_speaking_is_not_vouched() -> None:
    """`Dall'ora` speaks, but the article names the person `Luca Dall'ora`: weighed as any name."""
    text = "Menurut Luca Dall'ora, mesin itu siap. Dall'ora mengatakan timnya bekerja keras."
    s = text.index("Dall'ora mengatakan")
    ents = [
        Entity("Luca Dall'ora", EntityLabel.PER, (8, 21)),
        Entity("Dall'ora", EntityLabel.ORG, (s, s + 8)),
    ]
    assert vouching_spans(text, tokens(text), None, ents) == frozenset()
    alone = [ents[1]]
    assert vouching_spans(text, tokens(text), None, alone) == frozenset({(s, s + 8)})
