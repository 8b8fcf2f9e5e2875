"""Entity vetting: every PER entity checked against its article, once, before any extractor.

A statistical model calls some capitalised things persons (``pandemi Covid-19``,
``Ketua Sanggar Kahanjak Huang``, ``Camat Petang``); the article itself tells them apart:
a thing word right before, a lowercase use of the same word elsewhere, the model calling the
same string a place elsewhere, a list whose other items are places or organisations. A person
context (``kata X``, an honorific, ``X mengatakan``) keeps a lone name. `vet_entities` is
called once, in `extract.article`; officials and persons take its result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import regex

from ..clean.lexicon import credit_before, outlet_after_name
from ..learn import LOW_DECADES
from ..people.corpus import (
    body_word_at,
    body_words_share,
    common_word_only,
    corpus_body_word,
    english_words_share,
    name_counts,
    opens_names_mostly,
    person_name_word,
    person_word_in_corpus,
)
from ..people.lexicon import (
    Marker,
    admin_words,
    after_event_word,
    company_forms,
    company_names,
    entity_cues,
    facility_words,
    geo_words,
    head_words,
    is_region_span,
    match_head,
    match_marker,
    match_region,
    named_bodies,
    named_made_thing,
    names_a_body,
    names_an_event,
    official_head_words,
    opens_facility,
    opens_with_kind,
    particle_len,
    place_end_words,
    place_kind_words,
    place_words,
    role_words,
    word_marker,
)
from ..people.names import described_before, listed_beside, name_tokens, names_run_together, strip_name
from ..people.titles import title_prefix_len
from ..records import Entity, EntityLabel
from ..resources import load_lines
from ..text.patterns import LazyPattern, whole_words
from ..text.tokens import (
    NUMBER,
    PUNCT,
    QUOTE_MARKS,
    SMALL_TEXT,
    WORD,
    Tok,
    abbreviation_word,
    next_word,
    next_word_past_comma,
    prev_word,
    tokenize,
    words_of,
)
from ..text.words import (
    LOCATIVES,
    NAMEISH,
    WordClass,
    area_bracket_end,
    area_list_placed,
    club_formed,
    common_words,
    folded,
    foreign_given_name,
    given_names,
    group_forms,
    listed_body_short_name,
    name_particles,
    org_acronyms,
    org_words,
    speech_verbs,
    word_class,
    word_set,
)
from .entities.bodies import CITY_WORD, _read_as_city
from .entities.tokens import (
    NO_ONE_CALLED,
    CalledAlone,
    Tokens,
    address_start,
    called_alone,
    called_at,
    placed_by_position,
    tokens,
    tokens_inside,
)
from .entities.words import (
    _TEAM_WORD_BEFORE,
    _words_by_kind,
    after_team_word,
    body_words_before,
    country_or_region,
    in_match_frame,
    sports_page,
)

__all__ = ["vet_entities"]

W = WordClass
_ROMAN = LazyPattern(r"[IVXLC]{1,6}")
#: Characters: a longer PER span is no name (and is not worth reading).
_MAX_SPAN = 200
_OPENING_LEAD = ("", ".", "-", "–", "—", '"', "“", ":")
_QUOTES_OPEN = QUOTE_MARKS - {"”", "’"}
_QUOTES_CLOSE = QUOTE_MARKS - {"“", "‘"}
_PERSON_MARKERS = (Marker.HON, Marker.RANK, Marker.REL, Marker.PRE)


@dataclass
class _Article:
    """What vetting one entity needs to know about the rest of the article."""

    text: str
    votes: dict[str, list[int]] = field(default_factory=dict)  # surface -> [PER, other]
    folded: dict[str, list[int]] = field(default_factory=dict)  # the same, surfaces casefolded
    other_ends: dict[int, Entity] = field(default_factory=dict)
    other_starts: dict[int, Entity] = field(default_factory=dict)
    rejected: dict[int, int] = field(default_factory=dict)  # end -> start of dropped PER entities
    lower: frozenset[str] = frozenset()  # words written in lowercase somewhere
    alone: frozenset[str] = frozenset()  # capitalised words standing alone mid-sentence (kata Slot.)
    namesakes: set[str] = field(default_factory=set)  # Sukarno Hatta of a `Jalan Sukarno Hatta`
    features: set[str] = field(default_factory=set)  # Merapi of a `Gunung Merapi`
    after_features: tuple[int, ...] = ()  # where a word opens after a capitalised feature's word
    other_words: dict[str, list[str]] = field(default_factory=dict)  # word -> places/bodies holding it
    other_spans: list[tuple[int, int]] = field(default_factory=list)  # spans of places and bodies
    per_spans: list[tuple[int, int]] = field(default_factory=list)  # the model's PER spans
    per_ends: dict[int, int] = field(default_factory=dict)  # a PER span's end -> its start
    per_heads: dict[int, int] = field(default_factory=dict)  # a listed PER name's start -> its end
    toks: Tokens | None = None  # the article's tokens, made for its first dropped name
    given_toks: Tokens | None = None  # the entity layer's tokens when the caller made them already
    places: dict[int, str] = field(default_factory=dict)  # the model's places by start, with ``toks``
    address_ends: frozenset[int] = frozenset()  # ends of places and bodies an address opens, with ``toks``
    placed_ends: set[int] = field(default_factory=set)  # ends of dropped names read as places
    spoken: frozenset[str] | None = None  # words written alone as a speaker, made when first asked


def _lower_words(text: str, tokens: Sequence[Tok] | None = None) -> frozenset[str]:
    """Words written in lowercase somewhere in ``text`` (``teba``, ``sak``, ``covid``); ``tokens``:
    ``tokenize(text)`` when the caller has it."""
    if len(text) <= SMALL_TEXT:
        toks = tokens if tokens is not None else tokenize(text)
        # each distinct word tested once: most words recur
        return frozenset(w for w in {t.text for t in toks if t.kind is WORD} if w[0].islower())
    return frozenset(w for w in words_of(text) if w[0].islower())


# the lowercase word is a lookbehind of one letter: a run of letters tried from each of its
# letters cost four times the whole pattern
_ALONE = LazyPattern(r"(?<=\p{Ll})[ \u00a0]+(\p{Lu}[\p{Ll}'’-]+)(?=[ \u00a0]*[,.;:!?)]|[ \u00a0]+\p{Ll})")


def _alone_words(text: str) -> frozenset[str]:
    """Capitalised words that stand alone after a lowercase word and before a lowercase word or a
    stop (`kata Slot.`, `pelatih Slot menilai`): a name's word used on its own."""
    return frozenset(m.group(1) for m in _ALONE.get().finditer(text))


def vet_entities(
    text: str,
    entities: Sequence[Entity],
    *,
    tokens: Sequence[Tok] | None = None,
    entity_tokens: Tokens | None = None,
) -> list[Entity]:
    """The entities with every PER one checked against its context: non-PER entities unchanged,
    PER spans cut before lowercase or glued words (``Andi Burhanudin kepadadetikSulsel`` ->
    ``Andi Burhanudin``) and PER entities that name a thing, a place or an organisation dropped;
    a club named with its form (``RB Leipzig``, ``Tribe Gaming``: `club_formed`) is an ORG.
    ``tokens``: ``tokenize(text)``, ``entity_tokens``: the entity layer's ``tokens(text)``, when
    the caller has them (each is made here otherwise).

    >>> from extract.records import Entity
    >>> t = "Ketua Sanggar Kahanjak Huang, Marini, mengatakan sanggar tetap produktif."
    >>> vet_entities(t, [Entity("Kahanjak Huang", "PER", (14, 28)), Entity("Marini", "PER", (30, 36))])
    [Entity(text='Marini', label='PER', span=(30, 36))]
    """
    called = called_alone(entities)
    ents = tuple(x for e in _join_hyphenated(text, entities) for x in _split_swallowed(text, e, called))
    ents = tuple(x for e in ents for x in _split_run_together(text, e, ents))
    # a body or a place retyped a person stays what the model read it as when vetting drops it
    per = {e.text for e in ents if e.label == EntityLabel.PER}
    others = [e.span for e in ents if e.label != EntityLabel.PER]
    retyped = {e.span: e for e in ents if _person_retyped(text, e, per, others)}
    ents = tuple(Entity(e.text, EntityLabel.PER.value, e.span) if e.span in retyped else e for e in ents)
    if not any(e.label == EntityLabel.PER for e in ents):
        return list(ents)
    art = _article(text, ents, tokens)
    art.given_toks = entity_tokens
    out: list[tuple[Entity, bool]] = []
    dropped_words: set[str] = set()
    # a body's other name in brackets (`PT Krama Yudha (Mitsubishi Fuso)`) is no person anywhere
    aliases = {" ".join(e.text.split()) for e in ents if _alias_of_body(art, *e.span)}
    for e in ents:
        read = (e, True) if e.label != EntityLabel.PER else _per_read(art, e)
        if read is None and e.span in retyped:
            read = retyped[e.span], True
        if read is not None:
            out.append(read)
        elif (word := _lone_word_dropped(text, e)) is not None:
            dropped_words.add(word)
    return _one_sense_per_article(art, ents, out, dropped_words, aliases)


def _per_read(art: _Article, e: Entity) -> tuple[Entity, bool] | None:
    """A model PER as the article reads it (a body, a feature, a vetted person, a listed place) with
    whether a context marks it; None: dropped, its end noted in ``art.rejected``."""
    if (body := _body_named(art, e)) is not None:
        return body, True
    if _feature_named(art, e) or _venue_named(e) or _measured_as_land(art.text, e):
        return Entity(e.text, EntityLabel.LOC.value, e.span), True
    v, marked = _vet_one(art, e)
    if v is not None:
        return v, marked
    art.rejected[e.span[1]] = e.span[0]
    if _ends_place_list(art, e.span[0]) or _dropped_name_placed(art, e):
        art.placed_ends.add(e.span[1])  # the next name of an address or list may follow it
        return Entity(e.text, EntityLabel.LOC.value, e.span), True
    return None


def _dropped_name_placed(art: _Article, e: Entity) -> bool:
    """A dropped name that stands where a place does (`placed_by_position`: after `di`/`ke`, or
    between commas after a place, a facility, an address's number or a dropped name read as a
    place before it, and before a region or country), by the model's places and bodies."""
    if art.toks is None:  # made once an article, for its first dropped name
        art.toks = art.given_toks if art.given_toks is not None else tokens(art.text)
        art.places = {s: o.text for s, o in art.other_starts.items() if o.label == EntityLabel.LOC}
        art.address_ends = frozenset(end for end, o in art.other_ends.items() if address_start(o, art.toks))
    ends = art.address_ends | art.placed_ends
    return placed_by_position(art.toks, tokens_inside(e.span, art.toks), ends, art.places)


def _lone_word_dropped(text: str, e: Entity) -> str | None:
    """The one word a dropped PER names after any title (`Kabag Tapem`: `Tapem`), or None."""
    a, b = e.span
    if 0 <= a < b <= len(text):
        k = title_prefix_len(text, a, b)  # `Kabag Tapem`: the word after the title
        rest = name_tokens(text[k if a < k < b else a : b])
        if len(rest) == 1:
            return rest[0]
    return None


def _one_sense_per_article(
    art: _Article,
    ents: Sequence[Entity],
    out: list[tuple[Entity, bool]],
    dropped_words: set[str],
    aliases: set[str],
) -> list[Entity]:
    """The vetted entities less the persons the article reads as something else elsewhere: a lone
    word dropped once as a thing, a body's other name, a team, a sign, an event, a name inside a
    person's."""
    text = art.text
    kept_names = {e.text.strip() for e, _ in out if e.label == EntityLabel.PER}
    # a word the article also names a person with (`kata Renita`, `Renita Rismayanti`, `Kepala
    # Kampung, Renita,`) is that person wherever a local cue read it as a thing
    dropped_words |= _thing_words(text, kept_names)
    restored = dropped_words & _person_words(art, out)
    dropped_words -= restored
    dropped_words |= _event_words(text, kept_names) | _holy_months(kept_names)
    signs = _horoscope_signs(text)
    # one sense per article: a team named before its member is the team everywhere (`Suzuki Ecstar`),
    # and so is a club read as a match's side (`kontra Bournemouth`)
    teams = {
        " ".join(e.text.split())
        for e in ents
        if e.label == EntityLabel.PER and (_team_before_member(art, e) or _match_club(text, e))
    }
    out = _club_cities(text, _club_opened(text, _companies_named(text, out, teams), teams), teams)
    inside = _inside_person([e for e, _ in out])
    # one sense per article: a lone word dropped once as a thing (`Rektor Unila ke …`) and a
    # body's other name are no person elsewhere either, unless a person context holds them there
    # (`kata Unila`)
    return [
        e
        for e, marked in out
        if (marked or e.label != EntityLabel.PER or not _thing_or_alias(e, dropped_words, aliases))
        and e.text.split()[0] not in signs
        and not _event_named(e)
        and e.span not in inside
        and (marked or e.text not in restored or not _paired_name(text, *e.span))
    ]


def _paired_name(text: str, s: int, e: int) -> bool:
    """A name glued by a hyphen to another capitalised name (`Prabowo-Gibran`, `era SBY-Boediono`):
    the pair names a ticket or a government, not the one person."""
    return (text[e : e + 1] == "-" and text[e + 1 : e + 2].isupper()) or (
        text[max(0, s - 1) : s] == "-" and text[max(0, s - 2) : s - 1].isalpha()
    )


def _person_words(art: _Article, out: list[tuple[Entity, bool]]) -> set[str]:
    """Lone words the vetted persons name a person with: a kept lone PER tagging a quote
    (`," kata Renita`) or in apposition after an official's title (`Kepala Kampung, Renita,`),
    the last word of a kept PER of two words or more, and the first of a two-word one after a
    title or in a person context (`Brigadir Renita Rismayanti`)."""
    words: set[str] = set()
    for e, marked in out:
        parts = e.text.split()
        if e.label != EntityLabel.PER or _voted_body(art, " ".join(parts)):
            continue
        if len(parts) >= 2:  # `Jorge Martin`; `CEO Meta Mark Zuckerberg` gives no `Meta`
            words.add(parts[-1])
        if len(parts) == 2 and (marked or _title_before(art.text, e.span[0])):
            words.add(parts[0])  # `Brigadir Renita Rismayanti`; `melalui Halodoc Academy` gives none
        if len(parts) == 1 and (
            _named_after_cue(art.text, e.span[0]) or _titled_apposition(art.text, *e.span)
        ):
            words.add(parts[0])
    # a word the model also calls a body or a place (`Roblox` ORG beside `kata Roblox`) is no evidence
    return {w for w in words if not _voted_body(art, w)}


def _voted_body(art: _Article, name: str) -> bool:
    """Whether the model calls ``name`` an organisation or a place somewhere in the article."""
    votes = art.votes.get(name)
    return votes is not None and votes[1] > 0


def _named_after_cue(text: str, s: int) -> bool:
    """A person marker right before the name (`Bu Renita`) or a speech verb tagging a quote
    (`," kata Renita`, `, ujar Renita`); a verb opening a clause takes an object (`Google
    menegaskan Chromebook …`), and one after the name may open the next clause."""
    prev = prev_word(text, s)
    tag = text[max(0, s - len(prev) - 3) : s - len(prev) - 1].strip()[-1:] in (",", '"', "”")
    return (tag and prev.lower() in speech_verbs()) or word_marker(prev) in _PERSON_MARKERS


def _titled_apposition(text: str, s: int, e: int) -> bool:
    """`Kepala Kampung, Renita, …`: the name stands between commas right after an official's title."""
    return (
        text[max(0, s - 2) : s] == ", "
        and text[e : e + 1] == ","
        and _title_before(text[: s - 2] + " ", s - 1, official=True)  # the words before the comma
    )


