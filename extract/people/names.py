"""Person names: honorifics, degrees and ranks off; short later mentions merged.

This module holds the one implementation of name normalisation that both the
officials extractor and the persons list use (GUIDELINES §2 and §6):

* `tokenize` splits cleaned text into word, number and punctuation tokens with
  offsets, and `match_marker` recognises honorifics (``Pak``), religious titles
  (``Hj.``), degrees before (``dr.``, ``Drs``) and after a name (``S.I.K.``,
  ``Sp.KKLp``) and police/military ranks (``AKBP``), dots optional and glued
  forms (``dr.Silfia``) included;
* `word_class` tells whether a capitalised word looks like part of a name, of an
  organisation, or is a common word;
* `strip_name` trims all of the above from a span; `same_person` decides whether
  a short mention (``Umi``, ``Wayan Adi Arnawa``) names the same person as a full
  one (``Umi Mastikah``, ``I Wayan Adi Arnawa``);
* `extract_persons` builds one `Person` per person: officials' names, PER
  entities (titles and honorifics trimmed, non-names dropped) and, without a
  model, the persons that the rule path can see (occupations such as ``petani``
  next to a name, lists of names with their school in brackets, ``kata X``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..records import Entity, Official, Person, Span
from ..resources import load_lines

__all__ = [
    "Tok",
    "extract_persons",
    "match_marker",
    "name_tokens",
    "same_person",
    "strip_name",
    "tokenize",
    "vet_entities",
    "word_class",
]


# --------------------------------------------------------------------------- lexicons


def _key(s: str) -> str:
    """Lookup key of a marker: lowercase, dots dropped (``S.I.K.`` -> ``sik``)."""
    return s.lower().replace(".", "")


@cache
def _markers() -> tuple[dict[tuple[str, ...], str], int]:
    """Marker part-sequences -> kind, and the longest sequence length.

    Kinds: ``hon`` (Bapak), ``rel`` (Hj.), ``pre`` (dr.), ``post`` (S.Sos), ``rank`` (AKBP).
    A dotted entry is split into its parts (``S.I.K.`` -> s, i, k) so that the
    tokenizer's pieces can be matched whatever the spacing of the dots.
    """
    table: dict[tuple[str, ...], str] = {}
    for kind, name in (
        ("post", "names_degrees_post.txt"),
        ("rank", "names_ranks.txt"),
        ("rel", "names_religious.txt"),
        ("pre", "names_degrees_pre.txt"),
        ("hon", "names_honorifics.txt"),
    ):
        for entry in load_lines(name):
            parts = tuple(p for p in regex.split(r"[.\s]+", entry.lower()) if p)
            if parts:
                table[parts] = kind  # later files win: "dr" is a pre-degree, not a post one
    return table, max(len(k) for k in table)


@cache
def _marker_firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _markers()[0])


@cache
def _word_set(name: str) -> frozenset[str]:
    return frozenset(e.lower() for e in load_lines(name))


@cache
def _particles() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Name particles, case-sensitive: single words and multi-word sequences."""
    single, multi = set(), set()
    for e in load_lines("names_particles.txt"):
        parts = tuple(e.replace(".", " ").split())
        if len(parts) == 1:
            single.add(parts[0])
        else:
            multi.add(parts)
    return frozenset(single), frozenset(multi)


@cache
def _multi_particles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word particles by first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for parts in _particles()[1]:
        table.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@cache
def _rank_corps() -> frozenset[str]:
    return frozenset(_key(e) for e in load_lines("names_rank_corps.txt"))


def given_names() -> frozenset[str]:
    return _word_set("names_given.txt")


def common_words() -> frozenset[str]:
    return _word_set("names_common_words.txt")


def not_names() -> frozenset[str]:
    return _word_set("names_not_names.txt")


def speech_verbs() -> frozenset[str]:
    return _word_set("names_speech_verbs.txt")


# --------------------------------------------------------------------------- tokens


class Tok(NamedTuple):
    """One token: offsets into the text, its text, ``w``/``n``/``p`` (word, number,
    punctuation), and whether whitespace / a line break separates it from the previous token."""

    start: int
    end: int
    text: str
    kind: str
    space: bool
    newline: bool


