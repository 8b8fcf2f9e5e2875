"""Entities and officials: **a branch office's word** — `Perwakilan` after a capitalised word is
the body's branch office (Bank Indonesia Perwakilan NTT, BPK RI Perwakilan Provinsi Lampung),
no post. One helper (`extract.people.lexicon.branch_office_word`) decides it for the role scanner
and the entity layer's titles; a word ending the line before is no such word: the head opens
its line (review32b F4: the entity layer read across the line break).

Session 32 (fix32b). Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from extract.ner.entities.tokens import title_len, tokens
from extract.people.lexicon import branch_office_word


@pytest.mark.parametrize(
    ("title", "before", "expected"),
    [
        ("perwakilan", "Indonesia", True),
        ("perwakilan", "RI", True),
        ("perwakilan", "dari", False),
        ("perwakilan", None, False),  # the head opens its line
        ("kepala", "BPK", False),  # no branch office's word
    ],
)
def test_the_branch_office_word_after_a_capitalised_word(
    title: str, before: str | None, expected: bool
) -> None:
    assert branch_office_word(title, before) is expected


def test_the_entity_layer_reads_perwakilan_after_a_body_as_its_branch() -> None:
    toks = tokens("Data itu dirilis Bank Indonesia Perwakilan NTT pada Senin.")
    at = [t.text for t in toks].index("Perwakilan")
    assert title_len(toks, at) == 0


def test_the_entity_layer_does_not_read_across_a_line_break() -> None:
    toks = tokens("Data itu dirilis Bank Indonesia\nPerwakilan warga Desa Sukamaju hadir dalam rapat.")
    at = [t.text for t in toks].index("Perwakilan")
    assert title_len(toks, at) == 1
