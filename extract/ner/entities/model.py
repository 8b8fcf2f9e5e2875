"""Repair of the model's spans by a person or a title inside them, and their label.

A model ORG/LOC cut before the first person's name in it, without the position title that
opens it (`Kapolres Badung` -> `Badung`), split into one place per administrative level, and
relabelled ORG when an organisation's head, an English word for a body
(`entities_english_bodies.txt`) or a known body's short name opens or ends it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from ...people.lexicon import role_words
from ...records import Entity, Span
from ...records import EntityLabel as Label
from ...text.words import WordClass as W
from ...text.words import (
    club_formed,
    english_body_words,
    given_names,
    org_acronyms,
    org_words,
    word_class,
    word_set,
)
from .shortnames import _heads_body, _listed_short_name
from .tokens import (
    Tok,
    _entity,
    _is_acronym_head,
    _listed_name,
    _words_in,
    match_head,
    region_len,
    title_len,
    token_at,
    tokens,
    tokens_inside,
)
from .words import MAX_TITLE_WORDS, Head, _name_elements, _titles, country_or_region

# --------------------------------------------------------------------------- the repairs


def _cut_at_person(ent: Entity, person_spans: Sequence[Span]) -> Entity | None:
    """An ORG/LOC ending before the first person's name inside it; None when it starts with one."""
    start, end = ent.span
    for p_start, p_end in person_spans:
        if p_start < end and p_end > start:
            if p_start <= start:
                return None
            end = min(end, p_start)
    if end == ent.span[1]:
        return ent
    cut = _entity(ent.text[: end - start], ent.label, start)
    while cut is not None and cut.text.rsplit(" ", 1)[-1].strip(".").lower() in _name_elements():
        if " " not in cut.text:
            return None  # `Bung Karno`: a form of address alone names nothing
        cut = _entity(cut.text.rsplit(" ", 1)[0], ent.label, start)  # `Bupati Bone dr.` before the name
    return cut


def _region_before_person(ent: Entity, toks: Sequence[Tok], person_spans: Sequence[Span]) -> Entity:
    """A model LOC opening with a listed region's whole name, its last words capitalised ones
    right before a person's name (`Gubernur NTB Lalu Muhamad Iqbal`: `Lalu` is the Sasak
    title of the governor's name): the region alone."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) < 2 or not any(a == ent.span[1] + 1 for a, _ in person_spans):
        return ent
    n = region_len(toks, inside[0])
    if not 0 < n < len(inside) or not all(toks[k].text[:1].isupper() for k in inside[n:]):
        return ent
    end = toks[inside[0] + n - 1].end
    return Entity(ent.text[: end - ent.span[0]], ent.label, (ent.span[0], end))


def _strip_title(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """An entity without the position title that opens it (`Kapolres Badung` -> `Badung`),
    and a LOC without an administrative word that ends a title before it (`Wali Kota X` -> `X`)."""
    inside = [toks[k] for k in tokens_inside(ent.span, toks)]
    if not inside:
        return ent
    first = tokens_inside(ent.span, toks).start
    before = first - 1
    if ent.label == Label.LOC and before >= 0 and title_len(toks, before) == 2:
        first += 1  # `Wali` + `Kota …`: the title ends inside the span
    while first < len(toks) and toks[first].end <= ent.span[1] and title_len(toks, first):
        if ent.label == Label.ORG and _heads_body(toks, first):
            break  # `Tim Percepatan …`: a word both a title and a body's head opens the body
        first += title_len(toks, first)
    if first >= len(toks) or toks[first].start >= ent.span[1]:
        return None
    if toks[first].start == ent.span[0]:
        return ent
    stripped = _entity(text[toks[first].start : ent.span[1]], ent.label, toks[first].start)
    head = match_head(toks, first)
    return stripped if head is None or stripped is None else _relabel(stripped, head[1])


def _past_title_unit(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model ORG opened by a unit's head inside or right after a position title (`Kepala Bidang
    Peternakan`, `Kabid Humas`, `Kepala Seksi Kedaruratan BPBD Lambar`), or by the unit's name
    after a title that ends in the unit's head (`Peternakan` once `Kepala Bidang` is stripped):
    the unit is the title's (GUIDELINES §6: in `Kabid PIP Diskominfo Kota Palangka Raya` only
    the office is an ORG). The span starts at the body named after the unit, by its head or a
    listed short name (`Kasat Resmob Bareskrim Polri`), and names no organisation without one.
    A model LOC there is the unit's field too (`Kepala Bidang Hortikultura`), unless a place's
    head or a listed region opens a word of it."""
    inside = tokens_inside(ent.span, toks)
    if ent.label not in (Label.ORG, Label.LOC) or not inside:
        return ent
    k = inside.start
    head = match_head(toks, k)
    before = match_head(toks, k - 1) if k > 0 else None
    if head is not None and head[2] is Head.UNIT:
        first = k + head[0]
    elif before is not None and before[2] is Head.UNIT and before[0] == 1:
        first = k  # the unit's head is the title's last word
    else:
        return ent
    if not any(title_len(toks, j) >= k - j for j in range(max(0, k - MAX_TITLE_WORDS), k)):
        return ent
    if ent.label == Label.LOC:
        return ent if _placed(toks, range(first, inside.stop)) else None
    for j in range(first, inside.stop):
        if _heads_body(toks, j) or toks[j].low in org_acronyms() or _listed_short_name(toks[j]):
            return _entity(text[toks[j].start : ent.span[1]], ent.label, toks[j].start)
    return None


