"""Known bodies: short names, clubs, levies, units, and bodies named beside titles and lists.

Known bodies by their short names in capitals (`entities_org_acronyms.txt`), football clubs
with their regions, by their city alone or as a match's side (`kontra Koln`), levies and
programmes that are no bodies (`entities_levies.txt`), a body's unit after its short name, local
bodies in lists (`entities_local_bodies.txt`), a board level before a body's short name (`PP PBSI`),
a country's armed service (`AU Mesir`), and `_model_bodies`: the model's ORG/LOC repaired.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from ...learn import LOW_DECADES
from ...people.corpus import BODY_ARTICLES_MIN, corpus_counts, name_counts
from ...people.lexicon import role_words
from ...people.persons import _CODE_AFTER, _ticker
from ...records import Entity, Span, spans_overlap
from ...records import EntityLabel as Label
from ...resources import load_lines
from ...text.patterns import LazyPattern
from ...text.words import (
    club_form,
    club_formed,
    common_words,
    english_body_words,
    given_names,
    glued,
    group_forms,
    in_order,
    join_words,
    listed_body_short_name,
    org_acronyms,
    speech_verbs,
    word_set,
)
from .cuts import _active_verb, _place_head_only
from .filters import (
    _account_tag,
    _address_alone,
    _before_its_year,
    _cut_at_join,
    _cut_in_word,
    _degree,
    _degrees,
    _formula,
    _greeting,
    _headline_predicate,
    _in_degree_word,
    _in_document_number,
    _initials_named,
    _language,
    _letterless,
    _number_plated,
    _opener_words,
    _people_named,
    _speaker_named,
    _spelled_here,
    _the_nation,
    _title_only,
    _uncapitalised,
    _year_at,
)
from .grammar import _name_like, _names_unit
from .kinds import (
    _activity_opening,
    _bracket_gloss,
    _common_word_opening,
    _counted_kind,
    _cup_word,
    _dated_edition,
    _dated_work,
    _editor_mark,
    _emphasised_phrase,
    _english_position,
    _english_thing,
    _event,
    _event_words,
    _facility_kind,
    _heads_only,
    _in_event_name,
    _in_quoted_title,
    _in_rule_title,
    _lowercase_opener,
    _nickname,
    _numbered_party,
    _owned_place,
    _place_written_lowercase,
    _school_grade,
    _without_unplaced_shorts_in_brackets,
    _written_low_phrase,
    _written_lowercase,
)
from .model import _relabel, _title_cased_word
from .page import _opens_agent_clause, _opens_sentence, _opens_text
from .places import _list_item, _list_items, _seat_len, country_lengths
from .repair import _repair_model, _spells_body
from .shortnames import (
    MIN_SPELLED_BODY,
    _bracket_words,
    _bracketed,
    _capitals_word,
    _initials,
    _listed_short_name,
    _region_at,
    _spelled_acronyms,
    _spelled_out,
)
from .tokens import (
    Tok,
    _after_title,
    _name_word,
    _own_name,
    level_len,
    lowercase_words,
    match_head,
    on_sports_page,
    region_len,
    title_len,
    tok_of,
    token_at,
    token_over,
    tokens_inside,
    word_positions,
    written_at,
)
from .words import (
    _CLUB_OPENINGS,
    _CLUB_SHORT,
    SENTENCE_ENDS,
    Head,
    _countries,
    _english_joins,
    _english_name_joins,
    _head_firsts,
    _is_rank,
    _joins,
    _listed_regions,
    _not_entities,
    _place_kinds,
    _places,
    _scale_words,
    after_team_word,
    country_or_region,
    in_match_frame,
    phrase_len,
)


def _without_levies(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """No ORG/LOC that is a tax's or a programme's short name (`PPN`, `PBB-P2`, `KUR`, `BLT`:
    ``entities_levies.txt``, GUIDELINES §6), except in brackets right after an ORG whose name it
    abbreviates (`Kementerian Perencanaan Pembangunan Nasional (PPN)`). A span that a short name
    the article writes as a levy opens is the levy's too (`target PBB Pesisir Barat`)."""
    org_ends = {e.span[1] for e in ents if e.label == Label.ORG}
    shorts = _levy_shorts(toks)
    levies = word_set("entities_levies.txt") | shorts
    out = []
    for ent in ents:
        first = token_at(ent.span[0], toks)
        opened = first is not None and toks[first].low in shorts
        k = first if ent.text.casefold() in levies or opened else None
        named = k is not None and k >= 2 and toks[k - 1].text == "(" and toks[k - 2].end in org_ends
        if k is None or ent.label == Label.PER or named:
            out.append(ent)
    return out


@cache
def _spelled_levy_openers() -> frozenset[str]:
    """The first words of a levy's, a document's, a number's or an index's spelled name
    (``entities_levy_openers.txt``, ``entities_document_openers.txt``)."""
    return word_set("entities_levy_openers.txt") | word_set("entities_document_openers.txt")


def _levy_shorts(toks: Sequence[Tok]) -> frozenset[str]:
    """Short names the article writes as a levy's: the word before the hyphen of a listed levy
    (`PBB` of `PBB-P2`) and an all-caps short name in brackets after the words of a tax that
    spell it (`Pajak Bumi dan Bangunan (PBB)`, the first word in ``entities_levy_openers.txt``):
    the levy wherever it stands alone in that article (`melunasi PBB`), no body and no place.
    So is one the words of a document, a number or an index spell (`Perjanjian Kerja Sama (PKS)`,
    `Nomor Pokok Wajib Pajak (NPWP)`: ``entities_document_openers.txt``), though a party has it."""
    levies, openers = word_set("entities_levies.txt"), _spelled_levy_openers()
    hyphened = {t.low.split("-")[0] for t in toks if "-" in t.low and t.low in levies}
    spelled_as = {toks[k].low: toks[words[0]].low in openers for k, words in _spelled_acronyms(toks).items()}
    spelled = {short for short, levy in spelled_as.items() if levy}
    return frozenset(hyphened | spelled | _levy_stems_among_taxes(toks, spelled_as))


def _levy_stems_among_taxes(toks: Sequence[Tok], spelled_as: dict[str, bool]) -> set[str]:
    """The stem of a listed levy written with its suffix (`PBB` of `PBB-P2`, `PBB P2`) is the levy
    alone too (`denda PBB`, `retribusi PBB`, `pembayaran PBB`) in an article that writes a tax's
    word (`pajak`, `retribusi`: entities_levy_openers.txt), unless the article spells the stem as
    a body's name (`Partai Bulan Bintang (PBB)`). In news-raw, the articles that write `PBB`
    beside `pajak` or `retribusi` all mean the tax; those about the United Nations or the party
    write neither word."""
    taxed = not word_set("entities_levy_openers.txt").isdisjoint(t.low for t in toks)
    if not taxed and not _levy_stem_cued(toks):
        return set()
    return {stem for stem in _suffixed_levy_stems() if stem not in spelled_as}


def _levy_stem_cued(toks: Sequence[Tok]) -> bool:
    """A listed levy's stem written right after a word for paying, owing or collecting a levy
    (`pembayaran PBB`, `realisasi PBB`, `SPPT PBB`: entities_levy_cues.txt). In news-raw the
    articles that write one of these before `PBB` and no `pajak` all mean the tax."""
    stems, cues = _suffixed_levy_stems(), word_set("entities_levy_cues.txt")
    return any(tok.low in stems and toks[k - 1].low in cues for k, tok in enumerate(toks) if k)


@cache
def _suffixed_levy_stems() -> frozenset[str]:
    """The first word of each listed levy written with a suffix (`pbb` of `pbb-p2`, `pbb p2`)."""
    suffixed = (levy.replace("-", " ").split() for levy in word_set("entities_levies.txt"))
    return frozenset(words[0] for words in suffixed if len(words) > 1)


