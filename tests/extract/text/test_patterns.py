"""The shared regex helpers (`extract.text.patterns`): the longest-first alternation every word
list is matched through."""

from __future__ import annotations

import pytest
import regex

from extract.text.patterns import alternation, folded_for_literals, required_literals, whole_words


def test_the_longest_word_is_tried_first() -> None:
    rx = regex.compile(rf"(?:{alternation(['se', 'sebelas', 'M', 'miliar'])})")
    assert [m.group() for m in rx.finditer("sebelas miliar")] == ["sebelas", "miliar"]


def test_words_are_escaped_and_blanks_match_the_given_pattern() -> None:
    rx = regex.compile(alternation(["s.d.", "atas nama"], space=r"\s+"))
    assert rx.fullmatch("atas   nama") and rx.fullmatch("s.d.")
    assert rx.fullmatch("sxdx") is None


def test_only_the_phrases_fold_picks_match_in_any_case() -> None:
    rx = regex.compile(alternation(["APBD", "tahun anggaran"], space=" ", fold=lambda w: not w.isupper()))
    assert rx.fullmatch("Tahun Anggaran") and rx.fullmatch("APBD")
    assert rx.fullmatch("apbd") is None


def test_folded_phrases_share_one_group_per_run_and_keep_their_order() -> None:
    words = ["anggaran", "APBD", "pagu", "tahun"]
    pattern = alternation(words, fold=lambda w: not w.isupper())
    assert pattern == "(?i:anggaran|tahun)|APBD|(?i:pagu)"
    rx = regex.compile(rf"\b(?:{pattern})\b")
    text = "TAHUN apbd APBD Anggaran Pagu"
    assert [m.group() for m in rx.finditer(text)] == ["TAHUN", "APBD", "Anggaran", "Pagu"]


def test_an_empty_list_gives_an_empty_alternation() -> None:
    assert alternation([]) == ""


@pytest.mark.parametrize(
    ("text", "word", "hyphen", "expected"),
    [
        # a hyphen glues a word on by default: `Wirya-Sanjaya` holds no `Sanjaya` alone
        ("Camat Sanjaya dan Wirya-Sanjaya hadir, Sanjaya_2 pun", "Sanjaya", True, [(6, 13)]),
        # with hyphen=False only letters, digits and underscores glue
        ("Camat Sanjaya dan Wirya-Sanjaya hadir, Sanjaya_2 pun", "Sanjaya", False, [(6, 13), (24, 31)]),
        # a phrase, at the text's two ends
        ("kopi arabika gayo dijual, kopi arabika", "kopi arabika", False, [(0, 12), (26, 38)]),
        # glued on both sides or inside a longer word: nothing
        ("Rumah Sakit Umum Kabupaten Sragenan", "Sragen", True, []),
        ("Sukamaju2 dan 3Sukamaju", "Sukamaju", True, []),
    ],
)
def test_whole_words_gives_the_spans_of_the_word_standing_alone(
    text: str, word: str, hyphen: bool, expected: list[tuple[int, int]]
) -> None:
    assert list(whole_words(text, word, hyphen=hyphen)) == expected


def test_whole_words_finds_what_the_bounded_regex_finds() -> None:
    text = "Bapak Ali-Ali, ali Ali. Aliando, _Ali Alí Ali\u0301 Ali-"
    for word in ("Ali", "ali", "Ali Ali", "i", "."):
        for hyphen, glue in ((True, r"[\w-]"), (False, r"\w")):
            rx = rf"(?<!{glue}){regex.escape(word)}(?!{glue})"
            expected = [m.span() for m in regex.finditer(rx, text)]
            assert list(whole_words(text, word, hyphen=hyphen)) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a group every branch of which is a word: one of its words, casefolded
        (r"(?-i)\b(?:Tinggalkan|Berikan) (?:Balasan|Komentar)\b", {"tinggalkan", "berikan"}),
        # a run of literals outside the optional parts; an escaped dot is a dot
        (r"(?-i)\bpic\.twitter\.com/\w+", {"pic.twitter.com/"}),
        # a character class breaks a run: the longest run left is the choice
        (r"(?-i)\bAll [Rr]ights [Rr]eserved\.?", {"eserved"}),
        # a named group and a flag group are read through; an optional word is not required
        (r"(?P<m3>(?-i:(?:Simak|Lihat)(?: [Jj]uga)? (?:Video|VIDEO)))", {"video"}),
        # a lookaround is no part of the match: nothing from it
        (r"(?<=[.!?]\s)(?:Tags?|Tagar)\s?[:#]", {"tag", "tagar"}),
        # `\n`, `\s` and `\d` stand for no literal of their own
        (r"\d+\s(?:komentar)\n", {"komentar"}),
    ],
)
def test_required_literals_are_what_every_match_holds(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:berita|\d+) terkait|baca juga",  # a top-level alternation: no string every match holds
        r"(?-i)(?<=\s)\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){3,}(?=\s)",  # classes only
        r"(?:ini|\w+)\s*",  # a branch with no literal: the group requires nothing
        r"(?x) foo bar",  # verbose mode, where a blank is no literal: not read
    ],
)
def test_required_literals_give_none_where_none_is_known(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_every_match_holds_one_of_the_required_literals() -> None:
    text = "Posting Komentar. Simak juga Video: Gubernur Tinjau Banjir. pic.twitter.com/AbC12 Tags: banjir"
    for pattern in (
        r"(?-i)\b(?:Tidak ada komentar:?|Belum ada komentar\.?|Posting Komentar|Tulis Komentar)",
        r"(?-i)(?<=[.!?]\s{1,3})(?:Simak|Lihat)(?: [Jj]uga)? (?:[Vv]ideo|VIDEO)\s*:\s*[^.\n]{1,150}",
        r"(?-i)\bpic\.twitter\.com/\w+",
        r"(?<=[.!?\w]\s{1,3})(?:Tags?|TAGS?|Tagar|TAGAR)\s?[:#][^\n]{1,600}$",
    ):
        needs = required_literals(pattern)
        matches = [m.group() for m in regex.finditer(pattern, text, regex.IGNORECASE | regex.V1)]
        assert needs and matches
        assert all(any(s in m.casefold() for s in needs) for m in matches)


def test_a_verbose_pattern_has_no_literals_known() -> None:
    """In verbose mode a blank is no literal: `foo bar` matches `foobar`, so no string is known."""
    assert regex.compile("foo bar", regex.VERBOSE).search("foobar")
    assert required_literals("foo bar") == {"foo bar"}
    assert required_literals("foo bar", regex.VERBOSE) is None


def test_text_folded_for_literals_holds_what_an_ignore_case_pattern_matches() -> None:
    """`İ` casefolds to `i` and a combining dot, which an ignore-case `i` matches: the dot goes."""
    assert regex.search("(?i)ilustrasi", "İlustrasi")
    assert "ilustrasi" in folded_for_literals("(İlustrasi: Budi/Antara)")
