"""The people lexicon: markers around names, position heads, regions, and words by role.

All of it is data in ``extract/resources``; this module reads it and matches it on tokens:

* `match_marker`: an honorific (``Pak``), religious title (``Hj.``), degree before
  (``dr.``) or after a name (``S.I.K.``) or a rank with its corps word (``Letkol Inf``),
  dots optional and glued forms included (`Marker`);
* `particle_len`: a name particle (``I Made``, ``Anak Agung``, ``Andi``);
* `match_head`: a position head (``Ketua``, ``Kepala Dinas``, ``Kadisdikpora``) or an
  occupation (``petani``), see `Head`;
* `match_region`, `is_region_span`: region names (``Lampung Timur``, ``Kalteng``);
* `role_words`: the small word sets of the role grammar (``people_roles.txt``), and the
  organisation, facility, place and thing nouns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..resources import load_lines, load_pairs, load_table
from ..text.patterns import LazyPattern, whole_words
from ..text.tokens import PUNCT, WORD, Tok, next_word, prev_word, tokenize
from ..text.words import (
    NAMEISH,
    WordClass,
    common_words,
    given_names,
    join_words,
    name_particles,
    speech_verbs,
    word_class,
    word_set,
)

__all__ = [
    "Head",
    "Marker",
    "admin_words",
    "dotted_name_word",
    "english_units_only",
    "entity_cues",
    "facility_words",
    "geo_words",
    "haji_initial",
    "head_last_words",
    "head_words",
    "headline_verbs",
    "is_head_or_region",
    "is_region_span",
    "key",
    "lower_particles",
    "marker_firsts",
    "match_head",
    "match_marker",
    "match_region",
    "named_bodies",
    "needs_body",
    "official_head_words",
    "opens_facility",
    "opens_with_kind",
    "particle_len",
    "place_words",
    "role_words",
    "scholar_degree",
    "title_prefixes",
]


class Marker(Enum):
    """What a word before or after a name is."""

    HON = "hon"  # an honorific: Bapak, Pak, Ibu
    REL = "rel"  # a religious title: Hj., Ustaz
    PRE = "pre"  # a degree before the name: dr., Drs, Prof.
    POST = "post"  # a degree after the name: S.Sos, M.H.
    RANK = "rank"  # a police or military rank: AKBP, Letkol Inf


def key(s: str) -> str:
    """Lookup key of a marker: lowercase, dots dropped (``S.I.K.`` -> ``sik``)."""
    return s.lower().replace(".", "")


_MARKER_FILES = (
    (Marker.POST, "names_degrees_post.txt"),
    (Marker.RANK, "names_ranks.txt"),
    (Marker.REL, "names_religious.txt"),
    (Marker.PRE, "names_degrees_pre.txt"),
    (Marker.HON, "names_honorifics.txt"),
)
_PARTS_SPLIT = LazyPattern(r"[.\s]+")


@cache
def _markers() -> tuple[dict[tuple[str, ...], Marker], int]:
    """Marker part-sequences -> kind, and the longest sequence length.

    A dotted entry is split into its parts (``S.I.K.`` -> s, i, k) so that the tokenizer's
    pieces can be matched whatever the spacing of the dots.
    """
    table: dict[tuple[str, ...], Marker] = {}
    for kind, name in _MARKER_FILES:
        for entry in load_lines(name):
            for parts in _spellings(entry):
                table[parts] = kind  # later files win: "dr" is a pre-degree, not a post one
    return table, max(len(k) for k in table)


def _spellings(entry: str) -> list[tuple[str, ...]]:
    """The part-sequences of a marker entry: its dotted parts (``S.IP`` -> s, ip), and where a part
    after a dot is a run of capitals, one letter a part too, as the run is also written with a dot
    after every letter (``S.I.P``, ``S.K.M.``, ``M.A.P``)."""
    raw = [p for p in _PARTS_SPLIT.get().split(entry) if p]
    if not raw:
        return []
    out = [tuple(p.lower() for p in raw)]
    if len(raw) >= 2 and any(p.isupper() and len(p) >= 2 for p in raw[1:]):
        spelled = [raw[0], *(c for p in raw[1:] for c in (p if p.isupper() else [p]))]
        out.append(tuple(p.lower() for p in spelled))
    return out


@cache
def marker_firsts() -> frozenset[str]:
    """First words (lowercase) of every marker: a cheap test before `match_marker`."""
    return frozenset(k[0] for k in _markers()[0])


@cache
def _rank_corps() -> frozenset[str]:
    return frozenset(key(e) for e in load_lines("names_rank_corps.txt"))


@cache
def _capital_degrees() -> frozenset[str]:
    """Degrees after a name listed in two capitals or more, lowercase (``dea``, ``mars``, ``mba``)."""
    words = load_lines("names_degrees_post.txt")
    return frozenset(w.lower() for w in words if sum(c.isupper() for c in w) >= 2 and w.isalpha())


def _name_cased_degree(word: str) -> bool:
    """``Dea Meranda``, ``Mars``: a degree listed in capitals (``DEA``, ``MARS``) written as a
    name is written, one capital and no dot, is a given name or a word, no degree."""
    return word.istitle() and word.lower() in _capital_degrees()


@cache
def _glued_degrees() -> frozenset[str]:
    """Degrees after a name written in two parts or more (``S.E.``, ``M.Kes``, ``Sp.OG``), as they
    are also written without their dots (``SE``, ``MKes``, ``SpOG``)."""
    return frozenset(
        "".join(parts) for parts, kind in _markers()[0].items() if kind is Marker.POST and len(parts) >= 2
    )


#: Letters of a degree written short before a name (dr., Drs., Prof.), not a whole word (Dokter):
#: the title reader (`titles`) reads it for holders, quotes for the dot inside a speech tag.
MAX_DEGREE_ABBREVIATION = 4
#: A medical specialist's degree without its dot (``SpPD``, ``SpGK``, ``SpPD-KGH``): ``Sp`` and the
#: field's capitals, a family too open to list (Sp.GK, Sp.JP, Sp.KFR, …).
_SPECIALIST = LazyPattern(r"Sp\p{Lu}{1,5}(?:-\p{Lu}{1,5})?")


def haji_initial(toks: Sequence[Tok], i: int) -> bool:
    """``HM Noor Rifani``, ``HA Fahsar``: a capital H (Haji, dropped) glued to the initial of the
    first name (kept), before a capitalised name word."""
    t = toks[i]
    if t.kind is not WORD or len(t.text) != 2 or t.text[0] != "H" or not t.text[1].isupper():
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.kind is WORD
        and not nxt.newline
        and nxt.text[0].isupper()
        and nxt.text[1:].islower()
    )


def _marker_parts(toks: Sequence[Tok], i: int, longest: int) -> tuple[list[str], list[int]]:
    """The words from ``i`` joined by dots without spaces or by one space, and the token index
    after each (before an optional dot)."""
    n = len(toks)
    parts: list[str] = []
    ends: list[int] = []
    j = i
    while j < n and len(parts) < longest:
        t = toks[j]
        if t.kind is not WORD or (parts and t.newline):
            break
        # parts are joined by "." without spaces, or by a single space
        if parts and toks[j - 1].text == "." and t.space and toks[j - 1].end != t.start - 1:
            break
        parts.append(t.text.lower())
        ends.append(j + 1)
        j += 1
        if j < n and toks[j].text == "." and not toks[j].space:
            j += 1
    return parts, ends


def match_marker(toks: Sequence[Tok], i: int) -> tuple[Marker, int] | None:
    """The honorific, degree, religious title or rank starting at token ``i``.

    Returns ``(kind, j)`` with ``j`` the index after the marker (a final dot included),
    or None. Parts may be joined by dots without spaces (``S.I.K.``) or by a space
    (``Tuan Guru``, ``Kombes Pol``).

    >>> toks = tokenize("AKBP Budi Santoso, S.I.K., M.H.")
    >>> match_marker(toks, 0), match_marker(toks, 4)
    ((<Marker.RANK: 'rank'>, 1), (<Marker.POST: 'post'>, 10))
    """
    table, longest = _markers()
    n = len(toks)
    if i >= n or toks[i].kind is not WORD:
        return None
    if toks[i].text.lower() not in marker_firsts():
        return _glued_degree(toks, i)
    parts, ends = _marker_parts(toks, i, longest)
    first = toks[i].text
    for k in range(len(parts), 0, -1):
        kind = table.get(tuple(parts[:k]))
        if kind is None:
            continue
        end = ends[k - 1]
        dotted = end < n and toks[end].text == "." and not toks[end].space
        # A one-letter marker (H.) needs its dot, so that initials (M Ali) stay names.
        if len(first) == 1 and k == 1 and not dotted:
            continue
        if kind is Marker.HON and first[0].islower() and first.lower() not in role_words("lower_honorific"):
            continue
        if kind is Marker.POST and k == 1 and not dotted and _name_cased_degree(first):
            continue
        if dotted:
            end += 1
        if kind is Marker.RANK:
            if i and toks[i - 1].text.lower() in role_words("general_body"):
                return None  # Direktorat Jenderal Pajak: a body's name, no rank
            end = _corps_end(toks, end)
            if _body_after(toks, end):
                return None  # Plt Irjen Kemenperin, Inspektur Jenderal Kemenkes: the post, no rank
        return kind, end
    return _glued_degree(toks, i)


@cache
def blessings() -> frozenset[str]:
    """Blessings written after a prophet's name (`AS`, `SAW`: names_blessings.txt), as written."""
    return frozenset(load_lines("names_blessings.txt"))


