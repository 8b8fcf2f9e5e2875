"""Page metadata: the page's own date, the reporter's credit and the dateline.

`_date_line` reads a line that only dates the page (its date by the one calendar grammar,
`extract.text.calendar`); `_credit` the reporter a credit line names (`Pewarta: Budi`,
`Budi Santoso - Wartawan`); `_byline_paren` reporters' initials in brackets (`(daq/fm)`);
`_dateline` the place and outlet that open the first paragraph (`PALANGKA RAYA –`,
`BANGLI, Kilasbali.com –`). The title is picked by `page` from the headline-like lines above
the body.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache

import regex

from ..records import Dateline
from ..resources import load_lines
from ..text.calendar import calendar_lexicon, find_page_dates, month_number
from ..text.patterns import whole_words
from ..text.tokens import sentence_ended
from ..text.words import (
    NAMEISH,
    WordClass,
    common_words,
    given_names,
    org_acronyms,
    org_words,
    outlet_rows,
    outlet_words,
    word_class,
    word_set,
)
from .kinds import Label
from .lexicon import (
    AGENCY_DATELINE_CHARS,
    DASH_MARKS,
    SOFT_DASH_MARKS,
    WEB_ENDINGS,
    _chrome_words,
    _common_words,
    _credit_words,
    _function_words,
    _labels,
    _not_reporters,
    _patterns,
    _place_names,
    _region_acronyms,
    _region_tails,
    _regions,
    _sentence_openers,
    _share_words,
    marked_search,
)
from .lines import _HEADLINE_MAX_WORDS, _features, _Unit

# A line that only dates the page: short, and besides the date, its clock time, zone, weekday and
# labels at most two other words (`Admin`, a view count's unit)
_DATE_LINE_WORDS = 16
_DATE_LINE_CHARS = 120
_DATE_LINE_OTHER_WORDS = 2
# A reporter's name: one to seven capitalised words (`Dr. Budi Santoso`, `Tim Redaksi`)
_NAME_WORDS = 7
# A credit line is short; a longer line is a paragraph that mentions a reporter
_CREDIT_CHARS = 200
# `Oleh Budi Santoso` is a credit; `Oleh karena itu, …` (more words, no colon) is not
_UNLABELLED_NAME_WORDS = 4
# `Indra Wijaya` alone above the page's date: a reporter's name is two to four words
_REPORTER_LINE_WORDS = (2, 4)
# `Kontributor Sukamaju, Budi Santoso`: with no colon, a place of a word or two before the name
_UNLABELLED_PLACE_WORDS = 2
# `(daq/fm)`, `(Budi Santoso)`: reporters' initials or a name in brackets are a few words
_PAREN_BYLINE_WORDS = 6
# The dateline's dash sits within this many characters of the paragraph's start
# (`TRIBUNKALTENG.COM, SAMPIT - …`), a colon (`JAKARTA: …`) sooner
_DATELINE_CHARS = 90
_COLON_DATELINE_CHARS = 60
# A dateline opens a sentence: at least this many words after the dash
_SENTENCE_AFTER_WORDS = 4
# A dateline on its own line is a place and a masthead, a few words
_STANDALONE_DATELINE_WORDS = 6
# `Mataram, Garda Asakota.-`: the dateline's dash (after a stray stop) closing a line of its own
_DASH_CLOSE = regex.compile(r"\s*\.?\s*[-–—]{1,2}\s*$")
_RANK_CAPTION_WORDS = 5  # `Brigjen Pol Suroto` or a rank and a longer name
# A reporter's credit glued before the dateline (`Laporan Wartawan X.com, Budi TRIBUNNEWS.COM, KUDUS
# - …`) fits in the paragraph's first characters
_LEAD_CREDIT_CHARS = 160
# The page's date glued after the last sentence sits in the paragraph's last characters
_TRAIL_DATE_CHARS = 80
# What may stand between a page's date, its weekday and the text next to them: spaces,
# commas, bars and dashes (`… (rin) | Kamis, 6 Juli 2023`, `Judul - Kamis, 6 Juli 2023 SAMPIT`)
_DATE_SEPARATORS = " ,|-–—"
# Place, outlet and date: at most three parts, each a few words (`KOTA PALANGKA RAYA`)
_DATELINE_PARTS = 3
# A place shouted before its bracketed outlet with no dash has more letters than an acronym
# (`TAPAKTUAN (MA)`, not `BNN (Badan …)`); the outlet's initials are at most this many capitals
_SHOUTED_PLACE_LETTERS = 4
# a second-level domain has this many letters at most (`co`, `go`, `ac`, `sch`, `web` in `….co.id`)
_SECOND_LEVEL_LETTERS = 3
_OUTLET_INITIALS = 5
# `Kota Kupang, Garda Indonesia |`: a masthead after the place is a few words
_MASTHEAD_WORDS = 3
# a masthead named after its region: a common word, then the region (`FAKTA GARUT`)
_REGION_MASTHEAD_WORDS = 2
# ... and longer than a region's abbreviation (`Sentani, Jpr –`: Jayapura)
_MASTHEAD_LETTERS = 6
_DATELINE_PART_WORDS = 4
# `Beijing, (ANTARA /PRNewswire)-`: a space beside the slash between two bracketed mastheads
_BRACKET_SLASH = regex.compile(r"(?<=\([^()/]{1,30})\s+/\s*|(?<=\([^()/]{1,30})/\s+")
# `Buser24.com- (SUKAMAJU)`: the bracketed place follows the dash within a few characters
_BRACKET_PLACE_CHARS = 40
# `Melanesiatimes.comKota Sorong`: a web domain and the place's capital glued after its ending
_DOMAIN_THEN_PLACE = regex.compile(rf"(\S+\.(?:{WEB_ENDINGS}))(\p{{Lu}}\p{{Ll}}+(?: \S+){{0,3}})")
# a credit's words: parted by spaces, slashes and commas (`Antara Foto/Budi`), and by the colon or
# stop that joins a label to the next word (`Foto: Budi`, `Dok.Humas`)
_CREDIT_PARTS = regex.compile(r"[\s/,:.]+")
# `Ruteng Vox NTT –`: a masthead after the place has a name and a region or a second word
_MASTHEAD_AFTER_PLACE_WORDS = 2
# A masthead glued in one word goes on this many letters after its name word (`WARTA` + `BANGKA`)
_PREFIX_MORE_LETTERS = 3
# how far from the article's end an unbracketed advertorial label is looked for
_TRAILING_ADVERT_CHARS = 40


@cache
def _weekdays() -> frozenset[str]:
    """Day names, Indonesian and English (a page's own date line may use either)."""
    lex = calendar_lexicon()
    return frozenset(lex.weekdays) | frozenset(lex.english_weekdays)


def _date(text: str) -> str | None:
    """ISO date of the first full date in ``text`` (see `_date_span`)."""
    found = _date_span(text)
    return found[0] if found else None


def _date_span(text: str) -> tuple[str, int, int] | None:
    """The date a page line gives, as (ISO date, start, end): the first whole calendar date of
    the most preferred form (`Rabu, 01 September 2021`, `March 5, 2024`, `05/03/2024`,
    `2024-03-05`), read by the one calendar grammar (`extract.text.calendar`)."""
    # `2021-09-01T10:30:00+07:00`: a timestamp's `T` glued to the date hides it (same length, so
    # the spans stay true)
    text = _patterns().iso_stamp.sub(" ", text)
    for found in find_page_dates(text):
        if _DATE_SPAN_END.match(text, found.span[1]):
            return None  # `02/01/2021 - 03/01/2021 - AGUNG POST`: an archive's span dates no article
        if found.month and found.day:  # a day or month written `00` is no date
            return found.iso, *found.span
    return None


def _date_line(unit: _Unit) -> str | None:
    """The ISO date of a line that only dates the page (`Rabu, 01 September 2021 | 10:30 WIB`,
    `Oleh Admin - Rabu, 01 September 2021`), not a headline holding a date."""
    if unit.n_words > _DATE_LINE_WORDS or len(unit.text) > _DATE_LINE_CHARS or unit.prose:
        return None
    found = _date_span(unit.text)
    if found is None:
        return _month_line(unit.text)
    iso, start, end = found
    rest = _patterns().date_rest.sub(" ", unit.text[:start] + " " + unit.text[end:])
    skip = (
        _function_words() | _weekdays() | frozenset(_labels(Label.PUBLISHED) + _labels(Label.REPORTER_COLON))
    )
    words = [w for w in rest.split() if w.casefold() not in skip]
    return iso if len(words) <= _DATE_LINE_OTHER_WORDS else None


# a second date written in figures right after the first and a dash: the two ends of a span
_DATE_SPAN_END = regex.compile(r"\s*[-–—]\s*\d{1,2}/\d{1,2}/\d{2,4}\b")


def _bulleted_date(text: str) -> str | None:
    """`Padang Ekspres • Minggu, 05/06/2011 11:24 WIB • H Sutan Zaili Asril • 938 klik`: a strip of
    fields parted by bullets (outlet, date, author, counter), one field a line that only dates the
    page: that date."""
    fields = _BULLETS.split(text)
    dated = [_date(f) for f in fields if _dates_page(f.strip())] if len(fields) > 1 else []
    return dated[0] if len(dated) == 1 else None


# the bullets parting the fields of a page's credit strip
_BULLETS = regex.compile(r"\s[•·]\s")


def _month_line(text: str) -> str | None:
    """`Maret 2024`, `Edisi: Maret 2024`: a page dated to the month only gives ``YYYY-MM``."""
    m = _patterns().month_line.fullmatch(text)
    if m is None or (m["label"] and m["label"].casefold() not in _labels(Label.PUBLISHED)):
        return None
    month = month_number(m["month"], english=True)
    return f"{m['year']}-{month:02d}" if month else None


@lru_cache(maxsize=4096)
def _dates_page(line: str) -> bool:
    """Whether a short line only dates the page (cached: a page may repeat its date lines)."""
    if _date_span(line) is None:
        return False
    probe = _Unit([], line)
    _features(probe)
    return _date_line(probe) is not None


def _name_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= _NAME_WORDS:
        return False
    fw = _function_words()
    return all(
        w[0].isupper() or not w[0].isalpha() or "/" in w for w in words if w.casefold() not in fw
    ) and not any(ch.isdigit() for ch in text)


@cache
def _rank_words() -> frozenset[str]:
    """The first words of police and military ranks (`Brigjen`, `AKBP`, `Letkol`), lowercase."""
    return frozenset(e.split()[0].casefold() for e in load_lines("names_ranks.txt") if e.split())


def _rank_caption(text: str) -> bool:
    """`Kapolda Maluku Utara, Brigjen (Pol) Suroto`: a photo's caption naming the office and then
    the ranked officer after a comma, nothing after the name (a headline goes on with a verb)."""
    head, comma, tail = text.rpartition(",")
    words = tail.replace("(", " ").replace(")", " ").split()
    if not comma or not head.strip() or not 2 <= len(words) <= _RANK_CAPTION_WORDS or ":" in text:
        return False
    return words[0].casefold() in _rank_words() and all(w[0].isupper() for w in words)


def _credit(text: str) -> str | None:
    """The reporter named by a credit line (`Pewarta: Budi`, `Laporan Wartawan X.com, Nama`)."""
    p = _patterns()
    if len(text) > _CREDIT_CHARS:
        return None
    m = p.credit.match(text)
    if not m and p.credit_cut.match(text) and (later := p.credit_later.search(text)):
        # `Editor : Ani Penulis : Budi Santoso Publish : Dedi`: the editor's credit first on a shared line
        return _credit(text[later.start() :])
    if not m:
        return _credit_after_name(text)
    label = m["label"].casefold()
    rest = m["rest"]
    if rest.strip()[:1] == "(" and rest.strip().endswith(")") and rest.count("(") == 1:
        rest = rest.strip()[1:-1].strip()  # `Reporter ( Budi )`: the name alone in brackets
    # `Oleh: Budi Santoso | Editor: Ani`: a colon (or bar, dash) between the label and the name
    colon = any(ch in ":：|-–" for ch in text[m.end("label") : m.start("rest")])
    if (
        " ".join(label.split()) in _labels(Label.REPORTER_COLON)
        and not colon
        and len(rest.split()) > _UNLABELLED_NAME_WORDS
    ):
        return None  # `Oleh Budi Santoso` is a credit; `Oleh karena itu, …` is not (and is not name-like)
    # a one-word label with no colon (`Wartawan`, `Reporter`) may be a headline's noun;
    # `Laporan Wartawan Tribunnews.com, Budi` is a credit however it goes on
    bare = not colon and len(label.split()) == 1
    if bare and not rest[:1].isupper():
        return None  # `Wartawan bersama Pemkab Peringati Hari Pers …`: a headline about reporters
    # `Penulis: Budi / Editor: Ani`: the slash before the editor's label goes with it
    head = p.credit_cut.split(rest, maxsplit=1)[0].strip(" ,.:/")
    if "," in head:
        head = _credit_comma_part(head, label, colon, bare)
    name = _credited_name(head.strip(" ,.:"), colon, bare)
    if name is not None and text[m.end("label") : m.end("label") + 1].isupper() and not _writer_name(name):
        return None  # glued to the label, a brand's or a headline's words (`PenulisMuda Gelar Lomba`)
    return name


def _credit_after_name(text: str) -> str | None:
    """The reporter named before a credit's label (`Budi Santoso - Wartawan`)."""
    m = _patterns().credit_after.fullmatch(text)
    if not m or " ".join(m["label"].casefold().split()) in _labels(Label.REPORTER_COLON):
        return None
    name = m["rest"].strip()
    if not _name_like(name) or _is_outlet(name) or name.casefold() in _not_reporters():
        return None
    return name


def _credit_comma_part(head: str, label: str, colon: bool, bare: bool) -> str:
    """The part of a credit's comma-parted words that names the reporter, not the outlet or region."""
    p = _patterns()
    before, after = (s.strip() for s in head.split(",", 1))
    # `Laporan Wartawan Nextren, Budi`: after a two-word label the employer comes first
    # `Kontributor Sukamaju, Budi`: the region a contributor reports from comes first too, and so
    # does the desk a reporter's title names (`Penulis: Kontributor Sains, Budi`)
    desk = before.split()[0].casefold() in _labels(Label.REPORTER)
    if (
        _is_outlet(before)
        or not before
        or ((len(label.split()) > 1 or before.casefold() in _regions() or desk) and _name_like(after))
        # with no colon the words between the label and the comma are where it reports from
        or (bare and len(before.split()) <= _UNLABELLED_PLACE_WORDS and _name_like(after))
    ):
        head = after
    elif _is_outlet(after) and not (bare and not p.domain.search(after)):
        # `Penulis: Budi, Tribunnews`; after a bare label a masthead is a domain (`Reporter
        # Cilik Kunjungi Kantor Bupati, Belajar Menulis Berita` ends in no outlet)
        head = before
    elif colon and after.casefold() in _regions() and _name_like(before):
        head = before  # `Laporan: Yulius Sulo, Merauke`: the reporter, then where he reports from
    return head


def _credited_name(head: str, colon: bool, bare: bool) -> str | None:
    """The reporter's name in a credit's words after its label, or None where they name no one."""
    p = _patterns()
    if (post := _POST_AFTER_NAME.search(head)) and post.start():
        head = head[: post.start()]  # `Penulis: Abdilah Amin (Tenaga Ahli Peliput)`: the writer's post
    words = head.split()
    if len(words) > 1 and p.domain.search(words[0]):
        head = " ".join(words[1:])  # `Laporan Wartawan Tribunnews.com Budi Santoso`
    head = _after_regional_desk(head)
    if bare and ("," in head or len(head.split()) > _UNLABELLED_NAME_WORDS):
        # `Reporter Cilik Kunjungi Kantor Bupati, Belajar Jadi Wartawan`: with no colon after the
        # label, a credit names a few words, not a headline's clauses
        return None
    if bare and any(w.casefold() in _function_words() for w in head.split()):
        return None  # `Laporan Reses dari Daerah Pemilihan`: a subheading's phrase, no name
    name, slash, unit = head.partition("/")
    if colon and slash and _name_like(name.strip()) and unit.strip()[:1].islower() and len(unit.split()) > 1:
        # `Penulis: Harmin/staf Prokopim Paser`: the writer, then a phrase for the desk he works in
        # (`Budi/ant`, `Imam Hanafi/sujudmariono`: a code or a second name in one word stays)
        head = name.strip()
    if not head or not (_name_like(head) or (colon and _user_name(head))) or _is_outlet(head):
        return None
    if head.casefold() in _not_reporters():
        return None
    return head


def _after_regional_desk(head: str) -> str:
    """A credit's words after a masthead named with its region and no comma (`Laporan Reporter Tribun
    Jogja Budi Santoso`: `Budi Santoso`); unchanged where no masthead and known region open them, or
    fewer than two words or a clause's function word follow."""
    words = head.split()
    for n in (2, 3):
        desk, rest = words[:n], words[n:]
        region = " ".join(desk[1:]).casefold() in _regions()
        clause = any(w.casefold() in _function_words() for w in rest)
        if len(rest) >= 2 and region and not clause and _is_outlet(desk[0]) and _name_like(" ".join(rest)):
            return " ".join(rest)
    return head


# a credit's name closed by the writer's post in brackets, two words or more (`(Pranata Humas Ahli
# Muda)`); one word (`(Ani)`) or a code (`(ant/ram)`) is no post
_POST_AFTER_NAME = regex.compile(r"\s*\((?:\p{L}+\s+){1,5}\p{L}+\)$")


def _desk_credit(text: str) -> bool:
    """A reporter's label and its colon naming a desk or an outlet, no reporter (`Penulis :
    KompasTV Medan`, `Reporter: Tim Redaksi`): a credit line with no byline."""
    m = _patterns().credit.match(text)
    if m is None or len(text) > _CREDIT_CHARS or ":" not in text[m.end("label") : m.start("rest")]:
        return False
    rest = m["rest"].strip(" .")
    return bool(rest) and (_is_outlet(rest) or rest.casefold() in _not_reporters())


def _user_name(head: str) -> bool:
    """A name after a credit's colon written in lower case, as a site's user name (`Penulis: iwan
    Santoso | Editor: muslimah`): a few words of letters, none a function word."""
    words = head.split()
    fw = _function_words()
    if not 1 <= len(words) <= _UNLABELLED_NAME_WORDS:
        return False
    return all(w.isalpha() and w.casefold() not in fw for w in words)


def _reporter_line(text: str) -> str | None:
    """A reporter's name alone on a line (`Indra Wijaya`), perhaps with the outlet after a dash
    (`Indra Wijaya - detikNews`): two to four capitalised words opening with a known given name.
    The caller asks only of the line right above the page's date at the top of the page."""
    name, dash, outlet = text.partition(" - ")
    name = _name_before_label(name.strip()) or name.strip()
    if dash and not _is_outlet(outlet):
        return None
    words = name.split()
    if not _REPORTER_LINE_WORDS[0] <= len(words) <= _REPORTER_LINE_WORDS[1] or not _name_like(name):
        return None
    # `Mei Amelia R - detikNews`: the outlet after the dash vouches for a name no list knows
    if (
        (words[0].casefold() not in given_names() and not dash)
        or name.casefold() in _regions()
        or _is_outlet(name)
        or name.casefold() in _not_reporters()  # `Tim Redaksi - Warta.com`
    ):
        return None
    return name


def _name_before_label(text: str) -> str | None:
    """`Budi Santoso , Jurnalis`: the name before a reporter's label that follows it (see
    `credit_after`); the label is no part of the name."""
    m = _patterns().credit_after.fullmatch(text)
    return _credit(text) if m is not None else None


def _dated_reporter(text: str) -> str | None:
    """The reporter named after the page's date and time on its date line (`Jumat, 26 September
    2025 12:47 WIT Samuel Anggara`): what follows the date, its time, zone and separators taken
    off, is a reporter's name alone (`_reporter_line`); a place or a site's section is none. With
    nothing after the date, the words before it (`Samuel Anggara, Jumat, 26 September 2025 12:47
    WIT`, `Oleh: Samuel Anggara - Jumat, …`) are read the same way, or as a labelled credit."""
    found = _date_span(text)
    if found is None:
        return None
    rest = " ".join(_patterns().date_rest.sub(" ", text[found[2] :]).split())
    if rest:
        return _reporter_line(rest)
    before = _before_weekday(text[: found[1]].rstrip(_DATE_SEPARATORS), _DATE_SEPARATORS).strip(
        _DATE_SEPARATORS
    )
    return (_credit(before) or _reporter_line(before)) if before else None


def _advert_mark(content: str) -> bool:
    """The inside of an advertorial's closing mark: the label alone (`adv`) or before the desk or
    the reporter's code (`Adv/Diskominfo`, `ADV/DPRD Kupang`): paid content, no reporter's byline."""
    labels = _labels(Label.ADVERT)
    return content.strip().casefold() in labels or content.split("/")[0].strip().casefold() in labels


@cache
def _trailing_advert_pattern() -> regex.Pattern[str]:
    """An advertorial's label of more than one word (`Berita kerja sama`), capitalised, closing the
    last sentence with no brackets."""
    labels = sorted((x for x in _labels(Label.ADVERT) if " " in x), key=len, reverse=True)
    words = "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in labels)
    return regex.compile(rf"(?<=[.!?\"”’]\s{{1,3}})(?=\p{{Lu}})(?i:{words})\s*$")


def _trailing_advert(line: str) -> int | None:
    """`… katanya. Berita kerja sama`: where the label of paid content closing the article starts."""
    m = _trailing_advert_pattern().search(line, max(0, len(line) - _TRAILING_ADVERT_CHARS))
    return m.start() if m is not None else None


def _byline_paren(content: str) -> str | None:
    # `(nnts***)`, `(*rin*)`: stray stars around the reporter's code mark nothing of the name
    # `(*/rez/py)`: the end mark's star and a slash before the codes
    content = regex.sub(r"^\*+\s*/\s*", "", content.strip()).strip("*").strip()
    p = _patterns()
    if (source := p.slash_source.search(content)) is not None:
        # `(Budi Santoso/SumberBPOM)`: the writer's name, then the source behind its label
        content = content[: source.start()].strip()
        if not _REPORTER_LINE_WORDS[0] <= len(content.split()) <= _REPORTER_LINE_WORDS[1]:
            return None  # `(Antara/Foto: Ani)`: an agency, no writer's name
        if not _writer_name(content):
            return None  # `(Bank Indonesia/Sumber: BI)`: a body or a place, no writer
    if not (p.byline_name.fullmatch(content) and not any(ch.isdigit() for ch in content)) and not (
        p.initials_code.fullmatch(content)  # `(cr01/enn)`: reporters' codes may hold digits
    ):
        return None
    if len(content.split()) > _PAREN_BYLINE_WORDS or content.casefold() in _labels(Label.PHOTO):
        return None  # `(ilustrasi)` closes a caption
    if _advert_mark(content):
        return None  # `(adv)` marks an advertorial; `(Adv/Diskominfo)` names the desk that paid for it
    if not _name_like(content) and _function_words() & set(content.casefold().split()):
        # `(Halaman selengkapnya di sini)`, `(dari berbagai sumber)`: a phrase (`(tim media)` is a desk)
        return None
    return content


# `(Tribunnews.com/Renald)(Kompas.com/Gilang Satria)`: a bracketed credit right behind another
_SECOND_CREDIT = regex.compile(r"(?<=\))\s*\(\s*([^()\n]{1,80}?)\s*\)\s*$")


def _source_credit(line: str) -> int | None:
    """`… katanya. (Tribunnews.com/Renald)(Kompas.com/Gilang Satria)`: two slashed credits closing
    the last paragraph, the page's own writer's and then the writer of the article it draws on (an
    outlet's domain, a slash, a name: `outlet_credit`). Where the second starts, so the first is
    read as the byline; None where one credit closes the paragraph or the second names no outlet's
    writer."""
    m = _SECOND_CREDIT.search(line)
    if m is None or not _patterns().outlet_credit.fullmatch(m[1]):
        return None
    first = line.rfind("(", 0, m.start())
    if first < 0 or _byline_paren(line[first + 1 : m.start()].strip().rstrip(")")) is None:
        return None
    return m.start()


def _is_outlet(part: str) -> bool:
    part = part.strip()
    if not part:
        return False
    if _patterns().domain.search(part.replace(". ", ".")):  # `DETIKSATU. ID`
        return True
    if any(_masthead_spelling(w) for w in part.split()):
        return True
    names, suffixes, prefixes = outlet_words()
    words = [w.casefold() for w in part.split()]
    # `TRIBRATA NEWS POLDA BANTEN`: a suffix word standing alone inside the masthead counts too
    if any(w in names or w in suffixes for w in words):
        return True
    # `Bedanews`, `Tribratanews Polres Probolinggo`: a masthead's word ends in a suffix, first or last
    ends = {words[0], words[-1]} if words else set()
    if any((w.endswith(s) and len(w) > len(s) + 1) or w == s for s in suffixes for w in ends):
        return True
    # `WARTABANGKA`, `Liputansbm`: a masthead's name word glued before more letters, in one word
    first = words[0] if words else ""
    glued = any(first.startswith(x) and len(first) >= len(x) + _PREFIX_MORE_LETTERS for x in prefixes)
    return glued and first.isalpha() and first not in common_words() and first not in given_names()


def _digest_items(text: str) -> int:
    """How many of a line's pieces after a spaced dash open with a news outlet's name (`… - Kompas.com
    Banjir Rendam Rumah - detikNews …`): the items of a news aggregator's list of headlines, each
    with its source (a Google News digest). A line with a finished sentence in it is prose: 0."""
    dashes = text.count(" - ") + text.count(" – ") + text.count(" — ")
    if dashes < _DIGEST_ITEMS or _SENTENCE_END.search(text):
        return 0
    items = 0
    for piece in _DIGEST_DASH.split(text)[1:]:
        words = piece.split()
        items += any(_is_outlet(" ".join(words[:n])) for n in range(1, min(_OUTLET_WORDS, len(words)) + 1))
    return items


def _digest(text: str) -> bool:
    """A line listing other articles' headlines with their sources (`_digest_items`), most of its
    dashes before an outlet: teasers (GUIDELINES §1), no body, title, date or dateline of its own."""
    items = _digest_items(text)
    return items >= _DIGEST_ITEMS and items * 2 > len(_DIGEST_DASH.findall(text))


# an aggregator's list names this many headlines with their sources at least; an outlet's name has
# this many words at most (`CNN Indonesia`, `Antara News Bengkulu`)
_DIGEST_ITEMS = 3
_OUTLET_WORDS = 3
_DIGEST_DASH = regex.compile(r"\s+[-–—]\s+")
# a sentence's end inside a line: a lowercase word, its stop, a space and a capital; a headline's
# `!` (`Bikin Terkejut! Desain Baru …`) and an abbreviation's stop (`RSUD Dr. Soetomo`, `Prov.
# Lampung`) end no sentence
_SENTENCE_END = regex.compile(r"(?<!\p{L})\p{Ll}+\.\s+\p{Lu}")


def _place_case(part: str) -> str:
    """`PALANGKA RAYA` -> `Palangka Raya`; mixed case is kept as written, but a known region's
    word left lowercase is capitalised (`Tulang Bawang barat` -> `Tulang Bawang Barat`), and a region
    the gazetteer writes in capitals stays so (`AS`, `NTB`: no `As`)."""
    if part.casefold() in _regions() and any(w[:1].islower() for w in part.split()):
        return " ".join(w[:1].upper() + w[1:] for w in part.split())
    acronyms = _region_acronyms()
    return " ".join(
        w.capitalize() if w.isupper() and len(w) > 1 and w not in acronyms else w for w in part.split()
    )


def _outlet_case(part: str) -> str:
    """`TRIBUN-BALI.COM` -> `Tribun-Bali.com`, `POSMETRO MEDAN` -> `Posmetro Medan`."""
    if not part.isupper():
        return part
    words = []
    for word in part.split():
        name, dot, tail = word.partition(".")
        name = "-".join(s.capitalize() for s in name.split("-"))
        words.append(name + dot + tail.lower())
    return " ".join(words)


def _dateline(text: str) -> Dateline | None:
    """Place and outlet that open the first paragraph (`_head_dateline`), or glued to the sentence
    with no dash (`_glued_dateline`), which also finds the outlet a dash-less head leaves out
    (`SABU RAIJUA, Sabu News, Pemerintah …`)."""
    text = _mended_dash(text)
    found = _head_dateline(text)
    if found is None or found.outlet is None:
        found = _glued_dateline(text) or found
    return _stop_dropped(found)


# `JAKARTA ? Pasukan …`, `BANDA ACEH | ACEHKITA.COM ? Game …`: an en dash a scraper wrote as `?`
# (the page's curly quotes lost the same way); a question mark set apart by spaces after a shouted
# word or a web address and before a capital is no question's
_MOJIBAKE_DASH = regex.compile(r"(?-i:(?<=\p{Lu}{2}|\.\p{L}{2,4})\s\?\s(?=[\"“]?\p{Lu}))")


def _mended_dash(text: str) -> str:
    """The text with the first mojibake dash near its start (`_MOJIBAKE_DASH`) read as an en dash,
    the length kept so offsets into the text still hold."""
    m = _MOJIBAKE_DASH.search(text, 0, _CAPTION_SEAM_CHARS)
    return text if m is None else f"{text[: m.start()]} – {text[m.end() :]}"


def _stop_dropped(found: Dateline | None) -> Dateline | None:
    """`Unesa.ac.id., SURABAYA—`: a stop after a masthead's web address closes it, no part of it."""
    outlet = found.outlet if found is not None else None
    if found is None or not outlet or not outlet.endswith(".") or not _patterns().domain.search(outlet[:-1]):
        return found
    return Dateline(place=found.place, outlet=outlet.rstrip("."))


def _head_dateline(text: str) -> Dateline | None:
    """Place and outlet that open the first paragraph (`TRIBUNKALTENG.COM, SAMPIT - …`), or an
    agency's dateline behind a standfirst glued before it (`… pertanian Jakarta (ANTARA) - …`), or
    behind a photo's file name (`20240512foto_pasar_murahPalangka Raya (Antara Kalteng) – …`)."""
    if (glued := _patterns().glued_file.match(text)) is not None:
        return _dateline(text[glued.end() :])
    found = _dateline_head(text)
    if found is None:
        return (
            _bare_dateline(text)
            or _shouted_pair(text)
            or _region_dateline(text)
            or _agency_dateline(text)
            or _bracketed(text)
        )
    head, end = found
    head = _BRACKET_SLASH.sub("/", head)
    if (reversed_pair := _masthead_then_bracketed_region(head)) is not None:
        return reversed_pair
    parts = _dateline_parts(head)
    if parts is None:
        return _agency_dateline(text) or _bracketed(text)
    if len(parts) == 2 and parts[1].casefold() in _regions() and _named_masthead_before_region(parts[0]):
        # `Sijori Kepri, Tanjung Pinang —`: a masthead named after its region, then the place
        return Dateline(place=_place_case(parts[1]), outlet=_outlet_case(parts[0]))
    # `Gentra News Bali – Buleleng, …`: a place after the dash leaves the masthead whole
    named = _region_after_outlet(text, end) is None
    parts = [piece for n, part in enumerate(parts) for piece in _outlet_place(part, n == 0, named and n == 0)]
    place, outlet, initials = _head_place_outlet(head, parts)
    if place is None and outlet is None:
        return None
    if place is None and (agency := _agency_behind_standfirst(head, parts, text)):
        return agency
    return _head_dateline_filled(text, head, end, parts, place, outlet or initials)


def _head_place_outlet(head: str, parts: list[str]) -> tuple[str | None, str | None, str | None]:
    """The place, the outlet and an outlet's initials after the place among a dateline head's parts;
    a bracket with a slash is the outlet only as `_agency_or_wire` reads it (`Tokyo
    (ANTARA/PRNewswire) -`, `… Raih PendanaanSingapura (ANTARA/PRNewswire) -`), else the head gives
    none (`Rudy Sjawal (ANTARA/Ho) -`, a photo's credit)."""
    place = outlet = initials = None
    # `(ANTARA)` is the agency's own spelling; a shouted `TRIBUN-BALI.COM` is not
    spaced = head.replace("( ", "(").replace(" )", ")").replace("[ ", "[").replace(" ]", "]")
    for n, part in enumerate(parts):
        in_parens = f"({part})" in spaced or f"[{part}]" in spaced
        # `(ANTARA/PRNewswire)`: a slash in brackets only between an agency and a listed wire or
        # desk (`_agency_or_wire`); `Rudy Sjawal (ANTARA/Ho) -` credits a photo: no dateline
        slashed = in_parens and "/" in part
        if slashed and not _agency_or_wire(part):
            return None, None, None
        sender = _region_sender(part)
        bracketed = in_parens and n and place is not None
        if bracketed and _admin_region(part) and not _is_outlet(part):
            continue  # `LUTRA(SULSEL), INFODESANEWS –`: the province in brackets after the place
        region_named = _named_after_region(part) or _named_before_region(part, n)
        if not sender and (slashed or _is_outlet(part) or region_named or bracketed):
            # `PANDEGLANG, (KB).-`: a bracketed name after the place is the outlet
            if slashed:  # the agency and its wire, never a headline glued before them, is the outlet
                outlet = part
            else:
                outlet = outlet or (part if in_parens else _outlet_case(part.replace(". ", ".")))
        elif place is None and not _unit_name(part) and not _body_acronym(part):
            part = sender or part
            part, initials = _region_initials(part) or (part, None)
            place = _place_case(part)
    return place, outlet, initials


def _head_dateline_filled(
    text: str, head: str, end: int, parts: list[str], place: str | None, outlet: str | None
) -> Dateline:
    """The dateline a head's parts give, its place or outlet looked for where the parts leave it out."""
    if outlet is None and len(parts) == 2 and _masthead_first(head, parts):
        # `Warta.in, Purwakarta –`, `PENGAWAL | LABUHANBATU -`: the masthead before a known region
        outlet, place = _outlet_case(parts[0]), _place_case(parts[1])
    if outlet is None and len(parts) == 2 and place == _place_case(parts[0]) and _spelt_initials(parts[1]):
        outlet = parts[1]  # `DARUBA, OT -`, `KABUPATEN BIMA,OBORbima –`: the masthead after the place
    after_region = len(parts) == 2 and place == _place_case(parts[0])
    if outlet is None and after_region and _masthead_after_region(*parts):
        outlet = _outlet_case(parts[1])  # `PESSEL, RELASIPUBLIK –`, `Kota Kupang, Garda Indonesia |`
    if outlet is None and len(parts) == 1 and (after := _shouted_region_after(head, text, end)):
        outlet, place = _outlet_case(parts[0]), after  # `SIDIKKASUS – LAMBAR. Masyarakat …`
    if place is None:
        # `KONTAN.CO.ID - JAKARTA. Harga emas …`: the place follows the outlet, with a stop
        m2 = _patterns().shout_place.match(text, end, end + 40) or _patterns().title_place.match(
            text, end, end + 40
        )
        place = _place_case(m2[1]) if m2 else _region_after_outlet(text, end) or _bracketed_place(text, end)
        place = place or _region_opening(text, end)  # `Kabarkita–MAKASSAR Pemerintah …`
    if outlet is None and len(parts) == 1:
        outlet = _masthead_after_place(text, end)
    return Dateline(place=place, outlet=outlet)


# A dateline glued to its sentence, no dash between: parts a hyphen joins with no space, place and
# outlet, then a comma, stop or colon (`Zonalinenews-Ende, …`, `Gerung-Diskominfotik. …`,
# `BARABAI-PW:Dandim …`, `MEDAN-HUMAS USU: …`); the place glued by a hyphen after the outlet's comma
# (`SOROTSULTRA.com, Kendari-Perhari ini …`), or the outlet alone (`Kabar6-Sebanyak …`); or place
# and outlet parted from the sentence by a comma (`WAMENA, MJ News, Talk Show …`,
# `KUPANG, LIPUTANNTT.com,Penjabat …`).
_GLUED_HEADS = (
    regex.compile(r"(?P<a>[^\s,.:-]+(?: [^\s,.:-]+)?)-(?P<b>[^\s,:-]+?(?: [^\s,.:-]+)?)[,.:]\s*(?=\p{Lu})"),
    regex.compile(r"(?P<a>[^,]{2,40}),\s*(?P<b>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)-(?=\p{Lu}\p{Ll})"),
    regex.compile(r"(?P<a>[^\s-]+)-(?=\p{Lu}\p{Ll})"),
    regex.compile(r"(?P<a>\p{Lu}\S*(?: \S+){0,2}), (?P<b>[^,]{2,30}),\s*(?=\p{Lu}\p{Ll})"),
)


def _glued_dateline(text: str) -> Dateline | None:
    """A dateline glued to the sentence (`_GLUED_HEADS`): one part a known region, the other a
    masthead (a listed name, a domain, initials); a masthead alone must be no common word
    (`Media-media sosial …` opens a sentence)."""
    for rx in _GLUED_HEADS:
        m = rx.match(text)
        if m is None:
            continue
        parts = [g for g in m.groups() if g]
        if len(parts) == 1:
            one = parts[0]
            alone = one.casefold() not in common_words() and one.casefold() not in _regions()
            return Dateline(place=None, outlet=_outlet_case(one)) if alone and _is_outlet(one) else None
        for place, outlet in (parts, parts[::-1]):
            if place.casefold() in _regions() and _is_outlet(outlet):
                return Dateline(place=_place_case(place), outlet=_outlet_case(outlet))
            if place.casefold() in _regions() and _spelt_initials(outlet):
                return Dateline(place=_place_case(place), outlet=outlet)  # `PW`, as the page spells it
        return None
    return None


def _masthead_after_place(text: str, end: int) -> str | None:
    """`DENPASAR – Pantaubali.com – Gubernur …`, `SUMBAR - MEDIAPORTALANDA - Instruksi …`: a
    masthead (a domain or an outlet's word, `_is_outlet`) between the place's dash and a second
    dash is the outlet; a sentence's words there name none (`Jakarta – Senin – …`)."""
    m = _patterns().dash_masthead.match(text, end, end + _DATELINE_CHARS)
    if m is None:
        m = _SHOUTED_MASTHEAD_STOP.match(text, end, end + _DATELINE_CHARS)
    return _outlet_case(m[1]) if m and _is_outlet(m[1]) else None


# `AMBON - BERITA MALUKU. Dua minggu …`: a shouted masthead of two or three words closed by a stop
_SHOUTED_MASTHEAD_STOP = regex.compile(r"\s*(\p{Lu}{2,}(?: \p{Lu}{2,}){1,2})\.\s+(?=\p{Lu}\p{Ll})")


_MASTHEAD_BRACKETED_REGION = regex.compile(r"(?P<masthead>[^()]+?)\s*\((?P<place>[^()]+)\)")


def _masthead_then_bracketed_region(head: str) -> Dateline | None:
    """`SALAM PAPUA (TIMIKA)-`: a masthead named after its region (two words or more, the last a
    known region, the whole none), then the place in brackets, a known region and no outlet; the
    other way round from `Mataram (Inside Lombok) –`."""
    m = _MASTHEAD_BRACKETED_REGION.fullmatch(head.strip())
    if m is None:
        return None
    masthead, place = m["masthead"].strip(" ,"), m["place"].strip()
    words = masthead.casefold().split()
    if (
        len(words) < _MASTHEAD_AFTER_PLACE_WORDS
        or words[-1] not in _regions()
        or " ".join(words) in _regions()
    ):
        return None
    if place.casefold() not in _regions() or _is_outlet(place):
        return None
    return Dateline(place=_place_case(place), outlet=_outlet_case(masthead))


def _agency_behind_standfirst(head: str, parts: list[str], text: str) -> Dateline | None:
    """`Saya Mas UcupJakarta (ANTARA) - …`: a standfirst's last words glued to a known region
    before an agency's bracketed name are no masthead spelt with an inner capital; the bracketed
    agency is the outlet and the region it follows the place (`_agency_dateline`)."""
    last = parts[-1]
    if len(parts) < 2 or f"({last})" not in head or not _agency_or_wire(last) or " " not in parts[0]:
        return None
    found = _agency_dateline(text)
    known = found is not None and found.place and "".join(found.place.casefold().split()) in _place_names()
    return found if known else None


def _bracketed_place(text: str, end: int) -> str | None:
    """`Buser24.com- (SUKAMAJU) Pemerintah …`: a shouted place in brackets after the outlet's dash;
    no agency or masthead (`(ANTARA)`), no sender (`(PEMKAB)`) and no common word (`(HUMAS)`)."""
    m = _patterns().bracket_place.match(text, end, end + _BRACKET_PLACE_CHARS)
    if m is None or _is_outlet(m[1]) or _unit_name(m[1]) or m[1].casefold() in _common_words():
        return None
    return _place_case(m[1])


def _region_initials(part: str) -> tuple[str, str | None] | None:
    """`MUKOMUKO RU –`, `Pasaman Barat PN—`: a known region, shouted or in title case, and the
    outlet's initials after it, two to four capitals that are no listed body's short name; initials
    that are a region name the province (`KUPANG NTT`, `Kota Sorong PBD`): the place is the first
    region, as before a comma (`Kupang, NTT`), and no outlet."""
    m = _patterns().region_initials.fullmatch(part)
    if m is None or not (part.isupper() or m[1].istitle()) or part.casefold() in _regions():
        return None
    place, initials = m[1], m[2]
    if not _admin_region(place) or initials.casefold() in org_acronyms():
        return None
    return (place, None) if initials.casefold() in _regions() else (place, initials)


def _admin_region(place: str) -> bool:
    """A known region, an administrative word perhaps before its name (`Kota Sorong`, `Kab
    Sukamaju`)."""
    words = place.casefold().split()
    if words and words[0].strip(".") in word_set("officials_admin_words.txt"):
        words = words[1:]
    return bool(words) and " ".join(words) in _regions()


def _region_sender(part: str) -> str | None:
    """`Garut KPU –`, `BEKASI BPBD -`: a known region, then a body's short name or a unit that
    sends the release; the region is the place and the body no masthead (`Bali Kini`, `Garut
    Express` name outlets; `Jakarta Pusat`, `Garut Kota` are regions)."""
    words = part.split()
    if part.casefold() in _regions():
        return None
    for n in range(len(words) - 1, 0, -1):
        region, body = " ".join(words[:n]), " ".join(words[n:])
        if _admin_region(region) and (body.casefold() in org_acronyms() or _unit_name(body)):
            return region
    return None


def _shouted_region_after(head: str, text: str, end: int) -> str | None:
    """`SIDIKKASUS – LAMBAR. Masyarakat …`: a shouted masthead that is no known region before the
    dash, and a shouted known region with a stop after it: the masthead names the outlet, the
    region the place. So too a masthead of one word in any case (`Kitasulsel–MAKASSAR Pemerintah
    …`) with a shouted region and the sentence after it, and a known region in title case closed
    by a bar (`THE REPORTER - Banda Aceh | Ketua …`)."""
    one_word = len(head.split()) == 1 and head.isalpha()
    if (
        not (head.isupper() or one_word)
        or "".join(head.casefold().split()) in _place_names()
        or _unit_name(head)
    ):
        return None
    m = _patterns().shout_place.match(text, end, end + 40)
    return _place_case(m[1]) if m and m[1].casefold() in _regions() else _region_opening(text, end)


# `balitribune.co.id | MangupuraSejumlah baliho …`: a region glued to the sentence's first word
_GLUED_REGION = regex.compile(r"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=\p{Lu}\p{Ll})")


def _region_opening(text: str, end: int) -> str | None:
    """A known region that opens the words after a masthead's dash, shouted with the sentence
    right after it (`MAKASSAR Pemerintah …`), in title case closed by a bar (`Banda Aceh |`) or
    glued to the sentence's first word (`MangupuraSejumlah …`)."""
    patterns = _patterns()
    m = (
        patterns.shouted_bare.match(text, end, end + 40)
        or patterns.bar_place.match(text, end, end + 40)
        or _GLUED_REGION.match(text, end, end + 40)
    )
    return _place_case(m[1]) if m and m[1].casefold() in _regions() else None


def _shouted_pair(text: str) -> Dateline | None:
    """`PENA INSPIRASI, WATAMPONE,Bupati Bone …`: a shouted masthead and a shouted known region
    (either first, the region perhaps after its administrative word), a comma after each and no
    dash, or a stop after each (`NTT AKTUAL. KOTA KUPANG. Proyek …`); two regions (`JAKARTA,
    BANDUNG, …`) are a list, a body's short name (`DPRD, PEKANBARU, …`) no masthead."""
    m = _patterns().shouted_pair.match(text)
    if m is None:
        return None
    first, second = m[1], m[2]
    known = [_admin_region(part) for part in (first, second)]
    bodies = any(_unit_name(part) or part.casefold() in org_acronyms() for part in (first, second))
    if known.count(True) != 1 or bodies:
        return None
    place, outlet = (second, first) if known[1] else (first, second)
    return Dateline(place=_place_case(place), outlet=_outlet_case(outlet))


def _bracketed(text: str) -> Dateline | None:
    """`TAPAKTUAN (MA) Kepala Kepolisian …`, `Sukamaju (Lampost.co) Pemkab …`: a place and the
    outlet in brackets opening the paragraph, no dash; the place is shouted or a known region, the
    outlet a masthead or a few capitals that are no region (`Polres (Kepolisian Resor) …` is a
    body's name spelt out, `GERINDRA (PG) …` a body's short name: entities_org_acronyms.txt)."""
    m = _patterns().bracket_dateline.match(text)
    if m is None:
        return None
    place, outlet = m["place"], m["outlet"]
    shouted = place.isupper() and len(place.replace(" ", "")) > _SHOUTED_PLACE_LETTERS
    body = _unit_name(place) or place.casefold() in org_acronyms()
    if not (shouted or place.casefold() in _regions()) or body or _is_outlet(place):
        return None
    initials = outlet.isupper() and outlet.isalpha() and len(outlet) <= _OUTLET_INITIALS
    # `GOWA, (PEDOMAN KARYA). Pengurus …`: a comma before the brackets and a stop after them set
    # a shouted masthead apart as the outlet
    set_apart = bool(m["comma"] and m["stop"]) and outlet.isupper()
    if not (_is_outlet(outlet) or initials or set_apart) or outlet.casefold() in _regions():
        return None
    return Dateline(place=_place_case(place), outlet=outlet)


def _region_after_outlet(text: str, end: int) -> str | None:
    """`INDUSTRY.co.id - Balikpapan, Suasana di …`, `Gentra News Bali – Buleleng, Dalam rangka …`,
    `Sinarpos.com –Mataram — Suasana …`: the place follows the outlet's dash with a comma or a
    second dash; it must be a known region (`Detik.com -
    Bupati Sleman, Kustini, …` names an official) and the word after the comma no region (`Jakarta,
    Surabaya dan Medan …` lists places)."""
    m = _patterns().comma_place.match(text, end, end + 40)
    if m is None or m[1].casefold() not in _regions():
        return None
    after = text[m.end() : m.end() + 40].split()
    return None if after and after[0].strip(",.").casefold() in _regions() else _place_case(m[1])


def _body_acronym(part: str) -> bool:
    """`TNI-Polri-BPBD hingga …`, `KPK, PADANG –`: a listed body's short name in capitals that
    is no known region names the sender or the subject, no place."""
    return part.isupper() and part.casefold() in org_acronyms() and part.casefold() not in _regions()


def _unit_name(part: str) -> bool:
    """`Polres Karanganyar -`, `Polres PPU Polda Kaltim –`: a police, military or government unit
    that opens a press release is its sender, not a place (`Kota Batu`, `Desa Sumber` are places:
    administrative levels and land forms are left to the place)."""
    first = (part.split() or [""])[0].casefold()
    if part.casefold() in _regions() or first not in org_words():
        return False
    return first not in word_set("officials_admin_words.txt") | word_set("officials_geo_words.txt")


def _masthead_first(head: str, parts: list[str]) -> bool:
    """Whether the first of two dateline parts is an outlet not in the outlet list: the second is
    a known region, the first is not, and the first is spelt as a masthead: a short domain
    (`Warta.in`, its tail in lowercase, unlike `Kab.Bogor`), initials, or parted from the place by a bar
    (`PENGAWAL | LABUHANBATU`, where a comma would part a village from its regency)."""
    first, second = parts
    if second.casefold() not in _regions() or first.casefold() in _regions():
        return False
    return (
        _initials(first)  # `MPA,PADANG -`: a few capitals that are no region, a masthead's initials
        or bool(_patterns().short_domain.fullmatch(first))
        or bool(_patterns().inter_caps.fullmatch(first))  # `KabarNTB, Sumbawa –`: a masthead's spelling
        or bool(_patterns().caps_then_lower.fullmatch(first))  # `TNews, GORONTALO –`
        or bool(regex.search(rf"{regex.escape(first)}\s*\|\s*{regex.escape(second)}", head))
        # `Bharindo Gorontalo,-`: only a space between them, as `_outlet_place` parted them
        or (f"{first} {second}" in head and _masthead_before_region(first, f"{first} {second}"))
        or _shouted_masthead(first, second)
        or _masthead_spelling(first)  # `MuriaNewsCom,Blora –`
        # `(Matra, Jambi) –`: both in one bracket, the masthead first
        or bool(regex.fullmatch(rf"\(\s*{regex.escape(first)}\s*,\s*{regex.escape(second)}\s*\)", head))
    )


def _named_masthead_before_region(first: str) -> bool:
    """`Sijori Kepri`: a masthead named after its region (a known region last, after words spelt as
    a masthead's: `_masthead_before_region`) before the dateline's place and its comma; `Simpang
    Katis`, `Desa Kurau Bangka` end in no region or open with a land word."""
    name, _, region = first.rpartition(" ")
    return bool(name) and region.casefold() in _regions() and _masthead_before_region(name, first)


def _masthead_spelling(word: str) -> bool:
    """`iNews`, `detikNews`, `LensaKalbar`, `MuriaNewsCom`: a capital after lowercase letters is a
    masthead's spelling, unless the word is a known place whose two words a slip glued
    (`PalangkaRaya`); so is a number glued after a capitalised word (`Kabar6`, `Deteksi9`)."""
    p = _patterns()
    glued = (
        p.masthead_camel.fullmatch(word)
        or p.masthead_inner_cap.fullmatch(word)
        or p.masthead_number.fullmatch(word)
    )
    return glued is not None and word.casefold() not in _place_names()


def _shouted_masthead(first: str, second: str) -> bool:
    """`KALAMANTHANA, Palangka Raya –`, `KHABAR, PALANGKA RAYA –`: one shouted word that names no
    region nor kecamatan before a known region, shouted or not. The shouted word is the masthead
    (`UBUD, Gianyar –`, `MENGWI, BADUNG –` keep their kecamatan as the place)."""
    return (
        first.isupper()
        and first.isalpha()
        and not _body_acronym(first)  # `KPK, PADANG –`: a body's short name is the subject
        and "".join(first.casefold().split()) not in _place_names()
    )


def _masthead_after_region(first: str, second: str) -> bool:
    """`PESSEL, RELASIPUBLIK –`, `Kota Kupang, Garda Indonesia |`: after a known region and its
    comma, a few capitalised words of letters that name no region, kecamatan, body or post are the
    masthead (`UBUD, Gianyar`, `KUPANG, NTT`, `JAKARTA, KPK`, `Medan, Polda Sumut`, `Sentani, Jpr`
    are not)."""
    words = second.split()
    if not (_admin_region(first) and 1 <= len(words) <= _MASTHEAD_WORDS):
        return False
    if _lower_masthead(second):
        return True  # `Borong, manggaraitimurkab -`: a site's name in lowercase
    if not all(w.isalpha() and w[0].isupper() for w in words) or len(second) < _MASTHEAD_LETTERS:
        return False  # `Sentani, Jpr –`: a short word is a region's abbreviation as likely
    lead = words[0].casefold()
    return not (
        _admin_region(second)
        or lead in _regions()
        or "".join(second.casefold().split()) in _place_names()
        or second.casefold() in org_acronyms()
        or lead in org_words()
        or lead in word_set("officials_titles.txt")
        or lead in _weekdays()
    )


def _lower_masthead(part: str) -> bool:
    """`trustsulteng`, `manggaraitimurkab`: one word in lowercase letters, long as a site's name and
    no common word, function word or region (`Palu, kemarin –` opens a sentence)."""
    return (
        part.isalpha()
        and part.islower()
        and len(part) >= _MASTHEAD_LETTERS
        and part not in common_words()
        and part not in _function_words()
        and part not in _regions()
    )


def _initials(part: str) -> bool:
    """`MPA`, `OT`: a few capitals that are no known region nor a listed body's short name (`BNN,
    JAKARTA`, `JAKARTA, KPK`: the body sends or is the subject), a masthead's initials."""
    return (
        part.isupper()
        and part.isalpha()
        and len(part) <= _OUTLET_INITIALS
        and part.casefold() not in org_acronyms()
        and part.casefold() not in _regions()
    )


def _spelt_initials(part: str) -> bool:
    """A masthead after the place by its spelling: initials (`OT`, `BBCOM`) or capitals before
    lowercase letters in one word (`OBORbima`, `TNews`)."""
    return _initials(part) or bool(_patterns().caps_then_lower.fullmatch(part))


def _outlet_place(part: str, lead: bool = False, names_place: bool = False) -> list[str]:
    """`Radio 99,1 FM-SLAWI`: an outlet and a shouted place joined by a hyphen are two parts
    (`TRIBUN-BALI.COM` is one masthead: its right side is an outlet itself); so are an outlet and a
    known region with only a space between, the outlet a web domain (`Tarunaglobalnews.com Batu
    Bara —`; `PORTAL SUMBAR`, `Posmetro Medan` are mastheads named after their region), or, where
    the part ``lead``s the dateline, a masthead spelt as no place (`_masthead_before_region`) or,
    where it ``names_place`` (no place follows the dash), a masthead whole by its spelling
    (`JuaraNews Bandung –`: `_spelt_before_region`), or
    a capitalised known region glued by a dot before the domain (`Ambon.malukubarunews.com—`,
    `BIMA.OBORBIMA.ID –`; `ntt.tribratanews.com` is the site's address), or any shouted word before
    an address in lowercase (`TANJUNG.lombokjournal.com ~`)."""
    region, dot, site = part.partition(".")
    glued = lead and dot and "." in site and " " not in part and region[:1].isupper()
    # `TANJUNG.lombokjournal.com ~`: a shouted word before a site's address in lowercase is the place
    # (`INDUSTRY.co.id` is one masthead: what follows its dot is a second-level domain, no site name)
    named = len(site.split(".")[0]) > _SECOND_LEVEL_LETTERS
    shouted = named and region.isupper() and region.isalpha() and site.islower()
    shouted = shouted and len(region) > _SHOUTED_PLACE_LETTERS
    if glued and (region.casefold() in _regions() or shouted) and _patterns().domain.search(f".{site}"):
        return [region, site]
    if lead and (m := _DOMAIN_THEN_PLACE.fullmatch(part)) and _admin_region(m[2]):
        return [m[1], m[2]]  # `Melanesiatimes.comKota Sorong –`: the place glued after the domain
    words = part.split()
    for n in range(1, len(words)):
        left_words, place = " ".join(words[:n]), " ".join(words[n:])
        domain = _patterns().domain.search(words[n - 1])
        if place.casefold() in _regions() and domain and not _is_outlet(place):
            return [left_words, place]
        if _region_then_masthead(left_words, words[n:]):
            return [left_words, place]  # `Ruteng Vox NTT –`: the place, then the masthead
        if names_place and place.casefold() in _regions() and _spelt_before_region(left_words, place):
            return [left_words, place]  # `JuaraNews Bandung –`, `METRO ONLINE LINGGA -`
        if lead and place.casefold() in _regions() and _masthead_before_region(left_words, part):
            # `Bharindo Gorontalo,-`, `FN Indonesia Pekanbaru –`: opening the dateline (`Mataram
            # (Inside Lombok) –` names the masthead after the place)
            return [left_words, place]
    if lead and (pair := _masthead_dot_region(part)) is not None:
        return pair
    left, hyphen, right = part.rpartition("-")
    if (
        hyphen
        and right.isupper()
        and right.replace(" ", "").isalpha()
        and _is_outlet(left)
        and not _is_outlet(right)
    ):
        return [left.strip(), right.strip()]
    return [part]


def _masthead_dot_region(part: str) -> list[str] | None:
    """`SUARARAKYATNEWS.WAJO --`: a masthead and a known region glued by a stop in one word, no web
    address (`KONTAN.CO.ID` is one), are two parts, in either order."""
    left, dot, right = part.partition(".")
    if not dot or " " in part or "." in right or _patterns().domain.search(part):
        return None
    for region, masthead in ((right, left), (left, right)):
        if region.casefold() in _regions() and masthead.isalpha() and _is_outlet(masthead):
            return [left, right]
    return None


def _named_after_region(part: str) -> bool:
    """`Bali Kini –`, `JABAR MEMANGGIL–`: a masthead named after its region, a known region and a
    common word that ends no region's name (`Bali Selatan`, `Kota Baru`, `Palangka Raya` are places)
    nor is an administrative or land word; a region then a numeral is a masthead too (`RIAU SATU –`)."""
    words = part.casefold().split()
    if len(words) != 2 or part.casefold() in _regions() or words[0] not in _regions():
        return False
    tail = words[1]
    places = word_set("officials_admin_words.txt") | word_set("officials_geo_words.txt")
    return tail.isalpha() and tail in common_words() and tail not in _region_tails() | places


def _named_before_region(part: str, n: int) -> bool:
    """`FAKTA GARUT –`, `Mata Indonesia, Kulon Progo –`: opening the dateline, a masthead named
    after its region, a common word before a known region; the common word is no administrative,
    land, body or post word, no word that goes on a region's name and none that opens a sentence
    (`Kota Garut`, `Pantai Garut`, `Polres Garut`, `Bupati Garut`, `Selatan Garut` name a place, a
    body or a post; `Warga Garut` opens a sentence)."""
    words = part.split()
    if n or len(words) != _REGION_MASTHEAD_WORDS or part.casefold() in _regions():
        return False
    lead, region = words[0].casefold(), words[1].casefold()
    places = word_set("officials_admin_words.txt") | word_set("officials_geo_words.txt")
    return (
        region in _regions()
        and lead.isalpha()
        and lead in common_words()
        and lead not in places | _region_tails() | org_words() | word_set("officials_titles.txt")
        and lead not in _weekdays() | _sentence_openers()
        and "".join(part.casefold().split()) not in _place_names()
    )


def _spelt_before_region(left: str, place: str) -> bool:
    """`JuaraNews Bandung –`, `METRO ONLINE LINGGA -`: a masthead whole by its spelling (one word
    in camel case or grown from a suffix, or closed by a suffix word) before a known region names
    its place; `Posmetro Medan`, `Tribun Jambi`, `Portal Sumbar` are named after their region and
    `Tribratanews Polres Probolinggo` names a unit."""
    words = left.split()
    _, suffixes, _ = outlet_words()
    one_word = len(words) == 1 and (_masthead_spelt(left) or _masthead_spelling(left))
    spelt = one_word or (len(words) > 1 and words[-1].casefold() in suffixes)
    return spelt and left.casefold() not in _regions() and not _is_outlet(place)


def _masthead_before_region(left: str, part: str) -> bool:
    """`Bharindo Gorontalo,-`, `FN Indonesia Pekanbaru –`: a masthead not in the outlet list before
    a known region with only a space between; its first word is capitalised and no known region,
    common word, body's word or administrative or land word (`Kota Gorontalo`, `Sei Rampah Deli
    Serdang`, `Polres Gorontalo`, `Warga Gorontalo` are no masthead), and the whole is no region
    or listed masthead (`Bandar Lampung`, `Radar Bogor`)."""
    first = left.split()[0]
    folded = first.casefold()
    if not first[0].isupper() or part.casefold() in _regions() or _is_outlet(part):
        return False
    places = word_set("officials_admin_words.txt") | word_set("officials_geo_words.txt")
    return not (
        left.casefold() in _regions()
        or folded in _regions()
        or folded in common_words()
        or folded in org_words()
        or folded in places
        or folded in given_names()
    )


def _region_then_masthead(left: str, right: list[str]) -> bool:
    """`Ruteng Vox NTT –`, `Palu Radar Sulteng –`: a known region, then a masthead of two words or
    more opening with a masthead's name (`Medan Bisnis`, `Pontianak Post Online` are one masthead
    each: one word, or a suffix first); or a masthead named after a second region, a suffix last
    (`Langgur Tual News –`, `Sorong Maybrat News -`)."""
    if len(right) < _MASTHEAD_AFTER_PLACE_WORDS or left.casefold() not in _regions() or _is_outlet(left):
        return False
    names, suffixes, _ = outlet_words()
    named = " ".join(right[:-1]).casefold() in _regions() and right[-1].casefold() in suffixes
    # `Papua Barat News`, `Bali Barat News`: the next word one region's name with the place, or a
    # common word (a compass point), the masthead named after the region the place opens
    named = named and f"{left} {right[0]}".casefold() not in _regions()
    named = named and right[0].casefold() not in common_words()
    return right[0].casefold() in names or named


# A caption's seam before a glued dateline: a lowercase letter or digit, the caption's stop or
# closing bracket, and the dateline's capital with no space (`… Aceh Utara.Lhokseumawe – …`)
_CAPTION_SEAM = regex.compile(r"(?<=[\p{Ll}\d][.)])(?=\p{Lu})")
# the dateline's dash after the seam, before any stop (`Lhokseumawe – `, `CURUP, BE – `)
_SEAM_DASH = regex.compile(r"[^.!?\n]{2,40}?\s[-–—]+\s")
# How far into the first paragraph a caption may run before the dateline glued to it
_CAPTION_SEAM_CHARS = 400
# A headline, caption or credit run into the lede's shouted dateline with a space
# (`… Jawaban Mabes Polri JAKARTA - …`, `… Dewi Anita TRIBUNNEWS.COM, BANDAR LAMPUNG - …`): a whole
# word in capitals (a web address's lowercase ending allowed) or a web address and its comma
# (`Bisnis.com, JAKARTA —`, `tegas.co, KOLAKA, SULTRA –`) after a space; its dash before any
# sentence's stop (a web address's dot is none), the lede's capital after it
_SHOUTED_SEAM = regex.compile(
    r"(?:(?<=\S\s)|^)(?=\p{Lu}[\p{Lu}\d-]++(?:\.\p{L}+)*+(?![\p{Ll}.])|\p{L}[\p{L}\d-]*+(?:\.\p{Ll}+)+,)"
)
_SHOUTED_SEAM_DASH = regex.compile(r"(?:[^.!?\n]|\.(?=\S)){2,40}?\s[-–—]+\s+[\"“]?\p{Lu}")

# an outlet's initials with their stop after the place and its comma (`AMBON, MM.`, `KENDARI, BP.`)
_INITIALS_STOP = regex.compile(r",\s?(?-i:\p{Lu}{2,5})\.$")


def _dateline_head(text: str) -> tuple[str, int] | None:
    """The words before the dateline's dash (or colon) and where the sentence after it starts."""
    p = _patterns()
    m = marked_search(p.dash, DASH_MARKS, text, _DATELINE_CHARS)
    if m and m.start() >= 2:
        m = _colon_before(text, m.start()) or m
    if not m or m.start() < 2:
        m = p.colon.search(text, 0, _COLON_DATELINE_CHARS)  # `JAKARTA: …`, `Metrotvnews.com, Jakarta: …`
        if not m or not _colon_head(text[: m.start()]):
            # `Simalungun | Sebagai …`: a bar or tilde only where no dash is near and the words
            # before it are a known place or a masthead
            m = marked_search(p.soft_dash, SOFT_DASH_MARKS, text, _COLON_DATELINE_CHARS)
            if not m or not _colon_head(text[: m.start()].strip(" ,")):
                return None
    head = text[: m.start()].strip()
    if head and (
        head[-1] == ","
        or (head[-1] == "." and (not text[m.start()].isspace() or _INITIALS_STOP.search(head)))
    ):
        # `JAKARTA,- …`, `TEGAL, - …`, `PANDEGLANG, (KB).- …`: a comma before the dash, a stop glued to
        # it; `AMBON, MM. – …`: the stop of the outlet's initials
        head = head[:-1].rstrip()
    after = text[m.end() : m.end() + 200].split()
    if len(after) < _SENTENCE_AFTER_WORDS:
        return None  # `Banjir Rendam Bogor - Kompas` is a page title with the site's name
    credit = (head.split() or [""])[0].casefold() in _credit_words()
    if credit or _date_after(text[m.end() : m.end() + _DATE_LINE_CHARS]):
        return None  # `Oleh Admin - Rabu, 01 September 2021` is a credit and date line
    if not head or (head[-1] in ".,;:" and not head.endswith(")")):
        return None
    return head, m.end()


def _colon_before(text: str, dash_at: int) -> regex.Match[str] | None:
    """A dateline's colon before the first dash, its head an outlet and a place parted by a comma
    (`KBRN, Purwokerto: Kegiatan hari jadi ke -447 …`): the dash further on is the sentence's, not
    the dateline's; a breadcrumb before a colon (`BerandaBid HumasDir Samapta Babel: …`) is none."""
    m = _patterns().colon.search(text, 0, min(dash_at, _COLON_DATELINE_CHARS))
    head = text[: m.start()] if m is not None else ""
    return m if "," in head and _colon_head(head) else None


def _glued_caption_dateline(text: str) -> Dateline | None:
    """A photo's caption glued before the lede's dateline with no space at the seam, the caption's
    stop or closing bracket right after a lowercase letter or digit (`… Pendopo Bupati Aceh
    Utara.Lhokseumawe – …`, `… secara simbolis kemarin (1)CURUP, BE – …`): the dateline after the
    seam, when its place is a known region."""
    text = _mended_dash(text)
    for m in _CAPTION_SEAM.finditer(text, 0, _CAPTION_SEAM_CHARS):
        if not _SEAM_DASH.match(text, m.start()):
            continue  # `… Kab.Tulang Bawang Barat. Di lokasi …`: a stop before any dash, no dateline
        found = _head_dateline(text[m.start() :])
        if found is not None and found.place is not None and found.place.casefold() in _regions():
            return _stop_dropped(found)
    return _shouted_seam_dateline(text)


# A web masthead opening the lede behind words glued before it with a space (`… rumorpun beredar.
# Brilio.net - …`, `… Ruben Setiawan Suara.com - …`): those words end on a stop, a bracket, a quote or
# a capitalised word (a headline's, a caption's, a writer's name); a lowercase word, a digit or a
# comma before the domain leaves it inside a sentence (`lewat laman sscasn.bkn.go.id - …`, `kata Rina
# kepada Kompas.com - Senin`: news-raw, none of the 17 right mastheads), and a dash before it
# (`Judul Berita - Kompas.com`) credits a headline
_MASTHEAD_SEAM = regex.compile(
    r"(?<=(?:[.!?)\"”’]|(?<!\S)\p{Lu}(?:\S*[\p{L}\d])?)\s)(?=\p{L}[\p{L}\d-]*\.\p{L})"
)
# What opens the run of words glued before a masthead: a stop, colon or bar before a space (a
# domain's own dot does not), a bracket or a quote (`… (dok. istimewa) Warta.com`, `Image source:
# Youth Manual DREAMERS.ID`, `Penulis … | Editor … KOMPAS.com`)
_HEAD_RUN_OPEN = regex.compile(r"[.!?:|](?=\s)|[()\[\]\"“”‘’]")
# ... and the masthead's dash (a `?` a scraper wrote for it too), perhaps after a place, before the
# lede's capital: `Warta.com - situs berita kota -` names a site inside a sentence
_MASTHEAD_LEDE = regex.compile(r"\S+(?:,[^-–—?|\n]{1,40})?\s*(?:[-–—?|]{1,2})\s+[\"“]?\p{Lu}")


def _masthead_behind_head(text: str) -> Dateline | None:
    """The dateline of a web masthead (`Brilio.net -`, `Liputan6.com, California -`: an outlet
    named by its domain, `_patterns().domain`) that opens the lede behind a headline, standfirst,
    writer's name or caption glued before it (`_MASTHEAD_SEAM`), its dash before the lede's capital
    (`_MASTHEAD_LEDE`), within a standfirst's reach, the glued words a headline's, a caption's or
    a writer's (`_head_run`); None on a digest of headlines (`_digest`) or without one (news-raw:
    the fact-check pages' flattened headers, whose masthead dateline no other reading found)."""
    if _digest(text):
        return None
    for m in _MASTHEAD_SEAM.finditer(text, 1, _STANDFIRST_CHARS):
        if not _MASTHEAD_LEDE.match(text, m.start()) or not _head_run(text[: m.start()]):
            continue
        found = _dateline(text[m.start() :])
        outlet = found.outlet if found is not None else None
        if (
            outlet
            and _patterns().domain.search(outlet)
            and text[m.start() :].casefold().startswith(outlet.casefold())
        ):
            return found
    return None


def _head_run(before: str) -> bool:
    """Whether the words glued before a masthead, since the last stop, bracket or quote
    (`_HEAD_RUN_OPEN`) or the paragraph's start, are a headline's, a caption's or a writer's: no
    lowercase word but a function word (`Sawah di Pesawaran Puso`, `Ruben Setiawan`); a body
    sentence has some (`dibuka lewat laman resmi Pemkot Warta.id -`: news-raw, 16 of the 17 mastheads
    read behind glued text; `Vaksin Covid-19 bermutasi Perbesar Liputan6.com` is lost)."""
    run = _HEAD_RUN_OPEN.split(before)[-1].split()
    return not any(map(_prose_word, run))


def _prose_word(word: str) -> bool:
    """Whether ``word`` is lowercase and no function word (`bermutasi`, not `di`): a word no
    headline, caption or writer's line has (`_head_run`, `rules._lede_after`)."""
    return word[:1].islower() and word.casefold() not in _function_words()


# A standfirst glued before the lede's dateline (`… tidak perlu dikhawatirkanJakarta (ANTARA) - …`):
# its last letter, digit, stop, comma, bracket or quote, perhaps one space, and the dateline's
# capital; or its last capital glued to the place's capitalised word (`… pukul 07.00 WIBJakarta`)
_STANDFIRST_SEAM = regex.compile(r"(?:(?<=[\p{Ll}\d.,!?)\"”’]\s?)(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}))")
# The outlet's bracket or the dateline's dash after the place (`Jakarta (ANTARA) -`, `Maumere -`)
_DATELINE_MARK = regex.compile(r"[(\[]|\s[|–—-]\s")
_WORD_RUN = regex.compile(r"\S+")
# A standfirst's last letter, digit, stop, comma or quote glued to a capital inside a word
# (`budayaTanjung`, `apraisal,Kabupaten`: a standfirst glued to a place's first word)
_GLUED_CAPITAL = regex.compile(r"[\p{Ll}\d.,!?)\"”’]\p{Lu}")
# The mark of an agency's dateline after a space: its dash, or its bracketed outlet and a dash
# (`Jakarta (ANTARA) -`; `Bank Indonesia (BI) Perry …` names a body)
_OUTLET_DASH = regex.compile(r"\s[|–—-]\s|[(\[][^()\[\]]{1,40}[)\]]\s?[|–—-]")
# How many words before the bracket or dash a dateline's place and its region may take (a place
# of up to four words and a region of up to four after its comma: `Bekasi, Jawa Barat`)
_DATELINE_WORDS = 8
# How far into the first paragraph a standfirst may run before the dateline glued to it (an agency's
# standfirst is a sentence or two, ~50 words)
_STANDFIRST_CHARS = 600


def _glued_standfirst(text: str) -> int | None:
    """Where the lede's dateline starts behind a standfirst glued before it (`Tidak ada yang perlu
    dikhawatirkanJakarta (ANTARA) - Politikus …`, `… demi persatuan Jakarta (ANTARA) - …`): at
    each outlet's bracket or dateline dash (`_DATELINE_MARK`), the seams among the few words
    before it, the first whose words open a dateline with its outlet or a known region as its
    place; after a space, the place must stand right before the mark with its outlet, or a
    listed region after its comma, and the standfirst end before it (`_standfirst_end`: `Banjir
    melanda kawasan Bekasi, Jawa Barat Jakarta (ANTARA) -` splits before `Jakarta`). None
    without one."""
    starts = [w.start() for w in _WORD_RUN.finditer(text, 0, _STANDFIRST_CHARS)]
    for mark in _DATELINE_MARK.finditer(text, 1, _STANDFIRST_CHARS):
        before = bisect_left(starts, mark.start())  # the words starting before the mark
        if not before:
            continue
        first = starts[max(0, before - _DATELINE_WORDS)]
        seams = list(_STANDFIRST_SEAM.finditer(text, max(1, first), mark.start()))
        for m in reversed(seams):
            if _opens_dateline(text, m.start(), mark.start()):
                return m.start()
    return None


def _opens_dateline(text: str, at: int, mark: int) -> bool:
    """Whether the words at ``at`` open a dateline with its outlet or a known region as its
    place; after a space the place with its outlet stands right before the bracket or dash at
    ``mark``, a listed region after its comma at most (`Bekasi, Jawa Barat (ANTARA)`), and the
    mark is the dateline's dash or its bracketed outlet before one (`_OUTLET_DASH`)."""
    found = _head_dateline(text[at:])
    if found is None or found.place is None or not text[at:].casefold().startswith(found.place.casefold()):
        return False
    if text[at - 1].isspace():
        rest = text[at + len(found.place) : mark].strip()
        region = not rest or (rest.startswith(",") and rest.strip(", ").casefold() in _regions())
        dash = _OUTLET_DASH.match(text, mark) is not None
        end = _standfirst_end(text[:at].rstrip(), found.place)
        return found.outlet is not None and region and dash and end
    return found.outlet is not None or found.place.casefold() in _regions()


# A whole region closing a standfirst: a listed region of up to three words, perhaps after its
# administrative word (`… di Kabupaten Bogor`, `… wilayah Kota Tangerang Selatan`)
_WHOLE_REGION_WORDS = 4


def _standfirst_end(head: str, place: str) -> bool:
    """Whether ``head`` ends as a standfirst does before a space and the dateline's ``place``: on
    a lowercase word, a number or a sentence's stop or quote, or on a whole listed region of up to
    three words, perhaps after its administrative word (`_admin_region`: `… di Kabupaten Bogor`),
    after a comma or a lowercase word (`… kawasan Bekasi, Jawa Barat`, `… di wilayah Tangerang`)
    that the place does not go on (`Jawa | Barat`, `Penajam | Paser Utara`). A comma, a word
    glued to a capital (`budayaTanjung`, `lahan,Kabupaten`: the seam is inside it) or another
    capitalised word goes on the place's own name (`Rio De Janeiro, Brasil`)."""
    words = head.split()
    if not words or words[-1].endswith(",") or _GLUED_CAPITAL.search(words[-1]):
        return False
    if not words[-1][:1].isupper() or words[-1][-1:] in '.!?"”’':
        return True
    if any(f"{' '.join(words[-n:])} {place}".casefold() in _regions() for n in (1, 2, 3)):
        return False
    for n in range(1, min(_WHOLE_REGION_WORDS, len(words)) + 1):
        before = words[-n - 1] if n < len(words) else ","
        whole = before.endswith(",") or not before[:1].isupper()
        if whole and _admin_region(" ".join(words[-n:])):
            return True
    return False


def _shouted_seam_dateline(text: str) -> Dateline | None:
    """The lede's dateline after a headline, caption or credit glued before it with a space
    (`… Brimob Depok Dirusak JAKARTA - Kericuhan …`): its place a known region written in capitals,
    four letters at least (`… ke-81 RI - ANTARA Foto` ends a headline). The first seam before the
    dash must give it (`POLRES SERANG –` names a police unit); a later seam only shortens its
    outlet (`PNS TRIBUNNEWS.COM, JAKARTA -` gives `Tribunnews.com`)."""
    found: list[Dateline] = []
    dead = None  # a dash whose first seam gives no dateline (`… 2021, 15:33 WIB - Oleh: …`)
    for m in _SHOUTED_SEAM.finditer(text, 0, _CAPTION_SEAM_CHARS):
        dash = _SHOUTED_SEAM_DASH.match(text, m.start())
        if dash is None or dash.end() == dead:
            continue
        one = _head_dateline(text[m.start() :])
        if one is None or not _shouted_region(one.place, text[m.start() : dash.end()]):
            dead = dead if found else dash.end()
            continue
        found.append(_stop_dropped(one))
    return min(found, key=lambda d: (d.outlet is None, len((d.outlet or "").split())), default=None)


def _shouted_region(place: str | None, head: str) -> bool:
    """Whether a dateline's place is a known region written in capitals in its head, four letters
    at least."""
    if place is None or place.casefold() not in _regions():
        return False
    return place.upper() in head and sum(c.isalpha() for c in place) >= _SHOUTED_PLACE_LETTERS


def _date_after(rest: str) -> bool:
    """Whether the words after a dash are a date line (`Rabu, 01 September 2021 | 10:30 WIB`), not
    a lede that opens with its weekday (`KARANGANYAR – Rabu lalu (02/11) Diskominfo …`)."""
    words = rest.split()
    if not words or words[0].strip(",").casefold() not in _weekdays():
        return False
    found = _date_span(rest)
    return found is not None and len(rest[found[2] :].split()) < _SENTENCE_AFTER_WORDS


def _colon_head(before: str) -> bool:
    """Whether the words before a colon are a dateline's (`JAKARTA:`, `Metrotvnews.com, Jakarta:`);
    in title case the place must be a known region, perhaps after its administrative word
    (`Jakarta: Operasi pasar …`, `Kota Kupang, Garda Indonesia | …`; not `Catatan:`)."""
    parts = [p.strip() for p in _patterns().head_split.split(before) if p.strip()]  # `Karimun (Humas)_`
    named = any(_is_outlet(p) or _admin_region(p) for p in parts)
    # shouted, a known region too (`JAKARTA:`); a shouted word that names none labels a caption
    # (`DIRINGKUS: Pelaku …`)
    return named or (before.isupper() and any(p.casefold() in _regions() for p in parts))


def _dateline_parts(head: str) -> list[str] | None:
    """The place and outlet parts of a dateline's head, dates left out; None when a part reads as
    no place or masthead (a date line, a sentence)."""
    p = _patterns()
    parts = [s.strip() for s in p.head_split.split(head) if s.strip()]
    if not 1 <= len(parts) <= _DATELINE_PARTS:
        return None
    kept = []
    for n, part in enumerate(parts):
        words = part.split()
        if n and kept and part.casefold() in _weekdays():
            continue  # `Kuala Kapuas, Sabtu (12/3/2022) –`: the day after the place is part of its date
        # `Jumat, 03 Mei 2019 - 10:15 WIB` is a date line, not a dateline (`Liputan6.com` is); `Bupati
        # Kediri, Budi Santoso, … | KABARKEDIRI.com - Berita Terkini` is a page's title: no part names a post
        # (a region's name is a place though a title shares it: `KAUR –`, the regency, and kaur, a post)
        if len(words) > _DATELINE_PART_WORDS or part.casefold() in _weekdays():
            return None
        first = words[0].casefold()
        if first in word_set("officials_titles.txt") and first not in _regions() and not _is_outlet(part):
            return None
        # `Deteksi9-PASURUAN`: the masthead's number glued by a hyphen to the place
        numbered = _is_outlet(part) or _is_outlet(part.partition("-")[0])
        if any(ch.isdigit() for ch in part) and not numbered:
            if (_date(part) or p.short_date.fullmatch(part) or _day_and_month(part)) and len(parts) > 1:
                continue  # `Jakarta, 5 Maret 2024 – …`, `Jakarta, 12/3 (ANTARA) –`: the date is not a place
            return None
        # a place or a masthead is capitalised; `detik.com` and `iNews` are the lowercase forms
        # (`Tulang Bawang barat (SL)-`: a known region with a word left lowercase is a place too)
        # (`Palu, trustsulteng –`: a site's name in lowercase after a known region is its masthead)
        if (
            part.casefold() not in _regions()
            and not all(
                w[0].isupper() or w[0].isdigit() or p.domain.search(w) or p.masthead_camel.fullmatch(w)
                for w in words
            )
            and not (kept and _admin_region(kept[0]) and _lower_masthead(part))
        ):
            return None
        kept.append(part)
    return kept


def _day_and_month(part: str) -> bool:
    """`5 Maret`, `05 Agt`: a day and a month's name, no year (a dateline's date)."""
    words = part.split()
    return (
        len(words) == 2 and words[0].isdigit() and len(words[0]) <= 2 and month_number(words[1]) is not None
    )


def _bare_dateline(text: str) -> Dateline | None:
    """`KEDIRI, Kedirinews.com Pemerintah Kabupaten …` (or the outlet first): no dash, a shouted
    place and a domain parted by a comma, then the sentence."""
    m = _patterns().bare_dateline.match(text)
    if m is None:
        return None
    for first, (place, outlet) in enumerate(((m["a"], m["b"]), (m["b"], m["a"]))):
        # `KEDIRI, Kedirinews.com …`; in title case the place must come first (`Kediri, kedirinews.com
        # …`), since `Liputan6.com, Jakarta …` may open with a region that is the sentence's subject
        shape = place.isupper() or (
            first == 0 and place.istitle() and place.split()[0].casefold() not in _sentence_openers()
        )
        if _patterns().domain.search(outlet) and shape and not _is_outlet(place):
            # `Sintang, Zonatengah.com. Bupati …`: a stop after the domain parts it from the sentence
            return Dateline(place=_place_case(place), outlet=_outlet_case(outlet.rstrip(".")))
    return _outlet_region(text, m.end("a"), m["a"])


def _outlet_region(text: str, comma: int, outlet: str) -> Dateline | None:
    """`Liputan6.com, Jakarta Pelatih tim nasional …`: a domain, a comma and a known region in title
    case (the longest that fits), then the sentence; no dash."""
    if not _patterns().domain.search(outlet):
        return None
    words = text[comma + 1 : comma + 1 + _DATELINE_CHARS].split()
    for n in range(_DATELINE_PART_WORDS, 0, -1):
        place = " ".join(words[:n])
        if len(words) > n + _SENTENCE_AFTER_WORDS and place.casefold() in _regions():
            # `Kompas.com, Jawa Tengah menjadi …`: the region is the sentence's subject, no dateline
            return Dateline(place=place, outlet=outlet) if words[n][0].isupper() else None
    return None


def _region_dateline(text: str) -> Dateline | None:
    """`SAMARINDA. Pemerintah Kota …`, `BANJARMASIN, Wali Kota …`, `Samarinda. Pemerintah …`,
    `TEMANGGUNG Ratusan …`, `Bengkalis-Dalam …`: a place with a stop (shouted, a comma too) or,
    shouted, nothing instead of a dash, or a hyphen glued; it must be a known region (`BAZNAS. …`
    is no place)."""
    p = _patterns()
    for m in (p.shouted_start.match(text), p.title_place.match(text)):
        if m is not None and m[1].casefold() in _regions():
            return Dateline(place=_place_case(m[1]), outlet=None)
    place = _shouted_bare_place(text) or _glued_place(text) or _title_comma_place(text)
    return Dateline(place=_place_case(place), outlet=None) if place else None


def _title_comma_place(text: str) -> str | None:
    """`Kuala Kapuas, Pemerintah Kabupaten …`: a known region in title case and a comma, then the
    sentence's capitalised word; not a list of places (`Pekanbaru, Dumai dan Siak …`, `Bandung,
    Jawa Barat …`: a region after the comma) nor a short line."""
    m = _patterns().title_comma.match(text)
    if m is None or m[1].casefold() not in _regions():
        return None
    after = text[m.end() :].split()
    if len(after) <= _SENTENCE_AFTER_WORDS:
        return None
    heads = (" ".join(after[:n]).strip(",.").casefold() for n in range(1, _DATELINE_PART_WORDS))
    if any(head in _regions() for head in heads) or after[0].casefold() in _function_words():
        return None
    return m[1]


def _glued_place(text: str) -> str | None:
    """`Bengkalis-Dalam rangka menyambut …`: a known region glued by a hyphen to the sentence's
    first word; not a route (`Jakarta-Bandung …`, `Jakarta-Ciwidey bisa ditempuh …`: the word after
    the hyphen is a region, or a name the text capitalises again after a lowercase word) nor a
    short line."""
    m = _patterns().glued_place.match(text)
    if m is None or m[1].casefold() not in _regions() or m[2].casefold() in _regions():
        return None
    if len(text[m.end() :].split(maxsplit=_SENTENCE_AFTER_WORDS)) <= _SENTENCE_AFTER_WORDS:
        return None
    named = regex.search(rf"(?<=\p{{Ll}},?\s){regex.escape(m[2])}\b", text, pos=m.end())
    return None if named else m[1]


def _shouted_bare_place(text: str) -> str | None:
    """`TEMANGGUNG Ratusan petani …`, `PALANGKA RAYA Pemerintah Kota …`: a shouted place with no
    stop or dash before the sentence, cut back to the longest known region (`KAPUAS BPBD Kapuas
    …`: the agency's acronym opens the sentence)."""
    m = _patterns().shouted_bare.match(text)
    if m is None:
        return None
    words = m[1].split()
    after = text[m.end() :].split(maxsplit=1)[0]
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        if place.casefold() in _regions():
            # `ACEH Besar mencatat …`: a lede that shouts its first word, the region's name goes on
            return None if f"{m[1]} {after}".casefold() in _regions() else place
    return None


def _agency_dateline(text: str) -> Dateline | None:
    """`… pasokan pupuk bersubsidi Jakarta (ANTARA) - Menteri Pertanian …`: a place and a known
    agency in brackets before a dash, inside the opening paragraph; or a known region, a comma and
    an outlet before a double dash (`Daftar Isi … Jakarta, CNN Indonesia -- …`). A colon for the
    dash (`… Terima BLT-DD Pesawaran (Lampost.co): …`) only behind a glued headline, no sentence
    ended before it, after a known region (`_colon_dateline`). A wire release's bracket names the
    agency before a slash and a listed press-release wire or agency desk after it (`Tokyo,
    (ANTARA/PRNewswire)-`, `Jakarta (ANTARA/JACX) -`; ``clean_outlets.txt`` `wire`, `desk`): the
    outlet is the two whole; any other word after the slash is a photo's credit (`Budi Santoso
    (ANTARA/Ho) -`), no dateline."""
    spans = agency_dateline_spans(text)
    if spans is None:
        return None
    (place_start, place_end), (outlet_start, outlet_end) = spans
    return Dateline(place=text[place_start:place_end], outlet=text[outlet_start:outlet_end])


def agency_dateline_spans(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The place's and the agency's spans of the agency's dateline `_agency_dateline` reads (the
    place a comma parts before the agency's place, `_city_before`, or the known region that ends
    the words before the bracket, `_region_ending`); the entity finder reads them (`ner.entities`).
    The first form holds a bracket, the second a double dash: a window with neither is not searched."""
    for pattern, marks in (
        (_patterns().agency_dateline, ("(",)),
        (_patterns().comma_agency_dateline, ("--",)),
    ):
        m = marked_search(pattern, marks, text, AGENCY_DATELINE_CHARS)
        if (
            m is not None
            and _agency_or_wire(m[2])
            and (pattern is _patterns().agency_dateline or m[1].casefold() in _regions())
            and (not m[0].rstrip().endswith(":") or _colon_dateline(text, m))
        ):
            city = _city_before(text, m.start(1)) if pattern is _patterns().agency_dateline else None
            place = city.span(1) if city is not None else (m.end(1) - len(_region_ending(m[1])), m.end(1))
            return place, m.span(2)
    return None


def _agency_or_wire(bracketed: str) -> bool:
    """A dateline's bracket names an outlet (`ANTARA`, `Lampost.co`), or an outlet, a slash and a
    listed press-release wire or agency desk (`ANTARA/PRNewswire`, `ANTARA/JACX`;
    ``clean_outlets.txt`` `wire`, `desk`); another word after the slash credits a photo
    (`ANTARA/Ho`, `Antara/Kemenkes`, `Lampost/Ist`). Both the paragraph-head reader and the reader
    behind a glued headline read a slash through this."""
    outlet, slash, source = bracketed.partition("/")
    sources = outlet_rows("wire") | outlet_rows("desk")
    return _is_outlet(outlet) and (not slash or source.strip().casefold() in sources)


def _colon_dateline(text: str, m: regex.Match[str]) -> bool:
    """Whether a place and a bracketed outlet before a colon are a dateline: the page's opening, a
    glued headline before them at most, no sentence ended (`Banjir melanda tiga desa. Berikut
    pernyataan Bupati Lampung Selatan (Antara): …` quotes a statement; an abbreviation's stop ends
    none: `Bupati H. Dendi …`, `Bangun Jl. Lingkar …`, `sentence_ended`), and a known region ends
    the place's words (`… dimuat Harian Kompas (Kompas): …` names a paper)."""
    return not sentence_ended(text, 0, m.start()) and _admin_region(_region_ending(m[1]))


def _region_ending(words: str) -> str:
    """The known region, an administrative word perhaps before it, that ends a title-case run
    before a bracketed outlet, the headline's words run into it (`… Tidak Mengalir Pesawaran
    (Lampost.co) --`: `Pesawaran`; `Kabupaten Bogor (ANTARA)` stays whole); the run whole where
    no region ends it."""
    split = words.split()
    ends = (" ".join(split[n:]) for n in range(len(split)))
    return next((end for end in ends if _admin_region(end)), words)


# `… karhutlaTapin, Kalimantan Selatan (ANTARA) -`: a place and a comma right before the agency's
# place, glued to the standfirst's last letter or after a space
_CITY_BEFORE = regex.compile(r"(?:(?<=[\s\p{Ll}.!?)\"”’])|^)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}), $")
# How far before the agency's place that city and comma may start
_CITY_BEFORE_CHARS = 40


def _city_before(text: str, start: int) -> regex.Match[str] | None:
    """The known region a comma parts from the agency's place after it (`… depanPurwokerto, Jateng
    (ANTARA) -`): the city the dateline names first, its province after it, as `_dateline` reads
    `Purwokerto, Jateng (ANTARA) -` opening a paragraph."""
    m = _CITY_BEFORE.search(text, max(0, start - _CITY_BEFORE_CHARS), start)
    return m if m is not None and m[1].casefold() in _regions() else None


def _masthead_spelt(part: str) -> bool:
    """A masthead by its spelling, not by a common word of its name: a web domain, `iNews`, or a
    word grown from a masthead's suffix (`Tribratanews`, `Jatimpos`)."""
    words = part.split()
    if _patterns().domain.search(part) or any(_patterns().masthead_camel.fullmatch(w) for w in words):
        return True
    _, suffixes, _ = outlet_words()
    first = words[0].casefold() if words else ""
    return any(first.endswith(s) and len(first) > len(s) + 1 for s in suffixes)


def _standalone_parts(text: str) -> str:
    """A standalone dateline's place and masthead parted as by a comma where a web domain is
    parted otherwise: in brackets after the place (`Sukamaju (warta.co.id)`), a dash glued after
    the domain (`Warta.com- Sukamaju`), or only a space before it, the place a known region (`Kab
    Sukamaju wartadesa.com`)."""
    p = _patterns()
    m = regex.fullmatch(r"([^()]+?)\s*\(\s*([^()]+?)\s*\)", text)
    if m and p.domain.search(m[2]):
        return f"{m[1]}, {m[2]}"
    m = regex.fullmatch(r"(\S+)-\s*([^-]+)", text)
    if m and p.domain.search(m[1]):
        return f"{m[1]}, {m[2]}"
    place, _, last = text.rpartition(" ")
    if _admin_region(place) and p.domain.search(last):
        return f"{place}, {last}"
    return text


def _standalone_dateline(text: str) -> Dateline | None:
    """A dateline on a line of its own above the lede (`Kab.Tasik, LINTA PENA`): a place and a
    masthead parted by a comma, the masthead shouted or an outlet's name, no sentence after. Parted
    by a spaced dash or a bar, one side must be an outlet's name, either side first (`Palembang –
    jurnalpolisi.id`, `Tribratanews Polres Probolinggo | Leces`). Closed by the dateline's dash, the lede
    going on under it (`Mataram, Garda Asakota.-`), a masthead of no region's or common words after a known
    region will do (`Kupang, Nusa Tenggara -` names two places)."""
    dashed = _DASH_CLOSE.search(text)
    text = text[: dashed.start()] if dashed else text
    if not text or text[-1] in ".!?:;" or len(text.split()) > _STANDALONE_DATELINE_WORDS:
        return None
    spaced = _patterns().spaced_dash.sub(",", _standalone_parts(text), count=1)
    parted = spaced != text or "|" in text
    if "," not in spaced and not parted:
        return None
    parts = _dateline_parts(spaced)
    if parts is None or len(parts) != 2:
        return None
    place, outlet = parts
    if (parted or outlet.casefold() in _regions()) and _masthead_spelt(place) and not _is_outlet(outlet):
        # `Tribratanews Polres Probolinggo | Leces`, `Kabarbaru.com, Gorontalo`: the masthead first
        place, outlet = outlet, place
    if parted and not _masthead_spelt(outlet):
        return None  # `Berita Daerah – Nasional`, `Beranda | Daerah`: section names, no masthead
    region_first = (
        bool(dashed)
        and "," in text
        and place.casefold() in _regions()
        and not any(w in _regions() or w in common_words() for w in outlet.casefold().split())
    )
    if not (_is_outlet(outlet) or region_first or ("," in text and _shouted_masthead_after(place, outlet))):
        return None
    if _is_outlet(place) or place.casefold() in _credit_words():
        return None
    return Dateline(place=_place_case(place), outlet=outlet if _initials(outlet) else _outlet_case(outlet))


def _shouted_masthead_after(place: str, outlet: str) -> bool:
    """A masthead shouted after the place's comma on a line of its own: the place not shouted
    (`Kab.Tasik, LINTA PENA`), or a shouted known region before a masthead's initials (`MIMIKA,
    BM`; not `ACEH, NTB`, two regions)."""
    if not outlet.isupper():
        return False
    return not place.isupper() or (_initials(outlet) and place.casefold() in _regions())


def _lead_credit(text: str) -> tuple[int, str | None] | None:
    """A reporter's credit glued before the dateline that opens a paragraph (`Laporan Wartawan
    Tribunnews.com, Budi Santoso TRIBUNNEWS.COM, KUDUS - …`, `Reporter: Budi TRIBUNNEWS.COM, JAKARTA
    - …`, `(TribunJatim.com/Ani Susanti) TRIBUNNEWS.COM - …`: a syndicated story's writer and site):
    where the dateline starts and the reporter's name; None unless both are read. A bracketed credit
    whose name after the slash is shouted in two words or more (`(KOMPAS.com/KRISTIANTO PURNOMO)
    KOMPAS.com - …`: `_shouted_name`; initials, `(TribunJatim.com/AS)`, are a writer's) is a
    photo's, as agencies write their photographers': where the dateline starts and no name
    (news-raw: the six bracketed credits before a masthead are Tribun writers in title case; none
    shouted); so is a credit kept whole with a photo's label (`Dok/Tribunnews`: `_photo_labelled`)."""
    p = _patterns()
    # `Warta9.com/Budi Santoso WARTA9.COM - …`, kept whole; in brackets too (`(Warta9.com/Budi) …`)
    slashed = p.outlet_credit.match(text, 1 if text[:1] == "(" else 0)
    dash = marked_search(p.dash, DASH_MARKS, text, _LEAD_CREDIT_CHARS)
    if dash is None:
        return None
    # the dateline starts at the masthead nearest the dash (the credit may name an outlet too)
    outlets = [
        m for m in p.token.finditer(text, 0, dash.start()) if _is_outlet(m[0].strip(",")) and m.start()
    ]
    if not outlets:
        return None
    start = outlets[-1].start()
    if (glued := p.glued_masthead.search(outlets[-1][0])) is not None:
        start += glued.start()  # `Rizki A TiaraTRIBUNNEWS.COM -`: the name's last word is the credit's
    labelled = p.credit.match(text) is not None
    paired = not labelled and _paired_credit(text[:start].strip())
    if not (slashed or paired or labelled):
        return None
    # the slashed credit's name may run into the masthead (`Site.com/Ambar Sari TRIBUNNEWS.COM`: the
    # masthead's capitals read as a name's word): the credit holds where the masthead is after its slash
    slash = slashed.start() + slashed[0].index("/") if slashed else -1
    whole = (slashed and start > slash + 1) or paired
    name = text[:start].strip() if whole else _credit(text[:start].strip())
    # `Dok/Tribunnews`, `Antara Foto/Budi`: a photo's or a document's credit, no writer's (GUIDELINES §1)
    photo = bool(whole) and _photo_labelled(name)
    if slashed and name and name[0] == "(" and name[-1] == ")":
        name = name[1:-1].strip()
        photo = photo or ("/" in name and _shouted_name(name[name.index("/") + 1 :]))
    found = _dateline(text[start:])
    if name is None or found is None:
        return None
    return start, None if photo else name


def _paired_credit(credit: str) -> bool:
    """Whether the words before a paragraph's masthead are a source and a writer parted by a slash,
    either first (`TribunStyle/Yohanes Endra`, `Iveta Rahmalia/Bobo.id`, `Tribunnews/Ruth Vania`), or
    by a comma behind the source's domain (`TribunTravel.com, Ambar Purwaningrum`): one part an
    outlet (`_is_outlet`), the other a writer's name (`_writer_name`) of a few words (news-raw: the
    syndicated Tribun stories credit their writers so, on eight lines the domain-first credit missed)."""
    m = _patterns().paired_credit.fullmatch(credit)
    if m is None:
        return False
    first, second = m["first"], m["second"]
    if m["sep"] == ",":
        return bool(_patterns().domain.search(first)) and not _is_outlet(second) and _writer_name(second)
    if _is_outlet(first) == _is_outlet(second):
        return False
    return _writer_name(second if _is_outlet(first) else first)


def _photo_labelled(credit: str) -> bool:
    """Whether a credit kept whole holds a photo's label as a word of its own (`Dok/Tribunnews`,
    `Antara Foto/Budi`, `TribunJatim.com/Istimewa`, `Foto: Budi`, `Dok.Humas`: clean_labels.txt's
    photo kind; `Dokter Budi` holds none): a photo's or a document's credit, which is no byline
    (news-raw: no credit read before a masthead holds one)."""
    return any(w.strip("()").casefold() in _labels(Label.PHOTO) for w in _CREDIT_PARTS.split(credit))


def _shouted_name(name: str) -> bool:
    """Whether a credit's name is a photographer's, shouted in two words or more
    (`KOMPAS.com/KRISTIANTO PURNOMO`); initials (`TribunJatim.com/AS`) are a writer's."""
    words = name.split()
    return len(words) >= 2 and all(w.isupper() for w in words)


def _before_weekday(before: str, strip: str) -> str:
    """``before`` without the weekday that ends it (`… katanya. (rin) Kamis,` -> `… (rin)`),
    then without the characters of ``strip`` at its end; unchanged when no weekday ends it."""
    words = before.split()
    if words and words[-1].strip(",").casefold() in _weekdays():
        return before[: before.rfind(words[-1])].rstrip(strip)
    return before


def _trailing_date(line: str) -> tuple[int, str] | None:
    """The page's date glued after the last sentence (`… katanya. (rin) Kamis, 6 Juli 2023 10:15
    WIB`): where it starts and its ISO date; a date inside the sentence (`… pada Kamis, 6 Juli
    2023.`) or signing a post after its account's handle (`… (@persikab) July 14, 2025`) is none."""
    first = max(0, len(line) - _TRAIL_DATE_CHARS)
    tail = line[first:]
    found = _date_span(tail)
    if found is None:
        return None
    iso, start, end = found
    if _patterns().date_rest.sub(" ", tail[end:]).strip(_DATE_SEPARATORS):
        return None  # more words after the date: a sentence goes on
    before = _before_weekday(tail[:start].rstrip(_DATE_SEPARATORS), _DATE_SEPARATORS)
    if not before or before[-1] not in '.!?)]"”’' or _POST_HANDLE.search(before):
        return None
    return first + len(before), iso


#: An account's handle in brackets (`— Persikab (@persikab) July 14, 2025`, `(@persikab.official)`):
#: the date after it signs an embedded post, it does not date the page. A handle is letters, digits,
#: `_` and, on Instagram, `.`, at most 30 of them (Instagram's limit; X's is 15).
_POST_HANDLE = regex.compile(r"\(@[\w.]{1,30}\)$")


# a page's date stamp: the clock time right after the date, its colon (`16:10`, `13:05 WIB`); a
# sentence's time is written `pukul 08.00 WIB` or `19.00 WIB`
_STAMP_CLOCK = regex.compile(r"[\s,|–—-]{1,4}\d{1,2}:\d{2}\b")


def _stamp_date(text: str) -> str | None:
    """The page's date stamped with its clock time in the first paragraph's head, no dateline
    after it (`Judul Berita Senin, 7 Maret 2016 16:10 Editor: …`, `Judul Berita Kompas.com -
    07/10/2013, 13:05 WIB BAGIKAN …`): the ISO date, when only a headline (and a name or masthead)
    stands before it; a date in a sentence (`… mencatat sejak Kamis, 29 Oktober 2020 …`) is none."""
    found = _stamp_span(text)
    return found[0] if found is not None else None


def _stamp_span(text: str) -> tuple[str, int, int] | None:
    """The page's date stamp that `_stamp_date` reads: its ISO date, where the words before it
    end (its weekday and separators left out) and where the stamp ends (clock time and zone)."""
    found = _date_span(text[:_LEAD_CREDIT_CHARS])
    if found is None or not _STAMP_CLOCK.match(text, found[2]):
        return None
    before = _before_weekday(text[: found[1]].rstrip(_DATE_SEPARATORS), _DATE_SEPARATORS)
    if before:
        probe = _Unit([], before)
        _features(probe)
        if not probe.headline and not (_plain_headline(before) and _credit_follows(text, found[2])):
            return None
    rest = _patterns().lead_date_rest.match(text, found[2])
    return found[0], len(before), rest.end() if rest else found[2]


def _stamp_headline(text: str) -> tuple[int, int, int, str] | None:
    """`Judul Berita Senin, 7 Maret 2016 16:10 …`, `Judul Berita Kompas.com - 07/10/2013, 13:05
    WIB …`: on a flattened header, the headline before the page's date stamp (`_stamp_span`), the
    site's masthead between them taken off. Where the headline ends, where the stamp (masthead
    first) starts and ends, and its ISO date; None where no headline of its own stands there (a
    header that opens on the stamp)."""
    found = _stamp_span(text)
    if found is None:
        return None
    iso, before_end, stamp_end = found
    head = text[:before_end].rstrip()
    words = head.split()
    if len(words) > 1 and _is_outlet(words[-1]):
        head = head[: head.rfind(words[-1])].rstrip(_DATE_SEPARATORS + "\n")  # `… Kompas.com -`
    probe = _Unit([], " ".join(head.split()))
    _features(probe)
    if not probe.headline or not _headline_tail(head.split(), text[stamp_end:]):
        return None
    stamp_start = len(head) + len(text[len(head) :]) - len(text[len(head) :].lstrip())
    return len(head), stamp_start, stamp_end, iso


def _chrome_opening(text: str) -> int:
    """`BAGIKAN: Komentar | KOMPAS.com - …`, `SHARE Jakarta - …`: where the share buttons and
    comment links (strong chrome words of ``clean_chrome_words.txt``) that open the text after a
    header's date stamp end, separators after them included; 0 where none opens it. The dateline
    behind them is the lede's."""
    strong, _ = _chrome_words()
    share = _share_words()
    end = 0
    for m in regex.finditer(r"\S+", text):
        token = m[0].strip(".,:;!?()[]|").casefold()
        if token and token not in strong and token not in share:
            break
        end = m.end()
    return end + len(text[end:]) - len(text[end:].lstrip(_DATE_SEPARATORS + "\n")) if end else 0


# a shouted word this long ending a headline in mixed case is a desk or masthead (`TIM ARCHIVE`);
# an acronym a headline ends on is shorter (`BBM`, `DPRD`, `KPU`)
_SHOUTED_TAIL_LETTERS = 6


def _headline_tail(words: list[str], later: str) -> bool:
    """Whether the last words before a header's date stamp end a headline and not something glued
    to it: a word with letters (not a stray `?` or clock time), not a long shouted word after
    words in mixed case (`… Traveloka TIM ARCHIVE`), not the end of a writer's name: a word that
    may be a name's (`_writer_word`) the article never says again (`… Dirusak Mohammad Yamin`, `…
    Kesehatan dr. Valda Garcia`); a headline's own subject is said again (`… Acara Kolese
    Kanisius` goes on about Kanisius)."""
    last = words[-1]
    if not any(c.isalpha() for c in last):
        return False
    if last.isupper() and len(last) >= _SHOUTED_TAIL_LETTERS and not " ".join(words).isupper():
        return False
    return len(words) == 1 or not _writer_word(last) or any(whole_words(later.casefold(), last.casefold()))


def _plain_headline(before: str) -> bool:
    """Whether the words before the page's date stamped with its clock time on a flattened header
    are a headline written in sentence case (`Tidak benar ada pelemparan batu di pasar Sabtu, 11
    November 2017 15:35 WIB Jakarta (ANTARA) - …`): a capital opening them, at most
    `_HEADLINE_MAX_WORDS` words, no stop inside and no function word ending them (`… Hingga Senin,
    8 Maret 2021 12:00 WIB, …` and `… pada Senin, …` date a sentence). The caller asks it only where
    a dateline or a reporter's credit follows the stamp."""
    words = before.split()
    if not words or not words[0][:1].isupper() or len(words) > _HEADLINE_MAX_WORDS:
        return False
    return not _STOP_INSIDE.search(before) and words[-1].casefold() not in _function_words()


# a sentence's stop inside a headline's words (`… naik. Pedagang …`); a `?` or `!` ends a headline
_STOP_INSIDE = regex.compile(r"[.;]\s")


def _credit_follows(text: str, end: int) -> bool:
    """Whether a capitalised reporter's label and its colon follow the page's date stamp that ends
    at ``end`` (its clock, zone and separators passed): `… 13:33 Reporter : Budi …`."""
    p = _patterns()
    rest = p.lead_date_rest.match(text, end)
    m = p.credit_label.match(text, rest.end() if rest else end)
    return m is not None and bool(m["colon"]) and m[0][:1].isupper()


# how far into the first paragraph a credit glued behind the headline (and the page's date) is
# looked for: a flattened header holds the headline, a date stamp and the credit, rarely more
_HEAD_CREDIT_CHARS = 240
# how many characters of separators may stand between a credit's name and the page's date after it
_NAME_DATE_GAP = 4
# a shouted word this long ends a credit's name (`ANTARA`, `TRIBUNNEWS.COM`); a name's initials
# (`Iswara N Raditya`) are shorter
_SHOUTED_STOP_LETTERS = 3
# `Penulis Budi Santoso | Editor: Ani`: a label with no colon names the reporter when the editor's
# credit follows behind a bar
_BARRED_CREDIT = regex.compile(r"[^|:\n]{2,60}\|\s*")


def _head_credit(text: str) -> tuple[int, int, str] | None:
    """A reporter's credit opening the first paragraph or glued inside its head on a page whose
    header was flattened onto one line (`Reporter: Budi Santoso Pemerintah kabupaten …`, `Judul
    Berita Reporter : Budi Santoso Rabu, 2 November 2016 13:02 …`, `Judul Berita Senin, 18 Juli
    2016 19:07 Penulis: Budi Santoso | Editor: Ani …`, `Judul Berita Penulis Budi Santoso |
    EditorAni …`): where the credit starts and ends, and the reporter's name. Inside the paragraph
    it is a header's credit only where a headline stands before it (the page's date taken off),
    the page's date stamp ends right before it, or the page's date follows the name; a credit
    label inside a sentence has none of these."""
    label = _head_label(text)
    if label is None:
        return None
    end = _credit_name_end(text, label.end())
    name = _full_credit(text[label.start() : end].strip(" ,"))
    if name is None:
        return None
    if label.start() and not (_header_before(text[: label.start()]) or _dated_after(text, end)):
        return None
    return label.start(), end, name


# the classes (`word_class`) of a name's words glued before a header's date stamp: a given name, a
# word no list knows, a word that is both a name and a common word (`Putri`); a common or derived
# word (`Dunia`, `Dirusak`), an organisation's word or a shouted one is the headline's
_WRITER_WORD_CLASSES = frozenset({WordClass.GIV, WordClass.UNK, WordClass.AMB})


def _stamp_writer(text: str) -> tuple[int, int, str] | None:
    """`Judul Berita Budi Santoso 24 Jun 2013, 18:45 WIB …`: on a flattened header, the writer's
    name glued with no label between the headline and the page's date stamped with its clock time
    (`_STAMP_CLOCK`; its weekday taken off): the two to four capitalised words of letters right
    before the date that no list knows as common words (`_WRITER_WORD_CLASSES`), a headline before
    them, none of them said again in the article after the stamp (a headline's own subject is:
    `… Tanggapi Kata Anies Baswedan 14 Nov 2017, 15:00 WIB` goes on about Anies), no place or
    outlet. Where the name starts and ends, and the name; None where no such name stands there."""
    found = _date_span(text[:_LEAD_CREDIT_CHARS])
    if found is None or not _STAMP_CLOCK.match(text, found[2]):
        return None
    before = _before_weekday(text[: found[1]].rstrip(_DATE_SEPARATORS), _DATE_SEPARATORS)
    words = list(regex.finditer(r"\S+", before.rstrip(_DATE_SEPARATORS)))
    n = 0
    while n < len(words) and n <= _REPORTER_LINE_WORDS[1] and _writer_word(words[-1 - n][0]):
        n += 1
    if not _REPORTER_LINE_WORDS[0] <= n <= _REPORTER_LINE_WORDS[1] or n == len(words):
        return None
    start, end = words[-n].start(), words[-1].end()
    name = text[start:end]
    probe = _Unit([], text[:start].strip())
    _features(probe)
    later = text[found[2] :].casefold()
    if not probe.headline or any(any(whole_words(later, w.casefold())) for w in name.split()):
        return None
    if not _writer_name(name) or _is_outlet(name) or name.casefold() in _not_reporters():
        return None
    return start, end, name


def _writer_word(token: str) -> bool:
    """Whether ``token`` may be a word of a writer's name glued before a header's date stamp:
    capitalised letters, not shouted, of a class in `_WRITER_WORD_CLASSES`."""
    return (
        token.isalpha()
        and token[0].isupper()
        and not token.isupper()
        and word_class(token) in _WRITER_WORD_CLASSES
    )


# how far before the paragraph's end an op-ed's closing credit may start: the label, the writer's
# name, degrees and a post of a few words (`Oleh: Budi Santoso, S.Si., M.M., Kepala Bagian Keuangan,
# Umum dan Kerja Sama Politeknik Pelayaran Sorong` is 110 characters)
_CLOSING_AUTHOR_CHARS = 200
# a sentence inside what follows the writer's name: a stop, then a capitalised word and lowercase
# words (`… , Dosen. Ia menulis buku …`); degrees (`S.Si., M.M.`) and a post have none
_SENTENCE_INSIDE = regex.compile(r"[.!?]\s+\p{Lu}\p{Ll}*\s+\p{Ll}+\s+\p{Ll}")
# a word, its stop and a capital after it: a sentence's end where the word is no abbreviation, i.e.
# has no dot inside and more than `_ABBREVIATION_LETTERS` letters (`… Dosen Politeknik. Laut …`;
# `Ir. Budi`, `M.Pd. Dosen` are degrees)
_STOP_BEFORE_CAPITAL = regex.compile(r"(\S+)[.!?]\s+\p{Lu}")
_ABBREVIATION_LETTERS = 3


def _closing_author(line: str) -> tuple[int, str] | None:
    """`… lingkungan laut. Oleh: Budi Santoso, S.Si., M.M., Dosen Politeknik Pelayaran`: an op-ed's
    closing credit after the last sentence (GUIDELINES §1: a labelled credit is the byline): a
    capitalised reporter's label and its colon, the writer's name (`_credit`), then after a comma
    his degrees and post to the paragraph's end, no sentence among them. Where the credit starts
    and the name; `Oleh karena itu, …` (no colon) and a credit inside a list of headlines (no stop
    before it) are none."""
    m = _closing_match(_patterns().closing_author, line)
    if m is None or not m.start() or (m["post"] and _sentence_in(m["post"])):
        return None
    name = _credit(line[m.start() : m.end("name")].strip())
    return (m.start(), name) if name is not None and _writer_name(name) else None


def _sentence_in(post: str) -> bool:
    """Whether a sentence stands in the words after a closing credit's name (`…, Dosen Politeknik.
    Menurut saya, …`): body text goes on after the credit, so it closes nothing."""
    if _SENTENCE_INSIDE.search(post):
        return True
    return any(
        "." not in m[1] and len(m[1]) > _ABBREVIATION_LETTERS for m in _STOP_BEFORE_CAPITAL.finditer(post)
    )


def _writer_name(name: str) -> bool:
    """Whether ``name``, read off a credit with no line of its own (closing the last paragraph, or
    glued before a header's date stamp), names a person: each word one `_writer_word` may be, and
    no run of its words a listed region (`Rep: Republik Indonesia`, `Oleh: Dinas Pariwisata`,
    `… Guncang Labuan Bajo 12 Mar 2021` name none)."""
    words = name.split()
    if not all(_writer_word(w) for w in words):
        return False
    runs = (" ".join(words[i:j]).casefold() for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return not any(run in _regions() for run in runs)


def _slashed_writer(line: str) -> tuple[int, str] | None:
    """`… kata dia." Budi Santoso/Sumber: Reuters`: a closing credit with no reporter's label, the
    writer's name after the last sentence and the source's label behind a slash (see the pattern
    `slashed_writer`): where the credit starts and the name; what names no person (`_writer_name`: a
    place, a chart's caption), an outlet or a desk that is no reporter (`clean_not_reporters.txt`)
    before the slash is none."""
    m = _closing_match(_patterns().slashed_writer, line)
    if m is None or not _credited_person(m["name"]):
        return None
    return m.start(), m["name"]


def _figure_writer(content: str) -> bool:
    """Whether a slashed credit after a figure (`… Rp 14.630 (Tribunnews.com/Fajar)`, group `figure`
    of `trail_paren`: no stop before it) names writers behind the web address: each a person
    (`_credited_person`), a one-word name a name's word (`Yurika`, `Willy`, `Nainggolan`), no common
    word and no outlet's desk (`entities_outlet_desks.txt`): `(Kompas.com/Ekonomi)`,
    `(Detik.com/Finance)` name a site's section."""
    names = [name.strip() for name in content.split("/")[1:]]
    return all(_credited_person(name) and (" " in name or _one_word_writer(name)) for name in names)


def _one_word_writer(name: str) -> bool:
    """Whether one word after an outlet's address may be its writer's name: a name's word
    (`NAMEISH`; `Ekonomi`, `Promo`, `Statistik` are common words) and no outlet's desk or channel
    (`Finance`, `Health`, `News`)."""
    return word_class(name) in NAMEISH and name.casefold() not in word_set("entities_outlet_desks.txt")


def _bracketed_writer(line: str) -> tuple[int, str | None] | None:
    """`… lainnya. (Lutfi Fauziah. Sumber: National Geographic)`: a closing credit in brackets, a name
    and a stop before the source's label (pattern `bracketed_writer`; news-raw 3381, 3382 kept
    `(Lutfi Fauziah.` as body once the source's label was cut): where the credit starts, all of it
    furniture, and the writer's name; a name that names no person (`_credited_person`: `(Humas
    Polres. Sumber: …)`, `(Tim Redaksi. Sumber: …)`) gives no writer."""
    m = _closing_match(_patterns().bracketed_writer, line)
    if m is None:
        return None
    return m.start(), m["name"] if m["name"] and _credited_person(m["name"]) else None


def _closing_match(pattern: regex.Pattern[str], line: str) -> regex.Match[str] | None:
    """A closing credit ``pattern`` finds near the paragraph's end."""
    return pattern.search(line, max(0, len(line) - _CLOSING_AUTHOR_CHARS))


def _credited_person(name: str) -> bool:
    """Whether a name a closing credit gives with no reporter's label is a person's: no place or
    caption (`_writer_name`), no outlet and no desk (`clean_not_reporters.txt`)."""
    return _writer_name(name) and not _is_outlet(name) and name.casefold() not in _not_reporters()


def _title_credit(title: str) -> tuple[str, str] | None:
    """A headline line that ends in the reporter's credit (`Harga Cabai Turun Reporter: Budi
    Santoso`): the headline before the credit and the reporter's name, when the name runs to the
    line's end; None where no credit closes it."""
    label = _head_label(title)
    if label is None or not label.start() or _credit_name_end(title, label.end()) < len(title.rstrip(" .")):
        return None
    name = _full_credit(title[label.start() :].strip(" ,."))
    head = title[: label.start()].rstrip(" |,:-–—")
    if name is None or not head:
        return None
    return head, name


def _full_credit(text: str) -> str | None:
    """The reporter a credit names (`_credit`) when the name has a reporter line's fewest words: on
    a flattened header a one-word name is as often the headline's last word."""
    name = _credit(text)
    return name if name is not None and len(name.split()) >= _REPORTER_LINE_WORDS[0] else None


def _head_label(text: str) -> regex.Match[str] | None:
    """The first reporter's label in the head of a paragraph that opens a credit: capitalised (`…
    ditulis oleh Budi` goes on a sentence) and followed by a colon (`Reporter : Budi`), or by the
    name and the editor's credit behind a bar (`Penulis Budi Santoso | Editor …`, see
    `_BARRED_CREDIT`), or glued to the capitalised name after it (`OlehBudi Santoso`), or of two
    words or more, which need neither (`Laporan Wartawan Tribunnews.com, Budi`)."""
    p = _patterns()
    for m in p.credit_label.finditer(text, 0, _HEAD_CREDIT_CHARS):
        if not m[0][0].isupper():
            continue
        bar = _BARRED_CREDIT.match(text, m.end())
        barred = bar is not None and p.editor_label.match(text, bar.end()) is not None
        # `OlehBudi Santoso`: no space after the label, a person's name after it (`PenulisMuda Gelar
        # Lomba`, `NaskahKuno Ditemukan` are a brand's or a headline's words)
        glued = text[m.end() : m.end() + 1].isupper() and _writer_name(
            text[m.end() : _credit_name_end(text, m.end())]
        )
        if m["colon"] or barred or glued or len(m["label"].split()) > 1:
            return m
    return None


def _credit_name_end(text: str, start: int) -> int:
    """Where the capitalised words after a credit's label end on a flattened header, after at most
    `_NAME_WORDS` words and before the first that `_ends_credit_name`; a comma goes on to the words
    after it (`Kontributor Surabaya, Budi Santoso`)."""
    end = start
    tokens = list(regex.finditer(r"\S+", text[start : start + _CREDIT_CHARS]))
    for n, m in enumerate(tokens[:_NAME_WORDS]):
        after = tokens[n + 1][0] if n + 1 < len(tokens) else ""
        if _ends_credit_name(m[0], n, after):
            break
        end = start + m.end()
    return end


def _ends_credit_name(token: str, n: int, after: str) -> bool:
    """Whether ``token``, the ``n``-th word after a credit's label, is no part of the name: a
    lowercase word or a figure, a bar, a day or month name, the editor's label, a shouted masthead
    (`TRIBUNNEWS.COM`) or an outlet (the employer before a comma first excepted: `Laporan Wartawan
    Tribunnews.com, Budi`), another reporter's label, or a capitalised word of ordinary prose
    before a lowercase one: the lede's first sentence starts (`… Ani Lestari Pemerintah kabupaten
    menyalurkan …`)."""
    word = token.strip(",.")
    folded = word.casefold()
    if not token[0].isupper() or any(ch.isdigit() for ch in token):
        return True
    if folded in _weekdays() or month_number(word, english=True) or folded in _labels(Label.EDITOR):
        return True
    employer = n == 0 and token.endswith(",")
    if not employer and ((len(word) >= _SHOUTED_STOP_LETTERS and word.isupper()) or _is_outlet(word)):
        return True
    if n and folded in _labels(Label.REPORTER):
        return True
    return bool(n) and folded in _common_words() and after[:1].islower()


# the editor's credit right after the reporter's on a flattened header: a bar or slash, the label,
# perhaps its colon
_EDITOR_AFTER = regex.compile(r"\s*[|/]?\s*")
_EDITOR_COLON = regex.compile(r"\s*[:：]?\s*")


def _editor_after(text: str, end: int) -> int | None:
    """`Penulis: Budi | Editor: Ani Lestari KOMPAS.com - …`: where the editor's credit that follows
    the reporter's on a flattened header ends (its capitalised words, see `_credit_name_end`);
    None where no editor's label follows or it names no one."""
    gap = _EDITOR_AFTER.match(text, end)
    label = _patterns().editor_label.match(text, gap.end()) if gap is not None else None
    if label is None or not text[label.start()].isupper():
        return None
    colon = _EDITOR_COLON.match(text, label.end())
    after = _credit_name_end(text, colon.end())
    return after if after > colon.end() else None


def _header_before(before: str) -> bool:
    """Whether what stands before a credit on a flattened header is the headline, perhaps with the
    page's date after it, or ends in the page's date stamped with its clock time."""
    before = before.rstrip(_DATE_SEPARATORS)
    found = _date_span(before)
    if found is not None and not _patterns().date_rest.sub(" ", before[found[2] :]).strip(_DATE_SEPARATORS):
        if _STAMP_CLOCK.match(before, found[2]):
            return True
        before = _before_weekday(before[: found[1]].rstrip(_DATE_SEPARATORS), _DATE_SEPARATORS)
    if not before:
        return False
    probe = _Unit([], before)
    _features(probe)
    return probe.headline


def _dated_after(text: str, end: int) -> bool:
    """Whether the page's date follows a credit's name, separators at most between them."""
    found = _date_span(text[end : end + _NAME_DATE_GAP + _TRAIL_DATE_CHARS])
    return found is not None and not text[end : end + found[1]].strip(_DATE_SEPARATORS)


def _lead_date(text: str) -> tuple[int, int, str] | None:
    """The page's date glued before the dateline (`Kamis, 6 Juli 2023 14:20 WIB SAMPIT – …`),
    perhaps behind the headline (`Judul Berita Kamis, 6 Juli 2023 SAMPIT – …`): where the date
    starts, where the dateline starts and the ISO date."""
    found = _date_span(text[:_LEAD_CREDIT_CHARS])
    if found is None:
        return None
    iso, start, end = found
    rest = _patterns().lead_date_rest.match(text, end)
    after = rest.end() if rest else end
    found_dateline = _dateline(text[after:])
    if found_dateline is None or found_dateline.place is None:
        return None
    strong, weak = _chrome_words()
    named = {w.casefold().strip(":") for w in f"{found_dateline.place} {found_dateline.outlet or ''}".split()}
    if named & (strong | weak | _share_words()):
        return None  # `… 13:05 WIB BAGIKAN …`: a share strip after the date, no dateline
    before = _before_weekday(text[:start].rstrip(_DATE_SEPARATORS), _DATE_SEPARATORS)
    if before:
        probe = _Unit([], before)
        _features(probe)
        # a headline in sentence case stands before a date stamped with its clock time
        if not probe.headline and not (_STAMP_CLOCK.match(text, end) and _plain_headline(before)):
            return None  # a sentence, not a headline, before the date
    return len(before), after, iso
