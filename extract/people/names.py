"""Person names: honorifics, degrees and ranks off; mentions grouped by person.

The one implementation of name normalisation and of grouping that officials, persons and
quotes use (GUIDELINES §2 and §6):

* `strip_name` trims honorifics, religious titles, degrees and ranks from a span;
* `same_person` decides whether a short mention (``Umi``, ``Wayan Adi Arnawa``) names the
  same person as a full one (``Umi Mastikah``, ``I Wayan Adi Arnawa``);
* `group_by_person` groups name mentions by person, fullest name first;
* `joined_beside` makes one person of two written side by side as the pieces of one name
  (``Tedros`` and ``Adhanom Ghebreyesus`` of ``Tedros Adhanom Ghebreyesus``);
* `fuller_name` finds the one longer name a one-word name writes short (clipped, respelt or
  one of its words), for a speaker the persons list apart (``Aris``, `Ariswandi`);
* `PersonIndex` answers, for one article, "whose name is this short name, this span or this
  title": the fullest name of the person it points to.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import pairwise

from ..records import Official, Person, Span
from ..text.patterns import LazyPattern, whole_words
from ..text.tokens import PUNCT, SHORT_TEXTS_KEPT, WORD, Tok, prev_word, tokenize
from ..text.words import (
    WordClass,
    common_words,
    possessive_stem,
    speech_verbs,
    verb_like,
    word_class,
    word_set,
)
from .corpus import (
    body_word_over_person,
    corpus_body_word,
    corpus_counts,
    opens_names_mostly,
    person_word_in_corpus,
)
from .lexicon import (
    Marker,
    blessings,
    dotted_name_word,
    entity_cues,
    haji_initial,
    is_region_span,
    lower_particles,
    match_head,
    match_marker,
    nickname_addresses,
    place_kind_words,
    role_words,
)

__all__ = [
    "PersonIndex",
    "described_before",
    "display_name",
    "fuller_name",
    "group_by_person",
    "joined_beside",
    "listed_beside",
    "misspelt_names",
    "name_tokens",
    "one_word_apart",
    "proper_name",
    "same_person",
    "strip_name",
]

_NAME_SPLIT = LazyPattern(r"[\s.,]+")
_ACRONYM = LazyPattern(r"\p{Lu}{2,4}")
#: Letters: a one-word name this long or longer may be a typo of a word of a longer name.
_TYPO_MIN_LEN = 6
#: Letters: in names of two words or more whose other words are the same, a word this long or
#: longer with one letter added or left out is a misspelling (Rifky/Riefky, Budi/Budhi, Ulfa/Ulfah);
#: a letter changed needs `_TYPO_MIN_LEN` (Heri/Hari, Yanto/Yanti are two names).
_MISSPELT_MIN_LEN = 4
#: Candidates compared per typo lookup (bounds the work on a list of hundreds of names).
_TYPO_MAX_CANDIDATES = 50


def name_tokens(name: str) -> list[str]:
    """The words of a name, dots and commas dropped (``M. Afif`` -> ``['M', 'Afif']``); a fresh
    list each call (the same names are split some 200 times an article, nine in ten of them
    split before: `_name_words` keeps them)."""
    return list(_name_words(name))


@lru_cache(maxsize=SHORT_TEXTS_KEPT)
def _name_words(name: str) -> tuple[str, ...]:
    """The words `name_tokens` gives, split once while the name is read again."""
    return tuple(t for t in _NAME_SPLIT.get().split(name) if t)


#: the most words of no known class one name holds (`Juan Pablo Vargas`)
_MOST_UNKNOWN_WORDS = 3


def names_run_together(words: Sequence[str]) -> bool:
    """Whether a name's words are more words of no known class than one name holds: two names a
    lineup wrote with no comma between them (`Denzel Dumfries Lautaro Martinez`), a name and its
    club, or a title (`I Saw Her Standing There`), no one person's name."""
    return len(words) > _MOST_UNKNOWN_WORDS and all(word_class(w) is WordClass.UNK for w in words)


def display_name(name: str) -> str:
    """A name as one line of single-spaced words (the text may hold non-breaking spaces)."""
    return " ".join(name.split())


def proper_name(text: str, span: Span) -> str:
    """The name at ``span`` as written, on one line; a lowercase name (``pak saimi``) takes the
    case of a capitalised mention elsewhere in ``text``, or is title-cased."""
    name = display_name(text[span[0] : span[1]])
    if not name or not name[0].islower():
        return name
    low, lowered = name.lower(), text.lower()
    idx = 0
    while True:
        idx = lowered.find(low, idx)
        if idx < 0:
            break
        cand = display_name(text[idx : idx + len(name)])
        if cand[0].isupper():
            return cand
        idx += 1
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def strip_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim honorifics, religious titles, degrees, ranks and a companions' mark (`Cs`, `dkk`) from
    ``text[start:end]``.

    Returns the span of what is left, or None when nothing name-like remains.

    >>> t = "Kapolres Badung AKBP Budi Santoso, S.I.K., M.H. mengatakan"
    >>> s = strip_name(t, 16, 48); t[s[0]:s[1]]
    'Budi Santoso'
    >>> t = "dr.Silfia Naharani Wahdi,Sp.KKLp,M.M"
    >>> s = strip_name(t, 0, len(t)); t[s[0]:s[1]]
    'Silfia Naharani Wahdi'
    """
    if not 0 <= start < end <= len(text):
        return None
    toks = tokenize(text[start:end])
    i, n = 0, len(toks)
    religious = False
    while i < n:  # leading punctuation and markers (Bapak, Hj., dr., AKBP, Prof. Dr.)
        if toks[i].kind is PUNCT:
            i += 1
            continue
        m = match_marker(toks, i)
        if m is None or (m[0] is Marker.POST and _initials_first(toks, i)):
            break
        religious = religious or m[0] is Marker.REL
        i = m[1]
    last = -1
    j = i
    while j < n:
        t = toks[j]
        if t.kind is WORD:
            if j > i:
                m = match_marker(toks, j)
                if m is not None and m[0] in (Marker.POST, Marker.RANK):
                    break
                if religious and t.text in blessings():
                    break  # Nabi Ibrahim AS: the blessing after a prophet's name
                if t.text.lower() in role_words("companion_mark"):
                    break  # Amar Brkic Cs: his companions, no word of the name
            last = j
        elif not (t.text == "." and j > i and dotted_name_word(toks[j - 1].text)):
            break  # a comma, number or other punctuation ends the name (not the dot of M. Afif)
        j += 1
    if last < i:
        return None
    # HM Noor Rifani: the H (Haji) goes, the M (the first name's initial) stays
    skip = 1 if haji_initial(toks, i) else 0
    glued = _glued_verb_len(toks[last].text) or _glued_word_len(text, start, toks, i, last) if last > i else 0
    end_at = start + toks[last].end - glued
    return (start + toks[i].start + skip, end_at)


def _initials_first(toks: Sequence[Tok], i: int) -> bool:
    """ST Burhanuddin: a degree's capitals with no dot opening a name, a word after them, are the
    name's initials (a degree stands after the name)."""
    word = toks[i].text
    return (
        2 <= len(word) <= 3
        and word.isalpha()
        and word.isupper()
        and i + 1 < len(toks)
        and toks[i + 1].kind is WORD
    )