@cache
def nickname_addresses() -> frozenset[str]:
    """Forms of address that open a nickname and stay in it (`Cak Imin`, `Gus Yahya`:
    names_nickname_addresses.txt), lowercase."""
    return frozenset(w.lower() for w in load_lines("names_nickname_addresses.txt"))


def word_marker(word: str) -> Marker | None:
    """The kind of marker one word is on its own (``Pak``: HON, ``AKBP``: RANK), or None."""
    if not word or word.lower().rstrip(".") not in marker_firsts():
        return None
    m = match_marker(tokenize(word), 0)
    return m[0] if m is not None else None


def _glued_degree(toks: Sequence[Tok], i: int) -> tuple[Marker, int] | None:
    """``Soleh SP``, ``Fadli, SpOG``, ``Rina, MKes``: a degree without its dots. It has two capitals
    or more, so a name that is also a degree's letters (``Se``) stays a name."""
    first = toks[i].text
    if sum(c.isupper() for c in first) >= 2 and (
        first.lower() in _glued_degrees() or _SPECIALIST.get().fullmatch(first)
    ):
        end = i + 1
        return Marker.POST, end + 1 if end < len(toks) and toks[end].text == "." and not toks[
            end
        ].space else end
    return None


def _body_after(toks: Sequence[Tok], end: int) -> bool:
    """An organisation's word (`Kemenperin`, `Kementerian`) right after a rank: the rank's word
    heads the body's post (Irjen, the inspector general), as a name never starts so; not a
    group's head, also a given name (`Kapten Tim Hawkins`: entities_group_heads.txt)."""
    if end >= len(toks) or toks[end].kind is not WORD or word_class(toks[end].text) is not WordClass.ORG:
        return False
    return toks[end].text.lower() not in word_set("entities_group_heads.txt")