def _bodies_not_places(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A LOC whose whole text is a body's short name (``entities_org_acronyms.txt``, or one word an
    organisation's prefix opens: `Kemenag` in `Kantor Kementerian Agama (Kemenag)`) names no
    place: the body, an ORG, when it is its whole word; nothing when it is part of a word joined
    by a hyphen or a slash (`DPRD-DKPTPH`, `BI-FAST`, `TNI/Polri`), whose other part it may not
    name. Title case before a capitalised word is a given name's (`Kai Havertz`). A short name
    of words that name no place is none either (`_without_unplaced_shorts_in_brackets`: `Trade
    Expo Indonesia (TEI)`). An office named by its kind is a body too (`_office_of_kind`)."""
    out = []
    for ent in _without_unplaced_shorts_in_brackets(ents, toks):
        k = token_at(ent.span[0], toks) if ent.label == Label.LOC else None
        if k is not None and _office_of_kind(ent, toks):
            out.append(Entity(ent.text, Label.ORG, ent.span))
        elif k is None or not _body_short_name(toks, k) or ent.span[1] > toks[k].end:
            out.append(ent)
        elif toks[k].end == ent.span[1]:
            out.append(Entity(ent.text, Label.ORG, ent.span))
    return out


#: Words right before a building's name where the building is the place the news happens in
_PLACE_WORDS = frozenset(
    {"di", "ke", "depan", "samping", "sebelah", "belakang", "seberang", "halaman", "gedung"}
)


def _office_of_kind(ent: Entity, toks: Sequence[Tok]) -> bool:
    """`Kantor` and a word that makes an office's own name (`Kantor Pertanahan`, `Kantor Cabang
    Pembantu (KCP) Bulog`: entities_office_kinds.txt): the office as a body (GUIDELINES §6),
    unless a word of place stands right before it (`di Kantor Cabang …`: the building)."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) < 2 or toks[inside.start].low != "kantor":
        return False
    placed = inside.start > 0 and toks[inside.start - 1].low in _PLACE_WORDS
    return not placed and toks[inside.start + 1].low in word_set("entities_office_kinds.txt")


def _clubs_by_their_city(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A LOC the article also writes as the city in a club's name (`_club_city`: `Roma` beside
    `AS Roma`, `Girona` beside `Girona FC`) names the club, an ORG (GUIDELINES §6:
    clubs are organisations), unless it is read as the city (`_read_as_city`)."""
    cities = {city for e in ents if e.label == Label.ORG and (city := _club_city(e.text))}
    place_ends = {e.span[1] for e in ents if e.label == Label.LOC}
    return [
        _relabel(e, Label.ORG)
        if e.label == Label.LOC and e.text in cities and not _read_as_city(e, toks, place_ends)
        else e
        for e in ents
    ]


def _club_city(name: str) -> str | None:
    """The city a club's name holds: after a club's opener (`AS Roma`, `Borussia Dortmund`) or
    before a club's form in initials (`Girona FC`, `Valencia CF`: not `United`, which follows a
    region's name a page writes for the region too, `Madura United`, nor a listed region's or
    district's name before the form, `Lampung FC`: the page's region)."""
    opener, _, rest = name.partition(" ")
    if rest and opener in _club_openers():
        return rest
    words = name.split()
    formed = len(words) == 2 and words[1].isupper() and club_form(words[1])
    return words[0] if formed and words[0].lower() not in _listed_regions() else None


def _clubs_in_match_frames(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A side of a match on a page about a game (`SPORTS_WORDS`) names a club, an ORG
    (GUIDELINES §6; data/annotations: clubs are organisations): a LOC in a match's frame
    (`in_match_frame`: `kontra Koln`, `Koln 1-2`), and a PER or a LOC listed among clubs
    (`_listed_among_clubs`: `Nottingham Forest, West Ham, Sunderland, Leeds United`); a lone PER
    side is read before the persons (`extract.ner.vet._match_club`: `kontra Bournemouth`). The
    club is every mention the article writes so, unless read as the city (`_read_as_city`: `di
    Sunderland`); a country's or a listed region's name stays a place (`melawan Curacao`:
    countries as opponents are places). A PER across a match's word from an ORG is no club: the
    model's ORG there is as often a player (`Putri Kusuma Wardani vs An Se Young`)."""
    if not on_sports_page(toks, text):
        return ents
    ents = sorted(ents, key=lambda e: e.span)
    nations = _nations_play(ents, text)
    clubs = {(e.text, e.label) for i, e in enumerate(ents) if _match_side(ents, i, text, nations=nations)}
    clubs = {c for c in clubs if not country_or_region(c[0])}
    # a club listed before is no place a comma reads the next name after (`Burnley, Sunderland`)
    place_ends = {e.span[1] for e in ents if e.label == Label.LOC and (e.text, e.label) not in clubs}
    return [
        _relabel(e, Label.ORG)
        if (e.text, e.label) in clubs and not (e.label == Label.LOC and _read_as_city(e, toks, place_ends))
        else e
        for e in ents
    ]


def _club_cities_kept(
    before: Sequence[Entity], after: Sequence[Entity], toks: Sequence[Tok], text: str
) -> list[Entity]:
    """A club's city stays a place: a LOC read as the city by its form (`_read_as_city`,
    `CITY_WORD`: `Stadion Vitality, Bournemouth`, `kota Koln`) that one sense per surface
    (``after``, `_one_sense` of ``before``) made the ORG of a club the page names as a match's
    side (`in_match_frame`: `kontra Bournemouth`; `after_team_word`: `gawang Bournemouth`) is the
    LOC again."""
    if not on_sports_page(toks, text):
        return list(after)
    place_ends = {e.span[1] for e in after if e.label == Label.LOC}
    sides = {e.text for e in after if e.label == Label.ORG and in_match_frame(e.span, text)}
    return [
        b
        if b.label == Label.LOC
        and a.label == Label.ORG
        and (a.text in sides or after_team_word(a.text, text))
        and _read_as_city(b, toks, place_ends, cues=CITY_WORD)
        else a
        for b, a in zip(before, after, strict=True)
    ]


def _match_side(ents: Sequence[Entity], i: int, text: str, *, nations: bool = False) -> bool:
    """Entity ``i`` (a PER or a LOC) reads as a side of a match (`_clubs_in_match_frames`); on a
    page whose sides are ``nations`` (`_nations_play`), a LOC in a match's frame is none."""
    ent = ents[i]
    if ent.label not in (Label.PER, Label.LOC):
        return False
    if ent.label == Label.LOC and in_match_frame(ent.span, text):
        return not nations
    return _listed_among_clubs(ents, i, text)


def _nations_play(ents: Sequence[Entity], text: str) -> bool:
    """A country's name (`_countries`) stands as a LOC in a match's frame (`melawan Denmark`,
    `China 3-1`): the page's sides are national teams, and another place there is a nation
    written as its capital or its island (`melawan Taipei`), a place (data/annotations: countries
    as opponents are places), no club."""
    countries = _countries()
    return any(
        e.label == Label.LOC and e.text.lower() in countries and in_match_frame(e.span, text) for e in ents
    )


#: Items a list of clubs holds besides the one read: two at least, since a club and a name after
#: a comma is often a player in apposition (`Tottenham Hotspur, Harry Kane`).
_CLUB_LIST_OTHERS = 2


def _listed_among_clubs(ents: Sequence[Entity], i: int, text: str) -> bool:
    """Entity ``i`` is listed with two others or more, one a club by its form (`club_formed`:
    `Leeds United`), none a country or a region (`Sao Paulo, AC Milan`: the list is mixed)."""
    others = _other_list_items(ents, i, text)
    return (
        len(others) >= _CLUB_LIST_OTHERS
        and any(o.label == Label.ORG and club_formed(o.text) for o in others)
        and not any(country_or_region(o.text) for o in others)
    )


@cache
def _club_openers() -> frozenset[str]:
    """Words opening a club's name before its city, as written (entities_club_openers.txt)."""
    return frozenset(load_lines("entities_club_openers.txt"))


#: Words before a city's name that read it as the place (`di Madrid`, `ke kota Roma`).
_CITY_CUES = frozenset({"di", "ke", "kota"})
#: The city's own word of `_CITY_CUES`: `di` and `ke` before a name the model reads as a club
#: are as often the club (`melatih di Barcelona`, `pindah ke Roma`).
CITY_WORD = frozenset({"kota"})


def _read_as_city(
    ent: Entity, toks: Sequence[Tok], place_ends: set[int], cues: frozenset[str] = _CITY_CUES
) -> bool:
    """A place's word stands right before ``ent`` (``cues``, `_CITY_CUES` unless told) or a place
    and a comma do (`Stadion Olimpico, Roma`): the city, not its club."""
    k = token_at(ent.span[0], toks)
    if not k:
        return False
    after_place = toks[k - 1].text == "," and k > 1 and toks[k - 2].end in place_ends
    return toks[k - 1].low in cues or after_place


#: What stands between two items of a list (`, `, `, dan `, ` serta `).
_LIST_GLUE = LazyPattern(r",\s*(?:(?:dan|serta|atau)\s+)?|\s+(?:dan|serta|atau)\s+")


def _without_places_listed_among_bodies(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """No LOC listed among bodies only (its list's other items, two at least, all ORGs: `Nvidia,
    Apple, Alphabet, dan Microsoft`, `Oral Profilaksis, Scaling, Topical Application`): a list
    names things of one kind, and these name no place (GUIDELINES §6), unless it reads as a
    place of its own (`_place_of_its_own`). It is dropped, not made a body: the other items are
    often the model's misreadings too (colours, songs, a lineup's players); a list one of whose
    bodies is known makes it one later (`with_bodies_listed`: `Nvidia, Oracle, Texaco`)."""
    ents = sorted(ents, key=lambda e: e.span)
    return [
        ent
        for i, ent in enumerate(ents)
        if ent.label != Label.LOC or not _among_bodies(ents, i, text) or _place_of_its_own(ent, toks)
    ]


def _among_bodies(ents: Sequence[Entity], i: int, text: str) -> bool:
    """Entity ``i`` is listed with two or more others, all ORGs."""
    others = _other_list_items(ents, i, text)
    return len(others) >= 2 and all(o.label == Label.ORG for o in others)


def _other_list_items(ents: Sequence[Entity], i: int, text: str) -> list[Entity]:
    """The other entities listed with entity ``i``: only a list's glue stands between."""
    glue = _LIST_GLUE.get()
    lo = hi = i
    while lo > 0 and glue.fullmatch(text, ents[lo - 1].span[1], ents[lo].span[0]):
        lo -= 1
    while hi + 1 < len(ents) and glue.fullmatch(text, ents[hi].span[1], ents[hi + 1].span[0]):
        hi += 1
    return [ents[j] for j in range(lo, hi + 1) if j != i]


def _place_of_its_own(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A head opens the LOC (`Desa Kelesa`, `Pulau Harapan`), a listed region's or district's name
    does, a compass word ends it (`Amerika Utara`) or a venue's word is in it (`Plaza Keadilan`:
    entities_facility_tails.txt); or it is shouted (a dateline's `JAKARTA`)."""
    k = token_at(ent.span[0], toks)
    if k is None or ent.text.isupper():
        return True
    words = ent.text.lower().split()
    compass = words[-1] in word_set("entities_compass_words.txt")
    venue = any(w in word_set("entities_facility_tails.txt") for w in words)
    return compass or venue or match_head(toks, k) is not None or region_len(toks, k, kecamatan=True) > 0


def _body_short_name(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` (or its part before a hyphen or slash) is a listed body's short name or one word
    an organisation's prefix opens; in title case no listed region's or district's name (`Kai`,
    the district beside `KAI` the railway) and no given name before a capitalised word (`Kai
    Havertz`)."""
    word = _HYPHEN_OR_SLASH.get().split(toks[k].text)[0]
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
    starts = frozenset(e.span[0] for e in entities)
    return [r for e in kept for r in _repair_model(text, toks, e, *known, starts)]


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
            and _body_follows(toks, after, starts)
        )
        if not field:
            out.append(ent)
    return out


def _body_follows(toks: Sequence[Tok], j: int, starts: dict[int, Entity]) -> bool:
    """A body's name starts within three words of word ``j``, read past the bracketed short name
    that opens there: the name's own (`Komite Olahraga Nasional Indonesia (KONI) Pusat`: no body
    after it), not the body the name serves (`Direktur Sumber Daya Manusia (SDM) PT …`). A verb
    in lowercase ends the clause of the title first (`_clause_verb`): a body after it is the
    clause's (`Product Manager Acer Indonesia mengatakan Acer …`: `Acer Indonesia` the body
    served), where a preposition goes on to it (`Atase Perdagangan Indonesia di KBRI …`)."""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
        j += 3
    for t in toks[j : j + 3]:
        if t.start in starts:
            return True
        if _clause_verb(t.text):
            return False
    return False


def _clause_verb(word: str) -> bool:
    """An active verb (`_active_verb`: `mengatakan`, `menggantikan`) or a verb of speech in
    lowercase (names_speech_verbs.txt: `kata`, `ujar`); a `ber-` word may be a preposition
    (`bersama`), no verb here."""
    return _active_verb(word) or (word.islower() and word in speech_verbs())


def _own_short_name_ends(toks: Sequence[Tok], j: int, person_starts: set[int]) -> bool:
    """Word ``j`` opens the bracketed short name that ends the name before it, no body it serves
    (`Calon Presiden Koalisi Indonesia Maju (KIM), …`); a name going on after the brackets is
    the whole name's (`Komite Olahraga Nasional Indonesia (KONI) Pusat`)."""
    closed = j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"
    return closed and not _name_goes_on_after(toks, j + 3, person_starts)


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
    for k in word_positions(toks, _local_firsts()):  # a local body opens only at its first word
        tok = toks[k]
        head = match_head(toks, k) if tok.text[:1].isupper() else None
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


def _listed_shorts(
    toks: Sequence[Tok], model: Sequence[Entity], read: Sequence[Entity] | None = None
) -> frozenset[str]:
    """Shouted short names the model reads as ORG in a list whose next or previous item is a model
    ORG written in other than capitals (`Pemkab Lombok Tengah, ITDC, MGPA, dan TNI`, `PBHI, Tim
    Advokasi …`, shouted items between counting as glue: `_listed_with`): listed among named
    bodies, the short name is a body's too, as a defined one is (`_unexplained_acronym`); the
    other items of a list of shouted words alone tell nothing (`PNS, CPNS, PPPK`), nor does a
    degree's (`SpGK, AIFO-K, FINEM` after a doctor's name), and a kind's short name and a
    person's initials stay out (`BUMN`: entities_not.txt; `_person_initials`). With ``read``
    (the article's entities read without listed short names), a neighbour counts only where an
    ORG of the reading covers it or it carries a body's word (`_kept_anchor`): one the reading
    drops is itself a misread thing (`Urea, NPK`; `MVP, Most Home Run`)."""
    orgs = [e for e in model if e.label == Label.ORG]
    named = [e for e in orgs if not e.text.isupper() and not _degree(e)]
    if read is not None:
        named = [e for e in named if _kept_anchor(e, read)]
    ends = {e.span[1]: e for e in named}
    starts = {e.span[0] for e in named}
    found, initials = set(), _person_initials(toks, model)
    for e in orgs:
        k = token_at(e.span[0], toks)
        if k is None or toks[k].end != e.span[1] or not _shouted_short(e.text) or e.text in initials:
            continue
        if e.text.casefold() not in _not_entities() and _listed_with(toks, k, k + 1, ends, starts):
            found.add(e.text)
    return frozenset(found)


#: Words of aspect a verb may follow its subject by (`IRGC juga mengklaim`, `BMKG telah
#: mengumumkan`, `TBLA juga menganggarkan`): one between keeps the short name the verb's subject.
_SUBJECT_ASPECTS = frozenset({"juga", "pun", "telah", "sudah", "akan", "kemudian", "lalu", "kembali"})


#: Prepositions that make the word after them an object (`terkait RAN berharap`: the speaker
#: stands before them), so a verb after it is another subject's.
_OBJECT_MARKERS = frozenset(
    {"terkait", "tentang", "mengenai", "soal", "dalam", "melalui", "atas", "untuk", "bagi"}
)


def _speaking_shorts(toks: Sequence[Tok], model: Sequence[Entity]) -> frozenset[str]:
    """Shouted short names the model reads as ORG right before a verb of speech or report, one word
    of aspect allowed between (`_subject_speech_verbs`: `OIKN menyatakan`, `KCNA juga
    melaporkan`), or opening a clause before an active verb (`_agent_of`: `CSRA membidik`): what
    speaks or acts is a body, its short name one wherever it stands, as a defined one
    is (`_unexplained_acronym`); a person's initials (`_person_initials`, `_names_initials`), a
    degree after a name (`_after_name_by_commas`), an object or a longer name's tail
    (`_not_its_subject`) and a kind's short name (entities_not.txt) stay out. A programme, an
    event or a system acts too (`PSR membantu petani`, `JMFW menghadirkan`): one the article
    names as such (`_named_as_programme`) is kept only where it speaks."""
    verbs = _subject_speech_verbs()
    initials = _person_initials(toks, model) | _names_initials(model)
    ends, spoken, acting = {e.span[1] for e in model if e.label == Label.PER}, set(), set()
    places = {e.span[1] for e in model if e.label == Label.LOC}
    for e in model:
        k = token_at(e.span[0], toks) if e.label == Label.ORG else None
        if k is None or toks[k].end != e.span[1] or not _shouted_short(e.text) or e.text in initials:
            continue
        if _after_name_by_commas(toks, k, ends) or (k > 0 and _not_its_subject(toks, k - 1, places)):
            continue
        j = k + 1 + (k + 2 < len(toks) and toks[k + 1].text in _SUBJECT_ASPECTS)
        if j < len(toks) and toks[j].text in verbs:
            spoken.add(e.text)
        elif j < len(toks) and _agent_of(toks, k, j):
            acting.add(e.text)
    found = spoken | {w for w in acting - spoken if not _named_as_programme(toks, w)}
    return frozenset(found - {w for w in found if w.casefold() in _not_entities()})


#: The `me-` verbs of being and having: a short name before one is the thing a sentence defines,
#: rates or describes (`ANBK merupakan program …`, `SLF menjadi penting`, `PLTN memiliki
#: keunggulan`), no agent.
_BEING_VERBS = frozenset({"merupakan", "menjadi", "memiliki", "mempunyai"})


def _agent_of(toks: Sequence[Tok], k: int, j: int) -> bool:
    """The short name at word ``k`` opens a clause (`_opens_agent_clause`: first, after a
    sentence's end, a quote, a comma after a lowercase word or after a phrase a preposition opens
    the sentence with, `Di Jakarta, KLH`; not after an abbreviation's dot, `dr. BDS`, nor a comma
    closing a name, a list's item) and the word ``j`` after it, or after one word of
    aspect between (`_SUBJECT_ASPECTS`: `TBLA juga menganggarkan`), is an active verb that is no
    verb of being or having (`_active_verb`, `_BEING_VERBS`): the clause's agent, a body (`CSRA
    membidik volume …`, `"IMA mendukung upaya …`, `Selain menyegel, KLH mengambil sampel …`). A
    word right before makes the short name a thing it governs or a title's field (`berbasis KPI
    akan membuat`, `Menteri ESDM memberhentikan`), and a thing defined or described stays out
    (`Untuk diketahui, SHK merupakan …`)."""
    verb = toks[j].text
    return _opens_agent_clause(toks, k) and _active_verb(verb) and verb not in _BEING_VERBS


