"""Persons: one `Person` per person named in an article, with every mention's span (GUIDELINES §6).

Candidates are the officials' names, the role mentions' names (occupations such as ``petani``
next to a name), the PER entities (titles, honorifics, degrees and ranks trimmed; entities
with nothing name-like left are dropped) and, from the rule path, lists of names with a bracket
each and speakers after ``kata``/``ujar``. Mentions are grouped by `names.group_by_person`.
The role mentions and the vetted entities come in as arguments: nothing is scanned twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache

import regex

from ..records import Entity, EntityLabel, Official, Person, Span
from ..resources import load_lines, load_table
from ..text.patterns import LazyPattern, alternation, whole_words
from ..text.tokens import (
    NUMBER,
    PUNCT,
    WORD,
    Tok,
    cue_positions,
    next_word,
    next_word_past_comma,
    prev_word,
    tokenize,
    whole_tokens,
    window_tokens,
    words_of,
)
from ..text.words import (
    NAMEISH,
    WordClass,
    area_bracket_end,
    area_list_placed,
    common_words,
    folded,
    given_names,
    group_forms,
    listed_body_short_name,
    name_particles,
    org_acronyms,
    org_words,
    outlet_words,
    speech_verbs,
    team_articles,
    verb_like,
    word_class,
    word_set,
)
from .corpus import common_word_only, opens_names_mostly, person_word_in_corpus, written_alone
from .lexicon import (
    Marker,
    after_event_word,
    after_thing_word,
    and_others,
    company_forms,
    company_named,
    company_spans,
    dotted_name_word,
    entity_cues,
    is_head_or_region,
    is_region_span,
    kind_ending,
    lower_particles,
    match_head,
    match_marker,
    match_region,
    names_a_body,
    names_an_event,
    one_of_words,
    opens_facility,
    place_words,
    role_words,
    word_marker,
)
from .names import (
    described_before,
    display_name,
    group_by_person,
    joined_beside,
    name_tokens,
    names_run_together,
    strip_name,
)
from .roles import RoleMention, scan_roles
from .titles import title_prefix_len

__all__ = ["address_cues", "extract_persons", "lowercase_in", "thing_cues"]

W = WordClass
_WORD_BEFORE = LazyPattern(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{L}'’-]*) $")
_CAP_WORD = LazyPattern(r"\p{Lu}[^\W_]*(?:['’\-][^\W_]+)*")
_ACRONYM = LazyPattern(r"\p{Lu}{2,4}")
#: A word and the blanks after it before a capital letter (`RI Khadafi`: `RI `).
_FIRST_WORD_BEFORE_CAPITAL = LazyPattern(r"(\w+)\s+(?=\p{Lu})")
#: Words in one name at most: a longer PER span is a phrase, not a name.
_MAX_NAME_WORDS = 7
#: Mentions of one name searched in the article at most.
_MAX_MENTIONS = 1000
#: Brackets looked at for lists of names (bounds the work on a hostile page).
_MAX_BRACKETS = 5000
#: Characters read past a PER entity's end to see a degree it cut in two (Sp|.B, S.|Sos).
_DEGREE_LOOKAHEAD = 8
#: A blank and a lowercase letter: the sentence goes on after the word before it.
_LOWER_NEXT = LazyPattern(r"\s\p{Ll}")
#: A run of characters between blanks: a word as written with its marks.
_SPACED_WORD = LazyPattern(r"\S+")
#: A capitalised word and one blank, closing the text searched (the word before another).
_CAPITAL_BEFORE = LazyPattern(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]* $")
#: Characters read before a word for the capitalised word right before it.
_CAPITAL_REACH = 40
_LIST_LINKS = (" dan ", ", ", " serta ", "/")
#: Digits of an age in brackets after a name (`Tumirin (89)`).
_AGE_DIGITS = 2
#: Characters read before a lone name for the words that name a person (`_named_before`).
_NAMED_REACH = 20
#: Tokens read after a name for an occupation or a post describing it.
_APPOSITION_REACH = 6
#: Word classes after `I` that keep a two-word name a person's (I Wayan, I Ketut, I Budi).
#: The classes of a word the model reads alone as a person that may open the name after it.
_FIRST_NAME_CLASSES = frozenset({WordClass.GIV, WordClass.UNK, WordClass.PART})
_NAME_AFTER_ARTICLE = frozenset({WordClass.GIV, WordClass.PART, WordClass.AMB})

CapIndex = tuple[tuple[tuple[int, int, str], ...], dict[str, tuple[int, ...]]]


def _cap_index(text: str) -> CapIndex:
    """Capitalised words of ``text`` as (start, end, lowercase) and an index by word."""
    caps = tuple((m.start(), m.end(), m.group().lower()) for m in _CAP_WORD.get().finditer(text))
    index: dict[str, list[int]] = {}
    for i, (_, _, w) in enumerate(caps):
        index.setdefault(w, []).append(i)
    return caps, {k: tuple(v) for k, v in index.items()}


# --------------------------------------------------------------------------- PER entities


def _clean_entity(text: str, ent: Entity) -> tuple[int, int] | None:
    """The name inside a PER entity: titles, honorifics, degrees and ranks trimmed."""
    s, e = ent.span
    if not (0 <= s < e <= len(text)):
        return None
    # a title at the start of the entity (``Bupati Aletinus``) is not part of the name
    k = title_prefix_len(text, s, e)
    if k:
        s = k
    s = _past_nation(text, s, e)
    span = strip_name(text, s, e)
    if span is None:
        return None
    # Januar Fitriadi Sp|.B: the entity ends inside a degree; read a little further to see it
    longer = strip_name(text, s, min(len(text), e + _DEGREE_LOOKAHEAD))
    if longer is not None and longer[0] == span[0] and longer[1] < span[1]:
        span = longer
    span = _past_run_on(text, span)
    words = name_tokens(text[span[0] : span[1]])
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    classes = [word_class(w) for w in words]
    inner = role_words("name_inner_lower")  # bin, van, de
    if any(c is W.LOW for c in classes) and not all(w[0].isupper() or w in inner for w in words):
        return None
    if not any(c in NAMEISH for c in classes) or any(c in (W.STOP, W.ORG) for c in classes):
        return None
    if all(w in name_particles()[0] or w in ("I", "Ni") for w in words):
        return None  # a particle alone (Made, Andi) names no one
    if len(words) == 2 and words[0] in team_articles() and classes[1] not in _NAME_AFTER_ARTICLE:
        return None  # I Rossoneri, Les Parisiens: a team's nickname
    if is_region_span(text, span[0], span[1]):
        return None  # Kalteng, Badung: a place
    if _initials_before_common(words, classes) or _ends_a_region(text, span[0], span[1]):
        return None
    return span


def _past_run_on(text: str, span: Span) -> Span:
    """`ungkap Justin Sebelum menyegel gelar …`: a sentence that lost its full stop after a name
    opens on a capitalised common word the model read as the name's last word. The word is cut
    when lowercase words go on after it, the name without it is written on its own earlier in
    the article and the longer form nowhere else (`Lin Dan` written twice stays whole), and the
    word follows no other name (`_follows_a_name_elsewhere`)."""
    s, e = span
    head, sep, last = text[s:e].rpartition(" ")
    if not sep or "-" in last or word_class(last) is not W.COM or not head.strip():
        return span
    if not _LOWER_NEXT.get().match(text, e) or sum(1 for _ in whole_words(text, text[s:e])) != 1:
        return span
    if next(whole_words(text[:s], head), None) is None or _follows_a_name_elsewhere(
        text, last, e - len(last)
    ):
        return span
    return s, s + len(head.rstrip())


def _follows_a_name_elsewhere(text: str, word: str, at: int) -> bool:
    """`Dessy Afriyanti Adipati` … `Dessy Adipati menyampaikan`: the word is written elsewhere
    right after a capitalised word, as a name's last word is; no run-on sentence's opener."""
    return any(
        a != at and _CAPITAL_BEFORE.get().search(text, max(0, a - _CAPITAL_REACH), a)
        for a, _ in whole_words(text, word)
    )


def _ends_a_region(text: str, start: int, end: int) -> bool:
    """`Soviet` of `Uni Soviet`, `Saudi` of `Arab Saudi`: a name that a region's first words,
    written right before it, make the region's last words."""
    base = max(0, start - _REGION_REACH)
    toks = tokenize(text[base:end])
    first = next((k for k, t in enumerate(toks) if t.start >= start - base), len(toks))
    return any(
        toks[k].kind is WORD and match_region(toks, k, len(toks)) == len(toks)
        for k in range(max(0, first - _REGION_WORDS_BEFORE), first)
    )


def _initials_before_common(words: Sequence[str], classes: Sequence[W]) -> bool:
    """`A. Pertanian`, `L. Mulai`: initials before nothing but common words are a list's letter
    or a clipped abbreviation (`K/L. Mulai`), not a name."""
    rest = [c for w, c in zip(words, classes, strict=True) if len(w) > 1]
    return 0 < len(rest) < len(words) and all(c is W.COM for c in rest)


def _past_nation(text: str, s: int, e: int) -> int:
    """Anggota DPR RI Khadafi: the model's span opened on the nation's name that ends the body
    (RI, Indonesia; entities_nation.txt); the name starts after it."""
    m = _FIRST_WORD_BEFORE_CAPITAL.get().match(text[s:e])
    if m and m.group(1).lower() in word_set("entities_nation.txt"):
        return s + m.end()
    return s


#: Words at most in a body's name read off the end of a title.
_MAX_BODY_WORDS = 3


def _written_lowercase(text: str, name: str) -> bool:
    """`selain Klon Tugusari petani juga menanam …`, `kopi klon tugusari`: a name of two words or
    more that the article also writes all in lowercase is a common phrase (a variety, a thing),
    not a person's name."""
    words = name.split()
    return len(words) >= 2 and lowercase_in(text, " ".join(words))


def lowercase_in(text: str, words: str) -> bool:
    """Whether the article writes ``words`` in lowercase too, as whole words (`ranpur`, `klon
    tugusari`): a common word or phrase, no name's."""
    return any(whole_words(text, words.lower(), hyphen=False))


def _title_bodies(roles: Sequence[RoleMention]) -> frozenset[str]:
    """Bodies and places of up to three capitalised words that end an official's title (`CEO
    Unitree Robotics`, `Camat Petang`): a PER entity or an occupation's holder of just those words
    names the body again, not a person; a given name among them keeps it."""
    out = set()
    for m in roles:
        words = m.title.split()
        if not m.official:
            continue
        for k in range(1, min(_MAX_BODY_WORDS, len(words) - 1) + 1):
            tail = words[-k:]
            if not all(w[:1].isupper() and word_class(w) is not W.GIV for w in tail):
                break
            out.add(" ".join(tail))
    return frozenset(out)


def _acronym_person(text: str, ent: Entity) -> Span | None:
    """A PER entity that is a person's initials (``SBY``, ``JK``) with a person context: a speech
    verb before or after (``ujar JK``, ``JK mengatakan``) or an honorific before (``Pak SBY``)."""
    s, e = ent.span
    if not _ACRONYM.get().search(ent.text):
        return None
    span = strip_name(text, s, e)
    if span is None or not _ACRONYM.get().fullmatch(text[span[0] : span[1]]):
        return None
    word = text[span[0] : span[1]].lower()
    if any(word in words for words in (entity_cues()[0], entity_cues()[1], place_words(), org_acronyms())):
        return None  # `ditemui RRI mengungkapkan`: a listed body's short name, no one's initials
    prev = prev_word(text, span[0])
    if prev.lower() in speech_verbs() or next_word(text, span[1]).lower() in speech_verbs():
        return span
    if span[0] > s:  # the entity held an honorific (Pak SBY)
        return span
    if word_marker(prev) is Marker.HON:
        return span
    return None


# --------------------------------------------------------------------------- more mentions


def _joined(text: str, a: int, b: int) -> bool:
    """Whether only spaces or an initial's dot separate two words (no line break, no comma)."""
    gap = text[a:b]
    return 0 < len(gap) <= 3 and all(c in " .\u00a0" for c in gap)


def _alone_as_name(text: str, caps: Sequence[tuple[int, int, str]], pos: int) -> bool:
    """Whether a name that is also a common word (Kembang) stands as a name here: before a
    lowercase word (Kembang menambahkan), after a title (Wabup Kembang) or a speech verb."""
    start, end, _ = caps[pos]
    before = text[max(0, start - 40) : start].split()
    last_word = words_of(before[-1]) if before else []
    if last_word and last_word[-1].lower() in speech_verbs() and text[start - 1 : start] == " ":
        return True  # kata Kembang.
    after = text[end : end + 30].split()
    if not after or not after[0][:1].islower():
        return False
    if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", "”", '"')):
        return bool(is_head_or_region(tokenize(before[-1]), 0))
    return True


def _run_matches(text: str, caps: Sequence[tuple[int, int, str]], pos: int, run: list[str]) -> int | None:
    """Index of the last capitalised word when ``run`` is written from ``caps[pos]`` on."""
    x = pos
    for w in run[1:]:
        x += 1
        if x >= len(caps) or caps[x][2] != w or not _joined(text, caps[x - 1][1], caps[x][0]):
            return None
    return x


def _lone_word_ok(word: str) -> tuple[bool, bool]:
    """Whether one word of a name may be searched alone, and whether it is a common word."""
    c = word_class(word)
    if c in (W.STOP, W.ORG, W.ACR) or len(word) < 3 or (c is W.COM and len(word) < 4):
        return False, False
    return True, c is W.COM


def _runs(original: list[str]) -> list[tuple[list[str], str | None]]:
    """Runs of consecutive words of a name, longest first, each with its word when it has one
    word; the parts of a double name come last (Dondokambey-Tamuntuan -> Tamuntuan)."""
    words = [w.lower() for w in original]
    out = [
        (words[k : k + size], original[k] if size == 1 else None)
        for size in range(len(words), 0, -1)
        for k in range(len(words) - size + 1)
    ]
    out += [([p.lower()], p) for w in original if "-" in w for p in w.split("-") if p[:1].isupper()]
    return out


def _find_mentions(text: str, name: str, index: CapIndex) -> list[Span]:
    """Standalone occurrences of ``name`` or of a run of its words in ``text``."""
    caps, by_word = index
    spans: list[Span] = []
    taken: set[int] = set()
    # longest runs first, so `Umi Mastikah` is found before `Umi`
    for run, single in _runs(name_tokens(name)):
        if all(w in lower_particles() for w in run):
            continue
        common = False
        if single is not None:
            ok, common = _lone_word_ok(single)
            if not ok:
                continue
        for pos in by_word.get(run[0], ()):
            x = _run_matches(text, caps, pos, run)
            if x is None or any(i in taken for i in range(pos, x + 1)):
                continue
            if common and not _alone_as_name(text, caps, pos):
                continue
            taken.update(range(pos, x + 1))
            spans.append((caps[pos][0], caps[x][1]))
            if len(spans) >= _MAX_MENTIONS:
                return sorted(spans)
    return sorted(spans)


