"""The cleaner's data: word lists of ``resources/clean_*.txt`` and the patterns built on them.

Everything here is read once, on first use (`functools.cache`). `_patterns` is the table of
compiled patterns: the markers of site furniture (``clean_markers.txt``), credit labels, and
the shapes of text (words, sentence ends, dashes, URLs) that need no word list.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import regex

from ..resources import load_lines, load_table
from ..text.patterns import alternation, required_literals
from ..text.tokens import DASHES
from ..text.words import common_words, outlet_words, word_set
from .kinds import Label, LineKind, MarkerMode


class _Patterns(NamedTuple):
    line: regex.Pattern[str]
    start: regex.Pattern[str]
    inline: regex.Pattern[str]
    inline_parts: tuple[tuple[LineKind, regex.Pattern[str]], ...]  # each inline marker alone
    inline_needs: tuple[frozenset[str] | None, ...]  # each one's required_literals (None: unknown)
    inline_literals: frozenset[str]  # every string of inline_needs, each once
    kinds: dict[str, tuple[LineKind, MarkerMode]]  # group name -> (kind, mode)
    teaser: regex.Pattern[str]
    teaser_next: regex.Pattern[str]
    word: regex.Pattern[str]
    terminal: regex.Pattern[str]
    trail_mark: regex.Pattern[str]
    trail_paren: regex.Pattern[str]
    bullet: regex.Pattern[str]
    list_glyph: regex.Pattern[str]
    code_line: regex.Pattern[str]
    initials_code: regex.Pattern[str]
    camel: regex.Pattern[str]
    dash: regex.Pattern[str]
    domain: regex.Pattern[str]
    credit: regex.Pattern[str]
    credit_after: regex.Pattern[str]
    credit_cut: regex.Pattern[str]
    credit_later: regex.Pattern[str]
    credit_label: regex.Pattern[str]
    editor_label: regex.Pattern[str]
    sentence: regex.Pattern[str]
    berikut: regex.Pattern[str]
    list_tail: regex.Pattern[str]
    list_field: regex.Pattern[str]
    hard_end: regex.Pattern[str]
    clock: regex.Pattern[str]
    temperature: regex.Pattern[str]
    dated_close: regex.Pattern[str]
    mark_only: regex.Pattern[str]
    byline_name: regex.Pattern[str]
    ad_words: regex.Pattern[str]
    site_suffix: regex.Pattern[str]
    title_parts: regex.Pattern[str]
    head_split: regex.Pattern[str]
    short_date: regex.Pattern[str]
    date_rest: regex.Pattern[str]
    token: regex.Pattern[str]
    has_word: regex.Pattern[str]
    crumb: regex.Pattern[str]
    published_label: regex.Pattern[str]
    colon: regex.Pattern[str]
    soft_dash: regex.Pattern[str]
    short_domain: regex.Pattern[str]
    spaced_dash: regex.Pattern[str]
    inter_caps: regex.Pattern[str]
    caps_then_lower: regex.Pattern[str]
    open_photo_credit: regex.Pattern[str]
    trail_credit: regex.Pattern[str]
    credit_start: regex.Pattern[str]
    closing_author: regex.Pattern[str]
    slash_source: regex.Pattern[str]
    slashed_writer: regex.Pattern[str]
    bracketed_writer: regex.Pattern[str]
    stop: regex.Pattern[str]
    masthead_camel: regex.Pattern[str]
    masthead_inner_cap: regex.Pattern[str]
    masthead_number: regex.Pattern[str]
    lead_date_rest: regex.Pattern[str]
    view_counter: regex.Pattern[str]
    outlet_credit: regex.Pattern[str]
    paired_credit: regex.Pattern[str]
    glued_masthead: regex.Pattern[str]
    url: regex.Pattern[str]
    image_markup: regex.Pattern[str]
    captioned_image: regex.Pattern[str]
    lone_number: regex.Pattern[str]
    chrome_phrase: regex.Pattern[str]
    sentence_break: regex.Pattern[str]
    caption_credit: regex.Pattern[str]
    photo_trail: regex.Pattern[str]
    photo_line: regex.Pattern[str]
    short_stop: regex.Pattern[str]
    quote_tag: regex.Pattern[str]
    shout_place: regex.Pattern[str]
    bar_place: regex.Pattern[str]
    title_place: regex.Pattern[str]
    title_comma: regex.Pattern[str]
    comma_place: regex.Pattern[str]
    dash_masthead: regex.Pattern[str]
    glued_place: regex.Pattern[str]
    iso_stamp: regex.Pattern[str]
    shouted_start: regex.Pattern[str]
    shouted_bare: regex.Pattern[str]
    month_line: regex.Pattern[str]
    bare_dateline: regex.Pattern[str]
    caption_label: regex.Pattern[str]
    kicker_label: regex.Pattern[str]
    agency_dateline: regex.Pattern[str]
    comma_agency_dateline: regex.Pattern[str]
    bracket_dateline: regex.Pattern[str]
    bracket_place: regex.Pattern[str]
    shouted_pair: regex.Pattern[str]
    glued_file: regex.Pattern[str]
    region_initials: regex.Pattern[str]


_EDGE = r"[\s\p{P}\p{S}]"
# A machine stamp of the page's own date beside the date it writes out (`Minggu, Februari 05, 2023 |
# 17:40 WIB Last Updated 2023-02-05T10:40:02Z`): no further words of the date line
_PAGE_STAMP = r"\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\w)"

# An agency's dateline inside the first paragraph, behind a standfirst glued before it (`… produk
# pertanian Jakarta (ANTARA) - Menteri …`), a lost space too (`… tidak perlu dikhawatirkanJakarta
# (ANTARA) -`, `… tahun 2022.Bengaluru (ANTARA) -`): the place and the agency; the standfirst may
# end in a bracket, a comma, a number or capitals (`… (politik identitas)Jakarta (ANTARA) -`, `…
# kepada polisi,Ambon (ANTARA) -`, `… layanan PSC 119Biak (ANTARA) -`, `… pembangunan IKNJakarta
# (ANTARA) -`); a colon may stand for the dash (`… Terima BLT-DD Pesawaran (Lampost.co): Sebanyak …`,
# four news-raw pages of one outlet's headline glued before its dateline); a wire release names the
# agency and its source with a slash, one or two words, and only before that bracket may a comma
# close the place (`… IndividualTokyo, (ANTARA/PRNewswire)- Casio …`; `… panen raya, Senin, (ANTARA)
# - …` is none); the cleaner checks the agency and the wire and gives the place's and the agency's
# spans (`meta.agency_dateline_spans`), which the entity finder reads (`ner.entities.page`)
_AGENCY_DATELINE = (
    r"(?<=[\s\p{Ll}\p{Lu}\d.,!?)\"”’])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:,(?= \([^()/]+/))?"
    r" \((\p{Lu}[\p{L}.]{2,30}(?:/\p{Lu}[\p{L}.]{1,30}(?: \p{Lu}[\p{L}.]{1,30})?)?)\)"
    r"(?:\s*(?:--|[-–—])|:)\s+(?=\p{Lu})"
)
#: How far into the first paragraph an agency's dateline may stand behind a standfirst (a sentence
#: or two; `meta.agency_dateline_spans`)
AGENCY_DATELINE_CHARS = 400


def teaser_at() -> regex.Pattern[str]:
    """A glued related-article teaser's opening words (`Baca juga:`, `Simak:`) where matched:
    the entity finder ends a name before them (`ner.entities`)."""
    return _patterns().teaser_next


@cache
def _patterns() -> _Patterns:
    """Every pattern of the cleaner, compiled once on first use."""
    return _Patterns(
        **_marker_patterns(),
        **_end_and_label_patterns(),
        **_photo_credit_patterns(),
        **_credit_patterns(),
        **_source_patterns(),
        **_shape_patterns(),
        **_code_patterns(),
        **_sentence_patterns(),
        **_dateline_patterns(),
        **_outlet_dateline_patterns(),
        **_furniture_patterns(),
    )


_FLAGS = regex.IGNORECASE | regex.VERSION1
#: The endings of a web address (`Kompas.com`, `Republika.co.id`, `Kompas.tv`, `DETIKSATU.online`),
#: one list for the readers of one: this module's, the dateline's glued place (meta
#: `_DOMAIN_THEN_PLACE`) and the entities' glued word (`_GLUED`). Two keep their own: `glued_masthead`
#: its shouted endings (`TRIBUNNEWS.COM`, `.CO.ID` read whole) and the entities' outlet word
#: (`_DOMAIN`: taken wider, it makes `Sciencemag.org`, `worldcrops.org` organisations)
WEB_ENDINGS = r"com|co|id|net|org|news|tv|info|web|my|online"
#: A web address as a credit writes its outlet (`TribunWow.com`, `Bobo.id`, `Republika.co.id`,
#: `Jabar.tribunnews.com`, `Intisari-Online.com`, `Kompas.tv`).
_WEB_ADDRESS = rf"(?:[\w-]{{2,30}}\.){{1,3}}(?:{WEB_ENDINGS})"
#: The characters one of which every match of the ``dash`` pattern holds (each branch takes an en
#: or em dash or a hyphen, none of which has a case) and of ``soft_dash`` (a bar, an underscore or
#: a tilde): a window holding none of them has no match (`marked_search`). The dashes are the
#: tokenizer's own (text/tokens.py `DASHES`).
DASH_MARKS = DASHES
SOFT_DASH_MARKS = "|_~"


def marked_search(
    rx: regex.Pattern[str], marks: Iterable[str], text: str, end: int
) -> regex.Match[str] | None:
    """``rx.search(text, 0, end)``, or None at once where ``text[:end]`` holds none of ``marks``, the
    characters or strings one of which each of its matches holds (`DASH_MARKS`; an agency's
    dateline: its bracket, or the double dash after its outlet). An ``in`` test is a hundredth
    of the cost of these patterns' search, which tries every position; most windows hold no mark
    (dev and news-raw 0-199: 83% of the dateline's dash searches, nearly all its soft ones)."""
    window = text[:end]
    if not any(mark in window for mark in marks):
        return None
    return rx.search(text, 0, end)


# a count of page views, perhaps shortened to thousands (`2.1k`, `1,2 rb`)
_VIEWS = r"\d[\d.,]*+(?:\s?(?:k|rb|ribu))?"


def _marker_groups() -> tuple[dict[MarkerMode, list[str]], dict[str, tuple[LineKind, MarkerMode]]]:
    """The markers of ``clean_markers.txt`` as named groups by mode, and each group's (kind, mode)."""
    groups: dict[MarkerMode, list[str]] = {MarkerMode.LINE: [], MarkerMode.START: [], MarkerMode.INLINE: []}
    kinds: dict[str, tuple[LineKind, MarkerMode]] = {}
    for n, (kind, mode, rx) in enumerate(load_table("clean_markers.txt")):
        if rx.startswith("(?-i)"):
            rx = "(?-i:" + rx[5:] + ")"
        name = f"m{n}"
        kind, mode = LineKind(kind), MarkerMode(mode)  # an unknown kind or mode in the data fails here
        kinds[name] = (kind, mode)
        groups[MarkerMode.START if mode is MarkerMode.INTRO else mode].append(f"(?P<{name}>{rx})")
    return groups, kinds


def _marker_part(
    rx: str, kinds: dict[str, tuple[LineKind, MarkerMode]], flags: int
) -> tuple[LineKind, regex.Pattern[str]]:
    """One marker's named group compiled alone, with its kind."""
    compiled = regex.compile(rx, flags)
    name = next(name for name, index in compiled.groupindex.items() if index == 1)
    return kinds[name][0], compiled


def _teaser_patterns() -> dict[str, regex.Pattern[str]]:
    """A glued related-article teaser's opening words (`Baca juga:`) and a related box's heading
    (`Pilihan Redaksi`), from the teaser labels of ``clean_labels.txt``."""
    teaser = alternation(f for w in _labels(Label.TEASER) for f in (w.capitalize(), w.upper()))
    also = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _labels(Label.TEASER_ALSO))
    box = alternation(f for w in _labels(Label.TEASER_BOX) for f in (w.title(), w.upper()))
    return dict(
        teaser_next=regex.compile(
            rf"\s*(?:(?:{teaser})\s*(?:{also})(?!\p{{Ll}})\s*[:：]?|(?:{teaser})\s*[:：])\s*"
        ),
        # a teaser opens after a sentence's end; with its colon after `juga` after any word too
        # (`… Sumber: Reuters Baca juga: …`, `… pada Juni 2023 Baca juga: …`, `… WITH CONTENT Lihat
        # Juga : …` behind an ad's words cut out)
        teaser=regex.compile(
            rf"(?<=^|[.!?\"”’)\]]\s*)(?:(?:{teaser})\s*(?:{also})(?!\p{{Ll}})\s*[:：]?|(?:{teaser})\s*[:：])\s*"
            rf"|(?<=\S\s)(?:{teaser})\s*(?:{also})\s*[:：]\s*"
            # `… jelas Kadis Baca: Bupati Resmikan Pasar …`: its colon and a capitalised headline, no `juga`
            rf"|(?<=\S\s)(?:{teaser})\s*[:：]\s*(?=\p{{Lu}}|\d)"
            # `… mendatang. Pilihan Redaksi Daftar 8 Tim …`: a related box's heading, capitalised
            rf"|(?<=\S\s)(?:{box})\s*[:：]?\s+(?=\p{{Lu}}|\d)",
            regex.VERSION1,
        ),
    )


