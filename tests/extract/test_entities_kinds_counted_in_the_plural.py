"""An ORG right after a lowercase quantifier (`sejumlah`, `beberapa`, `seluruh`:
entities_plural_quantifiers.txt) with no region and no known short name in it is many bodies of a
kind, no named body (GUIDELINES §6: generic kinds): the model's ORG gives nothing. One with its
region stays, and so does one after a bare number, a grade's or a rank's as often as a count's.
Whole entity lists from `resolve_entities` on invented sentences, with the spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "Rapat itu dihadiri sejumlah Perusahaan Penyalur Pupuk dari luar daerah.",
            [("Perusahaan Penyalur Pupuk", "ORG")],
        ),
        (
            "Bupati meminta seluruh Organisasi Perangkat Daerah segera melapor.",
            [("Organisasi Perangkat Daerah", "ORG")],
        ),
    ],
)
def test_a_kind_after_a_quantifier_is_no_body(text: str, model: list[tuple[str, str]]) -> None:
    assert _found(text, model) == []


def test_a_body_with_its_region_after_a_quantifier_stays() -> None:
    text = "Bantuan itu diterima seluruh Dinas Sosial Kabupaten Pringsewu pekan lalu."
    model = [("Dinas Sosial Kabupaten Pringsewu", "ORG")]
    assert _found(text, model) == [("Dinas Sosial Kabupaten Pringsewu", "ORG", (29, 61))]


def test_a_school_after_a_grade_number_stays() -> None:
    text = "Siswi kelas 2 SMA Bakti Nusantara itu meraih medali emas."
    model = [("SMA Bakti Nusantara", "ORG")]
    assert _found(text, model) == [("SMA Bakti Nusantara", "ORG", (14, 33))]
