"""The article's tokens and what starts at a word: heads, titles, levels and listed regions.

`tokens` splits the text into words and marks with spans (`Tok`, `Tokens`); `token_at` and
`tokens_inside` map spans to tokens; `match_head` reads a head phrase of `entities_heads.txt`
at a word, `title_len` a position title or rank, `region_len` a province's, regency's or
city's name as written or shouted (the gazetteers `words` loads).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from itertools import pairwise
from operator import attrgetter
from typing import Any, NamedTuple

import regex

from ...people.lexicon import branch_office_word, role_words
from ...records import Entity, Span
from ...records import EntityLabel as Label
from ...resources import load_table
from ...text.calendar import month_number
from ...text.numbers import numeral_words
from ...text.words import LOCATIVES, balinese_orders, english_body_words, given_names, org_acronyms, word_set
from .words import (
    _AMOUNT,
    _CLOCK,
    _GLUED,
    _GLUED_STOP,
    _LEVEL_RANKS,
    _LISTED_LEVELS,
    _NUMBER_REF,
    _VERSUS,
    _VOWELS,
    _WORD,
    DATELINE_WINDOW,
    MAX_TITLE_WORDS,
    MIN_PREFIXED_LEN,
    Head,
    _districts,
    _dotted_words,
    _head_firsts,
    _head_prefixes,
    _heads,
    _joins,
    _lowercase_heads,
    _name_elements,
    _not_entities,
    _regions,
    _road_posts,
    _rupiah_signs,
    _seats,
    _shouted_heads,
    _stop_words,
    _title_firsts,
    _title_prefixes,
    _titles,
    _words_by_kind,
    country_or_region,
    sports_page,
)


def _level_rank(toks: Sequence[Tok], k: int, n: int) -> int | None:
    """The rank of the administrative level whose ``n`` words start at ``k`` (None: unranked)."""
    return _LEVEL_RANKS.get(" ".join(t.low for t in toks[k : k + n]).replace(" .", "."))  # `Kec` `.`


class Tok(NamedTuple):
    """A word or a punctuation mark with its character span."""

    text: str
    start: int
    end: int
    low: str  # the text in lowercase, made once: the rules read it some 1,700 times an article

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def _dotted_level(word: str) -> tuple[str, str, str] | None:
    """`Kab.Tasik` as (`Kab.Tasik`, `Kab`, `Tasik`): a dotted head glued to its name."""
    head, dot, rest = word.partition(".")
    if dot and rest[:1].isupper() and (head.lower() + ".",) in _heads()[0]:
        return word, head, rest
    return None


def _glued_street(word: str) -> tuple[str, str, str] | None:
    """`Sumoharjo-Jl` as (`Sumoharjo-Jl`, `Sumoharjo`, `Jl`): a street's head hyphened to the
    name before it opens a street of its own (`Jl. Urip Sumoharjo-Jl. Kimaja`, two streets of a
    route); a doubled word stays one (`Jalan-Jalan Sore`)."""
    name, dash, head = word.rpartition("-")
    streets = _words_by_kind("entities_streets.txt")["street"]
    if dash and name[:1].isupper() and head.lower() in streets and name.lower() != head.lower():
        return word, name, head
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


def tok_of(word: str, start: int, end: int) -> Tok:
    """The token ``word`` written from ``start`` to ``end``."""
    return Tok(word, start, end, word.lower())


class Tokens(list[Tok]):
    """What `tokens` gives: the tokens, and their starts and ends in lists of their own, made
    once, so that `tokens_inside` and `token_at` (hundreds of calls an article) bisect plain
    numbers instead of calling a key on each token they pass, `at` each token's index by its start
    (`token_at`: a lookup, no bisection); `inside` keeps each span's tokens
    once found (the rules ask about the same dozen spans some 500 times an article), `heads`,
    `regions` and `titles` what `match_head`, `region_len` and `title_len` read at a word (asked
    about 1.6, 2.5 and 2 times a word), `bracketed` and `spelled` the words alone in
    brackets and the short names spelled out before them (`shortnames`: read some nine and six
    times an article), `lowercase` the words written in lowercase (`lowercase_words`: read by four
    steps), `outlets` the outlets named in the body (`outlet_entities`: read by the readings and by
    the organisation decision's vouching), `text` the text they were read from (where its lines
    break), `by_low` the indices of each lowercase word (`word_positions`: the rules that open at
    a listed word read only its places), `sports` whether the text is a sports page
    (`on_sports_page`: six steps ask). Never changed once made."""

    def __init__(self, toks: Iterable[Tok], text: str = "") -> None:
        super().__init__(toks)
        self.text = text
        self.starts = [t.start for t in self]
        self.ends = [t.end for t in self]
        self.at = {start: k for k, start in enumerate(self.starts)}  # starts rise: one token each
        self.inside: dict[Span, range] = {}
        self.heads: dict[int, tuple[int, Label, Head] | None] = {}
        self.regions: dict[tuple[int, bool], int] = {}
        self.titles: dict[int, int] = {}
        self.bracketed: list[int] | None = None
        self.spelled: dict[int, range] | None = None
        self.lowercase: frozenset[str] | None = None
        self.outlets: tuple[Entity, ...] | None = None
        self.by_low: dict[str, list[int]] | None = None
        self.sports: bool | None = None


#: Counting words of one (`seorang`) and of many people (`para`) besides numerals and plural
#: quantifiers: a name right after one is a kind's (`seorang PMI`, `para PMI`, `12 Pekon (Desa) …`).
_PERSON_COUNTERS = frozenset({"seorang", "para"})


def counted_at(toks: Sequence[Tok], k: int) -> bool:
    """A counting word stands right before word ``k``: a number (not a price list's number after
    its capitals label, `SL 1805 INDF`, a ticker), a numeral in letters (`dua`, `sepuluh`:
    numbers_words.txt), a plural quantifier (`ratusan`, `sejumlah`:
    entities_plural_quantifiers.txt) or `seorang`, `para` (`_PERSON_COUNTERS`)."""
    before = toks[k - 1].low
    if toks[k - 1].text.isdigit():
        return not (k >= 2 and toks[k - 2].text.isupper())
    words = numeral_words() | word_set("entities_plural_quantifiers.txt") | _PERSON_COUNTERS
    return before in words


def tokens(text: str) -> Tokens:
    """The words and punctuation marks of ``text`` with their spans; a shouted word hyphened to a
    capitalised one is two (`SUBANG-Dinas Pendidikan`: a dateline glued to the first word), so
    is `se-` before a region (`se-Kota Metro`: all of the city), so is a street's head hyphened to a name
    (`Sumoharjo-Jl. Kimaja`: a second street), and
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
        glued = ("-" in word and (_GLUED.get().fullmatch(word) or _glued_street(word))) or (
            "." in word and (_dotted_level(word) or _glued_stop(word))
        )
        if glued:
            cut = start + len(glued[1])
            mark = word[len(glued[1])]
            found += [tok_of(glued[1], start, cut), tok_of(mark, cut, cut + 1)]
            found.append(tok_of(glued[2], cut + 1, end))
        else:
            found.append(new(Tok, (word, start, end, word.lower())))
    return Tokens(found, text)


