"""Word classes: whether a capitalised word looks like part of a person's name.

`word_class` sorts one word into a `WordClass` from the name lexicons in
``extract/resources`` (given names, common words, words that are never names, name
particles, organisation words) and from its shape (an acronym, two words run together, a
derived noun). The people layer reads names and titles with it; the lists are also used
directly (`given_names`, `speech_verbs` …).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from functools import cache, lru_cache
from typing import NamedTuple

from ..resources import load_lines, load_table
from .patterns import LazyPattern

__all__ = [
    "LOCATIVES",
    "NAMEISH",
    "VERB_PREFIXES",
    "WordClass",
    "area_bracket_end",
    "common_words",
    "english_body_words",
    "folded",
    "foreign_given_name",
    "given_names",
    "glued",
    "hospital_word",
    "hyphen_pair",
    "name_particles",
    "not_names",
    "org_acronyms",
    "org_words",
    "outlet_rows",
    "outlet_words",
    "possessive_stem",
    "speech_verbs",
    "verb_like",
    "word_class",
    "word_set",
]


#: The possessive (and definite) ending glued to a noun (`istrinya`, `katanya`, `produknya`).
_POSSESSIVE = "nya"


def possessive_stem(word: str) -> str:
    """``word`` without its possessive ending `-nya` (`istrinya` -> `istri`), or as it is.

    >>> possessive_stem("suaminya"), possessive_stem("warga")
    ('suami', 'warga')
    """
    return word.removesuffix(_POSSESSIVE)


def folded(surface: str) -> str:
    """The key under which two writings of one name count as the same: spaces evened out, case
    folded (`Budi  santoso` and `BUDI SANTOSO`).

    >>> folded(" Budi  SANTOSO ")
    'budi santoso'
    """
    return " ".join(surface.split()).casefold()


class WordClass(Enum):
    """Coarse class of one word for telling names from titles and organisations."""

    LOW = "low"  # lowercase
    STOP = "stop"  # never a name: weekdays, months, pronouns
    PART = "part"  # a name particle (Made, Andi)
    ORG = "org"  # an organisation word (Dinas, Kemenpora)
    ACR = "acr"  # an acronym in capitals (DPRD)
    COM = "com"  # a common word (Perdagangan)
    AMB = "amb"  # a common word that is also a given name (Budi, Putri)
    GIV = "giv"  # a given name
    GLUED = "glued"  # two words run together (MedanAmplas): not a clean name
    UNK = "unk"  # any other capitalised word (most names)


#: The classes of words that may be part of a person's name.
NAMEISH = frozenset({WordClass.GIV, WordClass.UNK, WordClass.AMB, WordClass.PART})

# The Balinese particles `I` and `Ni` are also a Roman numeral and a word: they count as
# particles only before a name (see `extract.people.lexicon.particle_len`).
_BALINESE_SHORT = frozenset({"I", "Ni"})

_CAPS_ACRONYM = LazyPattern(r"\p{Lu}{2,}")
#: Three capitals or more, then lowercase (BPJamsostek, PDIPerjuangan): a body's short name, no person's.
_CAPS_OPENED = LazyPattern(r"\p{Lu}{3,}\p{Ll}+")
_GLUED = LazyPattern(r"\p{Ll}{2}\p{Lu}")
# pe-/pem-/pen-/peng-/per-/ke- … -an nouns and -asi/-ksi/-isi loanwords; Indonesian given
# names of these shapes are in names_given.txt, which is checked first; -ologi/-grafi/-fisika
# sciences (Klimatologi, Geofisika, Geografi) name fields of bodies, never people
_DERIVED = LazyPattern(
    r"(?:pe[mnr]?|peng|peny|ke)\p{Ll}{3,}an|\p{Ll}{4,}(?:asi|ksi|isi|usi|nya)|\p{Ll}{3,}(?:ologi|grafi|fisika)"
)
#: Letters: a word of this length or more ending in -kan is a verb (Salurkan, Instruksikan);
#: shorter ones are names (Iskan, Pinkan, Pasekan).
_KAN_VERB_LEN = 8
#: A word opening with `kemen` and longer than this is a ministry (Kemenpora, Kemendagri).
_KEMEN_LEN = 6


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of a resource file, lowercase."""
    return frozenset(e.lower() for e in load_lines(name))


