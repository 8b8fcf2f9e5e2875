"""The page's own names: the dateline's place and outlet, outlets in the body, regions named.

`dateline_entities` reads the first line's place and agency (`clean.lexicon`'s agencies),
`outlet_entities` web domains, the outlets a story credits (`entities_source_cues.txt`) and
those it cites in a frame that names persons too (`sources.cited_sources`: `kepada AFP`),
`title_regions` the regions inside officials' titles and `named_regions` the gazetteers'
region, district and seat names written alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any

from ...clean.meta import agency_dateline_spans
from ...records import Entity, Span
from ...records import EntityLabel as Label
from ...resources import load_pairs
from ...text.tokens import DASHES, abbreviation_word
from ...text.words import common_words, outlet_rows, outlet_words, word_set
from .shortnames import _heads_body
from .sources import cited_sources, name_run_end, names_person, person_words
from .tokens import (
    _START,
    Tok,
    Tokens,
    _after_title,
    _body_in_capitals,
    _find_early,
    _gazetteer_key,
    _listed_in_capitals,
    _listed_tails,
    _name_word,
    _spelled,
    _split_spelling,
    _tail_only,
    hosted_event_at,
    lowercase_words,
    match_head,
    ocean_len,
    region_len,
    title_len,
    tokens,
)
from .words import (
    _CREDITED_NAME,
    _DESK,
    _DESK_WORD,
    _DOMAIN,
    _NEXT_SENTENCE,
    _NOT_OUTLET,
    _PROGRAMME_CUES,
    DISTRICTS_AS_PLACES,
    MAX_TITLE_WORDS,
    SENTENCE_ENDS,
    _countries,
    _districts,
    _heads,
    _name_elements,
    _regions,
    _seats,
    phrases,
)


def _agency_at(text: str, dateline: Any) -> tuple[Span, Span] | None:
    """The place's and the agency's spans of an agency's dateline behind a standfirst where the
    cleaner read it (`clean.meta.agency_dateline_spans`), when they spell the dateline's place and
    outlet (None: no such dateline, or the cleaner read another)."""
    spans = agency_dateline_spans(text)
    if spans is None or not dateline.place or not dateline.outlet:
        return None
    (place_start, place_end), (outlet_start, outlet_end) = spans
    same = text[place_start:place_end] == dateline.place and text[outlet_start:outlet_end] == dateline.outlet
    return spans if same else None


def dateline_entities(text: str, dateline: Any) -> list[Entity]:
    """The dateline's place as a LOC and its outlet as an ORG, as written in the body.

    >>> [(e.text, e.label) for e in dateline_entities("JEMBRANA, MANGUPURANEWS – Wakil Bupati …",
    ...     type("D", (), {"place": "Jembrana", "outlet": "Mangupuranews"})())]
    [('JEMBRANA', 'LOC'), ('MANGUPURANEWS', 'ORG')]
    """
    if dateline is None:
        return []
    found = []
    agency = _agency_at(text, dateline)
    for n, (surface, label) in enumerate(((dateline.place, Label.LOC), (dateline.outlet, Label.ORG))):
        span = agency[n] if agency is not None else _find_early(text, surface)
        if span is not None and label is Label.ORG:
            span = None if _credit_alone(text[span[0] : span[1]]) else _after_photo_credit(text, span)
        if span is not None and not (label is Label.LOC and _caption_label(text, span)):
            found.append(Entity(text[span[0] : span[1]], label.value, span))
    return found


def _after_photo_credit(text: str, span: Span) -> Span:
    """The masthead of a dateline's outlet that a photo's credit opens, an outlet's name, a slash
    and the photographer's before it (`TribunTravel.com/Arif Setyabudi TRIBUNNEWS.COM -`): its
    last word, a web domain or shouted; the outlet as it was otherwise."""
    surface = text[span[0] : span[1]]
    words = surface.split()
    if "/" not in surface or len(words) < 2 or "/" in words[-1]:
        return span
    last = words[-1]
    if not (last.isupper() or _DOMAIN.get().search(last)):
        return span
    return (span[1] - len(last), span[1])


def _credit_alone(surface: str) -> bool:
    """A dateline's outlet that is a photo's or a story's credit and no masthead, a web domain, a
    slash and a person's name (`TribunStyle.com/Yohanes Endra Kristianto`): a byline's words,
    no outlet named in the body (`Tribunkalteng.com/Herman …` is a byline on the dev pages); an
    address's path (`ptm.id/MitraDesa`) is none."""
    domain, slash, rest = surface.partition("/")
    return (
        bool(slash)
        and " " not in domain
        and bool(_DOMAIN.get().search(domain))
        and bool(_CREDITED_NAME.get().fullmatch(rest))
    )


