"""Line features and markers: what one unit (a line, or a sentence wrapped over lines) looks like.

A `_Unit` carries its words and shape (`_features`: prose or headline, word counts, share of
capitalised words); `_marker` says whether a line is furniture by its markers; the predicates
below (`_chrome`, `_ad_line`, `_english`, `_short_sentence`, `_caption`, …) are the signals
the page state machine (`page`) reads. Every threshold is a named constant saying why.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

import regex

from ..text.calendar import calendar_lexicon
from ..text.words import given_names, word_set
from .inline import _ad_words, _headline_end, _inline_spans, _teaser_end, _trailing_prompts
from .kinds import Label, LineKind, MarkerMode
from .lexicon import (
    _chrome_words,
    _english_words,
    _function_words,
    _indonesian_words,
    _labels,
    _list_last_words,
    _patterns,
    _reader_words,
    _share_words,
)


def _chrome_kind(unit: _Unit) -> LineKind:
    """`share` for a share strip (`Bagikan: Facebook Twitter`), `navigation` for a menu."""
    share = _share_words()
    tokens = (t.strip(".,:;!?()[]\"'“”").casefold() for t in unit.text.split()[:20])
    return LineKind.SHARE if any(t in share for t in tokens) else LineKind.NAVIGATION


# Lines longer than this are never a whole-line marker (menus, slots and labels are short).
_SHORT_LINE = 160
# A line of more words is a paragraph, whatever it starts with: no marker test at its start
_MAX_MARKER_WORDS = 60
# Prose: a paragraph that can open the body
_LEDE_WORDS = 10
# Lists that are furniture only below the body (a comment form's labels, an author box)
_BOTTOM_LISTS = frozenset([LineKind.COMMENTS])
# How many lines after a bare list intro belong to the list
_LIST_BUDGET = {
    LineKind.TAGS: 40,
    LineKind.CAPTION: 1,
    LineKind.RELATED: 12,
    LineKind.COMMENTS: 10,
    LineKind.AUTHOR: 3,
}


# Prose: at least four words, two of them lowercase, and a sentence end (or, for a paragraph
# that drops its period, twenty words, two in five lowercase: a headline is mostly capitals)
_PROSE_WORDS = 4
_PROSE_LOWER = 2
_RUN_ON_WORDS = 20
_RUN_ON_LOWER_SHARE = 0.4
# A headline: three to thirty words, three in five content words capitalised, one line long
_HEADLINE_MIN_WORDS = 3
_HEADLINE_MAX_WORDS = 30
_HEADLINE_CAP_RATIO = 0.6
_HEADLINE_MAX_CHARS = 250
# `Baca juga: Judul … Kepala Dinas mengatakan …`: a line this long that opens with a teaser may
# hold a paragraph after it; the paragraph counts when it has this many words and an end
_GLUED_TEASER_WORDS = 12
_BODY_AFTER_TEASER_WORDS = 8
# After an intro word (`Berita terbaru soal …`), a sentence of this many words is prose
_INTRO_PROSE_WORDS = 6
# `Related Posts`, `Terpopuler Minggu Ini`: a list heading is a few words
_LIST_HEADING_WORDS = 3
# A line made only of site prompts is at most a paragraph long
_PROMPT_LINE_WORDS = 80
# A bare link with a word or two (`Sumber: https://…`)
_LINK_LINE_WORDS = 3
# Menus and share strips are short; three in four of their words are menu vocabulary, or all of
# them in a strip of up to five words
_CHROME_LINE_WORDS = 15
_CHROME_SHARE = 0.75
_ALL_CHROME_WORDS = 5
# Ad copy is a line or two (`Promo Spesial Ramadhan! Diskon 50% untuk Anda`)
_AD_LINE_WORDS = 25
# How far back a paragraph looks for the page's habit of dropping final periods
_LOOK_BACK_UNITS = 12
# An English player or embed message (`Video Player is loading.`) is a short sentence
_ENGLISH_MIN_WORDS = 3
_ENGLISH_MAX_WORDS = 30
# `Bagaimana reaksi Anda tentang artikel ini?`: a reader prompt is one short question
_READER_QUESTION_WORDS = 15
# A sentence too short to count as prose (`Untuk apa?`, `Angkatan perang terpecah.`)
_SHORT_SENTENCE_WORDS = 12
# A photo credit closes its caption within this many characters (`(Foto: Dok. Humas Pemkab)`)
_CAPTION_CREDIT_CHARS = 120


@dataclass(slots=True)
class _Unit:
    """One or more raw lines read together (a sentence soft-wrapped over lines)."""

    lines: list[int]
    text: str
    kind: LineKind | None = None  # None: undecided; BODY; or a boilerplate kind
    intro: LineKind | None = None  # a bare list intro (`Baca juga`, `Tags:`): kind of the list
    n_words: int = 0
    n_lower: int = 0
    cap_ratio: float = 0.0
    prose: bool = False
    headline: bool = False
    key: str = ""
    words: frozenset[str] = field(default_factory=frozenset)
    chrome: bool | None = None  # `_chrome`, computed once
    lone_dateline: bool = False  # opened by a dateline alone on its line (`Pekanbaru -`, then the lede)


# Characters that show nothing but split a word for every pattern (`12\u200b Maret`,
# `pemerin\u00adtah`): zero-width space, non-joiner and joiner, word joiner, the byte-order mark
# inside a line, soft hyphen, and the directional marks, embeddings and isolates
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F), 0x2060, *range(0x2066, 0x206A), 0xFEFF]
)


# Mathematical alphanumerics (`𝗕𝗟𝗢𝗥𝗔 —`, bold or italic letters a page pastes for emphasis) read as
# the plain letter or digit each stands for (their NFKC form); one character for one, so every
# span into the cleaned text stays true
_MATH_ALNUM = range(0x1D400, 0x1D800)


@cache
def _fold_table() -> dict[int, str | None]:
    plain = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in _MATH_ALNUM}
    return _INVISIBLE | {cp: ch for cp, ch in plain.items() if len(ch) == 1 and ch.isalnum()}


def _fold(line: str) -> str:
    """A line as the cleaned text holds it: invisible characters dropped, mathematical letters and
    digits read as plain ones, whitespace folded."""
    # str.split() splits on the same Unicode whitespace as the scorer's `\s` (NBSP included)
    return " ".join(line.translate(_fold_table()).split())


def _ends_terminal(text: str) -> bool:
    # end-anchored patterns only ever look at the tail: a 100,000-character line stays cheap
    return bool(_patterns().terminal.search(text, max(0, len(text) - 12)))


# `… kata Budi. 123Lihat`, `… ujarnya.()`, `… perusahaan. /red/`: after the last stop (closing a word
# of four letters or more, no abbreviation such as `Dok.`), a short number with a word glued to it, an
# empty bracket pair or initials between slashes is a page's residue: the sentence is finished
_RESIDUE_AFTER_STOP = regex.compile(
    r"(?<=\p{L}{4}[.!?]|[.!?][\"”’])(?:\s{0,3}(?:\(\s?\)|\[\s?\]|/\p{L}{1,8}/)|\s{1,3}\d{1,4}\p{L}{0,10})$"
)


#: the characters `_ends_terminal` ends on (its `terminal` pattern's first class)
_STOPS = (".", "!", "?", "…", ":", ";")


def _ends_before_residue(text: str) -> bool:
    """Whether a sentence stop closes ``text`` but for furniture after it: a short non-word token
    (`_RESIDUE_AFTER_STOP`) or an inline marker's cut that runs to the end (`… kata Budi. 1 2 3
    Tampilkan Semua`). A sentence with its stop is no menu, whatever the page glued after it."""
    if _RESIDUE_AFTER_STOP.search(text, max(0, len(text) - 16)):
        return True
    if len(text) > _SHORT_LINE or not any(stop in text for stop in _STOPS):
        return False  # no stop for a cut to follow (most menus and headlines): no markers sought
    cuts = _inline_spans(text)
    return bool(cuts) and cuts[-1][1] >= len(text.rstrip()) and _ends_terminal(text[: cuts[-1][0]].rstrip())


# How far from a paragraph's end a glued closer can start: its marker and a headline of up to 150
# characters (the bound of the inline markers' own headline patterns)
_CLOSER_CHARS = 200


def _before_closer(text: str) -> str:
    """The paragraph without the related teaser or inline furniture glued after its last sentence
    (`… tutup Bupati. Lihat Video: Banjir Rendam Ratusan Rumah`, `… ujarnya. Baca juga: Harga Cabai
    Naik di Pasar`): the closer's capitalised words would make the whole paragraph read as a headline
    (news-raw: such a last paragraph was lost whole when its sentence held a function word, `di`,
    `jelang`, which leave the capitalised share). The text stays whole when the closer opens it or no
    finished sentence stands before it (`Baca juga: Harga Cabai Naik` alone is the teaser)."""
    if not any(stop in text for stop in _STOPS):
        return text
    tail = max(0, len(text) - _CLOSER_CHARS)
    end = len(text.rstrip())
    starts = [tail + s for s, e, _ in _inline_spans(text[tail:]) if tail + e >= end]
    teasers = _patterns().teaser.finditer(text, tail)
    starts += [m.start() for m in teasers if _teaser_end(text, m.end()) >= end]
    for start in sorted(starts):
        before = text[:start].rstrip()
        if before and _ends_terminal(before):
            return before
    return text


def _quote_tagged(text: str) -> bool:
    """A quotation closed by its speech tag with no stop after it (`“…,” katanya`, `“…,” tutup
    Kapolres`): a finished sentence on a page that drops the last period, no menu or headline. A
    reported sentence's tag after a comma names its speaker (`…, tutup Kompol Suharjo`, `…, ujarnya`;
    `Cari judul, kata kunci` is a search box)."""
    m = _patterns().quote_tag.search(text, max(0, len(text) - _QUOTE_TAG_CHARS))
    if m is None:
        return False
    verb, verbs, speaker = m["verb"], word_set("quotes_tag_verbs.txt"), m["speaker"].split()
    if not m["quote"] and not (speaker[0][0].isupper() if speaker else verb.endswith("nya")):
        return False
    return verb in verbs or (verb.endswith("nya") and verb[:-3] in verbs)


# How far from a line's end a quotation's closing mark and its speech tag sit
_QUOTE_TAG_CHARS = 60


# A weekday and its numeric date in brackets closing a line (`… di Lapangan Hitam, Rabu (27/9/2023)`)
_DATED_CLOSE = regex.compile(r"(\p{L}+),?\s*\(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\)\W{0,2}$")


def _dated_close(text: str) -> bool:
    """Whether a line closes on a weekday and its date in brackets (`… di Lapangan Hitam, Rabu
    (27/9/2023)`): the time of a reported sentence whose period the page dropped. A headline never
    ends on one; a short caption may (`Bupati saat meninjau banjir, Rabu (27/9)`), so only a line
    of run-on length is read as the sentence."""
    m = _DATED_CLOSE.search(text, max(0, len(text) - 40))
    return m is not None and m[1].casefold() in calendar_lexicon().weekdays


def _strip_trail_mark(text: str) -> str:
    """The text without a closing end mark or reporter's initials (`… pemerintah. (daq/fm)`)."""
    p = _patterns()
    m = p.trail_mark.search(text, max(0, len(text) - _TRAIL_MARK_CHARS))
    if m:
        text = text[: m.start()]
    m = p.trail_credit.search(text, max(0, len(text) - _TRAIL_CREDIT_CHARS))
    if m and m.start() > 0:
        text = text[: m.start()].rstrip().rstrip(",;")  # `… kata Budi. Penulis: Ani | Editor: Sri`
    m = p.trail_paren.search(text, max(0, len(text) - _TRAIL_PAREN_CHARS))
    if m and m.start() > 0:
        text = text[: m.start()]
        m = p.trail_mark.search(text, max(0, len(text) - _TRAIL_MARK_CHARS))  # `… para wartawan***(Ilo)`
        if m:
            text = text[: m.start()]
    return text


# How far from a paragraph's end its closing marks sit: `(***)`, `(daq/fm)`
_TRAIL_MARK_CHARS = 40
_TRAIL_PAREN_CHARS = 100
# How far from a paragraph's end its closing credits sit: `Penulis: … Editor: …`, `(daq/fm)`
_TRAIL_CREDIT_CHARS = 160


# Word features of a long paragraph are read from its first characters only (thresholds are small)
_SAMPLE_CHARS = 3000


def _features(unit: _Unit) -> None:
    p = _patterns()
    text = _before_closer(_strip_trail_mark(unit.text))
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
    ends = (
        _ends_terminal(text)
        or _quote_tagged(text)
        or _ends_before_residue(text)
        or (
            text[-12:].rpartition(" ")[2].casefold() in _list_last_words()
            and bool(p.list_tail.search(text, max(0, len(text) - 24)))
        )
    )
    unit.prose = (
        len(words) >= _PROSE_WORDS
        and n_lower >= _PROSE_LOWER
        and (ends or (len(words) >= _RUN_ON_WORDS and n_lower >= _RUN_ON_LOWER_SHARE * n_alpha))
    )
    unit.headline = (
        _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS
        and not text.endswith((".", ",", ";"))
        and unit.cap_ratio >= _HEADLINE_CAP_RATIO
        and len(text) <= _HEADLINE_MAX_CHARS
        and not (len(words) >= _RUN_ON_WORDS and _dated_close(text))
    )
    unit.key = text.casefold() if long else " ".join(folded)
    unit.words = frozenset(folded)


def _stopped_headline(unit: _Unit) -> bool:
    """`Mantan Kades … Kacau kan Rapat Pleno Pemdes.`: a headline's shape but for the one stop
    that closes it (one line, its words mostly capitalised, no other sentence end inside)."""
    text = unit.text
    return (
        len(unit.lines) == 1
        and text.endswith(".")
        and not text.endswith("..")
        and _HEADLINE_MIN_WORDS <= unit.n_words <= _HEADLINE_MAX_WORDS
        and unit.cap_ratio >= _HEADLINE_CAP_RATIO
        and len(text) <= _HEADLINE_MAX_CHARS
        and not regex.search(r"[.!?]\s", text)
    )


def _marker(text: str, n_words: int) -> tuple[LineKind, MarkerMode, int] | None:
    """(kind, mode, end of the marker) when the line is site furniture by its markers."""
    p = _patterns()
    if len(text) <= _SHORT_LINE:
        m = p.line.fullmatch(text)
        if m and not _bracketed_credit(text):
            return (*p.kinds[m.lastgroup], m.end())
    if n_words > _MAX_MARKER_WORDS:
        return None
    m = p.start.match(text)
    if not m:
        return None
    kind, mode = p.kinds[m.lastgroup]
    if kind == LineKind.RELATED and n_words >= _GLUED_TEASER_WORDS and p.teaser.match(text):
        # `Baca juga: Judul Berita Kepala Dinas mengatakan …`: a paragraph that opens with a glued
        # teaser keeps its body; the teaser is cut inline
        rest = text[_headline_end(text, p.teaser.match(text).end()) :]
        if len(rest.split()) >= _BODY_AFTER_TEASER_WORDS and _ends_terminal(rest):
            return None
    if mode is MarkerMode.INTRO:
        rest = text[m.end() :].strip()
        if rest and rest[0] not in ":：-–—|»›>" and not rest.startswith(("(", "[")):
            # `Berita terbaru soal banjir membuat warga resah.` is prose, not a teaser
            probe = _Unit([], rest)
            _features(probe)
            if (
                probe.prose
                and not probe.headline
                and probe.n_words >= _INTRO_PROSE_WORDS
                and rest.endswith(".")
            ):
                return None
        bare = rest.strip(" :：-–—|»›>")
        # `Related Posts`, `Terpopuler Minggu Ini`: a list heading, not a teaser with its headline
        heading = not bare or (
            len(bare.split()) <= _LIST_HEADING_WORDS and not _ends_terminal(bare) and rest[0] not in ":："
        )
        return kind, (MarkerMode.INTRO if heading else MarkerMode.START), m.end()
    return kind, mode, m.end()


# A reporter's name in square brackets has a few words
_BRACKET_NAME_WORDS = 3


def _bracketed_credit(text: str) -> bool:
    """`[Ari]`, `[Budi Santoso]`, `[ari/red]` alone on a line: the reporter's name or initials in
    square brackets, no slot of the page's. A name opens with a known given name and initials are
    lowercase; neither holds a page word (`[Video]`, `[Foto]`, `[Infografis]`, `[foto/ist]` are
    furniture: no given name, or a chrome word or photo label)."""
    text = text.strip()
    inner = text[1:-1].strip()
    if not (text.startswith("[") and text.endswith("]") and inner):
        return False
    words = inner.casefold().replace("/", " ").split()
    strong, weak = _chrome_words()
    if any(w in strong or w in weak or w in _labels(Label.PHOTO) for w in words):
        return False
    if inner.islower():
        return bool(_patterns().initials_code.fullmatch(inner))
    parts = inner.split()
    return (
        len(parts) <= _BRACKET_NAME_WORDS
        and all(w.isalpha() and w.istitle() for w in parts)
        and words[0] in given_names()
    )


def _chrome(unit: _Unit) -> bool:
    """A short line made of menu and share vocabulary (`Bagikan: Facebook Twitter WhatsApp`),
    or a site prompt (`Dapatkan update berita pilihan … klik link https://t.me/…`)."""
    if unit.chrome is None:
        unit.chrome = _chrome_uncached(unit)
    return unit.chrome


