"""Two slashed credits closing an article (meta40): the page's own writer's, then the writer of the
article it draws on (`… katanya. (Tribunnews.com/Budi)(Kompas.com/Ani Lestari)`). GUIDELINES §1:
the reporter's credit is the byline, and a credit naming no reporter of this page is no body; the
source's credit is cut as an editor's credit and the page's writer's is the byline. A single credit,
or a second bracket that names no outlet's writer, changes nothing.

Invented pages (other words, outlets and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

BODY = (
    "Harga gabah kering panen di tingkat petani naik menjadi Rp6.800 per kilogram pekan ini. "
    '"Panen raya sudah lewat, pasokan ke penggilingan berkurang," kata Ketua Gapoktan Sri Rejeki.'
)


@pytest.mark.parametrize("gap", ["", " "], ids=["glued", "spaced"])
def test_the_source_credit_behind_the_writers_goes_and_the_writer_is_the_byline(gap: str) -> None:
    page = clean(f"{BODY} (Kabardesa.com/Rina Wulandari){gap}(Kompas.com/Budi Santoso)\n")
    assert page.byline == "Kabardesa.com/Rina Wulandari"
    assert page.text == BODY
    assert page.boilerplate == (
        Boilerplate(line=1, text="(Kompas.com/Budi Santoso)", kind="editor"),
        Boilerplate(line=1, text="(Kabardesa.com/Rina Wulandari)", kind="byline"),
    )


def test_one_credit_is_the_byline_as_before() -> None:
    page = clean(f"{BODY} (Kabardesa.com/Rina Wulandari)\n")
    assert page.byline == "Kabardesa.com/Rina Wulandari"
    assert page.boilerplate == (Boilerplate(line=1, text="(Kabardesa.com/Rina Wulandari)", kind="byline"),)


@pytest.mark.parametrize(
    "tail",
    ["(Kabardesa.com/Rina Wulandari)(ilustrasi)", "(Kabardesa.com/Rina Wulandari)(Humas/Dinas Pertanian)"],
    ids=["second-is-no-credit", "second-names-no-outlet"],
)
def test_a_second_bracket_naming_no_outlets_writer_is_no_source_credit(tail: str) -> None:
    page = clean(f"{BODY} {tail}\n")
    assert page.boilerplate == ()
    assert page.text == f"{BODY} {tail}"
