"""Cuts of a model span: what opens or ends it and is no part of a name.

Counts, amounts in rupiah, years, ranks (`names_ranks.txt`), degrees and religious titles,
generic kinds and group heads (`entities_group_heads.txt`), products, varieties and vessels
(`entities_product_cues.txt`, `entities_breed_cues.txt`, `entities_vessel_prefixes.txt`; after a
noun a maker's name may follow too, `entities_maker_cues.txt`, the thing's unless the maker's), model
numbers, a maker's product (`Vivo TWS Neo` beside `Vivo`), a name spelled by its bracketed short
name; `_flat` keeps spans without overlaps. A number after a road's distance post's word is the
post's, never a count nor an amount (`Desa Km 8`, `Km 24.450`: entities_road_posts.txt).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache

import regex

from ...participants import counted_nouns
from ...people.lexicon import (
    Marker,
    is_region_span,
    marker_firsts,
    match_marker,
    named_made_thing,
    role_words,
)
from ...records import Entity
from ...records import EntityLabel as Label
from ...resources import load_table
from ...text.calendar import month_number
from ...text.patterns import LazyPattern
from ...text.tokens import tokenize
from ...text.words import (
    club_form,
    common_words,
    english_body_words,
    listed_body_short_name,
    org_acronyms,
    org_words,
    outlet_words,
    possessive_stem,
    word_set,
)
from .grammar import MAX_REGION_WORDS, _name_like, _spelled_parts, _syllabled
from .kinds import _dated_edition
from .model import _relabel
from .page import _opens_agent_clause, _opens_sentence
from .shortnames import _bracket_words, _capitals_word, _group_kind, _heads_body, _spelled_acronyms
from .tokens import (
    _END,
    _START,
    Tok,
    _entity,
    _name_word,
    _own_name,
    _post_number,
    counted_at,
    match_head,
    region_len,
    title_len,
    token_at,
    tokens,
    tokens_inside,
    word_positions,
    written_at,
)
from .words import (
    _AMOUNT,
    _MODEL_CODE,
    _PROGRAMME_CUES,
    _ROMAN,
    _SCORE,
    _THOUSANDS,
    _YEAR,
    MAX_COMMON_WORDS,
    MAX_MONTH_DAY,
    MAX_NAME_WORDS,
    Head,
    _degree_words,
    _dotted_words,
    _heads,
    _joins,
    _name_elements,
    _not_entities,
    _religious_titles,
    _rupiah_signs,
    _scale_words,
    _stop_heads,
    _stop_words,
    country_or_region,
    place_name,
    registered_body,
)

# --------------------------------------------------------------------------- the layer


def _flat(ranked: Sequence[Sequence[Entity]]) -> list[Entity]:
    """Entities without overlaps: an earlier group wins, then the longest, then the leftmost.

    The kept spans never overlap, so sorted by start a new span can only overlap its two
    neighbours there (bisection keeps a page of thousands of names fast)."""
    starts: list[int] = []
    kept: list[Entity] = []  # in the order of ``starts``
    for group in ranked:
        for ent in sorted(group, key=lambda e: (e.span[0] - e.span[1], e.span[0])):
            s, e = ent.span
            k = bisect_left(starts, s)
            if (k > 0 and kept[k - 1].span[1] > s) or (k < len(kept) and kept[k].span[0] < e):
                continue
            starts.insert(k, s)
            kept.insert(k, ent)
    return kept


def _before_listed_bodies(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """An ORG that runs on past a comma into a list of bodies ends at the first comma: an item after
    a comma or the list's `dan` is a listed body's short name (`listed_body_short_name`), so the
    words before are one body of several (`Kementerian Kesehatan, BKKBN, BPOM, dan Bappenas`;
    news-raw: 2 such spans, both lists: 5 bodies gained, 1 place wrong). A field of a regional
    office's name is no body's short name (`Dinas Koperasi, UKM, Perindustrian dan Perdagangan`
    stays whole)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside:
        return ent
    commas = [k for k in inside if toks[k].text == ","]
    items = [k + 1 for k in inside if toks[k].text == "," or toks[k].low in role_words("and_word")]
    if not commas or not any(k in inside and listed_body_short_name(toks[k].text) for k in items):
        return ent
    return _entity(text[ent.span[0] : toks[commas[0]].start], ent.label, ent.span[0]) or ent


