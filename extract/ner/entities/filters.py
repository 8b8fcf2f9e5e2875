"""Filters of one entity read in its sentence: headline verbs, clause tails, open ends, degrees.

A span cut before an inlined headline's predicate or bare `-kan` verb
(`entities_headline_verbs.txt`), a clause glued to it, a person the article names elsewhere,
the list's `dan` or comma that ends it, or a bracket it never closes; degrees
(`names_degrees_*.txt`), languages, peoples (`entities_people_cues.txt`), formulas, plates,
codes inside a document's number, titles alone, hashtags and handles, a road's distance post alone
(`di Km 17`: `entities_road_posts.txt`) and a name dated by a year after it (`Statistik
Kesejahteraan Rakyat 2025`) are no entities.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import regex

from ...clean.lexicon import teaser_at
from ...people.lexicon import role_words
from ...records import Entity, Span
from ...records import EntityLabel as Label
from ...resources import load_lines
from ...text.patterns import LazyPattern, alternation, whole_words
from ...text.words import (
    admin_level_words,
    club_formed,
    common_words,
    english_body_words,
    given_names,
    not_names,
    org_acronyms,
    org_words,
    word_set,
)
from .cuts import _head_only
from .grammar import MAX_REGION_WORDS
from .kinds import _body_word
from .model import _english_body
from .page import _glued_masthead, _glues, _opens_sentence
from .shortnames import _spelled_acronyms
from .tokens import (
    _START,
    Tok,
    _entity,
    _listed_name,
    _own_name,
    _tail_only,
    match_head,
    region_len,
    title_len,
    token_at,
    tokens_inside,
    word_positions,
    written_at,
)
from .words import (
    _DESIGNATION,
    _DOMAIN,
    _NUMBER_REF,
    _PLATE,
    _YEAR,
    SENTENCE_ENDS,
    Head,
    _degree_words,
    _districts,
    _english_goes_on,
    _foreign_joins,
    _head_firsts,
    _regions,
    _religious_titles,
    _road_posts,
    _side_joins,
)


def _the_nation(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` names the nation: after a body it is the body's own word (`Pos
    Indonesia`) or its role (`keketuaan ASEAN Indonesia`), no region of the body."""
    return toks[k].low in word_set("entities_nation.txt")


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


#: A title-case headline's opening holds this many words or more up to its predicate: a
#: sentence of running text may open with a body's long name (`Pusat Riset Panas Bumi …`).
MIN_OPENING_WORDS = 5


def _headline_opening(toks: Sequence[Tok], k: int) -> bool:
    """The words from the opening of the sentence that holds ``k`` up to ``k`` are a title-case
    headline's, the body glued after it with no stop (`Harga Cabai di Pasar Sukamaju Naik`
    harga …): ``MIN_OPENING_WORDS`` words or more, all capitalised but two function words at
    most (`di`, `dan`); a content word in lowercase is running text (`Para peneliti Pusat …`)."""
    first = k
    while first > 0 and not _opens_sentence(toks, first):
        first -= 1
    words = [t for t in toks[first : k + 1] if t.text[:1].isalpha()]
    lower = [t for t in words if not t.text[:1].isupper()]
    return (
        len(words) >= MIN_OPENING_WORDS
        and len(lower) <= MAX_HEADLINE_LOWER
        and all(t.low in word_set("clean_function_words.txt") for t in lower)
    )


def _opening_predicate(toks: Sequence[Tok], k: int) -> bool:
    """The capitalised word at ``k`` is a headline's adjective or intransitive verb
    (`entities_headline_predicates.txt`: `Turun`, `Rampung`) in a title-case headline's opening;
    names hold some of them in running text (`Tenaga Panas Bumi`)."""
    t = toks[k]
    return t.low in word_set("entities_headline_predicates.txt") and _headline_opening(toks, k)


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


def _common_tail(tok: Tok) -> bool:
    """A common word the gazetteer lists alone only to end a region's name (`Daya`, `Besar`,
    `Raya`), no compass word (`Asia Tenggara`): alone it is no region (`Kementerian Energi dan
    Sumber Daya Mineral`)."""
    compass = tok.low in word_set("entities_compass_words.txt")
    return _tail_only(tok.text) and tok.low in common_words() and not compass


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
        if n == 1 and (toks[k].low in lower or _common_tail(toks[k])):
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


