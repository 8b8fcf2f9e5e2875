"""A model ORG opened by a religious title before a name (`Pdt`, `KH.`, `Kardinal`: the name
grammar's religious titles) names a person, no body (GUIDELINES §6: titles are no part of a
name, and a person is no ORG). A LOC opened by such a word is left alone (`Pemangku` is also a
hamlet's word in Lampung), and so is an ORG whose title word stands inside it.

Invented Indonesian sentences; the model's entities as given."""

from __future__ import annotations

import pytest

from tests.entity_records import first_entity as _at
from tests.entity_records import resolved_entities as _out


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Ibadah Natal dipimpin Pdt Markus Silalahi di gedung serbaguna, Rabu malam.", "Pdt Markus Silalahi"),
        ("Pengajian akbar menghadirkan KH. Drs. Mahfud Ridwan sebagai penceramah.", "KH. Drs. Mahfud Ridwan"),
        ("Misa dipimpin Kardinal Antonius Wijaya di gereja katedral, Kamis.", "Kardinal Antonius Wijaya"),
    ],
)
def test_an_org_opened_by_a_religious_title_is_no_body(text: str, org: str) -> None:
    assert _out(text, [_at(text, org, "ORG")]) == []


def test_a_hamlet_opened_by_the_same_word_stays_a_place() -> None:
    text = "Warga Pemangku Sukamaju bergotong royong memperbaiki jalan desa, Minggu."
    assert _out(text, [_at(text, "Pemangku Sukamaju", "LOC")]) == [("Pemangku Sukamaju", "LOC", (6, 23))]


def test_a_body_with_a_title_word_inside_stays() -> None:
    text = "Mahasiswa Universitas Islam Kiai Haji Achmad Siddiq menggelar bakti sosial di Jember."
    org = "Universitas Islam Kiai Haji Achmad Siddiq"
    assert (org, "ORG", (10, 51)) in _out(text, [_at(text, org, "ORG")])
