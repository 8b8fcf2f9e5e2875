"""The one calendar grammar: month and weekday names, day-first numeric dates, ISO values.

Both readers of dates use it: the date extractor (`extract.dates`, every mention in a
body) and the cleaner (the page's own date line). The words live in
``extract/resources/months.txt`` and ``weekdays.txt``; this module reads them once and
gives

* the lexicon (`month_number`, `weekday_number`, `calendar_lexicon`);
* regular-expression fragments with named groups, so that every pattern built on them
  reads the same names and numbers the same way (`month_rx`, `weekday_rx`, `day_rx`,
  `month_number_rx`, `year_rx`, `short_year_rx`, `numeric_date_rx`, `full_numeric_date_rx`);
* whole-date finders that return parsed dates with their spans (`find_numeric_dates`,
  `find_page_dates`, `page_date`) and the reader of an ISO value that may stop at the
  month or the year (`parse_iso`).

Numeric dates are day first (``24/8`` is 24 August), as Indonesian writes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from functools import cache

import regex

from ..resources import load_table
from .patterns import LazyPattern, alternation

__all__ = [
    "CalendarDate",
    "CalendarLexicon",
    "DateForm",
    "calendar_lexicon",
    "day_rx",
    "find_numeric_dates",
    "find_page_dates",
    "full_numeric_date_rx",
    "month_number",
    "month_number_rx",
    "month_rx",
    "numeric_date_rx",
    "page_date",
    "page_month",
    "parse_iso",
    "short_year",
    "short_year_rx",
    "weekday_number",
    "weekday_rx",
    "year_rx",
]

# Inline whitespace only: a date never runs over a line break, and bounded repetition keeps
# every pattern linear on adversarial input (a 100 000-character run of spaces).
INLINE = r"[^\S\r\n]"
S0 = INLINE + "{0,3}"
S1 = INLINE + "{1,3}"
# A word or number starts here: not glued to a letter or a digit.
WORD_START = r"(?<![\p{L}\p{N}])"

# Two-digit years below this are 20xx, the others 19xx (``19/7/25`` is 2025, ``'98`` 1998).
_CENTURY_PIVOT = 70


class DateForm(Enum):
    """How a whole date is written."""

    NAMED = "named"  # Senin, 24 Agustus 2020 / 24 Agt 2020
    ENGLISH = "english"  # August 24, 2020 (a page's own date line only)
    NUMERIC = "numeric"  # 24/8/2020, 24-08-2020, 24.8.2020 (day first)
    ISO = "iso"  # 2020-08-24


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A calendar point as written, any field may be missing, with its span in the text.

    >>> CalendarDate(2021, 12, 6, (7, 16)).iso
    '2021-12-06'
    >>> CalendarDate(None, 8, 24, (0, 4)).iso
    'XXXX-08-24'
    """

    year: int | None
    month: int | None
    day: int | None
    span: tuple[int, int]
    form: DateForm = DateForm.NUMERIC

    @property
    def iso(self) -> str:
        """ISO 8601 as far as the date is known; an unknown year is ``XXXX``."""
        ys = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return ys
        if self.day is None:
            return f"{ys}-{self.month:02d}"
        return f"{ys}-{self.month:02d}-{self.day:02d}"


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class CalendarLexicon:
    """The month and weekday words of ``months.txt`` and ``weekdays.txt``, lower case."""

    months: dict[str, int]  # Indonesian name or abbreviation (no final dot) -> month number
    full_months: tuple[str, ...]  # full names: matched in any case
    abbr_months: tuple[str, ...]  # abbreviations: matched in title or upper case only
    english_months: dict[str, int]  # read on a page's own date line only (March, May), never in a body
    weekdays: dict[str, int]  # Indonesian day name -> ISO weekday (Monday = 1)
    english_weekdays: dict[str, int]


@cache
def calendar_lexicon() -> CalendarLexicon:
    """The calendar words, read once.

    >>> calendar_lexicon().months["agustus"], calendar_lexicon().weekdays["jumat"]
    (8, 5)
    """
    months: dict[str, int] = {}
    english: dict[str, int] = {}
    full: list[str] = []
    abbr: list[str] = []
    for name, number, kind in load_table("months.txt"):
        if kind == "en":
            english[name.lower()] = number
            continue
        months[name.lower()] = number
        (full if kind == "full" else abbr).append(name.lower())
    weekdays: dict[str, int] = {}
    english_weekdays: dict[str, int] = {}
    for name, number, lang in load_table("weekdays.txt"):
        (english_weekdays if lang else weekdays)[name.lower()] = number
    return CalendarLexicon(months, tuple(full), tuple(abbr), english, weekdays, english_weekdays)