def _cut_at_lowercase(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """A model span ends before a lowercase word that joins no name (`Gedung Wali Kota Jaksel
    dijelaskan`, `Puskesmas Kelurahan untuk`) and before a word that ends any name when a number
    follows it (`Himpunan Pukul 10.00`: a schedule's time; `Nomor 21`); `dan` inside a name stays."""
    lo, hi = bisect_right(toks, ent.span[0], key=_START), bisect_right(toks, ent.span[1], key=_END)
    for k in range(lo, hi):
        t = toks[k]
        numbered = t.low in _stop_heads() and k + 1 < hi and toks[k + 1].text[:1].isdigit()
        if (t.text[:1].islower() and t.low not in _joins()) or numbered or _ends_sentence(toks, k):
            return _entity(ent.text[: t.start - ent.span[0]], ent.label, ent.span[0])
    return ent


def _ends_sentence(toks: Sequence[Tok], k: int) -> bool:
    """The dot at ``k`` ends a sentence inside a model span (`kepada Polres. Bantuan ini`): it
    follows a word of three letters or more that is no dotted head and no form of address
    (`PT.`, `Kab.`, `Prof.`), and a capitalised lowercase word follows it (`DETIKSATU. ID` is an
    outlet's domain written apart)."""
    if toks[k].text != "." or k < 1 or k + 1 >= len(toks):
        return False
    after = toks[k + 1].text
    if not (after[:1].isupper() and after[1:2].islower()):
        return False
    before = toks[k - 1]
    return (
        len(before.text) >= 3
        and before.text.isalpha()
        and before.low + "." not in _dotted_words()
        and before.low not in _name_elements()
        and before.low not in _religious_titles()
    )


def _without_count(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model span without a count that opens it (`6 Pos Pengamanan`, `32 Keluarga Penerima
    Manfaat`): a number before a capitalised word counts the things named."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) < 2 or not toks[inside[0]].text.isdigit() or not toks[inside[1]].text[:1].isupper():
        return ent
    return _entity(text[toks[inside[1]].start : ent.span[1]], ent.label, toks[inside[1]].start)


def _common_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span opening a sentence with common words only, none shouted, none a region's or
    a head (`Kendala`, `Produk`, `Usaha Mikro` at a sentence's start): no name. A unit's word
    counts as a common word (`di Bidang Kesehatan, Dinas Sosial`: part of a body, no place)."""
    inside = list(tokens_inside(ent.span, toks))
    head = match_head(toks, inside[0]) if inside else None
    if not inside or len(inside) > MAX_COMMON_WORDS or (head is not None and head[2] is not Head.UNIT):
        return False
    starts = _opens_sentence(toks, inside[0])
    if ent.label == Label.ORG and not starts:
        return False  # mid-sentence a capital marks an organisation's name (`Polri`)
    if ent.label == Label.LOC and _before_region(toks, inside[-1] + 1):
        return False  # `di Kompleks Parlemen, Senayan, Jakarta`: places narrowing down to a region
    return all(
        toks[k].low in common_words()
        and not toks[k].text.isupper()
        and not region_len(toks, k, kecamatan=True)
        for k in inside
    )


def _levy_name_tail(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model LOC that opens inside a tax's or a levy's spelled name, after its first word and
    the capitalised words or `dan` after it (`Pajak Bumi dan` before `Bangunan Perdesaan dan
    Perkotaan`: entities_levy_openers.txt): the levy's words, no place (GUIDELINES §6); a region
    or a level later in it is the place (`(PBB-P2) Kabupaten Pringsewu`, `Bermotor Lampung
    Tengah`). A level or a region opening the span is a place of its own (`Pajak Daerah
    Kabupaten Pringsewu`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or not _after_levy_opener(toks, inside.start):
        return ent
    if match_head(toks, inside.start) is not None or region_len(toks, inside.start):
        return ent
    for r in range(inside.start + 1, inside.stop):
        if region_len(toks, r) or _admin_head(toks, r):
            return _entity(text[toks[r].start : ent.span[1]], ent.label, toks[r].start)
    return None


#: Words walked back from a span to the first word of the levy's name it opens inside.
_LEVY_WORDS_BEFORE = 4


def _after_levy_opener(toks: Sequence[Tok], k: int) -> bool:
    """Capitalised words or `dan` run back from ``k`` to a capitalised levy's first word
    (`Pajak`, `Retribusi`: entities_levy_openers.txt), ``_LEVY_WORDS_BEFORE`` words at most."""
    for j in range(k - 1, max(-1, k - 1 - _LEVY_WORDS_BEFORE), -1):
        tok = toks[j]
        if tok.text[:1].isupper() and tok.low in word_set("entities_levy_openers.txt"):
            return True
        if not (tok.text[:1].isupper() and tok.text.isalpha()) and tok.low != "dan":
            return False
    return False


def _admin_head(toks: Sequence[Tok], k: int) -> bool:
    """An administrative level's head opens at ``k`` (`Kabupaten`, `Kota`)."""
    head = match_head(toks, k)
    return head is not None and head[2] is Head.ADMIN


#: Comma-separated names walked after a place to reach the region it lies in.
_PLACE_CHAIN_HOPS = 2


def _before_region(toks: Sequence[Tok], k: int) -> bool:
    """A comma at ``k`` opens a chain of capitalised names that reaches a province's, regency's
    or city's name within two names (`Kompleks Parlemen, Senayan, Jakarta`; `Istana
    Kepresidenan, Jakarta`): the words before are a place written down to its region, whatever
    common words spell it (GUIDELINES §6: named facilities and neighbourhoods)."""
    for _ in range(_PLACE_CHAIN_HOPS):
        if k + 1 >= len(toks) or toks[k].text != "," or not toks[k + 1].text[:1].isupper():
            return False
        if region_len(toks, k + 1):
            return True
        k += 1
        while k < len(toks) and _name_like(toks[k].text):
            k += 1
    return False


def _unexplained_acronym(ent: Entity, toks: Sequence[Tok], defined: frozenset[str] = frozenset()) -> bool:
    """A lone all-caps model ORG that is no known body's short name (a listed one, one the labelled
    news corpora read as a body's, one the name-suggestion-index register lists, unless the article
    spells it out as no body: `KTM`, `BMW`, `KFC`; `registered_body`, `_spelled_as_kind`), no office
    acronym and not defined in the article as a body's short name: mostly a programme, a measure
    or a kind (`PSBB`, `NJOP`, `DTKS`), never a name alone. A known short name a counting word or
    a kind's word reads as a kind (`_read_as_kind`: `para PMI`, `dua BMW`) is none either."""
    if ent.label != Label.ORG or " " in ent.text or not ent.text.isupper() or len(ent.text) < 2:
        return False
    if ent.text.lower() in org_acronyms() or ent.text in defined:
        return False
    first = token_at(ent.span[0], toks)
    registered = registered_body(ent.text) and not _spelled_as_kind(ent.text, toks)
    known = _labelled_body(ent.text) or registered
    if first is None or (known and not _read_as_kind(toks, first)):
        return False
    return match_head(toks, first) is None and not _acts_as_body(toks, first)


def _spelled_as_kind(short: str, toks: Sequence[Tok]) -> bool:
    """The article writes the capitals name ``short`` alone in brackets after words that spell it
    (`pekerja migran Indonesia (PMI)`, `Pekerja Migran Indonesia (PMI)`: `_spelled_acronyms`)
    and opened by no head (`match_head`): there it stands for those words, so a register's body of
    that short name (`PMI`, Palang Merah Indonesia) is no evidence for it. A body's full name a head
    opens or a model LOC holds defines the short name a body's (`_unexplained_acronym`'s
    ``defined``); a model entity over the words does not, being a body's as often as not (`Amazon
    Web Services (AWS)`, `Uninterruptible Power Supply (UPS)`)."""
    return any(
        toks[k].text == short and match_head(toks, words.start) is None
        for k, words in _spelled_acronyms(toks).items()
    )


def _read_as_kind(toks: Sequence[Tok], k: int) -> bool:
    """The short name at word ``k`` is a kind's, however the labelled news corpora tag it: a
    counting word counts it (`Sebanyak 12 PD`, perangkat daerah; `para PMI`, `seorang PMI`,
    `dua BMW`: a body is not counted; `counted_at`) or a word of entities_acronym_kind_readers.txt
    stands right before it (`ruang BK`)."""
    if k < 1:
        return False
    return counted_at(toks, k) or toks[k - 1].low in word_set("entities_acronym_kind_readers.txt")


#: The fewest times the news corpora's NER train splits label a lone capitals name ORG.
MIN_LABELLED_ORG = 2
#: The least share of a lone capitals name's uses in those train splits labelled ORG.
MIN_LABELLED_SHARE = 0.75


def _labelled_body(word: str) -> bool:
    """The news corpora's NER train splits (idner-news-2k, NER-UI) label the capitals name
    ``word`` ORG at least ``MIN_LABELLED_ORG`` times where it stands alone, in
    ``MIN_LABELLED_SHARE`` of its uses there (entities_acronyms_labelled.txt: `OECD` 3 of 4, `MU` 5
    of 5; `ATC` 1 of 3 and `ASEAN` 3 of 6 fall short): a body's short name the people labelling
    news read as one (news-raw lines holding one: 43 right, 13 wrong). A kind's short name they
    labelled ORG is no entity still (`BUMN`, `TUN`, `POTM`: entities_not.txt), nor one a number
    or a kind's word reads as a kind (`_read_as_kind`: `12 PD`, `ruang BK`)."""
    row = _labelled_acronyms().get(word.lower())
    return row is not None and row.org >= MIN_LABELLED_ORG and row.org >= MIN_LABELLED_SHARE * sum(row[1:])


@cache
def _labelled_acronyms() -> dict[str, tuple]:
    """entities_acronyms_labelled.txt: a capitals name -> its counts (org, other, untagged)."""
    return {r.word: r for r in load_table("entities_acronyms_labelled.txt")}


def _acts_as_body(toks: Sequence[Tok], k: int) -> bool:
    """The short name at word ``k`` is written as a body's by a word right before it
    (entities_short_body_nouns.txt): a body's noun, its side or its shares (`pihak CDC`,
    `perusahaan TSMC`, `saham BRIS`, `tim KTM`), or a post's or staff's word before a name that is
    no post's field (`CEO QNET`, `Direktur FBI`; `Direktur MSDM`, `Direktur HRD`:
    entities_post_fields.txt). A programme's or a measure's (`penerapan PSBB`, `nilai SOI`) is no
    body's, and a tag verb tells nothing (`kata AHY`, `ujar HNW`: persons' initials speak too;
    news-raw lines 0-3999: 3 right, 12 wrong); one before a speech verb is read by
    `_speaking_shorts`."""
    kind = _short_body_words().get(toks[k - 1].low) if k > 0 else None
    if kind is None and k >= 2:
        kind = _short_body_words().get(f"{toks[k - 2].low} {toks[k - 1].low}")
    return kind == "body" or (kind == "post" and toks[k].low not in word_set("entities_post_fields.txt"))


@cache
def _short_body_words() -> dict[str, str]:
    """entities_short_body_nouns.txt: a phrase -> its kind (`body` or `post`)."""
    return {r.phrase.lower(): r.kind for r in load_table("entities_short_body_nouns.txt")}


def _bracket_of(toks: Sequence[Tok], inside: range, *, any_case: bool = False) -> int | None:
    """The `(` of a short name in capitals (hyphens allowed: `KPC-PEN`; ``any_case``: or a
    capitalised one, `Hipmi`) that closes the words spelled out at the start of ``inside``:
    right after the span, or inside it after its first word (`Pemerintah (HPP) Gabah`, the
    model's span run on past the bracket)."""
    ks = [k for k in range(inside.start + 1, inside.stop) if toks[k].text == "("]
    for k in (*ks[:1], inside.stop):
        closed = k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"
        short = toks[k + 1].text if closed else ""
        if short.isupper() or (any_case and short.istitle() and short.replace("-", "").isalpha()):
            return k
    return None


#: How many capitalised words before a model ORG may open the name its short name abbreviates
#: by syllables (`_from_syllables`).
MAX_SYLLABLE_WORDS = 3


def _from_syllables(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model ORG that holds the last words of a name its bracketed short name abbreviates by
    syllables, the capitalised words right before it the first ones (`Assosiasi` before
    `Pemerintah Desa Seluruh Indonesia (APDESI)`, `Himpunan` before `Pengusaha Muda Indonesia
    (Hipmi)`): the span starts where the name starts; a title opens no name (`Kepala Satuan
    Pelayanan (Kasatpel)`: the title's short name)."""
    inside = tokens_inside(ent.span, toks)
    after = _bracket_of(toks, inside, any_case=True) if ent.label == Label.ORG and inside else None
    if after is None:
        return ent
    short = "".join(c for c in toks[after + 1].text.lower() if c.isalpha())
    words = _spelled_parts(toks, range(inside.start, after))
    if not words or _syllabled(short, words):
        return ent
    for k in range(inside.start - 1, max(-1, inside.start - 1 - MAX_SYLLABLE_WORDS), -1):
        tok = toks[k]
        if not (tok.text.istitle() and tok.text.isalpha()) or title_len(toks, k):
            return ent
        words.insert(0, tok.text)
        if _syllabled(short, words):
            return _entity(text[tok.start : ent.span[1]], ent.label, tok.start) or ent
    return ent


def _letters_of(tok: Tok) -> str:
    """The initial a word gives a short name: its first letter, none for a number (`2019`); a
    word with a number glued on by a hyphen gives its letter (`COVID-19`)."""
    return "" if tok.text[:1].isdigit() else tok.text[0].upper()


def _spelled_word(tok: Tok) -> bool:
    """A word a spelled-out name may hold: capitalised letters, a number (`Coronavirus Disease
    2019`) or a capitalised word with a number glued on (`COVID-19`)."""
    head, _, tail = tok.text.partition("-")
    return tok.text.isdigit() or (head[:1].isupper() and head.isalpha() and (not tail or tail.isdigit()))


def _spelling_start(toks: Sequence[Tok], end: int, letters: str) -> int | None:
    """The token where the words right before token ``end`` start to spell ``letters`` with
    their initials (`_letters_of`), `dan`-like joins between them skipped (`Pajak Barang dan`
    before `Jasa Tertentu` spell `PB`); None when a word on the way may not be spelled out
    (`_spelled_word`), the words run out first, or the start would be a join or a number."""
    got, k = "", end
    while k > 0 and len(got) < len(letters):
        k -= 1
        if toks[k].low in _joins():
            continue
        if not _spelled_word(toks[k]):
            return None
        got = _letters_of(toks[k]) + got
    if got != letters or toks[k].low in _joins() or toks[k].text.isdigit():
        return None
    return k


def _from_spelled_start(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model ORG that holds the last words of a name its bracketed short name spells, the
    capitalised words right before it the first ones (`Pajak Barang dan Jasa Tertentu (PBJT)`
    read as `Jasa Tertentu`, `Komite Penanganan COVID-19 dan Pemulihan Ekonomi Nasional
    (KPC-PEN)` as `Pemulihan Ekonomi Nasional`, `Harga Pembelian Pemerintah (HPP) Gabah` as
    `Pemerintah (HPP) Gabah`): the span starts where the spelled name starts, and is then read
    as a whole (`_spelled_term`, `_event`)."""
    inside = tokens_inside(ent.span, toks)
    after = _bracket_of(toks, inside) if ent.label == Label.ORG and inside else None
    if after is None:
        return ent
    short = toks[after + 1].text.replace("-", "")
    held = "".join(p[0] for p in _spelled_parts(toks, range(inside.start, after))).upper()
    if short == held or not held or not short.endswith(held):
        return ent
    start = _spelling_start(toks, inside.start, short[: len(short) - len(held)])
    if start is None:
        return ent
    return _entity(text[toks[start].start : ent.span[1]], ent.label, toks[start].start) or ent


def _to_spelled_end(ent: Entity, toks: Sequence[Tok], text: str) -> Entity:
    """A model ORG that holds the first words of a name its bracketed short name in capitals
    spells whole by initials, the capitalised words after its `dan` the last ones (`Akademi
    Pemilu` before `dan Demokrasi (APD)`, `Sekolah Kajian Stratejik` before `dan Global
    (SKSG)`): the span ends where the spelled name ends, and is then read as a whole
    (`_spelled_term`)."""
    inside = tokens_inside(ent.span, toks)
    j = inside.stop if ent.label == Label.ORG and inside else len(toks)
    if j >= len(toks) or toks[j].low not in _joins():
        return ent
    k = j + 1
    while k < len(toks) and k - j <= MAX_REGION_WORDS and toks[k].text.isalpha() and _spelled_word(toks[k]):
        k += 1
    if k == j + 1 or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return ent
    short = toks[k + 1].text
    if not (short.isalpha() and short.isupper()) or _spelling_start(toks, k, short) != inside.start:
        return ent
    return _entity(text[ent.span[0] : toks[k - 1].end], ent.label, ent.span[0]) or ent


def _spelled_term(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG spelled out before its initials in brackets, no word of it a body's (no head,
    no body's word (`org_words`), no region) and the initials no known body's short name
    (`Foreign Inclusion Factor (FIF)`, `Crude Palm Oil (CPO)`, `Sertifikat Laik Fungsi (SLF)`,
    `Harga Pembelian Pemerintah (HPP) Gabah`): a term, a measure or a document written out, no
    body (`Otoritas Jasa Keuangan (OJK)` is known, `Persatuan Sepak Bola Seluruh Indonesia
    (PSSI)` headed). So is one that fills the brackets right after its initials (`UAV (Unmanned
    Aerial Vehicle)`, `OTP (One Time Password)`), unless an English word for a body is in it
    (`NSF (National Service Force)`, `OCA (Olympic Council of Asia)`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2:
        return False
    after = _bracket_of(toks, inside)
    if after is not None:
        return after - inside.start >= 2 and _spells_term(toks, range(inside.start, after), after + 1)
    before = _short_before_bracket(toks, inside)
    english = any(toks[k].low in english_body_words() for k in inside)
    return before is not None and not english and _spells_term(toks, inside, before)


def _short_before_bracket(toks: Sequence[Tok], inside: range) -> int | None:
    """The short name in capitals right before the brackets that ``inside`` fills whole (`UAV`
    of `UAV (Unmanned Aerial Vehicle)`), or None; None too where a capitalised word inside a
    sentence comes before it, the short name ending a longer name (`PO Bus MKU (Meidina …)`)."""
    k = inside.start - 2
    closed = inside.stop < len(toks) and toks[inside.stop].text == ")"
    if k < 0 or not closed or toks[k + 1].text != "(" or not toks[k].text.replace("-", "").isupper():
        return None
    named = k > 0 and toks[k - 1].text[:1].isupper() and not _opens_sentence(toks, k - 1)
    return None if named else k


def _spells_term(toks: Sequence[Tok], spelled: range, short_at: int) -> bool:
    """Words ``spelled`` give the short name at ``short_at`` its initials, and no word of them
    is a body's: no head, no body's word (`org_words`), no region, no known short name,
    and no first word that is no common word and stands elsewhere in the article (the company of
    `Waskita Bersama Vision First (WBVF)` beside `Waskita Grup`)."""
    short = toks[short_at].text.replace("-", "")
    if short.lower() in org_acronyms():
        return False
    words = _spelled_parts(toks, spelled)
    first = toks[spelled.start]
    named = first.low not in common_words() and any(
        t.text == first.text for k, t in enumerate(toks) if k not in spelled
    )
    return (
        not named
        and "".join(w[0] for w in words).upper() == short
        and match_head(toks, spelled.start) is None
        and not any(w.lower() in org_words() for w in words)
        and not any(region_len(toks, k, kecamatan=True) for k in spelled)
    )


def _spelled_whole(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A head's ORG whose head ends a longer name its bracketed short name spells (`Harga
    Pembelian Pemerintah (HPP) Gabah`, `Dharma Wanita Persatuan (DWP) Kota Metro`): read from
    where the spelled name starts. A term so spelled names no body (`_spelled_term`), nor does a
    name a common word opens that is no body's (`Harga` and `Peraturan` before `Pemerintah`: the
    head is a word of the term's name)."""
    whole = _from_syllables(_from_spelled_start(ent, toks, text), toks, text)
    first = token_at(whole.span[0], toks)
    if whole is ent or first is None:
        return ent
    low = toks[first].low
    termish = low in common_words() and low not in org_words() and match_head(toks, first) is None
    return None if termish or _spelled_term(whole, toks) else whole


@cache
def _product_cues() -> frozenset[str]:
    """Lowercase words for a kind of product, a variety or make (`_breed_cues`) or a disease: a
    name right after one is the thing's; after a noun a maker's name may follow too
    (entities_maker_cues.txt), the thing's unless the maker's (`_maker_after_cue`)."""
    kinds = word_set("entities_product_cues.txt") | word_set("entities_maker_cues.txt")
    return kinds | _breed_cues() | word_set("entities_diseases.txt")


def _product(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span naming a product after the kind of product (`mobil Honda Brio`, `jenis
    Pertalite`, `Merek Pandan Wangi`, `HP (Oppo A38`, `varietas Galur dan Ciherang`), after a
    naming verb that follows one (`konsol bernama …`) or a disease after its kind (`virus Myo`):
    no body and no place (GUIDELINES §6)."""
    first = token_at(ent.span[0], toks)
    if first is None or match_head(toks, first) is not None:
        return False
    named = named_made_thing([t.text for t in toks[max(0, first - 5) : first]])
    cued = _cued(toks, first, _product_cues()) and not _acting_maker(ent, toks, first)
    return named or (cued and not _origin_place(ent, toks, first))


#: Words before a product's or a platform's noun that make the name after it act: the agent of a
#: passive verb (`didukung oleh platform Shopee`) and the body a person speaks for (`perwakilan
#: dari platform Shopee`); an institution acting is an organisation (data/annotations convention).
_ACTING_BEFORE = frozenset({"oleh", "perwakilan"})


def _acting_maker(ent: Entity, toks: Sequence[Tok], first: int) -> bool:
    """The names listed after a kind's noun that stands right after an agent's or a
    representative's word, `dari` between them or not (`oleh platform Shopee`, `perwakilan dari
    platform Shopee dan Tokopedia`: `_ACTING_BEFORE`), or after a noun a maker's name may follow
    too (`platform`, `produk`, `game`, `teknologi`: entities_maker_cues.txt) with the name written
    again elsewhere with no kind's noun before it (`produk Acer` beside `Acer menaikkan …`) or
    with a body's kind right before the noun (`perusahaan teknologi Apple`:
    people_body_kinds.txt): the maker, a body."""
    cue, _ = _before_named_run(toks, first, _product_cues())
    j = cue - 1
    if j >= 1 and toks[j].low == "dari":
        j -= 1
    if j >= 0 and toks[j].low in _ACTING_BEFORE:
        return True
    return _maker_after_cue(ent, toks, cue)


def _maker_after_cue(ent: Entity, toks: Sequence[Tok], cue: int) -> bool:
    """``ent`` after a noun a maker's name may follow too (word ``cue``: `produk`, `game`,
    `teknologi`, `layanan`, `platform`: entities_maker_cues.txt) names a body, no thing: a
    person (`miliarder di bidang teknologi Elon Musk`), a name holding a body's word (`produk
    Komite Olahraga …`, the outcome of a body's meeting), a noun written capitalised inside a
    sentence, a word of a title or a name (`Manajer Produk Vivo Indonesia`; not `Game Genshin
    Impact kini …` opening one), a body's kind before the noun (`perusahaan
    teknologi Apple`: people_body_kinds.txt), a place's name listed after the noun
    (`_listed_with_place`), or the name written again elsewhere with no kind's noun before it
    (`produk Acer` beside `Acer menaikkan …`)."""
    if cue < 0 or possessive_stem(toks[cue].low) not in word_set("entities_maker_cues.txt"):
        return False
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or (not toks[cue].text.islower() and not _opens_sentence(toks, cue)):
        return True  # a sentence's first word is capitalised as any: no title's
    if any(toks[k].low in org_words() for k in inside):
        return True
    kind_before = cue >= 1 and toks[cue - 1].low in word_set("people_body_kinds.txt")
    return kind_before or _listed_with_place(toks, cue) or _written_uncued(ent, toks)


def _listed_with_place(toks: Sequence[Tok], cue: int) -> bool:
    """A listed region's name closes an operator's name among the capitalised names listed right
    after the noun ``cue`` with commas and `dan` (`layanan Transjakarta, MRT Jakarta, dan LRT
    Jakarta`): names so listed are the operators of a place's services, bodies, not things. The
    word before the region is an acronym (`MRT`, `LRT`) or a body's word (org_words: `Bank`);
    after a common noun the region says where a product comes from (`produk Batik Solo, Batik
    Pekalongan, dan Tenun Sikka`)."""
    k = cue + 1
    while k < len(toks) and (toks[k].text[:1].isupper() or toks[k].text in {",", "dan"}):
        if k > cue + 1 and region_len(toks, k) and _operator_word(toks[k - 1]):
            return True
        k += 1
    return False


def _operator_word(tok: Tok) -> bool:
    """A word that opens an operator's name before its region: an acronym of two letters or more
    (`MRT`, `LRT`, `PDAM`) or a body's word (org_words: `Bank`, `Perumda`)."""
    return (len(tok.text) > 1 and tok.text.isupper()) or tok.low in org_words()


def _written_uncued(ent: Entity, toks: Sequence[Tok]) -> bool:
    """The article writes ``ent``'s words again where no kind's noun stands right before them."""
    inside = tokens_inside(ent.span, toks)
    words = [t.text for t in toks[inside.start : inside.stop]]
    return any(
        k != inside.start and (k == 0 or toks[k - 1].low not in _product_cues())
        for k in written_at(toks, words)
    )


def _origin_place(ent: Entity, toks: Sequence[Tok], first: int) -> bool:
    """A listed country's or region's name, whole and no capitalised word after it, right after a
    kind of product or work (`film Indonesia`, `rudal Iran`, `mobil Tiongkok`): where the thing
    comes from, a place, not the thing's name; a name that goes on opens the thing's name
    (`program Metro Bangga Beli`), a variety's or a make's cue names a variety after a place
    (`varietas Brebes`), and a programme's noun a programme (`program Indonesia terang`:
    _PROGRAMME_CUES)."""
    inside = tokens_inside(ent.span, toks)
    cue = possessive_stem(toks[first - 1].low) if first else ""
    goes_on = inside.stop < len(toks) and toks[inside.stop].text[:1].isupper()
    named = cue in _breed_cues() or cue in _PROGRAMME_CUES
    return region_len(toks, first) == len(inside) and not goes_on and not named


def _bred_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC of a listed place's name that names a variety, strain or make after its cue
    (`varietasnya Bima Brebes`, `merek Toyota, Isuzu`: entities_breed_cues.txt): no place."""
    first = token_at(ent.span[0], toks)
    if ent.label != Label.LOC or first is None or match_head(toks, first) is not None:
        return False
    return _cued(toks, first, _breed_cues())


@cache
def _breed_cues() -> frozenset[str]:
    """Lowercase words for a variety, strain or make (entities_breed_cues.txt)."""
    return word_set("entities_breed_cues.txt")


def _cued(toks: Sequence[Tok], first: int, cues: frozenset[str]) -> bool:
    """A cue of ``cues``, bare or with its `-nya` (`varietasnya`), stands right before ``first``
    (a bracket between: `HP (Oppo A38`; a variety's or a make's cue, a listing word: `brand yaitu
    Sonia`) or, written lowercase, before names listed up to it; a
    name's first word may stand between only after a variety's or a make's cue (`merek Madame
    Gie`, `varietasnya Bima Brebes`), not after a theme's (`tema HUT Ambon`). A cue with one or
    two lowercase describing words before the listing word or bracket opens a list of its things
    too (`brand favorit seperti Wardah`: `_modified_cue`), unless a describing word names a kind
    of place (`jenis wisata religi seperti Demak`: `_place_kind_nouns`) or the name is a listed
    region's whole (`Kudus`: `_whole_region`): places."""
    before, glued = _before_named_run(toks, first, cues)
    bracket = before >= 0 and toks[before].text == "("
    if bracket:
        before -= 1
    listed = before > 0 and toks[before].low in _LISTING_WORDS
    if listed:
        before -= 1
    cue = possessive_stem(toks[before].low) if before >= 0 else ""
    if cue not in cues and (bracket or listed):
        return (
            _modified_cue(toks, before, cues)
            and _listed_after_cue(toks, first, before + listed + bracket + 1)
            and not _whole_region(toks, first)
        )
    return cue in cues and (not (glued or listed) or cue in _breed_cues())


def _whole_region(toks: Sequence[Tok], first: int) -> bool:
    """A listed region's name stands whole at ``first``, no capitalised word after it (`Kudus,`)."""
    n = region_len(toks, first)
    return n > 0 and not (first + n < len(toks) and toks[first + n].text[:1].isupper())


@cache
def _place_kind_nouns() -> frozenset[str]:
    """Lowercase nouns for a kind of place, trip or region level (entities_place_kind_nouns.txt)
    and natural features (officials_geo_words.txt); never a body's word (`aplikasi bank digital
    seperti Jago`) nor `daerah` (`menu khas daerah seperti Gudeg Jogja`): things."""
    return word_set("entities_place_kind_nouns.txt") | word_set("officials_geo_words.txt")


#: Words that open a list of the things a cue names (`tiga brand yaitu Sonia, Sofia dan Fortune`).
_LISTING_WORDS = frozenset({"yaitu", "yakni", "seperti", ":"})
#: The most lowercase words between a kind's noun and the listing word or bracket that opens the
#: list of its things (`brand favorit seperti`, `sajian kuliner nusantara (`): the kind's modifiers.
MAX_CUE_MODIFIERS = 2
#: What opens a cue's list: a listing word or a bracket (`sajian kuliner nusantara (Nasi Gudeg, …`).
_LIST_OPENERS = _LISTING_WORDS | {"("}


def _listed_after_cue(toks: Sequence[Tok], first: int, opened: int) -> bool:
    """The name at ``first`` is an item of the list opened at ``opened``: its first item, one a
    comma or `dan` follows (`_list_item`), or its last after `dan` (`seperti QORD TECH, Pertamina
    EP terus …`: a clause's subject after the list, no item)."""
    return first == opened or _list_item(toks, first) or toks[first - 1].low == "dan"


def _modified_cue(toks: Sequence[Tok], k: int, cues: frozenset[str]) -> bool:
    """A cue of ``cues`` written lowercase stands before one or two lowercase words that end at
    ``k`` (no function word: `rudal dan seperti …` lists no missile), before the listing word or
    the bracket that opens a list of names: the kind's modifiers (`brand favorit seperti Wardah,
    Erha`, `mobil nasional seperti Wakaba, Nuri`, `sajian kuliner nusantara (Nasi Bogana, Pempek`,
    `fitur gaming seperti Multi Turbo`): the names are the kind's things, as after the bare cue
    (news-raw: 16 places and 6 organisations gone, all right); a describing word that names a
    kind of place or trip (`jenis wisata alam seperti Bromo`: `_place_kind_nouns`) lists places."""
    function = word_set("clean_function_words.txt")
    for j in range(k, max(-1, k - MAX_CUE_MODIFIERS - 1), -1):
        word = toks[j].text
        if not (word.isalpha() and word.islower()) or word in function or word in _place_kind_nouns():
            return False
        if j < k and possessive_stem(word) in cues:
            return True
    return False


def _before_named_run(toks: Sequence[Tok], first: int, cues: frozenset[str]) -> tuple[int, bool]:
    """The word before the names listed right before ``first`` after a lowercase cue, joined by
    commas and `dan` (`varietas Galur dan` before `Ciherang`, `merek Toyota, Daihatsu,` before
    `Isuzu`) or one name's first word (`varietasnya Bima` before `Brebes`), and whether such a
    word is glued to ``first``: the things a cue names come listed after it. An item of two words
    may stand in the list, one of more names no product (`program Bulan Pengerukan Kali
    Ciliwung`); a head's word ends the run, and so does a comma or `dan` right after the cue (not
    after a listing word: `seperti, Inpari`) before a name that opens a clause, no list item: a
    cue's list opens with a name (`Selain kamera, Sony juga …` names no camera). No run: the word
    right before ``first``."""
    k, words, most, glued = first - 1, 0, 1, False
    while k >= 0 and possessive_stem(toks[k].low) not in cues and toks[k].low not in _LIST_OPENERS:
        if toks[k].text in {",", "dan"}:
            words, most = 0, 2
        elif toks[k].text[:1].isupper() and match_head(toks, k) is None and words < most:
            words, glued = words + 1, glued or most == 1
        else:
            return first - 1, False
        k -= 1
    opens = k < 0 or k == first - 1 or toks[k].text.islower() or toks[k].low in _LIST_OPENERS
    cut = k + 1 < first and toks[k + 1].text in {",", "dan"} and k >= 0 and toks[k].low not in _LIST_OPENERS
    return (k, glued) if opens and not (cut and not _list_item(toks, first)) else (first - 1, False)


def _list_item(toks: Sequence[Tok], first: int) -> bool:
    """The capitalised words from ``first`` are followed by a comma or `dan`: an item of a list
    (`1 miliar warna, True Tone, dan …`), not a clause's subject (`Selain kamera, Sony juga …`)."""
    k = first
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
    return k < len(toks) and toks[k].text in {",", "dan"}


def _vessel(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span naming a ship: a vessel's prefix in capitals opens it or stands right before
    it, a capitalised word after the prefix (`KMP Batu Mandi`, `kapal KM Barcelona`,
    `entities_vessel_prefixes.txt`): no body and no place (GUIDELINES §6)."""
    first = token_at(ent.span[0], toks)
    if first is None:
        return False
    return any(_vessel_prefix(toks, k) for k in (first - 1, first))


def _vessel_prefix(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is a vessel's prefix in capitals (`KMP`) with a capitalised word after it."""
    named = 0 <= k < len(toks) - 1 and toks[k + 1].text[:1].isupper()
    return named and toks[k].text.isupper() and toks[k].low in word_set("entities_vessel_prefixes.txt")


def _model_numbered(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG of capitalised words and a model number or code, no head among them (`Samsung
    Galaxy Note 3`, `LG G3`, `Snapdragon X70`): a product (GUIDELINES §6), where a body's number
    follows its head or its known short name (`SMPN 2`, `Kodim 0426`, `PTPN IV Regional 7`).
    A chip's or a series' code may stand inside it too (`Snapdragon 8 Gen 2`, `Snapdragon® 8+
    Gen 1`, `Reno10 Pro 5G`) and be four digits, no year (`Dimensity 8050`, `Exynos 1380`), or a
    version (`One UI 5.1`, `Matepad 11.5`). The model's tier may follow its code (`Xiaomi 17 Pro
    Max`, `Vivo X300 FE`, `PS5 Slim`: entities_model_tiers.txt), and before a tier the code may be
    glued to the model's word (`Reno16 Pro`, `Galaxy Note20 Ultra`: `_glued_model_code`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2:
        return False
    code = _MODEL_CODE.get()
    last = inside[-1]
    while last > inside[0] and toks[last].low in word_set("entities_model_tiers.txt"):
        last -= 1
    tiered = last < inside[-1]
    coded = code.fullmatch(toks[last].text) or (tiered and _GLUED_MODEL_CODE.get().fullmatch(toks[last].text))
    if not coded or (last == inside[0] and not tiered):
        return False
    return toks[inside[0]].text[:1].isalpha() and all(
        (toks[k].text[:1].isalpha() or code.fullmatch(toks[k].text) or toks[k].text in {"+", "®"})
        and match_head(toks, k) is None
        and toks[k].low not in org_acronyms()  # `PTPN IV Regional 7`
        for k in range(inside[0], last)
    )


#: A model's word with its number glued on (`Reno16`, `Note20`, `Flip7`): a model's code only
#: before a tier word, for a team's or an outlet's name is so written too (`Tech3`, `Liputan6`).
_GLUED_MODEL_CODE = LazyPattern(r"\p{Lu}\p{Ll}{2,}\d{1,3}")


def makers(ents: Sequence[Entity]) -> frozenset[str]:
    """The one-word ORGs of an article not written in capitals (`Oppo`, `Shell`, `Lamborghini`):
    the makers whose names may open their products' (`_maker_product`); a shouted short name
    (`PLN`, `KPU`) opens its units' names (`PLN UP3`), no product's."""
    return frozenset(
        e.text for e in ents if e.label == Label.ORG and " " not in e.text and not e.text.isupper()
    )


def _maker_product(ent: Entity, toks: Sequence[Tok], named: frozenset[str]) -> bool:
    """An ORG opened by a maker's name that the article writes alone as an ORG (``named``:
    `makers`), every word after it a model's mark (`_model_mark`: `Vivo TWS Neo`, `Shell
    LubeMatch`, `Lamborghini EV`, `Xiaomi HyperRGB OLED` beside `Vivo`, `Shell`, `Lamborghini`,
    `Xiaomi`): the maker's product, no body (GUIDELINES §6: products and brands as products are no
    entities); the maker written alone stays the ORG. A head or a region in it names the maker's
    office or branch (`Shell Indonesia`, `Oppo Kota Bandung`), and so does a word no model's
    mark (`Pertamina Patra Niaga`, `Ducati Corse`, `Chelsea FC`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2 or toks[inside.start].text not in named:
        return False
    if any(match_head(toks, k) is not None or region_len(toks, k, kecamatan=True) for k in inside):
        return False
    if not all(_model_mark(toks[k]) for k in inside[1:]):
        return False
    shouted = all(_SHOUTED_CODE.get().fullmatch(toks[k].text) for k in inside[1:])
    return not (shouted and _written_acting(toks, [t.text for t in toks[inside.start : inside.stop]]))


def _written_acting(toks: Sequence[Tok], words: list[str]) -> bool:
    """The article writes ``words`` as an actor somewhere: opening a clause (`_opens_agent_clause`) or
    after an active verb and right before one (`Pertamina menugaskan Pertamina EP mengelola`, `.
    Samsung SDS membangun`: lowercase `me-` words) or right after a capitalised word inside a
    sentence (`Direksi Pertamina EP`, `Bos Toyota TMMIN`): a maker's name and short codes in
    capitals so written name its subsidiary, a company (GUIDELINES §6), no product."""
    n = len(words)
    for k in written_at(toks, words):
        before = toks[k - 1].text if k else "."
        inner = k >= 2 and toks[k - 2].text not in _CLAUSE_ENDS
        opens = _opens_agent_clause(toks, k) or _active_verb(before)
        if (opens and k + n < len(toks) and _active_verb(toks[k + n].text)) or (
            before[:1].isupper() and inner
        ):
            return True
    return False


def _active_verb(word: str) -> bool:
    """A lowercase `me-` word longer than `_SHORTEST_VERB` letters: an active verb (`mengelola`)."""
    return word.islower() and word.startswith("me") and len(word) > _SHORTEST_VERB


#: Marks that end a clause: the word after one may open a name (`_written_acting`: a capitalised
#: word right before a name inside a sentence is its owner, `Bos Toyota TMMIN`).
_CLAUSE_ENDS = frozenset({".", "!", "?", '"', ",", ";"})


#: An active verb's length at least (`membuat`): shorter lowercase `me-` words are none (`mei`).
_SHORTEST_VERB = 4


def _model_mark(tok: Tok) -> bool:
    """A word that marks a model after its maker's name: a tier (`Neo`, `Pro`:
    entities_model_tiers.txt), a model's code (`X9`, `17`: `_MODEL_CODE`), a coined word of two
    capitalised parts glued (`LubeMatch`, `HyperRGB`) or a short code in capitals (`EV`, `TWS`,
    `OLED`); a roman numeral numbers a unit (`Pertamina MOR III`), and a known body's short name,
    the nation's, an outlet's or a club's closing word name a body (`KPU RI`, `Kompas TV`,
    `Arema FC`)."""
    word = tok.text
    if tok.low in word_set("entities_model_tiers.txt") or _COINED.get().fullmatch(word):
        return True
    if _ROMAN.get().fullmatch(word):
        return False
    if _MODEL_CODE.get().fullmatch(word):
        return True
    return bool(_SHOUTED_CODE.get().fullmatch(word)) and not (
        tok.low in org_acronyms()
        or tok.low in word_set("entities_nation.txt")
        or tok.low in outlet_words().suffixes
        or club_form(word)
    )


#: A coined word of two capitalised parts glued, the first may be lowercase (`LubeMatch`,
#: `HyperRGB`, `UltraBright`); a name's glued part after a hyphen is none (`Al-Nassr`).
_COINED = LazyPattern(r"\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\d]*")

#: A model's short code in capitals (`EV`, `TWS`, `QLED`): two letters at least, for one capital
#: after a name is an initial (`Honda C`), five at most, for longer runs are words shouted.
_SHOUTED_CODE = LazyPattern(r"\p{Lu}{2,5}")


def _tiers_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG of a model's tier words alone (`versi Ultra`, `iPhone 15 Pro Max` cut to `Pro
    Max`, `MacBook Neo` cut to `Neo`, `Instagram Plus`: entities_model_tiers.txt): an edition
    of a product, no body (GUIDELINES §6)."""
    inside = tokens_inside(ent.span, toks)
    tiers = word_set("entities_model_tiers.txt")
    return ent.label == Label.ORG and bool(inside) and all(toks[k].low.rstrip("+") in tiers for k in inside)


def _without_amount(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC without an amount that ends it (`Kecamatan Suoh 8.712` ton, `Kementerian
    Ketenagakerjaan 2,8` juta, `Pasar Panca Warna Rp 14500`): a name's own number has no
    thousands' dot, no decimal comma and no currency before it. A number with a thousands' dot
    inside the span ends the name before it whatever follows (`Kecamatan Suoh 1.031 KPM`,
    `Dinas Perhubungan Sukamaju Bakal Pasang 2.165 Lampu`)."""
    if ent.label == Label.PER or not (
        any(ch.isdigit() for ch in ent.text) or ent.text.endswith(_rupiah_signs())
    ):
        return ent  # most names hold no digit: no amount to look for
    inside = tokens_inside(ent.span, toks)
    if len(inside) < 2:
        return ent
    thousands = _THOUSANDS.get().fullmatch
    counted = next((k for k in inside[1:] if thousands(toks[k].text) and not _post_number(toks, k)), None)
    if counted is not None:
        return _entity(ent.text[: toks[counted - 1].end - ent.span[0]], ent.label, ent.span[0])
    if not (ent.text[-1].isdigit() or ent.text.endswith(_rupiah_signs())):
        return ent
    k = inside[-1]
    last = toks[k]
    decimal = (
        last.text.isdigit()
        and k + 2 < len(toks)
        and toks[k + 1].text == ","
        and toks[k + 1].start == last.end
        and toks[k + 2].start == toks[k + 1].end
        and toks[k + 2].text[:1].isdigit()
    )
    start = _amount_start(toks, k, inside.start)
    if start is not None:  # `PT Sari Agro Manunggal Rp 1805`, `Sekretariat Daerah Rp10.800.000`
        return _entity(ent.text[: toks[start - 1].end - ent.span[0]], ent.label, ent.span[0])
    if not (decimal or _THOUSANDS.get().fullmatch(last.text)) or _post_number(toks, k):
        return ent
    return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])


def _amount_start(toks: Sequence[Tok], k: int, first: int) -> int | None:
    """Where an amount in rupiah that ends at word ``k`` starts (`Rp10.800.000`, `Rp 13500`,
    `Rp. 1.380`), after word ``first``; None when ``k`` ends no such amount."""
    if _AMOUNT.get().match(toks[k].text) or toks[k].text in _rupiah_signs():  # `… Lampung Rp`. 11.935
        return k if k > first else None
    j = k - 1 - (toks[k - 1].text == ".")
    if toks[k].text[:1].isdigit() and j > first and toks[j].text in _rupiah_signs():
        return j
    return None


def _without_item_count(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """A place an administrative level opens without the count written after it (`Pekon Mon 173
    sertipikat`, `Desa Beteng Sari 20, dan …`, `Kabupaten Bogor 2.`): a bare number that a
    lowercase word, a comma or a stop follows counts something or numbers a list's item; so does
    one after a listed region's whole name (`di Paser 6, Kutai Barat 1, …`). Other places and
    bodies keep their own numbers (`Paal 2`, `wilayah Km 6`, `Gedung Laboratorium Teknik 2`, `Kodim
    0701`), unless a counted noun or a scale follows them (`SD 386 orang`, `Bulog 700 bungkus`,
    `Stadion Manahan 20 ribu`); a match's score is never a body's (`Newcastle 1-0`), a range
    stays a place's (`Tol Cipali Km 12-13`), and a road post's number is its own (`Desa Km 8`,
    `Kampung KM 5`: `_post_number`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not inside or _post_number(toks, inside[-1]):
        return ent
    k = inside[-1]
    # a score follows a team's name: a body's, or a place's of one word (`Ekuador 1-0`); a range
    # after a place's longer name numbers its parts (`Tol Cipali Km 12-13`)
    score = _SCORE.get().fullmatch
    glued = k + 1 < len(toks) and toks[k + 1].start < ent.span[1] and score(toks[k + 1].text)
    if glued and (ent.label == Label.ORG or len(inside) == 1):
        return _entity(ent.text[: toks[k].end - ent.span[0]], ent.label, ent.span[0])  # `Newcastle 1-0`
    if len(inside) > 1 and score(toks[k].text) and (ent.label == Label.ORG or len(inside) == 2):
        return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])  # `… 60-54`
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if len(inside) < 2 or not toks[k].text.isdigit():
        return ent
    if nxt is not None and nxt.text.islower() and (nxt.text in counted_nouns() or nxt.low in _scale_words()):
        return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    if ent.label != Label.LOC:
        return ent
    head = match_head(toks, inside[0])
    whole_region = region_len(toks, inside[0], kecamatan=True) == len(inside) - 1
    if not whole_region and (head is None or head[2] is not Head.ADMIN):
        return ent  # `Paal 2`, `Rumah Canting Batik 29`: numbered names of their own
    if nxt is not None and not (nxt.text in {",", "."} or (nxt.text.isalpha() and nxt.text.islower())):
        return ent
    return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])


def _after_glued_word(ent: Entity) -> Entity:
    """An ORG/LOC without a common lowercase word glued before its first capital by a lost space
    (`dilansirAFP`, `dariCNA`, `dataBPS`): the source cue or the preposition is no part of the
    name. A masthead's own lowercase opening (`detikNews`) and a brand's (`iPad`, `flexPCB`: no
    common word) stay."""
    glued = _GLUED_LEAD.get().match(ent.text)
    if ent.label == Label.PER or glued is None:
        return ent
    lead = glued.group(1)
    if lead not in common_words() or lead in outlet_words().names:
        return ent
    return _entity(ent.text[glued.end() :], ent.label, ent.span[0] + glued.end())


_GLUED_LEAD = LazyPattern(r"(\p{Ll}{3,})(?=\p{Lu})")


def _before_glued_title(ent: Entity) -> Entity:
    """An ORG/LOC of two words or more without a position title glued to its last word by a lost
    line break (`DPC PDIP BadungKetua`, a flattened list of branches and their chairs): the name
    ends at the seam. A brand's second capital opens no title (`AirAsia`, `MacBook Pro`)."""
    glued = _GLUED_TAIL.get().search(ent.text)
    if ent.label == Label.PER or glued is None or " " not in ent.text[: glued.start(1)]:
        return ent
    if not title_len(tokens(glued.group(1)), 0):
        return ent
    return _entity(ent.text[: glued.start(1)], ent.label, ent.span[0])


#: A capitalised word glued to the end of a name's last word (`Badung|Ketua`).
_GLUED_TAIL = LazyPattern(r"(?<=\p{Ll}{3})(\p{Lu}\p{Ll}{2,})$")


def _before_joined_word(ent: Entity, text: str, starts: frozenset[int]) -> Entity | None:
    """A LOC that ends in a joining mark with a letter right after it, no space between: the model
    cut a joined word or a pair inside its words. Before a capitalised word the place is the whole
    joined word (`Timor-Leste`, `Bau-Bau`, `Emilia-Romagna`, `Basilika Notre-Dame`,
    `Bangka-Belitung`), unless the words on both sides are places by themselves: a listed region or
    country before the mark and one after it, or the model's own entity there (``starts``) make a
    pair, the place before the mark (`Jakarta-` of `Jakarta-Bandung`, `Sulawesi Selatan/` of
    `Sulawesi Selatan/Barat`) and the other its own; a joined word listed whole, the mark read as a
    space or an and-word, stays whole (`Bangka Belitung`, `Bosnia dan Herzegovina`). Before a
    lowercase word the place is what stands before the mark, and nothing when that is lowercase or a
    common word that names no listed region, a kind or a thing and no name (`kementerian/` of
    `kementerian/lembaga`, `Bar+` of `Bar+kantin`, `Dorong-` of `Dorong-tarik`: GUIDELINES §6).
    News-raw (the 329 lines with a place before a joining mark and a letter, f6018189's model LOCs):
    8 such LOCs in 7 articles, 7 before a lowercase word (`kementerian/` 5 times, `Bar+`, `Dorong-`:
    dropped) and 1 dashed name cut inside (`Basilika Notre-`: now `Basilika Notre-Dame`, a place
    where there was none, its span short of `de Fourvière`). A joiner inside a whole name's span
    stays (`Gedung DPR/MPR RI`)."""
    start, end = ent.span
    if ent.label != Label.LOC or not ent.text.endswith(_JOINERS) or not text[end : end + 1].isalpha():
        return ent
    kept = ent.text[:-1].rstrip()
    if not kept or kept.islower():
        return None
    if not text[end].isupper():
        common = kept.lower() in common_words() and not is_region_span(kept, 0, len(kept))
        return None if common else _entity(kept, ent.label, start)
    after = _JOINED_WORD.get().match(text, end)
    whole, word = text[start : after.end()], after.group()
    pair = " ".join([*kept.split()[:-1], word])
    places_each = _listed_place(kept) and (end in starts or _listed_place(word) or _listed_place(pair))
    return _entity(kept if places_each and not listed_joined(whole) else whole, ent.label, start)


def listed_joined(name: str) -> bool:
    """``name``, a word joined by a mark, is a listed country's or region's name as it stands, the
    mark read as itself, a space or an and-word (people_roles `and_word`: `dan`) (`Timor-Leste`,
    `Bangka-Belitung` of `Bangka Belitung`, `Bosnia-Herzegovina` of `Bosnia dan Herzegovina`); two
    places in a row are no such name."""
    for glue in ("-", " ", *(f" {w} " for w in role_words("and_word"))):
        read = _JOINER_MARK.get().sub(glue, name)
        if is_region_span(read, 0, len(read)) or place_name(read):
            return True
    return False


#: Marks that join two words with no space (`kementerian/lembaga`, `Bar+kantin`, `Dorong-tarik`).
_JOINERS = ("/", "+", "-")

#: A joining mark between two letters (`Bangka-Belitung`).
_JOINER_MARK = LazyPattern(rf"(?<=\p{{L}})[{regex.escape(''.join(_JOINERS))}](?=\p{{L}})")


def _listed_place(name: str) -> bool:
    """``name`` is a listed country's or region's name, or a run of listed places and places' kinds
    (`country_or_region`: `Kota Madrid`), or a region's span (`is_region_span`)."""
    return is_region_span(name, 0, len(name)) or country_or_region(name)


#: The word after a joining mark, its letters (`Leste` of `Timor-Leste`).
_JOINED_WORD = LazyPattern(r"\p{L}+")


#: How many words back a numbered list's previous item number is looked for
MAX_ITEM_WORDS = 60


def _without_next_item_number(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC without the number of a list's next item glued to its end by a lost line break
    (`1. Golkar 2. PDIP 3. Gerindra 4. NasDem`, `… ditunjuk oleh Komisi Pemilihan Umum 4. Surat
    …` after `3. Surat …`): a number and a stop that follow the item number before the name plus
    one number the next item. A name's own number keeps (`SMPN 33.`, `Polsek Ilir Barat 1`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2 or not toks[inside[-1]].text.isdecimal():
        return ent
    k = inside[-1]
    if k + 1 >= len(toks) or toks[k + 1].text != ".":
        return ent
    if _item_number_before(toks, inside[0]) != int(toks[k].text) - 1:
        return ent
    return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])


def _item_number_before(toks: Sequence[Tok], k: int) -> int | None:
    """The nearest number with a stop after it before token k (a list item's number, `3.`), within
    `MAX_ITEM_WORDS` words; None when a stop after another word comes first."""
    for j in range(k - 1, max(0, k - MAX_ITEM_WORDS), -1):
        if toks[j].text == ".":
            return int(toks[j - 1].text) if toks[j - 1].text.isdecimal() else None
    return None


def _without_year(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC without a year that ends it after a word of its name (`serapan anggaran Pemkab
    Lambar 2021`, `Kecamatan Sukau 2019 Rp561 juta`): the year of a budget or a table's row, no
    name's own number, which follows a head (`Kodim 1913`) or a date's month (`Universitas 17
    Agustus 1945`). A day of the month before the month's name after the span is cut so too
    (`dikutip dari Live Science 30 Mei 2017`: the date the outlet published on), after a name of
    one word too (`Mengutip Antara 12 Januari 2025`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2:
        return ent
    dated = _day_before_month(toks, inside[-1])
    if not (dated or (len(inside) >= 3 and _YEAR.get().fullmatch(toks[inside[-1]].text))):
        return ent
    before = toks[inside[-1] - 1]
    if not before.text.isalpha() or before.low in _stop_words() or match_head(toks, inside[-1] - 1):
        return ent
    return _entity(ent.text[: before.end - ent.span[0]], ent.label, ent.span[0])


#: A year of this century, or a range of years opening with one, written as one word (`2026`,
#: `2018-2022`, `2025-2034`). A body's own number after its head is a unit's or a school's
#: (`Kodim 1913`, `SMPN 2`, `Yonif 741`), never such a year (news-raw lines 0-149 and all
#: 9,948: every ORG ending in one named a budget, a term or an edition).
_CENTURY_YEAR = LazyPattern(r"20\d\d(?:[-–](?:19|20)\d\d)?")


def _without_century_year(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG without a year of this century that ends it (`rincian anggaran Kementerian Keuangan
    (Kemenkeu) 2026`, `utang kepada Perum Bulog 2020`, `kepengurusan PGSI 2018-2022`, `acara
    Business Forum 2025`): the year of a budget, a board's term or an event's edition, no part of
    a body's name, also after a head or a bracketed short name, where `_without_year` keeps a
    head's number; the bracketed short name is cut with it, an entry of its own. None when the
    year follows no word of a name, or when `kinds._dated_edition` reads one year ending a name
    that no head or known short name opens (an event's edition, dropped whole)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2 or not _CENTURY_YEAR.get().fullmatch(toks[inside[-1]].text):
        return ent
    if _dated_edition(ent, toks):
        return None
    k = inside[-1] - 1
    if toks[k].text == ")":  # the short name in brackets (`(PP PGSI)`) is an entry of its own
        k = next((j - 1 for j in range(k - 2, max(inside[0], k - 4), -1) if toks[j].text == "("), k)
    if not toks[k].text[:1].isalnum():
        return None
    return _entity(ent.text[: toks[k].end - ent.span[0]], ent.label, ent.span[0])


@cache
def _name_titles() -> frozenset[str]:
    """Degrees and religious titles written before a name (`Ir`, `Drs`, `H`, `Hi`), lowercase
    without dots (`names_degrees_pre.txt`, `names_religious.txt`)."""
    return _degree_words("names_degrees_pre.txt") | _religious_titles()


def _before_name_title(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG/LOC cut before a degree or a religious title that ends it right after a region's
    name, a capitalised word after the title (`Bupati Lambar Hi. Parosil Mabsus`, `Sekdakab
    Tulangbawang Ir. Anthoni`): the title opens the holder's name, no word of the region's. A
    region's name alone left is a LOC (`Tulangbawang`), also when the span keeps the title's dot
    as a word of its own (`Wali Kota Mataram H. Mohan`). A body's name ends before such a title
    too, after any word but a year's number (`Pengurus Besar Nahdlatul Ulama KH Yahya`, `TP PKK
    Hj. Rina`)."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) > 2 and toks[inside[-1]].text == ".":
        inside = inside[:-1]
    if ent.label == Label.PER or len(inside) < 2 or toks[inside[-1]].low.rstrip(".") not in _name_titles():
        return ent
    k = inside[-1]
    nxt = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "." else k + 1
    if nxt >= len(toks) or not toks[nxt].text[:1].isupper():
        return ent
    starts = [j for j in range(max(inside[0], k - MAX_REGION_WORDS), k) if j + region_len(toks, j) == k]
    if not starts and (ent.label != Label.ORG or toks[k - 1].text.isdigit()):
        return ent  # `Ramadhan 1439 H`: the era after a year
    cut = _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    return cut if cut is None or not starts or starts[0] != inside[0] else _relabel(cut, Label.LOC)


#: Words opening a holder's field after the body's name (`Ketua MUI Bidang Fatwa`, `Anggota KPU
#: Lampung Barat Divisi Teknis`), lowercase.
_FIELD_WORDS = frozenset({"bidang", "divisi"})


def _before_holder_field(ent: Entity, toks: Sequence[Tok]) -> Entity | None:
    """An ORG cut before a field's word written right after the region that ends a body's name
    (`KPU Lampung Barat Divisi Teknis Penyelenggaraan`) or, for `Bidang`, right after a known body's
    short name in capitals (`BGN Bidang Komunikasi Publik`): the field is the holder's title's, no
    word of the body's (GUIDELINES §6: only the office is an ORG). A field right after a head is the
    body's own (`Kementerian Koordinator Bidang Perekonomian`), and `Divisi` after a short name a
    branch (`Bulog Divisi Regional`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2:
        return ent
    for k in inside[1:]:
        field = toks[k].low in _FIELD_WORDS and toks[k].text[:1].isupper()
        if field and _body_ends_before(toks, inside[0], k):
            return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    return ent


def _body_ends_before(toks: Sequence[Tok], first: int, k: int) -> bool:
    """A body's name from ``first`` ends right before the field's word ``k``: a listed region
    ends there after the body's words, or (before `Bidang`) a known short name in capitals."""
    if any(j + region_len(toks, j) == k for j in range(max(first + 1, k - MAX_REGION_WORDS), k)):
        return True
    prev = toks[k - 1]
    return toks[k].low == "bidang" and prev.text.isupper() and prev.low in org_acronyms()


def _day_before_month(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is a day of the month (1 to 31) and a month's name follows it (`30 Mei`)."""
    word = toks[k].text
    return (
        word.isdecimal()
        and 1 <= int(word) <= MAX_MONTH_DAY
        and k + 1 < len(toks)
        and month_number(toks[k + 1].text) is not None
    )


def _without_rank(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """An ORG/LOC without the rank that ends it before a name (`Kapolsek Todanan Iptu Suhari`:
    the place is `Todanan`; `Kapolresta Bogor Kota Kombes Pol. Eko`): a rank opens a person's
    name, never ends a place's or a body's. So does a rank of two words or one with its corps in
    brackets, read by the name grammar's `match_marker`, whether the span ends on its first word
    or its last (`Panglima TNI Laksamana (Purn) Widodo`, `Ketua Umum PB Taekwondo Letnan Jenderal
    TNI Richard`). A rank followed by more of the span's words is part of the name (`Stadion
    Jenderal Sudirman Bantul`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2:
        return ent
    for k in inside[1:]:
        end = _rank_end(text, toks, k)
        if end is not None and end >= ent.span[1]:
            return _entity(ent.text[: toks[k - 1].end - ent.span[0]], ent.label, ent.span[0])
    return ent


#: How many characters after a word a rank and its corps are read in (`Letnan Jenderal TNI (Purn)`)
_RANK_WINDOW = 60


def _rank_end(text: str, toks: Sequence[Tok], k: int) -> int | None:
    """Where a rank that opens at ``toks[k]`` ends, its corps and brackets included (`Iptu`,
    `Kombes Pol.`, `Letnan Jenderal TNI`, `Laksamana (Purn)`: the name grammar's `match_marker`),
    when a capitalised word (a name) follows it; None when no rank opens there or none follows."""
    if toks[k].low.replace(".", "") not in marker_firsts():
        return None
    words = tokenize(text[toks[k].start : toks[k].start + _RANK_WINDOW])
    m = match_marker(words, 0)
    if m is None or m[0] is not Marker.RANK or m[1] >= len(words) or not _name_like(words[m[1]].text):
        return None
    return toks[k].start + words[m[1] - 1].end


def _religious_titled(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model ORG opened by a religious title before a name (`Kardinal Pierbattist Pizzaballa`,
    `Pdt Lukas Dewataraja`, `KH. Drs. Wijayanto`: the name grammar's `match_marker`) names a
    person, no body. A LOC is left alone: `Pemangku` is also a hamlet's word in Lampung."""
    if ent.label != Label.ORG or len(tokens_inside(ent.span, toks)) < 2:
        return False
    words = tokenize(ent.text)
    m = match_marker(words, 0)
    return m is not None and m[0] is Marker.REL and m[1] < len(words) and _name_like(words[m[1]].text)


def _strip_kinds(ent: Entity, toks: Sequence[Tok], text: str) -> Entity | None:
    """A model span without the generic kinds that open it (`UMKM Bintang Jaya Itah` is the
    business `Bintang Jaya Itah`; `IKM UMKM Bali` the place `Bali`). A span listed whole keeps its
    words, for the last checks to drop (`Pertamax Turbo` is a product, not `Pertamax` + `Turbo`)."""
    if ent.text.casefold() in _not_entities():
        return ent
    span = tokens_inside(ent.span, toks)
    inside = [toks[k] for k in span]
    k = 0
    # a kind that is also a head opens a name (`RS Medika Insani`, `SMP Negeri 2`)
    while k < len(inside) and inside[k].low in _not_entities() and match_head(toks, span[k]) is None:
        k += 1
    if k == 0:
        return ent
    if k == len(inside) or all(t.low in common_words() and not t.text.isupper() for t in inside[k:]):
        return None  # `Posyandu Lansia`: a kind of the kind, no name
    return _entity(text[inside[k].start : ent.span[1]], ent.label, inside[k].start)


def _past_group_head(ent: Entity, toks: Sequence[Tok], text: str, lower: frozenset[str]) -> Entity:
    """A group's head right before a body's head or a known body's short name in capitals (`Tim
    BPBD`, `Tim Dinas Sosial Kota Bima`, `Tim PT Pusri`): that body's team, no body of its own,
    so the ORG is the body. A group named by its task keeps its head (`Tim Pengawas Dinas
    Lingkungan Hidup`, `Tim Penggerak PKK`), and so does a kind of group in common words, for
    `_group_kind` to drop (`Tim Gugus Tugas penanganan`)."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label != Label.ORG
        or len(inside) < 2
        or toks[inside[0]].low not in word_set("entities_group_heads.txt")
        or _group_kind(ent, toks, lower)
    ):
        return ent
    k = inside[1]
    if not (_heads_body(toks, k) or (toks[k].text.isupper() and toks[k].low in org_acronyms())):
        return ent  # a team's nickname stays whole (`Tim Garuda`, `Garuda` a known body's word too)
    return _entity(text[toks[k].start : ent.span[1]], ent.label, toks[k].start) or ent


def _place_head_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC that is a level's or a facility's head alone (`Kota`, `Kecamatan`, `Kampung`),
    whatever found it, or written lowercase (`komplek`); an office's own short name stays (`Bapenda`)."""
    first = token_at(ent.span[0], toks)
    head = match_head(toks, first) if first is not None and ent.label != Label.PER else None
    if head is not None and head[2] in (Head.ADMIN, Head.FACILITY) and _head_only(ent, toks):
        return True
    return ent.label != Label.PER and _lowercase_head_alone(ent, toks)


def _lowercase_head_alone(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span of one word written lowercase that, capitalised, heads a level's or a
    facility's name (`di komplek ruko …`, `di dusun 1`): the kind in a sentence, no name."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) != 1 or not toks[inside.start].text.islower():
        return False
    found = _heads()[0].get((toks[inside.start].low,))
    return found is not None and found[1] in (Head.ADMIN, Head.FACILITY)


def _head_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A model span that is one head word and nothing else (`Kecamatan`, `Polres`): no name;
    a shouted one is a body's own short name (`DPRD`, `BKAD`), and so is a known one as written
    (`Banggar`, `Brimob`), and so is a facility's word the gazetteers list alone as a district's
    name where the article places it as one (`_placed_as_district`: `di Curug, Tangerang`). A
    level's word stays the level alone (`Kota`: a district's name too, but written alone it is
    the kind far more often)."""
    inside = list(tokens_inside(ent.span, toks))
    if len(inside) != 1:
        return False
    tok = toks[inside[0]]
    head = match_head(toks, inside[0])
    if head is None or head[0] != 1 or _own_name(tok) or tok.text.isupper():
        return False
    return not (
        head[2] is Head.FACILITY
        and region_len(toks, inside[0], kecamatan=True) == 1
        and _placed_as_district(toks, inside[0])
    )


def _placed_as_district(toks: Sequence[Tok], k: int) -> bool:
    """Whether the article places the word at ``k`` as a district: `ibu kota` after a comma
    (`di Benteng, ibu kota Kabupaten Kepulauan Selayar`: a regency's seat), or the same word after
    a level's word elsewhere (`Kecamatan Curug` … `Warga Curug`). A region after the comma places
    nothing the gazetteer can check (it lists no district's regency): `di Pendopo, Kabupaten
    Lamongan` is the regent's hall in its own regency; `di Pendopo, berbagai kebutuhan …` too."""
    if (
        k + 3 < len(toks)
        and toks[k + 1].text == ","
        and toks[k + 2].low == "ibu"
        and toks[k + 3].low == "kota"
    ):
        return True
    word = toks[k].text
    return any(
        j != k and j > 0 and toks[j].text == word and _admin_head(toks, j - 1)
        for j in word_positions(toks, {toks[k].low})
    )


def _defined_acronyms(toks: Sequence[Tok]) -> frozenset[str]:
    """All-caps short names the article defines in brackets after a body's name that an
    organisation head opens (`Balai Latihan Kerja (BLK)`, `Tim Anggaran Pemerintah Daerah
    (TAPD)`, `(DKP3)` with its number): the short name alone later is that body. A programme's
    (`Pembatasan Sosial Berskala Besar (PSBB)`) has no head and stays unexplained, and a law's
    (`Undang-Undang … (UUP2SK)`) a regulation's head."""
    found = set()
    for k in _bracket_words(toks):
        acr = toks[k].text
        if not (k >= 2 and _capitals_word(acr)):  # `(DKP3)` too
            continue
        for j in range(k - 2, max(-1, k - 2 - MAX_NAME_WORDS), -1):
            if not (_name_word(toks[j]) or toks[j].low in _joins()):
                break
            head = match_head(toks, j)
            if head is not None and head[1] is Label.ORG and toks[j].text[:1] == acr[:1]:
                if head[2] is not Head.NOT:  # a law's short name (`Undang-Undang … (UUP2SK)`) is none
                    found.add(acr)
                break
    return frozenset(found)


def _kind_acronyms(toks: Sequence[Tok]) -> frozenset[str]:
    """All-caps short names the article defines in brackets after lowercase words (`rencana tata
    ruang wilayah (RTRW)`, `pendapatan asli daerah (PAD)`): short names of kinds and plans, no
    body and no place wherever they stand alone."""
    return frozenset(
        toks[k].text
        for k in _bracket_words(toks)
        if k >= 2 and toks[k].text.isupper() and toks[k - 2].text.isalpha() and toks[k - 2].text.islower()
    )


#: Indonesia's time zones, written after a clock time (`15.00 WIB`): the time's, no name's.
_TIME_ZONES = frozenset({"wib", "wita", "wit"})
