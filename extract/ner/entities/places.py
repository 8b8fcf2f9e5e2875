"""Places in lists and beside bodies, and the trimmed form of every found entity.

Listed regions in a row are one place each (`Liwa Lampung Barat`), capitalised words listed
with places are places, `_trimmed` cuts the words around a name that are not the name's, a
body's own region one space after it joins it (`_with_own_place`), a country after its state's
form is one place (`Republik Indonesia`: `_with_state_forms`), a results table's countries are
places (`_with_score_sides`), and `with_persons` gives PER where the people layer put a person
and drops a LOC that names a person (`_without_persons_as_places`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

import regex

from ...learn import LOW_DECADES
from ...people.corpus import name_counts, person_word_in_corpus
from ...people.lexicon import company_forms, company_names, role_words
from ...people.names import listed_beside
from ...records import Entity, Span, spans_overlap
from ...records import EntityLabel as Label
from ...resources import load_lines
from ...text.words import (
    LOCATIVES,
    area_bracket_end,
    club_formed,
    common_words,
    english_body_words,
    given_names,
    group_forms,
    hospital_word,
    org_acronyms,
    org_words,
    speech_verbs,
    word_class,
    word_set,
)
from ...text.words import WordClass as W
from .cuts import (
    _after_glued_word,
    _before_glued_title,
    _before_holder_field,
    _before_joined_word,
    _before_name_title,
    _before_region,
    _flat,
    _past_group_head,
    _without_amount,
    _without_century_year,
    _without_item_count,
    _without_next_item_number,
    _without_rank,
    _without_year,
    listed_joined,
)
from .filters import (
    _after_question_word,
    _balanced,
    _before_glued_sentence,
    _before_headline_verb,
    _before_known_person,
    _before_player_name,
    _degrees,
    _forms_of_address,
    _person_spans,
    _the_nation,
    _without_clause_tail,
    _without_function_end,
    _without_open_end,
    _without_possessive,
)
from .kinds import _before_english_position, _law_words
from .model import _relabel, _title_cased_word
from .page import _opens_sentence
from .shortnames import _heads_body, _listed_short_name, _street_words
from .tokens import (
    Tok,
    _after_title,
    _company_form,
    _entity,
    _gazetteer_key,
    _level_rank,
    _listed_name,
    _name_word,
    _spelled,
    _tail_only,
    address_start,
    level_len,
    lowercase_words,
    match_head,
    on_sports_page,
    placed_by_position,
    region_len,
    title_len,
    tok_of,
    token_at,
    tokens,
    tokens_inside,
    word_positions,
)
from .words import (
    _LEVEL_RANKS,
    GROUND_WORDS,
    MAX_ABBREV_WORDS,
    MAX_NAME_WORDS,
    Head,
    _countries,
    _country_first_words,
    _districts,
    _foreign_joins,
    _joins,
    _name_elements,
    _place_kinds,
    _regions,
    _seats,
    country_or_region,
    in_match_frame,
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
    none in one name (`Guluk-Guluk`, `Aix-en-Provence`, `Indo-Pasifik`, `Jalan Tol Jakarta-Cikampek`)
    nor in a country or region listed whole, the dash read as a space or an and-word too (`Guinea-Bissau`,
    `Bangka-Belitung`, `Bosnia-Herzegovina`: reviews fix38i, fix38k)."""
    dashes = list(_PLACE_DASH.finditer(ent.text))
    if (
        len(dashes) != 1
        or listed_joined(ent.text)
        or any(match_head(toks, k) is not None for k in tokens_inside(ent.span, toks))
    ):
        return None
    sides = (ent.text[: dashes[0].start()].split(), ent.text[dashes[0].end() :].split())
    listed = [_listed_name(side) for side in sides]
    if sides[0] == sides[1] or not any(listed):
        return None
    return dashes[0] if all(n or _place_like(side) for n, side in zip(listed, sides, strict=True)) else None


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


def _with_listed_places(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: Sequence[Span]
) -> list[Entity]:
    """Capitalised words listed with regions are places too (`Kecamatan Ngambur, Ngaras, dan
    Bengkunat`, `Lemong 12 pekon, …, Wai Krui 8 pekon`): a list of three items or more joined by
    commas and `dan`, each item maybe counted after its name, opened by a found place; its found
    items all LOC, no fewer than the unfound ones, and two of them an administrative level's or a
    listed region's or district's name (`_all_places`); or a list of two items or more, `dan`
    joining it, opened by a place named after its capitalised level, whose level its unfound
    names share (`_level_shared`)."""
    taken = {k for e in ents for k in tokens_inside(e.span, toks)}
    taken |= {k for s in person_spans for k in tokens_inside(s, toks)}
    by_start = {k[0]: e for e in ents if (k := tokens_inside(e.span, toks))}
    lower = lowercase_words(toks)
    added: list[Entity] = []
    k = 0
    for start in sorted(by_start):  # a list opens at a found entity: no other word is read
        if start < k:
            continue
        items, k = _list_items(toks, start, by_start, taken, lower, text)
        found = [e for e in items if isinstance(e, Entity)]
        listed = len(items) >= 3 and len(found) >= max(2, len(items) - len(found))
        if (listed and _all_places(found, toks)) or _level_shared(items, toks, range(start, k)):
            added += [_span_entity(r, toks, text) for r in items if isinstance(r, range)]
    return sorted(ents + added, key=lambda e: e.span[0]) if added else ents


