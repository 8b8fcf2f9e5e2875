"""The cleaner's calendar grammar: full dates a page gives for itself.

`Rabu, 01 September 2021`, `March 5, 2024`, `05/03/2024`, `2024-03-05`: a day, a month
(a name from ``resources/months.txt`` or a number) and a four-digit year. Only whole
calendar dates count; a page date is never guessed from a partial one.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import NamedTuple

import regex

from ..resources import load_lines


class _DatePatterns(NamedTuple):
    year: regex.Pattern[str]
    named: regex.Pattern[str]
    english: regex.Pattern[str]
    numeric: regex.Pattern[str]
    iso: regex.Pattern[str]


@cache
def _months() -> dict[str, int]:
    out = {}
    for entry in load_lines("months.txt"):  # shared with dates.py; English too, for date lines
        name, number, _kind = entry.split()
        out[name] = int(number)
    return out


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(entry.split()[0] for entry in load_lines("weekdays.txt"))


@cache
def _date_patterns() -> _DatePatterns:
    flags = regex.IGNORECASE | regex.VERSION1
    month_rx = "|".join(regex.escape(m) for m in sorted(_months(), key=len, reverse=True))
    weekday_rx = "|".join(regex.escape(w) for w in sorted(_weekdays(), key=len, reverse=True))
    return _DatePatterns(
        year=regex.compile(r"\d{4}"),
        named=regex.compile(
            rf"(?:\b(?:{weekday_rx})\b\s*,?\s*)?\b(?P<d>\d{{1,2}})\s*(?P<m>{month_rx})\b\.?\s*,?\s*(?P<y>\d{{4}})\b",
            flags,
        ),
        english=regex.compile(
            rf"\b(?P<m>{month_rx})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{{4}})\b", flags
        ),
        numeric=regex.compile(r"\b(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"),
        iso=regex.compile(r"\b(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"),
    )


def _date(text: str) -> str | None:
    """ISO date of the first full date in ``text``, when it is a real calendar date."""
    found = _date_span(text)
    return found[0] if found else None


def _date_span(text: str) -> tuple[str, int, int] | None:
    """The first full date in ``text`` as (ISO date, start, end); the forms are tried in order."""
    p = _date_patterns()
    if not p.year.search(text):
        return None  # every full date has a four-digit year
    for rx in (p.named, p.english, p.numeric, p.iso):
        for m in rx.finditer(text):
            month = m["m"]
            month_n = int(month) if month.isdigit() else _months().get(month.casefold())
            try:
                return dt.date(int(m["y"]), month_n or 0, int(m["d"])).isoformat(), m.start(), m.end()
            except ValueError:
                continue
    return None