def _article(text: str, ents: Sequence[Entity], tokens: Sequence[Tok] | None) -> _Article:
    """What the article's entities say about its words: each name's PER and non-PER votes, the
    spans, ends and words of its places and bodies, the names a facility's (`Jalan Sukarno
    Hatta`) or a natural feature's word (`Gunung Merapi`) opens."""
    art = _Article(
        text,
        lower=_lower_words(text, tokens),
        alone=_alone_words(text),
        after_features=tuple(m.end() for m in _feature_head().finditer(text)),
    )
    for e in ents:
        v = art.votes.setdefault(" ".join(e.text.split()), [0, 0])
        v[e.label != EntityLabel.PER] += 1
        art.folded.setdefault(folded(e.text), [0, 0])[e.label != EntityLabel.PER] += 1
        if e.label == EntityLabel.PER:
            art.per_spans.append(e.span)
            continue
        art.other_ends[e.span[1]] = e
        art.other_starts[e.span[0]] = e
        art.other_spans.append(e.span)
        for w in e.text.split():
            art.other_words.setdefault(w, []).append(e.text)
        first, _, rest = " ".join(e.text.split()).partition(" ")
        if rest and first.lower().rstrip(".") in facility_words():
            art.namesakes.add(rest)
        if rest and e.label == EntityLabel.LOC and first.lower() in geo_words():
            art.features.add(rest)
    # read by `_list_items` for each entity in a list: made once an article
    art.per_ends = {b: a for a, b in art.per_spans}
    art.per_heads = {_head_start(text, a): b for a, b in art.per_spans}
    return art


def _feature_named(art: _Article, ent: Entity) -> bool:
    """A PER the article writes after a natural feature's word elsewhere, as a place's name
    (`pulau Chichi Jima`) or capitalised (`Gunung Merapi`; ``officials_geo_words.txt``): the
    mountain, island or bay named without its word (`hutan Merapi`, `letusan Vesuvius`), no
    person; a lowercase word before a name is no head (`dua kali Megawati`)."""
    name = " ".join(ent.text.split())
    if name in art.features:
        return True
    text = art.text
    return any(
        text.startswith(name, a) and _WORD_EDGE.get().match(text, a + len(name)) for a in art.after_features
    )


def _venue_named(ent: Entity) -> bool:
    """A PER of two words or more ending in an English word for a venue or a lodging (`Blibli
    Arena`, `Emirates Stadium`, `Leaf Boutique Resort`: entities_facility_tails.txt,
    entities_lodging_tails.txt): the venue, a place (GUIDELINES §6: named facilities and
    buildings), no person; a venue's word that ends a surname or a body too (`Charlie Park`,
    `Traffic Information Center`: entities_venue_tails_ambiguous.txt) leaves the model's
    reading."""
    words = ent.text.split()
    return len(words) >= 2 and words[-1].lower() in _venue_tails()


def _measured_as_land(text: str, ent: Entity) -> bool:
    """A PER right before a bracketed area (`area_bracket_end`: `Bumidaya (9 Ha)`, `Blora (48.967
    ha)`) in a list a place's word opens (`area_list_placed`: after `di`, `kecamatan`, `kabupaten,
    yakni`) is a place measured by its area, no person (GUIDELINES §6: villages are places;
    news-raw: all 15 names so written, in 3 articles, are villages, districts or regencies). A land
    owner's list keeps its persons (`diterima Sutrisno (1,5 ha)`, `Petani penggarap, Sutrisno (2
    ha)`)."""
    return area_bracket_end(text, ent.span[1]) is not None and area_list_placed(text, ent.span[0])


@cache
def _venue_tails() -> frozenset[str]:
    """The venue and lodging words that end a venue's name alone (`_venue_named`), the ambiguous ones out."""
    venues = word_set("entities_facility_tails.txt") | word_set("entities_lodging_tails.txt")
    return venues - word_set("entities_venue_tails_ambiguous.txt")


_WORD_EDGE = LazyPattern(r"\b")


@cache
def _feature_head() -> regex.Pattern[str]:
    """A natural feature's word capitalised and the blanks after it (`Gunung `, `Pulau `): where
    the places `_feature_named` looks at open, found once per article."""
    heads = "|".join(w.capitalize() for w in sorted(geo_words()))
    return regex.compile(rf"\b(?:{heads})\s+")


def _inside_person(ents: Sequence[Entity]) -> set[tuple[int, int]]:
    """Spans of PER entities inside a longer PER span: the model's `Satrio` beside its `Adi
    Nugroho`, once vetting read the two as one name (`_name_word`)."""
    spans = sorted({e.span for e in ents if e.label == EntityLabel.PER}, key=lambda sp: (sp[0], -sp[1]))
    inside: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans before: a span ending within it lies inside one
    for c, d in spans:
        if d <= reach:
            inside.add((c, d))
        reach = max(reach, d)
    return inside


def _companies_named(
    text: str, out: list[tuple[Entity, bool]], teams: set[str] | frozenset[str] = frozenset()
) -> list[tuple[Entity, bool]]:
    """The vetted entities with every PER that names one of the article's companies
    (`company_names`: `Jasa Raharja` beside `PT Jasa Raharja`) or one of ``teams`` an ORG."""
    pers = {" ".join(e.text.split()) for e, _ in out if e.label == EntityLabel.PER}
    names = teams | company_names(company_forms(text), pers)
    return [
        (Entity(e.text, EntityLabel.ORG.value, e.span), True)
        if e.label == EntityLabel.PER and " ".join(e.text.split()) in names
        else (e, marked)
        for e, marked in out
    ]


def _club_opened(text: str, out: list[tuple[Entity, bool]], teams: set[str]) -> list[tuple[Entity, bool]]:
    """A PER opened by one of the article's teams and a name after it (`kiper Bournemouth Neto`,
    `gelandang Bournemouth Lewis Cook`, beside `kontra Bournemouth`): the club, an ORG, and the
    player, a PER (GUIDELINES §6: a person's span holds no organisation). After a team's word
    the span is left as the model read it, unsplit and its label kept, for the words after the
    team may be the club's full name (`markas Shakhtar Donetsk` beside `atas Shakhtar`)."""
    split: list[tuple[Entity, bool]] = []
    for e, marked in out:
        s = e.span[0]
        team = next((t for t in teams if e.label == EntityLabel.PER and e.text.startswith(t + " ")), None)
        if team is None or _TEAM_WORD_BEFORE.get().search(text, max(0, s - _TEAM_WORD_REACH), s):
            split.append((e, marked))
            continue
        rest = e.text[len(team) :].lstrip()
        r = e.span[1] - len(rest)
        club = Entity(team, EntityLabel.ORG.value, (s, s + len(team)))
        split += [(club, True), (Entity(rest, e.label, (r, e.span[1])), marked)]
    return split


def _club_cities(text: str, out: list[tuple[Entity, bool]], teams: set[str]) -> list[tuple[Entity, bool]]:
    """A team's mention the text reads as the city (`_read_as_city`, the entity layer's check,
    by its form only, `CITY_WORD`: `Stadion Vitality, Bournemouth`, `kota Bournemouth`) is the
    place, a LOC, not the club the article's other mentions name (`kontra Bournemouth`); `di`
    before a club is as often the club (`melatih di Barcelona`)."""
    if not teams:
        return out
    toks = tokens(text)
    place_ends = {e.span[1] for e, _ in out if e.label == EntityLabel.LOC}
    return [
        (Entity(e.text, EntityLabel.LOC.value, e.span), True)
        if e.label == EntityLabel.ORG
        and " ".join(e.text.split()) in teams
        and _read_as_city(e, toks, place_ends, cues=CITY_WORD)
        else (e, marked)
        for e, marked in out
    ]


def _event_named(e: Entity) -> bool:
    """A PER opening with an event's or a programme's word (`MotoGP`, `Gebyar Milenial`, `Festival`:
    `entities_events.txt`), or with a rite's word then common words only (`Misa Malam`:
    `names_rites.txt`), names the event, no person (GUIDELINES §6)."""
    first, *rest = e.text.split()
    if e.label != EntityLabel.PER:
        return False
    rite = first.lower() in word_set("names_rites.txt") and all(word_class(w) is W.COM for w in rest)
    return rite or names_an_event(e.text)


def _horoscope_signs(text: str) -> frozenset[str]:
    """The zodiac's signs when the article names at least three different ones, capitalised (a
    horoscope page: `entities_zodiac_signs.txt`); none otherwise."""
    named = frozenset(w for w in load_lines("entities_zodiac_signs.txt") if any(whole_words(text, w)))
    return named if len(named) >= 3 else frozenset()


def _hyphen_halves(text: str, left: Entity, right: Entity) -> bool:
    """Whether two PER entities are the halves of one hyphenated name: only a hyphen between them,
    one side one word (`Bojan Hodak-Luis Milla` are two), the words by the hyphen one name's
    (`word_class`: Abdul-Rahman, not Agus-Sylvi), and neither written elsewhere in the article
    without it (`pasangan Prabowo-Gibran` pairs two persons the article names apart)."""
    a, b = left.span[1], right.span[0]
    if EntityLabel.PER not in (left.label, right.label) or left.label != right.label:
        return False
    if b != a + 1 or text[a : a + 1] != "-":
        return False
    words, after = left.text.split(), right.text.split()
    first = regex.match(r"\w+", text, pos=b)
    if not (len(words) == 1 or len(after) == 1) or not words[-1].isalpha() or not text[b : b + 1].isupper():
        return False
    if first is None or word_class(f"{words[-1]}-{first.group()}") is W.COM:
        return False  # `pasangan Agus-Sylvi`: two given names are a pair, no hyphenated name
    return not any(any(whole_words(text, w)) for w in (words[-1], first.group()))


_HYPHEN_SYLLABLE = LazyPattern(r"-(\p{Ll}{2,6})(?![\w\-])")


def _with_hyphen_syllable(text: str, ent: Entity) -> Entity:
    """A PER entity the model ended at a hyphen before a lowercase syllable of the name runs on
    to its end (`Son Heung-min`, `Ki Dong-ju`); no common word or function word after the hyphen
    (`Affan-bahkan`), no enclitic or honorific (`names_bound_suffixes.txt`: `Toshi-san`)."""
    m = _HYPHEN_SYLLABLE.get().match(text, ent.span[1]) if ent.label == EntityLabel.PER else None
    if m is None or word_class(m.group(1).capitalize()) not in (W.UNK, W.GIV):
        return ent
    if m.group(1) in word_set("names_bound_suffixes.txt"):
        return ent
    a, b = ent.span[0], m.end()
    return Entity(text[a:b], ent.label, (a, b))


#: A capitalised word glued to a PER span by a hyphen: before it (group 1, read back from the
#: span's start) or after it (group 2, read on from its end).
_HYPHEN_PART_BEFORE = LazyPattern(r"(?<![\w\-.])(\p{Lu}\p{Ll}+)-$")
_HYPHEN_PART_AFTER = LazyPattern(r"-(\p{Lu}\p{Ll}+)(?![\w\-])")


# How far before a PER span its hyphenated part is looked for: one capitalised word and the hyphen
# (`Jean-` of `Jean-Pierre Lacroix`); longer words than this are no first part of a name.
_HYPHEN_PART_REACH = 30
# The one or two words before a hyphenated pair, one of which may say it names two people
# (names_pair_words.txt): a pair word alone or with its modifier (`ganda putri Siti-Ayu`).
_PAIR_WORD_BEFORE = LazyPattern(r"(\p{L}+)(?:\s+(\p{L}+))?\s+$")


def _with_hyphen_part(text: str, ent: Entity, held: Sequence[tuple[int, int]]) -> Entity:
    """A PER entity the model started or ended at a hyphen inside a hyphenated name runs over the
    capitalised part it left out (`Jean-Pierre Lacroix`, `Shai Gilgeous-Alexander`, `Myles
    Lewis-Skelly`): the part is in no other entity, the lexicon knows it as no common word, and
    neither it nor the span's word by the hyphen stands apart anywhere in the article
    (`whole_words`): `Prabowo-Gibran`, `Mirza-Jihan` pair two persons the article names apart.
    So do two given names of the lexicon (`Dimas-Rina`) and a pair after a pair word
    (`pasangan Budi-Santi`, `_after_pair_word`)."""
    a, b = ent.span
    words = text[a:b].split()
    if ent.label != EntityLabel.PER or not words:
        return ent
    before = _HYPHEN_PART_BEFORE.get().search(text, max(0, a - _HYPHEN_PART_REACH), a)
    if before is not None and _hyphen_part(text, before, words[0], held):
        a = before.start(1)
    after = _HYPHEN_PART_AFTER.get().match(text, b)
    if after is not None and _hyphen_part(text, after, words[-1], held):
        b = after.end(1)
    if (a, b) == ent.span or _after_pair_word(text, a):
        return ent
    return Entity(text[a:b], ent.label, (a, b))


def _after_pair_word(text: str, start: int) -> bool:
    """Whether a word of names_pair_words.txt stands right before ``start`` or one word before it
    (`pasangan Budi-Santi`, `paslon Andi-Rudi`, `ganda putri Siti-Ayu`)."""
    m = _PAIR_WORD_BEFORE.get().search(text, max(0, start - _HYPHEN_PART_REACH), start)
    return m is not None and any(w and w.lower() in word_set("names_pair_words.txt") for w in m.groups())


def _hyphen_part(text: str, m: regex.Match[str], inner: str, held: Sequence[tuple[int, int]]) -> bool:
    """The part ``m`` glued to a name's word ``inner`` by a hyphen is that name's: no entity holds
    it, no common word, no degree or title (`Dr-Ing BJ Habibie`), and neither it nor ``inner``
    written apart in the article."""
    part = m.group(1)
    if any(x < m.end(1) and m.start(1) < y for x, y in held) or word_class(part) not in (W.UNK, W.GIV):
        return False
    if word_marker(part) is not None:
        return False
    if word_class(part) is W.GIV and word_class(inner) is W.GIV:
        return False  # `Dimas-Rina`: two given names, a couple
    return not any(whole_words(text, part)) and not any(whole_words(text, inner))