def _after_question_word(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC opened by a question word of the particle `-kah` on a common word (`Bisakah`,
    `Mampukah`, `Apakah`): a headline's question (`…, Bisakah Persija Naik Peringkat?`); the
    name starts after it, and nothing is left of a name of that word alone."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not inside or not _question_word(toks[inside[0]]):
        return ent
    if len(inside) < 2:
        return None
    start = toks[inside[1]].start
    return _entity(ent.text[start - ent.span[0] :], ent.label, start)


#: The least letters of a question word's stem: shorter stems before `kah` are a name's word
#: (`Berkah`, `Barkah`, `Paskah`).
MIN_QUESTION_STEM = 4


def _question_word(tok: Tok) -> bool:
    """A capitalised word of the question particle `-kah` on a common word (`Bisakah`,
    `Benarkah`)."""
    stem = tok.low.removesuffix("kah")
    return (
        tok.text[:1].isupper()
        and stem != tok.low
        and len(stem) >= MIN_QUESTION_STEM
        and stem in common_words()
    )


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
    Sukamaju Distribusikan Air Bersih di …`: a headline whose stop is missing), and so is a
    headline's adjective in a title-case headline's opening (`_opening_predicate`)."""
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
            or _opening_predicate(toks, k)
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
        if t.text not in elsewhere:
            continue  # the cut needs a word called a person elsewhere: most words are none
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
            and not t.text.isupper()
            and match_head(toks, k) is None
            and not region_len(toks, k)  # a district's name is a given name too (`Bambang`)
        ):
            return _entity(ent.text[: before.end - ent.span[0]], ent.label, ent.span[0])
    return ent


def _before_player_name(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """An ORG after a competitor's noun cut before the competitor's name glued to it (`kiper
    Sukamaju FC Budi Hartono menepis …` → `Sukamaju FC`: entities_competitor_nouns.txt): the
    words kept are the team's name as the article writes it elsewhere with no capitalised word
    after it, and the last two words a name: capitalised, none common, a body's word, a head nor
    a place. Not `pemain Persija Jakarta` beside a `Persija` alone (a place), nor a span the
    article writes whole again (`kiper Real Sociedad`) or shortens in brackets (`(PSG)`)."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label != Label.ORG
        or len(inside) < 3
        or not inside[0]
        or toks[inside[0] - 1].low not in _competitor_nouns()
    ):
        return ent
    if text.count(ent.text) > 1 or text[ent.span[1] :].lstrip().startswith("("):
        return ent
    k = inside[-2]
    if _name_words(toks, k, inside[-1]) and _team_alone(ent, toks[k - 1], text):
        return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    return ent


def _competitor_nouns() -> frozenset[str]:
    """Nouns for one who competes for a team (`kiper`, `pembalap`: entities_competitor_nouns.txt)."""
    return word_set("entities_competitor_nouns.txt")


def _name_words(toks: Sequence[Tok], k: int, last: int) -> bool:
    """The words from ``k`` to ``last`` can be a person's name: capitalised letters, no common
    word, no body's word, no head, no place."""
    return all(
        toks[j].text[:1].isupper()
        and toks[j].text.replace("-", "").isalpha()
        and not toks[j].text.isupper()
        and toks[j].low not in common_words()
        and toks[j].low not in org_words()
        and match_head(toks, j) is None
        and not region_len(toks, j)
        for j in range(k, last + 1)
    )


def _team_alone(ent: Entity, last: Tok, text: str) -> bool:
    """The ORG's words up to ``last`` are written elsewhere in ``text`` with no capitalised word
    after them: the team's own name, as the article calls it."""
    name = ent.text[: last.end - ent.span[0]]
    capital_next = _CAPITAL_NEXT.get().match
    return any(a != ent.span[0] and not capital_next(text, b) for a, b in whole_words(text, name))


#: A capitalised word right after a name (`Persija` in `Persija Jakarta`): the name goes on.
_CAPITAL_NEXT = LazyPattern(r"\s+\p{Lu}")


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


#: A run of non-blank characters: the words of an entity, with their offsets.
_NON_SPACE = LazyPattern(r"\S+")

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
    body's or place's name ends in one. A person's may (`Lin Dan`). The words' offsets are read
    only for an entity cut."""
    words = ent.text.split()
    k = len(words)
    while (
        ent.label != Label.PER and k > 1 and words[k - 1].istitle() and words[k - 1].lower() in _NO_NAME_ENDS
    ):
        k -= 1
    if k == len(words):
        return ent
    starts = [m.start() for m in _NON_SPACE.get().finditer(ent.text)]
    return _entity(ent.text[: starts[k]], ent.label, ent.span[0])


#: the possessive `-nya` glued to a name's last word (`Kesehatannya`, `RNB-nya`)
_POSSESSIVE = LazyPattern(r"(?<=\w)-?nya$")


def _without_possessive(ent: Entity, text: str) -> Entity | None:
    """An ORG/LOC whose last word carries the possessive `-nya` (`BPJS Kesehatannya`, `PT
    RNB-nya`, `PT Sinar Legalitasnya`): the name ends before it. The name without `-nya` when
    the article writes it so (`BPJS Kesehatan`) or the suffix is hyphened; else the word goes
    when it is a common word (`Legalitas`) and a name is left before it, the whole span when
    nothing is (`Kementeriannya`). A name's own `nya` stays (`Catalunya`), so does a list's
    `dan Sekitarnya` (`Persatuan Sepak Bola Biak dan Sekitarnya`)."""
    m = _POSSESSIVE.get().search(ent.text)
    if ent.label == Label.PER or m is None:
        return ent
    bare, words = ent.text[: m.start()], ent.text.split()
    last = words[-1][: len(words[-1]) - len(m.group())]
    if m.group().startswith("-") or any(whole_words(text, bare, hyphen=False)):
        return _entity(bare, ent.label, ent.span[0])
    if last.lower() not in common_words() or (len(words) > 1 and words[-2].lower() == "dan"):
        return ent
    return _entity(ent.text[: ent.text.rfind(" ")], ent.label, ent.span[0]) if len(words) > 1 else None


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


#: The specialist's mark that opens every medical specialist's degree (`Sp.PD-KGH`, `SpPD-KAI`,
#: `Sp.A`) and the subspecialist's that opens a consultant's (`SubspIPT`, `SubspOBK`): Permendikbud
#: 154/2014 names them; a word so opened, or the rest of it, is a degree's.
_SPECIALIST = regex.compile(r"(?:Sp\.?\p{Lu}{0,5}[-.]?|Subsp)$")


def _in_degree_word(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC/PER that starts inside a specialist's degree, right after its mark (`PD` and
    `KGH` of `Sp.PD-KGH`, `KAI` of `SpPD-KAI`), or is a subspecialist's degree (`SubspIPT`):
    a piece of a person's degree, no name (`_SPECIALIST`)."""
    k = bisect_right(toks, ent.span[0], key=_START) - 1
    if k < 0 or toks[k].end <= ent.span[0] or " " in ent.text:
        return False
    before = toks[k].text[: ent.span[0] - toks[k].start]
    return bool(_SPECIALIST.match(before)) or (not before and ent.text.startswith("Subsp"))


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


def _account_tag(ent: Entity) -> bool:
    """An ORG/LOC opened by a hashtag or an account's handle glued to its word (`#UninstallTraveloka`,
    `FC Bayern München (@FCBayern)`, `kanal youtube @GTWorld`): a tag or an account on a platform,
    no body's or place's name as written (GUIDELINES §6: platforms are no entities); `@` set apart
    by a space stands for "at" before a place's name (`@ Latigo Village`)."""
    return ent.label != Label.PER and _ACCOUNT_TAG.get().match(ent.text) is not None


