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
