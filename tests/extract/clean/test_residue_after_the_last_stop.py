"""A scraped table's empty fields glued after the article's last stop (`… tandasnya., , ,`), or a
credit's bracket left open there (`… kondisi aktif. (`), are an end residue, no body (GUIDELINES
§1); the sentence keeps its stop. A comma inside the text and a
last sentence that ends without a stop stay as they are (issue 15, meta27). Invented pages.
"""

from __future__ import annotations

import pytest

from extract.clean import clean

BODY = (
    "Pemerintah Kota Sukamaju menyalurkan pinjaman lunak kepada 120 pelaku usaha mikro di pasar "
    "tradisional pekan ini. Kepala Dinas Koperasi Rina Marlina mengatakan, pinjaman itu tanpa bunga "
    "selama dua tahun."
)
LAST = '"Kami ingin pedagang kecil bisa bangkit lagi setelah banjir," tandasnya.'


@pytest.mark.parametrize("residue", [", , ,", " , ,", ","], ids=["three-fields", "spaced", "one-comma"])
def test_empty_fields_after_the_last_stop_go(residue: str) -> None:
    page = clean(f"{BODY} {LAST}{residue}\n")
    assert page.text == f"{BODY} {LAST}"
    assert [b.text for b in page.boilerplate] == [residue.strip()]


def test_a_bracket_left_open_after_the_last_stop_goes() -> None:
    page = clean(f"{BODY} {LAST} (\n")
    assert page.text == f"{BODY} {LAST}"
    assert [b.text for b in page.boilerplate] == ["("]


def test_a_bracket_closing_the_last_sentence_stays() -> None:
    last = "Pinjaman itu disalurkan melalui koperasi pasar (KSP Sukamaju)."
    page = clean(f"{BODY} {last}\n")
    assert page.text == f"{BODY} {last}"
    assert page.boilerplate == ()


def test_a_last_sentence_without_a_stop_keeps_its_words() -> None:
    last = "Pinjaman itu dapat diajukan melalui kantor kelurahan, kantor kecamatan, dan koperasi pasar"
    page = clean(f"{BODY} {last}\n")
    assert page.text == f"{BODY} {last}"
    assert page.boilerplate == ()