def month_number(word: str, *, english: bool = False) -> int | None:
    """The month a name or abbreviation stands for (any case, final dot ignored).

    >>> month_number("Agt."), month_number("Nopember"), month_number("March")
    (8, 11, None)
    >>> month_number("March", english=True)
    3
    """
    lex = calendar_lexicon()
    key = word.lower().rstrip(".")
    found = lex.months.get(key)
    if found is None and english:
        found = lex.english_months.get(key)
    return found


def weekday_number(word: str, *, english: bool = False) -> int | None:
    """The ISO weekday (Monday = 1) a day name stands for, in any case.

    >>> weekday_number("Jum'at"), weekday_number("AHAD"), weekday_number("Friday", english=True)
    (5, 7, 5)
    """
    lex = calendar_lexicon()
    found = lex.weekdays.get(word.lower())
    if found is None and english:
        found = lex.english_weekdays.get(word.lower())
    return found


def short_year(yy: int) -> int:
    """A two-digit year as a four-digit one (``25`` is 2025, ``98`` is 1998)."""
    return 2000 + yy if yy < _CENTURY_PIVOT else 1900 + yy


# --------------------------------------------------------------------------- fragments


@cache
def _month_alternations() -> tuple[str, str]:
    lex = calendar_lexicon()
    abbr_forms = [f for a in lex.abbr_months for f in (a.title(), a.upper())]
    full = "(?i:" + alternation(lex.full_months) + ")"
    abbr = "(?:" + alternation(abbr_forms) + r")\.?"
    return full, abbr


def month_rx(name: str, *, only_full: bool = False, english: bool = False) -> str:
    """A month name as group ``name``: full names in any case, abbreviations (``Agt``,
    ``AGT.``) in title or upper case only, because lower-case ``jan`` or ``des`` are often
    other words; ``only_full`` leaves the abbreviations out. ``english`` adds the English
    names (``March``, ``Oct.``) in title or upper case, for forms that only English order
    writes (``March 5, 2024``); alone, ``May`` or ``August`` is as often a name.

    >>> bool(regex.fullmatch(month_rx("m"), "Agt.")), bool(regex.fullmatch(month_rx("m"), "agt"))
    (True, False)
    >>> bool(regex.fullmatch(month_rx("m", english=True), "March"))
    True
    """
    full, abbr = _month_alternations()
    names = full if only_full else f"{full}|{abbr}"
    if english:
        forms = [f for w in calendar_lexicon().english_months for f in (w.title(), w.upper())]
        names = "(?:" + alternation(forms) + r")\.?|" + names
    return rf"(?P<{name}>{names})(?![\p{{L}}])"


def month_names_rx(*, only_full: bool = False) -> str:
    """Any month name or abbreviation (``only_full``: names only), no group (for repeated
    captures)."""
    full, abbr = _month_alternations()
    return full if only_full else f"{full}|{abbr}"


def weekday_rx(name: str) -> str:
    """An Indonesian day name in any case as group ``name``, as a whole word.

    >>> bool(regex.fullmatch(weekday_rx("w"), "Jum'at"))
    True
    """
    words = alternation(calendar_lexicon().weekdays)
    return rf"{WORD_START}(?P<{name}>(?i:{words}))(?![\p{{L}}'’])"


def day_rx(name: str) -> str:
    """A day of the month, 1-31, one or two digits, as group ``name``."""
    return rf"(?P<{name}>0?[1-9]|[12]\d|3[01])(?!\d)"


def month_number_rx(name: str) -> str:
    """A month as a number, 1-12, one or two digits, as group ``name``."""
    return rf"(?P<{name}>0?[1-9]|1[0-2])(?!\d)"


def year_rx(name: str) -> str:
    """A four-digit year 1900-2099 as group ``name``, not followed by a decimal part."""
    return rf"(?P<{name}>(?:19|20)\d\d)(?!\d|[.,]\d)"


def short_year_rx(name: str) -> str:
    """A two-digit year as group ``name`` (read with `short_year`)."""
    return rf"(?P<{name}>\d\d)(?!\d|[.,]\d)"