@cache
def _token_re() -> regex.Pattern[str]:
    # Words keep inner hyphens and apostrophes (Jum'at, Perangin-angin); dots always
    # split, so `dr.Silfia`, `S.I.K.` and `imbuhnya.Di` come apart and markers are
    # re-assembled by `match_marker`. Every branch consumes at least one character and
    # has no nested quantifier, so tokenizing is linear in the text length.
    return regex.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]|_+")


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens of ``text`` with their offsets.

    >>> [t.text for t in tokenize("dr.Silfia Naharani Wahdi,Sp.KKLp")]
    ['dr', '.', 'Silfia', 'Naharani', 'Wahdi', ',', 'Sp', '.', 'KKLp']
    """
    # short pieces (an entity, a name) skip the cache, so they never push a whole article's
    # tokens out of it
    return list(_tokenize(text) if len(text) > 200 else _tokenize.__wrapped__(text))


@lru_cache(maxsize=8)
def _tokenize(text: str) -> tuple[Tok, ...]:
    toks: list[Tok] = []
    append = toks.append
    new = tuple.__new__  # skips the NamedTuple constructor's argument handling: tokens are many
    find = text.find
    prev = 0
    # findall hands back plain strings (no match objects) and `find` puts each at its offset:
    # only characters no branch matches lie between two tokens, so the first occurrence after
    # the previous token is the token itself. About a third faster than finditer.
    for g in _token_re().findall(text):
        s = find(g, prev)
        e = s + len(g)
        c = g[0]
        kind = "w" if c.isalpha() else "n" if c.isdigit() else "p"
        if s == prev:
            append(new(Tok, (s, e, g, kind, False, False)))
        else:
            append(
                new(
                    Tok,
                    (s, e, g, kind, True, (text[prev] == "\n") or (s - prev > 1 and "\n" in text[prev:s])),
                )
            )
        prev = e
    return tuple(toks)


def window_tokens(text: str, positions: Sequence[int], *, before: int = 300, after: int = 600) -> list[Tok]:
    """Tokens of the parts of ``text`` around ``positions`` only.

    Extractors look at a few words around a cue (a title, a bracket, ``kata``), so on a
    long or hostile text (1 MB of ``1.1.1``) only those windows are tokenized. Windows
    that overlap merge; the first token of each window is marked as starting a line, so
    no run of words crosses a gap between windows.
    """
    if not positions:
        return []
    n = len(text)
    ranges: list[list[int]] = []
    for p in sorted(positions):
        a, b = max(0, p - before), min(n, p + after)
        # widen to whitespace so that no word is cut in two
        while a > 0 and not text[a - 1].isspace() and p - a < before + 50:
            a -= 1
        while b < n and not text[b].isspace() and b - p < after + 50:
            b += 1
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    if len(ranges) == 1 and ranges[0] == [0, n]:
        return list(_tokenize(text))
    toks: list[Tok] = []
    if n <= _SMALL:
        # a normal article: cut the windows out of the one cached tokenization
        full = _tokenize(text)
        starts = _starts(text)
        for a, b in ranges:
            x, y = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            if x < y:
                t = full[x]
                toks.append(Tok(t.start, t.end, t.text, t.kind, True, True))
                toks.extend(full[x + 1 : y])
        return toks
    for a, b in ranges:
        part = _tokenize(text[a:b]) if b - a < 20000 else tuple(_tokenize.__wrapped__(text[a:b]))
        for x, t in enumerate(part):
            toks.append(Tok(t.start + a, t.end + a, t.text, t.kind, t.space or x == 0, t.newline or x == 0))
    return toks


_SMALL = 200_000  # characters: up to this, a text is tokenized once and whole


@lru_cache(maxsize=8)
def _starts(text: str) -> list[int]:
    return [t.start for t in _tokenize(text)]


@cache
def _cue_word_re() -> regex.Pattern[str]:
    return regex.compile(r"[^\W\d_]+")


def cue_positions(
    text: str, words: frozenset[str] | set[str], *, prefixes: tuple[str, ...] = (), limit: int = 5000
) -> list[int]:
    """Offsets of the words of ``text`` whose lowercase form is in ``words``, or that start with
    one of ``prefixes`` (case-sensitive); at most ``limit``."""
    out: list[int] = []
    if len(text) <= _SMALL:
        for t in _tokenize(text):
            if t.kind == "w" and (t.text.lower() in words or (prefixes and t.text.startswith(prefixes))):
                out.append(t.start)
                if len(out) >= limit:
                    break
        return out
    for m in _cue_word_re().finditer(text):
        if m.group().lower() in words or (prefixes and m.group().startswith(prefixes)):
            out.append(m.start())
            if len(out) >= limit:
                break
    return out


def match_marker(toks: Sequence[Tok], i: int) -> tuple[str, int] | None:
    """The honorific, degree, religious title or rank starting at token ``i``.

    Returns ``(kind, j)`` with ``j`` the index after the marker (a final dot included),
    or None. Parts may be joined by dots without spaces (``S.I.K.``) or by a space
    (``Tuan Guru``, ``Kombes Pol``).

    >>> toks = tokenize("AKBP Budi Santoso, S.I.K., M.H.")
    >>> match_marker(toks, 0), match_marker(toks, 4)
    (('rank', 1), ('post', 10))
    """
    table, longest = _markers()
    n = len(toks)
    if i >= n or toks[i].kind != "w" or toks[i].text.lower() not in _marker_firsts():
        return None
    parts: list[str] = []
    ends: list[int] = []  # token index after each part (before an optional dot)
    j = i
    while j < n and len(parts) < longest:
        t = toks[j]
        if t.kind != "w" or (parts and t.newline):
            break
        # parts are joined by "." without spaces, or by a single space
        if parts and toks[j - 1].text == "." and t.space and toks[j - 1].end != t.start - 1:
            break
        parts.append(t.text.lower())
        ends.append(j + 1)
        j += 1
        if j < n and toks[j].text == "." and not toks[j].space:
            j += 1
    best: tuple[str, int] | None = None
    for k in range(len(parts), 0, -1):
        kind = table.get(tuple(parts[:k]))
        if kind is None:
            continue
        end = ends[k - 1]
        dotted = end < n and toks[end].text == "." and not toks[end].space
        first = toks[i].text
        # A one-letter marker (H.) needs its dot; a degree in capitals (SH, MM) needs a dot
        # or a comma before it, so that initials (M Ali) and words (Mas) stay names.
        if len(first) == 1 and k == 1 and not dotted:
            continue
        if kind == "hon" and first[0].islower() and first.lower() not in ("pak", "bu", "bapak", "ibu"):
            continue
        if dotted:
            end += 1
        best = (kind, end)
        break
    if best is None:
        return None
    kind, end = best
    if kind == "rank":
        # a corps abbreviation right after a rank is part of it (Letkol Inf, Kombes Pol)
        while end < n and toks[end].kind in ("w", "p") and _key(toks[end].text) in _rank_corps():
            end += 1
            if end < n and toks[end].text == ".":
                end += 1
    return best[0], end


def particle_len(toks: Sequence[Tok], i: int) -> int:
    """Number of tokens of a name particle starting at ``i`` (0 if none).

    ``I``/``Ni`` count only before another capitalised word that is not a common word,
    so the Roman numeral in ``Asisten I Bidang`` is not read as a Balinese name.
    """
    single, _ = _particles()
    n = len(toks)
    if i >= n or toks[i].kind != "w":
        return 0
    for parts in _multi_particles().get(toks[i].text, ()):
        k = len(parts)
        if i + k <= n and all(
            toks[i + x].text == parts[x] and (x == 0 or not toks[i + x].newline) for x in range(k)
        ):
            return k
    t = toks[i].text
    if t in single:
        if t in ("I", "Ni"):
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is None or nxt.kind != "w" or nxt.newline or not nxt.text[0].isupper():
                return 0
            if word_class(nxt.text) not in ("giv", "unk", "amb", "part"):
                return 0
        return 1
    return 0


@cache
def _caps_acronym_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Lu}{2,}")


def word_class(word: str) -> str:
    """Coarse class of one word for telling names from titles and organisations.

    ``low`` lowercase; ``stop`` never a name (weekdays, months, pronouns); ``part`` a
    name particle; ``org`` an organisation word; ``acr`` an acronym in capitals;
    ``com`` a common word; ``amb`` a common word that is also a given name (Budi, Putri);
    ``giv`` a given name; ``unk`` any other capitalised word (most names).

    >>> [word_class(w) for w in ("Perdagangan", "Putri", "Dinas", "DPRD", "Alfrianto", "Senin")]
    ['com', 'amb', 'org', 'acr', 'unk', 'stop']
    """
    if not word or not word[0].isupper():
        return "low"
    low = word.lower()
    if low in not_names():
        return "stop"
    single, _ = _particles()
    if word in single and word not in ("I", "Ni"):
        return "part"
    from .officials import org_words  # the organisation lexicon belongs to officials

    if low in org_words() or (low.startswith("kemen") and len(low) > 6):
        return "org"  # Kemenpora, Kemendagri: ministries
    if len(word) >= 2 and _caps_acronym_re().fullmatch(word):
        return "acr"
    if low in common_words():
        return "amb" if low in given_names() else "com"
    if low in given_names():
        return "giv"
    if _glued_re().search(word):
        return "glued"  # two words run together (MedanAmplas, calonKepling): not a clean name
    if "-" in word and (
        any(p[:1].islower() for p in word.split("-")[1:]) or sum(p[:1].isupper() for p in word.split("-")) > 1
    ):
        return "com"  # Rumah-rumah, Badung-red, Penengahan-Bakauheni (two places)
    if _derived_re().fullmatch(low):
        return "com"  # Pemberhentian, Instruksi: derived nouns, not names
    if len(low) >= 8 and low.endswith("kan"):
        return "com"  # Salurkan, Instruksikan: verbs in a headline (names: Iskan, Pinkan, Pasekan)
    return "unk"


@cache
def _glued_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Ll}{2}\p{Lu}")


@cache
def _derived_re() -> regex.Pattern[str]:
    # pe-/pem-/pen-/peng-/per-/ke- … -an nouns and -asi/-ksi/-isi loanwords; Indonesian
    # given names of these shapes are in names_given.txt, which is checked first
    return regex.compile(r"(?:pe[mnr]?|peng|peny|ke)\p{Ll}{3,}an|\p{Ll}{4,}(?:asi|ksi|isi|usi|nya)")


NAMEISH = frozenset({"giv", "unk", "amb", "part"})


# --------------------------------------------------------------------------- names


def name_tokens(name: str) -> list[str]:
    """The words of a name, dots and commas dropped (``M. Afif`` -> ``['M', 'Afif']``)."""
    return [t for t in _name_split_re().split(name) if t]


@cache
def _name_split_re() -> regex.Pattern[str]:
    return regex.compile(r"[\s.,]+")


def strip_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim honorifics, religious titles, degrees and ranks from ``text[start:end]``.

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
    sub = text[start:end]
    toks = tokenize(sub)
    i, n = 0, len(toks)
    while i < n:  # leading punctuation and markers (Bapak, Hj., dr., AKBP, Prof. Dr.)
        if toks[i].kind == "p":
            i += 1
            continue
        m = match_marker(toks, i)
        if m is None:
            break
        i = m[1]
    last = -1
    j = i
    while j < n:
        t = toks[j]
        if t.kind == "w":
            if j > i:
                m = match_marker(toks, j)
                if m is not None and m[0] in ("post", "rank"):
                    break
            last = j
        elif t.text == "." and j > i and len(toks[j - 1].text) == 1 and toks[j - 1].text.isupper():
            pass  # the dot of an initial (M. Afif)
        else:
            break  # a comma, number or other punctuation ends the name
        j += 1
    if last < i:
        return None
    return (start + toks[i].start, start + toks[last].end)


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
    a = [w.lower() for w in name_tokens(short)]
    b = [w.lower() for w in name_tokens(full)]
    if not a or len(a) > len(b):
        return False
    if all(w in _lower_particles() for w in a) and a != b:
        return False
    return any(b[k : k + len(a)] == a for k in range(len(b) - len(a) + 1))


# --------------------------------------------------------------------------- persons


def _clean_entity(text: str, ent: Entity) -> tuple[int, int] | None:
    """The name inside a PER entity: titles, honorifics, degrees and ranks trimmed."""
    from .officials import title_prefix_len

    s, e = ent.span
    if not (0 <= s < e <= len(text)):
        return None
    # a title at the start of the entity (``Bupati Aletinus``) is not part of the name
    k = title_prefix_len(text, s, e)
    if k:
        s = k
    span = strip_name(text, s, e)
    if span is None:
        return None
    words = name_tokens(text[span[0] : span[1]])
    if not words or len(words) > 7:
        return None
    classes = [word_class(w) for w in words]
    if any(c == "low" for c in classes) and not all(
        w[0].isupper() or w in ("bin", "binti", "van", "de", "von", "al") for w in words
    ):
        return None
    if not any(c in ("giv", "unk", "amb", "part") for c in classes):
        return None
    if any(c in ("stop", "org") for c in classes):
        return None
    single, _ = _particles()
    if all(w in single or w in ("I", "Ni") for w in words):
        return None  # a particle alone (Made, Andi) names no one
    from .officials import is_region_span

    if is_region_span(text, span[0], span[1]):
        return None  # Kalteng, Badung: a place
    return span


@cache
def _entity_cues() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """Words after which a PER entity names a thing.

    Returns the words of names_entity_cues.txt (a thing whatever comes before: ``pandemi``,
    ``Sanggar``), the organisation, facility, place and thing nouns of the shared lists (a thing
    unless a title comes before: ``Menteri Desa Marwan Jafar``, ``Dirut Telkom Arwin``), and the
    multi-word cues by their last word (``hari raya``).
    """
    shared: set[str] = set()
    for name in (
        "officials_org_words.txt",
        "officials_facility_words.txt",
        "officials_geo_words.txt",
        "officials_admin_words.txt",
        "names_thing_nouns.txt",
    ):
        shared.update(e.lower() for e in load_lines(name))
    own: set[str] = set()
    drop: set[str] = set()
    for e in load_lines("names_entity_cues.txt"):
        if e.startswith("!"):
            drop.add(e[1:].strip().lower())
        else:
            own.add(" ".join(e.lower().split()))
    own -= drop
    shared -= drop | own
    multi: dict[str, list[str]] = {}
    for w in sorted(w for w in own | shared if " " in w):
        multi.setdefault(w.rsplit(" ", 1)[1], []).append(w)
    return (
        frozenset(w for w in own if " " not in w),
        frozenset(w for w in shared if " " not in w),
        {k: tuple(v) for k, v in multi.items()},
    )


@cache
def _place_words() -> frozenset[str]:
    """One-word regions, lowercase: a lone PER entity that is one is a place. (Kecamatan names are
    left out: thousands of them are also given names, such as Bruno or Pamona.)"""
    return frozenset(e.lower() for e in load_lines("officials_regions.txt") if " " not in e.strip())


# Words after which a lone name is no verb's subject but a place or a body (`Rektor Unila ke Jabung`).
_FUNCTION_AFTER = frozenset(
    {"ke", "di", "dari", "pada", "untuk", "dengan", "dan", "serta", "yang", "ini", "itu", "tersebut"}
    | {"atau", "se", "sebagai", "oleh"}
)
# Lowercase words that may sit inside a name (`Ahmad bin Umar`, `Van de Ven`).
_NAME_INNER_LOWER = frozenset({"bin", "binti", "van", "de", "der", "von", "al", "da", "dos", "del", "la"})


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """Words written in lowercase somewhere in ``text`` (``teba``, ``sak``, ``covid``)."""
    if len(text) <= _SMALL:
        return frozenset(t.text for t in _tokenize(text) if t.kind == "w" and t.text[0].islower())
    return frozenset(w for w in _cue_word_re().findall(text) if w[0].islower())


@cache
def _roman_re() -> regex.Pattern[str]:
    return regex.compile(r"[IVXLC]{1,6}")


def _prev_word(text: str, start: int) -> str:
    """The word right before ``start`` when only one blank separates them, else ``""``."""
    if start < 2 or text[start - 1] not in (" ", "\u00a0"):
        return ""
    end = start - 1
    if text[end - 1] == ".":
        end -= 1  # the dot of an abbreviation (Kec. Petang, Pak. Budi)
    # walk back over letters and inner dots, hyphens and apostrophes (at most 40 characters)
    b = end
    while (
        b > 0
        and end - b < 40
        and (text[b - 1].isalpha() or (text[b - 1] in ".'’-" and b - 1 > 0 and text[b - 2].isalpha()))
    ):
        b -= 1
    word = text[b:end]
    return word if word[:1].isalpha() else ""


def _title_before(text: str, start: int) -> bool:
    """Whether one of the (at most three) words before ``start`` on its line opens a title:
    `Menteri Desa …`, `Dirut Telkom …`, `Wali Kota …` (the organisation word is part of a title)."""
    from .officials import _head_words

    heads = _head_words()
    for _ in range(3):
        w = _prev_word(text, start)
        if not w:
            return False
        if w.lower() in heads:
            return True
        start -= len(w) + 1
    return False


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` when only one blank separates them, else ``""``."""
    if text[end : end + 1] not in (" ", "\u00a0"):
        return ""
    m = _cue_word_re().match(text, end + 1, min(len(text), end + 40))
    return m.group() if m else ""


