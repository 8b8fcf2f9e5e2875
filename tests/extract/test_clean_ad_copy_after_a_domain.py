"""Ad copy glued into a paragraph is cut sentence by sentence (`… Anda!`), but a dot with no space
after it belongs to a domain or a number, not to a sentence's end (meta40): the lede of
`KABARDESA.COM - Berikut cara … yang bisa kamu coba di rumah! …` is no ad sentence starting at
`COM`, so the paragraph and its dateline stay whole. An exclaimed sentence to the reader after a
real stop and space is still ad copy.

Invented pages (other words and outlets than any article).
"""

from __future__ import annotations

from extract.clean import clean
from extract.records import Dateline

LEDE = "KABARDESA.COM - Berikut cara menanam cabai di pot yang bisa kamu coba di rumah!"
REST = (
    "Penyuluh pertanian menyebut media tanam harus gembur dan pot diberi lubang di bagian bawah. "
    "Penyiraman cukup dilakukan sekali sehari pada pagi hari."
)


def test_a_domains_dot_starts_no_ad_sentence() -> None:
    page = clean(f"{LEDE} {REST}\n")
    assert page.text == f"{LEDE} {REST}"
    assert page.dateline == Dateline(place=None, outlet="Kabardesa.com")
    assert page.boilerplate == ()


def test_an_exclaimed_offer_after_a_stop_is_still_ad_copy() -> None:
    offer = "Dapatkan diskon spesial untuk Anda hari ini juga!"
    page = clean(f"{REST} {offer}\n")
    assert page.text == REST
    assert [(b.kind, b.text) for b in page.boilerplate] == [("ad", offer)]


def test_an_offer_behind_a_lost_space_after_a_number_is_still_ad_copy() -> None:
    # a capitalised word after the dot is no domain's ending: a sentence starts there
    page = clean(f"Harga cabai naik 3.Yuk beli sekarang juga di toko kami! {REST}\n")
    assert page.text == f"Harga cabai naik 3. {REST}"
    assert [(b.kind, b.text) for b in page.boilerplate] == [("ad", "Yuk beli sekarang juga di toko kami!")]


def test_a_numbers_dot_starts_no_ad_sentence() -> None:
    line = "Warga cukup membayar Rp 3.500 untuk Anda yang datang!"
    page = clean(f"{REST} {line}\n")
    assert page.text == f"{REST} {line}"
