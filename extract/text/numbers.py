"""Indonesian numerals: one grammar for amounts of money and for counts of people.

Both `extract.prices` and `extract.participants` find numbers with `find_numbers()` (a
scan of about 0.1 ms per article, built on the `number_pattern()` grammar) and read them with
`parse_quantity()`, so ``Rp 1,5 juta`` and ``puluhan pelaku UKM`` go through the same
code; hedges (``sekitar``, ``lebih dari``) are `qualifier_pattern()` and `qualify()`.
The conventions (GUIDELINES §4-§5):

- ``.`` groups thousands and ``,`` marks decimals: ``1.143.639``, ``1,5``, ``29,16``;
- scale words and their abbreviations multiply: ``ribu``/``rb``, ``juta``/``jt``,
  ``miliar``/``milyar``/``M``, ``triliun``/``T``;
- number words: ``dua belas``, ``seratus lima puluh``, ``seribu tujuh ratus``,
  ``satu setengah juta``;
- vague quantities have bounds: ``puluhan`` 20-99, ``ratusan juta``
  100 000 000-999 000 000; ``13 ribuan`` is about 13 000;
- with ``comma_thousands=True`` (money with no scale word) ``Rp45,000`` is 45 000; no
  thousands group opens with 0 (``0,475`` is a decimal);
- English scale words as pages quote them (``USD 1.5 million``, ``IDR 10 billion``).

Values are exact (`int` or `fractions.Fraction`), never floats. The word lists are
data in ``extract/resources/numbers_*.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from functools import cache

import regex

from ..resources import load_pairs, load_table
from .patterns import LazyPattern, alternation

Number = int | Fraction

__all__ = [
    "MAX_NUMBERS",
    "MAX_NUMBER_CHARS",
    "Number",
    "Quantity",
    "find_numbers",
    "number_pattern",
    "numeral_words",
    "parse_number",
    "parse_quantity",
    "qualifier_pattern",
    "qualify",
    "scale_pattern",
    "shared_scale",
]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed number: an exact ``value``, or only bounds for a vague one.

    ``min``/``max`` are the bounds (equal to ``value`` when it is exact);
    ``approximate`` is true for vague words and for hedges (`qualify`).
    """

    value: Number | None
    min: Number | None
    max: Number | None
    approximate: bool = False


# --- lexicons ---------------------------------------------------------------------------


class NumberWord(Enum):
    """How a number word of ``numbers_words.txt`` (its third column) adds to a number."""

    UNIT = "unit"  # satu … sembilan: added, and multiplied by a following MULT
    WHOLE = "whole"  # sepuluh, seratus, seribu: added as it is
    HALF = "half"  # setengah: added as it is
    MULT = "mult"  # belas, puluh, ratus: multiplies (belas: adds ten to) the UNIT before it


class Hedge(Enum):
    """What a qualifier of ``numbers_qualifiers.txt`` (its first column) does to a number."""

    ABOUT = "about"  # sekitar 200: the number, approximate
    ABOVE = "above"  # lebih dari 50: above it
    ATLEAST = "atleast"  # sedikitnya 15: it or more
    BELOW = "below"  # kurang dari 10: below it
    ATMOST = "atmost"  # paling banyak 10: it or less


@cache
def _words() -> dict[str, tuple[Fraction, NumberWord]]:
    out: dict[str, tuple[Fraction, NumberWord]] = {}
    for word, value, kind in load_table("numbers_words.txt"):
        out[word.lower()] = (Fraction(value), NumberWord(kind))
    return out


@cache
def numeral_words() -> frozenset[str]:
    """The numerals written in letters that stand alone (`dua`, `sepuluh`: the unit and whole words
    of ``numbers_words.txt``), lowercase; no multiplier (`puluh` follows a numeral).

    >>> {"dua", "sepuluh"} <= numeral_words(), "puluh" in numeral_words()
    (True, False)
    """
    return frozenset(w for w, (_, kind) in _words().items() if kind in (NumberWord.UNIT, NumberWord.WHOLE))