#: A land area in brackets right after a name, maybe after one lowercase word outside or inside
#: the bracket: a number, dots and commas in it, then one word (`(9 Ha)`, `(1,5 ha)`, `(12.500
#: ha)`, `(seluas 9 ha)`, `seluas (15 hektare)`).
_AREA_BRACKET = LazyPattern(
    r"[ \u00a0]*(?:\p{Ll}+[ \u00a0]+)?\((?:\p{Ll}+[ \u00a0]+)?\d[\d.,]*[ \u00a0]*([\p{L}\d²]+)\)"
)


def area_bracket_end(text: str, pos: int) -> int | None:
    """Where a bracketed land area written right at ``pos`` ends (`_AREA_BRACKET`, its unit in
    entities_area_units.txt: `ha`, `hektare`, `km2`), else None: one reading of such a bracket for
    the entity layer's lists of places, the vetting of a model's PER and the persons' brackets."""
    m = _AREA_BRACKET.get().match(text, pos)
    return m.end() if m is not None and m.group(1).lower() in word_set("entities_area_units.txt") else None


#: Words a list of places measured by their areas opens after, besides a level's word.
_AREA_LIST_OPENERS = frozenset({"di", "yakni", "yaitu", "meliputi"})
#: Words inside such a list besides names and numbers: joiners, marks and parts of units.
_AREA_LIST_WORDS = frozenset({",", "(", ")", "dan", "serta", "seluas", "luas", "km", "m", "²"})
_AREA_LIST_TOKEN = LazyPattern(r"[^\W\d_]+|\d+|[^\w\s]|[²]")
#: Characters read back from a list's name for the word the list opens after.
_AREA_LIST_REACH = 400


def area_list_placed(text: str, pos: int) -> bool:
    """The list of names, each with its bracketed area (`area_bracket_end`), that goes on up to
    ``pos`` opens after `di`, after an administrative level's word (`di Desa Sukamaju seluas (15
    hektare), Bumidaya (9 Ha)`, `kecamatan Purbolinggo (59 ha)`), or after `yakni`, `yaitu` or
    `meliputi` with such a word in the three words before (`di tiga kabupaten, yakni Blora (48.967
    ha)`): a list of places (news-raw: all 15 names so written). After any other word it is a
    land owners' list and keeps its persons (`diterima Sutrisno (1,5 ha)`, `milik Paijo (2 ha)`,
    `Petani penggarap, Sutrisno (2 ha)`). A dot counts only between digits (`12.500`)."""
    words = [m.group() for m in _AREA_LIST_TOKEN.get().finditer(text, max(0, pos - _AREA_LIST_REACH), pos)]
    units = word_set("entities_area_units.txt")
    j = len(words) - 1
    while j >= 0 and (
        words[j][:1].isupper()
        or words[j][:1].isdigit()
        or words[j].lower() in _AREA_LIST_WORDS
        or words[j].lower() in units
        or (words[j] == "." and 0 < j < len(words) - 1 and words[j - 1].isdigit() and words[j + 1].isdigit())
    ):
        j -= 1
    if j < 0:
        return False
    low, levels = words[j].lower(), admin_level_words()
    if low == "di" or low in levels:
        return True
    return low in _AREA_LIST_OPENERS and any(w.lower() in levels for w in words[max(0, j - 3) : j])


@cache
def admin_level_words() -> frozenset[str]:
    """The one-word administrative levels of entities_heads.txt (`desa`, `kecamatan`, `kabupaten`)."""
    rows = load_table("entities_heads.txt")
    return frozenset(r.phrase.lower() for r in rows if r.kind == "admin" and " " not in r.phrase)


def hospital_word(word: str) -> bool:
    """A hospital's English word written capitalised (entities_hospital_words.txt: `Hospital`,
    `Hospitals`): a hospital's name in the entity layer (`Mayapada Hospital Tangerang`), the
    named body a doctor is staff of in the roles (GUIDELINES §2)."""
    return word[:1].isupper() and word.lower() in word_set("entities_hospital_words.txt")


@cache
def join_words(*uses: str) -> frozenset[str]:
    """The lowercase words that join one name's words (entities_joins.txt) that have any of
    ``uses``; the file's header says why each use holds the words it does."""
    return frozenset(r.word for r in load_table("entities_joins.txt") if set(r.uses.split()) & set(uses))


