"""The grammar of names (`extract.ner.entities.grammar`): a body's name ends at its region
when a holder's name follows after an official's title (GUIDELINES §6)."""

from __future__ import annotations

import pytest

from extract.ner.entities import grammar_entities, tokens


def test_a_body_grown_by_the_grammar_ends_at_its_region_before_the_holder() -> None:
    t = "Sementara itu, kepala Bappeda Tanggamus Warsidi saat ditemui menyebut program jalan."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Bappeda Tanggamus", "ORG")]


def test_a_body_without_a_name_after_its_region_stays_whole() -> None:
    t = "Rapat itu digelar di aula Bappeda Tanggamus, Senin pagi."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Bappeda Tanggamus", "ORG")]


def test_a_holder_after_a_stray_dot_title_and_a_region_is_no_word_of_the_body() -> None:
    t = "Sementara itu, kepala. Bappeda Tanggamus Warsidi saat ditemui menyebut program jalan."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Bappeda Tanggamus", "ORG")]


def test_a_holder_of_two_words_before_a_comma_ends_the_body_at_its_region() -> None:
    t = "Pernyataan itu disampaikan Kepala BPBD Pesawaran Sukarta Wijaya, Selasa pagi."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("BPBD Pesawaran", "ORG")]


def test_a_company_keeps_the_word_after_the_region_in_its_name() -> None:
    t = "Menurut Direktur PT Surabaya Sentosa menjelaskan rencana itu."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("PT Surabaya Sentosa", "ORG")]


def test_a_body_named_after_a_district_keeps_its_name() -> None:
    t = "Ketua Gapoktan Makmur Sejati menyebut panen naik."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Gapoktan Makmur Sejati", "ORG")]


def test_a_word_listed_with_dan_after_the_region_stays_in_the_body() -> None:
    t = "Ketua Paguyuban Garut Wangi dan Lestari menyebut acara itu ramai."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Paguyuban Garut Wangi dan Lestari", "ORG")]


@pytest.mark.xfail(
    strict=True, reason="a holder's given name that is a common word (`Lalu`) reads as the body's"
)
def test_a_holder_whose_name_opens_with_a_common_word_ends_the_body() -> None:
    t = "Kepala Dinas Sosial Kota Mataram Lalu Samsul Adnan mengatakan itu."
    got = [(e.text, e.label) for e in grammar_entities(t, tokens(t))]
    assert got == [("Dinas Sosial Kota Mataram", "ORG")]
