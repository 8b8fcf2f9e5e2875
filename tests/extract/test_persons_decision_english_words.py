"""The person decision reads whether a name's words are common English words (`corpus_english_words`,
`extract.people.corpus.english_words_share`: wordfreq's English frequencies against Indonesian,
`names_english_words_derived.txt`): a product, a term or a team written in English (`Glacier
Battery`, `Hydro Boost Serum`) weighs as no person; an English-named person does not (news-raw
holds `Musk`, `Swift`, `Smith` in persons' names; `John`, `Mark` are given names), nor a one-word
name that is an English word (`Hope`, `Rose`, `Jay`)."""

from __future__ import annotations

import pytest

from extract.people.corpus import english_words_share
from extract.people.decision import FEATURES, person_features
from extract.records import Person
from extract.text.patterns import whole_words
from tests.extract.test_persons_decision import _decided


@pytest.mark.parametrize(
    ("name", "share"),
    [("Glacier Battery", 1.0), ("Sticky Rice", 1.0), ("Roadside Assistance", 0.5), ("Canoe Polo", 0.5)],
)
def test_english_words_of_things_are_counted(name: str, share: float) -> None:
    assert english_words_share(name) == share


@pytest.mark.parametrize(
    "name",
    [
        "John Smith",
        "Elon Musk",
        "Mark Zuckerberg",
        "Taylor Swift",
        "Rose",
        "Hope",
        "Jay",
        "Jay Idzes",
        "Budi Santoso",
        "Zzyqx Warbrook",
        "J. Love",
        "A. B. Battery",
    ],
)
def test_persons_named_in_english_and_one_word_names_count_nothing(name: str) -> None:
    """An initial is no word of the name: `J. Love` is a one-word name."""
    assert english_words_share(name) == 0.0


def test_the_feature_reads_the_share() -> None:
    text = "Ponsel itu dibekali Glacier Battery berkapasitas 6.700 mAh dengan pengisian cepat 80W."
    vec = person_features(text, Person("Glacier Battery", tuple(whole_words(text, "Glacier Battery"))), [])
    assert vec[FEATURES.index("corpus_english_words")] == 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ponsel itu dibekali Glacier Battery berkapasitas 6.700 mAh. "
            "Glacier Battery mendukung pengisian cepat 80W.",
            "Glacier Battery",
        ),
        (
            "Produk Hydro Boost Serum laris di lokapasar. Penjualan Hydro Boost Serum naik dua kali lipat.",
            "Hydro Boost Serum",
        ),
        ("Fitur Roadside Assistance melalui satelit kini tersedia di Indonesia.", "Roadside Assistance"),
    ],
)
def test_a_product_or_a_term_written_in_english_is_dropped(text: str, name: str) -> None:
    assert _decided(text, name) == []


@pytest.mark.xfail(
    strict=True,
    reason="known miss: kept; a sport of one English word and one word Indonesian writes too "
    "(`polo`): half its words read as English, the model's PER tag outweighs them",
)
def test_a_sport_written_in_english_is_dropped() -> None:
    text = "Nomor Canoe Polo dipertandingkan di danau buatan itu. Tim Canoe Polo Indonesia meraih perunggu."
    assert _decided(text, "Canoe Polo") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Juara kelas bebas diraih John Smith dari Australia.", "John Smith"),
        ("Perusahaan itu didirikan Elon Musk pada 2003.", "Elon Musk"),
        ("Platform itu dimiliki Mark Zuckerberg sejak 2004.", "Mark Zuckerberg"),
        ("Konser Taylor Swift di Singapura dihadiri ribuan penggemar asal Indonesia.", "Taylor Swift"),
        ("Lagu ciptaan Rose menjadi juara festival musik pelajar di Medan.", "Rose"),
        ("Medali emas cabang catur diraih Hope dari Manado.", "Hope"),
        ("Gol kedua dicetak Jay pada menit ke-70.", "Jay"),
    ],
)
def test_a_person_named_with_english_words_stays(text: str, name: str) -> None:
    assert [p.name for p in _decided(text, name)] == [name]


@pytest.mark.parametrize(
    ("text", "name", "spans"),
    [
        ("Film itu dibintangi Happy Salma.", "Happy Salma", ((20, 31),)),
        ("Kevin Love mencetak 20 poin dalam laga itu.", "Kevin Love", ((0, 10),)),
        ("Teori itu dikembangkan Max Born pada 1926.", "Max Born", ((23, 31),)),
        ("Konser itu menghadirkan Happy Asmara.", "Happy Asmara", ((24, 36),)),
        ("Junta membebaskan Win Myint pada Senin.", "Win Myint", ((18, 27),)),
        ("Serial itu dibintangi Bright Vachirawit.", "Bright Vachirawit", ((22, 39),)),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="known miss (session 37's review): one English word of two weighs 0.5 and drops the person; "
    "reading a given name or a word of news-raw's persons as a veto kept these and ten like them over "
    "news-raw but kept 46 things too (Times Square, Royal Navy), and its held-out F1 was lower (.9019 "
    "against .9034), so the share stays",
)
def test_a_person_with_one_english_word_of_two_stays(text: str, name: str, spans: tuple) -> None:
    assert _decided(text, name) == [Person(name, spans)]
