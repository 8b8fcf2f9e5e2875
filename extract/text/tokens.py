"""Tokens: the one tokenizer of the rule layers, and the words around an offset.

* `tokenize` splits cleaned text into word, number and punctuation tokens with offsets
  (`Tok`); dots always split, so markers such as ``S.I.K.`` are re-assembled by the
  people lexicon;
* `window_tokens` tokenizes only the parts of a text around some offsets (a hostile 1 MB
  page costs nothing), `cue_positions` finds those offsets;
* `prev_word` / `next_word` read the word right before or after an offset;
* `sentence_breaks` finds sentence boundaries (not an abbreviation's full stop),
  `opens_sentence` whether an offset opens one, `abbreviation_word` whether a word's full
  stop is an abbreviation's.

Nothing here is cached on a whole text: a caller that needs the tokens twice keeps them.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from enum import Enum
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..resources import load_lines
from .patterns import LazyPattern, alternation
from .words import word_set

__all__ = [
    "SHORT_TEXTS_KEPT",
    "SMALL_TEXT",
    "Tok",
    "TokKind",
    "abbreviation_word",
    "cue_positions",
    "next_word",
    "next_word_past_comma",
    "opens_sentence",
    "prev_word",
    "sentence_breaks",
    "sentence_end",
    "sentence_ended",
    "tokenize",
    "whole_tokens",
    "window_tokens",
    "word_before",
    "words_of",
]


class TokKind(Enum):
    """What a token is made of."""

    WORD = "w"
    NUMBER = "n"
    PUNCT = "p"


WORD, NUMBER, PUNCT = TokKind.WORD, TokKind.NUMBER, TokKind.PUNCT


class Tok(NamedTuple):
    """One token: offsets into the text, its text, its `TokKind`, and whether whitespace / a line
    break separates it from the previous token."""

    start: int
    end: int
    text: str
    kind: TokKind
    space: bool
    newline: bool


# Words keep inner hyphens and apostrophes (Jum'at, Perangin-angin); dots always split, so
# `dr.Silfia`, `S.I.K.` and `imbuhnya.Di` come apart. Every branch consumes at least one
# character and has no nested quantifier, so tokenizing is linear in the text length.
_TOKEN = LazyPattern(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]|_+")
_WORD = LazyPattern(r"[^\W\d_]+")

#: The dashes a text sets between words as a token of its own: a hyphen, an en dash and an em dash
#: (after a dateline or an outlet's name, opening a list's item, or before an apposition).
DASHES = frozenset("-\u2013\u2014")
#: Quote marks, straight and curly, single and double, opening and closing: a quoted title's
#: (`kinds`), a quoted word's beside a name (`people.decision`), a quoted name's (`vet`).
QUOTE_MARKS = frozenset("'\"‘’“”")

#: Characters: up to this, a text is tokenized once and whole (a long article is about 30,000).
SMALL_TEXT = 200_000
#: Characters: up to this, a text is a name, a title or a phrase that the rules tokenize again and
#: again (an entity's text is read by a dozen checks; about 60% of an article's calls repeat one),
#: so its tokens are kept (`_short_tokens`).
SHORT_TEXT = 200
#: Short texts whose tokens are kept, the least recently read dropped first: some articles' names
#: and phrases, so a worker's memory stays flat however many articles it reads.
SHORT_TEXTS_KEPT = 4096


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens of ``text`` with their offsets.

    >>> [t.text for t in tokenize("dr.Silfia Naharani Wahdi,Sp.KKLp")]
    ['dr', '.', 'Silfia', 'Naharani', 'Wahdi', ',', 'Sp', '.', 'KKLp']
    """
    if len(text) <= SHORT_TEXT:
        return list(_short_tokens(text))  # a fresh list: a caller may change its own
    return _tokenized(text)


@lru_cache(maxsize=SHORT_TEXTS_KEPT)
def _short_tokens(phrase: str) -> tuple[Tok, ...]:
    """The tokens of a phrase of at most `SHORT_TEXT` characters (a name, a title: never an
    article), made once while it is read again."""
    return tuple(_tokenized(phrase))


def _tokenized(text: str) -> list[Tok]:
    """The tokens of ``text``, read afresh (`tokenize`)."""
    toks: list[Tok] = []
    append = toks.append
    new = tuple.__new__  # skips the NamedTuple constructor's argument handling: tokens are many
    find = text.find
    prev = 0
    # findall hands back plain strings (no match objects) and `find` puts each at its offset:
    # only characters no branch matches lie between two tokens, so the first occurrence after
    # the previous token is the token itself. About a third faster than finditer.
    for g in _TOKEN.get().findall(text):
        s = find(g, prev)
        e = s + len(g)
        c = g[0]
        kind = WORD if c.isalpha() else NUMBER if c.isdigit() else PUNCT
        if s == prev:
            append(new(Tok, (s, e, g, kind, False, False)))
        else:
            newline = (text[prev] == "\n") or (s - prev > 1 and "\n" in text[prev:s])
            append(new(Tok, (s, e, g, kind, True, newline)))
        prev = e
    return toks