def _bare_link(text: str) -> bool:
    """A web address alone on a line, written as a link with no scheme (`tempat.co`,
    `contoh.co.id/promo`): an advert's or a partner's link between paragraphs. A masthead is
    capitalised (`Liputan6.com`, `TRIBUNNEWS.COM`) and is left to the dateline's reader."""
    token = text.strip()
    return (
        bool(token)
        and " " not in token
        and token[0].islower()
        and token[-1] not in ".!?"
        and _patterns().domain.search(token) is not None
    )


def _chrome_uncached(unit: _Unit) -> bool:
    if _patterns().captioned_image.fullmatch(unit.text):
        return True  # `![]() |` (and `| Keterangan : … |` under it): a photo's markup left by the scraper
    if 0 < unit.n_words <= _PROMPT_LINE_WORDS and _trailing_prompts(unit.text) == 0:
        return True  # every sentence of the line is a prompt
    if 0 < unit.n_words <= _LINK_LINE_WORDS and _patterns().url.search(unit.text):
        return True
    if _bare_link(unit.text):
        return True
    if unit.n_words == 0 or unit.n_words > _CHROME_LINE_WORDS:
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
    return (n_any / len(tokens) >= _CHROME_SHARE and (n_strong >= 2 or len(tokens) <= 2)) or (
        n_any == len(tokens) and len(tokens) <= _ALL_CHROME_WORDS
    )