def _named_as_programme(toks: Sequence[Tok], word: str) -> bool:
    """The article names the short name ``word`` as a programme's, an event's or a system's
    somewhere: spelled out in brackets beside a name that reads as one (`_spelled_beside`,
    `kinds._event`: `Program Peremajaan Sawit Rakyat (PSR)`, `Jakarta Muslim Fashion Week (JMFW)`,
    `SIMBARA (Sistem Informasi Mineral dan Batubara)`), or opening a name dated by a year right
    after it (`JMFW 2026 digelar`, `di JMFW 2026`: `_opens_dated_name`), as an event's or a
    report's name dated by its year is (`_before_its_year`). A year after a short name that a
    capitalised word or a noun stands before dates the longer name it ends (`Piala AFF 2024`,
    `Kinerja BRKS 2023`), not the short name's."""
    for k in written_at(toks, [word]):
        name = _spelled_beside(toks, k)
        if (_year_at(toks, k + 1) and _opens_dated_name(toks, k)) or (
            name is not None and _event(name, toks)
        ):
            return True
    return False


#: Prepositions a dated event's name may follow (`di JMFW 2026`, `pada PRJ 2025`): the short name
#: still opens the name the year dates.
_DATED_NAME_PREPOSITIONS = frozenset({"di", "pada", "dalam", "ke"})


