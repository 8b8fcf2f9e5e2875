"""Repair of one model span in full; acronyms the article spells out as bodies or places.

`_repair_one` applies the cuts of `model`, `cuts` and `kinds` to one model ORG/LOC; a match's
two sides are two names; short names spelled out in brackets tell a body from a place
(`_acronym_senses`, `_unplaced_acronyms`); `_spelled_bodies_named` gives the bodies an
article defines in brackets, by initials or by syllables (`_syllabic_bodies`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import regex

from ...records import Entity, Span
from ...records import EntityLabel as Label
from ...text.words import LOCATIVES, common_words, english_body_words, in_order, org_acronyms, word_set
from .cuts import (
    _TIME_ZONES,
    _common_only,
    _cut_at_lowercase,
    _from_spelled_start,
    _from_syllables,
    _head_only,
    _levy_name_tail,
    _model_numbered,
    _product,
    _religious_titled,
    _spelled_term,
    _strip_kinds,
    _tiers_only,
    _to_spelled_end,
    _unexplained_acronym,
    _without_count,
)
from .filters import _the_nation
from .model import (
    _cut_at_person,
    _past_title_unit,
    _region_before_person,
    _relabel,
    _retype,
    _split_levels,
    _strip_title,
    _title_unit_conjunct,
)
from .shortnames import (
    _bracket_words,
    _bracketed,
    _listed_short_name,
    _named_after,
    _spelled_acronyms,
    _street_words,
)
from .tokens import (
    Tok,
    _company_form,
    _entity,
    match_head,
    ocean_len,
    region_len,
    title_len,
    token_at,
    token_over,
    tokens_inside,
    written_at,
)
from .words import (
    _CLOCK,
    _VERSUS,
    Head,
    _districts,
    _english_joins,
    _not_entities,
    _places,
    _regions,
    _seats,
    _stop_heads,
    country_or_region,
)


def _versus_sides(ent: Entity, toks: Sequence[Tok], text: str) -> list[Entity]:
    """A model span holding a match of two sides, as the two names (`Semarang Bank Jateng VS PDAM
    Tirta Bhagasasi`), each without the clock time of a schedule that follows it (`… Bhagasasi
    15.00`): a fixture list read as one name."""
    inside = tokens_inside(ent.span, toks)
    cuts = [k for k in inside if toks[k].low in _VERSUS or _CLOCK.get().fullmatch(toks[k].text)]
    if not cuts:
        return [ent]
    sides, start = [], inside.start
    for k in [*cuts, inside.stop]:
        end = k - 1 if k > start + 1 and toks[k - 1].low in _stop_heads() else k  # `Club Pukul 07.00`
        if end > start:
            s, e = toks[start].start, toks[end - 1].end
            sides.append(_entity(text[s:e].rstrip("."), ent.label, s))
        start = k + 1 + (k + 1 < inside.stop and (toks[k + 1].text == "." or toks[k + 1].low in _TIME_ZONES))
    return [side for side in sides if side is not None and any(c.isalpha() for c in side.text)]


def _office_after_title(ent: Entity, toks: Sequence[Tok]) -> Entity:
    """A `Kantor …` place right after a position title is the office the title heads, a body
    (`Kepala Kantor Pertanahan Kabupaten Pesisir Barat`, `Kepala Kantor PT MAM Energindo`),
    not the building (`di Kantor Gubernur Bali` stays a place)."""
    first = token_at(ent.span[0], toks)
    if ent.label != Label.LOC or first is None or first < 1 or toks[first].low != "kantor":
        return ent
    if not any(j + title_len(toks, j) > first for j in range(max(0, first - 3), first)):
        return ent
    head = match_head(toks, first + 1) if first + 1 < len(toks) else None
    if head is not None and head[1] is Label.ORG and toks[first + 1].start < ent.span[1]:
        start = toks[first + 1].start  # `Kepala Kantor PT MAM Energindo`: the company itself
        return Entity(ent.text[start - ent.span[0] :], Label.ORG.value, (start, ent.span[1]))
    return _relabel(ent, Label.ORG)


def _surnames(text: str, person_spans: Sequence[Span]) -> frozenset[str]:
    """The last words of the persons' names in the article (four letters or more)."""
    out = set()
    for a, b in person_spans:
        words = text[a:b].split()
        if words and len(words[-1]) >= 4 and words[-1].isalpha():
            out.add(words[-1])
    return frozenset(out)