def _marker_patterns() -> dict[str, object]:
    """Site furniture by its words: the markers of ``clean_markers.txt``, teasers, chrome and ads."""
    groups, kinds = _marker_groups()
    flags = _FLAGS
    needs = tuple(required_literals(rx, flags) for rx in groups[MarkerMode.INLINE])
    return dict(
        **_teaser_patterns(),
        line=regex.compile(rf"{_EDGE}*(?:{'|'.join(groups[MarkerMode.LINE])}){_EDGE}*", flags),
        start=regex.compile(rf"{_EDGE}{{0,4}}(?:{'|'.join(groups[MarkerMode.START])})", flags),
        inline=regex.compile("|".join(groups[MarkerMode.INLINE]), flags),
        inline_parts=tuple(_marker_part(rx, kinds, flags) for rx in groups[MarkerMode.INLINE]),
        inline_needs=needs,
        inline_literals=frozenset().union(*(n for n in needs if n is not None)),
        kinds=kinds,
        chrome_phrase=regex.compile(
            r"\b(?:" + "|".join(regex.escape(w) for w in load_lines("clean_chrome_phrases.txt")) + r")\b",
            flags,
        ),
        ad_words=regex.compile(
            r"\b(?:" + "|".join(regex.escape(row.word) for row in load_table("clean_ad_words.txt")) + r")\b",
            flags,
        ),
    )


