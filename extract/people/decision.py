"""Person decisions learned from evidence (issue 12 item 5): is an accepted person a person?

`extract_persons` accepts a name by its rules; this module reads what the article says of each
accepted `Person` (the model's label on its mentions, the shape of the name, the given-name
lexicon, common words, a speech verb or a thing's noun beside it, how often it
is written, in the article and over news-raw, how often news-raw holds its words in bodies' or
places' names, how many of its words are common English words and no person's, whether every
mention stands inside a longer capitalised name) as a feature vector (`person_features`) and
weighs it with a logistic regression fitted on the annotated news-raw articles
(`models/person-decision.json`, written by ``warta train-persons``: `extract.ner.persons_train`).
`decided_persons` drops a person whose probability is under the fitted threshold, unless a rule
path vouches for it (`vouched`): an official's holder, a role's name (after a title or an
occupation), a name after a form of address, a name a speech verb stands beside (a speaker).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ..learn import (
    LOW_DECADES,
    LOWER_MIN,
    MENTIONS_CAP,
    SURE,
    WeightsError,
    load_weights,
    logistic,
    weights_places,
)
from ..records import Entity, EntityLabel, Official, Person, Span, spans_overlap
from ..text.patterns import LazyPattern
from ..text.tokens import QUOTE_MARKS, next_word, next_word_past_comma, opens_sentence, prev_word, tokenize
from ..text.words import (
    LOCATIVES,
    NAMEISH,
    WordClass,
    common_words,
    folded,
    speech_verbs,
    word_class,
    word_set,
)
from .corpus import body_words_share, corpus_body_word, english_words_share, name_counts
from .lexicon import after_thing_word, entity_cues, match_marker
from .names import listed_beside
from .persons import address_cues, lowercase_in, thing_cues
from .roles import RoleMention

__all__ = [
    "FEATURES",
    "WeightsError",
    "decided_persons",
    "person_features",
    "shares",
    "thing_before",
    "vouched",
]

#: The fitted weights' file name under models/ (`warta train-persons`); absent: every accepted person is kept.
WEIGHTS_NAME = "person-decision.json"
#: Where `warta train-persons` writes them: the checkout's models/.
WEIGHTS = Path(__file__).resolve().parents[2] / "models" / WEIGHTS_NAME
#: An environment variable naming another weights file, or ``none``: the decision off, every
#: accepted person kept (the undecided persons `scripts/derive_person_counts.py` counts).
WEIGHTS_ENV = "WARTA_PERSON_WEIGHTS"

#: The features in the order of the weights (the first is the intercept).
FEATURES = (
    "bias",
    "model_per",
    "model_other",
    "one_word",
    "two_words",
    "given_share",
    "ambiguous_share",
    "common_share",
    "english_share",
    "unknown_share",
    "lowercase_elsewhere",
    "shouted",
    "mentions",
    "part_mention",
    "sentence_initial",
    "thing_before",
    "written_as_other",
    "unmodelled",
    "corpus_lowercase_max",
    "corpus_lowercase_mean",
    "corpus_person_share",
    "corpus_person_articles",
    "corpus_body_words",
    "corpus_english_words",
    "inside_longer_name",
)

#: Articles holding a name as a person at which its feature saturates (10^2).
_PER_DECADES = 2
#: What ends a sentence before a name (a line break too), within `_MAX_LOOKBACK` characters.
_SENTENCE_ENDS = '.!?:;"”'
_MAX_LOOKBACK = 3


def shares(words: Sequence[str]) -> tuple[float, float, float, float, float]:
    """The shares of the words that are given names (or particles), given-or-common names
    (`Budi`), common or function words, English words, and capitalised words no list knows."""
    classes = [word_class(w) for w in words]
    english = word_set("clean_english_words.txt")
    n = max(len(words), 1)
    return (
        sum(c in (WordClass.GIV, WordClass.PART) for c in classes) / n,
        sum(c is WordClass.AMB for c in classes) / n,
        sum(
            c in (WordClass.COM, WordClass.STOP, WordClass.ORG) or w.lower() in common_words()
            for c, w in zip(classes, words, strict=True)
        )
        / n,
        sum(w.lower() in english for w in words) / n,
        sum(c is WordClass.UNK for c in classes) / n,
    )


def _corpus(name: str) -> list[float]:
    """How news-raw writes the name: the largest and the mean share of its words' lowercase use
    (log-scaled article counts), the share of the articles holding it that hold it as a person
    (one half when none does), and how many hold it as a person (log-scaled)."""
    low_max, low_mean, per, other = name_counts(name, LOW_DECADES)
    return [
        low_max,
        low_mean,
        per / (per + other) if per + other else 0.5,
        min(1.0, math.log10(1 + per) / _PER_DECADES),
    ]


@cache
def _thing_cues_all() -> frozenset[str]:
    """The entity layer's product and disease nouns and the names' thing cues, made once."""
    return frozenset(entity_cues()[0] | thing_cues() | word_set("entities_diseases.txt"))


def thing_before(text: str, spans: Sequence[Span], first: str) -> bool:
    """A lowercase noun of a thing right before a mention (`virus Nipah`, `aplikasi Telegram`):
    the entity layer's product and disease nouns and the names' thing cues."""
    cues = _thing_cues_all()
    return after_thing_word(text, first) or any(prev_word(text, s) in cues for s, _ in spans)


#: The classes of a capitalised word that, right after a name, carry it on: a name's word
#: (`NAMEISH`) or a body's word (`Universitas`); not a given name that is also a common word
#: (`WordClass.AMB`: `Hari Tony Bennett`, a day named after a person), nor an acronym: a degree or a
#: team's code follows a person's name (`Ari Dwi Ayani MKM`, `Dwi Ratsongko CRC`).
_RUN_CLASSES_AFTER = (NAMEISH - {WordClass.AMB}) | {WordClass.ORG}
#: Before a name an acronym carries it on too: a body's short name (`LBH Yusuf`, `IKM Marning Barokah`).
_RUN_CLASSES_BEFORE = _RUN_CLASSES_AFTER | {WordClass.ACR}
#: A Roman numeral before a name numbers it (`Terdakwa II Miki Mahfud`): no word of a longer name.
_ROMAN = LazyPattern(r"[IVXLC]+")


def _carries_name_on(word: str, classes: frozenset[WordClass]) -> bool:
    """A capitalised word of two letters or more, no quote mark at either end, of one of ``classes``,
    that could be one more word of the name beside it: not a title, a rank, a form of address or a
    degree, also one written without its dots (`Dr`, `Briptu`, `Syekh`, `MSi`, `PhD`: `match_marker`),
    nor a body's or a place's whole name in news-raw (`Indonesia`, `Bournemouth`, `Apple`:
    `corpus_body_word`), which stands before a person's name without being part of it."""
    return (
        len(word) > 1
        and word[:1].isupper()
        and word[0] not in QUOTE_MARKS
        and word[-1] not in QUOTE_MARKS
        and word_class(word) in classes
        and match_marker(tokenize(word), 0) is None
        and not corpus_body_word(word)
    )


