"""News-raw's counts of how a word is written (`people_counts_derived.txt`, made by
`scripts/derive_person_counts.py`): read by the person decision (`extract.people.decision`), and
here for a word written before a person's name that news-raw holds as a body's or a place's name
(`corpus_body_word`, `corpus_body_before`: `CEO Nvidia Jensen Huang`, `Denmark Viktor Axelsen`),
read where a person's span is trimmed (`extract.ner.vet`) and where a title's tail ends
(`extract.people.titles.tails`).
"""

from __future__ import annotations

import math
from functools import cache

from ..resources import load_table
from ..text.patterns import LazyPattern, whole_words
from ..text.tokens import prev_word
from ..text.words import WordClass, given_names, speech_verbs, word_class, word_set

__all__ = [
    "BODY_ARTICLES_MIN",
    "body_name_word",
    "body_word_at",
    "body_words_share",
    "called_by_word",
    "common_word_only",
    "corpus_body_before",
    "corpus_body_word",
    "corpus_counts",
    "english_words_share",
    "ministry_fields",
    "name_counts",
    "person_name_word",
    "person_word_in_corpus",
    "written_alone",
]


@cache
def corpus_counts() -> dict[str, dict[str, int]]:
    """The news-raw counts of `scripts/derive_person_counts.py` by kind (`low`, `per`, `other`)."""
    out: dict[str, dict[str, int]] = {"low": {}, "per": {}, "other": {}}
    for row in load_table("people_counts_derived.txt"):
        out[row.kind][row.word] = row.count
    return out


def name_counts(name: str, decades: int) -> tuple[float, float, int, int]:
    """How news-raw writes a name: the largest and the mean share of its words' lowercase use
    (article counts, log-scaled to saturate at 10^``decades``), and how many articles hold it as a
    person's name and as a whole ORG or LOC (the decisions' corpus features)."""
    counts = corpus_counts()
    low = [min(1.0, math.log10(1 + counts["low"].get(w.lower(), 0)) / decades) for w in name.split()]
    key = " ".join(name.lower().split())
    per, other = counts["per"].get(key, 0), counts["other"].get(key, 0)
    return max(low, default=0.0), sum(low) / max(len(low), 1), per, other


@cache
def ministry_fields() -> frozenset[str]:
    """The lowercase words of the ministries' names news-raw holds as whole ORG or LOC entities
    (`kementerian keuangan`, `kementerian luar negeri`, `kementerian koordinator bidang
    perekonomian`; `dalam` of `dalam negeri` too): the nouns a ministry's field is written with, read
    after a minister's post (`Menteri keuangan Sri Mulyani`), where an adverb, a verb or an
    adjective (`Menteri langsung telepon`, `Menteri senior`, `Menteri baru`) names no ministry."""
    words = (
        w.strip("(),.")
        for name in corpus_counts()["other"]
        if name.startswith("kementerian ")
        for w in name.replace("/", " ").split()[1:]
    )
    return frozenset(w for w in words if w.isalpha())


#: Articles holding a word as a whole ORG or LOC entity before news-raw's count calls it a body's or a
#: place's word (`Nvidia` 10, `Denmark` 60); fewer is one article's slip of the model.
BODY_ARTICLES_MIN = 5
#: How many times more articles hold the word as a body or place than open a person's name with it:
#: `Danantara` 42 against 3 and `Xiaomi` 7 against 2 are bodies' words; `Kim` 13 against 17, `Sony`
#: 10 against 4 and `Austin` 7 against 3 open names too often (Kim Jong Un, Sony Sonjaya).
_BODY_OVER_PERSON = 3
#: Articles writing a word in lowercase that make it a common word running a body's name on
#: (`Prima` 24); a name's word is rarely written so (`ahmad` 3, a slip or a handle).
_LOWER_RUNS_ON = 10


@cache
def _person_openers() -> dict[str, int]:
    """Articles holding a person's name opening with each word (lowercase), over news-raw."""
    out: dict[str, int] = {}
    for name, n in corpus_counts()["per"].items():
        first = name.split()[0]
        out[first] = out.get(first, 0) + n
    return out


def corpus_body_word(word: str) -> bool:
    """News-raw holds ``word`` as a body's or a place's whole name (`Nvidia`, `Denmark`, `Danantara`)
    in `BODY_ARTICLES_MIN` articles or more, and `_BODY_OVER_PERSON` times as often as its first
    word opens a person's name (the word itself; a name of several words by its first, as
    `_person_openers` counts them): written before a name, it is that body or place, no first name."""
    key = " ".join(word.lower().split())
    other = corpus_counts()["other"].get(key, 0)
    first = key.split(" ", 1)[0]
    return other >= BODY_ARTICLES_MIN and other >= _BODY_OVER_PERSON * _person_openers().get(first, 0)


