"""Mojibake: UTF-8 text that a scraper read as Latin-1 or cp1252, repaired.

A character outside ASCII is two to four bytes in UTF-8. A page read back one byte a character
shows each such byte as its own Latin-1 or cp1252 character: `é` (C3 A9) as `Ã©`, `É` (C3 89) as
`Ã` and the invisible C1 control U+0089 (Latin-1) or as `Ã‰` (cp1252), a curly quote (E2 80 9C) as
`â€œ`, an emoji (F0 9F 98 AD) as `ð\\x9f\\x98\\xad`. The repair reads such a run back as the bytes it
shows and decodes them as UTF-8, only where they are valid UTF-8 and only where the run cannot be
text as written (`_proven`): `café`, `Señor`, `Müller` and a shouted `JOSÉ”` stay as they are.

A repaired run is shorter than what it replaces and holds no line end: the text keeps its lines,
so the cleaner's line numbers hold, and every span is taken in the repaired text.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

# the five bytes that cp1252 leaves undefined: a scraper's Latin-1 reading shows them as C1 controls
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")

# The two bytes that show as whitespace in Latin-1, no-break space (0xA0) and next line (0x85): a
# scraper that folds whitespace turns them into a plain space. A sequence one byte short before a
# space is read with either as its last byte, where that reading is an invisible character or a
# space (`â\x81 ` a word joiner, E2 81 A0; `Â ` a no-break space), and the space is kept; a visible
# one (`â\x9c ` E2 9C A0 `✠`, or 85 `✅`) would be a guess
_SPACE_BYTES = (0xA0, 0x85)
_INVISIBLE_CATEGORIES = frozenset(["Zs", "Cf"])

# `â€` with no continuation after it is the right double quote (E2 80 9D): cp1252 has no
# character for 0x9D, so a cp1252 reading drops it (`â€œKami setuju,â€ imbuhnya`)
_RIGHT_QUOTE_CUT = "\u00e2\u20ac"
_RIGHT_QUOTE = "\u201d"

# Lead bytes whose character is no letter a word of Latin text ends on before a symbol: `Â` and
# `Ã` (C2, C3: the Latin-1 letters and signs, the commonest mojibake, `Ã©`, `Â°`), `Ä` and `Å` (C4,
# C5: the letters of Turkish, Polish, Czech and Croatian names, `ModriÄ‡` for Modrić), `â` (E2:
# dashes, quotes, bullets, `â€œ`), `ï` (EF: the byte-order mark, variation selectors, `ï»¿`) and
# `ð` (F0: emoji). As written, `Â`, `Ã`, `Ä` and `Å` are capitals of Portuguese, Vietnamese,
# German or Nordic words, not followed by a symbol; `â`, `ï`, `ð` followed by two symbols not at all
_MOJIBAKE_LEADS = frozenset("ÂÃÄÅâïð")

# The categories of a continuation character that written text puts between a word and the next:
# a no-break space (A0), quotes (‘ ’ “ ” « »), brackets and dashes (– —). A letter before one of them
# and a letter after it is text as written (`JOSÉ\xa0MOURINHO`, `CAFÉ”ujar`), no proof of mojibake
_BETWEEN_WORDS = frozenset(["Zs", "Pi", "Pf", "Ps", "Pe", "Pd"])


@cache
def _byte_of() -> dict[str, int]:
    """Each character a byte 0x80-0xFF shows as, read as Latin-1 or as cp1252, with its byte."""
    table = {chr(b): b for b in range(0x80, 0x100)}  # Latin-1: the byte's own code point
    for b in range(0x80, 0xA0):
        if b not in _CP1252_UNDEFINED:
            table[bytes([b]).decode("cp1252")] = b  # `€` 0x80, `“` 0x93, `™` 0x99
    return table


@cache
def _sequence() -> regex.Pattern[str]:
    """One UTF-8 sequence shown byte by byte: a lead byte's character (`Â`-`ß` two bytes, `à`-`ï`
    three, `ð`-`ô` four) and its continuation bytes' characters (0x80-0xBF); or such a sequence
    one byte short, before a space (`_SPACE_BYTES`) or as `â€` (`_RIGHT_QUOTE_CUT`)."""
    cont = "[" + "".join(f"\\u{ord(c):04x}" for c, b in _byte_of().items() if b < 0xC0) + "]"
    return regex.compile(
        f"{_RIGHT_QUOTE_CUT}(?!{cont})"
        f"|[\\xc2-\\xdf](?:{cont}|(?= ))"
        f"|[\\xe0-\\xef]{cont}(?:{cont}|(?= ))"
        f"|[\\xf0-\\xf4]{cont}{{2}}(?:{cont}|(?= ))"
    )


def _decoded(sequence: str) -> str | None:
    """The character a sequence's bytes stand for in UTF-8; None where they are no valid UTF-8, or
    where a sequence one byte short before a space stands for no invisible character."""
    if sequence == _RIGHT_QUOTE_CUT:
        return _RIGHT_QUOTE
    data = bytes(_byte_of()[c] for c in sequence)
    if len(data) == _utf8_length(data[0]):
        return _utf8(data)
    for byte in _SPACE_BYTES:
        char = _utf8(data + bytes([byte]))
        if char and unicodedata.category(char) in _INVISIBLE_CATEGORIES:
            return char
    return None


def _utf8_length(lead: int) -> int:
    """How many bytes a UTF-8 sequence with this lead byte (0xC2-0xF4) has."""
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _proven(run: str, n_sequences: int, after: str) -> bool:
    """Whether a run of valid sequences is mojibake rather than Latin-1 text as written.

    A C1 control (U+0080-U+009F) is in no text; a run led by `_MOJIBAKE_LEADS` is mojibake, and so
    is a run of several sequences (`æ\\x94¹é\\x9d©`). Any other single sequence is a letter and a
    symbol (`É”` of a shouted `JOSÉ”`) and is mojibake only inside a word: a letter right after it
    (`Ä±` of `RazgatlÄ±oÄ\\x9flu`), and only where the symbol is none that written text puts
    between a word and the next (`_BETWEEN_WORDS`): `JOSÉ\\xa0MOURINHO`, `CAFÉ”ujar` and `3×\\xa0sehari`
    stay.
    """
    if run[0] in _MOJIBAKE_LEADS or any("\x80" <= c <= "\x9f" for c in run):
        return True
    if n_sequences > 1:
        return True
    return after.isalpha() and not any(unicodedata.category(c) in _BETWEEN_WORDS for c in run[1:])


def _runs(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, decoded, sequences) of each run of adjacent valid sequences in ``text``."""
    runs: list[tuple[int, int, str, int]] = []
    for m in _sequence().finditer(text):
        decoded = _decoded(m.group())
        if decoded is None:
            continue
        if runs and runs[-1][1] == m.start():
            start, _, before, n = runs[-1]
            runs[-1] = (start, m.end(), before + decoded, n + 1)
        else:
            runs.append((m.start(), m.end(), decoded, 1))
    return runs


def repair_mojibake(text: str) -> str:
    """The text with every proven run of UTF-8 read as Latin-1 or cp1252 decoded as UTF-8.

    Args:
        text: the article text.

    Returns:
        The text with its mojibake repaired; text with none is returned as it is.

    >>> repair_mojibake("Macron di Istana Kepresidenan Ã\\x89lysÃ©e, Paris.")
    'Macron di Istana Kepresidenan Élysée, Paris.'
    >>> repair_mojibake("â€œPenjualan lele tetap normal,â€\\x9d terangnya.")
    '“Penjualan lele tetap normal,” terangnya.'
    >>> repair_mojibake("Señor Müller minum kopi di café.")
    'Señor Müller minum kopi di café.'
    """
    if text.isascii():
        return text
    parts: list[str] = []
    at = 0
    for start, end, decoded, n in _runs(text):
        if _proven(text[start:end], n, text[end : end + 1]):
            parts += [text[at:start], decoded]
            at = end
    return "".join(parts) + text[at:] if parts else text
