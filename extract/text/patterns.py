"""The one way warta compiles a regular expression lazily: on first use, never at import."""

from __future__ import annotations

from collections.abc import Iterator

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


def whole_words(text: str, word: str) -> Iterator[regex.Match[str]]:
    """Each place ``word`` stands in ``text`` as a whole word: no letter, digit or hyphen glued to
    either side (`Raka` in `Gibran Rakabuming Raka`, not in `Rakabuming` nor `Prabowo-Raka`).

    >>> [m.start() for m in whole_words("Gibran Rakabuming Raka, Prabowo-Raka", "Raka")]
    [18]
    """
    return regex.finditer(rf"(?<![\w-]){regex.escape(word)}(?![\w-])", text)
