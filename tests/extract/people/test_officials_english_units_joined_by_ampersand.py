"""Officials: an English title whose unit words are joined by `&` right before the holder (issue 13,
round officials s35).

Found over news-raw: `Group Head Corporate Communication & Sustainability <Name>` and `VP Corporate
Communications & Social Responsibility <Name>` (two bank spokespeople) gave no official, as the
words after `&` were read as the start of a name and refused. `&` joins a unit's or a body's
words, never a title to its holder. Every sentence here is written for the test: the names are
made up.
"""

from __future__ import annotations

from .test_roles import _officials, _per, _rec


def test_unit_words_after_an_ampersand_go_on_the_title_before_the_holder() -> None:
    s = "Group Head Corporate Communication & Sustainability Rina Kartika mengatakan, rupiah masih stabil."
    want = [
        _rec(
            s,
            "Group Head Corporate Communication & Sustainability Rina Kartika",
            "Rina Kartika",
            "Group Head Corporate Communication & Sustainability",
        )
    ]
    assert _officials(s, _per(s, "Rina Kartika")) == want


def test_one_unit_word_before_an_ampersand_is_no_holder() -> None:
    s = "VP Corporate Communications & Social Responsibility Rudi Hartono mengatakan, bantuan tersalur."
    want = [
        _rec(
            s,
            "VP Corporate Communications & Social Responsibility Rudi Hartono",
            "Rudi Hartono",
            "VP Corporate Communications & Social Responsibility",
        )
    ]
    assert _officials(s, _per(s, "Rudi Hartono")) == want


def test_unit_words_and_a_company_after_an_ampersand_keep_the_company() -> None:
    s = "VP Consultation & Diagnostics Sehatku Dimas Prasetyo mengatakan layanan itu gratis."
    want = [
        _rec(
            s,
            "VP Consultation & Diagnostics Sehatku Dimas Prasetyo",
            "Dimas Prasetyo",
            "VP Consultation & Diagnostics Sehatku",
        )
    ]
    assert _officials(s, _per(s, "Dimas Prasetyo")) == want


def test_an_award_named_with_an_ampersand_gives_no_official() -> None:
    s = "Penghargaan Marketing & Sales Award diberikan kepada Rudi Hartono pada malam puncak."
    assert _officials(s, _per(s, "Rudi Hartono")) == []


def test_a_given_name_after_an_ampersand_is_no_unit_word() -> None:
    # `Hana` may be the holder: the names joined by `&` are a pair, no title's unit before a holder
    s = "Kunjungan Direktur Hana & Budi Santoso ke pabrik itu berlangsung singkat."
    assert _officials(s, _per(s, "Budi Santoso")) == []