@cache
def _scales() -> tuple[dict[str, int], dict[str, int]]:
    """(case-insensitive scale words, case-sensitive abbreviations)."""
    folded: dict[str, int] = {}
    exact: dict[str, int] = {}
    for word, value, case in load_table("numbers_scales.txt"):
        (exact if case == "cs" else folded)[word if case == "cs" else word.lower()] = value
    return folded, exact


@cache
def _vague() -> dict[str, tuple[int, int]]:
    out = {}
    for word, lo, hi in load_table("numbers_vague.txt"):
        out[word.lower()] = (lo, hi)
    return out


@cache
def _qualifiers() -> dict[str, Hedge]:
    out = {}
    for kind, phrase in load_pairs("numbers_qualifiers.txt"):
        out[phrase.lower()] = Hedge(kind)
    return out


# The longest number expression worth reading (``dua ratus lima puluh tujuh juta tiga ratus
# …`` stays well under it); a longer match is a run of digits or dots, not a number.
MAX_NUMBER_CHARS = 300

# Numbers read per text: a news article has a few hundred at most; past this the text is
# adversarial (``1 1 1 …``) and scanning on would only burn time.
MAX_NUMBERS = 20000

# --- the shared regular-expression fragment -------------------------------------------
#
# Every repetition is possessive (`*+`, `++`): once a run of digits or words is read it is
# never given back, which keeps 1 MB of ``1.1.1.1…`` or ``satu satu satu …`` linear.

_DIGITS = r"\d++(?:[.,]\d++)*+"


# The number of a list's next item glued to the word before it (``miliar2. Badan``).
_GLUED_LIST_NUMBER = r"(?=\d{1,2}\.(?!\d))"


@cache
def scale_pattern() -> str:
    """Regex fragment for one scale word (``ribu``, ``jt``, ``M`` …), no groups."""
    folded, exact = _scales()
    plain = [w for w in folded if not w.startswith("se") and len(w) > 2]
    # Only the abbreviations take a dot (Rp 5 jt.); ``Rp 1,3 miliar.`` ends a sentence.
    abbrev = [w for w in folded if len(w) <= 2]
    return (
        # ``Rp13 ribuan``: a scale word with -an after a number is "about" that much; a list
        # that lost its line breaks glues the next item's number on (``Rp 43 miliar2. Badan``).
        rf"(?:(?i:{alternation(plain)})(?i:an)?+(?:(?!\w)|{_GLUED_LIST_NUMBER})"
        rf"|(?i:{alternation(abbrev)})\.?+(?!\w)"
        rf"|(?<=\d\s?)(?-i:{alternation(exact)})(?!\w|\.\w))"
    )


@cache
def _about_one() -> list[str]:
    """The ``se-`` words that take ``-an`` to mean "about" (``seribuan`` about 1 000,
    ``seratusan`` about 100): one of a round number or a scale word."""
    folded, _ = _scales()
    whole = [w for w, (_, kind) in _words().items() if kind is NumberWord.WHOLE and w.startswith("se")]
    return whole + [w for w in folded if w.startswith("se")]


@cache
def _word_pattern() -> str:
    words = _words()
    folded, _ = _scales()
    heads = [w for w, (_, kind) in words.items() if kind is not NumberWord.MULT]
    heads += [w for w in folded if w.startswith("se")]
    tails = list(words) + [w for w in folded if len(w) > 3]
    return (
        # ``seribuan``, ``seratusan``: about one thousand, one hundred (see `_about_one`)
        rf"(?i:(?<!\w)(?:(?:{alternation(_about_one())})an|{alternation(heads)})(?!\w)"
        rf"(?:[\s-]++(?:{alternation(tails)})(?!\w))*+)"
    )


@cache
def number_pattern() -> str:
    """Regex fragment for one Indonesian number expression, with no capturing groups.

    It matches digits (``1.143.639``, ``2,5``), number words (``seribu tujuh ratus``) or a
    vague word (``puluhan``), each optionally followed by scale words (``juta``,
    ``ribu``, ``M``). Callers add their own left boundary.

    >>> import regex
    >>> rx = regex.compile(number_pattern())
    >>> [m[0] for m in rx.finditer("dihadiri seribu tujuh ratus petugas dan puluhan ribu warga")]
    ['seribu tujuh ratus', 'puluhan ribu']
    """
    vague = alternation(_vague())
    scale = scale_pattern()
    return (
        rf"(?:(?i:(?<!\w)(?:{vague})(?!\w))(?:\s++{scale}){{0,3}}+"
        rf"|(?:{_DIGITS}|{_word_pattern()})(?:\s*+{scale}){{0,3}}+)"
    )