def _join_hyphenated(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """`Abdul-Rahman Hakim`, `Siti Nur-Aini`: two PER entities the model split at a hyphen are one
    name (`_hyphen_halves`); a name cut before its last syllable runs on (`_with_hyphen_syllable`),
    and so does one cut before or after a capitalised part (`_with_hyphen_part`)."""
    out: list[Entity] = []
    held = [e.span for e in entities]
    for e in (_with_hyphen_part(text, _with_hyphen_syllable(text, x), held) for x in entities):
        last = out[-1] if out else None
        if last is not None and _hyphen_halves(text, last, e):
            a, b = last.span[0], e.span[1]
            out[-1] = Entity(text[a:b], EntityLabel.PER.value, (a, b))
            continue
        out.append(e)
    return out


def _thing_or_alias(ent: Entity, dropped_words: set[str], aliases: set[str]) -> bool:
    """Whether an unmarked PER is a body's other name (``aliases``, spaces single) or a word or
    name the article names a thing with elsewhere (``dropped_words``: `berjudul Perfect Liar`)."""
    text = " ".join(ent.text.split())
    return text in dropped_words or text in aliases


_LONE_WORD = LazyPattern(r"\p{Lu}[\p{L}\d]{2,}")


#: Words at most in a PER name read as a thing's name (`lagu Perfect Liar`).
_MAX_THING_WORDS = 3


def _thing_words(text: str, names: set[str]) -> set[str]:
    """PER words or names of up to three words the article writes somewhere right after a thing,
    product or company word (`PT Telkomsat`, `aplikasi Molecool`, `lagu Perfect Liar`;
    `produsen pendingin udara Gree` is not read: the cue must stand right before): one sense per
    article, so the name names that thing everywhere (`Perfect Liar adalah sebuah lagu …`).
    Names with a given name or a particle stay (`toko Budi` is a shop named after a man)."""
    out = set()
    for name in names:
        w = " ".join(name.split())
        words = w.split()
        if len(words) > _MAX_THING_WORDS or not all(_LONE_WORD.get().fullmatch(x) for x in words):
            continue
        if any(word_class(x) in (W.GIV, W.AMB, W.PART) for x in words):
            continue
        found = whole_words(text, w)
        if any(_thing_before(text, a, False) if len(words) == 1 else _work_before(text, a) for a, _ in found):
            out.add(w)
    return out


def _event_words(text: str, names: set[str]) -> set[str]:
    """Lone PER words the article writes right after an event's word (`Piala Thomas`, `piala
    Thomas`: entities_events.txt): one sense per article, the word names that event everywhere
    (`tim Thomas`, GUIDELINES §6) unless a person context marks it."""
    out = set()
    for name in names:
        w = " ".join(name.split())
        if " " not in w and _LONE_WORD.get().fullmatch(w) and after_event_word(text, w):
            out.add(w)
    return out


def _holy_months(names: set[str]) -> set[str]:
    """Lone PER words that name a holy month (`selama Ramadhan`: the `bulan suci …` phrases of
    entities_not.txt) where no longer PER name of the article holds the word (`Ramadhan Pohan`
    makes a lone `Ramadhan` his): the month, unless a person context marks it."""
    months = {p.split()[-1] for p in word_set("entities_not.txt") if p.startswith("bulan suci ")}
    longer = {w for n in names if len(n.split()) > 1 for w in n.split()}
    return {n for n in names if n.lower() in months and n not in longer}


#: A word right before a position, only a space between (`operasi. Marc Marquez` has none).
_CUE_RIGHT_BEFORE = LazyPattern(r"(?<![\w-])(\w+) $")
_CUE_REACH = 40
#: How far before a name a team's word is looked for (`pendukung `, the longest, and its blanks).
_TEAM_WORD_REACH = 24


def _work_before(text: str, s: int) -> bool:
    """`berjudul Perfect Liar`, `gerakan Ayo Berenang`: right after a word that names a thing
    whatever comes before (`names_entity_cues.txt`); not after a thing noun, which a person's
    name follows as an owner as often (`film James Gunn`, `motor Marc Marquez`)."""
    m = _CUE_RIGHT_BEFORE.get().search(text, max(0, s - _CUE_REACH), s)
    return m is not None and m.group(1).lower() in entity_cues()[0]


#: Words of a place or organisation entity read as a person's name: a given name and a surname at
#: least (`Toni Kroos`), three at most (`Kim Jong Un`); one word is too little to tell (`Bima`:
#: 16 news-raw articles hold it in a person's name, and it is a regency).
_NAME_WORDS = (2, 3)
#: Classes of a word in a person's name: a given name, a particle, a word no list knows.
_NAME_CLASSES = frozenset({W.GIV, W.PART, W.UNK})
#: News-raw articles holding a whole name as a person's before the article's own part of it counts
#: (`Lionel Messi` 4, `Sadio Mane` 2, `Alvaro Menayang` 7; clubs, chips and cars 0).
_NAME_IN_CORPUS = 1


def _name_shaped(text: str, ent: Entity) -> list[str]:
    """The words of a place or organisation entity shaped as a person's name, else none: two or
    three name words (a given name, a particle, a word no list knows), none of them a region's or
    written in lowercase in the article, the name never written right after a locative (`di Adi
    Luhur`: a village)."""
    words = ent.text.split()
    lo, hi = _NAME_WORDS
    if ent.label not in (EntityLabel.LOC, EntityLabel.ORG) or not lo <= len(words) <= hi:
        return []
    named = all(
        word_class(w) in _NAME_CLASSES
        and w[:1].isupper()
        and not is_region_span(w, 0, len(w))
        and not any(whole_words(text, w.lower(), hyphen=False))
        for w in words
    )
    if not named or any(prev_word(text, s).lower() in LOCATIVES for s, _ in whole_words(text, ent.text)):
        return []
    return words


#: Words before a name that make it the side a player or a racer plays for (`membalap untuk Aston
#: Martin`, `membela Inter Milan`): a team's name, whatever part of it the article calls a person.
_TEAM_POSITION = frozenset({"untuk", "membela", "memperkuat"})


def _person_retyped(text: str, ent: Entity, per: set[str], others: Sequence[tuple[int, int]]) -> bool:
    """Whether the model's place or organisation ``ent`` is a person's name (`_person_by_corpus`,
    `_person_by_given` where no mention stands where a place's name does, `_placed`, nor is listed
    beside the model's places and bodies, ``others``, `_listed_beside_other`; `_person_by_part`,
    `_described`): shaped as a name (`_name_shaped`, read once for all) and no mention of it after a
    kind of body or thing (`_after_a_kind`)."""
    words = _name_shaped(text, ent)
    if not words or _after_a_kind(text, ent.text):
        return False
    return (
        _person_by_corpus(words)
        or (
            _person_by_given(words)
            and not _placed(text, ent)
            and not _listed_beside_other(text, ent.text, others)
        )
        or _person_by_part(text, ent, words, per)
        or _described(text, ent)
    )


def _described(text: str, ent: Entity) -> bool:
    """A mention of a place or organisation entity shaped as a name is described right before it
    by a noun for a person (`described_before`: `bek Facundo Gonzalez`, `pengusaha Piton
    Enumbi`), and none of its words is held by news-raw in bodies' or places' names more often
    than in persons' (`body_words_share`: not a side after its competitor, `pemain Aston Villa`,
    `pembalap Alfa Romeo`): the model read a person as a body or a place. A name a colon closes
    labels a list (`Susunan pemain Sporting Velmora: …`, the side's line-up), no one described. On
    the annotated news tune articles: 2 persons, no body or place."""
    if body_words_share(ent.text) > 0:
        return False
    return any(
        described_before(text, s, e) and not text.startswith(":", e) for s, e in whole_words(text, ent.text)
    )


@cache
def _vessel_kinds() -> frozenset[str]:
    """A vessel's kind: the prefixes of ships' names (entities_vessel_prefixes.txt: `KRI`, `USS`)
    and `kapal`; ships are named after people (`KRI Frans Kaisiepo`, `USS Carl Vinson`)."""
    return word_set("entities_vessel_prefixes.txt") | {"kapal"}


def _after_a_kind(text: str, name: str) -> bool:
    """A mention of ``name`` follows a noun for a kind of body, a company's form or a product
    (`org_words`, people_roles.txt company_form, entities_apposed_body_kinds.txt,
    persons_body_nouns.txt) or a vessel's (`_vessel_kinds`), right before it or past one lowercase
    word that is no function word (`tim Movistar Yamaha`, `PT Minamas Plantation`, `Bank investasi
    Morgan Stanley`, `KRI Frans Kaisiepo`, `Kapal induk Carl Vinson`): the name is that body's or
    thing's."""
    kinds = (
        org_words()
        | role_words("company_form")
        | word_set("entities_apposed_body_kinds.txt")
        | word_set("persons_body_nouns.txt")
        | _vessel_kinds()
    )
    stops = word_set("clean_function_words.txt")
    for s, _ in whole_words(text, name):
        before = text[:s].split()[-2:]
        words = [w.strip(',.;:()"“”').lower() for w in before]
        if words and words[-1] in kinds:
            return True
        qualified = len(words) == 2 and before[-1].isalpha() and before[-1].islower()
        if qualified and words[-1] not in stops and words[0] in kinds:
            return True
    return False


def _person_by_corpus(words: list[str]) -> bool:
    """Whether a place or organisation entity, shaped as a name as ``words`` (`_name_shaped`), is a
    person's name the model read as a body's or a place's: each word held by news-raw in persons'
    names in more articles than in bodies' or places' names (`person_name_word`). The model reads
    footballers and racers as their club's or their country's (`umpan dari Toni Kroos`, a LOC;
    `Ai Ogura`, an ORG). On the annotated news tune articles the model's places and bodies that
    pass are 2 persons and no body or place (598 of the same name shape are bodies or places, 14
    persons)."""
    return all(person_name_word(w) for w in words)


def _person_by_given(words: list[str]) -> bool:
    """Whether a place or organisation entity, shaped as a name as ``words`` (`_name_shaped`), is a
    person's name the model read as a body's or a place's: its first word as written is a given name,
    Indonesian or of another country (`_given_name_by` with `foreign_given_name`: `Hakan Calhanoglu`,
    `Sam Visser`, `Laura Moane`; Faker's Indonesian names hold a particle of Bali, `Putu Sueca`), no
    word of it is held by news-raw in bodies' or places' names more often than in persons'
    (`body_words_share`: not `Alfa Romeo`) and none is a common English word (`english_words_share`:
    not `Rose Gold`, a colour). On the annotated news tune articles the model's places and
    bodies so shaped are persons."""
    name = " ".join(words)
    return (
        _given_name_by(words[0], foreign_given_name)
        and body_words_share(name) == 0
        and english_words_share(name) == 0
    )


#: Words of motion, source, destination or route right before a place (`bertolak dari Halim
#: Perdanakusuma`, `menuju Solo`, `asal Milton Keynes`, `tujuan Sam Ratulangi`, `via Frans
#: Kaisiepo`, `melalui Juanda`); not `hingga` nor `sampai`, which close lists of people as often
#: (`seperti Kalidou Koulibaly, Ruben Neves, hingga Sergej Milinkovic-Savic`, news-raw).
_FROM_OR_TOWARDS = frozenset({"dari", "menuju", "asal", "tujuan", "via", "lewat", "melalui"})


def _placed(text: str, ent: Entity) -> bool:
    """A mention of the model's place or body ``ent`` stands where a place's name does, whatever
    given name opens it (airports, hospitals, stadiums and towns are named after people: `Halim
    Perdanakusuma`, `Sam Ratulangi`, `Milton Keynes`): right after a place's kind word or a noun
    for the people of a place (`place_kind_words`, people_roles.txt `residence`: `Warga Milton
    Keynes`), ending a run of title-case words or numbers whose first word or two are one
    (`_kind_run_before`: `Stadion Utama Jacob Fenny`, `Rumah Sakit Umum Frans Seda`, `Terminal 3
    Indira Gandhi`), or, the model reading it as a place, right after a word of motion, source,
    destination or route (`_FROM_OR_TOWARDS`: `bertolak dari Halim Perdanakusuma`, `Penerbangan
    dari Sam Ratulangi`, `Pesawat tujuan Sam Ratulangi`). A body the model read there is left to
    its name (`umpan silang dari Caio Henrique`, an ORG). Over news-raw it seldom stops a name,
    and then a person's (`Swiatek kalah dari Jelena Ostapenko`, `lagu … dari Kate Bush`): the
    places named after people there stand after `di` or a facility's word, which stop them before
    (`_name_shaped`, `_after_a_kind`)."""
    kinds = place_kind_words() | role_words("residence")
    place = ent.label == EntityLabel.LOC
    for s, _ in whole_words(text, ent.text):
        before = prev_word(text, s).lower()
        if before in kinds or (place and before in _FROM_OR_TOWARDS) or _kind_run_before(text, s, kinds):
            return True
    return False


#: Characters read back from a mention for the title-case run before it.
_RUN_REACH = 120
#: Marks that end a sentence before a title-case run.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _kind_run_before(text: str, s: int, kinds: frozenset[str]) -> bool:
    """Whether the words right before ``s``, on its line and with no mark between, are title-case
    words or numbers whose first word or two are a word of ``kinds`` (`opens_with_kind`: `Bandara
    Internasional`, `Bandar Udara Internasional`, `Jalan Raya`, `Terminal 3`), or, the run opening
    a sentence, whose second word or two are (`Mahasiswa Universitas Katolik`)."""
    if text[s - 1 : s] != " ":
        return False
    toks = tokenize(text[max(0, s - _RUN_REACH) : s])
    k = len(toks)
    while k > 0 and (toks[k - 1].kind is NUMBER or toks[k - 1].text[:1].isupper()):
        k -= 1
        if toks[k].newline:
            break
    if k == len(toks) or (k == 0 and s > _RUN_REACH):  # no run, or its first word may be cut off
        return False
    opening = k == 0 or toks[k].newline or toks[k - 1].text in _SENTENCE_ENDS
    # a sentence's first word is capitalised by its place: the run may open after it
    return opens_with_kind(toks[k:], kinds) or (opening and opens_with_kind(toks[k + 1 :], kinds))


def _listed_beside_other(text: str, name: str, others: Sequence[tuple[int, int]]) -> bool:
    """A mention of ``name`` is an item of a list (a comma, `dan`, `serta` …) beside a place or a
    body of the model's (``others``): a list of shops or places, whose items are named after people
    as often (`UMKM … antara lain Galeri Huma, Elias Krips, Bintang Jaya`)."""
    return listed_beside(text, list(whole_words(text, name)), others, _LIST_SEP_AFTER)


def _person_by_part(text: str, ent: Entity, words: list[str], per: set[str]) -> bool:
    """Whether a place or organisation entity shaped as a name (``words``: `_name_shaped`) is a
    person the article names elsewhere by a part: the model reads its first or its last word alone
    as a person there (`Lionel Messi` ORG beside `Messi` PER; the whole name read as a person
    elsewhere is the model's split vote, no part: `Frisian Flag`), news-raw holds the whole name as
    a person's in one article at least (`name_counts`: a club whose city the model reads as a
    person, `Athletic Bilbao` beside `Bilbao`, is in none), and no mention is the side a player
    plays for (`_TEAM_POSITION`: `membalap untuk Aston Martin` beside a rider `Martin`; news-raw
    holds `Aston Martin` as a person's in 3 articles, so a higher count would not tell). Over
    news-raw, without news-raw's count: 15 persons gained right against 9 wrong and 4 clubs lost;
    with it: 9 right (one a fuller name: `Messi`), none wrong, no club lost."""
    if words[0] not in per and words[-1] not in per:
        return False
    if name_counts(ent.text, LOW_DECADES)[2] < _NAME_IN_CORPUS:
        return False
    return not any(prev_word(text, s).lower() in _TEAM_POSITION for s, _ in whole_words(text, ent.text))


#: Words at most in a person's name split off the end of a place or organisation entity.
_MAX_SWALLOWED = 4


def _split_swallowed(text: str, ent: Entity, called: CalledAlone = NO_ONE_CALLED) -> tuple[Entity, ...]:
    """A place or organisation entity that swallowed the name after it splits in two:
    `Kabupaten Pandeglang Rahmat Hidayat Sanusi` is LOC `Kabupaten Pandeglang` and PER `Rahmat
    Hidayat Sanusi`; `Dinas Koperindag I Komang Sudarma` is ORG and PER. The name has two words
    or more and starts surely: a particle, a known given name, a region that ends exactly
    before it followed by a known given name, or a word the model calls a person alone elsewhere
    (``called``: `Universitas Indonesia Toto Pranoto` … `Toto`). Streets and facilities named after people
    (`Jalan Sukarno Hatta`) and company names (`PT …`) stay whole."""
    s, e = ent.span
    if ent.label not in (EntityLabel.LOC, EntityLabel.ORG):
        return (ent,)
    if not (0 <= s < e <= len(text)) or e - s > _MAX_SPAN:
        return (ent,)
    toks = tokenize(text[s:e])
    if len(toks) < 3 or any(t.newline for t in toks) or toks[0].text.lower() in role_words("company_form"):
        return (ent,)
    titled = _title_before(text, s, official=True)
    for k in range(1, len(toks) - 1):
        if _name_tail_at(toks, k, called) or (titled and _holder_tail_at(toks, k)):
            a, b = s + toks[0].start, s + toks[k - 1].end
            c, d = s + toks[k].start, s + toks[-1].end
            return Entity(text[a:b], ent.label, (a, b)), Entity(text[c:d], EntityLabel.PER, (c, d))
    return (ent,)


def _split_run_together(text: str, ent: Entity, ents: Sequence[Entity]) -> tuple[Entity, ...]:
    """A PER entity of four words of no known class on one line is two names a lineup wrote with
    no comma between them (`Hakan Calhanoglu Henrikh Mkhitaryan`) when the page writes one of
    its pairs elsewhere too: two entities of two words each, a second pair the page names as an
    organisation elsewhere an ORG (`Leonardo Pavoletti Inter Milan`: the next team's name). A
    span holding a word the page names as a place stays whole (`Denmark Kim Astrup Sorensen`:
    the country, then one name), and so does one outside a lineup's commas (`dan Antasyafi
    Robby Al Hilmi.`, `melawan Natha Pong Nuchap Hum dari`)."""
    s, e = ent.span
    if ent.label != EntityLabel.PER or not (0 <= s < e <= len(text)) or len(text[s:e].split()) != _RUN_WORDS:
        return (ent,)  # four words are four blank-split chunks: most names are tested untokenized
    toks = tokenize(text[s:e])
    words = [t.text for t in toks]
    if (
        len(toks) != _RUN_WORDS
        or any(t.newline or t.kind is not WORD for t in toks)
        or not names_run_together(words)
    ):
        return (ent,)
    if any(x.label == EntityLabel.LOC and x.text in words for x in ents) or not _lineup_item(text, s, e):
        return (ent,)
    bodies = {x.text for x in ents if x.label == EntityLabel.ORG}
    pairs = ((s + toks[0].start, s + toks[1].end), (s + toks[2].start, s + toks[3].end))
    if not any(_written_elsewhere(text, a, b, ent.span) for a, b in pairs):
        return (ent,)  # `Eqman Yance Elektriko Kafiar`: one person's four names
    (a, b), (c, d) = pairs
    club = text[c:d] in bodies  # only the second pair: the next team's label opens a lineup
    return Entity(text[a:b], EntityLabel.PER.value, (a, b)), Entity(
        text[c:d], (EntityLabel.ORG if club else EntityLabel.PER).value, (c, d)
    )


#: the words of two names a lineup ran together
_RUN_WORDS = 4


def _lineup_item(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` stands between a lineup's marks: a comma or colon before it and one
    right after it (`Niclas Fullkrug, Marvin Duksch Bayern Munich: Sven Ulreich`)."""
    return text[max(0, s - 2) : s] in (", ", ": ") and text[e : e + 1] in (",", ":")


def _written_elsewhere(text: str, a: int, b: int, span: tuple[int, int]) -> bool:
    """Whether the page writes ``text[a:b]`` as whole words outside ``span`` too."""
    return any(not (span[0] <= x < span[1]) for x, _ in whole_words(text, text[a:b], hyphen=False))


def _name_tail_at(toks: Sequence[Tok], k: int, called: CalledAlone = NO_ONE_CALLED) -> bool:
    """Whether the tokens from ``k`` on are a person's name swallowed by the entity before it;
    ``called``: words the model calls a person alone elsewhere, sure first words of a name."""
    tail = toks[k:]
    if len(tail) > _MAX_SWALLOWED or not all(t.kind is WORD and word_class(t.text) in NAMEISH for t in tail):
        return False
    if toks[k - 1].kind is not WORD or toks[k - 1].text.lower() in facility_words():
        return False
    if match_region(toks, k, len(toks)) > k or any(
        match_region(toks, x, len(toks)) == len(toks) for x in range(k + 1, len(toks))
    ):
        return False  # Lampung Timur; PG Rejo Agung Madiun: the tail is or ends with a place
    after_region = any(match_region(toks, x, k) == k for x in range(k))
    if not after_region and opens_facility(toks):
        return False  # Bandara Muhammad Taufik Kiemas, Rumah Sakit Harum Melati Aisyah: named after a person
    if not after_region and not any(
        t.kind is WORD and word_class(t.text) in (W.ORG, W.ACR, W.COM) for t in toks[:k]
    ):
        return False  # I Putu Wirya, Ucok Ahmad Siregar: no place or body before the name
    if all(word_class(t.text) is W.PART or t.text in ("I", "Ni") for t in tail):
        return False  # particles alone (I Komang, Anak Agung) name no one
    given = [word_class(t.text) is W.GIV for t in tail]
    return (
        particle_len(toks, k) > 0
        or given[0]
        or (after_region and any(given))
        or _body_then_called(toks, k, called)
    )


def _body_then_called(toks: Sequence[Tok], k: int, called: CalledAlone) -> bool:
    """`ZAP Finance Prita Ghozie` … `Prita`: a name whose first word the model calls a person
    alone elsewhere, after an organisation word or an acronym (`Super Mario Bros` … `Mario`, a
    game's name after a common word, stays whole) and not inside a longer person the model
    names elsewhere (`Sekolah Putri Ariani` … `Putri Ariani`)."""
    return called_at(toks, k, called) and any(word_class(t.text) in (W.ORG, W.ACR) for t in toks[:k])


def _holder_tail_at(toks: Sequence[Tok], k: int) -> bool:
    """After an official's title, a holder's name from ``k`` after the region that ends the
    body's name: a known given name and one capitalised word that may be a common one (`Disdag
    Lampung Satria Alam`: `Alam`; three words may name an event: `Metro Sudirman Street Food`);
    no region's words after it."""
    tail = toks[k:]
    if len(tail) != 2 or word_class(tail[0].text) is not W.GIV:
        return False
    if not (tail[1].kind is WORD and word_class(tail[1].text) in NAMEISH | {W.COM}):
        return False
    if any(match_region(toks, x, len(toks)) > x for x in range(k, len(toks))):
        return False
    return any(match_region(toks, x, k) == k for x in range(k))


def _cut_end(toks: Sequence[Tok], s: int, e: int) -> int | None:
    """The end of a PER span (its tokens ``toks``, from ``s``) cut before a lowercase word that is
    no marker or name particle, or a glued word; None when nothing is left."""
    seen_cap = False
    for x, t in enumerate(toks):
        if t.kind is not WORD:
            continue
        low = t.text[0].islower()
        if seen_cap and (
            (low and t.text not in role_words("name_inner_lower") and match_marker(toks, x) is None)
            or (not low and word_class(t.text) is W.GLUED)
        ):
            k = x - 1
            while k >= 0 and toks[k].kind is PUNCT and toks[k].text != ".":
                k -= 1
            return None if k < 0 else s + toks[k].end
        if not low:
            seen_cap = True
    return e


def _title_before(text: str, start: int, *, official: bool = False, analyst: bool = False) -> bool:
    """Whether one of the (at most three) words before ``start`` on its line opens a title:
    `Menteri Desa …`, `Dirut Telkom …`, `Wali Kota …` (the organisation word is part of a title),
    `warga …`; with ``official``, an official's only (`Kepala Kampung …`, `Camat …`); with
    ``analyst``, an analyst's noun too (`Analis Binaartha Sekuritas …`: entities_analyst_nouns.txt)."""
    words = official_head_words() if official else head_words()
    if analyst:
        words = words | word_set("entities_analyst_nouns.txt")
    for _ in range(3):
        w = prev_word(text, start)
        if not w:
            return False
        if w.lower() in words:
            return True
        start -= len(w) + 1
    return False


def _club(text: str, ent: Entity) -> bool:
    """A PER named with a club's form (`RB Leipzig merekrut …`: `club_formed`) in no person's
    context: the club. A speech verb or a person's marker around it makes the form a person's
    initials (`Dalam sambutannya, AC Yuliwati berharap …`)."""
    s, e = ent.span
    return club_formed(ent.text) and not _person_context(text, s, s, e, titled=False)


def _team_in_brackets(art: _Article, ent: Entity) -> bool:
    """A PER of two words or more in brackets right after another PER, holding a body's word
    (`Marc Marquez (Repsol Honda)`, `Jack Miller (Pramac Ducati)`: names_body_words_derived.txt):
    the person's team, an organisation (a short name in brackets is one word: `(Jokowi)`)."""
    s, e = ent.span
    words = ent.text.split()
    if len(words) < 2 or art.text[s - 1 : s] != "(" or art.text[e : e + 1] != ")":
        return False
    end = len(art.text[: s - 1].rstrip())
    if not any(b == end for _, b in art.per_spans):
        return False
    if any(names_a_body(w) for w in words):
        return True
    # a number in the brackets is a substitute's minute (`(Thomas Mueller 84)`), no team
    return not any(c.isdigit() for c in ent.text) and _team_beside_in_brackets(art, s)


#: Characters around a bracketed name read for a list mate's bracketed body (two or three items
#: of `Lewis Hamilton (Mercedes), ` each side)
_MATE_REACH = 120


def _team_beside_in_brackets(art: _Article, s: int) -> bool:
    """`Lewis Hamilton (Mercedes), Fernando Alonso (Aston Martin)`: a bracketed name after a
    person, in a sentence that puts an organisation of the model's in brackets after another
    person, is that person's team too (one sense per list); a cast's `Sekar (Shenina Cinnamon)`
    holds no body in brackets."""
    text = art.text
    lo, hi = max(0, s - _MATE_REACH), min(len(text), s + _MATE_REACH)
    for a, b in art.per_spans:
        if not lo <= a < hi or text[b : b + 2] != " (" or b + 2 == s:
            continue
        if _bracketed_body(art, b + 2) and ". " not in text[min(s, b) : max(s, b)]:
            return True
    return False


def _bracketed_body(art: _Article, at: int) -> bool:
    """Whether an organisation of the model's, or a PER holding a body's word (`Repsol Honda`:
    names_body_words_derived.txt), opens at ``at`` and closes a bracket."""
    body = art.other_starts.get(at)
    if body is not None:
        closed = art.text[body.span[1] : body.span[1] + 1] == ")"
        return body.label == EntityLabel.ORG and closed and not any(c.isdigit() for c in body.text)
    end = next((b for a, b in art.per_spans if a == at), None)
    return (
        end is not None
        and art.text[end : end + 1] == ")"
        and any(names_a_body(w) for w in art.text[at:end].split())
    )


#: the word after a name, unless a letter follows as a tournament's group (`Senegal Grup E`)
_GROUP_AFTER = LazyPattern(r"[ \u00a0](\p{Lu}\p{Ll}+)\b(?![ \u00a0]\p{Lu}\b)")
_TOURNAMENT_GROUP = LazyPattern(r"[ \u00a0]\p{Lu}\b")


#: after a name, another name of a list (`, Rossi`, ` dan Lorenzo`, `/Kevin`)
_LIST_GOES_ON = LazyPattern(r"(?:,[ \u00a0]*(?:dan[ \u00a0]+)?|[ \u00a0]+dan[ \u00a0]+|/)\p{Lu}")


def _competitor_before(text: str, s: int) -> bool:
    """A competitor's noun right before ``s``, `tim` between or not (`pebalap`, `Pebalap tim`:
    entities_competitor_nouns.txt)."""
    word = prev_word(text, s)
    if word.lower() == "tim":
        word = prev_word(text, s - len(word) - 1)
    return word.lower() in word_set("entities_competitor_nouns.txt")


def _team_before_member(art: _Article, ent: Entity) -> bool:
    """A PER opening with no given name right after a competitor's noun (`_competitor_before`),
    then a comma and a second PER that ends the phrase (`Pebalap Suzuki Ecstar, Andrea Iannone
    menggantungkan …`, `kiper Atalanta, Marco Carnesecchi.`): the competitor's team, an
    organisation. A list of persons goes on past the second name (`pebalap Marquez, Rossi, dan
    Lorenzo`)."""
    s, e = ent.span
    if art.text[e : e + 2] != ", " or word_class(ent.text.split()[0]) in (W.GIV, W.AMB):
        return False
    if not _competitor_before(art.text, s):
        return False
    member = next((b for a, b in art.per_spans if a == e + 2), None)
    return member is not None and not _LIST_GOES_ON.get().match(art.text, member)


def _body_named(art: _Article, ent: Entity) -> Entity | None:
    """A PER that names a club (`_club`: `RB Leipzig`; `_match_club`: `kontra Bournemouth`), a
    person's team in brackets (`_team_in_brackets`: `(Repsol Honda)`) or before its member
    (`_team_before_member`: `Pebalap Suzuki Ecstar, Andrea Iannone`) or a business group
    (`_business_group`: `Mayora Group`): that body, an ORG; None otherwise."""
    if _club(art.text, ent) or _team_in_brackets(art, ent) or _team_before_member(art, ent):
        return Entity(ent.text, EntityLabel.ORG.value, ent.span)
    if _match_club(art.text, ent):
        return Entity(ent.text, EntityLabel.ORG.value, ent.span)
    return _business_group(art.text, ent)


def _match_club(text: str, ent: Entity) -> bool:
    """A PER in a match's frame on a page about a game (`in_match_frame`, `SPORTS_WORDS`:
    `imbang kontra Bournemouth`) that the article also writes after a team's word
    (`after_team_word`: `gawang Bournemouth`): the club, no player (players are named after
    `pemain`, `kiper`, never after `gawang` or `markas`); a country's or a region's name is
    none (`country_or_region`)."""
    return (
        in_match_frame(ent.span, text)
        and not country_or_region(ent.text)
        and sports_page(text)
        and after_team_word(ent.text, text)
    )


def _business_group(text: str, ent: Entity) -> Entity | None:
    """A PER closed by a business group's word or right before it (`Mayora Group`, `Ongko Grup`:
    entities_group_forms.txt): the group, an ORG with the word; None otherwise (`Grup E` after a
    team is a tournament's group)."""
    forms = group_forms()
    words = ent.text.split()
    if words and words[-1] in forms and not _TOURNAMENT_GROUP.get().match(text, ent.span[1]):
        return Entity(ent.text, EntityLabel.ORG.value, ent.span)
    m = _GROUP_AFTER.get().match(text, ent.span[1])
    if m is None or m.group(1) not in forms:
        return None
    return Entity(text[ent.span[0] : m.end()], EntityLabel.ORG.value, (ent.span[0], m.end()))


def _person_context(text: str, s: int, cs: int, ce: int, titled: bool) -> bool:
    """A person context keeps a lone or doubtful name: an honorific or rank trimmed off or right
    before, or a speech verb before or after."""
    prev, nxt = prev_word(text, s), next_word_past_comma(text, ce)
    speech = speech_verbs()
    if (not titled and cs > s) or prev.lower() in speech or nxt.lower() in speech:
        return True
    return word_marker(prev) in _PERSON_MARKERS


_DATELINE_AFTER = LazyPattern(r"\s*(?:,\s*(?:\([^()\n]{1,40}\)\s*)?)?[-–—]")
_GLUED_ABBREV = LazyPattern(r"(?:^|[^\w.])(\w{2,4})\. ?$")


def _place_by_form(text: str, s: int, e: int) -> bool:
    """Where the page puts a place: the dateline at the very start (`Sentani – …`, `Muaro,
    (Antaranews Sumbar) - …`), or right after a place abbreviation (`Kec.Cikatomas`, `Kab. Badung`)."""
    if not text[:s].strip() and _DATELINE_AFTER.get().match(text, e):
        return True
    m = _GLUED_ABBREV.get().search(text[max(0, s - 6) : s])
    return m is not None and m.group(1).lower() in role_words("place_abbrev")


#: Characters before a name searched for the credit label that introduces it.
_CREDIT_LOOKBACK = 40


def _in_credit(text: str, s: int, e: int) -> bool:
    """The name is credited, not reported (`Pewarta: Budi Santoso Editor: …`, `(Xinhua/Li Wei)`,
    `TribunWow.com/Ani Lestari`, or an outlet after it: `Sylvana Toemon/Bobo.id`): a credit is
    boilerplate (§1), so no person of the article."""
    before = text[max(0, s - _CREDIT_LOOKBACK) : s]
    before = before[before.rfind("\n") + 1 :]
    # every credit ends in its colon or slash: most names are tested without the search
    if before.rstrip().endswith((":", "：", "/")) and credit_before().search(before) is not None:
        return True
    return outlet_after_name().match(text, e) is not None


#: Letters at least in a word, by how it is written, that a dot after it ends a sentence with
#: (`operasi.`, `bank.`, `Kampung.`, `BUMN.`); shorter ones may be abbreviations (`kec.`,
#: `Univ.`, `Jend.`), and so may the listed ones (`text_abbreviations.txt`: `Prov.`, `Sdri.`).
_SENTENCE_WORD_MIN = {"lower": 4, "title": 5, "upper": 3}


def _ends_sentence(text: str, s: int, prev: str) -> bool:
    """Whether ``prev``, the word before ``s``, ends a sentence: a word long enough for how it
    is written (`_SENTENCE_WORD_MIN`) with a dot after it, not an abbreviation's dot."""
    if text[max(0, s - 2) : s] != ". ":
        return False
    shape = "lower" if prev.islower() else "upper" if prev.isupper() else "title"
    return prev.isalpha() and not abbreviation_word(prev, _SENTENCE_WORD_MIN[shape] - 1)


def _thing_before(text: str, s: int, titled: bool) -> bool:
    """A thing right before: `Sanggar …`, `hari raya …`, `kawasan Geopark …`."""
    if titled:
        return False
    prev = prev_word(text, s)
    if _ends_sentence(text, s, prev):
        return False  # `… menjalani operasi. Marc Marquez mengatakan`: the cue ends a sentence
    lp = prev.lower()
    own, shared, multi = entity_cues()
    if (lp in own or (lp in shared and not _title_before(text, s - len(prev) - 1, analyst=True))) and not (
        prev[:1].isupper() and lp in given_names()
    ):
        return True
    if _facility_marked(tokenize(text[max(0, s - _MARKER_REACH) : s])):
        return True  # `Jl. Jenderal Ahmad Yani`, `Masjid KH Ahmad Dahlan`: named after someone
    if lp in multi:
        before = text[max(0, s - 30) : s].lower()
        return any(
            before.endswith(c + " ") and (len(before) == len(c) + 1 or not before[-len(c) - 2].isalnum())
            for c in multi[lp]
        )
    return False


#: Ranks, honorifics and degrees that may stand between a facility's word and a name, at most.
_FACILITY_MARKERS = 2


def _facility_marked(toks: Sequence[Tok], k: int | None = None, markers: int = _FACILITY_MARKERS) -> bool:
    """Whether a street's or facility's word (`Jl.`, `Masjid`, `Rumah Sakit`) then ranks,
    honorifics or religious titles, ``markers`` at most (`Jenderal`, `Prof. Dr.`, glued
    `Prof.Dr.`), end right before token ``k`` (the end of ``toks`` by default): the name after
    them names the facility."""
    end = len(toks) if k is None else k
    for _ in range(markers):
        start = next((i for i in range(max(0, end - 4), end) if _person_marker_to(toks, i, end)), None)
        if start is None:
            return False
        if any(opens_facility(toks[j:start]) for j in range(max(0, start - 2), start)):
            return True
        end = start
    return False


def _person_marker_to(toks: Sequence[Tok], i: int, end: int) -> bool:
    """A rank, honorific or religious title from token ``i`` to ``end``."""
    m = match_marker(toks, i)
    return m is not None and m[1] == end and m[0] in _PERSON_MARKERS


def _thing_shaped(text: str, s: int, cs: int, ce: int, words: list[str], marked: bool) -> bool:
    """The entity itself or what follows it says it is a thing."""
    if len(words) >= 3 and not marked:
        classes = [word_class(w) for w in words]
        if classes[-1] is W.COM and classes.count(W.COM) >= 2:
            return True  # Taruna Siaga Bencana: a phrase of common words names a body
    own, shared, _ = entity_cues()
    first = words[0].lower()
    if (first in own or first in shared) and first not in given_names():
        return True  # Geopark Ciletuh, Taman …: the entity opens with a thing word
    # a quoted title: `serial TV " Glee "`, `majalah “Elle”`
    if (
        not marked
        and len(words) == 1
        and prev_word(text, s).lower() != "sebagai"
        and (
            text[max(0, s - 2) : s].strip()[-1:] in _QUOTES_OPEN
            and text[ce : ce + 2].strip()[:1] in _QUOTES_CLOSE
        )
    ):
        return True
    # a thing after: `Covid-19`, `Teleconference tersebut`
    after = text[ce : ce + 4]
    if (after[:1] == "-" and after[1:2].isdigit()) or (after[:2] == " -" and after[2:3].isdigit()):
        return True
    # `Teleconference tersebut …` opening a sentence: a thing (`tindakan Dipo tersebut` is not)
    return (
        next_word(text, ce).lower() == "tersebut"
        and len(words) == 1
        and not prev_word(text, s)
        and text[max(0, s - 2) : s].strip() in ("", ".")
    )


_BRACKET_ACRONYM = LazyPattern(r" ?\((\p{Lu}{3,8})\)")
#: Characters read back for the words an acronym spells out.
_EXPANSION_REACH = 120


def _tail_of_expansion(text: str, s: int, e: int, n_words: int) -> bool:
    """`Pembangkit Listrik Tenaga Mini Hidro (PLTMH)`: the span ends a longer name that the
    bracketed acronym after it spells out, initial by initial: a thing or a body, not a person
    (`Budi Santoso (BS)` spells the name alone and stays)."""
    m = _BRACKET_ACRONYM.get().match(text, e)
    if m is None:
        return False
    acronym = m.group(1)
    words = text[max(0, s - _EXPANSION_REACH) : e].split()
    if len(acronym) <= n_words or len(words) < len(acronym):
        return False
    spelled = words[-len(acronym) :]
    return all(w[:1].isupper() for w in spelled) and "".join(w[0] for w in spelled) == acronym


def _alias_of_body(art: _Article, s: int, e: int) -> bool:
    """`PT Krama Yudha Tiga Berlian Motors (Mitsubishi Fuso)`: a name alone in brackets right after
    an organisation is that organisation's other name."""
    text = art.text
    if text[s - 1 : s] != "(" or text[e : e + 1] != ")":
        return False
    before = text[max(0, s - 2) : s - 1]
    end = s - 2 if before == " " else s - 1
    body = art.other_ends.get(end)
    return body is not None and body.label == EntityLabel.ORG


_LIST_WORDS = frozenset({"dan", "serta", "atau", "maupun", "hingga", "sampai"})


#: Characters between a person's name and a complement word (a space, an age in brackets).
_AGE_GAP = r"[ \u00a0]+(?:\(\d{1,3}\)[ \u00a0]+)?"
_COMPLEMENT_GAP = LazyPattern(_AGE_GAP + "$")


@cache
def _complement_after() -> regex.Pattern[str]:
    """A complement word (people_roles `complement_word`: `dari`, `asal`: the body or place after
    it is a person's club, office or origin) right after a list's item (`Riyad Mahrez dari
    Manchester City`)."""
    words = "|".join(sorted(role_words("complement_word")))
    return regex.compile(_AGE_GAP + rf"(?:{words})[ \u00a0]+\p{{Lu}}")


def _complement_before(art: _Article, s: int, ce: int) -> bool:
    """`Roberto Firmino dari Liverpool FC, Riyad Mahrez dari Manchester City, dan Allan
    Saint-Maximin dari Newcastle United`: the body or place before the list's separator is the
    previous person's complement (the model's PER, `dari`/`asal`, the body), and the list is of
    people with their clubs: the name at ``s``..``ce`` has a complement of its own after it, or
    the previous person is itself such an item (`Henny asal Lampung, Mitya asal Jawa Barat dan
    Susi`); then the body says nothing of the name after it (news tune nr09193). One person's
    complement before a list that goes on with places or bodies is no such list (`Andi dari Desa
    Sukamaju, Cibeureum dan Cikoneng`: a place list)."""
    at = _complement_person(art, s)
    if at is None:
        return False
    if _complement_after().match(art.text, ce):
        return True
    return _complement_person(art, art.per_ends[at]) is not None


def _complement_person(art: _Article, s: int) -> int | None:
    """The end of the person whose complement (`dari`/`asal` and the model's body or place) ends
    right before the list's separator before ``s``; None where none does."""
    end = _item_before(art.text, s)
    if end is None or end not in art.other_ends:
        return None
    start = art.other_ends[end].span[0]
    m = _CUE_RIGHT_BEFORE.get().search(art.text, max(0, start - _CUE_REACH), start)
    if m is None or m.group(1).lower() not in role_words("complement_word"):
        return None
    head = art.text[max(0, m.start(1) - _CUE_REACH) : m.start(1)]
    gap = _COMPLEMENT_GAP.get().search(head)
    at = m.start(1) - (len(head) - gap.start()) if gap is not None else m.start(1)
    return at if at in art.per_ends else None


def _in_place_list(art: _Article, s: int, ce: int) -> bool:
    """A list whose neighbour is a place or an organisation: `Gampong Tengah dan Lhung Baroe`.
    A dropped neighbour counts inside a list only (`Galeri …, Elias Krips, Bintang …`), not
    before an apposition (`Ketua Sanggar Kahanjak Huang, Marini, mengatakan`)."""
    text = art.text
    if _in_people_list(art, s, ce) or _beside_one_body(art, s, ce) or _listed_person(art, s, ce):
        return False
    if _complement_before(art, s, ce):
        return False
    in_list = text[ce : ce + 2] == ", " and text[ce + 2 : ce + 3].isupper()
    # `Kepala Suku Dinas Kebersihan Jakarta Timur, Marnaik Siahaan, mengatakan`: a name set off
    # by commas before a verb is an apposition to the title, not a list's item
    nxt = next_word(text, ce + 1) if text[ce : ce + 1] == "," else ""
    appos = nxt[:1].islower() and nxt.lower() not in _LIST_WORDS
    end = _item_before(text, s)
    # `Kepala Satuan Pelayanan Bandara Radin Inten, Muhammad Subandi saat …`: a title's place,
    # then its holder after the comma
    held = end is not None and end in art.other_ends and _title_before(text, art.other_ends[end].span[0])
    appos = appos or held
    if _AGE_AFTER.get().match(text, ce):
        return False  # `serta Muhsin Almusafiri (33), warga …`: an age follows a person's name
    if end is not None and end in art.other_ends and not (text[end:s].rstrip().endswith(",") and appos):
        return True  # `Purbolinggo (59 ha), Sukadana`, `Ringgung, ataupun Kelapa Rapat`
    if _ends_place_list(art, s):
        return True  # `Krueng Sabe, Jaya dan Sampoiniet`: `Jaya` dropped, places before it
    for sep in (", ", " dan ", " serta ", ","):
        if text[max(0, s - len(sep)) : s] == sep and (
            (s - len(sep) in art.other_ends and not (appos and sep.startswith(",")))
            or (in_list and s - len(sep) in art.rejected)
        ):
            return True
        if text[ce : ce + len(sep)] == sep and ce + len(sep) in art.other_starts:
            return True
    return False


#: A capitalised word right after a name: the name runs on into a longer one.
_CAPITAL_NEXT = LazyPattern(r"[ \u00a0]+\p{Lu}")
#: The word before a list's first item, past the words and signs between (`tiga saudara, yaitu
#: Gigi Hadid`, `Perusahaan seperti Unilever`).
_CUE_WORD = LazyPattern(r"(\p{L}+)(?:[ \u00a0,:]+(?:yaitu|yakni|antara[ \u00a0]+lain|seperti))*[ \u00a0,:]*$")
#: Characters read back for a list's cue word.
_CUE_REACH = 40
#: Lowercase words right before a list that make it a list of places: a place preposition or a
#: verb of reaching or covering a place (`di`, `ke`, `menuju`, `merendam`).
_PLACE_GOVERNORS = frozenset({"menuju", "merendam", "melanda", "mengunjungi"})


def _runs_on(text: str, s: int, ce: int, last: int) -> bool:
    """A name at ``s``..``ce`` (its pair or list ending at ``last``) that a capitalised word
    after runs on into a longer name (`Budi Santoso Center for …`), or a credit run into the
    dateline (`Rina Marlina KABARKU.COM`): no person beside a place or a body."""
    return bool(_CAPITAL_NEXT.get().match(text, last)) or _credit_run_on(text[s:ce])


def _names_places(art: _Article, items: list[tuple[int, int, bool]]) -> bool:
    """A list that names one of its places or bodies with its administrative word (`Desa Sri
    Rahayu`, `Kabupaten Katingan`) or as a facility (`Masjid Raya …`): a list of places."""
    return any(
        not per and (_admin_place(art, a) or opens_facility(tokenize(art.text[a:b]))) for a, b, per in items
    )


def _list_cue(art: _Article, at: int) -> str:
    """The word before a list's first item at ``at``, past `yaitu`, `antara lain`, `seperti` and
    commas (`saudara, yaitu …`), lowercased; `""` if none."""
    lead = art.text[max(0, at - _CUE_REACH) : at]
    m = _CUE_WORD.get().search(lead)
    return m.group(1).lower() if m is not None else ""


def _competitor_in_lead(text: str, at: int) -> bool:
    """A competitor's noun in the sentence before ``at`` (`Pembalap Aspar Team itu finis di
    belakang …`: entities_competitor_nouns.txt)."""
    lead = _SENTENCE_STOP.get().split(text[max(0, at - _LEAD_REACH) : at])[-1]
    return any(w.lower() in word_set("entities_competitor_nouns.txt") for w in _LETTERS.get().findall(lead))


def _list_start(art: _Article, s: int, items: list[tuple[int, int, bool]]) -> int:
    """Where the list of ``s`` and its ``items`` starts."""
    return min([s, *(a for a, _, _ in items)])


def _person_cue(art: _Article, s: int, ce: int, items: list[tuple[int, int, bool]]) -> bool:
    """A cue inside the list that it names people: another of its PER items opens with a known
    given name, a role's or a kin's noun comes before it (`pemain`, `pelatih`, `saudara`: the
    people layer's heads, entities_competitor_nouns.txt, people_roles.txt `kin`), or the name's
    last word is one news-raw holds in persons' names (`person_word_in_corpus`: `Ronaldo`)."""
    words = name_tokens(art.text[s:ce])
    if person_word_in_corpus(words[-1]):
        return True
    if any(
        (a, b) != (s, ce) and (per or _opens_with_person_word(name_tokens(art.text[a:b])))
        for a, b, per in items
    ):
        return True
    at = _list_start(art, s, items)
    cue = _list_cue(art, at)
    if _competitor_in_lead(art.text, at):
        return True
    return cue in head_words() or cue in role_words("kin") or cue in role_words("lower_address")


def _place_governed(art: _Article, items: list[tuple[int, int, bool]], s: int) -> bool:
    """A list that a place preposition or a place verb governs (`di Siloam, …`, `dirujuk ke
    Bandung, …`, `merendam …`), or a body's noun opens (`Perusahaan seperti Unilever, …`,
    `Gerai Coach, …`): its names are places or bodies named after people (`Hasan Sadikin`)."""
    first = _list_start(art, s, items)
    cue = _list_cue(art, first)
    if cue in role_words("place_cue") or cue in role_words("place_preposition") or cue in _PLACE_GOVERNORS:
        return True
    lead = art.text[max(0, first - 30) : first].lower().split()[-2:]
    opener = art.text[first:].split(" ", 1)[0].lower()
    return (
        any(w.strip(",") in named_bodies() for w in lead)
        or opener in named_bodies()
        or opener in entity_cues()[0]
    )


def _listed_person(art: _Article, s: int, ce: int) -> bool:
    """A name of two words or more that opens with a person's word, listed beside places or bodies
    with a cue inside the list that it names people (`Neuer dan Sven Ulreich`, `bintang
    Cristiano Ronaldo, Portugal …`, `saudara, yaitu Gigi Hadid, Anwar Hadid dan …`): its first
    word after any particle (`Tubagus`) is a known given name or one news-raw holds in persons'
    names (`person_word_in_corpus`), no word of it is held in bodies' or places' names more often
    than in persons' (`body_words_share`), and `_person_cue` holds; the person decision judges
    it. A first word alone says too little: places, hospitals and brands are named after people
    (`merendam … Sukamaju dan Budi Asih`, `dirujuk ke Bandung, … dan Hasan Sadikin`, `Gerai
    Coach, Kate Spade dan Michael Kors`), so a list a place preposition or verb governs or a
    body's noun opens (`_place_governed`) stays a list of places or bodies, and so does a name
    opening with another word (`Labuhan Badas dan Panda Bima`), a list naming a place with its
    administrative word or a facility (`_names_places`), and a name right after a body's or a
    place's name (`Galeri Huma Lilis Lamiang, Elias Krips, …`: the body's tail). A place and a
    name side by side by a bare comma (`Di AS, Donald Trump …`) need no cue (`_conjoined`).
    News-raw 0-3999: 38 persons' entities gained right, none wrong (the first word alone: 45
    right, 1 wrong, `panda raksasa Cai Tao dan Hu Chun`)."""
    words = name_tokens(art.text[s:ce])
    if not _opens_with_person_word(words) or body_words_share(" ".join(words)) > 0:
        return False
    if s - 1 in art.other_ends and art.text[s - 1 : s] == " ":
        return False  # `Galeri Huma Lilis Lamiang`: right after a body's name, the body's tail
    if _runs_on(art.text, s, ce, ce):
        return False
    items = _list_items(art, s, ce)
    if _names_places(art, items):
        return False
    if not _conjoined(art.text, s, ce, items):
        return True  # `Di Prancis, Emmanuel Macron …`, `asal Inggris, Stephen Hawking`: a pair by a comma
    return not _place_governed(art, items, s) and _person_cue(art, s, ce, items)


def _opens_with_person_word(words: list[str]) -> bool:
    """A name of two words or more whose first word after any particle (`Tubagus`) is a given name
    by `_given_name_by` with news-raw's persons' words (`person_word_in_corpus`)."""
    first = next((w for w in words if word_class(w) is not W.PART), "")
    return len(words) >= 2 and _given_name_by(first, person_word_in_corpus)


def _given_name_by(word: str, also: Callable[[str], bool]) -> bool:
    """``word`` is a known given name (`word_class`) or one ``also`` holds as a person's given word
    (news-raw's persons' words, `person_word_in_corpus`; another country's given names,
    `foreign_given_name`)."""
    return word_class(word) is W.GIV or also(word)


def _conjoined(text: str, s: int, ce: int, items: list[tuple[int, int, bool]]) -> bool:
    """The name at ``s``..``ce`` is an item of a list proper: two items or more beside it, or one
    joined to it by a conjunction (`Sukamaju dan Budi Asih`), not a place and a name side by side
    by a bare comma (`Di AS, Donald Trump …`: a place phrase, then the clause's subject)."""
    if len(items) != 1:
        return len(items) > 1
    a, b, _ = items[0]
    between = text[b:s] if b <= s else text[ce:a]
    return any(w in _LIST_WORDS for w in between.lower().replace(",", " ").split())


#: A source's cue right before a name (`Menurut Science Alert, NASA …`): the first of a pair by
#: a comma after it is the outlet cited and the second the clause's subject, no member beside a
#: body.
_CITED_BEFORE = LazyPattern(
    r"\b(?:menurut|diberitakan|dilaporkan|dilansir(?:\s+dari)?|melansir|dikutip\s+dari|mengutip)\s+$",
    regex.IGNORECASE,
)


def _cited_first(art: _Article, s: int, ce: int, first: int) -> bool:
    """A source's cue (`_CITED_BEFORE`) opens the pair with the name (``first`` is ``s``): the
    name cited, an outlet, unless the article shows it a person's (`Menurut Science Alert, NASA
    …`; not `Menurut Budi Santoso, BMKG …`: a known given name, or its last word in another of
    the model's persons). A body cited first is no evidence against the name after it
    (`Dilansir dari Independent, Mike Kelley yang bekerja …`)."""
    text = art.text
    if first != s or not _CITED_BEFORE.get().search(text, max(0, first - _CUE_REACH), first):
        return False
    words = text[s:ce].split()
    if word_class(words[0]) in (W.GIV, W.AMB):
        return False
    return not any(words[-1] in text[a:b].split() for a, b in art.per_spans if (a, b) != (s, ce))


#: Letters at least in a shouted word that ends a credit run into the dateline.
_SHOUTED_MIN = 3


def _credit_run_on(name: str) -> bool:
    """`Abdul Majid TRIBUNNEWS`, `EditorGlori K. Wadrianto SURABAYA`: a name in title case closed
    by a shouted word (an outlet's or the dateline's city, glued to the credit line) is a credit
    run into the dateline (§1: boilerplate), no person beside a body."""
    words = name.split()
    last = words[-1]
    return (
        len(words) > 1
        and len(last) >= _SHOUTED_MIN
        and last.isalpha()
        and last.isupper()
        and not _ROMAN.get().fullmatch(last)  # `Hamengku Buwono XII`: an order, the name's own
        and any(not w.isupper() for w in words[:-1])
    )


def _beside_one_body(art: _Article, s: int, ce: int) -> bool:
    """`personel grup K-pop ZE:A, Im Siwan.`, `menyalip Lando (Norris, McLaren)`, `dipimpin Sigit
    Ardian, LavAni mampu …`: a name and one organisation of the model's set side by side by a bare
    comma, with no list separator before the first nor after the second (`… Mama Lemon, Fresh
    99, Ekonomi, hingga …` goes on), are a member beside their body or a clause's end before the
    next subject, not a list's two items (a list of two joins them with `dan`)."""
    items = _list_items(art, s, ce)
    if len(items) != 1 or items[0][2]:
        return False
    a, b, _ = items[0]
    body = art.other_starts.get(a)
    if body is None or body.label != EntityLabel.ORG:
        return False
    text, first, last = art.text, min(a, s), max(b, ce)
    if _item_before(text, first) is not None or _LIST_SEP_AFTER.get().match(text, last) is not None:
        return False
    # `Siloam Hospitals Surabaya, Mochtar Riady Center for …`: a capitalised word after the pair
    # runs it on into a longer name, which the pair's last item only opens
    if _cited_first(art, s, ce, first) or _runs_on(text, s, ce, last):
        return False
    return (text[b:s] if b <= s else text[ce:a]).strip() == ","


#: The separator before a list's item: a comma and/or a conjunction, after an optional bracketed
#: note on the item before (`Purbolinggo (59 ha), Sukadana`).
_SEPARATOR = (
    r"(?:\s?\([^()\n]{1,20}\))?(?:,[ \u00a0]+(?:(?:dan|serta|atau|ataupun|maupun)[ \u00a0]+)?"
    r"|[ \u00a0]+(?:dan|serta|atau|ataupun|maupun)[ \u00a0]+)"
)
_LIST_SEP = LazyPattern(_SEPARATOR + "$")
#: An age in brackets right after a name (`Surikan (41)`): a person's.
_AGE_AFTER = LazyPattern(r"[ \u00a0]?\(\d{1,3}\)")
#: Items walked back along a list for the places before a name.
_LIST_HOPS = 6


#: The separator after a list's item, as `_LIST_SEP` before one.
_LIST_SEP_AFTER = LazyPattern(_SEPARATOR)
#: PER items opening with a known given name that make a list of people.
_PEOPLE_IN_LIST = 2


#: Capitalised words right before a span that the model left out of a listed name (`Poltak
#: |Hotradero`).
_NAME_HEAD = LazyPattern(r"(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]){1,2}$")


def _head_start(text: str, a: int) -> int:
    """Where the listed name ending in the span at ``a`` starts: its capitalised words before."""
    m = _NAME_HEAD.get().search(text, max(0, a - 40), a)
    return m.start() if m is not None else a


def _list_items(art: _Article, s: int, ce: int) -> list[tuple[int, int, bool]]:
    """The model's entities chained to ``s``..``ce`` by list separators, before and after it,
    as (start, end, is PER), walking ``_LIST_HOPS`` items each way at most; a PER item starts
    at its name's first capitalised word (`Poltak Hotradero` for the model's `Hotradero`)."""
    text, items = art.text, []
    per_ends, per_heads = art.per_ends, art.per_heads
    a = s
    for _ in range(_LIST_HOPS):
        end = _item_before(text, a)
        if end in per_ends:
            a = _head_start(text, per_ends[end])
        elif end in art.other_ends:
            a = art.other_ends[end].span[0]
        else:
            break
        items.append((a, end, end in per_ends))
    b = ce
    for _ in range(_LIST_HOPS):
        m = _LIST_SEP_AFTER.get().match(text, b)
        start = m.end() if m is not None else -1
        if start in per_heads:
            b = per_heads[start]
        elif start in art.other_starts:
            b = art.other_starts[start].span[1]
        else:
            break
        items.append((start, b, start in per_heads))
    return items


def _admin_place(art: _Article, a: int) -> bool:
    """The place or body at ``a`` is a place written with its administrative word (`Desa …`)."""
    item = art.other_starts.get(a)
    return (
        item is not None and item.label == EntityLabel.LOC and item.text.split()[0].lower() in admin_words()
    )


def _in_people_list(art: _Article, s: int, ce: int) -> bool:
    """`yakni Budi Santoso, Siti Aminah, Pasar Baru, dan Agus Salim`: a list whose PER items
    opening with a known given name (two or more, this one counted) outnumber its places and
    bodies is a list of people, whatever the model called one of its items; a list
    of places that names one with its administrative word (`Desa Sri Rahayu, Agung Jaya`,
    `Kabupaten Katingan, Seruyan`) stays a list of places."""
    if names_run_together(name_tokens(art.text[s:ce])):
        return False
    items = [*_list_items(art, s, ce), (s, ce, True)]
    if sum(1 for *_, per in items if per) < _PEOPLE_IN_LIST:
        return False  # too few PER items to count as people: most names stand in no list
    if any(not per and _admin_place(art, a) for a, _, per in items):
        return False
    # a list holding a facility (`Masjid Raya …, Al Furqon, Al Ikhlas`) names more facilities
    unknown = not any(not per and opens_facility(tokenize(art.text[a:b])) for a, b, per in items)
    unknown = unknown and not _lists_works(art.text, min(a for a, _, _ in items))
    people = sum(1 for a, b, per in items if per and _listed_name(art, name_tokens(art.text[a:b]), unknown))
    return people >= _PEOPLE_IN_LIST and people > sum(1 for *_, per in items if not per)


def _lists_works(text: str, start: int) -> bool:
    """Whether the sentence before a list starting at ``start`` names works or products
    (`lagu`, `produk`, `notes`: names_work_list_cues.txt): its unknown names are titles."""
    lead = text[max(0, start - _LEAD_REACH) : start]
    lead = _SENTENCE_STOP.get().split(lead)[-1]
    return any(w.lower() in _work_cues() for w in _LOWER_WORD.get().findall(lead))


#: how far before a list its sentence is read for a work's or product's noun
_LEAD_REACH = 160
#: a sentence's stop and the blank after it; a lowercase word (compiled once, not looked up per
#: call: `regex.split`'s own cache lookup cost more than the split)
_SENTENCE_STOP = LazyPattern(r"[.!?] ")
_LOWER_WORD = LazyPattern(r"\p{Ll}+")
_LETTERS = LazyPattern(r"\p{L}+")


@cache
def _work_cues() -> frozenset[str]:
    return word_set("names_work_list_cues.txt")


def _listed_name(art: _Article, words: list[str], unknown: bool) -> bool:
    """A list's PER item that reads as a person's name: it opens with a known given name or a
    name particle before another word (`_particle_opened`), or, if
    ``unknown``, it has two or three words of no known class, none a body's word nor written in
    lowercase in the article (`Bernardo Silva`, `Evan Ferguson`: players' names the lexicon does
    not know). Four such words are two names a lineup wrote with no comma between them (`Denzel
    Dumfries Lautaro Martinez`), or a name and its club, or a title: no one name."""
    if not words or word_class(words[0]) is W.GIV or _particle_opened(words):
        return bool(words)
    return (
        unknown
        and len(words) >= 2
        and not names_run_together(words)
        and all(word_class(w) is W.UNK and w.lower() not in art.lower for w in words)
        and not any(names_a_body(w) for w in words)
    )


def _particle_opened(words: list[str]) -> bool:
    """`Gede Bagus Panji Narajaya`, `Tubagus Mochammad Cipta`: a name particle (`name_particles`:
    a Balinese birth-order name, a Sundanese or Bugis noble's) opens a name of two words or more,
    as it opens persons' names only; the words after it may be ones the lexicon calls common
    (`Bagus`, `Cipta`)."""
    return len(words) >= 2 and word_class(words[0]) is W.PART


def _opens_multi_particle(words: list[str]) -> bool:
    """The two first words open a name particle of two words or more (names_particles.txt: `Anak
    Agung Ngurah Rai`), whose first word may be a common word (`anak`): the name's own (GUIDELINES
    §2), no word glued before it."""
    return any(parts[:2] == tuple(words[:2]) for parts in name_particles()[1])


def _item_before(text: str, s: int) -> int | None:
    """Where the list's item before ``s`` ends (None: no list separator before ``s``)."""
    m = _LIST_SEP.get().search(text, max(0, s - 40), s)
    return m.start() if m is not None else None


def _ends_place_list(art: _Article, s: int) -> bool:
    """A dropped name whose list holds two places or more before it (`di Kecamatan Panga,
    Teunom, Krueng Sabe, Jaya dan Sampoiniet`, `seperti Muncak, Pahawang, Mutun, ataupun Kelapa
    Rapat`): one more place of the list (GUIDELINES §6), walking back over dropped names too."""
    places = 0
    for _ in range(_LIST_HOPS):
        end = _item_before(art.text, s)
        if end is None:
            return False
        if end in art.other_ends:
            item = art.other_ends[end]
            if item.label != EntityLabel.LOC:
                return False  # a list of bodies (`Graphinex, VHM, RZ Resources`), not of places
            places += 1
            s = item.span[0]
        elif end in art.rejected:
            places += end in art.placed_ends  # a dropped name read as a place before it
            s = art.rejected[end]
        else:
            return False
        if places >= 2:
            return True
    return False


def _after_place(art: _Article, s: int, words: list[str]) -> bool:
    """Right after a place or an organisation that no title introduces: `masyarakat Kotim
    Habaring Hurung`; a name holding a given name or a word the article calls a person alone
    (`_name_word`) is a person there, and so is one after a place of origin (people_roles.txt
    `origin`: `Gelandang asal Kroasia Luka Modric`)."""
    text = art.text
    prev = prev_word(text, s)
    o_start = None
    if art.other_ends.get(s - 1) is not None and text[s - 1 : s] == " ":
        o_start = art.other_ends[s - 1].span[0]
    elif prev[:1].isupper() and (prev.lower() in place_words() or art.votes.get(prev, (0, 0))[1] > 0):
        o_start = s - len(prev) - 1
    if o_start is None or any(_name_word(art, w) for w in words):
        return False
    before3 = text[max(0, o_start - 60) : o_start].split()[-3:]
    ow = before3[-1] if before3 else ""
    return (
        ow[:1].islower()
        and ow.lower() not in speech_verbs()
        and not _origin_of_person(ow, before3[:-1])
        and not any(b.lower().strip(",.") in head_words() for b in before3)
    )


def _origin_of_person(ow: str, nouns: list[str]) -> bool:
    """Whether the word ``ow`` before a place opens a person's origin (people_roles.txt `origin`:
    `Gelandang asal Kroasia Luka Modric`): not when a body's kind noun comes before it
    (`body_words_before`, people_roles.txt `origin_body`: `Grup band asal Amerika Serikat Imagine
    Dragons`, `Maskapai asal Malaysia Batik Air`, `Perusahaan rintisan asal Singapura Grab
    Holdings`): the name after the place is that body's."""
    kinds = body_words_before() | role_words("origin_body")
    return ow.lower() in role_words("origin") and not any(n.lower().strip(",.") in kinds for n in nouns)


#: Characters before a name searched for a district or region name that runs into it.
_PLACE_LOOKBACK = 40
# Words before a name where a region name that runs into it may begin: nearly all district
# and region names are one to three words (`Medan Amplas`), so two words back covers them;
# looking further back would let a region that merely precedes the name swallow it.
_PLACE_WORDS_BEFORE = 2


def _ends_place_name(text: str, cs: int, ce: int) -> bool:
    """The name is the last word(s) of a district or region name that starts just before it
    (`Kecamatan Medan Amplas`: `Amplas` ends the district `Medan Amplas`): a place, no one."""
    lo = max(0, cs - _PLACE_LOOKBACK)
    toks = tokenize(text[lo:ce])
    first = next((k for k, t in enumerate(toks) if lo + t.start >= cs), None)
    if first is None or first == 0:
        return False
    return any(
        toks[k].text[:1].isupper() and match_region(toks, k, len(toks), kecamatan=True) == len(toks)
        for k in range(max(0, first - _PLACE_WORDS_BEFORE), first)
    )


def _ends_in_region(text: str, s: int, cs: int, ce: int, titled: bool) -> bool:
    """`Peradi Bandarlampung`, `Diskoprindag Mesuji`, `Dompet Dhuafa Jabar`, `Wakajati Lampung`:
    words that end in a listed province, regency or city (not a district: their names are many
    and often ordinary words) name a body's or an office's branch there, no one; a region that is
    a given name too (`Bima`, `Batubara`) may end a person's name and is left to the other tests,
    and so is a region after a person's name (`Muhammad Agam mengatakan …`)."""
    toks = tokenize(text[cs:ce])
    k = _region_tail(toks)
    return k is not None and not _person_before_region(text, s, cs, ce, toks, k, titled)


def _region_tail(toks: Sequence[Tok]) -> int | None:
    """Where a listed province, regency or city that ends the name's words starts (not the first
    word, nor a region that is a given name too: `Bima`, `Batubara`), or None."""
    for k in range(1, len(toks)):
        if (
            toks[k].text[:1].isupper()
            and match_region(toks, k, len(toks)) == len(toks)
            and word_class(toks[k].text) not in (WordClass.GIV, WordClass.AMB)
        ):
            return k
    return None


def _person_before_region(
    text: str, s: int, cs: int, ce: int, toks: Sequence[Tok], k: int, titled: bool
) -> bool:
    """Whether the words before the region that starts at ``toks[k]`` and ends the name are a
    person's: known given names or name particles, one given name at least, in a person's context
    (a speech verb before or after, an honorific or rank): `Muhammad Agam mengatakan …`; name
    words of any known kind after a rank of several words (`Jenderal Pol (Purn) Badrodin Haiti`:
    `_marker_run_before`); two name words or more, one a given name, after an office's title
    (`Kepala BPOM Bengkulu Yogi Abaso Mataram`, `Direktur BWC Olivia Anastasia Padang`: the
    holder's whole name; news-raw: 3 persons gained, all right, none lost). A body's words
    (`Dompet Dhuafa`, `Peradi`, `Ketua Peradi Bandarlampung`), given names in no person's context
    (a club's `Putra Samarinda`) or a region that is a common word (`kata Imam Besar Masjid …`: a
    post) are no evidence."""
    classes = [word_class(t.text) for t in toks[:k]]
    if any(word_class(t.text) is WordClass.COM for t in toks[k:]):
        return False
    if _marker_run_before(text, cs):
        return all(c in _NAME_CLASSES for c in classes)
    if len(classes) >= _NAME_BEFORE_REGION and (titled or _title_before(text, s, official=True)):
        return WordClass.GIV in classes and all(c in _NAME_CLASSES for c in classes)
    return (
        WordClass.GIV in classes
        and all(c in (WordClass.GIV, WordClass.PART) for c in classes)
        and _person_context(text, s, cs, ce, titled)
    )


#: Words of a name at least before a region that ends it after an office's title: one word and a
#: region (`Ketua Laskar Lampung`) is a body's branch as often as a holder's name.
_NAME_BEFORE_REGION = 2
#: Characters before a name read for a rank or an honorific of several words that ends at it
#: (`Jenderal Pol (Purn)`, `Letnan Jenderal TNI`).
_MARKER_LOOKBACK = 40


def _marker_run_before(text: str, cs: int) -> bool:
    """Whether a person's marker of one word or several ends right before the name (the name
    grammar's `match_marker`: `Jenderal Pol (Purn) Badrodin Haiti`, `Irjen Pol …`, `Bapak …`): a
    rank or an honorific heads a person only, never a body's branch, so words no list knows
    (`Badrodin`) before a region's word (`Haiti`) are a person's name there."""
    toks = tokenize(text[max(0, cs - _MARKER_LOOKBACK) : cs])
    return any(
        (m := match_marker(toks, k)) is not None and m[0] in _PERSON_MARKERS and m[1] == len(toks)
        for k in range(len(toks))
    )


def _district_span(text: str, cs: int, ce: int) -> bool:
    """Whether ``text[cs:ce]`` is exactly a region's or a district's name (`Seputih Raman`)."""
    toks = tokenize(text[cs:ce])
    return bool(toks) and match_region(toks, 0, len(toks), kecamatan=True) == len(toks)


def _lone_word_thing(art: _Article, s: int, cs: int, ce: int, word: str, titled: bool) -> bool:
    """One unmarked word: a thing when written in lowercase elsewhere, a place, called a place by
    the model as often, or the body after a title (`Kabag Tapem`, `Rektor Unila ke`)."""
    text = art.text
    lw = word.lower()
    if lw in art.lower:
        return True  # teba, sak, covid: written in lowercase elsewhere, a common word
    if lw in place_words() or is_region_span(text, cs, ce):
        return True
    pv = art.votes.get(word)
    if pv is not None and pv[1] >= pv[0]:
        return True  # the model calls the same word a place or an organisation as often
    # unless it is a given name or the subject of a verb (`Wabup Kembang menambahkan`)
    nxt = next_word(text, ce)
    return (
        (titled or prev_word(text, s).lower() in head_words())
        and lw not in given_names()
        and not (nxt[:1].islower() and nxt.lower() not in role_words("function_after"))
        and not _official_ends_sentence(text, cs, ce)
    )


_STOP_AFTER = LazyPattern(r"[.!?][\"'”’]?(?:\s|$)")


def _official_ends_sentence(text: str, cs: int, ce: int) -> bool:
    """The word right after an office's title ends its sentence (`kinerja Presiden Prabowo.`,
    `Wamenaker Noel.`): the holder's name, as a body after a title runs on (`Rektor Unila ke`);
    not a listed body or a common word (`Menteri Komdigi.`, `Direktur Perseroan.`), nor after a
    member's noun (`tim Inafis.`: entities_member_heads.txt)."""
    if _STOP_AFTER.get().match(text, ce) is None:
        return False
    head, word = prev_word(text, cs).lower(), text[cs:ce]
    return (
        head in official_head_words()
        and head not in word_set("entities_member_heads.txt")
        and word.lower() not in common_words()
        and not listed_body_short_name(word)
    )


def _opening_word_off(text: str, s: int, cs: int, ce: int, words: list[str], titled: bool) -> int | None:
    """`Paris - Nasib Karim Benzema di …`: a common word capitalised because it opens the
    sentence is cut off, not the first word of a name particle (`_opens_multi_particle`: `Anak
    Agung`); returns the new start, or None when the entity is left as it was."""
    lead = text[max(0, s - 3) : s].strip()
    if (
        not titled
        and cs == s
        and len(words) >= 2
        and lead in _OPENING_LEAD
        and word_class(words[0]) is W.COM
        and word_class(words[1]) in NAMEISH
        and not _opens_multi_particle(words)
    ):
        m = _WORD_AT.get().search(text, cs + len(words[0]), ce)
        return m.start() if m else -1
    return None


_WORD_AT = LazyPattern(r"[^\W\d_]+")


#: Letters: an acronym this long or longer opening a PER span names an organisation (MPP, BPS);
#: shorter capitals are initials (JK, AA).
_ACRONYM_MIN = 3


def _opening_acronym(word: str) -> bool:
    """`BPS Amalia`, `Gerindra Hendra`: a body's short name glued before a name; a known given name
    not written in capitals is the name's (`Aji Jaya`, not AJI)."""
    if word.lower() in org_acronyms():
        return word.isupper() or word_class(word) is not W.GIV
    return len(word) >= _ACRONYM_MIN and word_class(word) in (W.ACR, W.ORG) and word.isupper()


def _trim_opening(
    art: _Article, s: int, cs: int, ce: int, words: list[str], titled: bool
) -> tuple[int, list[str]] | None:
    """The name's start and words with a sentence-opening common word (`Paris - Nasib Karim
    Benzema`), an organisation's acronym (`MPP Inhil`, `BPS Amalia`) or a body's or place's
    name (`Dahana Dadan Munawar`) cut off; None when nothing is left."""
    text = art.text
    new_start = _opening_word_off(text, s, cs, ce, words, titled)
    if new_start == -1:
        return None
    if new_start is not None:
        return new_start, words[1:]
    body = len(words) >= 2 and _body_before_name(art, cs, words)
    glued = body or (
        len(words) >= 2
        and (
            _opening_acronym(words[0])
            or _common_before_given(words)
            or _word_before_person(art, words)
            or _common_word_before_named(art, (cs, ce), words)
            or _village_before_name(art, s, words)
            or _party_number(art.text, s, words)
            or _person_noun_before_name(words)
        )
    )
    # after a title too a body's or a place's word is the title's (`CEO Nvidia Jensen Huang`)
    if (glued and not titled and cs == s) or (body and titled):
        m = _WORD_AT.get().search(text, cs + len(words[0]), ce)
        return (m.start(), words[1:]) if m else None
    return cs, words


def _person_nouns() -> frozenset[str]:
    """Nouns for a person of sport or the screen (`legenda`, `rider`, `aktris`: the `person` kind
    of entities_nicknames.txt)."""
    return _words_by_kind("entities_nicknames.txt")["person"]


def _person_noun_before_name(words: list[str]) -> bool:
    """`Legenda Gary Neville`, `Rider Andrea Dovizioso`: a person's noun capitalised (a
    sentence's first word) before a name of two words or more is no word of the name (one word
    after it may be a nickname: `Legenda Suzuki`)."""
    rest = words[1:]
    return (
        words[0].lower() in _person_nouns()
        and len(rest) >= _NAME_AFTER_NOUN
        and all(word_class(w) in NAMEISH for w in rest)
    )


#: Words of a name after a person's noun that make it a name and no nickname.
_NAME_AFTER_NOUN = 2


def _party_number(text: str, s: int, words: list[str]) -> bool:
    """`terdakwa I John Field`, `Teradu I Muhammad Afifuddin`: the Roman numeral one after a
    numbered party to a case (people_roles.txt case_party) is the party's number, no Balinese `I`
    opening the name."""
    before = text[max(0, s - _PARTY_LOOKBACK) : s].split()
    numbered = bool(before) and before[-1].lower() in role_words("case_party")
    return len(words) >= 2 and words[0] == "I" and numbered


#: Characters read back before a PER span for the party word a Roman numeral numbers.
_PARTY_LOOKBACK = 16


def _body_before_name(art: _Article, cs: int, words: list[str]) -> bool:
    """`Direktur Utama PT Dahana Dadan Munawar` read as `Dahana Dadan Munawar`: the model calls a
    body or a place by the first word elsewhere in the article (`PT Dahana`, `Kabupaten Biak
    Numfor`, or the word alone more often than a person) without the words after it here, and
    two name words or more follow it: the first word is that body or place, written before the
    name. A given name stays (`_given_word`: `Agung`, `Putri` beside `Putri KW` read as a body),
    and so does a first name the article writes opening full names more often than alone as a
    place or a body (`Gibran Rakabuming Raka` twice, `Gibran` once read as a place:
    `_full_names_opened`) unless it is a region's name.
    Without the article's word, news-raw's counts may say it (`corpus_body_before`: `Denmark
    Viktor Axelsen`, `Nvidia`)."""
    held = art.other_words.get(words[0], ())
    per, other = art.votes.get(words[0], (0, 0))
    if not is_region_span(words[0], 0, len(words[0])):  # `Denmark Kim Astrup`: a country's name
        per += _full_names_opened(art, words[0])
    return (
        len(words) >= 3
        and (any(" " in o for o in held) or other > per or body_word_at(art.text, cs, words[0], words[1]))
        and not _given_word(words[0])
        and all(word_class(w) in NAMEISH for w in words[1:])
        and not any(words[1] in other.split() for other in held)
    )


def _full_names_opened(art: _Article, word: str) -> int:
    """How many of the model's PER spans of two words or more open with ``word``."""
    spans = (art.text[a:b].split() for a, b in art.per_spans)
    return sum(1 for ws in spans if len(ws) >= _FULL_NAME_WORDS and ws[0] == word)


#: Words of a PER span that make a full name.
_FULL_NAME_WORDS = 2


def _word_before_person(art: _Article, words: list[str]) -> bool:
    """`Skuad Pep Guardiola`, `Kemunculan Conor McGregor`: a common word or a body's word before a
    name the model calls a person elsewhere in the article on its own (capitals, `MS Hidayat`,
    may be initials and stay; a word the article also writes in lowercase inside the name,
    `Erik ten Hag`, is part of it)."""
    rest = " ".join(words[1:])
    per, _ = art.votes.get(rest, (0, 0))
    return (
        per > 0 and word_class(words[0]) in (W.COM, W.ORG) and f" {words[0].lower()} {rest}" not in art.text
    )


def _common_word_before_named(art: _Article, core: tuple[int, int], words: list[str]) -> bool:
    """`Optimisme Imam` beside `Imam Sudjarwo`, `Nutrisionis Rita Ramayulis` beside `Rita`: a word
    no lexicon knows as a name's (a common or an unknown word, `common_word_only` by news-raw's
    counts) that the article never calls a person alone, before a name the article opens a full
    name with elsewhere (`_opens_name_elsewhere`), is a noun glued before the name; the model's
    person of the next word alone says so too before two name words or more (`Rita`), or before
    a word news-raw opens names with (`opens_names_mostly`: `Doain Gabriel` beside `Gabriel`).
    Else one word after it needs the full name: `Tanya Steele` beside `Steele` is the surname's
    reading of a given name that is a common word too (`tanya`). Given names that are common
    words are known to the lexicon and stay (`Hari Purnomo`, `Putri Ariani`); so do a word
    shorter than `_COMMON_MIN` letters (an initial: `D Thomas` before `Thomas Cup`) and a noun
    for people banded together (entities_body_nouns.txt), which opens a body's name (`Relawan
    Ganjar Pranowo Mania`). Only a word that opens the capitalised run (`_opens_run`: at a
    sentence's start, after a mark or a lowercase word) is read so: after a capitalised word, a
    job's or a title's, it opens the name (`Novelis Langit Kresna Hariadi` beside `Kresna Hariadi`,
    `Penyanyi Senja Ayu Lestari` beside `Ayu Lestari`)."""
    first = words[0]
    if not _opens_run(art.text, core[0]):
        return False
    if len(first) < _COMMON_MIN or word_class(first) not in (W.COM, W.UNK) or not common_word_only(first):
        return False
    if art.votes.get(first, (0, 0))[0] or first.lower() in word_set("entities_body_nouns.txt"):
        return False
    alone = art.votes.get(words[1], (0, 0))[0] > 0
    given = len(words) > _FULL_NAME_WORDS or opens_names_mostly(words[1])
    return (alone and given) or _opens_name_elsewhere(art, words[1], core)


def _opens_name_elsewhere(art: _Article, word: str, core: tuple[int, int]) -> bool:
    """Whether the article writes ``word`` before another capitalised word (`Imam Sudjarwo`,
    `Laura Basuki`) outside the span ``core`` and outside the model's bodies and places (`Teater
    Mak Yong` beside the body `Mak Yong Malaysia`: no person's name)."""
    cs, ce = core
    return any(
        _CAPITAL_NEXT.get().match(art.text, b) is not None and not any(x <= a < y for x, y in art.other_spans)
        for a, b in whole_words(art.text, word)
        if not cs <= a < ce
    )


#: Words read back from a PER span for a village head's title (`Kepala Pekon`, `Peratin`).
_VILLAGE_TITLE_WORDS = 3


def _village_before_name(art: _Article, s: int, words: list[str]) -> bool:
    """`Peratin Sukapura Setiawati`, `Kades Sukamaju Ujang Saepudin`: right after a village head's
    title the first word is the village when the article names a place or a body by it elsewhere
    (`Pekon Sukapura`); a known given name stays (`Kades Agus Salim`)."""
    if len(words) < 2 or word_class(words[0]) in (W.GIV, W.PART) or words[0] not in art.other_words:
        return False
    before = art.text[max(0, s - 40) : s].lower().split()
    heads = role_words("village_head")
    return any(" ".join(before[-n:]) in heads for n in range(1, min(_VILLAGE_TITLE_WORDS, len(before)) + 1))


def _facility_inside(words: list[str]) -> bool:
    """`Takmir Masjid Nurul Amin`: a facility word inside a PER span, a name after it, makes the
    span a facility's name (the words before it a role or a place), no person's."""
    return any(
        w[:1].isupper() and words[x + 1][:1].isupper() and opens_facility(tokenize(f"{w} {words[x + 1]}"))
        for x, w in enumerate(words[1:-1], start=1)
    )


def _place_name_tail(art: _Article, s: int, words: list[str]) -> bool:
    """`Kampung Mesir Dwi Jaya`, `Pantai Labuhan Jukung Krui`: right after a place the model ended
    early, one opened by an administrative, geographic or facility word, a name ending in a word
    that ends place names and no given name (`Jaya`, `Krui`; not `Sari`, `Umar`) is the rest of
    the place. After a title the name may be the holder's (`Kepala Desa Sukamaju Dwi Jaya`): kept."""
    place = art.other_ends.get(s - 1)
    if place is None or place.label != EntityLabel.LOC or art.text[s - 1 : s] != " " or len(words) > 2:
        return False
    first = place.text.split()[0].lower().rstrip(".")
    opens = first in admin_words() or first in geo_words() or opens_facility(tokenize(place.text))
    last = words[-1]
    ends_place = last.lower() in place_end_words() and word_class(last) not in (W.GIV, W.AMB)
    return opens and ends_place and not _title_before(art.text, place.span[0], official=True)


def _voted_other(art: _Article, cs: int, ce: int) -> bool:
    """`hadirnya Ace Hardware` beside `Toko ACE Hardware`, `hadirnya ACE Hardware`: an unmarked
    name the model calls a place or a body elsewhere as often, whatever its case, is that one."""
    per, other = art.folded.get(folded(art.text[cs:ce]), (0, 0))
    return other > 0 and other >= per


def _common_before_given(words: list[str]) -> bool:
    """`Relawan Rahmat Hidayat`, `Lanjut Suryani`, `Duet Ben Biggs`: a common word glued before a
    known given name by the model, or before a word news-raw opens names with (`opens_names_mostly`)
    and one more name word, is a noun or a verb next to the name, not its first word; not where
    the two first words open a multi-word name particle (`_opens_multi_particle`)."""
    rest = [word_class(w) for w in words[1:]]
    if not rest or word_class(words[0]) is not W.COM or W.COM in rest:
        return False
    if _opens_multi_particle(words):
        return False
    return rest[0] is W.GIV or (len(words) > _FULL_NAME_WORDS and opens_names_mostly(words[1]))


def _no_person(
    art: _Article,
    span: tuple[int, int],
    core: tuple[int, int],
    words: list[str],
    *,
    titled: bool,
    marked: bool,
    after_body: bool = False,
) -> bool:
    """Whether the evidence says the entity names no person (each test says which); ``after_body``:
    a body's or a place's word was cut off before it, so it is no place's tail (`_after_place`)."""
    text, (s, e), (cs, ce) = art.text, span, core
    if len(words) == 1 and (len(words[0]) == 1 or _ROMAN.get().fullmatch(words[0])):
        return True  # `kelas X`, `Bab II`: a letter or a Roman numeral names no one
    if _place_by_form(text, s, e) or _in_credit(text, s, e) or _ends_in_region(text, s, cs, ce, titled):
        return True
    if _thing_before(text, s, titled) or _thing_shaped(text, s, cs, ce, words, marked):
        return True
    if not titled and named_made_thing(text[max(0, s - 80) : s].split()):
        return True
    if _tail_of_expansion(text, s, e, len(words)) or _alias_of_body(art, s, e):
        return True
    if _facility_inside(words) or _place_name_tail(art, s, words):
        return True
    if marked:
        return False
    if names_a_body(" ".join(words)):
        return True  # `Inter Milan`, `Ducati`, unmarked: a body's, a club's or a product's words only
    if (
        _in_place_list(art, s, ce)
        or (not after_body and _after_place(art, s, words))
        or _ends_place_name(text, cs, ce)
    ):
        return True
    if len(words) > 1 and _voted_other(art, cs, ce):
        return True
    if len(words) > 1 and _district_span(text, cs, ce):
        return True  # `… Bekri, dan Seputih Raman terendam`: a district's name, unmarked
    if len(words) == 1 and _lone_word_thing(art, s, cs, ce, words[0], titled):
        return True
    # Pantura/Sukarno Hatta after `Jalan Sukarno Hatta`: the street again
    return " ".join(text[cs:ce].split()) in art.namesakes


#: Letters: a shorter capitalised word (`Di`, `Dan`, `Ten`) may be a name's particle.
_COMMON_MIN = 4
_SPACED_WORD = LazyPattern(r"\S+")


def _common_word(art: _Article, word: str) -> bool:
    """A word of a PER span that the article writes in lowercase elsewhere (`booster`, `komet`,
    `kini`) and never alone as a name (`kata Slot`): a common word, not a name's. Given names and
    particles are names' words whatever their case (`Putra`, `Agung`, `bin`)."""
    core = word.strip(".,;:!?\"“”'’()")
    return (
        len(core) >= _COMMON_MIN
        and core[:1].isupper()
        and core.lower() in art.lower
        and core not in art.alone
        and word_class(core) not in (W.GIV, W.AMB, W.PART)
        and word_marker(core) is None
    )


def _predicate_word(word: str) -> bool:
    """A word of a PER span that news-raw writes as a predicate after a name (`Sri Mulyani
    Pastikan`, `Jin Butuh`: names_predicate_words.txt), not a name's word. A name with a particle
    takes any word (`I Dewa Gede Sayang`), so `_common_words_off` asks only outside those."""
    core = word.strip(".,;:!?\"“”'’()")
    return (
        core[:1].isupper()
        and core.lower() in word_set("names_predicate_words.txt")
        and word_class(core) not in (W.GIV, W.AMB, W.PART)
    )


def _before_predicate(text: str, cs: int, ce: int) -> int:
    """The end of a name before a predicate inside its PER span (`Bapak Badu Santosa Beserta
    Jajaran`): the words from the predicate on are its object, not the name's; the span's end
    when none stands after its first word (or a particle names it). `_vet_one` cuts there only
    after a title or in a person's context: unmarked, a capitalised run with a verb inside is a
    headline (`Fuji Akui Sempat Hampir Gila`), dropped whole by `_common_words_off`."""
    parts = list(_SPACED_WORD.get().finditer(text[cs:ce]))
    if any(word_class(m.group()) is W.PART for m in parts):
        return ce
    for prev, m in pairwise(parts):
        if _predicate_word(m.group()):
            return cs + prev.end()
    return ce


def _common_words_off(art: _Article, cs: int, ce: int, titled: bool) -> tuple[int, int] | None:
    """The name with common words at its edges cut off (`Comeback Leo Rolly Carnando`, `Stephen
    Hawking Kini`); None when one stands inside it or nothing is left (`Komet Neowise`, `Gerhana
    Bulan Penumbra`: a phrase or a thing, not a name). After
    a title the first word is the name's own (`Bupati Aletinus`), so a common one drops it."""
    parts = [(cs + m.start(), cs + m.end(), m.group()) for m in _SPACED_WORD.get().finditer(art.text[cs:ce])]
    particled = any(word_class(w) is W.PART for _, _, w in parts)
    flags = [_common_word(art, w) or (not particled and _predicate_word(w)) for _, _, w in parts]
    if not any(flags):
        return cs, ce
    a, b = 0, len(parts)
    while a < b and flags[a] and not titled:
        a += 1
    while b > a and flags[b - 1]:
        b -= 1
    if a == b or any(flags[a:b]) or len(parts) - (b - a) >= len(parts):
        return None
    return parts[a][0], parts[b - 1][1]


#: Known given names read back from a PER span at most.
_GIVEN_BACK = 2
_WORD_BEFORE = LazyPattern(r"(?<![\w.\-])\p{Lu}\p{Ll}+ $")


def _given_names_before(art: _Article, s: int) -> int:
    """`Aji Jaya`, `Dina Novita sari` read as `Jaya`, `Novita`: a known given name written right
    before the model's span (one space, in no other entity) is the name's first word; the new
    start."""
    for _ in range(_GIVEN_BACK):
        m = _WORD_BEFORE.get().search(art.text, max(0, s - 30), s)
        if m is None or (s - 1) in art.other_ends:
            break
        word = m.group().strip()
        named = _name_word(art, word) or _given_opening_run(art.text, word, m.start())
        if not named and not _spoken_name_word(art, word, m.start()):
            break
        if any(a <= m.start() < b for a, b in art.other_spans):
            break
        s = m.start()
    return _words_after_marker(art, s)


def _name_word(art: _Article, word: str) -> bool:
    """A known given name, or a word the lexicon does not know that the model reads alone as a
    person in the article, there or elsewhere, and never as anything else (`Satrio` and `Adi
    Nugroho`, two spans of the model side by side, are one name)."""
    cls = word_class(word)
    per, other = art.votes.get(word, (0, 0))
    return cls is W.GIV or (cls is W.UNK and per > 0 and other == 0)


def _given_opening_run(text: str, word: str, at: int) -> bool:
    """`Putri Kusuma Wardani` read as `Wardani`: a given name that is a common word too
    (`_given_word`) opening the capitalised run at ``at`` (`_opens_run`) is the name's first word,
    and after a name's word (a given name or a word no lexicon knows: `Widiyanti Putri Wardhana`)
    a word of the name. After another capitalised word it is that word's common word: a team's,
    a title's or an event's (`Pelatih Timnas Basket 3x3 Putri Fandi Andika Ramadhani`, `Tunggal
    Putri Gregoria Mariska Tunjung` at a sentence's start)."""
    if not _given_word(word):
        return False
    if _opens_run(text, at):
        return True
    m = _WORD_BEFORE.get().search(text, max(0, at - _RUN_REACH), at)
    return m is not None and word_class(m.group().strip()) in (W.GIV, W.UNK)


def _opens_run(text: str, at: int) -> bool:
    """Whether a capitalised word at ``at`` opens a run of them (`_RUN_OPENS`)."""
    return _RUN_OPENS.get().search(text, max(0, at - _RUN_REACH), at) is not None


#: Where a capitalised run opens: the text's start, a mark, or a whole lowercase word before it.
_RUN_OPENS = LazyPattern(r"(?:^|[.!?,;:\"“”'‘’()\-–—]|(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}\-]*)[ \u00a0]*$")
#: Characters read back for `_RUN_OPENS` (a longer lowercase word opens no run).
_RUN_REACH = 30


def _given_word(word: str) -> bool:
    """A known given name, or a given name that is a common word too which news-raw opens persons'
    names with (`opens_names_mostly`: `Putri` 21 of 25 articles; not `Bintang`, `Hari`)."""
    cls = word_class(word)
    return cls is W.GIV or (cls is W.AMB and opens_names_mostly(word))


def _spoken_name_word(art: _Article, word: str, at: int) -> bool:
    """`Direktur … BI Juli Budi Winantya` beside `Juli menyebut …`, `kata Tedros`: a word the
    article writes alone as a speaker (`_spoken_words`) is the first word of the name the model
    starts right after it, whatever the lexicon says it is (a month, a common word), unless it is
    a region, a marker or a title's word, or stands right after a title's word (`CEO Roblox`,
    the body a title names). News-raw (61 articles with such a word before a person): one name
    made whole (`M Ihdan Nazar Husaini`), none wrong; an official's title still takes a month
    (`… BI Juli`: the titles' reading)."""
    if art.spoken is None:  # made once an article, for its first name with a word before it
        art.spoken = _spoken_words(art.text)
    return (
        word in art.spoken
        and word_class(word) in _SPOKEN_CLASSES
        and not is_region_span(word, 0, len(word))
        and word_marker(word) is None
        and not title_prefix_len(f"{word} X", 0, len(word) + 2)
        and prev_word(art.text, at).lower() not in head_words()
    )


#: classes of a word a speaker's lone name may have: a name's, a month's (`Juli`), a common word's
_SPOKEN_CLASSES = frozenset({W.UNK, W.GIV, W.AMB, W.STOP, W.COM})


@cache
def _speaker_pattern() -> regex.Pattern[str]:
    """A capitalised word tagging a quote after a speech verb (`," kata Juli`) or opening a
    sentence before one (`. Juli menyebut`)."""
    verbs = "|".join(regex.escape(v) for v in sorted(speech_verbs(), key=len, reverse=True))
    return regex.compile(
        rf"(?:[,”\"] (?:{verbs}) (?P<a>\p{{Lu}}\p{{Ll}}+)\b(?! \p{{Lu}})"
        rf"|(?:^|[.!?”\"] )(?P<b>\p{{Lu}}\p{{Ll}}+) (?:{verbs})\b)",
        regex.MULTILINE,
    )


def _spoken_words(text: str) -> frozenset[str]:
    """Capitalised words the article writes alone as a speaker (`_speaker_pattern`)."""
    return frozenset(m.group("a") or m.group("b") for m in _speaker_pattern().finditer(text))


#: Characters read back from a PER span for a degree or honorific opening the name.
_MARKER_REACH = 40


def _words_after_marker(art: _Article, s: int) -> int:
    """`Ir. Bangkit Haryo Utomo` read as `Utomo`: the capitalised words (two at most, no title,
    place or body, none in another entity: `AKBP Rio|Tangkari` stays as the model read it) between
    a degree or honorific and the model's span are the name's first words, whatever their class
    (`Bangkit` is also a verb); the new start. A span opening
    with a particle starts surely, and a marker after a facility word names the facility
    (`RSUP Prof Sukawati I Nyoman Sudira`)."""
    if particle_len(tokenize(art.text[s : s + _MARKER_REACH]), 0):
        return s
    base = max(0, s - _MARKER_REACH)
    toks = tokenize(art.text[base:s])
    k = len(toks)
    while (
        len(toks) - k < _GIVEN_BACK
        and k > 0
        and toks[k - 1].kind is WORD
        and toks[k - 1].text[:1].isupper()
        and not toks[k - 1].newline
        and word_class(toks[k - 1].text) not in (W.STOP, W.ORG, W.ACR)
        and match_head(toks, k - 1) is None
        and match_marker(toks, k - 1) is None
    ):
        k -= 1
    spans = art.other_spans + art.per_spans
    if k == len(toks) or any(a < base + toks[-1].end and base + toks[k].start < b for a, b in spans):
        return s
    if any(_person_marker_to(toks, i, k) for i in range(max(0, k - 4), k)):
        # a facility's word (one or two: `RSUD`, `Rumah Sakit`) right before the marker: the
        # words after it are the facility's (`RSUP Prof Sukawati I Nyoman Sudira`)
        return s if _facility_marked(toks, k, markers=1) else base + toks[k].start
    return s


def _vet_one(art: _Article, ent: Entity) -> tuple[Entity | None, bool]:
    """The entity as kept (cut when it ran into other words) and whether a person context marks
    it; (None, False) when it names no person."""
    text = art.text
    s, e = ent.span
    if not (0 <= s < e <= len(text)) or e - s > _MAX_SPAN:
        return None, False
    s = _given_names_before(art, s)
    toks = tokenize(text[s:e])
    cut = _cut_end(toks, s, e)
    if cut is None:
        return None, False
    e = cut
    # the name inside: a leading title and honorifics, degrees and ranks off
    k = title_prefix_len(text, s, e) if toks and match_head(toks, 0) is not None else 0
    titled = k > s
    core = strip_name(text, k if titled else s, e) if k < e else None
    if core is None and not titled and k < e:
        return None, False  # degrees or honorifics alone (`S. Sos`, `S.E.`) name no one
    if core is None:
        return Entity(text[s:e], ent.label, (s, e)), True  # a bare title: the officials scanner decides
    cs, ce = core
    words = name_tokens(text[cs:ce])
    if not words:
        return None, False
    trimmed = _trim_opening(art, s, cs, ce, words, titled)
    if trimmed is None:
        return None, False
    # the model read the words after a body's word it held as a person: no place's tail (`arsitek
    # Denmark Jorn Utzon`)
    body_cut = trimmed[0] != cs and not titled and corpus_body_word(words[0])
    if trimmed[0] != cs:
        s = cs = trimmed[0]
        words = trimmed[1]
        k = cs if titled else k  # the body's word cut off after a title is the title's
    cut = _before_predicate(text, cs, ce)
    if cut != ce and (titled or _person_context(text, s, cs, cut, titled)):
        e = ce = cut
        words = name_tokens(text[cs:ce])
    marked = _person_context(text, s, cs, ce, titled)
    if _no_person(art, (s, e), (cs, ce), words, titled=titled, marked=marked, after_body=body_cut):
        return None, False
    kept = _common_words_off(art, cs, ce, titled)
    if kept is None:
        return None, False
    if kept != (cs, ce):  # what is left is vetted again
        s, cs, ce = (s if titled else kept[0]), kept[0], kept[1]
        e, words = ce, name_tokens(text[cs:ce])
        marked = _person_context(text, s, cs, ce, titled)
        if _no_person(art, (s, e), (cs, ce), words, titled=titled, marked=marked):
            return None, False
    if titled:
        s = k  # Bupati Aletinus: a title is never inside a PER span
    return Entity(text[s:e], ent.label, (s, e)), marked