def inside_longer_name(text: str, spans: Sequence[Span]) -> bool:
    """Every mention stands right beside a capitalised word that carries a name on (`_carries_name_on`;
    before it, in the sentence: `_name_word_before`): the name is a piece of a longer one the article
    never writes it apart from, a body's (`Universitas Islam Negeri Maulana Malik Ibrahim`, `LBH
    Yusuf`, `Siloam Oncology Summit`) or a fuller person's (`Thalita Ramadhani Wiryawan`, `Ringgo
    Agus Rahman`) (issue 12, session 41: of the 972 unvouched persons on the 1,000 annotated
    articles, 28 are written so and 3 of them are listed; 801 of the 972 are)."""
    return bool(spans) and all(
        _name_word_before(text, s) or _carries_name_on(next_word(text, e), _RUN_CLASSES_AFTER)
        for s, e in spans
    )


def _name_word_before(text: str, start: int) -> bool:
    """The capitalised word right before a mention, in its sentence (`_capitalised_word_before`),
    carries the name on (`_RUN_CLASSES_BEFORE`), and is no Roman numeral (`_ROMAN`)."""
    before = _capitalised_word_before(text, start)
    return (
        bool(before) and not _ROMAN.get().fullmatch(before) and _carries_name_on(before, _RUN_CLASSES_BEFORE)
    )