def _person_named(ent: Entity, toks: Sequence[Tok], surnames: frozenset[str]) -> bool:
    """A model LOC of two words or more, no head and no region among them, ending in the last
    word of a person the article names (`Timur Kapadze` beside `kata Kapadze`, `Kara Swisher`
    beside `Swisher`): that person's fuller name, no place (GUIDELINES §6: one sense a surface)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) < 2 or toks[inside[-1]].text not in surnames:
        return False
    return match_head(toks, inside[0]) is None and not any(
        region_len(toks, k, kecamatan=True) for k in inside
    )


def _unplaced_acronyms(
    toks: Sequence[Tok], ents: Sequence[Entity], spelled: dict[int, range]
) -> frozenset[str]:
    """All-caps short names the article spells out as no place: words that are no place and no
    body before the brackets (`Dana Alokasi Umum (DAU)`), or lowercase words in brackets after
    it (`MCK (mandi, cuci, kakus)`). Alone later they name no place (GUIDELINES §6: programmes,
    funds and kinds are no entities); a short name spelled out as a place stays one (`Nusa
    Tenggara Barat (NTB)`). Unlike `kinds._without_unplaced_shorts_in_brackets`, which drops
    only the bracketed LOC whose letters stand in order in the words before it, this reads the
    article's all-caps short names spelled by exact initials and drops each alone anywhere."""
    named = {k for e in ents for k in tokens_inside(e.span, toks)}
    out, placed = set(), set()
    for k, words in spelled.items():
        if len(toks[k].text) >= 2:
            spelled_as_name = any(j in named or match_head(toks, j) or region_len(toks, j) for j in words)
            (placed if spelled_as_name else out).add(toks[k].text)
    for k in range(1, len(toks) - 2):
        acr = toks[k].text
        if (
            acr.isupper()
            and acr.isalpha()
            and len(acr) >= 2
            and toks[k + 1].text == "("
            and toks[k + 2].text.islower()
        ):
            out.add(acr)
    return frozenset(out - placed)


def _acronym_senses(
    toks: Sequence[Tok], ents: Sequence[Entity], spelled: dict[int, range]
) -> tuple[frozenset[str], frozenset[str]]:
    """All-caps short names the article spells out as a body, no place (`Balai Pelaksanaan Jalan
    Nasional (BPJN)` with the ORG `Balai Pelaksanaan`), and those it spells out as a place alone
    (`Uni Emirat Arab (UEA)`): the short name is that body wherever the model called it a place,
    that place wherever the model called it a body."""
    labels: dict[int, str] = {k: e.label for e in ents for k in tokens_inside(e.span, toks)}
    starts = {e.span[0] for e in ents}
    bodies, placed, places = set(), set(), set()
    for k, words in spelled.items():
        found = {labels.get(j) for j in words}
        found = {Label.LOC} if _inner_place(toks, words, starts) else found
        (placed if Label.LOC in found else bodies if Label.ORG in found else set()).add(toks[k].text)
        if found == {Label.LOC}:
            places.add(toks[k].text)
    return frozenset(bodies - placed), frozenset(places)


def _bracketed_bodies(toks: Sequence[Tok], ents: Sequence[Entity]) -> frozenset[str]:
    """Short names alone in brackets right after a body's name that they spell from its first
    word on (`Badan Ekonomi Kreatif (Bekraf)`, `PT Telekomunikasi Indonesia International
    (Telin)`): the body's in every mention the model called a place, as in `_acronym_senses`.
    A listed region's short name abbreviates the place (`Pemkab Tulang Bawang Barat (Tubaba)`),
    and so may any after a body named with its region (`Pemprov Papua Pegunungan (Papeg)`)."""
    by_start = {e.span[0]: e for e in ents}
    bodies = set()
    for org in (e for e in ents if e.label == Label.ORG):
        k = tokens_inside(org.span, toks).stop  # the word after the body's name
        short = by_start.get(toks[k + 1].start) if k + 2 < len(toks) and toks[k].text == "(" else None
        if short is None or short.label == Label.PER or not _bracketed_alone(short, toks):
            continue
        if not region_len(toks, k + 1, kecamatan=True) and _spells_body(short.text, org, toks):
            bodies.add(short.text)
    return frozenset(bodies)


