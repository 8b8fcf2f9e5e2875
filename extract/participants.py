"""Participant counts: how many people or groups take part in the reported activity (GUIDELINES §5).

A candidate is a number from `extract.numbers` (``30``, ``seribu tujuh ratus``,
``puluhan``), an optional ``orang``, and a head noun from
``extract/resources/participants_heads.txt`` (``peserta``, ``pelaku UKM``,
``kabupaten/kota``). It is a participant count when its sentence says people take part
(``diikuti``, ``dihadiri``, ``memadati`` … in ``participants_cues.txt``; an event noun such
as ``rapat`` or ``pelatihan`` only for the clause's subject or a count linked to it by
``dengan``/``bagi``/``untuk``), or a
neighbouring sentence about the same people does (``… 360 orang penyandang disabilitas.
Mereka mendapatkan program pelatihan``), or the article earlier made the same head noun
the object of the activity (``mengunjungi sejumlah calon mahasiswa`` … ``tujuh orang calon
mahasiswa``); and nothing next to it makes it victims, recipients, residents, staff or
winners (``participants_negative.txt``; receiving verbs such as ``menerima`` overrule a
cue in the sentence, but not ``peserta`` nor the article's referred participants). A word
shaped like an agent noun (``pemancing``, ``wartawan``) is a head noun too, unless listed in
``participants_not_heads.txt``. Counts of groups (``12 sekolah``,
``18 Uptd``) need a linking word before them (``dari``, ``diikuti``), because bare
``17 kabupaten/kota`` is usually where something happens, not who took part.

The mention's text is the count plus its head noun (``30 orang peserta``,
``puluhan pelaku UKM``); hedges (``sekitar``, ``lebih dari``) set ``approximate`` and the
bounds but stay outside the span. Words with no quantity (``sejumlah``, ``beberapa``,
``para``) are not counts. Head nouns of kind ``never`` (``warga binaan``, ``anak buah
kapal``) and a possessive pronoun right after the head (``dua anak saya``) rule a count out;
staff deployed or employed (``diterjunkan``, ``mempekerjakan``) are negatives like victims.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

import regex

from .records import Participant
from .resources import load_lines, load_pairs
from .text.numbers import (
    MAX_NUMBER_CHARS,
    Quantity,
    find_numbers,
    parse_quantity,
    qualifier_pattern,
    qualify,
)
from .text.patterns import LazyPattern

__all__ = ["extract_participants"]

# Candidate counts scanned per text; a news article has a few dozen numbers at most, so past
# this the input is adversarial and scanning on would only burn time.
_MAX_CANDIDATES = 2000
# Words before a count searched for a negative cue (penerima, korban …).
_NEG_BEFORE_WORDS = 5
# Words after the head noun searched for a negative cue, within the clause.
_NEG_AFTER_WORDS = 8
# Words before a group count searched for its linking word.
_LINK_WORDS = 3

# How far (in characters) around a count its sentence is searched for cues: a real sentence
# is shorter; the bound keeps a text with no sentence breaks linear.
_WINDOW = 400

_LEFT_BAD = LazyPattern(r"[\w.,/-]")
_SENTENCE_BREAK = LazyPattern(r"(?<=[.!?])[\"”’)]*+\s++|\n++")
_CLAUSE_BREAK = LazyPattern(r"[,;:()\"“”]|(?<!\w)(?:sedangkan|sementara|namun|tetapi)(?!\w)")
_FOLLOWUP = LazyPattern(r"(?i:(?:mereka|para\s++peserta|seluruh\s++peserta|semua\s++peserta|peserta)(?!\w))")
_WORD = LazyPattern(r"[\w/-]++")
_SPACES = LazyPattern(r"\s++")
# Before a count, these words mean the number is not a count of the noun after it:
# ``salah satu peserta`` (one of), ``nomor 5 peserta``, ``ke-3``.
_NOT_A_COUNT_BEFORE = LazyPattern(r"(?i:(?<!\w)(?:salah|nomor|no\.|ke-?|tahun|pukul|jam|Rp\.?)\s*+$)")


@cache
def _heads() -> dict[str, str]:
    out = {}
    for kind, noun in load_pairs("participants_heads.txt"):
        out[noun] = kind
    return out


# pe(m|n|ng|ny|r|l)- agent nouns that are not -an nominalisations (pertemuan), and -wan/-wati.
# (The -wan/-wati test is a look-behind after the whole word: a possessive run of letters
# followed by ``wan`` could never match, and a lazy one would backtrack.)
_AGENT_NOUN = r"(?:pe[a-z]{4,}+(?<!an)|[a-z]{6,}+(?<=wan|wati))"


@cache
def _not_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("participants_not_heads.txt"))


@cache
def _heads_lower() -> dict[str, str]:
    return {n.lower(): k for n, k in _heads().items()}


def _head_token(tok: str) -> str:
    if tok.isupper() and len(tok) > 1 and tok.isalpha():
        # Acronym: as written or capitalised (UPTD, Uptd), never lower case (sd, ma, kota).
        variants = {tok, tok[0] + tok[1:].lower()}
        return "(?:" + "|".join(regex.escape(v) for v in sorted(variants)) + ")"
    return "(?i:" + regex.escape(tok) + ")"


@cache
def _head_alternation() -> str:
    nouns = sorted(_heads(), key=lambda n: (-len(n), n))
    alts = []
    for noun in nouns:
        if noun == "orang":
            continue  # only as the fallback after the count, see _head_rx
        alts.append(r"\s++".join(_head_token(t) for t in noun.split()))
    return "|".join(alts)


@cache
def _head_rx() -> regex.Pattern[str]:
    """What must follow the number: [lebih] [orang] head noun; ``orang`` alone only as a fallback.

    ``3.000 lebih peserta`` is "more than 3 000 participants". A word not in the lexicon
    but shaped like an Indonesian agent noun (``pemancing``, ``pelukis``, ``wartawan``)
    is a head noun too, so that unlisted kinds of participants are still found;
    `_candidates` drops the ones in ``participants_not_heads.txt``. A breakdown written
    ``25 di antaranya perempuan`` ("25 of them women") is a count of its own (GUIDELINES §5).
    """
    return regex.compile(
        rf"""
        (?P<an>-?+an(?!\w))?+                      # 500-an peserta: about 500
        (?:\s++(?P<more>(?i:lebih))(?!\w))?+
        (?:\s++(?i:di\s*+antaranya|di\s++antara\s++mereka)(?:\s++(?i:merupakan|adalah|ialah))?+(?!\w))?+
        (?:
            (?:\s++(?i:orang)(?!\w))?+\s++(?P<head>{_head_alternation()})(?![\w/-])
          | (?:\s++(?i:orang)(?!\w))?+\s++(?P<head>{_AGENT_NOUN})(?![\w/-])
          | \s++(?P<head>(?i:orang))(?![\w/-])
        )
        """,
        regex.VERBOSE,
    )


@cache
def _named_before_rx() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?<![\w-])(?P<noun>{_head_alternation()})(?:\s++yang\s++hadir)?+"
        rf"\s++(?i:sebanyak|berjumlah|mencapai|tercatat|ada)"
        rf"(?:\s++{qualifier_pattern()})?+\s++\Z"
    )


@cache
def _qualifier_rx() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<qual>{qualifier_pattern()})\s++$")


@cache
def _words_rx(name: str, kind: str) -> regex.Pattern[str]:
    """Any phrase of one kind from a ``kind | phrase`` file, as whole words."""
    words = [w for k, w in load_pairs(name) if k == kind]
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in sorted(words, key=lambda w: -len(w)))
    # A hyphen joins words too: ``berturut-turut`` holds no ``turut``.
    return regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", regex.IGNORECASE)


def _cue_rx(kind: str) -> regex.Pattern[str]:
    return _words_rx("participants_cues.txt", kind)


def _negative_rx(kind: str = "never") -> regex.Pattern[str]:
    """Negative words of one kind (``never``, ``recipient``, ``possessive``; participants_negative.txt)."""
    return _words_rx("participants_negative.txt", kind)


@cache
def _refer_rx() -> regex.Pattern[str]:
    """A head noun right after a `refer` verb (mengunjungi sejumlah calon mahasiswa)."""
    refer = _cue_rx("refer").pattern
    return regex.compile(
        rf"{refer}(?:\s++(?i:oleh|dengan))?+"
        rf"(?:\s++(?i:sejumlah|para|beberapa|seluruh|semua|ratusan|puluhan|ribuan|belasan))?+"
        rf"\s++(?P<head>{_head_alternation()})(?![\w/-])",
        regex.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # of the number (the mention's span starts here)
    end: int  # of the head noun
    head_start: int
    who: str
    kind: str  # person, self or group (participants_heads.txt)
    quantity: Quantity

    @property
    def group(self) -> bool:
        return self.kind == "group"


def _candidates(text: str) -> list[_Candidate]:
    heads_lower = _heads_lower()
    out = []
    found = 0
    for a, b in find_numbers(text):
        if found >= _MAX_CANDIDATES:
            break
        if a and _LEFT_BAD.get().match(text, a - 1):
            continue  # inside another number or word: 1.143.639, ke-78, 2/3
        head = _head_rx().match(text, b)
        if head is None or b - a > MAX_NUMBER_CHARS:
            continue
        if _NOT_A_COUNT_BEFORE.get().search(text, max(0, a - 8), a):
            continue
        noun = head["head"].lower()
        if noun not in _heads_lower() and (noun in _not_heads() or _negative_rx().fullmatch(noun)):
            continue
        if heads_lower.get(noun) == "never":
            continue  # warga binaan, anak buah kapal: never participants, or a place
        gap = _SPACES.get().match(text, head.end())
        if gap and _negative_rx("possessive").match(text, gap.end()):
            continue  # dua anak saya: someone's relatives, not a count of people taking part
        found += 1
        try:
            q = parse_quantity(text[a:b])
        except ValueError:
            continue
        if q.value is not None and (Fraction(q.value).denominator != 1 or q.value < 1):
            continue  # 1,5 peserta is not a head count
        qual = _qualifier_rx().search(text, max(0, a - 30), a)
        if head["more"]:
            q = qualify(q, "lebih dari")
        elif head["an"]:
            q = qualify(q, "sekitar")
        elif qual:
            q = qualify(q, qual["qual"])
        who = regex.sub(r"\s+", " ", head["head"])
        if who.lower() == "orang":
            # ``peserta sebanyak 150 orang``: the noun before names who the 150 are.
            named = _named_before_rx().search(text, max(0, a - 60), a)
            if named:
                who = regex.sub(r"\s+", " ", named["noun"])
        out.append(
            _Candidate(
                start=a,
                end=head.end("head"),
                head_start=head.start("head"),
                who=who,
                kind=heads_lower.get(who.lower(), "person"),
                quantity=q,
            )
        )
    return out


def _sentences(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (a rough split: enough for cue windows)."""
    starts = [0]
    starts.extend(m.end() for m in _SENTENCE_BREAK.get().finditer(text))
    return starts