def _ad_line(unit: _Unit) -> bool:
    """A short line of ad copy: `Promo Spesial Ramadhan! Diskon 50% untuk Anda`."""
    text = unit.text
    if unit.n_words > _AD_LINE_WORDS or any(q in text for q in '"“”'):
        return False
    p = _patterns()
    return ("!" in text or bool(p.url.search(text))) and _ad_words(text)


def _periodless(units: list[_Unit], k: int) -> bool:
    """Whether the text above unit ``k`` drops its final periods too (then a sentence without one
    is still body), rather than ending a finished paragraph (`… dua karung beras.`)."""
    for unit in units[max(0, k - _LOOK_BACK_UNITS) : k][::-1]:
        if unit.kind not in (None, LineKind.BODY):
            continue
        text = unit.text
        if text.endswith(":"):
            return True  # `Pedagang menyebut tiga penyebab kenaikan:` announces a list
        if _ends_terminal(text):
            return False
    return True


def _english(unit: _Unit) -> bool:
    """An English sentence on an Indonesian page: a player's or an embed's chrome
    (`This is a modal window.`, `Video Player is loading.`), not the article."""
    if not _ENGLISH_MIN_WORDS <= unit.n_words <= _ENGLISH_MAX_WORDS or unit.words & _indonesian_words():
        return False
    if any(q in unit.text for q in '"“”'):
        return False  # a quote in English is somebody's words
    return sum(w in _english_words() for w in unit.words) * 3 >= len(unit.words)