def _end_and_label_patterns() -> dict[str, object]:
    """A body's end marks, and the labels of lists and of date lines (what else a date line holds)."""
    flags = _FLAGS
    endmark = _alt(_labels(Label.ENDMARK))
    counter = _alt(_labels(Label.COUNTER))
    return dict(
        trail_mark=regex.compile(
            # `(*)`, `(*1)`, `***`, `… katanya.*` (a star after the last stop, glued or a space
            # apart: `… katanya. *`), `(Bersambung)`, and an empty credit slot after the last stop
            # (`… ujarnya.()`, `… masyarakat.[]`, its bracket left open: `… aktif. (`) or a table's empty
            # fields (`… tandasnya., , ,`)
            rf"\s*(?:\(\s*\*+\s*\d?\s*\)|\*{{3,}}|(?<=[.!?\"”’)]\s{{0,3}})(?:\*{{1,2}}|\(\s*\)?|\[\s*\]?|,[\s,]{{0,12}})"
            rf"|\(\s*(?:{endmark})\s*\)|-\s*(?:{endmark})\s*-)\s*$",
            flags,
        ),
        # a press release's or a story's closing mark: the body is over (`***` also parts scenes)
        hard_end=regex.compile(rf"#{{3,}}|[-–(]\s*(?:{endmark})\s*[-–)]", flags),
        mark_only=regex.compile(rf"[\s*#~=_\-–—.•·]+|\(\s*\*+\s*\)|\(\s*(?:{endmark})\s*\)", flags),
        berikut=regex.compile(rf"\b(?:{_alt(_labels(Label.LIST))})\b|:\s*$", flags),
        list_tail=regex.compile(rf"\b(?:{_alt(_labels(Label.LIST))})\s*$", flags),
        published_label=regex.compile(rf"\b(?:{_alt(_labels(Label.PUBLISHED))})\b", flags),
        # what else a date line holds: a clock time and its zone, separators
        date_rest=regex.compile(
            rf"\b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\b|{_PAGE_STAMP}"
            rf"|\b(?:{_alt(_labels(Label.ZONE))})\b|[|•·,:()\[\]/–—»›-]+"
            # a view counter (`Dibaca 856 kali`, `1.234 views`)
            rf"|\b(?:{counter})\s*:?\s*\d[\d.,]*+(?:\s*(?:{counter}))?\b|\b\d[\d.,]*+\s*(?:{counter})\b",
            flags,
        ),
        # `… 13:33 2.1k Dibaca`, `Dibaca 856 kali`: a page-view counter behind the header's date stamp, its
        # figure perhaps shortened (`2.1k`, `1,2 rb`): site chrome
        view_counter=regex.compile(
            rf"\s*(?:(?:{counter})\s*:?\s*{_VIEWS}(?:\s*(?:{counter}))?|{_VIEWS}\s*(?:{counter}))\b", flags
        ),
    )


def _photo_credit_patterns() -> dict[str, object]:
    """A photo's credit: closing a caption, glued after the last sentence, or alone on its line."""
    flags = _FLAGS
    photo = _alt(_labels(Label.PHOTO))
    return dict(
        # `… (KOMPAS.com/ADITYA)`, `(ANTARA/Budi Santoso)`, `(Foto: Dok. Humas)` closing a photo caption
        caption_credit=regex.compile(
            rf"(?:\(\s*(?:(?:{photo})\b[^()]{{0,60}}"
            r"|(?=[\w.-]{0,29}\p{L})[\w.-]{2,30}\s*/\s*\p{L}[^()/]{1,40})\)"
            # `… Sanjaya. Foto: Humas`, `… Sanjaya //Foto: Humas`, `… Sanjaya. | Foto: Humas`
            rf"|(?:[.,]|//|\|)\s*(?:{photo})\s*[:/]\s*[\w.,/&-][\w .,/&-]{{1,50}}"
            # `… Anggaran Pribadi. Foto (Hendrik Prima)`: the label, then the credit in brackets
            rf"|(?<=[.,]\s*)(?:{photo})\s*\(\s*\p{{L}}[^()]{{1,60}}\)"
            # `… petang. [Kontributor Suarajogja.id / Putu Ayu Palupi]`: the source with a space or a
            # dot, a slash and the photographer in square brackets (`[ray/mdk]` codes a reporter)
            r"|(?<=[.!?]['\"”’)]?\s*)\[\s*(?=[^\[\]/\n]*[ .])[^\[\]/\n]{3,40}/\s*\p{L}[^\[\]/\n]{1,40}\]"
            # after the last stop: `… Serang. ANTARA/Istimewa` (agency, source), `… libur.--humas` (dashes);
            # the photo's date in brackets and the agency's photo desk (`… Sabtu. (04/10/2025)
            # ANTARA/HO-Humas`, `… Jakarta. ANTARA FOTO/Budi`)
            r"|(?<=[.!?]['\"”’)]?)(?:(?:\s+\(\d{1,2}/\d{1,2}/\d{2,4}\))?\s+(?=[\w.-]{0,29}\p{L})[\w.-]{2,30}(?:\s(?-i:FOTO))?"
            r"\s*/\s*(?-i:\p{Lu})[\p{L} .&-]{1,40}|--\s?\p{L}[\p{L} .&/-]{1,30}?)"
            # `… di Pendopo Bupati /Dinas Kominfo`, `… Medan. /Instagram/@akun`: a space, a slash, the source
            r"|(?<=\S)\s+/(?-i:\p{Lu})[\p{L}\d .&@_-]{1,40}(?:/[\p{L}\d .&@_-]{1,40})?"
            # `… Sota Merauke, Minggu (12/9)/RMOLPapua`: the photo's source glued after its date
            r"|(?<=\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))/(?-i:\p{Lu})[\p{L}\d .&-]{1,40})\s*$",
            flags,
        ),
        # `… ini. (Foto: Humas)`, `… ini.//Foto: Budi`: a photo credit glued after the last sentence
        photo_trail=regex.compile(
            rf"(?:(?<=[.!?\"”’]\s{{0,3}})\(\s*(?:{photo})\s*[:.]\s*[^()\n]{{1,60}}\)"
            rf"|\s*//\s*(?:{photo})\s*[:/]\s*[^/\n]{{1,60}})\s*$",
            flags,
        ),
        # `photo Hendi Kusuma - Beritajakarta.id`, `Foto: Dok. Humas Pemkab`: a photo credit alone
        photo_line=regex.compile(rf"(?:{photo})\b\s*[:/]?\s*(?-i:\p{{Lu}})[^:]{{1,80}}", flags),
    )


def _after_unstopped(editor: str) -> str:
    """Where a closing credit starts after a last word with no stop and a space: a capitalised label
    with the editor's after it, or a capitalised reporter's label with its colon and the name, no stop
    in it, running to the line's end (`… 2017/S/00085 Reporter: Budi`; `… buku berjudul Penulis: Ani.
    Buku itu terbit …` is a sentence). The reporter's label is one naming the reporter alone (not
    `Oleh`, `Teks`, only with its colon; not `Laporan`, which opens `Laporan Wartawan …`: alone it
    is a report), and none right after a word that introduces a title (entities_title_cues.txt:
    `berjudul Laporan: Jejak Rempah` is the title's)."""
    labels = _labels(Label.REPORTER)
    reporter = _alt(tuple(a for a in labels if not any(b.startswith(f"{a} ") for b in labels)))
    cues = alternation(sorted(word_set("entities_title_cues.txt")))
    return (
        rf"(?<=[\p{{Ll}}\d]\s)(?<!\b(?:{cues})\s)(?-i:(?=\p{{Lu}}))"
        rf"(?=[^:\n]{{1,30}}:[^:\n]{{1,60}}(?:{editor})\s*:|(?:{reporter})\s*:[^:.!?\n]{{1,60}}$)"
    )