#: The fewest articles in which a word opens a person's name for `opens_names_mostly`.
_OPENER_ARTICLES_MIN = 3
#: The least share of the articles holding a word in a person's name in which it opens the name,
#: for `opens_names_mostly` (`Alexander` opens 4 of 6: a surname as well, `Lucas 'The Lion'
#: Alexander`).
_OPENER_SHARE = 0.8


def opens_names_mostly(word: str) -> bool:
    """News-raw opens persons' names with ``word`` in `_OPENER_ARTICLES_MIN` articles or more and
    in `_OPENER_SHARE` of the articles holding it in a person's name (`Megawati` 10 of 10,
    `Ganjar` 18 of 18, `Budi` 106 of 126): a given name, no surname (`Silva`, `Arifuddin` open
    none)."""
    key = word.lower()
    opens = _person_openers().get(key, 0)
    return opens >= _OPENER_ARTICLES_MIN and opens >= _OPENER_SHARE * _words_in_names("per").get(key, 0)


@cache
def _words_in_names(kind: str) -> dict[str, int]:
    """Articles holding a name of ``kind`` (`per`, `other`) with each word in it, over news-raw."""
    out: dict[str, int] = {}
    for name, n in corpus_counts()[kind].items():
        for w in set(name.split()):
            out[w] = out.get(w, 0) + n
    return out


def body_name_word(word: str) -> bool:
    """News-raw never writes ``word`` in lowercase and holds it in bodies' or places' names in
    `BODY_ARTICLES_MIN` articles or more, and in more than in persons' (`Minang` 9 against 2,
    `Central` 19 against 0; not `Ampere` 2, nor `Keluarga`, a common word): a proper name's word."""
    key = word.lower()
    lowercase = corpus_counts()["low"].get(key, 0)
    return (
        not lowercase
        and _words_in_names("other").get(key, 0) >= BODY_ARTICLES_MIN
        and body_word_over_person(key)
    )


def body_word_over_person(word: str) -> bool:
    """News-raw holds ``word`` (any case) in bodies' or places' names in more articles than in
    persons', in one article or more (`Ciledug` 2 against 0, `Academy` 2 against 0, `Tesla` 3
    against 2): no `BODY_ARTICLES_MIN`, as `body_name_word` asks to call a word a proper name's,
    since this only keeps a word apart from a name beside it (`names.joined_beside`), where a slip
    of one article costs a join at most; five articles would let `Ciledug`, `Cilandak` and
    `Academy` join names."""
    key = word.lower()
    return _words_in_names("other").get(key, 0) > _words_in_names("per").get(key, 0)


def person_name_word(word: str) -> bool:
    """News-raw holds ``word`` in persons' names in more articles than in bodies' or places' names
    (`Bagnaia` 39 against 0, `Marquez` 156 against 0; not `Catalunya` 0 against 58, `Jerez` 0
    against 94): a person's name (a racer's after a race's word: `MotoGP Bagnaia`)."""
    key = word.lower()
    return _words_in_names("per").get(key, 0) > _words_in_names("other").get(key, 0)


#: Articles holding a word in persons' names before news-raw's count calls it a person's word alone
#: (`Jonatan` 33, `Ganjar` 18, `Trump` 75); fewer is too few to tell a person's word from a slip
#: (`Gray` 4, `Marseille` 3, `Meta` 4, `Noel` 3: a colour, a city, a company, a given name).
_PERSON_WORD_ARTICLES = 5
#: How many times more articles hold the word in persons' names than in bodies' or places' names
#: (`Ganjar` 18 against 2; not `Kim` 17 against 15), as `_BODY_OVER_PERSON` the other way.
_PERSON_OVER_BODY = 3
#: A capitalised word right before a place (`Manuel Neuer`) and one right after it (`Asta Cita`).
_CAPITAL_BEFORE = LazyPattern(r"\p{Lu}[\p{L}.]*[ \u00a0]+$")
_CAPITAL_AFTER = LazyPattern(r"[ \u00a0]+\p{Lu}")
#: Characters read either side of a mention for a capitalised neighbour.
_NEIGHBOUR_REACH = 40


def person_word_in_corpus(word: str) -> bool:
    """News-raw holds ``word`` in persons' names in `_PERSON_WORD_ARTICLES` articles or more,
    `_PERSON_OVER_BODY` times as many as in bodies' or places' names, and never writes it in
    lowercase (no `low` count: not `Boy`, `Spa`): the model's person of that one word
    (`era Trump`, `juga Jonatan`) is a person's name, not a body's, a place's or a common word."""
    key = word.lower()
    per = _words_in_names("per").get(key, 0)
    return (
        per >= _PERSON_WORD_ARTICLES
        and per >= _PERSON_OVER_BODY * _words_in_names("other").get(key, 0)
        and key not in corpus_counts()["low"]
    )


