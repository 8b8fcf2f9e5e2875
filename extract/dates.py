"""Dates: every mention of a calendar point or period in the body, as ISO 8601 (GUIDELINES §3).

The extractor is a set of small regular expressions over the cleaned text, one per
surface form Indonesian news uses (``Senin (24/8)``, ``23 Juni hingga 23 September
2025``, ``sejak tahun 2018``, ``APBD Perubahan 2025``, ``Selasa sore, 4 Februari 2025``,
``terjadi 2019 lalu``, and English order with a year, ``March 5, 2024``), built from the word lists in
``extract/resources/dates_*.txt`` and on the calendar grammar the cleaner shares
(`extract.text.calendar`: month and weekday names, day-first numeric dates). Every form
is matched on its own and read by one small function (``_FORM_READERS``); the candidates are
then filtered (a year inside a law identifier, an event name or after a holiday's name is not
a date), overlaps are resolved longest first then leftmost, two points joined only by ``hingga``/``–``
become a range (``akhir Mei hingga awal Juni 2018``: a part word may open its end), and
finally missing years are filled from the article's anchor and
relative words (``kemarin``, ``pekan lalu``, ``dua pekan lalu``, ``bulan ini``, ``Sabtu pekan
lalu``) counted from the published date (which may stop at the month, ``2022-03``).

`dateparser.search.search_dates` is not used: on the dev set it scores F1 0.22 with its
defaults and 0.44 told to read day first (it takes ``Covid-19`` and ``Batik 29,`` for
dates, ``24-28 Agustus`` for 24 August 2028, and misses ``Senin(24/8)``); see
``benchmarks/dateparser_baseline.py``. Its Indonesian word data (``id.yaml``) is a source
of our month, weekday and relative word lists instead, and a test keeps them in step.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from enum import Enum
from functools import cache
from typing import Any

import regex

from .records import DateMention
from .resources import load_lines, load_table
from .text.calendar import (
    INLINE,
    S0,
    S1,
    WORD_START,
    calendar_lexicon,
    day_rx,
    full_numeric_date_rx,
    match_year,
    month_names_rx,
    month_number,
    month_number_rx,
    month_rx,
    numeric_date_rx,
    parse_iso,
    short_year_rx,
    weekday_number,
    weekday_rx,
    year_rx,
)
from .text.patterns import LazyPattern, alternation
from .text.words import speech_verbs

__all__ = ["extract_dates"]

# Inline whitespace and word starts: the calendar grammar's (`extract.text.calendar`).
_H, _S0, _S1, _WB = INLINE, S0, S1, WORD_START
# A number starts here: not glued to a letter, a digit or a decimal/ratio mark.
_NB = r"(?<![\p{L}\p{N}.:/]|\d,)"


# --------------------------------------------------------------------------- data


class Grain(Enum):
    """How fine a date or a relative count is, finest first (the unit of dates_relative.txt and
    dates_counted.txt): a count in one grain needs a base date known at least that finely."""

    DAY = "day"
    WEEKEND = "weekend"  # akhir pekan lalu: that week's Saturday to Sunday
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Nearest(Enum):
    """Which day a bare weekday names, counted from the base date."""

    ON_OR_BEFORE = "onbefore"  # Kamis: the nearest Thursday on or before it
    BEFORE = "before"  # Kamis lalu: the last one before it
    AFTER = "after"  # Kamis depan: the next one after it


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, int]  # lower-case name, no final dot -> month number
    full_months: tuple[str, ...]
    abbr_months: tuple[str, ...]
    weekdays: dict[str, int]  # lower-case name -> ISO weekday
    relative: dict[str, tuple[Grain, int]]  # lower-case phrase -> (unit, offset)
    keep_cues: tuple[str, ...]
    drop_cues: tuple[str, ...]
    part_cues: tuple[str, ...]  # awal, akhir: drop cues that may also open a range's or a list's end
    budget_cues: tuple[str, ...]
    month_cues: tuple[str, ...]  # before a bare month only ("periode Februari", "paling lambat Juli")
    era_marks: tuple[str, ...]  # Masehi, M: after a year, the Common Era's
    hijri_marks: tuple[str, ...]  # H, Hijriah: after the Hijri year that a Masehi year pairs with
    blockers: dict[str, frozenset[str]]  # kind -> lower-case words
    qualifiers: tuple[str, ...]
    counted: dict[str, dict[str, str]]  # kind -> word -> value (dates_counted.txt)
    dayparts: tuple[str, ...]  # pagi, sore, malam: between a weekday and its date


@cache
def _lexicon() -> _Lexicon:
    cal = calendar_lexicon()
    relative = {}
    for unit, offset, phrase in load_table("dates_relative.txt"):
        relative[phrase.lower()] = (Grain(unit), offset)
    cues: dict[str, list[str]] = {k: [] for k in ("keep", "drop", "part", "budget", "month", "era", "hijri")}
    for kind, cue in load_table("dates_year_cues.txt"):
        cues[kind].append(cue)
    cues["drop"] += cues["part"]  # "awal 2024", "akhir Mei": a part of a period is a drop cue too
    counted: dict[str, dict[str, str]] = {}
    for kind, value, word in load_table("dates_counted.txt"):
        counted.setdefault(kind, {})[word.lower()] = value
    blockers: dict[str, set[str]] = {}
    for kind, word in load_table("dates_blockers.txt"):
        blockers.setdefault(kind, set()).add(word.lower())
    return _Lexicon(
        months=cal.months,
        full_months=cal.full_months,
        abbr_months=cal.abbr_months,
        weekdays=cal.weekdays,
        relative=relative,
        keep_cues=tuple(cues["keep"]),
        drop_cues=tuple(cues["drop"]),
        part_cues=tuple(cues["part"]),
        budget_cues=tuple(cues["budget"]),
        month_cues=tuple(cues["month"]),
        era_marks=tuple(cues["era"]),
        hijri_marks=tuple(cues["hijri"]),
        blockers={k: frozenset(v) for k, v in blockers.items()},
        qualifiers=tuple(w.lower() for w in load_lines("dates_qualifiers.txt")),
        counted=counted,
        dayparts=tuple(w.lower() for w in load_lines("dates_dayparts.txt")),
    )


def _alt(words: Iterable[str], *, fold: bool = True) -> str:
    """A longest-first alternation of phrases; inner spaces match 1-3 inline spaces.

    ``fold`` makes the phrase case-insensitive, except phrases written in upper case
    (acronyms such as ``TA`` or ``APBD``), which must match as written.
    """
    folded = (lambda w: not _is_acronym(w)) if fold else None
    return f"(?:{alternation(words, space=_S1, fold=folded)})"


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters[:2]) and word != word.title()


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True, slots=True)
class _Patterns:
    forms: tuple[tuple[str, str, regex.Pattern[str]], ...]  # (family, name, pattern)
    month_words: frozenset[str]  # lower case: the words that trigger the month forms
    weekday_words: frozenset[str]
    relative_words: frozenset[str]  # first words of the relative phrases
    relative: regex.Pattern[str]
    counted: regex.Pattern[str]
    counted_words: frozenset[str]  # last words of the counted phrases (lalu, silam, lagi)
    weekday: regex.Pattern[str]
    connector: regex.Pattern[str]
    range_gap: regex.Pattern[str]  # between a range's two ends: a connector, maybe a part word
    between_gap: regex.Pattern[str]  # "dan" (maybe a part word) ending a range "antara" opens
    qualifier: regex.Pattern[str]
    day_word_after: regex.Pattern[str]
    weekday_range_before: regex.Pattern[str]
    weekdays_before_bracket: regex.Pattern[str]
    number_before: regex.Pattern[str]
    law_before: regex.Pattern[str]
    law_in_clause: regex.Pattern[str]
    ordinal_before: regex.Pattern[str]
    edition_before: regex.Pattern[str]
    title_before: regex.Pattern[str]
    law_name_before: regex.Pattern[str]
    day_word_before: regex.Pattern[str]
    place_before: regex.Pattern[str]
    recurring_before: regex.Pattern[str]
    period_before: regex.Pattern[str]
    holiday_before: regex.Pattern[str]
    titlecase_before: regex.Pattern[str]
    event_acronym_before: regex.Pattern[str]
    event_name_after: regex.Pattern[str]
    budget_region_before: regex.Pattern[str]
    programme_before: regex.Pattern[str]
    sentence_open: regex.Pattern[str]
    decade: regex.Pattern[str]
    numeral_before: regex.Pattern[str]
    name_number_before: regex.Pattern[str]
    minggu_after: regex.Pattern[str]


# Fragments shared by the forms. The word for "date" that may open a day ("tanggal 24 Juni").
_TANGGAL = r"(?i:tanggal|tgl\.?)"
# A range connector: a dash (typed twice too, "18--20 September"), "s.d.", "s/d", "hingga",
# "sampai (dengan)"; after a word connector the far end may repeat "tanggal" ("18 September
# sampai dengan tanggal 24 September").
_RC = (
    rf"(?:{_S0}(?:--|[-–—]){_S0}|{_S1}(?i:s\.{_S0}d\.?|s/d|sd|hingga|sampai(?:{_S1}(?:dengan|dgn))?){_S1}"
    rf"(?:{_TANGGAL}{_S1})?)"
)
# A full day-first numeric date with no groups, to look ahead for the far end of a range.
_FULL_NUMERIC_PLAIN = r"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{2})"
_SEP_WD = rf"{_S0},?{_S0}"  # between a weekday and its date
# What joins the last item of a list of days, months or years: "24 dan 25 Agustus", "Juli atau
# Agustus 2023" (the year at the end belongs to every item either way).
_AND = r"(?i:dan|serta|atau|&)"
_TAHUN = rf"(?:(?i:tahun){_S1})?"  # "bulan Maret tahun 2024"
# A month has at most five weeks (``minggu ke empat April``: the ordinal a numeral of numbers_words.txt)
_WEEKS_IN_MONTH = 5


@cache
def _week() -> str:
    """A week of a month before its name, with the space after it: ``pekan kedua``, ``minggu ke-3``,
    ``minggu ke empat``, ``pekan terakhir``."""
    rows = load_table("numbers_words.txt")
    spelled = alternation(r.word for r in rows if r.kind == "unit" and 1 <= int(r.value) <= _WEEKS_IN_MONTH)
    ordinal = rf"ke-?{_S0}\d|ke\p{{L}}{{3,6}}|ke{_S1}(?:{spelled})|pertama|terakhir"
    return rf"(?i:(?:pekan|minggu){_S1}(?:{ordinal})){_S1}"


# (a capitalised "Tahun" or "TA" after the name is the budget's year word: APBD Kabupaten X
# Tahun 2024). After an acronym the region's kind may be left out and its province follow a
# comma: "PAD Pringsewu 2023", "UMK Way Kanan 2023", "APBD Pringsewu, Lampung 2022" (news-raw
# 6000-6299); not after a word ("anggaran SEA Games 2025" is an event's year).
_REGION_WORD = r"(?!(?:Tahun|TA)\b)\p{Lu}[\p{L}-]*"
_REGION_KIND = rf"(?:(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Desa){_S1}|(?<=\p{{Lu}}\)?{_S1}))"
_REGION = (
    rf"(?:{_S1}{_REGION_KIND}{_REGION_WORD}(?:{_S1}{_REGION_WORD}){{0,2}}"
    rf"(?:,{_S1}{_REGION_WORD}(?:{_S1}{_REGION_WORD})?)?)?"
)


# The most capitalised words of a place between "di" and its bracketed date ("di Kantor Dinas
# PU Kabupaten Sukabumi, Cibadak (9/5)").
_PLACE_WORDS = 7

# Not right after a day number: "1 Januari 2025 hingga Februari 2025" starts on a day, which
# the day forms read; a month form starting at "Januari" would drop it.
_NO_DAY = rf"(?<!(?<![\p{{N}}.,/])\d{{1,2}}{_S0})"


def _year_tail() -> str:
    # "24 Mei2018": a year glued to its month, as pages lose a space (as "tahun2020");
    # "1 Januari (2027)": a year in brackets after its month, as a speaker's words are completed
    return rf"(?:(?:,?{_S1}{_TAHUN}|(?<=\p{{L}}\.?)){year_rx('y')}|{_BRACKETED_YEAR})?"


# A year in brackets right after a month: "Desember (2018)".
_BRACKETED_YEAR = rf"{_S0}\({_S0}{year_rx('y')}{_S0}\)"


def _year_range_tail() -> str:
    return rf"(?:(?:{_RC}|{_S0}/{_S0})(?:{year_rx('y2')}|(?<=/{_S0}){short_year_rx('yy2')}))?"


def _year_list_tail() -> str:
    """The later years of a list after a cued first one (``tahun 2022, 2023 dan 2024``)."""
    return rf"(?:(?:{_S0},{_S0}|{_S0},?{_S1}{_AND}{_S1}){year_rx('ye')}(?![-–/]\d)){{0,6}}+"


# `Selasa (19/9) 2023.`: the year after a weekday's bracketed day and month, closing the clause
# (news tune: `Senin (18/9) hingga Selasa (19/9) 2023` dates both ends); a number there that the
# clause goes on after may count something (`(19/9) 2023 peserta`)
_BRACKET_YEAR = rf"(?:{_S1}(?P<yb>(?:19|20)\d\d)(?=[.,;:!?)]|{_S0}$))?"


def _day_forms(lex: _Lexicon) -> dict[str, str]:
    """The forms with a day: a day and a month name, or a day-first numeric date."""
    wd, mon, day, mm, y4, y2 = weekday_rx, month_rx, day_rx, month_number_rx, year_rx, short_year_rx
    daypart = rf"(?:{_S1}{_alt(lex.dayparts)})?"  # Selasa sore, 4 Februari 2025
    # Jumat kemarin, 10 November 2017 / Sabtu ini, 18 April 2020
    past = rf"(?:{_S1}{_alt((*lex.qualifiers, 'ini'))})?"
    wd_prefix = rf"(?:{wd('wd')}(?:{_RC}{wd('wd2')})?{past}{daypart}{_SEP_WD}(?:(?i:tanggal|tgl\.?){_S1})?)?"
    num, num_full = numeric_date_rx(), full_numeric_date_rx()
    rel_cue = _alt(p for p in lex.relative if lex.relative[p][0] is Grain.DAY)
    month_words_after = (*lex.qualifiers, "ini", "depan")
    return {
        # Kamis 23 September 2021 / 4 Juni / Minggu, 27 Juli 2025
        "dm": rf"{wd_prefix}{_NB}{day('d')}{_S0}{mon('m')}{_year_tail()}",
        # Rabu (2 Mei 2018) / Minggu (23 Agustus): a weekday and its date in brackets
        "dm_paren": rf"{wd('wd')}{past}{daypart}{_SEP_WD}\({_S0}{day('d')}{_S0}{mon('m')}"
        rf"{_year_tail()}{_S0}\)",
        # March 5, 2024 / Kamis, Maret 7, 2024: English order, month first; only with a year
        # after a comma, since "Mei 2" alone is a month and a count
        "md": rf"{wd_prefix}{_WB}{mon('m', english=True)}{_S1}{day('d')},{_S0}{y4('y')}(?![\p{{N}}])",
        # 24 dan 25 Agustus 2025: one point per day
        "enum": rf"{_NB}{day('d')}(?:{_S0},{_S0}(?P<dn>(?:0?[1-9]|[12]\d|3[01])(?!\d))){{0,6}}+"
        rf"{_S0},?{_S1}{_AND}{_S1}{day('dl')}{_S0}{mon('m')}{_year_tail()}",
        # 24-28 Agustus / 1 s.d. 3 Maret 2022
        "dd_range": rf"{wd_prefix}{_NB}{day('d')}{_RC}{day('d2')}{_S0}{mon('m')}{_year_tail()}",
        # Senin(24/8) / Kamis 30/04 / Rabu, (01/09/2021) / Rabu (11 /9) / Sabtu (19/7/25)
        # Senin tadi (28/5) / Rabu pekan depan (18/06) / Kamis dini hari WIB (03/05)
        "num_wd": rf"{wd('wd')}(?:{_S1}(?i:pekan|minggu)(?={_S1}(?i:lalu|depan|ini)))?"
        rf"(?:{_S1}{_alt((*month_words_after, 'tadi'))})?{daypart}(?:{_S1}(?:WIB|WITA|WIT))?{_SEP_WD}"
        rf"(?:\({_S0}{num}{_S0}\){_BRACKET_YEAR}|{num})",
        # tanggal 24/8 / kemarin (24/8): a cue word stands in for the weekday
        "num_cue": rf"{_WB}(?:(?P<keep>(?i:tanggal|tgl\.?)){_S1}|{rel_cue}{_S0}(?=\())"
        rf"(?P<numpart>\({_S0}{num}{_S0}\)|(?<=(?i:tanggal|tgl\.?){_S1}){num})",
        # di Desa Sukamaju (17/3) / di Kantor Dinas PU, Sukabumi (9/5): a bracketed day and month
        # right after the place named by "di"/"ke" (a building, then its town after a comma) is
        # the day it happened there; after a number or any other word it may be a score, a
        # fraction or a reference (7-6 (7/5), Bagian (1/2), Tabel (2/3)); the bracket is checked
        # first so that the unbounded lookbehind runs only where one opens
        "num_named": rf"(?=\()(?<=(?<![\p{{L}}\p{{N}}])(?i:di|ke){_S1}"
        rf"(?:\p{{Lu}}[\p{{L}}.\-]*,?{_S1}){{0,{_PLACE_WORDS}}})\({_S0}{num}{_S0}\)",
        # Jakarta Pusat (16/05) / menghadapi Troyes (08/5) / ujar perwakilan Sony (10/11): a
        # bracketed day and month right after a capitalised name is the day of what was said or
        # done there, unless that word names a part of a document (Tabel (2/3), Pasal (1/2))
        "num_after_name": rf"(?=\()(?<=(?<![\p{{L}}\p{{N}}])\p{{Lu}}[\p{{L}}\-]*{_S1})"
        rf"\({_S0}{num}{_S0}\)",
        # (24-28/8) / Senin-Rabu (30/7-2/8/2025)
        "num_range": rf"(?:{wd('wd')}(?:{_RC}{wd('wd2')})?{_SEP_WD})?\({_S0}{day('d')}{_S0}"
        rf"(?:/{_S0}{mm('m')}{_S0})?[-–]{_S0}{day('d2')}{_S0}/{_S0}{mm('m2')}"
        rf"(?:{_S0}/{_S0}(?:{y4('y')}|{y2('yy')}))?{_S0}\)",
        # (6/12/2021) / 09-06-2025 / 9.6.2025: a year is required without a weekday
        # 28/12/2024-3/1/2025: a dash between two full numeric dates joins them (a range, see
        # `_merge_ranges`); any other dash or digit next to one makes it no date (2024-3, 12/3/4)
        "num_full": rf"(?:\({_S0}{num_full}{_S0}\)|(?:(?<![\p{{L}}\p{{N}}.,/:\-–])|(?<=/\d{{2,4}}[-–]))"
        rf"{num_full}(?![/.]?\d|[-–](?!{_FULL_NUMERIC_PLAIN}(?![/.\-]?\d))))",
    }


def _month_forms(lex: _Lexicon) -> dict[str, str]:
    """The forms with a month name and no day."""
    return {
        **_lone_month_forms(lex),
        **_month_breakdown_forms(lex),
        **_month_time_word_forms(lex),
        **_month_list_forms(lex),
        **_bracketed_month_forms(),
    }


def _bracketed_month_forms() -> dict[str, str]:
    """A month an editor adds in brackets: to a day (``tanggal 26 (Mei)``) or alone (``periode II
    (Februari)``); the bracket marks the month as one, as a cue does."""
    mon = rf"{_S0}\({_S0}{month_rx('m', only_full=True)}{_S0}\)"
    return {
        "day_bracket_month": rf"{_WB}(?i:tanggal|tgl\.?){_S1}{day_rx('d')}{mon}",
        "bracket_month": rf"(?<![\p{{N}}]{_S0}){mon}",
    }


def _clause_end() -> str:
    """What may follow a month a verb-shaped word cues: the clause ends (or a range goes on);
    "bertemu Juni dan Mei di pasar", "bernama Juni (23)" are people."""
    return (
        rf"{_S0}(?:[.;:!?\"”’)]|,(?!{_S0}(?:{month_names_rx(only_full=True)}|{_AND})(?![\p{{L}}]))|\Z)|{_RC}"
    )


def _month_tally(lex: _Lexicon) -> str:
    """The count after a month of a breakdown: "ada 18", "10", "(4)", "(233 kasus)"; not a year."""
    count, tally_word = _alt(lex.blockers["count"]), _alt(lex.blockers["tally"])
    number = r"(?!(?:19|20)\d\d(?![\d.,]))\d{1,4}(?:\.\d{3})*+(?:,\d+)?(?![\d.,]*\d|\p{L})"
    return (
        rf"(?:{_S1}(?:{tally_word}{_S1})?{number}(?:{_S1}{count}(?![\p{{L}}]))?"
        rf"|{_S0}\({_S0}{number}(?:{_S1}{count})?{_S0}\))"
    )


def _lone_month_forms(lex: _Lexicon) -> dict[str, str]:
    """A month alone or one span of months: in a series, in a range, with its year, after a cue."""
    mon, y4 = month_rx, year_rx
    drop, verbs, clause_end = _alt(lex.drop_cues), _alt(lex.month_cues), _clause_end()
    return {
        # Februari 2020, harga turun …, Maret harga kembali turun: a month opening a clause of a
        # series, a lower-case word after it (_series_month wants a month and year in its
        # sentence); not a verb-shaped one ("Juni menjelaskan" is a person)
        "month_series": rf"(?:(?<=[,;.!?]{_S1})|(?<=(?<![\p{{L}}])(?i:dan){_S1})|(?<=\A))"
        rf"{mon('m', only_full=True)}(?={_S1}\p{{Ll}})(?!{_S1}{_VERB_SHAPED})",
        # Juli hingga Oktober 2025 / Januari-Maret 2024
        # / mulai April, Mei, hingga Juni 2020 (the months between listed before the connector)
        # / (Oktober-Desember) 2024: the year after the bracket a range is written in is its year
        "month_range": rf"{_WB}{_NO_DAY}(?:(?P<ob>\(){_S0})?(?:(?i:bulan){_S1})?{mon('m')}(?:{_S1}{y4('y')})?"
        rf"(?:{_S0},{_S0}{month_names_rx(only_full=True)}(?![\p{{L}}])){{0,10}}+(?:,(?={_S1}))?{_RC}"
        rf"(?:(?i:bulan){_S1})?{mon('m2')}"
        rf"(?(ob){_S0}\){_S1}{_TAHUN}{y4('y2')}|(?:,?{_S1}{_TAHUN}{y4('y2')})?)",
        # November 2020 / pekan kedua Maret 2024 / bulan Maret tahun 2024 / Desember (2018) / Juni2025
        "month_year": rf"{_WB}(?:{_week()})?(?:(?i:bulan){_S1})?{mon('m')}"
        rf"(?:(?:,?{_S1}{_TAHUN}|(?<=\p{{L}}\.?)){y4('y')}|{_BRACKETED_YEAR})",
        # data Juli. / tutup buku Juni, / mundur ke Maret, mundur ke April: a full month name
        # between a lower-case word and the clause's end (_closing_month drops a speaker's or a
        # person's word before it: "kata Mei.", "oleh Juni,")
        "month_closing": rf"(?<![\p{{L}}\p{{N}}-])(?P<pw>\p{{Ll}}[\p{{L}}-]*+){_S1}{mon('m', only_full=True)}"
        rf"(?={clause_end})",
        # bulan Juli / sejak Juli: a month alone needs a cue (and a full name)
        # (a month cue or any word shaped like a verb: "akan dilakukan Desember", "diputuskan
        # Maret"; after a verb, "digelar Mei Sari" is a person: no capitalised word may follow)
        # (after "dari"/"antara" only as a range's start: "dari Januari sampai 20 Mei")
        "month_cue": rf"{_WB}(?:(?P<keep>(?:{_week()})?(?i:bulan)|{_week().removesuffix(_S1)})"
        rf"|{drop}|(?P<verb>{verbs}|(?P<vshape>{_VERB_SHAPED}))"
        rf"|(?P<from>(?i:dari|antara))){_S1}{mon('m', only_full=True)}(?!{_S0}\d)"
        rf"(?(verb)(?!{_S1}\p{{Lu}}\p{{Ll}}))(?(from)(?={_RC}))(?(vshape)(?={clause_end}))",
    }


def _month_breakdown_forms(lex: _Lexicon) -> dict[str, str]:
    """The months of a monthly breakdown, each with its count."""
    mon, tally = month_rx, _month_tally(lex)
    count, tally_word = _alt(lex.blockers["count"]), _alt(lex.blockers["tally"])
    return {
        # Januari 87.133 orang, Februari 74.206 orang / Juli 4 kasus: a month of a monthly breakdown,
        # a count or an amount after it (a number with thousands, or a number and what it counts)
        "month_count": rf"{_WB}{_NO_DAY}(?:(?P<keep>(?i:bulan)){_S1})?{mon('m', only_full=True)}"
        rf"(?={_S1}(?:{tally_word}{_S1})?"
        rf"(?:\d{{1,3}}(?:\.\d{{3}})+(?![\d.])|\d{{1,4}}(?:,\d+)?{_S1}{count}(?![\p{{L}}])))",
        # Januari ada 18, Februari 10, dan Maret ada 5 kendaraan / Februari (4), dan Maret (11):
        # two or more months each with its count, joined as a list, are a monthly breakdown
        # whatever the counts lack (a bare number, or one in brackets; never a year)
        "month_counts": rf"{_WB}{_NO_DAY}(?:(?P<keep>(?i:bulan)){_S1})?{mon('m', only_full=True)}{tally}"
        rf"(?:{_S0},?{_S1}(?:{_AND}{_S1})?(?P<mn>{month_names_rx(only_full=True)}){tally})++",
    }


def _month_time_word_forms(lex: _Lexicon) -> dict[str, str]:
    """A month a time word follows (``Juni lalu``, ``November tahun lalu``)."""
    mon, month_words_after = month_rx, (*lex.qualifiers, "ini", "depan")
    return {
        # Juni lalu / Agustus mendatang: a month alone followed by a time word
        "month_qual": rf"{_WB}{mon('m', only_full=True)}(?={_S1}{_alt(month_words_after)}(?![\p{{L}}]))",
        # November tahun lalu: the month of a relative year
        # 31 Desember tahun depan: a day of it too
        "month_relyear": rf"{_WB}(?:{_NB}{day_rx('d')}{_S0}|(?i:bulan){_S1}|{_NO_DAY})"
        rf"{mon('m', only_full=True)}{_S1}"
        rf"(?P<rel>{_alt(p for p in lex.relative if lex.relative[p][0] is Grain.YEAR)})(?![\p{{L}}])",
    }


def _month_list_forms(lex: _Lexicon) -> dict[str, str]:
    """A list of months, one point each, with a year after the last or a cue before the first."""
    mon, y4 = month_rx, year_rx
    drop, verbs, part, clause_end = (
        _alt(lex.drop_cues),
        _alt(lex.month_cues),
        _alt(lex.part_cues),
        _clause_end(),
    )
    return {
        # Juni dan Juli 2025 / Januari, Februari dan Maret 2024 / Juni atau awal Juli 2018: one
        # point per month ("bulan" belongs to the first, as in month_cue)
        "month_enum": rf"{_WB}(?:(?P<keep>(?i:bulan)){_S1})?{mon('m')}"
        rf"(?:{_S0},{_S0}(?P<mn>{month_names_rx()})(?![\p{{L}}])){{0,8}}+"
        rf"{_S0},?{_S1}{_AND}{_S1}(?:{part}{_S1})?{mon('ml')},?{_S1}{_TAHUN}{y4('y')}",
        # Oktober, November, dan Desember / Oktober, November, Desember / bulan Juni dan Juli /
        # alokasi Juni dan Juli: a list of three full month names, or two after "bulan" or a
        # cue, is dates without a year too (from the anchor); "Juni dan Mei" alone may be two
        # people (_month_enum drops it)
        "month_list": rf"{_WB}(?:(?P<cue>(?P<keep>(?i:bulan))|{drop}|{verbs}"
        rf"|(?P<vshape>{_VERB_SHAPED})){_S1})?"
        rf"{mon('m', only_full=True)}"
        rf"(?:{_S0},{_S0}(?P<mn>{month_names_rx(only_full=True)})(?![\p{{L}}])){{0,8}}"
        rf"(?:{_S0},?{_S1}{_AND}{_S1}|(?P<comma>{_S0},{_S0})){mon('ml', only_full=True)}"
        rf"(?(vshape)(?={clause_end}))",
    }


# A word shaped like a verb (dibangun, berdiri, mengatakan, terbitan), at least four letters
# past its prefix (not "media", "berkas").
_VERB_SHAPED = r"(?<![\p{L}\p{N}-])(?:di|me|ber|ter)\p{Ll}{4,}"
# A word after a year past a verb that goes on the clause (berdiri 2017 sampai sekarang,
# dibangun 2027 dan selesai): no noun the number would count.
_AFTER_VERB_YEAR = LazyPattern(rf"{_S0}(?:[.,;:!?)\"”–—-]|\Z|(?P<word>\p{{Ll}}[\p{{Ll}}-]*+))", regex.V1)

# the amount of money after a year of a yearly breakdown (sebesar Rp1,8 miliar, Rp 422 juta)
_YEAR_AMOUNT = (
    r"(?:\s++(?i:sebesar|senilai|mencapai))?\s++(?i:Rp)\.?\s*+\d[\d.,]*+"
    r"(?:\s++(?i:ribu|juta|miliar|milyar|triliun))?+"
)


# A four-digit year from 1000 to 1899, as group {0} (year_rx reads 1900-2099 only).
_OLD_YEAR_RX = r"(?P<{0}>1[0-8]\d\d)(?![\p{{N}}\p{{L}}]|[.,]\d)"


def _year_forms(lex: _Lexicon) -> dict[str, str]:
    """The forms that are years (or ISO dates, which a year triggers)."""
    y4, yrange = year_rx, _year_range_tail()
    keep, drop = _alt(lex.keep_cues), _alt(lex.drop_cues)
    return {
        # tahun 2018 / TA 2021 sd 2024 / tahun ajaran 2024/2025 / sejak 2019 / tahun 2023 dan 2024
        # (a year glued to its cue word, tahun2020, Ta.2021, as pages lose a space) / Tahun
        # Anggaran (TA) 2022: the cue's short form in brackets between / ditahun 2020: the
        # preposition glued before the cue is no part of the mention
        "year_cue": rf"(?:{_WB}|(?<={_WB}(?i:di)))"
        rf"(?:(?P<keep>{keep})(?:{_S1}\(\p{{Lu}}[\p{{Lu}}.]{{0,4}}\))?|{drop})"
        rf"(?:{_S1}|(?<=[\p{{L}}.])){y4('y')}{yrange}{_year_list_tail()}",
        # APBD 2024 / APBD Perubahan 2025 / APBD Kota Medan TA 2024 / Belanja Negara (RAPBN) 2026
        # / APBN 2024 dan 2025 (the later years of the list are budgets' years too)
        "budget": rf"{_WB}{_alt(lex.budget_cues)}\)?(?:{_S1}(?:(?i:Perubahan|Induk|Murni|Pokok)|P))?{_REGION}"
        rf"{_S1}(?:(?P<keep>(?i:tahun{_S1}anggaran|tahun)|TA|T\.A\.){_S1})?{y4('y')}{yrange}{_year_list_tail()}",
        # 2025-06-09: ISO dates, as some sites print them
        "iso": rf"(?<![\p{{L}}\p{{N}}.,/\-]){y4('y')}-{month_number_rx('m')}-{day_rx('d')}(?![-/.]?\d)",
        # masa bakti 2021-2026: a span of years is a period even without a cue word
        # (not the year of a day and month: 5 Maret 2024 hingga 2025 is no span of years)
        "year_range": rf"(?<![\p{{L}}\p{{N}}.,/\-])(?<!(?i:{month_names_rx()}){_S1}){y4('y')}"
        rf"(?:{_RC}|{_S0}/{_S0}){y4('y2')}(?![-–/]?\d)",
        # tahun 2018 sebesar Rp1,8 miliar, 2019 Rp2,8 miliar dan 2020 Rp1,3 miliar: the later
        # years of a yearly breakdown of money, each with its amount, after a cued first one
        "year_amounts": rf"{_WB}(?i:tahun){_S1}{y4('y')}{_YEAR_AMOUNT}"
        rf"(?:{_S0},?{_S1}(?:{_AND}{_S1})?{y4('yn')}{_YEAR_AMOUNT})++",
        # data BPS (2024) / (2020-2024)
        "paren_year": rf"\({_S0}{y4('y')}(?:{_S0}[-–/]{_S0}{y4('y2')})?{_S0}\)",
        # pemilu (2009, 2014, 2019 dan 2024) / (2017, 2019): a bracketed list of years, a year each
        "paren_years": rf"\({_S0}{y4('yl')}(?:(?:{_S0},{_S0}|{_S0},?{_S1}{_AND}{_S1}){y4('yl')})++{_S0}\)",
        # Iduladha 1447 H/2026 M, 1447 Hijriah atau 2026 Masehi: the Common Era's year after a
        # Hijri one (the Hijri year is no date, GUIDELINES §3); "Masehi" alone says it too; a
        # slash right after the Hijri mark pairs the two years without it (Idulfitri 1444 H/2023)
        "era_year": rf"(?:(?<=\d{{4}}{_S0}{_alt(lex.hijri_marks)}\.?{_S0}(?:/|(?i:atau|tahun|{_S1}))*+)"
        rf"(?<![\p{{L}}\p{{N}}.,:\-]){y4('y')}(?={_S0}{_alt(lex.era_marks)}(?![\p{{L}}]))"
        rf"|(?<=\d{{4}}{_S0}{_alt(lex.hijri_marks)}\.?{_S0}/{_S0}){y4('y')}(?![\p{{L}}\p{{N}}/\-–]|[.,]\d)"
        rf"|(?<![\p{{L}}\p{{N}}.,/:\-]){y4('y')}(?={_S1}(?i:Masehi)(?![\p{{L}}])))",
        # "terjadi 2019 lalu", "target 2024 ini": a year that a time word follows needs no cue
        # ("2024 lalu lintas" is traffic)
        "year_qual": rf"(?<![\p{{L}}\p{{N}}.,/:\-]){y4('y')}"
        rf"(?={_S1}{_alt((*lex.qualifiers, 'ini'))}(?![\p{{L}}])(?!{_S1}(?i:lintas)))",
        # "mulai dibangun 2027", "berdiri 2017 sampai sekarang": a year right after a verb
        "year_verb": rf"(?<={_VERB_SHAPED}{_S1}){y4('y')}(?![\p{{L}}\p{{N}}]|[.,/\-–]\d)",
        # pada tahun 1518 / sejak 1612 / tahun 1506 hingga 1626: a year before 1900 after a
        # year cue or a preposition of time (a bare one is a count as often as a year)
        # (dari 1630 hingga 1653: after "dari" only as a span's start)
        "old_year": rf"(?:{_WB}|(?<={_WB}(?i:di)))"
        rf"(?:(?P<keep>(?i:tahun))|(?i:pada|sejak|semenjak)|(?P<from>(?i:dari)))"
        rf"{_S1}{_OLD_YEAR_RX.format('y')}(?:{_RC}(?:{_OLD_YEAR_RX.format('y2')}|{y4('y2')})|(?(from)(?!)))",
    }


def _relative_forms(lex: _Lexicon) -> dict[str, str]:
    """The forms a relative phrase triggers."""
    months = _alt(p for p in lex.relative if lex.relative[p][0] is Grain.MONTH)
    return {
        # tanggal 24 bulan ini / tgl 3 bulan depan: a day of a relative month ("24 bulan lalu"
        # without "tanggal" is a count of months, see dates_counted.txt)
        "day_relmonth": rf"{_WB}(?i:tanggal|tgl\.?){_S1}{day_rx('d')}{_S1}"
        rf"(?P<rel>{months})(?![\p{{L}}])",
    }


def _forms(lex: _Lexicon) -> tuple[tuple[str, str, regex.Pattern[str]], ...]:
    """Every form as (family, name, pattern); the family names the trigger it needs (a
    month word, a number with a date separator, a year)."""
    years, relative = _year_forms(lex), _relative_forms(lex)
    forms = {**_day_forms(lex), **_month_forms(lex), **years, **relative}
    family = {n: "num" if n.startswith("num") else "month" for n in forms}
    family |= dict.fromkeys(years, "year") | dict.fromkeys(relative, "relative") | {"old_year": "old"}
    family["md"] = "year"  # its month may be English (March), which no month trigger knows
    return tuple((family[n], n, regex.compile(p, regex.V1)) for n, p in forms.items())


def _law_patterns(lex: _Lexicon, words: Callable[[str], str]) -> dict[str, regex.Pattern[str]]:
    """What before a year makes it a law's (or a budget's): the contexts `_blocked_year` reads."""
    return {
        # what stands right before "Tahun 2023" in a regulation identifier: a number
        # ("Nomor 5 Tahun 2023", "UU No. 39 Tahun 2007") or a law word ("UUD Tahun 1945")
        # (a digit glued to letters is a name's, not a law's number: "PBB-P2 tahun 2026" is a tax year,
        # as is one a hyphen joins to a word: "penanganan Covid-19 Tahun 2020" is a budget's year,
        # not the ordinal's "ke-": "Nomor ke-4 Tahun 2021", "triwulan yang ke-4 tahun 2021";
        # nor is the number of a stage: "BLT-DD tahap 1 tahun 2024" is the programme's year,
        # nor a decimal: "IPM 74,39 tahun 2023" is a value and its year, nor a number a full stop
        # ends: "pada 14 Desember 2017. Tahun 2018 juga" opens a sentence with a year)
        "number_before": regex.compile(
            rf"(?:(?<![\p{{L}}\d]|\d,)(?<!\p{{L}}{{3}}-)(?<!{_WB}(?i:{words('stage')}){_H}+)\d(?:[\p{{L}}\d./-]*[\p{{L}}\d/-])?|{_WB}(?i:{words('law')})){_H}*$",
            regex.V1,
        ),
        "law_before": regex.compile(rf"{_WB}(?i:{words('law')}){_H}*[.:]?{_H}*$", regex.V1),
        # a law word anywhere in the clause that a year ends ("UU No. 39 Tahun 2007", "Keputusan
        # Presiden RI Nomor 123/P Tahun 2025"), no clause break between
        "law_in_clause": regex.compile(rf"{_WB}(?i:{words('law')})(?!\p{{L}})[^;!?\n]*$", regex.V1),
        # an ordinal after a lower-case word right before "tahun" ("gaji ke-13 tahun 2026",
        # "realokasi ke-4 tahun 2020"): a common thing's rank, not a regulation's number; after a
        # name it is the edition of an event or a holiday ("Hari Bhayangkara ke-77 tahun 2023")
        "ordinal_before": regex.compile(
            rf"(?<![\p{{L}}])\p{{Ll}}[\p{{L}}-]*{_H}+(?i:ke)-?{_H}*\d+{_H}*$", regex.V1
        ),
        # an anniversary's or a holiday's word a few words before that ordinal ("hari jadi ke-77
        # tahun 2023", "peringatan kemerdekaan ke-80 tahun 2025"): the event's edition, lower-case
        # or not, no clause break between
        "edition_before": regex.compile(
            rf"(?<![\p{{L}}])(?i:{words('edition')}|{words('holiday')})(?![\p{{L}}])[^.,;:!?()\n]{{0,40}}?"
            rf"(?<![\p{{L}}])(?i:ke)-?{_H}*\d+{_H}*$",
            regex.V1,
        ),
        # the words of a regulation's title after "tentang", up to the year (no full stop between),
        # a law word before it ("PMK Nomor 20 tentang …"; "sosialisasi tentang …" names a topic)
        "title_before": regex.compile(
            rf"{_WB}(?i:{words('law')}){_H}[^.;!?\n]*?{_WB}(?i:tentang){_H}+[^.;!?\n]*$", regex.V1
        ),
        # a capitalised law word and the capitalised words of its name before "Tahun 1945":
        # "UUD NRI Tahun 1945", "Undang-Undang APBN tahun 2018" (the year names the law)
        "law_name_before": regex.compile(
            rf"{_WB}(?=\p{{Lu}})(?i:{words('law')})(?:{_H}+\(?\p{{Lu}}[\p{{L}}.-]*\)?){{1,5}}{_H}+$", regex.V1
        ),
        # a budget word and its region's name before "Tahun 2024" (APBD Kabupaten Lampung Selatan)
        "budget_region_before": regex.compile(rf"{_WB}{_alt(lex.budget_cues)}\)?{_REGION}{_H}*$", regex.V1),
        # "Program Perlindungan Sosial Tahun 2025": a programme's title-case name before its year
        # (GUIDELINES §3: a programme's year is a date)
        "programme_before": regex.compile(
            rf"{_WB}(?i:program)(?:{_H}+(?:\p{{Lu}}[\p{{L}}\-]*|\([\p{{Lu}}\d]+\)|(?i:dan|&))){{1,8}}{_H}*$",
            regex.V1,
        ),
    }


def _day_words(relative: dict[str, tuple[Grain, int]]) -> tuple[str, ...]:
    """The relative words of a day (``kemarin``, ``besok``, ``hari ini``, ``tadi pagi``)."""
    return tuple(p for p, (unit, _) in relative.items() if unit is Grain.DAY)


def _weekdays_before_bracket(lex: _Lexicon, connector: str) -> regex.Pattern[str]:
    """``Sabtu dan Minggu (``, ``Minggu hingga Selasa (``, ``Rabu dan Kamis lalu ``: the weekdays
    of a bracketed date; the first capitalised, as lower-case ``minggu`` is a week."""
    return regex.compile(
        rf"(?=\p{{Lu}}){weekday_rx('w')}(?:(?:{connector}|{_H}+{_AND}{_H}+){weekday_rx('w2')})?"
        rf"(?:{_H}+{_alt(lex.qualifiers)})?(?:{_H}+{_alt(lex.dayparts)})?{_H}*,?{_H}*(?P<open>\({_H}*)?$",
        regex.V1,
    )


@cache
def _patterns() -> _Patterns:
    """Every compiled pattern of the extractor, built once from the word lists."""
    lex = _lexicon()
    connector = rf"{_H}*(?:--|[-–—]|s\.{_H}?d\.?|s/d|sd|hingga|sampai(?:{_H}+(?:dengan|dgn))?){_H}*"
    blk = lex.blockers

    def words(kind: str) -> str:
        return alternation(blk[kind])

    return _Patterns(
        **_trigger_patterns(lex, connector),
        **_day_context_patterns(lex, connector, words),
        **_law_patterns(lex, words),
        **_number_context_patterns(words),
    )


# The hour a range's first end starts at, between it and the connector: "22 Desember 2025 pukul
# 00.00 WIB hingga 23 Desember 2025", "Sabtu, 26 Mei 2018 pukul 20.00 WIB, hingga hari Selasa, 29 Mei
# 2018" (the end's "hari" before its weekday stands in the gap too).
_CLOCK_AFTER_DATE = rf"(?:,?{_H}+(?:pukul|jam|pkl\.?){_H}*\d{{1,2}}[.:]\d{{2}}(?:{_H}+(?:WIB|WITA|WIT))?,?)?"


def _trigger_patterns(lex: _Lexicon, connector: str) -> dict[str, Any]:
    """The forms, the words that trigger a reading (relative, counted, weekday) and what joins
    or qualifies them."""
    cnt = lex.counted
    rel = _alt(lex.relative)
    # a bare weekday must be capitalised; lower-case "minggu" means "week"
    bare = alternation(f for w in lex.weekdays for f in (w.title(), w.upper(), w) if f != "minggu")
    return dict(
        forms=_forms(lex),
        month_words=frozenset(lex.full_months) | frozenset(lex.abbr_months),
        weekday_words=frozenset(lex.weekdays),
        relative_words=frozenset(p.split()[0] for p in lex.relative),
        counted=regex.compile(
            rf"{_NB}(?:(?P<n>\d{{1,2}}|{_alt(cnt['number'])}){_S1}(?P<unit>{_alt(cnt['unit'])})"
            rf"|(?P<one>{_alt(cnt['one'])})){_S1}(?P<sign>{_alt(cnt['sign'])})(?![\p{{L}}])",
            regex.V1,
        ),
        counted_words=frozenset(w.split()[-1] for w in cnt["sign"]),
        relative=regex.compile(rf"{_WB}{rel}(?![\p{{L}}])", regex.V1),
        weekday=regex.compile(rf"{_WB}(?P<wd>{bare})(?![\p{{L}}'’])", regex.V1),
        connector=regex.compile(connector, regex.V1 | regex.IGNORECASE),
        range_gap=regex.compile(
            rf"{_CLOCK_AFTER_DATE}{connector}(?:(?:hari|{_TANGGAL}){_H}+)?(?:{_alt(lex.part_cues)}{_H}+)?",
            regex.V1 | regex.IGNORECASE,
        ),
        between_gap=regex.compile(
            rf"{_H}+dan{_H}+(?:{_TANGGAL}{_H}+)?(?:{_alt(lex.part_cues)}{_H}+)?", regex.V1 | regex.IGNORECASE
        ),
        qualifier=regex.compile(rf"{_S1}{_alt(lex.qualifiers)}(?![\p{{L}}])", regex.V1),
    )


def _day_context_patterns(lex: _Lexicon, connector: str, words: Callable[[str], str]) -> dict[str, Any]:
    """What around a day's date says whose day it is: a day word, a weekday range, a place, a
    recurring day."""
    return dict(
        # a day word right after a day's date: "Minggu (26/7/2020) besok", "Jumat (24/7) hari ini"
        day_word_after=regex.compile(rf"{_S1}{_alt(_day_words(lex.relative))}(?![\p{{L}}])", regex.V1),
        weekday_range_before=regex.compile(rf"{weekday_rx('w')}{connector}$", regex.V1 | regex.IGNORECASE),
        weekdays_before_bracket=_weekdays_before_bracket(lex, connector),
        # a day word and a comma before a weekday and its date: "hari ini, Jumat (29/5)"
        day_word_before=regex.compile(
            rf"{_WB}{_alt(_day_words(lex.relative))}"
            rf"{_H}*,?{_H}*(?:(?i:hari){_H}+)?$",
            regex.V1,
        ),
        place_before=regex.compile(rf"{_WB}(?i:{words('place')}){_H}*$", regex.V1),
        # "setiap tanggal 4 Maret dan 8 Oktober": a day of every year, the list's later days too
        recurring_before=regex.compile(
            rf"{_WB}(?i:{words('recurring')}){_H}+(?:(?i:tahun(?:nya)?){_H}*,?{_H}*)?(?:(?i:pada){_H}+)?"
            rf"(?:{_TANGGAL}{_H}*)?"
            rf"(?:\d{{1,2}}{_H}+(?i:{month_names_rx()}){_H}*,?{_H}*(?:{_AND}{_H}+)?)*$",
            regex.V1,
        ),
    )


def _number_context_patterns(words: Callable[[str], str]) -> dict[str, Any]:
    """What before or after a number says it is no date: a name, a count, a period, a decade."""
    return dict(
        # a capitalised word with a lower-case letter: Games, MotoGP, Moto2 (not APBD, an acronym)
        titlecase_before=regex.compile(
            rf"{_WB}(?P<w>\p{{Lu}}[\p{{L}}\d]*\p{{Ll}}[\p{{L}}\d]*){_H}+$", regex.V1
        ),
        sentence_open=regex.compile(r"(?:^|[.!?…:;\"“”'‘’(\[\n\-–—•])\s*\p{Lu}$", regex.V1),
        # an event's name opened by an event word, then its bracketed acronym: "Konferensi Nasional
        # Pengembangan Ekonomi Daerah (KNPED) Tahun 2026", "Pekan Olahraga Nasional (PON) tahun 2020"
        # (the event word opens the name: no capitalised word right before it)
        event_acronym_before=regex.compile(
            rf"(?<!\p{{Lu}}[\p{{L}}-]*{_H}+){_WB}(?i:{words('event')})"
            rf"(?:{_H}+(?:\p{{Lu}}[\p{{L}}'&-]*|(?i:dan|&)))+{_H}*\({_H}*\p{{L}}[\p{{L}}\d.-]*{_H}*\){_H}*$",
            regex.V1,
        ),
        decade=regex.compile(r"-?an(?![\p{L}])", regex.V1 | regex.IGNORECASE),
        # triwulan II tahun 2024; with an ordinal, a preposition may stand between (triwulan I di
        # 2024, kuartal pertama pada tahun 2022, kuartal II-di tahun 2018, semester genap di 2022),
        # and "yang" before it (triwulan yang ke-4 tahun 2021)
        period_before=regex.compile(
            rf"(?<![\p{{L}}])(?i:{words('period')}){_H}*"
            rf"(?:(?:(?i:yang){_H}+)?(?:[IV]{{1,4}}|\d|ke-?{_H}*\d|ke\p{{L}}{{3,6}}|(?i:pertama|terakhir|akhir|awal|genap|ganjil))"
            rf"(?:{_H}*-)?(?:{_H}*(?i:di|pada)(?![\p{{L}}]))?)?{_H}*$",
            regex.V1,
        ),
        # Natal dan Tahun Baru (Nataru) 2025/2026, lebaran tahun 2019: a holiday's year
        holiday_before=regex.compile(
            rf"(?<![\p{{L}}])(?i:{words('holiday')})(?:{_H}*\({_H}*\p{{L}}+{_H}*\))?"
            rf"{_H}+(?:(?i:tahun){_H}+)?$",
            regex.V1,
        ),
        numeral_before=regex.compile(
            r"(?:\d|(?<![\p{L}])(?i:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
            r"|seratus|seribu|belas|puluh|ratus|ribu|belasan|puluhan|ratusan|ribuan|beberapa|banyak"
            r"|berapa|per|tiap|setiap|se))[\s-]*$",
            regex.V1,
        ),
        # a year opening an English event's name: one to three capitalised words, then a capitalised event
        # head ("2018 Asian Games Fun Run", "2023 JUNG HAE IN FANMEETING")
        event_name_after=regex.compile(
            rf"(?:{_H}+\p{{Lu}}[\p{{L}}'’&.-]*){{1,3}}?{_H}+(?=\p{{Lu}})(?i:{words('event_head')})(?![\p{{L}}])",
            regex.V1,
        ),
        # a number that belongs to a name, not a count: glued to letters (COP28, Galaxy S27, KTT
        # G20), an ordinal (ke-10) or a year after a capitalised word (Singapore Open 2026)
        name_number_before=regex.compile(
            r"(?:\p{L}\d+|(?<![\p{L}])(?i:ke)-?\d+|\p{Lu}\p{L}*[^\S\r\n]+(?:19|20)\d\d)[^\S\r\n]*$", regex.V1
        ),
        minggu_after=regex.compile(
            rf"{_S0}(?i:ke-|ke\p{{L}}{{3,6}}\b|pertama|terakhir|ini|lalu|depan|mendatang|berikutnya|sebelumnya)",
            regex.V1,
        ),
    )


# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True, slots=True)
class _Point:
    """A partial calendar point as written: any field may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    @property
    def grain(self) -> Grain:
        return Grain.DAY if self.day is not None else Grain.MONTH if self.month is not None else Grain.YEAR


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    first: _Point | None = None
    last: _Point | None = None  # the end of a range
    relative: tuple[Grain, int] | None = None  # (unit, offset) from the published date
    weekday_rule: tuple[int, Nearest] | None = None  # a bare weekday: (ISO day, which one)
    blocked: bool = False  # not a date (a name, a law number): occupies its span, gives nothing
    tense: int = 0  # -1 after "lalu", 1 after "mendatang": which side of the anchor a missing year is on


_year = match_year


def _month(m: regex.Match[str], name: str) -> int | None:
    v = m.group(name)
    if v is None:
        return None
    if v.isdigit():
        return int(v)
    return month_number(v, english=True)  # English names only match in English order (``md``)


def _weekday(m: regex.Match[str], name: str) -> int | None:
    v = m.group(name)
    return weekday_number(v) if v is not None else None


def _prev_word(text: str, start: int) -> str:
    """The word (letters, digits, dots) right before ``start``, lower-cased."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0,":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".-") and i - j < 40:
        j -= 1
    return text[j:i].lower()


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` (letters and digits), lower-cased."""
    i = end
    while i < len(text) and text[i] in " \t\u00a0" and i - end < 3:
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == "%") and j - i < 40:
        j += 1
    return text[i:j].lower()


def _span_start(m: regex.Match[str], *groups: str) -> int:
    """Where the mention starts: at the first of ``groups`` that matched, else the match."""
    for g in groups:
        if m.group(g) is not None:
            return m.start(g)
    return m.start()


def _form_candidates(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """The candidates one regular-expression match of form ``name`` stands for (usually one).

    A match that the context shows is not a date still comes back, marked ``blocked``: it
    takes part in the overlap resolution, so that no shorter form inside it survives
    (``Universitas 17 Agustus 1945`` must not leave ``Agustus 1945``), and gives no mention.
    """
    return _FORM_READERS[name](name, m, text)


def _day_month(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Kamis 23 September 2021``, ``24-28 Agustus``, ``24 dan 25 Agustus 2025``; blocked
    whole after a name head (``Jalan 17 Agustus``, ``Universitas 17 Agustus 1945``) and, without
    a year, after a word of recurrence (``setiap 29 Mei``)."""
    s, e = m.span()
    start = _span_start(m, "wd") if name != "enum" else s
    month, year = _month(m, "m"), _year(m, "y")
    blocked = _patterns().place_before.search(text, max(0, start - 20), start) is not None
    blocked = blocked or (year is None and _recurring_day(text, start))
    old = _OLD_YEAR.get().match(text, e) if year is None and name in ("dm", "md", "dd_range") else None
    if old is not None and not _count_after(text, old.end()):  # 11 Desember 1882: an older year
        year, e = int(old.group("y")), old.end()
    if name in ("dm", "md", "dm_paren"):
        out = [_Cand(start, e, _Point(year, month, int(m.group("d")), _weekday(m, "wd")))]
    elif name == "dd_range":
        out = [_Cand(start, e, *_day_range(m, year, month))]
    else:
        out = [_Cand(m.start("d"), m.end("d"), _Point(year, month, int(m.group("d"))))]
        for dn, a, b in zip(m.captures("dn"), m.starts("dn"), m.ends("dn"), strict=True):
            out.append(_Cand(a, b, _Point(year, month, int(dn))))
        out.append(_Cand(m.start("dl"), e, _Point(year, month, int(m.group("dl")))))
    return [replace(c, start=s, blocked=True) for c in out] if blocked else out


# How far before a day and month its word of recurrence and a short list before it are read.
_RECURRING_CHARS = 60


def _recurring_day(text: str, start: int) -> bool:
    """``diperingati setiap 29 Mei``: a day of every year, no calendar point (as ``setiap
    Senin`` is no day, GUIDELINES §3 "a calendar point or period")."""
    return _patterns().recurring_before.search(text, max(0, start - _RECURRING_CHARS), start) is not None


# A year from 1000 to 1899 right after a day and month (year_rx reads 1900-2099 only, where
# a bare four-digit number is a year more often than a count).
_OLD_YEAR = LazyPattern(rf",?{_S1}(?P<y>1[0-8]\d\d)(?![\p{{N}}\p{{L}}]|[.,]\d)", regex.V1)


def _day_range(m: regex.Match[str], year: int | None, month: int | None) -> tuple[_Point, _Point]:
    """The two ends of ``24-28 Agustus``; in ``24 sampai 3 Oktober`` the start is in September."""
    d1, d2 = int(m.group("d")), int(m.group("d2"))
    fy, fm = year, month
    if d1 > d2 and month is not None:
        fy, fm = (year - 1 if year is not None else None, 12) if month == 1 else (year, month - 1)
    return _Point(fy, fm, d1, _weekday(m, "wd")), _Point(year, month, d2, _weekday(m, "wd2"))


def _month_enum(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Juni dan Juli 2025``, ``Januari, Februari dan Maret 2024``, ``Oktober, November, dan
    Desember`` (month_list, no year), ``Januari ada 18, Februari 10`` (month_counts, no year):
    one point per month."""
    if name == "month_list" and not m.captures("mn") and (m.group("cue") is None or m.group("comma")):
        return []  # two months joined by a comma alone: a list only with a cue word ("bulan")
    year = _year(m, "y") if name == "month_enum" else None
    out = [_Cand(_span_start(m, "keep", "m"), m.end("m"), _Point(year, _month(m, "m")))]
    for a, b in zip(m.starts("mn"), m.ends("mn"), strict=True):
        out.append(_Cand(a, b, _Point(year, month_number(text[a:b]))))
    if name != "month_counts":  # a breakdown's months are all in "mn", without their counts
        out.append(_Cand(m.start("ml"), m.end(), _Point(year, _month(m, "ml"))))
    return out


def _numeric_cue(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``tanggal 24/8``, ``kemarin (24/8)``: "tanggal" stays out of the mention (as in
    ``tanggal 7 Juni``); "kemarin" belongs to it."""
    start = m.start("numpart") if m.group("keep") is not None else m.start()
    return [_Cand(start, m.end(), _Point(_year(m, "y", "yy"), _month(m, "m"), int(m.group("d"))))]


def _numeric_weekday(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Senin(24/8)``, ``Rabu, (01/09/2021)``, ``Kamis 30/04``, ``Selasa (19/9) 2023.``."""
    year = _year(m, "y", "yy") or _year(m, "yb")
    point = _Point(year, _month(m, "m"), int(m.group("d")), _weekday(m, "wd"))
    return [_Cand(m.start(), m.end(), point)]


def _numeric_named(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``di Desa Sukamaju (17/3)``: the bracketed date alone is the mention."""
    return [_Cand(m.start(), m.end(), _Point(_year(m, "y", "yy"), _month(m, "m"), int(m.group("d"))))]


def _numeric_after_name(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Jakarta Pusat (16/05)``: the bracketed date alone is the mention; after a word naming a
    part of a document (``Tabel (2/3)``) it is a reference, no date."""
    blocked = _prev_word(text, m.start()) in _lexicon().blockers["reference"]
    point = _Point(_year(m, "y", "yy"), _month(m, "m"), int(m.group("d")))
    return [_Cand(m.start(), m.end(), point, blocked=blocked)]


def _numeric_range(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``(24-28/8)``, ``Senin-Rabu (30/7-2/8/2025)``; ``(28-3/8)`` starts on 28 July and
    ``(30/12-2/1/2025)`` in the year before."""
    m2, year = _month(m, "m2"), _year(m, "y", "yy")
    d1, d2 = int(m.group("d")), int(m.group("d2"))
    m1 = _month(m, "m") or (m2 if d1 <= d2 else (m2 - 1 or 12))
    y1 = year - 1 if year is not None and m1 > m2 else year
    first = _Point(y1, m1, d1, _weekday(m, "wd"))
    return [_Cand(m.start(), m.end(), first, _Point(year, m2, d2, _weekday(m, "wd2")))]


_RANGE_NEAR_END = LazyPattern(rf"{_FULL_NUMERIC_PLAIN}[-–]\Z")
# How far before a full numeric date the near end of its range is looked for: ``28/12/2024-``
# is at most 11 characters.
_RANGE_NEAR_CHARS = 12
# How far before a numeric date a law word (``Nomor``, ``UU No.``) makes it a letter number:
# the longest such word and its space, with a short number prefix.
_LAW_NEAR_CHARS = 20


def _numeric_full(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``(6/12/2021)``, ``09-06-2025``; ``Nomor 12/3/2020`` is a letter number and ``RT
    03/02/01`` a neighbourhood's, not a date."""
    s = m.start()
    point = _Point(_year(m, "y", "yy"), _month(m, "m"), int(m.group("d")))
    near = _RANGE_NEAR_END.get().search(text, max(0, s - _RANGE_NEAR_CHARS), s)
    law_end = near.start() if near else s  # Nomor 28/12/2024-3/1/2025: both ends are the number
    law = _patterns().law_before.search(text, max(0, law_end - _LAW_NEAR_CHARS), law_end)
    numbered = law is not None or _prev_word(text, s) in _lexicon().blockers["reference"]
    blocked = not text.startswith("(", s) and numbered
    return [_Cand(s, m.end(), point, blocked=blocked or _clock_time(m, text))]


@cache
def _clock_rx() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A ``clock`` word of dates_blockers.txt after a position (past a dash: ``21.04.09 -
    WIB``) and before one (past a colon: ``Pukul : 05.04.09``; past the zone's day in brackets
    in a timetable: ``WIT (6 Juni): 06.04.09``)."""
    words = _alt(_lexicon().blockers["clock"])
    after = regex.compile(rf"{_S0}[-–]?{_S0}{words}(?![\p{{L}}])", regex.V1)
    day = rf"(?:\([^()\n]{{1,20}}\){_S0})?"
    before = regex.compile(rf"(?<![\p{{L}}]){words}{_S0}{day}:?{_S0}\Z", regex.V1)
    return after, before


def _clock_time(m: regex.Match[str], text: str) -> bool:
    """A dotted day-first date with a two-digit year next to a time zone or a word for the hour
    (``04.04.09 WIB``, ``pukul 00.45.51``): hours, minutes and seconds, not a date."""
    if m.group("sep") != "." or m.group("yy") is None:
        return False
    after, before = _clock_rx()
    s = m.start()
    return bool(after.match(text, m.end()) or before.search(text, max(0, s - _CONTEXT_CHARS), s))


def _month_span(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Juli hingga Oktober 2025`` (a range), ``November 2020``, ``Juni lalu`` (one month)."""
    if name == "month_range":
        first = _Point(_year(m, "y"), _month(m, "m"))
        return [_Cand(m.start(), m.end(), first, _Point(_year(m, "y2"), _month(m, "m2")))]
    year = _year(m, "y") if name == "month_year" else None
    start = _span_start(m, "keep", "m") if name in ("month_cue", "month_count") else m.start()
    return [_Cand(start, m.end(), _Point(year, _month(m, "m")))]


_MONTH_AND_YEAR = LazyPattern(
    rf"(?<![\p{{L}}]){month_names_rx(only_full=True)}{_S1}(?:19|20)\d\d(?!\d)", regex.V1
)


def _series_month(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Januari 2020 Rp1.200, Februari turun menjadi Rp1.050``: a bare month opening a clause
    is a date of the series its sentence dates, when that sentence names a month and its year."""
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    stop = _SENTENCE_END.get().search(text, m.end())
    if _MONTH_AND_YEAR.get().search(text, start, stop.start() if stop else len(text)) is None:
        return []
    return [_Cand(m.start(), m.end(), _Point(None, _month(m, "m")))]


def _closing_month(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``data Juli.``, ``tutup buku Juni,``: a full month name with a lower-case word before it and
    the clause's end after it is a month alone (GUIDELINES §3: a date without a year); the case
    of both neighbours rules out a name of two capitalised words. After a speech verb or a word
    that introduces a person (``kata Mei.``, ``oleh Juni,``, ``dan Juli,``) it is a person."""
    before = m.group("pw").lower()
    if before in _lexicon().blockers["person"] or before in speech_verbs():
        return []
    return [_Cand(m.start("m"), m.end(), _Point(None, _month(m, "m")))]


def _month_relative_year(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``November tahun lalu``: a month of the year the phrase names; ``tanggal 24 bulan
    ini``: a day of the month it names ("tanggal" stays out of the mention)."""
    phrase = " ".join(m.group("rel").lower().split())
    relative = _lexicon().relative[phrase]
    if name == "day_relmonth":
        return [_Cand(m.start("d"), m.end(), _Point(None, None, int(m.group("d"))), relative=relative)]
    day = int(m.group("d")) if m.group("d") else None  # 31 Desember tahun depan
    point = _Point(None, _month(m, "m"), day)
    lead = _DAY_RANGE_LEAD.get().search(text, max(0, m.start() - 16), m.start()) if day else None
    if lead is not None and int(lead.group("d")) < day:  # 15-17 September tahun ini: the range
        first = replace(point, day=int(lead.group("d")))
        return [_Cand(lead.start(), m.end(), first, point, relative=relative)]
    return [_Cand(m.start(), m.end(), point, relative=relative)]


# the first day of a range right before a day and month (``15-`` of ``15-17 September``)
_DAY_RANGE_LEAD = LazyPattern(
    r"(?<![\p{L}\p{N}.:/])(?P<d>[0-3]?\d)[ \t]*(?:--|[-–—]|s\.[ \t]?d\.?|s/d|sd|hingga|sampai)[ \t]*$",
    regex.V1,
)


def _bracketed_month(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``tanggal 26 (Mei)``: the day and its month ("tanggal" stays out); ``(Februari)``: the month."""
    day = int(m.group("d")) if name == "day_bracket_month" else None
    start = m.start("d") if day else m.start("m")
    return [_Cand(start, m.end() if day else m.end("m"), _Point(None, _month(m, "m"), day))]


def _iso_date(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``2025-06-09``, as some sites print dates."""
    return [_Cand(m.start(), m.end(), _Point(int(m.group("y")), int(m.group("m")), int(m.group("d"))))]


def _year_range(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``masa bakti 2021-2026``: a span of at most ten years, never backwards; any longer span
    a word opens and closes (``dari 2006 hingga 2018``, as ``tahun 1980 hingga 2013``)."""
    y1, y2 = int(m.group("y")), int(m.group("y2"))
    if y2 <= y1 or (y2 - y1 > _MAX_YEAR_SPAN and not _worded_span(m, text)):
        return []  # "2024-2020", "1945-2045": not a span of office, plan or season
    blocked = _count_after(text, m.end()) or _holiday_year(text, m.start())
    return [_Cand(m.start(), m.end(), _Point(y1), _Point(y2), blocked=blocked)]


def _holiday_year(text: str, s: int) -> bool:
    """A year (or pair of years) at ``s`` right after a holiday's name is the holiday's, not a
    date (``Natal dan Tahun Baru (Nataru) 2025/2026``, ``mudik lebaran tahun 2019``: GUIDELINES §3
    "holidays by name")."""
    return _patterns().holiday_before.search(text, max(0, s - _CONTEXT_CHARS), s) is not None


def _cued_year(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``tahun 2018``, ``TA 2021 sd 2024``, ``APBD Perubahan 2025``, ``data BPS (2024)``;
    ``tahun 2022, 2023 dan 2024`` and ``APBN 2024 dan 2025`` give one year each."""
    paren = name == "paren_year"
    start = m.start() if paren else _span_start(m, "keep", "y")
    y1, y2 = _year(m, "y"), _year(m, "y2", None if paren else "yy2")
    if paren:
        last_end = m.end()
    elif m.group("yy2") is not None:
        last_end = m.end("yy2")
    else:
        last_end = m.end("y2") if y2 is not None else m.end("y")
    # dalam 2000 tahun terakhir: a unit of time after a number with no year word makes it a length
    length = name == "year_cue" and m.group("keep") is None and _next_word(text, last_end) in _TIME_UNITS
    blocked = length or _blocked_year(m, text, name, last_end)
    if y1 is None or (y2 is not None and y2 <= y1):
        return []  # "2024/2020" is not a period
    out = [_Cand(start, last_end, _Point(y1), _Point(y2) if y2 else None, blocked=blocked)]
    if name in ("year_cue", "budget"):
        for a, b in zip(m.starts("ye"), m.ends("ye"), strict=True):
            out.append(_Cand(a, b, _Point(int(text[a:b])), blocked=blocked or _count_after(text, b)))
    return out


def _breakdown_years(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """The later years of ``tahun 2018 sebesar Rp1,8 miliar, 2019 Rp2,8 miliar``, one point each
    (the cued first year is ``year_cue``'s)."""
    return [_Cand(a, b, _Point(int(text[a:b]))) for a, b in zip(m.starts("yn"), m.ends("yn"), strict=True)]


# How far before a year its context is read: a law's number (``Nomor 5 Tahun``) or a period
# (``triwulan II``) before it fits in a few words.
_CONTEXT_CHARS = 40
# How far before a year a title-case name it ends is looked for (``LKS Nasional Tahun 2024``):
# a name of a few words.
_NAME_CHARS = 60
_TITLE_CHARS = 160  # how far back a law word and "tentang" may open the title a budget year ends
# How far before a capitalised word what opens its sentence is looked for (a stop, a quote).
_OPENER_CHARS = 5


def _name_word_before(text: str, s: int, chars: int) -> str | None:
    """The title-case word (lowercase) right before ``s``, within ``chars``, unless it opens
    its sentence: what stands at ``s`` continues a name (``Asian Games 2018``)."""
    pat = _patterns()
    tc = pat.titlecase_before.search(text, max(0, s - chars), s)
    if tc is None or pat.sentence_open.search(text, max(0, tc.start() - _OPENER_CHARS), tc.start() + 1):
        return None
    return tc.group("w").lower()


def _qualified_year(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``terjadi 2019 lalu``, ``“Target 2024 ini …``: a year that a time word follows; blocked
    after a title-case word inside a sentence, the name of an event (``Pemilu 2024
    mendatang``, ``Asian Games 2018 lalu``, GUIDELINES §3 "Not dates")."""
    s, e = m.span()
    pat = _patterns()
    blocked = _count_after(text, e) or _name_word_before(text, s, _CONTEXT_CHARS) is not None
    before = max(0, s - _CONTEXT_CHARS)
    if pat.number_before.search(text, before, s) or pat.period_before.search(text, before, s):
        blocked = True  # Nomor 5 Tahun 2023 lalu; triwulan II 2024 ini
    blocked = blocked or _holiday_year(text, s)  # lebaran 2023 ini
    return [_Cand(s, e, _Point(_year(m, "y")), blocked=blocked)]


def _listed_years(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``(2019, 2021 dan 2023)``: each year of a bracketed list is a year alone (GUIDELINES §3)."""
    return [_Cand(a, b, _Point(int(text[a:b]))) for a, b in zip(m.starts("yl"), m.ends("yl"), strict=True)]


def _verb_year(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``mulai dibangun 2027``, ``mengulangi 1998 lagi``: a year right after a verb, when the
    clause goes on past it with a verb, a word of ``verb_year_next`` or a stop; a noun after it
    makes it a count (``menyalurkan 2000 dosis``), a capitalised word an event's name
    (``menuju 2026 Asian Games``), and a ``verb_year_before`` verb a title or an amount
    (``bertema 2023``, ``mencapai 2000``)."""
    s, e = m.span()
    blocked = (
        not _clause_goes_on(text, e)
        or _count_after(text, e)
        or _prev_word(text, s) in _lexicon().blockers["verb_year_before"]
    )
    return [_Cand(s, e, _Point(_year(m, "y")), blocked=blocked)]


def _clause_goes_on(text: str, e: int) -> bool:
    """The clause goes on past the number ending at ``e`` with a stop, a verb or a word of
    ``verb_year_next`` (``berdiri 2017 sampai sekarang``); a noun there is what it counts."""
    nxt = _AFTER_VERB_YEAR.get().match(text, e)
    if nxt is None:
        return False
    word = nxt.group("word")
    return (
        word is None
        or word in _lexicon().blockers["verb_year_next"]
        or regex.fullmatch(_VERB_SHAPED, word) is not None
    )


@cache
def _hijri_before_rx() -> regex.Pattern[str]:
    """A Hijri year, its mark and what pairs it with the year after it (``1447 H/``, ``1447
    Hijriah atau``), ending where the pattern is searched up to."""
    marks = _alt(_lexicon().hijri_marks)
    return regex.compile(
        rf"(?<![\p{{N}}])\d{{4}}{_S0}{marks}\.?{_S0}(?:/|(?i:atau|tahun)|{_S1})*+\Z", regex.V1
    )


@cache
def _hijri_day_rx() -> regex.Pattern[str]:
    """A Hijri day and month right before a Hijri year (``1 Syawal ``), ending where searched up to."""
    months = _alt(_lexicon().blockers["hijri_month"])
    return regex.compile(rf"(?<![\p{{N}}])\d{{1,2}}{_S1}{months}{_S1}\Z", regex.V1)


def _holiday_pair(text: str, s: int) -> bool:
    """Whether the Common Era's year at ``s`` pairs with a Hijri year that follows a holiday's name
    (``Idul Adha 1447 Hijriah/2026``, ``ramadan 1445H/2024M``, ``Bulan Ramadhan 1446 Hijriah Tahun
    2025 Masehi``), perhaps with the Hijri day and month between (``Idul Fitri 1 Syawal 1445 H/2024
    M``): the holiday's year written in both eras, no date, as ``Natal 2025`` is the holiday's
    (`_holiday_year`); ``haji 1446 H/2025 M`` names no holiday."""
    hijri = _hijri_before_rx().search(text, max(0, s - _CONTEXT_CHARS), s)
    if hijri is None:
        return False
    day = _hijri_day_rx().search(text, max(0, hijri.start() - _CONTEXT_CHARS), hijri.start())
    return _holiday_year(text, day.start() if day is not None else hijri.start())


def _era_year(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``Iduladha 1447 H/2026 M``: the year the era mark names, a year alone (GUIDELINES §3);
    blocked when it is a holiday's (`_holiday_pair`)."""
    blocked = _holiday_pair(text, m.start())
    return [_Cand(m.start(), m.end(), _Point(_year(m, "y")), blocked=blocked)]


# A span of years longer than this (``1945-2045``) is not a term of office, plan or season.
_MAX_YEAR_SPAN = 10
# A word that opens a span of time right before its first year: "dari 2006 hingga 2018".
_SPAN_OPEN = LazyPattern(r"(?<![\p{L}])(?i:dari|sejak|semenjak|mulai|antara)[^\S\r\n]+\Z", regex.V1)


def _worded_span(m: regex.Match[str], text: str) -> bool:
    """A from-word before the first year and a word between the two (``dari 1936 sampai 1953``):
    a span of time, however long; a bare ``1945-2045`` may be a number or a name."""
    worded = regex.search(r"\p{L}", text[m.end("y") : m.start("y2")]) is not None
    return worded and _SPAN_OPEN.get().search(text, max(0, m.start() - 12), m.start()) is not None


# Units of time after a number make it a length (``sejak 1200 tahun lalu``), not a year.
_TIME_UNITS = frozenset({"tahun", "abad", "bulan", "hari", "minggu", "pekan", "windu", "dekade"})


def _old_year(name: str, m: regex.Match[str], text: str) -> list[_Cand]:
    """``pada tahun 1518``, ``sejak 1612``, ``tahun 1506 hingga 1626``: a year before 1900 with
    its cue; blocked as a cued modern year is (``tahun 1441 H``, ``tahun 1870-an``, a law's)."""
    y1, y2 = int(m.group("y")), _year(m, "y2")
    if y2 is not None and y2 <= y1:
        return []
    start = _span_start(m, "keep", "y")
    blocked = _blocked_year(m, text, "year_cue", m.end()) or _next_word(text, m.end()) in _TIME_UNITS
    return [_Cand(start, m.end(), _Point(y1), _Point(y2) if y2 else None, blocked=blocked)]


_FORM_READERS = {
    "dm": _day_month,
    "md": _day_month,
    "dm_paren": _day_month,
    "day_bracket_month": _bracketed_month,
    "bracket_month": _bracketed_month,
    "dd_range": _day_month,
    "enum": _day_month,
    "month_enum": _month_enum,
    "month_list": _month_enum,
    "month_counts": _month_enum,
    "num_cue": _numeric_cue,
    "num_wd": _numeric_weekday,
    "num_named": _numeric_named,
    "num_after_name": _numeric_after_name,
    "num_range": _numeric_range,
    "num_full": _numeric_full,
    "month_range": _month_span,
    "month_year": _month_span,
    "month_qual": _month_span,
    "month_count": _month_span,
    "month_cue": _month_span,
    "month_series": _series_month,
    "month_closing": _closing_month,
    "month_relyear": _month_relative_year,
    "day_relmonth": _month_relative_year,
    "iso": _iso_date,
    "year_range": _year_range,
    "year_cue": _cued_year,
    "budget": _cued_year,
    "paren_year": _cued_year,
    "paren_years": _listed_years,
    "year_qual": _qualified_year,
    "year_verb": _verb_year,
    "era_year": _era_year,
    "year_amounts": _breakdown_years,
    "old_year": _old_year,
}


def _count_after(text: str, end: int) -> bool:
    """The number ending at ``end`` counts something or is not a Gregorian year."""
    blk = _lexicon().blockers
    nxt = _next_word(text, end)
    if nxt in blk["title"]:
        return _law_opens_clause(text, end)
    return nxt in blk["count"] or nxt in blk["after"] or _patterns().decade.match(text, end) is not None


def _law_opens_clause(text: str, end: int) -> bool:
    """A year before ``tentang`` is a law's when a law word opens its clause (``Perpres Nomor 79
    Tahun 2025 tentang``); after any other clause ``tentang`` opens a topic and the year is a date."""
    return _patterns().law_in_clause.search(text, max(0, end - _TITLE_CHARS), end) is not None


def _law_number_before(text: str, s: int) -> bool:
    """A regulation's number (or an event's edition) stands right before the ``Tahun`` at ``s``
    (``Nomor 5 Tahun 2023``, ``UU No. 39 Tahun 2007``, ``Hari Bhayangkara ke-77 tahun 2023``); an
    ordinal after a common word ranks a payment or a stage (``gaji ke-13 tahun 2026``, ``realokasi
    ke-4 tahun 2020``) and the year is a date, unless a law word opens its clause (news-raw: of the
    eleven ``ke-N tahun YYYY``, the six after a lower-case word date a payment, a stage, a quarter)
    or an anniversary's word stands before it (``hari jadi ke-77 tahun 2023``: an edition)."""
    lo = max(0, s - _CONTEXT_CHARS)
    pat = _patterns()
    if not pat.number_before.search(text, lo, s):
        return False
    if not pat.ordinal_before.search(text, lo, s) or pat.edition_before.search(text, lo, s):
        return True
    return _law_opens_clause(text, s)


def _names_law_year(cue: str) -> bool:
    """A bare ``Tahun`` after a law's name may be the law's own year (``UUD NRI Tahun 1945``);
    a cue naming a kind of year (``tahun anggaran``) is the budget's or the school's, a date
    even inside the law's name (``Perda APBD Kabupaten Blora tahun anggaran 2026``, GUIDELINES §3)."""
    return len(cue.split()) == 1


@cache
def _era_mark_rx() -> regex.Pattern[str]:
    return regex.compile(rf"{_S0}{_alt(_lexicon().era_marks)}(?![\p{{L}}])", regex.V1)


def _era_marked(text: str, end: int) -> bool:
    """``Tahun 2025 Masehi``: a year its era names is a year, not the end of an event's name."""
    return _era_mark_rx().match(text, end) is not None


def _opens_event_name(m: regex.Match[str], text: str, end: int) -> bool:
    """A year right before capitalised words holding an English event's head (``di 2018 Asian
    Games Fun Run``) is the first word of the event's name (GUIDELINES §3: years inside the names
    of events; ``event_head`` in dates_blockers.txt). Only a year after ``di`` (``event_cue`` in
    dates_blockers.txt), a place's word as much as a time's: after a time cue the year dates the
    clause the name opens (``Sejak 2018 Indonesia Open digelar``, ``Hingga akhir 2024 Bank Mandiri
    Run tercatat``), and ``pada tahun 2018 Asian Games digelar`` dates the games. News-raw: the
    years before an event's name after a cue are two, both after ``di`` (lines 3777, 3780)."""
    cue = text[m.start() : m.start("y")].split()
    return (
        len(cue) == 1
        and cue[0].lower() in _lexicon().blockers["event_cue"]
        and _patterns().event_name_after.match(text, end) is not None
    )


def _blocked_year(m: regex.Match[str], text: str, name: str, end: int) -> bool:
    """A year-looking number that the context makes a law number, an event name or a count."""
    pat = _patterns()
    if _count_after(text, end):
        return True  # sampai 2000 orang, tahun 1446 H, tahun 2000-an, UU ... Tahun 2007 tentang
    if name == "year_cue" and m.group("keep") is None:
        # paruh akhir 2025, triwulan I di 2024: a half-year's or a quarter's year (GUIDELINES §3)
        y = m.start("y")
        quarter = pat.period_before.search(text, max(0, y - _CONTEXT_CHARS), y) is not None
        return quarter or _opens_event_name(m, text, end)
    if name != "year_cue":
        return False
    if _holiday_pair(text, m.start()):
        return True  # Ramadhan 1446 Hijriah Tahun 2025 Masehi, Ramadan 1445 H tahun 2024: the holiday's
    if _era_marked(text, end):
        return False  # Tahun 2025 Masehi
    cue = m.group("keep")
    s = m.start()
    if cue.lower().startswith("tahun") and (
        _law_number_before(text, s)
        or (_names_law_year(cue) and pat.law_name_before.search(text, max(0, s - _NAME_CHARS), s))
    ):
        return True  # Perda Nomor 5 Tahun 2023, UU No. 39 Tahun 2007, UUD (NRI) Tahun 1945
    if pat.period_before.search(text, max(0, s - _CONTEXT_CHARS), s):
        return True  # triwulan II tahun 2024 is a quarter
    if cue.lower() == "tahun" and _holiday_year(text, s):
        return True  # Idulfitri tahun 2023 is the holiday's year
    if cue.lower() == "tahun" and pat.event_acronym_before.search(text, max(0, s - _TITLE_CHARS), s):
        return True  # Festival Ekonomi Syariah (Fesyar) tahun 2018: the year of an event's name
    if cue[0].isupper() and not _is_acronym(cue):
        if len(cue.split()) > 1:
            # a cue of two words names the kind of year itself, which no event's name does
            # (Pemkab Lampung Barat Tahun Anggaran 2022), unless it ends a regulation's title
            # (PMK Nomor 134 tentang Belanja Wajib … Tahun Anggaran 2022; not a topic's:
            # sosialisasi tentang Pengelolaan Dana Desa Tahun Anggaran 2024 keeps its year)
            return bool(pat.title_before.search(text, max(0, s - _TITLE_CHARS), s))
        # "LKS Nasional Tahun 2024": a capitalised "Tahun" continuing a title-case name,
        # unless that word opens the sentence or is a budget word ("Renstra Tahun 2024")
        word = _name_word_before(text, s, _NAME_CHARS)
        if word is not None:
            lex = _lexicon()
            allowed = {c.lower() for c in lex.budget_cues + lex.drop_cues} | {"perubahan", "anggaran"}
            # but a region's name after a budget word is the budget's (APBD Kota X Tahun 2024)
            lo = max(0, s - _NAME_CHARS)
            if word not in allowed and not (
                pat.budget_region_before.search(text, lo, s) or pat.programme_before.search(text, lo, s)
            ):
                return True
    return False


_MARGIN = 90  # characters around a trigger: longer than any date form
_DENSE = 4000  # a window this long is dense with triggers: scan the rest of the text whole
_WORD = LazyPattern(r"[^\W\d_]+['’]?[^\W\d_]*")
_DIGITS = LazyPattern(r"\d+")
_DATE_SEP = LazyPattern(r"[^\S\r\n]{0,3}(?:[/.\-]|//)[^\S\r\n]{0,3}\d")  # 15//5/2018: a typo


def _number_hits(text: str) -> Iterator[tuple[int, int]]:
    """Numbers of one or two digits followed by a date separator and a digit (``24/8``)."""
    for m in _DIGITS.get().finditer(text):
        a, b = m.span()
        if b - a <= 2 and _DATE_SEP.get().match(text, b):
            yield a, b


def _year_hits(text: str, old: bool = False) -> Iterator[tuple[int, int]]:
    """Four-digit numbers from 1900 to 2099 (``old``: from 1000 to 1899)."""
    firsts = ("10", "11", "12", "13", "14", "15", "16", "17", "18") if old else ("19", "20")
    for m in _DIGITS.get().finditer(text):
        a, b = m.span()
        if b - a == 4 and text[a] in "12" and text[a : a + 2] in firsts:
            yield a, b


def _word_hits(lower: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the whole words of ``lower`` that are in ``words``, found by their first
    three letters with `str.find` (far cheaper than a regular expression alternation)."""
    hits = []
    for stem in {w[:3] for w in words}:
        i = lower.find(stem)
        while i != -1:
            if i == 0 or not lower[i - 1].isalpha():  # "23September" is glued to its day
                m = _WORD.get().match(lower, i)
                if m is not None and m.group() in words:
                    hits.append(m.span())
            i = lower.find(stem, i + 1)
    hits.sort()
    return hits


def _windows(text: str, lower: str) -> dict[str, list[tuple[int, int]]]:
    """Merged (start, end) windows around each trigger, per family of forms.

    Every form contains a month name, a number with a date separator, or a four-digit
    year; the forms run only in windows around those. A window is widened to whitespace so
    that no form starts or ends inside a word it would not match in the whole text. Where
    triggers are dense (``1.1.1.…``), the window runs to the end of the text: scanning it
    whole is cheaper than walking every trigger in Python.
    """
    pat = _patterns()
    hits = {
        "month": iter(_word_hits(lower, pat.month_words)),
        "num": _number_hits(text),
        "year": _year_hits(text),
        "old": _year_hits(text, old=True),
        "relative": iter(_word_hits(lower, pat.relative_words)),
    }
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for fam, spans in hits.items():
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            a, b = max(0, a - _MARGIN), min(n, b + _MARGIN)
            if merged and a <= merged[-1][1]:
                a = merged.pop()[0]
                if b - a > _DENSE:
                    merged.append((a, n))
                    break
            merged.append((a, b))
        out[fam] = [_widen(text, a, b) for a, b in merged]
    return out


def _widen(text: str, a: int, b: int) -> tuple[int, int]:
    """Move a window's ends out to the nearest whitespace (at most one margin away)."""
    if a > 0:
        a = max(text.rfind(" ", a - _MARGIN, a), text.rfind("\n", a - _MARGIN, a), a - 1) + 1
    if b < len(text):
        found = [i for i in (text.find(" ", b, b + _MARGIN), text.find("\n", b, b + _MARGIN)) if i != -1]
        b = min(found) if found else b
    return a, b


def _candidates(text: str, with_relative: bool) -> list[_Cand]:
    pat = _patterns()
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two ("İ"): keep offsets
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    out: list[_Cand] = []
    windows = _windows(text, lower)
    for fam, name, rx in pat.forms:
        last = -1
        for a, b in windows[fam]:
            for m in rx.finditer(text, max(a, last), b):
                out.extend(_form_candidates(name, m, text))
                last = m.end()
    out += _years_after_a_year(text, out)
    out = [_with_qualifier(c, text) for c in out]
    if with_relative:
        lex = _lexicon()
        for a, _ in _word_hits(lower, pat.relative_words):
            m = pat.relative.match(text, a)
            # "26 tahun ini" is an age, "sepuluh tahun lalu" ten years back: not this/last year
            if m is not None and (
                not pat.numeral_before.search(text, max(0, a - 20), a)
                or pat.name_number_before.search(text, max(0, a - 40), a)
            ):
                if _sunday_not_week(text, a):
                    continue
                phrase = " ".join(m.group().lower().split())
                out.append(_Cand(m.start(), m.end(), relative=lex.relative[phrase]))
        duration = _lexicon().blockers.get("duration", frozenset())
        for a, b in _word_hits(lower, pat.counted_words):
            for m in pat.counted.finditer(text, max(0, a - 30), b):
                # "selama dua minggu lalu pindah": a duration, then "lalu" (then)
                if _prev_word(text, m.start()) not in duration:
                    out.append(_counted(m))
        blocked_end = -1  # end of the last weekday that was not a date
        for a, _ in _word_hits(lower, pat.weekday_words):
            m = pat.weekday.match(text, a)
            if m is None:
                continue
            # "setiap Senin dan Kamis": a weekday listed after a recurring one recurs too
            listed = blocked_end >= 0 and _LIST_GAP.get().fullmatch(text, blocked_end, a) is not None
            c = None if listed else _bare_weekday(m, text)
            if c is None:
                blocked_end = m.end()
            else:
                out.append(c)
    return out


# A bare year right after a word joining it to a year read before it in its sentence: the next
# item of a list or of a comparison (sedangkan 2024, dan 2023, dari 2020, ke 2025, bukan 2029,
# atau 2027, ", 2024"); not a source's year closing a bracket (OECD, 2025).
_LATER_YEAR = LazyPattern(
    rf"(?:{_WB}(?i:dan|serta|sedangkan|sementara|dari|ke|bukan|atau)|(?P<comma>,)(?!{_S1}(?:19|20)\d\d{_S0}\))){_S1}"
    rf"(?P<y>(?:19|20)\d\d)(?![\p{{L}}\p{{N}}]|[.,/\-–]\d|-?an\b)",
    regex.V1,
)
# A bracket after a listed year: its figure (pada 2023 (11.570), 2024 (10.110)).
_BRACKET_NEXT = LazyPattern(r"[^\S\r\n]*+\(")
# Where a sentence ends, for the year it states (`_years_after_a_year`, `_breakdown_of_stated_year`).
_SENTENCE_END = LazyPattern(r"[.!?](?=\s|\Z)|\n")


def _years_after_a_year(text: str, cands: list[_Cand]) -> list[_Cand]:
    """``tahun 2023 terdapat 28 kapal sedangkan 2024 terdapat 30``, ``meningkat dari tahun 2023
    ke 2024``: a bare year joined to a year already read in its sentence is a year too (GUIDELINES
    §3 "a year alone"), unless a count's word follows it; after a year that is no date (``Pilpres
    2014 dan 2019``) it stays none. After a comma (``pada 2020 terdapat 12 kasus, 2021 terdapat
    9``, ``pada 2023 (11.570), 2024 (10.110)``) its clause must go on or a bracket follow: a noun
    after it is what the number counts (``3.100 berkas, 2000 berkas di antaranya``)."""
    out = []
    for c in cands:
        if c.blocked or c.first is None or c.first.year is None:
            continue
        stop = _SENTENCE_END.get().search(text, c.end)
        for m in _LATER_YEAR.get().finditer(text, c.end, stop.start() if stop else len(text)):
            e = m.end("y")
            listed = (
                m["comma"] is None
                or _clause_goes_on(text, e)
                or _BRACKET_NEXT.get().match(text, e) is not None
            )
            out.append(
                _Cand(m.start("y"), e, _Point(int(m["y"])), blocked=_count_after(text, e) or not listed)
            )
    return out


_SENTENCE_START = LazyPattern(r"(?:\A|[.!?…:;\"“”(\n])[\s'‘’]*+\Z")


def _sunday_not_week(text: str, start: int) -> bool:
    """``pada Minggu lalu`` is last Sunday, not last week: a capitalised ``Minggu`` inside a
    sentence is the day (and is left alone, like any weekday with ``lalu``); lower-case or
    opening a sentence it is the week."""
    return (
        text.startswith("Minggu", start)
        and _SENTENCE_START.get().search(text, max(0, start - 10), start) is None
    )


def _counted(m: regex.Match[str]) -> _Cand:
    """``tiga hari lalu``: a count of days, months or years back (or forward) from the published date."""
    cnt = _lexicon().counted
    if m.group("one") is not None:
        grain, n = Grain(cnt["one"][m.group("one").lower()]), 1
    else:
        grain = Grain(cnt["unit"][m.group("unit").lower()])
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else int(cnt["number"][word])
    sign = int(cnt["sign"][" ".join(m.group("sign").lower().split())])
    return _Cand(m.start(), m.end(), relative=(grain, sign * n))


def _with_qualifier(c: _Cand, text: str) -> _Cand:
    """Stretch a date over a following ``kemarin``/``lalu`` that belongs to it, and a day's date
    over a day word after it (``Minggu (26/7) besok``: one mention, as ``Senin(24/8) kemarin``
    is, GUIDELINES §3; the day word is no mention of its own)."""
    pat = _patterns()
    point = c.last or c.first
    q = pat.day_word_after.match(text, c.end) if point is not None and point.day is not None else None
    q = q or pat.qualifier.match(text, c.end)
    if q is None:
        return c
    word = regex.sub(r"\s+", " ", q.group().strip().lower())
    offset = _lexicon().relative.get(word, (Grain.DAY, 0))[1]
    tense = -1 if word in _PAST or offset < 0 else 1 if word in _FUTURE or offset > 0 else 0
    return replace(c, end=q.end(), tense=tense)


_LIST_GAP = LazyPattern(r"[\s,/]*(?:(?:dan|atau|serta|maupun)[\s,]*)?", regex.IGNORECASE)
_RANGE_TAIL = ("-", "–", "—", "hingga", "sampai", "s/d", "sd", "s.d", "s.d.", "dengan", "dgn")
_NEXT_WORD = LazyPattern(rf"{_S1}(?P<w>\p{{L}}+)", regex.V1)
_PAST = frozenset({"lalu", "kemarin", "silam"})
_FUTURE = frozenset({"depan", "mendatang", "nanti", "besok"})


def _bare_weekday(m: regex.Match[str], text: str) -> _Cand | None:
    """A weekday standing alone (``Kamis``), unless it is recurring, a range, a name or a week.

    ``Kamis lalu`` is the last Thursday before the anchor, ``Kamis depan`` the next one
    after it, and a plain ``Kamis`` the nearest Thursday on or before it.
    """
    pat = _patterns()
    blk = _lexicon().blockers
    word = m.group("wd")
    s, e = m.span()
    prev = _prev_word(text, s)
    if prev == "hari":  # setiap hari Senin
        prev = _prev_word(text, s - len(prev) - 1)
    if prev in blk["weekday"]:
        return None  # setiap Senin, salat Jumat
    rng = pat.connector.match(text, e, min(len(text), e + 30))
    if rng is not None and pat.weekday.match(text, rng.end()) is not None:
        return None  # Senin-Jumat: opening days, not a date
    tail = text[max(0, s - 12) : s].rstrip().lower()
    if tail.endswith(_RANGE_TAIL) and pat.weekday_range_before.search(text, max(0, s - 30), s) is not None:
        return None
    nxt = _NEXT_WORD.get().match(text, e, min(len(text), e + 40))
    follower = nxt.group("w").lower() if nxt is not None else ""
    if follower in blk["weekday_after"]:
        return None  # Jumat Curhat, Jumat Agung, Minggu Palma: names and holidays
    if word.lower() == "minggu" and (
        pat.numeral_before.search(text, max(0, s - 20), s)
        or pat.minggu_after.match(text, e, min(len(text), e + 30))
    ):
        return None  # dua minggu, Minggu lalu, minggu ke-3: weeks
    in_week = _day_of_week(text, nxt, _lexicon().weekdays[word.lower()], s)
    if in_week is not None:
        return in_week
    mode, end = Nearest.ON_OR_BEFORE, e
    if nxt is not None and (follower in _PAST or follower in _FUTURE):
        mode, end = (Nearest.BEFORE if follower in _PAST else Nearest.AFTER), nxt.end()
    return _Cand(s, end, weekday_rule=(_lexicon().weekdays[word.lower()], mode))


def _day_of_week(text: str, nxt: regex.Match[str] | None, weekday: int, start: int) -> _Cand | None:
    """``Sabtu pekan lalu``, ``Senin minggu depan``: that weekday of the week the phrase names
    (one mention; without it the weekday and the week would be read apart)."""
    if nxt is None:
        return None
    rel = _patterns().relative.match(text, nxt.start("w"))
    if rel is None:
        return None
    unit, n = _lexicon().relative[" ".join(rel.group().lower().split())]
    if unit is not Grain.WEEK:
        return None
    return _Cand(start, rel.end(), first=_Point(weekday=weekday), relative=(unit, n))


# --------------------------------------------------------------------------- selection


def _select(cands: list[_Cand], size: int) -> list[_Cand]:
    """Longest first, then leftmost; a candidate overlapping a chosen one is dropped."""
    taken = bytearray(size)
    chosen = []
    # on equal spans, the reading that knows the year wins ("Juni" of "Juni dan Juli 2025")
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start, c.first is None or c.first.year is None)):
        if c.end <= c.start or taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _join_day_words(cands: list[_Cand], text: str) -> list[_Cand]:
    """A day word right before a weekday (``hari ini, Jumat (29/5)``, ``kemarin Selasa``) or a
    day's date (``Hari Ini, 17 Juli 2026``, ``besok 28 Mei``) is one mention with it, as
    ``Senin(24/8) kemarin`` is (GUIDELINES §3): the weekday or the date gives the value, and the
    day word is no mention of its own."""
    pat = _patterns()
    out: list[_Cand] = []
    for c in cands:
        named = c.weekday_rule is not None or (c.first is not None and c.first.weekday is not None)
        day = c.first is not None and c.first.day is not None and text[c.start].isdigit()
        word = pat.day_word_before.search(text, max(0, c.start - 30), c.start) if named or day else None
        if word is None or not (day or pat.weekday.match(text, c.start)):
            out.append(c)
            continue
        while out and out[-1].end > word.start():
            if out[-1].start < word.start() or out[-1].first is not None or out[-1].weekday_rule is not None:
                break  # what ends there is not the day word alone
            out.pop()
        else:
            c = replace(c, start=word.start())
        out.append(c)
    return out


_CLOSE = LazyPattern(r"[^\S\r\n]*\)")


def _bracket_weekdays(c: _Cand, text: str) -> int | None:
    """Where the weekdays of a bracketed day or range of days start (``Sabtu dan Minggu (10-11
    Mei 2020)``, ``Minggu hingga Selasa (6-8 Mei 2018)``), if they are right before it."""
    if c.first is None or c.first.day is None or c.relative is not None:
        return None
    m = _patterns().weekdays_before_bracket.search(text, max(0, c.start - 60), c.start)
    if m is None or (m.group("open") is not None) == text.startswith("(", c.start):
        return None
    if m.group("open") is not None and not _CLOSE.get().match(text, c.end):
        return None
    return m.start()


def _join_bracket_weekdays(cands: list[_Cand], text: str) -> list[_Cand]:
    """The weekdays before a bracketed date are one mention with it, brackets and all, as
    ``Rabu (2 Mei 2018)`` is (GUIDELINES §3: the weekday next to a date is part of the
    mention); a bare weekday read there is no mention of its own."""
    out: list[_Cand] = []
    for c in cands:
        start = _bracket_weekdays(c, text)
        if start is not None:
            while out and out[-1].end > start and out[-1].start >= start and out[-1].first is None:
                out.pop()  # a bare weekday (a rule, no point) inside the new span
            if not out or out[-1].end <= start:
                close = _CLOSE.get().match(text, c.end)
                end = close.end() if close is not None and not text.startswith("(", c.start) else c.end
                c = replace(c, start=start, end=end)
        out.append(c)
    return out


def _yearless_month(c: _Cand) -> bool:
    """A month (or a range of months) with no year, no day and no weekday."""
    ends = [p for p in (c.first, c.last) if p is not None]
    return (
        not c.blocked
        and c.relative is None
        and c.weekday_rule is None
        and bool(ends)
        and all(p.year is None and p.month is not None and p.day is None and p.weekday is None for p in ends)
    )


@cache
def _count_next() -> regex.Pattern[str]:
    """The count right after a month of a monthly breakdown (``Januari 8 kasus``, ``April
    sebanyak 75.289``): a number, maybe after a tally word."""
    return regex.compile(rf"{_S1}(?:{_alt(_lexicon().blockers['tally'])}{_S1})?\d", regex.V1)


def _stated_year(years: set[tuple[int, int | None, int | None]]) -> int | None:
    """The one year a sentence has named so far, when every dated mention in it was that year
    alone (``DBD pada 2023 memiliki rincian Januari 8 kasus``: 2023)."""
    if len(years) != 1:
        return None
    year, month, day = next(iter(years))
    return year if month is None and day is None else None


def _breakdown_of_stated_year(cands: list[_Cand], text: str) -> list[_Cand]:
    """The months of a monthly breakdown (each month with its count) take the one year their
    sentence names before them: ``selama tahun 2024, rinciannya Januari 87.133 orang, Februari
    74.206 orang`` counts 2024 by month, whatever year the anchor would choose (GUIDELINES §3:
    the year is written, not missing). Other months keep the anchor's year (a question)."""
    breaks = [m.end() for m in _SENTENCE_END.get().finditer(text)]
    out = list(cands)
    k, sentence, years = 0, 0, set()
    for i in sorted(range(len(cands)), key=lambda i: cands[i].start):
        c = cands[i]
        while k < len(breaks) and breaks[k] <= c.start:
            k += 1
        if k != sentence:
            sentence, years = k, set()
        counted = _yearless_month(c) and _count_next().match(text, c.end) is not None
        year = _stated_year(years) if counted else None
        if year is not None and c.first is not None:
            out[i] = replace(c, first=replace(c.first, year=year))
        elif not c.blocked:
            years.update(
                (p.year, p.month, p.day) for p in (c.first, c.last) if p is not None and p.year is not None
            )
    return out


def _merge_ranges(cands: list[_Cand], text: str) -> list[_Cand]:
    """Two points joined only by ``hingga``, ``s.d.`` or a dash, the second no finer than the
    first (``1 Januari 2025 hingga Februari 2025``): one range; a part word may open its end
    (``akhir Mei hingga awal Juni 2018``: the year written at the end is the start's too);
    ``dan`` after ``antara`` joins them too (`_range_joint`)."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.first is not None
            and c.first is not None
            and prev.last is None
            and c.last is None
            and not prev.blocked
            and not c.blocked
            and prev.relative is None
            and c.relative is None
            # "Januari hingga 20 Mei 2025": a month to a day is a range too
            and (
                _GRAINS.index(prev.first.grain) <= _GRAINS.index(c.first.grain)
                or prev.first.grain is Grain.MONTH
            )
            and _range_joint(text, prev, c)
        ):
            out[-1] = _Cand(prev.start, c.end, prev.first, c.first, tense=prev.tense or c.tense)
            continue
        out.append(c)
    return out


# "antara" right before a range's first end: "antara tahun 2021 dan 2023" is one period
_BETWEEN_OPEN = LazyPattern(r"(?<![\p{L}])(?i:antara)[^\S\r\n]+\Z", regex.V1)


def _range_joint(text: str, prev: _Cand, c: _Cand) -> bool:
    """What stands between two points joins them into one range: a connector (``1 hingga 3
    Maret``), or ``dan`` after an ``antara`` that opens the first (``antara 31 Maret dan 4 April``,
    ``antara tahun 2021 dan 2023``: the span between, GUIDELINES §3 ranges)."""
    pat = _patterns()
    if pat.range_gap.fullmatch(text, prev.end, c.start):
        return True
    return bool(
        pat.between_gap.fullmatch(text, prev.end, c.start)
        and _BETWEEN_OPEN.get().search(text, max(0, prev.start - 10), prev.start)
    )


# --------------------------------------------------------------------------- values


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if not dt.MINYEAR <= y <= dt.MAXYEAR:
        return False
    if m is None or not 1 <= m <= 12:
        return m is None
    if d is None:
        return True
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _iso(y: int | None, p: _Point) -> str:
    ys = f"{y:04d}" if y is not None else "XXXX"
    if p.month is None:
        return ys
    if p.day is None:
        return f"{ys}-{p.month:02d}"
    return f"{ys}-{p.month:02d}-{p.day:02d}"


def _nearest_year(p: _Point, anchor: dt.date, tense: int = 0) -> int | None:
    """Of the anchor's year and its neighbours, the one that puts ``p`` nearest the anchor.

    ``Juni lalu`` (tense -1) is on or before the anchor and ``15 Januari mendatang`` (1)
    on or after it, when a year allows. With a weekday named, only the years on which the
    date falls on that weekday compete, before the tense is looked at: ``Minggu (13/1)
    kemarin`` in a page dated 22 December 2018 is 13 January 2019, a Sunday, though after the
    page's date (when no year fits the weekday, it is ignored: the source made a mistake).
    """
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if p.month is None or not _valid(y, p.month, p.day):
            continue
        day = dt.date(y, p.month, p.day if p.day is not None else 15)
        options.append((abs((day - anchor).days), y != anchor.year, y, day))
    if p.weekday is not None and p.day is not None:
        matching = [o for o in options if o[3].isoweekday() == p.weekday]
        options = matching or options
    if tense:
        here = (anchor.year, anchor.month, anchor.day if p.day is not None else 0)
        side = [o for o in options if _compare((o[2], p.month, p.day or 0), here) * tense >= 0]
        options = side or options
    return min(options)[2] if options else None


def _nearest_range_year(first: _Point, last: _Point, anchor: dt.date, tense: int = 0) -> int | None:
    """The start year of a range with no year (``Januari-September``) that puts the whole range
    nearest the anchor: a range that holds the anchor is nearest, else the nearer of its ends
    (an article of October 2022 reports January to September 2022, not from January 2023)."""
    if first.month is None or last.month is None or first.weekday is not None or last.weekday is not None:
        return None  # a weekday picks its year by itself (`_nearest_year`)
    options = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        y_end = y + 1 if _key(y, first) > _key(y, last) else y
        if not (_valid(y, first.month, first.day) and _valid(y_end, last.month, last.day)):
            continue
        start = dt.date(y, first.month, first.day or 1)
        end = dt.date(y_end, last.month, last.day or calendar.monthrange(y_end, last.month)[1])
        if tense * ((start > anchor) - (end < anchor)) < 0:
            continue  # "Januari-Maret lalu" is not after the anchor, "… mendatang" not before
        if tense < 0 and _ends_after(y_end, last, anchor):
            continue  # "Januari hingga Oktober lalu" is over by the anchor, as "Oktober lalu" is
        gap = 0 if start <= anchor <= end else min(abs((start - anchor).days), abs((end - anchor).days))
        options.append((gap, y != anchor.year, y))
    return min(options)[2] if options else None


def _ends_after(year: int, last: _Point, anchor: dt.date) -> bool:
    """Whether a range's end, at its own grain (day or month), is after the anchor's."""
    here = (anchor.year, anchor.month, anchor.day if last.day is not None else 0)
    return _compare((year, last.month or 0, last.day or 0), here) > 0


def _compare(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return (a > b) - (a < b)


def _key(y: int, p: _Point) -> tuple[int, int, int]:
    return (y, p.month or 1, p.day or 1)


_GRAINS = tuple(Grain)  # finest first


@dataclass(frozen=True, slots=True)
class _Base:
    """The date relative words count from (the published or reference date) and how much
    of it is known: a page dated only ``2022-03`` resolves ``bulan lalu`` but not ``kemarin``."""

    date: dt.date
    grain: Grain = Grain.DAY

    def knows(self, unit: Grain) -> bool:
        """Whether a count in ``unit`` (day, month, year) can be taken from this date."""
        return _GRAINS.index(unit) >= _GRAINS.index(self.grain)


def _resolve(c: _Cand, text: str, anchor: dt.date | None, base: _Base | None) -> DateMention | None:
    """The ISO value (and end) of one candidate, or None when it is not a real date."""
    if c.blocked:
        return None
    if c.relative is not None and c.first is not None:
        return _relative_point(c, text, anchor, base)
    end = None
    if c.relative is not None:
        value, end = _relative_value(c.relative, base)
    elif c.weekday_rule is not None:
        value = _weekday_value(c.weekday_rule, base)
    else:
        return _resolve_upcoming(c, text, anchor) if base is None else _resolve_written(c, text, anchor)
    return _mention(c, text, value, end) if value is not None else None


# How far before the body's latest date an upcoming date ("24 September nanti") may lie: the
# latest date may be the end of what the article announces, not the day it was written.
_UPCOMING_BEFORE_DAYS = 92


def _resolve_upcoming(c: _Cand, text: str, anchor: dt.date | None) -> DateMention | None:
    """A written date when the anchor is the body's latest date: ``mendatang``/``nanti`` keep
    a missing year on or after it, unless the nearest year puts the date shortly before it (an
    article announcing 25-30 September says "24 September nanti": that September)."""
    if c.tense <= 0 or anchor is None:
        return _resolve_written(c, text, anchor)
    plain = _resolve_written(replace(c, tense=0), text, anchor)
    if plain is not None and not plain.value.startswith("X"):
        y, m, d = parse_iso(plain.value)
        if m is not None and 0 <= (anchor - dt.date(y, m, d or _MID_MONTH_DAY)).days <= _UPCOMING_BEFORE_DAYS:
            return plain
    return _resolve_written(c, text, anchor)


def _relative_point(c: _Cand, text: str, anchor: dt.date | None, base: _Base | None) -> DateMention | None:
    """A point of a relative period: ``November tahun lalu`` (a month of the year the
    phrase names, counted from the anchor, which the body's latest date stands in for;
    ``XXXX`` without any), ``tanggal 24 bulan ini`` (a day of the month it names) or
    ``Sabtu pekan lalu`` (a day of the week it names), the last two only with a published
    or reference date."""
    assert c.relative is not None and c.first is not None  # the caller checked
    unit, n = c.relative
    if unit is Grain.YEAR:
        year = anchor.year + n if anchor is not None else None
        if year is not None and c.first.month and not _valid(year, c.first.month, c.first.day):
            return None  # 30 Februari tahun depan
        return _mention(c, text, _iso(year, c.first), _iso(year, c.last) if c.last is not None else None)
    if base is None or not base.knows(unit):
        return None
    if unit is Grain.WEEK and c.first.weekday is not None:
        monday = base.date - dt.timedelta(days=base.date.isoweekday() - 1) + dt.timedelta(weeks=n)
        return _mention(c, text, (monday + dt.timedelta(days=c.first.weekday - 1)).isoformat())
    y, m = divmod(base.date.year * 12 + base.date.month - 1 + n, 12)
    if c.first.day is None or not _valid(y, m + 1, c.first.day):
        return None
    return _mention(c, text, f"{y:04d}-{m + 1:02d}-{c.first.day:02d}")


_SATURDAY = 6  # ISO weekday: a weekend (akhir pekan) is Saturday and Sunday


def _relative_value(relative: tuple[Grain, int], base: _Base | None) -> tuple[str | None, str | None]:
    """``kemarin``, ``bulan lalu``, ``dua tahun silam``: counted from the base date; a week
    (``pekan lalu``) is the range from its Monday to its Sunday, its weekend (``akhir pekan
    lalu``) from its Saturday to its Sunday."""
    unit, n = relative
    if base is None or not base.knows(unit):
        return None, None
    day = base.date
    if unit is Grain.DAY:
        return (day + dt.timedelta(days=n)).isoformat(), None
    if unit in (Grain.WEEK, Grain.WEEKEND):
        monday = day - dt.timedelta(days=day.isoweekday() - 1) + dt.timedelta(weeks=n)
        first = monday + dt.timedelta(days=_SATURDAY - 1 if unit is Grain.WEEKEND else 0)
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if unit is Grain.MONTH:
        total = day.year * 12 + day.month - 1 + n
        return f"{total // 12:04d}-{total % 12 + 1:02d}", None
    return f"{day.year + n:04d}", None


def _weekday_value(rule: tuple[int, Nearest], base: _Base | None) -> str | None:
    """A bare weekday: the nearest such day on or before the base date (``Kamis``), the last
    one before it (``Kamis lalu``) or the next one after it (``Kamis depan``)."""
    if base is None or not base.knows(Grain.DAY):
        return None
    wd, mode = rule
    today = base.date.isoweekday()
    back = (today - wd) % 7
    if mode is Nearest.BEFORE:
        back = back or 7
    elif mode is Nearest.AFTER:
        back = -(((wd - today) % 7) or 7)
    return (base.date - dt.timedelta(days=back)).isoformat()


def _months_valid(*points: _Point | None) -> bool:
    return all(p is None or p.month is None or 1 <= p.month <= 12 for p in points)


def _resolve_written(c: _Cand, text: str, anchor: dt.date | None) -> DateMention | None:
    """A date as written, a missing year filled from the range's other end or the anchor."""
    first, last = c.first, c.last
    if first is None or not _months_valid(first, last):
        return None
    years = _range_years(c, first, last, anchor)
    if years is None:
        return None
    y1, y2 = years
    if not _valid(y1 if y1 is not None else 2000, first.month, first.day):
        return None  # (an unknown year is checked as 2000: 29 Februari is valid in one)
    value = _iso(y1, first)
    if last is None:
        return _mention(c, text, value)
    if not _valid(y2 if y2 is not None else 2000, last.month, last.day):
        return None
    if y1 is not None and y2 is not None and _key(y2, last) < _key(y1, first):
        return _mention(c, text, value)  # "28-24 Agustus": keep the start only
    if y1 is None and last.month in (None, first.month) and (last.day or 0) < (first.day or 0):
        return _mention(c, text, value)  # "28-24 Agustus" with no year: the start only
    # with no year at all, an earlier month ends the range in the next year: "Desember sampai
    # dengan Januari" is XXXX-12 to XXXX-01 (GUIDELINES §3: the year unknown, written XXXX)
    return _mention(c, text, value, _iso(y2, last))


def _range_years(
    c: _Cand, first: _Point, last: _Point | None, anchor: dt.date | None
) -> tuple[int | None, int | None] | None:
    """The years of a point or range's two ends; None when the anchor fits no year."""
    y1 = first.year
    y2 = last.year if last is not None else None
    if last is not None and y1 is None and y2 is not None:
        # "23 Juni hingga 23 September 2025", "29 Desember – 3 Januari 2025"
        y1 = y2 - 1 if _key(y2, first) > _key(y2, last) else y2
    elif y1 is None and anchor is not None:
        y1 = _nearest_range_year(first, last, anchor, c.tense) if last is not None else None
        y1 = y1 if y1 is not None else _nearest_year(first, anchor, c.tense)
        if y1 is None:
            return None
    if last is not None and y2 is None and y1 is not None:
        y2 = y1 + 1 if _key(y1, first) > _key(y1, last) else y1
    return y1, y2


def _mention(c: _Cand, text: str, value: str, end: str | None = None) -> DateMention:
    return DateMention(text=text[c.start : c.end], span=(c.start, c.end), value=value, end=end)


def _in_calendar(m: DateMention) -> bool:
    """Every year written is four digits, 0001-9999 (or XXXX)."""
    return all(
        v is None or v[:4] == "XXXX" or (v[:4].isdigit() and v[4:5] in ("", "-") and v[:4] != "0000")
        for v in (m.value, m.end)
    )


# How far ahead of the day of writing an upcoming date is announced at most: a page's told
# date further back than this before its upcoming one is history (news-raw: of 34 pages whose
# latest full date is upcoming, 33 have a told one 1 day to 13 months before it; the other's
# told date is a birth date 44 years before).
_ANNOUNCED_AHEAD_DAYS = 2 * 366


def _body_anchor(cands: list[_Cand], days: list[dt.date]) -> dt.date | None:
    """The latest full date with a written year in the body (``days``: `_full_dates`, GUIDELINES §3); a
    date said to be still to come (``1 Januari 2027 mendatang``) is no day the page was written,
    so it anchors only a page with no other full date (``Juni mendatang`` beside ``Jumat
    (29/5/2026)`` and ``1 Januari 2027 mendatang`` is 2026-06), unless the page's other latest
    full date is long before it, history rather than the day of writing (a birth date beside
    ``23 Februari 2022 mendatang``)."""
    told = next(iter(_full_dates([c for c in cands if c.tense <= 0])), None)
    latest = next(iter(days), None)
    if told is None or latest is None or (latest - told).days > _ANNOUNCED_AHEAD_DAYS:
        return latest
    return told


def _full_dates(cands: list[_Cand]) -> list[dt.date]:
    """Every day with a written year among ``cands``, latest first."""
    days = set()
    for c in cands:
        if c.blocked:
            continue
        for p in (c.first, c.last):
            if p is None or p.year is None or p.month is None or p.day is None:
                continue
            if _valid(p.year, p.month, p.day):
                days.add(dt.date(p.year, p.month, p.day))
    return sorted(days, reverse=True)


def _fits_weekday(p: _Point, anchor: dt.date) -> bool:
    """Whether a day and month falls on its named weekday in the anchor's year or a neighbour."""
    return any(
        _valid(y, p.month, p.day) and dt.date(y, p.month or 1, p.day or 1).isoweekday() == p.weekday
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    )


def _weekday_anchor(c: _Cand, anchor: dt.date | None, days: list[dt.date]) -> dt.date | None:
    """The anchor of a year-less date with its weekday (``Rabu (20/5)``), on a page that gives
    no date of its own: the body's latest full date, unless the weekday fits none of its years
    and fits those of an earlier full date, the reporting day (``Rabu (20/5)`` beside ``Kamis
    (21/5/2026)`` and a contract's ``berlaku hingga 16 September 2035`` is 2026-05-20, not a
    day of 2035; GUIDELINES §3: with a weekday, the years that match it)."""
    p = c.first
    if anchor is None or c.last is not None or p.weekday is None or p.day is None or p.year is not None:
        return anchor
    if _fits_weekday(p, anchor):
        return anchor
    return next((d for d in days if _fits_weekday(p, d)), anchor)


def _written_in_full(c: _Cand, anchor: dt.date | None, days: list[dt.date]) -> _Cand:
    """A year-less day and month the page also writes in full with a year (``defile 14 Juli``
    beside ``digelar pada 14 Juli 2025``) takes that year, when it is one of the years the
    anchor allows (its own, the one before or the one after; GUIDELINES §3): the page has said
    which 14 Juli it means, however near the other year's lies to the anchor. A weekday or a
    time word (``lalu``, ``mendatang``) picks the year by itself, and so does a range; a day
    written in full in two of the allowed years leaves the choice to the anchor."""
    p = c.first
    if anchor is None or p is None or c.last is not None or c.relative is not None or c.tense:
        return c
    if p.year is not None or p.month is None or p.day is None or p.weekday is not None:
        return c
    years = {d.year for d in days if (d.month, d.day) == (p.month, p.day) and abs(d.year - anchor.year) <= 1}
    return replace(c, first=replace(p, year=years.pop())) if len(years) == 1 else c


# How long after the body's latest date a page with no date of its own may have been written.
_WRITTEN_AFTER = dt.timedelta(days=31)


def _written_by(cands: list[_Cand], anchor: dt.date | None) -> dt.date | None:
    """The last day a page anchored on its body's latest date was likely written, which a date
    said to be past (``lalu``, ``kemarin``) is on or before: that date itself when it is still
    to come (``27 November 2024 mendatang``), else a month after it (``7 Januari lalu`` after
    ``Perbup … 27 Desember 2019`` is 2020-01-07; ``Desember lalu`` in a page whose latest date is
    ``Kamis (18/9/2025)`` is 2024-12, not three months after it)."""
    if anchor is None:
        return None
    day = (anchor.year, anchor.month, anchor.day)
    for c in cands:
        p = c.last or c.first
        if c.tense > 0 and not c.blocked and p is not None and (p.year, p.month, p.day) == day:
            return anchor
    return anchor + _WRITTEN_AFTER if anchor <= dt.date.max - _WRITTEN_AFTER else anchor


# Where a page dated only to the month or the year stands, for choosing a missing year:
# the middle of its month or year.
_MID_MONTH_DAY = 15
_MID_YEAR = (7, 1)


def _parse_published(published: str | None) -> _Base | None:
    """The page's own date, ``YYYY-MM-DD`` or only ``YYYY-MM`` / ``YYYY`` (gold and the
    cleaner give month-level dates for pages that print no day)."""
    if published is None:
        return None
    try:
        y, m, d = parse_iso(published)
    except (ValueError, AttributeError, TypeError):
        raise ValueError(f"published must be an ISO date YYYY-MM-DD or YYYY-MM, got {published!r}") from None
    if m is None:
        return _Base(dt.date(y, *_MID_YEAR), Grain.YEAR)
    if d is None:
        return _Base(dt.date(y, m, _MID_MONTH_DAY), Grain.MONTH)
    return _Base(dt.date(y, m, d))


def _given_base(published: str | None, reference_date: dt.date | None) -> _Base | None:
    """The anchor the caller gives: the published date, else the reference date."""
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a datetime.date or None, got {reference_date!r}")
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    base = _parse_published(published)
    if base is None and reference_date is not None:
        base = _Base(reference_date)
    return base


def _read_candidates(text: str, anchored: bool) -> list[_Cand]:
    """The candidates of the body, overlaps resolved, joined into ranges, a breakdown's year stated."""
    cands = _merge_ranges(_join_day_words(_select(_candidates(text, anchored), len(text)), text), text)
    return _breakdown_of_stated_year(_join_bracket_weekdays(cands, text), text)


def _resolved_mentions(cands: list[_Cand], text: str, base: _Base | None) -> list[DateMention]:
    """The candidates resolved against the anchor (the caller's, else the body's), those in the calendar."""
    written = _full_dates(cands)
    days = written if base is None else []
    anchor = base.date if base is not None else _body_anchor(cands, days)
    past = anchor if base is not None else _written_by(cands, anchor)
    out = []
    for c in cands:
        own = past if c.tense < 0 else anchor
        if base is None:
            own = _weekday_anchor(c, own, days)
        c = _written_in_full(c, own, written)
        try:
            mention = _resolve(c, text, own, base)
        except OverflowError:  # an anchor at the edge of the calendar (year 1 or 9999)
            continue
        if mention is not None and _in_calendar(mention):
            out.append(mention)
    return out


# --------------------------------------------------------------------------- public


def extract_dates(
    text: str, *, published: str | None = None, reference_date: dt.date | None = None
) -> list[DateMention]:
    """Every date mention in a cleaned article body, normalised to ISO 8601.

    Full dates, dates without a year, month and year, cued years (``tahun 2018``,
    ``APBD 2024``, ``data BPS (2024)``) and ranges (``24-28 Agustus``, ``TA 2021 sd
    2024``); numeric dates are day first. A missing year is taken from the anchor: the
    year (of the anchor's, the one before, the one after) that puts the date nearest to
    it, among those matching a named weekday if any; with no anchor it is ``XXXX``.

    The anchor is ``published``; without it, ``reference_date`` stands in for the
    published date in every respect (it also resolves relative words such as ``kemarin``
    and bare weekdays such as ``Kamis``, to the nearest such day on or before it);
    without either, the anchor is the latest full date with a year in the body, and
    relative words and bare weekdays are not extracted.

    Args:
        text: the cleaned body (boilerplate already removed).
        published: the page's own date, ``YYYY-MM-DD``, as found by the cleaner; a page
            dated only ``YYYY-MM`` (or ``YYYY``) anchors missing years and resolves the
            relative words of that grain or coarser (``bulan lalu``, not ``kemarin``).
        reference_date: the caller's anchor (CLI ``--reference-date``), used when the
            page gives no published date.

    Returns:
        The mentions sorted by span start; overlaps resolved longest first, then leftmost.

    Raises:
        TypeError: ``text`` is not a string or ``reference_date`` not a date.
        ValueError: ``published`` is not an ISO date.

    >>> extract_dates("Kegiatan ini diinisiasi oleh Dinas Perdagangan di Aula Kecamatan Bukit Batu, "
    ...               "Senin(24/8) kemarin.")
    [DateMention(text='Senin(24/8) kemarin', span=(77, 96), value='XXXX-08-24', end=None)]
    >>> extract_dates("Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.",
    ...               published="2020-08-26")
    [DateMention(text='24-28 Agustus', span=(59, 72), value='2020-08-24', end='2020-08-28')]
    >>> extract_dates("Kemarin yang di gudang logistik itu, rupanya tidak ada kegiatan",
    ...               reference_date=dt.date(2025, 6, 9))
    [DateMention(text='Kemarin', span=(0, 7), value='2025-06-08', end=None)]
    >>> extract_dates("Dana cair pada bulan lalu dan 3 Februari.", published="2022-03")
    [DateMention(text='bulan lalu', span=(15, 25), value='2022-02', end=None), \
DateMention(text='3 Februari', span=(30, 40), value='2022-02-03', end=None)]
    >>> extract_dates("Kebijakan itu mengacu pada Instruksi Presiden Nomor 4 Tahun 2023 tentang pangan.")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    base = _given_base(published, reference_date)
    if not text:
        return []
    return _resolved_mentions(_read_candidates(text, base is not None), text, base)