def _corps_end(toks: Sequence[Tok], end: int) -> int:
    """A corps or service word right after a rank is part of it (Letkol Inf, Kombes Pol), also
    in brackets (Letkol (P), Kolonel Laut (K), Kolonel (Pnb)): the tokenizer splits the brackets."""
    n = len(toks)
    while end < n:
        if toks[end].kind in (WORD, PUNCT) and key(toks[end].text) in _rank_corps():
            end += 1
        elif (
            _bracket_close(toks, end)
            and {key(toks[end + 1].text), f"({key(toks[end + 1].text)})"} & _rank_corps()
        ):
            end = _bracket_close(toks, end)
        else:
            break
        if end < n and toks[end].text == ".":
            end += 1
    return end


def _bracket_close(toks: Sequence[Tok], i: int) -> int:
    """Where a bracket of one word opened at ``i`` ends, its abbreviation's dot inside it or not
    (`(Purn)`, `(Purn.)`); 0 when ``i`` opens none."""
    n = len(toks)
    if toks[i].text != "(" or i + 2 >= n:
        return 0
    if toks[i + 2].text == ")":
        return i + 3
    dotted = toks[i + 2].text == "." and i + 3 < n and toks[i + 3].text == ")"
    return i + 4 if dotted else 0


# --------------------------------------------------------------------------- particles


@cache
def _multi_particles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word particles by first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for parts in name_particles()[1]:
        table.setdefault(parts[0], []).append(parts)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@cache
def lower_particles() -> frozenset[str]:
    """Single-word particles, lowercase, the Balinese ``i`` and ``ni`` included."""
    return frozenset({p.lower() for p in name_particles()[0]} | {"i", "ni"})


def particle_len(toks: Sequence[Tok], i: int) -> int:
    """Number of tokens of a name particle starting at ``i`` (0 if none).

    ``I``/``Ni`` count only before another capitalised word that is not a common word,
    so the Roman numeral in ``Asisten I Bidang`` is not read as a Balinese name.
    """
    n = len(toks)
    if i >= n or toks[i].kind is not WORD:
        return 0
    for parts in _multi_particles().get(toks[i].text, ()):
        k = len(parts)
        if i + k <= n and all(
            toks[i + x].text == parts[x] and (x == 0 or not toks[i + x].newline) for x in range(k)
        ):
            return k
    t = toks[i].text
    if t not in name_particles()[0]:
        return 0
    if t in ("I", "Ni"):
        nxt = toks[i + 1] if i + 1 < n else None
        if nxt is None or nxt.kind is not WORD or nxt.newline or not nxt.text[0].isupper():
            return 0
        if word_class(nxt.text) not in NAMEISH:
            return 0
    return 1


# --------------------------------------------------------------------------- words by role


@cache
def _roles() -> dict[str, frozenset[str]]:
    """The words of each role in ``people_roles.txt``; a row naming several roles, comma-separated,
    gives its word to each (a minister's post is a personal_head and a ministry_head)."""
    table: dict[str, set[str]] = {}
    for roles, word in load_pairs("people_roles.txt"):
        for role in roles.split(","):
            table.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in table.items()}


def dotted_name_word(word: str) -> bool:
    """Whether a full stop after ``word`` stays inside a name: an initial (M. Afif) or a
    shortened given name (Moch. Ridwan, Muh. Ali)."""
    return (len(word) == 1 and word.isupper()) or (
        word[:1].isupper() and word.lower() in role_words("name_abbrev")
    )


def role_words(role: str) -> frozenset[str]:
    """The words of one role in ``people_roles.txt`` (``weak_head``, ``village_head`` …)."""
    return _roles()[role]


@cache
def one_of_words() -> frozenset[str]:
    """The words of the `one_of` phrases (`seorang`, `salah`, `satu`): the words that may stand
    between a name's comma and the occupation or post describing it (Endro, seorang petani; Agus,
    salah satu warga), read one at a time."""
    return frozenset(w for phrase in role_words("one_of") for w in phrase.split())


def branch_office_word(title: str, before: str | None) -> bool:
    """BPK RI Perwakilan Provinsi Lampung, Bank Indonesia Perwakilan NTT, Kepala Perwakilan
    BKKBN: a head (``title``, lowercase) that also names a body's branch office (`branch_head`),
    right after a capitalised word on its line (``before``: that word; None when the head opens
    its line), is the body's word, no post. Read by the role scanner and the entity layer's
    titles alike."""
    return title in role_words("branch_head") and before is not None and before[:1].isupper()


def and_others(words: Sequence[str]) -> int:
    """How many of the first ``words`` say "and others" after a name inside a post: `lainnya`/
    `lain` (other_word: kuasa hukum Jokowi lainnya), or `dan` (and_word) before it (Suherni dan
    lainnya): 1 or 2; 0 when they do not."""
    if words[:1] and words[0] in role_words("other_word"):
        return 1
    if len(words) >= 2 and words[0] in role_words("and_word") and words[1] in role_words("other_word"):
        return 2
    return 0


#: Words of a head that opens a kind of body or place (`Kelompok`, `Kelompok Tani`, `Desa`).
_KIND_HEAD_WORDS = (1, 2)


@cache
def _headed_kinds() -> frozenset[str]:
    """The kinds of body or place with no name (entities_not.txt) that a head of
    entities_heads.txt opens, its first word or two (`Kelompok Tani Hutan`, `Gabungan Kelompok
    Tani`, `Desa Wisata`, `RSUD`), lowercase."""
    heads = {r.phrase.lower() for r in load_table("entities_heads.txt") if r.kind != "lowercase"}
    return frozenset(
        kind
        for kind in word_set("entities_not.txt")
        if any(" ".join(kind.split()[:n]) in heads for n in _KIND_HEAD_WORDS)
    )


