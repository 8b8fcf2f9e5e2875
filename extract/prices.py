"""Prices and other amounts of money (GUIDELINES §4).

An amount is a number from `extract.numbers` with a currency before it (``Rp``, ``US$``)
or after it (``rupiah``, ``dolar AS``). Two amounts joined by ``-``, ``sd``, ``s.d.``,
``s/d``, ``hingga``, ``sampai`` (or ``antara … dan``) are one range, and a scale word
written only on the upper end applies to both (``Rp 5-10 juta``). An amount with no
currency at all counts only when a money word shortly before it in the same sentence
makes it money (``kisaran harga mulai dari 5.000 sd 150 ribu``) and nothing after it
names another unit (``sebesar 3 juta ton``, ``sebesar 20 persen``). The unit of a price
(``/kg``, ``per kilogram``) is kept in ``per``, outside the mention's span (``per Desember
2006`` is a date, not a unit). Qualifiers (``sekitar``, ``lebih dari``) do not change the
value and stay outside the span. A buying/selling rate ``Rp9.175/9.180`` is one range; an
amount restated in words in brackets (``Rp1.500.000,- (satu juta lima ratus ribu rupiah)``)
is listed once; an amount inside a title-case programme name (``Program Rp 1 Miliar per
Desa``) is a number in a name, not money. English scale words are read (``USD 1.5 million``:
a dot before other than three digits is a decimal point, as `extract.numbers` reads it).

Word lists: ``extract/resources/prices_currencies.txt``, ``prices_cues.txt``,
``prices_followers.txt``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from functools import cache

import regex

from .records import Price
from .resources import load_pairs, load_table
from .text.calendar import calendar_lexicon
from .text.numbers import MAX_NUMBER_CHARS, Quantity, find_numbers, parse_quantity, scale_pattern
from .text.patterns import LazyPattern, alternation
from .text.words import word_set

__all__ = ["extract_prices"]

# A real article has a few dozen amounts; past this many candidates the text is not news
# (1 MB of ``Rp 1.``) and scanning further would only burn time (robustness issue).
_MAX_CANDIDATES = 2000

# How far back (in words, inside the sentence) a money word may stand from a bare amount.
_CUE_WINDOW_WORDS = 8


@cache
def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for where, code, form in load_table("prices_currencies.txt"):
        (pre if where == "pre" else post)[form.lower()] = code
    return pre, post


def _forms(forms: list[str]) -> str:
    out = []
    for f in sorted(forms, key=lambda f: (-len(f), f)):
        esc = regex.escape(f).replace(r"\ ", r"\s+")
        # A word form must not be the start or end of a longer word (Rpx, IDRIS, dolaran).
        lead = r"(?<![^\W\d_])" if f[0].isalpha() else ""
        out.append(lead + esc)
    return "|".join(out)


@cache
def _pre_rx() -> regex.Pattern[str]:
    """A currency written before the amount; searched in a short window ending at the number."""
    pre, _ = _currencies()
    # ``Rp`` as written may be glued to the word before it by the scraper (sebesarRp5 juta).
    return regex.compile(rf"(?P<pre>(?-i:Rp\.?+)|{_forms(list(pre))})(?![^\W\d_])\s*+\Z", regex.IGNORECASE)


#: Characters before a number: the window `_pre_rx` searches for a currency written before it.
_PRE_WINDOW = 12


@cache
def _pre_ends() -> frozenset[str]:
    """The characters, casefolded, that a currency written before an amount ends with (``Rp``,
    ``Rp.``, and each form's last: `_pre_rx`)."""
    pre, _ = _currencies()
    return frozenset({"p", "."} | {form[-1].casefold() for form in pre})


def _currency_before(text: str, a: int) -> regex.Match[str] | None:
    r"""`_pre_rx` searched in the window ending at the number at ``a``, only where it can match.

    A match ends at the window's end after blanks only, so the last character before those
    blanks must end a currency's form (`_pre_ends`): four numbers in five have none there
    (``sebanyak 12``, ``tahun 2024``) and skip the search, which tries the whole alternation at
    each of the window's characters (news-raw 0 to 299 and the dev articles: 0.44 -> 0.09 CPU ms
    per article, the same matches). ``str.rstrip`` strips every ``\s``, so no match is skipped."""
    lo = max(0, a - _PRE_WINDOW)
    before = text[lo:a].rstrip()
    if not before or before[-1].casefold() not in _pre_ends():
        return None
    return _pre_rx().search(text, lo, a)


@cache
def _post_rx() -> regex.Pattern[str]:
    """What may follow the number: ``,-`` (Rp150.000,-) and a currency word (5 juta rupiah)."""
    _, post = _currencies()
    return regex.compile(
        rf"(?P<dash>\s?+[,.]-++)?+(?:\s*+(?P<post>{_forms(list(post))})(?!\w))?+", regex.IGNORECASE
    )


# What joins the two ends of a range. ``dan`` only after ``antara``, and ``/`` only before a
# second full amount (a buying/selling rate, Rp9.175/9.180; but Rp5.000/2 jam is a unit): both
# checked in code.
_SEP = LazyPattern(
    r"\s*+(?:-|–|—|s\.\s?+d\.?+|s/d|sd|hingga|sampai(?:\s++dengan)?+|(?P<dan>dan)|(?P<slash>/))\s*+",
    regex.IGNORECASE,
)
_ANTARA = LazyPattern(r"(?i:(?<!\w)antara)\s*+$")
_PER = LazyPattern(
    r"(?:\s*+/\s*+|\s++(?i:per)\s++)(?P<unit>(?:\d++\s*+)?(?P<word>[^\W\d_]++))(?!\w)",
)
# A country's short capitals after a currency unit: ``per dolar AS``.
_UNIT_TAIL = LazyPattern(r"\s++[A-Z]{2,3}(?![\w-])")
_NOT_MONEY_AFTER = LazyPattern(r"\s*+(?:%|(?i:persen)(?!\w))")
_NEXT_WORD = LazyPattern(r"\s*+(?P<w>[^\W\d_][\w-]*+)")
# An amount spelled out again in brackets right after itself, as contracts and notices write
# it: ``Rp1.500.000,- (satu juta lima ratus ribu rupiah)`` is one amount.
_RESTATED = LazyPattern(r"\s*+\(\s*+\Z")
_SENTENCE_END = LazyPattern(r"[.!?;:]\s|\n")
_LEFT_BAD = LazyPattern(r"[\w.,]")
_DOTTED = LazyPattern(r"\d[.]\d{3}(?!\d)")


class Cue(Enum):
    """What a word before a bare amount says about it (the kind column of ``prices_cues.txt``)."""

    STRONG = "strong"  # money (harga, biaya): an amount with a scale word or thousands group is money
    WEAK = "weak"  # often money (sebesar, bantuan): only an amount with a scale word
    COUNT = "count"  # the number counts things (jumlah wisatawan): not money
    NAME = "name"  # opens the title-case name of a programme (Program …): read by _in_name only


@cache
def _cue_table() -> tuple[tuple[Cue, str], ...]:
    """The rows of ``prices_cues.txt``; an unknown kind fails here."""
    return tuple((Cue(kind), word) for kind, word in load_pairs("prices_cues.txt"))


@cache
def _cues() -> dict[str, Cue]:
    out = {}
    for kind, word in _cue_table():
        if kind is not Cue.NAME:  # naming nouns are read by _in_name only
            out[" ".join(word.lower().split())] = kind
    return out


@cache
def _cue_rx() -> regex.Pattern[str]:
    alt = alternation(_cues(), space=r"\s+")
    # With the -nya suffix too: penghasilannya, anggarannya, jumlahnya.
    return regex.compile(rf"(?<![\w-])(?:{alt})(?:nya)?+(?![\w-])", regex.IGNORECASE)


@cache
def _months() -> tuple[frozenset[str], frozenset[str]]:
    """(full month names, Indonesian and English; abbreviations), lower case, from the one calendar
    lexicon: ``per 22 Februari`` is a date, not a unit."""
    lex = calendar_lexicon()
    return frozenset(lex.full_months) | frozenset(lex.english_months), frozenset(lex.abbr_months)


def _per_unit(text: str, end: int) -> str | None:
    """The unit of a unit price after ``end`` (``/kg``, ``per kilogram``), or None.

    ``per Desember 2006`` and ``per 22 Februari`` mean "as of" a date: no unit.
    """
    m = _PER.get().match(text, end)
    if m is None:
        return None
    word = m["word"]
    full, abbr = _months()
    if word.lower() in full or (word.lower() in abbr and word[0].isupper()):
        return None
    return m["unit"]


@cache
def _name_words() -> frozenset[str]:
    return frozenset(w.lower() for k, w in _cue_table() if k is Cue.NAME)


_WORD_BEFORE = LazyPattern(r"(?P<w>[^\W\d_]++)\s++\Z")
_LONG_WORD = LazyPattern(r"[^\W\d_]{3,}+")
_WORD_AFTER = LazyPattern(r"\s++(?:(?i:per)\s++)?+(?P<w>[^\W\d_][\w-]*+)")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the amount is part of a title-case name (``Program Rp 1 Miliar per Desa``).

    A capitalised naming noun (``prices_cues.txt``, kind ``name``) stands right before the
    amount, and the name goes on in title case: a capitalised scale word, or a capitalised
    word after it. Numbers in names are not money (GUIDELINES §4).
    """
    before = _WORD_BEFORE.get().search(text, max(0, start - 30), start)
    if before is None or not before["w"][0].isupper() or before["w"].lower() not in _name_words():
        return False
    if any(w[0].isupper() and not w.isupper() for w in _LONG_WORD.get().findall(text, start, end)):
        return True  # Rp 1 Miliar, Seribu Rupiah (Rp, IDR, US$ are written so in any text)
    after = _WORD_AFTER.get().match(text, end)
    return after is not None and after["w"][0].isupper()


def _followers() -> frozenset[str]:
    return word_set("prices_followers.txt")


@cache
def _scale_rx() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{scale_pattern()}|(?i:se(?:ribu|juta|miliar)))")


@dataclass(frozen=True, slots=True)
class _Amount:
    start: int
    end: int
    num_start: int
    num_end: int
    quantity: Quantity
    currency: str | None
    scaled: bool  # written with a scale word (juta, rb, M) or vague (ratusan)
    dotted: bool  # digits with a thousands dot (5.000)
    digits_head: Fraction | None  # the number before any scale word, for Rp 5-10 juta


_DIGITS_HEAD = LazyPattern(r"\d++(?:[.,]\d++)*+")


# A stray space after the first group of an amount (``Rp 9. 500``, ``Rp18, 519 miliar``,
# ``Rp4, 864.173.000``): the short first group, and what may follow its separator and space.
_SHORT_GROUP = LazyPattern(r"\d{1,3}")
_AFTER_STRAY_DOT = LazyPattern(r"\d{3}(?:\.\d{3})*+(?:,\d++)?+")
_DOTTED_GROUPS = LazyPattern(r"\d{3}(?:\.\d{3})++")


def _across_stray_space(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Each number span with what it reads (start, end, reading); an amount after a currency
    sign whose first group a stray space cut off (``Rp 9. 500``) is read across the space as one
    amount: a dot before a thousands group groups thousands, a comma before a scaled decimal is
    a decimal (``Rp18, 519 miliar``), and a comma before dotted groups is a thousands dot typed
    as a comma (``Rp4, 864.173.000``)."""
    out, i = [], 0
    while i < len(spans):
        a, b = spans[i]
        if i + 1 < len(spans) and _SHORT_GROUP.get().fullmatch(text, a, b):
            c, d = spans[i + 1]
            sep, rest = text[b:c], text[c:d]
            dot = sep == ". " and _AFTER_STRAY_DOT.get().fullmatch(rest)
            typed_comma = sep == ", " and _DOTTED_GROUPS.get().fullmatch(rest)
            decimal = sep == ", " and _scale_rx().search(rest)
            if (dot or typed_comma or decimal) and _currency_before(text, a):
                out.append((a, d, text[a:b] + ("." if dot or typed_comma else ",") + rest))
                i += 2
                continue
        out.append((a, b, text[a:b]))
        i += 1
    return out


# Scale words that news misspells by one letter (``Rp 861 milar``, ``Rp 1,2 triiun``,
# ``Rp39,8 miIiar`` with a capital I for the l); shorter ones (juta, ribu) are one letter
# from too many other words.
_MISSPELT_SCALES = ("miliar", "triliun")
_WORD_AFTER = LazyPattern(r"[ \t]++([^\W\d_]{5,8})(?!\w)")


def _one_edit(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one letter dropped, added or changed."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        return sum(x != y for x, y in zip(word, target, strict=True)) == 1
    short, long = sorted((word, target), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _misspelt_scale_after(text: str, end: int, num: str) -> tuple[int, str]:
    """The number read with the scale word misspelt right after it (``861 milar`` is
    ``861 miliar``), and where it then ends; unchanged when there is none."""
    m = _WORD_AFTER.get().match(text, end)
    if m is None or _scale_rx().search(num) or _scale_rx().fullmatch(m[1]):
        return end, num
    word = m[1].replace("I", "l").lower()
    for scale in _MISSPELT_SCALES:
        if word == scale or _one_edit(word, scale):
            return m.end(1), f"{num} {scale}"
    return end, num


# "Rp 100-an miliar", "Rp800-an juta": the suffix "-an" (about) between a number and its scale word
_ABOUT_SCALE = LazyPattern(r"-an[ \t]++([^\W\d_]++)")


def _approximate_scale_after(text: str, end: int, num: str) -> tuple[int, str]:
    """The number read with its scale word past an ``-an`` of approximation (``Rp 100-an
    miliar`` is about ``100 miliar``: the qualifier does not change the value, GUIDELINES §4),
    and where it then ends; unchanged when no scale word follows the suffix."""
    m = _ABOUT_SCALE.get().match(text, end)
    if m is None or _scale_rx().search(num) or not _scale_rx().fullmatch(m[1]):
        return end, num
    return m.end(), f"{num} {m[1]}"


def _amounts(text: str, numbers: Sequence[tuple[int, int]] | None = None) -> list[_Amount]:
    pre, post = _currencies()
    out = []
    seen = 0
    nums = list(find_numbers(text) if numbers is None else numbers)
    for a, b, num in _across_stray_space(text, nums):
        # Not inside a word or another number, unless a currency is glued on (Rp150.000).
        pre_m = _currency_before(text, a)
        glued = text[a].isdigit() and pre_m
        if a and _LEFT_BAD.get().match(text, a - 1) and not glued:
            continue
        seen += 1
        if seen > _MAX_CANDIDATES:
            break
        if len(num) > MAX_NUMBER_CHARS:
            continue  # 1 MB of 1.1.1.…: not an amount, and not worth reading
        b, num = _misspelt_scale_after(text, b, num)
        b, num = _approximate_scale_after(text, b, num)
        head = _DIGITS_HEAD.get().match(num)
        rest = num[head.end() :] if head else num
        scaled = bool(_scale_rx().search(rest))
        try:
            # Money never has three decimals, so Rp45,000 and $1,000 group thousands; but
            # Rp92,554 miliar is a decimal before a scale word.
            q = parse_quantity(num, comma_thousands=not scaled)
        except ValueError:
            continue
        scaled = scaled or q.value is None
        post_m = _post_rx().match(text, b)
        cur = None
        if pre_m:
            cur = pre.get(regex.sub(r"\s+", " ", pre_m["pre"]).lower())
        elif post_m["post"]:
            cur = post.get(regex.sub(r"\s+", " ", post_m["post"]).lower())
        digits_head = None
        if head:
            try:
                digits_head = parse_quantity(head[0], comma_thousands=not scaled).value
            except ValueError:
                digits_head = None
        out.append(
            _Amount(
                start=pre_m.start() if pre_m else a,
                end=post_m.end(),
                num_start=a,
                num_end=b,
                quantity=q,
                currency=cur,
                scaled=scaled,
                dotted=bool(_DOTTED.get().search(num)),
                digits_head=Fraction(digits_head) if digits_head is not None else None,
            )
        )
    return out


def _sentence_before(text: str, pos: int) -> str:
    window = text[max(0, pos - 120) : pos]
    ends = list(_SENTENCE_END.get().finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    words = window.split()
    return " ".join(words[-_CUE_WINDOW_WORDS:])


def _bare_is_money(text: str, first: _Amount, last: _Amount) -> bool:
    scaled = first.scaled or last.scaled
    if not (scaled or first.dotted or last.dotted):
        return False  # 2024, 30: years and small counts, never money without a currency
    # The nearest telling word decides: ``harga … 5.000`` is money, ``jumlah wisatawan
    # sebesar 1,2 juta`` is not; a weak cue (sebesar) only carries an amount with a scale word.
    window = _sentence_before(text, first.start)
    weak = False
    for m in reversed(list(_cue_rx().finditer(window))):
        word = " ".join(m[0].lower().split())
        kind = _cues().get(word) or _cues().get(word.removesuffix("nya"))
        if kind is Cue.STRONG:
            return _money_follows(text, last.end)
        if kind is Cue.COUNT:
            return False
        weak = True
    return weak and scaled and _money_follows(text, last.end)


def _money_follows(text: str, end: int) -> bool:
    if _NOT_MONEY_AFTER.get().match(text, end):
        return False
    nxt = _NEXT_WORD.get().match(text, end)
    if nxt is None or _PER.get().match(text, end):
        return True
    word = nxt["w"]
    if nxt.start("w") > end and word[0].isupper() and not (word.isupper() and len(word) <= 4):
        # A new clause or a name, not a counted unit; but short capitals are units
        # (48 juta KL, 5 MW, 2 GB), and a counted noun stays one when capitalised
        # (4,1 juta Keluarga Penerima Manfaat)
        return _cues().get(word.lower()) is not Cue.COUNT
    return word.lower() in _followers()


def _joinable(first: _Amount, last: _Amount) -> bool:
    """Whether two amounts around a range word are one range.

    ``tahun 2024 - Rp 5 juta`` is not: a bare first end must look like money itself, take
    its scale from the second end (``5-10 juta rupiah``) or lie below a second end with a
    currency word after it (``563-900 rupiah``). Nor is ``Rp 5 miliar hingga
    2026``: a bare plain second end must not be a year, nor follow a scaled first end.
    """
    if not (last.currency or last.scaled or last.dotted):
        value = last.quantity.value
        if first.scaled or value is None or 1900 <= value <= 2100:
            return False
    if first.currency or first.scaled or first.dotted:
        return True
    return _below_currency_word(first, last) or (
        last.scaled
        and first.digits_head is not None
        and last.digits_head is not None
        and first.digits_head < last.digits_head
    )


def _below_currency_word(first: _Amount, last: _Amount) -> bool:
    """``563-900 rupiah``, ``42-45 dollar AS``: a plain first end below a plain second end whose
    currency word follows it takes that currency (a ``Rp`` before the second end does not reach
    back: ``tahun 2024 - Rp 5 juta``; a scaled second end shares its scale: `_shares_scale`)."""
    low, high = first.quantity.value, last.quantity.value
    post_currency = last.currency is not None and last.start == last.num_start
    return post_currency and not last.scaled and low is not None and high is not None and low < high


def _shares_scale(first: _Amount, last: _Amount) -> bool:
    return (
        last is not first
        and not first.scaled
        and last.scaled
        and first.digits_head is not None
        and bool(last.digits_head)
        and last.quantity.value is not None
        and first.digits_head < last.digits_head
    )


def _whole(value: Fraction | int) -> int:
    # Whole currency units (GUIDELINES §4): round half up, never a float.
    return math.floor(Fraction(value) + Fraction(1, 2))


def _bounds(q: Quantity) -> tuple[Fraction, Fraction] | None:
    if q.min is None or q.max is None:
        return None
    return Fraction(q.min), Fraction(q.max)


def _closes_range(text: str, first: _Amount, nxt: _Amount) -> bool:
    """Whether ``nxt`` closes the range ``first`` opens (`Rp42.000 hingga Rp45.000`): a range's
    separator between them, `dan` only after `antara`, a slash only before an amount that shows
    it is money."""
    sep = _SEP.get().fullmatch(text, _range_word_start(text, first, nxt), nxt.start)
    return bool(
        sep
        and _joinable(first, nxt)
        and (not sep["dan"] or _ANTARA.get().search(text, max(0, first.start - 12), first.start))
        and (not sep["slash"] or nxt.currency or nxt.dotted or nxt.scaled)
    )


def _no_money(text: str, first: _Amount, last: _Amount, currency: str | None) -> bool:
    """A mention that is no money: a bare number the sentence does not make money, a percentage
    even after a stray sign (`Rp 3,08 persen`), or a number inside a name."""
    return (
        (currency is None and not _bare_is_money(text, first, last))
        or _NOT_MONEY_AFTER.get().match(text, last.end) is not None
        or _in_name(text, first.start, last.end)
    )


def _ranges(text: str, amounts: list[_Amount]) -> Iterator[tuple[_Amount, _Amount]]:
    """Each amount with the amount that closes its range, or with itself when none does."""
    i = 0
    while i < len(amounts):
        first = last = amounts[i]
        i += 1
        if i < len(amounts) and _closes_range(text, first, amounts[i]):
            last = amounts[i]
            i += 1
        yield first, last


def _price(text: str, first: _Amount, last: _Amount) -> Price | None:
    """The price from ``first`` to ``last``, or None when it is no money or has no bounds."""
    currency = first.currency or last.currency
    if _no_money(text, first, last, currency):
        return None
    lo_b, hi_b = _bounds(first.quantity), _bounds(last.quantity)
    if lo_b is None or hi_b is None:
        return None
    lo, hi = lo_b[0], hi_b[1]
    if _shares_scale(first, last):
        # Rp 5-10 juta: the scale written once covers both ends.
        lo = first.digits_head * (Fraction(last.quantity.value) / last.digits_head)
    if lo > hi:
        lo, hi = hi, lo
    start, end = first.start, last.end
    return Price(
        text=text[start:end],
        span=(start, end),
        min=_whole(lo),
        max=_whole(hi),
        currency=currency or "IDR",
        per=_per_unit(text, last.end),
    )


def _restated(text: str, prev: Price | None, price: Price) -> bool:
    """Whether ``price`` restates the amount of the price before it in words."""
    return (
        prev is not None
        and (prev.min, prev.max, prev.currency) == (price.min, price.max, price.currency)
        and _RESTATED.get().search(text, prev.span[1], price.span[0]) is not None
    )


def _unit_after(text: str, end: int) -> tuple[str, int] | None:
    """The unit of a unit price after ``end`` (``per USD``, ``/kg``, ``per dolar AS``: with a
    country's short capitals after it) in lower case, and where it ends; None when there is none."""
    m = _PER.get().match(text, end)
    if m is None:
        return None
    tail = _UNIT_TAIL.get().match(text, m.end())
    return m["unit"].lower(), tail.end() if tail is not None else m.end()


def _range_word_start(text: str, first: _Amount, nxt: _Amount) -> int:
    """Where the range word after ``first`` may start: after its unit when ``nxt`` repeats that
    unit (``Rp14.105 per USD hingga Rp14.248 per USD``: one range), else right after it."""
    unit, repeated = _unit_after(text, first.end), _unit_after(text, nxt.end)
    if unit is not None and repeated is not None and unit[0] == repeated[0]:
        return unit[1]
    return first.end


def extract_prices(text: str, *, numbers: Sequence[tuple[int, int]] | None = None) -> list[Price]:
    """Every amount of money in ``text``, as `Price` records, in text order.

    Args:
        text: the cleaned article body.
        numbers: ``find_numbers(text)`` when the caller has it (the participants stage reads the
            same spans); None: found here.

    Returns:
        One `Price` per mention (a repeated identical mention is listed once); ``min``
        and ``max`` are whole currency units, ``per`` the unit of a unit price.

    >>> [(p.text, p.min, p.max, p.per) for p in extract_prices(
    ...     "harga bawang naik menjadi Rp42.000 hingga Rp45.000 per kilogram.")]
    [('Rp42.000 hingga Rp45.000', 42000, 45000, 'kilogram')]
    >>> extract_prices("kisaran harga mulai dari 5.000 sd 150 ribu")
    [Price(text='5.000 sd 150 ribu', span=(25, 42), min=5000, max=150000, currency='IDR', per=None)]
    >>> extract_prices("Pendengar mencapai 64 juta rekaman dan naik 20 persen.")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_prices expects str, got {type(text).__name__}")
    out: list[Price] = []
    seen: set[tuple] = set()
    prev: Price | None = None
    for first, last in _ranges(text, _amounts(text, numbers)):
        price = _price(text, first, last)
        if price is None or _restated(text, prev, price):
            continue
        prev = price
        key = (price.text, price.min, price.max, price.currency, price.per)
        if key not in seen:
            seen.add(key)
            out.append(price)
    return out