def _opens_dated_name(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a name: first, after a mark (`.`, `,`, a quote) or after a
    preposition (`_DATED_NAME_PREPOSITIONS`); no word right before it but a preposition of
    `_DATED_NAME_PREPOSITIONS`."""
    return k == 0 or not toks[k - 1].text[:1].isalnum() or toks[k - 1].low in _DATED_NAME_PREPOSITIONS


def _spelled_beside(toks: Sequence[Tok], k: int) -> Entity | None:
    """The name a bracket beside the short name at word ``k`` spells it out as: the words right
    before it whose initials spell it, when it stands alone in brackets (`shortnames._spelled_out`:
    `Sistem Informasi Geografis (SIG)`; a title or a sentence's word before the name stays out,
    `Ketua Gerakan Mahasiswa …`), an event's word right before them with them when they open with
    no head (`Program Peremajaan Sawit Rakyat (PSR)`; not `Rakernas Asosiasi Pengusaha … (APKN)`,
    the body's meeting), or the capitalised words in brackets right after
    it (`SIMBARA (Sistem Informasi Mineral dan Batubara)`); None when neither is written."""
    if _bracketed(toks, k):
        words = _spelled_out(toks, k)
        if not words:
            return None
        first, stop = words.start, words.stop
        kind = toks[first - 1] if first > 0 else None
        if (
            kind is not None
            and kind.text[:1].isupper()
            and kind.low in _event_words()
            and not match_head(toks, first)
        ):
            first -= 1
    elif k + 2 < len(toks) and toks[k + 1].text == "(" and toks[k + 2].text[:1].isupper():
        first = stop = k + 2
        while stop < len(toks) and toks[stop].text not in {")", "("} and toks[stop].text not in SENTENCE_ENDS:
            stop += 1
        if stop == len(toks) or toks[stop].text != ")":
            return None
    else:
        return None
    return Entity(
        " ".join(t.text for t in toks[first:stop]), Label.ORG.value, (toks[first].start, toks[stop - 1].end)
    )


def _not_its_subject(toks: Sequence[Tok], i: int, place_ends: set[int]) -> bool:
    """The word ``i`` before a short name makes it no subject of its own: a preposition
    (`terkait RAN berharap`: `_OBJECT_MARKERS`), or a capitalised word that is no title and ends
    no model place, the short name the tail of a longer name (`Bahana TCW berharap`; `Ketua AWPI`,
    `Korea Utara KCNA` stay). A connective opening the sentence is no name's head (`Kemudian OIKN
    menyatakan`, `Sementara OIKN …`: clean_connectives.txt); a common noun there is one (`Dinas PU
    berharap`, `Tersangka AK mengaku`)."""
    prev = toks[i]
    if prev.text in _OBJECT_MARKERS:
        return True
    if prev.low in word_set("clean_connectives.txt") and _opens_sentence(toks, i):
        return False
    return prev.capital and prev.end not in place_ends and not title_len(toks, i) and not prev.text.isupper()


@cache
def _subject_speech_verbs() -> frozenset[str]:
    """The active forms (meN-, ber-) of the speech verbs (names_speech_verbs.txt) and the verbs of
    report (entities_report_verbs.txt): the forms that follow their subject (`IOM mengatakan`);
    a bare stem follows its subject rarely and means more often something else (`lanjut`, `tutup`)."""
    speech = {v for v in speech_verbs() if v.startswith(("me", "ber"))}
    return frozenset(speech) | word_set("entities_report_verbs.txt")


def _kept_anchor(ent: Entity, read: Sequence[Entity]) -> bool:
    """A model ORG an ORG of the article's reading ``read`` overlaps, or one of two words or more
    opened or closed by an organisation's word (officials_org_words.txt: `Cube Entertainment`,
    `Asosiasi Game Indonesia`; a head alone is a kind, `Bank`)."""
    if any(e.label == Label.ORG and e.span[0] < ent.span[1] and ent.span[0] < e.span[1] for e in read):
        return True
    words, heads = ent.text.lower().split(), word_set("officials_org_words.txt")
    return len(words) > 1 and (words[0] in heads or words[-1] in heads)


def _person_initials(toks: Sequence[Tok], model: Sequence[Entity]) -> frozenset[str]:
    """Short names bracketed right after a model PER (`Bambang Haryo Soekartono (BHS)`): the
    person's initials, which the article then writes alone (`Dilansir detikFinance, BHS …`)."""
    ends = {e.span[1] for e in model if e.label == Label.PER}
    return frozenset(toks[k].text for k in _bracket_words(toks) if k >= 2 and toks[k - 2].end in ends)


def _after_name_by_commas(toks: Sequence[Tok], k: int, person_ends: set[int]) -> bool:
    """Word ``k`` ends a list of words in capitals or degrees that a comma opens after a person's
    name (`Melanie Richter, MS, RDN mengatakan`): a degree after the name, no body."""
    i = k - 1
    while i > 0 and toks[i].text == ",":
        prev = toks[i - 1]
        if prev.end in person_ends:
            return True
        if not (_capitals_word(prev.text) or prev.low.replace(".", "") in _degrees()):
            return False
        i -= 2
    return False


def _names_initials(model: Sequence[Entity]) -> frozenset[str]:
    """The initials of the model's persons of two words or more, a hyphen's parts counted (`Shin
    Tae-yong` -> `STY`): the person the article calls by them later (`kata STY`)."""
    parts = (e.text.replace("-", " ").split() for e in model if e.label == Label.PER)
    return frozenset("".join(w[0] for w in ws).upper() for ws in parts if len(ws) > 1)


def _shouted_short(word: str) -> bool:
    """A word of capital letters (a digit after the first allowed: `UP3`), ``MIN_SPELLED_BODY``
    long at least: two capitals are a kind's as often."""
    return len(word) >= MIN_SPELLED_BODY and _capitals_word(word)


def _official_thing(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG opened by `Dinas` right after a lowercase dwelling's or vehicle's noun
    (entities_official_things.txt: `perumahan Dinas Bupati …`, `rumah Dinas Wapres`): `dinas` is
    the adjective "official" and the title after it names the holder, no office (`rumah Dinas
    Kesehatan` may be the office's)."""
    k = token_at(ent.span[0], toks)
    if ent.label != Label.ORG or k is None or k == 0 or toks[k].low != "dinas" or k + 1 >= len(toks):
        return False
    thing = toks[k - 1].text.islower() and toks[k - 1].low in word_set("entities_official_things.txt")
    return thing and title_len(toks, k + 1) > 0


def _names_one(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """``ent`` names a body, a place or a person: no kind, title, degree, event, thing or head
    alone (the last checks of `resolve_entities`)."""
    return (
        ent.text.casefold() not in _not_entities()
        and ent.text.casefold() not in word_set("entities_kinds_alone.txt")
        and not _title_only(ent, toks)
        and not (_degree(ent) and not _spelled_here(ent, toks))
        and not _in_degree_word(ent, toks)
        and not _letterless(ent)
        and not _cut_at_join(ent)
        and not _formula(ent)
        and not _uncapitalised(ent)
        and not _number_plated(ent, toks)
        and not _cut_in_word(ent, toks)
        and not _in_document_number(ent, toks)
        and not _language(ent, toks)
        and not _people_named(ent, toks)
        and not _speaker_named(ent, toks)
        and not _greeting(ent, toks)
        and not _address_alone(ent)
        and not _account_tag(ent)
        and not _initials_named(ent, toks)
        and not _event(ent, toks)
        and not _in_event_name(ent, toks)
        and not _in_rule_title(ent, toks)
        and not _in_quoted_title(ent, toks)
        and not _owned_place(ent, toks)
        and not _written_lowercase(ent, toks, lower)
        and not _english_thing(ent, toks)
        and not _english_position(ent, toks)
        and not _written_low_phrase(ent, toks)
        and not _emphasised_phrase(ent, toks)
        and not _place_written_lowercase(ent, toks)
        and not _lowercase_opener(ent, toks, lower)
        and not _activity_opening(ent, toks)
        and not _counted_kind(ent, toks)
        and not _official_thing(ent, toks)
        and not _common_word_opening(ent, toks, lower)
        and not _bracket_gloss(ent, toks)
        and not _editor_mark(ent, toks)
        and not _heads_only(ent, toks)
        and not _facility_kind(ent, toks)
        and not _school_grade(ent, toks)
        and not _nickname(ent, toks)
        and not _place_head_only(ent, toks)
        and not _opens_badly(ent, toks)
        and not _market_measure(ent, toks)
        and not _dated_work(ent, toks)
        and not _dated_edition(ent, toks)
        and not _before_its_year(ent, toks)
        and not _numbered_party(ent, toks)
    )


#: What parts a word before a short name's second half: a hyphen or a slash (`Dishub-Kominfo`).
_HYPHEN_OR_SLASH = LazyPattern(r"[-/]")

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
        longer = longer and not (_region_at(toks, k + 1) and not _the_nation(toks, k + 1))
        if not (bracketed or ranked or (longer and not nation) or tok.text in kinds):
            # `PP Muhammadiyah`: a board level before the short name opens the body's name
            name = f"{toks[k - 1].text} {tok.text}" if _opener_before(toks, k, named) else tok.text
            found.append(Entity(name, Label.ORG.value, (tok.end - len(name), tok.end)))
    return found


def _with_bracketed_shorts(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A short name alone in brackets right after an ORG whose words it spells is an entry of its
    own (GUIDELINES §6), which `_known_bodies` leaves to the words before the brackets: a listed
    one (`Nahdlatul Ulama (NU)`, `Balai Besar Wilayah Sungai (BBWS)`: `_listed_short_name`,
    `repair._spells_body`, no region among the words), an unlisted one after a name that says
    it is a body (`_unlisted_body_short`: `Universitas Negeri Semarang (Unnes)`, a region allowed
    among the words); one a capitalised word goes on after stays inside the name (`Kamar Dagang
    dan Industri (Kadin) Indonesia`). The reverse definition, a short name before its body in
    brackets (`OCA (Olympic Council of Asia)`), is not read: no word tells one body from a kind of
    many there. A body's head is a proper name's word too (`IAIN (Institut Agama Islam Negeri)`),
    the nation's word names kinds as national bodies (`KJRI (Konsulat Jenderal Republik
    Indonesia)`, `BUSN (Bank Umum Swasta Nasional)` as `KNPI`, `DSN`), and without it news-raw's
    453 lines with a capitals word before a capitalised bracket held four bodies a name's or a
    country's word names (`OCA`, `LBMA`, `VFSC`, `NSF`) against one kind (`LAZ (Lembaga Amil
    Zakat)`)."""
    # the word after the bracket after each ORG's name; the words covered read only if one is
    bracketed = [
        (org, k) for org in ents if org.label == Label.ORG and _bracketed(toks, k := _past_bracket(org, toks))
    ]
    covered = {k for e in ents for k in tokens_inside(e.span, toks)} if bracketed else set()
    found = []
    for org, k in bracketed:
        if k in covered:
            continue
        short, after = toks[k], toks[k + 2] if k + 2 < len(toks) else None
        listed = _listed_short_name(short)
        if (
            (listed or _unlisted_body_short(toks, k, org))
            and _spells_body(short.text, org, toks, places=not listed)
            and (after is None or not _name_like(after.text))
        ):
            found.append(Entity(short.text, Label.ORG.value, (short.start, short.end)))
    return sorted([*ents, *found], key=lambda e: e.span)


def _unlisted_body_short(toks: Sequence[Tok], k: int, org: Entity) -> bool:
    """An unlisted short name in capitals or in title case (`Perludem`, not `LoI`) after an ORG
    that says it is a body: a body's head or a council's noun opens it (`Universitas Negeri
    Semarang (Unnes)`, `Mahkamah Kehormatan Dewan (MKD)`: entities_heads.txt,
    entities_council_nouns.txt) or an English body's word stands in it (`National Development
    and Reform Commission (NDRC)`); no common word, title nor kind (`(Humas)`, `(Sekjen)`,
    `(SPPG)`: entities_kinds_alone.txt)."""
    text = toks[k].text
    shaped = text.isupper() or (len(text) > 2 and text[1:].islower())
    kind = toks[k].low in word_set("entities_kinds_alone.txt")  # `(SPPG)`, `(BLUD)`: one of many
    if not shaped or kind or toks[k].low in common_words() or title_len(toks, k):
        return False
    inside = tokens_inside(org.span, toks)
    head = match_head(toks, inside.start) if inside else None
    english = any(toks[j].low in english_body_words() for j in inside)
    council = bool(inside) and toks[inside.start].low in word_set("entities_council_nouns.txt")
    return english or council or (head is not None and head[1] is Label.ORG and head[2] is not Head.STOP)


def _past_bracket(ent: Entity, toks: Sequence[Tok]) -> int:
    """The index of the word after an opening bracket right after ``ent``."""
    return tokens_inside(ent.span, toks).stop + 1


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
    noun on `-an` (`Persamaan`), no kind the article spells out (`PSBB`, `PSN`: ``kinds``). Every
    short name opens with `Pers` or `PS`: the other words (nearly all) are spared the pattern."""
    return (
        tok.text.startswith(_CLUB_OPENINGS)
        and _CLUB_SHORT.get().fullmatch(tok.text) is not None
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
        start = k + 1 + level_len(toks, k + 1)
        end = start
        while end < len(toks) and (n := region_len(toks, end)):
            end += n
        if end > start:
            span = (tok.start, toks[end - 1].end)
            found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
    return found


def _short_named_bodies(
    text: str,
    toks: Sequence[Tok],
    person_starts: set[int],
    kinds: frozenset[str],
    titled: frozenset[str],
    named: frozenset[str] = frozenset(),
) -> list[Entity]:
    """The lowest rank: known bodies by their short names (`_known_bodies`), by their names
    spelled out before them (`_spelled_known_bodies`) and by an English body's last word
    (`_english_named_bodies`) or by a company's or a group's form (`_form_closed_bodies`);
    ``named``: bodies the model names."""
    return (
        _known_bodies(toks, person_starts, kinds, titled, named)
        + _spelled_known_bodies(text, toks, person_starts)
        + _spelled_kind_bodies(text, toks, person_starts)
        + _english_named_bodies(text, toks, person_starts)
        + _form_closed_bodies(text, toks, person_starts)
    )


#: English articles: a name after one is a phrase's (`How to Be a Sustainable Fintech Company`,
#: `A Leading Property Development Company` as an award's category)
_ARTICLES = frozenset({"a", "an"})


def _english_named_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """Capitalised English words ending in a word that ends a body's name firmly
    (entities_english_bodies.txt, `firm`: `Provident Capital Ltd`, `Missile Defense Agency`, `George
    Washington University`), with `of` and a name after it (`Institute of Marine Science`), as an
    ORG wherever nothing else covers them (GUIDELINES §6: companies, universities and associations
    are organisations); no person's name starts inside, and no capitalised word goes on after it
    (`Indonesian Petroleum Association Convention`: an event's name)."""
    tails = english_body_words(firm=True)
    found = []
    for k, tok in enumerate(toks):
        if not (tok.low in tails and tok.text[:1].isupper()):
            continue
        first, last = _english_name_start(toks, k), _english_name_end(toks, k)
        goes_on = _capital_after(toks, last)  # `… Association Convention`
        if (
            first is not None
            and not goes_on
            and not any(toks[j].start in person_starts for j in range(first, last + 1))
        ):
            span = (toks[first].start, toks[last].end)
            found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
    return found


#: The most capitalised words read before a company's or a group's closing form (`Musim Mas Group`,
#: `Permata Hijau Group`, `Wilmar International Group`); a longer run holds a title or a sentence's
#: opening word as often as the name, and one word more before it gives nothing (`Manajemen
#: Bintang Kuasa Emas Abadi Group`: where the name starts is unknown).
MAX_FORM_NAME = 3


def _form_closed_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """Capitalised words closed by a business group's form (entities_group_forms.txt: `Jasa Marga
    Group`, `Agung Podomoro Grup`) or a company's (entities_company_forms.txt and people_roles.txt
    `company_close`: `Binaartha Sekuritas`, `Indian Oil Corp`, `Medco Energi Internasional Tbk`),
    as an ORG wherever nothing else covers them (the lowest rank; GUIDELINES §6: companies are
    organisations). The model spans most such names; the rest it never tags, in whatever language
    their words are. A club's form is no company's here: `Gaming`, `Racing`, `Esports` as often
    close a product or an event (`Xbox Cloud Gaming`, `Indonesia Motor Racing`; entities_english_bodies.txt
    leaves out `Gaming Academy` as firm). The name starts after a title, a competitor's or a body's
    noun, a connective opening the sentence (`Kemudian Musim Mas Group`: `_form_name_start`); an
    other common word opening the sentence before the run gives nothing (`Harapan Jaya Group`:
    the name's word or the sentence's); no person's name starts inside, and the name goes on
    after the form in no other name (`_form_name_goes_on`)."""
    forms = group_forms() | _company_forms()
    found = []
    for k, tok in enumerate(toks):
        if tok.text not in forms:
            continue
        first = _form_name_start(toks, k, person_starts)
        if first is not None and not _form_name_goes_on(toks, k, person_starts):
            span = (toks[first].start, tok.end)
            found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
    return found


def _form_name_goes_on(toks: Sequence[Tok], k: int, person_starts: set[int]) -> bool:
    """The name goes on after the form at ``k``: a capitalised word one space after it that starts
    no person's name (`Group Sustainability`: a unit's; `Binaartha Sekuritas Reza …` ends at the
    form), or `for`, `of`, `on` and a capitalised word (`UN Working Group on Business and Human
    Rights`)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not _one_space(toks, k + 1):
        return False
    if nxt.low in _ENGLISH_OPENER_JOINS:
        return k + 2 < len(toks) and toks[k + 2].capital
    return nxt.capital and nxt.start not in person_starts


def _capital_after(toks: Sequence[Tok], k: int) -> bool:
    """A capitalised word follows the word at ``k``: a name goes on after it."""
    return k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


@cache
def _company_forms() -> frozenset[str]:
    """A company's forms that close its name, as written (entities_company_forms.txt: `Sekuritas`,
    `Corp`; people_roles.txt `company_close`: `Tbk`)."""
    closing = {word.capitalize() for word in role_words("company_close")}
    return frozenset(load_lines("entities_company_forms.txt")) | closing


def _form_name_start(toks: Sequence[Tok], k: int, person_starts: set[int]) -> int | None:
    """Where the name closed by the form at ``k`` starts: up to `MAX_FORM_NAME` capitalised words
    one space apart before it, none a title's, a competitor's noun, a body's noun before its name
    (entities_competitor_nouns.txt, entities_body_words_before.txt: `Pebalap`, `Pihak`), a word of
    the market (people_roles.txt `market_word`: `Saham`) nor a connective or preposition opening
    the sentence or the text after a dash (`_clause_opener`: `Kemudian`); an English title's tail
    is left out (`_title_tail`: `Chief Marketing Officer Binaartha Sekuritas`). None where no word
    stands there, a person's name starts among them, one more such word stands before them and no
    title's tail opens them, an Indonesian common word opens them after a title (`Managing
    Director Sinar Mas Group`, `Manajer Sinar Jaya Group`) or a common word opening the sentence
    or the text after a dash stands before them (`Harapan Jaya Group`, `Laba
    Bersih Indian Oil Corp`, `- Sumber Alfaria Trijaya Tbk`: the name's word or the sentence's, a
    cut name is worse than none), or all of them are words that are no body alone (entities_not.txt:
    `Facebook Group`, a platform's feature)."""
    stops = word_set("entities_competitor_nouns.txt") | word_set("entities_body_words_before.txt")

    def name_word(i: int) -> bool:
        # a capitalised word that no title, noun, word of the market or connective ends the name at
        low = toks[i].low
        return _form_name_word(toks[i]) and not (
            low in stops or low in role_words("market_word") or title_len(toks, i) or _clause_opener(toks, i)
        )

    j = _name_run_before(toks, k, MAX_FORM_NAME, lambda i: name_word(i) and not _sentence_opener(toks, i))
    capped, first = j > 0 and _one_space(toks, j) and name_word(j - 1), j
    if capped and _sentence_opener(toks, j - 1):
        return None
    while j < k and _title_tail(toks, j):
        if toks[j].low not in word_set("names_english_words_derived.txt"):
            return None
        j += 1
    if j == k or (capped and j == first) or any(toks[i].start in person_starts for i in range(j, k)):
        return None
    if all(toks[i].low in _not_entities() for i in range(j, k)):
        return None
    return j


def _name_run_before(toks: Sequence[Tok], end: int, max_words: int, name_word: Callable[[int], bool]) -> int:
    """Where the run of words before ``end`` starts: at most ``max_words`` words, each one space
    before the next and each passing ``name_word`` (its position); ``end`` where none does. The
    walk of a name closed by a company's form (`_form_name_start`) and of one before its ticker
    (`_ticker_name`), each with its own word test and cap."""
    j = end
    while j > 0 and end - j < max_words and _one_space(toks, j) and name_word(j - 1):
        j -= 1
    return j


def _sentence_opener(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` is a common word opening a sentence or the text after a dateline's dash
    (`Kemudian Musim Mas Group`, `JAKARTA - Kemudian …`): capitalised by its place, no name's."""
    return _opens_text(toks, k) and toks[k].low in common_words()


def _clause_opener(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` is a connective or a preposition (`_opener_words`: `Kemudian`,
    `Menurut`) opening a sentence or the text after a dash: never a name's word."""
    return _opens_text(toks, k) and toks[k].low in _opener_words()


def _title_tail(toks: Sequence[Tok], j: int) -> bool:
    """The word at ``j`` goes on with the title or unit before it, no company's word, where it
    opens no sentence: an English common word (names_english_words_derived.txt) after a
    capitalised word, `&` or an English join (`VP Sales & Marketing`, `Research Department`,
    `CEO of International Group`), or an Indonesian common word right after a title, `&` or an
    English join (`Direktur Pemasaran`, `Managing Director Sinar`). An Indonesian common word after
    any other word is the name's (`jalan tol Jasa Marga Group`, `Kemudian Musim Mas Group`)."""
    if j == 0 or _opens_sentence(toks, j):
        return False
    before, low = toks[j - 1], toks[j].low
    joined = before.text == "&" or before.low in _english_name_joins()
    if low in word_set("names_english_words_derived.txt"):
        return joined or before.text[:1].isupper()
    return low in common_words() and (joined or title_len(toks, j - 1) > 0)


def _form_name_word(tok: Tok) -> bool:
    """A word of a name before its form: capitalised, letters and digits only (`MIND`, `VR46`),
    no two words glued."""
    return tok.text[:1].isupper() and tok.text.isalnum() and not glued(tok.text)


#: The English words after a body's opening word that go on with its name (`Institute for …`,
#: `Federation of …`, `Committee on …`).
_ENGLISH_OPENER_JOINS = frozenset({"for", "of", "on"})


def _english_spelled_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """Capitalised English words spelled out before their short name in brackets, a body's
    opening word and `for`/`of`/`on` among them (entities_english_openers.txt: `Institute for
    Development of Economics and Finance (INDEF)`, `Centre for Strategic and International
    Studies (CSIS)`, `International Federation of Sport Climbing (IFSC)`), as one ORG: the
    bracket says the words are one name, which the model reads as pieces (`International
    Studies`); the short name is an ORG of its own, a person's name after it too. The name starts
    at the first word whose letter opens the short name and from which its letters stand in the
    words in order; no person's name starts inside. A name closed by a body's English word
    instead, in English order, is one as well (`_english_closed`: `Federal Open Market Committee
    (FOMC)`, `Indonesian Mining Association (IMA)`)."""
    openers = word_set("entities_english_openers.txt")
    found = []
    for k in _bracket_words(toks):
        first = _english_run_start(toks, k - 1)
        short = toks[k].text.lower()
        opened = any(
            toks[m].low in openers and toks[m + 1].low in _ENGLISH_OPENER_JOINS and toks[m].text[:1].isupper()
            for m in range(first, k - 2)
        )
        named = opened or _english_closed(toks, first, k)
        if not named or any(toks[j].start in person_starts for j in range(first, k - 1)):
            continue
        for j in range(first, k - 1):
            words = "".join(toks[i].low for i in range(j, k - 1) if toks[i].low not in _english_name_joins())
            if toks[j].text[:1].isupper() and toks[j].low[:1] == short[:1] and in_order(short, words):
                span = (toks[j].start, toks[k - 2].end)
                found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
                found.append(Entity(toks[k].text, Label.ORG.value, (toks[k].start, toks[k].end)))
                break
    return found


def _english_closed(toks: Sequence[Tok], first: int, k: int) -> bool:
    """The capitalised run from ``first`` to the bracket before the short name at ``k`` is two
    words or more, written in English (a word no Indonesian word: `_english_name_word`), and ends
    in a body's English word that ends a name firmly (entities_english_bodies.txt, `firm`:
    `Committee`, `Association`, `Academy`, `Council`): the English order puts the body's word
    last, as `Dinas` or `Ikatan` opens an Indonesian one (`Jakarta Convention Center` ends in no
    such word; `Ikatan Keluarga Minang (IKM)` is `_spelled_bodies`')."""
    last = k - 2
    return (
        last - first >= 1
        and toks[last].low in english_body_words(firm=True)
        and toks[last].text[:1].isupper()
        and any(_english_name_word(toks[j]) for j in range(first, last))
    )


def _english_run_start(toks: Sequence[Tok], end: int) -> int:
    """Where the run of capitalised words and English joins that ends before word ``end`` (a
    bracket) starts; ``end`` when none stands there. Any capitalised word counts, English words
    Indonesian also writes among them (`Sport`, `Studies`): the short name's letters decide."""
    j = end
    while j > 0 and (
        (_name_like(toks[j - 1].text) and not glued(toks[j - 1].text))
        or toks[j - 1].low in _english_name_joins()
    ):
        j -= 1
    while j < end and toks[j].low in _english_name_joins():
        j += 1
    return j


def _english_name_start(toks: Sequence[Tok], k: int) -> int | None:
    """Where the English name ending at word ``k`` starts: capitalised words that are no
    Indonesian word (`_english_name_word`), English joins between them; None where there is none,
    or where the run is part of more (a capitalised word right before it: `World Health
    Organization`, `Menurut American …`; a bracket: `(Youth Sanitation Coalition`; an article or
    words glued before it)."""
    j = k
    while j > 0 and (_english_name_word(toks[j - 1]) or (j < k and toks[j - 1].low in _english_name_joins())):
        j -= 1
    while j < k and toks[j].low in _english_name_joins():
        j += 1
    before = toks[j - 1] if j > 0 else None
    blocked = before is not None and (
        before.text in ("(", ")")
        or before.text[:1].isupper()
        or before.low in _ARTICLES
        or glued(before.text)
    )
    return None if j == k or blocked else j


def _english_name_end(toks: Sequence[Tok], k: int) -> int:
    """Where the English name whose body's word is ``k`` ends: at it, or past `of` and the
    capitalised English words after it (`Halden Institute of Marine Science`)."""
    if k + 2 >= len(toks) or toks[k + 1].low != "of" or not _english_name_word(toks[k + 2]):
        return k
    j = k + 2
    while j + 1 < len(toks) and (
        _english_name_word(toks[j + 1])
        or (
            toks[j + 1].low in _english_name_joins() and j + 2 < len(toks) and _english_name_word(toks[j + 2])
        )
    ):
        j += 1
    return j


def _english_name_word(tok: Tok) -> bool:
    """A capitalised word that is no Indonesian common word nor an article, letters first, no two
    words glued (`MenurutInternational`)."""
    text = tok.text
    words = text[:1].isupper() and text[:1].isalpha() and tok.low not in _ARTICLES
    return words and not glued(text) and tok.low not in common_words()


#: The most words of a company's name read before its ticker (`Barito Renewables Energy (BREN)`,
#: `Indofood Sukses Makmur (INDF)`); news-raw's longest such name without `PT` or `Tbk` has four.
MAX_TICKER_NAME = 4


def ticker_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """A share's ticker in brackets after a company's name in a sentence of the market
    (`people.persons._ticker`: four capitals beside `saham`, `IHSG`, `menguat`, or another ticker
    and a percentage: `Chandra Asri Pacific (TPIA) turun 14,74%, Barito Pacific (BRPT) melemah`):
    the name and the ticker are both ORGs (GUIDELINES §6: companies are organisations, and a
    bracketed abbreviation that ends a name is an entry of its own), ranked above the model's
    reading (`Saham Mora Telematika Indonesia` read as one place, `Sinarmas Multiartha` as a
    person: `persons._coded` makes the model's person before a ticker none). The name is the run
    of capitalised words one space apart before the bracket (`_ticker_name`); a code its words
    spell is read as spelled (`_spelled_acronyms`: `Indeks Harga Saham Gabungan (IHSG)`, a term),
    a name the people layer holds a person in (``person_starts``) is the person's and the code
    the party's (`Andreas Eddy Susetyo (PDIP)`), and a name closed by a company's form (`PT Bank
    Mandiri (Persero) Tbk (BMRI)`) is read whole by the grammar already."""
    found, spelled = [], _spelled_acronyms(toks)
    for k in _bracket_words(toks):
        name = _ticker_name(toks, k - 1)
        if name is None or any(toks[j].start in person_starts for j in name):
            continue
        words = text[toks[name.start].start : toks[name.stop - 1].end]
        code = _CODE_AFTER.get().match(text, toks[name.stop - 1].end)
        if code is None or k in spelled or not _ticker(text, code):
            continue
        found.append(Entity(words, Label.ORG.value, (toks[name.start].start, toks[name.stop - 1].end)))
        found.append(Entity(toks[k].text, Label.ORG.value, (toks[k].start, toks[k].end)))
    return found


def _ticker_name(toks: Sequence[Tok], bracket: int) -> range | None:
    """The capitalised words one space apart that end one space before the opening bracket at
    ``bracket``, at most `MAX_TICKER_NAME`, stopping before a word of the market (`Saham`,
    people_roles.txt `market_word`) or a common word opening the sentence or the text after a
    dash (`Kemudian`: `_sentence_opener`); None where none stands there, a company's form ends
    it (`Tbk`, `(Persero)`) or an English join stands before it (`Indonesia Commodity and
    Derivatives Exchange (ICDX)`: the name goes on before; `dan` is a list's: `dan Barito
    Renewables Energy (BREN)`). An official's title that ends inside the run is its holder's, no
    word of the name (`_name_after_title`: `Wakil Direktur Utama Indofood Sukses Makmur (INDF)`,
    `Presiden Direktur Astra International (ASII)`)."""
    end = bracket
    if end < 1 or not _one_space(toks, end) or toks[end - 1].low.rstrip(".") in role_words("company_form"):
        return None

    def name_word(i: int) -> bool:
        return (
            _name_word(toks[i])
            and toks[i].low not in role_words("market_word")
            and not _sentence_opener(toks, i)
        )

    start = _name_run_before(toks, end, MAX_TICKER_NAME, name_word)
    joined = start > 0 and toks[start - 1].low in _english_joins()
    start = _name_after_title(toks, start, end)
    return range(start, end) if start < end and not joined else None


def _name_after_title(toks: Sequence[Tok], start: int, end: int) -> int:
    """The first word of a company's name in the run ``start``..``end`` before its ticker, after
    the last position title (officials_titles.txt, `title_len`) that ends inside the run, opened
    there or up to two words before it (`Direktur Utama` of `Direktur Utama Adaro Energy (ADRO)`,
    the sentence's first word no word of the run); ``start`` where none does."""
    first = start
    for k in range(max(0, start - 2), end - 1):
        after = k + title_len(toks, k)
        if k < after and start < after < end:
            first = after
    return first


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


def _spelled_kind_bodies(text: str, toks: Sequence[Tok], person_starts: set[int]) -> list[Entity]:
    """A body's name spelled out before its short name in brackets whose words say it is a body's:
    an English body's last word (entities_english_bodies.txt: `Badminton World Federation (BWF)`,
    `Indonesia Corruption Watch (ICW)`; a degree's short name is none, names_degrees_post.txt:
    `Master of Business Administration (MBA)`) or a constituted body's first noun
    (entities_council_nouns.txt: `Koalisi Indonesia Maju (KIM)`, `Majelis Ulama Indonesia
    (MUI)`): both ORGs wherever nothing else covers them (GUIDELINES §6: a bracketed abbreviation
    that ends a name is an entry of its own)."""
    found = []
    for k, words in _spelled_acronyms(toks).items():
        first, last = toks[words[0]], toks[words[-1]]
        english = last.low in english_body_words()
        english = english and toks[k].low not in word_set("names_degrees_post.txt")
        if (
            first.text[:1].isupper()
            and (english or first.low in word_set("entities_council_nouns.txt"))
            and all(_name_word(toks[j]) or toks[j].low in _joins() for j in words)
            and not _name_goes_on_after(toks, k + 2, person_starts)
        ):
            found.append(Entity(text[first.start : last.end], Label.ORG.value, (first.start, last.end)))
            found.append(Entity(toks[k].text, Label.ORG.value, (toks[k].start, toks[k].end)))
    return found


def _name_goes_on_after(toks: Sequence[Tok], j: int, person_starts: set[int]) -> bool:
    """Word ``j`` (after a bracket) carries a name on: a name's word that opens no person's name,
    no administrative level, no region and no English name: the English article capitalised
    (entities_joins.txt `article`) opens a name of its own (`(PDAM) Limau Kunci`, not `(OJK) Ogi …`
    nor `Federal Open Market Committee (FOMC) The Fed`; news-raw: two lines write a bracketed short
    name and `The` after it, both a new name)."""
    if j >= len(toks) or not _name_word(toks[j]) or toks[j].start in person_starts:
        return False
    if toks[j].text[:1].isupper() and toks[j].low in join_words("article"):
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


def _with_branch(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """An ORG followed by a branch's word and a region's or district's name (`Kantor Pos Cabang
    Metro`, `PT ASDP cabang Bakauheni`: entities_branch_words.txt): the branch is the body's, one
    ORG, and the place's name inside it no entity of its own."""
    ents = _with_unread_parents(ents, toks)
    grown = [_grown_end(e, toks) if e.label == Label.ORG else None for e in ents]
    spans = [(e.span[0], toks[g - 1].end) for e, g in zip(ents, grown, strict=True) if g is not None]
    out = []
    for ent, g in zip(ents, grown, strict=True):
        if g is not None:
            out.append(Entity(text[ent.span[0] : toks[g - 1].end], ent.label, (ent.span[0], toks[g - 1].end)))
        elif not any(a <= ent.span[0] and ent.span[1] <= b for a, b in spans):
            out.append(ent)
    return out


def _with_unit_shorts(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """An ORG right after a unit's short name in capitals that no entity holds (`TMC Polda Metro
    Jaya`, `BEM Undip`, `TRC BPBD`: entities_unit_shorts.txt): the unit with its parent body,
    one ORG (GUIDELINES §6, the longest name). Read on the final names: the unit's short name
    opens no head, and no trimming of a name at a person's words may cut the body off it."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    out = []
    for ent in ents:
        k = token_at(ent.span[0], toks)
        unit = ent.label == Label.ORG and k is not None and k > 0 and k - 1 not in held
        if unit and toks[k - 1].text in _unit_shorts() and toks[k - 1].end + 1 == ent.span[0]:
            s = toks[k - 1].start
            ent = Entity(text[s : ent.span[1]], ent.label, (s, ent.span[1]))
        out.append(ent)
    return out


def _with_parent_short(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A council's or a body's unit (`_council_unit`: `Majelis Umum`, `Komite Disiplin (Komdis)`)
    written one space before a known body's short name in capitals (`PBB`, `PSSI`, `DPR RI`):
    the unit with its parent body, one ORG (GUIDELINES §6: the longest name; a bracketed short
    name inside a name stays in it). Read on the final names: the parent's own ORG, where the
    article has one there, ends the name; a parent another label holds stays apart, and so do
    bodies joined by a word (`Kemenkes dan BPOM`)."""
    out: list[Entity] = []
    end = -1
    for ent in ents:
        if ent.span[0] < end:
            continue  # the parent's ORG, now inside the unit's name
        k = _parent_short_after(ent, toks, text) if _council_unit(ent, toks) else None
        k = None if k is None or _whole_body_before(ent, toks, k) else k
        held = [e for e in ents if e.span[0] <= toks[k].start < e.span[1]] if k is not None else []
        if k is None or any(e.label != Label.ORG or e.span[0] != toks[k].start for e in held):
            out.append(ent)
            continue
        end = max([toks[k].end, *(e.span[1] for e in held)])
        out.append(Entity(text[ent.span[0] : end], Label.ORG.value, (ent.span[0], end)))
    return out


def _council_unit(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of two words or more opened by a council's noun (entities_council_nouns.txt:
    `Majelis`, `Mahkamah`, `Komite`), a body's noun (entities_body_nouns.txt: `Pasukan`), an
    office's head (entities_office_heads.txt: `Kantor Perwakilan`) or a body's head (`Komisi
    Disiplin`): a name a parent's short name may end (no meeting's, outlet's or product's name:
    `Rapat Kerja Nasional`, `Mola TV`)."""
    k = token_at(ent.span[0], toks)
    if ent.label != Label.ORG or k is None or len(ent.text.split()) < 2:
        return False
    low = toks[k].low
    head = match_head(toks, k)
    return low in _unit_nouns() or (head is not None and head[2] is Head.BODY)


@cache
def _unit_nouns() -> frozenset[str]:
    """The council's, body's and office's nouns that open a unit's name (`_council_unit`)."""
    return (
        word_set("entities_council_nouns.txt")
        | word_set("entities_body_nouns.txt")
        | word_set("entities_office_heads.txt")
    )


#: Articles in which news-raw holds a unit's words as a whole name before they name a complete
#: body (`Mahkamah Agung` 19, `Kementerian Kesehatan` 54), no unit of the body after it:
#: `Fraksi PDI Perjuangan` 5 and `Komisi III` 4 are units news-raw now and then writes alone.
WHOLE_BODY_ARTICLES = 10
#: Articles holding the unit whole before the short name after it that its initials spell is its
#: own (`Majelis Ulama Indonesia MUI` 5, `Komite Olimpiade Indonesia KOI` 8), no parent's; a unit
#: news-raw never holds alone is the parent's (`Majelis Kehormatan MK` 0).
OWN_SHORT_ARTICLES = 5


def _whole_body_before(ent: Entity, toks: Sequence[Tok], k: int) -> bool:
    """The unit ``ent`` before the short name at ``k`` is a complete body, no unit of it: a name
    news-raw holds whole in `WHOLE_BODY_ARTICLES` articles (`Mahkamah Agung KPK`, `Kementerian
    Kesehatan BPOM`), or the short name is the unit's own, its initials (`Mahkamah Konstitusi MK`,
    `Majelis Ulama Indonesia MUI`) with the unit held whole in `OWN_SHORT_ARTICLES`."""
    whole = corpus_counts()["other"].get(" ".join(ent.text.split()).lower(), 0)
    inside = tokens_inside(ent.span, toks)
    own = _initials(toks, inside) == toks[k].text
    return whole >= WHOLE_BODY_ARTICLES or (own and whole >= OWN_SHORT_ARTICLES)


def _parent_short_after(ent: Entity, toks: Sequence[Tok], text: str) -> int | None:
    """The token of a known body's short name in capitals (entities_org_acronyms.txt) one space
    after ``ent``, its own bracketed short name between them (`Komite Disiplin (Komdis) PSSI`),
    or None."""
    k = token_over(ent.span[1] - 1, toks)
    if k is None or k + 1 >= len(toks):
        return None
    k += 1
    if toks[k].text == "(" and k + 3 < len(toks) and toks[k + 2].text == ")" and text[ent.span[1]] == " ":
        k += 3
    tok = toks[k]
    gap = text[toks[k - 1].end : tok.start]
    return k if gap == " " and tok.text.isupper() and tok.low in org_acronyms() else None


@cache
def _unit_shorts() -> frozenset[str]:
    return frozenset(load_lines("entities_unit_shorts.txt"))


def _grown_end(ent: Entity, toks: Sequence[Tok]) -> int | None:
    """Where the ORG ``ent`` ends with its branch, its series' numeral or its bracketed legal
    form, or None."""
    return _branch_end(ent, toks) or _series_end(ent, toks) or _bracketed_form_end(ent, toks)


def _with_unread_parents(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A known body's short name in capitals that no entity holds, with a branch's word and a
    listed name after it (`KAI Daop 1 Jakarta`, `PLN ULP Pringsewu`: the model reads the place
    alone or nothing): an ORG, which `_with_branch` grows by its branch."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    new = []
    for k, tok in enumerate(toks):
        if k not in held and tok.text.isupper() and tok.low in org_acronyms():
            ent = Entity(tok.text, Label.ORG, (tok.start, tok.end))
            new += [ent] if _branch_end(ent, toks) is not None else []
    return sorted([*ents, *new], key=lambda e: e.span[0]) if new else ents


def _branch_end(ent: Entity, toks: Sequence[Tok]) -> int | None:
    """Where the branch after ``ent`` ends (its branch word, a unit's number, then a listed region's,
    district's or regency seat's name, its administrative level before it or not: `PLN Rayon Liwa`,
    `BRI Unit Kecamatan Sekampung`), or None."""
    j = _word_right_after(ent, toks)
    if j is None:
        return None
    n = phrase_len(toks, j, "entities_branch_words.txt")
    if not n:
        return None
    k = j + n + (1 if j + n < len(toks) and _UNIT_NUMBER.get().fullmatch(toks[j + n].text) else 0)
    r = _branch_place_len(toks, k)
    return k + r if r else None


def _branch_place_len(toks: Sequence[Tok], k: int) -> int:
    """How many words from ``k`` name a branch's place: a listed region's, district's or regency
    seat's name, its administrative level before it or not (`BRI Unit Kecamatan Sekampung`:
    GUIDELINES §6, an organisation named with its region is one ORG), or 0."""
    level = level_len(toks, k)
    at = k + level
    r = max(region_len(toks, at, kecamatan=True), _seat_len(toks, at)) if at < len(toks) else 0
    return level + r if r else 0


def _word_right_after(ent: Entity, toks: Sequence[Tok]) -> int | None:
    """The word one space after ``ent``'s last word, or None."""
    inside = tokens_inside(ent.span, toks)
    j = inside.stop if inside else None
    return j if j is not None and j < len(toks) and toks[j].start == ent.span[1] + 1 else None


_ROMAN = LazyPattern(r"[IVX]{1,4}")
#: A unit's number between its branch word and its place (`Divre IV`, `Daop 1`)
_UNIT_NUMBER = LazyPattern(r"[IVX]{1,4}|\d{1,2}")


def _series_end(ent: Entity, toks: Sequence[Tok]) -> int | None:
    """Where a known body's short name that ends ``ent`` goes on with the roman numeral of one
    body of a numbered series (`PTPN VII`, `PTPN I`: the state plantation companies; the model
    reads the short name alone), or None."""
    j = _word_right_after(ent, toks)
    if j is None:
        return None
    last = toks[j - 1]
    numbered = last.text.isupper() and last.low in org_acronyms() and _ROMAN.get().fullmatch(toks[j].text)
    return j + 1 if numbered else None


def _bracketed_form_end(ent: Entity, toks: Sequence[Tok]) -> int | None:
    """Where a company's legal form in brackets right after ``ent`` ends (`PT Pertamina
    (Persero)`, `PT MRT Jakarta (Perseroda)`: entities_bracketed_forms.txt), or None: the form is
    part of the company's registered name, no short name of it (GUIDELINES §6, the longest name)."""
    j = _word_right_after(ent, toks)
    if j is None or toks[j].text != "(" or j + 2 >= len(toks) or toks[j + 2].text != ")":
        return None
    return j + 3 if toks[j + 1].low in word_set("entities_bracketed_forms.txt") else None


def _lone_word_org(ent: Entity, toks: Sequence[Tok], k: int) -> bool:
    """``ent`` is an ORG of word ``k`` alone (the model's `PLN` before its unit `UID Lampung`), and
    no headline's predicate follows it (`OJK Ungkap …`: a title-case headline's clause)."""
    alone = ent.label == Label.ORG and ent.span == (toks[k].start, toks[k].end)
    return alone and k + 1 < len(toks) and not _headline_predicate(toks[k + 1])


def _opens_unit(toks: Sequence[Tok], k: int) -> bool:
    """The words at ``k`` name a unit of the body before them: no head of a body of its own, or the
    head of a regional or service unit (`Unit Layanan Pelanggan`, `Kantor Wilayah`, `Stasiun
    Klimatologi`: entities_branch_heads.txt, read as `grammar._names_unit` reads it)."""
    return match_head(toks, k) is None or _names_unit(toks, k)


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


#: the lowercase word right after a body's name
_LOWER_AFTER = LazyPattern(r"[ \u00a0](\p{Ll}+)\b")


def _case_variants_grown(ents: list[Entity], text: str) -> list[Entity]:
    """An ORG that the article writes elsewhere, as another ORG, with one more capitalised word
    (`Hutama Karya`) here followed by that word in lowercase (`Hutama karya`): the same body
    written in another case, one ORG with the word as written (GUIDELINES §6: case variants are
    listed as written)."""
    orgs = {e.text for e in ents if e.label == Label.ORG}
    starts = {e.span[0] for e in ents}
    out = []
    for e in ents:
        m = _LOWER_AFTER.get().match(text, e.span[1]) if e.label == Label.ORG else None
        if m is not None and f"{e.text} {m.group(1).capitalize()}" in orgs and m.start(1) not in starts:
            e = Entity(text[e.span[0] : m.end()], e.label, (e.span[0], m.end()))
        out.append(e)
    return out


def _faction_apart(ent: Entity, toks: Sequence[Tok], text: str) -> list[Entity]:
    """An ORG holding a body's name and then `Fraksi` and a party (`Komisi II DPR Fraksi PDIP`,
    `DPRD Lampung Barat Fraksi PKS`, as a member's affiliation is written) is two bodies: the
    body and the party's faction in it. A faction named first is one body (`Fraksi PDI
    Perjuangan DPR RI`), and so is a head alone before it (`Sekretariat Fraksi Golkar`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 3:
        return [ent]
    cut = next((k for k in inside[1:-1] if toks[k].text == "Fraksi"), None)
    if cut is None:
        return [ent]
    head = match_head(toks, inside.start)
    # `anggota DPR Fraksi PPP`: a short name is the body's whole name; a kind's head needs its name
    body = _own_name(toks[inside.start]) or (
        head is not None and head[1] is Label.ORG and cut - inside.start > head[0]
    )
    if not body:
        return [ent]
    pieces = (range(inside.start, cut), range(cut, inside.stop))
    return [
        Entity(
            text[toks[p.start].start : toks[p.stop - 1].end],
            Label.ORG.value,
            (toks[p.start].start, toks[p.stop - 1].end),
        )
        for p in pieces
    ]


def _board_short(tok: Tok, ent: Entity | None) -> bool:
    """A body's short name in capitals, letters only, after a board level (`_with_board_levels`):
    one the model reads as an ORG (``ent``: `PBSI`, `IDI`, `NU`), or one no entity holds that
    closes on `I` for Indonesia, as a national federation's or association's does (`PGSI`
    Persatuan Gulat Seluruh Indonesia, `ESI`, `IDAI`), or on a listed body's short name (`LPNU`, a
    body of `NU`: entities_org_acronyms.txt). A Roman numeral is no body's (`PB XIII`,
    Pakubuwono XIII), nor is a number (`PP 28`) or another word in capitals (`PP KRL`, pulang-pergi;
    `PP KEN`, a regulation)."""
    word = tok.text
    if not (word.isalpha() and word.isupper() and len(word) > 1) or _ROMAN.get().fullmatch(word):
        return False
    if ent is not None:
        return ent.label == Label.ORG
    return word.endswith("I") or any(listed_body_short_name(word[i:]) for i in range(len(word) - 1))


def _with_board_levels(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A board level's short name in capitals (entities_board_levels.txt: `PB` Pengurus Besar,
    `PP` Pengurus or Pimpinan Pusat, `PW` Pimpinan Wilayah) one space before a body's short name in
    capitals (`_board_short`: one the model reads as an ORG, or one closing on `I` for Indonesia or
    on a listed body's short name) opens that body's name, one ORG with it (`PP PBSI`, `PB ESI`, `PC
    NU`, `PW LPNU`), as it does before a listed one in title case (`PP Muhammadiyah`:
    `_opener_before`): an ORG starting at the short name grows to the level, a short name no entity
    holds becomes one. News-raw writes such a pair about 180 times, nearly every one a federation's
    or a mass organisation's board; a number, a Roman numeral or another word in capitals after the
    level is no body's (`PP 28`, a regulation; `PB XIII`, a king; `PP KRL`, a return ticket), and a
    level another entity holds is that one's (`Satpol PP DKI`)."""
    held = {k: e for e in ents for k in tokens_inside(e.span, toks)}
    levels = word_set("entities_board_levels.txt")
    grown: dict[Span, Entity] = {}
    for k in range(1, len(toks)):
        level, short = toks[k - 1], toks[k]
        if not (level.text.isupper() and level.low in levels and level.end + 1 == short.start):
            continue
        ent = held.get(k)
        if k - 1 in held or (ent is not None and ent.span[0] != short.start) or not _board_short(short, ent):
            continue
        end = ent.span[1] if ent is not None else short.end
        key = ent.span if ent is not None else (short.start, short.end)
        grown[key] = Entity(text[level.start : end], Label.ORG.value, (level.start, end))
    if not grown:
        return ents
    kept = [grown.pop(e.span, e) for e in ents]
    return sorted([*kept, *grown.values()], key=lambda e: e.span)


def _service_len(toks: Sequence[Tok], k: int) -> int:
    """How many words at ``k`` name an armed service (entities_armed_services.txt: `Angkatan
    Udara`, capitalised; `AU`, `AL`, `AD` in capitals), or 0."""
    if not toks[k].text[:1].isupper():
        return 0  # every service's word is capitalised: most words skip the list's lookups
    services = word_set("entities_armed_services.txt")
    two = toks[k : k + 2]
    if len(two) == 2 and all(t.text[:1].isupper() for t in two) and f"{two[0].low} {two[1].low}" in services:
        return 2
    return 1 if toks[k].text.isupper() and toks[k].low in services else 0


@cache
def _service_firsts() -> frozenset[str]:
    """The first words of the armed services' names (entities_armed_services.txt): the words
    `_service_len` can read a service at."""
    return frozenset(s.split()[0] for s in word_set("entities_armed_services.txt"))


def _country_len(toks: Sequence[Tok], k: int, caps_places: frozenset[int]) -> int:
    """How many words at ``k`` name a country: a listed one (entities_countries.txt: `Mesir`,
    `Amerika Serikat`) or a place's short name in capitals the article reads as a place
    (``caps_places``: `AS`), or 0."""
    if n := next(country_lengths(toks, k), 0):
        return n
    return 1 if k < len(toks) and toks[k].start in caps_places else 0


def _with_armed_services(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """An armed service's name one space before a country's name (`_service_len`,
    `_country_len`: `Angkatan Laut AS`, `AU Mesir`, `Angkatan Bersenjata Turki`) is that country's
    service, one ORG (GUIDELINES §6: an organisation named with its region is one name): it
    takes the place the model reads in it and an ORG of its words; a person's name or a longer
    name over them leaves them be (`Akademi Angkatan Laut`)."""
    caps_places = frozenset(e.span[0] for e in ents if e.label == Label.LOC and e.text.isupper())
    found = []
    for k in word_positions(toks, _service_firsts()):  # a service opens only at its first word
        n = _service_len(toks, k)
        m = _country_len(toks, k + n, caps_places) if n and k + n < len(toks) else 0
        if m and toks[k + n - 1].end + 1 == toks[k + n].start:
            span = (toks[k].start, toks[k + n + m - 1].end)
            found.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
    if not found:
        return ents
    out = list(ents)
    for new in found:
        over = [e for e in out if spans_overlap(e.span, new.span)]
        inside = all(new.span[0] <= e.span[0] and e.span[1] <= new.span[1] for e in over)
        if inside and not any(e.label == Label.PER for e in over):
            out = [e for e in out if e not in over] + [new]
    return sorted(out, key=lambda e: e.span)


#: The most lowercase words between a body's kind noun and its place (`kantor berita negara Iran`,
#: `stasiun televisi pemerintah Iran`, `klub voli Korea Selatan`); more is a clause, no kind.
APPOSED_QUALIFIERS = 2


def apposed_names(ents: Sequence[Entity], toks: Sequence[Tok]) -> list[range]:
    """The words of a body's own name written after a kind of body and its place, a comma between
    or none (entities_apposed_body_kinds.txt: `kantor berita Iran, Tasnim`, `klub Korea Selatan,
    Ulsan HD`, `media Spanyol, El Mundo`, `media Uzbekistan Zamin`): the place says where the body
    is, the name after it which body (GUIDELINES §6: outlets, clubs and companies are ORGs). The
    place is a LOC of ``ents`` that names a country or a listed region (`country_or_region`: not
    `organisasi menyimpang seperti Freemasonry, Zionis`); the name runs over the capitalised words
    one space apart after it and is no place itself (`perusahaan Jepang, Tokyo …`). Words between
    the kind and the place (`kantor berita negara Iran, Fars`) need the comma: without it they may
    be a clause's (`kelompok masyarakat seperti Pakistan Air Quality Initiative`, one name)."""
    out = []
    for ent in ents:
        inside = tokens_inside(ent.span, toks) if ent.label == Label.LOC else range(0)
        comma = bool(inside) and inside[-1] + 1 < len(toks) and toks[inside[-1] + 1].text == ","
        placed = bool(inside) and country_or_region(ent.text)
        if placed and _kind_before(toks, inside[0], APPOSED_QUALIFIERS if comma else 0):
            name = _apposed_run(toks, inside[-1] + 1)
            if name is None or _names_other(toks, name[0]) or _person_evidenced(ents, toks, name, both=True):
                continue
            if not (comma and _fronted_clause(toks, inside[0], name)):
                out.append(name)
    return out


def _person_evidenced(ents: Sequence[Entity], toks: Sequence[Tok], name: range, *, both: bool) -> bool:
    """The words ``name``, read as a body's, are a person's, on two pieces of evidence: the model
    reads a person over word ``name[0]`` (``ents``: `perusahaan Elon Musk`), and news-raw holds
    the name as a person's (`_person_named`). An apposed name (`apposed_names`) needs ``both``:
    the model's person alone is no evidence there (`kantor berita Iran, Tasnim`, read as a person,
    is the agency; `Media Amerika, Trump …`, 4 articles to 0, is the person); a name right after
    its kind's noun (`kind_named_names`) needs either."""
    at = toks[name[0]].start
    model = any(e.label == Label.PER and e.span[0] <= at < e.span[1] for e in ents)
    return (model and _person_named(toks, name)) if both else (model or _person_named(toks, name))


#: A fronted clause's opening word that makes its subject the body it names (`Sebagai produsen
#: kopi terkemuka Indonesia, Kapal Api berkomitmen`): the name after the comma is the body.
_SAME_SUBJECT = frozenset({"sebagai"})


def _fronted_clause(toks: Sequence[Tok], k: int, name: range) -> bool:
    """The kind and its place at ``k`` stand in a clause fronted before the sentence's subject:
    the sentence opens with a preposition or connective (`Saat`, `Usai`, `Kepada`, `Dalam`, `Menurut`:
    clean_function_words.txt, clean_connectives.txt) with no comma up to the place, and a lowercase
    word follows the name unset off (`Saat diwawancarai media Amerika, Trump menyebut`, `Dalam
    wawancara dengan stasiun televisi Inggris, Zelensky menolak`): the comma ends the clause, the
    name is the subject's, the kind another party. A name set off by a comma is an apposition
    still (`Menurut media Australia, News.com.au, fenomena ini`), and `Sebagai` makes the subject the
    body (`_SAME_SUBJECT`)."""
    after = name[-1] + 1
    if after >= len(toks) or not toks[after].text.isalpha() or not toks[after].text.islower():
        return False
    j = k
    while j > 0 and toks[j - 1].text not in {".", "!", "?", ","} and not _opens_sentence(toks, j):
        j -= 1
    if j == 0 or toks[j - 1].text != ",":
        opener = toks[j].low
        openers = word_set("clean_function_words.txt") | word_set("clean_connectives.txt") | {"kepada"}
        return opener in openers and opener not in _SAME_SUBJECT
    return False


def _kind_before(toks: Sequence[Tok], k: int, qualifiers: int) -> bool:
    """A body's kind noun in lowercase (one word or two; `Media` opening a sentence) ends right
    before word ``k``, past at most ``qualifiers`` lowercase words that are no function word
    (`negara`, `militan`)."""
    kinds = word_set("entities_apposed_body_kinds.txt")
    stops = word_set("clean_function_words.txt")
    for j in range(k, max(k - qualifiers, 1) - 1, -1):
        one = toks[j - 1]
        if _kind_ends(toks, j, kinds):
            return not _trade_of_person(toks, j, kinds)
        if not (one.text.isalpha() and one.text.islower()) or one.low in stops:
            return False
    return False


def _trade_of_person(toks: Sequence[Tok], j: int, kinds: frozenset[str]) -> bool:
    """The kind ending before word ``j`` is the trade of a person named before it
    (entities_trade_persons.txt: `Pengusaha media asal Australia, Rupert Murdoch`, `Wartawan media
    asal Jepang, Kenji Goto`, `Penggiat media sosial asal Rusia, Sergei …`): the apposition names
    that person, no body."""
    start = j - 2 if j >= 2 and f"{toks[j - 2].low} {toks[j - 1].low}" in kinds else j - 1
    return start > 0 and toks[start - 1].low in word_set("entities_trade_persons.txt")


def _kind_ends(toks: Sequence[Tok], j: int, kinds: frozenset[str]) -> bool:
    """A noun of ``kinds`` (one word or two), written as a common noun, ends right before word ``j``."""
    one = toks[j - 1]
    if _kind_word(toks, j - 1) and one.low in kinds:
        return True
    two = j >= 2 and one.text.islower() and _kind_word(toks, j - 2)
    return bool(two) and f"{toks[j - 2].low} {one.low}" in kinds


def _kind_word(toks: Sequence[Tok], j: int) -> bool:
    """Word ``j`` is written as a common noun: in lowercase, or capitalised opening a sentence."""
    word = toks[j].text
    return word.islower() or (word[:1].isupper() and word[1:].islower() and _opens_sentence(toks, j))


def _apposed_run(toks: Sequence[Tok], j: int) -> range | None:
    """The capitalised words one space apart from word ``j`` on (past a comma there), or None."""
    if j < len(toks) and toks[j].text == ",":
        j += 1
    end = j
    while end < len(toks) and _name_word(toks[end]) and (end == j or _one_space(toks, end)):
        end += 1
    return range(j, end) if end > j else None


def _one_space(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` stands one space after the word before it."""
    return toks[k - 1].end + 1 == toks[k].start


def kind_named_names(toks: Sequence[Tok], ents: Sequence[Entity] = ()) -> list[range]:
    """The words of a body's own name in title case right after a noun for its kind
    (entities_kind_nouns_before_names.txt: `perusahaan Tesla`, `majalah Foreign Policy`, `maskapai
    Mahan Air`): GUIDELINES §6, companies, clubs and outlets are ORGs. The name opens with a word
    in title case (`perusahaan BUMN`, `perusahaan AI`: a kind in capitals), no common word
    (`_written_low`) and no other's name (`_names_other`); the kind's noun is in lowercase
    (`Perusahaan Air Minum Daerah` opening a sentence is a name's head). A person's name is the
    owner's or the star's, no body's (`perusahaan Elon Musk`, `klub Cristiano Ronaldo`): one the
    model reads as a person (``ents``) or news-raw holds as a person's (`_person_named`); and a
    league's name is the competition's clubs (`klub Bundesliga`, as `klub Liga Primer`:
    `_league_word`)."""
    kinds = word_set("entities_kind_nouns_before_names.txt")
    out = []
    for k in range(1, len(toks)):
        # the word's case first: most words open no name, and their kind is then never asked
        cued = _title_case(toks[k].text) and toks[k - 1].text.islower() and _kind_ends(toks, k, kinds)
        if not (cued and _one_space(toks, k)) or _written_low(toks[k]):
            continue
        name = _apposed_run(toks, k)
        if not name or _names_other(toks, k) or _pointed_back(toks, name[-1] + 1):
            continue
        if not (_person_evidenced(ents, toks, name, both=False) or _league_word(toks[k])):
            out.append(name)
    return out


def _person_named(toks: Sequence[Tok], name: range) -> bool:
    """A name of two words or more that news-raw holds as a person's in more articles than as a
    body's or a place's (`Elon Musk` 23 to 0, `Cristiano Ronaldo` 12 to 0). One word is no
    evidence: a brand shares it with a given name (`perusahaan Meta`, 4 to 0; `maskapai Susi air`),
    and so is a listed given name opening the name."""
    if len(name) < 2:
        return False
    _, _, per, other = name_counts(" ".join(toks[k].text for k in name), LOW_DECADES)
    return per > other


def _league_word(tok: Tok) -> bool:
    """A word glued to a league's word at its end (`Bundesliga`, `LaLiga`: entities_trophies.txt)."""
    return any(tok.low.endswith(w) and len(tok.low) > len(w) for w in word_set("entities_trophies.txt"))


#: Demonstratives after a kind's noun and a word: the phrase points back at a body named before
#: by its kind and a descriptor (`klub Katalan itu`, `pabrikan Iwata itu`, `perusahaan Steve Jobs
#: itu`, `klub LaLiga tersebut`), its region, rival or founder, no name of its own.
_DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})


def _pointed_back(toks: Sequence[Tok], j: int) -> bool:
    """Word ``j`` is a demonstrative (`_DEMONSTRATIVES`)."""
    return j < len(toks) and toks[j].low in _DEMONSTRATIVES


#: Articles of news-raw writing a word in lowercase that make it a common word capitalised for
#: emphasis after a kind's noun (`perusahaan Swasta`: `swasta` in hundreds), no company's name
#: (`Tesla`, `Oceanwide`, `Hawker` none); a name opening with a common word goes with them
#: (`Red Bull …` 25, `Bumi Madu Mandiri` 191).
_LOWER_COMMON = 10


def _written_low(tok: Tok) -> bool:
    """A common word (`names_common_words.txt`: `Seperti` of a sentence the scraper ran on) or one
    news-raw writes in lowercase in `_LOWER_COMMON` articles or more (`Swasta`)."""
    return tok.low in common_words() or corpus_counts()["low"].get(tok.low, 0) >= _LOWER_COMMON


def _names_other(toks: Sequence[Tok], k: int) -> bool:
    """A name opening at word ``k`` is another's: a place's head's (`Kecamatan Seputih Agung`,
    `Pekon …`; a body's head opens a body's name: `GP One`), a listed region's or country's
    (`maskapai Iran`), a title's, or a cup's or league's (`klub Liga Primer`: the league's clubs)."""
    head = match_head(toks, k)
    placed = head is not None and head[1] != Label.ORG
    return bool(placed or region_len(toks, k) or title_len(toks, k) or _cup_word(toks, k))


def _title_case(word: str) -> bool:
    """A word in title case: a capital, then a small letter (`Tesla`, `McLaren`; not `BUMN`, `WABetaInfo`)."""
    return word[:1].isupper() and word[1:2].islower()


def with_apposed_bodies(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """The names `apposed_names` and `kind_named_names` read as ORGs, added where no entity
    overlaps them; an apposed name is retyped where the model read the very words as a person
    (`kantor berita Iran, Tasnim`; `apposed_names` leaves out a known person, one after a fronted
    clause or a person's trade) or as a place no listed region or country is (`klub Korea
    Selatan, Ulsan HD`), a name right after its kind never (`perusahaan Arizona`: the state's
    companies). A name a word of which the article names a person by elsewhere is the person's
    (`perusahaan Ashanty` beside `ujar Ashanty`: the singer's company; `Penggiat media sosial asal
    Rusia, Sergei …` beside `Sergei menyebut`: the activist), and a name another entity overlaps
    otherwise is left as it is."""
    out = list(ents)
    apposed = apposed_names(ents, toks)
    for name in apposed + kind_named_names(toks, ents):
        span = (toks[name[0]].start, toks[name[-1]].end)
        held = [i for i, e in enumerate(out) if spans_overlap(e.span, span)]
        if _person_elsewhere(text[span[0] : span[1]], span, ents):
            continue
        if not held:
            out.append(Entity(text[span[0] : span[1]], Label.ORG.value, span))
        elif name in apposed and len(held) == 1 and out[held[0]].span == span and _retypable(out[held[0]]):
            out[held[0]] = _relabel(out[held[0]], Label.ORG)
    return sorted(out, key=lambda e: e.span)


def _retypable(ent: Entity) -> bool:
    """A PER, or a LOC that no listed region or country names (`country_or_region`)."""
    return ent.label == Label.PER or (ent.label == Label.LOC and not country_or_region(ent.text))


def _person_elsewhere(name: str, span: Span, ents: Sequence[Entity]) -> bool:
    """A PER of ``ents`` other than at ``span`` shares a word with ``name``."""
    words = set(name.split())
    return any(e.label == Label.PER and e.span != span and words & set(e.text.split()) for e in ents)


#: ORGs a list of bodies holds at least: two, as a list of places needs two places
#: (`places._with_listed_places`): one body and a name after a comma is often an apposition.
_LISTED_BODIES = 2


def with_bodies_listed(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: Sequence[Span]
) -> list[Entity]:
    """Capitalised words listed with bodies are bodies too (`Google, Amazon, Nvidia, dan
    Microsoft`, `Apple, Alphabet, Tesla, dan Netflix`): GUIDELINES §6, a list names things of one
    kind. The list is read as `places._with_listed_places` reads one (`_list_items`: items joined
    by commas, `dan`, `serta`, opened by a found entity; an unfound item one to three title-cased
    words no entity or person holds, opening no sentence, no title, head, common word or given
    name) and is a list of bodies by `_bodies_list`; its unfound items are added as ORGs and its
    LOC items retyped ORG (a PER item makes no list of bodies), but for a name of no entity
    (`entities_not.txt`: `Instagram`)."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    held |= {k for s in person_spans for k in tokens_inside(s, toks)}
    by_start = {k[0]: e for e in ents if (k := tokens_inside(e.span, toks))}
    lower, persons = lowercase_words(toks), set(person_spans)
    added: list[Entity] = []
    retyped: set[Span] = set()
    k = 0
    for start in sorted(by_start):
        if start < k:
            continue
        items, k = _list_items(toks, start, by_start, held, lower, text)
        items = _closed_at_and(_unfound_before(items, toks, (by_start, held, lower)), toks)
        if _bodies_list(items, toks, text, persons):
            named = [_item_entity(e, toks, text) for e in items]
            added += [e for e, item in zip(named, items, strict=True) if isinstance(item, range)]
            retyped |= {e.span for e in items if isinstance(e, Entity) and e.label != Label.ORG}
    out = [_relabel(e, Label.ORG) if e.span in retyped else e for e in ents]
    added = [e for e in added if e.text.casefold() not in _not_entities()]
    return sorted(out + added, key=lambda e: e.span) if added or retyped else ents


def _unfound_before(items: list[Entity | range], toks: Sequence[Tok], seen: tuple) -> list[Entity | range]:
    """The list's items with an unfound item before its first found one, a comma between
    (`perusahaan seperti Meta, Google, Amazon, dan Microsoft`: `Meta` unfound): `_list_items`
    opens a list at a found entity only, so the first item the model missed was never read. The
    item is a run of one to three title-cased words `_list_item` accepts (no sentence's opening
    word, title, head, common word or given name; ``seen``: its `by_start`, `held` and `lower`)
    that no name's word or entity stands right before (`TikTok Shop`, `HUAWEI Authorized
    Experience Store`: the run is a name's tail); the list is then weighed whole by
    `_bodies_list`. One such item only, as `_list_items` reads any number after it: more before a
    found item is as often a clause's capitalised words (a sentence's subject and its apposition).
    News-raw (base records, the 172 lines with such a frame): `Meta`, `Digimap`
    twice, `Aqua`, `Aston Martin` gained; a place (`kampus , Tarumangera, Universitas Indonesia`)
    and a palace as a sponsor (`sponsor seperti Puro Mangkunegaran, BNI, dan Telkomsel`, annotated
    a place) wrongly."""
    if not items:
        return items
    by_start, held, lower = seen
    first = items[0].start if isinstance(items[0], range) else tokens_inside(items[0].span, toks).start
    comma = first - 1
    if comma < 1 or toks[comma].text != ",":
        return items
    j = comma
    while j > 0 and comma - j < 3 and j - 1 not in held and _title_cased_word(toks[j - 1]):
        j -= 1
    glued = j > 0 and (j - 1 in held or _name_word(toks[j - 1]))  # `TikTok Shop`: a name's tail
    if j == comma or glued or _list_item(toks, j, by_start, held, lower) != range(j, comma):
        return items
    return [range(j, comma), *items]


def _closed_at_and(items: list[Entity | range], toks: Sequence[Tok]) -> list[Entity | range]:
    """The items up to the one `dan` or `serta` joins: a name after it past a comma is an
    apposition (`di Chelsea dan Manchester United, Jose Mourinho`: the coach), no item."""
    for i, item in enumerate(items[1:], 1):
        first = item.start if isinstance(item, range) else tokens_inside(item.span, toks).start
        if toks[first - 1].low in role_words("and_word"):
            return items[: i + 1]
    return items


def _bodies_list(items: Sequence[Entity | range], toks: Sequence[Tok], text: str, persons: set[Span]) -> bool:
    """Three items or more, `_LISTED_BODIES` ORGs at least and no fewer than the other items, one
    ORG a known body (`_known_body`), no item an event (`kinds._event`: `KONI, PSSI, dan Asian
    Games`, `Polda Jatim, dan Porprov Jatim`), no other item a PER or a place
    (`_no_place_nor_person`) nor an unfound one holding a title (`Unila, Polda, dan Ibu Bupati`:
    the official). An unfound item needs an ORG news-raw holds whole (`_known_by_name`: `Google`):
    bodies known only by a head and a region (`Polres Bantul, Kodim Bantul, dan Parangtritis`)
    list a bare name that is as often the region's place."""
    orgs = [e for e in items if isinstance(e, Entity) and e.label == Label.ORG]
    others = [e for e in items if not (isinstance(e, Entity) and e.label == Label.ORG)]
    unfound = any(isinstance(e, range) for e in items)
    return (
        len(items) >= 3
        and len(orgs) >= max(_LISTED_BODIES, len(others))
        and any(_known_body(e, toks) for e in orgs)
        and (not unfound or any(_known_by_name(e) for e in orgs))
        and not any(_event(_item_entity(e, toks, text), toks) for e in items)
        and all(_no_place_nor_person(_item_entity(e, toks, text), toks, persons) for e in others)
        and not any(title_len(toks, k) for r in others if isinstance(r, range) for k in r)
    )


def _known_body(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG that a body's head opens (`Bank`, `Polsek`) or that news-raw holds as a whole entity
    in `corpus.BODY_ARTICLES_MIN` articles or more (`name_counts`)."""
    k = token_at(ent.span[0], toks)
    head = match_head(toks, k) if k is not None else None
    return (head is not None and head[1] == Label.ORG) or _known_by_name(ent)


def _known_by_name(ent: Entity) -> bool:
    """An entity news-raw holds as a whole ORG or LOC in `corpus.BODY_ARTICLES_MIN` articles or
    more (`Nvidia` 10, `Dishub` 12; `Silver` 4, `Art` 2, `Reuse` 2: the model's readings of a list
    of colours, fields or slogans as bodies), as `people.corpus` reads a body's word."""
    return name_counts(ent.text, 2)[3] >= BODY_ARTICLES_MIN


def _item_entity(item: Entity | range, toks: Sequence[Tok], text: str) -> Entity:
    """A list's item as an entity: a found one as it is, an unfound run of words as an ORG."""
    if isinstance(item, Entity):
        return item
    span = (toks[item.start].start, toks[item.stop - 1].end)
    return Entity(text[span[0] : span[1]], Label.ORG, span)


def _no_place_nor_person(ent: Entity, toks: Sequence[Tok], persons: set[Span]) -> bool:
    """An item that marks itself neither a place nor a person: no listed place's or country's name
    (`country_or_region`), no LOC that reads as a place of its own (`_place_of_its_own`: a head, a
    region opening it, a compass word, a venue's word), no person the people layer holds."""
    if country_or_region(ent.text) or ent.span in persons or ent.label == Label.PER:
        return False
    return not (ent.label == Label.LOC and _place_of_its_own(ent, toks))


#: The most words after a city's name in a team's name (`Los Angeles Lakers`, `Golden State`
#: `Warriors` aside): a nickname of one word, or two (`Surabaya Bhayangkara Presisi`).
_TEAM_NICKNAME_WORDS = 2


def teams_named_after_cities(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """On a sports page, a LOC that is a listed city's name and a nickname after it (`Los Angeles
    Lakers`, `Houston Rockets`, `Surabaya Samator`: `_city_and_nickname`) and that the page frames
    as a team (`_team_framed`) names the team, an ORG (GUIDELINES §6: clubs are organisations; a
    place's name with another word is a club's, `country_or_region`). A PER stays as the people
    layer and the model read it (`with_persons` gives a held person back its label)."""
    teams = set(city_teams(ents, toks, text, labels=(Label.LOC,)))
    return [_relabel(e, Label.ORG) if e.span in teams else e for e in ents] if teams else ents


def city_teams(
    ents: Sequence[Entity], toks: Sequence[Tok], text: str, labels: tuple[Label, ...] = (Label.ORG,)
) -> list[Span]:
    """The spans of the entities of ``labels`` (ORGs unless told: the decision keeps them, a rule
    vouches) that name a team after its city on a sports page (`teams_named_after_cities`)."""
    if not on_sports_page(toks, text):
        return []
    ents = sorted(ents, key=lambda e: e.span)
    return [
        e.span
        for i, e in enumerate(ents)
        if e.label in labels
        and _city_and_nickname(e.text)
        and not _after_di(e.span, text)
        and _team_framed(ents, i, text)
    ]


def _after_di(span: Span, text: str) -> bool:
    """The name follows `di` (`digelar di Tokyo Dome`, `berlangsung di Osaka Castle`): a venue or a
    place where a game is played, no team."""
    return (
        text[: span[0]].rstrip().lower().endswith((" di", "\ndi")) or text[: span[0]].rstrip().lower() == "di"
    )


def _team_framed(ents: Sequence[Entity], i: int, text: str) -> bool:
    """The page frames entity ``i`` as a team: a match's word or a score beside it (`in_match_frame`:
    `mengalahkan Surabaya Samator 3-2`), a team's word before it somewhere (`after_team_word`:
    `klub Bogor LavAni`), or a list joining it to another city's team (`Miami Heat dan New York
    Knicks`). Unframed, a city and a word after it is as often a region (`kawasan Asia Pasifik`,
    `wilayah Amerika Latin`) or a venue (`di Piramid Giza`, `di Jakarta Muay Thai & MMA Gym`), and
    a list joining it to a body no team (`kawasan Asia Pasifik, Asia Pacific Cup 2026`: an event)."""
    ent = ents[i]
    if in_match_frame(ent.span, text) or after_team_word(ent.text, text):
        return True
    return any(_city_and_nickname(o.text) for o in _other_list_items(ents, i, text))


def _city_and_nickname(name: str) -> bool:
    """``name`` is a listed city's or region's name (the longest such; no country's or
    continent's, `_not_cities`, no given name's) and then one or two title-case words of a
    nickname (`_team_nickname_word`: `Lakers`; not `Utara`, `Stadium`, `Sukun`), the whole no
    listed place's name (`Amerika Serikat`, `Kuala Lumpur`: `country_or_region`)."""
    words = name.split()
    if country_or_region(name):
        return False
    for i in range(len(words) - 1, 0, -1):  # the longest listed name first (`Kuala Lumpur`)
        city, rest = " ".join(words[:i]).lower(), words[i:]
        if city in _places():
            short = len(rest) <= _TEAM_NICKNAME_WORDS and _city_word(words[0])
            named = not ({city, words[0].lower()} & _not_cities()) and city not in given_names()
            return short and named and all(_team_nickname_word(w) for w in rest)
    return False


@cache
def _not_cities() -> frozenset[str]:
    """Listed places that name no city a team is named after: countries (`Thailand Airways`,
    `Arab Saudi Al Hilal`: a nation before its club) and continents (entities_continents.txt:
    `Asia Pasifik`, `Amerika Latin`)."""
    return _countries() | word_set("entities_continents.txt")


def _city_word(word: str) -> bool:
    """A city's name opens with a capital and no place's kind (`kota Roma`, `Kota Pahlawan`,
    `Benua Biru`: a kind's word and an epithet)."""
    return word[:1].isupper() and word.lower() not in _place_kinds()


def _team_nickname_word(word: str) -> bool:
    """A title-case word of a team's nickname: no place's name, kind, venue (`Stadium`,
    entities_facility_tails.txt; `Dome`, `Gym`, entities_venue_words.txt), cup or event (`Asia
    Pacific Cup`, `Indonesia Masters`: entities_trophies.txt, entities_events.txt) or compass
    point, and no common word (`_written_low`: `Internasional`, `Dua`; an epithet's `Pahlawan`)."""
    low = word.lower()
    placed = low in _places() or low in _place_kinds() or low in word_set("entities_compass_words.txt")
    venues = (
        "entities_facility_tails.txt",
        "entities_venue_words.txt",
        "entities_trophies.txt",
        "entities_events.txt",
    )
    venue = any(low in word_set(name) for name in venues)
    return _title_case(word) and not (placed or venue or _written_low(tok_of(word, 0, len(word))))
