"""Persons (people24): the words of a company's name written after its legal form (`PT Sarana
Bakti Utama`) are the company's, no mention of a person named like it (GUIDELINES §6: a
person's mentions are where the article names that person). Invented sentences, whole outputs."""

from __future__ import annotations

from extract.people.lexicon import company_spans
from tests.extract.people.test_persons_news import _spans


def test_the_founder_s_name_in_the_company_is_no_mention_of_him() -> None:
    t = "Saham PT Wiratama Sejati naik. Pendirinya, Darmawan Wiratama, mengatakan laba tumbuh."
    found = [("Darmawan Wiratama", "PER")]
    assert _spans(t, found) == [("Darmawan Wiratama", ((43, 60),))]


def test_a_person_named_after_the_company_keeps_his_mention() -> None:
    t = "Kata Direktur PT Sarana Bakti Hendro Susilo, pabrik itu dibuka pekan depan. Hendro menambahkan."
    found = [("Hendro Susilo", "PER"), ("Hendro", "PER")]
    assert _spans(t, found) == [("Hendro Susilo", ((30, 43), (76, 82)))]


def test_the_company_s_words_run_to_a_comma_or_a_lowercase_word() -> None:
    t = "Dana dari PT Sarana Bakti Utama, CV Maju Jaya dan pt Karya Tani masuk; Yayasan Bina Insani menolak."
    assert [t[a:b] for a, b in company_spans(t)] == ["Sarana Bakti Utama", "Maju Jaya", "Bina Insani"]


def test_a_company_run_before_a_speech_verb_ends_in_its_speaker() -> None:
    t = "Kepala PT Sinar Tani Cabang Metro Suyatno mengatakan stok aman. PT Hadji Kalla ikut."
    assert [t[a:b] for a, b in company_spans(t)] == ["Hadji Kalla"]