@cache
def speech_persons(person: int | None = None) -> frozenset[str]:
    """The first- and second-person words (quotes_speech_persons.txt: `saya`, `kita`, `Anda`),
    lowercase; only those of grammatical ``person`` 1 or 2 when it is given."""
    rows = load_table("quotes_speech_persons.txt")
    return frozenset(r.word.lower() for r in rows if person is None or r.person == person)


@cache
def group_forms() -> frozenset[str]:
    """The words that close a business group's name, as written (entities_group_forms.txt)."""
    return frozenset(load_lines("entities_group_forms.txt"))


def glued(word: str) -> bool:
    """Two words run together, two lowercase letters before a capital (`MedanAmplas`,
    `dariInternational`); one before it is a name's own (`McGill`, `MiG`, `InJourney`)."""
    return _GLUED.get().search(word) is not None


@cache
def english_body_words(*, firm: bool = False) -> frozenset[str]:
    """English words for a body that open or end its name (`entities_english_bodies.txt`:
    `University`, `Foundation`, `Group`); with ``firm``, only those marked to end one firmly
    (`Agency`, `Ltd`; not `Watch`, `Party`)."""
    rows = load_table("entities_english_bodies.txt")
    return frozenset(r.word.lower() for r in rows if not firm or r.end == "firm")


@cache
def team_articles(*, nickname: bool = False) -> frozenset[str]:
    """The European articles that open a team's nickname (`names_team_articles.txt`: `Les`,
    `Los`, `I`), as written; with ``nickname``, only those not marked `name` (`Le`, `Las` open a
    city's or an outlet's own name as often: `Le Mans`, `Las Vegas`)."""
    rows = load_table("names_team_articles.txt")
    return frozenset(r.word for r in rows if not nickname or r.opens != "name")


@cache
def _club_forms() -> frozenset[str]:
    """Clubs' and teams' forms as written (`entities_club_forms.txt`: `RB`, `FC`, `Esports`)."""
    return frozenset(load_lines("entities_club_forms.txt"))


def club_form(word: str) -> bool:
    """A word that closes a club's or a team's name as written (`United`, `FC`, `Esports`)."""
    return word in _club_forms()


def club_formed(name: str) -> bool:
    """A name of two words or more closed by a club's form (`Onic Esports`, `Manchester United`,
    `Leipzig RB`) or opened by one in its initials (`RB Leipzig`, `VfB Stuttgart`): the club, an
    organisation, no person and no place. A form's word in title case opens a country's name
    (`United Kingdom`, `United Arab Emirates`), no club's."""
    words = name.split()
    if len(words) < 2:
        return False
    return words[-1] in _club_forms() or (words[0] in _club_forms() and not words[0].istitle())


@cache
def given_names() -> frozenset[str]:
    """The given-name list with its regional spellings: Sundanese and Lampung news write `p` for
    `f` inside a name (Saipul, Arip, Sopyan), so a word that is a listed name with its inner `f`
    written `p` is a given name too (a first-letter `F` stays: Faris is no Paris)."""
    names = word_set("names_given.txt")
    return names | {w[0] + w[1:].replace("f", "p") for w in names if "f" in w[1:]}


def common_words() -> frozenset[str]:
    return word_set("names_common_words.txt")


def foreign_given_name(word: str) -> bool:
    """A given name of another country than Indonesia (names_given_foreign_derived.txt: Faker's
    first names filtered as scripts/derive_foreign_given_names.py describes: `Evan`, `Sandy`,
    `Raven`), capitalised."""
    return word[:1].isupper() and word.lower() in word_set("names_given_foreign_derived.txt")


def org_acronyms() -> frozenset[str]:
    """Short names of organisations (BI, MK, KPU), lowercase: the entity layer keeps them as
    bodies, the role grammar reads two such capitals as a body, not initials."""
    return word_set("entities_org_acronyms.txt")


#: The fewest letters of a listed short name written in title case (`Bawaslu`, not `Ma`).
MIN_TITLED_SHORT = 4


