"""`Akademi` names a school as `Sekolah`, `Institut` and `Politeknik` do (officials_org_words.txt):
an academy's name spelled out before its bracketed short name is a body, no term (GUIDELINES §6:
schools and universities are organisations). Whole outputs on invented sentences."""

from __future__ import annotations

from tests.entity_records import article_entities as _entities


def test_an_academy_spelled_out_is_a_body() -> None:
    text = "Sebanyak 120 taruna dari Akademi Angkatan Laut (AAL) mengikuti upacara di Surabaya."
    names = [e for e in _entities(text) if e[1] == "ORG"]
    assert names[0] == ("Akademi Angkatan Laut", "ORG", (25, 46))


def test_an_academy_spelled_across_dan_is_one_body() -> None:
    text = "Peneliti dari Akademi Pemilu dan Demokrasi (APD) menilai partisipasi pemilih naik."
    assert _entities(text)[0] == ("Akademi Pemilu dan Demokrasi", "ORG", (14, 42))


def test_a_lowercase_academy_names_nothing() -> None:
    text = "Mahasiswa akademi kebidanan itu praktik di puskesmas."
    assert _entities(text) == []


def test_an_academys_short_name_is_an_entry_of_its_own() -> None:
    """`Akademi` heads a body (entities_heads.txt), so the grammar gives its bracketed short name
    as an entry of its own (news-raw 7557, 9900: `AAL`, `AAU`, `Akmil` gained)."""
    text = "Sebanyak 120 taruna dari Akademi Angkatan Laut (AAL) mengikuti upacara di Surabaya."
    assert _entities(text) == [
        ("Akademi Angkatan Laut", "ORG", (25, 46)),
        ("AAL", "ORG", (48, 51)),
        ("Surabaya", "LOC", (74, 82)),
    ]
