"""Kinds that are no names: heads alone, a facility's kind, school grades, events, nicknames.

An ORG/LOC of head words alone (`Kantor Desa`), a facility's head and its kind (`Hotel
Berbintang`), a school grade (`entities_school_grades.txt`), a nickname
(`entities_nicknames.txt`), an event, programme or disease (`entities_events.txt`,
`entities_diseases.txt`), words the article also writes in lowercase, a phrase the corpus
writes lowercase (`entities_terms_written_low_derived.txt`, derived), glosses in brackets,
words of a regulation's title (`… Tahun 2023 tentang …`) or of a quoted title after a titling
word (`entities_title_cues.txt`), a name opened by an act's noun (`entities_activity_nouns.txt`),
a kind counted in the plural (`entities_plural_quantifiers.txt`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from ...learn import LOW_DECADES
from ...people.corpus import (
    BODY_ARTICLES_MIN,
    body_name_word,
    corpus_body_word,
    corpus_counts,
    name_counts,
    person_name_word,
)
from ...people.lexicon import names_a_body, role_words
from ...records import Entity, Span
from ...records import EntityLabel as Label
from ...resources import load_table
from ...text.patterns import LazyPattern
from ...text.tokens import QUOTE_MARKS
from ...text.words import (
    common_words,
    english_body_words,
    given_names,
    in_order,
    org_acronyms,
    org_words,
    outlet_words,
    team_articles,
    word_set,
)
from .grammar import _programme_place
from .page import _english_mastheads, _opens_sentence
from .shortnames import _bracketed, _initials, _no_place_head
from .tokens import (
    _START,
    Tok,
    _own_name,
    hosted_event_at,
    match_head,
    race_words,
    region_len,
    token_at,
    tokens_inside,
    word_positions,
)
from .words import (
    _ROMAN,
    _YEAR,
    Head,
    _english_joins,
    _heads,
    _joins,
    _not_entities,
    _words_by_kind,
    country_or_region,
)


def _heads_only(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC of head words alone (`Puskesmas Kecamatan`, `Kantor Desa`, `SMK Negeri`), or a
    list of kinds (`Kementerian/Lembaga`, `Pemerintah Kab/Kota`, `Kementerian, Lembaga`): a kind of
    office or facility, no name (GUIDELINES §6: generic kinds are no entities)."""
    inside = tokens_inside(ent.span, toks)
    first = match_head(toks, inside.start) if ent.label != Label.PER and inside else None
    if first is None and inside and ent.label != Label.PER and "/" in toks[inside.start].text:
        first = (0, Label.ORG, Head.BODY)  # `Kementerian/Lembaga`: the slashed kinds below
    if first is None or first[0] > len(inside):
        return False
    if first[0] == len(inside):  # a head alone: a kind (`Kementerian`), unless its own name (`Bapenda`)
        return len(inside) == 1 and first[2] is Head.BODY and not _own_name(toks[inside.start])
    k, own = inside.start + first[0], _own_name(toks[inside.start])  # `Dekranasda Kabupaten/Kota` names one
    while k < inside.stop:
        if toks[k].text == "," or toks[k].low in _joins() or (not own and _slashed_kinds(toks[k])):
            k += 1
            continue
        head = match_head(toks, k)
        listed = toks[k - 1].text == "," and head is not None and head[2] is Head.BODY and not own
        if listed and (k + 1 == inside.stop or toks[k + 1].text == ","):
            k += 1  # `Kementerian, Lembaga`: a list of kinds
            continue
        if head is None or head[2] is not Head.ADMIN:
            return False  # a name word or an office's own name (`Kantor Kemendagri`)
        k += head[0]
    return True