def _caption_label(text: str, span: Span) -> bool:
    """A shouted label before a colon that names no known region (`FESTIVAL BATAGHARI: Stand-stand
    UMKM …` is a photo caption's label, `JAKARTA: …` a dateline)."""
    if not text[span[1] :].lstrip(" ").startswith(":"):
        return False
    toks = tokens(text[span[0] : span[1]])
    return region_len(toks, 0, kecamatan=True) != len(toks)


def title_regions(text: str, toks: Sequence[Tok], officials: Iterable[Any]) -> list[Entity]:
    """Regions named as their own words inside an official's title (`Bupati Jembrana I Nengah …`
    holds the LOC `Jembrana`; `Wakil Wali Kota Palangka Raya` the LOC `Palangka Raya`)."""
    found = []
    for official in officials:
        name_span = getattr(official, "name_span", None)
        if name_span is None or name_span[0] <= official.span[0]:
            continue
        lo, hi = official.span[0], name_span[0]
        k = bisect_left(toks, lo, key=_START)
        while k < len(toks) and toks[k].end <= hi:
            # a title of one word before it (`Bupati Jembrana`); a longer one holds the word itself
            # (`Komisaris Besar Polisi`: a rank, not the regency `Besar`)
            n = region_len(toks, k) if k > 0 and title_len(toks, k - 1) == 1 else 0
            if n and toks[k + n - 1].end <= hi:
                s, e = toks[k].start, toks[k + n - 1].end
                found.append(Entity(text[s:e], Label.LOC, (s, e)))
            k += max(n, 1)
    return found


def named_regions(text: str, toks: Sequence[Tok], person_spans: Sequence[Span] = ()) -> list[Entity]:
    """Province, regency, city, district and regency seat names written as they are listed
    (`Sumbar`, `Pandeglang`, `Liwa`), and the listed oceans and continents (`Samudra Hindia`),
    outside persons' names; the lowest-ranked source, so any longer entity wins."""
    starts = {s for s, _ in person_spans}
    inside = [(s, e) for s, e in person_spans]
    found, k = [], 0
    seats, firsts = _seats(), _gazetteer_firsts()
    lower = lowercase_words(toks)  # the article's common words
    while k < len(toks):
        word = toks[k].text
        if word[:1].islower() and word not in firsts:
            k += 1  # a lowercase word is its own key, and starts no capitalised or shouted name
            continue
        key = _gazetteer_key(toks[k])
        if (
            key not in firsts
            and not _split_spelling(toks, k)
            and not _listed_in_capitals(toks[k].text)
            and not ocean_len(toks, k)
        ):
            k += 1  # most words: no gazetteer name starts here (what `region_len` finds, quicker)
            continue
        n = max(region_len(toks, k), ocean_len(toks, k))  # `Samudera Atlantik`, not the district `Samudera`
        if DISTRICTS_AS_PLACES:
            # `region_len(toks, k, kecamatan=True)`: the longer of a region's and a district's
            # name (`Mesuji Timur` the district's, not `Mesuji` the regency's)
            n = max(n, _spelled(toks, k, _districts().get(_gazetteer_key(toks[k]), ())))
        n = n or _spelled(toks, k, seats.get(key, ()))  # a regency's seat (`Liwa`, `Menggala`)
        # a one-word region or district that is a common word (`Bukit`, `Tengah`, `Daya`: the
        # last word of `Aceh Barat Daya`, listed for titles) names nothing alone, unless a
        # position title ends before it (`_titled_common_region`) or the article writes a region's
        # or country's name so only capitalised mid-sentence (`_region_as_written`: `Indonesia`)
        common = n == 1 and toks[k].low in common_words() and not toks[k].text.isupper()
        n = (
            0
            if common and not _titled_common_region(toks, k, lower) and not _region_as_written(toks, k, lower)
            else n
        )
        if (
            n
            and not _body_in_capitals(toks[k])
            and toks[k].start not in starts
            and not any(s <= toks[k].start < e for s, e in inside)
            and not _inside_name(toks, k, n, starts)
        ):
            s, e = toks[k].start, toks[k + n - 1].end
            found.append(Entity(text[s:e], Label.LOC, (s, e)))
        k += max(n, 1)
    return found