def _title_unit_conjunct(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model ORG with no head right after `dan` or a comma that joins the words of a unit named
    after a position title (`Kadis Perpustakaan dan Kearsipan Lambar`): the last part of the
    title's unit, no body; a region that ends it stays a LOC. A body's head or noun or a region
    between the title and `dan` ends the title (`Bupati Lampung Barat dan Seven Media Asia`,
    `Ketua Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional`). A model LOC there is
    the unit's last field too (`Kabid Tanaman Pangan dan Hortikultura`), after a title whose
    holder is named by no place (`Kades Sukamaju dan Sidomulyo` are two villages), unless a
    place's head or a listed region opens it (`tim NFL, New York Giants`); a listed region
    after the field's word is the unit's region (`dan Holtikultura Lamteng` -> `Lamteng`)."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label not in (Label.ORG, Label.LOC)
        or not inside
        or inside.start < 3
        or match_head(toks, inside.start)
    ):
        return ent
    k = inside.start
    if not _and_or_comma(toks[k - 1]) or toks[k].low in org_acronyms():
        return ent
    j = k - 2
    while j >= max(0, k - 2 - 2 * MAX_TITLE_WORDS) and title_len(toks, j) == 0:
        if not (toks[j].text[:1].isupper() or _and_or_comma(toks[j])) or _names_body_or_region(toks, j):
            return ent
        j -= 1
    if j < 0 or title_len(toks, j) == 0 or j + title_len(toks, j) >= k - 1:
        return ent
    if ent.label == Label.LOC and (_place_holder_title(toks, j) or _placed(toks, range(k, k + 1))):
        return ent
    for r in inside:
        if region_len(toks, r) == inside.stop - r:
            return _entity(text[toks[r].start : ent.span[1]], Label.LOC, toks[r].start)
    return None


def _placed(toks: Sequence[Tok], words: range) -> bool:
    """A place's head or a listed region opens one of ``words`` (`Desa Sukamaju`, the `New York`
    of `New York Giants`): a model LOC there is no unit's field word (`Hortikultura`)."""
    return any(match_head(toks, j) is not None or region_len(toks, j) for j in words)


def _place_holder_title(toks: Sequence[Tok], j: int) -> bool:
    """The title at ``j`` is held over a place named after it (people_roles.txt's village_head,
    kecamatan_head and personal_head: `Kades`, `Camat`, `Bupati`)."""
    title = " ".join(t.low for t in toks[j : j + title_len(toks, j)])
    return title in role_words("village_head") | role_words("kecamatan_head") | role_words("personal_head")