# --------------------------------------------------------------------------- the rule path


def _name_word(t: Tok) -> bool:
    return word_class(t.text) in NAMEISH or (len(t.text) == 1 and t.text.isupper())


def _name_run_before(toks: Sequence[Tok], i: int) -> int | None:
    """Start of a name run that ends right before token ``i`` (None if there is none)."""
    k = i
    while k > 0 and i - k < 6:
        t = toks[k - 1]
        if t.kind is PUNCT and t.text == "." and k >= 2 and dotted_name_word(toks[k - 2].text):
            k -= 1
            continue
        if t.kind is not WORD or (k < i and toks[k].newline):
            break
        if not _name_word(t) and not (t.text in role_words("name_link") and k < i):
            break
        k -= 1
    if k == i:
        return None
    words = [t.text for t in toks[k:i] if t.kind is WORD]
    if not any(word_class(w) in (W.GIV, W.UNK, W.PART) for w in words):
        return None
    if any(is_head_or_region(toks, x) for x in range(k, i) if toks[x].kind is WORD):
        return None
    if k > 0 and not toks[k].newline:
        prev = toks[k - 1]
        if prev.kind is WORD and prev.text[:1].isupper() and word_class(prev.text) not in (W.STOP, W.COM):
            return None
    return k


def _bracket_items(text: str, toks: Sequence[Tok]) -> list[tuple[int, int, int]]:
    """(name start, bracket open, after bracket close) for every name followed by a bracket."""
    n = len(toks)
    items: list[tuple[int, int, int]] = []
    for i, t in enumerate(toks):
        if t.text != "(" or i == 0:
            continue
        close = next((x for x in range(i + 1, min(n, i + 14)) if toks[x].text in (")", "(")), None)
        if close is None or toks[close].text != ")":
            continue
        inner = toks[i + 1 : close]
        if len(inner) == 1 and inner[0].kind is WORD and inner[0].text.isupper() and len(inner[0].text) >= 3:
            continue  # Telkom (TLKM): a bracketed code names an organisation
        if any(t.kind is NUMBER and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in inner):
            continue  # New Moon (2009): a year names a work or an event
        if area_bracket_end(text, toks[i].start) is not None and area_list_placed(text, toks[i].start):
            continue  # di Bumidaya (9 Ha): an area in a list of places measures a place, no age
        k = _name_run_before(toks, i)
        if k is not None:
            items.append((k, i, close + 1))
    return items


def _bracket_window(text: str, full: Sequence[Tok] | None) -> list[Tok]:
    """The tokens around every opening bracket of ``text``."""
    opens = []
    idx = text.find("(")
    while idx >= 0 and len(opens) < _MAX_BRACKETS:
        opens.append(idx)
        idx = text.find("(", idx + 1)
    return list(window_tokens(text, opens, before=120, after=80, full=full))


def _run_name(text: str, toks: Sequence[Tok], k: int, i: int) -> tuple[str, Span] | None:
    """The name of the run ``toks[k:i]``, a rank or honorific opening it dropped."""
    span = (
        strip_name(text, toks[k].start, toks[i - 1].end)
        if match_marker(toks, k) is not None
        else (toks[k].start, toks[i - 1].end)
    )
    return None if span is None else (display_name(text[span[0] : span[1]]), span)


def _beyond_initials(name: str) -> bool:
    """``name`` holds a word that is no initial nor a short name in capitals: an initial alone
    hides a name and is none (`rumah H (35), seorang warga`, `Pasal 27A, 32, dan 35`)."""
    return any(len(w) > 1 and not w.isupper() for w in name_tokens(name))


def _aged_persons(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``Noni (27), salah satu karyawan``, ``Sumarni (45) pedagang sayur``: a name with an age in
    brackets and an occupation or a post right after the bracket is a person."""
    toks = _bracket_window(text, full)
    out: list[tuple[str, Span]] = []
    for k, i, after in _bracket_items(text, toks):
        inner = toks[i + 1 : after - 1]
        if len(inner) != 1 or inner[0].kind is not NUMBER or len(inner[0].text) > _AGE_DIGITS:
            continue
        named = _run_name(text, toks, k, i) if _described_after(text, toks[after - 1].end) else None
        if named and _beyond_initials(named[0]):
            out.append(named)
    return out


def _described_persons(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``Siti, salah satu pedagang, mengaku``, ``Apri, salah seorang warga``: a name, a comma,
    `seorang`/`salah satu` and an occupation or a post is a person, read by the model or not."""
    fillers = one_of_words()
    toks = window_tokens(text, cue_positions(text, fillers, full=full), before=60, after=60, full=full)
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks[:-1]):
        if t.text != "," or toks[i + 1].text.lower() not in fillers or toks[i + 1].newline:
            continue
        k = _name_run_before(toks, i)
        named = _run_name(text, toks, k, i) if k is not None and _described_after(text, t.start) else None
        if named:
            out.append(named)
    return out


def _apposed_speakers(
    text: str, full: Sequence[Tok] | None, entities: Sequence[Entity]
) -> list[tuple[tuple[str, Span], bool]]:
    """``Seorang petani, Daria, mengatakan``, ``Kepala BKPSDM Tubaba, Lekok, menyebutkan``: a name
    run between commas right before a lowercase speech verb (`quotes_intro_verbs.txt`) is a
    person though the model misses it; a place, a day or a title there is no name run, and a run
    of two words or more needs a given name or a word of the model's PER entities
    (`operator kapal, Oceanwide Expeditions, menyatakan`: none).
    Each with whether one word after a lowercase descriptor (`petani, Daria,`) or closing a clause
    opened by an occupation or a post: the model's place reading of such a word is no reason
    against it."""
    verbs = word_set("quotes_intro_verbs.txt")
    toks = window_tokens(text, cue_positions(text, verbs, full=full), before=160, after=2, full=full)
    read = {w for e in entities if e.label == EntityLabel.PER for w in name_tokens(e.text)}
    out: list[tuple[tuple[str, Span], bool]] = []
    for i, t in enumerate(toks):
        if i < 3 or t.kind is not WORD or t.text not in verbs or toks[i - 1].text != ",":
            continue
        k = _name_run_before(toks, i - 1)
        if k is None or k < 2 or toks[k - 1].text != "," or toks[k].newline:
            continue
        named = _run_name(text, toks, k, i - 1)
        if named is None or _ends_a_region(text, *named[1]):
            continue
        words = name_tokens(named[0])
        if len(words) > 1 and not any(word_class(w) is W.GIV or w in read for w in words):
            continue
        if _headed_by_body(toks, k):
            continue
        before = toks[k - 2]
        described = (before.kind is WORD and before.text.islower()) or _opened_by_post(toks, k)
        out.append((named, len(words) == 1 and described))
    return out


#: Tokens read back from a name for `seorang`/`salah satu` and the occupation that describe it.
_DESCRIBED_REACH = 14


def _opened_by_description(toks: Sequence[Tok], k: int) -> bool:
    """Whether the clause before the comma at ``k - 1`` opens with `seorang`/`salah satu`/`salah
    seorang` and an occupation or a post (`Salah seorang petani di Pekon Balak,`)."""
    fillers = one_of_words()
    for j in range(k - 2, max(-1, k - 2 - _DESCRIBED_REACH), -1):
        t = toks[j]
        if t.kind is not WORD or t.newline:
            return False
        if t.text.lower() == "seorang" or (
            t.text.lower() == "satu" and j > 0 and toks[j - 1].text.lower() in fillers
        ):
            return match_head(toks, j + 1) is not None
    return False


#: Tokens read back from a name for the head that opens its clause (`Kepala BKPSDM Tubaba, Lekok,`).
_POST_REACH = 20


#: Nouns of a report that open a clause before the body that made it (`Laporan kantor berita …,`).
_REPORT_NOUNS = frozenset({"laporan", "pemberitaan", "menurut", "mengutip"})


@cache
def _body_nouns() -> frozenset[tuple[str, ...]]:
    """Lowercase nouns for a kind of body or work (`persons_body_nouns.txt`), each as its words."""
    return frozenset(tuple(p.split()) for p in word_set("persons_body_nouns.txt"))


def _headed_by_body(toks: Sequence[Tok], k: int) -> bool:
    """Whether the clause before the comma at ``k - 1`` is headed, after a report noun, by a
    lowercase noun for a kind of body (`Laporan kantor berita Iran lainnya, Mehr,`,
    `media lokal,`): the name between the commas is that body's, no person's."""
    j = _clause_start(toks, k)
    if j is None:
        return False
    while j < k - 1 and toks[j].text.lower() in _REPORT_NOUNS:
        j += 1
    words = [t.text for t in toks[j : min(j + 2, k - 1)]]
    if not words or not (words[0].islower() or (len(words) > 1 and words[1].islower())):
        return False
    low = tuple(w.lower() for w in words)
    return low[:1] in _body_nouns() or low in _body_nouns()


def _clause_start(toks: Sequence[Tok], k: int) -> int | None:
    """The first token of the clause before the comma at ``k - 1``; brackets are part of it."""
    for j in range(k - 2, max(-1, k - 2 - _POST_REACH), -1):
        t = toks[j]
        if t.kind is not WORD and t.text not in ("(", ")"):
            return j + 1
        if t.newline or j == 0:
            return j
    return None


def _opened_by_post(toks: Sequence[Tok], k: int) -> bool:
    """Whether the clause before the comma at ``k - 1`` opens with an occupation or a post
    (`Pedagang daging di Liwa,`, `Kepala Badan Kepegawaian (BKPSDM) Kabupaten Tubaba,`), or with
    `seorang`/`salah satu` and one; brackets inside the clause are part of it."""
    start = _clause_start(toks, k)
    return (start is not None and match_head(toks, start) is not None) or _opened_by_description(toks, k)


def _described_speakers(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``Salah seorang petani di Pekon Balak, Jauhari mengaku``, ``Salah satu pedagang telur, Sukir
    mengatakan``: a name run after a comma closing a clause opened by `seorang`/`salah satu` and
    an occupation, right before a lowercase speech verb (`quotes_intro_verbs.txt`), is a person."""
    verbs = word_set("quotes_intro_verbs.txt")
    toks = window_tokens(text, cue_positions(text, verbs, full=full), before=120, after=2, full=full)
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks):
        if i < 3 or t.kind is not WORD or t.text not in verbs or toks[i - 1].kind is not WORD:
            continue
        k = _name_run_before(toks, i)
        if (
            k is None
            or k < 2
            or toks[k - 1].text != ","
            or toks[k].newline
            or not _opened_by_description(toks, k)
        ):
            continue
        named = _run_name(text, toks, k, i)
        if named is not None and not _ends_a_region(text, *named[1]):
            out.append(named)
    return out


#: An age written between commas after a name (`Nani, 30, saat berbelanja`, `Badriyah, 52 tahun,`);
#: not a decimal (`Senior Putra, 49,40 detik`).
_COMMA_AGE = LazyPattern(r", \d{2}(?: tahun)?,(?!\d)")


def _comma_aged_persons(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``Nani, 30, saat berbelanja``, ``Badriyah, 52 tahun, berasal``: a name with an age between
    commas after it is a person; an initial alone (`Pasal 27A, 32, dan 35`) is none."""
    ages = [m.start() for m in _COMMA_AGE.get().finditer(text)]
    toks = list(window_tokens(text, ages, before=60, after=2, full=full))
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks):
        if t.start not in ages:
            continue
        k = _name_run_before(toks, i)
        named = _run_name(text, toks, k, i) if k is not None else None
        if named and _beyond_initials(named[0]):
            out.append(named)
    return out


def _listed_persons(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``diraih R. Fauzan (SMA putra), Kirana Lestari (SMA putri) dan Dinda Maharani (SMP putri)``:
    two or more names in a row, each followed by a bracket, are persons."""
    toks = _bracket_window(text, full)
    chains: list[list[tuple[int, int, int]]] = []
    for item in _bracket_items(text, toks):
        if chains:
            gap = [toks[x].text.lower() for x in range(chains[-1][-1][2], item[0])]
            if gap and all(g in (",", "dan", "serta") for g in gap):
                chains[-1].append(item)
                continue
        chains.append([item])
    out: list[tuple[str, Span]] = []
    for chain in chains:
        if len(chain) < 2:
            continue
        # Mayor Oerip Soemohardjo (…): the rank or honorific is not part of the name
        out += [named for k, i, _ in chain if (named := _run_name(text, toks, k, i))]
    return out


def _names_a_thing(toks: Sequence[Tok], i: int) -> bool:
    """grup musik bernama Sliver, gereja bernama …: `bernama` names things too; after a head
    (kepala desa bernama Taruno) it names a person."""
    things = word_set("names_thing_nouns.txt") | word_set("names_made_things.txt")
    return any(
        toks[x].kind is WORD
        and toks[x].text.lower() in things
        and not (x > 0 and is_head_or_region(toks, x - 1))
        for x in range(max(0, i - 4), i)
        if not toks[x + 1].newline
    )


def _speaker_end(toks: Sequence[Tok], i: int) -> int:
    """The token after the name run that starts at ``i + 1``."""
    n = len(toks)
    j = i + 1
    while j < n and j - i <= 6 and toks[j].kind is WORD and not toks[j].newline:
        t = toks[j].text
        if word_class(t) in NAMEISH or (
            t in role_words("name_link") and j > i + 1 and j + 1 < n and toks[j + 1].text[:1].isupper()
        ):
            j += 1
            continue
        break
    return j


def _speakers(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``kata Widi``, ``ujar Eva``, ``korban bernama Budi Santoso``: the capitalised name right
    after an attribution verb or ``bernama``."""
    verbs = speech_verbs() | {"bernama"}
    toks = window_tokens(text, cue_positions(text, verbs, full=full), before=40, after=120, full=full)
    n = len(toks)
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks):
        if t.kind is not WORD or t.text.lower() not in verbs or i + 1 >= n:
            continue
        if t.text.lower() == "bernama" and _names_a_thing(toks, i):
            continue
        j = _speaker_end(toks, i)
        if j == i + 1 or (j < n and toks[j].kind is WORD and toks[j].text[:1].isupper()):
            continue
        if _name_run_before(toks, j) != i + 1 or _clause_subject(toks, i, j):
            continue
        # kata Bude Pat: a form of address the lexicon knows is no part of the name
        span = strip_name(text, toks[i + 1].start, toks[j - 1].end)
        if span is not None:
            out.append((display_name(text[span[0] : span[1]]), span))
    return out


#: Tokens a title may hold after a speech verb before its holder's name (`Vice President of
#: Product Marketing Apple`, `Presiden dan Kepala …`, `Head of Brand & Communications`), and
#: the most tokens read.
_TITLE_LINKS = frozenset({"of", "and", "dan", "&", "(", ")"})
_TITLE_REACH = 14
_HOLDER_WORDS = frozenset({W.GIV, W.UNK, W.PART})