def _titled_common_region(toks: Sequence[Tok], k: int, lower: frozenset[str]) -> bool:
    """A one-word listed province, regency, city or country (no district's or seat's name:
    `Sekretaris Negara`) that is a common word right after a position title (`Wali Kota Solo`,
    `Bupati Batang`, `Wali Kota Malang`): the title's region (GUIDELINES §6: `Bupati
    Jembrana` holds the LOC `Jembrana`), unless the word only ends longer regions' names
    (`Menteri Besar`, `Barat`), the article writes it lowercase too, a common word there
    (`Kepala Negara` beside `negara`), or a capitalised common word goes on with a body's name
    (`Menteri Sumber Daya Air`)."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    goes_on = after is not None and after.text[:1].isupper() and after.low in common_words()
    listed = toks[k].text not in _listed_tails(district=False) and toks[k].low not in lower
    return _after_title(toks, k) and region_len(toks, k) == 1 and listed and not goes_on


def _region_as_written(toks: Sequence[Tok], k: int, lower: frozenset[str]) -> bool:
    """A one-word listed province, regency, city or country that the training corpora also
    wrote lowercase (names_common_words.txt holds `indonesia`, `jepang`, `palestina`) names the
    place where this article writes it only capitalised and mid-sentence (`tenaga kerja
    Indonesia`, `kemerdekaan Palestina`); a sentence's first word (`Puncak acara …`), a word the
    article writes lowercase too (`batu`, `malang`) and a word listed only to end longer names
    (`Barat`, `Daya`) name nothing alone, nor does a country opening a programme's name (`program
    Indonesia pintar`: _PROGRAMME_CUES), a region that may end a name before it (`_head_before`,
    `_english_joined`, `_after_capitalised`), nor does a district's or a regency seat's name that is
    a common word (`Juli`, `Negara`, `Sumber`: no region's)."""
    word = toks[k].text
    capitalised = word[:1].isupper() and word[1:].islower() and region_len(toks, k) == 1
    as_name = capitalised and toks[k].low not in lower and not _opens_sentence(toks, k)
    programme = k > 0 and toks[k - 1].low in _PROGRAMME_CUES  # `program Indonesia pintar`
    named = _head_before(toks, k) or _english_joined(toks, k) or _after_capitalised(toks, k)
    return as_name and not programme and not _tail_only(word) and not named


def _after_capitalised(toks: Sequence[Tok], k: int) -> bool:
    """A capitalised word that is no function word stands right before ``k``, even opening a
    sentence (`Garena Indonesia mengumumkan …`, `Shell Indonesia`): the region may end its name
    (`Di Indonesia` opens no name, nor does a contest's or race's word that opens one:
    `hosted_event_at`)."""
    before = toks[k - 1] if k else None
    if before is None:
        return False
    if hosted_event_at(toks, k - 1) is not None:  # `Liga Inggris`, `MotoGP Spanyol`: the host's place,
        return _after_capitalised(toks, k - 1)  # unless a name runs on before (`Komite Olimpiade …`)
    return before.text[:1].isupper() and before.low not in word_set("clean_function_words.txt")


#: The most words before a region back to a body's or facility's head whose name the region ends
#: (`kementerian pertanian republik Indonesia`: three).
MAX_HEAD_BEFORE = 3


def _head_before(toks: Sequence[Tok], k: int) -> bool:
    """A body's or facility's head, as written or lowercase, opens a name within
    `MAX_HEAD_BEFORE` words before ``k`` with no function word or mark between (`yayasan jantung
    Indonesia`, `Pasar way Batu`): the region ends that name, no place of its own. A lowercase
    head right before the region is the common noun (`pemerintah Tiongkok`: the country's)."""
    for j in range(k - 1, max(-1, k - MAX_HEAD_BEFORE - 1), -1):
        low = toks[j].low
        if not low.isalpha() or (j < k - 1 and low in word_set("clean_function_words.txt")):
            return False
        written = toks[j].text[:1].isupper() or j < k - 1  # `pemerintah Tiongkok`: the country's
        if written and _word_opens_head(toks[j].text.capitalize()):
            return True
    return False


@lru_cache(maxsize=4096)
def _word_opens_head(word: str) -> bool:
    """A head opens at ``word`` read alone (`match_head` of its own tokens): one word's answer,
    kept, where `_head_before` tokenised the word again at each region (some 3,200 times over dev
    102 + news-raw 0-499)."""
    return match_head(tokens(word), 0) is not None


@cache
def _gazetteer_firsts() -> frozenset[str]:
    """The first words of the listed regions, districts and seats: one lookup a word where
    `named_regions` made three."""
    return frozenset(_regions()) | frozenset(_districts()) | frozenset(_seats())


def _after_dash(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` follows a dash set apart by spaces (`Medialampung.co.id – Kabar …`,
    `(ANTARA) - Bek …`, a list's `- Cek …`): it opens the text after a dateline or an item."""
    dash = toks[k - 1] if k >= 1 else None
    return dash is not None and dash.text in DASHES and dash.end < toks[k].start


def _opens_text(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a sentence (`_opens_sentence`) or the text after a dash
    (`_after_dash`): capitalised by its place."""
    return _opens_sentence(toks, k) or _after_dash(toks, k)


def _opens_sentence(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a sentence: the text's first, or after a stop, a colon or a quote;
    the dot of a dotted head ends no sentence (`PT. Bank Rakyat Indonesia`, `Kab. Lampung`)."""
    if k == 0:
        return True
    if toks[k - 1].text not in SENTENCE_ENDS:
        return False
    before = toks[k - 2] if k >= 2 else None
    return not (
        toks[k - 1].text == "."
        and before is not None
        and before.end == toks[k - 1].start
        and (before.low + ".",) in _heads()[0]
    )


def _opens_clause(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a sentence or a clause: first, after a sentence's end
    (`_opens_sentence`: no dotted head's dot) that is no abbreviation's dot (`dr. Tirta`, `Prof.
    Wiku`: `_abbreviation_dot`), a quote, a dash or an opening bracket, or after a comma closing a
    lowercase word or a sentence's one opening word (`Sebelumnya, Gedung Putih menyebut …`). After
    a comma closing a name it is the next item of a list or an address (`Tucson, Arizona bahkan
    mengungkapkan`, `di Jalan Sudirman, Pasar Bandarjaya mengatakan`: a resident speaks); after a
    closing bracket it goes on a name (`Satuan Pelayanan (Kasatpel) Bandara …`)."""
    if k <= 0 or toks[k - 1].text[:1].isalnum():
        return k == 0
    mark = toks[k - 1].text
    if mark in (")", "]"):
        return False
    if mark in SENTENCE_ENDS:
        return _opens_sentence(toks, k) and not _abbreviation_dot(toks, k - 1)
    if mark != ",":
        return True
    before = k - 2
    return before <= 0 or toks[before].text.islower() or not toks[before - 1].text[:1].isalnum()


def _opens_agent_clause(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` opens a clause whose subject an active verb may follow (`bodies._agent_of`,
    `cuts._written_acting`): one `_opens_clause` reads, or the word after the comma closing a
    phrase a preposition opens the sentence with (`Di Jakarta, KLH mengambil …`, `Menurut Reuters,
    CSRA membidik …`: `_after_opening_phrase`), whose last word may be a name. A speaker's clause
    (`resolve._speaking_at_start`) reads `_opens_clause` alone."""
    return _opens_clause(toks, k) or _after_opening_phrase(toks, k)


#: Prepositions that open a sentence with a phrase closed by a comma before its subject (`Di
#: Jakarta, KLH mengambil …`, `Menurut Reuters, CSRA …`, `Dalam rapat itu, …`, `Bagi Pemkab, …`).
_OPENING_PREPOSITIONS = frozenset({"di", "menurut", "dalam", "bagi"})

#: The most words such an opening phrase holds, its preposition included.
_OPENING_PHRASE_WORDS = 6


def _after_opening_phrase(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` follows a comma closing a phrase of words only, at most
    `_OPENING_PHRASE_WORDS`, that a capitalised preposition (`_OPENING_PREPOSITIONS`) opens a
    sentence with (`_opens_sentence`)."""
    if k < 3 or toks[k - 1].text != ",":
        return False
    for start in range(k - 2, max(k - 2 - _OPENING_PHRASE_WORDS, -1), -1):
        if not toks[start].text[:1].isalnum():
            return False
        if _opens_sentence(toks, start):
            word = toks[start]
            return word.text[:1].isupper() and word.low in _OPENING_PREPOSITIONS
    return False


#: The most letters of a word whose glued dot is an abbreviation's, not a sentence's end (`dr.`,
#: `Dr.`, `H.`, `Ir.`); longer ones are listed (text_abbreviations.txt: `Prof.`, `Drs.`).
_ABBREVIATION_LETTERS = 2


def _abbreviation_dot(toks: Sequence[Tok], j: int) -> bool:
    """The dot at ``j`` is glued to a short word or a listed abbreviation (text_abbreviations.txt)."""
    if toks[j].text != "." or j == 0 or toks[j - 1].end != toks[j].start:
        return False
    return abbreviation_word(toks[j - 1].text, _ABBREVIATION_LETTERS)


def _glues(toks: Sequence[Tok], j: int, person_starts: frozenset[int] | set[int]) -> bool:
    """The word at ``j`` continues a name it stands beside: a capitalised word that is no
    person's first word, no title, no head and no particle (`Daya` in `Sumber Daya`)."""
    tok = toks[j]
    return (
        _name_word(tok)
        and tok.text[:1].isalpha()
        and tok.start not in person_starts
        and tok.low not in _name_elements()
        and title_len(toks, j) == 0
        and match_head(toks, j) is None
    )


def _inside_name(toks: Sequence[Tok], k: int, n: int, person_starts: frozenset[int] | set[int]) -> bool:
    """A gazetteer name at words ``k`` to ``k+n`` that is part of a longer capitalised name
    (`Sumber Daya Manusia`, `Komodo Waterfront Festival`, `Sastra Indonesia`): a district or
    region name spelled by a word of another name is no place of its own. A capitalised word
    opening a sentence before it glues nothing (`Di Bali`), nor does a contest's or a race's word
    named after its host (`Olimpiade Tokyo 2020`, `Thailand Open`: `hosted_event_at`)."""
    # `Komisaris Besar`: a word of a rank or title is no place
    if any(title_len(toks, j) > k - j for j in range(max(0, k - MAX_TITLE_WORDS + 1), k)):
        return True
    before = k - 1
    if before >= 0 and _glues(toks, before, person_starts) and hosted_event_at(toks, before) is None:
        opens = _opens_sentence(toks, before)
        # `Widang Tuban`: a place before a place is a list, not one name
        if not opens and not region_len(toks, before, kecamatan=True):
            return True
    after = k + n
    return (
        after < len(toks)
        and _glues(toks, after, person_starts)
        and not region_len(toks, after)
        and hosted_event_at(toks, after) != "contest"  # `Thailand Open`; not `Mandalika MotoGP`
        and not (
            _event_named_after(toks, after) and _region_or_ocean(toks, k, n) and not _english_joined(toks, k)
        )
    )


#: The most capitalised words after a place up to the event's word that ends the event's name
#: (`Jogja Financial Festival`: two); a longer run reads as a body's or a title's name.
MAX_EVENT_TAIL = 3


def _region_or_ocean(toks: Sequence[Tok], k: int, n: int) -> bool:
    """Words ``k`` to ``k+n`` spell a listed province's, regency's, city's or country's name, or an
    ocean's or continent's (`Jogja`, `Indonesia`, `Asia`), not a district's only: an event named
    after a district's word names a thing of its own (`Komodo Waterfront Festival`)."""
    return region_len(toks, k) == n or ocean_len(toks, k) == n


def _english_joined(toks: Sequence[Tok], k: int) -> bool:
    """An English function word written lowercase between a capitalised word and the word at
    ``k`` (`University of Singapore`, clean_english_words.txt) joins them into one name."""
    if k < 2 or not toks[k - 1].text.islower() or toks[k - 1].low not in word_set("clean_english_words.txt"):
        return False
    return _name_word(toks[k - 2]) and toks[k - 2].text[:1].isupper()


def _event_named_after(toks: Sequence[Tok], after: int) -> bool:
    """The capitalised words from ``after`` reach an event's word within `MAX_EVENT_TAIL` words
    (entities_events.txt: `Jogja Financial Festival`, `Indonesia Investment Day`, `Bali Expo`):
    the event is named after the place before them, which stays a place of its own (the news-raw
    annotation's convention: a place inside an event's name is listed, the event is not)."""
    events = word_set("entities_events.txt")
    for j in range(after, min(after + MAX_EVENT_TAIL, len(toks))):
        if not (_name_word(toks[j]) and toks[j].text[:1].isupper()):
            return False
        if toks[j].low in events:
            return True
    return False


def _continues_name(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` continues the capitalised name before it (`Bank Rakyat Indonesia`: no
    masthead `Rakyat` there); a word opening a sentence continues nothing."""
    before = k - 1
    if before < 0 or not _name_word(toks[before]) or not toks[before].text[:1].isalpha():
        return False
    return not _opens_sentence(toks, before)


#: The most words of an outlet's or agency's name after a source cue (`Tribun Jabar Online`).
MAX_OUTLET_WORDS = 3


@cache
def _source_cues() -> frozenset[tuple[str, ...]]:
    """The source cues of entities_source_cues.txt and entities_source_cues_closed.txt."""
    return phrases("entities_source_cues.txt") | _closed_cues()


@cache
def _closed_cues() -> frozenset[tuple[str, ...]]:
    """entities_source_cues_closed.txt: cues that quote persons too (bare `dikutip`), crediting
    only a name that closes its clause (`_closes_credit`)."""
    return phrases("entities_source_cues_closed.txt")


def _closes_credit(toks: Sequence[Tok], end: int) -> bool:
    """A credit's name ending before word ``end`` closes its clause: the text's end, a mark or
    `dari` follows (`dikutip Antara, Selasa`, `dikutip Kompas.com dari Reuters`), where a person
    quoting goes on (`dikutip Gus Dur dalam ceramahnya`)."""
    return end == len(toks) or toks[end].low == "dari" or not toks[end].text[:1].isalnum()


@cache
def _source_cue_lengths() -> tuple[int, ...]:
    """The word counts of the source cues: a cue is looked up by the words before a name."""
    return tuple(sorted({len(cue) for cue in _source_cues()}))


@cache
def _source_cue_lasts() -> frozenset[str]:
    """The last words of the source cues (`dari`, `dilansir`): a word before a name that is none
    of them ends no cue."""
    return frozenset(cue[-1] for cue in _source_cues())


def _relayed(toks: Sequence[Tok], k: int, cues: frozenset[tuple[str, ...]]) -> bool:
    """Word ``k`` follows a two-word source cue ending in `dari` with the relaying outlet's one
    word between (`dikutip detikINET dari TechSpot`, `dilansir Kompas dari Reuters`): the outlet
    the relaying one quotes, an outlet too."""
    return (
        k >= 3
        and toks[k - 1].low == "dari"
        and not toks[k - 2].text.islower()
        and toks[k - 2].text[:1].isalpha()
        and (toks[k - 3].low, "dari") in cues
    )


def _credited(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """The outlet or agency a story credits (`dilansir Antara`, `dikutip dari Tribun Bali`): the
    capitalised words right after a source cue, no title among them, not two or more persons'
    name words (`sources.names_person`: `dilansir dari Fabrizio Romano` quotes a person); after a
    cue that quotes persons too (bare `dikutip`) only a name that closes its clause and holds a
    word no person's name holds (`dikutip Antara,`; not `dikutip Meutya,`)."""
    found = []
    cues, lengths, lasts = _source_cues(), _source_cue_lengths(), _source_cue_lasts()
    for k in range(1, len(toks)):
        # a cue ends with one of few words: most capitalised words follow none
        if not toks[k].text[:1].isupper() or toks[k - 1].low not in lasts:
            continue
        lows = tuple(t.low for t in toks[max(0, k - lengths[-1]) : k])
        matched = [lows[-n:] for n in lengths if n <= k and lows[-n:] in cues]
        if not matched and not _relayed(toks, k, cues):
            continue
        # a cue that quotes persons too credits a closing name none of whose words is a person's
        closed = bool(matched) and all(cue in _closed_cues() for cue in matched)
        end = name_run_end(toks, k, MAX_OUTLET_WORDS)
        if end > k and (not closed or _closes_credit(toks, end)):
            s, e = toks[k].start, toks[end - 1].end
            glued = _NEXT_SENTENCE.get().search(text, s, e)  # `Antara.Kusnadi`: a lost space
            e = glued.start() + 1 if glued else e
            if not (person_words(text[s:e]) if closed else names_person(text[s:e])):
                found.append(Entity(text[s:e], Label.ORG, (s, e)))
    return found


def outlet_entities(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """News outlets named in the body (GUIDELINES §6): a web domain (`bangkapos.com`), a
    capitalised word before an outlet suffix (`Pasundan Ekspres`, `Riau Pos`), a masthead
    before a region (`Kabar Banten`, `Tribun Bali`) and a lowercase masthead with its desk glued
    on (`detikSumbagsel`).

    >>> text = "dikutip dari bangkapos.com dan Pasundan Ekspres, juga Kabar Banten."
    >>> [e.text for e in outlet_entities(text, tokens(text))]
    ['bangkapos.com', 'Pasundan Ekspres', 'Kabar Banten']

    For `Tokens` of ``text`` they are found once (kept in its ``outlets``): the readings
    (`resolve_entities`) and the organisation decision's vouching both ask.
    """
    if not isinstance(toks, Tokens) or toks.text != text:
        return _outlets_of(text, toks)
    if toks.outlets is None:
        toks.outlets = tuple(_outlets_of(text, toks))
    return list(toks.outlets)


def _outlets_of(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """The outlets of `outlet_entities`, found afresh."""
    names, suffixes, _ = outlet_words()
    ends = _masthead_ends()
    found = _credited(text, toks) + cited_sources(text, toks)
    for k, tok in enumerate(toks):
        end, skip, cut, first = None, 0, len(tok.text), k
        # a lowercase word holds no capital after its first letter: most words skip the desk test
        lowercase = tok.text.islower()
        # a domain holds a dot: most words need no search
        if "." in tok.text and _DOMAIN.get().search(tok.text) and not _NOT_OUTLET.get().search(tok.text):
            end = k
        elif (
            not lowercase
            and _mixed_lowercase(tok.text[1:])
            and (glued := _masthead_in(tok.text, names)) is not None
        ):
            # `detikFinance`, `daridetikFinance`: a masthead and its desk in one word
            end, (skip, cut) = k, glued
        elif (
            (lowercase or tok.text.endswith("com"))
            and tok.text.endswith(ends)
            and (skip := _glued_masthead_start(tok.text))
        ):
            # `kepadadetikcom`, `Pantauandetikcom`: a one-word masthead glued to the word before
            # it; after a capitalised word only a domain's (`Diskominfo` is a body's name)
            end = k
        elif k + 1 < len(toks) and tok.text[:1].isupper() and toks[k + 1].text[:1].isupper():
            nxt = toks[k + 1]
            # `PT Pos Indonesia`: a suffix after a body's head is the company's own word
            if (
                nxt.low in suffixes
                and nxt.low not in outlet_rows("dateline_suffix")
                and tok.low not in suffixes
                and title_len(toks, k) == 0
                and not _heads_body(toks, k)
            ):
                end, first = k + 1, _masthead_start(toks, k) if nxt.low in _english_mastheads("end") else k
            elif tok.low in names and region_len(toks, k + 1) and not _continues_name(toks, k):
                end = k + region_len(toks, k + 1)
        if end is not None:
            # `SUPARMAN/PASUNDAN EKSPRES`: a photo credit's outlet after the photographer
            s, e = tok.start + max(skip, tok.text.rfind("/") + 1), toks[end].end - len(tok.text) + cut
            s = toks[first].start if first < k else s
            found.append(Entity(text[s:e], Label.ORG, (s, e)))
    of_countries = _mastheads_of_countries(text, toks)
    # `Melansir Times of India`: the suffix rule's `Melansir Times` is the same masthead cut short
    found = [
        e for e in found if not any(e.span[0] < o.span[1] and o.span[0] < e.span[1] for o in of_countries)
    ]
    return found + of_countries


def _mastheads_of_countries(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """An English newspaper's masthead suffix (entities_english_mastheads.txt `end`: `Times`)
    written capitalised with `of` and a country's name after it (entities_countries.txt: `dikutip
    dari Times of India`, `The Times of Israel`): the outlet, its title-case words before it
    included (`_masthead_start`); it takes the place of a masthead the suffix rule read into it."""
    found = []
    for k in range(len(toks) - 2):
        tok, of, country = toks[k], toks[k + 1], toks[k + 2]
        if (
            tok.text[:1].isupper()
            and tok.low in _english_mastheads("end")
            and of.text == "of"
            and country.low in _countries()
            and country.text[:1].isupper()
        ):
            s = toks[_masthead_start(toks, k)].start
            found.append(Entity(text[s : country.end], Label.ORG, (s, country.end)))
    return found


@cache
def _english_mastheads(kind: str) -> frozenset[str]:
    """The words of ``kind`` in entities_english_mastheads.txt (`end`: `times`; `opener`: `new`)."""
    return frozenset(word for k, word in load_pairs("entities_english_mastheads.txt") if k == kind)


def _masthead_start(toks: Sequence[Tok], k: int) -> int:
    """Where an English newspaper's masthead ending in a suffix after word ``k`` starts: the
    title-case words run back from ``k`` within the sentence (`The New York Times`, `South China
    Morning Post`), none opening the sentence (`Dilansir Lampung Post`), in capitals, a title's or
    a body's head (`Ketua PWI Lampung Post`)."""
    j = k
    while j > 1 and _masthead_word(toks, j - 1):
        j -= 1
    return j


def _masthead_word(toks: Sequence[Tok], j: int) -> bool:
    """Word ``j`` is a title-case word inside a sentence, no Indonesian common word but a place's
    English opener (entities_english_mastheads.txt), that opens no title nor body."""
    word, before = toks[j].text, toks[j - 1].text
    common = toks[j].low in common_words() and toks[j].low not in _english_mastheads("opener")
    title_case = word[:1].isupper() and word[1:].islower() and word.isalpha() and not common
    inside = before not in SENTENCE_ENDS and before not in {"(", ")", "-", "–", "—", ","}
    return title_case and inside and title_len(toks, j) == 0 and not _heads_body(toks, j)


def _masthead_in(word: str, names: frozenset[str]) -> tuple[int, int] | None:
    """Where a lowercase masthead and its desk (`detikJateng`) lie in a word, also when lost
    spaces glued the words around them on (`kepadadetikJateng`, `DilansirdetikNews`,
    `detikJatengSelasa`, `detikSulseldi`, `detikJabarpukul`): the desk is one capitalised word,
    less a word glued to its end (`_desk_end`); None when the word holds no masthead."""
    m = _DESK.get().fullmatch(word[:1].lower() + word[1:])
    lead = m.group(1) if m else ""
    start = next((i for i in range(len(lead) - 1) if lead[i:] in names and i != 1), None)
    if start is None:
        return None
    desk = _DESK_WORD.get().match(word, len(lead))
    return start, desk.start() + _desk_end(desk.group())


MIN_GLUED_LEAD = 3


def _glued_masthead_start(word: str) -> int:
    """Where a listed one-word masthead with its domain or suffix (`detikcom`, `antaranews`:
    `_glued_masthead`) starts after a word of three letters or more glued before it by a lost
    space (`kepadadetikcom`, `dilihatdetikcom`); 0 when none."""
    if not word.endswith(_masthead_ends()):
        return 0
    return next((i for i in range(MIN_GLUED_LEAD, len(word) - 3) if _glued_masthead(word[i:])), 0)


@cache
def _masthead_ends() -> tuple[str, ...]:
    """How a one-word masthead with its domain or suffix ends (`com`, the outlet suffixes)."""
    return ("com", *outlet_words()[1])


def _desk_end(desk: str) -> int:
    """Where a desk glued to its masthead ends: after the longest listed desk it opens with
    (entities_outlet_desks.txt: `Jabarpukul` -> `Jabar`), else before a function word glued to
    its end (`_function_tail`: `Sulseldi` -> `Sulsel`)."""
    listed = (n for n in range(len(desk), 1, -1) if desk[:n].lower() in word_set("entities_outlet_desks.txt"))
    return next(listed, len(desk) - _function_tail(desk))


def _function_tail(word: str) -> int:
    """The length of the longest function word glued to a word's end (`Sulseldi`: 2), three
    letters of the word kept; 0 when none (a one-letter word is too often a word's own end)."""
    ends = (n for n in range(len(word) - 3, 1, -1) if word[-n:] in word_set("clean_function_words.txt"))
    return next(ends, 0)


def _mixed_lowercase(word: str) -> bool:
    """A word that starts lowercase and holds a capital (`detikJateng`): a glued desk may; the
    test spares most words the pattern."""
    return word[:1].islower() and not word.islower()


def _glued_masthead(word: str) -> bool:
    """A listed outlet name of one word that ends in `com` or an outlet suffix after more letters
    (`detikcom`, `antaranews`); a bare suffix or a common word of the list (`news`, `suara`) not."""
    names, suffixes, _ = outlet_words()
    return word in names and any(word.endswith(s) and len(word) > len(s) for s in ("com", *suffixes))
