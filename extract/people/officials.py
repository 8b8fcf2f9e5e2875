"""Officials: who holds which position (GUIDELINES §2), one entry per person.

The role mentions come from `roles.scan_roles` (the grammar), are grouped by person with
`names.group_by_person`, and each person gets the fullest name and the longest title written
next to it; a post given in a clause after the name (`Sinen yang juga selaku Ketua TPPS`) is
taken only when no post is written next to the name itself (a second post does not replace the
first).

Read across the article (issue 13): a post whose holder's name the page lost is held by the one
person named after it (`_blank_holders`); a post written for a list of holders gives way to a post
written for the person alone (`_own_post`); a bare head takes the one region the article writes
after it elsewhere (`_region_written_apart`); a body's word the model took into a holder's name
goes back to the title when another post holds it (`_body_word_before_name`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import regex

from ..records import Entity, EntityLabel, Official, Span
from ..text.patterns import whole_words
from ..text.tokens import next_word, prev_word, tokenize
from ..text.words import given_names, in_order, listed_body_short_name, speech_verbs, word_set
from .lexicon import (
    lower_particles,
    match_head,
    match_region,
    office_heads,
    one_of_words,
    role_words,
    title_prefixes,
    word_marker,
)
from .names import display_name, fuller_name, group_by_person, misspelt_names, name_tokens, same_person
from .persons import entity_names
from .roles import RoleMention, scan_roles
from .titles.elements import tidy_title, unbracketed_length

__all__ = ["extract_officials"]

#: Characters read on each side of a name for a speech verb.
_VERB_REACH = 30


def extract_officials(
    text: str,
    *,
    entities: Sequence[Entity] = (),
    roles: Sequence[RoleMention] | None = None,
    names: Sequence[tuple[str, Span]] | None = None,
) -> list[Official]:
    """Every person named with a position in an organisation, one entry per person.

    Args:
        text: the cleaned article text.
        entities: the vetted NER entities; PER spans fix where a name starts and ends. May be empty.
            Used only when ``roles`` is not given.
        roles: the article's role mentions (`scan_roles`), when the caller has them.
        names: ``entity_names(text, entities, roles)`` when the caller has them (persons read
            them too).

    Returns:
        Officials in order of first mention: the fullest name (no honorifics, degrees or
        ranks), the longest title written next to it, the span of the mention giving that
        title and the span of the name inside it.

    >>> t = "Hadir pula Camat Bukit Batu Hendrikus Budi serta Sekcam Utomo beserta jajarannya."
    >>> [(o.name, o.title) for o in extract_officials(t)]
    [('Hendrikus Budi', 'Camat Bukit Batu'), ('Utomo', 'Sekcam')]
    >>> t = "Sementara itu Marini, Ketua Sanggar Kahanjak Huang mengatakan hal itu."
    >>> extract_officials(t)
    [Official(name='Marini', title='Ketua Sanggar Kahanjak Huang', span=(14, 50), name_span=(14, 20))]
    """
    if roles is None:
        roles = scan_roles(text, entities)
    # a listed body's short name alone (`Unila`, `Danantara`) is the body, no holder (as in persons)
    mentions = [m for m in roles if m.official and not listed_body_short_name(m.name)]
    if names is None:
        names = entity_names(text, entities, roles)
    mentions += _blank_holders(text, roles, names)
    mentions = [_body_word_before_name(text, m, mentions, names) for m in mentions]
    out: list[tuple[int, Official]] = []
    listed = _listed_posts(mentions)
    groups = group_by_person([(m.name, m.name_span) for m in mentions], short_forms=True)
    parts = [part for group in groups for part in _split_namesakes([mentions[k] for k in group])]
    parts = _join_misspelt(parts, listed)
    parts = _join_written_short(parts)
    written = [(m.name, m.name_span) for m in roles if not m.official] + list(names)
    others = [n for n, _ in written]
    per_spans = [e.span for e in entities if e.label == EntityLabel.PER]
    for g in parts:
        best = max(g, key=lambda m: _title_rank(m, g, listed))
        first = min(m.name_span[0] for m in g)
        held = {p[0].name for p in parts if p is not g}
        name = _fullest_name(g[0].name, [o for o in others if o not in held])
        if name == g[0].name:
            name = _named_earlier_in_full(
                name, first, [(n, s) for n, s in written if n not in held], entities
            )
        title, span, name_span = best.title, best.span, best.name_span
        if (before := _name_before_holder(text, g, per_spans)) is not None:
            name, title, span, name_span = _with_name_before(text, best, before)
        title, span = _glued_tail(text, title, name, (span, name_span))
        title = _after_other_holder(title, name, [p[0].name for p in parts if p is not g] + others)
        title = _region_written_apart(
            text, title, [b.title for p in parts if p is not g for b in p], min(m.span[0] for m in g)
        )
        out.append((first, Official(name=name, title=title, span=span, name_span=name_span)))
    out.sort(key=lambda x: x[0])
    return [o for _, o in out]


#: Words a holder's name keeps once a body's word opening it moves to the title: a name of one
#: word left may be the body's second word (`Bank Mega Syariah`).
_NAME_LEFT_WORDS = 2


def _body_word_before_name(
    text: str, m: RoleMention, mentions: Sequence[RoleMention], names: Sequence[tuple[str, Span]]
) -> RoleMention:
    """`CEO Xiaomi Lei Jun …` and `Presiden Xiaomi Group Lu Weibing`: a holder's name written
    right after the post and opening with a word that the article writes inside another post
    (`Chief Medical Officer Halodoc`, `CEO BPI Danantara`) opens with the body the post belongs
    to, which the model took into the name: the word ends the title, the name is the rest
    (GUIDELINES §2: the title includes its body). Only a capitalised word that is no given name
    nor a name particle (`I Gede …` beside `Asisten I`), and only when the article shows the word
    is no part of the name: it names the holder without it (`Lei Jun`, `Rosan Roeslani`) or the
    word opens another holder's name (`Chief Operating Officer Halodoc Alfonsius …`, `Chief
    Marketing Officer Halodoc Fibriyani …`); a post written for the holder's name (`Stafsus
    Yaqut` of `Menag Yaqut Cholil Qoumas`) is neither. The body may speak (`Xiaomi mengatakan`).
    Evidence: news-raw nr01501, nr01799 (two holders), nr00881 (the same holder written twice)."""
    words = name_tokens(m.name)
    first = words[0] if words else ""
    a, b = m.name_span
    if (
        m.clause
        or len(words) <= _NAME_LEFT_WORDS
        or not first[:1].isupper()
        or first.lower() in given_names() | lower_particles()
        or not text.startswith(first + " ", a)
        or not m.name.startswith(first + " ")
        or m.name_span[0] <= m.span[0]
    ):
        return m
    if not any(o.name_span != m.name_span and first in o.title.split() for o in mentions):
        return m
    rest = m.name[len(first) :].strip()
    if len(set(name_tokens(rest))) != len(name_tokens(rest)):
        return m  # a word twice: a run-on of two sentences (`Winarti Winarti`), no name to trust
    apart = any(
        first not in name_tokens(n) and _same_but_initials(rest, n) for n, (c, d) in names if d <= a or c >= b
    )
    another = any(name_tokens(o.name)[:1] == [first] and not same_person(o.name, m.name) for o in mentions)
    if not apart and not another:
        return m
    return replace(m, name=rest, title=tidy_title(f"{m.title} {first}"), name_span=(a + len(first) + 1, b))


def _same_but_initials(name: str, other: str) -> bool:
    """Whether ``other`` names the person ``name`` does, one as a part of the other
    (`same_person`) or the same words but initials (`Rosan Roeslani`, `Rosan P. Roeslani`)."""
    words = [w.lower() for w in name_tokens(name) if len(w) > 1]
    return (
        same_person(name, other)
        or same_person(other, name)
        or words == [w.lower() for w in name_tokens(other) if len(w) > 1]
    )


#: `Menteri Keuangan , meminta`, `Menteri Koperasi dan UMKM, , mengatakan`: a post's holder left
#: out (a link's words lost): a comma after a space, or two commas, then a lowercase word.
_HOLE = regex.compile(r"(?<=\w)(?:[ \t]+,|,[ \t]*,)(?=[ \t]*\p{Ll})")
#: Characters read back from a hole for the post before it.
_HOLE_REACH = 100


def _blank_holders(
    text: str, roles: Sequence[RoleMention], names: Sequence[tuple[str, Span]]
) -> list[RoleMention]:
    """`Menteri Keuangan , meminta empat bank …` … `kata Sri Mulyani`: a post whose holder's name
    the page lost (`_HOLE`) is held by the one person the article names after it with no post of
    their own; nothing when it names several (whose post?) or none. The hole must stand where the
    holder's name is read, before the post's own act (`_acts_after`: `meminta`, `mengatakan`; not
    `, didampingi` or `, dan`: a typo's space), and the person must speak as its holder does, a
    speech verb right before the name (`kata Sri Mulyani`; not `Salah satu penerima, Siti Aminah,
    mengaku`: a resident's words; nor one described as a resident after the name, `kata Budi
    Santoso, warga desa`: `_described_apart`). The post is the capitalised run from an official head to the
    hole (`_post_before_hole`), outside every role mention. Evidence: news tune nr08015, nr08065
    (2 of the 4 such holes in news-raw; the others name no one or no body)."""
    out = []
    posts = {m.name for m in roles if m.official}
    for hole in _HOLE.finditer(text):
        found = _post_before_hole(text, hole.start())
        if found is None or any(m.span[0] <= found[0] < m.span[1] for m in roles):
            continue
        if not _acts_after(text, hole.end()):
            continue
        if (holder := _lone_speaker(text, names, posts, hole.end())) is None:
            continue
        name, span = holder
        out.append(RoleMention(name, text[found[0] : found[1]], found, span, True, clause=True))
    return out


def _lone_speaker(
    text: str, names: Sequence[tuple[str, Span]], posts: set[str], after: int
) -> tuple[str, Span] | None:
    """The one person named after ``after`` with no post (not in ``posts``) who speaks as a
    holder does, a speech verb right before the name (`kata Sri Mulyani`), and is never described
    as a resident after it (`_described_apart`); None when several are named (whose post?) or none.
    """
    later = [(n, sp) for n, sp in names if sp[0] >= after and n not in posts]
    people = group_by_person(later)
    if len(people) != 1 or not any(
        prev_word(text, later[k][1][0]).lower() in speech_verbs() for k in people[0]
    ):
        return None
    if any(_described_apart(text, later[k][1][1]) for k in people[0]):
        return None  # a resident's words, no holder's
    return later[people[0][0]]


def _acts_after(text: str, at: int) -> bool:
    """Whether the word after a hole at ``at`` is the post's act, where a subject's name ends: a
    speech verb (`mengatakan`), a headline's verb (`meminta`) or a `me-` predicate read after
    subjects in news-raw (`memprediksi`: names_predicate_words.txt); no noun or preposition
    (`menteri`, `melalui`, `meski`)."""
    word = regex.match(r"\s*(\p{Ll}+)", text[at : at + 40])
    if word is None:
        return False
    verb = word[1]
    return (
        verb in speech_verbs()
        or verb in word_set("entities_headline_verbs.txt")
        or (verb.startswith("me") and verb in word_set("names_predicate_words.txt"))
    )


def _described_apart(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is described after a comma as no official
    (`kata Budi Santoso, warga desa`: officials_nonofficial.txt), one filler word allowed
    (`seorang warga`)."""
    words = regex.match(r"\s*,\s*(\p{Ll}+)(?:\s+(\p{Ll}+))?", text[end : end + 60])
    if words is None:
        return False
    nonofficial = word_set("officials_nonofficial.txt")
    return words[1] in nonofficial or (words[1] in one_of_words() and words[2] in nonofficial)


def _post_before_hole(text: str, hole: int) -> Span | None:
    """The span of the post ending at ``hole``: an official head, then capitalised words and
    `dan`/`&` only (`Menteri Koperasi dan UMKM`), on the hole's line; None if there is none."""
    start = max(text.rfind("\n", 0, hole) + 1, hole - _HOLE_REACH)
    toks = tokenize(text[start:hole])
    for i in range(len(toks)):
        head = match_head(toks, i)
        if head is None or not head.official or not toks[i].text[:1].isupper():
            continue
        rest = toks[head.end :]
        if all(t.text[:1].isupper() or t.text.lower() in role_words("and_word") | {"&"} for t in rest):
            return start + toks[i].start, start + toks[-1].end
    return None


def _region_written_apart(text: str, title: str, other_titles: Sequence[str], first: int) -> str:
    """`Bupati HM Noor Rifani …` and later `Dijelaskan Bupati Tabalong, …`: a bare official head
    (the whole title, no body or region) that the article writes elsewhere with a region and no
    holder after it names the same post written long: the long title wins (GUIDELINES §2). Only
    when the article writes the head with one region alone, no other official's title opens with
    the head (two regents: whose region is it?), and no document or building word stands before it
    (`SK Bupati Mesuji`, `Kantor Bupati Jembrana`: the post's paper or house). The post with its
    region is written after the holder's first mention (at ``first``) or opens a sentence (a
    headline): `menerima kunjungan Perdana Menteri Jepang` before `Perdana Menteri Han …` is a
    visitor's post. The post with its region must act as its holder does (`_acts_as_holder`:
    `Dijelaskan Bupati Tabalong`, `Presiden AS itu`), not stand for another party (`belajar dari
    Bupati Balangan`, `kunjungan Presiden Prancis`, `di bawah Kapolres Lampung Selatan`).
    Evidence: dev tune D1_12 (`Bupati Tabalong`), news-raw (see the commits)."""
    toks = tokenize(title)
    head = match_head(toks, 0)
    if head is None or not head.official or head.end != len(toks):
        return title
    if any(o.lower().split()[: len(toks)] == title.lower().split() for o in other_titles):
        return title
    regions = {
        region
        for a, b in whole_words(text, title)
        if (a >= first or _opens_sentence(text, a))
        and (region := _region_after(text, a, b))
        and _acts_as_holder(text, a, text.index(region, b) + len(region))
    }
    if len(regions) != 1:
        return title
    long = f"{title} {regions.pop()}"
    return title if _another_holders(text, long) else long


def _another_holders(text: str, post: str) -> bool:
    """Whether the article writes ``post`` (a head with its region) anywhere as another party's
    (`bertemu Bupati Lampung Timur`, `kepada`, `dengan`, `dan`: `other_party`) or before a name
    (`Bupati Lampung Timur Dawam Rahardjo`): two holders of the head, the region may be the other's.
    """
    for a, b in whole_words(text, post):
        if prev_word(text, a).lower() in role_words("other_party"):
            return True
        after = next_word(text, b)
        if after[:1].isupper() and after.isalpha():
            return True
    return False


def _region_after(text: str, a: int, b: int) -> str:
    """The region written right after a head at ``a``–``b`` on its line, with no capitalised word
    after it (a holder's name) and no document or building word before the head; "" if none."""
    before = text[max(0, a - 30) : a].split()
    if before and before[-1].lower() in role_words("document") | role_words("building"):
        return ""
    if before and _longer_head(f"{before[-1]} {text[a:b]}"):
        return ""  # Wakil Bupati Tabalong: another post
    line = text[b : b + 80].split("\n", 1)[0]
    toks = tokenize(line)
    end = match_region(toks, 0, len(toks))
    if end == 0 or (end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha()):
        return ""
    return line[toks[0].start : toks[end - 1].end]


#: Words right before a post written with its region that make it the holder's own: it is held
#: (`menjabat Presiden AS`) or in that capacity (`selaku Bupati Tabalong`), or the speaker's
#: (`Menurut Bupati Mesuji, …`).
_HELD_BEFORE = frozenset({"menjabat", "selaku", "menurut"})
#: `saat ditemui`, `ketika dikonfirmasi`: a time word and a passive verb between a speaker and
#: the speech verb.
_WHEN_ASKED = frozenset({"saat", "ketika"})
#: Words read after a post for its speech verb: adverbs and a `saat ditemui` between them.
_WORDS_TO_VERB = 3


def _acts_as_holder(text: str, a: int, b: int) -> bool:
    """Whether a post written at ``a``–``b`` with its region acts as a holder does: a speech cue
    right before it, the speaker's (`Dijelaskan Bupati Tabalong`, `disampaikan oleh Bupati
    Mesuji`, `kata Bupati Mesuji`, `Menurut Bupati Mesuji`), a word that holds it
    (`_HELD_BEFORE`), or after it a speech verb (`_speaks_after`: `Bupati Mesuji mengatakan,`,
    `Bupati Mesuji juga mengatakan`) or `itu` taking up a person named before (`Presiden AS itu
    juga memicu …`). A post after a preposition or another party's word (`dari`, `di bawah`,
    `kunjungan`, `langkah`) is that party's, no holder written apart. A post opening the text or
    a line is a headline's subject (`Bupati Lampung Timur tambah anggaran …`)."""
    if a == 0 or text[a - 1] == "\n":
        return True
    before = prev_word(text, a).lower()
    if before == "" and (by := regex.search(r"(\p{L}+)[ \t]+oleh[ \t]+$", text[max(0, a - 60) : a])):
        before = by[1].lower()  # `disampaikan oleh  Bupati Mesuji`: blanks as typed
    elif before == "oleh":
        before = prev_word(text, a - len("oleh ")).lower()
    if before in speech_verbs() or before in word_set("quotes_passive_verbs.txt") or before in _HELD_BEFORE:
        return True
    return _speaks_after(text[b : b + 60])


def _speaks_after(after: str) -> bool:
    """Whether the words opening ``after`` (what follows a post with its region) are its speech
    verb, punctuation after it allowed (`mengatakan, harga …`), or `itu`; adverbs
    (`clause_adverb`: `juga`, `pun`) and `saat ditemui` may stand before the verb, nothing else.

    >>> _speaks_after(" saat ditemui mengatakan, harga beras stabil")
    True
    >>> _speaks_after(", harga beras stabil, kata dia")
    False
    """
    words = regex.findall(r"\p{L}+|[^\s\p{L}]", after)
    if words[:1] == ["itu"]:
        return True
    k = 0
    while k < min(len(words), _WORDS_TO_VERB + 1):
        word = words[k]
        if word in speech_verbs():
            return True
        if word in role_words("clause_adverb"):
            k += 1
        elif word in _WHEN_ASKED and k + 1 < len(words) and regex.fullmatch(r"di\p{Ll}{3,}", words[k + 1]):
            k += 2
        else:
            return False
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a line or a sentence (after `.`, `!` or `?`)."""
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _longer_head(words: str) -> bool:
    """Whether a head opening at the first of ``words`` runs past it (`Wakil Bupati`)."""
    head = match_head(tokenize(words), 0)
    return head is not None and head.end > 1


def _title_rank(
    m: RoleMention, group: list[RoleMention], listed: frozenset[int]
) -> tuple[bool, bool, bool, int, int, int]:
    """How one person's mention ranks for the title they get, highest first: a post written next
    to the name over a second description in a clause (unless the clause gives the same post
    longer), a post held now over a former one, a post of the person's own over another post
    written for a list of holders (`_own_post`), the longest post (`_post_length`), then the
    earliest mention."""
    return (
        not m.clause or _same_post_longer(m, group),
        not _former(m),
        _own_post(m, group, listed),
        *_post_length(m),
        -m.span[0],
    )


def _listed_posts(mentions: Sequence[RoleMention]) -> frozenset[int]:
    """Where a post written for several holders at once starts (`tiga anggota MKMK, yakni A, B,
    dan C`): the span starts that two mentions or more share."""
    starts = Counter(m.span[0] for m in mentions)
    return frozenset(s for s, c in starts.items() if c > 1)


def _own_post(m: RoleMention, group: list[RoleMention], listed: frozenset[int]) -> bool:
    """`tiga anggota MKMK, yakni Jimly …, Bintan … dan …` … `ujar Jimly selaku ketua MKMK`: a post
    written for a list of holders says what they share; another post written for the person alone
    says which one is theirs, and wins. The same post written longer in the list still wins
    (`Bupati dan Wakil Bupati Sleman …` over `Bupati …`: neither title is another post)."""
    if m.span[0] not in listed:
        return True
    return not any(
        o.span[0] not in listed and not o.clause and o.title not in m.title and m.title not in o.title
        for o in group
    )


def _post_length(m: RoleMention) -> tuple[int, int]:
    """How long a mention's post is, for the longest title of GUIDELINES §2: its characters without
    the bracketed abbreviations (`Ketua Umum (Ketum) Golkar` is shorter than `Ketua Umum
    Partai Golkar`), then as written (`Menteri Keuangan (Menkeu)` over `Menteri Keuangan`)."""
    return unbracketed_length(m.title), len(m.title)


def _former(m: RoleMention) -> bool:
    """mantan Menteri Pertahanan …, Presiden Prabowo: a post held before (`former`: mantan, eks)
    gives the title only when no post held now is written for the person."""
    return m.title.split(" ", 1)[0].lower() in role_words("former")


def _same_post_longer(m: RoleMention, group: list[RoleMention]) -> bool:
    """Ananda ditunjuk sebagai Direktur Utama Mandalika Grand Prix Association … Ananda sebagai
    Direktur Utama: a post given in a clause that writes out in full a post given next to the
    name is that post, no second one: the long title wins (GUIDELINES §2); not when the clause
    joins another post to it (Prabowo dan Gibran dilantik menjadi Presiden dan Wakil Presiden)."""
    return m.clause and any(
        not o.clause
        and m.title.startswith(o.title + " ")
        and m.title[len(o.title) :].split()[0].lower() not in role_words("and_word")
        for o in group
    )


def _split_namesakes(group: list[RoleMention]) -> list[list[RoleMention]]:
    """Ketua TP PKK Ny. Surya Made Wiryasanta and Bupati Made Wiryasanta: a name of two words or more
    inside a longer one, written with a post of its own that neither title holds, is another
    person (a wife named with her husband's name); one that opens the longer name is the same
    person written short (Dubes Abdul Aziz of Duta Besar … Abdul Aziz Ahmad), and so is the longer
    name with its initials left out (CEO BPI Danantara Rosan Roeslani of CEO … Rosan P. Roeslani:
    news-raw nr00881)."""
    full = group[0].name
    opening = [w.lower() for w in name_tokens(full)]
    apart: dict[str, list[RoleMention]] = {}
    for m in group[1:]:
        words = [w.lower() for w in name_tokens(m.name)]
        if (
            m.name != full
            and 2 <= len(words) < len(opening)
            and opening[: len(words)] != words
            and [w for w in opening if len(w) > 1] != words
            and not any(m.title in o.title or o.title in m.title for o in group if o.name == full)
        ):
            apart.setdefault(m.name, []).append(m)
    if not apart:
        return [group]
    moved = {id(m) for ms in apart.values() for m in ms}
    return [[m for m in group if id(m) not in moved], *apart.values()]


def _join_misspelt(parts: list[list[RoleMention]], listed: frozenset[int]) -> list[list[RoleMention]]:
    """`Sekjen KPU Bernad Dermawan Sutrisno` … `Bernad Darmawan Sutrisno selaku Sekretaris Jenderal
    Komisi Pemilihan Umum`: two holders of one post (`_same_post`) whose names are one name with a
    letter slipped (`names.misspelt_names`, the reading persons fold by) are one person written
    twice, one entry (GUIDELINES §2); the name is the spelling written more often, then the earlier,
    as persons choose (`names._spelling_weight`): one spelling in officials, persons and quotes
    (GUIDELINES §7). Preferring the spelling news-raw holds as a person's name in more articles, in
    both, cost news tune 2 persons: an article's own spelling is its annotation's.
    Namesakes holding two posts, or one post in two regions, stay two people (`Ketua DPRD
    Purwakarta Dedi Mulyadi`, `Sekretaris Daerah Purwakarta Dedi Mulyana`)."""
    out: list[list[RoleMention]] = []
    for part in parts:
        same = next((g for g in out if misspelt_names(g[0].name, part[0].name) and _same_post(g, part)), None)
        if same is None:
            out.append(part)
            continue
        joined = same + part
        written = Counter(m.name for m in joined)
        first = {m.name: min(o.name_span[0] for o in joined if o.name == m.name) for m in joined}
        best = max(joined, key=lambda m: (written[m.name], -first[m.name]))
        out[out.index(same)] = sorted(joined, key=lambda m: m.name != best.name)
    return out


def _same_post(a: list[RoleMention], b: list[RoleMention]) -> bool:
    """Whether two holders' mentions hold one post: the titles write one post (`_one_post`) or one
    title's words hold the other's (`Kadis Pendidikan Garut`, `Kepala Dinas Pendidikan Garut`;
    `Ketua DPRD`, `Ketua DPRD Garut`). Two holders of different posts (`Ketua DPRD Purwakarta Dedi
    Mulyadi`, `Sekretaris Daerah Purwakarta Dedi Mulyana`) or of one post in two regions (`Ketua DPRD
    Garut`, `Ketua DPRD Tasikmalaya`) are two people whatever their names."""
    return any(_one_post(m.title, o.title) or _words_within(m.title, o.title) for m in a for o in b)


def _words_within(a: str, b: str) -> bool:
    """Whether the words of the shorter title of ``a`` and ``b`` are all among the longer's."""
    x, y = sorted(({w.lower() for w in regex.findall(r"\p{L}+", t)} for t in (a, b)), key=len)
    return bool(x) and x <= y


def _join_written_short(parts: list[list[RoleMention]]) -> list[list[RoleMention]]:
    """`Menteri Sosial Tri Rismaharini` … `Mensos Risma`, `Ketua KPU Mochammad Afifuddin` … `Ketua
    KPU Affifuddin`, `Kasat Polairud AKP Gede Sukarmadiyasa` … `Kasat Polairud AKP Gede`: a holder
    written with one word that writes the one longer holder's name short (`fuller_name`: a clip,
    a respelling, a word of it) is that holder when both hold one post (`_one_post`): one entry
    with the fullest name (GUIDELINES §2). Evidence: news-raw nr09824, nr00373, nr00231, every
    such pair of holders of one post in news-raw; a clip holding another post (`Camat Budi`,
    `Kapolsek Budiman Santoso`) may be another person and stays apart."""
    out = list(parts)
    for part in parts:
        if len(name_tokens(part[0].name)) != 1:
            continue
        longer = [g for g in out if g is not part and len(name_tokens(g[0].name)) > 1]
        full = fuller_name(part[0].name, [g[0].name for g in longer])
        home = next((g for g in longer if g[0].name == full), None)
        if home is None or not any(_one_post(m.title, o.title) for m in part for o in home):
            continue
        home.extend(part)
        out.remove(part)
    return out


#: Letters of each piece of a post's word kept in its short form (`Men`+`sos` of `Menteri Sosial`).
_SHORT_PIECE = 2


def _one_post(a: str, b: str) -> bool:
    """Whether titles ``a`` and ``b`` write one post: the same words, or the first word of one a
    short form of the other's first words and the words after it the same (`Mensos`, `Menteri
    Sosial`; `Kadis Pendidikan Garut`, `Kepala Dinas Pendidikan Garut`), the longer title free to go
    on to its body or region (`Kades`, `Kepala Desa Sukamaju`; `Kasat Polairud`, `Kepala Satuan
    Polairud Polres Garut`), or the words after the short form spelling the initials of the rest
    (`Sekjen KPU`, `Sekretaris Jenderal Komisi Pemilihan Umum`).
    A short form is pieces (`_SHORT_PIECE` letters or more) of two words or more in order, the
    first opening the first word (`Men`+`sos`); a short form the lexicon lists (officials_titles.txt
    in capitals, officials_title_prefixes.txt: `Kadis`, `Kasat`, `Kades`, `Jubir`) may also take a
    word's first letter and others of it (`Ka` of `Kepala`, `Dis` of `Dinas`, `Bir` of `Bicara`).
    A head written alone is no short form of a longer title (`Wakil`, `Wakil Bupati Garut`;
    `Ketua`, `Ketua RT 05`); with words after it, it is (`Ketua KPU`, `Ketua Komisi Pemilihan
    Umum`).

    >>> _one_post("Mensos", "Menteri Sosial"), _one_post("Kadis", "Kepala Dinas")
    (True, True)
    >>> _one_post("Wakil", "Wakil Bupati Garut"), _one_post("Sekjen KPU", "Sekretaris Jenderal KPU")
    (False, True)
    """
    x, y = (regex.findall(r"\p{L}+|\d+", t.lower()) for t in (a, b))
    if x == y:
        return True
    if not (x and y):
        return False
    (short, *rest), long_ = sorted((x, y), key=len)
    listed = short in office_heads() or short.capitalize().startswith(title_prefixes())
    # the words after the short form are among the words after those it shortens, in order (the
    # long title may add a level or go on: `Kabupaten`), or spell their initials (`KPU`)
    return any(
        (in_order(rest, long_[k:]) or "".join(rest) == "".join(w[0] for w in long_[k:]))
        and _pieces_of(short, long_[:k], opening=True, clipped=listed)
        for k in range(1 if rest else 2, len(long_) + 1)
    )


def _pieces_of(short: str, words: list[str], *, opening: bool, clipped: bool = False) -> bool:
    """Whether ``short`` is pieces (`_SHORT_PIECE` letters or more) of all ``words`` in order, one
    piece inside each word; with ``opening`` the first piece opens the first word; with
    ``clipped`` a piece may also be the word's first letter and others of it in order (`ka` of
    `kepala`, `dis` of `dinas`, `bir` of `bicara`)."""
    if not short or not words:
        return not short and not words
    w = words[0]
    for n in range(len(short), _SHORT_PIECE - 1, -1):
        piece = short[:n]
        fits = w.startswith(piece) if opening else piece in w
        fits = fits or (clipped and piece[0] == w[0] and in_order(piece[1:], w[1:]))
        if fits and _pieces_of(short[n:], words[1:], opening=False, clipped=clipped):
            return True
    return False


def _name_before_holder(text: str, group: list[RoleMention], per_spans: Sequence[Span]) -> Span | None:
    """Kepala Dinas PUPR Tulangbawang, Puncak Stiawan … kata Puncak; dengan Awal Riyanto, seorang
    peneliti: the model's person that ends where a holder's name ends and starts before it (the
    persons' name) is the holder's fullest name (GUIDELINES §2), its first words the role cut off
    as a common word or the title's last word, when each such word stands nowhere else in the
    article outside a person's name (`BU Head Yamiku Yosef …`, `cabang Yamiku`: a body's)."""
    for m in group:
        a, b = m.name_span
        for c, d in per_spans:
            if d != b or c >= a:
                continue  # the words before the name split only for a person ending with it
            words = text[c:a].split()
            if _first_words(text, m, c, words) and _named_only(text, words, per_spans):
                return c, d
    return None


def _first_words(text: str, m: RoleMention, c: int, words: list[str]) -> bool:
    """Whether ``words`` (from ``c`` up to the holder's name) may open the name: capitalised, no
    honorific or degree (`Pak`), no post (`Bupati`); inside the mention only after the comma
    that ends its title (`… Tulangbawang, Puncak`, not `Kepala Dinas Sosial`)."""
    if not text[c : m.name_span[0]].endswith((" ", ",")):
        return False  # HM Kunang, the holder `M Kunang`: a marker glued to the name, no word of it
    if m.span[0] <= c and not text[:c].rstrip().endswith(","):
        return False
    return all(
        w[:1].isupper() and word_marker(w) is None and match_head(tokenize(w), 0) is None for w in words
    )


def _named_only(text: str, words: list[str], inside: list[Span]) -> bool:
    """Whether each of ``words`` stands in ``text`` only inside a person's name or alone as a
    speaker (`kata Puncak`, `Puncak mengatakan`)."""
    return all(
        any(x <= s and e <= y for x, y in inside) or _spoken(text, s, e)
        for w in words
        for s, e in whole_words(text, w)
    )


def _spoken(text: str, s: int, e: int) -> bool:
    """Whether a speech verb stands right before ``text[s:e]`` or right after it."""
    before, after = text[max(0, s - _VERB_REACH) : s].split(), text[e : e + _VERB_REACH].split()
    verbs = speech_verbs()
    return bool(before and before[-1].lower() in verbs) or bool(
        after and after[0].strip(",.").lower() in verbs
    )


def _with_name_before(text: str, best: RoleMention, span: Span) -> tuple[str, str, Span, Span]:
    """The holder ``best`` with the fuller name at ``span`` before its own: the title less those
    words when it ends with them (`… Tulangbawang, Puncak`), the mention's span widened."""
    title, extra = best.title, text[span[0] : best.name_span[0]].strip(", ")
    if title.endswith(" " + extra):
        title = tidy_title(title[: -len(extra)])
    return display_name(text[span[0] : span[1]]), title, (min(best.span[0], span[0]), best.span[1]), span


def _glued_tail(text: str, title: str, name: str, spans: tuple[Span, Span]) -> tuple[str, Span]:
    """A title whose last word the scraper glued to what follows it, a space lost: a numbered
    list's next item number (`selaku Ketua Komisi III DPRD OKU3. M Fahrudin …` where `OKU` stands
    elsewhere alone) is cut off; so is the holder's first name right before the name
    (`Direktur Utama Lion GroupEdward Sirait`, `Gubernur DKI JakartaAnies Baswedan`: a given
    name or the name's first word, the glued word written only once, as a brand's own inner
    capital is not). The name stays as the persons give it (`Sirait`). Returns the title and
    the mention's span, cut with the list number (the glued given name stays inside it, as the
    name's span does)."""
    (a, b), name_span = spans
    last = title.split()[-1] if title.strip() else ""
    pos = text.rfind(last, a, b) if last else -1
    if pos < 0:
        return title, (a, b)
    end = pos + len(last)
    digits = len(last) - len(last.rstrip("0123456789"))
    if 0 < digits < len(last) and text[end : end + 1] == "." and _stands_alone(text, last[:-digits], pos):
        return title[:-digits], (a, b - digits if b == end else b)
    cut = next((i for i in range(len(last) - 2, 1, -1) if last[i - 1].islower() and last[i].isupper()), 0)
    right = last[cut:]
    if (
        cut
        and right[1:].islower()
        and end + 1 == name_span[0]
        and sum(1 for _ in whole_words(text, last)) == 1
        and (name.split()[0] == right or right.lower() in given_names())
    ):
        return title[: -len(right)], (a, b)
    return title, (a, b)


def _after_other_holder(title: str, name: str, people: Sequence[str]) -> str:
    """Presiden Xi dan Perdana Menteri Li Qiang: a title whose part before `dan`/`serta` ends
    with a word of another person's name (one the article names elsewhere, not a word of the
    holder's own) joins two people, each with a post; the holder's post is the part after the
    last conjunction, when it opens with a position's head."""
    words = title.split()
    own = {w.lower() for w in name_tokens(name)}
    theirs = {w.lower() for p in people for w in name_tokens(p)} - own
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() in role_words("and_word"):
            rest = " ".join(words[k + 1 :])
            if (
                words[k - 1][:1].isupper()
                and words[k - 1].lower() in theirs
                and match_head(tokenize(rest), 0)
            ):
                return rest
            break
    return title


def _stands_alone(text: str, word: str, pos: int) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word somewhere other than at ``pos``."""
    return any(s != pos for s, _ in whole_words(text, word))


#: Words a holder written short has: one (a surname or a given name); a name of two words
#: inside a longer one is another person as often as the same (a wife named with her husband's name).
_SHORT_HOLDER_WORDS = 1


def _named_earlier_in_full(
    name: str, first: int, written: Sequence[tuple[str, Span]], entities: Sequence[Entity]
) -> str:
    """Elon Musk mengumumkan …; Musk yang juga CEO Tesla Inc …: a holder written with one word
    (a surname, a middle or a given name) takes the one longer person name of the article that
    holds that word, when that name is written in full before the holder's first mention, the
    journalist's way of introducing a person and then writing them short (GUIDELINES §2, the
    fullest name). Two longer names holding the word (Joko Widodo, Iriana Widodo), or a longer
    name written only over or after the holder, or one whose other words the article writes in a
    place or a body (a title's region the model took into the name: Wali Kota Palangka Budiman …
    Wali Kota Budiman, with Kota Palangka a place), leave the name as written."""
    words = [w.lower() for w in name_tokens(name)]
    if len(words) != _SHORT_HOLDER_WORDS:
        return name
    fuller = {n for n, _ in written if len(name_tokens(n)) > 1 and same_person(name, n)}
    widest = {f for f in fuller if not any(g != f and same_person(f, g) for g in fuller)}
    if len(widest) != 1:
        return name
    full = widest.pop()
    before = any(e <= first for n, (_, e) in written if n == full)
    full_words = [w.lower() for w in name_tokens(full)]
    placed = {w.lower() for e in entities if e.label != EntityLabel.PER for w in name_tokens(e.text)}
    if (
        not before
        or len(set(full_words)) != len(full_words)
        or placed.intersection(set(full_words) - set(words))
    ):
        return name
    return full


def _fullest_name(name: str, others: Sequence[str]) -> str:
    """Harda Kiswaya mengatakan …; Harda yang juga Bupati Sleman …: a holder written short next
    to the title takes the one fuller name the article gives that person elsewhere (a PER
    entity, a name given with an occupation), the fullest form of GUIDELINES §2. Only a name
    the short one opens: words before it may be a form of address the model took in (Bunda
    Winarti), a word twice a run-on of two sentences (papar Winarti Winarti memastikan). Two
    different fuller names (Budi Santoso, Budi Hartono) leave the name as written."""
    words = [w.lower() for w in name_tokens(name)]
    fuller = set()
    for o in others:
        longer = [w.lower() for w in name_tokens(o)]
        if len(longer) > len(words) and longer[: len(words)] == words and len(set(longer)) == len(longer):
            fuller.add(o)
    widest = {f for f in fuller if not any(g != f and same_person(f, g) for g in fuller)}
    return widest.pop() if len(widest) == 1 else name
