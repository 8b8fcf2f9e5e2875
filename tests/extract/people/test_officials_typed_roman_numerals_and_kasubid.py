"""Officials: a Roman numeral typed with a lowercase L inside a post (`Satker Wilayah ll`), and
`Kasubid`, the one-b spelling of `Kasubbid`, as a head.

Every sentence here is written for the test: names are made up.
"""

from __future__ import annotations

from extract.people.officials import extract_officials

from .test_roles import _rec

# ------------------------------------------------------------- l, ll, lll for I, II, III


def test_a_typed_roman_numeral_after_a_unit_word_keeps_the_title_reading() -> None:
    s = "Koordinator Lapangan BPJN Satker Wilayah ll Hendra Wijaya, mengaku alat berat belum tiba."
    assert extract_officials(s) == [
        _rec(
            s,
            "Koordinator Lapangan BPJN Satker Wilayah ll Hendra Wijaya",
            "Hendra Wijaya",
            "Koordinator Lapangan BPJN Satker Wilayah ll",
        )
    ]
    s = "Rapat itu dipimpin Kepala UPT Wilayah lll Rudi Hartono di aula kantor."
    assert extract_officials(s) == [
        _rec(s, "Kepala UPT Wilayah lll Rudi Hartono", "Rudi Hartono", "Kepala UPT Wilayah lll")
    ]


def test_a_typed_roman_numeral_with_no_post_gives_nothing() -> None:
    assert extract_officials("Pencairan dana desa tahap ll dilakukan pekan depan di Menggala.") == []
    assert extract_officials("Pedagang di Pasar Unit ll Banjaragung mengeluhkan sepinya pembeli.") == []
    assert extract_officials("Rapat digelar di lantai ll gedung pemkab setempat pada Senin pagi.") == []


# ------------------------------------------------------------- Kasubid


def test_kasubid_is_a_head_as_kasubbid_is() -> None:
    s = "Kasubid Retribusi Bapenda Tanggamus, Yuliana Sari menyampaikan, target pajak belum tercapai."
    assert extract_officials(s) == [
        _rec(
            s,
            "Kasubid Retribusi Bapenda Tanggamus, Yuliana Sari",
            "Yuliana Sari",
            "Kasubid Retribusi Bapenda Tanggamus",
        )
    ]
    s = "Kasubid Humas Kejati Lampung Andi Pratama menjelaskan alur pengelolaan informasi."
    pairs = [(o.name, o.title) for o in extract_officials(s)]
    assert pairs == [("Andi Pratama", "Kasubid Humas Kejati Lampung")]


def test_kasubid_with_no_holder_gives_nothing() -> None:
    s = "Laporan itu diteruskan kepada Kasubid Retribusi untuk diperiksa lebih dulu."
    assert extract_officials(s) == []
