"""Direct quotations and who said them (GUIDELINES §7).

A quotation is the text between two quotation marks (`extract.quotes.marks`). Its speaker
is read, in this order, from:

1. a tag after the closing mark: a speech verb from ``quotes_tag_verbs.txt`` and the
   speaker phrase after it (``“…,” ujar Umi``, ``“…,” kata Kepala Dinas Sosial Sumbar,
   Abdul Syukur``); with ``-nya`` or a pronoun (``ujarnya``, ``kata dia``), or a description
   ending in a demonstrative (``ujar pebalap berusia 23 tahun ini``), the tag points back to
   the last speaker (3.); a subject and a speech verb after the quotation
   (``“…,” Umi menambahkan``) count as a tag too, and so does the phrase after a link word
   (``“…,” demikian pernyataan resmi klub``: its author if it names a person, else nobody);
2. an introduction before the opening mark in the same sentence: a speech verb from
   ``quotes_intro_verbs.txt`` after its subject (``Elias David menjelaskan, “…”``) or
   ``menurut X, “…”``; the head of an office who speaks through a subordinate
   (``Kepala Dinas X melalui Kabid Y mengatakan``: ``quotes_proxy_words.txt``) is not the
   speaker, the person after the word is;
3. the context: the person the text before is about, i.e. the latest speaker of a quote, the
   latest subject of a speech verb, a speaker named inside a sentence (``…, kata Areza, …``,
   ``disampaikan oleh X``), or the first person a sentence names who is not the object of a
   preposition (``quotes_object_words.txt``), whichever comes last.

A speaker phrase names a person when it holds a mention of one of ``persons`` (short names
included: the persons stage groups ``Umi`` with ``Umi Mastikah``) or a word of their name; a
one-word name that writes one longer name short (clipped, respelt or a word the persons list
apart: ``Aris`` for `Ariswandi`, ``Arfy`` for `Arfi Julizar`, ``Made`` for `I Made Parwita`) or
gives its initials (``STY``) names that person (`fuller_name`, `_initialled`);
a title alone (``ucap Bupati``) names the official of ``officials`` whose title begins with
it; a description that names no one takes the person named after a comma in the tag's
sentence (``kata salah seorang pedagang di Pasar Liwa, Aminah``); anything else (``kata seorang
warga``) is an unnamed speaker (None). A quotation of fewer than four words that no speech
verb tags is a quoted name or term, not a quote, and so is a quotation in the middle of a
sentence that nothing attributes (``semboyan itu bermakna “Tetap teguh, pantang mundur …”``);
a quotation right after another quotation's closing sentence (``“… kami periksa.” “Hasilnya
…”``) opens a sentence of its own, the same speaker going on.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from ..people.lexicon import MAX_DEGREE_ABBREVIATION, role_words
from ..people.names import fuller_name
from ..records import Official, Person, Quote, Span
from ..text.patterns import LazyPattern
from ..text.tokens import opens_sentence, sentence_breaks
from ..text.words import org_acronyms, verb_like, word_set
from .marks import SENTENCE_ENDS, QuoteSpan, find_quote_spans

__all__ = ["extract_quotes", "find_quote_spans"]

# A quotation of fewer words is a name, a term or a slogan unless a speech verb tags it
# (GUIDELINES §7: ``program “Sekolah Rakyat”`` is not a quote, ``“Terbakar 100 persen,”
# ujarnya`` is).
MIN_WORDS = 4
# A speaker phrase longer than this is a clause, not a name with its title.
MAX_PHRASE_CHARS = 150
# What ends spoken words.
_SPEECH_ENDS = ".,!?…"
# Words of a subject between a quotation and its speech verb (``“…,” Kepala Dinas Sosial
# Sumbar Abdul Syukur menambahkan``).
MAX_SUBJECT_WORDS = 8
# A name word this long is still recognised with a typo glued to it (``BudhimDia``);
# shorter ones (``Ari``, ``Edy``) begin too many other words.
MIN_GLUED_NAME = 4
# How far back a sentence's start is looked for (a long news sentence is about 300 chars).
MAX_SENTENCE_CHARS = 400
# Words before a mention searched for a preposition that makes it an object.
_OBJECT_WINDOW = 3
# ``-nya`` on a speech verb (``ujarnya``) is the pronoun of an earlier speaker.
_NYA = "nya"

_WORD = LazyPattern(r"\w[\w'’-]*")
_ALIAS_AFTER = LazyPattern(r"[ \t]*\((\w+)\)")  # a person's short name in brackets: (AHY)
_BRACKETED = LazyPattern(r"\((\w+)\)")  # a title's short form in brackets: (Menpora)
# The word after a closing mark; a tag verb that a scraper glued to the name or the title after it
# (``kataKapolres``, ``ujarKasih``) ends where the capital starts.
_AFTER_MARK = LazyPattern(r"[ \t]*,?[ \t]*(\p{Ll}+(?=\p{Lu})|\w+)")
# The end of a speaker phrase: a line break, a quotation mark or a full stop that
# ends a sentence (not the dot of an abbreviation such as ``Kab.`` or ``H.``).
# The end of a description after a tag verb: any full stop before a space ("sebut IRGC. Tidak
# hanya itu, …" ends at "IRGC"), a line break or a quotation mark.
_EPITHET_END = LazyPattern(r"\n|[“”\"„]|[.!?](?=\s|$)")
_PHRASE_END = LazyPattern(r"\n|[“”\"„]|(?<!\b[A-Z][A-Za-z]{0,3})\.(?=\s|$)|[.](?=[A-Z])")
# A speech verb or ``menurut`` inside a sentence: ``Sarni …, kata Doni, keluar …``.
_INLINE_TAG = LazyPattern(r"(?:,\s*|^|(?<=\n))(\w+)\s+(?=\w)")
_MENURUT_WORD = "menurut"
_BY_AGENT = LazyPattern(r"\s+oleh\b", flags=regex.IGNORECASE)  # the agent of a passive verb
_MENURUT = LazyPattern(r"\bmenurut(nya)?\b([^.!?\n]*?)[,:]?\s*$", flags=regex.IGNORECASE)


def _tag_verb(word: str) -> tuple[bool, bool]:
    """(is a tag verb, carries ``-nya``) for a word after a closing mark."""
    w = word.lower()
    verbs = word_set("quotes_tag_verbs.txt")
    if w in verbs:
        return True, False
    if w.endswith(_NYA) and w[: -len(_NYA)] in verbs:
        return True, True
    if word in (_MENURUT_WORD, _MENURUT_WORD + _NYA):  # “…,” menurut Rumi; "Menurut X, …" opens a sentence
        return True, word != _MENURUT_WORD
    return False, False


class _Inside:
    """The quotations' spans (in text order, disjoint): is a position inside one?"""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


