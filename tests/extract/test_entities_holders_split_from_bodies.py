"""The grammar of names (`extract.ner.entities.grammar`): a body's name opened by an official's
title ends at its region before the holder's name, later name words that lists also hold
(`Jaya`, `Alam`, a month) included, and after a title that spells the body's head (`Kepala
Dinas`) too; vetting splits such a holder off the model's body (GUIDELINES §2, §6; round
officials22)."""

from __future__ import annotations

from extract import extract_article
from extract.ner.vet import vet_entities
from extract.records import Entity
from tests.entity_records import grammar_pairs as _grammar


def test_a_listed_word_after_the_holders_first_name_is_no_word_of_the_body() -> None:
    t = "Kepala Disdik Pringsewu Hartono Jaya, S.Pd, menyebut sekolah baru segera dibangun."
    assert _grammar(t) == [("Disdik Pringsewu", "ORG")]


def test_a_common_word_closing_the_holders_name_ends_the_body_at_its_region() -> None:
    t = "Sementara itu, Kepala Diskominfo Tanggamus Wahyu Alam menyatakan jaringan segera pulih."
    assert _grammar(t) == [("Diskominfo Tanggamus", "ORG")]


def test_a_title_spelling_the_bodys_head_opens_it_too() -> None:
    t = "Dana itu diterima mantan Kepala Dinas PUPR Kota Metro Rudi Santoso sebesar Rp 2 miliar."
    assert _grammar(t) == [("Dinas PUPR Kota Metro", "ORG")]


def test_a_body_whose_region_ends_in_a_listed_word_stays_whole() -> None:
    t = "Kabid Humas Polda Metro Jaya menyampaikan keterangan kepada wartawan."
    assert _grammar(t) == [("Polda Metro Jaya", "ORG")]


def test_a_body_without_a_title_before_it_keeps_its_last_words() -> None:
    t = "Acara itu digelar oleh Koperasi Lampung Makmur Jaya, Senin pagi."
    assert _grammar(t) == [("Koperasi Lampung Makmur Jaya", "ORG")]


def test_the_holder_after_the_body_is_an_official() -> None:
    t = "Kepala Disdik Pringsewu Hartono Jaya, S.Pd, menyebut sekolah baru segera dibangun tahun ini."
    r = extract_article(t.encode())
    assert [(o.name, o.title) for o in r.officials] == [("Hartono Jaya", "Kepala Disdik Pringsewu")]


def test_a_holder_the_model_leaves_inside_the_body_is_an_official() -> None:
    t = "Kepala Disdag Lampung Wahyu Alam mengatakan, harga bawang tetap stabil pekan ini."
    r = extract_article(t.encode())
    assert [(o.name, o.title) for o in r.officials] == [("Wahyu Alam", "Kepala Disdag Lampung")]
    assert [(e.text, e.label) for e in r.entities] == [("Disdag Lampung", "ORG"), ("Wahyu Alam", "PER")]


def test_vetting_keeps_the_words_after_a_region_in_a_body_with_no_title_before() -> None:
    t = "Bantuan disalurkan Koperasi Lampung Wahyu Alam kepada petani."
    got = vet_entities(t, [Entity("Koperasi Lampung Wahyu Alam", "ORG", (19, 46))])
    assert got == [Entity("Koperasi Lampung Wahyu Alam", "ORG", (19, 46))]


def test_vetting_splits_a_holder_with_a_common_last_word_off_a_titled_body() -> None:
    t = "Kepala Disdag Lampung Wahyu Alam mengatakan, harga bawang tetap stabil."
    got = vet_entities(t, [Entity("Disdag Lampung Wahyu Alam", "ORG", (7, 32))])
    assert got == [Entity("Disdag Lampung", "ORG", (7, 21)), Entity("Wahyu Alam", "PER", (22, 32))]


def test_vetting_keeps_a_titled_body_whose_words_after_the_region_open_with_no_given_name() -> None:
    t = "Kabid Humas Polda Metro Jaya menyampaikan keterangan."
    got = vet_entities(t, [Entity("Polda Metro Jaya", "ORG", (12, 28))])
    assert got == [Entity("Polda Metro Jaya", "ORG", (12, 28))]
