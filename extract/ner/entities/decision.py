"""Organisation decisions learned from evidence (issue 12 items 4-5): is a final ORG a body?

`resolve_entities` keeps an organisation by its rules; this module reads what the article and
news-raw say of each distinct ORG surface (the model's label on its mentions, a body's head, the
shape and words of the name, a thing's or a body's noun before it, a speech verb after it, its
mentions, how news-raw writes its words) as a feature vector (`org_features`) and weighs it with a
logistic regression fitted on the annotated news-raw articles (`models/org-decision.json`, written
by ``warta train-orgs``: `extract.ner.orgs_train`). `decided_orgs` drops every mention of a
surface whose probability is under the fitted threshold, unless a rule vouches for it
(`org_vouched`: a body's head in it or a capitalised side's noun opening it, `Timnas Gabon`, an
outlet the page's rules name, a name with a body's words spelled out before its bracketed short
name, a mention written as a body: `vouching_spans`;
a company's mention without its legal form: `named_after_form`) or it is listed beside a sure
body. A dropped surface is dropped, never retyped: what the model or the rules did not call
a place stays none; officials, persons and quotes are made before this stage and name no
entity, so no record points at a dropped one.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ...learn import LOW_DECADES, LOWER_MIN, MENTIONS_CAP, SURE, load_weights, logistic, weights_places
from ...people.corpus import corpus_counts, name_counts
from ...people.decision import shares, thing_before
from ...people.names import listed_beside
from ...people.persons import lowercase_in
from ...records import Entity, EntityLabel, Official, Span, spans_overlap
from ...resources import load_lines
from ...text.patterns import LazyPattern, whole_words
from ...text.tokens import next_word_past_comma, prev_word
from ...text.words import club_form, english_body_words, folded, org_words, speech_verbs, word_set
from .bodies import apposed_names, city_teams, kind_named_names, ticker_bodies
from .kinds import _side_named
from .page import dateline_entities, outlet_entities
from .tokens import Tok, _company_form, match_head, region_len, token_at, tokens_inside
from .words import SENTENCE_ENDS, Head, _places, body_words_before

__all__ = ["FEATURES", "decided_orgs", "org_features", "org_groups"]

#: The fitted weights' file name under models/ (`warta train-orgs`); absent: every ORG is kept.
WEIGHTS_NAME = "org-decision.json"
#: Where `warta train-orgs` writes them: the checkout's models/.
WEIGHTS = Path(__file__).resolve().parents[3] / "models" / WEIGHTS_NAME
#: An environment variable naming another weights file, or ``none``: the decision off, every
#: final ORG kept (what ``warta train-orgs`` fits on).
WEIGHTS_ENV = "WARTA_ORG_WEIGHTS"

#: The features in the order of the weights (the first is the intercept).
FEATURES = (
    "bias",
    "model_org",
    "model_other",
    "head_loc",
    "one_word",
    "two_words",
    "long",
    "shouted",
    "digits",
    "given_share",
    "common_share",
    "english_share",
    "unknown_share",
    "lowercase_elsewhere",
    "mentions",
    "sentence_initial",
    "thing_before",
    "body_before",
    "speaks",
    "bracketed",
    "in_title",
    "body_word",
    "place_word",
    "corpus_lowercase_max",
    "corpus_lowercase_mean",
    "corpus_entity_articles",
    "corpus_person_share",
)

#: Words from which a name is long (a body's full name: `Dinas Pekerjaan Umum Kabupaten Bogor`).
_LONG_WORDS = 4
#: Articles holding a name as an ORG or LOC at which its feature saturates (10^2).
_ENTITY_DECADES = 2


#: Head kinds that open no name of their own (a joining word, a stop, a word that is no name).
_NO_HEADS = (Head.STOP, Head.JOIN, Head.NOT)


def org_groups(entities: Sequence[Entity]) -> dict[str, list[Entity]]:
    """The final ORG entities by their folded surface: one decision a surface, as the scorer
    counts one organisation a distinct surface."""
    out: dict[str, list[Entity]] = {}
    for e in entities:
        if e.label == EntityLabel.ORG and folded(e.text):
            out.setdefault(folded(e.text), []).append(e)
    return out


def _head(toks: Sequence[Tok], start: int) -> EntityLabel | None:
    """The label of the head word opening the name at ``start`` (`Dinas`, `Biro`, `PT`: ORG;
    `Desa`, `Jalan`: LOC; None: no head)."""
    k = token_at(start, toks)
    found = match_head(toks, k) if k is not None else None
    return found[1] if found is not None and found[2] not in _NO_HEADS else None


def _corpus(name: str) -> list[float]:
    """How news-raw writes the name: the largest and the mean share of its words' lowercase use
    (log-scaled article counts), how many articles hold it as a whole ORG or LOC (log-scaled),
    and the share of those holding it as a person's name (one half when none does)."""
    low_max, low_mean, per, other = name_counts(name, LOW_DECADES)
    return [
        low_max,
        low_mean,
        min(1.0, math.log10(1 + other) / _ENTITY_DECADES),
        per / (per + other) if per + other else 0.5,
    ]


