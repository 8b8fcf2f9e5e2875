"""Places read in news-raw 3300-3550 (issue 12, round 18: national and regional news): a holy
month is a time, and a guest house, a dormitory, an auditorium or a compound named after its head
is a place. Whole entity lists with spans from the pipeline, on invented sentences,
and the cases that must stay as they were."""

from __future__ import annotations

import pytest

from extract import extract_article


def _entities(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    record = extract_article(text.encode("utf-8"), doc_id="t")
    return [(e.text, getattr(e.label, "value", e.label), e.span) for e in record.entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Permintaan daging naik tajam selama Bulan Ramadhan, kata pedagang.", []),
        # a market named after the month is a place
        (
            "Warga memadati Pasar Ramadhan di dekat alun-alun setiap sore.",
            [("Pasar Ramadhan", "LOC", (15, 29))],
        ),
    ],
)
def test_a_holy_month_is_no_place(text: str, expected: list) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Para atlet menginap di Wisma Atlet sejak Senin.", [("Wisma Atlet", "LOC", (23, 34))]),
        (
            "Rapat koordinasi digelar di Komplek Perkantoran Pemkab Way Kanan, Rabu.",
            [("Komplek Perkantoran Pemkab Way Kanan", "LOC", (28, 64))],
        ),
        (
            "Mahasiswa baru menempati Asrama Mahasiswa Universitas Lampung tahun ini.",
            [("Asrama Mahasiswa Universitas Lampung", "LOC", (25, 61))],
        ),
        (
            "Seminar itu berlangsung di Auditorium Kementerian Pertanian, Kamis.",
            [("Auditorium Kementerian Pertanian", "LOC", (27, 59))],
        ),
        # `Graha` inside a bank's name opens no building
        (
            "Bank Artha Graha Internasional menyalurkan bantuan sembako bagi warga.",
            [("Bank Artha Graha Internasional", "ORG", (0, 30))],
        ),
    ],
)
def test_a_guest_house_dormitory_auditorium_or_compound_is_a_place(text: str, expected: list) -> None:
    assert _entities(text) == expected