def _names_body_or_region(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` heads a body's name, is an organisation's noun (`Komite`) or starts a
    listed region's."""
    return _heads_body(toks, k) or toks[k].low in org_words() or region_len(toks, k) > 0


def _relabel(ent: Entity, label: Label) -> Entity:
    return Entity(ent.text, label.value, ent.span)


def _split_levels(ent: Entity, toks: Sequence[Tok]) -> list[Entity]:
    """A model LOC holding several administrative levels as one place per level
    (`Desa Palangan Kecamatan Jangkar`); a level right after a facility head stays in it."""
    if ent.label != Label.LOC:
        return [ent]
    inside = list(tokens_inside(ent.span, toks))
    if not inside:
        return [ent]
    cuts = [inside[0]]
    for k in inside[1:]:
        head = match_head(toks, k)
        prev = match_head(toks, k - 1) if k - 1 >= 0 else None
        if head is not None and head[2] is Head.ADMIN and not (prev is not None and prev[2] is Head.FACILITY):
            cuts.append(k)
    if len(cuts) == 1:
        return [ent]
    bounds = [*cuts, inside[-1] + 1]
    out = []
    for a, b in itertools.pairwise(bounds):
        s, e = toks[a].start, toks[b - 1].end
        out.append(_entity(ent.text[s - ent.span[0] : e - ent.span[0]], ent.label, s))
    return out


def _retype(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """A model entity whose first word is an organisation head is an ORG (`Universitas Lampung`
    tagged LOC), one opened by a place head a LOC, one that is a region's name or a listed ocean or
    continent a LOC (`Kutai Kartanegara`, `Samudera Pasifik` tagged ORG); None for one opened by a
    no-entity head (`Perwali …`)."""
    first = token_at(ent.span[0], toks)
    head = match_head(toks, first) if first is not None else None
    if head is not None and head[2] is Head.NOT:
        return None
    opened = head is not None and head[2] is not Head.JOIN  # `The Meru Hotel` opens with no head
    if not opened and ent.label in (Label.PER, Label.ORG) and _lodging_named(ent, toks):
        return _relabel(ent, Label.LOC)  # `Chandra Inn Hotel`, `Samudera Villas`: the lodging
    if ent.label == Label.PER:
        acronym = head is not None and head[1] is Label.ORG and _is_acronym_head(toks[first])
        # `Disperinnaker` is no person, nor a unit of a known body (`Puslabfor Bareskrim Polri`);
        # `Ganda Putra PBSI`, `anggota Board FIBA`: the body's short name alone is the ORG
        if acronym or _of_known_body(ent, toks):
            return _relabel(ent, Label.ORG)
        return _known_body_alone(ent, toks) or ent
    if ent.label == Label.LOC and club_formed(ent.text):
        return _relabel(ent, Label.ORG)  # `RB Leipzig` tagged LOC: the club
    if head is None and first is not None and region_len(toks, first, kecamatan=True) == _words_in(ent, toks):
        return _relabel(ent, Label.LOC)
    if (
        head is None
        and ent.label == Label.ORG
        and (_venue_after_di(ent, toks) or _addressed_after_di(ent, toks))
    ):
        return _relabel(ent, Label.LOC)
    if head is None and ent.label == Label.ORG and _toll_gate(ent, toks):
        return _toll_gate_place(ent, toks)
    english = _english_body(ent) and not country_or_region(ent.text)  # `Soviet Union`: a country
    if head is None and ent.label == Label.LOC and (english or _coined_name(ent)):
        return _relabel(ent, Label.ORG)
    if ent.label == Label.ORG and ent.text.lower() in word_set("entities_oceans.txt"):
        return _relabel(ent, Label.LOC)  # `Samudera Pasifik`, `Benua Afrika` tagged ORG
    if head is None or head[2] in (Head.STOP, Head.JOIN, Head.UNIT) or head[1].value == ent.label:
        return ent
    return _relabel(ent, head[1])


def _english_body(ent: Entity) -> bool:
    """A name of two words or more opened or closed by an English word for a body, or holding
    one before `of` (entities_english_bodies.txt: `University of Colorado`, `Ohio State
    University`, `Singtel Group`, `Massachusetts Institute of Technology`): the body, no place."""
    words = ent.text.replace(".", "").lower().split()
    bodies = english_body_words()
    before_of = any(w in bodies and after == "of" for w, after in itertools.pairwise(words))
    return len(words) > 1 and (words[0] in bodies or words[-1] in bodies or before_of)


#: One word of two glued: a capitalised word of three letters or more, then a capitalised word or
#: one or two capitals (`OpenAI`, `SpaceX`, `BlackRock`, `TelkoMedika`); not `RjU`, `SubspOBK`,
#: `MotoGPPrancis`, `BayarNoRibet`.
_COINED = regex.compile(r"(\p{Lu}\p{Ll}{2,})(\p{Lu}(?:\p{Ll}+|\p{Lu}?))")


def _coined_name(ent: Entity) -> bool:
    """A one-word name coined of two words glued, the second capitalised (`OpenAI`, `SpaceX`,
    `BlackRock`): a firm's or a brand's name, no place (GUIDELINES §6). Two words of a listed
    name written glued stay the place (`BandarLampung`, `JawaTimur`), and so does a venue coined
    with its English venue word (`BayArena`: entities_facility_tails.txt); a glued head or event
    word is a typo of two words (`KantorKampung`, `CatalanGP`)."""
    m = _COINED.fullmatch(ent.text)
    if m is None or _listed_name(list(m.groups())):
        return False
    second = m[2].lower()
    typo = second in word_set("entities_events.txt") or match_head(tokens(f"{m[1]} {m[2]}"), 0) is not None
    return not typo and second not in word_set("entities_facility_tails.txt")


def _venue_after_di(ent: Entity, toks: Sequence[Tok]) -> bool:
    """Right after `di`, a name ending in an English venue word (`di APM Equestrian Centre`,
    `di Islamic Center`): a facility, the place the news happens in (GUIDELINES §6)."""
    inside = tokens_inside(ent.span, toks)
    return (
        len(inside) > 1
        and inside.start > 0
        and toks[inside.start - 1].text == "di"
        and toks[inside[-1]].low in word_set("entities_facility_tails.txt")
    )


def _addressed_after_di(ent: Entity, toks: Sequence[Tok]) -> bool:
    """Right after `di`, a name of title-cased words that a comma and a listed region's or
    country's name follow (`di Arthayasa Stable, Cinere, Depok`, `di Forum Horsens, Denmark`):
    the venue and its address, the place the news happens in (GUIDELINES §6); a word in
    capitals (a body's short name: `di BPS, Jakarta`), an English body's word (`di University of
    Leeds, Inggris`), a body's word (`di Bank Mandiri, Jakarta`) and a club's form keep the
    body, and so does a verb of working or studying in the clause before `di` (`bekerja di
    Tokopedia, Jakarta`, `bekerja sebagai staf di Tokopedia, Jakarta`: the firm one works at;
    `_worked_at`)."""
    inside = tokens_inside(ent.span, toks)
    after = inside.stop if inside else 0
    return (
        len(inside) > 0
        and inside.start > 0
        and toks[inside.start - 1].text == "di"
        and not _worked_at(toks, inside.start - 1)
        and not any(toks[k].low in org_words() for k in inside)
        and all(_title_cased_word(toks[k]) for k in inside)
        and after + 1 < len(toks)
        and toks[after].text == ","
        and region_len(toks, after + 1, kecamatan=True) > 0
        and not _english_body(ent)
        and not club_formed(ent.text)
    )


#: Words a verb of working may stand before `di` in its clause (`bekerja sebagai staf senior
#: di`: the verb, `sebagai`, a post of two words); further back it is another clause's verb.
_WORKPLACE_WINDOW = 4


def _worked_at(toks: Sequence[Tok], k: int) -> bool:
    """A verb of working or studying (entities_workplace_verbs.txt) within
    ``_WORKPLACE_WINDOW`` lowercase words before the `di` at token ``k``, no punctuation or
    capitalised word between (`bekerja sebagai staf di`, `kuliah di`)."""
    for j in range(k - 1, max(-1, k - 1 - _WORKPLACE_WINDOW), -1):
        if toks[j].low in word_set("entities_workplace_verbs.txt"):
            return True
        if not toks[j].text.isalpha() or not toks[j].text.islower():
            return False
    return False


#: Marks that may stand inside a title-cased word between its letters (`Sa'dan`, `Ma’rang`).
_INNER_MARKS = str.maketrans("", "", "'’-")


def _title_cased_word(tok: Tok) -> bool:
    """A word written in title case: a capital, then lowercase letters, an apostrophe or a hyphen
    between them (`Stable`, `Horsens`, `Sa'dan`)."""
    rest = tok.text[1:]
    return (
        tok.text[:1].isupper()
        and rest.islower()
        and rest[-1:].isalpha()
        and rest.translate(_INNER_MARKS).isalpha()
    )


#: The short form of `Gerbang Tol` that opens a toll gate's name (`GT Cikupa`, `GT Kisaran`).
_TOLL_GATE = "GT"
#: The word for a vehicle class in toll tariffs (`Golongan I`), never part of a gate's name.
_VEHICLE_CLASS = "Golongan"


def _toll_gate(ent: Entity, toks: Sequence[Tok]) -> bool:
    """`GT` and a capitalised name (`GT Cikupa`, `GT Pangkalan Brandan`) in an article that writes
    the word `tol` (`Gerbang Tol`, `jalan tol`, `tarif tol`): the toll gate, a place (GUIDELINES
    §6), not a body; without `tol` in the article `GT` is another thing's (`GT Radial`, a brand)."""
    inside = tokens_inside(ent.span, toks)
    return (
        len(inside) > 1
        and toks[inside.start].text == _TOLL_GATE
        and toks[inside.start + 1].capital
        and any(t.low == "tol" for t in toks)
    )


def _toll_gate_place(ent: Entity, toks: Sequence[Tok]) -> Entity:
    """The toll gate as a LOC, ending before the vehicle class a tariff list writes after it
    (`GT Kisaran Golongan I: Rp26.000` -> `GT Kisaran`)."""
    inside = tokens_inside(ent.span, toks)
    cut = next((k for k in inside[2:] if toks[k].text == _VEHICLE_CLASS), None)
    if cut is None:
        return _relabel(ent, Label.LOC)
    return _entity(ent.text[: toks[cut].start - ent.span[0]], Label.LOC.value, ent.span[0]) or ent


def _lodging_named(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A name of two words or more ending in a word for lodging (`Chandra Inn Hotel`, `Samudera
    Villas`, `Leaf Boutique Resort`: entities_lodging_tails.txt): the hotel, a place (GUIDELINES
    §6), whether the model read a body or a person."""
    inside = tokens_inside(ent.span, toks)
    return len(inside) > 1 and toks[inside[-1]].low in word_set("entities_lodging_tails.txt")


def _of_known_body(ent: Entity, toks: Sequence[Tok]) -> bool:
    """Two or more words ending in a known body's short name that names no person (`Komensas
    Polri`, `Puslabfor Bareskrim Polri`): a unit of that body."""
    inside = tokens_inside(ent.span, toks)
    last = toks[inside[-1]].low if len(inside) > 1 else ""
    words = all(toks[k].text.isalpha() for k in inside)  # not a caption's `Arsjad Rasjid (Dok. NU`
    if not (words and last in org_acronyms() and last not in given_names()):
        return False
    return _unit_words(inside[:-1], toks, named_after=_written_as_word(toks[inside[-1]]))


def _unit_words(run: range, toks: Sequence[Tok], *, named_after: bool = False) -> bool:
    """Words before a known body's short name that may name a unit of it (`Puslabfor Bareskrim`):
    no post's title (`Rais Syuriyah MWCNU`), and no name word or common word (`Putra`, `Board`:
    `Ganda Putra PBSI`, `anggota Board FIBA`) unless the body is written as a word of its own, which
    clubs and units are named after (``named_after``: `Satria Muda Pertamina`)."""
    words = [toks[k].text for k in run]
    titled = any(tuple(w.lower() for w in words[:n]) in _titles()[0] for n in range(1, len(words) + 1))
    return not titled and (named_after or all(word_class(w) not in (W.GIV, W.COM) for w in words))


#: Letters in the shortest known body's name written as a word (`Pertamina`, `Telkom`); a shorter
#: one in title case is an acronym's letters in a person's name (`Ma` in `Jack Ma`)
_WORD_NAME_LETTERS = 4


def _written_as_word(tok: Tok) -> bool:
    """A known body's short name written as a word, not in capitals (`Pertamina`, not `PBSI`)."""
    return not tok.text.isupper() and len(tok.text) >= _WORD_NAME_LETTERS


def _known_body_alone(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """The known body's short name that ends a model PER of words naming no unit of it
    (`Putra PBSI` -> ORG `PBSI`); None when the span ends in none."""
    inside = tokens_inside(ent.span, toks)
    last = toks[inside[-1]] if len(inside) > 1 else None
    if last is None or not last.text.isupper() or last.low not in org_acronyms():
        return None
    if not all(toks[k].text.isalpha() for k in inside):
        return None  # a caption's credit (`Arsjad Rasjid (Dok. NU`) stays as the model read it
    return Entity(last.text, Label.ORG.value, (last.start, last.end))


def _and_or_comma(tok: Tok) -> bool:
    """Whether a word joins two parts of a name or a list: a comma or `dan` (people_roles.txt)."""
    return tok.low == "," or tok.low in role_words("and_word")