def _bracketed_alone(ent: Entity, toks: Sequence[Tok]) -> bool:
    """``ent`` ends right before a closing bracket."""
    end = tokens_inside(ent.span, toks).stop
    return end < len(toks) and toks[end].text == ")"


def _spells_body(short: str, org: Entity, toks: Sequence[Tok], *, places: bool = False) -> bool:
    """``short``'s letters in order in the body's words, the first its first word's after a
    company's form (`Telin`: `PT Telekomunikasi Indonesia International`), and no listed region
    or district among them but the nation's name (`_the_nation`), unless ``places`` lets them
    stand (`Universitas Negeri Semarang (Unnes)`)."""
    inside = tokens_inside(org.span, toks)
    words = [toks[k] for k in inside if not (k == inside.start and _company_form(toks[k]))]
    placed = not places and any(
        region_len(toks, k, kecamatan=True) and not _the_nation(toks, k) for k in inside
    )
    if not words or placed:
        return False
    spelled = short.lower().replace(" ", "")
    return spelled[:1] == words[0].low[:1] and in_order(spelled, "".join(t.low for t in words))


def _inner_place(toks: Sequence[Tok], words: range, starts: set[int]) -> bool:
    """Words a short name spells that a place's head opens inside a body's name, after its
    head (`Otorita Ibu Kota Nusantara (IKN)`, `Pemerintah Kabupaten Bandung Barat (KBB)`): the
    short name abbreviates the place, not the body; a company's name after its form is the
    company's (`PT Kawasan Industri Terpadu Batang (KITB)`)."""
    head = match_head(toks, words.start)
    inner = (
        toks[words.start].start not in starts and words.start > 0 and not _company_form(toks[words.start - 1])
    )
    return inner and head is not None and head[1] is Label.LOC and head[2] is not Head.STOP


def _headed_places(toks: Sequence[Tok], ents: Sequence[Entity]) -> frozenset[str]:
    """Names the article writes as a place after a facility's, a natural feature's or an
    administrative level's head (`Sirkuit Mugello`, `Gunung Everest`, `Kampung Ojolali`): that
    place wherever the model called the name alone a body (`finis di Mugello`), unless a head opens
    the name itself or it is a known body's short name (`Kantor Kemenpora`, `stasiun Grissik PGN`).
    A building named by the body in it names no place (`Kantor Indosat … Indosat menyatakan`:
    `entities_seat_heads.txt`), nor does one named by a short name learned from the corpus
    (`Wisma Danantara … Danantara menyatakan`: `_listed_short_name`)."""
    named = set()
    for e in ents:
        inside = tokens_inside(e.span, toks)
        head = match_head(toks, inside[0]) if e.label == Label.LOC and inside else None
        if head is None or head[2] not in (Head.FACILITY, Head.ADMIN) or head[0] >= len(inside):
            continue
        words = " ".join(t.low for t in toks[inside[0] : inside[0] + head[0]])
        if words not in word_set("entities_seat_heads.txt"):
            named.add(e.text[toks[inside[0] + head[0]].start - e.span[0] :])
    return frozenset(
        e.text
        for e in ents
        if e.label == Label.ORG
        and e.text in named
        and (k := token_at(e.span[0], toks)) is not None
        and match_head(toks, k) is None
        and e.text.lower() not in org_acronyms()
        and not (e.text == toks[k].text and _listed_short_name(toks[k]))
    )