def _closing_author_pattern() -> regex.Pattern[str]:
    """An op-ed's closing credit (`… laut. Oleh: Budi Santoso, S.Si., M.M., Dosen Politeknik`, `… 35
    km. Author: Budi Santoso`): a capitalised reporter's label (also one that names him only with a
    colon) and its colon after the last sentence, the writer's name up to a comma or the end, then
    any degrees and post to the end (no colon, quote or `?`/`!` among them)."""
    return regex.compile(
        rf"(?<=[.!?\"”’]\s{{1,3}})(?-i:(?=\p{{Lu}}))"
        rf"(?:{_alt(_labels(Label.REPORTER) + _labels(Label.REPORTER_COLON))})\s*[:：]\s*"
        rf"(?P<name>[^,.:!?\"“”()]{{2,60}})(?:,\s*(?P<post>[^:!?\"“”]+))?$",
        _FLAGS,
    )


# a label's last lowercase letter glued to a capitalised word (`OlehBudi`): no space between them
_GLUED_NAME = r"(?-i:(?<=\p{Ll})(?=\p{Lu}\p{Ll}))"


def _slash_source(editor: str) -> str:
    """A slash closing a writer's name before the source's (or editor's) label, the label glued to
    the capitalised name after it or followed by its colon (`Budi Santoso/SumberAFP`, `Budi
    Santoso / Sumber: AFP`); `(ant/red)`, reporters' codes, have neither."""
    return rf"\s*/\s*(?:{editor})(?:\s*[:：]|(?-i:(?=\p{{Lu}})))"


def _reporter_label() -> str:
    """A reporter's label in a named group `label`, ending at a word's end or glued to the capitalised
    name after it, its words perhaps glued together too (`OlehBudi Santoso`, `LaporanWartawan
    Tribunnews.com, Budi`): the space lost when the header was flattened."""
    labels = alternation(
        _labels(Label.REPORTER) + _labels(Label.REPORTER_COLON), space=rf"(?:\s+|{_GLUED_NAME})"
    )
    return rf"(?P<label>{labels})(?:\b|{_GLUED_NAME})"


def _source_patterns() -> dict[str, object]:
    """A source's label behind a slash after the writer's name: `(Budi Santoso/SumberBPOM)`
    (`slash_source`), `… kata dia." Budi Santoso/Sumber: Reuters` (`slashed_writer`)."""
    editor = _alt(_labels(Label.EDITOR))
    return dict(
        slash_source=regex.compile(_slash_source(editor), _FLAGS),
        slashed_writer=_slashed_writer_pattern(editor),
        bracketed_writer=_bracketed_writer_pattern(editor),
    )


def _slashed_writer_pattern(editor: str) -> regex.Pattern[str]:
    """`… kata dia." Budi Santoso/Sumber: Reuters`: after the last sentence, the writer's name of two
    to four capitalised words, a slash, the source's (or editor's) label and its colon, the source
    to the paragraph's end (no stop, colon or quote in it)."""
    return regex.compile(
        rf"(?<=[.!?\"”’)]\s{{1,3}})(?P<name>(?-i:\p{{Lu}}\p{{Ll}}+)(?:\s(?-i:\p{{Lu}}\p{{Ll}}+)){{1,3}})"
        rf"\s*/\s*(?:{editor})\s*[:：]\s*[^.!?:\"“”]{{1,40}}$",
        _FLAGS,
    )


def _bracketed_writer_pattern(editor: str) -> regex.Pattern[str]:
    """`… lainnya. (Lutfi Fauziah. Sumber: National Geographic)`: after the last sentence, in one
    pair of brackets, the writer's name of two to four capitalised words (group ``name``) or any
    other caption (`(Data Kemiskinan 2023. Sumber: BPS)`, no name) and its stop, then the source's
    (or editor's) label, its colon and the source to the bracket closing the paragraph."""
    return regex.compile(
        rf"(?<=[.!?\"”’)]\s{{1,3}})\((?:(?P<name>(?-i:\p{{Lu}}\p{{Ll}}+)(?:\s(?-i:\p{{Lu}}\p{{Ll}}+)){{1,3}})"
        rf"|[^()\n:\"“”]{{1,60}}?)\.\s+(?:{editor})\s*[:：]\s*[^()\n:\"“”]{{1,60}}\)\s*$",
        _FLAGS,
    )


def _credit_patterns() -> dict[str, object]:
    """A reporter's credit: `Pewarta: Budi`, `Budi Santoso - Wartawan`, `… katanya. Penulis: Budi`."""
    flags = _FLAGS
    reporter = _alt(_labels(Label.REPORTER) + _labels(Label.REPORTER_COLON))
    editor = _alt(_labels(Label.EDITOR))
    return dict(
        # `Pewarta: Budi`; `Redaktur & Reporter : Budi` and `Reporter/Editor: Budi` share a line
        credit=regex.compile(
            rf"[\s\p{{P}}]{{0,3}}(?:(?:{editor})\s*[&/,]\s*)?{_reporter_label()}"
            # `Penulis. : Budi`: a stop may close the label before its colon
            rf"(?:\s*[&/,]\s*(?:{editor})\b)?(?:\.(?=\s*[:：]))?\s*[:：|\-–]?\s*(?P<rest>.*)",
            flags,
        ),
        # `Arief Setyadi, Jurnalis`, `Budi Santoso - Wartawan`: the label after the name
        # (`Budi Santoso, Wartawan Kabarkota.com`: the outlet after the label, a word or two)
        credit_after=regex.compile(
            rf"(?P<rest>[^,|\-–:]{{2,60}}?)\s*[,|\-–]\s*(?P<label>{reporter})"
            rf"(?:\s+(?-i:\p{{Lu}})[\p{{L}}\d.-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}\d.-]*)?)?\s*",
            flags,
        ),
        # `Budi Santoso | Editor: Ani`; `Budi SantosoEditor: Ani`; `Budi Santoso/SumberAFP` (`_slash_source`)
        credit_cut=regex.compile(
            rf"\s*(?:\||\u2022|·|;|\s[-–—]\s|\b(?:{editor})\b\s*[:：]?|(?-i:\s+I\s+(?=\p{{Lu}})))"
            rf"|(?<=\p{{Ll}})(?-i:(?=\p{{Lu}}))(?:{editor})\s*[:：]|{_slash_source(editor)}",
            regex.IGNORECASE | regex.VERSION1,
        ),
        # `Editor: Ani Penulis: Budi Santoso`: the reporter's label after the editor's, a colon after it
        credit_later=regex.compile(rf"(?<=\s)(?:{reporter})\s*[:：]", flags),
        # `… Penulis Budi | Editor …`, `Reporter: Budi …`: a reporter's label opening a word, its colon
        # if any; the editor's label opening a credit, perhaps glued to the name (`EditorAni`)
        credit_label=regex.compile(
            rf"(?<!\S){_reporter_label()}"
            rf"(?P<colon>\s*[:：])?",
            flags,
        ),
        editor_label=regex.compile(rf"(?:{editor})", flags),
        # `… katanya. Penulis: Budi Santoso Editor: Ani` closing a one-line article
        # (`… disesuaikanPewarta: Budi SantosoEditor: Ani`: the label glued to the last word)
        # (`… kata Budi.,Reporter: Ani,Sumber: Liputan6.com`: a stray comma after the stop, the
        # credits parted by commas, the source a domain; `… cgtn@cgtn.com Pewarta: PR WireEditor: Ani`:
        # after a last word with no stop and a space, a capitalised label (`_after_unstopped`);
        # `Pewarta: M. Imam Pramana`, `Muh. Arfan`, `M.Haris Setiady`: a given name cut to its
        # initial or a few letters keeps its stop, and so does the editor's `Rr. Dewi`; initials in a row
        # keep theirs, the second glued to the first's stop: `Editor: D.Dj. Kliwantoro`)
        trail_credit=regex.compile(
            rf"(?:(?<=[.!?\"”’)*][,;]?\s{{0,3}})|(?<=[\p{{Ll}}\d])(?-i:(?=\p{{Lu}}))"
            rf"|{_after_unstopped(editor)})"
            rf"(?:\(\s*)?(?:{_alt(_labels(Label.REPORTER) + _labels(Label.EDITOR))})"
            rf"\s*:\s*(?:[^:.!?\"“”]|(?-i:(?<=(?:^|\s|:|\.)\p{{Lu}}\p{{Ll}}{{0,2}})\.(?=\s?\p{{Lu}}))){{1,60}}(?:\s*[|/,]?\s*(?:{editor})\s*:\s*(?:[^:.!?\"“”]|\.(?=\p{{L}})|(?-i:(?<=(?:\s|:|\.)\p{{Lu}}\p{{Ll}}{{0,2}})\.(?=\s?\p{{Lu}}))){{0,60}})*"
            rf"\)?\s*$",
            flags,
        ),
        closing_author=_closing_author_pattern(),  # `… laut. Oleh: Budi, S.Si., Dosen Politeknik`
        # where a capitalised credit label opens inside a paragraph (`… depanPewarta: Budi`, `… depan
        # Penulis: Budi`): the end of what comes before it
        credit_start=regex.compile(
            rf"(?:(?<=[.!?\"”’)]\s{{0,3}})|(?<=[\p{{Ll}}\d]\s?)(?-i:(?=\p{{Lu}})))"
            rf"(?:{_alt(_labels(Label.REPORTER) + _labels(Label.EDITOR))})\s*:",
            flags,
        ),
    )


