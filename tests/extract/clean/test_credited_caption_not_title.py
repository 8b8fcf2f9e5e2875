"""A photo's caption closed by its credit between the headline and the lede (meta12): a caption, never
the page's title; what stays as it was."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

HEADLINE = "Pemkot dan Komunitas Selam Tanam Terumbu Karang di Teluk"
LEDE = (
    "BITUNG, Wartapesisir.com – Pemerintah kota bersama komunitas selam menanam seratus rangka terumbu "
    "karang di perairan teluk, Jumat (14/2/2025)."
)
SECOND = "Wali kota berharap kegiatan serupa digelar setiap tahun oleh sekolah dan kelurahan."


@pytest.mark.parametrize(
    "caption",
    [
        # a title before the name, abbreviated with its stop, once made the caption the headline
        "Wali Kota Bitung, Dr. Hendra Sumampouw saat sambutan (Foto Istimewa)",
        "Kepala Dinas Perikanan, Ir. Yanti Lumowa di dermaga (Foto: Humas)",
        "Para penyelam bersiap menurunkan rangka terumbu ke laut (Foto: Humas)",
    ],
)
def test_a_credited_caption_under_the_headline_is_no_title(caption: str) -> None:
    page = clean(f"Tag: pemkot bitung\n\n{HEADLINE}\n\n{caption}\n\n{LEDE}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.dateline == Dateline(place="Bitung", outlet="Wartapesisir.com")
    assert page.text == f"{LEDE}\n{SECOND}"


def test_a_headline_with_no_credit_after_it_stays_the_title() -> None:
    page = clean(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n")
    assert page.title == HEADLINE
    assert page.text == f"{LEDE}\n{SECOND}"
