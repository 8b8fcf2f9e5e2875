"""The agency's paged articles (issue 15, meta24): the page numbers and the show-all link after the
last sentence are furniture (`… 1 2 3 Tampilkan Semua`, glued to the credit after it too:
`… 123Tampilkan SemuaEditor: …`); the words inside a sentence stay.

Invented pages of the construction (other words and names).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE

# a closing paragraph of two sentences (a lone short one: `test_last_sentence_with_residue_after_it`)
CLOSING = f"Kelompok tani di tiga kecamatan itu menyambut bantuan benih dan segera menyiapkan lahan. {LAST}"


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (" 1 2 3 Tampilkan Semua", "1 2 3 Tampilkan Semua"),
        (" 123Tampilkan Semua", "123Tampilkan Semua"),
    ],
    ids=["spaced-page-numbers", "glued-page-numbers"],
)
def test_page_numbers_and_a_show_all_link_after_the_last_sentence_are_furniture(tail: str, cut: str) -> None:
    page = clean(f"{LEDE}\n\n{CLOSING}{tail}")
    assert page.text == f"{LEDE}\n{CLOSING}"
    assert page.boilerplate == (Boilerplate(line=3, text=cut, kind="navigation"),)


def test_a_show_all_link_glued_to_the_editors_credit_is_cut_before_it() -> None:
    page = clean(f"{LEDE}\n\n{CLOSING} 12Tampilkan SemuaEditor: Rina Wulandari")
    assert page.text == f"{LEDE}\n{CLOSING}"
    assert page.boilerplate == (
        Boilerplate(line=3, text="12Tampilkan Semua", kind="navigation"),
        Boilerplate(line=3, text="Editor: Rina Wulandari", kind="editor"),
    )


def test_show_all_in_a_sentence_stays() -> None:
    last = "Petugas loket menekan tombol tampilkan semua data pemohon yang terdaftar sejak 2 Juni."
    page = clean(f"{LEDE}\n\n{last}")
    assert page.text == f"{LEDE}\n{last}"
    assert page.boilerplate == ()
