"""Outlets a sentence cites in a frame that names persons and bodies alike.

`cited_sources` reads the name after a frame of entities_source_frames.txt (`kepada DAZN`,
`wawancara dengan CNA`, `menurut Reuters`) as an outlet (GUIDELINES §6: an outlet named in the
body is an organisation) when news-raw vouches for it: the corpus credits it as a story's source
after a source cue (`dilansir AFP`: entities_cited_sources_derived.txt, made by
scripts/derive_cited_sources.py) or the outlet lexicon lists it (clean_outlets.txt). The frame
alone is no evidence: `kepada Presiden`, `menurut Budi`, `wawancara dengan Sri Mulyani` name
persons, and `kepada Metro` a listed place.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...people.corpus import person_name_word
from ...records import Entity
from ...records import EntityLabel as Label
from ...resources import load_table
from ...text.words import common_words, outlet_words
from .tokens import Tok, _listed_name, _name_word, title_len
from .words import phrases

#: The most words of a run read after a frame: one more than a vouched name holds (a credit's
#: outlet is read with `page.MAX_OUTLET_WORDS`, 3: `The Straits Times`), so a longer run
#: (`menurut The Straits Times Indonesia`) is no vouched name cut short.
MAX_SOURCE_WORDS = 4


def _frames() -> frozenset[tuple[str, ...]]:
    """entities_source_frames.txt: the frames, each as its lowercase words."""
    return phrases("entities_source_frames.txt")


@cache
def _vouched_names() -> frozenset[str]:
    """The names an outlet may be cited by, lowercase: the names news-raw credits as a source
    (entities_cited_sources_derived.txt) and the outlet lexicon's one-word mastheads that are no
    common word (`kontan`, `tribun`; not `suara`, `rakyat`, `pers`: `kepada Rakyat` is no outlet)."""
    cited = {row.name.lower() for row in load_table("entities_cited_sources_derived.txt")}
    return frozenset(cited | (outlet_words().names - common_words()))


@cache
def _frame_lasts() -> frozenset[str]:
    """The frames' last words (`kepada`, `dengan`): a word after none of them follows no frame."""
    return frozenset(f[-1] for f in _frames())


def _after_frame(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` follows a frame of entities_source_frames.txt."""
    if toks[k - 1].low not in _frame_lasts():
        return False
    return any(k >= len(f) and tuple(t.low for t in toks[k - len(f) : k]) == f for f in _frames())


def name_run_end(toks: Sequence[Tok], k: int, most: int) -> int:
    """Where the run of capitalised words from ``k`` ends: at a title (`kepada Presiden`), a
    lowercase word or a mark, after ``most`` words at most (`page._credited` reads a credit's
    outlet so too)."""
    end = k
    while end < len(toks) and end - k < most and _name_word(toks[end]) and not title_len(toks, end):
        end += 1
    return end


def names_person(name: str) -> bool:
    """A credited or cited name of two words or more, each one news-raw writes mostly in persons'
    names (`person_name_word`: `dilansir dari Fabrizio Romano`): the person quoted, no outlet.
    One such word alone tells nothing, in a longer name (`New Atlas`: `Atlas`) or alone: a one-word
    masthead is often a given name too (`dilansir Surya`, `dikutip dari Fajar`, `dilansir dari
    Nova`). News-raw 0-9947, credits after a source cue: one two-word person (`Fabrizio Romano`)
    so dropped; one-word persons credited: one (`mengutip Musk`)."""
    return len(name.split()) > 1 and person_words(name)


def person_words(name: str) -> bool:
    """Every word of ``name`` is one news-raw writes mostly in persons' names (`person_name_word`)."""
    return all(person_name_word(word) for word in name.split())


def cited_sources(text: str, toks: Sequence[Tok]) -> list[Entity]:
    """The outlets named after a frame of entities_source_frames.txt: the whole run of capitalised
    words after the frame is a name news-raw vouches for (`_vouched_names`); a run that only opens
    with one (`kepada Tribun Jabar`, `kepada Reuters Institute`) is left to the other readings.

    >>> text = "Hal itu disampaikan Sete Gibernau kepada Crash.net, bukan kepada Budi."
    >>> from .tokens import tokens
    >>> [e.text for e in cited_sources(text, tokens(text))]
    ['Crash.net']
    """
    found = []
    for k in range(1, len(toks)):
        # a frame ends with few words: most capitalised words follow none
        if not toks[k].text[:1].isupper() or not _after_frame(toks, k):
            continue
        end = name_run_end(toks, k, MAX_SOURCE_WORDS)
        if end == k:
            continue
        s, e = toks[k].start, toks[end - 1].end
        name = text[s:e]
        # a listed place is read as one in a weak frame (`bantuan kepada Metro dan Lampung Timur`)
        place = _listed_name([t.text for t in toks[k:end]])
        if name.lower() in _vouched_names() and not names_person(name) and not place:
            found.append(Entity(name, Label.ORG, (s, e)))
    return found
