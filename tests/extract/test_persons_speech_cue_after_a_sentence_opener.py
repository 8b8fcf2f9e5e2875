"""The person decision's speech cue after a word that opens a sentence
(`extract.people.decision._spoken_before`, `_capitalised_word_before`): `Dan Menurut Budi`,
`Namun Kata Budi`. A conjunction's capital is the sentence's, so the capitalised cue after it opens
no headline's run of capitalised words: the name after it is the quote's speaker and stays vouched.
A cue inside a run mid-sentence (`… Lebih Seru Tanpa Ribet`) still vouches nothing.

Session 32 (fix32a, review of pers69): such a speaker was dropped and its quote lost it. Every
sentence is written for the test: names are made up."""

from __future__ import annotations

import pytest

from extract import extract_article
from extract.people.decision import vouched
from extract.records import Person
from extract.text.patterns import whole_words


def _vouched(text: str, name: str) -> bool:
    return vouched(text, Person(name, tuple(whole_words(text, name))), [], [])


def test_a_speaker_after_dan_menurut_keeps_the_quote() -> None:
    text = 'Tim itu sudah berlatih sejak pagi. Dan Menurut Marko Jelic, "Kami siap menghadapi laga tandang."'
    r = extract_article(text)
    s = text.index("Marko Jelic")
    assert [(p.name, p.mentions) for p in r.persons] == [("Marko Jelic", ((s, s + len("Marko Jelic")),))]
    assert [q.speaker for q in r.quotes] == ["Marko Jelic"]


@pytest.mark.parametrize(
    "text",
    [
        "Skuad itu tiba di Surabaya pagi tadi. Dan Menurut Marko Jelic, persiapan sudah cukup.",
        "Skuad itu tiba di Surabaya pagi tadi. Namun Kata Marko Jelic, persiapan belum cukup.",
        "Skuad itu tiba di Surabaya pagi tadi.\nTapi Menurut Marko Jelic, persiapan belum cukup.",
    ],
)
def test_a_cue_after_a_sentence_opening_word_vouches(text: str) -> None:
    assert _vouched(text, "Marko Jelic")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a headline's run mid-sentence: two capitalised words before the cue
        ("Tips Liburan Lebih Seru Tanpa Ribet bersama keluarga.", "Tanpa Ribet"),
        ("Kabar itu dibaca warga. Paket Wisata Lebih Seru Tanpa Ribet dijual murah.", "Tanpa Ribet"),
    ],
)
def test_a_cue_inside_a_run_of_capitalised_words_vouches_nothing(text: str, name: str) -> None:
    assert not _vouched(text, name)