@cache
def _start_rx() -> re.Pattern[str]:
    """Where a number can start: a digit, or a word that can open a number expression.

    A cheap first pass with the standard library's engine, whose literal alternation is
    several times faster than running the full grammar at every position.
    """
    words = _words()
    folded, _ = _scales()
    starts = [w for w, (_, kind) in words.items() if kind is not NumberWord.MULT]
    starts += [w for w in folded if w.startswith("se")] + list(_vague())
    starts += [w + "an" for w in _about_one()]
    # Case variants spelled out (lower, Capitalised, UPPER) and a first-letter look-ahead:
    # twice as fast as a case-insensitive alternation.
    variants = {v for w in starts for v in (w, w.capitalize(), w.upper())}
    lead = "".join(sorted({v[0] for v in variants}))
    return re.compile(rf"\d|\b(?=[{lead}])(?:{alternation(variants)})\b")


@cache
def _number_rx() -> regex.Pattern[str]:
    return regex.compile(number_pattern())


def find_numbers(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of every number expression in ``text``, left to right, not overlapping.

    The one scan both `extract.prices` and `extract.participants` read; it is cheap, so
    each scans for itself rather than sharing a cache keyed on the article. Each caller checks what stands
    before a number itself (a currency, a hyphen, another word).

    >>> t = "diikuti 30 orang peserta dan puluhan ribu warga"
    >>> [t[a:b] for a, b in find_numbers(t)]
    ['30', 'puluhan ribu']
    """
    start, full = _start_rx(), _number_rx()
    out: list[tuple[int, int]] = []
    pos = 0
    while len(out) < MAX_NUMBERS:
        m = start.search(text, pos)
        if m is None:
            break
        n = full.match(text, m.start())
        if n is None or n.end() == n.start():
            pos = m.end()
            continue
        out.append((n.start(), n.end()))
        pos = n.end()
    return tuple(out)


@cache
def qualifier_pattern() -> str:
    """Regex fragment for a hedge before a number (``sekitar``, ``lebih dari`` …), no groups."""
    return rf"(?i:(?<!\w)(?:{alternation(_qualifiers())}))"


# --- reading ---------------------------------------------------------------------------


def _digits_value(text: str, comma_thousands: bool = False) -> Fraction:
    """``1.143.639`` -> 1143639, ``1,5`` -> 3/2, ``29,16``, ``1.5`` (a decimal point, as
    some sites write it before a scale word); with ``comma_thousands``, ``45,000`` is 45000."""
    dots, commas = text.count("."), text.count(",")
    if comma_thousands and not dots and _grouped_ok(text, ","):
        return Fraction(int(text.replace(",", "")))
    if dots and commas:
        # The later separator is the decimal one: 1.250,50 (Indonesian) or 1,250.50.
        dec = "," if text.rfind(",") > text.rfind(".") else "."
        whole, frac = text.rsplit(dec, 1)
        grouped = whole.replace("." if dec == "," else ",", "")
        if not _grouped_ok(whole, "." if dec == "," else ","):
            raise ValueError(f"not a number: {text!r}")
        return Fraction(f"{int(grouped)}.{frac}")
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Fraction(int(text))
    if sep == "." and _grouped_ok(text, "."):
        return Fraction(int(text.replace(".", "")))
    parts = text.split(sep)
    if len(parts) == 2:
        return Fraction(f"{int(parts[0])}.{parts[1]}")
    if sep == "," and _grouped_ok(text, ","):
        # 1,143,639: thousands written the English way.
        return Fraction(int(text.replace(",", "")))
    raise ValueError(f"not a number: {text!r}")


def _grouped_ok(text: str, sep: str) -> bool:
    first, *rest = text.split(sep)
    # A thousands group never opens with 0: ``0,475`` and ``0.500`` are decimals.
    return 1 <= len(first) <= 3 and first[0] != "0" and bool(rest) and all(len(g) == 3 for g in rest)


def _words_value(tokens: list[str]) -> Fraction:
    """Fold number words left to right: ``seribu tujuh ratus`` -> 1700."""
    words = _words()
    folded, _ = _scales()
    total = Fraction(0)
    cur = Fraction(0)
    unit: Fraction | None = None  # the last bare unit word, which belas/puluh/ratus multiply
    seen = False
    for tok in tokens:
        if tok in words:
            value, kind = words[tok]
            if kind is NumberWord.UNIT:
                cur += value
                unit = value
            elif kind in (NumberWord.WHOLE, NumberWord.HALF):
                cur += value
                unit = None
            elif kind is NumberWord.MULT:
                if unit is None:
                    raise ValueError(f"{tok!r} needs a number word before it")
                cur = cur - unit + (unit + value if tok == "belas" else unit * value)
                unit = None
            seen = True
        elif tok in folded:
            scale = folded[tok]
            if tok.startswith("se"):  # seribu, sejuta: one <scale>
                cur += 1
            if cur == 0:
                raise ValueError(f"{tok!r} needs a number before it")
            total += cur * scale
            cur = Fraction(0)
            unit = None
            seen = True
        else:
            raise ValueError(f"not a number word: {tok!r}")
    if not seen:
        raise ValueError("no number words")
    return total + cur


_SPLIT = LazyPattern(r"[\s-]++")
_DIGITS_THEN_REST = LazyPattern(rf"({_DIGITS})\s*+(.*)", flags=regex.S)


def _scale_value(tok: str) -> int | None:
    folded, exact = _scales()
    if tok in exact:
        return exact[tok]
    low = tok.rstrip(".").lower()
    if low not in folded and low.endswith("an"):
        low = low[:-2]  # ribuan after a number: 13 ribuan
    return folded.get(low)


_SCALE_LAST = LazyPattern(r"\S++\Z")


def shared_scale(low: str, high: str) -> int:
    """The scale word that the high end of a range (``50 ribu``) gives a low end written
    without one (``40``): ``40-50 ribu`` is 40 000 to 50 000, ``185-190 juta`` 185 to 190
    million. 1 when the low end has its own scale word or the high end has none."""
    if regex.search(scale_pattern(), low):
        return 1
    last = _SCALE_LAST.get().search(high.strip())
    scale = _scale_value(last.group()) if last and not last.group()[0].isdigit() else None
    return scale or 1


def _rough(tokens: list[str]) -> bool:
    """Whether a scale word is written with -an (``13 ribuan``): then the number is approximate.

    Only a scale word with -an counts: ``sembilan`` and ``delapan`` end in -an too, and are exact.
    """
    folded, _ = _scales()
    about = _about_one()
    return any(
        (low := t.lower()).endswith("an") and low not in folded and (low[:-2] in folded or low[:-2] in about)
        for t in tokens
    )


def _normal(value: Fraction) -> Number:
    return value.numerator if value.denominator == 1 else value


def _scale_product(tokens: list[str], text: str) -> int:
    """The product of the scale words after a number (``ratusan ribu``: ribu); another word is an error."""
    mult = 1
    for tok in tokens:
        s = _scale_value(tok)
        if s is None:
            raise ValueError(f"not a scale word: {tok!r} in {text!r}")
        mult *= s
    return mult


def _worded_value(tokens: list[str], text: str) -> Fraction:
    """The value of number words, maybe with trailing scale abbreviations (``dua jt``)."""
    words = []
    mult = 1
    for tok in tokens:
        low = tok.lower()
        if low.endswith("an") and low[:-2] in _about_one():
            low = low[:-2]  # seribuan: about a thousand (approximate, see _rough)
        if low in _words() or (low in _scales()[0] and not low.endswith(".")):
            if mult != 1:
                raise ValueError(f"number word after a scale abbreviation in {text!r}")
            words.append(low)
            continue
        s = _scale_value(tok)
        if s is None:
            raise ValueError(f"not a number word: {tok!r} in {text!r}")
        mult *= s
    return _words_value(words) * mult


def parse_quantity(text: str, *, comma_thousands: bool = False) -> Quantity:
    """Read one number expression (as `number_pattern` matches it).

    Args:
        text: the number, e.g. ``"1,5 juta"``, ``"seribu tujuh ratus"``, ``"puluhan"``.
        comma_thousands: read a comma before exactly three digits as a thousands
            separator (``Rp45,000``, ``$1,000``): right for an amount of money with no
            scale word, where three decimals never occur. By default ``,`` is decimal.

    Returns:
        A `Quantity`; vague words give bounds and no value.

    Raises:
        ValueError: ``text`` is not an Indonesian number.

    >>> parse_quantity("Rp 1,5 juta".removeprefix("Rp "))
    Quantity(value=1500000, min=1500000, max=1500000, approximate=False)
    >>> parse_quantity("ratusan juta")
    Quantity(value=None, min=100000000, max=999000000, approximate=True)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity expects str, got {type(text).__name__}")
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"too long for a number: {text[:40]!r}…")
    if text.isascii() and text.isdigit():
        value = int(text)  # the common case, 30 or 2024: no need for the full reader
        return Quantity(value, value, value, False)
    tokens = [t for t in _SPLIT.get().split(text.strip()) if t]
    if not tokens:
        raise ValueError(f"not a number: {text!r}")
    # Trailing scale words multiply the whole thing (2,5 juta; ratusan ribu; 150rb).
    m = _DIGITS_THEN_REST.get().fullmatch(text.strip())
    if m:
        head_value = _digits_value(m[1], comma_thousands)
        rest = [t for t in _SPLIT.get().split(m[2]) if t]
    else:
        head_value = None
        rest = tokens
    lower0 = rest[0].lower() if rest else ""
    if head_value is None and lower0 in _vague():
        lo, hi = _vague()[lower0]
        mult = _scale_product(rest[1:], text)
        return Quantity(None, lo * mult, hi * mult, True)
    value = _worded_value(rest, text) if head_value is None else head_value * _scale_product(rest, text)
    v = _normal(value)
    return Quantity(v, v, v, _rough(rest))