def _title_run_end(toks: Sequence[Tok], i: int) -> int:
    """The token after the capitalised run (a title, its body, a name) that starts at ``i``."""
    j = i
    while j < len(toks) and j - i < _TITLE_REACH and not toks[j].newline:
        t = toks[j].text
        if not (t in _TITLE_LINKS or (toks[j].kind is WORD and any(c.isupper() for c in t))):
            break
        j += 1
    return j


def _holder_at_end(toks: Sequence[Tok], i: int, j: int) -> int | None:
    """Start of the holder's name that ends a title run ``toks[i:j]``: two or three given,
    unknown or particle words after the title's own words, no region among them; a third word
    before two only when it is a given name or a particle (`Danang Mandala Prihantoro`; in
    `Apple Kaiann Drance` the unknown first word is the body's)."""
    k = j
    while k > i and j - k < 3 and toks[k - 1].kind is WORD and word_class(toks[k - 1].text) in _HOLDER_WORDS:
        k -= 1
    after_region = any(match_region(toks, x, k) == k for x in range(max(i, k - 3), k))
    if j - k > 2 and word_class(toks[k].text) is W.UNK and not after_region:
        k += 1  # after a region the three are a name (Bupati Sleman Kustini Sri Purnomo)
    if j - k < 2 or k <= i or any(is_head_or_region(toks, x) for x in range(k, j)):
        return None
    return k