#: Letters: a speech verb glued to a name (`Em Yasriberharap`) is cut off only when it is this
#: long and leaves a word of at least `_GLUED_NAME_MIN` letters (short verbs end many names).
_GLUED_VERB_MIN = 6
_GLUED_NAME_MIN = 3


def _glued_verb_len(word: str) -> int:
    """Length of a speech verb the scraper glued to the end of a name word (0 if none):
    `Yasriberharap` is `Yasri` + `berharap`."""
    if not word[:1].isupper() or not word[1:].islower():
        return 0
    for k in range(_GLUED_NAME_MIN, len(word) - _GLUED_VERB_MIN + 1):
        if word[k:] in speech_verbs():
            return len(word) - k
    return 0


def _glued_word_len(text: str, start: int, toks: Sequence[Tok], i: int, last: int) -> int:
    """Length of a common word the scraper glued to the end of a name's last word, 0 if none:
    `Marc Marquezdan` is `Marc Marquez` + `dan` where the article also writes `Marc Marquez` as
    a whole, so that a name that only looks glued stays (`Megawati Soekarnoputri`)."""
    word = toks[last].text
    if not word[:1].isupper() or not word[1:].islower():
        return 0
    head = text[start + toks[i].start : start + toks[last].start]
    for k in range(_GLUED_NAME_MIN, len(word) - 1):
        if word[k:] in common_words() and next(whole_words(text, head + word[:k]), None) is not None:
            return len(word) - k
        if _glued_verb_after_name(text, word, k):
            return len(word) - k
    return 0


def _glued_verb_after_name(text: str, word: str, k: int) -> bool:
    """`Maverick Vinalesmemiliki`, `Anies Baswedanberpidato`: ``word`` cut at ``k`` is a name's
    word and a verb the scraper glued to it: the tail is shaped like a verb (`verb_like`: a verb's
    prefix, `_GLUED_VERB_MIN` letters or more) that news-raw writes in lowercase, and the head is a
    person's word of news-raw (`person_word_in_corpus`: `Baswedan`, `Lorenzo`) or stands alone as
    a word elsewhere on the page (`Vinales`). News-raw: 3 such names of 9,948 articles, all glued;
    a surname ending in letters like a verb's (`Subianto`, `Prananta`, `Soekarnoputri`) has no
    verb's prefix in its tail or no lowercase word there."""
    tail, name = word[k:], word[:k]
    if not verb_like(tail, min_len=_GLUED_VERB_MIN, suffixes=()) or tail not in corpus_counts()["low"]:
        return False
    return person_word_in_corpus(name) or next(whole_words(text, name), None) is not None


def _match_words(name: str) -> list[str]:
    """The words of a name for matching, lowercase, double names split (Kandouw-Tanos)."""
    return [p for w in name_tokens(name) for p in w.lower().split("-") if p]


def same_person(short: str, full: str) -> bool:
    """Whether ``short`` can name the same person as ``full`` in one article.

    True when the words of ``short`` are a run of consecutive words of ``full``
    (case-insensitive) that is not only name particles, or when ``short`` is ``full``
    with a leading particle dropped.

    >>> same_person("Kembang", "I Made Kembang Hartawan"), same_person("Umi", "Umi Mastikah")
    (True, True)
    >>> same_person("Wayan Adi Arnawa", "I Wayan Adi Arnawa"), same_person("Made", "I Made Kembang")
    (True, False)
    >>> same_person("Budi", "Hendrikus Budi Santoso"), same_person("Andi", "Andi Saharuddin")
    (True, False)
    """
    a = _match_words(short)
    b = _match_words(full)
    if not a or len(a) > len(b):
        return False
    if all(w in lower_particles() for w in a) and a != b:
        return False
    return any(b[k : k + len(a)] == a for k in range(len(b) - len(a) + 1))


# --------------------------------------------------------------------------- grouping


def _distance(starts: list[int], at: int) -> int:
    x = bisect.bisect_left(starts, at)
    return min(abs(starts[y] - at) for y in (x - 1, x) if 0 <= y < len(starts))


