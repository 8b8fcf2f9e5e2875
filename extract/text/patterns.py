"""The one way warta compiles a regular expression lazily: on first use, never at import."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex


class LazyPattern:
    """A regex compiled on first use, not at import (house style: import stays cheap).

    >>> DASH = LazyPattern(r"\\s[-–]\\s")
    >>> bool(DASH.get().search("PALANGKA RAYA – Wakil"))
    True
    """

    __slots__ = ("_args", "_kwargs", "_rx")

    def __init__(self, *args: object, **kwargs: object) -> None:
        self._args, self._kwargs, self._rx = args, kwargs, None

    def get(self) -> regex.Pattern[str]:
        if self._rx is None:
            self._rx = regex.compile(*self._args, **self._kwargs)
        return self._rx


#: A character glued to a word (`whole_words`): a letter, digit or underscore, or with ``hyphen`` a hyphen.
_GLUE = {True: LazyPattern(r"[\w-]"), False: LazyPattern(r"\w")}


def whole_words(text: str, word: str, *, hyphen: bool = True) -> Iterator[tuple[int, int]]:
    r"""The span of each place the non-empty ``word`` stands in ``text`` as a whole word: no
    letter, digit or hyphen glued to either side (`Raka` in `Gibran Rakabuming Raka`, not in
    `Rakabuming` nor `Prabowo-Raka`); with ``hyphen=False`` a hyphen may touch it. A plain
    search with both sides tested: no pattern is compiled for each word (compiling costs more
    than the whole search), and the spans are those of ``(?<![\w-])word(?![\w-])``.

    >>> list(whole_words("Gibran Rakabuming Raka, Prabowo-Raka", "Raka"))
    [(18, 22)]
    """
    glued = _GLUE[hyphen].get().match
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or glued(text, at - 1) is None) and glued(text, end) is None:
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def alternation(
    words: Iterable[str], *, space: str | None = None, fold: Callable[[str], bool] | None = None
) -> str:
    r"""A regex alternation of ``words``, each escaped, longest first: an alternation takes the
    first choice that matches, so ``miliar`` must come before ``M`` and ``sebelas`` before ``se``.
    No group around it. With ``space``, the blanks inside a phrase match that pattern instead
    (``\s+``); with ``fold``, a phrase it says yes to matches in any case (``(?i:…)``): one group
    around each run of such phrases, not one around each (the same matches, in the same order,
    compiled quicker).

    >>> alternation(["M", "miliar", "juta", "M"])
    'miliar|juta|M'
    >>> print(alternation(["pada hari", "TA", "ta", "sd"], space=r"\s+", fold=str.islower))
    (?i:pada\s+hari)|TA|(?i:sd|ta)
    """
    runs: list[tuple[bool, list[str]]] = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = regex.escape(w) if space is None else space.join(regex.escape(p) for p in w.split())
        folded = fold is not None and fold(w)
        if runs and runs[-1][0] == folded:
            runs[-1][1].append(body)
        else:
            runs.append((folded, [body]))
    return "|".join(f"(?i:{'|'.join(run)})" if folded else "|".join(run) for folded, run in runs)


#: A regex character that is no literal when it stands unescaped (`required_literals`).
_META = frozenset(".^$*+?{}[]()|\\")
#: An escape that stands for the character after the backslash itself (`\.`, `\(`, `\ `).
_ESCAPED_LITERAL = frozenset(".^$*+?{}[]()|\\/-#&~ ,:;!\"'@%=<>")


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""Strings one of which every match of ``pattern`` compiled with ``flags`` contains,
    casefolded, or None (none known): a cheap ``in`` test on the casefolded text (U+0307 dropped:
    `folded_for_literals`) then says where the pattern cannot match, before the regex is tried
    (the cleaner's inline markers: most lines hold none of them).

    Read from the pattern's text: a literal run outside any optional item, or a group every
    branch of which has one; the longest such choice. Anything not read (a top-level ``|``, a
    construct not parsed, a verbose pattern: ``regex.VERBOSE`` in ``flags`` or ``(?x)`` in it,
    where a space is no literal) gives None, never a wrong answer: the prefilter then stays off.

    >>> sorted(required_literals(r"(?-i)\b(?:Simak|Lihat)(?: [Jj]uga)? (?:[Vv]ideo|VIDEO)\s*:"))
    ['lihat', 'simak']
    >>> required_literals(r"\[/?caption\b[^\]\n]{0,200}\]")
    frozenset({'caption'})
    >>> print(required_literals(r"(?:foo|\d+)bar|baz"))
    None
    >>> print(required_literals("foo bar", regex.VERBOSE))
    None
    """
    if flags & regex.VERBOSE or regex.match(r"\(\?[a-zA-Z-]*x", pattern):
        return None
    try:
        items = _sequence(pattern, 0, len(pattern))
    except ValueError:
        return None
    return _best(items)


def folded_for_literals(text: str) -> str:
    """``text`` casefolded as `required_literals`' strings are, the combining dot above (U+0307)
    dropped: `İ` casefolds to `i̇`, which an ignore-case pattern's `i` matches (`İlustrasi`)."""
    return text.casefold().replace("\u0307", "")