def numeric_date_rx() -> str:
    """A day-first numeric date, groups ``d``, ``m`` and ``y``/``yy``: ``d/m[/y]`` with any
    inline spacing (``24/8``, ``11 /9``, ``6/12/2021``, ``19/7/25``; the first slash may be
    typed twice, ``15//5/2018``; a four-digit year may follow a dash, ``13/2-2018``), or ``d.m.y``
    and ``d-m-y`` with one separator written twice and a year (``09-06-2025``). A year of three
    digits from 200 (``24/5/206``: a digit dropped or mistyped) is read past, and the date is its
    day and month alone."""
    slash = (
        rf"{day_rx('d')}{S0}//?{S0}{month_number_rx('m')}"
        rf"(?:{S0}/{S0}(?:{year_rx('y')}|{short_year_rx('yy')}|2\d\d(?!\d))|-{year_rx('y')})?(?![/\d])"
    )
    year = f"(?:{year_rx('y')}|{short_year_rx('yy')})"
    sep = rf"{day_rx('d')}(?P<sep>[.\-]){month_number_rx('m')}(?P=sep){year}"
    return f"(?:{slash}|{sep})"


def full_numeric_date_rx() -> str:
    """A day-first numeric date with its year (``6/12/2021``, ``09-06-2025``, ``9.6.25``)."""
    return (
        rf"{day_rx('d')}(?:{S0}/{S0}{month_number_rx('m')}{S0}/{S0}|(?P<sep>[.\-]){month_number_rx('m')}(?P=sep))"
        rf"(?:{year_rx('y')}|{short_year_rx('yy')})"
    )


def match_year(m: regex.Match[str], four: str, two: str | None = None) -> int | None:
    """The year of a match: group ``four`` as written, else group ``two`` as a short year."""
    if m.group(four) is not None:
        return int(m.group(four))
    if two is not None and m.group(two) is not None:
        return short_year(int(m.group(two)))
    return None


# --------------------------------------------------------------------------- finders


@cache
def _numeric() -> regex.Pattern[str]:
    bracketed = rf"\({S0}{numeric_date_rx()}{S0}\)"
    bare = rf"(?<![\p{{L}}\p{{N}}.,/:\-]){full_numeric_date_rx()}(?![/.\-]?\d)"
    return regex.compile(f"{bracketed}|{bare}", regex.V1)


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    try:
        dt.date(y if y is not None else 2000, m or 1, d or 1)  # 29/2 is valid in an unknown year
    except ValueError:
        return False
    return True


def find_numeric_dates(text: str) -> list[CalendarDate]:
    """Every day-first numeric date: bracketed with or without a year (``(24/8)``,
    ``(6/12/2021)``), or standing alone with its year (``09-06-2025``). Dates that are not
    on the calendar (``31/6``) are left out.

    >>> find_numeric_dates("di Museum Geopark, Kintamani, Senin (6/12/2021) dan Rabu (8/12).")
    [CalendarDate(year=2021, month=12, day=6, span=(36, 47), form=<DateForm.NUMERIC: 'numeric'>), \
CalendarDate(year=None, month=12, day=8, span=(57, 63), form=<DateForm.NUMERIC: 'numeric'>)]
    >>> find_numeric_dates("skor 3/4 dan rasio 31/6")
    []
    """
    out = []
    for m in _numeric().finditer(text):
        y, mo, d = match_year(m, "y", "yy"), int(m.group("m")), int(m.group("d"))
        if _valid(y, mo, d):
            out.append(CalendarDate(y, mo, d, m.span()))
    return out


# A page's own date line is read more loosely than a body: any case, English names too.
_PAGE_FLAGS = regex.IGNORECASE | regex.VERSION1


@cache
def _page_patterns() -> tuple[tuple[DateForm, regex.Pattern[str]], ...]:
    """The page date forms in order of preference. The named form's weekday is read by
    `_page_weekday` after a match: an optional word tried at every position of a text cost
    seven times the rest of the pattern."""
    lex = calendar_lexicon()
    months = alternation({*lex.months, *lex.english_months})
    named = rf"\b(?P<d>\d{{1,2}})\s*(?P<m>{months})\b\.?\s*,?\s*(?P<y>\d{{4}})\b"
    english = rf"\b(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{{4}})\b"
    numeric = r"\b(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"
    iso = r"\b(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"
    return (
        (DateForm.NAMED, regex.compile(named, _PAGE_FLAGS)),
        (DateForm.ENGLISH, regex.compile(english, _PAGE_FLAGS)),
        (DateForm.NUMERIC, regex.compile(numeric)),
        (DateForm.ISO, regex.compile(iso)),
    )


@cache
def _page_weekday() -> regex.Pattern[str]:
    """A day name ending right before a named page date (`Rabu, ` of `Rabu, 01 September 2021`)."""
    lex = calendar_lexicon()
    days = alternation({*lex.weekdays, *lex.english_weekdays})
    return regex.compile(rf"\b(?:{days})\b\s*,?\s*\Z", _PAGE_FLAGS)