def _sentence_like(unit: _Unit) -> bool:
    """Whether a headline-like line reads as a sentence (a function word, a number, a comma or a
    colon) rather than as a list of names."""
    return bool(unit.words & _function_words()) or any(ch.isdigit() or ch in ",:?" for ch in unit.text)


def _reader_question(unit: _Unit) -> bool:
    """`Bagaimana reaksi Anda tentang artikel ini?` under the body: a prompt, not the article."""
    return (
        unit.n_words <= _READER_QUESTION_WORDS
        and unit.text.endswith("?")
        and bool(unit.words & _reader_words())
    )


def _short_sentence(unit: _Unit) -> bool:
    """A sentence too short to count as prose (`Untuk apa?`, `Angkatan perang terpecah.`): it opens
    with a capital or a quote, ends with a full stop, question or exclamation mark, holds a
    lowercase word, and neither addresses the reader (`Apa pendapat Anda?`) nor links anywhere."""
    text = unit.text
    if (
        unit.n_words > _SHORT_SENTENCE_WORDS
        or unit.n_lower < 1
        or not (text[0].isupper() or text[0] in "\"“‘'")
    ):
        return False
    if not _patterns().short_stop.search(text, max(0, len(text) - 6)):
        return False
    if _patterns().url.search(text) or _ad_words(text) or _chrome(unit):
        return False
    return not (unit.words & _reader_words())


