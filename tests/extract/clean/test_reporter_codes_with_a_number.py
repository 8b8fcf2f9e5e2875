"""A reporter's code of a desk's two or three letters and a number after the last stop is the byline
(issue 15): `… ujarnya.(BP7).`, `… kata dia. (MP-7)`; a unit's code inside a sentence (`… standar K3
(Keselamatan dan Kesehatan Kerja) …`) is no byline. (A one-letter desk, `(S-17)`, reads as an age
group, `(U-17)`: a known limit pinned in `test_image_markup_plugin_notices_and_subheading_credits`.)

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate
from tests.clean_pages import PLAIN_LAST as LAST
from tests.clean_pages import PLAIN_LEDE as LEDE


@pytest.mark.parametrize(
    ("tail", "code", "cut"),
    [
        ("(BP7).", "BP7", "(BP7)."),
        (" (MP-7)", "MP-7", "(MP-7)"),
        (" (TR12)", "TR12", "(TR12)"),
    ],
    ids=[
        "glued-letters-number-stop",
        "spaced-letters-dash-number",
        "letters-number",
    ],
)
def test_a_desk_code_with_a_number_after_the_last_stop_is_the_byline(tail: str, code: str, cut: str) -> None:
    page = clean(f"{LEDE}\n\n{LAST}{tail}\n")
    assert page.text == f"{LEDE}\n{LAST}"
    assert page.byline == code
    assert page.boilerplate == (Boilerplate(line=3, text=cut, kind="byline"),)


def test_a_units_code_inside_a_sentence_is_no_byline() -> None:
    last = "Perusahaan itu wajib memenuhi standar K3 (Keselamatan dan Kesehatan Kerja) di setiap proyek."
    page = clean(f"{LEDE}\n\n{last}\n")
    assert page.text == f"{LEDE}\n{last}"
    assert page.byline is None
    assert page.boilerplate == ()
