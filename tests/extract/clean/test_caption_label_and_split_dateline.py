"""A shouted caption label before a colon that names no region nor masthead (`DIAMANKAN: Petugas
…`) labels a photo's caption, no dateline (`JAKARTA: …` and `KABARPROGRESIF.COM: …` are); a shouted
place alone on its line over the lede glued to the dateline's dash (`SELONG` over `--Seorang …`)
is the dateline, kept in the body (issue 15, meta21). Invented pages.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pengedar Uang Palsu Ditangkap Saat Berbelanja di Pasar"
LEDE = "Seorang pria ditangkap polisi karena berbelanja dengan uang palsu di pasar tradisional, Senin (21/7)."
MIDDLE = "Polisi menyita dua puluh lembar uang palsu pecahan lima puluh ribu rupiah dari dompetnya."
LAST = '"Pelaku mengaku mencetak uang itu sendiri," kata Kasat Reskrim Made Arsana.'
CAPTION = "DIAMANKAN: Pelaku pengedar uang palsu saat diperiksa di ruang penyidik."


def test_a_shouted_caption_label_over_a_split_dateline() -> None:
    page = clean(f"{TITLE}\n\n{CAPTION}\n\nSELONG\n--{LEDE}\n\n{MIDDLE}\n\n{LAST}\n(rdw)")
    assert page.title == TITLE
    assert page.dateline == Dateline(place="Selong", outlet=None)
    assert page.text == f"SELONG\n--{LEDE}\n{MIDDLE}\n{LAST}"
    assert page.byline == "rdw"
    assert CAPTION in [b.text for b in page.boilerplate]


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("JAKARTA: ", Dateline(place="Jakarta", outlet=None)),
        ("KABARPROGRESIF.COM: ", Dateline(place=None, outlet="Kabarprogresif.com")),
        ("DIAMANKAN: ", None),
    ],
    ids=["region", "masthead", "caption-label"],
)
def test_a_shouted_colon_head_is_a_dateline_only_when_it_names_a_place_or_masthead(
    opening: str, dateline: Dateline | None
) -> None:
    assert clean(f"{opening}{LEDE}\n{MIDDLE}\n{LAST}").dateline == dateline


def test_a_shouted_word_alone_over_a_dash_that_is_no_place_joins_nothing() -> None:
    page = clean(f"{TITLE}\n\nPERISTIWA\n--{LEDE}\n\n{MIDDLE}\n\n{LAST}")
    assert page.dateline is None