def parse_number(text: str) -> Number:
    """The exact value of an Indonesian number expression.

    Raises:
        ValueError: ``text`` is not a number, or is vague (``puluhan``) and has no value.

    >>> parse_number("1.143.639")
    1143639
    >>> parse_number("29,16")
    Fraction(729, 25)
    >>> parse_number("seratus lima puluh")
    150
    """
    q = parse_quantity(text)
    if q.value is None:
        raise ValueError(f"vague number has no exact value: {text!r}")
    return q.value


def qualify(quantity: Quantity, qualifier: str | None) -> Quantity:
    """Apply a hedge written before the number (GUIDELINES §5).

    ``sekitar 200`` keeps 200 and is approximate; a bound keeps the number written as
    the value: ``lebih dari 50`` is 50 with min 51 and no max, ``sedikitnya 15`` 15 with
    min 15, ``hampir 10`` and ``kurang dari 10`` 10 with max 9 and no min.

    >>> qualify(parse_quantity("50"), "lebih dari")
    Quantity(value=50, min=51, max=None, approximate=True)
    >>> qualify(parse_quantity("10"), "hampir")
    Quantity(value=10, min=None, max=9, approximate=True)
    """
    if not qualifier:
        return quantity
    kind = _qualifiers().get(" ".join(qualifier.lower().split()))
    if kind is None:
        raise ValueError(f"unknown qualifier {qualifier!r}; allowed: {sorted(_qualifiers())}")
    if kind is Hedge.ABOUT:
        return Quantity(quantity.value, quantity.min, quantity.max, True)
    lo, hi, value = quantity.min, quantity.max, quantity.value
    if kind is Hedge.ABOVE:
        return Quantity(value, None if hi is None else hi + 1, None, True)
    if kind is Hedge.ATLEAST:
        return Quantity(value, lo, None, True)
    if kind is Hedge.BELOW:
        return Quantity(value, None, None if lo is None else lo - 1, True)
    return Quantity(value, None, lo if value is not None else hi, True)  # Hedge.ATMOST