@cache
def _speaking_words() -> frozenset[str]:
    """The speech verbs and `menurut`: a body beside one speaks (`_speaks`), and a name after one
    opens a clause, no list (`_list_goes_on`)."""
    return speech_verbs() | {"menurut"}


def _speaks(text: str, spans: Sequence[Span]) -> bool:
    """A speech verb right after a mention (`BMKG mengatakan`) or before it (`kata Polri`,
    `menurut Kemenkes`): the body speaks."""
    verbs = _speaking_words()
    return any(
        next_word_past_comma(text, e).lower() in verbs or prev_word(text, s).lower() in verbs
        for s, e in spans
    )


def _body_word_before(text: str, start: int) -> bool:
    """A body's lowercase noun (`body_words_before`: `klub`, `perusahaan`, `pihak`, `organisasi`)
    or two-word cue (`juru bicara`, `kantor berita`) right before ``start``."""
    one = prev_word(text, start)
    two = prev_word(text, start - len(one) - 1) if one else ""
    cues = body_words_before()
    return one.lower() in cues or f"{two} {one}".lower() in cues


def _written_as_body(text: str, ent: Entity) -> bool:
    """A mention the article writes as a body: after a body's noun (`_body_word_before`: `kiper klub
    Bayern München`, `kata juru bicara Toshiba`), or beside a speech verb (`_speaks`: `Departemen
    Kepolisian New York mengatakan`, `menurut Walhi`) when its words read as no person's (no given
    name: `shares`; news-raw never holds it as a person: `corpus_counts`), since persons the model
    tagged ORG speak too (`kata Luigi Dall'igna`)."""
    if _body_word_before(text, ent.span[0]):
        return True
    if not _speaks(text, [ent.span]) or shares(ent.text.split())[0] > 0:
        return False
    return not corpus_counts()["per"].get(" ".join(ent.text.lower().split()), 0)


def _in_title(key: str, officials: Sequence[Official]) -> bool:
    """The folded name as whole words of an official's title (`Dinas Pendidikan` in `Kepala Dinas
    Pendidikan`; `Misa` not in `Komisaris Utama`, `Uber` not in `Gubernur`)."""
    return any(next(whole_words(folded(o.title), key), None) is not None for o in officials if o.title)


def _bracketed(text: str, spans: Sequence[Span]) -> bool:
    """A mention in brackets (`Badan Gizi Nasional (BGN)`) or one a bracket follows (`BGN (Badan
    …)`): a short name spelled out beside its body."""
    return any(text[s - 1 : s] == "(" or text[e : e + 2] == " (" for s, e in spans)


#: A bracketed short name right after a name: capitals, digits or a hyphen (`(APD)`, `(DKP3)`).
_SHORT_AFTER = LazyPattern(r" \((?=[A-Z])[A-Za-z0-9-]{2,12}\)")