def person_features(text: str, person: Person, entities: Sequence[Entity]) -> list[float]:
    """The `FEATURES` of one accepted person, each in [0, 1]."""
    spans = list(person.mentions)
    words = person.name.split()
    per = [e.span for e in entities if e.label == EntityLabel.PER]
    other = [e.span for e in entities if e.label != EntityLabel.PER]
    word_shares = shares(words)
    modelled = sum(any(spans_overlap(sp, q) for q in per) for sp in spans) / max(len(spans), 1)
    surfaces = [folded(e.text) for e in entities if e.label != EntityLabel.PER]
    key = folded(person.name)
    initial = [_opens_sentence(text, s) for s, _ in spans]
    return [
        1.0,
        modelled,
        float(any(spans_overlap(sp, q) for sp in spans for q in other)),
        float(len(words) == 1),
        float(len(words) == 2),
        *word_shares,
        float(any(len(w) >= LOWER_MIN and lowercase_in(text, w) for w in words)),
        float(any(w.isupper() and len(w) > 1 for w in words)),
        min(len(spans), MENTIONS_CAP) / MENTIONS_CAP,
        float(any(text[s:e] != person.name for s, e in spans)),
        float(bool(initial) and all(initial)),
        float(bool(words) and thing_before(text, spans, words[0])),
        float(any(key == s or f" {key} " in f" {s} " for s in surfaces)),
        float(modelled == 0),
        *_corpus(person.name),
        body_words_share(person.name),
        english_words_share(person.name),
        float(inside_longer_name(text, spans)),
    ]


def vouched(
    text: str,
    person: Person,
    officials: Sequence[Official],
    roles: Sequence[RoleMention],
) -> bool:
    """Whether a rule path vouches for the person, whatever the weights say: an official's
    holder, the name of a role (after a title: `Menteri … Budi`; an occupation: `petani Budi`),
    a name after a form of address (`Pak Sarmin`), or a name a speech cue stands beside (`kata
    Budi`, `Budi mengatakan`, `Menurut Budi,`, `Demikian disampaikan Budi`, `tutur aktris Demi
    Moore`: `_spoken_before`; `Budi mengatakan`: `_spoken_after`): a quote's speaker. A name
    spoken of is not vouched as a speaker: after a locative (`di Wiener Neustadt menyatakan`),
    before a verb that names its own speaker (`Al-Azhar, kata dia`), after a capitalised word
    of a headline (`Lebih Seru Di …`)."""
    if any(o.name == person.name for o in officials):
        return True
    spans = set(person.mentions)
    if any(m.name_span in spans for m in roles):
        return True
    address = address_cues()
    return any(
        prev_word(text, s).lower() in address or _spoken_before(text, s) or _spoken_after(text, s, e)
        for s, e in spans
    )


def _spoken_after(text: str, start: int, end: int) -> bool:
    """`Budi mengatakan`, `Budi, menjelaskan`: a speech verb right after the name (past a comma),
    unless the name is a place's (after a locative: `Pengadilan di Wiener Neustadt menyatakan`) or
    a tag verb (`quotes_tag_verbs.txt`: `kata`, `terang`, never `mengatakan`) after the comma
    names its own speaker (a pronoun or a capitalised word: `Al-Azhar, kata dia, …`, `rekaman di
    Abbey Road, terang Ifan`), as a tag verb with `-nya` does (`Cahaya Bangsa, ujarnya`:
    `_own_speaker_verb`): the name is then what is spoken of."""
    verb = next_word_past_comma(text, end)
    if verb.lower() not in speech_verbs() or prev_word(text, start).lower() in LOCATIVES:
        return False
    if _own_speaker_verb(verb):
        return False
    if text[end : end + 1] != "," or verb.lower() not in word_set("quotes_tag_verbs.txt"):
        return True
    pos = text.index(verb, end) + len(verb)
    # `kata  dia`: the pronoun past any blanks (`next_word` reads past one)
    blanks = len(text[pos : pos + _MAX_BLANKS]) - len(text[pos : pos + _MAX_BLANKS].lstrip(" \u00a0"))
    after = next_word(text, pos + blanks - 1) if blanks else ""
    return not (after[:1].isupper() or after.lower() in word_set("quotes_pronouns.txt"))


#: Blanks read between a tag verb and the speaker it names (`kata  dia`: a doubled space).
_MAX_BLANKS = 4