def _list_items(
    toks: Sequence[Tok],
    k: int,
    by_start: dict[int, Entity],
    taken: set[int],
    lower: frozenset[str],
    text: str,
) -> tuple[list[Entity | range], int]:
    """The items of the list that opens at ``k`` with a found entity (later items: found entities
    or runs of unfound capitalised words) and the index after it; one token on when none opens
    (no found entity at ``k``: nothing else at ``k`` is read)."""
    if k not in by_start:
        return [], k + 1
    items: list[Entity | range] = []
    j = k
    while (item := _list_item(toks, j, by_start, taken, lower)) is not None and (
        items or isinstance(item, Entity)
    ):
        items.append(item)
        j = _after_count(
            toks, (item.stop if isinstance(item, range) else tokens_inside(item.span, toks).stop), text
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
    while end < len(toks) and end not in taken and _name_word(toks[end]) and _title_cased_word(toks[end]):
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


def _level_shared(items: Sequence[Entity | range], toks: Sequence[Tok], words: range) -> bool:
    """The list's unfound names share the level of its first item, a place named after its
    capitalised administrative level (`Kampung Astra Ksetra dan Tiuh Tohou`, `Kampung Kerta
    Jaya, Gistang Jaya, dan sekitarnya`, `Tiyuh Gunung Katun Tanjungan dan Gading Kencana`: one
    level's word before names coordinated by `dan` is said of each, GUIDELINES §6, villages are
    places; news-raw tune annotations): a `dan` among the list's ``words``, every found item a
    LOC, and every unfound name closed by a mark or opened by no common word (`Kota Jakarta dan
    Paduan Suara Gita tampil`: a body's words going on the sentence). A name after a region
    written alone (`Jakarta dan …`) shares no level."""
    first = items[0] if items else None
    if not isinstance(first, Entity) or len(items) < 2 or first.label != Label.LOC:
        return False
    inside = tokens_inside(first.span, toks)
    head = match_head(toks, inside.start)
    if head is None or head[2] is not Head.ADMIN or not toks[inside.start].text[:1].isupper():
        return False
    joined = any(toks[k].low in role_words("and_word") for k in words)
    names = [r for r in items if isinstance(r, range)]
    return (
        joined
        and all(e.label == Label.LOC for e in items if isinstance(e, Entity))
        and all(_closed_name(toks, r) for r in names)
    )


#: The marks that close a listed name (`Tiuh Tohou.`, `Gading Kencana (Kecamatan …)`).
_NAME_CLOSERS = frozenset({",", ".", "(", ")", ";", ":"})


def _closed_name(toks: Sequence[Tok], name: range) -> bool:
    """An unfound name ends the sentence's words or opens with no common word (`Sukabanjar`):
    a mark or the text's end after it, or a first word no dictionary word."""
    closed = name.stop >= len(toks) or toks[name.stop].text in _NAME_CLOSERS
    return closed or toks[name.start].low not in common_words()


def _all_places(found: Sequence[Entity], toks: Sequence[Tok]) -> bool:
    """Every found item a LOC, two of them an administrative level's or a listed region's or
    district's name (`Kecamatan Ngambur`, `Ngaras`): a list of regions, not of brands or people."""
    return all(e.label == Label.LOC for e in found) and sum(_admin_place(e, toks) for e in found) >= 2


def _admin_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """``ent`` is a listed region's or district's name, maybe after its level, or any name after a
    capitalised level (`Kampung Tri Mulya Jaya`, `Pekon Sukadana`: a village is named by its level)."""
    inside = tokens_inside(ent.span, toks)
    start = inside.start + level_len(toks, inside.start)
    named = start > inside.start and toks[inside.start].text[:1].isupper()
    return start < inside.stop and (named or region_len(toks, start, kecamatan=True) == inside.stop - start)


def _closes_item(toks: Sequence[Tok], j: int, items: Sequence[Entity | range]) -> bool:
    """An unfound item ends at a mark or a joiner, or (last after `dan`) before any word: after a
    comma alone a word goes on a sentence (`…, Center Point menjadi …`)."""
    if j >= len(toks) or toks[j].text in {",", ".", ")", ";", ":"} or toks[j].low in role_words("and_word"):
        return True
    before = items[-1]
    return isinstance(before, range) and toks[before.start - 1].low in role_words("and_word")


def _after_count(toks: Sequence[Tok], j: int, text: str) -> int:
    """After an item's count and counted word (`Lemong 12 pekon`) or its bracketed area
    (`_after_area`), else ``j``."""
    if j + 1 < len(toks) and toks[j].text.isdigit() and toks[j + 1].text.islower():
        return j + 2
    return _after_area(toks, j, text)


def _after_area(toks: Sequence[Tok], j: int, text: str) -> int:
    """After an item's area in brackets, maybe after one lowercase word (`Bumidaya (9 Ha)`, `Desa
    Sukamaju seluas (15 hektare)`, `Blora (48.967 ha)`: `area_bracket_end`; a list of villages
    with the land each holds), else ``j``."""
    if j == 0 or j >= len(toks) or (end := area_bracket_end(text, toks[j - 1].end)) is None:
        return j
    while j < len(toks) and toks[j].start < end:
        j += 1
    return j


def _after_joiner(toks: Sequence[Tok], j: int) -> tuple[int, bool]:
    """After a comma, `dan` or both (`, dan`) at ``j``, and whether one was there."""
    start = j
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j < len(toks) and toks[j].low in role_words("and_word"):
        j += 1
    return j, j > start


#: A route's other end across a hyphen with no space: up to three capitalised words after a
#: place (`Medan-Tapanuli Selatan`) or before it (`Kandis-Medan`), and the word past them; before
#: it the longest run of them (`(kV) Muara Bungo-`: both words, no word past them), the word past
#: it read apart (`_PAST_BEFORE`).
_END_AFTER = regex.compile(r"-(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?: (\w+))?")
_END_BEFORE = regex.compile(r"(?<!\S)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})-$")
_PAST_BEFORE = regex.compile(r"(?<!\S)(\w+) $")


def _with_route_ends(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A found place's other end across a route's hyphen is a place too (`Kandis-Medan`,
    `Medan-Tapanuli Selatan`, `Surabaya-Kertajati`: GUIDELINES §6, two places as in
    `_dash_between_places`) when its words, held by no entity, spell a listed region's,
    district's or seat's name whole and no capitalised word goes on past it: a route inside a
    longer name is left to it (`Kereta Cepat Jakarta-Bandung`, `Tol Jakarta-Cikampek`). An
    ocean's name across the hyphen is no end: the two are one region (`_with_ocean_joined`), nor
    is a street's across a spaced dash: the street runs on to it (`_with_street_ends`)."""
    ents = _with_ocean_joined(_with_street_ends(ents, toks, text), text)
    held = [e.span for e in ents]
    added: list[Entity] = []
    for ent in ents:
        if ent.label != Label.LOC:
            continue
        for start, words, past in _route_ends(ent, text):
            end = start + len(words)
            if _route_end_named(words, past) and not any(a < end and start < b for a, b in held):
                added.append(Entity(words, Label.LOC.value, (start, end)))
                held.append((start, end))
    return sorted(ents + added, key=lambda e: e.span[0]) if added else ents


#: How many words a street's other end across a spaced dash may have (`Muara Jaya II`).
_STREET_END_WORDS = 3


def _with_street_ends(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A street's name runs on across a spaced dash to the road's other end (`jalan Liwa – Krui`,
    `Jalan Tol Bakauheni - Terbanggi Besar`), one road as `jalan Srengit-Basungan` is (GUIDELINES
    §6, the longest name): the end's words are capitalised, no head's (`- Jalan …`, `- Blok A`:
    a second place), the first no common word unless a listed place's (`- Puluhan warga`), no
    word past them shows the end goes on (`_end_goes_on`), and no body holds them; a place or
    person found there is the end's word."""
    out = list(ents)
    for ent in ents:
        first = token_at(ent.span[0], toks)
        if ent.label != Label.LOC or first is None or toks[first].low not in _street_words()["street"]:
            continue
        end = _street_end(toks, ent.span[1])
        met = [e for e in ents if e.span[0] < end and ent.span[1] < e.span[1]]
        inside = [e for e in met if e.span[0] >= ent.span[1] and e.span[1] <= end and e.label != Label.ORG]
        if end > ent.span[1] and len(inside) == len(met):
            out = [e for e in out if e not in inside and e is not ent]
            out.append(Entity(text[ent.span[0] : end], ent.label, (ent.span[0], end)))
    return sorted(out, key=lambda e: e.span[0])


def _street_end(toks: Sequence[Tok], after: int) -> int:
    """Where the road's other end across a spaced dash right ``after`` a street ends; ``after``:
    none (`_with_street_ends`)."""
    k = token_at(after + 1, toks)
    if k is None or toks[k].text not in {"-", "–"} or toks[k].start != after + 1:
        return after
    j = k + 1
    while j < len(toks) and j - k <= _STREET_END_WORDS and _end_word(toks[j]) and match_head(toks, j) is None:
        j += 1
    if j == k + 1 or (j < len(toks) and _end_goes_on(toks[j])):
        return after
    opener = toks[k + 1]
    return (
        toks[j - 1].end
        if opener.low not in common_words() or region_len(toks, k + 1, kecamatan=True)
        else after
    )


def _end_goes_on(tok: Tok) -> bool:
    """The word past a road's end shows the end goes on: a capitalised word, a number or a
    further dash (`- Cecar SP 9 - …`)."""
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in {"-", "–"}


def _end_word(tok: Tok) -> bool:
    """A word of a road's end: capitalised, letters only, or a Roman numeral (`Muara Jaya II`)."""
    return tok.text[:1].isupper() and tok.text.isalpha()


#: A capitalised word glued by a hyphen right after a place (`-Pasifik` of `Asia-Pasifik`).
_HYPHENED_WORD = regex.compile(r"-(\p{Lu}\p{Ll}+)\b")


def _with_ocean_joined(ents: list[Entity], text: str) -> list[Entity]:
    """A place glued by a hyphen to an ocean's name that no entity holds (entities_ocean_words.txt)
    is one region with it (`Asia-Pasifik`, `Indo-Pasifik`: GUIDELINES §6, the longest place as
    written), no route's end (`_with_route_ends`)."""
    starts = {e.span[0] for e in ents}
    out = []
    for ent in ents:
        glued = _HYPHENED_WORD.match(text, ent.span[1]) if ent.label == Label.LOC else None
        if (
            glued
            and glued.start(1) not in starts
            and glued[1].lower() in word_set("entities_ocean_words.txt")
        ):
            ent = Entity(text[ent.span[0] : glued.end()], ent.label, (ent.span[0], glued.end()))
        out.append(ent)
    return out


#: The most capitalised words between a state's form and its country (`Republik Demokratik Rakyat
#: Laos` has two; `Republik Islam Iran` and `Republik Rakyat Tiongkok` one), and the most words
#: of a country's listed name (`Saint Kitts dan Nevis`, `Kepulauan Svalbard dan Jan Mayen`).
MAX_FORM_WORDS, MAX_COUNTRY_WORDS = 2, 5


def _with_state_forms(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A country's listed name after its state's form (`Republik Indonesia`, `Republik Islam
    Iran`; entities_state_forms.txt) is one place, the form in it: a place found on the country's
    words alone grows to the form, and a form and country no entity touches is a place of its own
    (`Presiden Republik Indonesia`: GUIDELINES §6, a region inside a title is a LOC). A body's name
    that holds them keeps them (`Kementerian Sosial Republik Indonesia`)."""
    forms = word_set("entities_state_forms.txt")
    out = list(ents)
    for k in word_positions(toks, forms):  # only a form's word opens one
        tok = toks[k]
        if not tok.text[:1].isupper() or (end := _state_end(toks, k + 1)) is None:
            continue
        if _in_law_or_body(toks, k, end) or _after_unknown_name(toks, k):
            continue
        start, stop = tok.start, toks[end - 1].end
        touching = [e for e in out if e.span[0] < stop and e.span[1] > start]
        if any(e.label != Label.LOC or not _within(e.span, toks[k + 1].start, stop) for e in touching):
            continue
        out = [e for e in out if e not in touching] + [Entity(text[start:stop], Label.LOC, (start, stop))]
    return sorted(out, key=lambda e: e.span[0]) if out != ents else ents


#: How many capitalised words before a state's form are read back for the name they may open
#: (`Undang-Undang Dasar Negara Republik Indonesia`, `Kementrian Komunikasi dan Informatika …`).
MAX_NAME_BEFORE_FORM = 6


def _in_law_or_body(toks: Sequence[Tok], k: int, end: int) -> bool:
    """The state's form at ``k`` and its country ending at ``end`` close a regulation's name or a
    body's: a regulation's word among the capitalised words right before the form, or its number's
    word right after the country (`Undang-Undang Dasar Negara …`, `Peraturan Menteri Keuangan …
    Nomor`: GUIDELINES §6, laws are no entities), or a body's head among them (`Kementrian Komunikasi
    dan Informatika Republik Indonesia`: the body's name holds the country)."""
    if end < len(toks) and toks[end].low in _law_words():
        return True
    j = k - 1
    while j >= max(0, k - MAX_NAME_BEFORE_FORM) and (toks[j].text[:1].isupper() or toks[j].low == "dan"):
        head = match_head(toks, j)
        if toks[j].low in _law_words() or (head is not None and head[2] is Head.BODY):
            return True
        j -= 1
    return False


def _after_unknown_name(toks: Sequence[Tok], k: int) -> bool:
    """Capitalised words right before the state's form at ``k`` open a name the model missed
    (`Televisi Republik Indonesia`, `Tentara Nasional …`, `Kepolisian Negara …`, `Negara Kesatuan
    …`): the form and the country are that name's words, no place of their own. Not where a
    title opens one of them (`Presiden`, `Duta Besar`, `Menteri Perhubungan`, `Wakil Menteri
    Komunikasi dan Digital`: GUIDELINES §6, a region inside a title is a LOC) or a day's word is
    one (`Hari Kemerdekaan`, `HUT`: entities_state_days.txt, a place inside an event's name is
    listed), nor after one common word opening a sentence."""
    if k == 0 or not toks[k - 1].text[:1].isupper():
        return False
    days = word_set("entities_state_days.txt")
    j = k - 1
    while j >= max(0, k - MAX_NAME_BEFORE_FORM) and (toks[j].text[:1].isupper() or toks[j].low == "dan"):
        if toks[j].low in days or title_len(toks, j) > 0:
            return False
        j -= 1
    return not (j == k - 2 and _opens_sentence(toks, k - 1) and toks[k - 1].low in common_words())


def _state_end(toks: Sequence[Tok], j: int) -> int | None:
    """Where a country's listed name ends that opens at ``j`` or after at most
    ``MAX_FORM_WORDS`` capitalised words, each a space after the last (None: no country)."""
    for gap in range(MAX_FORM_WORDS + 1):
        for n in range(MAX_COUNTRY_WORDS, 0, -1):
            words = toks[j + gap : j + gap + n]
            spaced = len(words) == n and _spaced_words(toks, j - 1, j + gap + n)
            if spaced and " ".join(w.low for w in words) in _countries():
                return j + gap + n
        if j + gap >= len(toks) or not toks[j + gap].text[:1].isupper():
            return None
    return None


def _spaced_words(toks: Sequence[Tok], first: int, end: int) -> bool:
    """The tokens ``first`` to ``end`` are words of letters, each one space after the last."""
    run = toks[first:end]
    spaced = all(b.start == a.end + 1 for a, b in itertools.pairwise(run))
    return spaced and all(t.text.isalpha() for t in run)


def _with_score_sides(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A results table's sides that are countries' listed names are places (`Armenia 0 - 1
    Kroasia Portugal 9 - 0 Luxemburg`: data/annotations, countries as sports opponents are places):
    a country right before or after a score `N - N`, its other neighbour a lowercase word, a mark,
    a number or another side. Entities on the sides' words alone (`Kroasia Portugal` read as one,
    `Bosnia` of `Bosnia dan Herzegovina`, a side read with the score's number) give way to the
    sides; a name going on past a side keeps it (`Bank Indonesia 16-17 Mei`)."""
    sides = _score_sides(toks)
    if not sides:
        return ents
    lo, hi = {toks[a].start: b for a, b in sides}, {toks[b - 1].end: a for a, b in sides}
    out = list(ents)
    for a, b in sides:
        start, stop = toks[a].start, toks[b - 1].end
        # the sides' row: the sides run on a space apart, and a number of the score right after
        row = (toks[hi.get(start - 1, a)].start, toks[min(lo.get(stop + 1, b), len(toks) - 1)].end)
        touching = [e for e in out if e.span[0] < stop and e.span[1] > start]
        if all(e.label != Label.PER and _within(e.span, *row) for e in touching):
            out = [e for e in out if e not in touching] + [Entity(text[start:stop], Label.LOC, (start, stop))]
    return sorted(out, key=lambda e: e.span[0]) if out != ents else ents


def _score_sides(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    """The words (first, end) of each country's name right before or after a score `N - N`
    whose other neighbour is no capitalised word of a name going on."""
    sides = []
    for i in range(len(toks) - 2):
        if not (_score_number(toks[i]) and toks[i + 1].text in "-–" and _score_number(toks[i + 2])):
            continue
        if n := next((n for n in country_lengths(toks, i, back=True) if _side_edge(toks, i - n - 1)), 0):
            sides.append((i - n, i))
        if n := next((n for n in country_lengths(toks, i + 3) if _side_edge(toks, i + 3 + n)), 0):
            sides.append((i + 3, i + 3 + n))
    return sides


def _with_team_countries(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A country's listed name no entity holds, written after a word that names a national side
    (`entities_team_words.txt`: `timnas Spanyol`, `tim putri Indonesia`, `tim nasional MLBB
    Brazil`), is a place (data/annotations: countries as sports opponents are places; news tune
    lists the country in 39 of 40 such phrases). An entity on the words keeps them (`Timnas
    Portugal`, a club or a side the model read as a body), and none is read where the country
    opens a name the model missed (`_opens_name`: `pebalap Jordan King`, `tim Indonesia
    Corruption Watch`)."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    found, after = [], 1  # the first word a country's name may open at: none inside the last one
    for k in word_positions(toks, _country_first_words()):  # only a country's first word opens one
        if k < after:
            continue
        n = next(country_lengths(toks, k), 0)
        if (
            n
            and not held.intersection(range(k, k + n))
            and _after_team_word(toks, k, held)
            and not _opens_name(toks, k + n)
        ):
            found.append(_span_entity(range(k, k + n), toks, text))
        after = k + max(n, 1)
    return sorted([*ents, *found], key=lambda e: e.span) if found else ents


@cache
def _side_before() -> regex.Pattern[str]:
    """Words right before a club's city that make the mention a side's (GUIDELINES §6: clubs are
    organisations): its goal, ground or squad, a player's or a coach's post, its goals, a result
    against it (`GROUND_WORDS` and entities_side_words.txt: `gawang Sulut`, `kiper Sulut`, `pelatih
    Bologna`, `gol Sulut`, `tertinggal dari Sheffield`), ending where the city starts."""
    phrases = [*GROUND_WORDS, *load_lines("entities_side_words.txt")]
    alternatives = "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases)
    return regex.compile(rf"\b(?:{alternatives})\s+$", regex.IGNORECASE)


#: How far before a club's city a side's word is looked for (`tertinggal dari ` is the longest).
_SIDE_REACH = 18


def _clubs_by_short_name(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """On a sports page (`sports_page`), a LOC that opens the name of one club the page names by
    its form (`club_formed`: `Sheffield` beside `Sheffield United`, `Sulut` beside `Sulut United`)
    is that club's short name, an ORG, where the mention shows a side: a side's word right before
    it (`_side_before`: `kiper Sulut`, `tertinggal dari Sheffield`) or a match's frame
    (`in_match_frame`: `menang atas Madura`, `Sheffield 2-1`). Elsewhere the city stays a place
    (`Hujan deras mengguyur Manchester`, `warga Madura`, `derby Manchester`), and so does a city
    opening two clubs' names (`Manchester` beside `Manchester City` and `Manchester United`)."""
    if not on_sports_page(toks, text):
        return ents
    formed = {e.text for e in ents if e.label == Label.ORG and club_formed(e.text)}
    opened: dict[str, set[str]] = {}
    for club in formed:
        words = club.split()
        for n in range(1, len(words)):
            opened.setdefault(" ".join(words[:n]), set()).add(club)
    # one club: its names written longer or shorter (`Madura United`, `Madura United FC`)
    shorts = {p for p, cs in opened.items() if all(max(cs, key=len).startswith(c) for c in cs)}
    clubs = {
        e.span
        for e in ents
        if e.label == Label.LOC
        and e.text in shorts
        and (
            _side_before().search(text, max(0, e.span[0] - _SIDE_REACH), e.span[0]) is not None
            or in_match_frame(e.span, text)
        )
    }
    return [_relabel(e, Label.ORG) if e.span in clubs else e for e in ents]


def _clubs_at_their_grounds(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """On a sports page (`sports_page`), a LOC right after a word of `GROUND_WORDS` (`bertamu ke
    kandang Almeria`, `di depan gawang Verona`) names the side that owns it, a club, an ORG
    (GUIDELINES §6: clubs are organisations; news tune lists `Almeria` so), unless it is a listed
    country's, region's or continent's name (`gawang Ukraina`, `gawang Kalteng`: national and
    regional sides are places, data/annotations), or a comma and a chain reaching a region's name
    follow it (`_before_region`: `markas Cijantung, Jakarta Timur`, an address, the base of no
    side)."""
    if not on_sports_page(toks, text):
        return ents
    continents = word_set("entities_continents.txt")
    sides = {
        e.span
        for e in ents
        if e.label == Label.LOC
        and (k := token_at(e.span[0], toks))
        and toks[k - 1].low in GROUND_WORDS
        and not (country_or_region(e.text) or e.text.lower() in continents)
        and not _before_region(toks, tokens_inside(e.span, toks).stop)
    }
    return [_relabel(e, Label.ORG) if e.span in sides else e for e in ents]


def _opens_name(toks: Sequence[Tok], j: int) -> bool:
    """The capitalised words from ``j`` on go on a name the country's word opens: a body's,
    holding an English body's word (`Indonesia Corruption Watch`), or one title-cased word alone,
    no stop word (`Jordan King finis`, `Chad Reed kembali`, `tim Indonesia Muda memanggil`). A
    player's own name of two words or more (`rider Indonesia Veda Ega Pratama`, `rider Jepang Ai
    Ogura`), an age group, a game's short name or a stop word (`timnas Indonesia U-23`, `timnas
    Indonesia MLBB`, `esports Indonesia Para pemain`) leaves the country a place (news-raw: 13 of
    the 14 capitalised words after such a country are; `timnas Spanyol Berikut`, a sentence's
    lost stop, is lost)."""
    run = list(itertools.takewhile(lambda x: toks[x].text[:1].isupper(), range(j, len(toks))))
    if any(toks[x].low in english_body_words() for x in run):
        return True
    word = toks[j].text if len(run) == 1 else ""
    return len(word) >= 3 and word[1:].islower() and word_class(word) is not W.STOP


def _after_team_word(toks: Sequence[Tok], k: int, held: set[int]) -> bool:
    """A side's word (`entities_team_words.txt`, one or two words) ends right before ``k``, or
    before one capitalised word no entity holds there (the game, the cup or the age group:
    `tim MLBB Turki`, `tim Thomas Indonesia`, `timnas U17 Spanyol`)."""
    ends = [k - 1]
    if k >= 2 and toks[k - 1].capital and k - 1 not in held:
        ends.append(k - 2)
    words = word_set("entities_team_words.txt")
    return any(
        toks[j].low in words or (j >= 1 and f"{toks[j - 1].low} {toks[j].low}" in words)
        for j in ends
        if j not in held
    )


def _score_number(tok: Tok) -> bool:
    return tok.text.isdigit() and len(tok.text) <= 2  # goals, sets, points of one match


def _country_at(toks: Sequence[Tok], first: int, end: int) -> bool:
    """Words ``first`` to ``end`` spell a country's listed name, capitalised, a space apart."""
    return (
        0 <= first < end <= len(toks)
        and toks[first].text[:1].isupper()
        and toks[first].low in _country_first_words()
        and _spaced_words(toks, first, end)
        and " ".join(w.low for w in toks[first:end]) in _countries()
    )


def country_lengths(toks: Sequence[Tok], k: int, *, back: bool = False) -> Iterator[int]:
    """How many words spell a country's listed name (`_country_at`) that opens at ``k`` (or ends
    there: ``back``), longest first (`Bosnia dan Herzegovina` before `Bosnia`)."""
    for n in range(MAX_COUNTRY_WORDS, 0, -1):
        if _country_at(toks, *((k - n, k) if back else (k, k + n))):
            yield n


def _side_edge(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` beside a side ends no name with it: none, a lowercase word, a mark, a
    number, or a side's country (a results table's next line)."""
    if k < 0 or k >= len(toks) or not toks[k].text[:1].isupper():
        return True
    spans = itertools.product(
        range(max(0, k - MAX_COUNTRY_WORDS + 1), k + 1), range(k + 1, k + MAX_COUNTRY_WORDS + 1)
    )
    return any(_country_at(toks, a, b) for a, b in spans if b <= len(toks))


def _route_ends(ent: Entity, text: str) -> Iterable[tuple[int, str, str]]:
    """The words across a hyphen glued to ``ent`` (their start, text) and the word past them."""
    if (after := _END_AFTER.match(text, ent.span[1])) is not None:
        yield after.start(1), after[1], after[2] or ""
    if (before := _END_BEFORE.search(text, max(0, ent.span[0] - 80), ent.span[0])) is not None:
        past = _PAST_BEFORE.search(text, max(0, before.start() - 40), before.start())
        yield before.start(1), before[1], past[1] if past is not None else ""


def _route_end_named(words: str, past: str) -> bool:
    """``words`` spell a listed place's name whole, no tail word alone (`Barat`), and the word
    past them opens no name going on (`Palembang-Betung Seksi`, `Krui-Tanjung Karang`)."""
    split = words.split()
    if len(split) == 1 and _tail_only(split[0]):
        return False
    return _listed_name(split) and not past[:1].isupper()


def _with_company_forms(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A place the model read right after a company's legal form, or opened by one, is the
    company's name: the form and the name are one ORG (`PD Pasar Palembang Jaya`, `Perumda Pasar
    Jaya`: a regional government's market company; GUIDELINES §6, companies are ORG). A form in
    brackets before a body's region leaves the region (`Perusahaan Umum Daerah (Perumda)
    Kabupaten Pesawaran`)."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    return [_company_name(e, toks, text, held) if e.label == Label.LOC else e for e in ents]


def _company_name(ent: Entity, toks: Sequence[Tok], text: str, held: set[int]) -> Entity:
    """``ent`` as the company's name when a form opens it or stands right before it, no other
    entity holding that form."""
    inside = tokens_inside(ent.span, toks)
    if not inside:
        return ent
    if _company_form(toks[inside.start]):
        return _relabel(ent, Label.ORG)
    form = _form_before(toks, inside.start)
    if form is None or form in held:
        return ent
    start = toks[form].start
    return Entity(text[start : ent.span[1]], Label.ORG.value, (start, ent.span[1]))


def _form_before(toks: Sequence[Tok], k: int) -> int | None:
    """The company's form written right before word ``k`` (`PD`, `PD.`), else None."""
    j = k - 1 if k and toks[k - 1].text != "." else k - 2
    if j < 0 or not _company_form(toks[j]) or toks[j].text[:1].islower():
        return None
    return j if toks[k].start - toks[k - 1].end <= 1 else None


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
    starts: frozenset[int],
) -> Entity | None:
    """One found entity without the words around a name that are not the name's (a common word
    glued before it, a title glued after it, an amount, a rank, a count, a list's next item
    number, a year, a group's head before a body, a title, a headline's verb, a known person, a
    clause's tail, a glued sentence, a question word, an open bracket); None when nothing is
    left. ``starts``: where the model's entities start."""
    if (
        (a := _before_joined_word(e, text, starts)) is not None
        and (a := _without_amount(_before_glued_title(_after_glued_word(a)), toks)) is not None
        and (a := _without_rank(a, toks, text)) is not None
        and (a := _without_item_count(a, toks)) is not None
        and (a := _without_next_item_number(a, toks)) is not None
        and (a := _without_year(a, toks)) is not None
        and (a := _without_century_year(a, toks)) is not None
        and (a := _past_group_head(a, toks, text, lower)) is not None
        and (a := _past_coast_word(a, toks, text)) is not None
        and (a := _before_name_title(a, toks)) is not None
        and (a := _before_english_position(a, toks)) is not None
        and (a := _before_holder_field(a, toks)) is not None
        and (a := _before_headline_verb(a, toks, lower)) is not None
        and (a := _before_known_person(a, toks, called)) is not None
        and (a := _before_player_name(a, toks, text)) is not None
        and (a := _without_clause_tail(a, toks, lower)) is not None
        and (a := _before_glued_sentence(a, toks, text)) is not None
        and (a := _after_question_word(a, toks)) is not None
        and (a := _balanced(a, toks)) is not None
    ):
        a = _without_open_end(a)
        a = a if a is None else _without_function_end(a)
        return a if a is None else _without_possessive(a, text)
    return None


@cache
def _coast_words() -> frozenset[str]:
    """Lowercase words for a region's coast, ports or airport (entities_region_coast_words.txt)."""
    return word_set("entities_region_coast_words.txt")


@cache
def _provinces() -> frozenset[str]:
    """Provinces' and main islands' names, lowercase (entities_provinces.txt)."""
    return word_set("entities_provinces.txt")


#: Words before a coast's word that make it a region's coast (`lepas pantai Natuna`, `garis pantai`).
_COAST_OF = frozenset({"lepas", "garis"})


def _past_coast_word(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A LOC opening with a coast's, a port's or an airport's word written lowercase (`pantai`,
    `pelabuhan`, `bandara`: entities_region_coast_words.txt) whose other words spell a listed
    country's or a province's name whole (`pantai Uruguay`, `pelabuhan Indonesia`, `pantai Bali`,
    `pelabuhan Jawa Timur`: entities_provinces.txt), a listed region's short name
    in capitals (`bandara IKN`), or any listed region's after `lepas` or `garis` (`lepas pantai
    Natuna`): the word is the common noun for the country's or region's coast, ports or airport,
    and the place is the country or region alone (the news-raw annotations list `Afrika`, `Iran`,
    `IKN`). A port, beach or airport is named for its town, so a town's or regency's name written out keeps
    the word (`pelabuhan Ketapang`, `pantai Pangandaran`, `bandara Banyuwangi`: the facility, not
    the regency; GUIDELINES §6), and so do a name of no listed place (`pantai Ujong Kareung`,
    `bandara Juanda`) and a name written capitalised (`Pelabuhan Tanjung Priok`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) < 2 or toks[inside.start].text not in _coast_words():
        return ent
    rest = range(inside.start + 1, inside.stop)
    name = " ".join(toks[k].text for k in rest)
    if name.lower() not in _countries() and name.lower() not in _provinces():
        coast = inside.start > 0 and toks[inside.start - 1].low in _COAST_OF
        if region_len(toks, rest.start) != len(rest) or not (coast or name.isupper()):
            return ent
    return _span_entity(rest, toks, text)


def _across_short_name(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A body's or facility's full name that holds no place, its bracketed short name, then a
    region or a level and its region: one name of the first's label, the short name inside it
    (GUIDELINES §6: `Dinas Sosial (Dinsos) DKI Jakarta`; `Mal Pelayanan Publik (MPP) Kabupaten
    …`, `Kantor Pelayanan Perbendaharaan Negara (KPPN) Liwa`); a place's own name of capitalised
    words after it is one place too (`_own_name_end`: `Gedung Serba Guna (GSG) Wira Satya`). A
    person's name, a title, a street or the nation after the bracket is no part of the name."""
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
    if n:
        return toks[after + n - 1].end if not any(j in held for j in range(after, after + n)) else None
    return _own_name_end(toks, after, held) if name.label == Label.LOC else None


def _own_name_end(toks: Sequence[Tok], k: int, held: set[int]) -> int | None:
    """The end of a facility's own name of up to four capitalised words at ``k``, after its kind
    spelled out and bracketed (`Gedung Serba Guna (GSG) Wira Satya`, `Rumah Sakit Islam (RSI)
    Sultan Agung`), that no entity holds, opened by no common word (`(KSPN) Prioritas`, `(…)
    Tahun`), no lone short name in capitals, and followed by no capitalised word nor a name's
    word written low; None otherwise."""
    if toks[k].low in common_words():
        return None
    end = k
    while (
        end < len(toks) and end - k < 4 and toks[end].capital and toks[end].text.isalpha() and end not in held
    ):
        end += 1
    if end == k or (end == k + 1 and toks[k].text.isupper()):
        return None  # `(SP ABG) EP`: a lone short name in capitals is another body's, its operator
    if end < len(toks) and (toks[end].capital or _name_word_low(toks[end])):
        return None
    return toks[end - 1].end


def _name_word_low(tok: Tok) -> bool:
    """A lowercase word that is no common and no function word: the name's own word written
    low (`GOR Aji saka`), so the name's end is unsure (clean_function_words.txt)."""
    word = tok.text
    function = word_set("clean_function_words.txt")
    return word.isalpha() and word.islower() and word not in common_words() and word not in function


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
    or a short name in capitals (`KONI`, `BMKG`) or listed (`_listed_short_name`: `Forkopimda`), not
    a place's word the model called a body (`North Carolina`)."""
    tok = toks[k]
    listed = tok.low in org_acronyms() or _listed_short_name(tok)
    return _heads_body(toks, k) or tok.low in org_words() or listed or _in_capitals(tok)


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
    toks = toks if toks is not None else tokens(text)
    entities = [_relabel(e, Label.LOC) if _circuit_named(e, toks) else e for e in entities]
    spans = set(_person_spans(toks, persons, list(officials)))
    companies = _companies_dropped(text, entities, spans)
    places = _places_not_persons(entities, toks, spans)
    others = [
        _relabel(e, Label.ORG)
        if " ".join(e.text.split()) in companies and e.label != Label.ORG
        else _relabel(e, Label.LOC)
        if e.span in places
        else e
        for e in entities
        if e.label != Label.PER or " ".join(e.text.split()) in companies or e.span in places
    ]
    found = _flat([others, [Entity(text[s:e], Label.PER, (s, e)) for s, e in spans]])
    return _without_persons_as_places(found, toks, text)


def _circuit_named(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG of exactly a name news-raw writes right after a circuit's word in 2 articles
    or more (entities_circuits_derived.txt, scripts/derive_circuit_names.py: `Sirkuit Le Mans` 53,
    `Sirkuit Mugello` 21) names the circuit where written alone right after a word of going or
    being there (`balapan di Mugello`, `sprint di Le Mans`, `menuju Mugello`:
    entities_circuit_frames.txt) or as the address after a comma closing a circuit's name (`di
    Sirkuit Bugatti, Le Mans`, `Circuit de Barcelona-Catalunya, Montmelo`): a facility, a place
    (GUIDELINES §6), no body. Elsewhere the name is the race (`menjuarai Le Mans`, `grand prix
    Catalunya`, `MotoGP Catalunya`: an event, nothing) or the club (`bergabung dengan Le Mans`),
    and stays as the model read it."""
    name = " ".join(ent.text.lower().split())
    if ent.label != Label.ORG or name not in word_set("entities_circuits_derived.txt"):
        return False
    k = tokens_inside(ent.span, toks).start
    before = toks[k - 1].low if k > 0 else ""
    circuit = any(t.low in word_set("entities_circuit_words.txt") for t in toks[max(0, k - 6) : k - 1])
    return before in word_set("entities_circuit_frames.txt") or (before == "," and circuit)


#: Articles of news-raw holding a name as a person's from which a place of that name is one
#: (`Dani Pedrosa` 32, `Jorge Lorenzo` 48, `Fermin Aldeguer` 14, `Lautaro Martinez` 5): fewer is a
#: slip of the model or a name a place shares (`Ganjar Asri` 3, a village of Metro Barat).
PERSON_ARTICLES_MIN = 5
#: How many times more articles hold the name as a person's than as a whole ORG or LOC.
PERSON_OVER_PLACE = 3
#: Persons of a list from which an unlisted name listed with them is one more person (`Rizal,
#: Sisprian, Orlando`); one person beside a name is often a dateline or an office (`Kampala,
#: Ismail Kigongo`, `Bethlehem, Maher Canawati`).
LISTED_PERSONS_MIN = 2


def _without_persons_as_places(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """``ents`` without the LOCs that name a person (GUIDELINES §6: a place is no person; the
    people layer, made before, decides who is one, so the name is dropped, not retyped): a name
    whose words spell no listed region, district or seat and open with no head (`_named_place`),
    that news-raw holds as a person's name (`_corpus_person`: `Sirkuit Jerez, Spanyol, Andrea
    Dovizioso, Jorge Lorenzo, dan Dani Pedrosa`; one word: `_corpus_person_word`, `sapi milik
    Gibran`) or that a list joins to two persons or more (`_listed_with_persons`: `Martin, Diggia,
    Zarco`). A word of the article's person's name written alone is the person's even where it
    names a listed place (`_persons_word_alone`: `Pak Bintan` beside `Bintan Saragih`)."""
    persons = [e.span for e in ents if e.label == Label.PER]
    return [
        e for e in ents if e.label != Label.LOC or not _person_read_as_place(e, ents, persons, toks, text)
    ]


def _person_read_as_place(
    ent: Entity, ents: Sequence[Entity], persons: Sequence[Span], toks: Sequence[Tok], text: str
) -> bool:
    """The LOC ``ent`` names a person (`_without_persons_as_places`)."""
    if _persons_word_alone(ent, ents, toks):
        return True
    if _named_place(ent, toks):
        return False
    return (
        _corpus_person(ent.text)
        or _corpus_person_word(ent, toks)
        or _listed_with_persons(ent, ents, persons, toks, text)
    )


def _persons_word_alone(ent: Entity, ents: Sequence[Entity], toks: Sequence[Tok]) -> bool:
    """A LOC of one word that is a word of a person's name of two words or more the article
    holds (`Bintan Saragih` ... `Pak Bintan`, `N. Lingga Kusuma` ... `Lingga mengucapkan`): one
    sense per name per article (issue 12 item 4), the person's, a listed region's name too,
    unless the word stands where a place does (`_placed_before`). News-raw 0-5945 and news tune
    (records of ee3f7f9e): 7 such LOCs read as persons, all persons (`Trump dengan Xi` beside
    `Xi Jinping`, `Napoleon`, `Abah`, `Lingga`, `Bintan`, `Ibañez`); 2 kept where a place stands
    (`lepas pantai Natuna` beside the misread `Natuna D-Alpha`; dev: `Wakapolda Sultra` beside
    `Kombes Pol Yan Sultra`)."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) != 1 or _placed_before(toks, inside.start, listed=_named_place(ent, toks)):
        return False
    word = toks[inside.start].text
    return any(
        e.label == Label.PER and e.span != ent.span and len(e.text.split()) > 1 and word in e.text.split()
        for e in ents
    )


def _preposition_before(toks: Sequence[Tok], k: int) -> bool:
    """The word before ``k`` opens a place phrase: a locative (`di`, `ke`) or a place's preposition
    (people_roles `place_preposition`: `dari`, `asal`)."""
    return k > 0 and (toks[k - 1].low in LOCATIVES or toks[k - 1].low in role_words("place_preposition"))


def _placed_before(toks: Sequence[Tok], k: int, *, listed: bool) -> bool:
    """The word before ``k`` makes the word at ``k`` a place's: a preposition of place
    (`_preposition_before`: `di`, `ke`, `dari`, `asal`), a comma (an address: `Panda, Bima`), a
    place's kind or a facility's word (officials_admin_words.txt, officials_geo_words.txt,
    officials_facility_words.txt: `pantai Natuna`), or a capitalised word that is no form of
    address (a title's region: `Wakapolda Sultra`; `Pak Bintan` is the person). Before a
    ``listed`` region's name any lowercase word that is no function word
    (clean_function_words.txt) or speech verb frames the place too (`warga Bima`, `nelayan
    Natuna`, `pemain muda Sinjai`); `dengan Xi`, `kata Bintan` leave the person's word."""
    if k == 0:
        return False
    prev = toks[k - 1]
    if _preposition_before(toks, k) or prev.text == ",":
        return True
    if prev.low in _place_kinds() or prev.low in word_set("officials_facility_words.txt"):
        return True
    if listed and prev.text[:1].islower() and prev.text.isalpha():
        return prev.low not in word_set("clean_function_words.txt") and prev.low not in speech_verbs()
    return prev.text[:1].isupper() and prev.text.rstrip(".") not in _forms_of_address()


def _named_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC whose own words say it is a place: a head opens it (`Stadion`, `Desa`, `Jalan`), or a
    listed region, district or seat's name opens it or is all of it."""
    inside = tokens_inside(ent.span, toks)
    if not inside:
        return True
    k = inside.start
    words = [toks[j].text for j in inside]
    return match_head(toks, k) is not None or region_len(toks, k, kecamatan=True) > 0 or _listed_name(words)


def _corpus_person(name: str) -> bool:
    """A name of two words or more that news-raw holds as a person's in `PERSON_ARTICLES_MIN`
    articles or more, `PERSON_OVER_PLACE` times as many as hold it as a whole ORG or LOC
    (people_counts_derived.txt; one word is too often a place's too: `Agung` the mountain)."""
    if len(name.split()) < 2:
        return False
    _, _, per, other = name_counts(name, LOW_DECADES)
    return per >= PERSON_ARTICLES_MIN and per >= PERSON_OVER_PLACE * other


def _corpus_person_word(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A name of one word that news-raw holds in persons' names in five articles or more, three
    times as many as in bodies' or places' names, and never writes in lowercase
    (`person_word_in_corpus`: `Gibran` 68 against 4, `Netanyahu` 7 against 0, `Quartararo` 16
    against 0; not `Agung`, a mountain too and written lowercase), unless a preposition of place
    stands before it (`_preposition_before`: `di Jackson, Mississippi`). News-raw 0-4347 (records
    of ee3f7f9e): 10 such model LOCs whose words name no listed place, all persons (`sapi milik
    Gibran`, `surat perintah penangkapan Netanyahu`, `Trump-Xi Jinping`)."""
    inside = tokens_inside(ent.span, toks)
    return (
        len(ent.text.split()) == 1
        and not (inside and _preposition_before(toks, inside.start))
        and person_word_in_corpus(ent.text)
    )


def _listed_with_persons(
    ent: Entity, ents: Sequence[Entity], persons: Sequence[Span], toks: Sequence[Tok], text: str
) -> bool:
    """The LOC is an item of a list (`listed_beside`: a comma, `dan`, `&` or a slash between
    items) whose items joined to it, directly or through other items, hold `LISTED_PERSONS_MIN`
    persons or more whom more than the model calls persons (`_person_evidenced`), and no named
    place (`Jorge Martin … Acosta, Alex Marquez, Fernandez, Martin, Diggia, Zarco`); the model's
    persons alone are often places it misreads (`Rafah, Khan Younis, Deir al-Balah`)."""
    items = _list_around(ent, ents, text)
    listed = [e for e in items if e.span in persons]
    if len(listed) < LISTED_PERSONS_MIN:
        return False
    if sum(_person_evidenced(e, ents, items) for e in listed) < LISTED_PERSONS_MIN:
        return False
    return not any(e.label == Label.LOC and _named_place(e, toks) for e in items)


def _person_evidenced(person: Entity, ents: Sequence[Entity], items: Sequence[Entity]) -> bool:
    """A listed person whom news-raw holds as a person's name (`_corpus_person`: `Alex Marquez`) or
    whose last word a person the article names outside the list holds (`Jorge Martin` … `Martin`)."""
    last = person.text.split()[-1]
    elsewhere = (e for e in ents if e.label == Label.PER and e not in items)
    return _corpus_person(person.text) or any(last in e.text.split() for e in elsewhere)


def _list_around(ent: Entity, ents: Sequence[Entity], text: str) -> list[Entity]:
    """The entities joined to ``ent`` one after another by a list's joint (`listed_beside`), itself
    among them, in text order."""
    ordered = sorted(ents, key=lambda e: e.span)
    k = ordered.index(ent)
    lo = hi = k
    while lo > 0 and listed_beside(text, [ordered[lo].span], [ordered[lo - 1].span]):
        lo -= 1
    while hi + 1 < len(ordered) and listed_beside(text, [ordered[hi].span], [ordered[hi + 1].span]):
        hi += 1
    return ordered[lo : hi + 1]


def _places_not_persons(entities: Sequence[Entity], toks: Sequence[Tok], spans: set[Span]) -> set[Span]:
    """The spans of model PERs the people layer put no person in (no person's mention overlaps
    them) that stand where a place does (`placed_by_position`, by the article's other
    ``entities``' places: `ditangkap di Kaliaking Lor`): places, LOCs (GUIDELINES §6). An
    address's part starts after a place or a facility (`address_start`) or after a name read as
    a place here before it (`di Bahaur, Kasongan, Kalimantan Tengah`), read left to right."""
    ends = {e.span[1] for e in entities if e.label != Label.PER and address_start(e, toks)}
    places = {e.span[0]: e.text for e in entities if e.label == Label.LOC}
    found: set[Span] = set()
    for ent in sorted((e for e in entities if e.label == Label.PER), key=lambda e: e.span):
        if any(a < ent.span[1] and ent.span[0] < b for a, b in spans):
            continue
        if placed_by_position(toks, tokens_inside(ent.span, toks), ends, places):
            found.add(ent.span)
            ends.add(ent.span[1])
    return found


def _companies_dropped(text: str, entities: Sequence[Entity], spans: set[Span]) -> frozenset[str]:
    """Model PER names the people layer dropped as one of the article's companies
    (`company_names`: `PT Lippo Karawaci` above, `Lippo Malls` later): one sense per article,
    every mention of the name an ORG (GUIDELINES §6), the model's LOC too; none that overlaps a
    person's mention (`CEO Smartfren Djoko …`)."""
    pers = {
        " ".join(e.text.split())
        for e in entities
        if e.label == Label.PER and not any(a < e.span[1] and e.span[0] < b for a, b in spans)
    }
    return company_names(company_forms(text), pers)


def _bodies_written_again(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A place the model read inside words that the article elsewhere reads as one body's
    name (`Sate Kambing Sidi` at the top, `pemilik Sate Kambing Sidi` later), no listed region
    or district: that mention is the body too, one ORG, and the words inside it no entity of
    their own (GUIDELINES §6: flat spans, the longest name). A company's name counts without its
    legal form too (`PT Angkasa Pura II` above, `kepada Angkasa Pura II` later)."""
    named = {e.text for e in ents if e.label == Label.ORG and " " in e.text}
    bodies = sorted(named | {n for b in named if (n := _without_form(b))}, key=len, reverse=True)
    found = {
        b.span: b for e in ents if _unlisted_place(e, toks) and (b := _body_around(e, bodies, ents, text))
    }
    kept = [e for e in ents if not any(_within(e.span, *span) for span in found)]
    return sorted(kept + list(found.values()), key=lambda e: e.span)


def _without_form(name: str) -> str | None:
    """A company's name of two words or more after the legal form opening it (`Angkasa Pura II`
    of `PT Angkasa Pura II`, and of `PT Angkasa Pura II (Persero)`: a bracketed form that ends
    it, entities_bracketed_forms.txt, goes too), else None."""
    head, bracket, tail = name.rpartition(" (")
    if bracket and tail.endswith(")") and tail[:-1].lower() in word_set("entities_bracketed_forms.txt"):
        name = head
    form, _, rest = name.partition(" ")
    return rest if " " in rest and _company_form(tok_of(form, 0, len(form))) else None


def _unlisted_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """``ent`` is a place no gazetteer lists as a region or district."""
    inside = tokens_inside(ent.span, toks)
    return (
        ent.label == Label.LOC
        and bool(inside)
        and region_len(toks, inside.start, kecamatan=True) < len(inside)
    )


def _body_around(ent: Entity, bodies: list[str], ents: list[Entity], text: str) -> Entity | None:
    """The body's name from ``bodies`` written around place ``ent`` as whole words, no
    other body or place crossing or holding it, as an ORG; else None."""
    for body in bodies:
        for at in _written_at(ent.text, body):
            start, end = ent.span[0] - at, ent.span[0] - at + len(body)
            whole = start >= 0 and not text[start - 1 : start].isalnum() and not text[end : end + 1].isalnum()
            crossed = any(
                e.span[0] < end and e.span[1] > start and not _within(e.span, start, end) for e in ents
            )
            if whole and not crossed and text[start:end] == body and (start, end) != ent.span:
                return Entity(body, Label.ORG.value, (start, end))
    return None


def _written_at(part: str, whole: str) -> Iterator[int]:
    """Where ``part`` stands in ``whole``, left to right, not overlapping: what
    ``regex.finditer(regex.escape(part), whole)`` finds, with no pattern compiled per call."""
    if not part:
        yield from range(len(whole) + 1)
        return
    at = whole.find(part)
    while at >= 0:
        yield at
        at = whole.find(part, at + len(part))


def _within(span: Span, start: int, end: int) -> bool:
    """``span`` lies inside ``start`` to ``end``."""
    return start <= span[0] and span[1] <= end


def _with_compass_written_low(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A place or a body the model read before words written lowercase that end, with its last
    words, a region or a district the gazetteer lists (`di Lampung barat`, `kabupaten
    Tulangbawang barat`, `Polres Way| kanan`, `Kecamatan Pulau| pisang`): the name runs on to the
    listed one's end. The lowercase words are common ones, so only the gazetteer decides; a word
    that is no compass word (entities_compass_words.txt) only where the article never writes the
    name all lowercase (`Batu bara` beside `batu bara`, a common term); `tengah` only before a
    comma, a stop or a capitalised word (`Indonesia tengah dikaji` is `now`)."""
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    return [_compass_grown(e, toks, text, held) if e.label in (Label.LOC, Label.ORG) else e for e in ents]


#: The most lowercase words a listed name runs on by (`Bandar| lampung`, `Lampung| tengah`).
MAX_LOW_TAIL = 2


@cache
def _listed_low() -> frozenset[tuple[str, ...]]:
    """Every listed region's and district's name, case-folded (`("bandar", "lampung")`)."""
    names = (*_regions().values(), *_districts().values())
    return frozenset(tuple(w.casefold() for w in words) for phrases in names for words in phrases)


def _compass_grown(ent: Entity, toks: Sequence[Tok], text: str, held: set[int]) -> Entity:
    """``ent`` with the lowercase words after it when its last words and they name a listed
    region or district (the most words first)."""
    inside = tokens_inside(ent.span, toks)
    k = inside.stop if inside else len(toks)
    for n in range(MAX_LOW_TAIL, 0, -1):
        tail = toks[k : k + n]
        if len(tail) < n or not all(
            t.text.isalpha() and t.text.islower() and i not in held for i, t in enumerate(tail, k)
        ):
            continue
        for j in inside:
            words = toks[j : k + n]
            if tuple(t.low for t in words) in _listed_low() and _low_tail_named(words, k + n, toks, text):
                end = toks[k + n - 1].end
                return Entity(text[ent.span[0] : end], ent.label, (ent.span[0], end))
    return ent


def _low_tail_named(words: Sequence[Tok], after: int, toks: Sequence[Tok], text: str) -> bool:
    """The lowercase words before ``after`` end the listed name ``words``: `tengah` only before a
    comma, a stop or a capitalised word; a word that is no compass word only where the article
    never writes the name all lowercase (`_compass_grown`)."""
    nxt = toks[after].text if after < len(toks) else "."
    if toks[after - 1].low == "tengah" and nxt not in ",." and not nxt[:1].isupper():
        return False
    tail = [t for t in words if t.text.islower()]
    compass = all(t.low in word_set("entities_compass_words.txt") for t in tail)
    if compass or not words[0].text[:1].isupper():
        return True
    low = r"\s+".join(regex.escape(t.low) for t in words)
    return regex.search(rf"(?<![\w-]){low}(?![\w-])", text) is None


#: The most words a village's name runs on by before the comma of its address (`Pangkal Mas Jaya`).
_VILLAGE_RUN = 3


def _with_village_names_to_comma(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A village's name (a level ranked below the district: `Desa`, `Pekon`, `Kampung`) runs on
    to the comma before the next level above it (`Desa Pangkal Mas Jaya, Kecamatan …`, `Pekon
    Tembakak Way Sindi, Kecamatan …`: GUIDELINES §6, the village named as the address writes
    it); places read inside the run go into it."""
    held = {k: e for e in ents for k in tokens_inside(e.span, toks)}
    grown = {
        e.span: new for e in ents if e.label == Label.LOC and (new := _village_grown(e, toks, text, held))
    }
    gone = {k for e in grown.values() for k in tokens_inside(e.span, toks)}
    kept = []
    for e in ents:
        inside = set(tokens_inside(e.span, toks))
        if e.span in grown:
            kept.append(grown[e.span])
        elif not (e.label == Label.LOC and inside and inside <= gone):
            kept.append(e)
    return kept


def _village_grown(ent: Entity, toks: Sequence[Tok], text: str, held: dict[int, Entity]) -> Entity | None:
    """``ent`` run on to the comma before a higher level (None: no such run)."""
    inside = tokens_inside(ent.span, toks)
    rank = _level_rank(toks, inside.start, 1) if inside else None
    if rank is None or rank > 1:
        return None
    k = j = inside.stop
    while j < len(toks) and j - k < _VILLAGE_RUN and _runs_on(toks, j, held):
        j += 1
    if j == k or j + 1 >= len(toks) or toks[j].text != "," or not _level_above(toks, j + 1, rank):
        return None
    if [t.low for t in toks[k:j]] == [t.low for t in toks[j + 2 : j + 2 + j - k]]:
        return None  # `Kecamatan Imogiri Bantul, Kabupaten Bantul`: the next level's name
    return Entity(text[ent.span[0] : toks[j - 1].end], Label.LOC.value, (ent.span[0], toks[j - 1].end))


def _runs_on(toks: Sequence[Tok], j: int, held: dict[int, Entity]) -> bool:
    """Word ``j`` may go on a village's name: capitalised, in no body's or person's span, no level."""
    other = held.get(j)
    return (
        toks[j].text[:1].isupper()
        and toks[j].text.isalpha()
        and (other is None or other.label == Label.LOC)
        and _level_rank(toks, j, 1) is None
    )


def _level_above(toks: Sequence[Tok], k: int, rank: int) -> bool:
    """A level ranked above ``rank`` starts at ``k`` (`Kecamatan`, `Kec.`, `Kabupaten`)."""
    found = _level_rank(toks, k, 1)
    if found is None and k + 1 < len(toks):
        found = _level_rank(toks, k, 2)
    return toks[k].text[:1].isupper() and found is not None and found > rank


def _spelled_kinds_named(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A facility's kind spelled out alone (`Rumah Sakit Umum Daerah`, `Stasiun Pengisian Bahan
    Bakar Umum`: entities_spelled_kinds.txt) names no place; its bracketed short name and the
    capitalised words right after it are its name, one span (GUIDELINES §6: `Rumah Sakit Umum
    Daerah (RSUD) Indrasari Rengat`); no entity the run meets goes into it but a place."""
    kinds = word_set("entities_spelled_kinds.txt")
    starts = {e.span[0]: e for e in ents}
    out: list[Entity] = []
    for e in ents:
        if out and out[-1].span[1] > e.span[0]:
            continue  # inside the name just grown
        if e.label == Label.PER or e.text.casefold() not in kinds:
            out.append(e)
        elif (end := _kind_name_end(e, toks, starts)) is not None:
            out.append(Entity(text[e.span[0] : end], e.label, (e.span[0], end)))
    return out


def _kind_name_end(kind: Entity, toks: Sequence[Tok], starts: dict[int, Entity]) -> int | None:
    """The end of the capitalised words after ``kind``'s bracketed short name (None: none)."""
    inside = tokens_inside(kind.span, toks)
    k = _after_short_name(toks, inside.stop) if inside else None
    if k is not None and toks[k].low in word_set("entities_kind_words.txt"):
        return None  # `(SPBU) Tipe A`: which kind, not which one
    j = k
    while j is not None and j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        other = starts.get(toks[j].start)
        if other is not None and other.label != Label.LOC:
            break  # `(RSUD) Alimuddin Umar Lampung Barat Imelda`: its director's name
        j += 1
    return toks[j - 1].end if k is not None and j is not None and j > k else None


#: The most words a branch's name runs on by after a hospital's word (`TB Simatupang`, `Lippo
#: Village`); a longer capitalised run is a heading's or a list's.
_BRANCH_WORDS = 3
#: Classes of words no brand's or branch's own name is: a common word, a stop word, a body's
#: word, a particle (`Kategori Hospital`, `Siloam International Hospitals`, `Direktur Hospital`).
_NOT_NAMED = frozenset({W.COM, W.STOP, W.ORG, W.LOW, W.PART})
#: The most tokens between a person's name and the `dari` after it that names where the person
#: works: the name's degrees after commas (`dr Aru Ariadno, SpPD-KGEH dari …`: 2 tokens; the
#: longest run before `dari` and a hospital on news-raw, `, M.Gizi, SpGK, AIFO-K, FINEM`: 8).
_DEGREE_TOKENS = 8


def _with_hospital_names(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A hospital's English word (entities_hospital_words.txt) with a brand's one word before it
    (`Mayapada Hospital`, `Siloam Hospitals`) and a branch's name after it (`Kebon Jeruk`, or a
    place the model read: `Surabaya`) is one name, the model's bare `Hospital` and the brand's
    word read apart going into it: with a branch it is the hospital, a facility (LOC: GUIDELINES
    §6, the annotation README), without one the chain, a body (ORG), unless named where one is
    treated or works (`_at_hospital`: `dirawat di Mayapada Hospital`, a place). A name the model
    read with more words before the hospital's keeps them and, with no branch, its label unless so
    named (`Tisch Hospital`); one opened by a common or a body's word (`Siloam International Hospitals`, `Tim
    Aritmia …`), a country after the word (`Apollo Hospitals India`: the chain there) and the
    word after a title (`Direktur Hospital`) are left as read, and so are a name going on in
    lowercase (`Fifth Affiliated Hospital of …`) and a name holding two hospitals' words (`Hospital
    Director Siloam Hospitals …`: a title glued to the branch)."""
    held = {k: e for e in ents for k in tokens_inside(e.span, toks)}
    words = word_positions(toks, word_set("entities_hospital_words.txt"))  # only they open one
    named = [n for h in words if (n := _hospital_named(h, toks, text, held)) is not None]
    return _put_in(ents, toks, named)


#: A unit's number glued by a slash to the name after it (`0422/Lambar`), one token as written.
_UNIT_NUMBER = regex.compile(r"\d+/(?=\p{Lu})")

#: The most words a listed region's name spans (`Kabupaten` left out: `Tulang Bawang Barat`).
MAX_REGION_WORDS = 4


def _with_unit_regions(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A listed region written right after a one-word position title and its unit's number, glued
    to the number by a slash (`Dandim 0422/Lambar`, `Dandim 0427/Way Kanan`: a district military
    commander's title names his Kodim by number and region) is a LOC where no entity holds it
    (GUIDELINES §6: inside a title, a region written as its own words is a LOC, `Kapolres Badung`
    holds `Badung`). A unit's own name that is no listed region (`Danrem 043/Gatam`) gives none."""
    # a unit's number holds its slash: only such a word opens one
    slashed = (k for k in range(1, len(toks)) if "/" in toks[k].text)
    found = [r for k in slashed if (r := _unit_region(k, toks, text)) is not None]
    found = [r for r in found if not any(spans_overlap(e.span, r.span) for e in ents)]
    return sorted([*ents, *found], key=lambda e: e.span) if found else ents


def _unit_region(k: int, toks: Sequence[Tok], text: str) -> Entity | None:
    """The listed region after the unit's number and slash that open the word at ``k``, a
    one-word title right before it (`Dandim 0422/Lambar`, `Dandim 0429/Lampung Timur Letkol …`:
    the holder's rank may follow); None when there is none."""
    number = _UNIT_NUMBER.match(toks[k].text)
    if number is None or title_len(toks, k - 1) != 1:
        return None
    start = toks[k].start + number.end()
    words = tokens(text[start : toks[min(k + MAX_REGION_WORDS, len(toks)) - 1].end])
    n = region_len(words, 0) if words else 0
    if not n or (n < len(words) and words[n].text[:1].isupper() and not title_len(words, n)):
        return None  # no region, or a longer name the region only opens; a rank may follow
    end = start + words[n - 1].end
    return Entity(text[start:end], Label.LOC, (start, end))


def _put_in(ents: list[Entity], toks: Sequence[Tok], named: list[Entity]) -> list[Entity]:
    """``ents`` with the names ``named`` in place of every entity sharing a token with one."""
    if not named:
        return ents
    gone = {k for n in named for k in tokens_inside(n.span, toks)}
    kept = [e for e in ents if not gone.intersection(tokens_inside(e.span, toks))]
    return sorted([*kept, *named], key=lambda e: e.span)


def _hospital_named(h: int, toks: Sequence[Tok], text: str, held: dict[int, Entity]) -> Entity | None:
    """The hospital's or the chain's name around the hospital's word at ``h`` (None: none, or
    the model's own reading kept). With no branch it is the hospital, a place, after a word where
    one is treated or works (`_at_hospital`), and the company, a body, with a business group's
    word or `Tbk` right after it (`Mayapada Hospital Group`, `Siloam Hospitals Tbk`)."""
    if not hospital_word(toks[h].text):
        return None
    own = held.get(h)
    start = _brand_start(h, toks, own, held)
    if start is None:
        return None
    if h + 1 < len(toks) and (toks[h + 1].text in group_forms() or toks[h + 1].text == "Tbk"):
        return Entity(text[start : toks[h + 1].end], Label.ORG.value, (start, toks[h + 1].end))
    end = own.span[1] if own is not None and own.span[1] > toks[h].end else _branch_end(h + 1, toks, held)
    if end > toks[h].end and not _branch_word(toks[h + 1]):
        return None  # `Fifth Affiliated Hospital of …`: an English name going on, as read
    branch = text[toks[h].end : end].strip()
    first = token_at(start, toks)
    placed = bool(branch) or (first is not None and _at_hospital(first, toks, held))
    if branch.lower() in _countries() or (not placed and own is not None and own.span[0] < toks[h].start):
        return None
    return Entity(text[start:end], (Label.LOC if placed else Label.ORG).value, (start, end))


def _at_hospital(first: int, toks: Sequence[Tok], held: dict[int, Entity]) -> bool:
    """The word before a hospital's name at ``first`` puts it where one is treated or works (the
    annotation README's facilities, its tune gold): a locative (`dirawat di Mayapada Hospital`,
    `dirujuk ke …`), or `dari` right after a person's name, its degrees aside (`dr Aru Ariadno,
    SpPD-KGEH dari Mayapada Hospital`: the doctor's workplace; ``held``: the entities by token),
    one a form of address or a degree opens whatever the model read it as (`Prof. Ligang Ding dari
    …`). After anything else `dari` names the chain acting, a giver or a source (`bantuan dari
    Mayapada Hospital`: a body)."""
    word = toks[first - 1].low if first > 0 else ""
    if word in LOCATIVES or word != "dari":
        return word in LOCATIVES
    last = first - 2
    while last >= max(0, first - 2 - _DEGREE_TOKENS) and last not in held and _degree_token(toks[last]):
        last -= 1  # `, SpPD-KGEH`: the name's degrees; any other word between: no name's `dari`
    name = held.get(last) if last >= 0 else None
    k = token_at(name.span[0], toks) if name is not None else None
    if name is None or k is None:
        return False
    if k > 0 and toks[k - 1].text == ".":
        k -= 1  # `Prof.`: the dot after the form
    return name.label == Label.PER or (k > 0 and toks[k - 1].low in _name_elements())


def _degree_token(tok: Tok) -> bool:
    """A comma or a degree after a person's name (`, SpPD-KGEH`, `, M.Gizi`, `, FINEM`): a listed
    degree (`filters._degrees`: the word or each hyphen's part, dots aside) or a word written with
    a capital after its first letter, a degree's abbreviation; a common word is neither."""
    if tok.text == ",":
        return True
    if not tok.text[:1].isalpha():
        return False
    parts = tok.text.replace(".", "").lower().split("-")
    return all(p in _degrees() for p in parts) or any(c.isupper() for c in tok.text[1:])


def _brand_start(h: int, toks: Sequence[Tok], own: Entity | None, held: dict[int, Entity]) -> int | None:
    """Where the name of the hospital's word at ``h`` starts: the model's span over it, when its
    words before ``h`` are all names' words, none a hospital's, and no head opens it; or the one
    name's word right before ``h`` that no longer name holds and no name's or joining word comes
    before."""
    if own is not None and own.span[0] < toks[h].start:
        first = token_at(own.span[0], toks)
        if first is None or match_head(toks, first) is not None:
            return None
        words = [toks[k] for k in range(first, h)]
        hospital = any(t.low in word_set("entities_hospital_words.txt") for t in words)
        return own.span[0] if all(_brand_word(t) for t in words) and not hospital else None
    b = h - 1
    other = held.get(b) if b >= 0 else None
    if b < 0 or not _brand_word(toks[b]) or (other is not None and len(tokens_inside(other.span, toks)) > 1):
        return None
    if b > 0 and (
        toks[b - 1].low in _foreign_joins()
        or (_brand_word(toks[b - 1]) and not hospital_word(toks[b - 1].text))
    ):
        return (
            None  # a longer name's last words; after another chain's word (`Siloam Hospitals`) a name opens
        )
    return toks[b].start


def _brand_word(tok: Tok) -> bool:
    """A capitalised word that may be a brand's or a branch's own name (`Mayapada`, `OMNI`, `BSD`)."""
    return (
        tok.text[:1].isupper()
        and tok.text.replace("'", "").isalnum()
        and word_class(tok.text) not in _NOT_NAMED
    )


def _branch_end(j: int, toks: Sequence[Tok], held: dict[int, Entity]) -> int:
    """Where a branch's name from ``j`` ends: a place the model read starting there, or up to
    ``_BRANCH_WORDS`` capitalised words no entity holds, one of them a name's word (`Kuningan`,
    `Alam Sutera`) or the first a listed region's (`Bandung`); the hospital's word's end when
    none follows."""
    if j >= len(toks):
        return toks[j - 1].end
    other = held.get(j)
    if other is not None:
        placed = other.label == Label.LOC and other.span[0] == toks[j].start
        return other.span[1] if placed else toks[j - 1].end
    run = j
    while run < len(toks) and run - j < _BRANCH_WORDS and run not in held and _branch_word(toks[run]):
        if run + 1 < len(toks) and hospital_word(toks[run + 1].text):
            break  # another chain's brand (`Siloam Hospitals Mayapada Hospital …`)
        run += 1
    named = any(_brand_word(t) for t in toks[j:run]) or region_len(toks, j, kecamatan=True) > 0
    return toks[run - 1].end if run > j and named else toks[j - 1].end


def _branch_word(tok: Tok) -> bool:
    """A capitalised word that may go on a branch's name: a name's or a common word (`Alam`)."""
    return (
        tok.text[:1].isupper() and tok.text.isalnum() and word_class(tok.text) not in (W.STOP, W.ORG, W.PART)
    )


#: The most words an estate's name runs on by after its head (`Nelayan Pasar Ulu II`, `Sapphire
#: Town House`); a longer capitalised run is a heading's or a list's.
_ESTATE_WORDS = 4


def _with_estates_named(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A housing estate's word written capitalised (entities_estate_heads.txt: `Perumahan`) after
    a lowercase word other than a joining one, then capitalised words and numbers (`di Perumahan
    Pondok Hijau`, `yaitu Perumahan Griya Azlea 2`), is the estate, a place (LOC: GUIDELINES §6);
    a place or a body the model read inside the name goes into it (`Perumahan Puri Intan
    Fajaresuk`, not `Puri Intan Fajaresuk`). After a capitalised word or `dan` the word is a
    field of a body's or a programme's name (`Pekerjaan Umum dan Perumahan Rakyat`, `Bantuan
    Stimulan Perumahan Swadaya`, `Kepala Bidang Perumahan`), no estate; so is the word alone."""
    held = {k: e for e in ents for k in tokens_inside(e.span, toks)}
    heads = word_positions(toks, word_set("entities_estate_heads.txt"))  # only an estate's word opens one
    named = [n for i in heads if i > 0 and (n := _estate_named(i, toks, text, held)) is not None]
    return _put_in(ents, toks, named)


def _estate_named(i: int, toks: Sequence[Tok], text: str, held: dict[int, Entity]) -> Entity | None:
    """The estate named by the word at ``i`` (None: no estate's word, or no name after it). A body
    the model read from the word (`Perumahan Nasional`, the state company) stays a body, and a
    field's word after it (entities_estate_fields.txt: `Perumahan Rakyat`) names a body's or a
    programme's field, no estate."""
    before = toks[i - 1].text
    if (
        not toks[i].text[:1].isupper()
        or toks[i].low not in word_set("entities_estate_heads.txt")
        or not (before.isalpha() and before.islower())
        or before in _joins()
        or (i in held and (held[i].span[0] < toks[i].start or held[i].label == Label.ORG))
        or (i + 1 < len(toks) and toks[i + 1].low in word_set("entities_estate_fields.txt"))
    ):
        return None
    j = i + 1
    while j < len(toks) and j - i <= _ESTATE_WORDS and _estate_word(toks, i, j, held):
        j += 1
    if j == i + 1 or not toks[i + 1].text[:1].isupper():
        return None
    while j > i + 1 and (j - 1) in held and held[j - 1].span[1] > toks[j - 1].end:
        j -= 1  # a name the model read on past the run stays whole, out of the estate's
    if j == i + 1:
        return None
    return Entity(text[toks[i].start : toks[j - 1].end], Label.LOC.value, (toks[i].start, toks[j - 1].end))


def _estate_word(toks: Sequence[Tok], i: int, j: int, held: dict[int, Entity]) -> bool:
    """Word ``j`` goes on the estate's name opened at ``i``: a capitalised word or a number, no
    stop word (a weekday, a month: `Minggu (5/12)`), no head of a body, a level, a street or an
    address's part (`Dinas`, `Kelurahan`, `Jalan`, `RT`), in no name the model read other than a
    place starting inside the estate's name or its own words read as a body right after the word
    (`Perumahan Puri Intan Fajaresuk`); a person or a body the model read after them ends it."""
    tok, other = toks[j], held.get(j)
    head = match_head(toks, j)
    ends = head is not None and (
        head[2] in (Head.BODY, Head.ADMIN, Head.STOP) or tok.low in _street_words()["street"]
    )
    own = (
        other is None
        or other.label == Label.LOC
        or (other.label == Label.ORG and other.span[0] == toks[i + 1].start)
    )
    return (
        (tok.text[:1].isupper() or tok.text.isdigit())
        and tok.text.isalnum()
        and word_class(tok.text) is not W.STOP
        and not ends
        and own
        and (other is None or other.span[0] >= toks[i].start)
    )


@cache
def _place_particles() -> frozenset[str]:
    """Lowercase words inside a foreign place's name (entities_place_particles.txt: `de`, `des`, `of`)."""
    return word_set("entities_place_particles.txt")


#: The most capitalised words a foreign place's name takes after one particle (`de Compostela`,
#: `des Princes`, `Municipal de Balaidos`): a longer run is a sentence going on.
MAX_PARTICLE_TAIL = 3


def _with_particle_names(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: list[Span]
) -> list[Entity]:
    """A place cut before a foreign name's lowercase particle (entities_place_particles.txt) runs
    on over it to the capitalised words after it, one space apart (`Parc` + `des Princes`,
    `Stadion Municipal` + `de Balaidos`, `Bay` + `of Bengal`: one place, GUIDELINES §6, the
    longest name); a place read there goes into it. A title's word ending the place (`Presiden
    of …`), a given name alone (`Leonardo` + `da Vinci`: a person's), and after the particle a
    person's name, a body's, a head's or a title's word leave the place as it is."""
    held = {k: e for e in ents for k in tokens_inside(e.span, toks)}
    named = [n for e in ents if (n := _particle_grown(e, toks, text, (held, person_spans))) is not None]
    return _put_in(ents, toks, named)


def _particle_grown(ent: Entity, toks: Sequence[Tok], text: str, around: tuple) -> Entity | None:
    """``ent`` run on over its particles and the capitalised words after each (None: none)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or title_len(toks, inside[-1]):
        return None
    if (len(inside) == 1 and toks[inside[0]].low in given_names()) or country_or_region(ent.text):
        return None  # `Leonardo` + `da Vinci`: a person's; `Brasil` + `da Silva`: a country's name is whole
    j, last = inside.stop, None
    while j + 1 < len(toks) and _particle_at(toks, j):
        k = j + 1
        while k < len(toks) and k - j <= MAX_PARTICLE_TAIL and _particle_tail_word(toks, k, around):
            k += 1
        if k == j + 1:
            break
        last, j = k - 1, k
    if last is None:
        return None
    return Entity(text[ent.span[0] : toks[last].end], ent.label, (ent.span[0], toks[last].end))


def _particle_at(toks: Sequence[Tok], j: int) -> bool:
    """A foreign name's particle at ``j``, written low one space after the word before."""
    return (
        toks[j].text.islower() and toks[j].low in _place_particles() and toks[j].start == toks[j - 1].end + 1
    )


def _particle_tail_word(toks: Sequence[Tok], k: int, around: tuple) -> bool:
    """``k`` goes on a foreign place's name: a capitalised word of letters one space after the
    word before, no head's or title's, no given name (`de Paul`: a person's), held by no entity
    but a place and in no person's name (``around``: the entities held at each word, the persons'
    spans)."""
    held, person_spans = around
    tok, other = toks[k], held.get(k)
    return (
        tok.text[:1].isupper()
        and tok.text.replace("-", "").isalpha()
        and tok.start == toks[k - 1].end + 1
        and tok.low not in given_names()
        and (other is None or other.label == Label.LOC)
        and match_head(toks, k) is None
        and not title_len(toks, k)
        and not any(s <= tok.start < e for s, e in person_spans)
    )
