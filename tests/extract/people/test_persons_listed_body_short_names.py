"""Persons and a listed body's short name: a one-word name the entity layer reports as a body
because it is a listed short name (`Komdigi`, `Danantara`: entities_org_acronyms.txt,
entities_org_acronyms_derived.txt) is no person, even where the NER model reads a person there;
a person who shares a word with a body, or a name that is no listed short name, stays.

Invented Indonesian sentences; whole person lists with every mention's span, and cases that must
give no person.
"""

from __future__ import annotations

import pytest

from tests.person_records import person_spans as _found
from tests.spans import span_of as _at

TEXT_LISTED = (
    "Dana abadi itu dikelola bersama oleh Danantara, Kementerian Keuangan, dan Bank Indonesia. "
    "Menurut Rudi Hartono, Danantara akan menambah modal tahun depan."
)


def test_a_listed_short_name_the_model_reads_as_a_person_is_no_person() -> None:
    found = [
        ("Danantara", "PER"),
        ("Kementerian Keuangan", "ORG"),
        ("Bank Indonesia", "ORG"),
        ("Rudi Hartono", "PER"),
    ]
    assert _found(TEXT_LISTED, found) == [("Rudi Hartono", (_at(TEXT_LISTED, "Rudi Hartono"),))]


@pytest.mark.parametrize(
    "text, name",
    [
        # a bracketed short name after its body, then the short name speaking alone
        (
            "Kementerian Komunikasi dan Digital (Komdigi) memblokir ribuan situs judi. Komdigi menilai "
            "langkah itu perlu diperluas ke aplikasi pesan.",
            "Komdigi",
        ),
        # a short name in capitals, a university's, after a school's post
        ("Kepala sekolah di bawah yayasan UNS itu menyebut biaya seragam sudah ditanggung.", "UNS"),
    ],
)
def test_a_listed_short_name_alone_makes_no_person(text: str, name: str) -> None:
    assert _found(text, [(name, "PER")]) == []


TEXT_PERSON = "Ketua kelompok tani, Danu Prasetyo, mengatakan panen jagung di Sukadana naik tahun ini."


def test_a_person_whose_name_is_no_listed_short_name_stays() -> None:
    found = [("Danu Prasetyo", "PER"), ("Sukadana", "LOC")]
    assert _found(TEXT_PERSON, found) == [("Danu Prasetyo", (_at(TEXT_PERSON, "Danu Prasetyo"),))]


TEXT_SHARED = "Kim Jong Un meninjau uji rudal itu. Kantor berita menyebut Kim Jong Un puas dengan hasilnya."


def test_a_person_a_model_span_also_reads_as_a_body_stays() -> None:
    found = [("Kim Jong Un", "PER")]
    first = _at(TEXT_SHARED, "Kim Jong Un")
    second = (TEXT_SHARED.index("Kim Jong Un", first[1]), TEXT_SHARED.index("Kim Jong Un", first[1]) + 11)
    assert _found(TEXT_SHARED, found) == [("Kim Jong Un", (first, second))]