def vouching_spans(
    text: str, toks: Sequence[Tok], dateline: Any, entities: Sequence[Entity]
) -> frozenset[Span]:
    """The ORG spans a rule vouches for: the outlets the page's rules name (the dateline's outlet,
    `bangkapos.com`, `Antara`: `dateline_entities`, `outlet_entities`), and a name spelled out
    right before its bracketed short name, itself an ORG (`Centre for Maritime and Coastal Policy
    (CMCP)`) and named a body by its own words (`_body_named`), or opened by an organisation's
    word (`Akademi Pemilu dan Demokrasi (APD)`: `org_words`): the rules read the pair as one body;
    and a mention the article writes as a body (`_written_as_body`: `klub Bayern München`, `juru
    bicara Toshiba`, `Departemen Kepolisian New York mengatakan`), unless it is a word of a
    person's name in the article (`Dall'igna` of `Luigi Dall'igna`).
    A programme's or a survey's name before its short one (`Survei Sosial Ekonomi Nasional
    (Susenas)`: GUIDELINES §6) is weighed as any name."""
    found = dateline_entities(text, dateline) + outlet_entities(text, toks)
    out = {e.span for e in found if e.label == EntityLabel.ORG}
    persons = [folded(e.text) for e in entities if e.label == EntityLabel.PER]
    out.update(
        e.span
        for e in entities
        if e.label == EntityLabel.ORG
        and _written_as_body(text, e)
        and not any(next(whole_words(p, folded(e.text)), None) for p in persons)
    )
    starts = {e.span[0] for e in entities if e.label == EntityLabel.ORG}
    out.update(
        e.span
        for e in entities
        if e.label == EntityLabel.ORG
        and _SHORT_AFTER.get().match(text, e.span[1])
        and ((e.span[1] + 2 in starts and _body_named(e, toks)) or e.text.split()[0].lower() in org_words())
    )
    named = apposed_names(entities, toks) + kind_named_names(toks, entities)
    out.update((toks[name[0]].start, toks[name[-1]].end) for name in named)
    out.update(city_teams(entities, toks, text))
    persons = {e.span[0] for e in entities if e.label == EntityLabel.PER}
    out.update(e.span for e in ticker_bodies(text, toks, persons))
    return frozenset(out)