def group_by_person(
    mentions: Sequence[tuple[str, Span]],
    *,
    variants: bool = False,
    short_forms: bool = False,
    text: str | None = None,
) -> list[list[int]]:
    """Group name mentions ``(name, span)`` by person: lists of indices into ``mentions``.

    Fullest names first: each group's first index is its fullest name, and a shorter mention
    that can be the same person (`same_person`) joins it; an ambiguous short form joins the
    group with the nearest mention. With ``variants``, a one-word name one letter off a word of
    a longer name (``Marharet`` -> ``Margaret MS``), initials (``SBY``), a clipped name
    (``Heri`` -> ``Heriyanto``: `_fold_clipped`) and a nickname after a form of address (``Cak
    Imin`` -> ``Muhaimin Iskandar``: `_fold_addressed`) and a name with its letters transposed
    (``Basiri`` -> ``Barisi``: `_fold_transposed`) join that name too; the article's ``text``,
    where given, tells a list of two people (`_listed_together`) and how often each spelling is
    written (`_written`).
    With ``variants`` or ``short_forms``, a blend (``Jokowi``) and a name with a middle word left
    out (``Nadiem Makarim``) join their full name (`_fold_short_forms`), and names spelt alike
    word for word (``Affifuddin``, `Afifuddin`) are one (`_fold_respelt`).
    Groups are in order of their fullest name; groups folded away are left out.

    >>> group_by_person([("Umi", (40, 43)), ("Umi Mastikah", (0, 12)), ("Budi", (50, 54))])
    [[1, 0], [2]]
    """
    order = sorted(range(len(mentions)), key=lambda k: (-len(name_tokens(mentions[k][0])), mentions[k][1][0]))
    groups: list[list[int]] = []
    starts: list[list[int]] = []
    by_word: dict[str, list[int]] = {}
    for k in order:
        name, span = mentions[k]
        home, best = None, None
        seen: set[int] = set()
        for w in _match_words(name):
            for g in by_word.get(w, ()):
                if g in seen:
                    continue
                seen.add(g)
                if same_person(name, mentions[groups[g][0]][0]):
                    dist = _distance(starts[g], span[0])
                    if best is None or dist < best:
                        home, best = g, dist
        if home is None:
            groups.append([k])
            starts.append([span[0]])
            for w in _match_words(name):
                by_word.setdefault(w, []).append(len(groups) - 1)
        else:
            groups[home].append(k)
            bisect.insort(starts[home], span[0])
    if variants:
        names = [mentions[g[0]][0] for g in groups]
        _fold_typos(names, groups)
        _fold_misspelt(names, groups, mentions)
        _fold_initials(names, groups)
        _fold_clipped(names, groups, mentions, text)
        _fold_addressed(names, groups, mentions)
        _fold_transposed(names, groups, mentions, text)
    if variants or short_forms:
        names = [mentions[g[0]][0] if g else "" for g in groups]
        _fold_respelt(names, groups, mentions)
        _fold_short_forms(names, groups)
    return [g for g in groups if g]


def _fold_typos(names: list[str], groups: list[list[int]]) -> None:
    """Fold a one-word person into a longer name holding the same word with one letter mistyped."""
    # words of longer names by (length, first two letters): a lookup, not a pairwise scan
    index: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for h, other in enumerate(names):
        words = name_tokens(other)
        if len(words) >= 2:
            for o in words:
                if len(o) >= _TYPO_MIN_LEN:
                    o = o.lower()
                    index.setdefault((len(o), o[:2]), []).append((h, o))
    for g, name in enumerate(names):
        words = name_tokens(name)
        if not index or len(words) != 1 or len(words[0]) < _TYPO_MIN_LEN:
            continue
        w = words[0].lower()
        # same length, same first two letters, exactly one letter different
        homes = {
            h
            for h, o in index.get((len(w), w[:2]), ())[:_TYPO_MAX_CANDIDATES]
            if sum(a != b for a, b in zip(o, w, strict=True)) == 1
        }
        if len(homes) == 1:  # only when the reading is unambiguous
            groups[homes.pop()].extend(groups[g])
            groups[g].clear()


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two different words are one letter apart: one letter changed, added or left out."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def one_word_apart(a: Sequence[str], b: Sequence[str]) -> tuple[str, str] | None:
    """The one pair of words in which two names' words ``a`` and ``b`` differ, as many words (two
    or more) all the same but that pair; None otherwise.

    >>> one_word_apart(["budi", "prasetyo"], ["budi", "praesetyo"]), one_word_apart(["budi"], ["bude"])
    (('prasetyo', 'praesetyo'), None)
    """
    if len(a) != len(b) or len(a) < 2:
        return None
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return diff[0] if len(diff) == 1 else None


def _misspelt_pair(a: list[str], b: list[str]) -> bool:
    """`Syahrial Kamat` and `Syahrian Kamat`: names of two words or more, the same words but one,
    that one one letter apart and long enough (`_MISSPELT_MIN_LEN`, `_TYPO_MIN_LEN`) not to be two
    short names."""
    if (pair := one_word_apart(a, b)) is None:
        return False
    x, y = pair
    least = _TYPO_MIN_LEN if len(x) == len(y) else _MISSPELT_MIN_LEN
    return min(len(x), len(y)) >= least and _one_letter_apart(x, y)