def kind_ending(words: Sequence[str]) -> str | None:
    """The kind of body or place that ``words`` (as written, a bracketed short name left out)
    end in, capitalised and opened by a head (`_headed_kinds`): a name right after it is the
    body's or the place's own, even where a name-finder reads a person's there (`Kelompok Tani
    Hutan Bina Lestari`, `Gabungan Kelompok Tani Mulya Jaya`). None if they end in none. The
    entity layer's grammar (`_Grower._kind_before_name`) and the persons' candidates
    (`_after_body_kind`) both read it."""
    for x in range(len(words)):
        kind = " ".join(words[x:])
        if all(w[:1].isupper() for w in words[x:]) and kind.lower() in _headed_kinds():
            return kind
    return None


def needs_body(head: str) -> bool:
    """Whether the post ``head`` (lowercase) is one only with its body named: a weak head
    (`weak_head`: peneliti, tim), an English head closed by an occupation (`english_occupation`:
    Senior Analyst, Financial Expert) or one of English unit words alone (Corporate Communication,
    Senior Business Development: the unit stands for its head only before its body)."""
    if head in role_words("weak_head"):
        return True
    return head.split()[-1] in role_words("english_occupation") or english_units_only(head)


def scholar_degree(toks: Sequence[Tok], k: int) -> bool:
    """Whether the capitalised word at ``k`` is a scholar's or physician's word (people_roles.txt
    body_head) that is also a degree written before a name (names_degrees_pre.txt): `Profesor
    Helena Teede`, `Dokter Rina` (before a name the degree, no post)."""
    marker = match_marker(toks, k)
    return (
        marker is not None
        and marker[0] is Marker.PRE
        and toks[k].text[0].isupper()
        and toks[k].text.lower() in role_words("body_head")
    )


def english_units_only(head: str) -> bool:
    """Whether the head ``head`` (lowercase) is two or more English unit words with no post word
    (`_units_alone`: Corporate Communication, Senior Business Development). A head closed by a
    post word that is also a unit's (`president`: President Director) is a post: Vice President."""
    words = head.split()
    return (
        len(words) > 1
        and all(w in role_words("english_unit") for w in words)
        and words[-1] not in role_words("english_post")
    )


def admin_words() -> frozenset[str]:
    return word_set("officials_admin_words.txt")


def geo_words() -> frozenset[str]:
    return word_set("officials_geo_words.txt")


def headline_verbs() -> frozenset[str]:
    """Verbs of title-case headlines, lowercase (`serahkan`, `gelar`): capitalised after a
    place's name they start a headline's clause."""
    return word_set("entities_headline_verbs.txt")


def facility_words() -> frozenset[str]:
    return word_set("officials_facility_words.txt")


@cache
def place_kind_words() -> frozenset[str]:
    """The words of a place's kind: administrative, geographic and facility words together
    (`admin_words`, `geo_words`, `facility_words`: kota, sungai, balai)."""
    return admin_words() | geo_words() | facility_words()


def opens_facility(toks: Sequence[Tok]) -> bool:
    """Whether a facility word (one word or two: `Bandara`, `Rumah Sakit`) opens the tokens: the
    words after it name the facility, often after a person (`Bandara Muhammad Taufik Kiemas`)."""
    return opens_with_kind(toks, facility_words())


def opens_with_kind(toks: Sequence[Tok], kinds: frozenset[str]) -> bool:
    """Whether a word of ``kinds`` (lowercase, one word or two: `bandara`, `rumah sakit`) opens the
    tokens, an abbreviation's dot left off (`Jl.`)."""
    words = [t.text.lower().rstrip(".") for t in toks[:2] if t.kind is WORD]
    return bool(words) and (words[0] in kinds or " ".join(words) in kinds)


def named_bodies() -> frozenset[str]:
    """Words for bodies known by a proper name of their own (``Sanggar Kahanjak Huang``,
    ``Galeri Huma Lilis Lamiang``): the thing nouns of names_thing_nouns.txt."""
    return word_set("names_thing_nouns.txt")


#: Verbs that give a name (`bernama`, `dinamai`): a made thing's noun before one says whose.
_NAMING_VERBS = frozenset({"bernama", "dinamai", "dinamakan"})
#: Lowercase words read back from a naming verb for the thing's noun (`speaker portabel unik`).
_NAMING_REACH = 3


def named_made_thing(before: Sequence[str]) -> bool:
    """`fitur baru bernama Instants`, `sepatu kasual bernama …`: the words ``before`` a name end
    with a naming verb and, among the lowercase words before it, a made thing's noun
    (names_made_things.txt) that no maker's or user's noun comes before (`pembocor teknologi
    bernama …` names the leaker)."""
    if not before or before[-1].lower() not in _NAMING_VERBS:
        return False
    things = word_set("names_made_things.txt")
    words = before[-2 - _NAMING_REACH : -1]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _NAMING_REACH), -1):
        if words[k].strip(",.").lower() in things:
            return k == 0 or not _maker_of(words[k - 1])
        if not words[k].islower():
            return False
    return False


def _maker_of(word: str) -> bool:
    """Whether a word before a made thing's noun names its maker, user or seller, whose name
    `bernama` gives (`pengembang gim`, `penyedia layanan`, `perusahaan teknologi`): a lowercase
    actor noun of the `pe-` prefix or a body's noun (names_thing_nouns.txt), capitalised or not."""
    low = word.lower()
    return low.startswith("pe") or low in word_set("names_thing_nouns.txt")


def names_an_event(name: str) -> bool:
    """A name opening with an event's or a programme's word (`Kirab Pemuda`, `MotoGP`, `Open
    Waters`: `entities_events.txt`) names the event, no person (GUIDELINES §6)."""
    words = name.split()
    return bool(words) and words[0].lower() in word_set("entities_events.txt")


#: The word right before a position, only a space between (`Piala Thomas`).
_WORD_RIGHT_BEFORE = LazyPattern(r"(?<![\w-])(\w+) $")
_EVENT_REACH = 40


