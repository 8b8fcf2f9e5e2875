"""The article's final entities (`resolve_entities`) and the senses read across the article.

`resolve_entities` joins the dateline, outlets, grammar names, persons, repaired model spans
and gazetteer places, flat; `_article_senses` gives one label per surface, a short name the
sense the article spells it in, the nation's name to the body before it
(`entities_nation.txt`), and drops a common word opening a sentence the article also writes
in lowercase.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from ...records import Entity, Span, spans_overlap
from ...records import EntityLabel as Label
from ...resources import load_lines, load_table
from ...text.words import club_form, common_words, english_body_words, org_acronyms, word_set
from .bodies import (
    _bodies_not_places,
    _case_variants_grown,
    _club_cities_kept,
    _clubs,
    _clubs_by_their_city,
    _clubs_in_match_frames,
    _english_name_start,
    _english_spelled_bodies,
    _faction_apart,
    _listed_shorts,
    _model_bodies,
    _names_one,
    _short_named_bodies,
    _speaking_shorts,
    _subject_speech_verbs,
    _with_armed_services,
    _with_board_levels,
    _with_bracketed_shorts,
    _with_branch,
    _with_listed_heads,
    _with_parent,
    _with_parent_short,
    _with_unit_shorts,
    _without_levies,
    _without_places_listed_among_bodies,
    _without_title_fields,
    teams_named_after_cities,
    ticker_bodies,
    with_apposed_bodies,
    with_bodies_listed,
)
from .cuts import (
    _before_listed_bodies,
    _bred_place,
    _defined_acronyms,
    _flat,
    _kind_acronyms,
    _maker_product,
    _spelled_whole,
    _vessel,
    makers,
)
from .filters import (
    _called_persons,
    _cut_before_join,
    _kind_of_row,
    _person_spans,
    _persons_in_row,
    _road_post,
)
from .grammar import _heads_facility, before_called, grammar_entities
from .kinds import _spelled_kind, _team_nickname, event_places, with_race_hosts
from .model import _relabel, _retype
from .page import (
    _after_dash,
    _opens_clause,
    _opens_text,
    dateline_entities,
    named_regions,
    outlet_entities,
    title_regions,
)
from .places import (
    _across_short_name,
    _admin_place,
    _bodies_written_again,
    _clubs_at_their_grounds,
    _clubs_by_short_name,
    _credit_outlets,
    _listed_in_a_row,
    _spelled_kinds_named,
    _trimmed,
    _unlisted_place,
    _with_company_forms,
    _with_compass_written_low,
    _with_estates_named,
    _with_hospital_names,
    _with_listed_places,
    _with_own_place,
    _with_particle_names,
    _with_route_ends,
    _with_score_sides,
    _with_state_forms,
    _with_team_countries,
    _with_unit_regions,
    _with_village_names_to_comma,
)
from .repair import (
    _acronym_senses,
    _bracketed_bodies,
    _english_body_person,
    _headed_places,
    _model_spelled,
    _ocean_after_its_word,
    _office_after_title,
    _person_named,
    _spelled_bodies_named,
    _surnames,
    _syllabic_bodies,
    _unplaced_acronyms,
)
from .shortnames import _group_kind, _listed_short_name, _spelled_acronyms, _spelled_bodies, _titled_offices
from .tokens import (
    Tok,
    _with_open_heads_named,
    _with_written_levels,
    _words_in,
    called_alone,
    lowercase_words,
    match_head,
    on_sports_page,
    region_len,
    title_len,
    token_at,
    tokens,
    tokens_inside,
    written_at,
)
from .words import (
    _LAST_WORDS,
    _NATION_AFTER,
    MAX_TITLE_WORDS,
    Head,
    _joins,
    body_words_before,
    country_or_region,
)


def resolve_entities(
    text: str,
    entities: Sequence[Entity],
    *,
    officials: Iterable[Any] = (),
    persons: Iterable[Any] = (),
    dateline: Any = None,
    toks: Sequence[Tok] | None = None,
) -> list[Entity]:
    """The article's final entities: PER as vetted, ORG and LOC repaired and completed (§6).

    Args:
        text: the cleaned article body.
        entities: the model's vetted entities (`extract.people.names.vet_entities`).
        officials: `Official` records (``span`` the mention with the title, ``name_span`` the name).
        persons: `Person` records (their ``mentions`` are never inside an ORG or LOC).
        dateline: the page's `Dateline` (place -> LOC, outlet -> ORG).
        toks: ``tokens(text)`` when the caller has them (`with_persons` reads them too).

    Returns:
        Flat entities in text order.

    >>> text = "Kepala Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung hadir di Desa Ciwaru."
    >>> model = [Entity("Dinas Lingkungan Hidup", "ORG", (7, 29))]
    >>> [(e.text, e.label) for e in resolve_entities(text, model)]
    [('Dinas Lingkungan Hidup dan Kebersihan (DLHK) Badung', 'ORG'), ('Desa Ciwaru', 'LOC')]
    """
    toks = toks if toks is not None else tokens(text)
    officials = list(officials)
    person_spans = _person_spans(toks, persons, officials)
    unheld = _bodies_read_as_persons(entities, toks, person_spans)
    people = [
        _relabel(r, Label.ORG) if r.span in unheld else r
        for e in entities
        if e.label == Label.PER and (r := _person_read(e, toks, text)) is not None
    ]
    sources = (entities, officials, person_spans, people, dateline)
    listed = _listed_shorts(toks, entities)
    if listed:  # a listed short name counts beside a body the article's reading without them keeps
        listed = _listed_shorts(toks, entities, _read(text, toks, sources, frozenset()))
    return _read(text, toks, sources, listed)


def _read(text: str, toks: Sequence[Tok], sources: tuple, listed: frozenset[str]) -> list[Entity]:
    """The article's entities from ``sources`` (the model's entities, officials, person spans,
    people, dateline), ``listed`` the shouted short names read as bodies for the list they stand
    in (`_listed_shorts`). A road's distance post alone (`_road_post`) is left out last, once
    the places of an address read after it (`Km 125, Lingkungan Bugis, …`) are found."""
    entities, officials, person_spans, people, dateline = sources
    ranked, kinds = _ranked_readings(text, toks, entities, officials, person_spans, people, dateline, listed)
    ents = _with_parent(_with_club_form(_with_nation(_flat(ranked), text), toks, text), toks, text)
    ents = _with_branch(ents, toks, text)
    ents = _names_kept(ents, toks, text, person_spans, kinds)
    ents = _with_unit_shorts(_names_completed(ents, toks, text, person_spans), toks, text)
    ents = _with_board_levels(_with_parent_short(ents, toks, text), toks, text)
    return [e for e in _with_armed_services(ents, toks, text) if not _road_post(e, toks)]


def _ranked_readings(
    text: str,
    toks: Sequence[Tok],
    entities: Sequence[Entity],
    officials: list[Any],
    person_spans: list[Span],
    people: list[Entity],
    dateline: Any,
    listed: frozenset[str],
) -> tuple[list[list[Entity]], frozenset[str]]:
    """Each source's entities, the first ranked highest where two overlap (dateline, outlets,
    clubs, grammar names, companies before their tickers, persons, model bodies, regions, short
    names), and the article's kind acronyms; ``listed``: short names defined by the list they
    stand in (`_listed_shorts`)."""
    holders = (o.name_span[0] for o in officials if getattr(o, "name_span", None))
    called = called_alone(entities)
    model_persons = [e.span[0] for e in entities if e.label == Label.PER]
    grammar = [
        before_called(_before_listed_bodies(r, toks, text), toks, called)
        for e in grammar_entities(text, toks, (s for s, _ in person_spans), holders, model_persons)
        if (r := _spelled_whole(e, toks, text)) is not None
    ]
    cuts = person_spans + [e.span for e in people if e.label == Label.PER]
    cut_starts = {s for s, _ in cuts}
    grammar = _units_read_whole(grammar, entities, toks, text, cuts)
    titled = _titled_offices(toks)
    defined = (
        _defined_acronyms(toks) | _model_spelled(toks, entities) | _speaking_shorts(toks, entities) | titled
    )
    defined, kinds = defined | listed, _kind_acronyms(toks)
    model = _model_bodies(text, toks, entities, officials, (cuts, defined))
    regions = title_regions(text, toks, officials) + named_regions(text, toks, cuts)
    ranked = [
        dateline_entities(text, dateline),
        outlet_entities(text, toks),
        _clubs(text, toks, kinds, entities),
        grammar,
        ticker_bodies(text, toks, {s for s, _ in person_spans}),
        people,
        _english_spelled_bodies(text, toks, cut_starts),
        model,
        regions,
        _short_named_bodies(
            text,
            toks,
            cut_starts,
            kinds,
            titled,
            frozenset(e.text for e in model if e.label == Label.ORG),
        ),
    ]
    return ranked, kinds


def _units_read_whole(
    grammar: list[Entity], entities: Sequence[Entity], toks: Sequence[Tok], text: str, cuts: list[Span]
) -> list[Entity]:
    """A grammar ORG that ends a model ORG opened by a unit's name gives way to the model's whole
    span (`_model_unit_before`): where the model reads a unit and its parent body as one ORG
    (`Majelis Tinggi Dewan Guru`, `Kanwil Ditjenpas Sumatera Utara`), the grammar only the parent
    it knows, news tune's annotations hold the run whole (news-raw: 7 such names right, none
    wrong)."""
    units = [e for e in entities if e.label == Label.ORG]
    out = []
    for ent in grammar:
        held = [g.span for g in grammar if g is not ent] + cuts
        whole = next((m for m in units if _model_unit_before(m, ent, toks, held)), None)
        out.append(ent if whole is None else whole)
    return out


def _model_unit_before(model: Entity, body: Entity, toks: Sequence[Tok], held: list[Span]) -> bool:
    """The model's ORG ``model`` runs from a unit's name to the end of the grammar's ORG ``body``:
    it ends where the body ends and starts before it, at a body's head (`Direktorat`, `Kanwil`,
    `Satgas`; a unit's head, `Humas`, `Bidang`, names a post as often: `Humas Pengadilan Negeri
    Jogja, <name>`) or a council's noun (`Majelis`, `Serikat`; a noun for people banded together
    names a group of the body's people, no unit: `Pasukan Brimob …`, `Keluarga Besar PT …`), every
    word up to the body a capitalised or number's word or its bracketed short name (a name's `dan`
    inside), the last a name's word: no list (`Kemenkes dan BPOM`), no person's words, no post's
    title (`Majelis Hakim Pengadilan Negeri …` names the judges, no unit), no other grammar name
    (``held``: `DPR RI` before `Fraksi Golkar`). A unit in or right after a post is the post's
    field (news tune's gold leaves `Kepala Bidang Jaminan Sosial BPJS Kesehatan` the post's); a
    word opening no body (`Cek`, `YouTube`, `Otoritas`) names no unit, nor one joined to a post's
    field before it (`Direktur Bisnis Kecil dan Jaringan PT Bank Mandiri`), nor a short name in
    capitals alone (news-raw: `DPRTM Dikti Kemendikbudristek` right, `HRD PT …`, `PLTMH PT …`,
    `PTKI Kementerian …` wrong)."""
    if body.label != Label.ORG or model.span[1] != body.span[1] or not model.span[0] < body.span[0]:
        return False
    unit = range(tokens_inside(model.span, toks).start, tokens_inside(body.span, toks).start)
    if not unit or any(spans_overlap((toks[unit.start].start, body.span[0]), h) for h in held):
        return False
    if _in_or_after_title(toks, unit.start) or _joined_to_field_before(toks, unit.start):
        return False  # a post's field (`Kabid PIP Diskominfo …`), or the last part of one
    if any(title_len(toks, k) for k in unit):
        return False  # holders of a post (`Majelis Hakim`), no unit
    head = match_head(toks, unit.start)
    first = toks[unit.start].text
    opens = head[1:] == (Label.ORG, Head.BODY) if head is not None else first.lower() in _council_nouns()
    return opens and _unit_words(toks, unit)


def _joined_to_field_before(toks: Sequence[Tok], k: int) -> bool:
    """A name's join (`dan`) ties word ``k`` to the capitalised run before it, and that run is a
    post's field, in or right after its title (`Direktur Bisnis Kecil dan Jaringan`); a list's
    `dan` after a body (`Kejati Lampung dan Kanwil …`), a count or a comma joins no field."""
    if k < 2 or toks[k - 1].low not in _joins() or not toks[k - 2].text[:1].isupper():
        return False
    j = k - 2
    while j > 0 and toks[j - 1].text[:1].isupper():
        j -= 1
    return any(title_len(toks, i) for i in range(j, k - 1)) or _in_or_after_title(toks, j)


@cache
def _council_nouns() -> frozenset[str]:
    """The council's nouns that open a unit's name (`Majelis`, `Komite`, `Serikat`)."""
    return word_set("entities_council_nouns.txt")


def _in_or_after_title(toks: Sequence[Tok], k: int) -> bool:
    """A position title ends right before word ``k`` or runs over it (`Kepala Bidang …`)."""
    return any(title_len(toks, j) >= k - j for j in range(max(0, k - MAX_TITLE_WORDS), k))


def _unit_words(toks: Sequence[Tok], unit: range) -> bool:
    """Every word of ``unit`` a capitalised or number's word (`Komisi 2`), a bracket of its short
    name or a name's join (`dan`, `of`) with a capitalised word after it, the last a capitalised
    word or the short name's closing bracket."""
    joins = _joins()
    for k in unit:
        word = toks[k].text
        named = word[:1].isupper() or word[:1].isdigit() or word in ("(", ")")
        if not named and not (word in joins and k + 1 < unit.stop and toks[k + 1].text[:1].isupper()):
            return False
    last = toks[unit.stop - 1].text
    return last[:1].isupper() or last == ")"


def _names_kept(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: list[Span], kinds: frozenset[str]
) -> list[Entity]:
    """The flat entities trimmed and given one sense each, less a kind spelled out, a kin's body,
    a title's field, a name of no one, a cut inside an English name (`_cut_before_join`) and a
    made thing (a ship, a variety, a maker's product: `_maker_product`); an event's name gives
    the place of its host (`event_places`)."""
    lower = lowercase_words(toks)
    called = tuple((tuple(text[s:e].split()), s) for s, e in person_spans if text[s:e].strip())
    starts = frozenset(e.span[0] for e in ents)
    ents = [b for e in ents if (b := _trimmed(e, toks, text, lower, called, starts)) is not None]
    ents = _article_senses(ents, toks, text, person_spans, lower, kinds)
    spelled = {e.text.casefold() for e in ents if _spelled_kind(e, toks)} | _called_persons(ents, toks, text)
    in_row = _persons_in_row(ents, text)
    row_kind = _kind_of_row(ents, toks, text)
    ents = _without_title_fields(_kin_orgs(ents, toks), toks)
    ents = [place for e in ents for place in event_places(e, toks, text, person_spans)]
    named = makers(ents)
    named_starts = frozenset(e.span[0] for e in ents if e.label in (Label.ORG, Label.LOC))
    sports = on_sports_page(toks, text)
    return [
        _relabel(e, kind) if e.label != Label.PER and (kind := row_kind.get(e.text.casefold())) else e
        for e in ents
        if e.text.casefold() not in spelled
        and (e.label == Label.PER or e.text.casefold() not in in_row)
        and _names_one(e, toks, lower)
        and not _cut_before_join(e, toks, named_starts)
        and not _team_nickname(e, toks, sports)
        and not _made_thing(e, toks)
        and not _maker_product(e, toks, named)
        and not _known_product(e, toks)
    ]


def _names_completed(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: list[Span]
) -> list[Entity]:
    """The kept entities completed from the article: listed heads, own places, spelled kinds,
    company forms, listed places, route ends, foreign names run over their particles, written
    levels, states' forms and results tables' sides and races' hosts (places), hospitals' and
    estates' names, bodies named after their kind and place (`kantor berita Iran, Tasnim`), the
    names written again and the short names bracketed after them."""
    ents = _bodies_not_places(_with_listed_heads(_without_levies(ents, toks), toks), toks)
    ents = _clubs_in_match_frames(_clubs_by_their_city(ents, toks), toks, text)
    ents = _without_places_listed_among_bodies(ents, toks, text)
    ents = _club_cities_kept(ents, _one_sense(ents, toks), toks, text)
    ents = _with_own_place(_spelled_kinds_named(_across_short_name(ents, toks, text), toks, text), toks, text)
    starts = frozenset(s for s, _ in person_spans)
    bodies = _spelled_bodies(toks, starts) | _syllabic_bodies(toks, ents, starts)
    ents = _credit_outlets(_spelled_bodies_named(ents, toks, text, bodies), text)
    parts = [
        part
        for e in ents
        for listed in _listed_in_a_row(e, toks, text)
        for part in _faction_apart(listed, toks, text)
    ]
    ents = _with_company_forms(parts, toks, text)
    ents = _with_route_ends(_with_listed_places(ents, toks, text, person_spans), toks, text)
    ents = with_bodies_listed(ents, toks, text, person_spans)
    ents = teams_named_after_cities(ents, toks, text)
    ents = _with_particle_names(ents, toks, text, person_spans)
    ents = _with_compass_written_low(_with_written_levels(ents, toks, text), toks, text)
    ents = _with_score_sides(_with_state_forms(ents, toks, text), toks, text)
    ents = _clubs_by_short_name(_with_team_countries(ents, toks, text), toks, text)
    ents = _clubs_at_their_grounds(ents, toks, text)
    ents = with_race_hosts(ents, toks, text, person_spans)
    ents = _with_open_heads_named(_with_village_names_to_comma(ents, toks, text), toks, text)
    ents = _with_estates_named(_with_hospital_names(ents, toks, text), toks, text)
    ents = with_apposed_bodies(_with_unit_regions(ents, toks, text), toks, text)
    ents = _with_bracketed_shorts(_bodies_written_again(ents, toks, text), toks)
    return _case_variants_grown(ents, text)


def _made_thing(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A ship's name (`_vessel`) or a listed place's name after a variety's or a make's cue
    (`varietasnya Bima Brebes`, a shallot's: `_bred_place`): no place (GUIDELINES §6)."""
    return _vessel(ent, toks) or _bred_place(ent, toks)


@cache
def _derived_products() -> frozenset[str]:
    """Names the unlabelled news writes as products far more often than as bodies, as written
    (entities_products_derived.txt, by scripts/derive_products.py)."""
    return frozenset(load_lines("entities_products_derived.txt"))


#: The most words from a product's name through a verb of speech or report that makes it a body
#: acting (`Chrome mengumumkan`, `Chrome melalui keterangan resminya mengumumkan`): an adverbial
#: of three words may stand between, no punctuation.
MAX_WORDS_TO_SPEECH = 4


def _known_product(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG or a LOC named as the unlabelled news names a product, an app, a game or a feature
    (`main PUBG Mobile`, `lewat Chrome`, `di Chromebook lama`: entities_products_derived.txt), as
    written, where the article names no product's noun before it: no body and no place
    (GUIDELINES §6: products and platforms are no entities; the list holds no region's name).
    An article that writes the name as a body keeps it: right after a body's word
    (`body_words_before`: `perusahaan`, `pihak`, `CEO`, `karyawan`) or before a verb of speech or
    report in the same clause (`Chrome mengumumkan …`: `_speech_follows`)."""
    if ent.label == Label.PER or not (ent.text in _derived_products() or _named_as_product(ent, toks)):
        return False
    inside = tokens_inside(ent.span, toks)
    n = len(inside)
    for k in written_at(toks, [t.text for t in toks[inside.start : inside.stop]]):
        if (k and toks[k - 1].low in body_words_before()) or _speech_follows(toks, k + n):
            return False
    return True


def _named_as_product(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC no gazetteer lists, no country and opened by no place's head that the article writes
    somewhere whole right after a lowercase noun for an app, a feature or a platform (kind `app`
    of entities_product_nouns.txt: `aplikasi Strava`, `fitur Siri`) and never after a word of
    place (kind `place`: `di`, `ke`, `dari`, `pinggiran`, `kota`): the thing's name all through
    the article, no place (GUIDELINES §6: products and platforms). One use is weak evidence, so a
    broad word (`versi`, `bermain`, `motor`: kind `thing`) counts only in derive_products' counts
    over many articles (`versi Pyongyang`, `bermain Kanjuruhan` are the place's). News-raw 0-9947
    (base records): `MyTelkomsel`, `Strava`, `Siri`, an app's name so written."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or not _unlisted_place(ent, toks) or country_or_region(ent.text):
        return False
    if match_head(toks, inside.start) is not None:
        return False
    at = written_at(toks, [toks[j].text for j in inside])
    if any(k > 0 and toks[k - 1].low in _product_nouns("place") for k in at):
        return False
    return any(_after_product_noun(toks, k, len(inside)) for k in at)


def _after_product_noun(toks: Sequence[Tok], k: int, n: int) -> bool:
    """The name of ``n`` words at ``k`` stands whole (no capitalised word or number after it) right
    after a lowercase noun for an app, a feature or a platform (entities_product_nouns.txt)."""
    after = toks[k + n].text if k + n < len(toks) else "."
    whole = not (after[:1].isupper() or after[:1].isdigit())
    return whole and k > 0 and toks[k - 1].text.islower() and toks[k - 1].low in _product_nouns("app")


@cache
def _product_nouns(kind: str) -> frozenset[str]:
    """The words of one kind of entities_product_nouns.txt (`app`, `thing`, `place`)."""
    return frozenset(row.word for row in load_table("entities_product_nouns.txt") if row.kind == kind)


def _speech_follows(
    toks: Sequence[Tok], k: int, *, plain: bool = False, verbs: frozenset[str] | None = None
) -> bool:
    """A verb of speech or report (`_subject_speech_verbs`: `mengumumkan`, `menyatakan`; or of
    ``verbs`` where given) among the ``MAX_WORDS_TO_SPEECH`` words from ``k`` on, before any
    punctuation: the name before ``k`` is its subject (`Chrome melalui keterangan resminya
    mengumumkan …`); with ``plain`` only lowercase words stand between (`Gedung Putih juga
    menyatakan`, never a person's name: `Humas Gereja Katedral Jakarta Susyana Suwadie mengatakan`)."""
    for tok in toks[k : k + MAX_WORDS_TO_SPEECH]:
        if not tok.text[:1].isalnum() or (plain and not tok.text.islower()):
            return False
        if tok.low in (verbs or _subject_speech_verbs()):
            return True
    return False


def _acting_places(ents: Sequence[Entity], toks: Sequence[Tok]) -> tuple[set[str], set[Span]]:
    """The places that act as a body, an ORG: a shouted short name speaking (`_short_name_acts`:
    `ESA mengatakan`) wherever the article writes it, as a body's short name is one wherever it
    stands; a building standing for the body in it (`_building_acts`) only in the mentions where
    it acts. News tune annotations list `Gedung Putih` as an organisation where it acts and as a
    place after `dari` (GUIDELINES §6 is silent on a building acting; the annotations decide), so
    `_one_sense` leaves an acting building out of its vote."""
    places = [e for e in ents if e.label == Label.LOC]
    return {e.text for e in places if _short_name_acts(e, toks)}, {
        e.span for e in places if _building_acts(e, toks)
    }


def _short_name_acts(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A shouted short name (capitals only, `MIN_SHOUTED` letters or more: `ESA`, `MSCI`, `LPKR`)
    no gazetteer lists, no country nor region, at a clause's start with a verb of speech or report
    after it (`_speaking_at_start`): a body's; no person's name and no city is so written.
    News-raw 0-9947 (base records): `ESA`, `MSCI`, `FTSE`, `LPKR` so written, none wrong."""
    inside = tokens_inside(ent.span, toks)
    shouted = len(inside) == 1 and ent.text.isalpha() and ent.text.isupper() and len(ent.text) >= MIN_SHOUTED
    if (
        not shouted
        or not _unlisted_place(ent, toks)
        or _admin_place(ent, toks)
        or country_or_region(ent.text)
    ):
        return False
    return any(_speaking_at_start(toks, k, 1) for k in written_at(toks, [ent.text]))


#: The fewest capitals of a shouted short name that speaks as a body (`ESA`); two are as often a
#: person's initials or a country's code.
MIN_SHOUTED = 3


def _building_acts(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A building's name (a facility's head opens it, no listed region's word: `Gedung`, `Kantor`,
    `Menara`, `Markas`; `_heads_facility`) at a clause's start with a verb of speech or report or
    of a body's act after it, only lowercase words between (`_building_act_verbs`): its subject,
    the body working in it (`Sebelumnya, Gedung Putih menyatakan …`, `Gedung Putih merilis …`).
    The head is the evidence of a body's seat; a name with no head nor shouted speaking is a city,
    a person or a firm (news-raw 0-9947, base records, such names speaking: `Pentagon`, `Airbus`,
    `Tesla` beside `Xi`, `Ateng`, `Buwas`, `Tulsi`, `Willem`; the counts news-raw keeps hold a name
    as an ORG or a LOC alike). News-raw: `Gedung Putih` speaking in 3 articles; the body's acts
    add 4 ORGs over all lines (`Gedung Putih merilis`, `memposting`, `mengungkap`, `menyetujui`),
    each right by the news tune annotations' convention. A venue's, a road's or a dam's own acts
    are no body's (`Stadion Manahan menggelar laga`, `Bendungan Katulampa mengeluarkan air`)."""
    inside = tokens_inside(ent.span, toks)
    return (
        bool(inside)
        and _heads_facility(toks, inside.start)
        and _speaking_at_start(toks, inside.start, len(inside), verbs=_building_act_verbs())
    )


@cache
def _building_act_verbs() -> frozenset[str]:
    """The verbs a building's name acts through as its body's (`_building_acts`): of speech or
    report (`_subject_speech_verbs`) and of an act only a body does (entities_body_act_verbs.txt:
    `Gedung Putih merilis`, `Masjid Al Azhar tahun ini meniadakan`)."""
    return _subject_speech_verbs() | word_set("entities_body_act_verbs.txt")


def _speaking_at_start(toks: Sequence[Tok], k: int, n: int, *, verbs: frozenset[str] | None = None) -> bool:
    """The name of ``n`` words at ``k`` opens a clause (`_opens_clause`) with a verb of speech or
    report (or one of ``verbs``) after it and only lowercase words between (`_speech_follows`):
    its subject."""
    return _opens_clause(toks, k) and _speech_follows(toks, k + n, plain=True, verbs=verbs)


def _bodies_read_as_persons(
    entities: Sequence[Entity], toks: Sequence[Tok], person_spans: Sequence[Span]
) -> set[Span]:
    """The spans of model PERs the people layer put no person in that the article names as a body
    (`_named_as_body`): ORGs (GUIDELINES §6). Read over the article, one sense per name: every
    unheld mention of a name so written (`Endocrine Society`, later `Endocrine Society menyatakan`)."""
    unheld = [
        e
        for e in entities
        if e.label == Label.PER and not any(a < e.span[1] and e.span[0] < b for a, b in person_spans)
    ]
    bodies = {" ".join(e.text.split()) for e in unheld if _named_as_body(e, toks)}
    return {e.span for e in unheld if " ".join(e.text.split()) in bodies}


def _named_as_body(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A name the article writes as a body's: a firm English word for a body ends it, the name
    opening at its span (`english_body_words(firm=True)`: `Charles Darwin Foundation`, `Endocrine
    Society`). A region's or country's name is left to the place rules.

    A body's kind or side word before a mention (`perusahaan induk Meta`, `CEO ...`) is no reading
    here (review of s39-orgs, fix39f): it stood before the first words of a longer name
    (`perusahaan Raffi Ahmad` for a later `Raffi`), a post's word before a person (`CEO
    Zuckerberg`), and its one-sense vote spread it past a person's evidence (`Hartono bersaudara`).
    Over news-raw 0-3999 it gave 25 names, 19 right and 6 wrong (`Supply Chain`, `Seskab`);
    narrowed to the body's own kinds before a mention that ends there, with no person's evidence,
    it kept 2 (`Meta`, `INASGOC`) and lost 17 right ones (`Anthropic`, `Blibli`, `Blueray Cargo`):
    too little for its risk."""
    inside = tokens_inside(ent.span, toks)
    if not inside or country_or_region(ent.text) or region_len(toks, inside.start, kecamatan=True):
        return False
    # the English name ending at its last word opens at its span (`_english_name_start`: no
    # capitalised word nor glued one right before it), no mark glued to its first word (a hyphen:
    # `ISEAS-Yusof Ishak Institute` is the model's cut), and ends in a firm body's word
    first, last = inside.start, inside[-1]
    cut = first > 0 and toks[first - 1].end == toks[first].start
    return (
        not cut
        and _english_name_start(toks, last) == first
        and toks[last].low in english_body_words(firm=True)
    )


def _person_read(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model PER as what it names: an ocean's name cut after its first word (`Samudera` +
    `Atlantik`), an English body's name run on (`Zoological Society of London`), a body's head or
    short name (`_retype`), or the person."""
    ocean = _ocean_after_its_word(ent, toks, text)
    return ocean if ocean is not ent else _retype(_english_body_person(ent, toks, text), toks)


def _article_senses(
    ents: list[Entity],
    toks: Sequence[Tok],
    text: str,
    person_spans: Sequence[Span],
    lower: frozenset[str],
    kinds: frozenset[str],
) -> list[Entity]:
    """The entities read against the rest of the article: a short name takes the sense of what
    it spells out (`KPTDP` a body, `DAU` no place), a `Kantor` in a title is the office, a
    place ending in a person's surname is that person, kinds and groups are no names."""
    spelled = _spelled_acronyms(toks)
    bodies, places = _acronym_senses(toks, ents, spelled)
    shorts, acting = _acting_places(ents, toks)
    bodies |= _bracketed_bodies(toks, ents) | shorts
    places |= _headed_places(toks, ents)
    ents = [
        _relabel(e, Label.ORG)
        if e.label == Label.LOC and (e.text in bodies or e.span in acting)
        else _relabel(e, Label.LOC)
        if e.label == Label.ORG and e.text in places
        else _office_after_title(e, toks)
        for e in ents
    ]
    unplaced = _unplaced_acronyms(toks, ents, spelled)
    surnames = _surnames(text, person_spans)
    return [
        e
        for e in ents
        if not _group_kind(e, toks, lower)
        and not _common_opener(e, toks, lower)
        and e.text not in kinds
        and not (e.label == Label.LOC and e.text in unplaced)
        and not _person_named(e, toks, surnames)
    ]


def _with_nation(ents: list[Entity], text: str) -> list[Entity]:
    """An ORG followed by the nation's name alone (`MPR RI`, `Telkom Indonesia`): the nation's
    name ends the body's name, as in `DPR RI` (GUIDELINES §6: an organisation named with its
    region is one ORG), not a place of its own."""
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == Label.ORG
            and ent.label == Label.LOC
            and ent.text.lower() in word_set("entities_nation.txt")
            and text[prev.span[1] : ent.span[0]] == " "
        ):
            out[-1] = Entity(text[prev.span[0] : ent.span[1]], Label.ORG.value, (prev.span[0], ent.span[1]))
            continue
        out.append(ent)
    return [_with_untagged_nation(e, text) for e in out]


def _with_untagged_nation(ent: Entity, text: str) -> Entity:
    """An ORG followed by the nation's name no one tagged (`Ombudsman RI`, `Kadin Indonesia`):
    the body's name with it, as `_with_nation` joins a tagged one."""
    last = ent.text.split()[-1] if ent.label == Label.ORG else ""
    ends = last in _LAST_WORDS or "." in last  # `PT Lippo Karawaci Tbk`, `VOI.ID`: the name is whole
    m = _NATION_AFTER.get().match(text, ent.span[1]) if last and not ends else None
    if m is None or m.group(1).lower() not in word_set("entities_nation.txt"):
        return ent
    return Entity(text[ent.span[0] : m.end()], Label.ORG.value, (ent.span[0], m.end()))


def _with_club_form(ents: list[Entity], toks: Sequence[Tok], text: str) -> list[Entity]:
    """A region's name written right before a club's form (`entities_club_forms.txt`) names the
    club with it: one ORG over both (`Malut United`, `Lampung FC`: GUIDELINES §6, clubs are
    organisations, and a name holding a region is one entity), whether the model tagged the
    region a LOC, the form alone an ORG, or both. A longer name run on from the form is left
    as found (`Bali United Training Center`)."""
    starts = {e.span[0] for e in ents}
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        start = _club_region_start(ent, prev, toks, text) if club_form(ent.text) else None
        form = _club_form_after(ent, toks, text) if start is None else None
        if start is not None:
            if prev is not None and prev.span[1] > start:
                out.pop()  # the region's LOC, now inside the club's name
            ent = Entity(text[start : ent.span[1]], Label.ORG.value, (start, ent.span[1]))
        elif form is not None and form.start not in starts:
            ent = Entity(text[ent.span[0] : form.end], Label.ORG.value, (ent.span[0], form.end))
        out.append(ent)
    return out


def _club_form_after(ent: Entity, toks: Sequence[Tok], text: str) -> Tok | None:
    """The club's form written one space after a LOC (None: none there)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or inside[-1] + 1 >= len(toks):
        return None
    form = toks[inside[-1] + 1]
    return form if club_form(form.text) and text[ent.span[1] : form.start] == " " else None


def _club_region_start(ent: Entity, prev: Entity | None, toks: Sequence[Tok], text: str) -> int | None:
    """Where the club's name opens before a form found alone (`United`): at the LOC ending one
    space before it, or at a one-word region's name there that no entity holds (None: neither)."""
    k = token_at(ent.span[0], toks)
    if not k or text[toks[k - 1].end : ent.span[0]] != " ":
        return None
    before = toks[k - 1]
    if prev is not None and prev.span[1] == before.end:
        return prev.span[0] if prev.label == Label.LOC else None
    if prev is not None and prev.span[1] > before.start:
        return None
    return before.start if region_len(toks, k - 1) == 1 else None


def _kin_orgs(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """A one-word LOC that is a known body's short name (`KAI`), or that opens an ORG of the same
    article (`Dewas` beside `Dewas KPK`, `DPRD` beside `DPRD Lampung Tengah`) and names no region:
    an ORG."""
    # an ORG's first word, shouted (`BPJN Lampung`) or before a known body's short name (`Dewas KPK`)
    openers = {
        words[0]
        for e in ents
        if e.label == Label.ORG
        and len(words := e.text.split()) > 1
        and (words[0].isupper() or words[1].lower() in org_acronyms())
    }
    out = []
    for e in ents:
        k = token_at(e.span[0], toks)
        one = e.label == Label.LOC and k is not None and _words_in(e, toks) == 1
        known = one and ((e.text.isupper() and e.text.lower() in org_acronyms()) or e.text in openers)
        region = known and region_len(toks, k, kecamatan=True) > 0
        out.append(_relabel(e, Label.ORG) if known and not region else e)
    return out


def _one_sense(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """One label per ORG/LOC surface in an article (`Unissula` the ORG in `Universitas Islam
    Sultan Agung (Unissula)` is an ORG wherever the model called it a place): a region's name
    is a LOC, else the label most mentions carry, the first mention's on a tie. A building acting
    as its body keeps its ORG and has no vote (`_building_acts`: `dari Gedung Putih` stays a place)."""
    labels: dict[str, list[str]] = {}
    firsts: dict[str, Entity] = {}  # each surface's first mention, whatever its label
    acting = {e.span for e in ents if e.label == Label.ORG and _building_acts(e, toks)}
    for e in ents:
        if e.span in acting:
            continue
        surface = e.text.casefold()
        firsts.setdefault(surface, e)
        if e.label != Label.PER:
            labels.setdefault(surface, []).append(e.label)
    chosen = {}
    for surface, seen in labels.items():
        if len(set(seen)) > 1:
            first = firsts[surface]
            k = token_at(first.span[0], toks)
            region = k is not None and region_len(toks, k, kecamatan=True) == len(
                tokens_inside(first.span, toks)
            )
            chosen[surface] = (
                Label.LOC if region else max(seen, key=lambda lab: (seen.count(lab), lab == seen[0]))
            )
    return [
        Entity(e.text, chosen[e.text.casefold()], e.span)
        if e.text.casefold() in chosen and e.span not in acting
        else e
        for e in ents
    ]


def _common_opener(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """A one-word ORG/LOC opening a sentence (or a LOC anywhere) that the same article also writes
    in lowercase (`Pelapor …` beside `pelapor`, `Rekrut …` beside `rekrut`): a common word
    capitalised by its place, no name; a region or a head is never one."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) != 1:
        return False
    k = inside.start
    tok = toks[k]
    # mid-sentence, a place the article also writes in lowercase is a common word capitalised in
    # a heading or a product's name (`Serum`, `Kiloliter` beside `serum`, `kiloliter`)
    return (
        (_opens_text(toks, k) or ent.label == Label.LOC)
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not tok.text.isupper()
        and (tok.low in lower or _imperative(tok.low) or _common_after_dash(toks, k))
        and match_head(toks, k) is None
        and not region_len(toks, k, kecamatan=True)
    )


def _common_after_dash(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens the text after a dash and is a common word (names_common_words.txt:
    `Kabar`, `Suatu`, `Muncul`) that is no listed body's short name (`Polri`, `Golkar`) and that
    the article never writes capitalised inside a sentence: no name, but a word capitalised by
    its place."""
    tok = toks[k]
    if not _after_dash(toks, k) or tok.low not in common_words() or _listed_short_name(tok):
        return False
    return not any(t.text == tok.text and j != k and not _opens_text(toks, j) for j, t in enumerate(toks))


def _imperative(word: str) -> bool:
    """A common word with the particle `-lah` (`Jawablah`, `Bacalah`: a command opening a
    sentence), lowercase."""
    stem = word.removesuffix("lah")
    return len(stem) >= 3 and stem != word and stem in common_words()
