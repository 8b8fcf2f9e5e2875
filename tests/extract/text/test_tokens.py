"""The one tokenizer (`extract.text.tokens`) and the word classes (`extract.text.words`)."""

from __future__ import annotations

import pytest

from extract.text.tokens import (
    NUMBER,
    PUNCT,
    WORD,
    abbreviation_word,
    cue_positions,
    next_word,
    opens_sentence,
    prev_word,
    sentence_breaks,
    sentence_end,
    tokenize,
    whole_tokens,
    window_tokens,
)
from extract.text.words import NAMEISH, WordClass, word_class


def test_tokens_carry_offsets_kinds_and_line_breaks() -> None:
    text = "Kasatpol PP Badung, I Gusti\nAgung 12"
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.kind for t in toks] == [WORD, WORD, WORD, PUNCT, WORD, WORD, WORD, NUMBER]
    assert [t.newline for t in toks] == [False] * 6 + [True, False]


def test_dots_always_split() -> None:
    assert [t.text for t in tokenize("dr.Silfia S.I.K.")] == [
        "dr",
        ".",
        "Silfia",
        "S",
        ".",
        "I",
        ".",
        "K",
        ".",
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "before", "after"),
    [
        ("kata Kec. Petang hari ini", 10, 16, "Kec", "hari"),  # the abbreviation's dot is skipped
        ("ujar Budi mengatakan", 5, 9, "ujar", "mengatakan"),
        ("(Budi) datang", 1, 5, "", ""),  # a bracket is no blank
    ],
)
def test_words_around_a_span(text: str, start: int, end: int, before: str, after: str) -> None:
    assert (prev_word(text, start), next_word(text, end)) == (before, after)


def test_window_tokens_read_only_around_the_cues() -> None:
    text = "x " * 500 + "kata Budi." + " y" * 500
    toks = window_tokens(text, cue_positions(text, {"kata"}), before=10, after=20)
    assert [t.text for t in toks if t.text in ("kata", "Budi")] == ["kata", "Budi"]
    assert len(toks) < 30 and toks[0].newline


def test_one_tokenization_serves_the_cues_and_the_windows() -> None:
    text = "x " * 500 + "kata Budi." + " y" * 500
    full = whole_tokens(text)
    assert full == tokenize(text) and whole_tokens(text, full) is full
    cues = cue_positions(text, {"kata"}, full=full)
    assert cues == cue_positions(text, {"kata"})
    assert window_tokens(text, cues, before=10, after=20, full=full) == window_tokens(
        text, cues, before=10, after=20
    )


def test_a_page_too_long_has_no_whole_tokens() -> None:
    assert whole_tokens("1." * 150_000) is None


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("Dinas", WordClass.ORG),
        ("Alfrianto", WordClass.UNK),
        ("kata", WordClass.LOW),
        ("DPRD", WordClass.ACR),
        # three capitals or more, then lowercase: a body's short name (BPJamsostek), no name's
        ("BPJamsostek", WordClass.ACR),
        ("McDonald", WordClass.UNK),
        ("IKhwan", WordClass.UNK),
    ],
)
def test_word_classes_are_an_enum(word: str, cls: WordClass) -> None:
    assert word_class(word) is cls
    assert (cls in NAMEISH) is (cls is WordClass.UNK)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # a short name, an acronym and a weekday end their sentences
        ("Kata Dedi. Laga di GBK. Digelar Rabu. Tiket habis.", ["Dedi", "GBK", "Rabu"]),
        # a line break is a boundary too
        ("Harga beras naik\nPedagang mengeluh.", ["naik"]),
    ],
)
def test_sentence_breaks_end_sentences_after_names_and_acronyms(text: str, ends: list[str]) -> None:
    got = [text[:a].split()[-1] for a, _ in sentence_breaks(text, 0, len(text))]
    assert got == ends


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Kab. Kupang meninjau jembatan",
        "Kapolda Irjen Pol. Helmy Santika menegaskan hal itu",
        "Rektor Prof. Lusmeilia Afriani dan Drs. Sutarman hadir",
        "Dirut PT. Mitra Kreasi, H. Ali dan Dr. Fenny tiba di Jl. Merdeka",
        "Harga naik lagi.",  # a full stop at the very end has no space after it
    ],
)
def test_sentence_breaks_skip_abbreviations(text: str) -> None:
    assert sentence_breaks(text, 0, len(text)) == []


def test_a_comma_glued_after_a_full_stop_before_a_capital_is_a_sentence_break() -> None:
    # the paragraph joiner of some scrapers (`investor.,Mengutip`); a decimal comma is none
    text = "Jumlahnya 1,6 juta investor.,Mengutip data BEI, angka naik.,“Kami senang,” katanya."
    assert [text[a:b] for a, b in sentence_breaks(text, 0, len(text))] == [",", ","]
    assert sentence_end(text, 0) == text.index(".,M") + 1


def test_sentence_end_is_the_texts_end_without_a_break() -> None:
    assert sentence_end("Harga cabai naik lagi.", 3) == len("Harga cabai naik lagi.")


@pytest.mark.parametrize(
    ("text", "word", "opens"),
    [
        ("Hujan turun sejak pagi. “Kami mengungsi,” kata warga.", "“Kami", True),
        ("“Kami mengungsi,” kata warga.", "“Kami", True),
        ("Camat bertanya: “Sudah makan?”", "“Sudah", True),
        # a title inside a sentence, and a line broken without a stop, open nothing
        ("Acara bertajuk “Hari Limfoma Sedunia” digelar di Denpasar.", "“Hari", False),
        ("Warga Desa Sukamaju\nBudi Santoso mengatakan banjir surut.", "Budi", False),
    ],
)
def test_opens_sentence_after_a_stop_or_nothing(text: str, word: str, opens: bool) -> None:
    assert opens_sentence(text, text.index(word), ".!?:") is opens


def test_opens_sentence_after_a_line_break_when_asked_and_a_stop_within_the_lookback() -> None:
    text = "Warga Desa Sukamaju\nBudi Santoso mengatakan banjir surut."
    at = text.index("Budi")
    assert opens_sentence(text, at, ".!?:", lines=True)
    said = "Menurut Kepala Desa, Budi Santoso mengatakan banjir surut."
    assert not opens_sentence(said, said.index("Budi"), ".!?:", lines=True, lookback=3)
    assert opens_sentence("Banjir surut.  Budi pulang.", 15, ".", lookback=3)
    # only blanks within the lookback, the text going on before them: no stop seen, no sentence
    assert not opens_sentence("Banjir surut.   Budi pulang.", 16, ".", lookback=2)
    blanks = "Hal itu dikatakan   Budi Santoso."
    assert not opens_sentence(blanks, blanks.index("Budi"), ".!?:", lines=True, lookback=3)
    assert opens_sentence("  Budi pulang.", 2, ".", lookback=3)


@pytest.mark.parametrize(
    ("word", "letters", "abbreviation"),
    [
        ("dr", 2, True),  # dr. Tirta
        ("H", 2, True),  # H. Ali
        ("Kab", 2, True),  # Kab. Kupang: listed
        ("prof", 2, True),  # listed in any case
        ("Kupang", 2, False),  # di Kupang. Warga …
        ("Dedi", 2, False),  # kata Dedi. Harga …
        ("Jend", 4, True),  # the caller's bound
        ("12", 2, False),  # a number's dot
    ],
)
def test_abbreviation_word_short_or_listed(word: str, letters: int, abbreviation: bool) -> None:
    assert abbreviation_word(word, letters) is abbreviation