# the separators between a dateline head's parts: commas not inside a number, brackets, bars, `//`,
# a slash or colon after a word (`Tulungagung l HukumKriminal.com –`: a lowercase l standing alone
# is the bar typed as a letter)
_HEAD_SPLIT = (
    r"(?<!\d),|,(?!\d)|[()|\[\]#]|(?<!:)//|(?<=\p{L})(?:/\s|[:;](?=\p{L}))"
    r"|(?-i:(?<=\p{L}) l (?=\p{Lu}))"
)


def _shape_patterns() -> dict[str, object]:
    """The shape of text, no word lists: words, dashes, lists, dates in short, URLs, a title's parts."""
    flags = _FLAGS
    return dict(
        word=regex.compile(r"\w[\w'’./-]*"),
        bullet=regex.compile(r"[-–•*·▪►»]\s*\S|\d{1,2}[.)]\s+\S|[a-z][.)]\s+\S"),
        list_glyph=regex.compile(r"[•·▪►»◦‣]\s*"),  # a list's mark, never a word's first letter
        # `BangliEkonomi BisnisSeni`: menu items run together (`RoRo`, `McDonald`: one lowercase
        # letter before the capital is a word spelt so)
        camel=regex.compile(r"\p{Ll}{2}\p{Lu}\p{Ll}"),
        dash=regex.compile(
            rf"\s*(?:[–—]+\s*|-{{1,2}}(?=\s)\s*|(?<=\s)-{{1,2}}\s*|(?<=\.(?:{WEB_ENDINGS})\.?)-\s*"
            # `SUKAMAJU (Lampost.co)--Pemkab …`, `JAYAPURA [PAPOS]-Terkait …`: glued after the outlet
            r"|(?<=[)\]])-{1,2}\s*"
            # `SLEMAN-Pemkab …`, `Radio 99,1 FM-Polres …`: a shouted place or a band glued to the sentence
            r"|(?-i:(?<=\p{Lu}{3}|\d\s?FM)-(?=\p{Lu}\p{Ll})))",
            flags,
        ),
        domain=regex.compile(rf"\.(?:{WEB_ENDINGS})\b", flags),
        clock=regex.compile(r"\b\d{1,2}[:.]\d{2}\b"),
        # `Hari/Tanggal: Rabu, 26 Maret 2025`, `Tempat: Kantor kecamatan`: a field of an announced list
        list_field=regex.compile(r"\p{Lu}[\p{L}/ ]{1,24}:\s*\S"),
        byline_name=regex.compile(r"(?:\*/)?\p{L}[\p{L}\p{M} .'’/&,-]{0,78}[\p{L}.]|\p{L}"),
        # a comma inside a number (`Radio 99,5 FM`) parts nothing
        # `Serang // Outlet.com -`, `PRADANAMEDIA/ PALANGKA RAYA -`, `Ketapang:KM –`, `KM;Ketapang –`, `A # B`
        head_split=regex.compile(_HEAD_SPLIT),
        short_date=regex.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?"),
        site_suffix=regex.compile(r"\s+(?P<sep>[|\-–—])\s+(?P<site>[^|\-–—]{2,60})$"),
        # where a page's <title> parts its headline from the site's name: a bar, a spaced dash
        title_parts=regex.compile(r"\s*\|\s*|\s+[\-–—]\s+"),
        token=regex.compile(r"\S+"),
        has_word=regex.compile(r"\w"),
        colon=regex.compile(r"\s*:\s+"),
        url=regex.compile(r"https?://\S+|www\.\S+\.\S+"),
        crumb=regex.compile(r"\s[›»>/|]\s|[›»]"),
        # the `T` between the date and the time of an ISO timestamp
        iso_stamp=regex.compile(r"(?<=\b\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})"),
    )


def _code_patterns() -> dict[str, object]:
    """Reporters' codes and initials: bracketed or bare after the last sentence, or on a line alone."""
    return dict(
        # `… katanya. (daq/fm)`; Merdeka-style `… kata Ahmad. [ray]`; `… wartawan***(Ilo)`,
        # `… di Flores. (Silvia).`, `… katanya. (IF)*` with stray marks; `… ujarnya (UUS.CKT/ AA DANI)`
        # (a slashed credit needs no stop, nor a lost list's colon); `… komunitas. Fik/Gdn)` (bracket lost)
        trail_paren=regex.compile(
            r"(?|(?<=[.!?\"”’…*]|^)\s*\(\s*([^()\n]{1,80})\s*\)"
            r"|(?<=[.!?\"”’…*]|^)\s*\[\s*([^\[\]\n:]{1,40})\s*\]"
            r"|(?<=\p{L}['’\"”]?[,.]?|[\p{L}\d]['’\"”]?:)\s+\(\s*([^()\n/\d]{1,30}/[^()\n\d]{1,50})\s*\)"
            # `… Harga Beli : Rp 14.630 (Tribunnews.com/Fajar)`, `… (Rp 16,1 jutaan) (Tribunnews.com/
            # Budi)`: after a list's last figure or bracket only an outlet's web address opens the credit,
            # a writer's name behind it (group `figure`: `meta._figure_writer`)
            r"|(?<=[\d)])\s+\(\s*(\p{L}[\p{L}-]*\.\p{L}{2,}(?:\.\p{L}{2,})?/\p{Lu}[^()\n\d]{0,49})\s*\)(?P<figure>)"
            r"|(?<=[.!?\"”’…]\s?)\s*(\p{Lu}\p{L}{1,5}(?:/\p{L}{1,6})+)\)"
            # `… katanya. — rin`, `… katanya. -(rin/ab)`: lowercase initials after a dash
            r"|(?<=[.!?\"”’…]|^)\s*[-–—]{1,2}\s*\(?((?-i:\p{Ll}{2,5}\d{0,3}(?:/\p{Ll}{1,6}\d{0,3})*))\)?"
            # `… perusahaan. /red/`: lowercase initials between slashes, as in brackets
            r"|(?<=[.!?\"”’…])\s*/\s*((?-i:\p{Ll}{2,5}\d{0,3}(?:/\p{Ll}{1,6}\d{0,3})*))\s*/"
            # `… tidak hadir. RA`, `… digunakan. LAN / MAN`: shouted initials bare after the last stop
            r"|(?<=[.!?\"”’…])\s+((?-i:\p{Lu}{2,4}(?:\s?/\s?\p{Lu}{2,4})*)))"
            r"[.*]{0,3}\d{0,4}\s*$"
        ),
        # `cr01/enn`, `ant/rd1`, `yan/d1n/mlo`: reporters' codes, letters with a digit or two,
        # parted by slashes; each part starts with a letter (`(24/8)` is a date), a desk's number
        # after a hyphen (`SS/E-4`); or a desk's lowercase code and the reporter's number after a
        # hyphen (`mag-11`, an intern's code; `OL-09`, `SB-09`, a desk's shouted code and its
        # reporter's number), or a number alone after the slash (`red/02`)
        initials_code=regex.compile(
            r"\p{L}[\p{L}\d]{0,8}(?:-\d{1,2})?(?:\s*/\s*(?:\p{L}[\p{L}\d]{0,8}(?:-\d{1,2})?|\d{1,3}))+"
            # `(MP-7)`, `(BP7)`: a desk's letters and the reporter's number (`(E-4)`, `(U-17)`: no)
            r"|(?-i:\p{Ll}{2,5}|\p{Lu}{2,3})-\d{1,3}|(?-i:\p{Lu}{2,3})\d{1,3}"
        ),
        # `Red-Spyd`, `Ant/Rd1`: reporters' codes on a line of their own, capitalised
        code_line=regex.compile(r"(?-i:\p{Lu})\p{L}{1,5}\d{0,3}(?:[-/](?-i:\p{Lu})\p{L}{0,5}\d{0,3})+"),
    )


