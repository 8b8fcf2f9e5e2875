"""The session's later merges read together on unseen regional news (review 25): a `dan` before a
document's word (`Peraturan`, `Keputusan`, `Surat Keputusan`: people_roles.txt ``document``) lists
a document beside the body, no field of the body's name (orgs24's `Perumda` head grew over it).
Whole entity lists from `resolve_entities` on invented sentences, with the spans, and cases that
must give nothing; and `berita` ends a masthead in a dateline only (meta19 listed it as an
outlet suffix everywhere)."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Kenaikan itu mengacu pada Perbup tentang Tarif Perumda Tirta Mulya dan Surat Keputusan "
            "Direktur Perumda Tirta Mulya Pesawaran.",
            [],
            [("Perumda Tirta Mulya", "ORG", (47, 66)), ("Perumda Tirta Mulya Pesawaran", "ORG", (96, 125))],
        ),
        (
            "Perumda Tirta Mulya dan Peraturan Bupati Pesawaran sama-sama menetapkan tarif itu.",
            [],
            [("Perumda Tirta Mulya", "ORG", (0, 19)), ("Pesawaran", "LOC", (41, 50))],
        ),
        # a field of the office's name, then the letter's number: the field stays
        (
            "Surat Dinas Pemuda dan Olahraga Nomor 12 sudah diterima sekolah itu.",
            [],
            [("Dinas Pemuda dan Olahraga", "ORG", (6, 31))],
        ),
        # documents written in lowercase: nothing
        ("Warga membaca peraturan dan surat keputusan itu dengan teliti.", [], []),
    ],
)
def test_a_document_after_dan_is_no_field_of_the_body(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        # a channel's name after the platform: the model's span stays, no outlet `YouTube Berita`
        (
            "Pernyataan itu disiarkan kanal YouTube Berita Sukoharjo pada Senin pagi.",
            [("Berita Sukoharjo", "ORG")],
            [("Berita Sukoharjo", "ORG", (39, 55))],
        ),
        # a heading's words before `Berita`: nothing
        ("Tips sehat: Kurangi Konsumsi Berita Buruk sebelum tidur.", [], []),
        # an outlet's own suffix still names the outlet
        (
            "Menurut laporan Pasundan Ekspres, jalan itu rusak.",
            [],
            [("Pasundan Ekspres", "ORG", (16, 32))],
        ),
    ],
)
def test_a_word_before_berita_in_the_body_is_no_outlet(text: str, model: list, expected: list) -> None:
    """`berita` ends a masthead in a dateline only (`Mainberita –`: clean_outlets.txt
    ``dateline_suffix``); in the body the word before it is a channel's or a heading's."""
    assert _found(text, model) == expected