def listed_body_short_name(word: str) -> bool:
    """A listed body's short name (entities_org_acronyms.txt; entities_org_acronyms_derived.txt,
    those the model tags ORG wherever it tags them in unlabelled news: `Bapanas`, `KSSK`) in
    capitals (`KPU`), or in title case when it is four letters or more (`Bawaslu`, `Kadin`) and
    no word of its own too (`Ma`, `Garuda`: entities_titled_shorts_not.txt)."""
    low = word.lower()
    if low not in org_acronyms() and low not in word_set("entities_org_acronyms_derived.txt"):
        return False  # most words: listed nowhere
    titled = len(word) >= MIN_TITLED_SHORT and word[1:].islower()
    titled = titled and low not in word_set("entities_titled_shorts_not.txt")
    return (word.isupper() or titled) and word.isalpha()


def balinese_orders() -> frozenset[str]:
    """Words that after `I`/`Ni` start a Balinese name (`I Made`, `Ni Luh`, `I Gusti`)."""
    return word_set("names_balinese_orders.txt")


def not_names() -> frozenset[str]:
    return word_set("names_not_names.txt")


def speech_verbs() -> frozenset[str]:
    return word_set("names_speech_verbs.txt")


@cache
def org_words() -> frozenset[str]:
    """Organisation words: nouns (officials_org_words.txt, entity cues too) and bodies' one-word
    names (officials_body_names.txt: clubs, regional agencies; no entity cue)."""
    return word_set("officials_org_words.txt") | word_set("officials_body_names.txt")


class OutletWords(NamedTuple):
    """Words of news outlets' names (``clean_outlets.txt``), lowercase."""

    names: frozenset[str]  # mastheads, whole words (`tribun`, `kabar`)
    suffixes: tuple[str, ...]  # the words an outlet's name ends in (`ekspres`, `pos`), in file order
    prefixes: tuple[str, ...] = ()  # the words a masthead glued in one word opens with (`warta`)


#: The kinds of a ``clean_outlets.txt`` row.
_OUTLET_KINDS = ("name", "suffix", "prefix", "dateline_suffix", "wire", "desk")


@cache
def outlet_words() -> OutletWords:
    """The outlet lexicon, read once: the cleaner tells a dateline's outlet from its place with
    it, the entity layer finds outlets named in the body.

    Raises:
        ValueError: a row's kind is not ``name``, ``suffix``, ``dateline_suffix``, ``prefix``,
            ``wire`` or ``desk``.
    """
    names, rows = set(), {"suffix": [], "prefix": []}
    for kind, word in load_table("clean_outlets.txt"):
        if kind not in _OUTLET_KINDS:
            raise ValueError(f"clean_outlets.txt: kind {kind!r} of {word!r}; allowed: {_OUTLET_KINDS}")
        if kind == "name":
            names.add(word)
        elif kind not in ("wire", "desk"):  # those are named only after an agency's slash (`outlet_rows`)
            rows[kind.removeprefix("dateline_")].append(word)
    return OutletWords(frozenset(names), tuple(rows["suffix"]), tuple(rows["prefix"]))


@cache
def outlet_rows(kind: str) -> frozenset[str]:
    """The words of one kind of ``clean_outlets.txt`` row, lowercase. ``dateline_suffix``: outlet
    suffixes that end a masthead in a dateline (`Kalteng Network, Jakarta -`) but in the body mostly
    end a longer body's or a platform's name (`Fact Checking Network`, `PlayStation Network`): no
    outlet there. ``wire``: press-release wires, ``desk``: an agency's own desks, the source an
    agency names after a slash in a dateline (`Tokyo, (ANTARA/PRNewswire)- …`, `Jakarta
    (ANTARA/JACX) - …`).

    >>> {"prnewswire", "business wire"} <= outlet_rows("wire"), "humas" in outlet_rows("wire")
    (True, False)
    >>> outlet_rows("wires")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: outlet_rows: kind 'wires'; allowed: ('name', 'suffix', ..., 'wire', 'desk')

    Raises:
        ValueError: ``kind`` is no kind of a ``clean_outlets.txt`` row (``_OUTLET_KINDS``).
    """
    if kind not in _OUTLET_KINDS:
        raise ValueError(f"outlet_rows: kind {kind!r}; allowed: {_OUTLET_KINDS}")
    return frozenset(w for row_kind, w in load_table("clean_outlets.txt") if row_kind == kind)