# --------------------------------------------------------------------------- word tests


#: What a memo of `Tokens` holds for a word not read yet (None is a word that starts nothing).
_UNREAD: Any = object()


def match_head(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """The head starting at word ``i``: (its word count, label, kind), or None; read once a word
    for `Tokens` (kept in its ``heads``).

    A head is capitalised as written; a head phrase ending in a dot needs the dot after it.
    """
    if not isinstance(toks, Tokens):
        return _match_head(toks, i)
    found = toks.heads.get(i, _UNREAD)
    if found is _UNREAD:
        found = toks.heads[i] = _match_head(toks, i)
    return found


def level_len(toks: Sequence[Tok], k: int) -> int:
    """How many words of an administrative level's head open at word ``k`` (`Kecamatan`, `Kota
    Adm.`): the level a region's or a branch's name may have before it; 0 when none."""
    head = match_head(toks, k) if k < len(toks) else None
    return head[0] if head is not None and head[2] is Head.ADMIN else 0


def _match_head(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
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
        if found is not None and words in _shouted_heads() and not _shouted_at(toks, i, n):
            found = None
        if found is not None:
            return n, *found
    return None


def _post_number(toks: Sequence[Tok], k: int) -> bool:
    """Whether word ``k`` is a number right after a road's distance post's word (`Km 8`, `KM 5`,
    `Km 24.450`: entities_road_posts.txt): the post's own number, no count nor amount."""
    return k > 0 and toks[k].text[:1].isdigit() and toks[k - 1].low in _road_posts("post")


def _shouted_at(toks: Sequence[Tok], i: int, n: int) -> bool:
    """Whether the ``n`` words at ``i`` are written in capitals and a capitalised name follows
    them (`DAS Citarum`, not `Das Kapital` nor a lone `DAS`): `_shouted_heads`."""
    shouted = all(t.text.isupper() for t in toks[i : i + n])
    return shouted and i + n < len(toks) and toks[i + n].text[:1].isupper()


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
    if not tok.text.startswith(_head_prefixes()):
        return False  # on no prefix at all, as most words: no prefix need be tried alone
    phrases, prefixes = _heads()
    if (tok.low,) in phrases or tok.low in _not_entities():
        return False
    return any(_prefixed(tok.text, p) for p, _ in prefixes)


def _lowercase_place(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """A facility head written lowercase before a capitalised name (`di jalan Bakut`, `pulau
    Jawa`): GUIDELINES §6 lists the street with its word as written; so a government's word
    before an administrative level and its name heads the body's (`pemerintah Kota Metro`, not
    `pemerintah Jepang` nor `pemerintah daerah`), and a government's short word before its
    region's name heads it (`pemkab Pringsewu`: entities_level_governments.txt)."""
    if toks[i].text in word_set("entities_level_governments.txt"):
        return (1, Label.ORG, Head.BODY) if i + 1 < len(toks) and region_len(toks, i + 1) else None
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
    out: list[Entity] = []
    for ent in ents:
        k = token_at(ent.span[0], toks) or 0
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
    """How many words from ``i`` form a position title or rank (0: none); read once a word for
    `Tokens` (kept in its ``titles``: the steps ask about a word about twice)."""
    if not isinstance(toks, Tokens):
        return _title_len(toks, i)
    found = toks.titles.get(i)
    if found is None:
        found = toks.titles[i] = _title_len(toks, i)
    return found


def _title_len(toks: Sequence[Tok], i: int) -> int:
    low, exact = _titles()
    low_firsts, exact_firsts = _title_firsts()
    first = toks[i].text.replace(".", "")
    may_start = first.lower() in low_firsts or first in exact_firsts
    longest = min(MAX_TITLE_WORDS, len(toks) - i) if may_start else 0
    undotted = tuple(t.text.replace(".", "") for t in toks[i : i + longest])  # each tried is a prefix
    lowered = tuple(w.lower() for w in undotted)
    for n in range(longest, 0, -1):
        if lowered[:n] in low or undotted[:n] in exact:
            return 0 if _branch_word(toks, i, " ".join(lowered[:n])) else n
    word = toks[i].text
    prefixes = _title_prefixes()
    if word.startswith(prefixes) and any(word.startswith(p) and len(word) > len(p) + 2 for p in prefixes):
        return 1
    return 0


def _branch_word(toks: Sequence[Tok], i: int, title: str) -> bool:
    """Bank Indonesia Perwakilan NTT, Kepala Perwakilan BKKBN: a title that also names a body's
    branch office right after a capitalised word on its line is the body's word, no title
    (`branch_office_word`; a word ending the line before is no such word)."""
    text = toks.text if isinstance(toks, Tokens) else ""
    before = toks[i - 1] if i > 0 else None
    if before is not None and "\n" in text[before.end : toks[i].start]:
        before = None
    return branch_office_word(title, before.text if before is not None else None)


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


def _worded_date(toks: Sequence[Tok], j: int) -> bool:
    """Word ``j`` is a month's name after a capitalised numeral in letters: a date a body or a
    place is named after (`Universitas Sebelas Maret`, `Institut Teknologi Sepuluh Nopember`);
    running text writes a date's day in digits (`11 Maret`)."""
    return (
        j > 0
        and toks[j].capital
        and month_number(toks[j].text) is not None
        and toks[j - 1].capital
        and toks[j - 1].low in numeral_words()
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


_START = attrgetter("start")


_END = attrgetter("end")


def written_at(toks: Sequence[Tok], words: Sequence[str]) -> list[int]:
    """The indices where the article writes ``words`` as tokens, one after another, as written."""
    n, want = len(words), list(words)
    return [
        k
        for k in range(len(toks) - n + 1)
        if (not n or toks[k].text == want[0]) and [t.text for t in toks[k : k + n]] == want
    ]


def lowercase_words(toks: Sequence[Tok]) -> frozenset[str]:
    """The words the article writes all in lowercase somewhere (its common words: `malang`,
    `batu`); for `Tokens` made once (kept in its ``lowercase``: four steps read them)."""
    if not isinstance(toks, Tokens):
        return frozenset(t.text for t in toks if t.text.islower())
    if toks.lowercase is None:
        toks.lowercase = frozenset(t.text for t in toks if t.text.islower())
    return toks.lowercase


def on_sports_page(toks: Sequence[Tok], text: str) -> bool:
    """`sports_page` of ``text``: for `Tokens` of ``text`` searched once (kept in its ``sports``:
    the readings' nicknames, the match frames' clubs, the clubs' cities, short names and grounds
    and the decision's city teams each ask, some seven searches of the whole text an article)."""
    if not isinstance(toks, Tokens) or toks.text != text:
        return sports_page(text)
    if toks.sports is None:
        toks.sports = sports_page(text)
    return toks.sports


def tokens_inside(span: Span, toks: Sequence[Tok]) -> range:
    """The indices of the tokens wholly inside ``span``: one run, as ``toks`` are in text order
    and never overlap (their starts and ends both rise), found by bisection (for `Tokens` once a
    span, then read from its ``inside``)."""
    if isinstance(toks, Tokens):
        found = toks.inside.get(span)
        if found is None:
            lo = bisect_left(toks.starts, span[0])
            found = toks.inside[span] = range(lo, max(lo, bisect_right(toks.ends, span[1])))
        return found
    lo = bisect_left(toks, span[0], key=_START)
    return range(lo, max(lo, bisect_right(toks, span[1], key=_END)))


def word_positions(toks: Sequence[Tok], words: Collection[str]) -> list[int]:
    """The indices of the tokens whose lowercase form is one of ``words``, in text order: where a
    rule opening at a listed word can open (for `Tokens` read from its ``by_low``, made once, so
    that the rule reads a handful of places instead of every word of the article)."""
    if not isinstance(toks, Tokens):
        return [k for k, t in enumerate(toks) if t.low in words]
    if toks.by_low is None:
        toks.by_low = {}
        for k, t in enumerate(toks):
            toks.by_low.setdefault(t.low, []).append(k)
    by_low = toks.by_low
    if len(words) <= len(by_low):
        return sorted(k for w in words for k in by_low.get(w, ()))
    return sorted(k for w, ks in by_low.items() if w in words for k in ks)


def token_at(start: int, toks: Sequence[Tok]) -> int | None:
    """The index of the token starting at ``start`` (None: no token starts there; for `Tokens`
    read from its ``at``)."""
    if isinstance(toks, Tokens):
        return toks.at.get(start)
    k = bisect_left(toks, start, key=_START)
    return k if k < len(toks) and toks[k].start == start else None


def token_over(pos: int, toks: Sequence[Tok]) -> int | None:
    """The index of the token that holds the character at ``pos`` (None: a space or none)."""
    k = (
        bisect_right(toks.starts, pos) if isinstance(toks, Tokens) else bisect_right(toks, pos, key=_START)
    ) - 1
    return k if k >= 0 and toks[k].start <= pos < toks[k].end else None


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


@cache
def _ocean_firsts() -> frozenset[str]:
    """The first words of the listed oceans and continents (`samudera`, `benua`)."""
    return frozenset(name.split()[0] for name in word_set("entities_oceans.txt"))


def ocean_len(toks: Sequence[Tok], k: int) -> int:
    """2 when ``k`` opens a listed ocean's or continent's name of two capitalised words
    (entities_oceans.txt: `Samudera Atlantik`, `Benua Afrika`), else 0."""
    if (
        toks[k].low not in _ocean_firsts()
        or not toks[k].capital
        or k + 1 >= len(toks)
        or not toks[k + 1].capital
    ):
        return 0  # `di benua Eropa` in lowercase: the place as the model reads it
    return 2 if f"{toks[k].low} {toks[k + 1].low}" in word_set("entities_oceans.txt") else 0


def region_len(toks: Sequence[Tok], i: int, *, kecamatan: bool = False) -> int:
    """How many words from ``i`` spell a province, regency or city name as written or shouted
    (`Sulut`, `SULUT`; 0: none); with ``kecamatan`` a district's name too, the longest name
    spelled (`Metro Barat` a district's before `Metro` a city's). Read once a word for `Tokens`
    (kept in its ``regions``)."""
    if not isinstance(toks, Tokens):
        return _region_len(toks, i, kecamatan)
    found = toks.regions.get((i, kecamatan))
    if found is None:
        found = toks.regions[i, kecamatan] = _region_len(toks, i, kecamatan)
    return found


def _region_len(toks: Sequence[Tok], i: int, kecamatan: bool) -> int:
    first = _gazetteer_key(toks[i])
    regions = _regions().get(first, ()) or _listed_in_capitals(toks[i].text)
    districts = _districts().get(first, ()) if kecamatan and not _body_in_capitals(toks[i]) else ()
    names = sorted((*regions, *districts), key=len, reverse=True) if districts else regions
    n = _spelled(toks, i, names)
    return n or (2 if _split_spelling(toks, i) else 0)


def placed_by_position(
    toks: Sequence[Tok], inside: range, found_ends: Collection[int], places: Mapping[int, str]
) -> bool:
    """A name of capitalised words (the tokens ``inside``) that no person holds and that is a
    place by where it stands (GUIDELINES §6: villages, neighbourhoods, facilities):
    - right after a locative preposition, in any case (`ditangkap di Kaliaking Lor`, `Di
      Kertosari Lor polisi …`; one word only where a place found elsewhere, ``places`` (start
      -> name of each), holds it: `di Jerez` beside `Sirkuit Jerez`, or one word an address
      goes on after: `di Bahaur, Kasongan, Kalimantan Tengah`), unless after `ke` (one gives
      or goes to a person too) it opens with a given name and no later word of it is a listed
      region's or district's (`ke Slamet Riyadi`: a person; `di Sari Rejo`, `di Mega
      Kuningan`: places);
    - between commas in an address (`_addressed`): after a name already found (``found_ends``:
      the ends of the article's places and facilities: `Stasiun KCIC, Halim Perdanakusuma,
      Jakarta Timur`), a short name's bracket (`(KCIC), …`), an address's number (`RW 11,
      Ganjar Agung, Metro Barat`) or a name in a locative's clause, and before the address goes
      on to a listed region or country, or a found place that `country_or_region` reads
      (`Kecamatan Jagakarsa`); after a lowercase word, a body, a year or an age the name is a
      person's and the country theirs (`Juara dunia, Marko Sitanggang, Argentina`).
    Never one a capitalised word goes on after (`di SBY Cup`: a longer name) or one holding an
    English body's word (`di George Washington University`)."""
    if not inside or not all(_name_word(toks[j]) for j in inside):
        return False
    i, after = inside.start, inside.stop
    if (after < len(toks) and toks[after].text[:1].isupper()) or any(
        toks[j].low in english_body_words() for j in inside
    ):
        return False
    addressed = _addressed(toks, inside, found_ends, places)
    person = (
        toks[i - 1].low == "ke"
        and toks[i].low in given_names()
        and not any(region_len(toks, j, kecamatan=True) for j in inside[1:])
    )
    elsewhere = (
        len(inside) > 1
        or any(toks[i].text in p.split() for p in places.values())
        or _address_goes_on(toks, after, places)
    )
    return (i > 0 and toks[i - 1].low in LOCATIVES and elsewhere and not person) or addressed


#: Names an address may run through between commas before its region or country (`di Desa
#: Pendahara, Bahaur, Kasongan, Kalimantan Tengah`: a village, a hamlet, a district, then the
#: province); a longer run of capitalised names between commas is a list, no address.
_ADDRESS_HOPS = 3


def _addressed(
    toks: Sequence[Tok], inside: range, found_ends: Collection[int], places: Mapping[int, str]
) -> bool:
    """The name ``inside`` stands between commas in an address: after an address's part
    (`_address_part_ends`) or a name in a locative's clause (`di Bahaur, Kasongan, …`), and
    before the address goes on to a region or country (`_address_goes_on`)."""
    i = inside.start
    if i < 2 or toks[i - 1].text != ",":
        return False
    opened = _in_locative_clause(toks, i - 2) or _address_part_ends(toks, i - 2, found_ends)
    return opened and _address_goes_on(toks, inside.stop, places)


#: Words back from a name a locative may stand in its clause (`di acara Bimtek fraksi Golkar,
#: Pullman Central Park, Grogol`: the event's body, then its venue's address); further back it
#: is another clause's.
_LOCATIVE_WINDOW = 6


def _in_locative_clause(toks: Sequence[Tok], k: int) -> bool:
    """Token ``k`` is a capitalised name's last word in a clause a locative opens, within
    ``_LOCATIVE_WINDOW`` words before it and only words between (`di Bahaur`, `di acara fraksi
    Golkar`); a lowercase word before the comma (`di sela acara, Marko …`) is no address's."""
    if not toks[k].text[:1].isupper() or not _name_word(toks[k]):
        return False
    for j in range(k - 1, max(-1, k - 1 - _LOCATIVE_WINDOW), -1):
        if toks[j].low in LOCATIVES:
            return True
        if not toks[j].text[:1].isalpha():
            return False
    return False


def _address_goes_on(toks: Sequence[Tok], k: int, places: Mapping[int, str]) -> bool:
    """From a comma at token ``k``, the address reaches a listed region or country (`, Kalimantan
    Tengah`, `, Maroko`, a found place that `country_or_region` reads), past at most
    ``_ADDRESS_HOPS`` names between commas."""
    for _ in range(_ADDRESS_HOPS):
        j = k + 1
        if j >= len(toks) or toks[k].text != ",":
            return False
        if region_len(toks, j) > 0 or country_or_region(places.get(toks[j].start, toks[j].text)):
            return True
        while j < len(toks) and _name_word(toks[j]):
            j += 1
        if j == k + 1:
            return False
        k = j
    return False


def _address_part_ends(toks: Sequence[Tok], k: int, found_ends: Collection[int]) -> bool:
    """Token ``k`` ends an address's part that a next place may follow after a comma: a found
    place's end (``found_ends``), an address's number after its word (`RW 11`, `No. 5`:
    entities_address_number_words.txt) or closing an event's name (`_edition_closes_name`; a
    bare year or age opens none), or the bracket closing a short name in capitals (`Stasiun
    KCIC (KCIC)`; an age's `(45)` opens none)."""
    tok = toks[k]
    if tok.end in found_ends:
        return True
    if tok.text.isdecimal():
        numbered = any(toks[j].low in address_number_words() for j in range(max(0, k - 2), k))
        return numbered or _edition_closes_name(toks, k)
    return tok.text == ")" and k > 1 and toks[k - 2].text == "(" and toks[k - 1].text.isupper()


def _edition_closes_name(toks: Sequence[Tok], k: int) -> bool:
    """The number at ``k`` closes a name of two capitalised words or more (`Asian Games 2014,
    Incheon, Korsel`: an event's edition, then its city); a year after one word (`Pada 2019,`,
    a sentence's opener) closes none."""
    return k > 1 and all(toks[j].text[:1].isupper() and _name_word(toks[j]) for j in (k - 2, k - 1))


@cache
def address_number_words() -> frozenset[str]:
    """Words an address's number follows (entities_address_number_words.txt)."""
    return word_set("entities_address_number_words.txt")


def address_start(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An entity an address's next place may follow (GUIDELINES §6): a place, or a body whose
    name opens with a facility's head (`Stasiun KCIC`, `Hotel Pullman`), no other body
    (`Pelatih Persib, Marko Sitanggang, Argentina`: a person and his country)."""
    if ent.label == Label.LOC:
        return True
    inside = tokens_inside(ent.span, toks)
    head = match_head(toks, inside.start) if ent.label == Label.ORG and inside else None
    return head is not None and head[2] is Head.FACILITY


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


def _listed_name(words: Sequence[str]) -> bool:
    """``words`` spell a listed region's, district's or regency seat's name whole."""
    key = _titled(tuple(words)) if words[0].isupper() else tuple(words)
    return any(key in table.get(key[0], ()) for table in (_regions(), _districts(), _seats()))


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


def _tail_only(word: str) -> bool:
    """A word listed alone only to end titles (`Barat`, `Daya`), no listed name's first word."""
    return word in _listed_tails(district=False) and all(len(w) == 1 for w in _regions().get(word, ()))


def hosted_event_at(toks: Sequence[Tok], k: int) -> str | None:
    """The kind of a capitalised contest's or race's word at ``k`` (entities_hosted_events.txt:
    `contest` for `Piala`, `Liga`, `Open`, `Olimpiade`; `race` for `MotoGP`, `GP`, `Prix`), whose
    event is named after the place hosting it: a place beside it stays a place (the news-raw
    annotation's convention: a place inside an event's name is listed, the event is not)."""
    if not 0 <= k < len(toks) or not toks[k].text[:1].isupper():
        return None
    return _hosted_event_kinds().get(toks[k].low)


@cache
def _hosted_event_kinds() -> dict[str, str]:
    """Each word of entities_hosted_events.txt with its kind, the table's first kind for a word
    listed under two: one look-up a word (`hosted_event_at` is asked about every word of an
    article, some 450 times an article)."""
    kinds: dict[str, str] = {}
    for kind, words in _words_by_kind("entities_hosted_events.txt").items():
        for word in words:
            kinds.setdefault(word, kind)
    return kinds


@cache
def race_words() -> frozenset[str]:
    """The words `hosted_event_at` reads as a race's (`MotoGP`, `GP`, `Prix`), lowercase."""
    return frozenset(word for word, kind in _hosted_event_kinds().items() if kind == "race")


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


def _after_title(toks: Sequence[Tok], k: int) -> bool:
    """A position title ends right before word ``k`` (`Direktur`, `Vice President`)."""
    return any(title_len(toks, j) == k - j for j in range(max(0, k - MAX_TITLE_WORDS), k))


class CalledAlone(NamedTuple):
    """The words the model calls a person alone in an article (`Toto mengatakan`), and each two
    words in a row of its longer persons (`Putri Ariani`): a name no body's name ends inside."""

    alone: frozenset[str]
    pairs: frozenset[str]


#: An article whose model calls no one alone.
NO_ONE_CALLED = CalledAlone(frozenset(), frozenset())


def called_alone(entities: Iterable[Entity]) -> CalledAlone:
    """`CalledAlone` of the model's ``entities``."""
    names = [e.text.split() for e in entities if e.label == Label.PER]
    return CalledAlone(
        frozenset(w[0] for w in names if len(w) == 1),
        frozenset(f"{a} {b}" for w in names for a, b in pairwise(w)),
    )


def called_at(toks: Sequence[Tok], k: int, called: CalledAlone) -> bool:
    """The word at ``k`` (after a word) is one the model calls a person alone, and makes no
    longer person with the word before it."""
    return toks[k].text in called.alone and f"{toks[k - 1].text} {toks[k].text}" not in called.pairs
