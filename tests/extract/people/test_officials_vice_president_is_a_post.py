"""Officials: `Vice President` is a post, not a pair of English unit words (issue 13, round
officials s35).

Both words of `Vice President` are listed as English unit words (`Vice` of Senior Vice President,
`President` of President Director), so the head was read as units standing alone
(`english_units_only`), which take only a holder the model or the name lexicon is sure of:
`Vice President Corporate Communication AP II <Name>` and `Vice President PT <Company> <Name>`
gave no official over news-raw (+7 right, +1 wrong over its 47 lines with the words; the wrong
one, a bracketed title after its holder, is `test_officials_bracketed_title_after_its_holder`). Every
sentence here is written for the test: the names are made up.
"""

from __future__ import annotations

from extract.people.lexicon import english_units_only

from .test_roles import _officials, _per, _rec


def test_vice_president_is_no_units_alone_head() -> None:
    assert not english_units_only("vice president")
    assert english_units_only("corporate communication")


def test_vice_president_of_a_unit_and_company_before_an_unknown_name() -> None:
    s = "Secara terpisah, Vice President Corporate Communication AP II Yado Prasetyo meminta warga waspada."
    want = [
        _rec(
            s,
            "Vice President Corporate Communication AP II Yado Prasetyo",
            "Yado Prasetyo",
            "Vice President Corporate Communication AP II",
        )
    ]
    assert _officials(s, _per(s, "Yado Prasetyo")) == want


def test_vice_president_of_a_company_before_a_short_foreign_name() -> None:
    s = "Hal itu disampaikan Vice President PT Sinar Elektrik Indonesia Will Wen dalam rilis pers, Senin."
    want = [
        _rec(
            s,
            "Vice President PT Sinar Elektrik Indonesia Will Wen",
            "Will Wen",
            "Vice President PT Sinar Elektrik Indonesia",
        )
    ]
    assert _officials(s, _per(s, "Will Wen")) == want


def test_units_alone_still_need_a_sure_name() -> None:
    s = "Program Corporate Communication Nusa Digital diluncurkan di Jakarta, Senin."
    assert _officials(s) == []