@dataclass(frozen=True, slots=True)
class _Speaker:
    """Who a phrase names: a person's name, None (unnamed) and the mention that names them."""

    name: str | None
    span: Span | None = None


class _Cast:
    """The article's persons and officials, and where each is mentioned (outside quotes)."""

    def __init__(self, persons: Sequence[Person], officials: Sequence[Official], inside: _Inside) -> None:
        self.persons = persons
        self.officials = officials
        self.names = [p.name for p in persons]
        # ``Aris`` or ``Made`` listed apart from `Ariswandi`, `I Made Parwita`: the speaker is the
        # fullest name (GUIDELINES §7)
        self.fuller = {name: full for name in self.names if (full := fuller_name(name, self.names))}
        mentions = sorted((s, self.name_of(p)) for p in persons for s in p.mentions if s[0] not in inside)
        self.mentions = mentions
        self.starts = [span[0] for span, _ in mentions]

    def mention_in(self, start: int, end: int) -> _Speaker | None:
        """The first person mentioned inside ``[start, end)``."""
        i = bisect.bisect_left(self.starts, start)
        if i == len(self.mentions) or self.starts[i] >= end:
            return None
        span, name = self.mentions[i]
        return _Speaker(name, span)

    def by_word(self, text: str, start: int, end: int) -> _Speaker | None:
        """A person one of whose name's words opens the phrase (``kata Widi``)."""
        first = _WORD.get().search(text, start, end)
        if first is None or not first.group()[0].isupper():
            return None
        word = first.group().lower()
        names = [(self.name_of(p), [w.lower() for w in _WORD.get().findall(p.name)]) for p in self.persons]
        for name, words in names:
            if word in words:
                return _Speaker(name, first.span())
        # a name glued to the next word by a typo (``jelas BudhimDia mengatakan``)
        for name, words in names:
            if any(len(w) >= MIN_GLUED_NAME and word.startswith(w) for w in words):
                return _Speaker(name, first.span())
        return None

    def by_title(self, text: str, start: int, end: int, *, anywhere: bool = False) -> _Speaker | None:
        """The official whose title begins with the phrase's words (``ucap Bupati``); with
        ``anywhere``, with the words from any capitalised word on (``Sementara itu, Bupati``).
        A phrase that goes on past a whole title two persons hold (``kata pelatih Zulhaidir``
        beside the coaches Buyamin and Edem) names neither of them for sure: None."""
        words = [(w.group().lower(), w.span()) for w in _WORD.get().finditer(text, start, end)]
        firsts = range(len(words)) if anywhere else range(min(1, len(words)))
        best, best_len, best_at, shared = None, 0, None, False
        for o in self.officials:
            title = [w.lower() for w in _WORD.get().findall(o.title)]
            for i in firsts:
                if anywhere and not text[words[i][1][0]].isupper():
                    continue
                n = 0
                while n < min(len(words) - i, len(title)) and words[i + n][0] == title[n]:
                    n += 1
                # the title's words must reach the phrase's end or cover the whole title:
                # ``kata Kepala Desa X`` is not the ``Kepala Dinas``
                if n > best_len and (i + n == len(words) or n == len(title)):
                    best, best_len, best_at = o, n, (words[i][1][0], words[i + n - 1][1][1])
                    shared = False
                elif best is not None and n == best_len == len(title) and i + n < len(words):
                    shared = shared or self.person_of(o.name) != self.person_of(best.name)
        if best is None or shared:
            return None
        return _Speaker(self.person_of(best.name), best_at)

    def by_alias(self, text: str, start: int, end: int) -> _Speaker | None:
        """The person whose mention a bracket right after gives the phrase's first word as a
        short name (``kata AHY`` after `Agus Harimurti Yudhoyono (AHY)`)."""
        if (first := _capital_first(text, start, end)) is None:
            return None
        hits = {
            name
            for (_, e), name in self.mentions
            if (m := _ALIAS_AFTER.get().match(text, e)) and m.group(1) == first.group()
        }
        return _Speaker(hits.pop(), first.span()) if len(hits) == 1 else None

    def by_short_title(self, text: str, start: int, end: int) -> _Speaker | None:
        """The one official whose title the phrase's first word abbreviates (``ujar Menpora``,
        ``kata Menag``: see `_abbreviates`)."""
        if (first := _capital_first(text, start, end)) is None:
            return None
        hits = {self.person_of(o.name) for o in self.officials if _abbreviates(first.group(), o.title)}
        return _Speaker(hits.pop(), first.span()) if len(hits) == 1 else None

    def by_short_name(self, text: str, start: int, end: int) -> _Speaker | None:
        """The one person whose name the phrase's first word writes short (``kata Bima`` after
        `Bimastyaji Surya Ramadan`, ``kata Arfy`` after `Arfi Julizar`: `fuller_name`)."""
        if (first := _capital_first(text, start, end)) is None:
            return None
        full = fuller_name(first.group(), self.names) or _initialled(text, first, self.names)
        return _Speaker(full, first.span()) if full else None

    def person_of(self, name: str) -> str:
        """The person's fullest name for an official's name."""
        key = name.lower().split()
        for p in self.persons:
            words = p.name.lower().split()
            if p.name == name or all(k in words for k in key):
                return self.name_of(p)
        return name

    def name_of(self, person: Person) -> str:
        """The speaker string for a person: their name, or the fuller one that it clips."""
        return self.fuller.get(person.name, person.name)

    def title_of(self, speaker: str | None) -> str | None:
        if speaker is None:
            return None
        for o in self.officials:
            if self.person_of(o.name) == speaker:
                return o.title
        return None


