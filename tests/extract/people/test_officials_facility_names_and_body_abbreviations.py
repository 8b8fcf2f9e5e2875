"""Officials: a capitalised word right after a facility or geographic word (`Masjid Agung`,
`Sirkuit Sentul`) ends that place's name, so before `, Ketua …` or `… selaku CEO …` it holds no
post; a person's name there still does (GUIDELINES §2: a person named with a position). The short
form of a trade and industry office (`Perindag`) after a bare head belongs to the title, not to
the holder's name (`Kadis Perindag` | `Rosita Handayani`).

Every sentence here is written for the test: names and bodies are made up.
"""

from __future__ import annotations

import re

import pytest

from extract.people.officials import extract_officials
from extract.records import Entity, Official


def _per(text: str, name: str) -> list[Entity]:
    return [Entity(name, "PER", (m.start(), m.end())) for m in re.finditer(re.escape(name), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Usai meninjau renovasi Masjid Agung, Ketua DPRD menyebut pekerjaan sudah separuh jalan.",
        "Balapan seri ketiga digelar di Sirkuit Mandalika, CEO PT Laju Prima selaku panitia puas.",
        "Wisatawan memadati Gunung Kelud, Kepala Dinas Pariwisata memantau dari pos jaga.",
    ],
)
def test_a_place_s_last_word_before_a_post_holds_no_post(text: str) -> None:
    assert extract_officials(text) == []


def test_a_person_named_after_a_place_phrase_still_holds_the_post() -> None:
    s = "Salat digelar di Masjid Agung. Rahmat Hidayat, Ketua DPRD Mesuji, hadir bersama warga."
    assert extract_officials(s, entities=_per(s, "Rahmat Hidayat")) == [
        Official(name="Rahmat Hidayat", title="Ketua DPRD Mesuji", span=(31, 64), name_span=(31, 45))
    ]


def test_the_trade_office_s_short_form_goes_with_the_title() -> None:
    s = "Stok minyak goreng aman hingga akhir bulan, ujar Kadis Perindag Rosita Handayani."
    assert extract_officials(s, entities=_per(s, "Perindag Rosita Handayani")) == [
        Official(name="Rosita Handayani", title="Kadis Perindag", span=(49, 80), name_span=(64, 80))
    ]


def test_the_trade_office_with_its_region_goes_with_the_title() -> None:
    s = "Kadis Perindag Tanggamus Rosita Handayani memantau harga cabai di pasar."
    assert [(o.name, o.title) for o in extract_officials(s, entities=_per(s, "Rosita Handayani"))] == [
        ("Rosita Handayani", "Kadis Perindag Tanggamus")
    ]


def test_the_trade_office_alone_names_no_holder() -> None:
    s = "Dinas Perindag menggelar pasar murah di halaman kantor kecamatan."
    assert extract_officials(s) == []