def vet_entities(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """The entities with every PER one checked against its context: non-PER entities unchanged,
    PER spans cut before lowercase or glued words (``Andi Saharuddin kepadadetikSulsel`` ->
    ``Andi Saharuddin``) and PER entities that name a thing, a place or an organisation dropped.

    A statistical model calls some capitalised things persons (``pandemi Covid-19``,
    ``Ketua Sanggar Kahanjak Huang``, ``Camat Petang``); the article itself tells them apart:
    a thing word right before, a lowercase use of the same word elsewhere, the model calling the
    same string a place elsewhere, a list whose other items are places or organisations. A person
    context (``kata X``, an honorific, ``X mengatakan``) keeps a lone name.

    >>> from extract.records import Entity
    >>> t = "Ketua Sanggar Kahanjak Huang, Marini, mengatakan sanggar tetap produktif."
    >>> vet_entities(t, [Entity("Kahanjak Huang", "PER", (14, 28)), Entity("Marini", "PER", (30, 36))])
    [Entity(text='Marini', label='PER', span=(30, 36))]
    """
    return list(_vet_cached(text, tuple(entities)))


@lru_cache(maxsize=8)
def _vet_cached(text: str, ents: tuple[Entity, ...]) -> tuple[Entity, ...]:
    from .officials import title_prefix_len

    if not any(e.label == "PER" for e in ents):
        return ents
    votes: dict[str, list[int]] = {}  # surface -> [PER, other]
    other_ends: dict[int, Entity] = {}
    other_starts: dict[int, Entity] = {}
    for e in ents:
        v = votes.setdefault(" ".join(e.text.split()), [0, 0])
        v[e.label != "PER"] += 1
        if e.label != "PER":
            other_ends[e.span[1]] = e
            other_starts[e.span[0]] = e
    out: list[tuple[Entity, bool]] = []
    rejected: set[int] = set()  # ends of dropped PER entities: their list neighbours are suspect too
    dropped_words: set[str] = set()
    for e in ents:
        if e.label != "PER":
            out.append((e, True))
            continue
        v, marked = _vet_one(text, e, votes, other_ends, other_starts, rejected)
        if v is not None:
            out.append((v, marked))
        else:
            rejected.add(e.span[1])
            a, b = e.span
            if 0 <= a < b <= len(text):
                k = title_prefix_len(text, a, b)  # `Kabag Tapem`: the word after the title
                rest = name_tokens(text[k if a < k < b else a : b])
                if len(rest) == 1:
                    dropped_words.add(rest[0])
    # one sense per article: a lone word dropped once as a thing (`Rektor Unila ke …`) is no
    # person elsewhere either, unless a person context holds it there (`kata Unila`)
    return tuple(
        e
        for e, marked in out
        if marked or e.label != "PER" or " " in e.text.strip() or e.text.strip() not in dropped_words
    )


def _vet_one(
    text: str,
    ent: Entity,
    votes: dict[str, list[int]],
    other_ends: dict[int, Entity],
    other_starts: dict[int, Entity],
    rejected: set[int],
) -> tuple[Entity | None, bool]:
    from .officials import _head_words, _match_head, is_region_span, title_prefix_len

    s, e = ent.span
    if not (0 <= s < e <= len(text)) or e - s > 200:
        return None, False
    toks = tokenize(text[s:e])
    # cut before a lowercase word that is no marker or name particle, or a glued word
    seen_cap = False
    for x, t in enumerate(toks):
        if t.kind != "w":
            continue
        low = t.text[0].islower()
        if seen_cap and (
            (low and t.text not in _NAME_INNER_LOWER and match_marker(toks, x) is None)
            or (not low and word_class(t.text) == "glued")
        ):
            k = x - 1
            while k >= 0 and toks[k].kind == "p" and toks[k].text != ".":
                k -= 1
            if k < 0:
                return None, False
            e = s + toks[k].end
            break
        if not low:
            seen_cap = True
    # the name inside: a leading title and honorifics, degrees and ranks off
    k = title_prefix_len(text, s, e) if toks and _match_head(toks, 0) is not None else 0
    titled = k > s
    core = strip_name(text, k if titled else s, e) if k < e else None
    if core is None:
        return Entity(text[s:e], ent.label, (s, e)), True  # a bare title: the officials scanner decides
    cs, ce = core
    words = name_tokens(text[cs:ce])
    if not words:
        return None, False
    lead = text[max(0, s - 3) : s].strip()
    if (
        not titled
        and cs == s
        and len(words) >= 2
        and lead in ("", ".", "-", "–", "—", '"', "“", ":")
        and word_class(words[0]) == "com"
        and word_class(words[1]) in NAMEISH
    ):
        # `Paris - Nasib Karim Benzema di …`: a common word capitalised because it opens the sentence
        m = _cue_word_re().search(text, cs + len(words[0]), ce)
        if m is None:
            return None, False
        s = cs = m.start()
        words = words[1:]
    if len(words) == 1 and (len(words[0]) == 1 or _roman_re().fullmatch(words[0])):
        return None, False  # `kelas X`, `Bab II`: a letter or a Roman numeral names no one
    prev = _prev_word(text, s)
    nxt = _next_word(text, ce)
    lp = prev.lower()
    speech = speech_verbs()
    # a person context keeps a lone or doubtful name
    marked = (not titled and cs > s) or lp in speech or nxt.lower() in speech
    if not marked and prev and prev.lower().rstrip(".") in _marker_firsts():
        ptoks = tokenize(prev)
        marked = match_marker(ptoks, 0) is not None and match_marker(ptoks, 0)[0] in (
            "hon",
            "rank",
            "rel",
            "pre",
        )
    # a thing right before: `Sanggar …`, `hari raya …`, `kawasan Geopark …`
    own_cues, shared_cues, multi_cues = _entity_cues()
    if (
        not titled
        and (lp in own_cues or (lp in shared_cues and not _title_before(text, s - len(prev) - 1)))
        and not (prev[:1].isupper() and lp in given_names())
    ):
        return None, False
    if not titled and lp in multi_cues:
        before = text[max(0, s - 30) : s].lower()
        if any(
            before.endswith(c + " ") and (len(before) == len(c) + 1 or not before[-len(c) - 2].isalnum())
            for c in multi_cues[lp]
        ):
            return None, False
    if len(words) >= 3 and not marked:
        classes = [word_class(w) for w in words]
        if classes[-1] == "com" and classes.count("com") >= 2:
            return None, False  # Taruna Siaga Bencana: a phrase of common words names a body
    first = words[0].lower()
    if (first in own_cues or first in shared_cues) and first not in given_names():
        return None, False  # Geopark Ciletuh, Taman …: the entity opens with a thing word
    # a quoted title: `serial TV " Glee "`, `majalah “Elle”`
    if not marked and len(words) == 1 and lp != "sebagai":
        q_before = text[max(0, s - 2) : s].strip()
        q_after = text[ce : ce + 2].strip()
        if q_before[-1:] in ('"', "“", "'", "‘") and q_after[:1] in ('"', "”", "'", "’"):
            return None, False
    # a thing after: `Covid-19`, `Teleconference tersebut`
    after = text[ce : ce + 4]
    if (after[:1] == "-" and after[1:2].isdigit()) or (after[:2] == " -" and after[2:3].isdigit()):
        return None, False
    if (
        nxt.lower() == "tersebut"
        and len(words) == 1
        and not prev
        and text[max(0, s - 2) : s].strip() in ("", ".")
    ):
        return (
            None,
            False,
        )  # `Teleconference tersebut …` opening a sentence: a thing (`tindakan Dipo tersebut` is not)
    if not marked:
        # a list whose neighbour is a place or an organisation: `Gampong Tengah dan Lhung Baroe`
        # a dropped neighbour counts inside a list only (`Galeri …, Elias Krips, Bintang …`), not
        # before an apposition (`Ketua Sanggar Kahanjak Huang, Marini, mengatakan`)
        in_list = text[ce : ce + 2] == ", " and text[ce + 2 : ce + 3].isupper()
        for sep in (", ", " dan ", " serta ", ","):
            if text[max(0, s - len(sep)) : s] == sep and (
                s - len(sep) in other_ends or (in_list and s - len(sep) in rejected)
            ):
                return None, False
            if text[ce : ce + len(sep)] == sep and ce + len(sep) in other_starts:
                return None, False
        # right after a place or an organisation that no title introduces: `masyarakat Kotim Habaring Hurung`
        o_start = None
        if other_ends.get(s - 1) is not None and text[s - 1 : s] == " ":
            o_start = other_ends[s - 1].span[0]
        elif prev[:1].isupper() and (lp in _place_words() or votes.get(prev, (0, 0))[1] > 0):
            o_start = s - len(prev) - 1
        if o_start is not None and not any(w.lower() in given_names() for w in words):
            before3 = text[max(0, o_start - 60) : o_start].split()[-3:]
            ow = before3[-1] if before3 else ""
            if (
                ow[:1].islower()
                and ow.lower() not in speech
                and not any(b.lower().strip(",.") in _head_words() for b in before3)
            ):
                return None, False
    if len(words) == 1 and not marked:
        w = words[0]
        lw = w.lower()
        if lw in _lower_words(text):
            return None, False  # teba, sak, covid: written in lowercase elsewhere, a common word
        if lw in _place_words() or is_region_span(text, cs, ce):
            return None, False
        pv = votes.get(w)
        if pv is not None and pv[1] >= pv[0]:
            return None, False  # the model calls the same word a place or an organisation as often
        # a lone word after a title (`Kabag Tapem`, `Rektor Unila ke`) names a post's body unless
        # it is a given name or the subject of a verb (`Wabup Kembang menambahkan`)
        if (
            (titled or lp in _head_words())
            and lw not in given_names()
            and not (nxt[:1].islower() and nxt.lower() not in _FUNCTION_AFTER)
        ):
            return None, False
    return Entity(text[s:e], ent.label, (s, e)), marked


@cache
def _acronym_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Lu}{2,4}")


