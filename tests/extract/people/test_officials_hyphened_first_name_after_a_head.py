"""Officials and persons: a word of two title-case parts glued by a hyphen right after a title's
head or its region, before the one word the model reads as a person (`Analis Ming-Chi Kuo`,
`Menteri Luar Negeri Rumania Oana-Silvia Toiu`), is the name's first part when the article
never writes it without that word after it (session 30, off64: the title took `Ming-Chi` and
the person was `Kuo`). A body's hyphened name stands alone elsewhere (`CEO Almaz-Antey …`) and
after an acronym the word names what the body works for (`TKN Prabowo-Gibran`).

Every sentence is written for the test: names and bodies are made up.
"""

from __future__ import annotations

from .test_officials_client_named_before_lainnya import _at, _persons
from .test_roles import _officials, _per, _rec


def test_an_analyst_s_hyphened_first_name_is_the_name_s() -> None:
    s = "Analis Mei-Lin Chou memperkirakan pabrik itu mulai beroperasi. Menurut Chou, pasokan aman."
    assert _officials(s, _per(s, "Chou")) == []  # an analyst of no body: no official
    assert _persons(s, "Chou") == [("Mei-Lin Chou", (*_at(s, "Mei-Lin Chou"), *_at(s, "Chou", 1)))]


def test_a_minister_s_hyphened_first_name_after_the_country() -> None:
    s = "Menteri Luar Negeri Rumania Ana-Maria Popescu mengecam serangan itu, Senin."
    assert _officials(s, _per(s, "Popescu")) == [
        _rec(
            s,
            "Menteri Luar Negeri Rumania Ana-Maria Popescu",
            "Ana-Maria Popescu",
            "Menteri Luar Negeri Rumania",
        )
    ]


def test_a_company_written_alone_elsewhere_stays_the_title_s() -> None:
    s = "CEO Volga-Dnepr Anton Ilyin menyebut pesanan naik. Sebelumnya, Volga-Dnepr menambah armada."
    got = _officials(s, _per(s, "Anton Ilyin"))
    assert [(o.name, o.title) for o in got] == [("Anton Ilyin", "CEO Volga-Dnepr")]


def test_a_company_written_alone_elsewhere_before_a_one_word_name() -> None:
    s = "CEO Volga-Dnepr Ilyin menyebut pesanan naik. Sebelumnya, Volga-Dnepr menambah armada."
    got = _officials(s, _per(s, "Ilyin"))
    assert [(o.name, o.title) for o in got] == [("Ilyin", "CEO Volga-Dnepr")]


def test_a_ticket_after_an_acronym_is_no_first_name() -> None:
    s = "Juru Bicara TKN Budiman-Rahmat Habiburrahman menyebut koalisi solid."
    got = _officials(s, _per(s, "Habiburrahman"))
    assert [o.name for o in got] == ["Habiburrahman"]


def test_a_doubled_word_is_no_first_name() -> None:
    # a plural (Bangsa-Bangsa) glued by a hyphen names a body, never a person
    s = "Sekjen Bangsa-Bangsa Guterres menyerukan gencatan senjata."
    got = _officials(s, _per(s, "Guterres"))
    assert [o.name for o in got] == ["Guterres"]


def test_a_body_s_parts_known_to_the_lexicon_are_no_first_name() -> None:
    # Bappeda and Litbang are bodies' words: the hyphened word is the office's, the name one word
    s = "Kepala Bappeda-Litbang Suryadi menyebut anggaran riset naik tahun ini."
    got = _officials(s, _per(s, "Suryadi"))
    assert [(o.name, o.title) for o in got] == [("Suryadi", "Kepala Bappeda-Litbang")]


def test_a_company_s_hyphened_name_before_an_indonesian_given_name_stays_the_title_s() -> None:
    # Indonesian names carry no hyphened first name: the given name alone is the whole name
    s = "Manajer Pepsi-Cola Hartono mengatakan penjualan naik pada kuartal ini."
    got = _officials(s, _per(s, "Hartono"))
    assert [(o.name, o.title) for o in got] == [("Hartono", "Manajer Pepsi-Cola")]


def test_the_name_after_the_hyphened_word_must_be_whole_elsewhere_too() -> None:
    # `Mei-Lin Choudhary` later is another name: `Mei-Lin` is written without the word `Chou`
    # after it, so it is read as no first name of `Chou` (`Chou` is no start of `Choudhary`)
    s = "Analis Mei-Lin Chou memperkirakan harga naik. Mei-Lin Choudhary, analis lain, ragu."
    got = _officials(s, _per(s, "Chou", "Mei-Lin Choudhary"))
    assert [(o.name, o.title) for o in got] == [("Chou", "Analis Mei-Lin")]