def after_event_word(text: str, word: str) -> bool:
    """Whether the article writes ``word`` somewhere right after an event's word (`Piala Thomas`,
    `perebutan piala Thomas`: entities_events.txt): one sense per article, the word then names the
    event everywhere (`tim Thomas`, GUIDELINES §6), no person."""
    return _written_after(text, word, names_an_event)


def after_thing_word(text: str, word: str) -> bool:
    """Whether the article writes ``word`` somewhere right after a word that makes any name after
    it a thing (`virus Corona`, `aplikasi Molecool`: names_entity_cues.txt's own words): one
    sense per article, the word then names that thing everywhere (`Corona, pengunjung …`)."""
    own = entity_cues()[0]
    return _written_after(text, word, lambda before: before.lower() in own)


def _written_after(text: str, word: str, cue: Callable[[str], bool]) -> bool:
    """Whether the article writes ``word`` somewhere right after a word ``cue`` accepts."""
    for a, _ in whole_words(text, word):
        m = _WORD_RIGHT_BEFORE.get().search(text, max(0, a - _EVENT_REACH), a)
        if m is not None and cue(m.group(1)):
            return True
    return False


def names_a_body(name: str) -> bool:
    """A name all of whose words warta's records over news-raw hold in bodies' names far more
    often than in persons' (`Inter Milan`, `Ducati`, `Manchester City`, `Apple`:
    `names_body_words_derived.txt`) names a body, a club or a product, no person."""
    words = name.split()
    body = word_set("names_body_words_derived.txt")
    return bool(words) and all(w.lower() in body for w in words)


class CompanyForms(NamedTuple):
    """An article and the places right after its capitalised opening company forms and one
    blank (`PT Chandra`), found once per article (`company_forms`) so that each candidate name
    costs a look at these few places, not a search of the whole text."""

    text: str
    ends: tuple[int, ...]


def company_forms(text: str) -> CompanyForms:
    """The article's places where a company's name opens (see `CompanyForms`)."""
    forms = _opening_forms()
    return CompanyForms(
        text,
        tuple(
            a
            for a in _form_blank_ends(text)
            if (f := prev_word(text, a)).rstrip(".").lower() in forms and not f.islower()
        ),
    )


def _form_blank_ends(text: str) -> list[int]:
    """Where each match of `_company_form_blank` ends, in order: after a form (any case), its dot
    and one blank. Each form is found with `str.find` in the casefolded text, three times faster
    than the pattern's scan of every character; a text that folds to another length (`ß`) is
    scanned with the pattern. Two matches cannot overlap (a form holds no blank): the ends are
    those of every place a form, a dot or not, and a blank follow each other."""
    folded = text.casefold()
    if len(folded) != len(text):
        return [m.end() for m in _company_form_blank().finditer(text)]
    ends = set()
    for form in _opening_forms():
        at = folded.find(form)
        while at != -1:
            end = at + len(form)
            end += text.startswith(".", end)
            if text.startswith((" ", "\u00a0"), end):
                ends.add(end + 1)
            at = folded.find(form, at + 1)
    return sorted(ends)


def company_named(forms: CompanyForms, name: str) -> bool:
    """Whether ``name`` opens with a company's name (`_company_part`): the company or its brand,
    product or staff as the article writes them, no person's name as a whole (`Chandra Asri`
    stays a person's name unless written whole after the form)."""
    return _company_part(forms, name.split()) > 0


def company_names(forms: CompanyForms, names: Iterable[str]) -> frozenset[str]:
    """Of ``names``, those that name one of the article's companies (one sense per article,
    GUIDELINES §6: an ORG, no person): the one test of vetting, the role layer and the entity
    layer. A name opening with a company's name (`_company_part`) is the company's when nothing
    follows it, or one word that is no given name (`Smartfren Djoko`: its director) and that
    the article never writes on its own (`Hyundai Palisade` beside `Palisade`: its product):
    `Lippo Malls` beside `PT Lippo Karawaci`, `Waskita Grup`; two words or more after it are a
    name of their own (`Direktur Utama Saka Energi Tumbur Parlindungan`). A listed region is
    none (`Bekasi` of `PT Bekasi Fajar` is the city)."""
    return frozenset(n for n in names if _names_the_company(forms, n.split()))


def _names_the_company(forms: CompanyForms, words: list[str]) -> bool:
    """Whether ``words`` name the company (see `company_names`)."""
    k = _company_part(forms, words)
    toks = tokenize(" ".join(words)) if k else ()
    if not k or match_region(toks, 0, len(toks), kecamatan=True) == len(toks):
        return False
    if k == len(words):
        return True
    rest = words[k]  # one word of the company's own, no given name, never written alone
    given = word_class(rest) is WordClass.GIV
    return k + 1 == len(words) and not given and not _written_as_own_name(forms.text, rest)


def _company_part(forms: CompanyForms, words: list[str]) -> int:
    """How many of ``words`` the article writes right after a legal form that opens a company's
    name (people_roles.txt's company_form, not company_tail: `PT Chandra Asri Perkasa`): all of
    them, or its first words when they open with no given name (`PT Ramayana Lestari Sentosa`
    for `Ramayana Prime`; `PT Wirasena` does not make `Wirasena Dewi Lestari` one); 0: none."""
    opens = bool(words) and word_class(words[0]) not in (WordClass.GIV, WordClass.AMB)
    shortest = 1 if opens else max(len(words), 1)
    lengths = range(len(words), shortest - 1, -1)
    return next((k for k in lengths if _after_company_form(forms, " ".join(words[:k]))), 0)


def _written_as_own_name(text: str, name: str) -> bool:
    """Whether the article writes ``name`` somewhere as a name of its own: after no capitalised
    word (`harga Palisade`, not `Karya Realty`)."""
    return any(not _after_capital_word(text, a) for a, _ in whole_words(text, name))