def _acronym_person(text: str, ent: Entity) -> Span | None:
    """A PER entity that is a person's initials (``SBY``, ``JK``) with a person context: a speech
    verb before or after (``ujar JK``, ``JK mengatakan``) or an honorific before (``Pak SBY``)."""
    s, e = ent.span
    if not _acronym_re().search(ent.text):
        return None
    span = strip_name(text, s, e)
    if span is None or not _acronym_re().fullmatch(text[span[0] : span[1]]):
        return None
    word = text[span[0] : span[1]]
    if (
        word.lower() in _entity_cues()[0]
        or word.lower() in _entity_cues()[1]
        or word.lower() in _place_words()
    ):
        return None
    prev = _prev_word(text, span[0])
    nxt = _next_word(text, span[1])
    speech = speech_verbs()
    if prev.lower() in speech or nxt.lower() in speech:
        return span
    if span[0] > s:  # the entity held an honorific (Pak SBY)
        return span
    if prev and prev.lower().rstrip(".") in _marker_firsts():
        m = match_marker(tokenize(prev), 0)
        if m is not None and m[0] == "hon":
            return span
    return None


def _find_mentions(text: str, name: str, *, limit: int = 1000) -> list[Span]:
    """Standalone occurrences of ``name`` or of a run of its words in ``text`` (at most ``limit``)."""
    words = [w.lower() for w in name_tokens(name)]
    if not words:
        return []
    caps, index = _cap_index(text)
    spans: list[Span] = []
    taken: set[int] = set()
    lowered = _lower_particles()
    # longest runs first, so `Umi Mastikah` is found before `Umi`
    for size in range(len(words), 0, -1):
        for k in range(len(words) - size + 1):
            run = words[k : k + size]
            if all(w in lowered for w in run):
                continue
            common = False
            if size == 1:
                w = name_tokens(name)[k]
                c = word_class(w)
                if c in ("stop", "org", "acr") or len(w) < 3 or (c == "com" and len(w) < 4):
                    continue
                common = c == "com"
            for pos in index.get(run[0], ()):
                x = pos
                ok = True
                for w in run[1:]:
                    x += 1
                    if x >= len(caps) or caps[x][2] != w or not _joined(text, caps[x - 1][1], caps[x][0]):
                        ok = False
                        break
                if not ok or any(i in taken for i in range(pos, x + 1)):
                    continue
                # a name that is also a common word (Kembang) counts alone only before a
                # lowercase word (Kembang menambahkan) or after a title (Wabup Kembang)
                if common and not _alone_as_name(text, caps, pos):
                    continue
                taken.update(range(pos, x + 1))
                spans.append((caps[pos][0], caps[x][1]))
                if len(spans) >= limit:
                    return sorted(spans)
    return sorted(spans)


