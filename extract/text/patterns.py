"""The one way warta compiles a regular expression lazily: on first use, never at import."""

from __future__ import annotations

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
