"""Officials: **weak head + list of bodies + name** — `perwakilan Dinas Sosial, Dinas Kesehatan,
dan PT Maju Jaya, Budi`: a weak head (people_roles `weak_head`: perwakilan, pimpinan, tim) before
bodies listed with commas and `dan`/`serta` names no one post of one body
(`roles.settle._bodies_listed`), so the name after the list holds none (GUIDELINES §2). A weak
head before one body keeps its holder.

Session 32 (fix32a, review of off66). Every sentence is written for the test: names are made up."""

from __future__ import annotations

import pytest

from tests.official_records import article_officials


@pytest.mark.parametrize(
    "sentence",
    [
        "Rapat dihadiri perwakilan Dinas Sosial, Dinas Kesehatan, dan PT Sentosa Abadi, Hendra Wijaya.",
        "Rapat dihadiri pimpinan Bank Makmur, Bank Sentosa serta Koperasi Maju, Hendra Wijaya.",
    ],
)
def test_a_representative_of_a_list_of_bodies_holds_no_post(sentence: str) -> None:
    assert article_officials(sentence) == []


def test_a_representative_of_one_body_holds_its_post() -> None:
    s = "Rapat dihadiri perwakilan Dinas Sosial, Hendra Wijaya, dan sejumlah warga."
    assert article_officials(s) == [("Hendra Wijaya", "perwakilan Dinas Sosial")]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik, Hendra Wijaya, membuka acara itu.",
            "Hendra Wijaya",
            "Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik",
        ),
    ],
)
def test_a_list_of_fields_after_a_post_is_no_list_of_bodies(sentence: str, name: str, title: str) -> None:
    assert article_officials(sentence) == [(name, title)]