def _alone_as_name(text: str, caps: Sequence[tuple[int, int, str]], pos: int) -> bool:
    from .officials import is_head_or_region

    start, end, _ = caps[pos]
    before = text[max(0, start - 40) : start].split()
    last_word = _cue_word_re().findall(before[-1]) if before else []
    if last_word and last_word[-1].lower() in speech_verbs() and text[start - 1 : start] == " ":
        return True  # kata Kembang.
    after = text[end : end + 30].split()
    if not after or not after[0][:1].islower():
        return False
    if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", "”", '"')):
        return bool(is_head_or_region(tokenize(before[-1]), 0))
    return True


def _joined(text: str, a: int, b: int) -> bool:
    """Whether only spaces or an initial's dot separate two words (no line break, no comma)."""
    gap = text[a:b]
    return 0 < len(gap) <= 3 and all(c in " .\u00a0" for c in gap)


@cache
def _cap_word_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Lu}[^\W_]*(?:['’\-][^\W_]+)*")


@lru_cache(maxsize=4)
def _cap_index(text: str) -> tuple[tuple[tuple[int, int, str], ...], dict[str, tuple[int, ...]]]:
    """Capitalised words of ``text`` as (start, end, lowercase) and an index by word."""
    caps = tuple((m.start(), m.end(), m.group().lower()) for m in _cap_word_re().finditer(text))
    index: dict[str, list[int]] = {}
    for i, (_, _, w) in enumerate(caps):
        index.setdefault(w, []).append(i)
    return caps, {k: tuple(v) for k, v in index.items()}


@cache
def _lower_particles() -> frozenset[str]:
    single, _ = _particles()
    return frozenset({p.lower() for p in single} | {"i", "ni"})


@lru_cache(maxsize=4)
def _rule_persons(text: str) -> tuple[tuple[str, Span], ...]:
    """Persons the rule path sees without a model: people with an occupation (``petani``,
    ``siswa``), lists of names with a bracket each, and speakers after ``kata``/``ujar``."""
    from .officials import scan_roles

    out = [(m.name, m.name_span) for m in scan_roles(text) if m.name_span is not None]
    out.extend(_listed_persons(text))
    out.extend(_speakers(text))
    return tuple(out)


def _name_run_before(toks: Sequence[Tok], i: int) -> int | None:
    """Start of a name run that ends right before token ``i`` (None if there is none)."""
    from .officials import is_head_or_region

    k = i
    while k > 0 and i - k < 6:
        t = toks[k - 1]
        if (
            t.kind == "p"
            and t.text == "."
            and k >= 2
            and len(toks[k - 2].text) == 1
            and toks[k - 2].text.isupper()
        ):
            k -= 1
            continue
        if t.kind != "w" or (k < i and toks[k].newline):
            break
        c = word_class(t.text)
        is_name_word = c in ("giv", "unk", "amb", "part") or (len(t.text) == 1 and t.text.isupper())
        if not is_name_word and not (t.text in ("bin", "binti") and k < i):
            break
        k -= 1
    if k == i:
        return None
    words = [t.text for t in toks[k:i] if t.kind == "w"]
    if not any(word_class(w) in ("giv", "unk", "part") for w in words):
        return None
    if any(is_head_or_region(toks, x) for x in range(k, i) if toks[x].kind == "w"):
        return None
    if k > 0 and not toks[k].newline:
        prev = toks[k - 1]
        if prev.kind == "w" and prev.text[:1].isupper() and word_class(prev.text) not in ("stop", "com"):
            return None
    return k


def _listed_persons(text: str) -> list[tuple[str, Span]]:
    """``diraih M. Afif (SMA putra), Azani Caturrega (SMA putri) dan Naura Nadhira (SMP putri)``:
    two or more names in a row, each followed by a bracket, are persons."""
    opens = []
    idx = text.find("(")
    while idx >= 0 and len(opens) < 5000:
        opens.append(idx)
        idx = text.find("(", idx + 1)
    toks = window_tokens(text, opens, before=120, after=80)
    n = len(toks)
    items: list[tuple[int, int, int]] = []  # name start, bracket open, after bracket close
    for i, t in enumerate(toks):
        if t.text != "(" or i == 0:
            continue
        close = next((x for x in range(i + 1, min(n, i + 14)) if toks[x].text in (")", "(")), None)
        if close is None or toks[close].text != ")":
            continue
        inner = [toks[x] for x in range(i + 1, close)]
        if len(inner) == 1 and inner[0].kind == "w" and inner[0].text.isupper() and len(inner[0].text) >= 3:
            continue  # Telkom (TLKM): a bracketed code names an organisation
        if any(t.kind == "n" and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in inner):
            continue  # New Moon (2009): a year names a work or an event
        k = _name_run_before(toks, i)
        if k is not None:
            items.append((k, i, close + 1))
    out: list[tuple[str, Span]] = []
    chain: list[tuple[int, int, int]] = []

    def flush() -> None:
        if len(chain) >= 2:
            for k, i, _ in chain:
                # Mayor Oerip Soemohardjo (…): the rank or honorific is not part of the name
                span = (
                    strip_name(text, toks[k].start, toks[i - 1].end)
                    if match_marker(toks, k) is not None
                    else (toks[k].start, toks[i - 1].end)
                )
                if span is not None:
                    out.append((" ".join(text[span[0] : span[1]].split()), span))

    for item in items:
        if chain:
            gap = [toks[x].text.lower() for x in range(chain[-1][2], item[0])]
            if gap and all(g in (",", "dan", "serta") for g in gap):
                chain.append(item)
                continue
            flush()
        chain = [item]
    flush()
    return out


@cache
def _thing_nouns() -> frozenset[str]:
    return _word_set("names_thing_nouns.txt")


def _speakers(text: str) -> list[tuple[str, Span]]:
    """``kata Widi``, ``ujar Eva``, ``korban bernama Budi Santoso``: the capitalised name right
    after an attribution verb or ``bernama``."""
    from .officials import is_head_or_region

    verbs = speech_verbs() | {"bernama"}
    toks = window_tokens(text, cue_positions(text, verbs), before=40, after=120)
    n = len(toks)
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks):
        if t.kind != "w" or t.text.lower() not in verbs or i + 1 >= n:
            continue
        if t.text.lower() == "bernama" and any(
            toks[x].kind == "w"
            and toks[x].text.lower() in _thing_nouns()
            # kepala desa bernama Taruno: the head of the thing is a person
            and not (x > 0 and is_head_or_region(toks, x - 1))
            for x in range(max(0, i - 4), i)
            if not toks[x + 1].newline
        ):
            continue  # grup musik bernama Sliver, gereja bernama …: `bernama` names things too
        j = i + 1
        while (
            j < n
            and j - i <= 6
            and toks[j].kind == "w"
            and not toks[j].newline
            and (
                word_class(toks[j].text) in ("giv", "unk", "amb", "part")
                or (
                    toks[j].text in ("bin", "binti")
                    and j > i + 1
                    and j + 1 < n
                    and toks[j + 1].text[:1].isupper()
                )
            )
        ):
            j += 1
        if j == i + 1 or (j < n and toks[j].kind == "w" and toks[j].text[:1].isupper()):
            continue
        k = _name_run_before(toks, j)
        if k != i + 1:
            continue
        span = (toks[i + 1].start, toks[j - 1].end)
        out.append((" ".join(text[span[0] : span[1]].split()), span))
    return out


def extract_persons(
    text: str, entities: Sequence[Entity], *, officials: Sequence[Official] = ()
) -> list[Person]:
    """One `Person` per person named in ``text``, with every mention's span.

    Candidates are the officials' names, the PER entities (titles, honorifics, degrees
    and ranks trimmed; entities with nothing name-like left are dropped) and, from the
    rule path, people named next to an occupation or in a list. Short later mentions
    merge into the fullest name (``Umi`` -> ``Umi Mastikah``); ``mentions`` is sorted.

    Args:
        text: the cleaned article text.
        entities: NER entities (only ``PER`` is used); may be empty.
        officials: the article's officials, from `extract_officials`.

    Returns:
        Persons in order of first mention.

    >>> from extract.officials import extract_officials
    >>> t = "Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan. Umi menekankan hal itu."
    >>> [(p.name, p.mentions) for p in extract_persons(t, [], officials=extract_officials(t))]
    [('Umi Mastikah', ((30, 42), (62, 65)))]
    """
    raw_entities = entities
    entities = vet_entities(text, entities) if entities else ()
    cands: list[tuple[str, Span]] = []
    for o in officials:
        span = o.name_span or o.span
        cands.append((o.name, span))
    for name, span in _rule_persons(text):
        cands.append((name, span))
    titles = _title_spans(text, raw_entities)
    for ent in entities:
        if ent.label != "PER":
            continue
        span = _clean_entity(text, ent)
        if span is None:
            span = _acronym_person(text, ent)
        if span is None:
            continue
        # a "person" inside a title's organisation (Galeri Huma Lilis Lamiang) is not one
        if any(s < span[1] and span[0] < e for s, e in titles):
            continue
        cands.append((_display(text[span[0] : span[1]]), span))
    if not cands:
        return []
    cands = list(dict.fromkeys(cands))
    # fullest names first; a shorter candidate that is the same person joins it
    order = sorted(range(len(cands)), key=lambda k: (-len(name_tokens(cands[k][0])), cands[k][1][0]))
    groups: list[tuple[str, list[int]]] = []  # full name, sorted mention starts
    spans_of: list[list[Span]] = []
    by_word: dict[str, list[int]] = {}
    for k in order:
        name, span = cands[k]
        home = None
        best_dist = None
        seen: set[int] = set()
        for w in name_tokens(name):
            for g in by_word.get(w.lower(), ()):
                if g in seen:
                    continue
                seen.add(g)
                if same_person(name, groups[g][0]):
                    # an ambiguous short form goes to the nearest mention of a full one
                    starts = groups[g][1]
                    x = bisect.bisect_left(starts, span[0])
                    dist = min(abs(starts[y] - span[0]) for y in (x - 1, x) if 0 <= y < len(starts))
                    if best_dist is None or dist < best_dist:
                        home, best_dist = g, dist
        if home is None:
            groups.append((name, [span[0]]))
            spans_of.append([span])
            for w in name_tokens(name):
                by_word.setdefault(w.lower(), []).append(len(groups) - 1)
        else:
            bisect.insort(groups[home][1], span[0])
            spans_of[home].append(span)
    _merge_typos(groups, spans_of)
    persons = []
    for (full, _), spans in zip(groups, spans_of, strict=True):
        if not spans:
            continue
        found = set(spans) | set(_find_mentions(text, full))
        # drop mentions nested in a longer one
        ordered = sorted(found, key=lambda s: (s[0], -s[1]))
        kept: list[Span] = []
        for s in ordered:
            if kept and s[0] < kept[-1][1]:
                continue
            kept.append(s)
        persons.append(Person(name=full, mentions=tuple(kept)))
    persons.sort(key=lambda p: p.mentions[0][0] if p.mentions else 0)
    return persons


def _merge_typos(groups: list[tuple[str, list[int]]], spans_of: list[list[Span]]) -> None:
    """Fold a one-word person into a longer name holding the same word with one letter mistyped
    (``Marharet`` -> ``Margaret MS``), and initials into the name they abbreviate (``SBY``); the
    folded group is left with no spans."""
    # words of longer names by (length, first two letters): a lookup, not a pairwise scan
    index: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for h, (other, _) in enumerate(groups):
        words = name_tokens(other)
        if len(words) >= 2:
            for o in words:
                if len(o) >= 6:
                    o = o.lower()
                    index.setdefault((len(o), o[:2]), []).append((h, o))
    for g, (name, _) in enumerate(groups):
        words = name_tokens(name)
        if not index or len(words) != 1 or len(words[0]) < 6:
            continue
        w = words[0].lower()
        # same length, same first two letters, exactly one letter different
        homes = {
            h
            for h, o in index.get((len(w), w[:2]), ())[:50]
            if sum(a != b for a, b in zip(o, w, strict=True)) == 1
        }
        if len(homes) == 1:  # only when the reading is unambiguous
            spans_of[homes.pop()].extend(spans_of[g])
            spans_of[g].clear()
    # initials: `SBY` is `Susilo Bambang Yudhoyono`, `JK` is `Jusuf Kalla` in the same article
    initials: dict[str, list[int]] = {}
    for h, (other, _) in enumerate(groups):
        words = [w for w in name_tokens(other) if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), []).append(h)
    for g, (name, _) in enumerate(groups):
        if spans_of[g] and _acronym_re().fullmatch(name) and len(initials.get(name, ())) == 1:
            spans_of[initials[name][0]].extend(spans_of[g])
            spans_of[g].clear()


def _title_spans(text: str, entities: Sequence[Entity]) -> list[Span]:
    """The parts of role mentions that are title, not name."""
    from .officials import scan_roles

    out = []
    for m in scan_roles(text, entities):
        s, e = m.span
        ns, ne = m.name_span
        if s < ns:
            out.append((s, ns))
        if ne < e:
            out.append((ne, e))
    return out


def _display(name: str) -> str:
    """A name as one line of single-spaced words (the text may hold non-breaking spaces)."""
    return " ".join(name.split())