@cache
def name_particles() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Name particles, case-sensitive: single words and multi-word sequences."""
    single, multi = set(), set()
    for e in load_lines("names_particles.txt"):
        parts = tuple(e.replace(".", " ").split())
        if len(parts) == 1:
            single.add(parts[0])
        else:
            multi.add(parts)
    return frozenset(single), frozenset(multi)


def hyphen_pair(word: str, *, min_part: int = 1, title: bool = False) -> bool:
    """Whether ``word`` is two different words glued by one hyphen (gastroenterologi-hepatologi,
    Pranowo-Mahfud): two parts written in letters only, of ``min_part`` letters or more each, in
    title case each when ``title``; not one word written twice (anak-anak, Bangsa-Bangsa)."""
    parts = word.split("-")
    if len(parts) != 2 or parts[0].lower() == parts[1].lower():
        return False
    return all(
        len(p) >= min_part and p.isalpha() and (not title or (p[0].isupper() and p[1:].islower()))
        for p in parts
    )


def _hyphen_common(word: str) -> bool:
    """Rumah-rumah, Badung-red, Penengahan-Bakauheni (two places): a hyphenated non-name. A
    name's opener before the hyphen (`names_hyphen_openers.txt`) and no common word after it make
    a hyphenated name (Abdul-Rahman, Nur-Aini); two given names are a pair (Agus-Sylvi)."""
    parts = word.split("-")
    if any(p[:1].islower() for p in parts[1:]):
        return True
    named = parts[0].lower() in word_set("names_hyphen_openers.txt") and not any(
        p.lower() in common_words() for p in parts[1:]
    )
    return sum(p[:1].isupper() for p in parts) > 1 and not named


@lru_cache(maxsize=65536)
def word_class(word: str) -> WordClass:
    """Coarse class of one word for telling names from titles and organisations.

    >>> [word_class(w).value for w in ("Perdagangan", "Putri", "Dinas", "DPRD", "Alfrianto", "Senin")]
    ['com', 'amb', 'org', 'acr', 'unk', 'stop']
    """
    if not word or not word[0].isupper():
        return WordClass.LOW
    low = word.lower()
    if low in not_names():
        return WordClass.STOP
    if word in name_particles()[0] and word not in _BALINESE_SHORT:
        return WordClass.PART
    if low in org_words() or (low.startswith("kemen") and len(low) > _KEMEN_LEN):
        return WordClass.ORG
    if len(word) >= 2 and (_CAPS_ACRONYM.get().fullmatch(word) or _CAPS_OPENED.get().fullmatch(word)):
        return WordClass.ACR
    if low in common_words():
        return WordClass.AMB if low in given_names() else WordClass.COM
    if low in given_names():
        return WordClass.GIV
    if glued(word):
        return WordClass.GLUED
    if "-" in word and _hyphen_common(word):
        return WordClass.COM
    if _DERIVED.get().fullmatch(low):
        return WordClass.COM  # Pemberhentian, Instruksi: derived nouns, not names
    if len(low) >= _KAN_VERB_LEN and low.endswith("kan"):
        return WordClass.COM  # Salurkan, Instruksikan: verbs in a headline
    return WordClass.UNK


#: Prepositions right before a name that put it as the place where something is or goes to
#: (`di Sentul`, `ke Potorono`): a name there that is no person's is a place's.
LOCATIVES = frozenset({"di", "ke"})

#: The prefixes of Indonesian verbs (meN-, ber-, di-, ter-), as written in lowercase.
VERB_PREFIXES = ("me", "ber", "di", "ter")


def verb_like(word: str, *, min_len: int = 5, suffixes: tuple[str, ...] = ("kan",)) -> bool:
    """A word of ``min_len`` characters or more shaped like a verb: opened by a verb's prefix
    (`VERB_PREFIXES`: menyapa, berharap, dibuka, terbakar) or closed by one of ``suffixes``
    (keluarkan). A caller that must spare short nouns (`dinas`, `media`) asks for more
    characters; one that reads no verb's ending passes no suffixes."""
    return len(word) >= min_len and (word.startswith(VERB_PREFIXES) or word.endswith(suffixes))


def in_order(items: Iterable[object], among: Iterable[object]) -> bool:
    """Whether ``items`` stand in ``among`` in order, others between them: a short name's initials
    or syllables in the words it shortens (`TEI` in `tradeexpoindonesia`), a short title's words in
    a longer title's (`Kepala Dinas` in `Kepala Satuan Dinas`).

    >>> in_order("tei", "tradeexpoindonesia"), in_order(["dinas", "kepala"], ["kepala", "dinas"])
    (True, False)
    """
    rest = iter(among)
    return all(x in rest for x in items)
