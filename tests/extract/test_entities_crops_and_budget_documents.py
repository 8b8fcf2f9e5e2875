"""Places read on unseen regional news (news-raw 5550-5699, Lampung): a crop capitalised alone and a
central office's budget document (DIPA) are no places (GUIDELINES §6: products and documents are
no entities). Whole entity lists from `resolve_entities` on invented sentences, with the spans,
and the named places and bodies beside them that stay."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        (
            "Pekan ini harga Sawit di tingkat petani Kabupaten Mesuji naik lagi.",
            [("Sawit", "LOC"), ("Kabupaten Mesuji", "LOC")],
            [("Kabupaten Mesuji", "LOC", (40, 56))],
        ),
        (
            "Banyak warga Desa Sukadana mengganti padinya dengan tanaman Jagung tahun ini.",
            [("Desa Sukadana", "LOC"), ("Jagung", "LOC")],
            [("Desa Sukadana", "LOC", (13, 26))],
        ),
    ],
)
def test_a_crop_named_alone_is_no_place(text: str, model: list, expected: list) -> None:
    assert _found(text, model) == expected


def test_the_budget_document_before_a_body_is_no_place() -> None:
    text = "Gedung baru itu dibiayai anggaran Dipa Polres Way Kanan sebesar Rp4 miliar."
    model = [("Dipa", "LOC"), ("Polres Way Kanan", "ORG")]
    assert _found(text, model) == [("Polres Way Kanan", "ORG", (39, 55))]


def test_the_budget_document_shouted_is_no_place() -> None:
    text = "Honor tenaga kontrak sudah masuk alokasi DIPA tiap kantor di Jakarta."
    model = [("DIPA", "LOC"), ("Jakarta", "LOC")]
    assert _found(text, model) == [("Jakarta", "LOC", (61, 68))]


def test_a_place_named_with_a_crops_word_stays() -> None:
    text = "Petani di Kecamatan Sawit, Boyolali, mulai memanen padi pekan ini."
    model = [("Kecamatan Sawit", "LOC"), ("Boyolali", "LOC")]
    assert _found(text, model) == [("Kecamatan Sawit", "LOC", (10, 25)), ("Boyolali", "LOC", (27, 35))]