def _after_capital_word(text: str, at: int) -> bool:
    """Whether a capitalised word ends one blank before ``at``, in the same sentence."""
    word = text[max(0, at - 40) : at].removesuffix(" ").rpartition(" ")[2].lstrip("([\"'“‘")
    return text[at - 1 : at] == " " and word[:1].isupper() and word[-1:].isalnum()


def _after_company_form(forms: CompanyForms, name: str) -> bool:
    """Whether ``name`` stands somewhere right after a capitalised opening company form (`PT`, `CV`)."""
    text = forms.text
    return any(
        text.startswith(name, a)
        and next(whole_words(text[a : a + len(name) + 1], name), None) == (0, len(name))
        for a in forms.ends
    )


@cache
def _opening_forms() -> frozenset[str]:
    """The legal forms that open a company's name and never close one (people_roles.txt's
    company_form less company_tail: `PT`, `CV`, not `Tbk`)."""
    return frozenset(role_words("company_form") - role_words("company_tail"))


@cache
def _opening_forms_rx() -> str:
    """`_opening_forms` as one alternation, longest first, case-insensitive."""
    forms = sorted(_opening_forms(), key=len, reverse=True)
    return f"(?i:{'|'.join(regex.escape(f) for f in forms)})"


@cache
def _company_form_blank() -> regex.Pattern[str]:
    return regex.compile(rf"{_opening_forms_rx()}\.?[ \u00a0]")


def company_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the capitalised words right after each capitalised opening company form
    (`PT Chandra Wijaya Abadi`, up to a comma or a lowercase word): a company's own name, whose
    words are no mention of a person named like it (`Chandra` of `Chandra Kusuma`). A run right
    before a speech verb ends in its speaker's name (`PT Sinar Pringsewu Safri mengatakan`): none."""
    runs = [m.span("run") for m in _company_run().finditer(text)]
    return [(a, b) for a, b in runs if next_word(text, b).lower() not in speech_verbs()]


@cache
def _company_run() -> regex.Pattern[str]:
    word = r"\p{Lu}[\w&'-]*"
    return regex.compile(
        rf"(?<![\w-])(?=\p{{Lu}})(?P<form>{_opening_forms_rx()})\.?[ \t]+(?P<run>{word}(?:[ \t]+{word})*)"
    )


@cache
def place_words() -> frozenset[str]:
    """One-word regions, lowercase: a lone PER entity that is one is a place. (Kecamatan names are
    left out: thousands of them are also given names, such as Bruno or Pamona.)"""
    return frozenset(e.lower() for e in load_lines("officials_regions.txt") if " " not in e.strip())


_SHARED_CUE_FILES = (
    "officials_org_words.txt",
    "officials_facility_words.txt",
    "officials_geo_words.txt",
    "officials_admin_words.txt",
    "names_thing_nouns.txt",
)


@cache
def entity_cues() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """Words after which a PER entity names a thing.

    Returns the words of names_entity_cues.txt (a thing whatever comes before: ``pandemi``,
    ``Sanggar``), the organisation, facility, place and thing nouns of the shared lists (a thing
    unless a title comes before: ``Menteri Desa Marwan Jafar``, ``Dirut Telkom Arwin``), and the
    multi-word cues by their last word (``hari raya``).
    """
    shared: set[str] = set()
    for name in _SHARED_CUE_FILES:
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


# --------------------------------------------------------------------------- heads


class Head(NamedTuple):
    """A position head matched at a token: the index after it, whether it is an official post
    (not an occupation), and its words in lowercase."""

    end: int
    official: bool
    text: str
    loose: bool = False  # an abbreviation listed in capitals, written in lowercase (kabid, kasat)


@cache
def _heads() -> dict[str, list[tuple[tuple[str, ...], bool, bool]]]:
    """First word (lowercase) -> [(parts, case_sensitive, official)], longest first."""
    table: dict[str, list[tuple[tuple[str, ...], bool, bool]]] = {}
    for name, official in (("officials_titles.txt", True), ("officials_nonofficial.txt", False)):
        for entry in load_lines(name):
            parts = tuple(entry.replace(".", " ").split())
            if not parts:
                continue
            cs = parts[0][0].isupper()
            table.setdefault(parts[0].lower(), []).append((parts, cs, official))
    for v in table.values():
        v.sort(key=lambda x: -len(x[0]))
    return table


@cache
def office_heads() -> frozenset[str]:
    """Heads (lowercase) that name an office inside a body by themselves: the abbreviations listed
    in capitals (Kabid, Kasi, Kadis) and the `kepala …` posts of several words (kepala bidang):
    lowercase words after them name the office's field (Kabid perdagangan), not an occupation."""
    return frozenset(
        " ".join(parts).lower()
        for entries in _heads().values()
        for parts, cs, official in entries
        if official and (cs or (len(parts) > 1 and parts[0] == "kepala"))
    )


@cache
def head_words() -> frozenset[str]:
    """First words (lowercase) of every head."""
    return frozenset(_heads())


@cache
def head_last_words() -> frozenset[str]:
    """Last words (lowercase) of the heads of two words or more (`jenderal` of `direktur
    jenderal`): a rank written so may close a post, no person's cue."""
    heads = [parts for entries in _heads().values() for parts, *_ in entries]
    return frozenset(parts[-1].lower() for parts in heads if len(parts) > 1)


@cache
def official_head_words() -> frozenset[str]:
    """First words (lowercase) of the officials' heads (officials_titles.txt: `kepala`, `camat`,
    `menteri`), not of the other roles (`warga`, `petani`)."""
    return frozenset(first for first, entries in _heads().items() if any(off for *_, off in entries))