def _own_speaker_verb(verb: str) -> bool:
    """`ujarnya`, `katanya`, `tuturnya`: a tag verb (`quotes_tag_verbs.txt`) with the enclitic
    `-nya` names its own speaker, as `kata dia` does (`mengatakannya` is no tag verb: its `-nya`
    is what is said)."""
    low = verb.lower()
    return low.endswith("nya") and low[: -len("nya")] in word_set("quotes_tag_verbs.txt")


#: Lowercase words that may describe a speaker between a speech verb and the name (`tutur aktris
#: Demi Moore`, `kata penulis novel Dan Brown`): an occupation and one noun of its field.
_DESCRIPTION_WORDS = 2


@cache
def _speech_cues() -> frozenset[str]:
    """The speech verbs, the quotes' passive ones (`disampaikan`, `diungkapkan`) and `menurut`:
    the words that name a speaker after them."""
    return speech_verbs() | word_set("quotes_passive_verbs.txt") | {"menurut"}


def _spoken_before(text: str, start: int) -> bool:
    """`kata Budi`, `Menurut Budi,`, `Demikian disampaikan Budi`, `tutur aktris Demi Moore`, `ujar
    penulis novel Dan Brown`: a speech cue (`_speech_cues`) right before the name, or before up to
    `_DESCRIPTION_WORDS` lowercase words (the speaker's occupation) right before it; a
    capitalised cue inside a run of capitalised words is a headline's word, no cue (`Lebih Seru
    Di …`, `MH Menyampaikan Terimakasih`: `_capitalised_word_before`)."""
    verbs, pos = _speech_cues(), start
    for _ in range(_DESCRIPTION_WORDS + 1):
        word = prev_word(text, pos)
        pos -= len(word) + 1
        if not word:
            return False
        if word.lower() in verbs:
            return word.islower() or not _capitalised_word_before(text, pos)
        if not word.islower():
            return False
    return False


def _capitalised_word_before(text: str, start: int) -> str:
    """The capitalised word right before the word at ``start`` in the same sentence, or "": none when
    the word at ``start`` opens a sentence (`… babi. Menurut`, a lost full stop: `bulu babi Menurut`;
    `Islandia. Jóhann …`: `prev_word` steps over the dot) or the word before opens one (`… pagi. Dan
    Menurut Budi`, `Namun Kata Budi`: a conjunction's capital is the sentence's, no run)."""
    if _opens_sentence(text, start):
        return ""
    prev = prev_word(text, start)
    if not prev[:1].isupper() or _opens_sentence(text, start - len(prev) - 1):
        return ""
    return prev


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence (`_SENTENCE_ENDS`:
    `opens_sentence`)."""
    return opens_sentence(text, start, _SENTENCE_ENDS, lines=True, lookback=_MAX_LOOKBACK)


_LOG = logging.getLogger(__name__)


@cache
def _weights() -> tuple[tuple[float, ...], float] | None:
    """The fitted coefficients and threshold, checked once (`checked_weights`: ``warta
    train-persons`` refits a stale file), from the file `WEIGHTS_ENV` names or the checkout's
    (`weights_places`); None with ``WEIGHTS_ENV=none`` or without a weights file (every accepted
    person kept; one warning logged)."""
    return load_weights(WEIGHTS_ENV, weights_places(WEIGHTS, WEIGHTS_NAME), FEATURES, "person", _LOG)


def decided_persons(
    text: str,
    persons: Sequence[Person],
    entities: Sequence[Entity],
    officials: Sequence[Official],
    roles: Sequence[RoleMention],
) -> list[Person]:
    """The persons the fitted weights keep (all of them without weights); a vouched one stays,
    and so does one listed beside a sure person (`listed_beside`)."""
    weights = _weights()
    if weights is None:
        return list(persons)
    coef, threshold = weights
    probs = [
        1.0 if vouched(text, p, officials, roles) else logistic(coef, person_features(text, p, entities))
        for p in persons
    ]
    sure = [sp for p, pr in zip(persons, probs, strict=True) if pr >= SURE for sp in p.mentions]
    return [
        p
        for p, pr in zip(persons, probs, strict=True)
        if pr >= threshold or listed_beside(text, p.mentions, sure)
    ]
