"""A lone short name in capitals that the name-suggestion-index register lists as a chain's, an
operator's or a transport network's mapped in Indonesia or worldwide is a body's (session 42:
`words.registered_body`, entities_registered_bodies.txt from scripts/derive_registered_bodies.py:
`KTM`, `BMW`, `KFC`), unless the article spells it out in brackets (`cuts._spelled_out`:
`Pekerja Migran Indonesia (PMI)` is no `PMI` of the register's Palang Merah Indonesia). A short
name of a body of another country's province alone (`SWT`) is no list entry. Whole outputs on
invented sentences."""

from __future__ import annotations

import pytest

from tests.entity_records import model_entities, resolved_entities


@pytest.mark.parametrize(
    "text,short",
    [
        ("Pebalap muda itu resmi bergabung dengan KTM mulai musim depan.", "KTM"),
        ("Penjualan BMW di pasar mobil mewah naik tajam tahun ini.", "BMW"),
        ("Sejak pekan lalu KFC menghentikan pemakaian sedotan plastik sekali pakai.", "KFC"),
    ],
)
def test_a_registered_short_name_alone_is_a_body(text: str, short: str) -> None:
    start = text.index(short)
    assert resolved_entities(text, model_entities(text, [(short, "ORG")])) == [
        (short, "ORG", (start, start + len(short)))
    ]


def test_a_registered_short_name_the_article_spells_out_gives_nothing() -> None:
    text = (
        "Pemerintah memulangkan ratusan pekerja migran Indonesia (PMI) dari Malaysia. "
        "Kepulangan PMI itu dijadwalkan pekan depan."
    )
    model = model_entities(text, [("PMI", "ORG"), ("PMI", "ORG")])
    assert resolved_entities(text, model) == [("Indonesia", "LOC", (46, 55)), ("Malaysia", "LOC", (67, 75))]


def test_a_short_name_of_a_province_s_operator_alone_gives_nothing() -> None:
    text = "Semoga Allah SWT memberi kemudahan bagi para korban banjir."
    assert resolved_entities(text, model_entities(text, [("SWT", "ORG")])) == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss: a registered short name with another sense the article does not spell out "
    "(`PMI`, the purchasing managers' index, beside the register's Palang Merah Indonesia) is kept",
)
def test_a_registered_short_name_in_another_sense_gives_nothing() -> None:
    text = "Nikkei mencatat PMI manufaktur Indonesia naik ke angka 51,6 pada bulan lalu."
    assert resolved_entities(text, model_entities(text, [("PMI", "ORG")])) == []