def whole_tokens(text: str, tokens: Sequence[Tok] | None = None) -> Sequence[Tok] | None:
    """The tokens of the whole of ``text`` (``tokens`` when the caller has them), or None for a
    page longer than `SMALL_TEXT`, which is read only around its cues. Made once, they serve
    `cue_positions` and `window_tokens` both (``full=``): neither tokenizes again."""
    if len(text) > SMALL_TEXT:
        return None
    return tokens if tokens is not None else tokenize(text)


def _windows(text: str, positions: Sequence[int], before: int, after: int) -> list[list[int]]:
    """Character ranges around ``positions``, widened to whitespace, overlapping ones merged."""
    n = len(text)
    ranges: list[list[int]] = []
    for p in sorted(positions):
        a, b = max(0, p - before), min(n, p + after)
        # widen to whitespace so that no word is cut in two
        while a > 0 and not text[a - 1].isspace() and p - a < before + 50:
            a -= 1
        while b < n and not text[b].isspace() and b - p < after + 50:
            b += 1
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    return ranges


def window_tokens(
    text: str,
    positions: Sequence[int],
    *,
    before: int = 300,
    after: int = 600,
    full: Sequence[Tok] | None = None,
) -> list[Tok]:
    """Tokens of the parts of ``text`` around ``positions`` only.

    Extractors look at a few words around a cue (a title, a bracket, ``kata``), so on a
    long or hostile text (1 MB of ``1.1.1``) only those windows are tokenized. Windows
    that overlap merge; the first token of each window is marked as starting a line, so
    no run of words crosses a gap between windows. ``full``, the tokens of the whole text
    when the caller has them, saves tokenizing again.
    """
    if not positions:
        return []
    n = len(text)
    ranges = _windows(text, positions, before, after)
    if len(ranges) == 1 and ranges[0] == [0, n]:
        return list(full) if full is not None else tokenize(text)
    toks: list[Tok] = []
    if n <= SMALL_TEXT:
        # a normal article: cut the windows out of the one tokenization
        whole = full if full is not None else tokenize(text)
        starts = [t.start for t in whole]
        for a, b in ranges:
            x, y = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if x < y:
                t = whole[x]
                toks.append(Tok(t.start, t.end, t.text, t.kind, True, True))
                toks.extend(whole[x + 1 : y])
        return toks
    for a, b in ranges:
        for x, t in enumerate(tokenize(text[a:b])):
            toks.append(Tok(t.start + a, t.end + a, t.text, t.kind, t.space or x == 0, t.newline or x == 0))
    return toks


@cache
def _sentence_break() -> regex.Pattern[str]:
    """A sentence boundary: a line break, or full stops and the space after them, except those of
    an abbreviation (``H.``, ``Dr.``, ``Jl.``, or one of ``text_abbreviations.txt``: ``Kab.``).
    A short name or an acronym ends a sentence (``kata Dedi. Harga …``, ``di GBK. Kurang …``).
    A comma glued after a word's full stop and before the next sentence's capital or quote is
    the paragraph joiner of some scrapers (``… 1,6 juta investor.,Mengutip``): a boundary too."""
    listed = alternation(load_lines("text_abbreviations.txt"))
    listed = "|" + listed if listed else ""
    return regex.compile(rf"(?<!\b(?:[A-Z][a-z]?{listed}))[.!?]+\s+|\n|(?<=\p{{Ll}}[.!?]),(?=\p{{Lu}}|[\"“])")


def sentence_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentence boundaries in ``text[start:end]``, in order (`_sentence_break`).

    >>> text = "Ia tiba di Kab. Kupang. Kata Dedi. Lalu H. Ali pulang."
    >>> [text[a:b] for a, b in sentence_breaks(text, 0, len(text))]
    ['. ', '. ']
    """
    return [m.span() for m in _sentence_break().finditer(text, start, end)]


def sentence_ended(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends inside ``text[start:end]`` at a stop (`_sentence_break`; an
    abbreviation's stop ends none, nor a line break alone: a headline may stand on its own line).

    >>> sentence_ended("Bupati H. Dendi Resmikan Pasar", 0, 30), sentence_ended("Banjir. Berikut", 0, 15)
    (False, True)
    """
    return any(text[a] != "\n" for a, _ in sentence_breaks(text, start, end))


def sentence_end(text: str, start: int) -> int:
    """Where the sentence running at ``start`` ends: the start of the next sentence boundary
    (`_sentence_break`), or the text's end.

    >>> sentence_end("Ia tiba di Kab. Kupang. Lalu pulang.", 0)
    22
    """
    m = _sentence_break().search(text, start)
    return m.start() if m else len(text)