def _sentence_patterns() -> dict[str, object]:
    """A sentence's shape: its end, the break between two, a quotation's speech tag after it."""
    return dict(
        terminal=regex.compile(r"[.!?…:;]['\"”’)\]]*$"),
        sentence=regex.compile(r"[^.!?]+(?:[.!?]+[\"”’')\]]*|$)"),
        # tried only where a run of stops begins, and possessive: `!!!!…` (100,000 of them) stays linear
        sentence_break=regex.compile(r"(?<![.!?])[.!?]++[\"”’')]*+\s+(?=[\p{Lu}\"“‘(\d])"),
        # the end of a sentence: a stop (not `:` or `…`, which announce or trail off), closing quotes
        short_stop=regex.compile(r"(?<![.!?])[.!?]['\"”’)]*$"),
        # `… diteruskan,” katanya`, `… sosial,”ujarnya`, `… berjalan,” tutup Brigjen Pol Dwi Iriyanto`:
        # a quotation's closing mark (or a reported sentence's comma: `…, tutup Kompol Suharjo`), then a
        # lowercase word (its speech verb, read by `lines`) and a few words of the speaker, no stop after them
        quote_tag=regex.compile(
            r"(?:(?P<quote>[,.!?…]\s?['\"”’])\s*|,\s+)(?P<verb>(?-i:\p{Ll})+)(?P<speaker>(?:\s+[\p{L}.]+){0,5})$"
        ),
    )


def _dateline_patterns() -> dict[str, object]:
    """A dateline's place before the lede: shouted or in title case, bracketed, glued, after an outlet."""
    return dict(
        # `SAMARINDA. Pemerintah …`: a shouted word or three, a stop or comma, then a sentence
        shouted_start=regex.compile(r"(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})[.,]\s+(?=\p{Lu}\p{Ll})"),
        # `TEMANGGUNG Ratusan petani …`: a shouted word or three, no stop or dash, then a sentence
        shouted_bare=regex.compile(r"(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\s+(?=\p{Lu}\p{Ll}+\s)"),
        shout_place=regex.compile(r"(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})"),
        # `THE REPORTER - Banda Aceh | Ketua …`: the place after the masthead's dash, a bar after it
        bar_place=regex.compile(r"\s*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})\s*\|\s*(?=\p{Lu})"),
        # `Liputan5news.com - Sidoarjo.  Sub PIN Polio …`: a place in title case after the outlet
        title_place=regex.compile(r"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\.\s+(?=\p{Lu})"),
        # `Buser24.com- (SUKAMAJU) Pemerintah …`: a shouted place in brackets after the outlet's dash
        bracket_place=regex.compile(r"\s*\((\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\)\s*[-–—:]?\s*(?=\p{Lu}\p{Ll})"),
        # `Kuala Kapuas, Pemerintah Kabupaten …`: a place in title case and a comma
        title_comma=regex.compile(r"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}),\s+(?=\p{Lu}\p{Ll})"),
        # `Bengkalis-Dalam rangka …`: a place in title case glued by a hyphen to the sentence
        glued_place=regex.compile(r"(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})-(?=(\p{Lu}\p{Ll}+)\s)"),
        # `INDUSTRY.co.id - Balikpapan, Suasana …`: a place and a comma after the outlet
        # (`Sinarpos.com –Mataram — Suasana …`: a second dash after the place)
        # `Sikkanews.com - Maumere, 10 April 2025 – …`: the place may have the day's date after its comma
        comma_place=regex.compile(
            r"(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})(?:,|\s*[-–—]+)\s+(?=\p{Lu}|\d{1,2} \p{L}+ \d{4}\s*[-–—])"
        ),
        # `PENA INSPIRASI, WATAMPONE,Bupati …`: two shouted parts, a comma after each, no dash (or a
        # stop after each: `NTT AKTUAL. KOTA KUPANG. Proyek …`)
        shouted_pair=regex.compile(
            r"(\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})(?:, ?|\. )"
            r"(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})(?: ?, ?|\. )(?=\p{Lu}\p{Ll})"
        ),
    )


def _outlet_dateline_patterns() -> dict[str, object]:
    """A dateline with its outlet (a domain, a masthead, an agency in brackets), and what may precede it."""
    return dict(
        # `Maret 2024`, `Terbit: Maret 2024`: a month and a year alone on a line
        month_line=regex.compile(
            r"\s*(?:(?P<label>\p{L}+)\s*:\s*)?(?P<month>\p{L}{3,9})\.?,?\s+(?P<year>(?:19|20)\d\d)\s*"
        ),
        # `KEDIRI, Kedirinews.com Pemerintah Kabupaten …`: a dateline with no dash, the outlet a
        # domain, then the sentence
        bare_dateline=regex.compile(
            r"(?P<a>\p{Lu}[\p{L}\d.-]*(?: \p{Lu}[\p{L}\d.-]*){0,2}), "
            r"(?P<b>\p{Lu}[\p{L}\d.-]*(?: \p{Lu}[\p{L}\d.-]*){0,2}?|[\p{Ll}\d][\p{L}\d-]*\.[\p{L}.]+)"
            r"\s+(?=\p{Lu}\p{Ll})"
        ),
        # `DENPASAR – Pantaubali.com – …`, `Jateng – Bidik-Kasusnews.com | Pati –`: a masthead, a dash
        dash_masthead=regex.compile(r"\s*([^\s|]+(?: [^\s|]+){0,2}?)\s*[-–—|]+\s+(?=\p{Lu})"),
        # `… permintaan produk pertanian Jakarta (ANTARA) - Menteri …`: see `_AGENCY_DATELINE`
        agency_dateline=regex.compile(_AGENCY_DATELINE),
        # `Daftar Isi Kapan …? Jakarta, CNN Indonesia -- Timnas …`: the place, a comma and the
        # outlet before a double dash, behind a table of contents or a standfirst
        comma_agency_dateline=regex.compile(
            r"(?<=[\s\p{Ll}.!?)\"”’])(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}), "
            r"(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?) --\s+(?=\p{Lu})"
        ),
        # `TAPAKTUAN (MA) Kepala Kepolisian …`: a place and its outlet in brackets, no dash, then the
        # sentence
        bracket_dateline=regex.compile(
            r"(?P<place>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2})(?P<comma>,)? ?"
            r"\(\s?(?P<outlet>[\p{L}\d.]+(?: [\p{L}\d.]+){0,2})\s?\)(?P<stop>\.)?\s+(?=\p{Lu}\p{Ll})"
        ),
        # `20240512foto_pasar_murahPalangka Raya (Antara Kalteng) – …`: a photo's file name glued
        # before the dateline, up to its last lowercase letter or digit before a capital
        # `DCIM106MEDIAAirmadidi,KLABATNEWS-…`: a camera's folder name glued before the place
        glued_file=regex.compile(
            r"[\w-]*_[\w-]*?[\p{Ll}\d](?=\p{Lu}[^\s_]*(?:\s|$))|DCIM\d{3}\p{Lu}*?(?=\p{Lu}\p{Ll})"
        ),
        # `MUKOMUKO RU –`: a shouted region and the outlet's initials
        region_initials=regex.compile(r"(.+?)\s+(\p{Lu}{2,4})"),
    )