def common_word_only(word: str) -> bool:
    """News-raw writes ``word`` in lowercase (in three articles or more, the table's least `low`
    count) and holds it in no person's name (`Optimisme` 34 articles against 0, `Gesture` 6,
    `Nutrisionis` 3): a common word, no name's word of news-raw's own (not `Putri` 160 against
    25). Many given names are common words too that news-raw holds in too few names to say so
    (`Suci`, `Kuat`), so a caller asks for the article's evidence as well."""
    key = word.lower()
    return key in corpus_counts()["low"] and not _words_in_names("per").get(key, 0)


def written_alone(text: str, word: str) -> bool:
    """The article never writes ``word`` right beside another capitalised word (`Manuel Neuer`,
    `Kepa Arrizabalaga`, `Asta Cita`): it is no part of a longer name there."""
    before, after = _CAPITAL_BEFORE.get(), _CAPITAL_AFTER.get()
    return not any(
        before.search(text, max(0, s - _NEIGHBOUR_REACH), s) or after.match(text, e, e + _NEIGHBOUR_REACH)
        for s, e in whole_words(text, word)
    )


def body_words_share(name: str) -> float:
    """The share of a name's words news-raw holds in bodies' or places' names in more articles than
    in persons' (`Villa` of `Aston Villa`, `Chartered` of `Standard Chartered`, `Luhur` of
    `Budi Luhur`; not `Budi`, nor a word news-raw never holds in a name): the name is a club's,
    a company's, a school's or a place's more likely than a person's. An initial (`A`, `Beran A`)
    says nothing of either and is not counted."""
    words = [w for w in name.lower().split() if len(w.strip(".")) > 1]
    return sum(body_word_over_person(w) for w in words) / max(len(words), 1)


#: The fewest words of a name (initials not counted) the English-word share reads: a one-word
#: name is left to its other evidence, for a person's one name may be an English word too (`Hope`,
#: `Rose`, `J. Love`); on the 640 annotated articles every name the share fired on had two words
#: or more (session 37).
_ENGLISH_NAME_WORDS = 2


def english_words_share(name: str) -> float:
    """The share of a name's words that are common English words (`names_english_words_derived.txt`,
    wordfreq's: `Battery`, `Serum`, `Polo`) and no person's: news-raw holds none in persons' names
    and none is a given name (not `Smith`, `Swift`, `Musk`, `Rose`, `Jay`). A product, a term, a
    body or a place written in English (`Glacier Battery`, `Hydro Boost Serum`, `Canoe Polo`,
    `Houston Rockets`) more likely than a person (the English-named ones are in news-raw's
    persons). An initial is not counted, as in `body_words_share`, and a name of fewer than
    `_ENGLISH_NAME_WORDS` other words reads 0 (`Hope`, `J. Love`). On the 640 annotated articles
    (session 37) the feature is above 0 for 32 of the 586 persons the decision weighs, 28 of them
    not listed."""
    words = [w for w in name.lower().split() if len(w.strip(".")) > 1]
    if len(words) < _ENGLISH_NAME_WORDS:
        return 0.0
    english, per, given = word_set("names_english_words_derived.txt"), _words_in_names("per"), given_names()
    return sum(w in english and not per.get(w) and w not in given for w in words) / len(words)


def called_by_word(text: str, word: str) -> bool:
    """The article names a speaker by ``word`` alone (`kata Padang`, `ujar Padang`): a person's
    name, whatever news-raw holds it as elsewhere."""
    return any(prev_word(text, s).lower() in speech_verbs() for s, _ in whole_words(text, word))


def corpus_body_before(word: str, following: str) -> bool:
    """`corpus_body_word` before ``following``, when the body's name does not run on into it: a
    known given name follows (`Garuda Ahmad`), or a word news-raw holds in bodies' or places'
    names in fewer than `BODY_ARTICLES_MIN` articles or less often than in persons' (not
    `Bayern Muenchen`, `McLaren Racing`), no English word and no word news-raw writes in
    lowercase in `_LOWER_RUNS_ON` articles or more (not `Juventus Prima`): a name's first word."""
    if not corpus_body_word(word):
        return False
    if word_class(following) is WordClass.GIV:
        return True
    key = following.lower()
    in_bodies = _words_in_names("other").get(key, 0)
    runs_on = in_bodies >= BODY_ARTICLES_MIN and in_bodies > _words_in_names("per").get(key, 0)
    lower = corpus_counts()["low"].get(key, 0) >= _LOWER_RUNS_ON
    return not (runs_on or lower or key in word_set("clean_english_words.txt"))


def body_word_at(text: str, start: int, word: str, following: str) -> bool:
    """``word``, written at ``start`` before ``following``, is a body's or a place's word and no
    first name (`corpus_body_before`: `CEO Nvidia Jensen Huang`, `Denmark Viktor Axelsen`), unless
    the article names a speaker by it (`called_by_word`: `kata Padang`) or `setempat` stands before
    it (`Kepala BPBD setempat Padang Priyo Utomo`: the region is given, a name follows)."""
    return (
        corpus_body_before(word, following)
        and not called_by_word(text, word)
        and prev_word(text, start) != "setempat"
    )
