"""Page furniture and metadata read on unseen text, session 9: national portals stored one article
a line (news-raw 1200–1599) and regional pages of outlets no earlier round saw.

Closing a paragraph: a related headline whose `Baca juga` link text the scraper dropped (`… tutupnya.
: Pemkab Salurkan Bantuan Beras`), an embedded video's title (`Lihat Video: …`, `Video '…':`), the
link to the rest spelt `Simak lengkapnya di sini`, and a translation's credit that says `terbit
pertama kali`. The texts below are written in the same style, not copied.
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.clean.kinds import LineKind

LEDE = (
    "Pemerintah Kabupaten Lampung Selatan menyalurkan bantuan beras kepada 2.500 keluarga penerima "
    "manfaat di Kecamatan Kalianda, Senin (12/5/2025)."
)
LAST = "“Bantuan ini kami harap meringankan beban warga menjelang hari raya,” tutup Bupati."


@pytest.mark.parametrize(
    "closer",
    [
        ": Pemkab Salurkan Bantuan Beras untuk Warga Terdampak Banjir",
        ": Harga Cabai Naik, Apa Penyebabnya?",
        "Lihat Video: Banjir Rendam Ratusan Rumah! Warga Mengungsi ke Balai Desa",
        "Video 'Melihat Pasar Murah Jelang Lebaran di Kalianda':",
        "Simak lengkapnya di sini .",
        "Artikel ini terbit pertama kali dalam bahasa Inggris Diadaptasi oleh Budi Santoso Editor: Ani Rahma",
    ],
    ids=[
        "colon-headline",
        "colon-question",
        "lihat-video",
        "video-quoted",
        "simak-lengkapnya",
        "terbit-pertama",
    ],
)
def test_furniture_closing_the_last_paragraph_is_cut(closer: str) -> None:
    page = clean(f"{LEDE}\n{LAST} {closer}\n")
    assert page.text == f"{LEDE}\n{LAST}"
    assert [(b.line, b.text, b.kind) for b in page.boilerplate] == [(2, closer, LineKind.RELATED)]


@pytest.mark.parametrize(
    "ending",
    [
        "Harga yang berlaku di pasar: Rp 45.000 per kilogram untuk cabai merah.",
        "Berikut jadwal penyaluran bantuan: Senin di Kalianda dan Selasa di Penengahan.",
        "Video itu kemudian viral di media sosial dan ditonton ribuan warga.",
        "Warga pun berkata: Terima kasih atas bantuannya, Pak Bupati.",
        "Hal ini disampaikan dalam video berjudul 'Pasar Murah Kalianda'.",
    ],
    ids=["colon-inside", "list-after-colon", "video-sentence", "colon-after-word", "quoted-title-with-stop"],
)
def test_a_body_sentence_with_a_colon_or_a_video_stays(ending: str) -> None:
    page = clean(f"{LEDE}\n{LAST} {ending}\n")
    assert page.text == f"{LEDE}\n{LAST} {ending}"
    assert page.boilerplate == ()