def _body_named(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A name holding a body's head (`Perhimpunan`, `PT`: `_holds_body_head`), an organisation's
    word (`org_words`), an English body word or a club's form (`Centre`, `Institute`, `Group`)."""
    if _holds_body_head(ent, toks):
        return True
    return any(
        w.lower() in org_words() or w.lower() in english_body_words() or club_form(w)
        for w in ent.text.split()
    )


def org_vouched(group: Sequence[Entity], toks: Sequence[Tok], vouching: frozenset[Span]) -> bool:
    """Whether a rule vouches for the surface, whatever the weights say: one of its mentions is
    vouched for (``vouching``: `vouching_spans`), or holds a body's head (`Dinas`, `Biro`, `PT`,
    `Sub Denpom`: `_head`) or opens with a capitalised side's noun that is an organisation's word
    (`Timnas`, `Tim`) before a further word (`Timnas Gabon`, `Tim Penggerak PKK`:
    `kinds._side_named`; a lowercase `timnas Gabon` is weighed), and ends in no event's word
    (`Dinas Kesehatan Award`, `Universitas Terbuka Expo`: a body's event, weighed as any name:
    `_body_event`)."""
    return any(
        e.span in vouching or (not _body_event(e.text) and _body_named_by_word(e, toks)) for e in group
    )


def _body_named_by_word(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A body's head stands in the mention (`_holds_body_head`) or a side's noun opens it before
    the side's name (`kinds._side_named`)."""
    return _holds_body_head(ent, toks) or _side_named(toks, tokens_inside(ent.span, toks))


def _holds_body_head(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A body's head stands in the mention (`Dinas`, `PT`, `Sub Denpom`: `_head`)."""
    return any(_head(toks, toks[k].start) is EntityLabel.ORG for k in tokens_inside(ent.span, toks))


def named_after_form(toks: Sequence[Tok], entities: Sequence[Entity]) -> frozenset[str]:
    """Folded names the article also writes as an ORG after a company's legal form (`PT Jasa
    Raharja` … `Jasa Raharja`, `Perum Bulog` … `Bulog`): the same company, vouched by its form
    as the full name is (`org_vouched`)."""
    names = set()
    for e in entities:
        inside = list(tokens_inside(e.span, toks))
        if e.label == EntityLabel.ORG and len(inside) > 1 and _company_form(toks[inside[0]]):
            names.add(folded(e.text[toks[inside[1]].start - e.span[0] :]))
    return frozenset(names)


@cache
def _known_clubs() -> frozenset[str]:
    """The listed clubs' names folded (`folded`: `Rot-Weiß` and `Rot-Weiss` one key)."""
    return frozenset(folded(n) for n in load_lines("entities_known_clubs.txt"))


def _known_club(key: str) -> bool:
    """A club's name, folded (``key``), of two words or more that the openfootball club register lists and no
    evidence outside warta's output reads as a place (entities_known_clubs.txt: `Crystal Palace`,
    `Sporting CP`, `Stoke City`; not the register's towns, `Le Havre`, `West Bromwich`): a body's
    name (GUIDELINES §6), read as the `body_word` feature is, like a club's form in it. News tune's
    1,000 articles: of the surfaces the decision dropped, the list holds 11 annotated clubs and none
    of the 363 dropped rightly; over news-raw's 256 lines writing a listed name it gains 48
    organisations, 47 clubs and 1 wrong (`Forest Green`, a phone's colour), and loses none; a
    lone capitals name (`PSV`) or a one-word name is no list entry (the register's short names are
    towns', words' and persons' as often)."""
    return key in _known_clubs()


def _body_event(name: str) -> bool:
    """A name whose last word names an event (`entities_events.txt`: `Award`, `Expo`, `Cup`,
    `Festival`): what a body holds, not the body, though the body's head opens it."""
    words = name.split()
    return bool(words) and words[-1].lower() in word_set("entities_events.txt")


def org_features(
    text: str,
    toks: Sequence[Tok],
    group: Sequence[Entity],
    model: Sequence[Entity],
    officials: Sequence[Official],
) -> list[float]:
    """The `FEATURES` of one ORG surface (``group``: its entities in the article), each in [0, 1];
    ``model`` the model's vetted entities, ``toks`` the entity layer's tokens."""
    spans = [e.span for e in group]
    name = group[0].text
    words = name.split()
    org = [e.span for e in model if e.label == EntityLabel.ORG]
    other = [e.span for e in model if e.label != EntityLabel.ORG]
    head = _head(toks, spans[0][0])
    given, _, common, english, unknown = shares(words)
    initial = [
        s == 0 or (k := token_at(s, toks)) is None or k == 0 or toks[k - 1].text in SENTENCE_ENDS
        for s, _ in spans
    ]
    key = folded(name)
    return [
        1.0,
        sum(any(spans_overlap(sp, q) for q in org) for sp in spans) / len(spans),
        float(any(spans_overlap(sp, q) for sp in spans for q in other)),
        float(head is EntityLabel.LOC),
        float(len(words) == 1),
        float(len(words) == 2),
        float(len(words) >= _LONG_WORDS),
        float(any(w.isupper() and len(w) > 1 for w in words)),
        float(any(c.isdigit() for c in name)),
        given,
        common,
        english,
        unknown,
        float(any(len(w) >= LOWER_MIN and not w.isupper() and lowercase_in(text, w) for w in words)),
        min(len(spans), MENTIONS_CAP) / MENTIONS_CAP,
        float(all(initial)),
        float(bool(words) and thing_before(text, spans, words[0])),
        float(any(_body_word_before(text, s) for s, _ in spans)),
        float(_speaks(text, spans)),
        float(_bracketed(text, spans)),
        float(_in_title(key, officials)),
        float(any(w.lower() in english_body_words() or club_form(w) for w in words) or _known_club(key)),
        float(any(w.lower() in _places() for w in words)),
        *_corpus(name),
    ]


_LOG = logging.getLogger(__name__)


@cache
def _weights() -> tuple[tuple[float, ...], float] | None:
    """The fitted coefficients and threshold, checked once, from the file `WEIGHTS_ENV` names or
    the checkout's (else a wheel's data files); None with ``WEIGHTS_ENV=none`` or without a file."""
    return load_weights(WEIGHTS_ENV, weights_places(WEIGHTS, WEIGHTS_NAME), FEATURES, "organisation", _LOG)


def decided_orgs(
    text: str,
    toks: Sequence[Tok],
    entities: Sequence[Entity],
    model: Sequence[Entity],
    officials: Sequence[Official],
    dateline: Any = None,
) -> list[Entity]:
    """The final entities without the ORG surfaces the fitted weights read as no body (all of
    them kept without weights); ``model`` the model's vetted entities. A vouched surface
    (`org_vouched`) stays, and so does one listed beside a sure one (`_in_list`) and a kept one's
    name with its region (`_kept_body_with_region`)."""
    weights = _weights()
    if weights is None:
        return list(entities)
    coef, threshold = weights
    vouching = vouching_spans(text, toks, dateline, entities)
    groups = org_groups(entities)
    formed = named_after_form(toks, entities)
    probs = {
        key: 1.0
        if key in formed or org_vouched(group, toks, vouching)
        else logistic(coef, org_features(text, toks, group, model, officials))
        for key, group in groups.items()
    }
    sure = [e.span for key, group in groups.items() if probs[key] >= SURE for e in group]
    kept = {key for key, p in probs.items() if p >= threshold}
    dropped = {
        key
        for key, group in groups.items()
        if probs[key] < threshold
        and not _in_list(text, [e.span for e in group], sure)
        and not _kept_body_with_region(text, toks, group, kept)
    }
    return [e for e in entities if e.label != EntityLabel.ORG or folded(e.text) not in dropped]


def _kept_body_with_region(text: str, toks: Sequence[Tok], group: Sequence[Entity], kept: set[str]) -> bool:
    """A surface that is a kept surface (``kept``: folded) and a region's or a district's name after
    it (`region_len`: `DKPTPH Lampung Tengah` beside a kept `DKPTPH`, `KSOP Gresik` beside `KSOP`):
    the body named with its region, one ORG (GUIDELINES §6), kept as the body is. News tune: 19
    such surfaces reach the decision, 18 listed organisations (the one dropped among them listed
    too); the one not listed, a dealer named after its maker and city, weighs over the threshold.
    News-raw 0-3999: 1 kept more, right (`Samsat Kotaagung` beside `Samsat Pringsewu`)."""
    for e in group:
        inside = list(tokens_inside(e.span, toks))
        # the region after a word of the body's name; that word may be a token's tail when the name
        # opens inside a word glued by a slash (`DPRD/DKPTPH Lampung Tengah`: one token, `DPRD/DKPTPH`)
        for k in (k for k in inside if toks[k].start > e.span[0]):
            if region_len(toks, k, kecamatan=True) == inside[-1] - k + 1:
                if folded(text[e.span[0] : toks[k - 1].end]) in kept:
                    return True
                break
    return False


#: What joins two bodies of one list: a slash, a comma, `dan` or `&`, after a bracketed aside that
#: closes the first (`SD Negeri 1 (120 murid), SD Negeri 2`).
_ORG_LIST_GAP = LazyPattern(r"\s*(?:\([^()]{1,40}\)\s*)?(?:/|,|,? dan|&)\s*")
#: A bare comma between two names (past a bracketed aside): a list's joint only where the list
#: goes on (`_in_list`), else a clause's comma (`Menurut BPBD, Starry Night …`).
_COMMA_GAP = LazyPattern(r"\s*(?:\([^()]{1,40}\)\s*)?,\s*")
#: What goes on after a list's item (a comma, `dan`, `serta`, `&`, a slash) or comes before one.
_LIST_ON = LazyPattern(r"\s*(?:\([^()]{1,40}\)\s*)?(?:/|,|,? dan\b|,? serta\b|&)")
_LIST_BEFORE = LazyPattern(r"(?:,|\bdan|\bserta|&|/)\s*$")


def _in_list(text: str, spans: Sequence[Span], sure: Sequence[Span]) -> bool:
    """`PT Sinar Abadi, Keripik Maju Rasa, dan …`, `Polri dan Shopee`: a mention joined to a sure
    body's by `_ORG_LIST_GAP` (`listed_beside`), a bare comma only inside a real list: another
    item joined before the first or after the second, the first after no speech cue (`Menurut
    Polri, Shopee Live dipakai …`, `kata BPBD, …`: a clause's comma, no list)."""
    for s, e in spans:
        for a, b in sure:
            pair = ((s, e), (a, b)) if a >= e else ((a, b), (s, e)) if b <= s else None
            if pair is None or not listed_beside(text, [(s, e)], [(a, b)], _ORG_LIST_GAP):
                continue
            (s1, e1), (s2, e2) = pair
            if not _COMMA_GAP.get().fullmatch(text, e1, s2) or _list_goes_on(text, s1, e2):
                return True
    return False


def _list_goes_on(text: str, start: int, end: int) -> bool:
    """Two names joined by a comma (``start``..``end``) are items of a list: one more joins after
    them (`, `, `dan`, `&`) or one before them (`…, Polri, Shopee`), and no speech cue stands
    before the first (`Menurut Polri, Shopee Live …`, `kata BPBD, …`)."""
    if prev_word(text, start).lower() in _speaking_words():
        return False
    return bool(_LIST_ON.get().match(text, end) or _LIST_BEFORE.get().search(text, max(0, start - 8), start))
