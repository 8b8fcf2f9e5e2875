"""A title followed by the rest of its body's name (`Deputi Wasdal BGN`, `Perhimpunan Dokter
Spesialis Jantung Indonesia`): the body's tail is no holder (`roles.settle._body_tail_holder`)."""

from __future__ import annotations

import pytest

from extract.people.officials import extract_officials
from extract.people.roles import scan_roles
from extract.records import Official


def _read(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in extract_officials(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a title, then a body's name ending in its listed short name
        "Setiap dapur wajib melapor secara berkala kepada Direktorat Wilayah Deputi Wasdal BGN.",
        "Setiap dapur wajib melapor kepada Direktorat Wilayah Deputi Sarpras BGN. Laporan itu diverifikasi.",
        # a title, then a body's name ending in a country
        "Data itu dipaparkan dalam rapat Pengurus Pusat Perhimpunan Dokter Spesialis Jantung Indonesia.",
    ],
)
def test_a_bodys_tail_after_a_title_holds_nothing(text: str) -> None:
    assert extract_officials(text) == []
    assert scan_roles(text) == []


def test_a_holder_after_the_same_title_stays() -> None:
    text = "Deputi Wasdal BGN Letjen TNI (Purn) Dadang Suryana mengatakan aturan itu berlaku bulan depan."
    assert extract_officials(text) == [
        Official(name="Dadang Suryana", title="Deputi Wasdal BGN", span=(0, 50), name_span=(36, 50))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wali Kota Bandar Lampung Herman HN meresmikan pasar itu pada Senin.",
            [("Herman HN", "Wali Kota Bandar Lampung")],
        ),
        (
            "Budiman, EVP Konsumer Kredit BRI menjelaskan, bunga akan naik.",
            [("Budiman", "EVP Konsumer Kredit BRI")],
        ),
    ],
)
def test_initials_and_a_name_before_the_title_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


def test_the_holder_after_the_bodys_name_is_read() -> None:
    text = (
        "Namun Wakil Ketua Pengurus Pusat Perhimpunan Dokter Spesialis Jantung Indonesia, dr Budi Hartono, "
        "memaparkan data terbaru."
    )
    assert _read(text) == [
        ("Budi Hartono", "Wakil Ketua Pengurus Pusat Perhimpunan Dokter Spesialis Jantung Indonesia")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="known miss: an English body word before the acronym (`Loan`) cuts the name before the title",
)
def test_a_name_before_a_title_with_an_english_body_word() -> None:
    assert _read("Budiman, EVP Consumer Loan BRI menjelaskan, bunga akan naik.") == [
        ("Budiman", "EVP Consumer Loan BRI")
    ]
