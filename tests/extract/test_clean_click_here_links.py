"""A round-up's `Berita selengkapnya klik di sini` / `Selengkapnya klik di sini` link after each item
(issue 15, GUIDELINES §1: a related-article link is boilerplate): cut before the next item's number
or at the paragraph's end; the items stay body, and prose that asks the reader to click stays.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate

LEDE = "Berikut sejumlah berita hukum dan kriminal pilihan yang terjadi di Jakarta pada Jumat kemarin."
ITEM_ONE = (
    "1. Polisi ungkap gudang obat ilegal di Cengkareng Petugas menyita 40 kardus obat tanpa izin edar, "
    "kata Kapolsek di Jakarta, Jumat."
)
ITEM_TWO = "2. Dinas tutup dua pabrik arang Pemerintah menutup sementara dua pabrik arang di Cilincing."


@pytest.mark.parametrize("link", ["Berita selengkapnya klik di sini", "Selengkapnya klik di sini."])
def test_the_link_after_each_item_is_cut(link: str) -> None:
    page = clean(f"{LEDE} {ITEM_ONE} {link} {ITEM_TWO} {link}\n")
    assert page.text == f"{LEDE} {ITEM_ONE} {ITEM_TWO}"
    assert page.boilerplate == (
        Boilerplate(line=1, text=link, kind="related"),
        Boilerplate(line=1, text=link, kind="related"),
    )


def test_a_request_to_click_in_prose_stays() -> None:
    rest = "Warga yang ingin melapor cukup klik di sini lalu mengisi formulir pengaduan secara lengkap."
    page = clean(f"{LEDE} {rest}\n")
    assert page.text == f"{LEDE} {rest}"
    assert page.boilerplate == ()
