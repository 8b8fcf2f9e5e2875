"""A sentence-case `Baca juga:` headline glued before a listicle's next item (issue 15, GUIDELINES
§1: a teaser's headline is boilerplate, the list is body): the headline ends before the item's
number when a capitalised word follows it and the list's number before it stands ahead of the
teaser (or it is the first item). A number closing a sentence of the body stays body.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Boilerplate

LEDE = (
    "Dinas Perhubungan Sumatera Barat memberi potongan tarif penyeberangan selama libur akhir tahun, "
    "Senin (22/12/2025)."
)
ITEM_ONE = "1. Periode pertama Potongan berlaku pada 22 sampai 24 Desember untuk semua golongan kendaraan."
ITEM_TWO = "2. Periode kedua Potongan berlaku lagi pada 30 Desember sampai 1 Januari bagi kendaraan pribadi."
HEADLINE = "Kapal tambahan disiapkan di pelabuhan Teluk Bayur"


def test_the_headline_ends_before_the_next_item() -> None:
    page = clean(f"{LEDE}\n\n{ITEM_ONE} Baca juga: {HEADLINE} {ITEM_TWO}\n")
    assert page.text == f"{LEDE}\n{ITEM_ONE} {ITEM_TWO}"
    assert page.boilerplate == (Boilerplate(line=3, text=f"Baca juga: {HEADLINE}", kind="related"),)


def test_the_headline_ends_before_the_first_item() -> None:
    page = clean(f"{LEDE} Baca juga: {HEADLINE} {ITEM_ONE}\n")
    assert page.text == f"{LEDE} {ITEM_ONE}"
    assert page.boilerplate == (Boilerplate(line=1, text=f"Baca juga: {HEADLINE}", kind="related"),)


def test_a_number_closing_a_sentence_is_no_item() -> None:
    """No item 11 before it: `… mencapai 12.` closes the body's sentence, which is no headline."""
    rest = "Jumlah kapal yang melayani rute itu mencapai 12. Menurut petugas, antrean mulai terurai."
    page = clean(f"{LEDE} Baca juga: {rest}\n")
    assert page.text == f"{LEDE} {rest}"
    assert page.boilerplate == (Boilerplate(line=1, text="Baca juga:", kind="related"),)