def opens_sentence(
    text: str, at: int, ends: str, *, lines: bool = False, lookback: int | None = None
) -> bool:
    """Whether ``at`` opens the text or a sentence: only blanks before it, or one of ``ends``
    (the caller's stops: ``.!?:``, maybe ``;`` or a closing quote) right before those blanks.
    With ``lines`` a line break among the blanks ends a sentence too; ``lookback`` reads only
    so many characters back (nothing but blanks there opens no sentence, unless the text starts
    there: `dikatakan   Budi`). The one reading of the quotes' and the persons' decision.

    >>> opens_sentence("Hujan turun. Kami pulang", 13, ".!?:")
    True
    >>> text = "Hujan turun\\nKami pulang"
    >>> opens_sentence(text, 12, ".!?:"), opens_sentence(text, 12, ".!?:", lines=True)
    (False, True)
    """
    floor = 0 if lookback is None else max(0, at - lookback)
    i = at
    while i > floor and text[i - 1].isspace():
        if lines and text[i - 1] == "\n":
            return True
        i -= 1
    return i == 0 or (i > floor and text[i - 1] in ends)


def abbreviation_word(word: str, letters: int) -> bool:
    """Whether a full stop glued to ``word`` may be an abbreviation's, not a sentence's end: a
    word of letters only, at most ``letters`` long (the caller's bound: `dr.`, `H.`, `Jl.`) or
    listed (``text_abbreviations.txt``, any case: `Kab.`, `Prof.`, `Sdri.`).

    >>> abbreviation_word("dr", 2), abbreviation_word("Prof", 2), abbreviation_word("Kupang", 2)
    (True, True, False)
    """
    return word.isalpha() and (len(word) <= letters or word.lower() in word_set("text_abbreviations.txt"))


def words_of(text: str) -> list[str]:
    """The letter runs of ``text`` (no digits, no punctuation)."""
    return _WORD.get().findall(text)


def cue_positions(
    text: str,
    words: Collection[str],
    *,
    prefixes: tuple[str, ...] = (),
    limit: int = 5000,
    full: Sequence[Tok] | None = None,
) -> list[int]:
    """Offsets of the words of ``text`` whose lowercase form is in ``words``, or that start with
    one of ``prefixes`` (case-sensitive); at most ``limit``."""
    out: list[int] = []
    if len(text) <= SMALL_TEXT:
        for t in full if full is not None else tokenize(text):
            if t.kind is WORD and (t.text.lower() in words or (prefixes and t.text.startswith(prefixes))):
                out.append(t.start)
                if len(out) >= limit:
                    break
        return out
    for m in _WORD.get().finditer(text):
        if m.group().lower() in words or (prefixes and m.group().startswith(prefixes)):
            out.append(m.start())
            if len(out) >= limit:
                break
    return out


def prev_word(text: str, start: int) -> str:
    """The word right before ``start`` when only one blank separates them, else ``""``.

    >>> prev_word("kata Kec. Petang", 10)
    'Kec'
    """
    if start < 2 or text[start - 1] not in (" ", "\u00a0"):
        return ""
    end = start - 1
    if text[end - 1] == ".":
        end -= 1  # the dot of an abbreviation (Kec. Petang, Pak. Budi)
    # walk back over letters and inner dots, hyphens and apostrophes (at most 40 characters)
    b = end
    while (
        b > 0
        and end - b < 40
        and (text[b - 1].isalpha() or (text[b - 1] in ".'’-" and b - 1 > 0 and text[b - 2].isalpha()))
    ):
        b -= 1
    word = text[b:end]
    return word if word[:1].isalpha() else ""


#: Characters read back from a position for the word written right before it (`word_before`).
WORD_LOOKBACK = 40
#: The word right before a position, blanks between: `$` reads past a line break closing the
#: span, `\Z` (``letters``) does not.
_WORD_BEFORE = LazyPattern(r"(\w+)[ \t]*$")
_LETTERS_BEFORE = LazyPattern(r"([^\W\d_]+)[ \t]*\Z")


def word_before(text: str, at: int, *, letters: bool = False) -> str:
    """The word written right before ``at`` with only blanks between (case kept), or "" after
    punctuation; unlike `prev_word`, any number of blanks and no abbreviation's dot. ``letters``:
    a word of letters only (none after a digit or `_`) on ``at``'s own line.

    >>> word_before("Ketua KORMI  Adil", 13), word_before("Ketua\\n", 6, letters=True)
    ('KORMI', '')
    """
    rx = _LETTERS_BEFORE if letters else _WORD_BEFORE
    found = rx.get().search(text, max(0, at - WORD_LOOKBACK), at)
    return found.group(1) if found else ""


def next_word(text: str, end: int) -> str:
    """The word right after ``end`` when only one blank separates them, else ``""``.

    >>> next_word("Budi mengatakan", 4)
    'mengatakan'
    """
    if text[end : end + 1] not in (" ", "\u00a0"):
        return ""
    m = _WORD.get().match(text, end + 1, min(len(text), end + 40))
    return m.group() if m else ""


def next_word_past_comma(text: str, end: int) -> str:
    """`next_word`, a comma right at ``end`` stepped over (`Zelda, mengatakan` -> ``mengatakan``)."""
    return next_word(text, end + 1) if text[end : end + 1] == "," else next_word(text, end)