def _caption_credit(text: str) -> regex.Match[str] | None:
    """The photo credit closing ``text`` (`(KOMPAS.com/ADITYA)`, `Foto: Dok. Humas`), if any."""
    start = max(0, len(text) - _CAPTION_CREDIT_CHARS)
    # every form of a credit holds a closing bracket, a colon or a slash: a line whose end has
    # none (most paragraphs) needs no search, and the search is the cleaner's dearest
    if (
        text.find(")", start) < 0
        and text.find("/", start) < 0
        and text.find(":", start) < 0
        and text.find("--", start) < 0
    ):
        return None
    m = _patterns().caption_credit.search(text, start)
    if m and _reporter_code(m.group()):
        return None  # `… ujar Kapolres. (mcr12/jpnn)`: the reporters' codes close the article
    return m


def _reporter_code(credit: str) -> bool:
    """A bracketed credit in lower case made of short codes (`(mcr12/jpnn)`, `(daq/fm)`): the
    reporter's and the desk's initials closing a paragraph, no photo's source (`(ANTARA/Budi)`)."""
    inner = credit.strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return False
    inner = inner[1:-1].strip()
    return inner.islower() and _patterns().initials_code.fullmatch(inner) is not None


def _credit_after_stop(text: str) -> bool:
    """A line closed by a photo credit after its last full stop (`… Anggaran Pribadi. Foto (Hendrik
    Prima)`, `… Kecamatan Serang. ANTARA/Istimewa`): a caption even when written in title case."""
    m = _caption_credit(text)
    # the credit's match may take the stop before it (`… Marasabessy. Foto: La Ode/cermat`)
    return bool(m) and m.start() > 0 and (text[: m.start()].rstrip().endswith((".", ",")) or m[0][:1] in ".,")


def _caption(text: str) -> bool:
    """A photo caption: words, then the photo credit (`… (KOMPAS.com/ADITYA)`, `… (Foto: Dok. Humas)`)."""
    m = _caption_credit(text)
    return bool(m) and m.start() > 0


def _containment(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a) if a else 0.0