@cache
def title_prefixes() -> tuple[str, ...]:
    """Prefixes of abbreviated posts not listed word for word (Kadis…, Kapol…)."""
    return tuple(load_lines("officials_title_prefixes.txt"))


@lru_cache(maxsize=8192)
def _is_prefixed_title(word: str) -> bool:
    """Kadisdikpora, Kapolsubsektor: an abbreviated post not listed word for word."""
    prefix = next((p for p in title_prefixes() if word.startswith(p)), None)
    if prefix is None or len(word) <= len(prefix):
        return False
    low = word.lower()
    return low not in common_words() and low not in given_names()


@lru_cache(maxsize=65536)
def may_open_head(word: str) -> bool:
    """Whether ``word`` may open a listed head or starts like an abbreviated post (a cheap test)."""
    return (
        word.lower() in _heads()
        or word.startswith(title_prefixes())
        or (word[:1].isupper() and word.lower() in role_words("english_unit"))
    )


def _prefixed_head(toks: Sequence[Tok], i: int) -> Head | None:
    """Kadisdikpora Bali …: a prefixed post needs its place or name after it (not Kadisono, …)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _is_prefixed_title(t.text) and nxt is not None and nxt.kind is WORD and nxt.text[:1].isupper():
        end = i + 1
        if end < len(toks) and toks[end].text == "." and not toks[end].space:
            end += 1
        return Head(end, True, t.text.lower())
    return None


# product lines and markets named inside an English head (Consumer and Gaming Notebook Product
# Manager, Worldwide iPhone Product Marketing): two such words in a row at most, as news-raw
# writes them; a longer run of unknown capitals is a name or a body, not a post's field
_ENGLISH_FILLERS = 2


def _english_filler(toks: Sequence[Tok], k: int) -> bool:
    """Whether the capitalised word at ``k`` inside an English head is its field (Gaming, Notebook,
    Worldwide, iPhone): an unknown word, no given name nor acronym, that an English unit or post
    word follows within `_ENGLISH_FILLERS` words on the same line (Consumer and Gaming Notebook
    Product Manager; not Managing Director Gen AI Lead, where the post ends at Director)."""
    known = role_words("english_unit") | role_words("english_post")
    for x in range(k, min(k + _ENGLISH_FILLERS + 1, len(toks))):
        t = toks[x]
        if t.kind is not WORD or (x > k and t.newline):
            return False
        low = t.text.lower()
        if x > k and t.text[:1].isupper() and low in known:
            return True
        if not (t.text[:1].isupper() or t.text[1:2].isupper()) or low in known or low in given_names():
            return False
        if t.text.isupper():
            return False  # Managing Director Gen AI Lead: an acronym names a body or a thing, no field
    return False


def _english_head(toks: Sequence[Tok], i: int) -> Head | None:
    """Senior Brand Director, Product Marketing Manager, Sales and Marketing Director: capitalised
    English unit words (`english_unit`), joined by `and`, `&` or `of` at most (Chief of Operations
    Officer), before an English post word (`english_post`) are one head; it ends at the last post
    word of the run (President Director, Senior Vice President), also one joined on after `&`
    (President & CEO). None without a unit word before
    the post (Director alone is listed)."""
    units, posts = role_words("english_unit"), role_words("english_post")
    k, last = i, None
    while k < len(toks):
        t = toks[k]
        low = t.text.lower()
        if (
            k > i
            and t.text in join_words("post")
            and k + 1 < len(toks)
            and (toks[k + 1].text.lower() in units | posts or _english_filler(toks, k + 1))
        ):
            k += 1
            continue
        if k > i and _english_filler(toks, k):
            k += 1
            continue
        if t.kind is not WORD or not t.text[:1].isupper() or (k > i and t.newline):
            break
        if low not in units and low not in posts:
            break
        if low in posts and k > i:
            last = k
        k += 1
    if last is None:
        return _units_alone(toks, i, k)
    return Head(last + 1, True, " ".join(t.text.lower() for t in toks[i : last + 1]))


def _units_alone(toks: Sequence[Tok], i: int, k: int) -> Head | None:
    """Corporate Communication PT X, Senior Business Development Qualcomm, Chief Digital Marketing
    Persija: two or more capitalised English unit words (`english_unit`) with no post word, that
    open a phrase (a lowercase word or a mark right before them), stand for the unit's head; a
    post only with its body named (`needs_body`). None after a word with a capital (PT Global
    Digital …, Worldwide oPhone Product Marketing: a name's or a post's words), after a closing
    bracket (PT Pertamina (Persero) Marketing Operation Region: the company's unit), after `of`, `&`
    or `dan` (Director of Government Relations, Direktur Network dan Retail Funding: the post's
    unit) or with any other word among them."""
    units = role_words("english_unit")
    run = toks[i:k]
    if len(run) < 2 or not all(t.text.lower() in units for t in run) or run[-1].text in join_words("post"):
        return None
    prev = toks[i - 1] if i > 0 and not toks[i].newline else None
    joins = role_words("english_link") | role_words("and_word") | join_words("post")
    if prev is not None and (
        prev.text in joins or prev.text == ")" or (prev.kind is WORD and not prev.text.islower())
    ):
        # PT Global Digital …, Director of Government Relations, PT Pertamina (Persero) Marketing
        # Operation Region: inside a longer name or post
        return None
    return Head(k, True, " ".join(t.text.lower() for t in run))


def _head_before_unit(toks: Sequence[Tok], i: int) -> Head | None:
    """Head Corporate Affairs Bank Permata, Head Marketing Chandra Group: the English `Head`,
    capitalised, right before a capitalised English unit word (`english_unit`) heads that unit
    with no `of` between them; the unit words stay in the title as its field. None before any
    other word (Head For Heights, a horse; Head Topics, a site's menu)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i].text != "Head" or nxt is None or nxt.kind is not WORD or nxt.newline:
        return None
    if not nxt.text[:1].isupper() or nxt.text.lower() not in role_words("english_unit"):
        return None
    return Head(i + 1, True, "head")


def _parts_match(toks: Sequence[Tok], i: int, parts: tuple[str, ...], cs: bool, loose: bool = False) -> bool:
    for x, part in enumerate(parts):
        tk = toks[i + x]
        if tk.kind is not WORD or (x and tk.newline):
            return False
        if cs and x == 0:
            if tk.text not in (part, part.upper()) and not (loose and tk.text == part.lower()):
                return False
        elif tk.text.lower() != part.lower():
            return False
    return True


def match_head(toks: Sequence[Tok], i: int, *, loose: bool = False) -> Head | None:
    """A head at token ``i``, the longest listed one; None if there is none.

    Lowercase abbreviations are verbs or nouns (`kasi`); capitalised full words that are
    common nouns mid-sentence still count (`ketua`, `bupati`). With ``loose``, an abbreviation
    listed in capitals matches in lowercase too (`kabid`, `kasat`), marked `Head.loose`: the
    caller must find the body it heads.
    """
    if i >= len(toks):
        return None  # `Pj(` at the end of a page: nothing after the bracket
    t = toks[i]
    if t.kind is not WORD or not may_open_head(t.text):
        return None  # most words: one cached lookup, as the scanner asks about every token
    english = _english_head(toks, i) or _head_before_unit(toks, i)
    if english is not None:
        return english
    cands = _heads().get(t.text.lower())
    if not cands:
        return _prefixed_head(toks, i)
    n = len(toks)
    for parts, cs, official in cands:
        k = len(parts)
        if i + k > n or not _parts_match(toks, i, parts, cs, loose):
            continue
        end = i + k
        if (
            end < n
            and toks[end].text == "."
            and not toks[end].space
            and parts[-1].lower() in role_words("abbrev_dot")
        ):
            end += 1
        lowered = cs and loose and toks[i].text[0].islower()
        return Head(end, official, " ".join(parts).lower(), lowered)
    return None


# --------------------------------------------------------------------------- regions


@cache
def _gazetteer(name: str) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_lines(name):
        parts = tuple(entry.replace(".", " ").split())
        if parts:
            table.setdefault(parts[0], []).append(parts)
            if len(parts) > 1 and all(p.isalpha() for p in parts):
                # Pangkalpinang, Palangkaraya: the name written as one word
                glued = parts[0] + "".join(p.lower() for p in parts[1:])
                table.setdefault(glued, []).append((glued,))
    for v in table.values():
        v.sort(key=len, reverse=True)
    return table


def match_region(toks: Sequence[Tok], i: int, end: int, *, kecamatan: bool = False) -> int:
    """Index after a region name starting at ``i`` (``i`` if none): a province, regency or city,
    or a regency's seat (Kalapas Sampit, Kepala Kantor Pos Cabang Liwa: clean_region_seats.txt
    names towns, none a given name or a common word); ``kecamatan`` adds the district gazetteer."""
    if i >= end:
        return i  # no word left (a text ending in `Wakil`)
    best = i
    files = ("officials_regions.txt", "clean_region_seats.txt")
    if kecamatan:
        files += ("officials_kecamatan.txt",)
    for name in files:
        for parts in _gazetteer(name).get(toks[i].text, ()):
            k = len(parts)
            if i + k <= end and all(
                toks[i + x].text == parts[x] and not toks[i + x].newline for x in range(k)
            ):
                best = max(best, i + k)
                break
    return best


@cache
def place_end_words() -> frozenset[str]:
    """Lowercase last words of the gazetteers' place names of two words or more (Selatan, Baru,
    Jaya, Agung): after a region they may be more of a place (Metro Baru), not a first name."""
    return frozenset(
        parts[-1].lower()
        for name in ("officials_regions.txt", "officials_kecamatan.txt")
        for entries in _gazetteer(name).values()
        for parts in entries
        if len(parts) > 1
    )


@cache
def _folded_regions(capital_first: bool = False) -> dict[str, list[tuple[str, ...]]]:
    """The region gazetteer by lowercase first word, lowercase parts; regions whose words are
    all common words or given names are left out (batu, agam: they are words first), unless the
    first word is written capitalised (Tulang bawang: the name, its later words lowercase)."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for first, entries in _gazetteer("officials_regions.txt").items():
        for parts in entries:
            low = tuple(p.lower() for p in parts)
            if capital_first and len(low) < 2:
                continue
            if not capital_first and all(w in common_words() or w in given_names() for w in low):
                continue
            table.setdefault(first.lower(), []).append(low)
    for v in table.values():
        v.sort(key=len, reverse=True)
    return table


def match_region_lower(toks: Sequence[Tok], i: int, end: int) -> int:
    """Index after a region written in lowercase starting at ``i`` (tulangbawang, lampung barat;
    its later words in any case: bandar Lampung), or one of two words or more written with its
    first word alone capitalised (Lampung utara, Tulang bawang); ``i`` if none. Only regions that
    are not common words or given names when the first word is lowercase (`match_region` is the
    case-sensitive reading)."""
    first = toks[i].text
    for parts in _folded_regions(first[0].isupper()).get(first.lower(), ()):
        k = len(parts)
        if i + k <= end and all(
            toks[i + x].text.lower() == parts[x] and not toks[i + x].newline for x in range(k)
        ):
            return i + k
    return i


def is_head_or_region(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` opens a position title or a region name (not a person's name)."""
    return match_head(toks, i) is not None or match_region(toks, i, len(toks)) > i


def is_region_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is exactly a region name (Kalteng, Lampung Timur)."""
    toks = tokenize(text[start:end])
    return bool(toks) and match_region(toks, 0, len(toks)) == len(toks)