def _speakers_after_titles(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``kata Ketua Majelis Hakim Khamozaro Waruwu di …``, ``kata Vice President of … Apple
    Kaiann Drance dalam …``: after a speech verb, a title and its body, the name that ends the
    capitalised run before a lowercase word; nothing when the run ends in a body or a region
    (``kata Kepala Dinas Kesehatan Kota Bandung``) or at a comma (the name follows it)."""
    verbs = speech_verbs()
    toks = window_tokens(text, cue_positions(text, verbs, full=full), before=40, after=160, full=full)
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks[:-1]):
        if t.kind is not WORD or t.text.lower() not in verbs or (head := match_head(toks, i + 1)) is None:
            continue
        j = _title_run_end(toks, i + 1)
        k = _holder_at_end(toks, head.end, j)
        if k is None or j >= len(toks) or not toks[j].text.islower():
            continue  # `…, Arsad Hidayat`: after a comma the name is another run
        span = strip_name(text, toks[k].start, toks[j - 1].end)
        if span is not None:
            out.append((display_name(text[span[0] : span[1]]), span))
    return out


def _unread_titled_speakers(
    text: str, full: Sequence[Tok] | None, entities: Sequence[Entity]
) -> list[tuple[str, Span]]:
    """`_speakers_after_titles` where the model reads no person inside the name: its own reading
    wins (`Direktur Utama Medikaloka Hermina Hasmoro`: the model's `Hasmoro`, `Hermina` the body's)."""
    read = [e.span for e in entities if e.label == EntityLabel.PER]
    return [
        c
        for c in _speakers_after_titles(text, full)
        if not _ends_a_region(text, *c[1]) and not any(s < c[1][1] and c[1][0] < e for s, e in read)
    ]


#: A name written after a comma (an apposition to a role: `Kepala BPOM, Taruna Ikrar,`) or
#: opening a sentence, its rest 1 to 3 capitalised words, then a comma, a stop or a lowercase word.
_APPOSED_RUN = r"(?<=[,.] ){word}((?: \p{{Lu}}[\p{{L}}'’-]+){{1,3}})(?=[,.]|\s\p{{Ll}})"
_APPOSED_REST = frozenset({W.GIV, W.UNK, W.PART, W.AMB, W.COM})


def _apposed_full_name(text: str, word: str) -> tuple[str, Span] | None:
    """The full name an article writes, after a comma or a stop, from a word that is also a common word or
    a body's word (`Taruna Ikrar`, `Karyawan Gunarso`): its next word a given or unknown word,
    the rest name or common words; none when the run opens with a title (`Kapolres Budi`)."""
    for m in regex.finditer(_APPOSED_RUN.format(word=regex.escape(word)), text):
        classes = [word_class(w) for w in m.group(1).split()]
        if classes[0] not in (W.GIV, W.UNK) or not all(c in _APPOSED_REST for c in classes):
            continue
        if title_prefix_len(text, m.start(), m.end()) == 0 and not _ends_longer_name(text, m.group(0)):
            return display_name(m.group(0)), (m.start(), m.end())
    return None


def _ends_longer_name(text: str, name: str) -> bool:
    """Whether the article also writes ``name`` after a given or unknown word (`Elfi Taruna
    Ikrar` beside `Taruna Ikrar`): a short form of it may name either person."""
    before = regex.finditer(r"(\p{Lu}[\p{L}'’-]+) " + regex.escape(name) + r"\b", text)
    return any(word_class(m.group(1)) in (W.GIV, W.UNK) for m in before)


def _speakers_named_in_full(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``ujar Karyawan`` where the word is no name word of the lexicon (`_speakers` leaves it) but
    the article writes the person's full name from it after a comma or a stop: that name, and the word
    after the speech verb as its mention."""
    verbs = speech_verbs()
    toks = window_tokens(text, cue_positions(text, verbs, full=full), before=40, after=120, full=full)
    out: list[tuple[str, Span]] = []
    for i in range(len(toks) - 2):
        t, w, nxt = toks[i], toks[i + 1], toks[i + 2]
        if t.kind is not WORD or t.text.lower() not in verbs or w.kind is not WORD or w.newline:
            continue
        if not w.text.istitle() or word_class(w.text) in NAMEISH or nxt.text[:1].isupper():
            continue
        named = _apposed_full_name(text, w.text)
        if named is not None:
            out += [named, (w.text, (w.start, w.end))]
    return out


#: Characters and words read back from a name for a region it may end (`Uni Soviet`).
_REGION_REACH = 40
_REGION_WORDS_BEFORE = 3

#: Words read back from `milik` for the thing owned (`kebun kopi milik Saprudin`).
_OWNED_REACH = 2


def _lower_address(low: str) -> bool:
    """Whether ``low`` is a form of address written in lowercase before a name (`saudara
    Hariyadi`, `bu Sri`): a lowercase honorific, `saudara` or `saudari`."""
    return low in role_words("lower_honorific") or low in role_words("lower_address")


def _cue_before_name(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` is a form of address (`Ibu`, `saudara`) or the `milik` of a thing a
    person owns (`rumah milik`, `kebun kopi milik`), so that a name run after it names a person."""
    t = toks[i]
    low = t.text.lower()
    if low == "milik":
        owned = role_words("owned_thing")
        back = [toks[x] for x in range(max(0, i - _OWNED_REACH), i)]
        return any(b.kind is WORD and b.text.lower() in owned for b in back)
    if t.text[:1].islower():
        return _lower_address(low)
    if word_marker(t.text) is not Marker.HON or low in ("mr", "mrs", "sir"):
        return False
    # inside a capitalised run only the plain forms address someone (Bedah Rumah Bapak Yatimin);
    # the others are words of a name there (Tanjung Mas Estate, Toko Uni Elma)
    prev = toks[i - 1] if i > 0 else None
    inside = prev is not None and prev.kind is WORD and prev.text[:1].isupper() and not t.newline
    return not inside or _lower_address(low)


@cache
def address_cues() -> frozenset[str]:
    """The one-word forms of address (`names_honorifics.txt`) and `milik`, lowercase."""
    return frozenset({w.lower() for w in load_lines("names_honorifics.txt") if " " not in w} | {"milik"})


def _addressed(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """``Rumah milik Ibu Sumiyati``, ``Bedah Rumah Bapak Yatimin``, ``saudara Hariyadi``, ``kebun
    kopi milik Saprudin``: a name run after a form of address or after `milik` of a house, a
    shop, a field or a vehicle names a person, whether or not the model saw it. The run opens
    with a name word, holds no title, place or body (`pak Bupati`, `milik Dinas Pertanian`) and
    ends before a lowercase word or punctuation; a religious title, a rank or an honorific opening
    it is no part of the name (`Ibu Hajah Kiki` names `Kiki`, `Bu Bripka Rina` names `Rina`:
    `strip_name`, GUIDELINES §2)."""
    cues = address_cues()
    toks = window_tokens(text, cue_positions(text, cues, full=full), before=30, after=80, full=full)
    n = len(toks)
    out: list[tuple[str, Span]] = []
    for i, t in enumerate(toks):
        if t.kind is not WORD or t.text.lower() not in cues or i + 1 >= n or not _cue_before_name(toks, i):
            continue
        j = _speaker_end(toks, i)
        if j == i + 1 or toks[i + 1].newline:
            continue
        if j < n and toks[j].kind is WORD and toks[j].text[:1].isupper():
            continue
        words = [x.text for x in toks[i + 1 : j]]
        if word_class(words[0]) not in (W.GIV, W.UNK, W.AMB, W.PART) or match_head(toks, i + 1) is not None:
            continue
        if any(is_head_or_region(toks, x) for x in range(i + 1, j)):
            continue
        span = strip_name(text, toks[i + 1].start, toks[j - 1].end)
        if span is not None:
            out.append((display_name(text[span[0] : span[1]]), span))
    return out


def _clause_subject(toks: Sequence[Tok], i: int, j: int) -> bool:
    """`mengatakan Telkomsat menawarkan layanan`, `menjelaskan Asics memiliki produk`: one
    unknown word after a speech verb and before a verb (an adverb may come between) is the subject
    of the reported clause, not the speaker: a company or a brand as often as a person, so no
    person by this rule alone (a known given name stays; the model's PER entity may still name one)."""
    if j != i + 2 or toks[i].text.lower() == "bernama" or word_class(toks[i + 1].text) in (W.GIV, W.AMB):
        return False
    k = j
    while k < len(toks) and toks[k].kind is WORD and toks[k].text.lower() in role_words("clause_adverb"):
        k += 1
    return k < len(toks) and toks[k].kind is WORD and toks[k].text[:1].islower() and verb_like(toks[k].text)


def _read_only_as_other(entities: Sequence[Entity]) -> frozenset[str]:
    """The surfaces (`folded`) the model labels an organisation or a place somewhere in the
    article and a person nowhere."""
    other = {folded(e.text) for e in entities if e.label != EntityLabel.PER}
    return frozenset(other - {folded(e.text) for e in entities if e.label == EntityLabel.PER})


#: classes of the words that may open a body's or a place's name before the name proper: its
#: kind (`Kelompok`, `Desa`), a common word (`Gunung`, `Tani`), an acronym (`UIN`, `SMA`)
_HEAD_CLASSES = frozenset({W.ORG, W.COM, W.ACR, W.LOW})


def _names_a_body(text: str, span: Span, others: Sequence[Span]) -> bool:
    """`UIN Syarif Hidayatullah`, `Kelompok Tani Ngudi Madya`, `Gunung Carstensz Pyramid`: a
    candidate inside a span the model reads as a body or a place, opened before it by the kind's
    words only (`_HEAD_CLASSES`; no given name, rank, honorific, comma or bracket among them), is
    that body's or place's name. It stays a person when a degree or a description follows it, when
    a lone word follows a lone kind word (`Tim Marsh`: the given name Tim is the word `tim`), and
    when a name opening with a given name ends a span opened by two words or more (`Puskesmas
    Banjar Baru Desi Ariani`: the model ran a place on into its head's name)."""
    s, e = span
    for a, b in others:
        if not (a < s and e <= b):
            continue
        lead, words = text[a:s].split(), text[s:e].split()
        if any(ch in text[a:s] for ch in ",()") or not all(
            word_class(w) in _HEAD_CLASSES and word_marker(w) is None for w in lead
        ):
            continue
        if len(lead) == 1 and len(words) == 1:
            continue
        if e == b and len(lead) >= 2 and word_class(words[0]) is W.GIV:
            continue
        return not (_degree_after(text, e) or _described_after(text, e))
    return False


@cache
def _body_heads() -> frozenset[str]:
    """The head phrases that open an organisation's name (`entities_heads.txt`, kind `body`)."""
    return frozenset(
        r.phrase for r in load_table("entities_heads.txt") if r.kind == "body" and r.label == "ORG"
    )


def _after_body_head(text: str, cand: tuple[str, Span]) -> bool:
    """`ke Polsek Tambora untuk …`, `dialami UIN Syarif Hidayatullah`, `Bank Mega Syariah
    menggenjot`: a candidate one blank after a capitalised head that opens an organisation's name
    (`_body_heads`; one word or two) is that body's name, when no capitalised word stands before
    the head (`Kepala Dinas Yudha Setiawan`, `Kapten Tim Hawkins`, `OK Bank Hendra Lie`: a title,
    a rank or a body's name, the head part of a post) and the head opens no post itself
    (`Pimpinan Cabang`). A lone word after a lone head stays (`peternak Tim Marsh`)."""
    name, (s, _) = cand
    if text[s - 1 : s] != " " or text[s - 2 : s - 1] in ".:":
        return False
    for n in (2, 1):
        words = text[max(0, s - 60) : s - 1].split()[-n - 1 :]
        head = words[-n:]
        if len(head) < n or " ".join(head).lower() not in _body_heads() or not head[0][:1].isupper():
            continue
        if n == 1 and len(name.split()) == 1:
            return False
        before = words[0] if len(words) > n else ""
        phrase = " ".join(head)
        return not (before[:1].isupper() or title_prefix_len(phrase, 0, len(phrase)))
    return False


#: A short name in brackets right before a candidate (`Kelompok Tani Hutan (KTH) Bina …`).
_BRACKETED_SHORT = LazyPattern(r"\s*\(\p{Lu}[\p{L}\d]{1,9}\)\s*$")

#: The most words of a kind of body a candidate may follow (`Gabungan Kelompok Tani Hutan`).
_KIND_WORDS = 4
#: Characters read back from a candidate for the kind before it: `_KIND_WORDS` capitalised words
#: and a bracketed short name fit (`Gabungan Kelompok Tani Hutan (Gapoktanhut) `: 44).
_KIND_LOOKBACK = 80


def _after_body_kind(text: str, cand: tuple[str, Span]) -> bool:
    """`Kelompok Tani Hutan (KTH) Bina Lestari`, `Gabungan Kelompok Tani Mulya Jaya`: a candidate
    one blank after a kind of body or place written capitalised (`kind_ending`: entities_not.txt,
    opened by a head), a bracketed short name between them aside, is that body's own name; not
    where the article writes the candidate's first word elsewhere with no such kind before it
    (a person it names: the entity layer's `_kind_before_name` reads the same)."""
    name, (s, _) = cand
    before = _BRACKETED_SHORT.get().sub(" ", text[max(0, s - _KIND_LOOKBACK) : s])
    if not before.endswith(" "):
        return False
    kind = kind_ending(before.split()[-_KIND_WORDS:])
    if kind is None:
        return False
    first = name.split()[0]
    return all(_kind_before(text, at, kind) for at, _ in whole_words(text, first))


def _kind_before(text: str, at: int, kind: str) -> bool:
    """The word at ``at`` stands right after ``kind`` (a bracketed short name between them aside)."""
    before = _BRACKETED_SHORT.get().sub(" ", text[max(0, at - _KIND_LOOKBACK) : at])
    return before.rstrip().lower().endswith(kind.lower()) and before.endswith(" ")


#: How often a body's name is written for a holder's word at its end to be read as that name.
_BODY_WRITTEN = 2


def _ends_other_name(text: str, span: Span, only_other: frozenset[str]) -> bool:
    """`… di Mahkamah Agung, terdakwa dieksekusi`: an occupation's holder that the capitalised
    word right before it completes into a name the model reads in the article only as a body or a
    place (`_read_only_as_other`: `Mahkamah Agung`), a name the article writes again elsewhere,
    ends that name: no holder (`peternak Tim Marsh`, written once, stays; so does a name after a
    rank or an honorific the model read as a body: `terdakwa Kopda Bazarsah`)."""
    before = prev_word(text, span[0])
    name = f"{before} {text[span[0] : span[1]]}"
    return (
        before[:1].isupper()
        and word_marker(before) is None
        and folded(name) in only_other
        and text.count(name) >= _BODY_WRITTEN
    )


def _holds_event(text: str, name: str) -> bool:
    """Whether an occupation's holder is a lone word the article writes after an event's word
    (`Manajer Tim Thomas` beside `Piala Thomas`: `after_event_word`): the event's team, no member;
    or after a thing's word (`Corona, pengunjung …` beside `virus Corona`: `after_thing_word`)."""
    return " " not in name and (after_event_word(text, name) or after_thing_word(text, name))


#: word classes that make a capitalised run a body's name, not a holder's first words
_BODY_CLASSES = frozenset({WordClass.ORG, WordClass.ACR, WordClass.STOP})


def _scholar_name_unread(text: str, m: RoleMention, entities: Sequence[Entity]) -> bool:
    """psikolog klinis Rina Sari Dewi; dokter spesialis anak dr Budi Hartono, Sp.A: a scholar's
    or physician's word (people_roles.txt body_head) whose title, past a lowercase word or a
    degree before a name (dr), runs on in name words to its end, no body's word among them and
    none inside a body or place the model ends within the title, took the holder's first words:
    what it proposes after them (Sari Dewi, Sp) is the name's tail or a degree, no name; the
    title then hides no name either. A body there (dokter spesialis mata Klinik Sehat, Budi) is
    the title's; the model's body running on into the name (Rina Sari Dewi) is none."""
    if m.official or m.name_span is None:
        return False
    toks = tokenize(text[m.span[0] : m.name_span[0]])
    words = [t for t in toks if t.kind is WORD]
    if not any(" ".join(t.text.lower() for t in words[:n]) in role_words("body_head") for n in (1, 2)):
        return False
    others = [e.span for e in entities if e.label != EntityLabel.PER]
    for k in range(1, len(words)):
        prev, word = words[k - 1], words[k]
        opens = prev.text[0].islower() or (match_marker(words, k - 1) or (None,))[0] is Marker.PRE
        if not opens or not word.text[0].isupper() or match_marker(words, k) is not None:
            continue
        at = m.span[0] + word.start
        return (
            word_class(word.text) in NAMEISH
            and all(w.text[0].isupper() and word_class(w.text) not in _BODY_CLASSES for w in words[k:])
            and not any(s <= at < e <= m.name_span[0] for s, e in others)
        )
    return False


def _title_spans(roles: Sequence[RoleMention]) -> list[Span]:
    """The parts of role mentions that are title, not name."""
    out = []
    for m in roles:
        s, e = m.span
        ns, ne = m.name_span
        if s < ns:
            out.append((s, ns))
        if ne < e:
            out.append((ne, e))
    return out


@cache
def _named_before() -> regex.Pattern[str]:
    """Right before a lone name, words that name a person (people_roles.txt): `atas nama` (the
    person a house, an account or a permit is registered to) and a candidate's ballot number
    (`nomor urut 1`)."""
    roles = ("named_by", "ballot_number")
    named, ballot = (alternation(role_words(r)) for r in roles)
    return regex.compile(rf"(?i)(?<!\w)(?:{named}|(?:{ballot}) \d{{1,2}})[ \u00a0]$")


def _person_evidence(
    text: str, mentions: list[tuple[str, Span]], sure: Sequence[Span], speech: bool = True
) -> bool:
    """Whether the model's person shows a person's marks: a name of two words or more or a known
    given name or a word news-raw holds in persons' names, written alone (`_person_word_alone`),
    a mention next to a speech verb if ``speech`` (`kata Budi`, `Budi mengatakan`,
    `Zelda, mengatakan`, `Dikatakan Suharno`), after an honorific or `atas nama`, described by an
    occupation, a post or a degree right after it (`Endro, seorang petani`) or by an occupation, a
    kin or a competitor before it (`described_before`: `istrinya, Dida`), or listed with a surer
    person (`Agustina dan Anis Marsela`, `Hendi/Subran`), or after a candidate's ballot number."""
    if any(
        len(name_tokens(name)) >= 2 or word_class(name) in (W.GIV, W.AMB) or _person_word_alone(text, name)
        for name, _ in mentions
    ):
        return True
    ends = {e for _, e in sure}
    starts = {s for s, _ in sure}
    for _, (s, e) in mentions:
        if any(text[e : e + len(c)] == c and e + len(c) in starts for c in _LIST_LINKS) or any(
            text[max(0, s - len(c)) : s] == c and s - len(c) in ends for c in _LIST_LINKS
        ):
            return True
    passive = word_set("quotes_passive_verbs.txt")
    for _, (s, e) in mentions:
        before, after = prev_word(text, s), next_word_past_comma(text, e).lower()
        spoken = before.lower() in speech_verbs() or after in speech_verbs() or before.lower() in passive
        if speech and spoken:
            return True
        if _named_before().search(text, max(0, s - _NAMED_REACH), s):
            return True  # `rumah atas nama Sohudi`, `calon nomor urut 1 Sarnubi`
        if word_marker(before) in (Marker.HON, Marker.REL, Marker.PRE, Marker.RANK):
            return True
        if _described_after(text, e) or _degree_after(text, e) or described_before(text, s, e):
            return True
    return False


def _person_word_alone(text: str, name: str) -> bool:
    """`era Trump`, `juga Jonatan`: a one-word name news-raw holds in persons' names
    (`person_word_in_corpus`) that the article writes only alone (`written_alone`), never in
    lowercase (`lowercase_in`): a person known by one name, not a part of a longer one."""
    return person_word_in_corpus(name) and written_alone(text, name) and not lowercase_in(text, name)


def _degree_after(text: str, end: int) -> bool:
    """`Meliana STrKeb`, `Okmal, S.E.`: a degree right after the name (a comma may stand between)."""
    toks = tokenize(text[end : end + _DEGREE_LOOKAHEAD * 2])
    k = 1 if toks and toks[0].text == "," else 0
    m = match_marker(toks, k) if k < len(toks) and not toks[k].newline else None
    return m is not None and m[0] is Marker.POST


def _described_after(text: str, end: int) -> bool:
    """`Endro, seorang petani cabai`, `Suharno warga Kecamatan Air Hitam`, `Tumirin (89)`: an age
    in brackets, or an occupation or a post right after the name (a comma and `seorang`/`salah
    satu` may stand between) describes a person."""
    toks = tokenize(text[end : end + 80])
    if not toks or toks[0].newline:
        return False
    k = 0
    if len(toks) >= 3 and toks[0].text == "(" and toks[1].kind is NUMBER and toks[2].text == ")":
        if len(toks[1].text) <= _AGE_DIGITS:
            return True  # an age: Tumirin (89) asal Kecamatan Dente Teladas
        k = 3
    while k < min(len(toks), _APPOSITION_REACH) and (
        toks[k].text == "," or toks[k].text.lower() in one_of_words()
    ):
        k += 1
    return k < len(toks) and not toks[k].newline and match_head(toks, k) is not None


def _accepted_groups(
    text: str,
    cands: list[tuple[str, Span]],
    groups: list[tuple[list[int], list[Span]]],
    ruled: set[tuple[str, Span]],
    sure: list[Span],
    contested: set[tuple[str, Span]],
) -> set[int]:
    """The groups that name persons: ruled in by a grammar rule or showing a person's marks (a
    speech verb is none for a group with a ``contested`` mention); a group listed next to an
    accepted one joins it (`milik Hendi/Subran, Sabni, Rexi dan Iis`: one sure name vouches for
    its list), again until none joins."""
    sure = list(sure)
    ok: set[int] = set()
    grew = True
    while grew:
        grew = False
        for gi, (group, _) in enumerate(groups):
            mentions = [cands[k] for k in group]
            speech = not any(c in contested for c in mentions)
            if gi in ok or not (
                any(c in ruled for c in mentions) or _person_evidence(text, mentions, sure, speech)
            ):
                continue
            ok.add(gi)
            sure.extend(sp for _, sp in mentions)
            grew = True
    return ok


def entity_names(
    text: str, entities: Sequence[Entity], roles: Sequence[RoleMention]
) -> list[tuple[str, Span]]:
    """The names inside the PER entities (titles, honorifics, degrees and ranks trimmed) with
    their spans; none inside a title's organisation."""
    titles = _title_spans([m for m in roles if not _scholar_name_unread(text, m, entities)])
    # a word the model reads alone as a person, and never inside a body or a place (`Xtreme Park`)
    other = {w for e in entities if e.label != EntityLabel.PER for w in name_tokens(e.text)}
    lone = {e.text for e in entities if e.label == EntityLabel.PER and len(name_tokens(e.text)) == 1} - other
    per_ends = {e.span[1] for e in entities if e.label == EntityLabel.PER}
    alone = _bodies_alone(entities)
    reads = Counter(e.text for e in entities if e.label == EntityLabel.PER)
    title_words = _titles_last_words(text, roles)
    out: list[tuple[str, Span]] = []
    for ent in entities:
        if ent.label != EntityLabel.PER:
            continue
        span = _clean_entity(text, ent)
        if span is None:
            span = _acronym_person(text, ent)
        if span is None:
            continue
        if _dotted_given_alone(text, span):
            continue
        span = _with_dotted_given_name(text, span)
        span = _past_body_words(text, span, alone, reads[ent.text])
        span = _past_clause_words(text, span)
        # a word the entity's own trimming cut off, or the model's person of its own, stays off
        if span[0] == ent.span[0] and span[0] - 1 not in per_ends:
            span = _with_first_name_before(text, span, lone)
        # a "person" inside a title's organisation (Galeri Huma Lilis Lamiang) is not one
        if any(s < span[1] and span[0] < e for s, e in titles) and not _served_before_other(text, span):
            continue
        if len(name_tokens(text[span[0] : span[1]])) == 1 and text[span[0] : span[1]] in title_words:
            continue
        out.append((display_name(text[span[0] : span[1]]), span))
    return out


#: A shortened given name and its full stop right before a name (`Moh. Zaki`, `Muh. Ali`).
#: A full stop right before it blocks: `A.Md.` is a degree after the name before (Siti Aminah, A.Md.).
_DOTTED_BEFORE = LazyPattern(r"(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}{1,4})\. $")


def _with_dotted_given_name(text: str, span: Span) -> Span:
    """`dan Moh. Zaki Ubaidillah melewati …`: the model reads the full stop of a shortened given
    name (`name_abbrev` in people_roles.txt: Moh., Muh., Abd.) as a sentence's end and starts the
    person after it; the shortened name right before the span is the name's first word
    (GUIDELINES §2: the fullest form). News-raw lines 0-2499: six such names."""
    m = _DOTTED_BEFORE.get().search(text, max(0, span[0] - _DOTTED_REACH), span[0])
    if m is None or not dotted_name_word(m.group(1)):
        return span
    return (m.start(1), span[1])


def _dotted_given_alone(text: str, span: Span) -> bool:
    """`Moh` of `Moh. Zaki Ubaidillah` read as a person of its own: a shortened given name alone
    before its full stop opens the next name (`_with_dotted_given_name`), no person by itself."""
    word = text[span[0] : span[1]]
    return len(word) > 1 and dotted_name_word(word) and text[span[1] : span[1] + 1] == "."


#: How far before a name its shortened given name is read (`Mochd. `).
_DOTTED_REACH = 8


def _served_before_other(text: str, span: Span) -> bool:
    """kuasa hukum Jokowi lainnya, Rivai …: a person inside a title that `lainnya`/`lain`
    (other_word) and a comma follow is whom the post serves, a person of the article; the
    holder is named after the comma; with no comma there is no holder named after it, as the
    officials' reading (`roles.firsts._holder_after_other`) requires; `dan lainnya` as well."""
    rest = text[span[1] :].split(",", 1)
    words = rest[0].split()
    return len(rest) == 2 and 0 < and_others(words) == len(words)


#: Times at least the model reads a word alone as a body or a place before that word opening a
#: person's span is taken for that body or place: one reading may be the model's slip on the
#: person's own short mention (`Xi` beside `Presiden Cina Xi Jinping`).
_BODY_READINGS = 2
#: Word classes of a body's or a place's word opening a person's span: no given name's, no
#: particle's (`Bintang`, `Surya`, `Andi` open names of their own).
_BODY_FIRST_CLASSES = frozenset({W.UNK, W.COM, W.ACR})


def _bodies_alone(entities: Sequence[Entity]) -> Counter[str]:
    """How often the model reads each word alone as a body or a place."""
    return Counter(e.text for e in entities if e.label != EntityLabel.PER and len(name_tokens(e.text)) == 1)


def _past_body_words(text: str, span: Span, alone: Counter[str], reads: int) -> Span:
    """`timnas Senegal Ismaila Sarr`, `CEO BPI Danantara Rosan Roeslani`, `Jisoo BLACKPINK`: a
    person's span that opens on a word the model reads alone as a body or a place elsewhere in
    the article at least `_BODY_READINGS` times and more often than it reads the whole span as
    a person (``reads``: `Jeka` read twice as a place beside four `Jeka Saragih` is the person's
    own short mention), no given name nor particle, or ends on an acronym it reads alone as one
    (an acronym is a body's short name by its form), holds that body's or place's word: the
    name is the rest, when a word of a name's class is left."""
    a, b = span
    words = list(_SPACED_WORD.get().finditer(text[a:b]))
    if len(words) < 2:
        return span
    if _body_word(words[0].group(), alone, first=True) and alone[words[0].group()] > reads:
        a, words = a + words[1].start(), words[1:]
    if len(words) >= 2 and _body_word(words[-1].group(), alone, first=False):
        b, words = span[0] + words[-2].end(), words[:-1]
    if any(word_class(w.group()) in NAMEISH for w in words):
        return a, b
    return span


#: Prefixes of intransitive verbs and of the words made of them (`beralih`, `terletak`,
#: `dikira`), and the circumfix of nouns made of a verb (`pernyataan`), on a common word.
_CLAUSE_PREFIXES = ("ber", "ter", "di")
#: The passive's prefix, read on a span's first word only (`_clause_word`).
_PASSIVE_PREFIX = "di"
_NOUN_CIRCUMFIX = ("per", "an")
#: Letters at least in the common word under the affix: a shorter one (`ber-as`, `di-an`) is
#: as often a name's own letters.
_MIN_CLAUSE_STEM = 3


def _clause_word(word: str, *, first: bool) -> bool:
    """A capitalised verb or noun made of a common word (names_common_words.txt) with ber-, ter-
    or di- (`Beralih` of `alih`, `Terletak`, `Berarti`, `Dikira`) or per-…-an (`Pernyataan` of
    `nyata`): a word of the clause the name opens or closes, no name's; not a given name nor a
    region's word (`Bergas`). A passive's di- is read only on the span's ``first`` word (`Dipacu
    Dongkrak`): after a name, di- on a noun is a surname's shape (`Andi Dijaya`, `Made Diraja`)."""
    low = word.lower()
    if word.isupper() or not low.isalpha() or low in given_names() or is_region_span(word, 0, len(word)):
        return False
    prefixes = _CLAUSE_PREFIXES if first else tuple(p for p in _CLAUSE_PREFIXES if p != _PASSIVE_PREFIX)
    stems = [low[len(p) :] for p in prefixes if low.startswith(p)]
    if low.startswith(_NOUN_CIRCUMFIX[0]) and low.endswith(_NOUN_CIRCUMFIX[1]):
        stems.append(low[len(_NOUN_CIRCUMFIX[0]) : -len(_NOUN_CIRCUMFIX[1])])
    return any(len(st) >= _MIN_CLAUSE_STEM and st in common_words() for st in stems)


def _past_clause_words(text: str, span: Span) -> Span:
    """`Ultimatum Prabowo Pernyataan Said …`, `Nukman Terakhir`, `Lyon Terletak di …`, `Dipacu
    Dongkrak`: a person's span of two words or more that opens or ends on a verb or a noun made
    of a common word (`_clause_word`) runs into the clause or the headline beside the name: the
    name is the rest, when a word of a name's class is left. A last word before `yang` stays:
    a relative clause opens on a noun phrase, so the word ends the name (`Domenico Berarti yang
    mencetak …`, a name misspelt into a verb's shape)."""
    a, b = span
    words = list(_SPACED_WORD.get().finditer(text[a:b]))
    if len(words) < 2:
        return span
    if _clause_word(words[-1].group(), first=False) and next_word(text, b).lower() != "yang":
        b, words = a + words[-2].end(), words[:-1]
    if len(words) >= 2 and _clause_word(words[0].group(), first=True):
        a, words = a + words[1].start(), words[1:]
    if any(word_class(w.group()) in NAMEISH for w in words):
        return a, b
    return span


def _body_word(word: str, alone: Counter[str], *, first: bool) -> bool:
    """Whether ``word`` opening (``first``) or ending a person's span is a body's or a place's
    word by `_past_body_words`: ``alone`` counts the model's bodies and places of one word."""
    if first:
        return alone[word] >= _BODY_READINGS and _known_body_or_place(word)
    return alone[word] > 0 and word_class(word) is W.ACR and not _masthead(word)


def _known_body_or_place(word: str) -> bool:
    """A word the lexicon knows as a body's or a place's, of no given name's or particle's class:
    a region (`Sumut`, `Senegal`), a listed body's short name (`Danantara`), a word of bodies'
    names (`Milan`: names_body_words_derived.txt) or an acronym. A word of no known class that
    the model's vetted entities read alone as a body is no evidence: they read a person's own
    short mention so too (`Ester vs Huang`, `kata dr Diana`)."""
    if word_class(word) not in _BODY_FIRST_CLASSES:
        return False
    return (
        word_class(word) is W.ACR
        or is_region_span(word, 0, len(word))
        or listed_body_short_name(word)
        or names_a_body(word)
    )


def _cut_from_body_word(text: str, span: Span, alone: Counter[str], per: Sequence[Span]) -> bool:
    """`kiper Bournemouth Neto`, `Jisoo BLACKPINK berpacaran`: a name that `_past_body_words`
    cut from the model's longer person span (a body's or a place's word right before it, or a
    body's acronym right after it, inside that span) is its member's or holder's: the model read a
    person there, as a post before the name marks one."""
    m = _CAPITAL_BEFORE.get().search(text, max(0, span[0] - _REGION_REACH), span[0])
    if m is not None and (m.start(), span[1]) in per and _body_word(m.group().strip(), alone, first=True):
        return True
    after = text[span[1] : span[1] + _REGION_REACH]
    word = after[1:].split(maxsplit=1)[:1] if after[:1] == " " else []
    if not word or (span[0], span[1] + 1 + len(word[0])) not in per:
        return False
    return _body_word(word[0], alone, first=False)


def _titles_last_words(text: str, roles: Sequence[RoleMention]) -> frozenset[str]:
    """`Peratin Tugu Ratu Basuki`: the last word of each official's title right before the
    holder's name (a place's, a body's or a post's own word: `Ratu`, `CdM`), which no role
    reads in a name; alone elsewhere (`Gedung Pusaka Ratu`, `kata CdM`) such a word is that
    place, body or post, no person."""
    out = set()
    for m in roles:
        words = text[m.span[0] : m.name_span[0]].split()
        if m.official and words and words[-1].isalnum() and m.title.split()[-1:] == words[-1:]:
            out.add(words[-1])
    return frozenset(out) - {w for m in roles for w in m.name.split()}


def _with_first_name_before(text: str, span: Span, lone: set[str]) -> Span:
    """`Indonesia Gregoria Mariska Tunjung`, the model's person `Mariska Tunjung`: a capitalised
    word right before the name that the model reads alone as a person elsewhere in the article,
    and never inside a body or a place (`Gregoria`), is the name's first word."""
    m = _WORD_BEFORE.get().search(text, max(0, span[0] - _REGION_REACH), span[0])
    # a word that is also a common word (`Putri Duyung Ancol`) or a title (`Syaikhona`) is none
    if m is None or m.group(1) not in lone or word_class(m.group(1)) not in _FIRST_NAME_CLASSES:
        return span
    if word_marker(m.group(1)) is not None:
        return span
    return (m.start(1), span[1])


#: A list of names: two capitalised words or more per item, items joined by commas, the last by
#: `dan` or `serta` (`Wuddy Warsono, Stephanus Turangan, Bernardus Sumargo, dan Poltak Hotradero`).
_LIST_ITEM = r"\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){1,3}"
_NAME_LIST = LazyPattern(
    rf"(?<![\p{{L}}'’-])(?:{_LIST_ITEM}(?:, {_LIST_ITEM}){{1,}},? (?:dan|serta) {_LIST_ITEM}"
    rf"|{_LIST_ITEM}(?:, {_LIST_ITEM}){{2,}})"
)
_ITEM = LazyPattern(_LIST_ITEM)
#: Word classes an item's words must all have to join the people beside it.
_MATE_CLASSES = frozenset({W.GIV, W.UNK, W.PART})


def _list_mates(text: str, cands: Sequence[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The other items of a list of three names or more whose items are at least half persons
    already (two at least): each item of name words only (no common word, no body's or place's
    word: `Andes Virus`, `Bank Tani` stay out) is a person too, the model having missed it or read
    it as a body (`yakni Stephanus Turangan, …`; `_mate_word`)."""
    out: list[tuple[str, Span]] = []
    for lm in _NAME_LIST.get().finditer(text):
        items = [(lm.start() + m.start(), lm.start() + m.end()) for m in _ITEM.get().finditer(lm.group())]
        if _body_noun_before(text, lm.start()):
            items = items[1:]  # `tim Movistar Yamaha, Valentino Rossi dan …`: the team, then its riders
        held = [any(a < e and s < b for _, (a, b) in cands) for s, e in items]
        if len(items) < 3 or sum(held) < max(2, len(items) / 2):
            continue
        if any(word_class(w) is W.ORG for s, e in items for w in text[s:e].split()):
            continue  # `Pesantren Al-Wustho, Manbaul Hisan, …`: a list of bodies
        for (s, e), known in zip(items, held, strict=True):
            words = text[s:e].split()
            if not known and not names_run_together(words) and all(_mate_word(text, w) for w in words):
                out.append((display_name(text[s:e]), (s, e)))
    return out


#: A name's word in a pair's side: capitalised, then lowercase letters, an apostrophe or a hyphen.
_SIDE_WORD = r"\p{Lu}\p{Ll}[\p{L}'’-]*"
#: A doubles pair's side after its slash (a blank either side or none): up to four capitalised
#: words, and no capitalised word after them (`Fajar Alfian/Rian Ardianto`).
_SIDE_AFTER = LazyPattern(
    rf"[ \u00a0]?/[ \u00a0]?({_SIDE_WORD}(?:[ \u00a0]{_SIDE_WORD}){{0,3}})"
    r"(?![ \u00a0]?\p{Lu}|[\p{L}\d]|\.\p{L})"
)
#: A pair's side before its slash: up to four capitalised words after a lowercase word, a stop,
#: a comma, a colon or a bracket, or opening the line (`pasangan Yuki Fukushima/…`; no number
#: before it: `3.360 Dos/Vial`).
_SIDE_BEFORE = LazyPattern(
    rf"(?:^|(?<=[\p{{Ll}},.;:(“\"][ \u00a0]))"
    rf"({_SIDE_WORD}(?:[ \u00a0]{_SIDE_WORD}){{0,3}})[ \u00a0]?/[ \u00a0]?$",
    regex.MULTILINE,
)
#: Characters read back from a person for the partner written before a pair's slash.
_PAIR_REACH = 60


def _pair_mates(text: str, cands: Sequence[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """The other half of a doubles pair written with a slash (`Febriana Dwipuji Kusuma/Meilysa
    Trias Puspitasari`, `Yuki Fukushima/Sayaka Hirota`): the capitalised words right after or
    right before a slash that joins them to a person already found are that person's partner, a
    person too, when every word reads as a name's (`_pair_named`: `pasangan Malaysia Aaron Chia/…`
    gives none). A side a candidate already holds is left as read. A pair is two names: one in
    brackets (`Riko Ganda (Balaturangga/Lelis Blanch)`, a stable and a horse), in a row of three
    slashed items or more (`Truck Wholesaler/Truck Jobber/…`) or before a web address (`Faria
    Ali/Saibumi.com`) is none; a one-word partner goes only with a one-word name (`Sabar/Reza`;
    `Raymen Kaunang/Conquistador` names a rider and a horse)."""
    out: list[tuple[str, Span]] = []
    for name, (s, e) in cands:
        # the person in brackets or slashed on its other side too is in no pair of two
        opened, closed = text[max(0, s - 2) : s].rstrip()[-1:], text[e : e + 2].lstrip()[:1]
        sides = []
        m = _SIDE_AFTER.get().match(text, e) if opened not in ("(", "/") else None
        if m is not None and text[m.end(1) : m.end(1) + 1] not in (")", "/"):
            sides.append(m.span(1))
        lo = max(0, s - _PAIR_REACH)
        if closed not in (")", "/") and (m := _SIDE_BEFORE.get().search(text, lo, s)) is not None:
            sides.append(_after_country(text, *m.span(1)))
        for a, b in sides:
            words = text[a:b].split()
            if not words or (len(words) < 2 and len(name.split()) >= 2) or (b < s and text[a - 1 : a] == "("):
                continue  # a one-word partner beside a full name; the pair in brackets
            if _pair_named(text, words) and not any(x < b and a < y for _, (x, y) in cands):
                out.append((display_name(text[a:b]), (a, b)))
    return list(dict.fromkeys(out))


def _after_country(text: str, a: int, b: int) -> Span:
    """A pair's side before its slash without the words opening it that name no one: a region
    (`pasangan Malaysia Aaron Chia/…`, the pair's country) or a word of another class than a
    name's (`Pasangan Haruka Ishida/…`, a sentence's first word)."""
    while (m := regex.match(r"(\S+)[ \u00a0]", text[a:b])) is not None:
        word = m.group(1)
        if word_class(word) in NAMEISH and not is_region_span(word, 0, len(word)):
            break
        a += m.end()
    return a, b


def _pair_named(text: str, words: list[str]) -> bool:
    """Whether a pair's side reads as a name: every word a name's (`_mate_word`) and no region's
    (`Malaysia`), the words not run together."""
    return all(
        _mate_word(text, w) and not is_region_span(w, 0, len(w)) for w in words
    ) and not names_run_together(words)


def _body_noun_before(text: str, start: int) -> bool:
    """A lowercase noun of a body (`tim`, `klub`, `pesantren`: `org_words`) right before a list:
    its first item names that body, the items after it are its people or its kind."""
    word = prev_word(text, start)
    return word.islower() and word in org_words()


def _mate_word(text: str, word: str) -> bool:
    """A word of a list item read as a name: a given name, or a word of no known class that the
    article never writes in lowercase (`virus` in `Andes Virus`)."""
    cls = word_class(word)
    return cls is W.GIV or (cls in _MATE_CLASSES and not lowercase_in(text, word))


#: what may not follow a lone surname that ends a two-word name: a letter, digit or hyphen
#: glued to it, a capitalised word or a number after a blank (`Alexander-Arnold`, `Supercoppa
#: Italiana 2022`)
_NOT_NAME_END = LazyPattern(r"[\p{L}\p{N}'’-]| [\p{Lu}\p{N}]")
_LETTER_OR_DIGIT = LazyPattern(r"[\p{L}\p{N}]")
#: a capitalised word of three letters or more and a blank right before a word, no capitalised
#: word before it (`Achraf `; not a clipped address: `Ka Grey`)
_GIVEN_BEFORE = LazyPattern(r"(?<![\p{L}\p{N}.'’‘\"“(-]|\p{Lu}[\p{L}'’-]* )(?P<given>\p{Lu}\p{Ll}{2,}) $")
_GIVEN_CLASSES = frozenset({W.UNK, W.GIV})
#: a capitalised word, a blank, then a capitalised word of three letters or more and a blank right
#: before a word (`Konselor Sayaka `, `Pendirinya Abid `)
_WORD_GIVEN_BEFORE = LazyPattern(
    r"(?<![\p{L}\p{N}.'’‘\"“(-]|\p{Lu}[\p{L}'’-]* )(\p{Lu}[\p{L}'’-]*) (?P<given>\p{Lu}\p{Ll}{2,}) $"
)
#: classes of a capitalised word that opens no name (`Pendirinya`, `Menurut`): a given name after it
#: starts the name
_NOT_NAME_CLASSES = frozenset({W.COM, W.STOP})


def _lone_names_in_full(text: str, entities: Sequence[Entity]) -> list[tuple[str, Span]]:
    """A word the model reads alone as a person (`Hakimi`, `Kluivert`), no common word, that the
    article also writes after one given name, no other capitalised word before or after the two
    (`Achraf Hakimi`): that fuller name, a person (GUIDELINES §2: the fullest name). No word of
    the model's bodies or places makes one (`Werder Bremen`), and a word written after two
    different words, or a first word written before two, names no one surely (`Konjektur
    Goldbach`, `Christian Goldbach`; `_opens_other_name`). A word glued to a number or a hyphen
    is no whole surname (`Christie3`, `Alexander-Arnold`), and a pair before a number names an
    edition or a model (`Supercoppa Italiana 2022`). The model's body or place that is exactly
    such a fuller name is no evidence against it (`_read_in_full_as_other`). A word the model
    opens a longer name with elsewhere, or news-raw opens names with (`opens_names_mostly`), is a
    given name: a common word before it (news-raw's `common_word_only`: `Optimisme Imam` beside
    `Imam Sudjarwo`, `Doain Gabriel`) makes no fuller name."""
    lone = {e.text for e in entities if e.label == EntityLabel.PER and _CAP_WORD.get().fullmatch(e.text)}
    other = {
        w
        for e in entities
        if e.label != EntityLabel.PER and not _read_in_full_as_other(e, entities)
        for w in e.text.split()
    }
    opening = {w for e in entities if e.label == EntityLabel.PER for w in e.text.split()[:-1]}
    out: list[tuple[str, Span]] = []
    for word in sorted(w for w in lone - other if w.isalpha() and word_class(w) is not W.COM):
        found = _full_names_of(text, word, other, relaxed=False) or _full_names_of(
            text, word, other, relaxed=True
        )
        if word in opening or opens_names_mostly(word):  # a given name: no common word opens it
            found = [f for f in found if not common_word_only(f[0].split()[0])]
        if len({name for name, _ in found}) == 1 and not _opens_other_name(text, found[0][0]):
            out += found
    return out


#: `Munafri 'Appi' Arifuddin`, `Mohommed “Sky Falcon” Rayyan`: a quoted nickname of at most
#: three words, opened by a capital or a digit, between a name and one to three capitalised words
#: of its surname (a quote opened lowercase is a phrase: `Salla Allahu 'ala Khatamil Anbiya'`).
_NICKNAMED = LazyPattern(
    r"\G[ \u00a0]+(?:[“‘\"']\s?[\p{Lu}\p{N}][^“”‘’\"'\n.,;:!?]{0,24}?\s?[”’\"'])[ \u00a0]+"
    r"(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}\p{N}'’-])(?![ \u00a0]*[\p{Lu}\p{N}])"
)
#: Words in a nickname: more is a quote or a work's title (`"Pengabdi Setan Dua"`).
_NICK_WORDS = 3
#: Word classes of a surname after a nickname: no common word (`Tayang`, `Resmi`).
_SURNAME_CLASSES = frozenset({W.GIV, W.PART, W.AMB, W.UNK})


def _nicknamed_names(
    text: str, cands: Sequence[tuple[str, Span]], others: Sequence[Span]
) -> list[tuple[str, Span]]:
    """`Munafri 'Appi' Arifuddin`, `Mohamad ‘LN_Paudie’ Akbar Paudie`, `Alex “Little Rock” Silva`:
    a candidate name followed by a quoted nickname and its surname is one name, the name without
    its nickname (`Munafri Arifuddin`), its span the whole (GUIDELINES §2: the fullest name; the
    model reads the first name only, the surname after the quote is left alone). The surname is
    one to three capitalised words no common word, no capitalised word runs on after it, and no
    word of it is the model's body or place (``others``). A lone word news-raw holds mostly as the
    first word of persons' names (`corpus.opens_names_mostly`: `Megawati`, `Ganjar`; a surname
    opens none, `Arifuddin`, `Silva`) is another person's given name, and the quote between them a
    headline's verb or phrase (`Pertemuan Prabowo 'Empat Mata' Megawati`, `Debat Anies 'Sentil'
    Ganjar`: two persons)."""
    out: list[tuple[str, Span]] = []
    for name, (start, end) in cands:
        m = _NICKNAMED.get().match(text, end)
        if m is None or len(m.group(0).split()) - len(m.group(1).split()) > _NICK_WORDS:
            continue
        surname = m.group(1).split()
        if any(word_class(w) not in _SURNAME_CLASSES for w in surname):
            continue
        if len(surname) == 1 and opens_names_mostly(surname[0]):
            continue
        if any(a < m.end(1) and m.start(1) < b for a, b in others):
            continue
        out.append((f"{name} {' '.join(surname)}", (start, m.end(1))))
    return out


def _read_in_full_as_other(ent: Entity, entities: Sequence[Entity]) -> bool:
    """A body or place of the model that is two words, the second one the model reads alone as a
    person elsewhere in the article more often than it reads the pair as a body or place (one
    sense per article: `Dilansir dari Fabrizio Romano` ORG once beside `tulis Romano` PER three
    times): the person's fuller name mislabelled. A club read once beside its name read once as
    a person stays a body (`Sporting Velmora menang …`, `membawa Velmora ke puncak`)."""
    words = ent.text.split()
    if len(words) != 2 or ent.label == EntityLabel.PER:
        return False
    pairs = [e.span for e in entities if e.label != EntityLabel.PER and e.text == ent.text]
    as_person = sum(
        e.label == EntityLabel.PER and e.text == words[1] and not any(a <= e.span[0] < b for a, b in pairs)
        for e in entities
    )
    as_other = len(pairs)
    first_alone = any(e.label == EntityLabel.PER and e.text == words[0] for e in entities)
    return as_person > as_other and not first_alone


def _full_names_of(text: str, word: str, other: set[str], *, relaxed: bool) -> list[tuple[str, Span]]:
    """The fuller names a given name makes with ``word`` wherever the article writes it; ``relaxed``:
    a given name after a capitalised common word (`_given_after_common`), read only where no
    given name stands alone before the word anywhere."""
    return [
        named
        for at, end in _surname_ends(text, word)
        if (named := _full_name_before(text, at, end, other, relaxed=relaxed)) is not None
    ]


def _surname_ends(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Each place ``word`` stands in ``text`` with no letter or digit before it and nothing of
    `_NOT_NAME_END` after it: a plain search, no pattern compiled per word (compiling one for
    each lone name cost more than the whole search)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        glued_before = at > 0 and _LETTER_OR_DIGIT.get().match(text, at - 1) is not None
        if not glued_before and _NOT_NAME_END.get().match(text, end) is None:
            yield at, end
        at = text.find(word, at + 1)


def _opens_other_name(text: str, name: str) -> bool:
    """Whether the article writes the name's first word before another capitalised word too
    (`Paramount Enterprise` beside `Paramount Enteprise`): a body's or a thing's word, no given name."""
    first, last = name.split()
    opening = first + " "
    at = text.find(opening)
    while at != -1:
        nxt = at + len(opening)
        glued_before = at > 0 and _LETTER.get().match(text, at - 1) is not None
        if not glued_before and _CAPITAL.get().match(text, nxt) and not _word_at(text, nxt, last):
            return True
        at = text.find(opening, at + 1)
    return False


def _word_at(text: str, at: int, word: str) -> bool:
    """Whether ``word`` stands at ``at`` with no letter glued after it."""
    end = at + len(word)
    return text.startswith(word, at) and _LETTER.get().match(text, end) is None


#: a letter; a capital letter (`_opens_other_name` finds the name's words with `str.find` and
#: tests their sides: a pattern compiled for each name cost more than the whole search)
_LETTER = LazyPattern(r"\p{L}")
_CAPITAL = LazyPattern(r"\p{Lu}")


def _full_name_before(
    text: str, start: int, end: int, other: set[str], *, relaxed: bool = False
) -> tuple[str, Span] | None:
    """The name a given name right before ``text[start:end]`` makes with it: a given or unknown
    word of no marker, title or body (not `Namun`, `Irjen`, `Kasudin`, a word of ``other``), not
    in brackets (a body's short name: `(Sudin Gulkarmat)`), neither word written in lowercase
    too (`ranpur`); None otherwise. ``relaxed``: the given name may follow one capitalised
    common word (`_given_after_common`)."""
    run = (
        _given_after_common(text, start)
        if relaxed
        else _GIVEN_BEFORE.get().search(text, max(0, start - 40), start)
    )
    if run is None:
        return None
    first, a = run.group("given"), run.start("given")
    if word_class(first) not in _GIVEN_CLASSES or word_marker(first) is not None or first in other:
        return None
    if _place_or_thing_word(text, a, first):
        return None
    if title_prefix_len(text, a, end) or lowercase_in(text, first) or lowercase_in(text, text[start:end]):
        return None
    return display_name(text[a:end]), (a, end)


def _given_after_common(text: str, start: int) -> regex.Match[str] | None:
    """`Pendirinya Abid Omar`, `Menurut Faris Alamsyah`: the given name right before ``start``
    when the one capitalised word before it is a common or function word, which opens no name
    (a noun or a connective written capitalised); None otherwise, and where that word may open
    what the next word names: a title's or a rank's (`Ketua Porturin Alwin`, `Kapten Inf
    Asyadi`: a body, a corps), a facility's, body's or thing's word (`Mall Boemi Kedaton`:
    entity cues) or an English function word (`The Kasablanka Hall`)."""
    run = _WORD_GIVEN_BEFORE.get().search(text, max(0, start - 60), start)
    if run is None or word_class(run.group(1)) not in _NOT_NAME_CLASSES:
        return None
    word, at = run.group(1), run.start(1)
    low = word.lower()
    if title_prefix_len(text, at, start) or word_marker(word) is Marker.RANK:
        return None
    own, shared, _ = entity_cues()
    if (
        opens_facility(tokenize(word))
        or low in own
        or low in shared
        or low in word_set("clean_english_words.txt")
    ):
        return None
    return run


def _place_or_thing_word(text: str, a: int, first: str) -> bool:
    """Whether the word at ``a`` is a region's name (`Sekda Mesuji Syamsuddin`: the region's
    official) or comes right after a word that makes the name after it a thing (`mobil`, `seri`,
    `ponsel`: entities_product_cues.txt), no given name."""
    if match_region(tokenize(first), 0, 1) == 1:
        return True
    before = _LOWER_WORD_BEFORE.get().search(text, max(0, a - 30), a)
    return before is not None and before.group(1).lower() in thing_cues()


#: the lowercase word right before a place in the text (`mobil `)
_LOWER_WORD_BEFORE = LazyPattern(r"(\p{Ll}+) $")


@cache
def thing_cues() -> frozenset[str]:
    """Lowercase words after which a capitalised name is a thing's (a product, a make, a title)."""
    return word_set("entities_product_cues.txt")


def _grammar_persons(text: str, full: Sequence[Tok] | None) -> list[tuple[str, Span]]:
    """The names the grammar alone makes persons: listed, aged, speaking or addressed; none that
    ends a region (`dengan Uni Soviet`)."""
    found = (
        _listed_persons(text, full)
        + _aged_persons(text, full)
        + _described_persons(text, full)
        + _comma_aged_persons(text, full)
        + _speakers(text, full)
        + _speakers_named_in_full(text, full)
        + _addressed(text, full)
    )
    return [c for c in found if not _ends_a_region(text, *c[1])]


def extract_persons(
    text: str,
    entities: Sequence[Entity] = (),
    *,
    officials: Sequence[Official] = (),
    roles: Sequence[RoleMention] | None = None,
    tokens: Sequence[Tok] | None = None,
    names: Sequence[tuple[str, Span]] | None = None,
) -> list[Person]:
    """One `Person` per person named in ``text``, with every mention's span.

    Short later mentions merge into the fullest name (``Umi`` -> ``Umi Mastikah``); ``mentions`` is sorted.

    Args:
        text: the cleaned article text.
        entities: the vetted NER entities (`extract.ner.vet.vet_entities`, only ``PER`` read); may be empty.
        officials: the article's officials, from `extract_officials`.
        roles: the article's role mentions (`scan_roles`); scanned here when not given.
        tokens: ``tokenize(text)`` when the caller has it (saves tokenizing again).
        names: ``entity_names(text, entities, roles)`` when the caller has them (officials read them too).

    Returns:
        Persons in order of first mention.

    >>> from extract.people.officials import extract_officials
    >>> t = "Wakil Wali Kota Palangka Raya Umi Mastikah membuka pelatihan. Umi menekankan hal itu."
    >>> [(p.name, p.mentions) for p in extract_persons(t, [], officials=extract_officials(t))]
    [('Umi Mastikah', ((30, 42), (62, 65)))]
    """
    if roles is None:
        roles = scan_roles(text, entities, tokens=tokens)
    full = whole_tokens(text, tokens)
    cands, ruled, contested = _person_candidates(text, entities, officials, roles, full, names)
    if not cands:
        return []
    return _persons_of(text, entities, officials, cands, ruled, contested)


def _person_candidates(
    text: str,
    entities: Sequence[Entity],
    officials: Sequence[Official],
    roles: Sequence[RoleMention],
    full: Sequence[Tok],
    names: Sequence[tuple[str, Span]] | None,
) -> tuple[list[tuple[str, Span]], set[tuple[str, Span]], set[tuple[str, Span]]]:
    """The candidate names with their spans, those a rule makes persons, and those contested."""
    cands: list[tuple[str, Span]] = [(o.name, o.name_span or o.span) for o in officials]
    bodies = _title_bodies(roles)
    # `tim balap McLaren`: an occupation's holder that is a body ending an official's title
    only_other = _read_only_as_other(entities)
    held = [
        (m.name, m.name_span)
        for m in roles
        if m.name_span is not None
        and (m.official or m.name not in bodies)
        and not _scholar_name_unread(text, m, entities)
        and not _holds_event(text, m.name)
        and not _ends_other_name(text, m.name_span, only_other)
    ]
    # a name the model reads as an organisation or a place from its first word on is contested:
    # no person by the grammar alone, nor by a speech verb (`mengatakan Xiaomi 17T adalah …`:
    # the model's ORG `Xiaomi 17T`; companies speak too), only by a person's other marks; so is
    # an occupation's holder the model reads in the article only as a body or a place, never as
    # a person (`tim keamanan Shopee`, `Tim satelit Ducati`: a company's team, not its member)
    named_other = {e.span[0] for e in entities if e.label != EntityLabel.PER}
    # a one-word speaker a description introduces: the model's place reading is no reason against it
    apposed = _apposed_speakers(text, full, entities)
    apposed += [(c, len(name_tokens(c[0])) == 1) for c in _described_speakers(text, full)]
    found = _grammar_persons(text, full) + _unread_titled_speakers(text, full, entities)
    found += _lone_names_in_full(text, entities) + [c for c, _ in apposed]
    unheld = {c for c in held if c not in cands and folded(c[0]) in only_other}
    contested = {c for c in found if c[1][0] in named_other} - {c for c, described in apposed if described}
    ruled = set(cands) | (set(held) - unheld) | (set(found) - contested)
    contested |= unheld
    cands += held + found
    names = entity_names(text, entities, roles) if names is None else names
    cands += [c for c in names if c[0] not in bodies]
    alone = _bodies_alone(entities)
    per = {e.span for e in entities if e.label == EntityLabel.PER}
    ruled |= {c for c in names if c[0] not in bodies and _cut_from_body_word(text, c[1], alone, per)}
    cands += _list_mates(text, cands)
    cands = _named_as_persons(text, cands + _pair_mates(text, cands), {o.name for o in officials})
    others = [e.span for e in entities if e.label != EntityLabel.PER]
    cands += _nicknamed_names(text, cands, others)
    held_by_officials = set(cands[: len(officials)])
    cands = [
        c
        for c in cands
        if c in held_by_officials
        or not (_names_a_body(text, c[1], others) or _after_body_head(text, c) or _after_body_kind(text, c))
    ]
    return cands, ruled, contested


#: Words that may stand between a body's kind word and its name (`tim balap Alfa Romeo`).
_KIND_FILLERS = frozenset({"balap", "sepak", "bola"})
#: How far before a name the kind word and a post ending in it are read (`direktur utama klub`).
_KIND_REACH = 60


def _written_as_body(text: str, name: str, spans: Iterable[Span]) -> bool:
    """`klub Aston Villa`, `tim balap Alfa Romeo`, `pabrikan Ducati`, `grup band Govinda`: a name
    the article writes at least once right after a lowercase kind word of a body
    (people_body_kinds.txt; `balap`, `sepak bola` may stand between) names that body, no person;
    unless the kind word ends a post before it (`manajer tim Gusti Randa`, `CEO klub`: its holder),
    the article writes a part of the name alone (`tim Valentino Rossi` beside `Rossi`: the
    person's team), the name opens with a known given name (`tim Sri Mulyani`: the team its
    leader gives a name to), or a quote's attribution names it (`perusahaan Ashanty` beside `ujar Ashanty`;
    a body speaks too, but is not written after the verb: `Gresini Racing mengungkapkan`)."""
    spans = list(spans)
    verbs = speech_verbs()
    parts = name.split()
    if len(parts) >= 2 and word_class(parts[0]) is W.GIV:
        return False  # `tim Sri Mulyani`: a known given name opening a full name is the leader's
    if any(text[s:e] != name or prev_word(text, s).lower() in verbs for s, e in spans):
        return False
    kinds = word_set("people_body_kinds.txt")
    # the name's whole-word spans: no pattern compiled for each name
    for start, end in whole_words(text, name, hyphen=False):
        at0 = max(0, start - _KIND_REACH)
        words = list(_SPACED_WORD.get().finditer(text[at0:start]))
        while words and words[-1].group() in _KIND_FILLERS:
            words.pop()
        if not words or words[-1].group() not in kinds:
            continue
        kind_end = at0 + words[-1].end()
        posts = [at0 + w.start() for w in words[-3:-1]]
        if not any(title_prefix_len(text, at, end) >= kind_end - at for at in posts):
            return True
    return False


#: Words at most in a quoted title (`“Go Glow Hydro Boost Serum”`); a longer quote is speech.
_QUOTED_TITLE_WORDS = 8
#: A quote holding only capitalised words, numbers and joining marks: a work's, a product's, an
#: event's or a nickname's title (`“Hana Playlist”`, `dijuluki " Donald Trump "`, `"Desert
#: Islands Discs."`). A straight quote opens one only after a blank, a bracket or a quote: a
#: name between one straight quote's close and the next one's opening (`… warga." Joko Susilo
#: "Semua …`) is none.
_QUOTED_TITLE = LazyPattern(
    r"(?:[“‘]|(?<![^\s(\[\"])\")\s?([\p{Lu}\p{N}][\p{L}\p{N}'’.&:-]*"
    rf"(?:[ \u00a0][\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}'’.&:-]*){{0,{_QUOTED_TITLE_WORDS - 1}}})"
    r"[.,!?]?\s?[\"”’]"
)


def _quoted_titles_only(text: str, spans: Iterable[Span]) -> bool:
    """`konser “Hana Playlist”`, `lagu “Rainy Days”`, `tagline “Anti Gabut Serba Ngebut”`, `label
    “Rafins Snack”`: a name the article writes only inside quotes that hold nothing but
    capitalised words is (a word of) a work's, a product's, an event's or a nickname's title
    (GUIDELINES §6), no person mentioned; unless a form of address opens the quote (`‘Bu Susi’`)."""
    spans = list(spans)
    titles = [
        m.span(1)
        for m in _QUOTED_TITLE.get().finditer(text)
        if m.group(1).split()[0].rstrip(".").lower() not in address_cues()
    ]
    return bool(spans) and all(any(a <= s and e <= b for a, b in titles) for s, e in spans)


#: A bracketed code of capitals right after a name: a share's ticker or a term's acronym
#: (`Bayan Resources (BYAN)`, `Chest Pain Ready Hospital (CPRH)`), or the party or institution of
#: a person (`Faisal Basri (INDEF)`, `Hendrar Prihadi (PDIP)`).
_CODE_AFTER = LazyPattern(r"[ \u00a0]?\((\p{Lu}{4,})\)")

#: A share's ticker on the Indonesia Stock Exchange is four capitals.
_TICKER_LEN = 4


def _coded(text: str, spans: Iterable[Span], *, official: bool = False) -> bool:
    """`Bayan Resources (BYAN) melemah 4,53%`, `Morgan Stanley Capital International (MSCI)`,
    `Left Ventricular Assist Device (LVAD)`: a name followed by a bracketed code of four capitals
    or more that is its own acronym or a listed share's ticker is a term or a company, no person.
    Any other code is a person's party, institution or field (`Ekonom senior Faisal Basri (INDEF)
    menilai`, `Hendrar Prihadi (PDIP)`, `Dicky Cahyana (MLBB)`: the game he plays). Evidence:
    news-raw holds 25 names before such a code at 54755cb7; the acronyms and tickers are 14 of
    them, all terms and companies; the rest hold 6 persons. A name an official's title holds or a
    speech verb right after the code speaks of is a person's all the same, no ticker (`Anggota
    Komisi XI DPR Andreas Eddy Susetyo (PDIP) menilai pelemahan IHSG`)."""
    for _, e in spans:
        m = _CODE_AFTER.get().match(text, e)
        if m is None:
            continue
        if _own_acronym(text[_name_start(text, e) : e], m.group(1)):
            return True
        if not official and next_word(text, m.end()).lower() not in speech_verbs() and _ticker(text, m):
            return True
    return False


def _name_start(text: str, end: int) -> int:
    """Where the run of capitalised words that ends at ``end`` starts (`Hemorraghic Fever with
    Renal Syndrome`: small function words inside it, as the model may cut the name there)."""
    m = _NAME_RUN_BEFORE.get().search(text, max(0, end - _NAME_RUN_REACH), end)
    return m.start() if m else end


#: A run of capitalised words, with small words between them, that ends a stretch of text.
_NAME_RUN_BEFORE = LazyPattern(r"\p{Lu}[\p{L}-]*(?:[ \u00a0]+(?:\p{Ll}{1,4}[ \u00a0]+)?\p{Lu}[\p{L}-]*)*$")

#: How far before a code its name's words are read (the longest term of news-raw: 55 characters).
_NAME_RUN_REACH = 80


def _own_acronym(name: str, code: str) -> bool:
    """`Lunar Laser Ranging Experiment (LLRE)`, `Hemorraghic Fever with Renal Syndrome (HFRS)`,
    `Over Load dan Over Dimension (ODOL)`: the initials of the last two or more of the name's
    capitalised words open the code. A syllable acronym of a body named after a person is no
    such run (`Gerakan Masyarakat Sipil Adili Soeharto (GEMAS)`: Soeharto stays a person)."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return any(code.startswith(initials[k:]) for k in range(len(initials) - 1))


def _ticker(text: str, m: regex.Match[str]) -> bool:
    """`Sinarmas Multiartha (SMMA) naik 8,49%`, `mengeluarkan Dian Swastatika Sentosa (DSSA) dari
    indeks`: a code of a ticker's length in a sentence of the market: a `market_word` of
    people_roles.txt (saham, IHSG, indeks), or another ticker and a percentage (`Chandra Asri
    Pacific (TPIA) turun 14,74%, Barito Pacific (BRPT) melemah 10,18%`)."""
    code = m.group(1)
    if len(code) != _TICKER_LEN:
        return False
    start = text.rfind(". ", 0, m.start()) + 1
    stop = text.find(". ", m.end())
    sentence = text[start : stop if stop >= 0 else len(text)]
    if {w.lower() for w in regex.findall(r"\p{L}+", sentence)} & role_words("market_word"):
        return True
    others = {c for c in regex.findall(r"\((\p{Lu}{4})\)", sentence) if c != code}
    return bool(others) and "%" in sentence


def _persons_of(
    text: str,
    entities: Sequence[Entity],
    officials: Sequence[Official],
    cands: list[tuple[str, Span]],
    ruled: set[tuple[str, Span]],
    contested: set[tuple[str, Span]],
) -> list[Person]:
    """The candidates grouped by person, each accepted group a `Person` in order of first mention."""
    # a listed body's short name alone (`Komdigi`, `Danantara`) is the body the entity layer reports
    cands = [c for c in dict.fromkeys(_split_pairs(text, cands)) if not listed_body_short_name(c[0])]
    index = _cap_index(text)
    named = _facility_spans(entities) + company_spans(text)
    persons = []
    owned: list[set[Span]] = []
    sure = [sp for name, sp in cands if (name, sp) in ruled or len(name_tokens(name)) >= 2]
    grouped = group_by_person(cands, variants=True, text=text)
    groups = _split_officials(cands, grouped, {o.name for o in officials})
    claimed = {sp for group, inside in groups if inside for sp in _group_spans(text, cands, group, index)}
    accepted = _accepted_groups(text, cands, groups, ruled, sure, contested)
    for gi, (group, inside) in enumerate(groups):
        if gi not in accepted:
            continue
        spans = _group_spans(text, cands, group, index)
        if _written_as_body(text, cands[group[0]][0], spans) or _quoted_titles_only(text, spans):
            continue
        if _coded(text, spans, official=cands[group[0]][0] in {o.name for o in officials}):
            continue
        if not inside:
            spans -= claimed
        own = {cands[k][1] for k in group}
        spans = {sp for sp in spans if sp in own or not any(a <= sp[0] and sp[1] <= b for a, b in named)}
        persons.append(Person(name=cands[group[0]][0], mentions=_outermost(spans, inside)))
        owned.append({cands[k][1] for k in group})
    persons = _fold_particle_names(_fold_aliases(text, _settle_shared(persons, owned)))
    persons = _without_added_word(text, _written_fuller(text, entities, persons))
    persons = joined_beside(text, persons)
    persons.sort(key=lambda p: p.mentions[0][0] if p.mentions else 0)
    return persons


@cache
def _written_on() -> regex.Pattern[str]:
    """One or two capitalised words of letters right after a name, each maybe after a lowercase
    word that sits inside names (`van Dijkstra`, `bin Hamdani`: people_roles.txt `name_inner_lower`),
    then a blank, a comma, a stop that opens no abbreviation (`Sp.KK`, `Saibumi.com`) or a
    bracket's or quote's close."""
    inner = alternation(role_words("name_inner_lower"))
    word = rf"[ \u00a0](?:(?:{inner})[ \u00a0])?\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’]*"
    return regex.compile(rf"((?:{word}){{1,2}})(?=[ \u00a0,;:)\"”]|\.(?!\p{{L}})|$)")


def _written_fuller(text: str, entities: Sequence[Entity], persons: list[Person]) -> list[Person]:
    """`Melati` beside `berpasangan dengan Melati Daeva Oktavianti dan …`, `dr Lahargo Kembaren,
    SpKJ` beside `Lahargo`, `asuhan Frank van Dijkstra` beside `Frank`: a person's name that the article
    writes followed by one or two words of a name's (`_name_word_on`) is that fuller name
    (GUIDELINES §2: the fullest form the article gives), when every such place gives the same one
    and no other person has it."""
    others = [e.span for e in entities if e.label != EntityLabel.PER]
    # a word the model puts in a body or a place elsewhere (`Valentino Rossi Movistar` beside
    # `Movistar Yamaha`) is that body's
    bodies = [(e.span[0], set(e.text.split())) for e in entities if e.label != EntityLabel.PER]
    taken = [sp for p in persons for sp in p.mentions]
    names = {p.name for p in persons}
    out = []
    for p in persons:
        longer: dict[Span, Span] = {}
        # a body or a place of the model's from a mention's first word on is the whole name
        # misread (`Lahargo Kembaren` ORG), no other entity, wherever the article repeats it
        starts = {a for a, _ in p.mentions}
        for a, b in p.mentions:
            m = _written_on().match(text, b) if text[a:b] == p.name else None
            held = [sp for sp in others if sp[0] not in starts] + taken
            words = {w for at, ws in bodies if at not in starts for w in ws}
            end = b
            for w in _SPACED_WORD.get().finditer(m.group(1)) if m else ():
                if w.group() in role_words("name_inner_lower"):
                    continue  # the pattern puts a capitalised word after it: that word decides
                if w.group() in words or not _name_word_on(text, b + w.start(), b + w.end(), held):
                    break
                end = b + w.end()
            if end > b:
                longer[(a, b)] = (a, end)
        fuller = {display_name(text[a:b]) for a, b in longer.values()}
        if len(fuller) != 1 or fuller & names:
            out.append(p)
            continue
        spans = tuple(sorted(longer.get(sp, sp) for sp in p.mentions))
        out.append(Person(name=fuller.pop(), mentions=spans))
    return out


#: Words a name keeps after its added word is dropped: a name of one word (`Sayuti` beside
#: `asal Minang Sayuti`, but also `Lutfiana` beside `Gubernur Ahmad Lutfiana`) is no evidence.
_MIN_KEPT_WORDS = 2


def _without_added_word(text: str, persons: list[Person]) -> list[Person]:
    """`pelatih kepala Marcos Teixeira` … `pelatih baru kami, Coach Marcos Teixeira`, `Tiago
    Moura` … `pemain Porto Tiago Moura`: a person's name that adds one word before or after a name of
    two words or more the article has already written alone is that shorter name; the word
    written on a later mention (a team, a form of address, a sentence's next word) is none of
    the name's (`_own_word`): an article gives the fullest name where it first names a person."""
    names = {p.name for p in persons}
    out = []
    for p in persons:
        words = p.name.split()
        reads = [(sp, display_name(text[sp[0] : sp[1]])) for sp in sorted(p.mentions)]
        first_full = next((sp[0] for sp, r in reads if r == p.name), None)
        for kept, added_first in ((words[1:], True), (words[:-1], False)):
            short = " ".join(kept)
            before = [sp for sp, r in reads if r == short]
            added = words[0] if added_first else words[-1]
            if len(kept) < _MIN_KEPT_WORDS or short in names or _own_word(added, first=added_first):
                continue
            if first_full is None or not before or before[0][0] > first_full:
                continue
            spans = tuple(_trimmed(text, sp, added_first) if r == p.name else sp for sp, r in reads)
            p = Person(name=short, mentions=spans)
            break
        out.append(p)
    return out


def _own_word(word: str, *, first: bool) -> bool:
    """A word a name may add on a later, fuller mention: before it, a given name or a particle
    (`Bupati Tabanan, Wayan Eka Suarta` … `Bupati Tabanan I Wayan Eka Suarta`); after it, any
    word of a name's class (`Rizal Pratama` … `Terdakwa Rizal Pratama Wibisono`: a surname of no known
    class), so only a common or a stop word (`Selanjutnya`) goes."""
    if not first:
        return word_class(word) in NAMEISH
    return word_class(word) in _NAME_AFTER_ARTICLE or word in name_particles()[0]


def _trimmed(text: str, span: Span, first: bool) -> Span:
    """``span`` without its first word (``first``) or its last word."""
    a, b = span
    gaps = list(regex.finditer(r"\s+", text[a:b]))
    return (a + gaps[0].end(), b) if first else (a, a + gaps[-1].start())


def _name_word_on(text: str, a: int, b: int, spans: Sequence[Span]) -> bool:
    """A word of a name's class (a given name or an unknown word) that the article never writes
    in lowercase, inside no other entity or mention, opening no title or rank; no news outlet's
    masthead (`Tribunwow` after a list of names: a page's credit), no region's name (`Tari
    Papua`), no headline's verb (`Raffi Ahmad Rayakan …`: entities_headline_verbs.txt) and no
    companions' mark (`Cs`: people_roles.txt, companion_mark)."""
    word = text[a:b]
    if word_class(word) not in (W.GIV, W.UNK) or lowercase_in(text, word) or _masthead(word):
        return False
    if word.lower() in word_set("entities_headline_verbs.txt") or is_region_span(text, a, b):
        return False
    if word.lower() in role_words("companion_mark"):  # `Amar Brkic Cs`: his companions
        return False
    if any(x < b and a < y for x, y in spans):
        return False
    toks = tokenize(word)
    return match_head(toks, 0) is None and match_marker(toks, 0) is None


def _masthead(word: str) -> bool:
    """A news outlet's name (clean_outlets.txt): a masthead's word, or one glued before more
    letters (`Tribunwow`, `Liputansbm`)."""
    names, _, prefixes = outlet_words()
    low = word.casefold()
    return low in names or any(low.startswith(x) and len(low) > len(x) + 1 for x in prefixes)


def _fold_particle_names(persons: list[Person]) -> list[Person]:
    """`I Nyoman` for `I Nyoman Sutamawan`, `Andi` for `Andi Risdianto`: a name of particles only
    (`I`, `Ni`, a Balinese order, a noble's `Andi`, `Teuku`, `Raden`) that opens exactly one fuller
    name in the article is that person (`same_person` joins no particle alone, as two people may
    share it; news-raw: 16 lone particles open one fuller name, all that person: `kata Andi`
    after `Andi Risdianto`, `Made mengatakan` after `AKP Made Budi`)."""
    words = [[w.lower() for w in p.name.split()] for p in persons]
    into: dict[int, int] = {}
    for k, short in enumerate(words):
        if not all(w in lower_particles() for w in short):
            continue
        homes = [h for h, full in enumerate(words) if len(full) > len(short) and full[: len(short)] == short]
        if len(homes) == 1:
            into[k] = homes[0]
    if not into:
        return persons
    out = []
    for h, p in enumerate(persons):
        if h in into:
            continue
        extra = [m for k, home in into.items() if home == h for m in persons[k].mentions]
        out.append(Person(name=p.name, mentions=tuple(sorted({*p.mentions, *extra}))) if extra else p)
    return out


def _named_as_persons(
    text: str, cands: list[tuple[str, Span]], official_names: set[str]
) -> list[tuple[str, Span]]:
    """The candidates an official's name holds, or written capitalised, opening with no event's
    word and not of a body's words only (`_written_lowercase`, `names_an_event`, `names_a_body`:
    `Menurut Apple`, `bersama Inter Milan`); none a company's name (`company_named`: `PT Chandra
    Asri Perkasa`), an official's neither."""
    forms = company_forms(text)
    return [
        c
        for c in cands
        if not company_named(forms, c[0])
        and (
            c[0] in official_names
            or not (_written_lowercase(text, c[0]) or names_an_event(c[0]) or names_a_body(c[0]))
        )
    ]


def _outermost(spans: set[Span], inside: Sequence[Span]) -> tuple[Span, ...]:
    """The mentions, sorted, without those nested in a longer one or in another of ``inside``."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (s[0], -s[1])):
        if (kept and s[0] < kept[-1][1]) or any(a <= s[0] and s[1] <= b and (a, b) != s for a, b in inside):
            continue
        kept.append(s)
    return tuple(kept)


def _facility_spans(entities: Sequence[Entity]) -> list[Span]:
    """Places and bodies named after a person (`Bandara Muhammad Taufik Kiemas`, `Jalan Ahmad
    Yani`) and business groups named after a family (`CEO Kalla Group` beside `Solihin Kalla`:
    entities_group_forms.txt, the model's ORG closed by the word): a name's word found inside
    one is the facility's or the group's, no mention of the person."""
    groups = group_forms()
    return [
        e.span
        for e in entities
        if e.label != EntityLabel.PER
        and " " in e.text
        and (
            opens_facility(tokenize(e.text)) or (e.label == EntityLabel.ORG and e.text.split()[-1] in groups)
        )
    ]


_PAIR_HYPHEN = LazyPattern(r"(?<=\p{L}{3})-(?=\p{Lu})")
#: Letters at least in a word that shows a side of a pair written elsewhere.
_PAIR_WORD_MIN = 3


def _side_written_elsewhere(text: str, span: Span, words: list[str]) -> bool:
    """Whether one of ``words`` is written outside ``span`` and not glued to a hyphen."""
    for w in words:
        if len(w) < _PAIR_WORD_MIN or not w[:1].isupper():
            continue
        for a, _ in whole_words(text, w):
            if not (span[0] <= a < span[1]):
                return True
    return False


def _two_full_names(left: list[str], right: list[str]) -> bool:
    """`Ganjar Pranowo-Mahfud Md`, `Ade Yasin-Iwan Setiawan`: two words or more on each side of
    the hyphen are two full names; a double surname joins one word (`Ainsley Maitland-Niles`) and
    a hyphenated given name is one word (`Siti Nur-Aini Hakim`: `names_hyphen_openers.txt`)."""
    joined = word_class(f"{left[-1]}-{right[0]}") is not W.COM
    return len(left) >= _PAIR_SIDE_WORDS and len(right) >= _PAIR_SIDE_WORDS and not joined


#: Words on each side of a hyphen that make a pair of full names.
_PAIR_SIDE_WORDS = 2


def _split_pairs(text: str, cands: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """`TKN Prabowo Subianto-Gibran Rakabuming Raka`, `pasangan Ganjar Pranowo-Mahfud`: a name
    whose two sides of a hyphen are each written alone elsewhere in the article (`Pak Prabowo`,
    `Gibran Rakabuming Raka, melaju …`), or a full name on each side (`_two_full_names`), is a pair
    of persons, two candidates. A double surname (`Rita Maya Dondokambey-Tamuntuan`, `Tamuntuan
    berharap`) has one side alone at most."""
    out: list[tuple[str, Span]] = []
    for name, (s, e) in cands:
        m = _PAIR_HYPHEN.get().search(text, s, e) if "-" in name else None
        if m is not None:
            left, right = (s, m.start()), (m.end(), e)
            lw, rw = text[left[0] : left[1]].split(), text[right[0] : right[1]].split()
            alone = _side_written_elsewhere(text, (s, e), lw) and _side_written_elsewhere(text, (s, e), rw)
            if lw and rw and (alone or _two_full_names(lw, rw)):
                out += [(display_name(text[a:b]), (a, b)) for a, b in (left, right)]
                continue
        out.append((name, (s, e)))
    return out


def _settle_shared(persons: list[Person], owned: list[set[Span]]) -> list[Person]:
    """One person per mention: a short name that is a word of two persons' names (`Presiden
    Prabowo` beside Prabowo Subianto and Listyo Sigit Prabowo) belongs to the person whose
    candidates hold it (grouping put it with the nearest full mention); where none does, to the
    person with the nearest longer mention before it. A mention inside another person's longer
    mention is none."""
    claims: dict[Span, list[int]] = {}
    for pi, p in enumerate(persons):
        for sp in p.mentions:
            claims.setdefault(sp, []).append(pi)
    drop: dict[int, set[Span]] = {}
    for sp, who in claims.items():
        if len(who) < 2:
            continue
        holders = [pi for pi in who if sp in owned[pi]]
        if len(holders) != 1:
            before = {
                pi: max(
                    (e for s, e in persons[pi].mentions if e <= sp[0] and e - s > sp[1] - sp[0]), default=-1
                )
                for pi in who
            }
            holders = [max(who, key=lambda pi: before[pi])]
        for pi in who:
            if pi != holders[0]:
                drop.setdefault(pi, set()).add(sp)
    # `Prabowo` inside Presiden Prabowo Subianto is no mention of Listyo Sigit Prabowo
    for pi, p in enumerate(persons):
        for m in p.mentions:
            if any(b[0] <= m[0] and m[1] <= b[1] and b != m for b in claims):
                drop.setdefault(pi, set()).add(m)
    return [
        Person(name=p.name, mentions=tuple(m for m in p.mentions if m not in drop.get(pi, ())))
        if pi in drop
        else p
        for pi, p in enumerate(persons)
    ]


#: What stands between a name and another name for the same person (`Joko Widodo (Jokowi)`,
#: `Zulkifli Hasan atau Zulhas`, `Doadibadai Hollo alias Badai`).
_ALIAS_GAP = LazyPattern(r"\s*(?:\(\s*|,?\s+(atau|alias)\s+)")
#: Letters a nickname after `atau` shares with the start of a word of the full name (Jo-kowi).
_NICK_PREFIX = 2


def _alias_after(text: str, full: Person, other: Person) -> bool:
    """Whether ``other`` is a second name of ``full`` written right after one of its mentions:
    in brackets closed after it (`Joko Widodo (Jokowi)`, `Tubagus Arman Maulana (Armand
    Maulana)`; see `_bracket_alias`), after `alias`, or after `atau` when it is one word that
    opens like a word of the full name (`Zulkifli Hasan atau Zulhas`; `Anies atau Ganjar` are
    two persons)."""
    starts = {s: e for s, e in other.mentions}
    for _, end in full.mentions:
        m = _ALIAS_GAP.get().match(text, end)
        if m is None or m.end() not in starts:
            continue
        close = starts[m.end()]
        if m.group(1) is None:
            if text[close : close + 1] == ")" and _bracket_alias(full.name, other.name):
                return True
            continue
        if m.group(1) == "alias":
            return True
        if " " not in other.name and _shares_start(full.name, other.name):
            return True
    return False


def _shares_start(full: str, nick: str) -> bool:
    """Whether a word of ``nick`` opens like a word of ``full`` (Jokowi/Joko, Armand/Arman)."""
    starts = {w.lower()[:_NICK_PREFIX] for w in full.split()}
    return any(w.lower()[:_NICK_PREFIX] in starts for w in nick.split())


def _bracket_alias(full: str, inner: str) -> bool:
    """A one-word name in brackets after a name is its short name (`Joko Widodo (Jokowi)`,
    `Ahsanul (Anol)`); a longer one is only when it is no longer and shares the opening of a word
    (`Tubagus Arman Maulana (Armand Maulana)`): a role and its actor (`Hyun Su (Song Kang)`,
    `Tess (Maggie Q)`) are two persons."""
    if " " not in inner:
        return True
    return len(inner.split()) <= len(full.split()) and _shares_start(full, inner)


def _fold_aliases(text: str, persons: list[Person]) -> list[Person]:
    """One person per person: a second name written as an alias of a name before it (brackets,
    `atau`, `alias`) joins that person, named by the fuller of the two (`_fuller_name`:
    `Woodyrman alias Mohamad Irman Ali`, `Saudara NOP (Nopriansyah)`; GUIDELINES §2: the fullest
    form the article gives)."""
    out = list(persons)
    for full in persons:
        if full not in out:
            continue
        for other in persons:
            if other is full or other not in out or not _alias_after(text, full, other):
                continue
            i = out.index(full)
            spans = set(full.mentions) | set(other.mentions)
            # Tubagus Arman Maulana's `Maulana` inside Armand Maulana: the longer mention stays
            kept = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
            full = Person(name=_fuller_name(full.name, other.name), mentions=tuple(sorted(kept)))
            out[i] = full
            out.remove(other)
    return out


def _fuller_name(first: str, alias: str) -> str:
    """Of a name and its alias, the one with more name words; of as many, the first unless it is
    initials in capitals and the alias is not (`NOP` and `Nopriansyah`: the name)."""
    a, b = len(name_tokens(first)), len(name_tokens(alias))
    if b > a or (b == a and _ACRONYM.get().fullmatch(first) and not _ACRONYM.get().fullmatch(alias)):
        return alias
    return first


def _split_officials(
    cands: Sequence[tuple[str, Span]], groups: list[list[int]], official_names: set[str]
) -> list[tuple[list[int], list[Span]]]:
    """Groups by person, with an official's name held apart from a longer official's name it is
    part of (Ny. Surya Made Wiryasanta and Bupati Made Wiryasanta are two officials, so two persons,
    as `extract_officials` has them). Each group comes with the spans of the longer name its
    mentions must not lie inside."""
    out: list[tuple[list[int], list[Span]]] = []
    for group in groups:
        head = cands[group[0]][0]
        apart = [k for k in group[1:] if cands[k][0] != head and cands[k][0] in official_names]
        if head not in official_names or not apart:
            out.append((group, []))
            continue
        names = {cands[k][0] for k in apart}
        moved = [k for k in group if cands[k][0] in names]
        rest = [k for k in group if k not in moved]
        longer = [cands[k][1] for k in rest]
        out.append((rest, []))
        for name in dict.fromkeys(cands[k][0] for k in moved):
            out.append(([k for k in moved if cands[k][0] == name], longer))
    return out


def _group_spans(
    text: str, cands: Sequence[tuple[str, Span]], group: list[int], index: CapIndex
) -> set[Span]:
    """The group's candidate spans and every mention of its fullest name in the text."""
    return {cands[k][1] for k in group} | set(_find_mentions(text, cands[group[0]][0], index))
