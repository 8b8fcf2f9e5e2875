"""A photo's credit glued inside a paragraph of a page stored as one line (issue 15, GUIDELINES §1:
photo captions are boilerplate): in brackets (`… ke Mesir. (Foto: Kemendag) Selama …`, `(Dok. Humas
Pemkab)`) or naming its outlet after a slash (`… imbuhnya. Foto: Rina Kartika/detikcom Lebih …`).
The credit alone is cut, no body word lost and no credit word left glued to the next sentence; a
bracket that only looks like one (`(foto bareng)`, `(dokter jaga)`) stays, and a credit right
before the lede's dateline stays as the seam the dateline is read behind.

Invented pages (other words and names than any article).
"""

from __future__ import annotations

import pytest

from extract.clean import clean
from extract.records import Dateline

FIRST = "Pemerintah kabupaten melepas ekspor kopi robusta petani setempat ke Mesir."
NEXT = "Selama Oktober, pertemuan bisnis mempertemukan pelaku usaha dengan 34 pembeli."


@pytest.mark.parametrize(
    "credit",
    [
        "(Foto: Humas Pemkab)",
        "(Foto:Dok.Kominfo Lambar)",
        "(Dok. Humas Pemkab)",
        "(Sumber foto : Dok Istimewa)",
        "Foto: Rina Kartika/detikcom",
        "Foto: Rina Kartika/ detikcom",
        "FOTO: ANTARA/RINA KARTIKA",
    ],
)
def test_a_glued_photo_credit_is_cut(credit: str) -> None:
    page = clean(f"{FIRST} {credit} {NEXT}\n")
    assert page.text == f"{FIRST} {NEXT}"
    assert [(b.text, b.kind.value) for b in page.boilerplate] == [(credit, "caption")]


@pytest.mark.parametrize(
    "text",
    [
        f'{FIRST} "Iya, kami selalu lihat kopi, iya (foto bareng), senang," kata Tia. {NEXT}',
        f'{FIRST} "Coba aku lihat jadwal," kata J (dokter jaga) kepada wartawan. {NEXT}',
        f"{FIRST} Hasil foto: semua peserta hadir di lokasi. {NEXT}",
        # a name in title case after the slash has no end to read: the credit stays whole
        f"{FIRST} Foto: Antara/Budi Santoso {NEXT}",
    ],
    ids=["foto-in-quote", "dokter", "foto-colon-in-prose", "name-after-slash"],
)
def test_a_bracket_that_is_no_credit_stays(text: str) -> None:
    page = clean(f"{text}\n")
    assert page.text == text
    assert page.boilerplate == ()


def test_a_credit_right_before_the_dateline_stays_as_its_seam() -> None:
    page = clean(
        f"Gubernur Lampung Rina Kartika (dok. ANTARA FOTO/Budi Santoso) Jakarta, CNN Indonesia -- {FIRST}\n"
    )
    assert page.dateline == Dateline(place="Jakarta", outlet="CNN Indonesia")
