"""Persons (pers65): a verb or a noun made of a common word with ber-, ter-, di- or per-…-an
(`Pernyataan`, `Terakhir`, `Beralih`, `Dikira`) that the model keeps at the edge of a person's
span, where a title-case headline or a missing stop runs the name into its clause, is no word
of the name: the name is the rest, when a word of a name's class is left. A given name or a
word of no such shape stays (`Perdana`, `Pribadi`, `Bertha`). Sentences are written for these
tests."""

from __future__ import annotations

from extract.people.persons import _past_clause_words
from tests.extract.people.test_persons_body_word_bounding_a_name import _at, _spans


def test_a_headline_noun_after_a_one_word_name_is_cut_off() -> None:
    t = (
        "Presiden Wiratmo meminta menteri bekerja lebih keras. Teguran Wiratmo Pernyataan Sekjen "
        "partai muncul sehari kemudian. Wiratmo menegaskan tidak ada perombakan kabinet."
    )
    found = [("Wiratmo", "PER"), ("Wiratmo Pernyataan", "PER"), ("Wiratmo", "PER")]
    assert _spans(t, found) == [
        ("Wiratmo", (_at(t, "Wiratmo"), _at(t, "Wiratmo", 1), _at(t, "Wiratmo", 2))),
    ]


def test_a_ter_word_after_a_full_name_is_cut_off() -> None:
    t = "Gol penentu dicetak Ramon Sidabutar Terakhir kali ia mencetak gol pada musim lalu."
    found = [("Ramon Sidabutar Terakhir", "PER")]
    assert _spans(t, found) == [("Ramon Sidabutar", (_at(t, "Ramon Sidabutar"),))]


def test_a_di_verb_opening_the_span_is_cut_off() -> None:
    t = "Didukung Handoko Sulistyo, pelukis muda itu kini menggelar pameran tunggal di Bandung."
    found = [("Didukung Handoko Sulistyo", "PER"), ("Bandung", "LOC")]
    assert _spans(t, found) == [("Handoko Sulistyo", (_at(t, "Handoko Sulistyo"),))]


def test_a_name_ending_in_a_plain_common_word_is_kept() -> None:
    t = "Pelatih Arya Perdana mengatakan timnya siap. Arya juga memuji para pemain muda."
    found = [("Arya Perdana", "PER"), ("Arya", "PER")]
    assert _spans(t, found) == [("Arya Perdana", (_at(t, "Arya Perdana"), _at(t, "Arya", 1)))]


def test_a_span_cut_to_a_lone_common_word_is_no_person() -> None:
    # the rule cuts `Berdiri` off (`Tegak` reads as a name's word alone); the persons' later
    # vetting drops the lone `Tegak`, a common word, so no person is left
    t = "Warga sekitar Berdiri Tegak menyaksikan upacara bendera di lapangan desa."
    assert _past_clause_words(t, _at(t, "Berdiri Tegak")) == _at(t, "Tegak")
    assert _spans(t, [("Berdiri Tegak", "PER")]) == []


def test_a_verb_shaped_last_word_before_yang_is_kept() -> None:
    t = "Nilai tertinggi diraih Rikardo Berarti yang mencetak dua gol ke gawang lawan."
    found = [("Rikardo Berarti", "PER")]
    assert _spans(t, found) == [("Rikardo Berarti", (_at(t, "Rikardo Berarti"),))]
