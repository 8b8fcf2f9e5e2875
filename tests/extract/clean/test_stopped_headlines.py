"""Headlines a site closes with a full stop (issue 15): over the lede, under the page's date or
alone at the top, they are the page's title, not the body's first paragraph or chrome; a caption
closed the same way under the headline goes too. A short lede stays the body."""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Boilerplate, Dateline

LEDE = (
    "TERNATE – Dinas Kelautan dan Perikanan Kota Ternate menyalurkan 40 mesin perahu kepada "
    "kelompok nelayan di Pulau Hiri, Rabu (6/3/2024)."
)
QUOTE = '"Mesin ini kami berikan agar nelayan bisa melaut lebih jauh," kata Kepala Dinas, Rustam Ibrahim.'
BODY = LEDE + "\n" + QUOTE


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("above", "title"),
    [
        (
            ["DKP Ternate Salurkan Mesin Perahu, Nelayan Hiri Kini Bisa Melaut Jauh."],
            "DKP Ternate Salurkan Mesin Perahu, Nelayan Hiri Kini Bisa Melaut Jauh.",
        ),
        (
            ["Rabu, 06 Maret 2024", "TP. PKK Kota Ternate Serahkan Paket Gizi di Kecamatan Hiri dan Moti."],
            "TP. PKK Kota Ternate Serahkan Paket Gizi di Kecamatan Hiri dan Moti.",
        ),
        (
            ["Nelayan Hiri Terima Mesin Perahu, Dinas Janjikan Bantuan Susulan.", "Laporan Reporter : Sarni"],
            "Nelayan Hiri Terima Mesin Perahu, Dinas Janjikan Bantuan Susulan.",
        ),
    ],
    ids=["over-the-lede", "under-the-date", "over-the-reporter"],
)
def test_a_headline_closed_with_a_stop_is_the_title(above: list[str], title: str) -> None:
    page = clean(_lines(*above, LEDE, QUOTE))
    assert page.title == title
    assert page.text == BODY
    assert page.dateline == Dateline(place="Ternate", outlet=None)


def test_a_caption_closed_with_a_stop_under_the_headline_goes() -> None:
    page = clean(
        _lines(
            "Nelayan Pulau Hiri Terima 40 Mesin Perahu dari Pemkot Ternate",
            "Kepala DKP Bersama Kelompok Nelayan Hiri.",
            LEDE,
            QUOTE,
        )
    )
    assert page.title == "Nelayan Pulau Hiri Terima 40 Mesin Perahu dari Pemkot Ternate"
    assert page.text == BODY
    assert Boilerplate(2, "Kepala DKP Bersama Kelompok Nelayan Hiri.", "navigation") in page.boilerplate


@pytest.mark.parametrize(
    "first",
    [
        # a one-sentence lede that names its places in capitals but says what happened in lowercase
        "Sebanyak 40 nelayan ditargetkan menerima mesin perahu di Kelurahan Dorpedu, Pulau Hiri, Ternate.",
        # a one-sentence lede that opens with its dateline
        "Ternate-Wali Kota Ternate Tauhid Soleman secara resmi membuka Pekan Nelayan Maluku Utara.",
    ],
    ids=["lowercase-lede", "dateline-lede"],
)
def test_a_short_lede_closed_with_a_stop_stays_the_body(first: str) -> None:
    page = clean(_lines("Pekan Nelayan Maluku Utara Dibuka di Ternate", first, QUOTE))
    assert page.text.startswith(first)
