# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""A glued related-article teaser whose headline is a question in sentence case (issue 15): `Baca
juga: Benarkah kopi baik untuk ibu menyusui? Ia menyarankan …`. The question's mark ends the
headline; only the marker was cut before, the headline stayed in the body. A question the next
sentence answers with its own words (`Apa pengaruh mutasi virus? Mutasi virus bisa …`) is the
body's subheading: the marker alone goes. Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from tests.clean_pages import cleaned as _page

LEDE = "SAMPIT – Dinas kesehatan menggelar penyuluhan soal kopi bagi warga di aula kecamatan pada Senin pagi."
REST = " Ia menyarankan warga membatasi kopi dua cangkir sehari."


CASES = [
    pytest.param(
        LEDE + " Baca juga: Benarkah kopi baik untuk ibu menyusui?" + REST,
        _page(LEDE + REST, ("Baca juga: Benarkah kopi baik untuk ibu menyusui?", "related")),
        id="question-headline",
    ),
    pytest.param(
        LEDE
        + " Baca juga: Berapa batas aman minum kopi setiap hari? Baca juga: Kopi susu atau kopi hitam, mana yang lebih sehat?"
        + REST,
        _page(
            LEDE + REST,
            (
                "Baca juga: Berapa batas aman minum kopi setiap hari? Baca juga: Kopi susu atau kopi hitam, mana yang lebih sehat?",
                "related",
            ),
        ),
        id="two-questions-in-a-row",
    ),
    pytest.param(
        LEDE
        + " Baca juga: Apa pengaruh kopi terhadap lambung? Kopi terhadap lambung bisa memicu rasa perih bila diminum sebelum makan.",
        _page(
            LEDE
            + " Apa pengaruh kopi terhadap lambung? Kopi terhadap lambung bisa memicu rasa perih bila diminum sebelum makan.",
            ("Baca juga:", "related"),
        ),
        id="answered-subheading-stays",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_question_teaser(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a headline's tail after its question (`… roboh? Ini faktanya`) reads as the body's next sentence",
)
def test_question_then_tail() -> None:
    raw = LEDE + " Baca juga: Harga kopi naik lagi? Ini penjelasan pedagang" + REST
    assert clean(raw) == _page(
        LEDE + REST, ("Baca juga: Harga kopi naik lagi? Ini penjelasan pedagang", "related")
    )
