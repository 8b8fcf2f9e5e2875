"""A photo's credit that writes the outlet's masthead and a spaced slash before the caption's label
(`Kabar Dewata / DIBONGKAR – …`) is a caption, like the unspaced `Kabar Dewata/DIBONGKAR – …`
(issue 15, meta21); a known region after the spaced slash is a dateline's place
(`PRADANAMEDIA/ PALANGKA RAYA – …`). Invented pages.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

TITLE = "Pedagang Pasar Lama Tolak Rencana Relokasi ke Pinggir Kota"
LEDE = (
    "Puluhan pedagang Pasar Lama menolak rencana pemerintah kota memindahkan lapak mereka ke "
    "terminal baru di pinggir kota, Rabu (16/7/2025)."
)
LAST = '"Pembeli kami semua ada di pusat kota," kata Ketua Paguyuban Pedagang I Made Sutama.'


@pytest.mark.parametrize(
    "caption",
    [
        "Kabar Dewata / DIBONGKAR – Lapak pedagang di sisi timur pasar yang dibongkar petugas kemarin.",
        "Kabar Dewata/DIBONGKAR – Lapak pedagang di sisi timur pasar yang dibongkar petugas kemarin.",
        "Kabar Dewata / I Gede Suarjana",
    ],
    ids=["spaced-slash", "unspaced-slash", "spaced-slash-photographer"],
)
def test_a_masthead_credit_with_a_spaced_slash_is_a_caption(caption: str) -> None:
    page = clean(f"{TITLE}\n{caption}\nkabardewata.com | Denpasar - {LEDE}\n{LAST}")
    assert page.title == TITLE
    assert page.text == f"kabardewata.com | Denpasar - {LEDE}\n{LAST}"
    assert page.dateline == Dateline(place="Denpasar", outlet="kabardewata.com")
    assert caption in [b.text for b in page.boilerplate]


def test_a_region_after_a_spaced_slash_is_the_datelines_place() -> None:
    page = clean(f"{TITLE}\nPRADANAMEDIA/ PALANGKA RAYA – {LEDE}\n{LAST}")
    assert page.text == f"PRADANAMEDIA/ PALANGKA RAYA – {LEDE}\n{LAST}"
    assert page.dateline == Dateline(place="Palangka Raya", outlet="Pradanamedia")
