"""A hospital chain's English name (`Hospital`, `Hospitals`: entities_hospital_words.txt) with a
brand's one word before it and a branch's name after it is one name: with the branch the
hospital, a facility (LOC: GUIDELINES §6, the annotation README), without it the chain, a body
(ORG). The model's bare `Hospital`, a brand's word it read as a person and a branch's city it read
as a place go into the name. A name opened by a common or a body's word, a country after the
word, a title before it, an English name going on in lowercase and a title glued to the branch
are left as read. Whole entity lists from `resolve_entities` on invented sentences, with the
spans."""

from __future__ import annotations

import pytest

from .test_entities_news import _found


def test_a_branch_the_model_read_with_the_chain_is_the_hospital() -> None:
    text = "Pasien itu menjalani operasi di Sentosa Hospitals Cempaka Putih pekan lalu."
    model = [("Sentosa Hospitals Cempaka Putih", "ORG")]
    assert _found(text, model) == [("Sentosa Hospitals Cempaka Putih", "LOC", (32, 63))]


def test_a_bare_hospital_word_takes_its_brand_and_the_branch_s_city() -> None:
    text = "Layanan jantung kini tersedia di Permata Hospital Jakarta Timur sejak Maret."
    model = [("Jakarta Timur", "LOC")]
    assert _found(text, model) == [("Permata Hospital Jakarta Timur", "LOC", (33, 63))]


def test_a_brand_read_as_a_person_and_a_bare_hospital_are_the_chain() -> None:
    text = "Tahun ini Permata Hospital membuka dua layanan baru bagi pasien kanker."
    model = [("Permata", "PER"), ("Hospital", "ORG")]
    assert _found(text, model) == [("Permata Hospital", "ORG", (10, 26))]


def test_a_branch_no_entity_holds_goes_into_the_name() -> None:
    text = "Menurut dokter dari Permata Hospital Cibubur, kondisi pasien terus membaik."
    model = [("Permata Hospital", "PER")]
    assert _found(text, model) == [("Permata Hospital Cibubur", "LOC", (20, 44))]


def test_a_name_opened_by_a_common_word_is_left_as_read() -> None:
    text = "Manajemen Permata International Hospitals Cibubur menggelar seminar gratis."
    model = [("Permata International Hospitals Cibubur", "ORG")]
    assert _found(text, model) == [("Permata International Hospitals Cibubur", "ORG", (10, 49))]


def test_a_country_after_the_chain_is_no_branch() -> None:
    text = "Rumah sakit itu bekerja sama dengan Lotus Hospitals India untuk riset."
    model = [("Lotus Hospitals India", "ORG")]
    assert _found(text, model) == [("Lotus Hospitals India", "ORG", (36, 57))]


def test_a_hospital_word_after_a_title_names_nothing_new() -> None:
    text = "Direktur Hospital tersebut belum memberikan keterangan."
    assert _found(text, []) == []


def test_an_english_name_going_on_in_lowercase_is_left_as_read() -> None:
    text = "Dokter di Second People Hospital of Wuhan University menangani pasien itu."
    model = [("Second People Hospital of Wuhan University", "ORG")]
    assert _found(text, model) == [("Second People Hospital of Wuhan University", "ORG", (10, 52))]


@pytest.mark.xfail(
    strict=True,
    reason="a title glued before the chain (`Hospital Director`) is left in the model's span: the "
    "name holding two hospitals' words is kept as read, the title with it (GUIDELINES §6: titles "
    "are no part of a name)",
)
def test_a_title_glued_to_the_branch_is_not_the_hospital_s_name() -> None:
    text = "Kerja sama diteken oleh Hospital Director Permata Hospitals Cibubur pada Senin."
    model = [("Hospital Director Permata Hospitals Cibubur", "ORG")]
    assert _found(text, model) == [("Permata Hospitals Cibubur", "LOC", (42, 67))]


def test_a_longer_english_name_before_the_word_is_not_cut_to_its_last_word() -> None:
    text = "Ia dirawat di Brigham and Lakeside Hospital selama sepekan."
    found = _found(text, [])
    assert not any(name == "Lakeside Hospital" for name, _, _ in found)