def _model_spelled(toks: Sequence[Tok], ents: Sequence[Entity]) -> frozenset[str]:
    """All-caps short names in brackets right after a model LOC, or a model ORG that a head
    opens, whose words spell them (`Uni Emirat Arab (UEA)`, `PT Sultan Anugerah Propertindo
    (SAP)`): defined in the article, a name's short name wherever it stands, as
    `_defined_acronyms`'s are; after a model ORG of other words the short name is mostly a
    term's (`Good Corporate Governance (GCG)`)."""

    starts = {e.span[1]: e.span[0] for e in ents if e.label == Label.LOC or _heads_body_at(e, toks)}
    return frozenset(
        toks[k].text
        for k, words in _spelled_acronyms(toks).items()
        if (start := starts.get(toks[words[-1]].end)) is not None and start <= toks[words[0]].start
    )


def _heads_body_at(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG whose first word is an organisation's head (`PT`, `Badan`); a meeting's or a
    mascot's name the model read as a body opens with none (`Rapat Kerja Teknis`, `Badak Cula Cahaya`)."""
    k = token_at(ent.span[0], toks)
    head = match_head(toks, k) if ent.label == Label.ORG and k is not None else None
    return head is not None and head[1] is Label.ORG


def _repair_model(
    text: str,
    toks: Sequence[Tok],
    ent: Entity,
    person_spans: Sequence[Span],
    defined: frozenset[str] = frozenset(),
    starts: frozenset[int] = frozenset(),
) -> list[Entity]:
    """Each side of a model ORG/LOC made consistent (`_versus_sides`; ``starts``: where the
    model's entities begin)."""
    return [
        r
        for side in _versus_sides(ent, toks, text)
        for r in _repair_one(text, toks, side, person_spans, defined, starts)
    ]


def _repair_one(
    text: str,
    toks: Sequence[Tok],
    ent: Entity,
    person_spans: Sequence[Span],
    defined: frozenset[str] = frozenset(),
    starts: frozenset[int] = frozenset(),
) -> list[Entity]:
    """One model ORG/LOC made consistent: cut at a person, no title, one level per place.

    The repairs run in order, each on what the one before left (None: nothing is left); then
    a span that any test rejects gives nothing."""
    cut = _cut_at_person(ent, person_spans)
    cut = _region_before_person(cut, toks, person_spans) if cut is not None else None
    cut = _cut_at_lowercase(cut, toks) if cut is not None else None
    for repair in (
        _strip_title,
        _past_title_unit,
        _title_unit_conjunct,
        _levy_name_tail,
        _strip_kinds,
        _without_count,
        _from_spelled_start,
        _to_spelled_end,
        _from_syllables,
        _whole_region,
        _ocean_after_its_word,
        _route_end,
        partial(_whole_hyphened_word, person_spans=person_spans),
        partial(_english_name_across_join, others=starts),
    ):
        cut = repair(cut, toks, text) if cut is not None else None
    rejects = (
        _spelled_term,
        _common_only,
        partial(_unexplained_acronym, defined=defined),
        _head_only,
        _product,
        _model_numbered,
        _tiers_only,
        _religious_titled,
    )
    if cut is None or any(reject(cut, toks) for reject in rejects):
        return []
    return [r for e in _split_levels(cut, toks) if e is not None and (r := _retype(e, toks)) is not None]


def _whole_region(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model LOC cut inside a listed region's or district's name runs to the name's end (`Bupati
    Tulang Bawang Barat`: the model's `Tulang` -> `Tulang Bawang Barat`; `kecamatan Batu` ->
    `kecamatan Batu Ketulis`, the city's name opening the district's), and so does one cut after a
    listed ocean's or continent's word (`Samudera` -> `Samudera Atlantik`); a LOC that holds its
    region whole, and any ORG, stay as they are."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside:
        return ent
    for k in inside:
        n = max(region_len(toks, k, kecamatan=True), ocean_len(toks, k))
        if n and k + n - 1 > inside[-1]:
            end = toks[k + n - 1].end
            return Entity(text[ent.span[0] : end], ent.label, (ent.span[0], end))
    return ent


def _ocean_after_its_word(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model span of one word right after a listed ocean's or continent's first word
    (`Samudera` + PER `Atlantik` or LOC `India`, entities_oceans.txt): that ocean, a LOC."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) != 1 or inside[0] == 0 or ocean_len(toks, inside[0] - 1) != 2:
        return ent
    s = toks[inside[0] - 1].start
    return Entity(text[s : ent.span[1]], Label.LOC.value, (s, ent.span[1]))


#: The most words an English body's name takes after a join (`_english_tail_end`).
MAX_ENGLISH_TAIL = 6


def _english_name_across_join(
    ent: Entity, toks: Sequence[Tok], text: str, others: frozenset[int] = frozenset()
) -> Entity:
    """A model ORG/LOC cut before `and`/`of`/`for`/`&` inside an English body's name runs to the
    name's end when the capitalised words after the join end in an English word for a body, or
    in one with its `of`/`for` name (entities_english_bodies.txt: `National Oceanic` + `and
    Atmospheric Administration`, `Nature` + `and Biodiversity Conservation Union`; a possessive's
    `'s` after the body's word stays out), when the span ends in one and `of` follows (`National
    Institute` + `of Diabetes and Digestive and Kidney Diseases`), or when one inside the span has
    its `of` or `for` name cut short and the words after hold no body's word of their own (`Royal
    College of Obstetricians` + `and Gynaecologists`). `and` lists where the span is a whole name,
    ending in the body's word (`Harvard University and …`) or in a place's after its `of`
    (`University of Indonesia and Harvard`), or where `The` opens the next name (`… and The
    Chinese Academy …`). A body's name after the join that the model tagged of its own is a
    second name where the article writes the span again (`_two_names`: `Google and Stanford
    University`), and no place's name grows, a country's or a listed region's (`Amerika and
    Soviet Union`, `United States and …`)."""
    inside = tokens_inside(ent.span, toks)
    j = inside.stop if inside else 0
    if (
        not inside
        or j + 1 >= len(toks)
        or toks[j].low not in _english_joins()
        or toks[j].start != ent.span[1] + 1
        or country_or_region(ent.text)
    ):
        return ent
    last = _possessive_end(toks, j + 1, _english_tail_end(toks, j + 1))
    bodies = english_body_words()
    named_inside = _body_word_named_inside(toks, inside)
    whole = toks[inside[-1]].low in bodies or (named_inside and toks[inside[-1]].low in _places())
    listed = toks[j].low in ("and", "&") and (whole or toks[j + 1].text == "The")
    tail_body = any(_english_body_word(toks[k]) for k in range(j + 1, last + 1))
    grows = (
        (_ends_in_body(toks, j + 1, last) and not _two_names(toks, inside, j + 1, others))
        or (toks[j].low == "of" and toks[inside[-1]].low in bodies)
        or (named_inside and not tail_body)
        or (toks[j].text == "&" and _joined_name_again(ent, toks, range(inside.start, last + 1)))
    )
    if last < j + 1 or listed or not grows:
        return ent
    end = toks[last].end - (len(_possessive(toks[last].text)) if toks[last].low not in bodies else 0)
    return Entity(text[ent.span[0] : end], ent.label, (ent.span[0], end))


def _two_names(toks: Sequence[Tok], inside: range, k: int, others: frozenset[int]) -> bool:
    """A name the model tagged of its own starts at ``k`` after the join (``others``: its
    entities' starts) and the article writes the span's words before the join again (`Google
    and Stanford University … Google menyebut`): two names listed. A span written once is a
    word the model cut off the name (`Technology` + `and Strategy Research Institute`, the
    model's `Strategy Research Institute`)."""
    words = [toks[i].text for i in inside]
    return toks[k].start in others and len(written_at(toks, words)) >= MIN_JOINED_WRITTEN


def _possessive_end(toks: Sequence[Tok], first: int, last: int) -> int:
    """Where an English name after a join ends, ``first`` to ``last``: at its first possessive
    when a body's word lies at or before it (`Atmospheric Administration's Northeast …`: the
    body's name ends there); a possessive before any body's word is inside the name (`of
    England's Monetary Policy Committee`), which runs to ``last``."""
    k = next((k for k in range(first, last) if _possessive(toks[k].text)), last)
    return k if any(_english_body_word(toks[i]) for i in range(first, k + 1)) else last


def _ends_in_body(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The words ``first`` to ``last`` after a join end in an English word for a body, or hold one
    with `of`/`for` right after it (`… and Social Commission for Asia`): the name is a body's; a
    body's word before another word ends no body's name (`Microsoft Department Store`)."""
    return any(
        _english_body_word(toks[k]) and (k == last or toks[k + 1].low in ("of", "for"))
        for k in range(first, last + 1)
    )


#: How often the article writes a name joined by `&` for the join to be read as inside it.
MIN_JOINED_WRITTEN = 2


def _joined_name_again(ent: Entity, toks: Sequence[Tok], words: range) -> bool:
    """A model ORG cut before `&` whose whole name, the words after the join with it, the article
    writes twice or more (`Stanley Black` + `& Decker`, `Texas Parks` + `& Wildlife`): one name
    the article keeps, a company's or an agency's, no two names listed each time. A model LOC
    (`Maluku & Papua`, `Jakarta & Banten Qualifiers`: places listed, an event) and a shouted name
    (`PUMA & …`: the maker's name in its mark's) are left out, and so is a model PER (`Tom` + `&
    Jerry`)."""
    return (
        ent.label == Label.ORG
        and not ent.text.isupper()
        and len(written_at(toks, [toks[k].text for k in words])) >= MIN_JOINED_WRITTEN
    )


#: The possessive endings an English name's last word may carry (`Administration's`).
_POSSESSIVES = ("'s", "\u2019s")


def _possessive(word: str) -> str:
    """The possessive ending ``word`` carries (`'s`), or none."""
    return next((p for p in _POSSESSIVES if word.endswith(p)), "")


def _english_body_word(tok: Tok) -> bool:
    """``tok`` is an English word for a body, a possessive's ending aside (`Administration's`)."""
    return tok.low.removesuffix(_possessive(tok.low)) in english_body_words()


def _body_word_named_inside(toks: Sequence[Tok], inside: range) -> bool:
    """An English word for a body inside the span with `of` or `for` right after it there
    (`Royal College of …`, `Chamber of Commerce`): the body's name goes on past the span's end."""
    bodies = english_body_words()
    return any(toks[k].low in bodies and toks[k + 1].low in ("of", "for") for k in inside[:-1])


def _english_body_person(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model PER that an English body's name goes on from (`Zoological Society` + `of London`,
    `National Oceanic` + `and Atmospheric Administration`): the whole name, an ORG."""
    grown = _english_name_across_join(ent, toks, text)
    return ent if grown is ent else _relabel(grown, Label.ORG)


def _english_tail_end(toks: Sequence[Tok], k: int) -> int:
    """The last capitalised word of the run of capitalised words and inner joins from ``k``,
    each one space after the last (``k - 1`` when ``k`` opens no such run)."""
    last = k - 1
    for j in range(k, min(len(toks), k + MAX_ENGLISH_TAIL)):
        if toks[j].start != toks[j - 1].end + 1 or not (toks[j].capital or toks[j].low in _english_joins()):
            break
        if toks[j].capital and toks[j].text[:1].isalpha():
            last = j
    return last


def _route_end(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model LOC right after a route's hyphen (`ruas Bakauheni-Terbanggi Besar`, `Krui-Tanjung
    Karang`, `Batam-Labuan Bajo`: one word to the tokenizer) that ends a listed region's,
    district's or regency seat's name begun after the hyphen starts there (`Terbanggi Besar`,
    `Labuan Bajo`, not `Besar`, `Bajo`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or inside[0] == 0:
        return ent
    before = toks[inside[0] - 1]
    _, hyphen, part = before.text.rpartition("-")
    if not hyphen or not part[:1].isupper() or text[before.end : ent.span[0]] != " ":
        return ent
    words = (part, *(toks[k].text for k in inside))
    if words not in (*_regions().get(part, ()), *_districts().get(part, ()), *_seats().get(part, ())):
        return ent
    start = before.end - len(part)
    return Entity(text[start : ent.span[1]], ent.label, (start, ent.span[1]))


#: One word of title-cased parts glued by hyphens (`Roland-Garros`, `Shangri-La`; not `Aix-en-Provence`,
#: `SpPD-KGEH`: a degree's letters, `LPEM-UI`: a body's short names).
_HYPHENED_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+")


def _whole_hyphened_word(
    ent: Entity, toks: Sequence[Tok], text: str, person_spans: Sequence[Span] = ()
) -> Entity:
    """A model LOC written right after a locative (`di`, `ke`) and cut at a hyphen inside one word
    of title-cased parts runs to the word's ends (`di Shangri` + `-La`, `di Roland` + `-Garros`,
    `di Circuit de Barcelona` + `-Catalunya`: one place, GUIDELINES §6, the longest name as
    written). Read over news-raw, the same word with no locative before it names a product, a
    firm or a route as often (`fitur Multi-Window`, `mesin Rolls-Royce`, `jalan
    Srimulio-Bandaragung`): left as read. A part that is a common word (`Bulan-Venus`), a listed
    place's or a country's name (`Jakarta-Bandung`, `Kandis-Medan`: a route's two ends, two
    places, `_route_end`), a word of what runs between two places two words before (`rute`,
    `jalur`, `perbatasan`: entities_streets.txt kind `link`) or a person's name in the word
    (`Prabowo-Gibran`) leaves the span as it is."""
    inside = tokens_inside(ent.span, toks)
    first = inside.start if inside else token_over(ent.span[0], toks)
    if ent.label != Label.LOC or first is None or first == 0 or toks[first - 1].low not in LOCATIVES:
        return ent
    start, end = ent.span
    for k in {token_over(start, toks), token_over(end - 1, toks)}:
        if k is None or not _HYPHENED_NAME.fullmatch(toks[k].text) or not _cut_at_hyphen(ent, toks[k], text):
            continue
        parts = toks[k].text.split("-")
        if (
            any(country_or_region(p) or p.lower() in common_words() for p in parts)
            or _after_link_word(toks, k)
            or any(s < toks[k].end and toks[k].start < e for s, e in person_spans)
        ):
            return ent
        start, end = min(start, toks[k].start), max(end, toks[k].end)
    return ent if (start, end) == ent.span else Entity(text[start:end], ent.label, (start, end))


def _cut_at_hyphen(ent: Entity, tok: Tok, text: str) -> bool:
    """``ent`` ends right before a hyphen inside ``tok`` or starts right after one."""
    return (tok.start < ent.span[1] < tok.end and text[ent.span[1]] == "-") or (
        tok.start < ent.span[0] < tok.end and text[ent.span[0] - 1] == "-"
    )


def _after_link_word(toks: Sequence[Tok], k: int) -> bool:
    """One of the two words before ``k`` names what runs between two places (`rute`, `jalur`,
    `perbatasan`, `penerbangan`: entities_streets.txt kind `link`)."""
    return any(toks[j].low in _street_words()["link"] for j in range(max(0, k - 2), k))


#: The fewest letters of a short name in title case read as a body's syllables: shorter ones
#: are words or a region's short name as often (`Mal`, `Riau`)
MIN_SYLLABIC_BODY = 5


def _syllabic_bodies(
    toks: Sequence[Tok], ents: Sequence[Entity], person_starts: frozenset[int]
) -> frozenset[str]:
    """Short names in title case the article defines alone in brackets right after or inside an
    ORG's name whose words they spell by syllables from its first word on (`Kementerian
    Komunikasi dan Digital (Komdigi)`, `Balai Pelatihan Pertanian (Bapeltan) Lampung`:
    `_spells_body`, an organisation's head first, no region among the words: `_heads_body_at`,
    `_region_inside`): the body wherever the short name stands alone, as `_spelled_bodies`'s
    are; not a head word (`Satuan Tugas (Satgas)`: a kind), a region's, a title's or a common
    word, nor a kind's short name that names its members (`_named_after`)."""
    orgs = [e for e in ents if e.label == Label.ORG]
    found = set()
    for k in _bracket_words(toks):
        short = toks[k]
        if k < 2 or short.text in found or not _syllabic_short(toks, k):
            continue
        before = toks[k - 2].end  # the name's last word before the bracket
        if any(
            org.span[0] < before
            and (org.span[1] == before or org.span[1] >= toks[k + 1].end)
            and _heads_body_at(org, toks)
            and _spells_body(
                short.text, named := Entity("", Label.ORG.value, (org.span[0], before)), toks, places=True
            )
            and not _region_inside(named, toks)
            for org in orgs
        ) and not _named_after(toks, short.text, person_starts):
            found.add(short.text)
    return frozenset(found)


def _region_inside(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A listed region's name stands among ``ent``'s words where no head opens it (`Pemprov Papua
    Pegunungan`, not the head `Balai` of `Balai Pelatihan …`, itself a village's name too)."""
    return any(
        region_len(toks, j, kecamatan=True) and match_head(toks, j) is None
        for j in tokens_inside(ent.span, toks)
    )


def _syllabic_short(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is shaped as a short name of syllables (`Komdigi`, `BaTIIK`: a capital first,
    not all capitals, letters only, `MIN_SYLLABIC_BODY` or more) and is no head, region, title,
    common word, given name or listed non-entity."""
    tok = toks[k]
    return (
        len(tok.text) >= MIN_SYLLABIC_BODY
        and tok.text.isalpha()
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and match_head(toks, k) is None
        and not region_len(toks, k, kecamatan=True)
        and not title_len(toks, k)
        and tok.low not in common_words()
        and tok.low not in _not_entities()
        and tok.low not in word_set("entities_kinds_alone.txt")
    )


def _spelled_bodies_named(
    ents: list[Entity], toks: Sequence[Tok], text: str, bodies: frozenset[str]
) -> list[Entity]:
    """The bodies `_spelled_bodies` reads: their spelled names and short names are ORGs where the
    model called them places or persons (a school is a body, GUIDELINES §6), each mention of the short name
    out of brackets is one, and with the region right after it one ORG (`SUPM Kota Agung`, as
    `Pemkab Sukamaju`)."""
    if not bodies:
        return ents
    spelled = {
        (toks[w[0]].start, toks[w[-1]].end)
        for k, w in _spelled_acronyms(toks).items()
        if toks[k].text in bodies
    }
    held = {k for e in ents for k in tokens_inside(e.span, toks)}
    shorts = [
        _short_with_region(toks, text, k, held)
        for k, t in enumerate(toks)
        if t.text in bodies and k not in held and not _bracketed(toks, k)
    ]
    out: list[Entity] = []
    for ent in sorted([*ents, *shorts], key=lambda e: e.span):
        if (ent.label == Label.LOC and ent.span in spelled) or (
            ent.label != Label.ORG and ent.text in bodies
        ):
            ent = _relabel(ent, Label.ORG)
        prev = out[-1] if out else None
        if prev is not None and prev.text in bodies and _region_right_after(prev, ent, toks):
            out[-1] = Entity(text[prev.span[0] : ent.span[1]], Label.ORG.value, (prev.span[0], ent.span[1]))
            continue
        out.append(ent)
    return out


def _short_with_region(toks: Sequence[Tok], text: str, k: int, held: set[int]) -> Entity:
    """The short name at ``k`` the model left out, as one ORG with a province's, a regency's, a
    city's or a country's whole name one space after it that no kept entity holds (`kata Kemlu
    Iran`, `Kemlu RI`, as `Pemkab Sukamaju`); a district's name is as often a common word after
    it (`IDAI Tetap Dukung …`, a headline)."""
    end = k + 1
    if end < len(toks) and end not in held and toks[end].start == toks[k].end + 1:
        end += region_len(toks, end)
    return Entity(
        text[toks[k].start : toks[end - 1].end], Label.ORG.value, (toks[k].start, toks[end - 1].end)
    )


def _region_right_after(short: Entity, ent: Entity, toks: Sequence[Tok]) -> bool:
    """``ent`` is a region's whole name one space after the short name ``short``."""
    k = token_at(ent.span[0], toks)
    return (
        ent.label == Label.LOC
        and ent.span[0] == short.span[1] + 1
        and k is not None
        and toks[k + region_len(toks, k, kecamatan=True) - 1].end == ent.span[1]
    )
