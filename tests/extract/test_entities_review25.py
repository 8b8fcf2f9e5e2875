"""The session's later merges read together on unseen regional news (review 25): a `dan` before a
document's word (`Peraturan`, `Keputusan`, `Surat Keputusan`: people_roles.txt ``document``) lists
a document beside the body, no field of the body's name (orgs24's `Perumda` head grew over it).
Whole entity lists from `resolve_entities` on invented sentences, with the spans, and cases that
must give nothing."""

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
