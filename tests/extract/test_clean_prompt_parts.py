# ruff: noqa: E501  (invented pages, one line a paragraph as scrapers save them)
"""A site prompt read by its parts (issue 15): an imperative of following or subscribing, a word of
purpose and what the reader gets (`Simpan & follow buat update teknologi tiap hari.`, `Ikuti kami
untuk info terbaru …`), glued to the end of a paragraph, with the short question to the reader after
it (`Menurut kamu gimana? 👇`). Body sentences with the same words in another order, or a question
with no prompt before it, stay. Every page is invented."""

from __future__ import annotations

import pytest

from extract.clean import CleanedArticle, clean
from tests.clean_pages import cleaned as _page

BODY = "SAMPIT – Dinas pariwisata membuka festival perahu hias di tepi Sungai Mentaya pada Sabtu pagi. Ratusan warga memadati dermaga sejak subuh."


CASES = [
    pytest.param(
        BODY + " Simpan 🔖 & follow buat update wisata tiap hari. Menurut kamu gimana? 👇",
        _page(BODY, ("Simpan 🔖 & follow buat update wisata tiap hari. Menurut kamu gimana? 👇", "share")),
        id="follow-for-updates-and-reader-question",
    ),
    pytest.param(
        BODY + " Ikuti kami untuk info terbaru seputar wisata Kotawaringin Timur.",
        _page(BODY, ("Ikuti kami untuk info terbaru seputar wisata Kotawaringin Timur.", "share")),
        id="follow-us-for-info",
    ),
    pytest.param(
        BODY + " Panitia meminta peserta mengikuti pengarahan untuk informasi rute perahu.",
        _page(BODY + " Panitia meminta peserta mengikuti pengarahan untuk informasi rute perahu."),
        id="prose-with-the-words-stays",
    ),
    pytest.param(
        BODY + " Menurut kamu gimana?",
        _page(BODY + " Menurut kamu gimana?"),
        id="reader-question-alone-stays",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_prompt_parts(raw: str, expected: CleanedArticle) -> None:
    assert clean(raw) == expected