def _facility_kind(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC of a facility's head and words for its kind alone (`Hotel Berbintang`, `Bandara
    Komersial`, `Puskesmas Rawat Inap`), or a head of two words alone (`Rumah Sakit`, `Balai Desa`):
    a kind of facility, no name (GUIDELINES §6); a name after them names one (`Puskesmas Rawat
    Inap Bakauheni`), and so does a shouted word (`Pasar MODERN`)."""
    inside = tokens_inside(ent.span, toks)
    head = match_head(toks, inside.start) if ent.label != Label.PER and inside else None
    if head is None or head[2] is not Head.FACILITY or head[0] > len(inside):
        return False
    rest = range(inside.start + head[0], inside.stop)
    if not rest:
        return head[0] > 1 and not any(toks[k].text.isupper() for k in inside)
    kinds = word_set("entities_kind_words.txt")
    return all(toks[k].low in kinds and not toks[k].text.isupper() for k in rest)


@cache
def _school_grades() -> dict[str, frozenset[str]]:
    return _words_by_kind("entities_school_grades.txt")


def _school_grade(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG that opens with a school level's head and a grade's word (`siswa SD Kelas 1-3`,
    `materi SMP Kelas 7-9 …`: entities_school_grades.txt): a grade of pupils, no school named
    (GUIDELINES §6: generic kinds are no entities); a school's own name stays (`SD Negeri 3`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2:
        return False
    head, nxt = toks[inside.start], toks[inside.start + 1]
    return head.low in _school_grades()["school"] and nxt.low in _school_grades()["grade"]


def _nickname_words() -> dict[str, frozenset[str]]:
    return _words_by_kind("entities_nicknames.txt")


def _nickname(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC right after a person's or a team's noun and a nickname's cue, `yang` between
    them or not (`pembalap berjuluk The Doctor`, `Rider yang berjuluk El Diablo`, `klub berjuluk
    The Magpies`: entities_nicknames.txt): the nickname, no body and no place; a head or a listed
    region opens a name of its own."""
    k = token_at(ent.span[0], toks)
    if ent.label == Label.PER or k is None or k < 2 or toks[k - 1].low not in _nickname_words()["cue"]:
        return False
    head = match_head(toks, k)
    if (head is not None and head[2] is not Head.JOIN) or region_len(toks, k, kecamatan=True):
        return False  # `The` joins a name's words, and opens a nickname
    j = k - 3 if toks[k - 2].low == "yang" and k >= 3 else k - 2
    return toks[j].low in _nickname_words()["person"] | _nickname_words()["team"]


def _team_nickname(ent: Entity, toks: Sequence[Tok], sports: bool) -> bool:
    """An ORG of two words, a European plural article and a capitalised word (`Les Parisiens`,
    `Die Borussen`, `Los Blancos`: names_team_articles.txt, less the articles marked `name`) or
    English `The` and a plural (`The Gunners`, `The Citizens`: `_ENGLISH_PLURAL`), on a sports
    page (``sports``: a word of `SPORTS_WORDS`, `laga`, `gol`, `klasemen`, in the article): a
    club's or a squad's nickname, no body listed (data/annotations convention: team nicknames
    are not listed). A known place is never one: a newspaper's masthead word (`The Times`:
    entities_english_mastheads.txt), a listed region or country spelled from the article or its
    word (`Los Angeles`), or a name right after the locative `di` (`digelar di The Dome`); off a
    sports page the name is a band's or a gang's (`The Beatles`, `Los Pulpos`), a body."""
    inside = tokens_inside(ent.span, toks)
    if not sports or ent.label != Label.ORG or len(inside) != 2:
        return False
    article, word = toks[inside.start], toks[inside.start + 1]
    if not word.text[:1].isupper() or word.low in _english_mastheads("end") or _known_place(ent, toks):
        return False
    european = article.text in team_articles(nickname=True)
    plural = article.text == "The" and _ENGLISH_PLURAL.get().fullmatch(word.text) is not None
    return european or plural


def _known_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A name of two words (an article and a word) the gazetteer or the article reads as a
    place: a listed region from its first word or its second (`Los Angeles`), a country or
    region as a whole (`country_or_region`), or an English `The` and its word right after the
    locative `di` (news-raw 0-9947: `di The Dome`, `di The Woodlands`, a venue); a team's
    nickname after `di` stays one (`bertahan di Los Blancos`, `kariernya di Les Bleus`)."""
    inside = tokens_inside(ent.span, toks)
    if region_len(toks, inside.start) or region_len(toks, inside.start + 1) or country_or_region(ent.text):
        return True
    return inside.start > 0 and toks[inside.start - 1].low == "di" and toks[inside.start].text == "The"


#: An English plural written capitalised (`Gunners`, `Citizens`, `Magpies`): a word ending in one
#: `s` after a letter that is no `s` (`Express`, `Congress` are no plurals).
_ENGLISH_PLURAL = LazyPattern(r"\p{Lu}\p{Ll}+[^s]s")


def _slashed_kinds(tok: Tok) -> bool:
    """A word of head words joined by slashes (`Kab/Kota`, `Kementerian/Lembaga`), none a body's
    own name."""
    phrases = _heads()[0]
    parts = tok.text.lower().split("/")
    return len(parts) > 1 and all(
        ((p,) in phrases or (p + ".",) in phrases) and p not in org_acronyms() for p in parts
    )


def _spelled_kind(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG spelled out before its short name in brackets, the short name a kind's (`Badan
    Usaha Milik Desa (BUMDes)`, `Organisasi Perangkat Daerah (OPD)`, `Coronavirus Disease 2019
    (Covid-19)`): the kind written in full, no name (`Badan Usaha Milik Daerah (BUMD) Tulang
    Bawang Jaya` names one). A proper name's word among them (`body_name_word`) names a body
    whose short name is a kind's by chance (`Ikatan Keluarga Minang (IKM)`, `China Central
    Television (CCTV)`; news-raw, every line with a kind's short name in brackets, session 38:
    those 2 of 94 such spans, both bodies)."""
    k = bisect_left(toks, ent.span[1], key=_START) if ent.label == Label.ORG else None
    if k is None or k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
        return False
    inside = tokens_inside(ent.span, toks)
    if any(toks[j].text[:1].isupper() and body_name_word(toks[j].text) for j in inside):
        return False
    short = toks[k + 1].text.lower()
    initials = "".join(c for c in _initials(toks, inside).lower() if not c.isdigit())
    # the short name abbreviates these very words, by initials or by syllables whose initials it
    # holds in order (`Coronavirus Disease 2019 (Covid-19)`); not `PT Hutama Karya (Persero)`,
    # nor `Kementerian Badan Usaha Milik Negara (BUMN)`, a ministry
    return (
        short in _not_entities()
        and len(initials) > 1
        and short[:1] == initials[:1]
        and in_order(initials, short)
    )


@cache
def _event_words() -> frozenset[str]:
    """Words for an event, a programme or a disease (`entities_events.txt`, `entities_diseases.txt`)."""
    return word_set("entities_events.txt") | word_set("entities_diseases.txt")


def _event(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC naming an event, a programme or a disease (`Festival Bakar Batu`, `Siloam
    Oncology Summit`, `Program Keluarga Harapan`, `Virus Corona`, GUIDELINES §6), not a body or
    facility whose name holds one of those words after its head (`Pos Pengamanan Operasi Ketupat`).
    A head that is an event's word itself names a body only before an organisation's word (`GP
    Ansor`); before a place it is the race (`GP Spanyol`, `GP Americas`). A constituted body's noun
    opening the name makes it the body that runs the event (`Komite Olimpiade Indonesia`:
    entities_council_nouns.txt), a side's noun the side that plays it (`Timnas Gulat Asian Games
    Indonesia`: `_body_noun_opening`), a noun for people after the event's word the people
    banded together (`Gerakan Mahasiswa Nasional Indonesia`: `_people_moving`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not any(
        toks[k].low in _event_words() and toks[k].text[:1].isupper() for k in inside
    ):
        return False
    if (
        _body_noun_opening(toks[inside[0]])
        or _english_body_tail(toks, inside)
        or _people_moving(toks, inside)
    ):
        return False
    head = match_head(toks, inside[0]) if inside else None
    if head is not None and head[0] == 1 and toks[inside[0]].low in _event_words():
        return len(inside) > 1 and toks[inside[1]].low not in org_words()
    return head is None or head[2] not in (Head.BODY, Head.FACILITY, Head.ADMIN, Head.UNIT)


def _people_moving(toks: Sequence[Tok], inside: range) -> bool:
    """An event's word that also opens a listed body's head (`_movement_words`: `gerakan` of
    `Gerakan Pemuda`) opening a name before a capitalised noun for people (officials_nonofficial.txt:
    `Gerakan Mahasiswa Nasional Indonesia`): the people banded together, a body, as `GP Ansor`
    is. An event's word no body's head opens names the event the people hold (`Kirab Pemuda`,
    `Rakornas Pemuda` in news-raw, where every `Gerakan Pemuda` is a body)."""
    return (
        len(inside) > 1
        and toks[inside[0]].low in _movement_words()
        and toks[inside[1]].text[:1].isupper()
        and toks[inside[1]].low in word_set("officials_nonofficial.txt")
    )


@cache
def _movement_words() -> frozenset[str]:
    """Event's words (`_event_words`) that open a listed body's head of two words or more
    (entities_heads.txt: `gerakan pemuda`)."""
    opening = {p[0] for p, (_, kind) in _heads()[0].items() if len(p) > 1 and kind is Head.BODY}
    return frozenset(opening & _event_words())


def _body_noun_opening(tok: Tok) -> bool:
    """A capitalised noun for a constituted body (entities_council_nouns.txt: `Komite Olimpiade
    Indonesia`) or for a side (`_side_noun`) opening a name: the body that runs the event or the
    side that plays it, no event. News-raw (news-000) writes 70 names opened by `Timnas` or `Tim`
    with an event's word, all but a headline's words a side or a team's body."""
    return _side_noun(tok) or (tok.text[:1].isupper() and tok.low in word_set("entities_council_nouns.txt"))


def _side_noun(tok: Tok) -> bool:
    """A capitalised noun for a side that is an organisation's word too (entities_team_words.txt and
    `org_words`: `Timnas Gulat Asian Games Indonesia`, `Tim Piala Thomas`, `Tim Kampanye Nasional`;
    not a competitor's `Atlet`, `Rider`, `Putri`). Lowercase, `timnas Gabon` is a country's side."""
    return (
        tok.text[:1].isupper() and tok.low in word_set("entities_team_words.txt") and tok.low in org_words()
    )


def _side_named(toks: Sequence[Tok], inside: range) -> bool:
    """A side's noun (`_side_noun`) opens the name and a further word names the side (`Timnas
    Gabon`, `Tim Piala Thomas`, wherever it stands; a lone `Timnas` names none): the organisation
    decision vouches for it (`decision.org_vouched`)."""
    return len(inside) > 1 and _side_noun(toks[inside[0]])


def _english_body_tail(toks: Sequence[Tok], inside: range) -> bool:
    """An English name closed by a body's word (`entities_english_bodies.txt`: `Association`,
    `Group`, `Federation`, `Committee`) after capitalised words: English writes the head last, so
    the name is the body an event's word names (`Mandalika Grand Prix Association`, `MotoGP
    Group`, `SEA Games Federation`, `Federal Open Market Committee`), not the event. An event's
    noun opening it heads an Indonesian name, the body's event (`Pameran Indonesian Petroleum
    Association`), unless it is a race's word, the series the body is named after (`MotoGP`:
    `race_words`). News-raw (news-000) writes 16 such names, one the exhibition, the rest bodies."""
    first = toks[inside[0]].low if inside else ""
    return (
        len(inside) > 1
        and toks[inside[-1]].low in english_body_words(firm=True)
        and all(toks[k].text[:1].isupper() for k in inside)
        and (first not in _event_words() or first in race_words())
    )


def event_places(
    ent: Entity, toks: Sequence[Tok], text: str, person_spans: Sequence[Span] = ()
) -> list[Entity]:
    """An ORG/LOC naming an event (`_event`) whose capitalised words beside a contest's or a
    race's word (`hosted_event_at`) name its host (`MotoGP Spanyol`, `Grand Prix Singapura`,
    `MotoGP Andalusia 2020`, `Thailand Open`): the host's place is a LOC of its own, the event
    none (the news-raw annotation's convention; `names_host`); a person's name after it is the
    racer (`legenda MotoGP Valentino Rossi`). Any other entity is itself."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not inside or not _event(ent, toks):
        return [ent]
    places = []
    for k in inside:
        if hosted_event_at(toks, k) is None:
            continue
        for run in (_host_run(toks, k + 1, inside.stop, 1), _host_run(toks, k - 1, inside.start - 1, -1)):
            s, e = (toks[run.start].start, toks[run[-1]].end) if run else (0, 0)
            if run and names_host(toks, k, run) and not any(a < e and s < b for a, b in person_spans):
                places.append(Entity(text[s:e], Label.LOC, (s, e)))
    return places or [ent]


def with_race_hosts(
    ents: list[Entity], toks: Sequence[Tok], text: str, person_spans: Sequence[Span]
) -> list[Entity]:
    """A race's word and the host's name after it that no entity holds (`seri MotoGP Catalunya
    pada`, `Grand Prix Jepang yang`: `names_host`) give the host's place, as `event_places` does
    for a race the model read: the news-raw annotation lists a place inside an event's name. Not
    after a hashtag's mark (`#Moto2 Practice`), nor where a contest's name goes on into the race's
    word (`Thailand Open Grand Prix Gold`: the contest's grade)."""
    added = []
    for k in word_positions(toks, race_words()):  # a race's word opens the host's name
        if hosted_event_at(toks, k) != "race" or _after_hashtag(toks, k) or _contest_before(toks, k):
            continue
        run = _host_run(toks, k + 1, len(toks), 1)
        if not run or not names_host(toks, k, run):
            continue
        s, e = toks[run.start].start, toks[run[-1]].end
        if not any(a < e and s < b for a, b in [*person_spans, *(x.span for x in ents + added)]):
            added.append(Entity(text[s:e], Label.LOC, (s, e)))
    return sorted(ents + added, key=lambda e: e.span[0]) if added else ents


#: How many words before a race's word a contest's word still names the same event (`Open` of
#: `Thailand Open Grand Prix`: the race's word and `Grand` before it).
RACE_NAME_REACH = 2


def _contest_before(toks: Sequence[Tok], k: int) -> bool:
    """A contest's word stands within ``RACE_NAME_REACH`` words before the race's word ``k``."""
    return any(hosted_event_at(toks, j) == "contest" for j in range(max(0, k - RACE_NAME_REACH), k))


def _after_hashtag(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` is glued to a hashtag's mark right before it (`#Moto2`)."""
    return k > 0 and toks[k - 1].text == "#" and toks[k - 1].end == toks[k].start


def names_host(toks: Sequence[Tok], k: int, run: range) -> bool:
    """The words ``run`` beside the contest's or race's word ``k`` name the place hosting it: a
    listed region spelled whole (`Liga Inggris`, `Hong Kong Open`, `GP Spanyol`), or the one word
    right after a race's word that ends the event's name, no body's or common word
    (`MotoGP Andalusia 2020`, `MotoGP Catalunya,`; not `MotoGP Spanish Grand Prix`, `MotoGP
    Group`, `MotoGP Rider Parade`, `MotoGP Warm Up 15.00`); a word before a race's word is no
    host (`LIVE STREAMING MOTOGP`)."""
    kind = hosted_event_at(toks, k)
    if kind is None or not run or (kind == "race" and run.start < k):
        return False
    if region_len(toks, run.start) == len(run):
        return True
    after = toks[run.stop].text if run.stop < len(toks) else "."
    # a year, a lowercase word or a mark ends the race's name; a clock or a capital goes on
    ends = _YEAR.get().fullmatch(after) is not None or not (after[:1].isupper() or after[:1].isdigit())
    return (
        kind == "race"
        and len(run) == 1  # two words unlisted are a racer's name (`MotoGP Valentino Rossi`)
        and ends
        and not toks[run.start].text.isupper()
        and not any(toks[j].low in org_words() or toks[j].low in english_body_words() for j in run)
        and not any(toks[j].low in common_words() for j in run)
        and not _names_no_place(toks[run.start].text)
    )


def _names_no_place(word: str) -> bool:
    """An unlisted word after a race's word that names a person or a body, no host: a given name,
    a word news-raw holds in persons' names more than in places' (`MotoGP Bagnaia`, `MotoGP
    Marquez`: `person_name_word`) or in bodies' names (`Grand Prix Ferrari`: `names_a_body`)."""
    return word.lower() in given_names() or person_name_word(word) or names_a_body(word)


def _host_run(toks: Sequence[Tok], k: int, stop: int, step: int) -> range:
    """The capitalised words from ``k`` towards ``stop`` (``step`` 1: rightwards, -1: leftwards)
    that are no event's word, no year and no head (`Amerika Serikat` of `MotoGP Amerika Serikat
    2026`), as a rising range."""
    j = k
    while (
        j != stop
        and toks[j].text[:1].isupper()
        and toks[j].text.replace("-", "").isalpha()
        and toks[j].low not in _event_words()
        and match_head(toks, j) is None
    ):
        j += step
    return range(k, j) if step == 1 else range(j + 1, k + 1)


#: Lowercase words a regulation's title holds between its capitalised words (`Penataan dan
#: Pembinaan Pasar Rakyat`, `Registrasi Pelanggan … melalui Jaringan Bergerak Seluler`).
_TITLE_JOINS = frozenset(
    {"dan", "atau", "di", "dalam", "melalui", "pada", "untuk", "serta", "yang", "bagi", "ke", "dari"}
    | {"terhadap", "antara", "oleh", "sebagai"}
)


@cache
def _law_words() -> frozenset[str]:
    """Words that name or number a regulation (`UU`, `Perpres`, `Peraturan`, `Nomor`): the
    ``law`` rows of dates_blockers.txt."""
    return frozenset(word for kind, word in load_table("dates_blockers.txt") if kind == "law")


def _in_rule_title(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG without a body's head inside a regulation's title, the capitalised words after
    `tentang` that follows the regulation's name or number (`Permendag Nomor 31 Tahun 2023 tentang
    … Pengawasan Pelaku Usaha`, `PP tentang … Melalui Jaringan Bergerak Seluler`): words of a law
    (GUIDELINES §6), no body; a body named there keeps its head or short name (`UU Nomor 23 Tahun
    1999 tentang Bank Indonesia`, `UU tentang TNI`), or ends with its owner's short name or its
    region (`… tentang Majelis Kehormatan MK`, `… tentang Tarif Perumda Tirta Pringsewu`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or match_head(toks, inside.start) is not None:
        return False
    if toks[inside[-1]].low in org_acronyms() or any(k + region_len(toks, k) == inside.stop for k in inside):
        return False
    k = inside.start - 1
    while k >= 0 and toks[k].low != "tentang" and _title_word(toks[k]):
        k -= 1
    if k < 1 or toks[k].low != "tentang":
        return False
    before = toks[k - 1] if toks[k - 1].text != "," or k < 2 else toks[k - 2]
    return before.text == ")" or any(c.isdigit() for c in before.text) or before.low in _law_words()


def _in_quoted_title(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG without a body's head inside a quoted title right after a titling word
    (entities_title_cues.txt: `diskusi bertema “Mengapa Buaya Memangsa Warga”`, `lomba bertajuk
    'Lebih Cepat, Lebih Hemat'`): words of a work's, an event's or a theme's title (GUIDELINES §6),
    no body; a body named there keeps its head, its known short name or a body's word (`tema
    “Bersama BRI Membangun Desa”`, `… atas Sekolah Staf Komando`), or ends with its region."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or match_head(toks, inside.start) is not None:
        return False
    if any(_body_word(toks[k]) or k + region_len(toks, k) == inside.stop for k in inside):
        return False
    opener = _quote_near(toks, range(inside.start - 1, max(-1, inside.start - 1 - _TITLE_REACH), -1))
    closer = _quote_near(toks, range(inside.stop, min(len(toks), inside.stop + _TITLE_REACH)))
    if opener is None or closer is None:
        return False
    cue = opener - 1 - (opener > 1 and toks[opener - 1].text in {",", ":"})
    return cue >= 0 and toks[cue].low in word_set("entities_title_cues.txt")


#: The most tokens between a quoted title's quote and an ORG inside it (`_in_quoted_title`).
_TITLE_REACH = 30


def _quote_near(toks: Sequence[Tok], ks: range) -> int | None:
    """The first of tokens ``ks`` that is a quote mark, or None."""
    return next((k for k in ks if toks[k].text in QUOTE_MARKS), None)


def _title_word(tok: Tok) -> bool:
    """A word a regulation's title may hold: capitalised, a number, a joining word or a comma,
    slash, dash or bracket."""
    return tok.capital or tok.low in _TITLE_JOINS or tok.text in {",", "/", "-", "&", "(", ")"}


def _written_lowercase(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """An ORG whose every word the same article also writes in lowercase (`Gardu Induk` beside
    `gardu induk`, `Premi` beside `premi`): a thing named in a heading or a list, no body. A
    shouted word, a head (`Dinas Sosial` beside `dinas sosial` is an office), a region's or a
    person's word, or a known body's short name is a name's, and so is a short name in brackets
    after the body's (`Kementerian Ekonomi Kreatif (Ekraf)` beside `sektor ekraf`) and a body
    spelled out before a known body's short name (`_known_short_name_after`), and a name news-raw
    holds as a body's more than it writes lowercase (`_corpus_body_name`: `Arsenal` beside a quoted
    post's `fans arsenal`)."""
    inside = _unheaded_org(ent, toks)
    return (
        bool(inside)
        and all(toks[k].low in lower and _plain_capital(toks, k) for k in inside)
        and not _corpus_body_name(ent.text)
    )


def _corpus_body_name(name: str) -> bool:
    """News-raw holds the whole name as an ORG or LOC in enough articles, its first word rarely as
    a person's opening word (`corpus_body_word`: `Arsenal` 28, `Pertamina` 72), and in more articles than it
    writes any of its words in lowercase (`Arsenal` 3, `Garuda` 13; `Premi` 0 against 9): the
    article's lowercase use is a slip, a hashtag or a quoted post, not the common word."""
    if not corpus_body_word(name):
        return False
    counts = corpus_counts()
    held = counts["other"].get(" ".join(name.lower().split()), 0)
    return all(counts["low"].get(w, 0) < held for w in name.lower().split())


def _written_low_phrase(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of exactly a phrase unlabelled news mostly writes in lowercase (`low` in derived
    `entities_terms_written_low_derived.txt`: `Toko Kelontong`, `Menara Telekomunikasi`): a term
    capitalised in a heading or a list, no body. The guards of `_written_lowercase` hold: a
    head opening it names a body (`Pengadilan Banding`, `Badan Atletik Dunia`)."""
    inside = _unheaded_org(ent, toks)
    return (
        bool(inside)
        and _phrase_kinds().get(" ".join(toks[k].low for k in inside)) in ("low", "both")
        and all(_plain_capital(toks, k) for k in inside)
    )


def _emphasised_phrase(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of exactly a phrase news capitalises for emphasis and writes lowercase as often as
    not (`emphasis` in derived `entities_terms_written_low_derived.txt`: `Bank Sentral`, `Rapat
    Kerja`, `Call Center`): a kind or a thing, no body, head or no head. One that a name goes on
    after is the name's opening words (`Angkatan Laut AS`, `Organisasi Internasional untuk
    Migrasi`); a place so written is left to the place rules (`Kompleks Parlemen`)."""
    if ent.label != Label.ORG or _phrase_kinds().get(" ".join(ent.text.split()).casefold()) not in _EMPHASIS:
        return False
    inside = tokens_inside(ent.span, toks)
    return not inside or not _name_goes_on_after(toks, inside[-1] + 1)


#: the kinds of `_phrase_kinds` that `_emphasised_phrase` reads
_EMPHASIS = ("emphasis", "both")


@cache
def _phrase_kinds() -> dict[str, str]:
    """Each phrase of `entities_terms_written_low_derived.txt` and the count that lists it."""
    return {phrase: kind for kind, phrase in load_table("entities_terms_written_low_derived.txt")}


def _english_thing(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of two or more capitalised words that an English word for a thing ends, no head
    opening it (`Neural Accelerator`, `Joint Assessment Integrated Management System`, `Minimum
    Eligibility Requirement`, `Power Saver Mode`: entities_english_thing_tails.txt): a system, a
    part, a survey or a term, no body (GUIDELINES §6)."""
    inside = _unheaded_org(ent, toks)
    if len(inside) < 2 or toks[inside[-1]].low not in word_set("entities_english_thing_tails.txt"):
        return False
    return all(toks[k].text[:1].isupper() or toks[k].low in _english_joins() for k in inside)


def _english_position(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of capitalised English words that a word for a position ends, no head opening it
    (`Technical Manager`, `Disability Specialist`, `Commercial Risk Division Head`:
    entities_english_position_tails.txt): a position's title written head-last as English writes
    it, no body (GUIDELINES §6: titles alone are no entities); a known body's short name in it
    names the body (`BNI Branch Manager` is left to the title rules)."""
    inside = _unheaded_org(ent, toks)
    if not inside or toks[inside[-1]].low not in word_set("entities_english_position_tails.txt"):
        return False
    return all(
        (toks[k].text[:1].isupper() or toks[k].low in _english_joins()) and toks[k].low not in org_acronyms()
        for k in inside
    )


def _before_english_position(ent: Entity, toks: Sequence[Tok]) -> Entity:
    """An ORG whose body's name a position's English title follows inside one span (`Google
    Indonesia Country Manager`, `Unilever Asia Regional Director`), cut back to the body: up to
    its last word that is a country's or region's name or a known body's short name, before the
    run of capitalised title words that ends in a position word (entities_english_position_tails.txt).
    With no such word in it, or a country's name alone before the title, the span is a title
    alone, left whole for `_english_position`."""
    inside = _unheaded_org(ent, toks)
    if len(inside) < 2 or toks[inside[-1]].low not in word_set("entities_english_position_tails.txt"):
        return ent
    k = inside[-1] - 1
    while k >= inside.start and not _body_end(toks[k]):
        if not toks[k].text[:1].isupper():
            return ent  # a lower-case word: no run of title words
        k -= 1
    if k < inside.start or (k == inside.start and toks[k].low not in org_acronyms()):
        return ent  # nothing, or a country alone (`Indonesia Country Manager`): no body before the title
    return Entity(ent.text[: toks[k].end - ent.span[0]], ent.label, (ent.span[0], toks[k].end))


def _body_end(tok: Tok) -> bool:
    """``tok`` can end a body's name before a title: a country's or region's name (`Google
    Indonesia`) or a known body's short name (`BNI`)."""
    return country_or_region(tok.text) or tok.low in org_acronyms()


def _unheaded_org(ent: Entity, toks: Sequence[Tok]) -> range:
    """The tokens of an ORG no head opens, not in brackets and not spelled out before a known
    body's short name; empty otherwise."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or match_head(toks, inside.start) is not None:
        return range(0)
    if (inside.start > 0 and toks[inside.start - 1].text == "(") or _known_short_name_after(toks, inside):
        return range(0)
    return inside


def _plain_capital(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is capitalised, no known body's short name and no name's word."""
    return toks[k].text[:1].isupper() and toks[k].low not in org_acronyms() and _plain_word(toks, k)


def _name_goes_on_after(toks: Sequence[Tok], k: int) -> bool:
    """A capitalised word at token k, or a joining word (`untuk`, `of`) and one after it."""
    at = k + 1 if k < len(toks) and toks[k].low in _NAME_JOINS else k
    return at < len(toks) and toks[at].text[:1].isupper() and toks[at].text.isalpha()


#: Words that join a name's parts after a common phrase that opens it
_NAME_JOINS = frozenset({"untuk", "dan", "of", "for"})


def _place_written_lowercase(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC whose words the corpus mostly writes lowercase as one phrase (`Lapangan Kerja`,
    `Tanah Liat`, `Rumah Sakit (RS)`: `low` in entities_terms_written_low_derived.txt), its own short
    name in brackets aside: a common term or a kind of facility, no place. A shouted word, a
    region's or a person's word (`Batu Bara`) or a known body's short name is a name's, and so
    is one listed beside a place of the same head (`Danau Ranau, Danau Lebar dan Danau …`)."""
    if ent.label != Label.LOC:
        return False
    inside = tokens_inside(ent.span, toks)
    if len(inside) < 2:
        return False
    words = range(inside.start, inside.stop)
    if len(inside) > 3 and toks[inside.stop - 3].text == "(" and toks[inside.stop - 1].text == ")":
        words = range(inside.start, inside.stop - 3)
    if _phrase_kinds().get(" ".join(toks[k].low for k in words)) not in ("low", "both"):
        return False  # the phrase first: few are listed
    return not _listed_with_same_head(inside, toks) and all(_plain_capital(toks, k) for k in words)


def _listed_with_same_head(inside: range, toks: Sequence[Tok]) -> bool:
    """The words ``inside`` stand in a list (`,` or `dan` either side) beside a name opened by a
    word spelled as their first (`Danau Ranau, Danau Lebar dan Danau Asam`): one name among
    names of the same kind."""
    head, joins, after, before = toks[inside.start].text, {",", "dan"}, inside.stop, inside.start - 1
    if after + 1 < len(toks) and toks[after].low in joins and toks[after + 1].text == head:
        return True
    return (
        before > 0
        and toks[before].low in joins
        and head in {t.text for t in toks[max(0, before - 4) : before]}
    )


def _common_word_opening(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """A LOC of one title-case word that opens a sentence and that the same article also writes
    in lowercase (`Sumur air yang dibangun …` beside `sumur`, `Gajah, kata dia, …` beside
    `gajah`): the common noun the sentence opens with, no place. A province's, a regency's or a
    city's name (`Medan`, `Padang`) and the nation's stay places."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) != 1:
        return False
    k = inside.start
    word = toks[k]
    return (
        word.text.istitle()
        and word.text.isalpha()
        and word.low in lower
        and _opens_sentence(toks, k)
        and not region_len(toks, k)
        and word.low not in word_set("entities_nation.txt")
    )


def _known_short_name_after(toks: Sequence[Tok], inside: range) -> bool:
    """A known body's short name in brackets right after the words (`Otoritas Jasa Keuangan
    (OJK)`, `Dana Moneter Internasional (IMF)`: entities_org_acronyms.txt): the words spell the
    body out, whatever the article writes in lowercase elsewhere."""
    k = inside.stop + 1  # the word after the bracket
    return _bracketed(toks, k) and toks[k].low in org_acronyms()


def _lowercase_opener(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """An ORG of several words opened by a common word the same article also writes in lowercase
    (`Siap Penerapan New Normal` beside `siap`, `Paket A` beside `paket`): a heading's or a
    sentence's words, no body. A head, an organisation's noun (`Forum`, `Ikatan`, `Masyarakat`:
    ``entities_body_nouns.txt``) or an outlet's word opens a name, and so does a word after a
    bracket; a name with its short name in brackets is one (`Keluarga Besar … (KBPP) Polri`),
    and so is one before a known body's short name (`Otoritas Jasa Keuangan (OJK)`), and one
    news-raw holds whole as a body's name (`_corpus_held_whole`: `Jasa Marga` beside `jasa`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2 or match_head(toks, inside.start) is not None:
        return False
    k = inside.start
    if (k > 0 and toks[k - 1].text == "(") or "(" in ent.text or _known_short_name_after(toks, inside):
        return False
    low = toks[k].low
    return (
        toks[k].text[:1].isupper()
        and low in lower
        and low in common_words()
        and low not in org_words()
        and low not in word_set("entities_body_nouns.txt")
        and low not in outlet_words().names
        and _plain_word(toks, k)
        and not _corpus_held_whole(ent.text)
    )


def _corpus_held_whole(name: str) -> bool:
    """News-raw holds the whole name as an ORG or LOC in `corpus.BODY_ARTICLES_MIN` articles or
    more (fewer is a slip of the model) and in more than it holds it as a person's (`Jasa Marga` 8
    against 0): a body's name whose opening word is also a common word (`jasa`), not a heading's
    words (`Siap Penerapan New Normal` 0). A competitor's noun opening it is the model's slip past
    the team's name (`Rider Gresini Racing` 6: entities_competitor_nouns.txt)."""
    if " ".join(name.lower().split()).split(" ", 1)[0] in word_set("entities_competitor_nouns.txt"):
        return False
    _, _, per, held = name_counts(name, LOW_DECADES)
    return held >= BODY_ARTICLES_MIN and held > per


def _activity_opening(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG opened by a capitalised noun for an act or a process (entities_activity_nouns.txt:
    `Sosialisasi Bantuan Operasional …`, `Vaksinasi Covid-19`, `Revitalisasi Pasar Rakyat`): a
    programme's, an event's or a heading's words, no body (GUIDELINES §6); one holding a head,
    a body's word or a known short name after the noun may name a body and stays (`Penyerahan
    Bantuan Baznas`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or not toks[inside.start].text.istitle():
        return False
    if toks[inside.start].low not in word_set("entities_activity_nouns.txt"):
        return False
    rest = range(inside.start + 1, inside.stop)
    return not any(_body_word(toks[k]) or match_head(toks, k) is not None for k in rest)


def _body_word(tok: Tok) -> bool:
    """A word that says a span names a body: a known body's short name (`BRI`, `Baznas`) or a
    body's word (`org_words`: `Komando`, `Foundation`)."""
    return tok.low in org_acronyms() or tok.low in org_words()


def _counted_kind(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG right after a lowercase quantifier (entities_plural_quantifiers.txt: `sejumlah
    Perusahaan Efek`, `beberapa Dinas Instansi`), with no region and no known short name in it:
    many bodies of a kind, no named one (GUIDELINES §6). A bare number is left alone: it is as
    often a grade's or a rank's (`kelas 3 SMAN 1 …`, `juara 2 Koperasi …`)."""
    inside = tokens_inside(ent.span, toks)
    k = inside.start - 1 if inside else -1
    if ent.label != Label.ORG or len(inside) < 2 or k < 0 or not toks[k].text.islower():
        return False
    if toks[k].low not in word_set("entities_plural_quantifiers.txt"):
        return False
    return not any(toks[j].low in org_acronyms() or region_len(toks, j) for j in inside)


def _plain_word(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is no name's word: letters only, not shouted, no given name and no word of a
    region or a district (`_written_lowercase`, `_bracket_gloss`)."""
    return (
        toks[k].text.isalpha()
        and not toks[k].text.isupper()
        and toks[k].low not in given_names()
        and not region_len(toks, k, kecamatan=True)
    )


def _bracket_gloss(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of common words alone between brackets after a name (`PT Tempo Scan Pacific Tbk
    (Farmasi)`, `TIKI (Kurir)`): the kind of business the name is in, no body; a short name
    (`(Kemenperin)`, `(Dinsos)`) is no common word, nor is a known body's (`Partai Golongan Karya
    (Golkar)`, `(Polri)`: entities_org_acronyms.txt), and a head (`(Bank BUMN)`) names one."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not inside or inside.start < 2 or inside.stop >= len(toks):
        return False
    if toks[inside.start - 1].text != "(" or toks[inside.stop].text != ")":
        return False
    return match_head(toks, inside.start) is None and all(
        toks[k].low in common_words() and toks[k].low not in org_acronyms() and _plain_word(toks, k)
        for k in inside
    )


def _without_unplaced_shorts_in_brackets(ents: list[Entity], toks: Sequence[Tok]) -> list[Entity]:
    """No LOC of one word alone between brackets that shortens the capitalised words right before
    it when no place ends there (`_shortens_words`: `Trade Expo Indonesia (TEI)`, `Calon Pasukan
    Pengibar Bendera Pusaka (Capaska)`, `Kepala Pelayanan Markas (Kayanma)`): the short name of
    the title, event or thing spelled out, no place (`Amerika Serikat (AS)` keeps its place).
    Only that bracketed LOC goes, and its letters need only stand in order (syllables, any
    case); `repair._unplaced_acronyms` drops a short name everywhere in the article, so it asks
    for capitals spelled by the words' exact initials."""
    place_ends = {e.span[1] for e in ents if e.label == Label.LOC}
    return [e for e in ents if not _unplaced_short(e, toks, place_ends)]


def _unplaced_short(ent: Entity, toks: Sequence[Tok], place_ends: set[int]) -> bool:
    """``ent`` is a LOC alone in brackets after capitalised words that it shortens and that no
    place, no place's, level's or facility's head and no region's name is among."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or len(inside) != 1 or inside.start < 3 or inside.stop >= len(toks):
        return False
    k = inside.start
    if toks[k - 1].text != "(" or toks[inside.stop].text != ")" or toks[k - 2].end in place_ends:
        return False
    words = _capitalised_before(toks, k - 1)
    unplaced = not any(_opens_place(toks, j, words) for j in words)
    return unplaced and not region_len(toks, k, kecamatan=True) and _shortens_words(toks[k].low, toks, words)


def _opens_place(toks: Sequence[Tok], j: int, words: list[int]) -> bool:
    """Word ``j`` of ``words`` opens a place's name: a region's name, or a place's, level's or
    facility's head with a name after it; a head that ends the words names the kind of a post's
    unit, no place (`Kepala Pelayanan Markas (Kayanma)`)."""
    return _region_word(toks, j) or (j != words[-1] and not _no_place_head(toks, j))


def _region_word(toks: Sequence[Tok], j: int) -> bool:
    """A region's name opens at word ``j``; the nation's name (`Standar Nasional Indonesia`,
    entities_nation.txt) is a word of a thing's or a body's name."""
    return toks[j].low not in word_set("entities_nation.txt") and bool(region_len(toks, j, kecamatan=True))


def _capitalised_before(toks: Sequence[Tok], k: int) -> list[int]:
    """The capitalised words, with the joins between them, that end right before word ``k``, at
    most eight; joins at their start left out."""
    j = k - 1
    while (
        j >= 0
        and k - j <= 8
        and toks[j].text.isalpha()
        and (toks[j].text[0].isupper() or toks[j].low in _joins())
    ):
        j -= 1
    words = list(range(j + 1, k))
    while words and toks[words[0]].low in _joins():
        words.pop(0)
    return words


def _shortens_words(short: str, toks: Sequence[Tok], words: list[int]) -> bool:
    """Two words or more from some word of ``words`` on, opened by ``short``'s first letter, hold
    its letters in order (initials or syllables: `TEI`, `Capaska`)."""
    return any(
        toks[j].low[:1] == short[:1] and in_order(short, "".join(toks[w].low for w in words[n:]))
        for n, j in enumerate(words[:-1])
    )


def _editor_mark(ent: Entity, toks: Sequence[Tok]) -> bool:
    """The desk's mark closing an editor's gloss in brackets (`(kemarin, Red)`, `(wilayah, Red.)`:
    entities_editor_marks.txt), no body."""
    inside = tokens_inside(ent.span, toks)
    if len(inside) != 1 or toks[inside[0]].low.rstrip(".") not in word_set("entities_editor_marks.txt"):
        return False
    k = inside.stop + 1 if inside.stop < len(toks) and toks[inside.stop].text == "." else inside.stop
    return k < len(toks) and toks[k].text == ")"


def _in_event_name(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC right after or before a capitalised event word (`Festival Bakar Batu`): a word of the
    event's name, which is no entity (GUIDELINES §6); beside a contest's or a race's word named
    after its host (`Piala Asia`, `Liga Inggris`, `Thailand Open`: `hosted_event_at`) it is the
    host's place and stays. An ORG right after a cup's, a trophy's or a
    league's word (`entities_trophies.txt`: `Piala Uber`, `Piala AFF`), or after `dan` that joins
    it to a cup named after a person (`Piala Thomas dan Uber`), is the contest's name; after a cup
    named by a title or a country `dan` joins a body of its own (`Piala Presiden dan PSSI`, `Liga
    Inggris dan Chelsea`), as it does a known body's short name."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.ORG and inside:
        k = inside[0]
        joined = (
            k > 2
            and toks[k - 1].low in ("dan", "&")
            and toks[k - 2].text[:1].isupper()
            and toks[k - 2].low in given_names()
            and ent.text.lower() not in org_acronyms()
        )
        return _cup_word(toks, k - 1) or (joined and _cup_word(toks, k - 3))
    if ent.label != Label.LOC or not inside:
        return False
    near = [k for k in (inside[0] - 1, inside[-1] + 1) if 0 <= k < len(toks)]
    events = word_set("entities_events.txt")
    if any(names_host(toks, k, inside) for k in near):
        return False  # the host's place (`Liga Inggris`, `MotoGP Andalusia`)
    return any(toks[k].low in events and toks[k].text[:1].isupper() for k in near) or _programme_place(
        toks, inside
    )


def _cup_word(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` is a capitalised cup's, trophy's or league's word (`Piala`, `Liga`)."""
    return k >= 0 and toks[k].low in word_set("entities_trophies.txt") and toks[k].text[:1].isupper()


def _owned_place(ent: Entity, toks: Sequence[Tok]) -> bool:
    """A LOC right after a word for a body named after its place (`Koperasi Desa Merah Putih`,
    `koperasi Kelurahan Merah Putih`, `Koperasi Desa/Koperasi Kelurahan …`): the body's or the
    programme's name, no place (§6)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.LOC or not inside or inside[0] == 0:
        return False
    return toks[inside[0] - 1].low.rsplit("/", 1)[-1] in word_set("entities_place_owners.txt")


def _dated_work(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC right before a year in brackets (`Achen dan Bartels (2016)`, `menurut Goodhart
    (1930),`, `film Police Story (1985)`, `lagu You Were Beautiful (2017)`): an author cited or a
    work dated, no body and no place (GUIDELINES §6). A head, a region opening it, a body's word
    or a known or shouted short name names one (`Kementerian Perhubungan RI (2021)`, `UNESCO
    (2019)`, `Sirkuit Jerez (2014)`, `Harvard University (2024)`), as does the same name written
    elsewhere in the article with no year after it (`bersama Ducati (2017)`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or not inside or not _year_in_brackets(toks, inside.stop):
        return False
    if match_head(toks, inside.start) is not None or region_len(toks, inside.start, kecamatan=True):
        return False
    if any(_body_word(toks[k]) or (toks[k].text.isupper() and len(toks[k].text) > 1) for k in inside):
        return False
    return not _written_undated(toks, inside)


def _year_in_brackets(toks: Sequence[Tok], k: int) -> bool:
    """Tokens from ``k`` are `(`, a year and `)`, `,` or `;` (`(2016)`, `(2022, 2023)`)."""
    return (
        k + 2 < len(toks)
        and toks[k].text == "("
        and _YEAR.get().fullmatch(toks[k + 1].text) is not None
        and toks[k + 2].text in (")", ",", ";")
    )


def _written_undated(toks: Sequence[Tok], inside: range) -> bool:
    """The words ``inside`` stand elsewhere in the article with no year in brackets after them."""
    words = [toks[k].low for k in inside]
    n = len(words)
    return any(
        j != inside.start and [t.low for t in toks[j : j + n]] == words and not _year_in_brackets(toks, j + n)
        for j in range(len(toks) - n + 1)
        if toks[j].low == words[0]
    )


def _numbered_party(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG/LOC opened by a party's role in a case and a Roman numeral (`Teradu I`, `Teradu IV
    Parsadaan Harahap`, `Tergugat II`: people_roles.txt case_party): which party of an ethics or
    a court case is meant, no body and no place; a person named after the number is a person."""
    inside = tokens_inside(ent.span, toks)
    if ent.label == Label.PER or len(inside) < 2:
        return False
    roles = role_words("case_party")
    return toks[inside.start].low in roles and _ROMAN.get().fullmatch(toks[inside.start + 1].text) is not None


def _dated_edition(ent: Entity, toks: Sequence[Tok]) -> bool:
    """An ORG of two words or more that ends in a year no head opens (`Mahakam Investment Forum
    (MIF) 2025`, `CAEXPO 2023`, `Q2 2020`): an event's edition, an award's or a period's name,
    no body (GUIDELINES §6: events are no entities); a head keeps a body, whose budget's or
    report's year `cuts._without_century_year` cuts (`Perum Bulog 2020`)."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or len(inside) < 2 or not _YEAR.get().fullmatch(toks[inside[-1]].text):
        return False
    return match_head(toks, inside.start) is None and toks[inside.start].low not in org_acronyms()
