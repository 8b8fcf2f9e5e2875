"""`country_lengths`: the countries' listed names (entities_countries.txt) that open at a word, or
end at one, longest first; the one reading the score sides and the armed services' countries share.
Invented sentences in the style of sports and defence news."""

from __future__ import annotations

from extract.ner.entities.places import country_lengths
from extract.ner.entities.tokens import tokens


def _index(toks, word: str) -> int:
    return next(k for k, t in enumerate(toks) if t.text == word)


def test_names_ending_at_a_word_longest_first() -> None:
    toks = tokens("Timnas bertemu Kepulauan Virgin Amerika Serikat di babak kualifikasi.")
    assert list(country_lengths(toks, _index(toks, "di"), back=True)) == [4, 2]


def test_a_name_opening_at_a_word() -> None:
    toks = tokens("Skor akhir: Korea Selatan 2 - 1 Amerika Serikat, Senin malam.")
    assert list(country_lengths(toks, _index(toks, "Korea"))) == [2]
    assert list(country_lengths(toks, _index(toks, "Amerika"))) == [2]


def test_no_name_at_a_common_word_or_in_lowercase() -> None:
    toks = tokens("Skor akhir laga itu sama kuat, kata pelatih asal korea selatan.")
    assert list(country_lengths(toks, _index(toks, "Skor"))) == []
    assert list(country_lengths(toks, _index(toks, "korea"))) == []
    assert list(country_lengths(toks, 0, back=True)) == []