def _sentence_of(starts: list[int], text: str, pos: int) -> tuple[int, int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    return i, max(starts[i], pos - _WINDOW), min(end, pos + _WINDOW)


def _negative_near(text: str, cand: _Candidate, s_start: int, s_end: int, kind: str = "never") -> bool:
    before = text[s_start : cand.start]
    # Only the words after the last participation cue before the count: in ``juara umum
    # yang diikuti 17 kabupaten/kota`` the winners are not the 17.
    cues = list(_cue_rx("cue").finditer(before))
    if cues:
        before = before[cues[-1].end() :]
    # Nor across a comma: ``mencapai 45.000 jiwa, dan 200 warga hadir``.
    comma = max(before.rfind(","), before.rfind(";"))
    if comma >= 0:
        before = before[comma + 1 :]
    # A receiving verb counts before the number only right before it (diberikan kepada 500
    # warga), not in ``mendapat tepuk tangan dari belasan ribu warga yang hadir``.
    words = _WORD.get().findall(before)[-(_NEG_BEFORE_WORDS if kind == "never" else 2) :]
    if _negative_rx(kind).search(" ".join(words)):
        return True
    after = text[cand.end : s_end]
    clause = _CLAUSE_BREAK.get().search(after)
    if clause:
        after = after[: clause.start()]
    words = _WORD.get().findall(after)[:_NEG_AFTER_WORDS]
    return bool(_negative_rx(kind).search(" ".join(words)))


def _has_cue(text: str, start: int, end: int, kind: str = "cue") -> bool:
    return bool(_cue_rx(kind).search(text, start, end))


def _any_cue(text: str, start: int, end: int) -> bool:
    return _has_cue(text, start, end) or _has_cue(text, start, end, "event")


@cache
def _words_of(kind: str) -> frozenset[str]:
    return frozenset(w.lower() for k, w in load_pairs("participants_cues.txt") if k == kind)


def _in_frame(text: str, cand: _Candidate, s_start: int) -> bool:
    """Whether an event noun in the sentence is about this count.

    True when the count opens its clause (``Dalam rapat itu, 30 kepala desa …``,
    ``Sebanyak 50 UMKM …``) or follows a linking word (``teleconference dengan puluhan
    pelaku UKM``, ``pelatihan bagi 50 UMKM``); false for ``membahas nasib 300 guru``.
    """
    before = text[s_start : cand.start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("("))
    words = [w.lower() for w in _WORD.get().findall(before[cut + 1 :])]
    if any(w in _words_of("link") for w in words[-2:]):
        return True
    return all(w in _words_of("opener") for w in words)


def _participates(text: str, cand: _Candidate, starts: list[int], referred: set[str]) -> bool:
    i, s_start, s_end = _sentence_of(starts, text, cand.start)
    if _negative_near(text, cand, s_start, s_end):
        return False
    if cand.kind == "self" or cand.who.lower() in referred:
        return True
    if _negative_near(text, cand, s_start, s_end, "recipient"):
        return False  # rapat … 1.200 warga yang belum menerima bantuan: recipients, not attendees
    if _has_cue(text, s_start, cand.start) or _has_cue(text, cand.end, s_end):
        return True
    in_event = _has_cue(text, s_start, cand.start, "event") or _has_cue(text, cand.end, s_end, "event")
    if in_event and _in_frame(text, cand, s_start):
        return True
    if i + 1 < len(starts):
        n_start = starts[i + 1]
        n_end = min(starts[i + 2] if i + 2 < len(starts) else len(text), n_start + _WINDOW)
        # ``… 360 orang penyandang disabilitas. Mereka mendapatkan program pelatihan``
        if _FOLLOWUP.get().match(text, n_start) and _any_cue(text, n_start, n_end):
            return True
    if i > 0 and _FOLLOWUP.get().match(text, s_start):
        # ``… mengukuhkan Duta Lingkungan. Mereka berasal dari lima SD dan lima SMP``
        return _any_cue(text, max(starts[i - 1], s_start - _WINDOW), s_start)
    return False


def _linked(text: str, cand: _Candidate, prev: _Candidate | None, prev_ok: bool) -> bool:
    """A group count needs a linking word, or to continue a list of accepted group counts."""
    before = text[max(0, cand.start - 40) : cand.start]
    words = _WORD.get().findall(before)[-_LINK_WORDS:]
    if any(w.lower() in _words_of("group") for w in words):
        return True
    if prev is not None and prev_ok and prev.group:
        gap = text[prev.end : cand.start]
        return bool(regex.fullmatch(r"(?i:\s*+(?:,|dan|serta|,\s*+dan)\s*+)", gap))
    return False


def _referred_heads(text: str) -> set[str]:
    return {regex.sub(r"\s+", " ", m["head"]).lower() for m in _refer_rx().finditer(text)}


def extract_participants(text: str) -> list[Participant]:
    """Counts of the people or groups taking part in the reported activity, in text order.

    Args:
        text: the cleaned article body.

    Returns:
        One `Participant` per distinct count and head noun (a count repeated with the same
        head noun is listed once).

    >>> [(p.text, p.span, p.count, p.who) for p in extract_participants(
    ...     "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.")]
    [('30 orang peserta', (18, 34), 30, 'peserta')]
    >>> [(p.text, p.min, p.max) for p in extract_participants(
    ...     "Wabup menggelar teleconference dengan puluhan pelaku UKM se-Jembrana.")]
    [('puluhan pelaku UKM', 20, 99)]
    >>> extract_participants("Dinsos menemukan 1.143.639 penerima bansos tidak layak.")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_participants expects str, got {type(text).__name__}")
    cands = _candidates(text)
    if not cands:
        return []
    starts = _sentences(text)
    referred = _referred_heads(text)
    out: list[Participant] = []
    seen: set[tuple] = set()
    prev: _Candidate | None = None
    prev_ok = False
    for cand in cands:
        ok = _participates(text, cand, starts, referred)
        if ok and cand.group:
            ok = _linked(text, cand, prev, prev_ok)
        prev, prev_ok = cand, ok
        if not ok:
            continue
        q = cand.quantity
        count = q.value if q.value is not None else None
        part = Participant(
            text=text[cand.start : cand.end],
            span=(cand.start, cand.end),
            count=int(count) if count is not None else None,
            approximate=q.approximate,
            min=int(q.min) if q.min is not None else None,
            max=int(q.max) if q.max is not None else None,
            who=cand.who,
        )
        key = (part.count, part.min, part.max, part.who.lower())
        if key not in seen:
            seen.add(key)
            out.append(part)
    return out