def misspelt_names(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` are one person's name misspelt (`_misspelt_pair`): the one
    reading persons and officials share (GUIDELINES §7: one spelling of a person everywhere).

    >>> misspelt_names("Budi Praesetyo", "Budi Prasetyo"), misspelt_names("Budi Santoso", "Budi Susanto")
    (True, False)
    """
    return _misspelt_pair(_match_words(a), _match_words(b))


def _fold_misspelt(names: list[str], groups: list[list[int]], mentions: Sequence[tuple[str, Span]]) -> None:
    """Fold two spellings of one person's name one letter apart (`_misspelt_pair`) into the
    spelling written in full more often (the earlier one when as often; short mentions such as
    the surname alone, which join the nearest spelling, do not count), when only one other fits."""
    words = [_match_words(n) for n in names]
    # names by their words with one left out: a lookup, not a pairwise scan (`_fold_typos`)
    index: dict[tuple[object, ...], list[int]] = {}
    for g, w in enumerate(words):
        for key in _blanked(w):
            index.setdefault(key, []).append(g)
    for g, w in enumerate(words):
        if not groups[g]:
            continue
        near = {h for key in _blanked(w) for h in index[key] if h != g and groups[h]}
        fits = {h for h in near if _misspelt_pair(w, words[h])}
        if len(fits) != 1:
            continue
        home, away = sorted((g, fits.pop()), key=lambda x: _spelling_weight(x, names, groups, mentions))
        groups[home].extend(groups[away])
        groups[away].clear()


def _fold_respelt(names: list[str], groups: list[list[int]], mentions: Sequence[tuple[str, Span]]) -> None:
    """Fold names spelt alike word for word (`_spelling`: ``Affifuddin`` and `Afifuddin`,
    ``Mikhaylo Mudryk`` and `Mykhailo Mudryk`) into the spelling written in full more often
    (`_spelling_weight`); names a letter apart otherwise (``Mahmud``, `Mahfud`) stay apart."""
    by_key: dict[tuple[str, ...], list[int]] = {}
    for g, name in enumerate(names):
        words = _match_words(name)
        if groups[g] and words and max(map(len, words)) >= _MIN_SHORT_NAME:
            by_key.setdefault(tuple(map(_spelling, words)), []).append(g)
    for same in (same for same in by_key.values() if len(same) > 1):  # one spelling: nothing to fold
        home, *away = sorted(same, key=lambda x: _spelling_weight(x, names, groups, mentions))
        for g in away:
            groups[home].extend(groups[g])
            groups[g].clear()


def _spelling_weight(
    g: int, names: list[str], groups: list[list[int]], mentions: Sequence[tuple[str, Span]]
) -> tuple[int, int]:
    """Sort key of a spelling, the preferred first: written in full more often, then earlier (the
    order officials choose a holder's spelling by, `officials._join_misspelt`: one person, one
    spelling everywhere, GUIDELINES §7)."""
    own = [mentions[k][1][0] for k in groups[g] if mentions[k][0] == names[g]]
    return -len(own), min(own, default=0)


def _blanked(words: list[str]) -> list[tuple[object, ...]]:
    """A name of two words or more with each word in turn left out (its place kept): two names
    that differ in one word only share one of these."""
    if len(words) < 2:
        return []
    return [(i, *words[:i], *words[i + 1 :]) for i in range(len(words))]


#: Letters: a clipped name (`Yuli`, `Fani`) is at least this long and its word this much longer
#: (``Rahma`` is no clip of `Rahmat`; shorter ones such as ``Ari`` begin too many names).
_CLIP_MIN = 4
_CLIP_MORE = 2


def _clips(short: str, word: str, *, tail: bool = False) -> bool:
    """Whether ``short`` writes the longer name word ``word`` clipped, both lowercase: its start
    (``yuli`` of `yuliati`, ``kamal`` of `kamaludin`), with ``tail`` its end too (``fani`` of
    `rifani`), at least `_CLIP_MIN` letters long and `_CLIP_MORE` letters short of the word."""
    if len(short) < _CLIP_MIN or len(word) < len(short) + _CLIP_MORE:
        return False
    return word.startswith(short) or (tail and word.endswith(short))


#: The fewest letters of a one-word name read as a word of a longer name (``Dwy`` for `Dwi Deasy`).
_MIN_SHORT_NAME = 3
#: A letter written twice (``Affifuddin``) and an `h` after a consonant (``Fadhli``, ``Bakhtiar``):
#: spellings of one name (`_spelling`).
_DOUBLED = LazyPattern(r"(\p{L})\1+")
_SILENT_H = LazyPattern(r"(?<=[bcdfgjklmnpqrstvwxz])h")


@cache
def _spelling(word: str) -> str:
    """A name word's spelling key: lowercase, `y` as `i` (``Arfy``, ``Rizky``), `ie` as `i`
    (``Arief``, ``Riefky``), `oe` as `u`, `dj` as `j`, no doubled letter, no `h` after a consonant."""
    low = word.lower().replace("y", "i").replace("ie", "i").replace("oe", "u").replace("dj", "j")
    return _DOUBLED.get().sub(r"\1", _SILENT_H.get().sub("", low))


def fuller_name(short: str, names: Sequence[str]) -> str | None:
    """The one name of ``names`` that ``short``, a single word, writes short: it clips the start
    of a word of it (`_clips`: ``Kamal`` for `Kamaludin`, ``Risma`` for `Tri Rismaharini`), or it
    is one word of a name of several, as spelt or spelt otherwise (``Made`` for `I Made Parwita`,
    ``Arfy`` for `Arfi Julizar`); None when no name or several are.

    >>> fuller_name("Aris", ["Ariswandi", "Budi Santoso"]), fuller_name("Arfy", ["Arfi Julizar"])
    ('Ariswandi', 'Arfi Julizar')
    >>> fuller_name("Ari", ["Ariswandi"]), fuller_name("Budi", ["Budiman", "Budiarto"])
    (None, None)
    """
    low = short.lower()
    if len(low) < _MIN_SHORT_NAME or not low.isalpha():
        return None
    key = _spelling(short)
    hits = set()
    for name in names:
        words = name.lower().split()
        if name == short:
            continue
        if any(_clips(low, w) for w in words) or (len(words) > 1 and any(_spelling(w) == key for w in words)):
            hits.add(name)
    return hits.pop() if len(hits) == 1 else None


def _first(g: int, groups: list[list[int]], mentions: Sequence[tuple[str, Span]]) -> int:
    """Where group ``g`` is first written."""
    return min(mentions[k][1][0] for k in groups[g])


#: What may stand between two names of one list or one pair (`Lin Dan, Taufik`, `Sabar/Reza`).
_LIST_GAP = LazyPattern(r"\s*(?:/|,|,? dan|&)\s*")

#: What stands between two people's names of one list (``Agus dan Agustina``, ``Agus, Agustina``).
_TWO_PEOPLE_GAP = LazyPattern(r"\s*(?:,\s*(?:(?:dan|serta|atau)\s+)?|(?:dan|serta|atau|&)\s+)")


def listed_beside(
    text: str, spans: Sequence[Span], sure: Sequence[Span], gap: LazyPattern | None = None
) -> bool:
    """`Joko Susilo/Putri Kariza`, `Lin Dan dan Taufik Hidayat`, `dibintangi oleh Happy Salma,
    Putri Ayudya, …`: a name one of whose mentions (``spans``) is joined to a sure name's mention
    (``sure``) by a slash, a comma, `dan` or `&` alone is one of a list or a pair of its kind,
    whatever its words weigh (persons: vouched, or weighed at `decision.SURE` or more); ``gap`` another
    pattern of what joins two items (default `_LIST_GAP`)."""
    joins = (gap or _LIST_GAP).get()
    for s, e in spans:
        for a, b in sure:
            if (a >= e and joins.fullmatch(text, e, a)) or (b <= s and joins.fullmatch(text, b, s)):
                return True
    return False


def _listed_together(
    a: int, b: int, groups: list[list[int]], mentions: Sequence[tuple[str, Span]], text: str | None
) -> bool:
    """Whether a mention of group ``a`` and one of ``b`` stand side by side in ``text``, only a
    comma or a conjunction apart (`listed_beside` with `_TWO_PEOPLE_GAP`): two items of one list,
    two people. A bracket (``pak Deri (Derianto)``) glosses one person; with no text nothing is
    known."""
    if text is None:
        return False
    spans = [[mentions[k][1] for k in groups[x]] for x in (a, b)]
    return listed_beside(text, spans[0], spans[1], _TWO_PEOPLE_GAP)


def _fold_clipped(
    names: list[str], groups: list[list[int]], mentions: Sequence[tuple[str, Span]], text: str | None
) -> None:
    """`Yuli` is `Khamidah Yuliati`, `Fani` (or `H Fani`) is `HM Noor Rifani`, `Heri` is `Heriyanto`
    and `Bowo` is `Wibowo` in the same article: a one-word name (initials aside) that opens or ends
    a longer word of exactly one other name, or is a word of a name of several spelt otherwise
    (`_spelling`: ``Arfy`` of `Arfi Julizar`, ``Efendi`` of `Effendi Gazali`), is that person's
    short form. A one-word name is clipped the way a longer one is (news-raw: `Marlin` for
    `Sumarlin`, `Aris` for `Ariswandi`, named again after the full name in the same report). A
    clip is written after the full name it shortens and never beside it in one list
    (`_listed_together`): ``Agus dan Agustina`` are a couple, ``Agus`` named first is no clip
    (news-raw: of the folds, one right lost, `Karno` of Bung Karno before `Sukarno`, and one wrong
    gone, `Soekarno` no longer his daughter `Rachmawati Soekarnoputri`)."""
    words = [
        (h, w.lower(), len(name_tokens(other)) >= 2)
        for h, other in enumerate(names)
        for w in name_tokens(other)
    ]
    if not words:
        return
    for g, name in enumerate(names):
        parts = [p for p in name_tokens(name) if len(p) > 1]
        if not groups[g] or len(parts) != 1 or len(parts[0]) < _CLIP_MIN:
            continue
        w = parts[0].lower()
        if any(o == w and h != g and several for h, o, several in words):
            continue  # a word of a longer name (`Budi` of `Budi Santoso`): grouped already, or another's
        key = _spelling(w)
        spelt = {h for h, o, several in words if h != g and groups[h] and several and _spelling(o) == key}
        clipped = {h for h, o, _ in words if h != g and groups[h] and _clips(w, o, tail=True)}
        if len(homes := spelt | clipped) != 1:
            continue
        home = homes.pop()
        if home in spelt or (
            _first(g, groups, mentions) > _first(home, groups, mentions)
            and not _listed_together(g, home, groups, mentions, text)
        ):
            groups[home].extend(groups[g])
            groups[g].clear()


def _fold_addressed(names: list[str], groups: list[list[int]], mentions: Sequence[tuple[str, Span]]) -> None:
    """`Cak Imin` is `Muhaimin Iskandar`, `Gus Yahya` is `Yahya Cholil Staquf`, `Abah Eko` is `Eko
    Julianto` in the same article: a form of address that opens a nickname
    (names_nickname_addresses.txt) before one word that is a word of exactly one longer name, or
    clips the start or the end of one of its words (`_clips`), is that person's nickname (news-raw:
    18 such nicknames beside the full name, all of that person). The full name is written first
    (news-raw: 15 of the 16 found in session 33's review; `Mak Lampir` before `Siti Lampir
    Maimunah` is left apart): a nickname written before it is someone else's (``Gus Miftah`` and
    then `Miftahul Huda`, two people)."""
    longer = [
        (h, [w.lower() for w in name_tokens(n)]) for h, n in enumerate(names) if len(name_tokens(n)) >= 2
    ]
    for g, name in enumerate(names):
        words = name_tokens(name)
        if not groups[g] or len(words) != 2 or words[0].lower() not in nickname_addresses():
            continue
        w = words[1].lower()
        if len(w) < _MIN_SHORT_NAME:
            continue
        homes = {
            h
            for h, other in longer
            if h != g
            and groups[h]
            and words[0].lower() not in other
            and any(o == w or _clips(w, o, tail=True) for o in other)
        }
        if len(homes) == 1 and _first(g, groups, mentions) > _first(home := homes.pop(), groups, mentions):
            groups[home].extend(groups[g])
            groups[g].clear()


#: Letters a one-word name has at least before its letters written in another order read as a
#: typo of another name (`_fold_transposed`); shorter names (``Andi``, ``Adni``) are two names.
_TRANSPOSED_MIN = 5


def _fold_transposed(
    names: list[str], groups: list[list[int]], mentions: Sequence[tuple[str, Span]], text: str | None
) -> None:
    """`Basiri` is `Barisi`, `Ultzy` is `Ulytz Sukma Susila`, `Tarjio` is `Tarijo` in the same
    article: a one-word name of `_TRANSPOSED_MIN` letters or more, opened by the same letter as a
    word of exactly one other name and holding the same letters in another order, is that name
    mistyped (news-raw: 7 such pairs, each one person). A typo is written once beside the other
    spelling written more often (`_typo_and_name`): names each written twice or more, or each
    once, are two people, Javanese names being often anagrams (``Darmin`` and ``Dirman``,
    ``Marni`` and ``Mirna``), and so are two names listed side by side (`_listed_together`:
    ``Suranto dan Sutarno``). It joins the longer name, or between two one-word names the
    spelling written in full more often (`_spelling_weight`)."""
    words = [(h, w, w.lower()) for h, n in enumerate(names) for w in name_tokens(n)]
    for g, name in enumerate(names):
        parts = name_tokens(name)
        if not groups[g] or len(parts) != 1 or len(parts[0]) < _TRANSPOSED_MIN:
            continue
        w = parts[0].lower()
        homes = {(h, o) for h, o, low in words if h != g and groups[h] and _transposed(low, w)}
        if len({h for h, _ in homes}) != 1:
            continue
        home, word = min(homes)
        if not _typo_and_name(_written(g, parts[0], groups, text), _written(home, word, groups, text)):
            continue
        if _listed_together(g, home, groups, mentions, text):
            continue  # `Suranto dan Sutarno`: two items of one list, two people
        if len(name_tokens(names[home])) == 1:
            home, g = sorted((home, g), key=lambda x: _spelling_weight(x, names, groups, mentions))
        groups[home].extend(groups[g])
        groups[g].clear()


def _transposed(a: str, b: str) -> bool:
    """Whether two lowercase words hold the same letters in another order, the same first."""
    return a != b and a[0] == b[0] and sorted(a) == sorted(b)


def _written(g: int, word: str, groups: list[list[int]], text: str | None) -> int:
    """How often the name word ``word`` of group ``g`` is written: its whole-word places in
    ``text`` (a surname alone counts, ``Shoigu`` of `Sergei Shoigu`), else the group's mentions."""
    return len(groups[g]) if text is None else sum(1 for _ in whole_words(text, word))


def _typo_and_name(a: int, b: int) -> bool:
    """Whether two spellings written ``a`` and ``b`` times are a typo and the name it mistypes:
    one written once, the other at least twice (news-raw: 7 of the 8 transposed pairs; `Ultzy`
    twice beside `Ulytz` three times is left apart)."""
    return min(a, b) == 1 and max(a, b) >= 2


#: Letters a blend takes at least from the first word and from the later word (Jo-ko + Wi).
_BLEND_MIN = 2


def _blend_of(word: str, words: list[str]) -> bool:
    """Jokowi of Joko Widodo: the whole first word (or its first syllables) and the start of the
    last word written as one word, the way Indonesian short forms blend a name."""
    first, last = words[0], words[-1]
    for k in range(_BLEND_MIN, len(first) + 1):
        rest = word[k:]
        if word[:k] == first[:k] and len(rest) >= _BLEND_MIN and last.startswith(rest) and rest != last:
            return True
    return False


def _gapped_of(short: list[str], full: list[str]) -> bool:
    """Nadiem Makarim of Nadiem Anwar Makarim, Rio Tangkari of Zainal Rio Chandra Tangkari: the
    same last word, the words before it in the longer name's order, some left out."""
    if len(short) < 2 or len(short) >= len(full) or short[-1] != full[-1]:
        return False
    it = iter(full[:-1])
    return all(w in it for w in short[:-1])


def _fold_short_forms(names: list[str], groups: list[list[int]]) -> None:
    """`Jokowi` is `Joko Widodo`, `Nadiem Makarim` is `Nadiem Anwar Makarim` in the same article
    (`_blend_of`, `_gapped_of`): folded when exactly one longer name fits."""
    longer = [(h, _match_words(n)) for h, n in enumerate(names) if groups[h] and len(_match_words(n)) >= 2]
    for g, name in enumerate(names):
        words = _match_words(name)
        if not groups[g] or not words:
            continue
        if len(words) == 1:
            w = words[0]
            homes = {h for h, o in longer if h != g and len(w) >= 2 * _BLEND_MIN + 1 and _blend_of(w, o)}
        else:
            homes = {h for h, o in longer if h != g and _gapped_of(words, o)}
        if len(homes) == 1:
            home = homes.pop()
            groups[home].extend(groups[g])
            groups[g].clear()


def _fold_initials(names: list[str], groups: list[list[int]]) -> None:
    """`SBY` is `Susilo Bambang Yudhoyono`, `JK` is `Jusuf Kalla` in the same article."""
    initials: dict[str, list[int]] = {}
    for h, other in enumerate(names):
        words = [w for w in name_tokens(other) if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), []).append(h)
    for g, name in enumerate(names):
        if groups[g] and _ACRONYM.get().fullmatch(name) and len(initials.get(name, ())) == 1:
            groups[initials[name][0]].extend(groups[g])
            groups[g].clear()


#: Characters read back from a name for the noun that describes it.
_DESCRIBED_REACH = 60
#: Tokens at most between that noun and the name (`Suami Fadia, Ashraff`: a side, a comma).
_DESCRIBED_WORDS = 3


@cache
def _described_links() -> frozenset[str]:
    """The words that may stand between the noun and the name besides a comma: `namely`, `other`
    and `named` (people_roles.txt `namely`, `other_word`, `described_link`: `Bek Persib yakni
    Marcelo`, `pedagang lainnya Yulian`, `warga bernama Ateng`). Any other lowercase word names a
    thing the name may be (`penulis buku …`, `pengemudi kijang Innova`, `tersangka kasus bom
    Thamrin`: news-raw, 6 wrong of 6 so read)."""
    return role_words("namely") | role_words("other_word") | role_words("described_link")


def _person_noun(toks: Sequence[Tok], j: int) -> bool:
    """Token ``j`` is a noun for a person that the people lexicon knows as an occupation or a kin
    (`pedagang`, `istri`; an official's post is the role grammar's, not this), a spouse's with its
    possessive ending (people_roles.txt `spouse`: `istrinya`, not an animal's young, `anaknya,
    Ucil`), or a competitor's noun (`entities_competitor_nouns.txt`: `kiper`, `pemain`); not
    capitalised after a capitalised word, inside a name (`Wisma Atlet, Rusunawa`)."""
    word = toks[j].text.lower()
    if toks[j].text[:1].isupper() and j > 0 and toks[j - 1].kind is WORD and toks[j - 1].text[:1].isupper():
        return False
    if word in word_set("entities_competitor_nouns.txt"):
        return True
    head = match_head(toks, j)
    if head is not None:
        return not head.official
    stem = possessive_stem(word)
    return stem != word and stem in role_words("spouse")


def _residence_noun(toks: Sequence[Tok], j: int) -> bool:
    """The person noun at token ``j`` names the people of a place (people_roles.txt `residence`:
    `warga Pulo Gebang`), and no `bernama` stands between it and the name, which ends ``toks``."""
    return toks[j].text.lower() in role_words("residence") and not any(
        t.text.lower() in role_words("described_link") for t in toks[j + 1 :]
    )


def _list_goes_on(text: str, end: int) -> bool:
    """A comma or a list's conjunction (people_roles.txt `and_word`: `dan`, `serta`) and a
    capitalised word right after ``end``: the name is an item of a list (`Cilincing, Pademangan,
    dan Koja`)."""
    toks = tokenize(text[end : end + _DESCRIBED_REACH])
    goes_on = {","} | role_words("and_word")
    k = 0
    while k < len(toks) and toks[k].text.lower() in goes_on:
        k += 1
    return 0 < k < len(toks) and toks[k].kind is WORD and toks[k].text[:1].isupper()


def described_before(text: str, start: int, end: int) -> bool:
    """A one-word name at ``text[start:end]`` described right before it by a noun for a person:
    an occupation, a kin or a competitor (`_person_noun`), then at most `_DESCRIBED_WORDS` tokens:
    links (a comma, `_described_links`), and one capitalised name of a side or a family
    (`bersama istrinya, Dida, serius`, `pedagang lainnya Yulian`, `kiper Bournemouth Neto`, `Suami
    Fadia, Ashraff`); any other word ends the description. A region or a word news-raw holds as a
    body's or a place's name (`corpus_body_word`) is no one so described (`pemain Persik`,
    `pedagang Jakarta`), nor a name after the people of a place (`_residence_noun`: `warga Pulo
    Gebang`), nor an item of a list after a side and a comma (`_list_goes_on`: `Warga Cilincing,
    Pademangan, dan Koja`).

    >>> t = "Ia menonton bersama istrinya, Dida, di tribun."
    >>> described_before(t, 30, 34)
    True
    >>> t = "Para pedagang Liwa mengeluh."
    >>> described_before(t, 14, 18)
    False
    """
    word = text[start:end]
    if is_region_span(text, start, end) or corpus_body_word(word):
        return False
    off = max(0, start - _DESCRIBED_REACH)
    toks = tokenize(text[off:start])
    k = len(toks)
    capitals = 0
    comma = False
    for j in range(k - 1, max(-1, k - 2 - _DESCRIBED_WORDS), -1):
        t = toks[j]
        if "\n" in text[off + t.end : start]:
            return False  # a noun on a line before: a heading or a list's label, no apposition
        if _person_noun(toks, j):
            return not _residence_noun(toks, j) and not (capitals and comma and _list_goes_on(text, end))
        if t.text == "," or t.text.lower() in _described_links():
            comma = comma or (t.text == "," and not capitals)
            continue
        if t.kind is not WORD or not t.text[:1].isupper() or capitals:
            return False
        capitals += 1
    return False


#: Word classes of the words of two persons' mentions written side by side that make one name:
#: a given name, a particle or a word no lexicon knows (no common word or acronym: `Tunggal Putri
#: Imam Tohari`). A body's name no lexicon knows (`Meta`, `Tesla`) is of the last class: news-raw's
#: counts (`body_word_over_person`) or the full name written alone (`joined_beside`) keep it apart.
_PIECE_CLASSES = frozenset({WordClass.GIV, WordClass.UNK, WordClass.PART})
#: Letters at least of the one word a piece holds alone (an initial is no piece: `Zenbook A`).
_PIECE_MIN = 3
#: Words at most of the name two pieces make: fewer than persons' `_MAX_NAME_WORDS` (7), which
#: alone would let a join of six or seven words through.
_JOINED_MAX_WORDS = 5


def joined_beside(text: str, persons: Sequence[Person]) -> list[Person]:
    """`Tedros Adhanom Ghebreyesus` listed as `Tedros` and `Adhanom Ghebreyesus`, `Dr Roslan Yusni
    Hasan` as `Roslan` and `Yusni Hasan`: two persons with mentions written side by side (one
    blank, one line), one of the two a single word, are the pieces of one name the model or a
    rule cut in two (GUIDELINES §2: the fullest form the article gives). The joined name is a
    person; a person whose every word is in it (`Tedros`, `Stepan Mikoyan` of `Stepan Anastasovich
    Mikoyan`) is that person, the other keeps its other mentions (`Stefanus Aditya` beside
    `Fazriel Haikal Aditya`). Two persons the article names apart elsewhere both (`Jane Wilde`
    and `Frank Hawking` beside `Jane Hawking`) stay two, and so do a full name the article writes
    alone elsewhere and the word beside it (`Joko Widodo Iriana ... Joko Widodo`, `Tesla Elon
    Musk ... Elon Musk`: another person or a body), three persons or more in a run (a list) and
    pieces that are no name's words (`_name_pieces`).

    >>> from extract.records import Person
    >>> t = "Dirjen WHO Tedros Adhanom Ghebreyesus hadir. Tedros menyebut wabah mereda."
    >>> joined_beside(t, [Person("Tedros", ((11, 17), (45, 51))), Person("Adhanom Ghebreyesus", ((18, 37),))])
    [Person(name='Tedros Adhanom Ghebreyesus', mentions=((11, 37), (45, 51)))]
    """
    owner = {sp: i for i, p in enumerate(persons) for sp in p.mentions}
    beside = [(x, y) for x, y in pairwise(sorted(owner)) if owner[x] != owner[y] and text[x[1] : y[0]] == " "]
    partners: dict[Span, set[int]] = {}
    for x, y in beside:
        partners.setdefault(x, set()).add(owner[y])
        partners.setdefault(y, set()).add(owner[x])
    joins: dict[str, set[Span]] = {}
    used: set[Span] = set()
    for x, y in beside:
        px, py = owner[x], owner[y]
        # each named apart: a mention of its own not written beside the other's
        apart = all(
            any(other not in partners.get(m, ()) for m in persons[own].mentions)
            for own, other in ((px, py), (py, px))
        )
        # a run of three persons or more is a list (`Rizky Ridho Witan Egy Maulana Vikri`)
        listed = len(partners[x] | partners[y]) > 2
        if x in used or y in used or apart or listed or _full_alone(text, persons, owner, partners, (x, y)):
            continue
        if not _name_pieces(text, x, y):
            continue
        used |= {x, y}
        joins.setdefault(display_name(text[x[0] : y[1]]), set()).add((x[0], y[1]))
    if not joins:
        return list(persons)
    return _absorbed(persons, joins, used)


def _full_alone(
    text: str,
    persons: Sequence[Person],
    owner: dict[Span, int],
    partners: dict[Span, set[int]],
    pair: tuple[Span, Span],
) -> bool:
    """Whether the side of two words or more of ``pair`` is a person with a mention written beside
    no other person's (`Joko Widodo` of `Joko Widodo Iriana ... Joko Widodo lalu berpidato`,
    `Susi Pudjiastuti` of `Susi Pudjiastuti Jonan ... Susi menyebut`): the article names that
    person whole, and the single word beside it is another person or word. So is a single word
    after a full name that is a person of that one word with such a mention (`Anies Baswedan
    Ganjar ... kata Ganjar`): the article names it alone, a person of its own (a surname another
    person's too is not: `Fazriel Haikal Aditya` beside `Stefanus Aditya`)."""
    full = [sp for sp in pair if len(text[sp[0] : sp[1]].split()) > 1]
    if full and any(m not in partners for m in persons[owner[full[0]]].mentions):
        return True
    lone = persons[owner[pair[1]]]
    return full == [pair[0]] and len(lone.name.split()) == 1 and any(m not in partners for m in lone.mentions)


def _name_pieces(text: str, x: Span, y: Span) -> bool:
    """Whether the mentions ``x`` and ``y`` written side by side are two pieces of one name: one
    of them a single word of `_PIECE_MIN` letters or more, no acronym, region, body's word
    (`corpus_body_word`: `Asus`), word news-raw holds more in bodies' or places' names than in
    persons' (`body_word_over_person`: `Ciledug`, `Brighton`, `Academy`) or marker, no Balinese
    order word after a name (a particle that opens a name: `Wayan Sudira Nyoman`), no word after
    a name that news-raw mostly opens names with (`opens_names_mostly`: `Anies Baswedan Ganjar`,
    `Prabowo Subianto Jokowi`; a given name, no surname), every word of both a name's
    (`_PIECE_CLASSES`), at most `_JOINED_MAX_WORDS` words together, nothing glued to either end
    (`militanSikh`)."""
    left, right = text[x[0] : x[1]].split(), text[y[0] : y[1]].split()
    if len(left) + len(right) > _JOINED_MAX_WORDS or min(len(left), len(right)) != 1:
        return False
    if (x[0] and text[x[0] - 1].isalnum()) or text[y[1] : y[1] + 1].isalnum():
        return False
    if any(word_class(w) not in _PIECE_CLASSES or not w[:1].isupper() for w in left + right):
        return False
    lone, at = (left[0], x[0]) if len(left) == 1 else (right[0], y[0])
    return (
        len(lone) >= _PIECE_MIN
        and lone.isalpha()
        and not lone.isupper()
        and not corpus_body_word(lone)
        and not body_word_over_person(lone)
        and not (len(left) > 1 and (word_class(lone) is WordClass.PART or opens_names_mostly(lone)))
        and not is_region_span(lone, 0, len(lone))
        and not _in_marker(text, at, at + len(lone))
        and not (lone == left[0] and _place_noun_before(text, at))
    )


def _place_noun_before(text: str, at: int) -> bool:
    """`Kepala Desa Sekapuk Musholikhin`, `Manajer Kebun Bekri Agus Faroni`, `Warga Bojongsari Asep
    Saepudin`: a word right after a place's or a thing's noun (an administrative, geographic or
    facility word, a thing's cue of names_entity_cues.txt, or a residence noun of
    people_roles.txt: `warga`) names that place or thing, no person's first name."""
    before = prev_word(text, at).lower()
    return before in entity_cues()[0] or before in place_kind_words() or before in role_words("residence")


#: Characters read back for a marker that may hold a piece (`Kolonel Kum`: a rank and its corps).
_MARKER_BACK = 24


def _in_marker(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a marker's word: an honorific, a degree, a rank or the corps
    after a rank (`Kolonel Kum Wahyupi`: `Kum` is the rank's, no given name)."""
    base = max(0, start - _MARKER_BACK)
    toks = tokenize(text[base:end])
    for i, t in enumerate(toks):
        m = match_marker(toks, i) if t.kind is WORD else None
        if m is not None and base + t.start < end and base + toks[m[1] - 1].end > start:
            return True
    return False


def _absorbed(persons: Sequence[Person], joins: dict[str, set[Span]], used: set[Span]) -> list[Person]:
    """The persons with each joined name a person: its joined spans and the mentions, not joined,
    of each person whose words are all in it (one joined name at most: else it stays apart)."""
    out: dict[str, set[Span]] = {name: set(spans) for name, spans in joins.items()}
    for p in persons:
        left = {sp for sp in p.mentions if sp not in used}
        words = set(p.name.split())
        into = [name for name in joins if name != p.name and words <= set(name.split())]
        target = into[0] if len(into) == 1 else p.name
        if left or target in joins:
            out.setdefault(target, set()).update(left)
    return [Person(name=name, mentions=tuple(sorted(spans))) for name, spans in out.items() if spans]


class PersonIndex:
    """Who a short name, a span or a title points to in one article: the person's fullest name.

    Built from the article's persons and officials (`extract_persons`, `extract_officials`);
    quotes and other later stages use it to attribute a speaker.

    >>> idx = PersonIndex([Person("Umi Mastikah", ((30, 42), (62, 65)))],
    ...                   [Official("Umi Mastikah", "Wakil Wali Kota Palangka Raya", (0, 42), (30, 42))])
    >>> idx.by_name("Umi"), idx.at((62, 65)), idx.by_title("wakil wali kota")
    ('Umi Mastikah', 'Umi Mastikah', 'Umi Mastikah')
    """

    def __init__(self, persons: Iterable[Person] = (), officials: Iterable[Official] = ()) -> None:
        self._names: list[str] = []
        self._spans: list[tuple[int, int, str]] = []
        self._titles: list[tuple[str, str]] = []
        for p in persons:
            self._names.append(p.name)
            self._spans.extend((s, e, p.name) for s, e in p.mentions)
        for o in officials:
            if o.name not in self._names:
                self._names.append(o.name)
            self._spans.append((o.name_span[0], o.name_span[1], o.name))
            self._titles.append((o.title.lower(), o.name))
        self._spans.sort()

    def by_name(self, name: str) -> str | None:
        """The one person ``name`` can be (``Umi`` -> ``Umi Mastikah``); None if none or several."""
        hits = {full for full in self._names if same_person(name, full)}
        return hits.pop() if len(hits) == 1 else None

    def at(self, span: Span) -> str | None:
        """The person with a mention overlapping ``span``."""
        for s, e, name in self._spans:
            if s < span[1] and span[0] < e:
                return name
        return None

    def by_title(self, title: str) -> str | None:
        """The one official whose title is ``title`` or ends with it, case-insensitive
        (``Bupati`` -> the holder of ``Bupati Badung``, when only one bupati is named)."""
        t = " ".join(title.lower().split())
        hits = {
            name for full, name in self._titles if full == t or full.endswith(" " + t) or full.startswith(t)
        }
        return hits.pop() if len(hits) == 1 else None