def _furniture_patterns() -> dict[str, object]:
    """Shapes of page furniture on unseen outlets: the page's date and a credit before the
    dateline, camel-case mastheads, a sentence's stop."""
    flags = _FLAGS
    return dict(
        # `DIALOG: Bhabinkamtibmas … berdialog …`, `VISITASI SEKOLAH: …`: a newspaper caption's label
        caption_label=regex.compile(r"\p{Lu}{3,}(?: \p{Lu}{2,}){0,2}\s?:\s"),
        # `KUNJUNGAN-Plt Gubernur …`, `DISTRIK BARU - Penyerahan …`: a caption's shouted label and a dash
        kicker_label=regex.compile(r"(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\s?[-–—]\s?(?=\p{Lu})"),
        # `![]() |`, `![Foto bupati](/img/a.jpg) | |`: a scraper's markup for a photo and its table cells
        image_markup=regex.compile(r"[\s|]*(?:!\[[^\]\n]*\]\([^)\n]*\)[\s|]*)+"),
        # the same markup and then the photo's caption in one cell closed by its bar
        captioned_image=regex.compile(r"[\s|]*(?:!\[[^\]\n]*\]\([^)\n]*\)[\s|]*)+(?:[^|\n]+\|\s*)?"),
        # `2`, `5462`, `1,567`: a number alone on its line (a slide's or page's number, a poll's count)
        lone_number=regex.compile(r"\d{1,3}(?:[.,]\d{3})*|\d{4,6}"),
        # `Simalungun | Sebagai …`, `Kempo, DorobataNews.net ~Upaya …`, `AMBON, SentralPolitik.com _ …`:
        # a bar, a tilde or an underscore some outlets set where others put the dateline's dash
        # `Karimun (Humas)_Kakanwil …`: an underscore glued after the bracketed desk
        soft_dash=regex.compile(r"(?<=\S)\s+[|_]\s*|(?<=\))_\s*|\s*~+\s*"),
        # `26.5 C`, `27°C`: a weather widget's reading alone on its line (the degree sign may be lost)
        temperature=regex.compile(r"-?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]"),
        # `… saat rapat di Kantor Bupati, Jumat (17/10/2025).`: a sentence closed by a word (the
        # weekday) and its bracketed day
        dated_close=regex.compile(r"(?P<day>\p{L}+)\s*,?\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*\.?$"),
        # `Warta.in`: a masthead spelt as a short domain, its tail in lowercase (`Kab.Bogor` is none)
        short_domain=regex.compile(r"(?-i)\p{Lu}\p{L}{2,}\.\p{Ll}{2,6}"),
        spaced_dash=regex.compile(r"\s+[-–—]+\s+"),
        inter_caps=regex.compile(r"(?-i)\p{Lu}\p{Ll}{2,}\p{Lu}{2,}\p{L}*"),
        # `TNews`, `OBORbima`: capitals glued before lowercase letters, a masthead's spelling
        caps_then_lower=regex.compile(r"(?-i)\p{Lu}{2,}\p{Ll}{2,}"),
        open_photo_credit=regex.compile(r"\((?:foto|photo|dok|dokumentasi)\s*[:.][^()]*$", regex.I),
        # what follows the page's date before the dateline: `14:20 WIB |`
        lead_date_rest=regex.compile(
            rf"(?:\s*(?:\d{{1,2}}[:.]\d{{2}}|{_alt(_labels(Label.ZONE))}|[|•·,–—-]))*\s*", flags
        ),
        # `Warta9.com/Budi Santoso`: an outlet's domain, a slash and the reporter's capitalised name
        outlet_credit=regex.compile(
            rf"{_WEB_ADDRESS}\s*/\s*"
            r"(?-i:\p{Lu})[\p{L}.']+(?: (?-i:\p{Lu})[\p{L}.']+){0,5}\b",
            flags,
        ),
        # `TribunStyle/Yohanes Endra`, `Iveta Rahmalia/Bobo.id`, `TribunTravel.com, Ambar Sari`: two
        # capitalised parts, a slash or a comma between them, a source's and a writer's (`_paired_credit`)
        paired_credit=regex.compile(
            r"(?P<first>(?-i:\p{Lu})[\p{L}\d.'-]*(?: (?-i:\p{Lu})[\p{L}\d.'-]*){0,3})\s*(?P<sep>[/,])\s*"
            r"(?P<second>(?-i:\p{Lu})[\p{L}\d.'-]*(?: (?-i:\p{Lu})[\p{L}\d.'-]*){0,4})$",
            flags,
        ),
        # `Rizki A TiaraTRIBUNNEWS.COM`: a shouted masthead glued behind a name's last lowercase letter
        glued_masthead=regex.compile(r"(?-i)(?<=\p{Ll})\p{Lu}{3,}[\p{Lu}-]*\.(?:COM|CO\.ID|ID|NET)\b"),
        # `iNews`, `detikNews`: a masthead spelled with a lowercase start and a capital inside
        masthead_camel=regex.compile(r"\p{Ll}{1,8}\p{Lu}[\p{L}\d]*"),
        # `LensaKalbar`, `MuriaNewsCom`: a capital inside one word after lowercase letters, a
        # masthead's spelling; no place is written so (`McDonald` has one lowercase letter only)
        masthead_inner_cap=regex.compile(r"(?-i)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}[\p{L}\d]*"),
        # `Kabar6`, `Deteksi9`: a capitalised word with a number glued after it, a masthead's
        # spelling; no place is written with a digit
        masthead_number=regex.compile(r"(?-i)\p{Lu}\p{Ll}{3,}\d{1,2}"),
        # a sentence's stop inside a text (`2.500` and `Rp.` before a digit are none)
        stop=regex.compile(r"[.!?]+[\"”’')]*(?:\s|$)"),
    )


@cache
def _labels(kind: Label) -> tuple[str, ...]:
    """The labels of one kind in ``clean_labels.txt``."""
    return _label_table().get(kind, ())


@cache
def _label_table() -> dict[Label, tuple[str, ...]]:
    """``clean_labels.txt`` by kind; an unknown kind fails here."""
    table: dict[Label, list[str]] = {}
    for row in load_table("clean_labels.txt"):
        table.setdefault(Label(row.kind), []).append(row.label)
    return {kind: tuple(labels) for kind, labels in table.items()}