#: The initials of a name written as its short form (``JK``, ``AHY``, ``STY``).
_MIN_INITIALS, _MAX_INITIALS = 2, 4
_NAME_PARTS = LazyPattern(r"[\s-]+")
_NEXT_CAPITAL = LazyPattern(r"\s+\p{Lu}")


def _initialled(text: str, word: regex.Match[str], names: Sequence[str]) -> str | None:
    """The one name of several words whose initials ``word`` writes in capitals (``kata STY`` for
    `Shin Tae-yong`, ``ujar CT`` for `Chairul Tanjung`); none for a body's acronym
    (`org_acronyms`) or one that opens a longer name (``jelas EA Sports``)."""
    short = word.group()
    if not (short.isupper() and _MIN_INITIALS <= len(short) <= _MAX_INITIALS):
        return None
    if short.lower() in org_acronyms() or _NEXT_CAPITAL.get().match(text, word.end()):
        return None
    hits = {n for n in names if "".join(w[:1] for w in _NAME_PARTS.get().split(n) if w).upper() == short}
    return hits.pop() if len(hits) == 1 else None


def _capital_first(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The phrase's first word when it is capitalised (a name or a short title), else None."""
    first = _WORD.get().search(text, start, end)
    return first if first is not None and first.group()[:1].isupper() else None


#: The fewest letters of a short title read as the start of each of its title's words.
_MIN_SHORT_TITLE = 4


def _abbreviates(short: str, title: str) -> bool:
    """``Menpora`` for `Menteri Pemuda dan Olahraga (Menpora)`: the title's bracketed short
    form; ``Menag`` for `Menteri Agama`, ``Wapres`` for `Wakil Presiden RI`: one start of each
    of the title's first two words or more in turn (`and` words skipped)."""
    low = short.lower()
    if low in (b.lower() for b in _BRACKETED.get().findall(title)):
        return True
    links = role_words("and_word")
    words = [w.lower() for w in _WORD.get().findall(title.split("(")[0]) if w.lower() not in links]
    # KJRI, KBRI: an acronym in capitals names the office, not its holder, unless the title gives it
    return (
        len(low) >= _MIN_SHORT_TITLE
        and not short.isupper()
        and any(_starts_of(low, tuple(words[:k])) for k in range(2, len(words) + 1))
    )


@cache
def _starts_of(short: str, words: tuple[str, ...]) -> bool:
    """``short`` splits into one non-empty start of each of ``words`` in turn."""
    if not words:
        return not short
    return any(
        short[:n] == words[0][:n] and _starts_of(short[n:], words[1:])
        for n in range(1, min(len(words[0]), len(short)) + 1)
    )


_WORD_BEFORE_DOT = LazyPattern(r"(?<![\w.])(\w+)\.\Z")


def _degree_dot(text: str, dot: int) -> bool:
    """The full stop at ``dot`` closes the short form of a degree written before a name (``kata
    dr. Aron``: ``names_degrees_pre.txt``, at most `MAX_DEGREE_ABBREVIATION` letters), not the sentence
    (``kata dokter. Ratna …``)."""
    before = _WORD_BEFORE_DOT.get().search(text, max(0, dot - 12), dot + 1)
    if before is None or len(before.group(1)) > MAX_DEGREE_ABBREVIATION:
        return False
    return before.group(1).lower() in word_set("names_degrees_pre.txt")


def _tag_end(text: str, start: int, ends: LazyPattern = _PHRASE_END) -> int:
    """Where the tag's sentence ends: the first of ``ends`` (a line break, a quotation mark, a
    full stop) that is not the dot of a degree, at most `MAX_PHRASE_CHARS` on."""
    stop = min(len(text), start + MAX_PHRASE_CHARS)
    end = ends.get().search(text, start, stop)
    while end is not None and text[end.start()] == "." and _degree_dot(text, end.start()):
        end = ends.get().search(text, end.end(), stop)
    return end.start() if end else stop


def _phrase_end(text: str, start: int) -> int:
    end_pos = _tag_end(text, start)
    stops = word_set("quotes_tag_stops.txt")
    for w in _WORD.get().finditer(text, start, end_pos):
        if w.group().lower() in stops:
            return w.start()
    return end_pos


def _is_pronoun(text: str, start: int, end: int) -> bool:
    first = _WORD.get().search(text, start, end)
    return first is None or first.group().lower() in word_set("quotes_pronouns.txt")


def _name_phrase(cast: _Cast, text: str, start: int, end: int) -> _Speaker:
    """The speaker a phrase names: a person mention, a name's word, a title (up to a comma:
    ``kata Bupati, Selasa``), else unnamed."""
    comma = text.find(",", start, end)
    return (
        cast.mention_in(start, end)
        or cast.by_word(text, start, end)
        or cast.by_title(text, start, end if comma < 0 else comma)
        or cast.by_alias(text, start, end)
        or cast.by_short_title(text, start, end)
        or cast.by_short_name(text, start, end)
        or _Speaker(None)
    )


@dataclass(frozen=True, slots=True)
class _Tag:
    cue: str | None  # None: a tag without its verb (`_verbless_tag`)
    speaker: _Speaker | None  # None: a pronoun tag (the context names the speaker)
    pos: int
    spoken: bool = True  # a speech verb tags it: a short quotation is speech, not a term


def _tag_after(cast: _Cast, text: str, q: QuoteSpan) -> _Tag | None:
    """``“…,” ujar Umi`` / ``“…,” ujarnya`` / ``“…,” kata dia`` / ``“…,” demikian pernyataan NASA``."""
    m = link = _AFTER_MARK.get().match(text, q.outer[1])
    if m is not None and m.group(1).lower() in word_set("quotes_links.txt"):
        m = _AFTER_MARK.get().match(text, m.end(1))
    else:
        link = None
    if m is None:
        return None
    is_verb, nya = _tag_verb(m.group(1))
    if not is_verb:
        tag = _subject_tag_after(cast, text, m.start(1))
        if tag is not None:
            # “Sammy” Simorangkir berharap …: a short quotation inside a sentence is a name or a term
            return dataclasses.replace(tag, spoken=_opens_sentence(text, q))
        if link is None:
            return _verbless_tag(cast, text, q, m.start(1))
        return _linked_tag(cast, text, link.group(1), m.start(1))
    start = m.end(1)
    if text.startswith("\n", start):  # ``“…” ungkap`` / ``Kabidhumas …`` on the next line
        start += 1
    end = _phrase_end(text, start)
    if nya or _is_pronoun(text, start, end):
        return _Tag(m.group(1), None, m.start(1))
    named = _name_phrase(cast, text, start, end)
    if named.name is None:
        named = _apposed_name(cast, text, start) or named
    if named.name is None and _points_back(text, start):
        return _Tag(m.group(1), None, m.start(1))  # as a pronoun: the context names the speaker
    return _Tag(m.group(1), named, m.start(1))


def _verbless_tag(cast: _Cast, text: str, q: QuoteSpan, start: int) -> _Tag | None:
    """``“…,” Direktur Riset Lembaga X, Ali Noer, dalam rilisnya``: a tag without its verb, a title
    and the speaker's name after a quotation that ends in a comma (so a tag must follow), the
    name before any verb (`_verb_like`) and before the tag's stop words (``dalam``, ``saat``)."""
    if text[q.span[1] - 1] != ",":
        return None
    named = cast.mention_in(start, _phrase_end(text, start))
    if named is None or named.span is None:
        return None
    if any(_verb_like(w.group()) for w in _WORD.get().finditer(text, start, named.span[0])):
        return None
    return _Tag(None, named, start)


def _verb_like(word: str) -> bool:
    """A lower-case word that may be a verb: an intro verb, or one shaped as a verb
    (`verb_like`: ``menanggapi``, ``berkata``, ``disebutkan``; a title in lower case such as
    ``direktur`` is read as one too, and tags nothing; ``di`` before a place is none)."""
    return word.islower() and (word in word_set("quotes_intro_verbs.txt") or verb_like(word))


def _apposed_name(cast: _Cast, text: str, start: int) -> _Speaker | None:
    """``“…,” kata salah seorang pedagang di Pasar Liwa, Aminah, Selasa``: a description that
    names nobody, then the name of a person set after a comma in the tag's sentence (up to
    any full stop: ``…, Rabu. Dilansir dari X, Salisu`` is the next sentence)."""
    end = _tag_end(text, start, _EPITHET_END)
    comma = text.find(",", start, end)
    while comma >= 0:
        gap = text[comma + 1 : end]
        after = comma + 1 + len(gap) - len(gap.lstrip())
        found = cast.mention_in(after, after + 1)
        if found is not None:
            return found
        comma = text.find(",", comma + 1, end)
    return None


def _opens_sentence(text: str, q: QuoteSpan) -> bool:
    """The quotation's opening mark starts a sentence (nothing but its end before it, within
    `MAX_PHRASE_CHARS`: `opens_sentence`)."""
    return opens_sentence(text, q.outer[0], SENTENCE_ENDS, lookback=MAX_PHRASE_CHARS)


def _linked_tag(cast: _Cast, text: str, link: str, start: int) -> _Tag:
    """``“…,” demikian pernyataan resmi NASA``, ``demikian penjelasan Tukijo``: the phrase after a
    link word (``quotes_links.txt``) without a speech verb attributes the quotation to the person
    it names, to the speaker before when it opens with a pronoun, else to nobody. No speech verb
    tags it, so a short quotation stays a term (``“Bendgate”, demikian istilah …``)."""
    end = _phrase_end(text, start)
    if _is_pronoun(text, start, end):
        return _Tag(link, None, start, spoken=False)
    return _Tag(link, cast.mention_in(start, end) or _Speaker(None), start, spoken=False)


@cache
def _nobody() -> frozenset[str]:
    """Words that make a description name nobody: texts and bodies, things, unnamed people."""
    names = ("quotes_not_persons.txt", "names_thing_nouns.txt", "quotes_unnamed.txt")
    return frozenset().union(*(word_set(n) for n in names))


def _points_back(text: str, start: int) -> bool:
    """``“…,” ujar pebalap berusia 23 tahun ini``, ``kata politisi Partai Golkar tersebut``: a
    description ending in a demonstrative (``quotes_epithet_ends.txt``) points back to the person
    named before, as a pronoun does; one whose head, its first word, is a text, a body or an
    unnamed person (``tulis rilis tersebut``, ``kata petugas itu``: ``quotes_not_persons.txt``,
    the thing nouns, ``quotes_unnamed.txt``) names nobody. The demonstrative ends the
    description where the sentence, a comma or a word of ``quotes_tag_stops.txt`` follows it
    (``… itu di kantor``).
    """
    stop = min(len(text), start + MAX_PHRASE_CHARS)
    found = _EPITHET_END.get().search(text, start, stop)
    words = list(_WORD.get().finditer(text, start, found.start() if found else stop))
    ends, stops = word_set("quotes_epithet_ends.txt"), word_set("quotes_tag_stops.txt")
    if not words or words[0].group().lower() in _nobody():
        return False
    for i, w in enumerate(words):
        low = w.group().lower()
        if low not in ends or i == 0:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is None or after.group().lower() in stops or "," in text[w.end() : after.start()]:
            return True
    return False


def _subject_tag_after(cast: _Cast, text: str, start: int) -> _Tag | None:
    """``“…,” Umi menambahkan.`` / ``“…,” ia menjelaskan.``: a subject and a speech verb that
    close the quotation's sentence."""
    end = _phrase_end(text, start)
    verbs = word_set("quotes_intro_verbs.txt")
    words = list(_WORD.get().finditer(text, start, end))[: MAX_SUBJECT_WORDS + 1]
    for w in words[1:]:
        if w.group().lower() in verbs:
            if not text[start].isupper() and not _is_pronoun(text, start, w.start()):
                return None  # a sentence that goes on after the quotation, not a tag
            return _Tag(w.group(), _subject(cast, text, start, w.start()), w.start())
    return None


def _sentence_start(text: str, pos: int, floor: int) -> int:
    breaks = sentence_breaks(text, floor, pos)
    return breaks[-1][1] if breaks else floor


def _has_word(text: str, start: int, end: int, name: str) -> bool:
    words = word_set(name)
    return any(w.group().lower() in words for w in _WORD.get().finditer(text, start, end))


def _proxy_mention(cast: _Cast, text: str, start: int, end: int) -> _Speaker | None:
    """The person a phrase names: the first one mentioned after its last word of
    ``quotes_proxy_words.txt`` (``Kepala Dinas X melalui Kabid Y mengatakan``: Y speaks), else
    the first one mentioned (``X melalui sambungan telepon mengatakan``: X)."""
    proxies = word_set("quotes_proxy_words.txt")
    after = start
    for w in _WORD.get().finditer(text, start, end):
        if w.group().lower() in proxies:
            after = w.end()
    named = cast.mention_in(after, end) if after > start else None
    return named or cast.mention_in(start, end)


def _subject(cast: _Cast, text: str, start: int, end: int) -> _Speaker | None:
    """The speaker a clause's subject names; None when it names nobody new (``Ia mengatakan``).

    A subject without a person or a title names an unnamed speaker only when it says so
    (``pengelola toko mengatakan``: ``quotes_unnamed.txt``).
    """
    named = _proxy_mention(cast, text, start, end)
    if named is not None:
        return named
    if _has_word(text, start, end, "quotes_pronouns.txt"):
        return None
    titled = cast.by_title(text, start, end, anywhere=True)
    if titled is not None:
        return titled
    return _Speaker(None) if _has_word(text, start, end, "quotes_unnamed.txt") else None


def _intro_before(cast: _Cast, text: str, q: QuoteSpan, floor: int) -> _Tag | None:
    """``X mengatakan, “…”`` / ``Menurut X, “…”`` in the sentence before the opening mark."""
    start = _sentence_start(text, q.outer[0], floor)
    before = text[start : q.outer[0]].rstrip().rstrip(",:").rstrip()
    words = list(_WORD.get().finditer(before))
    if words and words[-1].group().lower() in word_set("quotes_links.txt"):
        words.pop()  # ``mengatakan bahwa “…”``
    if words and words[-1].group().lower() in word_set("quotes_intro_verbs.txt"):
        verb = words[-1]
        return _Tag(verb.group(), _subject(cast, text, start, start + verb.start()), start + verb.start())
    m = _MENURUT.get().search(before)
    if m is None:
        return None
    if m.group(1):
        return _Tag(m.group(0)[: len(_MENURUT_WORD) + len(_NYA)], None, start + m.start())
    name_start, name_end = start + m.start(2), start + m.end(2)
    return _Tag(
        m.group(0)[: len(_MENURUT_WORD)], _name_phrase(cast, text, name_start, name_end), start + m.start()
    )


class _Verbs(NamedTuple):
    """The spans of the speech verbs and of the passive ones outside quotations (`_verbs_outside`)."""

    spoken: list[Span]
    passive: list[Span]


def _verbs_outside(text: str, inside: _Inside, spoken: frozenset[str], passive: frozenset[str]) -> _Verbs:
    """The spans of the words of ``text`` outside every quotation whose lowercase form is in
    ``spoken`` (speech verbs) and in ``passive`` (passive ones): the words are read once for both."""
    found = _Verbs([], [])
    find, end = text.find, 0
    # only non-word characters lie between two words, so the first occurrence of a word after the
    # previous one is the word itself: findall's plain strings are cheaper than match objects
    for word in _WORD.get().findall(text):
        start = find(word, end)
        end = start + len(word)
        low = word.lower()
        if low in spoken and start not in inside:
            found.spoken.append((start, end))
        if low in passive and start not in inside:
            found.passive.append((start, end))
    return found


_WORDS_BEFORE_VERB = LazyPattern(r"(,?)[ \t]*(\w+)[ \t]+\Z")
_CLAUSE_WORD = "yang"


def _complement_verb(text: str, verb: int) -> bool:
    """The speech verb at ``verb`` is no subject's speech: it follows a word of
    ``quotes_complement_words.txt`` (``berperan aktif dalam menyampaikan informasi``) or opens a
    clause about the noun before it (``gugatan terhadap Ketua MK X, yang menyatakan …``)."""
    before = _WORDS_BEFORE_VERB.get().search(text, max(0, verb - 20), verb)
    if before is None:
        return False
    word = before.group(2).lower()
    return word in word_set("quotes_complement_words.txt") or (word == _CLAUSE_WORD and bool(before.group(1)))


def _speech_events(cast: _Cast, text: str, verbs: list[Span]) -> list[tuple[int, _Speaker]]:
    """Subjects of speech verbs outside quotes (``verbs``, `_verbs_outside`): ``pengelola toko
    mengatakan`` names nobody."""
    events = []
    for verb, _ in verbs:
        if _complement_verb(text, verb):
            continue
        start = _sentence_start(text, verb, max(0, verb - MAX_PHRASE_CHARS))
        who = _subject(cast, text, start, verb)
        if who is not None:
            events.append((verb, who))
    return events


def _inline_events(cast: _Cast, text: str, inside: _Inside) -> list[tuple[int, _Speaker]]:
    """Speakers named by a tag or ``menurut`` inside a sentence (``…, kata Areza, …``), dated
    after the name so that they outrank the sentence's other mentions."""
    events = []
    for m in _INLINE_TAG.get().finditer(text):
        word = m.group(1).lower()
        is_verb, nya = _tag_verb(word)
        if not (is_verb or word == _MENURUT_WORD) or nya or m.start() in inside:
            continue
        end = _phrase_end(text, m.end())
        if _is_pronoun(text, m.end(), end):
            continue
        named = cast.mention_in(m.end(), end) or cast.by_word(text, m.end(), end)
        if named is not None and named.span is not None:
            events.append((named.span[1], named))
    return events


def _passive_events(cast: _Cast, text: str, verbs: list[Span]) -> list[tuple[int, _Speaker]]:
    """Speakers after a passive speech verb (``verbs``, `_verbs_outside`: ``Hal itu disampaikan
    oleh Kabid UMKM, Dewi``)."""
    events = []
    for _, verb_end in verbs:
        by = _BY_AGENT.get().match(text, verb_end)
        start = by.end() if by else verb_end
        named = cast.mention_in(start, _phrase_end(text, start))
        if named is not None and named.span is not None:
            events.append((named.span[1], named))
    return events


_CLOSING_MARKS = '”"'


def _after_spoken_sentence(before: str) -> bool:
    """The text before a quotation ends with another quotation's closing sentence
    (``“… sudah kami periksa.” “Hasilnya baik, …”``): the speaker goes on, and the new
    quotation starts a sentence of its own."""
    return len(before) > 1 and before[-1] in _CLOSING_MARKS and before[-2] in ".!?…"


def _stands_alone(text: str, q: QuoteSpan) -> bool:
    """A quotation that is a sentence of its own: it starts a sentence, and it ends one or
    ends with its own punctuation (``“Membangun Desa dari Pinggiran” menjadi tema …`` is a
    title used as a noun)."""
    before = text[max(0, q.outer[0] - MAX_PHRASE_CHARS) : q.outer[0]].rstrip(" \t")
    if before and before[-1] not in SENTENCE_ENDS and not _after_spoken_sentence(before):
        return False
    after = text[q.outer[1] : q.outer[1] + 2].lstrip(" \t")
    return text[q.span[1] - 1] in _SPEECH_ENDS or not after or after[0] in SENTENCE_ENDS


def extract_quotes(
    text: str,
    *,
    persons: Sequence[Person] = (),
    officials: Sequence[Official] = (),
) -> list[Quote]:
    """Every direct quotation in the cleaned text, with its speaker.

    Args:
        text: the cleaned body (`extract.clean`).
        persons: the article's persons (`extract.extract_persons`): their mentions name speakers
            and their ``name`` is the speaker string.
        officials: the article's officials (`extract.extract_officials`): a title alone
            (``ucap Bupati``) names the official who holds it, and a speaker's title is theirs.

    Returns:
        The quotes in text order; ``speaker`` None where the speaker is not a named person.

    >>> text = "Umi Mastikah membuka pelatihan.\\n“Kami membantu memasarkan produk mereka,” ujar Umi."
    >>> umi = Person("Umi Mastikah", ((0, 12), (84, 87)))
    >>> [(q.text, q.speaker, q.cue) for q in extract_quotes(text, persons=[umi])]
    [('Kami membantu memasarkan produk mereka,', 'Umi Mastikah', 'ujar')]
    """
    spans = find_quote_spans(text)
    inside = _Inside([q.span for q in spans])
    cast = _Cast(persons, officials, inside)
    verbs = _verbs_outside(
        text, inside, word_set("quotes_intro_verbs.txt"), word_set("quotes_passive_verbs.txt")
    )
    events = _Timeline(
        _mention_events(cast, text)
        + _speech_events(cast, text, verbs.spoken)
        + _inline_events(cast, text, inside)
        + _passive_events(cast, text, verbs.passive)
    )
    found: list[tuple[QuoteSpan, Quote, bool]] = []
    floor = 0
    for q in spans:
        attributed = _attribute(cast, text, q, events, floor)
        floor = q.outer[1]
        if attributed is not None:
            found.append((q, *attributed))
    return _carry_over(text, found)


def _carry_over(text: str, found: list[tuple[QuoteSpan, Quote, bool]]) -> list[Quote]:
    """A quotation continued in the next paragraph with new marks has the next part's speaker
    when nothing attributes its first part (``“… ¶ “…,” kata X``)."""
    quotes = [quote for _, quote, _ in found]
    for i in range(len(found) - 1, 0, -1):
        q, quote, from_context = found[i - 1]
        nxt = found[i][0]
        if q.runs_on and from_context and text[q.outer[1] : nxt.outer[0]].strip() == "":
            later = quotes[i]
            quotes[i - 1] = dataclasses.replace(quote, speaker=later.speaker, title=later.title)
    return quotes


#: Words at most in a sentence's opening phrase before the comma that ends it (`Di sisi lain,`).
_OPENER_WORDS = 5
#: `…, sambungnya, …` / `…, kata dia, …`: a tag in the middle of a sentence that points back.
_INNER_PRONOUN_TAG = LazyPattern(r",\s*(\w+)(?:\s+(\w+))?\s*,")


def _object_before(text: str, start: int, floor: int) -> bool:
    """The mention at ``start`` is no subject: it follows a preposition or `milik` (``kunjungan
    dari Stafsus …``, ``motor milik Haryanto``). A name right after a sentence's short opening
    phrase and its comma (``Di sisi lain, Surya menghargai …``) is the subject."""
    before = list(_WORD.get().finditer(text, floor, start))
    if before and len(before) <= _OPENER_WORDS and text[before[-1].end() : start].strip() == ",":
        return False
    objects = word_set("quotes_object_words.txt")
    return any(w.group().lower() in objects for w in before[-_OBJECT_WINDOW:])


def _points_to_speaker(text: str, start: int, end: int) -> bool:
    """``Saat ini, sambungnya, Sahit telah ditahan``: a sentence with a pronoun tag inside it
    reports what the current speaker says; the persons in it are what it is about, not who."""
    for m in _INNER_PRONOUN_TAG.get().finditer(text, start, end):
        is_verb, nya = _tag_verb(m.group(1))
        if is_verb and (nya or (m.group(2) or "").lower() in word_set("quotes_pronouns.txt")):
            return True
    return False


def _subject_speaks(cast: _Cast, text: str, start: int, end: int) -> bool:
    """A pronoun or an official's title and a speech verb open the sentence before its first
    person (``Ia menjelaskan warga menilai kebijakan Bupati X berhasil``, ``Bupati menyampaikan
    pesan pada Ira, antara lain, Ira diminta …``): the persons after the verb are what is said
    or whom it is said to, and the sentence is about the subject, named before it or by its title."""
    verbs = word_set("quotes_intro_verbs.txt")
    for w in _WORD.get().finditer(text, start, end):
        if w.group().lower() in verbs:
            pronoun = _has_word(text, start, w.start(), "quotes_pronouns.txt")
            return pronoun or cast.by_title(text, start, w.start(), anywhere=True) is not None
    return False


def _mention_events(cast: _Cast, text: str) -> list[tuple[int, _Speaker]]:
    """Whom each sentence with a person in it is about: its first mention that is no object,
    dated at its last mention; none where a subject speaks before it (`_subject_speaks`) or a
    pronoun tag inside it points back to the current speaker (`_points_to_speaker`)."""
    by_sentence: dict[int, list[tuple[Span, str]]] = {}
    for span, name in cast.mentions:
        start = _sentence_start(text, span[0], max(0, span[0] - MAX_SENTENCE_CHARS))
        by_sentence.setdefault(start, []).append((span, name))
    events = []
    for start, mentions in by_sentence.items():
        if _points_to_speaker(text, start, mentions[-1][0][1]) or _subject_speaks(
            cast, text, start, mentions[0][0][0]
        ):
            continue
        subjects = [(span, name) for span, name in mentions if not _object_before(text, span[0], start)]
        if subjects:
            span, name = subjects[0]
            events.append((mentions[-1][0][0], _Speaker(name, span)))
    return events


class _Timeline:
    """Who the text is about at each point: speakers and subjects by position."""

    def __init__(self, events: list[tuple[int, _Speaker]]) -> None:
        events = sorted(events, key=lambda e: e[0])
        self.positions = [p for p, _ in events]
        self.speakers = [w for _, w in events]

    def add(self, pos: int, speaker: _Speaker) -> None:
        i = bisect.bisect_right(self.positions, pos)
        self.positions.insert(i, pos)
        self.speakers.insert(i, speaker)

    def at(self, pos: int) -> _Speaker:
        """The latest speaker before ``pos`` (unnamed when there is none)."""
        i = bisect.bisect_left(self.positions, pos)
        return self.speakers[i - 1] if i else _Speaker(None)


# An embedded social-media post's signature: ``— Arsenal (@Arsenal) September 17, 2023``.
_SIGNATURE = r"\(@\w+\)\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}"
_POST_SIGNATURE = LazyPattern(_SIGNATURE)
# The same right after a quotation's closing mark: its lost emoji (``????``), hashtags or a dash
# first, then the poster's name.
_POST_AFTER = LazyPattern(r"\s*[?#—(][^\n]{0,80}?" + _SIGNATURE)


def _embedded_post(text: str, q: QuoteSpan) -> bool:
    """A post embedded in the page (``???? One-nil to The Arsenal ???? — Arsenal (@Arsenal)
    September 17, 2023``: a scraper's ``??`` for its emoji read as marks) is no quotation: its
    signature lies inside the marks or right after them."""
    return bool(
        _POST_SIGNATURE.get().search(text, q.span[0], q.span[1]) or _POST_AFTER.get().match(text, q.outer[1])
    )


def _short_speech(text: str, q: QuoteSpan, tag: _Tag | None, intro: _Tag | None) -> bool:
    """A quotation of fewer than `MIN_WORDS` words is speech when a speech verb tags it, or when a
    speech verb introduces it and it ends as spoken words do (``mengatakan “Mau saya bunuh?”``);
    otherwise it is a name or a term (``disebut “bom waktu”``)."""
    if tag is not None:
        return tag.spoken
    return intro is not None and text[q.span[1] - 1] in _SPEECH_ENDS


def _attribute(
    cast: _Cast, text: str, q: QuoteSpan, events: _Timeline, floor: int
) -> tuple[Quote, bool] | None:
    """The quote and whether only the context names its speaker; None: not a quote."""
    if _embedded_post(text, q):
        return None
    words = len(_WORD.get().findall(text, *q.span))
    tag = _tag_after(cast, text, q)
    intro = _intro_before(cast, text, q, floor) if tag is None or tag.speaker is None else None
    if words < MIN_WORDS and not _short_speech(text, q, tag, intro):
        return None  # “Bendgate”, demikian istilah …: a term
    if tag is None and intro is None and not _stands_alone(text, q):
        return None
    cue = tag.cue if tag else intro.cue if intro else None
    named = (tag and tag.speaker) or (intro and intro.speaker)
    who = named or events.at(q.outer[0])
    events.add(q.outer[1], _Speaker(who.name))
    quote = Quote(
        text=text[q.span[0] : q.span[1]],
        span=q.span,
        speaker=who.name,
        speaker_span=who.span if named else None,
        cue=cue,
        title=cast.title_of(who.name),
    )
    return quote, not named