def _best(choices: list[frozenset[str]] | None) -> frozenset[str] | None:
    """The choice whose shortest string is longest (the rarest to find), or None."""
    if not choices:
        return None
    return max(choices, key=lambda c: (min(len(s) for s in c), -len(c)))


def _sequence(p: str, i: int, end: int) -> list[frozenset[str]] | None:
    """The required choices of the sequence ``p[i:end]`` (None: it has a top-level ``|``)."""
    choices: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            choices.append(frozenset({"".join(run).casefold()}))
            run.clear()

    while i < end:
        item_end, literal, inner = _item(p, i, end)
        if item_end is None:  # a top-level `|`
            return None
        q_end, least = _quantifier(p, item_end, end)
        if literal is not None and q_end == item_end:
            run.append(literal)
        else:
            close()
            if literal is not None and least >= 1:
                choices.append(frozenset({literal.casefold()}))
            elif inner is not None and least >= 1:
                choices.append(inner)
        i = q_end
    close()
    return choices


def _item(p: str, i: int, end: int) -> tuple[int | None, str | None, frozenset[str] | None]:
    """One item at ``p[i]``: its end, the literal character it stands for (or None), and for a
    group the strings one of which it matches (or None)."""
    c = p[i]
    if c == "|":
        return None, None, None
    if c == "\\":
        if i + 1 >= end:
            raise ValueError("a trailing backslash")
        nxt = p[i + 1]
        if nxt in "pPN" and i + 2 < end and p[i + 2] == "{":
            return _closing(p, i + 2, "}") + 1, None, None
        if nxt in "xuU0123456789gk":
            raise ValueError("an escape not read")
        return i + 2, (nxt if nxt in _ESCAPED_LITERAL else None), None
    if c == "[":
        return _class_end(p, i), None, None
    if c == "(":
        return _group(p, i, end)
    if c in _META:
        if c in "^$.":
            return i + 1, None, None
        raise ValueError(f"a quantifier or bracket out of place at {i}")
    return i + 1, c, None


def _group(p: str, i: int, end: int) -> tuple[int, None, frozenset[str] | None]:
    """A bracketed group: a lookaround or a flag setting requires nothing of the match; a group
    requires one of the strings every branch requires."""
    close = _paren_end(p, i)
    body = i + 1
    if p.startswith("?", body):
        if p.startswith(("?=", "?!", "?<=", "?<!", "?#"), body):
            return close + 1, None, None
        if p.startswith("?P<", body) or p.startswith("?<", body):
            body = p.index(">", body) + 1
        elif p.startswith("?:", body):
            body += 2
        else:  # inline flags: `(?-i)` alone, or `(?i:…)` around a body
            colon = p.find(":", body, close)
            flags = p[body + 1 : colon if colon >= 0 else close]
            if not all(f in "aiLmsuxV01-" for f in flags) or "x" in flags:
                raise ValueError("flags not read")
            if colon < 0:
                return close + 1, None, None
            body = colon + 1
    branches = _branches(p, body, close)
    found: set[str] = set()
    for a, b in branches:
        best = _best(_sequence(p, a, b))
        if best is None:
            return close + 1, None, None
        found |= best
    return close + 1, None, frozenset(found)


def _branches(p: str, i: int, end: int) -> list[tuple[int, int]]:
    """The spans of the top-level branches of ``p[i:end]``."""
    out, start = [], i
    while i < end:
        if p[i] == "|":
            out.append((start, i))
            start = i + 1
        i = _paren_end(p, i) + 1 if p[i] == "(" else _step(p, i)
    out.append((start, end))
    return out


def _paren_end(p: str, i: int) -> int:
    """The index of the bracket closing the group opened at ``p[i]``."""
    depth = 0
    while i < len(p):
        if p[i] == "(":
            depth += 1
        elif p[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i = _step(p, i)
    raise ValueError("an unclosed group")


def _step(p: str, i: int) -> int:
    """The index after the escape, the character class or the character at ``p[i]``."""
    if p[i] == "\\":
        return i + 2
    return _class_end(p, i) if p[i] == "[" else i + 1


def _class_end(p: str, i: int) -> int:
    """The index after the character class opened at ``p[i]`` (nested classes of version 1 too)."""
    depth, i = 0, i
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[" and (depth == 0 or p[i - 1] != "["):
            depth += 1
            if p.startswith("^]", i + 1):
                i += 2
            elif p.startswith("]", i + 1):
                i += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("an unclosed class")


def _closing(p: str, i: int, mark: str) -> int:
    k = p.find(mark, i)
    if k < 0:
        raise ValueError(f"no {mark!r}")
    return k


def _quantifier(p: str, i: int, end: int) -> tuple[int, int]:
    """The end of the quantifier at ``p[i]`` (``i`` when none) and its least count (1 when none)."""
    if i >= end:
        return i, 1
    c = p[i]
    if c in "?*+":
        least = 1 if c == "+" else 0
        j = i + 1
    elif c == "{":
        m = regex.match(r"\{(\d*)(?:,(\d*))?\}", p[i:end])
        if m is None:
            return i, 1  # a literal brace: read by the caller as a literal next
        least, j = int(m.group(1) or 0), i + m.end()
    else:
        return i, 1
    if j < end and p[j] in "?+":  # lazy or possessive
        j += 1
    return j, least
