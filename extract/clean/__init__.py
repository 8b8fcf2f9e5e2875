"""Cleaning: boilerplate out, page metadata kept.

A scraped article is a page: the body plus the site's furniture (menus, ad slots,
related-article teasers, share strips, comment forms, tag lists, footers). `clean`
keeps the body lines as they are (whitespace folded) and reports every removed line
or fragment as a `Boilerplate` with its 1-based raw line number and a kind. It also
reads the page's metadata: the headline (`title`), the date the page gives for
itself (`published`), the reporter (`byline`) and the dateline that opens the body
(`PALANGKA RAYA –`, `BANGLI, Kilasbali.com –`).

The rules are generic signals rather than a list of known pages, because the project
is measured on sites nobody has seen: markers typical of site chrome (data in
``resources/clean_*.txt``), the shape of a line (prose or headline, length, words
made of menu vocabulary), its position (above the first or below the last paragraph
of prose), runs (a link list after ``Baca juga``, a tag list after ``Tags:``) and
repetition (a title or lede shown twice). Everything runs in time linear in the page.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import html.parser
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..errors import InputError
from ..records import Boilerplate, Dateline
from ..resources import load_lines

__all__ = ["CleanedArticle", "clean", "decode"]


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """The body text of one page and what the page says about itself.

    ``text`` is the body lines joined with ``"\\n"`` (whitespace folded inside each
    line, blank lines dropped); ``published`` is ISO ``YYYY-MM-DD``; ``boilerplate``
    lists every removed line or fragment in raw-line order.
    """

    text: str
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    boilerplate: tuple[Boilerplate, ...] = ()


# --------------------------------------------------------------------------- decoding

# A text file has almost no C0 control characters; random bytes have about one in ten.
_MAX_CONTROL_RATIO = 0.01
# cp1252 text (Indonesian with curly quotes) has few bytes above 0x7F; random bytes half.
_MAX_HIGH_RATIO = 0.30
_SAMPLE = 1 << 16


def decode(data: bytes) -> str:
    """Turn the bytes of a scraped article into text with ``\\n`` line ends.

    UTF-8 (with or without BOM) first; bytes that are not UTF-8 but look like text are
    read as cp1252 (which also covers latin-1 letters). A page of HTML saved as text
    is reduced to its text, one block element per line.

    Args:
        data: the file's bytes.

    Returns:
        The article text.

    Raises:
        InputError: the file is empty or whitespace only, or binary (NUL bytes,
            control characters, bytes that are no text encoding).

    >>> decode("PALANGKA RAYA – Wakil Wali Kota\\r\\n".encode("utf-8-sig"))
    'PALANGKA RAYA – Wakil Wali Kota\\n'
    >>> decode("“Kami setuju,” imbuhnya.".encode("cp1252"))
    '“Kami setuju,” imbuhnya.'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() needs bytes, got {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise InputError(
            "empty article: the file holds no text" if data else "empty article: the file is empty"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("binary file: a UTF-16 byte-order mark but no valid UTF-16 text") from None
    else:
        if b"\x00" in data:
            raise InputError("binary file: it contains NUL bytes")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
    _reject_control_characters(text)
    text = _normalise_newlines(text)
    if _looks_like_html(text):
        text = _html_to_text(text)
    if not text.strip():
        raise InputError("empty article: no text once markup and whitespace are removed")
    return text


def _decode_legacy(data: bytes) -> str:
    sample = data[:_SAMPLE]
    high = sum(1 for b in sample if b >= 0x80)
    if high / len(sample) > _MAX_HIGH_RATIO:
        raise InputError("binary file: not UTF-8 and too many non-ASCII bytes to be text")
    # UTF-8 where it is valid, cp1252 for the bytes that are not: a cp1252 file decodes as cp1252,
    # and a UTF-8 file with a few stray cp1252 quotes keeps its UTF-8 characters
    return data.decode("utf-8-sig", errors=_cp1252_fallback())


@cache
def _cp1252_fallback() -> str:
    name = "warta-cp1252-fallback"

    def handler(err: UnicodeError) -> tuple[str, int]:
        if not isinstance(err, UnicodeDecodeError):
            raise err
        bad = err.object[err.start : err.end]
        # the five bytes cp1252 leaves undefined: latin-1 maps them to C1 controls
        return "".join(
            bytes([b]).decode("cp1252", errors="strict") if b not in b"\x81\x8d\x8f\x90\x9d" else chr(b)
            for b in bad
        ), err.end

    codecs.register_error(name, handler)
    return name


def _reject_control_characters(text: str) -> None:
    sample = text[:_SAMPLE]
    if not sample:
        return
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch <= "\x9f")
    if bad / len(sample) > _MAX_CONTROL_RATIO:
        raise InputError("binary file: too many control characters to be text")


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text[1:] if text.startswith("\ufeff") else text


def _looks_like_html(text: str) -> bool:
    head = text[:_SAMPLE]
    if _patterns().html_doc.match(head):
        return True
    tags = len(_patterns().html_tag.findall(head))
    return tags >= 5 and tags * 200 >= len(head.strip())


class _HTMLText(html.parser.HTMLParser):
    """Text of an HTML page, a line per block element; scripts and styles dropped."""

    BLOCK = frozenset(
        "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "  # noqa: SIM905
        "header hr li main nav ol p pre section table tbody td th thead title tr ul".split()
    )
    SKIP = frozenset(["script", "style", "noscript", "template", "svg", "head"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True  # <head> is skipped, but the page title is worth a line
        elif tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title or not self.skip:
            self.parts.append(data)


def _html_to_text(text: str) -> str:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    out = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in out.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


# --------------------------------------------------------------------------- data


class _Patterns(NamedTuple):
    line: regex.Pattern[str]
    start: regex.Pattern[str]
    inline: regex.Pattern[str]
    kinds: dict[str, tuple[str, str]]  # group name -> (kind, mode)
    teaser: regex.Pattern[str]
    teaser_next: regex.Pattern[str]
    word: regex.Pattern[str]
    html_doc: regex.Pattern[str]
    html_tag: regex.Pattern[str]
    terminal: regex.Pattern[str]
    trail_mark: regex.Pattern[str]
    trail_paren: regex.Pattern[str]
    bullet: regex.Pattern[str]
    camel: regex.Pattern[str]
    dash: regex.Pattern[str]
    domain: regex.Pattern[str]
    date_named: regex.Pattern[str]
    date_numeric: regex.Pattern[str]
    date_iso: regex.Pattern[str]
    credit: regex.Pattern[str]
    credit_after: regex.Pattern[str]
    credit_cut: regex.Pattern[str]
    sentence: regex.Pattern[str]
    berikut: regex.Pattern[str]
    list_tail: regex.Pattern[str]
    list_field: regex.Pattern[str]
    hard_end: regex.Pattern[str]
    clock: regex.Pattern[str]
    mark_only: regex.Pattern[str]
    byline_name: regex.Pattern[str]
    ad_words: regex.Pattern[str]
    site_suffix: regex.Pattern[str]
    head_split: regex.Pattern[str]
    short_date: regex.Pattern[str]
    date_rest: regex.Pattern[str]
    token: regex.Pattern[str]
    has_word: regex.Pattern[str]
    year: regex.Pattern[str]
    crumb: regex.Pattern[str]
    published_label: regex.Pattern[str]
    colon: regex.Pattern[str]
    date_english: regex.Pattern[str]
    trail_credit: regex.Pattern[str]
    url: regex.Pattern[str]
    chrome_phrase: regex.Pattern[str]
    sentence_break: regex.Pattern[str]
    caption_credit: regex.Pattern[str]
    short_stop: regex.Pattern[str]
    shout_place: regex.Pattern[str]


_EDGE = r"[\s\p{P}\p{S}]"


@cache
def _patterns() -> _Patterns:
    groups: dict[str, list[str]] = {"line": [], "start": [], "inline": []}
    kinds: dict[str, tuple[str, str]] = {}
    for n, entry in enumerate(load_lines("clean_markers.txt")):
        kind, mode, rx = entry.split(" ", 2)
        if rx.startswith("(?-i)"):
            rx = "(?-i:" + rx[5:] + ")"
        name = f"m{n}"
        kinds[name] = (kind, mode)
        groups["start" if mode == "intro" else mode].append(f"(?P<{name}>{rx})")
    flags = regex.IGNORECASE | regex.VERSION1
    months = sorted(_months(), key=len, reverse=True)
    weekdays = sorted(_weekdays(), key=len, reverse=True)
    month_rx = "|".join(regex.escape(m) for m in months)
    reporter = _alt(_labels("reporter") + _labels("reporter:"))
    editor = _alt(_labels("editor"))
    endmark = _alt(_labels("endmark"))
    photo = _alt(_labels("photo"))
    counter = _alt(_labels("counter"))
    teaser = "|".join(
        f"{w.capitalize()}|{w.upper()}" for w in sorted(_labels("teaser"), key=len, reverse=True)
    )
    also = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _labels("teaser-also"))
    weekday_rx = "|".join(regex.escape(w) for w in weekdays)
    return _Patterns(
        line=regex.compile(rf"{_EDGE}*(?:{'|'.join(groups['line'])}){_EDGE}*", flags),
        start=regex.compile(rf"{_EDGE}{{0,4}}(?:{'|'.join(groups['start'])})", flags),
        inline=regex.compile("|".join(groups["inline"]), flags),
        kinds=kinds,
        teaser_next=regex.compile(
            rf"\s*(?:(?:{teaser})\s*(?:{also})(?!\p{{Ll}})\s*[:：]?|(?:{teaser})\s*[:：])\s*"
        ),
        teaser=regex.compile(
            rf"(?<=^|[.!?\"”’)\]]\s*)(?:(?:{teaser})\s*(?:{also})(?!\p{{Ll}})\s*[:：]?|(?:{teaser})\s*[:：])\s*",
            regex.VERSION1,
        ),
        word=regex.compile(r"\w[\w'’./-]*"),
        html_doc=regex.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", flags),
        html_tag=regex.compile(
            r"</?(?:p|div|br|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|img|table|tr|td|script|style|meta|link)"
            r"(?:\s[^<>]{0,500})?/?>",
            flags,
        ),
        terminal=regex.compile(r"[.!?…:;]['\"”’)\]]*$"),
        trail_mark=regex.compile(
            rf"\s*(?:\(\s*\*+\s*\)|\*{{3,}}|\(\s*(?:{endmark})\s*\)|-\s*(?:{endmark})\s*-)\s*$",
            flags,
        ),
        # `… katanya. (daq/fm)`; Merdeka-style `… kata Ahmad. [ray]`
        trail_paren=regex.compile(
            r"(?<=[.!?\"”’…]|^)\s*(?|\(\s*([^()\n]{1,80})\s*\)|\[\s*([^\[\]\n:]{1,40})\s*\])\s*$"
        ),
        bullet=regex.compile(r"[-–•*·▪►»]\s*\S|\d{1,2}[.)]\s+\S|[a-z][.)]\s+\S"),
        camel=regex.compile(r"\p{Ll}\p{Lu}\p{Ll}"),
        dash=regex.compile(
            r"\s*(?:[–—]+\s*|-{1,2}(?=\s)\s*|(?<=\s)-{1,2}\s*|(?<=\.(?:com|co|id|net|org|news|tv))-\s*"
            # `SLEMAN-Pemkab Sleman …`: a shouted place glued to the sentence
            r"|(?-i:(?<=\p{Lu}{3})-(?=\p{Lu}\p{Ll})))",
            flags,
        ),
        domain=regex.compile(r"\.(?:com|co|id|net|org|news|tv|info|web|my|online)\b", flags),
        date_named=regex.compile(
            rf"(?:\b(?:{weekday_rx})\b\s*,?\s*)?\b(?P<d>\d{{1,2}})\s*(?P<m>{month_rx})\b\.?\s*,?\s*(?P<y>\d{{4}})\b",
            flags,
        ),
        date_numeric=regex.compile(r"\b(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"),
        date_iso=regex.compile(r"\b(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"),
        # `Pewarta: Budi`; `Redaktur & Reporter : Budi` and `Reporter/Editor: Budi` share a line
        credit=regex.compile(
            rf"[\s\p{{P}}]{{0,3}}(?:(?:{editor})\s*[&/,]\s*)?(?P<label>{reporter})\b"
            rf"(?:\s*[&/,]\s*(?:{editor})\b)?\s*[:：|\-–]?\s*(?P<rest>.*)",
            flags,
        ),
        # `Arief Setyadi, Jurnalis`, `Budi Santoso - Wartawan`: the label after the name
        credit_after=regex.compile(
            rf"(?P<rest>[^,|\-–:]{{2,60}}?)\s*[,|\-–]\s*(?P<label>{reporter})\s*", flags
        ),
        credit_cut=regex.compile(
            rf"\s*(?:\||\u2022|·|;|\s[-–—]\s|\b(?:{editor})\b\s*[:：]?|(?-i:\s+I\s+(?=\p{{Lu}})))",
            regex.IGNORECASE | regex.VERSION1,
        ),
        sentence=regex.compile(r"[^.!?]+(?:[.!?]+[\"”’')\]]*|$)"),
        berikut=regex.compile(rf"\b(?:{_alt(_labels('list'))})\b|:\s*$", flags),
        clock=regex.compile(r"\b\d{1,2}[:.]\d{2}\b"),
        list_tail=regex.compile(rf"\b(?:{_alt(_labels('list'))})\s*$", flags),
        # `Hari/Tanggal: Rabu, 26 Maret 2025`, `Tempat: Kantor kecamatan`: a field of an announced list
        list_field=regex.compile(r"\p{Lu}[\p{L}/ ]{1,24}:\s*\S"),
        # a press release's or a story's closing mark: the body is over (`***` also parts scenes)
        hard_end=regex.compile(rf"#{{3,}}|[-–(]\s*(?:{endmark})\s*[-–)]", flags),
        mark_only=regex.compile(rf"[\s*#~=_\-–—.•·]+|\(\s*\*+\s*\)|\(\s*(?:{endmark})\s*\)", flags),
        byline_name=regex.compile(r"(?:\*/)?\p{L}[\p{L}\p{M} .'’/&,-]{0,78}[\p{L}.]|\p{L}"),
        ad_words=regex.compile(
            r"\b(?:"
            + "|".join(regex.escape(e.split(" ", 1)[1]) for e in load_lines("clean_ad_words.txt"))
            + r")\b",
            flags,
        ),
        head_split=regex.compile(r"[,()]"),
        # what else a date line holds: a clock time and its zone, separators
        date_rest=regex.compile(
            r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\b(?:WIB|WITA|WIT|GMT|UTC)\b|[|•·,:()\[\]/–—-]+"
            # a view counter (`Dibaca 856 kali`, `1.234 views`)
            rf"|\b(?:{counter})\s*:?\s*\d[\d.,]*+(?:\s*(?:{counter}))?\b|\b\d[\d.,]*+\s*(?:{counter})\b",
            flags,
        ),
        short_date=regex.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"),
        site_suffix=regex.compile(r"\s+(?P<sep>[|\-–—])\s+(?P<site>[^|\-–—]{2,60})$"),
        token=regex.compile(r"\S+"),
        has_word=regex.compile(r"\w"),
        year=regex.compile(r"\d{4}"),
        published_label=regex.compile(
            rf"\b(?:{_alt(_labels('published'))})\b",
            flags,
        ),
        colon=regex.compile(r"\s*:\s+"),
        date_english=regex.compile(
            rf"\b(?P<m>{month_rx})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{{4}})\b", flags
        ),
        # `… katanya. Penulis: Budi Santoso Editor: Ani` closing a one-line article
        trail_credit=regex.compile(
            rf"(?<=[.!?\"”’)]\s{{0,3}})(?:\(\s*)?(?:{_alt(_labels('reporter') + _labels('editor'))})"
            rf"\s*:\s*[^:.!?\"“”]{{1,60}}(?:\s*[|/]?\s*(?:{editor})\s*:\s*[^:.!?\"“”]{{1,60}})*\)?\s*$",
            flags,
        ),
        url=regex.compile(r"https?://\S+|www\.\S+\.\S+"),
        chrome_phrase=regex.compile(
            r"\b(?:" + "|".join(regex.escape(w) for w in load_lines("clean_chrome_phrases.txt")) + r")\b",
            flags,
        ),
        # tried only where a run of stops begins, and possessive: `!!!!…` (100,000 of them) stays linear
        sentence_break=regex.compile(r"(?<![.!?])[.!?]++[\"”’')]*+\s+(?=[\p{Lu}\"“‘(\d])"),
        crumb=regex.compile(r"\s[›»>/|]\s|[›»]"),
        # the end of a sentence: a stop (not `:` or `…`, which announce or trail off), closing quotes
        shout_place=regex.compile(r"(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})"),
        short_stop=regex.compile(r"(?<![.!?])[.!?]['\"”’)]*$"),
        # `… (KOMPAS.com/ADITYA)`, `(ANTARA/Budi Santoso)`, `(Foto: Dok. Humas)` closing a photo caption
        caption_credit=regex.compile(
            rf"(?:\(\s*(?:(?:{photo})\b[^()]{{0,60}}"
            r"|(?=[\w.-]{0,29}\p{L})[\w.-]{2,30}\s*/\s*\p{L}[^()/]{1,40})\)"
            rf"|[.,]\s*(?:{photo})\s*[:/]\s*[\w.,/&-][\w .,/&-]{{1,50}})\s*$",
            flags,
        ),
    )


@cache
def _labels(kind: str) -> tuple[str, ...]:
    """The labels of one kind in ``clean_labels.txt``."""
    return tuple(e.split(" ", 1)[1] for e in load_lines("clean_labels.txt") if e.split(" ", 1)[0] == kind)


def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _credit_words() -> frozenset[str]:
    """First words of credit labels (`oleh`, `penulis`, `laporan`)."""
    return frozenset(w.split()[0] for w in _labels("reporter") + _labels("reporter:") + _labels("editor"))


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
def _chrome_words() -> tuple[frozenset[str], frozenset[str]]:
    strong, weak = set(), set()
    for entry in load_lines("clean_chrome_words.txt"):
        entry = entry.lstrip("!")
        (weak if entry.startswith("~") else strong).add(entry.lstrip("~"))
    return frozenset(strong), frozenset(weak)


@cache
def _share_words() -> frozenset[str]:
    return frozenset(e.lstrip("!~") for e in load_lines("clean_chrome_words.txt") if e.startswith("!"))


def _chrome_kind(unit: _Unit) -> str:
    """`share` for a share strip (`Bagikan: Facebook Twitter`), `navigation` for a menu."""
    share = _share_words()
    tokens = (t.strip(".,:;!?()[]\"'“”").casefold() for t in unit.text.split()[:20])
    return "share" if any(t in share for t in tokens) else "navigation"


@cache
def _function_words() -> frozenset[str]:
    return frozenset(load_lines("clean_function_words.txt"))


@cache
def _outlets() -> tuple[frozenset[str], tuple[str, ...]]:
    names, suffixes = set(), []
    for entry in load_lines("clean_outlets.txt"):
        mode, word = entry.split(" ", 1)
        (names.add(word) if mode == "name" else suffixes.append(word))
    return frozenset(names), tuple(suffixes)


# --------------------------------------------------------------------------- line features

# Lines longer than this are never a whole-line marker (menus, slots and labels are short).
_SHORT_LINE = 160
_MAX_MARKER_WORDS = 60
# Prose: a paragraph that can open the body
_LEDE_WORDS = 10
# Lists that are furniture only below the body (a comment form's labels, an author box)
_BOTTOM_LISTS = frozenset(["comments"])
# How many lines after a bare list intro belong to the list
_LIST_BUDGET = {"tags": 40, "caption": 1, "related": 12, "comments": 10, "author": 3}


@dataclass(slots=True)
class _Unit:
    """One or more raw lines read together (a sentence soft-wrapped over lines)."""

    lines: list[int]
    text: str
    kind: str | None = None  # None: undecided; "body"; or a boilerplate kind
    intro: str | None = None  # a bare list intro (`Baca juga`, `Tags:`): kind of the list
    n_words: int = 0
    n_lower: int = 0
    cap_ratio: float = 0.0
    prose: bool = False
    headline: bool = False
    key: str = ""
    words: frozenset[str] = field(default_factory=frozenset)
    chrome: bool | None = None  # `_chrome`, computed once


def _fold(line: str) -> str:
    # str.split() splits on the same Unicode whitespace as the scorer's `\s` (NBSP included)
    return " ".join(line.split())


def _ends_terminal(text: str) -> bool:
    # end-anchored patterns only ever look at the tail: a 100,000-character line stays cheap
    return bool(_patterns().terminal.search(text, max(0, len(text) - 12)))


def _strip_trail_mark(text: str) -> str:
    """The text without a closing end mark or reporter's initials (`… pemerintah. (daq/fm)`)."""
    p = _patterns()
    m = p.trail_mark.search(text, max(0, len(text) - 40))
    if m:
        text = text[: m.start()]
    m = p.trail_paren.search(text, max(0, len(text) - 100))
    if m and m.start() > 0:
        text = text[: m.start()]
    return text


# Word features of a long paragraph are read from its first characters only (thresholds are small)
_SAMPLE_CHARS = 3000


def _features(unit: _Unit) -> None:
    p = _patterns()
    text = _strip_trail_mark(unit.text)
    long = len(text) > _SAMPLE_CHARS
    words = p.word.findall(text[:_SAMPLE_CHARS] if long else text)
    folded = [w.casefold() for w in words]
    fw = _function_words()
    n_alpha = n_lower = n_content = n_caps = 0
    for w, f in zip(words, folded, strict=True):
        if not w[0].isalpha():
            continue
        n_alpha += 1
        if w[0].islower():
            n_lower += 1
        if f not in fw:
            n_content += 1
            n_caps += w[0].isupper()
    unit.n_words = max(len(words), text.count(" ") + 1) if long else len(words)
    unit.n_lower = n_lower
    unit.cap_ratio = n_caps / n_content if n_content else 0.0
    # `… tersedia di lima puskesmas, yaitu` runs on into a list: a finished sentence all the same
    ends = _ends_terminal(text) or (
        text[-12:].rpartition(" ")[2].casefold() in _list_last_words()
        and bool(p.list_tail.search(text, max(0, len(text) - 24)))
    )
    unit.prose = (
        len(words) >= 4 and n_lower >= 2 and (ends or (len(words) >= 20 and n_lower >= 0.4 * n_alpha))
    )
    unit.headline = (
        3 <= len(words) <= 30
        and not text.endswith((".", ",", ";"))
        and unit.cap_ratio >= 0.6
        and len(text) <= 250
    )
    unit.key = text.casefold() if long else " ".join(folded)
    unit.words = frozenset(folded)


def _marker(text: str, n_words: int) -> tuple[str, str, int] | None:
    """(kind, mode, end of the marker) when the line is site furniture by its markers."""
    p = _patterns()
    if len(text) <= _SHORT_LINE:
        m = p.line.fullmatch(text)
        if m:
            return (*p.kinds[m.lastgroup], m.end())
    if n_words > _MAX_MARKER_WORDS:
        return None
    m = p.start.match(text)
    if not m:
        return None
    kind, mode = p.kinds[m.lastgroup]
    if kind == "related" and n_words >= 12 and p.teaser.match(text):
        # `Baca juga: Judul Berita Kepala Dinas mengatakan …`: a paragraph that opens with a glued
        # teaser keeps its body; the teaser is cut inline
        rest = text[_headline_end(text, p.teaser.match(text).end()) :]
        if len(rest.split()) >= 8 and _ends_terminal(rest):
            return None
    if mode == "intro":
        rest = text[m.end() :].strip()
        if rest and rest[0] not in ":：-–—|»›>" and not rest.startswith(("(", "[")):
            # `Berita terbaru soal banjir membuat warga resah.` is prose, not a teaser
            probe = _Unit([], rest)
            _features(probe)
            if probe.prose and not probe.headline and probe.n_words >= 6 and rest.endswith("."):
                return None
        bare = rest.strip(" :：-–—|»›>")
        # `Related Posts`, `Terpopuler Minggu Ini`: a list heading, not a teaser with its headline
        heading = not bare or (len(bare.split()) <= 3 and not _ends_terminal(bare) and rest[0] not in ":：")
        return kind, ("intro" if heading else "start"), m.end()
    return kind, mode, m.end()


def _chrome(unit: _Unit) -> bool:
    """A short line made of menu and share vocabulary (`Bagikan: Facebook Twitter WhatsApp`),
    or a site prompt (`Dapatkan update berita pilihan … klik link https://t.me/…`)."""
    if unit.chrome is None:
        unit.chrome = _chrome_uncached(unit)
    return unit.chrome


def _chrome_uncached(unit: _Unit) -> bool:
    if 0 < unit.n_words <= 80 and _trailing_prompts(unit.text) == 0:
        return True  # every sentence of the line is a prompt
    if 0 < unit.n_words <= 3 and _patterns().url.search(unit.text):
        return True
    if unit.n_words == 0 or unit.n_words > 15:
        return False
    strong, weak = _chrome_words()
    tokens = [t.strip(".,:;!?()[]\"'“”").casefold() for t in unit.text.split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return True
    n_strong = sum(t in strong for t in tokens)
    n_any = sum(t in strong or t in weak for t in tokens)
    if not n_strong:
        return False
    # `Bagikan: Facebook Twitter WhatsApp`, `Konten Promosi`; all-chrome `Pilihan Untuk Anda`
    return (n_any / len(tokens) >= 0.75 and (n_strong >= 2 or len(tokens) <= 2)) or (
        n_any == len(tokens) and len(tokens) <= 5
    )


def _ad_line(unit: _Unit) -> bool:
    """A short line of ad copy: `Promo Spesial Ramadhan! Diskon 50% untuk Anda`."""
    text = unit.text
    if unit.n_words > 25 or any(q in text for q in '"“”'):
        return False
    p = _patterns()
    return ("!" in text or bool(p.url.search(text))) and _ad_words(text)


@cache
def _reader_words() -> frozenset[str]:
    return frozenset(e.split(" ", 1)[1] for e in load_lines("clean_ad_words.txt") if e.startswith("reader "))


def _ad_words(text: str) -> bool:
    """Ad vocabulary: a word addressing the reader (`Anda`), or two sales words (`Promo … Diskon`)."""
    hits = {m.casefold() for m in _patterns().ad_words.findall(text)}
    return bool(hits & _reader_words()) or len(hits) >= 2


# --------------------------------------------------------------------------- metadata


def _date(text: str) -> str | None:
    """ISO date of the first full date in ``text``, when it is a real calendar date."""
    found = _date_span(text)
    return found[0] if found else None


def _date_span(text: str) -> tuple[str, int, int] | None:
    p = _patterns()
    if not p.year.search(text):
        return None  # every full date has a four-digit year
    for rx in (p.date_named, p.date_english, p.date_numeric, p.date_iso):
        for m in rx.finditer(text):
            month = m["m"]
            month_n = int(month) if month.isdigit() else _months().get(month.casefold())
            try:
                return dt.date(int(m["y"]), month_n or 0, int(m["d"])).isoformat(), m.start(), m.end()
            except ValueError:
                continue
    return None


def _date_line(unit: _Unit) -> str | None:
    """The ISO date of a line that only dates the page (`Rabu, 01 September 2021 | 10:30 WIB`,
    `Oleh Admin - Rabu, 01 September 2021`), not a headline holding a date."""
    if unit.n_words > 16 or len(unit.text) > 120 or unit.prose:
        return None
    found = _date_span(unit.text)
    if found is None:
        return None
    iso, start, end = found
    rest = _patterns().date_rest.sub(" ", unit.text[:start] + " " + unit.text[end:])
    skip = _function_words() | _weekdays() | frozenset(_labels("published") + _labels("reporter:"))
    words = [w for w in rest.split() if w.casefold() not in skip]
    return iso if len(words) <= 2 else None


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
    if not 1 <= len(words) <= 7:
        return False
    fw = _function_words()
    return all(
        w[0].isupper() or not w[0].isalpha() or "/" in w for w in words if w.casefold() not in fw
    ) and not any(ch.isdigit() for ch in text)


def _credit(text: str) -> str | None:
    """The reporter named by a credit line (`Pewarta: Budi`, `Laporan Wartawan X.com, Nama`)."""
    p = _patterns()
    if len(text) > 200:
        return None
    m = p.credit.match(text)
    if not m:
        m = p.credit_after.fullmatch(text)
        if not m or " ".join(m["label"].casefold().split()) in _labels("reporter:"):
            return None
        name = m["rest"].strip()
        if not _name_like(name) or _is_outlet(name) or name.casefold() in _not_reporters():
            return None
        return name
    label = m["label"].casefold()
    rest = m["rest"]
    colon = text[m.start("rest") - 1 : m.start("rest")].strip() in {":", "：", "|", "-", "–"}
    if " ".join(label.split()) in _labels("reporter:") and not colon and len(rest.split()) > 4:
        return None  # `Oleh Budi Santoso` is a credit; `Oleh karena itu, …` is not (and is not name-like)
    head = p.credit_cut.split(rest, maxsplit=1)[0].strip(" ,.:")
    if "," in head:
        before, after = (s.strip() for s in head.split(",", 1))
        if _is_outlet(before) or not before:
            head = after
        elif _is_outlet(after):
            head = before
    head = head.strip(" ,.:")
    words = head.split()
    if len(words) > 1 and p.domain.search(words[0]):
        head = " ".join(words[1:])  # `Laporan Wartawan Tribunnews.com Budi Santoso`
    if not head or not _name_like(head) or _is_outlet(head):
        return None
    if head.casefold() in _not_reporters():
        return None
    return head


@cache
def _not_reporters() -> frozenset[str]:
    return frozenset(load_lines("clean_not_reporters.txt"))


def _byline_paren(content: str) -> str | None:
    content = content.strip()
    p = _patterns()
    if not p.byline_name.fullmatch(content) or any(ch.isdigit() for ch in content):
        return None
    if len(content.split()) > 6 or content.casefold() in _labels("photo"):
        return None  # `(ilustrasi)` closes a caption
    return content


def _is_outlet(part: str) -> bool:
    part = part.strip()
    if not part:
        return False
    if _patterns().domain.search(part):
        return True
    names, suffixes = _outlets()
    words = [w.casefold() for w in part.split()]
    if any(w in names for w in words):
        return True
    last = words[-1] if words else ""
    return any((last.endswith(s) and len(last) > len(s) + 1) or last == s for s in suffixes)


def _place_case(part: str) -> str:
    """`PALANGKA RAYA` -> `Palangka Raya`; mixed case is kept as written."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in part.split())


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
    """Place and outlet that open the first paragraph (`TRIBUNKALTENG.COM, SAMPIT - …`)."""
    p = _patterns()
    m = p.dash.search(text, 0, 90)
    if not m or m.start() < 2:
        m = p.colon.search(text, 0, 60)  # `JAKARTA: …`, `Metrotvnews.com, Jakarta: …`
        if not m or not (text[: m.start()].isupper() or _is_outlet(text[: m.start()].split(",")[0])):
            return None
    head = text[: m.start()].strip()
    after = text[m.end() : m.end() + 200].split()
    if len(after) < 4:
        return None  # `Banjir Rendam Bogor - Kompas` is a page title with the site's name
    if (
        after[0].strip(",").casefold() in _weekdays()
        or (head.split() or [""])[0].casefold() in _credit_words()
    ):
        return None  # `Oleh Admin - Rabu, 01 September 2021` is a credit and date line
    if not head or (head[-1] in ".,;:" and not head.endswith(")")):
        return None
    parts = [s.strip() for s in p.head_split.split(head) if s.strip()]
    if not 1 <= len(parts) <= 3:
        return None
    weekdays = _weekdays()
    kept = []
    for part in parts:
        words = part.split()
        # `Jumat, 03 Mei 2019 - 10:15 WIB` is a date line, not a dateline (`Liputan6.com` is)
        if len(words) > 4 or part.casefold() in weekdays:
            return None
        if any(ch.isdigit() for ch in part) and not _is_outlet(part):
            if (_date(part) or p.short_date.fullmatch(part)) and len(parts) > 1:
                continue  # `Jakarta, 5 Maret 2024 – …`, `Jakarta, 12/3 (ANTARA) –`: the date is not a place
            return None
        for w in words:
            # a place or a masthead is capitalised; `detik.com` is the one lowercase form
            if not (w[0].isupper() or w[0].isdigit() or p.domain.search(w)):
                return None
        kept.append(part)
    place = outlet = None
    for part in kept:
        if _is_outlet(part):
            # `(ANTARA)` is the agency's own spelling; a shouted `TRIBUN-BALI.COM` is not
            in_parens = f"({part})" in head.replace("( ", "(").replace(" )", ")")
            outlet = outlet or (part if in_parens else _outlet_case(part))
        elif place is None:
            place = _place_case(part)
    if place is None and outlet is None:
        return None
    if place is None:
        # `KONTAN.CO.ID - JAKARTA. Harga emas …`: the place follows the outlet, shouted, with a stop
        m2 = p.shout_place.match(text, m.end(), m.end() + 40)
        if m2:
            place = _place_case(m2[1])
    return Dateline(place=place, outlet=outlet)


# --------------------------------------------------------------------------- cleaning


def clean(raw: str) -> CleanedArticle:
    """Split one raw article into body text, page metadata and removed furniture.

    Args:
        raw: the article text as `decode` returns it (any line ends are accepted).

    Returns:
        The cleaned article; every removed line or inline fragment is listed in
        ``boilerplate`` with its 1-based raw line number.

    >>> page = clean(
    ...     "Rabu, 01 September 2021\\n"
    ...     "PALANGKA RAYA – Wakil Wali Kota Umi Mastikah membuka pelatihan rotan bagi pelaku usaha.\\n"
    ...     "Baca juga: Pemprov Bali Hadir, Bantu Tiga Krama Bangli Miliki Rumah Layak Huni\\n"
    ...     "Dia menambahkan bahwa langkah ini adalah bentuk tanggung jawab pemerintah. (daq/fm)\\n"
    ...     "0 Comments\\n"
    ... )
    >>> print(page.text)
    PALANGKA RAYA – Wakil Wali Kota Umi Mastikah membuka pelatihan rotan bagi pelaku usaha.
    Dia menambahkan bahwa langkah ini adalah bentuk tanggung jawab pemerintah.
    >>> page.published, page.byline, page.dateline
    ('2021-09-01', 'daq/fm', Dateline(place='Palangka Raya', outlet=None))
    >>> [(b.line, b.kind) for b in page.boilerplate]
    [(1, 'published'), (3, 'related'), (4, 'byline'), (5, 'comments')]
    """
    if not isinstance(raw, str):
        raise TypeError(f"clean() needs str, got {type(raw).__name__}")
    return _Page(_normalise_newlines(raw)).run()


class _Page:
    """The working state of one `clean` call."""

    def __init__(self, text: str) -> None:
        self.raw = text.split("\n")
        self.folded = [_fold(line) for line in self.raw]
        self.units = self._units()
        self.removed: list[Boilerplate] = []
        self.title: str | None = None
        self.published: str | None = None
        self.byline: str | None = None
        self.credit: str | None = None
        self.hard_end = len(self.units)  # the last unit above a closing `###`

    # ---- grouping

    def _units(self) -> list[_Unit]:
        """Non-blank lines, with soft-wrapped sentence pieces joined into one unit.

        A line that is furniture by its markers is always a unit of its own.
        """
        units: list[_Unit] = []
        prev_line = -2
        prev_marked = True
        memo: dict[str, tuple[str, str, int] | None] = {}
        for i, text in enumerate(self.folded):
            if not text:
                continue
            if text in memo:
                mk = memo[text]
            else:
                mk = _marker(text, text.count(" ") + 1)
                if len(text) <= _SHORT_LINE:
                    memo[text] = mk
            if (
                mk is None
                and not prev_marked
                and prev_line == i - 1
                and self._continues(units[-1].text, text)
            ):
                units[-1].lines.append(i)
                units[-1].text += " " + text
            else:
                unit = _Unit([i], text)
                if mk is not None:
                    unit.kind = mk[0]
                    unit.intro = mk[0] if mk[1] == "intro" else None
                units.append(unit)
            prev_line, prev_marked = i, mk is not None
        for unit in units:
            _features(unit)
        return units

    @staticmethod
    def _continues(prev: str, nxt: str) -> bool:
        """`Bandar Lampung (` + `Lampost.co` + `)` + `— Dinas …`: one sentence over lines."""
        if _ends_terminal(prev):
            return False
        if prev.endswith(("(", "[", "“", ",", "—", "–")) or prev.count("(") > prev.count(")"):
            return True
        first = nxt[0]
        if first.islower() and len(prev) <= 80 and _dates_page(prev):
            return False  # `Senin, 3 Maret 2025 10:00 WIB` dates the page; the paragraph under it is new
        return first in ")]—–,;" or (first.islower() and first.isalpha())

    # ---- classification

    def run(self) -> CleanedArticle:
        units = self.units
        self._teasers_and_duplicates()
        start, end = self._body_region()
        self._classify(start, end)
        self._title_repeats()
        body = self._inline_and_byline()
        for unit in units:
            if unit.kind != "body":
                for i in unit.lines:
                    self.removed.append(
                        Boilerplate(line=i + 1, text=self.folded[i], kind=unit.kind or "navigation")
                    )
        dateline = None
        firsts = [u for u in units if u.kind == "body"][:2]
        for n, unit in enumerate(firsts):
            dateline = _dateline(" ".join(body.get(i, "") for i in unit.lines))
            if n and dateline is not None:
                # below a standfirst, only an unmistakable dateline (`JAKARTA –`, `…, KOMPAS.com –`)
                head = unit.text[:40]
                if not (dateline.outlet or (dateline.place and dateline.place.upper() in head)):
                    dateline = None
            if dateline is not None or unit.n_words >= _LEDE_WORDS * 2:
                break
        text = "\n".join(body[i] for i in sorted(body) if body[i])
        self.removed.sort(key=lambda b: b.line)
        return CleanedArticle(
            text=text,
            title=self.title,
            published=self.published,
            byline=self.credit or self.byline,
            dateline=dateline,
            boilerplate=tuple(self.removed),
        )

    def _teasers_and_duplicates(self) -> None:
        """Keep one copy of a repeated paragraph; a teaser of the lede above it goes."""
        units = self.units
        prose = [u for u in units if u.kind is None and u.prose and u.n_words >= 5]
        # a teaser above the lede: a paragraph whose words mostly reappear in one of the next three
        for k, unit in enumerate(prose[:6]):
            if unit.n_words < _LEDE_WORDS:
                continue
            for later in prose[k + 1 : k + 4]:
                if later.n_words >= unit.n_words * 0.8 and _containment(unit.words, later.words) >= 0.9:
                    unit.kind = "duplicate"
                    break
        seen: dict[str, _Unit] = {}
        for unit in units:
            if unit.kind is not None or unit.n_words < 5:
                continue
            first = seen.get(unit.key)
            if first is None:
                seen[unit.key] = unit
            else:
                unit.kind = "duplicate"
        # later paragraphs that restate the lede (a teaser repeated at the bottom)
        lede: list[_Unit] = []
        for unit in units:
            if unit.kind is not None:
                continue
            if len(lede) < 2:
                if unit.prose and unit.n_words >= _LEDE_WORDS:
                    lede.append(unit)
                continue
            if unit.n_words >= 8:
                for first in lede:
                    if unit.n_words <= first.n_words and _containment(unit.words, first.words) >= 0.9:
                        unit.kind = "duplicate"
                        break

    def _body_region(self) -> tuple[int, int]:
        """Index of the first and of the last paragraph of prose (the body's bounds)."""
        units = self.units
        start = end = None
        for k, unit in enumerate(units):
            if unit.kind is not None:
                continue
            if (unit.prose and unit.n_words >= _LEDE_WORDS) or (unit.n_words >= 7 and _dateline(unit.text)):
                start = k
                break
        if start is None:
            for k, unit in enumerate(units):
                if unit.kind is None and unit.prose:
                    start = k
                    break
        if start is None:
            for k, unit in enumerate(units):
                if unit.kind is None and unit.n_words >= 4 and not unit.headline and not _chrome(unit):
                    start = k
                    break
        if start is None:
            return len(units), len(units) - 1
        # a short first paragraph (`Hujan deras melanda Jakarta kemarin sore.`) still opens the body
        while start > 0:
            unit = units[start - 1]
            if (
                unit.kind is None
                and ((unit.prose and unit.n_words >= 5) or _short_sentence(unit))
                and not unit.headline
                and not _chrome(unit)
                and not _english(unit)
            ):
                start -= 1
            else:
                break
        end = start
        skipped = 0
        last = len(units) - 1
        for k in range(start + 1, len(units)):
            if len(units[k].text) <= 16 and _patterns().hard_end.fullmatch(units[k].text):
                last = self.hard_end = k - 1
                break
        for k in range(last, start, -1):
            unit = units[k]
            if (
                unit.kind is None
                and not unit.headline
                and not _reader_question(unit)
                and not _english(unit)
                and (
                    (unit.prose and unit.n_words >= 5)
                    or (
                        unit.n_words >= 8
                        and unit.n_lower >= 4
                        and not _chrome(unit)
                        and not _patterns().url.search(unit.text)
                        and _periodless(units, k)
                    )
                )
            ):
                if skipped < 2 and self._under_footer(k, start):
                    # `Portal Pati adalah media online yang …` under `Tentang Kami`, `Pedoman Media Siber`
                    unit.kind = "navigation"
                    skipped += 1
                    continue
                end = k
                break
        return start, end

    def _under_footer(self, k: int, start: int) -> bool:
        """Whether two or more short navigation lines (a site footer's links: `Tentang Kami`,
        `Pedoman Media Siber`) part unit ``k`` from the body above; an embedded tweet between two
        paragraphs is navigation too, but its lines are long."""
        nav = 0
        for j in range(k - 1, max(start, k - 12) - 1, -1):
            unit = self.units[j]
            if unit.kind is None and unit.prose:
                return nav >= 2
            # a pager (`Halaman Selanjutnya`, `Halaman 2 dari 2`) leads on to more of the article
            nav += unit.kind == "navigation" and unit.n_words <= 4 and not unit.words & _pager_words()
        return False

    def _classify(self, start: int, end: int) -> None:
        units = self.units
        list_kind: str | None = None
        list_budget = 0
        title_candidates: list[_Unit] = []
        in_list = False  # a bulleted list announced by the last kept paragraph
        last_body: _Unit | None = None
        counts = Counter(u.key for u in units if u.kind is None and u.n_words <= 8 and not u.prose)
        p = _patterns()
        for k, unit in enumerate(units):
            if unit.kind is not None:
                # `Leave a Reply`, then `Your email address …`, then `Name *`, `Email *`: one form
                form_field = list_kind == "comments" and unit.kind == "share" and unit.n_words <= 3
                if unit.intro is None and (unit.kind == list_kind or form_field) and list_budget and k > end:
                    unit.kind = list_kind  # a form's `Email *` field is no share button
                    continue
                list_kind = unit.intro
                list_budget = _LIST_BUDGET.get(unit.intro, 12) if unit.intro else 0
                if list_kind == "related" and k < end:
                    list_budget = 3  # inside the body a teaser box holds a headline or three
                continue
            # the short lines after a bare `Baca juga` / `Berita terkait` / `Tags:` (above the body
            # everything goes anyway, and a `Headline News` strip must not swallow the title)
            if list_kind and list_budget and k > start and (list_kind not in _BOTTOM_LISTS or k > end):
                if list_kind == "tags":
                    fits = unit.n_words <= 8 and not unit.prose
                elif list_kind == "caption":
                    fits = unit.n_words <= 50 and (not unit.prose or _caption(unit.text))
                elif list_kind == "author":
                    fits = unit.n_words <= 80  # the name, the photo credit, the short biography
                else:
                    fits = unit.headline or (not unit.prose and unit.n_words <= 20)
                if fits:
                    unit.kind = list_kind
                    list_budget -= 1
                    continue
                list_kind = None
            name = _credit(unit.text)
            if name and unit.n_words <= 16 and not unit.prose:
                unit.kind = "byline"
                self.credit = self.credit or name
                if k < start and self.published is None:
                    self.published = _date(unit.text)  # `Reporter: Budi | Senin, 12 Februari 2024`
                continue
            if p.mark_only.fullmatch(unit.text):
                unit.kind = "endmark"
                continue
            if k < start:
                self._top(unit, title_candidates)
            elif k > end:
                self._bottom(unit, k, last_body, in_list, adjacent=units[k - 1].kind == "body")
                if unit.kind in ("body", "related") and k > self.hard_end:
                    unit.kind = "navigation"  # `Tentang Bank Jateng …` under a release's `###`
                in_list = unit.kind == "body"
            else:
                if _chrome(unit):
                    unit.kind = _chrome_kind(unit)
                elif _ad_line(unit):
                    unit.kind = "ad"
                elif k <= start + 3 and self.published is None and (iso := _date_line(unit)):
                    # `Selasa, 1 April 2025 | 14:00 WIB` under a standfirst, above the lede
                    unit.kind = "published"
                    self.published = iso
                elif k < end and unit.n_words <= 50 and _caption(unit.text):
                    unit.kind = "caption"  # `… Jumat (15/3/2024). (KOMPAS.com/ADITYA)` under a photo
                elif counts[unit.key] >= 2 and unit.n_words <= 8 and not unit.prose:
                    unit.kind = "duplicate"
                else:
                    unit.kind = "body"
            if unit.kind == "body":
                last_body = unit
        self._pick_title(title_candidates)

    def _top(self, unit: _Unit, title_candidates: list[_Unit]) -> None:
        iso = _date_line(unit)
        if iso:
            unit.kind = "published"
            self.published = self.published or iso
        elif _chrome(unit):
            unit.kind = _chrome_kind(unit)
        elif unit.n_lower >= 3 and unit.n_words <= 60 and _caption(unit.text):
            unit.kind = "caption"  # `Wali Kota … saat meninjau … Foto: Dok. Humas` under the headline
        elif self._title_like(unit):
            unit.kind = "title"
            title_candidates.append(unit)
        else:
            unit.kind = "navigation"

    @staticmethod
    def _title_like(unit: _Unit) -> bool:
        """A headline above the body: title case, or a sentence-case line with no final period."""
        p = _patterns()
        if p.camel.search(unit.text) or len(p.crumb.findall(unit.text)) >= 2:
            return False  # `BangliEkonomi BisnisSeni` (a menu), `Beranda / Daerah / Jateng` (breadcrumbs)
        if len(p.clock.findall(unit.text)) >= 2 or "°" in unit.text:
            return False  # `Jadwal Sholat: Subuh 04:35 Dzuhur 11:58`, `Jakarta 31°C`: a widget
        if unit.headline:
            return True
        return (
            5 <= unit.n_words <= 30
            and not unit.text.endswith((".", ",", ";", ":"))
            and unit.n_lower < unit.n_words
        )

    def _bottom(self, unit: _Unit, k: int, prev: _Unit | None, in_list: bool, adjacent: bool) -> None:
        p = _patterns()
        if len(unit.lines) == 1:
            m = p.trail_paren.fullmatch(unit.text)
            if m and _byline_paren(m[1]):
                unit.kind = "byline"
                self.byline = self.byline or _byline_paren(m[1])
                return
        if (
            (p.bullet.match(unit.text) or (unit.n_words <= 20 and p.list_field.match(unit.text)))
            and not _chrome(unit)
            and prev is not None
            and (in_list or p.berikut.search(prev.text[-300:]))
        ):
            unit.kind = "body"
            return
        iso = _date_line(unit)
        if iso and p.published_label.search(unit.text):
            unit.kind = "published"
            self.published = self.published or iso
        elif iso:
            unit.kind = "related"  # the date under a related headline, not the page's own
        elif (
            (
                unit.prose
                or (adjacent and _periodless(self.units, k) and unit.n_words >= 6 and unit.n_lower >= 3)
                # `"Kami siap," katanya.`, `Mengapa begitu?`: a one-sentence paragraph right under the body
                or (adjacent and _short_sentence(unit))
            )
            and not _english(unit)
            and not _reader_question(unit)
            and not (
                # a question in sentence case (`Bagaimana persahabatannya dengan Aldo?`) is no headline
                (unit.headline and not (adjacent and unit.cap_ratio < 1 and _short_sentence(unit)))
                or _chrome(unit)
            )
        ):
            # a closing sentence, even one without its period when the paragraph before it has none
            # either (a page that drops them; a sentence-case headline list under a finished
            # paragraph is not body)
            unit.kind = "body"
        elif _chrome(unit):
            unit.kind = _chrome_kind(unit)  # `Bagikan ke: Facebook Twitter WhatsApp` is title case too
        elif unit.headline:
            unit.kind = "related"
        else:
            unit.kind = "navigation"

    def _pick_title(self, candidates: list[_Unit]) -> None:
        self._pick_title_text(candidates)
        if self.title is None:
            return
        key = self.title.casefold()
        for unit in candidates:
            # `PEMERINTAH KABUPATEN BANYUMAS`, a site name or a strip above the headline: the
            # headline-like lines that are not the headline (nor a copy of it) are page chrome
            if key not in unit.text.casefold():
                unit.kind = "navigation"

    def _pick_title_text(self, candidates: list[_Unit]) -> None:
        if not candidates:
            return
        candidates = candidates[-8:]  # the headline sits just above the body
        best = None
        for a in candidates:
            for b in candidates:
                if a is not b and b.text.startswith(a.text) and len(b.text) > len(a.text):
                    best = a  # `Judul - Nama Situs` (the <title>) and `Judul` (the <h1>)
        if best is None:
            # a title-case headline beats a sentence-case line (a standfirst without its period)
            # … and a line with a function word, a number or a comma beats a bare run of section
            # names (`Beranda Profil Desa Pemerintahan Data Desa Lapak Peta`, a menu)
            best = max(candidates, key=lambda u: (u.headline, _sentence_like(u), u.n_words))
            # `Judul Berita | Nama Situs`, `Judul Berita - Harian Koridor`: the site's name goes
            m = _patterns().site_suffix.search(best.text)
            if (
                m
                and len(m["site"].split()) <= 4
                and len(best.text[: m.start()].split()) >= 3
                and (m["sep"] == "|" or _is_outlet(m["site"]))
            ):
                self.title = best.text[: m.start()].strip()
                return
        self.title = best.text

    def _title_repeats(self) -> None:
        """A subheading that repeats the headline is not body."""
        if not self.title:
            return
        key = " ".join(_patterns().word.findall(self.title)).casefold()
        for unit in self.units:
            if unit.kind == "body" and unit.key == key:
                unit.kind = "title"

    # ---- inside body lines

    def _inline_and_byline(self) -> dict[int, str]:
        """Body lines with inline furniture cut out; the closing byline taken off."""
        p = _patterns()
        body: dict[int, str] = {}
        body_units = [u for u in self.units if u.kind == "body"]
        for unit in body_units:
            for i in unit.lines:
                body[i] = self._cut_inline(i, self.folded[i])
        # end marks and the reporter's initials at the end of the last paragraph
        for unit in reversed(body_units):
            i = unit.lines[-1]
            line = body.get(i, "")
            if not line:
                continue
            cut = _trailing_prompts(line)
            if cut is not None and cut > 0:
                # `… katanya. Simak breaking news … di ponselmu. Pastikan kamu sudah install aplikasi …`
                self.removed.append(Boilerplate(line=i + 1, text=line[cut:].strip(), kind="share"))
                line = line[:cut].rstrip()
            m = p.trail_mark.search(line, max(0, len(line) - 40))
            if m:
                self.removed.append(Boilerplate(line=i + 1, text=m[0].strip(), kind="endmark"))
                line = line[: m.start()].rstrip()
            m = p.trail_credit.search(line, max(0, len(line) - 160))
            if m and m.start() > 0:
                frag = m[0].strip()
                name = _credit(frag.strip("()"))
                self.credit = self.credit or name
                self.removed.append(Boilerplate(line=i + 1, text=frag, kind="byline" if name else "editor"))
                line = line[: m.start()].rstrip()
            m = p.trail_paren.search(line, max(0, len(line) - 100))
            if m and _byline_paren(m[1]) and m.start() > 0:
                self.byline = self.byline or _byline_paren(m[1])
                self.removed.append(Boilerplate(line=i + 1, text=m[0].strip(), kind="byline"))
                line = line[: m.start()].rstrip()
            body[i] = line
            break
        return body

    def _cut_inline(self, i: int, line: str) -> str:
        p = _patterns()
        if len(line) < 30:
            return line
        cuts: list[tuple[int, int, str]] = []
        for m in p.teaser.finditer(line):
            end = _headline_end(line, m.end())
            # `Baca juga: Judul Satu Baca juga: Judul Dua …`: teasers in a row, no stop between
            while (again := p.teaser_next.match(line, end)) is not None:
                end = _headline_end(line, again.end())
            cuts.append((m.start(), end, "related"))
        for m in p.inline.finditer(line):
            cuts.append((m.start(), m.end(), p.kinds[m.lastgroup][0]))
        m = p.trail_mark.search(line, max(0, len(line) - 40))
        if m and m.start() > 0:
            cuts.append((m.start(), m.end(), "endmark"))
        cuts.extend(_ad_copy(line, cuts))
        if not cuts:
            return line
        cuts.sort()
        merged: list[list] = []
        for s, e, kind in cuts:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, kind])
        pieces, pos, found = [], 0, []
        for s, e, kind in merged:
            frag = line[s:e].strip()
            if frag:
                found.append(Boilerplate(line=i + 1, text=frag, kind=kind))
            pieces.append(line[pos:s])
            pos = e
        pieces.append(line[pos:])
        rest = _fold(" ".join(pieces))
        if not p.has_word.search(rest):
            # `ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT`: the whole line was furniture
            found = [Boilerplate(line=i + 1, text=line, kind=found[0].kind if found else "navigation")]
            rest = ""
        self.removed.extend(found)
        return rest


def _periodless(units: list[_Unit], k: int) -> bool:
    """Whether the text above unit ``k`` drops its final periods too (then a sentence without one
    is still body), rather than ending a finished paragraph (`… dua karung beras.`)."""
    for unit in units[max(0, k - 12) : k][::-1]:
        if unit.kind not in (None, "body"):
            continue
        text = unit.text
        if text.endswith(":"):
            return True  # `Pedagang menyebut tiga penyebab kenaikan:` announces a list
        if _ends_terminal(text):
            return False
    return True


@cache
def _english_words() -> frozenset[str]:
    return frozenset(load_lines("clean_english_words.txt"))


def _english(unit: _Unit) -> bool:
    """An English sentence on an Indonesian page: a player's or an embed's chrome
    (`This is a modal window.`, `Video Player is loading.`), not the article."""
    if unit.n_words < 3 or unit.n_words > 30 or unit.words & _indonesian_words():
        return False
    if any(q in unit.text for q in '"“”'):
        return False  # a quote in English is somebody's words
    return sum(w in _english_words() for w in unit.words) * 3 >= len(unit.words)


@cache
def _indonesian_words() -> frozenset[str]:
    return _function_words() - _english_words()


def _sentence_like(unit: _Unit) -> bool:
    """Whether a headline-like line reads as a sentence (a function word, a number, a comma or a
    colon) rather than as a list of names."""
    return bool(unit.words & _function_words()) or any(ch.isdigit() or ch in ",:?" for ch in unit.text)


def _reader_question(unit: _Unit) -> bool:
    """`Bagaimana reaksi Anda tentang artikel ini?` under the body: a prompt, not the article."""
    return unit.n_words <= 15 and unit.text.endswith("?") and bool(unit.words & _reader_words())


def _short_sentence(unit: _Unit) -> bool:
    """A sentence too short to count as prose (`Untuk apa?`, `Angkatan perang terpecah.`): it opens
    with a capital or a quote, ends with a full stop, question or exclamation mark, holds a
    lowercase word, and neither addresses the reader (`Apa pendapat Anda?`) nor links anywhere."""
    text = unit.text
    if unit.n_words > 12 or unit.n_lower < 1 or not (text[0].isupper() or text[0] in "\"“‘'"):
        return False
    if not _patterns().short_stop.search(text, max(0, len(text) - 6)):
        return False
    if _patterns().url.search(text) or _ad_words(text) or _chrome(unit):
        return False
    return not (unit.words & _reader_words())


def _caption(text: str) -> bool:
    """A photo caption: words, then the photo credit (`… (KOMPAS.com/ADITYA)`, `… (Foto: Dok. Humas)`)."""
    m = _patterns().caption_credit.search(text, max(0, len(text) - 120))
    return bool(m) and m.start() > 0


def _containment(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a) if a else 0.0


def _headline_end(line: str, start: int) -> int:
    """Where a teaser headline glued into a paragraph ends (`Baca Juga : Judul Berita Kalimat …`).

    Headlines are title case; the body resumes at the capitalised word that opens a
    lowercase run (`… Dana Desa Eva mengungkapkan …`), at a word that usually opens a
    sentence (`… Kecamatan Kepala Dinas Perdagangan mengatakan …`) or at an opening quote.
    """
    fw = _function_words()
    openers = _sentence_openers()
    end = start  # end of the headline accepted so far
    stop_after: int | None = None
    run: list[tuple[int, str, bool]] = []  # (headline end before it, word, is a function word)
    p = _patterns()
    for n, m in enumerate(p.token.finditer(line, start)):
        if n >= 30:
            break
        tok = m.group()
        if tok[0] in '"“‘«' or (tok[0] in "BbSsLl" and p.teaser_next.match(line, m.start())):
            break  # a quote opens the body again, or the next teaser follows
        core = tok.strip("\"“”'‘’,.:;!?()[]")
        if not core:
            end = m.end()
        elif core[0].isupper() or core[0].isdigit() or core[0] == "+":
            run.append((end, core.casefold(), False))
            end = m.end()
            if tok.endswith(("?", "!")):
                stop_after = end  # `… Penceramah Agama? Kasatpol PP …`: a sentence may start here
        elif core.casefold() in fw:
            run.append((end, core.casefold(), True))
            end = m.end()
        else:
            # a lowercase content word: its sentence began at a capitalised word of the last run
            caps = [(before, word) for before, word, is_fw in run if not is_fw]
            if not caps:
                return start
            last_fw = max((i for i, (_, _, is_fw) in enumerate(run) if is_fw), default=-1)
            tail = [(before, word) for before, word, is_fw in run[last_fw + 1 :] if not is_fw]
            fallback = not tail
            tail = tail or caps[-1:]
            # `Bupati X Resmikan …` opens the headline itself: an opener counts after its start only
            openers_at = [before for before, word in tail if word in openers and before > start]
            if openers_at:
                return max(openers_at)
            if stop_after is not None and stop_after > start and (fallback or stop_after >= tail[0][0]):
                return stop_after
            return tail[-1][0]
    return end


@cache
def _pager_words() -> frozenset[str]:
    return frozenset(_labels("pager"))


@cache
def _list_last_words() -> frozenset[str]:
    """Last words of the labels that announce a list (`yaitu`, `antara lain` -> `lain`)."""
    return frozenset(w.split()[-1] for w in _labels("list"))


@cache
def _sentence_openers() -> frozenset[str]:
    return frozenset(load_lines("clean_sentence_openers.txt"))


def _sentence_starts(line: str, tail: int = 3000) -> list[int]:
    """Where the sentences of the line's last ``tail`` characters start: after `.`, `!` or `?` (and
    a closing quote) before a capital or a quote."""
    first = max(0, len(line) - tail)
    return [first] + [m.end() for m in _patterns().sentence_break.finditer(line, first)]


def _prompt_score(text: str) -> tuple[int, bool]:
    p = _patterns()
    return len(p.chrome_phrase.findall(text)), bool(p.url.search(text))


def _trailing_prompts(line: str) -> int | None:
    """Start of the site prompts (follow us, install our app) glued to the end of a paragraph."""
    starts = _sentence_starts(line)[-8:]
    ends = [*starts[1:], len(line)]
    cut = None
    for start, end in zip(reversed(starts), reversed(ends), strict=True):
        phrases, url = _prompt_score(line[start:end])
        if phrases >= 2 or (phrases and url):
            cut = start
        elif not (phrases or url):
            break
    return cut


def _ad_copy(line: str, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Unquoted `… Anda!` sentences: ad copy glued into a paragraph."""
    if "!" not in line:
        return []
    p = _patterns()
    out: list[tuple[int, int, str]] = []
    depth = 0
    chained = False
    bounds = sorted(e for _, e, _ in cuts)
    for m in p.sentence.finditer(line):
        s, e = m.span()
        seg = m.group()
        # a sentence cannot start inside a cut: begin after the last cut that ends in it
        for b in bounds:
            if s < b < e:
                s = b
        seg = line[s:e]
        quoted = depth > 0 or any(q in seg for q in '"“”')
        for ch in seg:
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth = max(0, depth - 1)
            elif ch == '"':
                depth = 0 if depth else 1
        if (
            seg.rstrip().endswith("!")
            and not quoted
            and len(seg.split()) <= 40
            and (chained or _ad_words(seg))
        ):
            out.append((s + (len(seg) - len(seg.lstrip())), e, "ad"))
            chained = True
            continue
        chained = False
    return out
