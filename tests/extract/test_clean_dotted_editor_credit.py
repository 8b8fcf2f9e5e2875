"""A closing credit whose editor's name opens with initials in a row (issue 15, GUIDELINES §1: editor
lines are boilerplate): `Penerjemah: … Editor: D.Dj. Kliwantoro`, the second initial glued to the
first's stop, is cut whole like `Editor: Rr. Dewi`; a translator is no reporter, so no byline.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

BODY = (
    "JAKARTA - Harga minyak mentah dunia naik tipis pada akhir perdagangan Jumat. Saham perusahaan "
    "energi di bursa Eropa ikut menguat 0,8 persen."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Penerjemah: Budi SantosoEditor: A.Hs. Wirawan",
        "Penerjemah: Budi Santoso Editor: R.Ay. Kusuma Dewi",
    ],
    ids=["glued-label", "spaced-label"],
)
def test_the_translator_and_dotted_editor_credit_is_cut(credit: str) -> None:
    page = clean(f"{BODY} {credit}\n")
    assert page.text == BODY
    assert page.boilerplate == (Boilerplate(line=1, text=credit, kind="editor"),)
    assert page.byline is None


def test_a_reporter_with_initials_in_a_row_is_the_byline() -> None:
    page = clean(f"{BODY} Pewarta: A.Hs. Wirawan Editor: Dewi\n")
    assert page.text == BODY
    assert page.byline == "A.Hs. Wirawan"
