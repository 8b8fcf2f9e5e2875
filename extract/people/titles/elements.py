"""The elements a title's run is read into, its segments, and a title's tidy text.

`El` is one element of a run (a word by `WordClass`, a marker, a `Piece`: region, bracket,
number, connector, initial); `segments` and `first_segment` split a run at its connectors,
`orglike` and `place_ends` read a segment; `tidy_title` and `drop_glosses` cut a title's
trailing year, comma or connector and its glosses in brackets. The limits (`MAX_RUN`,
`MAX_NAME`, `MAX_INITIALS`) and the shared patterns (`DERIVED_NOUN`, roman numerals) live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ...text.patterns import LazyPattern
from ...text.words import NAMEISH, WordClass
from ..lexicon import Marker, place_end_words, role_words

W = WordClass
MAX_RUN = 40  # tokens after a head; titles are never longer, and it bounds the work
MAX_NAME = 6  # words in one name (Rico Tri Putra Bayu Wass)
NICK_MIN = 3  # letters a short form keeps of a name word (Ardi of Supardi); two match too much
_ROMAN = LazyPattern(r"[IVX]{1,6}")
_AGE_GROUP = LazyPattern(r"U-\d{2}")
#: pe-/per-/ke- … -an nouns (Perindustrian, pendidikan): never a first name, and no -kan verb.
DERIVED_NOUN = LazyPattern(r"(?:pe[mnr]?|peng|peny|ke)\p{Ll}{3,}an")
#: An all-caps short name in brackets right after a span (`… Publik (LKP)`): `_spelled_with_more`.
_BRACKET_ACRONYM = LazyPattern(r"\s?\(([A-Z]{3,6})\)")
#: Letters in a person's initials (NOP, BS, MFR), before their name or after it in brackets
#: (the role grammar, `roles`, reads this one too).
MAX_INITIALS = 5


class Piece(Enum):
    """Elements of a run that are no single word."""

    REG = "reg"  # a region name (Lampung Timur)
    PAREN = "paren"  # a bracketed group
    NUM = "num"  # a number with what it numbers (Komisi 4, Dandim 1611/Badung)
    CONN = "conn"  # a connector: `,`, `&`, `dan`, `serta`
    INNER = "inner"  # `pada`/`se` inside a title
    INIT = "init"  # an initial (M.)


ElKind = WordClass | Marker | Piece
#: Elements that a name may start with.
NAME_STARTS = NAMEISH | {Piece.INIT}


@dataclass(slots=True)
class El:
    """One element of a run: a word, a marker, a region, a bracketed group, a number or a connector."""

    i: int  # first token
    j: int  # after last token
    kind: ElKind
    text: str


def _marked(el: El) -> bool:
    return isinstance(el.kind, Marker)


def honorary(el: El) -> bool:
    """Whether ``el`` is a bracket of dotted capitals after a degree: (H.C.), honoris causa."""
    inner = el.text.strip("()").replace(".", "").replace(" ", "")
    return el.kind is Piece.PAREN and "." in el.text and inner.isalpha() and inner.isupper()


_PAREN = LazyPattern(r"\(([^()]{1,40})\)")


def drop_glosses(title: str) -> str:
    """Drop a bracket that is not an abbreviation of the title's words: `(Kotim)` after
    Kotawaringin Timur and `(Satpol PP dan Damkar)` after Satuan Polisi Pamong Praja … stay,
    `(Handycraft)` after UMKM Bintang Jaya Itah and `(bidang kesehatan)` go."""
    out = title
    for m in _PAREN.get().finditer(title):
        inner = m.group(1).strip()
        words = title[: m.start()].split()
        initials = {w[0].lower() for w in words if w[:1].isalpha()}
        # an abbreviation may have several words (Satpol PP dan Damkar), each capitalised
        abbreviation = all(w[:1].isupper() or w in ("dan", "&") for w in inner.split())
        if not inner or not abbreviation or inner[0].lower() not in initials:
            out = out.replace(m.group(0), " ")
    return " ".join(out.split())


def unbracketed_length(title: str) -> int:
    """The length of ``title`` without its brackets: `Ketua Umum (Ketum) Golkar` is a shorter
    post than `Ketua Umum Partai Golkar`, an abbreviation adding no word of the post."""
    return len(" ".join(_PAREN.get().sub(" ", title).split()))


def tidy_title(title: str) -> str:
    """Glosses dropped; a trailing year (Deputi Gubernur Senior Bank Indonesia 2004 dates the
    post), comma, ampersand, dash, bracket or connector cut; spaces single."""
    title = drop_glosses(title)
    last = title.rsplit(" ", 1)
    if len(last) == 2 and len(last[1]) == 4 and last[1].isdigit() and last[1][:2] in ("19", "20"):
        title = last[0]
        word = title.rsplit(" ", 1)
        if len(word) == 2 and word[1] in role_words("year_word"):
            title = word[0]  # Kepala Dinas Pendidikan tahun 2019: the year's word goes with it
    trailing = tuple(" " + w for w in role_words("title_trailing"))  # Kepala Dinas Sosial dan
    while title and (title[-1] in ",&-–(" or title.endswith(trailing)):
        title = title.rstrip(",&-–(").rstrip()
        for w in trailing:
            if title.endswith(w):
                title = title[: -len(w)].rstrip()
    return _written_once(" ".join(title.split()))


def _written_once(title: str) -> str:
    """Analis Binaartha Sekuritas Analis Binaartha Sekuritas, Ekonom Ekonom Center of Reform: a
    title whose opening words the page repeats right after them (a scraper's or an editor's
    doubling) is written once; the words compared in any case."""
    words = title.split()
    low = [w.lower() for w in words]
    for k in range(len(words) // 2, 0, -1):
        if low[:k] == low[k : 2 * k]:
            return " ".join(words[k:])
    return title


def segments(els: list[El]) -> list[tuple[str | None, list[El]]]:
    """Split a run at connectors: [(connector before, elements)]."""
    segs: list[tuple[str | None, list[El]]] = []
    conn: str | None = None
    cur: list[El] = []
    for el in els:
        if el.kind is Piece.CONN:
            if cur:
                segs.append((conn, cur))
                cur = []
                conn = el.text
            elif conn == "," and el.text in role_words("and_word"):
                conn = el.text  # ", dan" counts as "dan"
            elif conn is None and not segs:
                conn = el.text
            continue
        cur.append(el)
    if cur:
        segs.append((conn, cur))
    # post-nominal degrees after a comma stay with the name before them (…, S.I.K., M.H.); a rank
    # between commas goes with the name after it (Kabid Humas Polda Sultra, AKBP, Ferry …)
    merged: list[tuple[str | None, list[El]]] = []
    rank: list[El] = []
    for c, s in segs:
        if merged and all(e.kind is Marker.POST for e in s):
            merged[-1][1].extend(s)
            continue
        if merged and c == "," and all(e.kind is Marker.RANK for e in s):
            rank = s
            continue
        merged.append((c, rank + s))
        rank = []
    if rank:
        merged.append((",", rank))
    return merged


def first_segment(els: list[El]) -> list[El]:
    """The elements before the first connector."""
    seg: list[El] = []
    for el in els:
        if el.kind is Piece.CONN:
            break
        seg.append(el)
    return seg


def orglike(seg: list[El]) -> bool:
    """Whether a segment holds an organisation, region, common word, bracket or number."""
    return bool(seg) and any(e.kind in (W.ORG, Piece.REG, W.ACR, W.COM, Piece.PAREN, Piece.NUM) for e in seg)


def place_ends(seg: list[El], x: int) -> bool:
    """The one word left after a village's first word is a place's last word (Sari, Agung, Jaya:
    `place_end_words`): it ends the village's name (Meda Sari, Wono Agung), no holder follows."""
    return len(seg) - x == 1 and seg[x].text.lower() in place_end_words()
