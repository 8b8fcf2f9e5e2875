"""A word the region gazetteer lists alone only to end a region's name (`Daya`, `Barat`,
`Besar`) is no region inside a body's name: the capitalised word after it is the name's, no
predicate of a clause whose stop is missing (`Kementerian Energi dan Sumber Daya Mineral`).
Whole entity lists from `resolve_entities` on invented sentences, with spans."""

from __future__ import annotations

from .test_entities_news import _found


def test_a_ministry_named_after_resources_keeps_its_last_word() -> None:
    text = "Izin itu diterbitkan Kementerian Energi dan Sumber Daya Mineral dengan sejumlah syarat."
    model = [("Kementerian Energi dan Sumber Daya Mineral", "ORG")]
    assert _found(text, model) == [("Kementerian Energi dan Sumber Daya Mineral", "ORG", (21, 63))]


def test_an_agency_for_human_resources_keeps_its_last_word() -> None:
    text = "Pelatihan digelar Badan Pengembangan Sumber Daya Manusia dengan 40 peserta."
    model = [("Badan Pengembangan Sumber Daya Manusia", "ORG")]
    assert _found(text, model) == [("Badan Pengembangan Sumber Daya Manusia", "ORG", (18, 56))]


def test_a_predicate_after_a_whole_region_is_still_cut() -> None:
    text = "Dinas Kesehatan Sumba Barat Daya Masih berjaga di posko pengungsian."
    model = [("Dinas Kesehatan Sumba Barat Daya Masih", "ORG")]
    assert _found(text, model) == [("Dinas Kesehatan Sumba Barat Daya", "ORG", (0, 32))]


def test_a_predicate_after_a_compass_word_ending_a_region_is_still_cut() -> None:
    text = "Negara di Asia Tenggara Kenapa belum sepakat? Warga bertanya kenapa tarif naik."
    model = [("Asia Tenggara Kenapa", "LOC")]
    assert _found(text, model) == [("Asia Tenggara", "LOC", (10, 23))]