@cache
def credit_before() -> regex.Pattern[str]:
    """What ends a text right before a credited name (§1: a credit is boilerplate, so the name in
    it is no person of the article): a credit label and its colon or slash (`Pewarta:`,
    `Editor :`, `ANTARA FOTO/`), or an outlet and a slash (`(Xinhua/`, `TribunWow.com/`, and a
    listed outlet written in capitals as a photo's caption closes: `ANTARA/`)."""
    labels = _labels(Label.REPORTER) + _labels(Label.REPORTER_COLON) + _labels(Label.EDITOR)
    capitals = alternation(tuple(sorted(w.upper() for w in outlet_words().names)))
    return regex.compile(
        rf"(?:(?<![\p{{L}}\d])(?:{_alt(labels + _labels(Label.PHOTO))})\s*[:：/]"
        rf"|(?<![\p{{L}}\d])(?-i:{capitals})/"
        rf"|\(\s*(?-i:\p{{Lu}})[\p{{L}}\d.&-]*\s*/"
        rf"|{_WEB_ADDRESS}\s*/)\s*$",
        _FLAGS,
    )


@cache
def outlet_after_name() -> regex.Pattern[str]:
    """What opens a text right after a credited name, matched there: a slash, an outlet's web
    address that opens with a capital, and what closes the credit, a bracket or the line's end
    (`Sylvana Toemon/Bobo.id`, `(Dio Dananjaya / Republika.co.id)`). News-raw's 8 such credits all
    write an outlet's capitalised address; a listed outlet's word in capitals may be a team's or a
    paper's in a list of results (`Robi Syianturi/RAKYAT`, `Joko Susilo/MERDEKA`: review fix40f, 0
    such credits in news-raw), and a lowercase address a person's own site
    (`Dewi Lestari/dewilestari.com`), so neither is a credit."""
    return regex.compile(
        rf"[ \t]*/[ \t]*(?-i:(?=\p{{Lu}})){_WEB_ADDRESS}[ \t]*(?:\)|$)",
        _FLAGS | regex.MULTILINE,
    )


def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return alternation(words, space=r"\s+")


@cache
def _credit_words() -> frozenset[str]:
    """First words of credit labels (`oleh`, `penulis`, `laporan`)."""
    return frozenset(
        w.split()[0] for w in _labels(Label.REPORTER) + _labels(Label.REPORTER_COLON) + _labels(Label.EDITOR)
    )


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


@cache
def _function_words() -> frozenset[str]:
    return word_set("clean_function_words.txt")


@cache
def _table_headings() -> frozenset[str]:
    return word_set("clean_table_headings.txt")


@cache
def _prompt_clause() -> regex.Pattern[str]:
    """A site prompt by its parts (``clean_prompt_parts.txt``): an imperative of following or
    subscribing, a word of purpose and what the reader gets, at most two words between each
    (`follow buat update`, `Ikuti kami untuk info terbaru`)."""
    parts: dict[str, list[str]] = {}
    for row in load_table("clean_prompt_parts.txt"):
        parts.setdefault(row.kind, []).append(regex.escape(row.word))
    verb, purpose, thing = ("|".join(parts[k]) for k in ("verb", "purpose", "object"))
    gap = r"\s+(?:\S+\s+){0,2}?"
    return regex.compile(rf"(?<!\p{{L}})(?:{verb}){gap}(?:{purpose}){gap}(?:{thing})(?!\p{{L}})", _FLAGS)


@cache
def _headline_verbs() -> frozenset[str]:
    """The verbs and predicates of title-case headlines (`Gelar`, `Digelar`, `Naik`), lowercase:
    `entities_headline_verbs.txt` and `entities_headline_predicates.txt`, shared with the entity
    rules that read headlines."""
    return word_set("entities_headline_verbs.txt") | word_set("entities_headline_predicates.txt")


@cache
def _reader_words() -> frozenset[str]:
    return frozenset(row.word for row in load_table("clean_ad_words.txt") if row.kind == "reader")


@cache
def _reporter_labels() -> frozenset[str]:
    """The labels that name the reporter (`oleh`, `penulis`, `by`), lowercase."""
    return frozenset(w.casefold() for w in _labels(Label.REPORTER) + _labels(Label.REPORTER_COLON))


@cache
def _not_reporters() -> frozenset[str]:
    return word_set("clean_not_reporters.txt")


@cache
def _english_words() -> frozenset[str]:
    return word_set("clean_english_words.txt")


@cache
def _indonesian_words() -> frozenset[str]:
    return _function_words() - _english_words()


@cache
def _common_words() -> frozenset[str]:
    """Lowercase words of ordinary prose (`names_common_words.txt`, shared with the name rules) and
    the function words: a headline made of them names nothing of its own."""
    return common_words() | _function_words()


@cache
def _dotted_titles() -> frozenset[str]:
    """Titles and degrees written with a dot before or after a name (`Prof.`, `Drs.`, `M.Si.`), shared
    with the name rules, casefolded without their dots: such a dot ends no sentence."""
    words = (
        *load_lines("names_degrees_pre.txt"),
        *load_lines("names_degrees_post.txt"),
        *load_lines("names_honorifics.txt"),
    )
    return frozenset(w.replace(".", "").replace(" ", "").casefold() for w in words)


@cache
def _pager_words() -> frozenset[str]:
    return frozenset(_labels(Label.PAGER))


@cache
def _home_words() -> frozenset[str]:
    return frozenset(_labels(Label.HOME))


@cache
def _list_last_words() -> frozenset[str]:
    """Last words of the labels that announce a list (`yaitu`, `antara lain` -> `lain`)."""
    return frozenset(w.split()[-1] for w in _labels(Label.LIST))


@cache
def _sentence_openers() -> frozenset[str]:
    return word_set("clean_sentence_openers.txt")


@cache
def _connectives() -> frozenset[str]:
    """Connectives and prepositions that open a sentence (`sementara`, `adapun`, `di`)."""
    return word_set("clean_connectives.txt")


@cache
def _place_names() -> frozenset[str]:
    """Regions and kecamatan, lowercase with their spaces removed (`Palangka Raya` is written
    `Palangkaraya` too): the places a shouted dateline broken over two lines may name."""
    names = (*load_lines("officials_regions.txt"), *load_lines("officials_kecamatan.txt"))
    return frozenset("".join(n.casefold().split()) for n in names)


@cache
def _region_tails() -> frozenset[str]:
    """The last words of the known regions' names of two words or more (`utara`, `raya`, `baru`):
    a word that goes on a region's name, lowercase."""
    return frozenset(name.split()[-1] for name in _regions() if len(name.split()) > 1)


@cache
def _region_names() -> tuple[str, ...]:
    """Province and regency or city names (shared with the officials' title grammar), the
    regencies' seats a dateline names (`clean_region_seats.txt`) and the regencies' short forms it
    prints in capitals (`clean_region_short_forms.txt`: `OKI`), as the lists write them."""
    return (
        *load_lines("officials_regions.txt"),
        *load_lines("clean_region_seats.txt"),
        *load_lines("clean_region_short_forms.txt"),
    )


@cache
def _regions() -> frozenset[str]:
    """The region names (`_region_names`), lowercase."""
    return frozenset(e.casefold() for e in _region_names())


@cache
def _region_acronyms() -> frozenset[str]:
    """The regions the gazetteer writes in capitals (`AS`, `NTB`, `DIY`): a dateline keeps them so."""
    return frozenset(e for e in _region_names() if e.isupper() and " " not in e)