#: A hashtag's or a handle's mark glued to the word it marks (`#FCBayern`, `@Inter_en`).
_ACCOUNT_TAG = LazyPattern(r"[#@][\p{L}\p{N}_]")


def _initials_named(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC of up to four capitals that the article gives as someone's initials somewhere
    (`berinisial ASS`, `Sdr. RS`, `Tersangka MRH`: ``entities_initials_cues.txt``, the forms of
    address and the case nouns of ``entities_initials_nouns.txt``): a person kept anonymous, no
    place and no body (`ASS diberikan sanksi`, `Sdr. AS ditahan`). A listed body's short name
    after a form of address or a case noun is the body (`Bapak TNI`, `tersangka KPK`)."""
    if ent.label == Label.PER or not (ent.text.isalpha() and ent.text.isupper() and len(ent.text) <= 4):
        return False
    addressed = ent.text.lower() not in org_acronyms()
    return any(
        toks[i].text == ent.text and _initials_cue(toks, i, addressed)
        for i in word_positions(toks, (ent.text.lower(),))
    )


def _initials_cue(toks: Sequence[Tok], i: int, addressed: bool) -> bool:
    """The word before token ``i``, past a full stop (`Sdr. RS`), cues a person's initials; a form
    of address or a case noun (`tersangka`) does only when ``addressed``."""
    k = i - 2 if i > 1 and toks[i - 1].text == "." else i - 1
    if k < 0:
        return False
    return toks[k].low in word_set("entities_initials_cues.txt") or (
        addressed
        and (toks[k].text in _forms_of_address() or toks[k].low in word_set("entities_initials_nouns.txt"))
    )


@cache
def _forms_of_address() -> frozenset[str]:
    """The forms of address as written (`Mas`, `Sdr`, `Yang Mulia`)."""
    return frozenset(load_lines("names_honorifics.txt"))


def _cut_at_join(ent: Entity) -> bool:
    """An ORG/LOC of two words or more ending in a lowercase foreign join (`University of`,
    `International Union for`, `Circuit de`): cut inside a longer name, a work's, a person's or a
    body's, and no name as it stands."""
    words = ent.text.split()
    return ent.label != Label.PER and len(words) > 1 and words[-1] in _foreign_joins()


def _cut_before_join(ent: Entity, toks: Sequence[Tok], org_starts: frozenset[int] = frozenset()) -> bool:
    """An ORG right before a lowercase English join and a capitalised word, one space each
    (`Gravity Recovery` + `and Climate Experiment`, `Circle` + `to Search`, `Google Year` + `in
    Search`, `Pertamina Goes` + `to Campus`): the model's cut inside a longer English name, a
    work's, a programme's, an event's or a concept's, and no name as it stands (the sibling of
    `_cut_at_join`). It stays where the article writes the same words elsewhere with no join after
    them in any case (a name of its own: `Google Ads` beside `Google Ads and …`; a headline's
    `Goes To Campus` goes on), where it or the word after the join is shouted (`WHO and …`, `TNT
    Sports and HBO Max`: two names listed), a body's head opens it (`Bank Mandiri … with`; not
    `The`, a joining head) or an English body's word is in it (`Hanoi University of Science` +
    `and Technology`: a body's name cut short, for the body's rules), and so does one before
    `with` or `in` and an entity of the article, ORG or LOC (``org_starts``: their starts), two
    names side by side (`Telkomsel with Google`, `Java Festival Production in Jakarta`), and one
    word before `and` and such an entity (`Google and Microsoft Indonesia`). Not longer names
    before `and`, nor `of`, `&`: read on news-raw they join one name's parts (`Times of India`,
    `Merck Sharp and Dohme`, `Click & Collect`)."""
    inside = tokens_inside(ent.span, toks)
    j = inside.stop if inside else 0
    if ent.label != Label.ORG or not inside or j + 1 >= len(toks) or ent.text.isupper():
        return False
    join, after = toks[j], toks[j + 1]
    spaced = join.start == ent.span[1] + 1 and after.start == join.end + 1
    if (
        not (spaced and join.text in _english_goes_on() and after.text[:1].isupper())
        or after.text.isupper()
        or (
            after.start in org_starts
            and (join.text in _side_joins() or (len(inside) == 1 and join.text == "and"))
        )
    ):
        return False
    head = match_head(toks, inside.start)
    if (head is not None and head[2] is not Head.JOIN) or any(
        toks[k].low in english_body_words() for k in inside
    ):
        return False
    words = [t.text for t in toks[inside.start : inside.stop]]
    return all(
        k + len(words) < len(toks) and toks[k + len(words)].low in _english_goes_on()
        for k in written_at(toks, words)
    )


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
    designated = _designation(first) and _DESIGNATION.get().fullmatch(first) is not None
    return designated or _PLATE.get().search(ent.text) is not None


def _cut_in_word(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that ends inside a word, before a designation's hyphen and number
    (`_cut_designation`: `MiG` of `MiG-25`) or before its own word repeated in lowercase
    (`_cut_reduplication`: `Kakak` of `Kakak-kakaknya`): no body and no place."""
    return ent.label != Label.PER and (_cut_designation(ent, toks) or _cut_reduplication(ent, toks))


def _road_post(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC that is a road's distance post alone: a post's word of entities_road_posts.txt and
    its number, apart or glued (`di Km 17`, `Km 23+950 sampai Km 24+450`, `Km 24.450`, `Km 12,5`,
    `Km.17`, `KM-50` alone; `_road_post_rx`): a point on a road, no named place. An administrative
    level or an area's word before it names the place called so (`dusun Km 7`, `wilayah Km 6`);
    a post inside a longer name (`Jalintim Km 125`, `KM-50 Tol Jakarta-Cikampek`) is no post alone."""
    if ent.label != Label.LOC or not _road_post_rx().fullmatch(ent.text):
        return False
    k = bisect_right(toks, ent.span[0] - 1, key=_START) - 1
    before = toks[k].low if k >= 0 and toks[k].end <= ent.span[0] else ""
    return before not in admin_level_words() and before not in _road_posts("area")


@cache
def _road_post_rx() -> regex.Pattern[str]:
    """A road's distance post written alone (`_road_post`): a post's word, then its number apart
    or glued by `.` or `-`, the number's parts joined by `.`, `,` or `+`, a range's by `-`."""
    posts = alternation(_road_posts("post"))
    return regex.compile(rf"(?i:{posts})(?:\s*|[.-])\d+(?:[.,+]\d+)*(?:-\d+)?")


def _designation(word: str) -> bool:
    """``word``'s letters before its hyphen open no head's nor place's code (`RT-05`, `KM-50`)."""
    letters = word.split("-")[0].lower()
    return letters not in _head_firsts() and letters not in word_set("entities_place_codes.txt")


def _rest_of_word(ent: Entity, toks: Sequence[Tok]) -> str:
    """What the word holding ``ent``'s end goes on with past it (`-25` of `MiG-25` after `MiG`)."""
    k = bisect_right(toks, ent.span[1] - 1, key=_START) - 1
    return toks[k].text[ent.span[1] - toks[k].start :] if k >= 0 and toks[k].end > ent.span[1] else ""


def _cut_reduplication(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC whose last word the same word repeats in lowercase after a hyphen (`Gelembung`
    of `Gelembung-gelembung`, `Jari` of `Jari-jarinya`): a plural common word, no name; a route's
    capitalised end is a place (`Bandar Lampung-Lampung Barat`)."""
    rest, words = _rest_of_word(ent, toks), ent.text.split()
    return bool(words) and rest[1:2].islower() and rest.lower().startswith("-" + words[-1].lower())


def _cut_designation(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that ends inside a word, before the hyphen and number of a designation its last
    word opens (`MiG` of `MiG-25 Foxbat`, `CoV` of `SARS-CoV-2`, `STD` of `MIL-STD-810H`): the
    aircraft's, virus's or standard's letters, no body and no place (`Lampung-1`, `COVID-19` in a
    laboratory's name and `KM-50` are no such cut)."""
    rest = _rest_of_word(ent, toks)
    if not rest or not ent.text.split():
        return False
    word = ent.text.split()[-1] + rest
    return _DESIGNATION.get().match(word) is not None and _designation(word)


def _in_document_number(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that is a segment of one word of two or more slashes and a number, and not the
    whole word (`SPKT`, `Bareskrim` in `LP/B/230/V/2026/SPKT/Bareskrim`, `KESRA` in
    `45/PK.03.03/KESRA`): the office code of a report's or a letter's number, no mention of a body
    or a place (GUIDELINES §6); a unit named with its number keeps it (`Kodim 0422/Lambar`)."""
    if ent.label == Label.PER:
        return False
    k = bisect_right(toks, ent.span[0], key=_START) - 1
    if k < 0 or toks[k].end < ent.span[1] or (toks[k].start, toks[k].end) == tuple(ent.span):
        return False
    word = toks[k].text
    return word.count("/") >= 2 and any(c.isdigit() for c in word)


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


def _continues_other(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` follows a capitalised word of another name in the same sentence: no
    title (a religious one before a given name included: `Nabi Ibrahim`; not `Biksu Shaolin`,
    `Pemangku Uluhan`), head, particle or person's word, and no region's last word (`Indonesia
    Ferry`, but `Diskominfo Kota Palangka Raya Alfrianto` names Alfrianto after the office)."""
    before = k - 1
    if before <= 0 or not _glues(toks, before, frozenset()) or _opens_sentence(toks, before):
        return False
    if toks[before].low in _religious_titles() and toks[k].low in given_names():
        return False  # `Nabi Ibrahim`, `Ustaz Fauzan`: the title before a given name
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


def _called_persons(ents: Sequence[Entity], toks: Sequence[Tok], text: str) -> frozenset[str]:
    """The places' surfaces the article uses as a person's name somewhere: one word right after a
    quote's speech verb and before a comma or a sentence's end (`kata Puncak,`: the speaker), a
    name right before a bracketed age that no other bracketed number stands
    near (`Mayang (28)`; not the counts of a list, `Subik (7), Gunung Sadar (6)`), or a name glued
    by a hyphen to a person's word (`Prabowo-Gibran`, `Jean-Philippe Mateta`). Every mention
    of it is the person, no place (GUIDELINES §6: one sense a surface)."""
    person_words = frozenset(w for e in ents if e.label == Label.PER for w in e.text.split())
    return frozenset(
        e.text.casefold()
        for e in ents
        if e.label == Label.LOC
        and (
            _glued_to_person(e, text, person_words)
            or ((inside := tokens_inside(e.span, toks)) and _speaker_or_aged(inside, toks))
        )
    )


#: What joins two items of a row of names: a comma, or `dan`, `hingga`, `serta`, `atau` with or
#: without a comma before it (`Deng Xiaoping, Jiang Zemin, hingga Xi Jinping`).
_ROW_JOIN = regex.compile(r",\s*|,?\s+(?:dan|hingga|serta|atau)\s+")

#: A bare comma between two items of a row.
_BARE_COMMA = regex.compile(r",\s*")

#: Items a row must hold besides the span: two, so that one person beside a place (`Bupati
#: Bangkalan, Lukman Hakim`) is an apposition, no row.
_ROW_ITEMS = 2


def _persons_in_row(ents: Sequence[Entity], text: str) -> frozenset[str]:
    """The ORG/LOC surfaces named as an item inside a row of persons: the items joined to it by
    commas, `dan`, `hingga`, `serta` (`_ROW_JOIN`) are all persons, at least `_ROW_ITEMS`, and
    one stands before it (`Deng Xiaoping, Jiang Zemin, Hu Jintao, hingga Xi Jinping`; `Acosta,
    Alex Marquez, Diggia, dan Zarco`): one more person, no place and no body. A row's first item is
    the row's owner (`Palestina, Ozy Syahputra, Indra Brugman, dan …`: the fans of a place), a
    listed region's name or a shouted short name keeps its sense, and one person at least is
    named in full (two words or more): a row of one-word names is as often villages or makes the
    model read as persons (`Desa Molie, …, Jaddu, Raeoloro, dan Raenalulu`)."""
    found = set()
    for ent, others, _ in _rows(ents, text):
        if ent.label == Label.PER or ent.text.isupper() or _listed_name(ent.text.split()):
            continue
        full = any(len(e.text.split()) > 1 for e in others)
        if full and all(e.label == Label.PER for e in others):
            found.add(ent.text.casefold())
    return frozenset(found)


def _kind_of_row(ents: Sequence[Entity], toks: Sequence[Tok], text: str) -> dict[str, Label]:
    """The surfaces an item of a row of places or of bodies takes the row's label for: every
    other item (at least `_ROW_ITEMS`, one before it) is of the other kind (`Shenzhen, Zhuhai,
    dan Xiamen`; `Huawei, Tencent, dan BYD`). A body so read is a shouted short name (`BYD`,
    `MAPALA`: a country's or a park's name beside bodies is the place, `Kemenkes Kongo, Uganda
    dan WHO`); a place so read opens with no head and holds no English body word (`Stanford
    University` beside schools the model called places) and does not end a chain of commas alone:
    there the places are an address and the body the clause's subject (`di Kyiv, Ukraina,
    Liverpool akan …`, `di Cupertino, California, AS, Apple, diketahui …`); no listed region is
    moved."""
    found: dict[str, Label] = {}
    for ent, others, comma_last in _rows(ents, text):
        labels = {e.label for e in others}
        if ent.label == Label.PER or len(labels) != 1 or ent.label in labels or Label.PER in labels:
            continue
        first = token_at(ent.span[0], toks)
        if first is None or match_head(toks, first) is not None or _listed_name(ent.text.split()):
            continue
        if ent.label == Label.LOC and ent.text.isupper():
            found[ent.text.casefold()] = Label.ORG
        elif ent.label == Label.ORG and not comma_last and not _english_body(ent):
            found[ent.text.casefold()] = Label.LOC
    return found


def _rows(ents: Sequence[Entity], text: str) -> Iterable[tuple[Entity, list[Entity], bool]]:
    """Each entity inside a row (`_ROW_JOIN`) with the row's other items, where at least
    `_ROW_ITEMS` others are and one stands before it, and whether it ends the row after a bare
    comma (no `dan`, `hingga` before it)."""
    row = sorted(ents, key=lambda e: e.span)
    joined = [_ROW_JOIN.fullmatch(text, a.span[1], b.span[0]) is not None for a, b in itertools.pairwise(row)]
    for i, ent in enumerate(row):
        first = i
        while first > 0 and joined[first - 1]:
            first -= 1
        last = i
        while last < len(joined) and joined[last]:
            last += 1
        others = row[first:i] + row[i + 1 : last + 1]
        if first < i and len(others) >= _ROW_ITEMS:
            comma = _BARE_COMMA.fullmatch(text, row[i - 1].span[1], ent.span[0]) is not None
            yield ent, others, i == last and comma


#: A capitalised word glued by a hyphen before or after a span (`Wahdi-`, `-Philippe`).
_GLUED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}']*)-$")
_GLUED_AFTER = regex.compile(r"-(\p{Lu}[\p{L}']*)(?![\p{L}\p{N}-])")

#: Words of a route, a crossing or waters between two places: after one in the sentence, `X-Y`
#: names its two ends (`ruas Sragen-Ngawi`, `lintasan Ulee Lheue-Balohan`), two places even where
#: the model calls one end a person.
_ROUTE_WORDS = frozenset(
    {"rute", "lintasan", "jalur", "relasi", "ruas", "trayek", "penyeberangan", "tol", "perairan"}
)

#: A sentence's end before a span: a full stop, a question or an exclamation mark, and a space.
_SENTENCE_END = regex.compile(r"[.?!]\s")


def _glued_to_person(ent: Entity, text: str, person_words: frozenset[str]) -> bool:
    """A place glued by a hyphen, no space, to a word of a person the article names (`pasangan
    Wahdi-Qomaru`, `Maitland-Niles`, `Jean-Jacques Rousseau`): one person's double name or a
    running pair's names, no place. Neither side may be a listed region's or district's name
    (`Pesanggrahan-Ciliwung`, `Manui-Kendari`), nor a route's word open the sentence before it
    (`ruas Sragen-Ngawi`): there the model's person is a place."""
    start, end = ent.span
    before = _GLUED_BEFORE.search(text, max(0, start - 40), start)
    after = _GLUED_AFTER.match(text, end, end + 40)
    glued = [m.group(1) for m in (before, after) if m is not None]
    if not any(w in person_words and not _listed_name([w]) for w in glued):
        return False
    if _listed_name(ent.text.split()):
        return False
    lead = text[max(0, start - 400) : start]
    opened = [m.end() for m in _SENTENCE_END.finditer(lead)]
    return not any(w.lower() in _ROUTE_WORDS for w in lead[opened[-1] if opened else 0 :].split())


def _speaker_or_aged(inside: range, toks: Sequence[Tok]) -> bool:
    """The words ``inside`` are a quote's tagged speaker or a name before a bracketed age."""
    return _tagged_speaker(inside, toks) or _aged(inside, toks)


def _tagged_speaker(inside: range, toks: Sequence[Tok]) -> bool:
    """Word ``inside`` alone stands right after a bare speech verb (`kata`, `ujar`) and before a
    comma, a full stop or the text's end."""
    k, end = inside.start, inside.stop
    verb = k > 0 and toks[k - 1].text in _tag_verbs()
    return len(inside) == 1 and verb and (end == len(toks) or toks[end].text in {",", "."})


def _aged(inside: range, toks: Sequence[Tok]) -> bool:
    """A bracketed one- or two-digit number follows the words ``inside``, and no other bracket
    within ten words either side holds a number (`Jatim (rank 9) & DKI (11)`)."""
    end = inside.stop
    if not _bracketed_number(toks, end):
        return False
    near = range(max(0, inside.start - 10), min(len(toks), end + 13))
    return not any(_bracket_counting(toks, j) for j in near if j != end)


def _bracketed_number(toks: Sequence[Tok], j: int) -> bool:
    """Tokens ``j`` to ``j + 2`` are `(`, a number of one or two digits and `)`."""
    return (
        j + 2 < len(toks)
        and toks[j].text == "("
        and toks[j + 1].text.isdigit()
        and len(toks[j + 1].text) <= 2
        and toks[j + 2].text == ")"
    )


def _bracket_counting(toks: Sequence[Tok], j: int) -> bool:
    """Token ``j`` opens a bracket with a number among its first two words (`(82 orang)`, `(rank 9)`)."""
    return toks[j].text == "(" and any(t.text[:1].isdigit() for t in toks[j + 1 : j + 3])


@cache
def _tag_verbs() -> frozenset[str]:
    """The bare speech verbs of ``names_speech_verbs.txt`` that open a quote's tag (`kata`, not
    `mengatakan`, `katanya`)."""
    verbs = word_set("names_speech_verbs.txt")
    return frozenset(
        v for v in verbs if v.islower() and not v.startswith(("me", "ber")) and not v.endswith("nya")
    )


def _greeting(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A one-word place that is a greeting (``entities_greetings.txt``) opening a sentence or a
    quote (`"Salam dari saya …`): the greeting, no place."""
    k = token_at(ent.span[0], toks) if ent.label == Label.LOC else None
    return (
        k is not None
        and toks[k].end == ent.span[1]
        and toks[k].low in word_set("entities_greetings.txt")
        and _opens_sentence(toks, k)
    )


def _before_its_year(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of two words or more written right before a year wherever the article writes it
    (`Statistik Kesejahteraan Rakyat 2025`, `Livoli Divisi Utama 2023`, `FOLU Net Sink 2030`), no
    head opening it and no body's word in it: a report's, an event's or a target's name dated by
    its year, no body (GUIDELINES §6: events, programmes and works are no entities), as
    `_dated_edition` reads a year inside the span. A range or a season is no year (`2019-2024`);
    a name the article also writes with no year after it, one holding a known body's short name
    or a body's word (`Munas PSSI 2026`, `Apple Developer Academy Tangerang 2025`), or the agent
    of a passive verb (`diterima Mitra Tani 2024`: `_passive_agent`) is a body's."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2 or not _year_at(toks, inside.stop):
        return False
    if match_head(toks, inside.start) is not None or _passive_agent(toks, inside.start):
        return False
    if any(_body_word(toks[k]) or toks[k].low in english_body_words() for k in inside):
        return False
    words = [toks[k].text for k in inside]
    return all(_year_at(toks, k + len(words)) for k in written_at(toks, words))


def _year_at(toks: Sequence[Tok], k: int) -> bool:
    """Token ``k`` is a year (`2025`), not a range's or a season's (`2019-2024`, `2025/2026`)."""
    return k < len(toks) and _YEAR.get().fullmatch(toks[k].text) is not None


def _passive_agent(toks: Sequence[Tok], k: int) -> bool:
    """The word before token ``k`` is `oleh` or a passive verb (`diterima`, `diraih`:
    `_verb_shaped`): the name from ``k`` is the agent, one who acts (data/annotations convention:
    an institution acting is an organisation)."""
    before = toks[k - 1].low if k > 0 else ""
    return before == "oleh" or (before.startswith("di") and _verb_shaped(before))