_FOUR_DIGITS = LazyPattern(r"\d{4}")
# What every English page date holds (`5, 2024` of `March 5, 2024`): without it the English
# pattern, a month name tried at every position, is not run
_ENGLISH_TAIL = LazyPattern(r"\d{1,2}(?:st|nd|rd|th)?\s*,?\s+\d{4}\b", _PAGE_FLAGS)


def find_page_dates(text: str) -> list[CalendarDate]:
    """Every full date (day, month and four-digit year) as a page prints its own date:
    ``Senin, 24 Agustus 2020``, ``24 Agt 2020``, ``August 24, 2020``, ``24/08/2020``,
    ``2020-08-24``; names in any case, English ones too. Sorted by the order of preference
    of the forms (named, English, numeric, ISO), then by position.

    >>> [d.iso for d in find_page_dates("Diterbitkan Rabu, 01 September 2021 | 10:30 WIB")]
    ['2021-09-01']
    """
    if _FOUR_DIGITS.get().search(text) is None:
        return []  # every full date has a four-digit year
    out = []
    for form, rx in _page_patterns():
        if form is DateForm.ENGLISH and _ENGLISH_TAIL.get().search(text) is None:
            continue
        after = 0  # where the previous match ended: a weekday before a date starts after it
        for m in rx.finditer(text):
            start = _with_weekday(text, after, m.start()) if form is DateForm.NAMED else m.start()
            after = m.end()
            mo = m["m"]
            month = int(mo) if mo.isdigit() else month_number(mo, english=True)
            y, d = int(m["y"]), int(m["d"])
            if month is not None and _valid(y, month, d) and y >= dt.MINYEAR:
                out.append(CalendarDate(y, month, d, (start, m.end()), form))
    return out


def _with_weekday(text: str, after: int, start: int) -> int:
    """Where a named page date starting at ``start`` starts with the day name before it
    (`Rabu, 01 September 2021`), not before ``after``."""
    found = _page_weekday().search(text, after, start)
    return found.start() if found is not None else start


def page_date(text: str) -> CalendarDate | None:
    """The date a page line gives: the first full date of the most preferred form.

    >>> page_date("Oleh Admin - Rabu, 01 September 2021 - 10:30")
    CalendarDate(year=2021, month=9, day=1, span=(13, 36), form=<DateForm.NAMED: 'named'>)
    >>> page_date("Dibaca 1.234 kali") is None
    True
    """
    found = find_page_dates(text)
    return found[0] if found else None


@cache
def _page_month_pattern() -> regex.Pattern[str]:
    lex = calendar_lexicon()
    months = alternation({*lex.months, *lex.english_months})
    return regex.compile(rf"\b(?P<m>{months})\b\.?\s*,?\s*(?P<y>\d{{4}})\b", _PAGE_FLAGS)


def page_month(text: str) -> CalendarDate | None:
    """The first month and year a page line gives when it gives no day (``Maret 2022``,
    ``Edisi Agustus 2021``, ``March 2022``): a month-level published date.

    >>> page_month("Diterbitkan: Maret 2022").iso
    '2022-03'
    >>> page_month("Rabu, 01 September 2021") is None  # a full date: see page_date
    True
    """
    if page_date(text) is not None:
        return None
    for m in _page_month_pattern().finditer(text):
        month = month_number(m["m"], english=True)
        if month is not None and int(m["y"]) >= dt.MINYEAR:
            return CalendarDate(int(m["y"]), month, None, m.span(), DateForm.NAMED)
    return None


_ISO_VALUE = LazyPattern(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def parse_iso(value: str) -> tuple[int, int | None, int | None]:
    """An ISO date that may stop at the month or the year: ``(year, month, day)``.

    Anything after the date (a time, ``T10:30:00+07:00``) is ignored.

    Raises:
        ValueError: ``value`` does not start with ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
            on the calendar.

    >>> parse_iso("2022-03"), parse_iso("2025-06-09T10:00"), parse_iso("2024")
    ((2022, 3, None), (2025, 6, 9), (2024, None, None))
    """
    m = _ISO_VALUE.get().match(value.strip()) if isinstance(value, str) else None
    if m is None or (m.end() < len(value.strip()) and value.strip()[m.end()].isdigit()):
        raise ValueError(f"expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    y = int(m["y"])
    mo = int(m["m"]) if m["m"] else None
    d = int(m["d"]) if m["d"] else None
    if y < dt.MINYEAR or not _valid(y, mo, d) or mo == 0 or d == 0:
        raise ValueError(f"expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD on the calendar, got {value!r}")
    return y, mo, d
