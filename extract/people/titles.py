"""How a title is cut: the run of words after a position head, and where its name starts.

This is the one module that decides what belongs to an official's title:

1. **The run** (`TitleReader.elements`): the capitalised words after a head up to a lowercase
   word, a line break or a full stop, read as elements (`El`): words by `WordClass`, markers
   (honorifics, degrees, ranks with their corps word), regions, bracketed groups, unit numbers
   (``Dandim 1611/Badung``) and connectors (``,``, ``dan``, ``&``).
2. **Segments** (`segments`): the run split at connectors.
3. **The boundary** (`TitleReader.split`): inside a segment the name starts at a PER entity,
   after an honorific/degree/rank, at a name particle (``I Made``), or else at the longest
   name-like tail after the last organisation word, region or common word; a pair of words
   that occurs together elsewhere in the article is a fixed phrase, not a boundary.
4. **Tidying** (`TitleReader.title`, `drop_glosses`): ranks after the head dropped, glosses in
   brackets dropped, a trailing year, comma or connector cut.

`title_prefix_len` answers the same question for a lone span (``Bupati Aletinus``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from ..records import Entity, EntityLabel
from ..text.calendar import month_number, weekday_number, year_rx
from ..text.patterns import LazyPattern
from ..text.tokens import NUMBER, PUNCT, WORD, Tok, TokKind, tokenize
from ..text.words import (
    NAMEISH,
    WordClass,
    balinese_orders,
    org_acronyms,
    org_words,
    speech_verbs,
    word_class,
    word_set,
)
from .lexicon import (
    MAX_DEGREE_ABBREVIATION,
    Marker,
    admin_words,
    dotted_name_word,
    facility_words,
    geo_words,
    haji_initial,
    headline_verbs,
    match_head,
    match_marker,
    match_region,
    match_region_lower,
    particle_len,
    place_end_words,
    role_words,
    word_marker,
)

__all__ = [
    "DERIVED_NOUN",
    "El",
    "Piece",
    "TitleReader",
    "aside_word",
    "drop_glosses",
    "first_segment",
    "honorary",
    "orglike",
    "place_ends",
    "segments",
    "title_prefix_len",
]

W = WordClass
MAX_RUN = 40  # tokens after a head; titles are never longer, and it bounds the work
MAX_NAME = 6  # words in one name (Rico Tri Putra Bayu Wass)
NICK_MIN = 3  # letters a short form keeps of a name word (Ardi of Supardi); two match too much
#: How many times a phrase is searched for in the article (bounds the work on long pages).
_MAX_OCCURRENCES = 500
_MAX_PLACE_LOOKS = 200
#: Characters read back from a repeated pair for the title run it may close (a head and its body).
_HEAD_LOOKBACK = 80
#: Lowercase words in a row after `selaku` before the title is taken to have ended.
_MAX_LOWER_RUN = 3
_MAX_ASIDE = 7  # tokens in a time phrase before a comma (pada masa itu, periode Mei 2020-Juni 2024)
_BODY_TAIL = 2  # common words or a number between a body word and its place (Kejaksaan Negeri | Liwa)
_ROMAN = LazyPattern(r"[IVX]{1,6}")
_AGE_GROUP = LazyPattern(r"U-\d{2}")
#: A year (`2026`): the date of an event's name after a region (`Riau Bhayangkara Run 2026`).
_YEAR = LazyPattern(year_rx("year"))
#: pe-/per-/ke- … -an nouns (Perindustrian, pendidikan): never a first name, and no -kan verb.
DERIVED_NOUN = LazyPattern(r"(?:pe[mnr]?|peng|peny|ke)\p{Ll}{3,}an")
#: An all-caps short name in brackets right after a span (`… Publik (LKP)`): `_spelled_with_more`.
_BRACKET_ACRONYM = LazyPattern(r"\s?\(([A-Z]{3,6})\)")
#: Lowercase words naming a field right after a head (Kepala kesiapsiagaan pandemi WHO …).
_MAX_INNER_FIELD = 2  # lowercase words inside a title (Kadis Ketahanan pangan Lambar)
_MAX_FIELD_WORDS = 5  # staf ahli bidang ekonomi pembangunan dan investasi: four nouns and `dan`
#: What may follow lowercase field words: a body, or the holder's name (Kabid perdagangan Panji …).
_FIELD_FOLLOWERS = frozenset({W.ORG, W.ACR, W.UNK, W.COM, W.GIV})
_FIELD_WORDS_AFTER_AND = frozenset({W.ORG, W.ACR, W.UNK, W.COM})  # no given name: Kabid pangan dan Budi
#: Letters in a person's initials (NOP, BS, MFR), before their name or after it in brackets
#: (roles.py reads this one too).
MAX_INITIALS = 5
#: Characters read back from a PER span for the words an acronym after it may spell.
_ACRONYM_LOOKBACK = 80


class Piece(Enum):
    """Elements of a run that are no single word."""

    REG = "reg"  # a region name (Lampung Timur)
    PAREN = "paren"  # a bracketed group
    NUM = "num"  # a number with what it numbers (Komisi 4, Dandim 1611/Badung)
    CONN = "conn"  # a connector: `,`, `&`, `dan`, `serta`
    INNER = "inner"  # `pada`/`se` inside a title
    INIT = "init"  # an initial (M.)


ElKind = WordClass | Marker | Piece
#: Markers that may stand before a name (not degrees after it).
NAME_MARKERS = frozenset({Marker.HON, Marker.REL, Marker.PRE, Marker.RANK})
#: Elements that a name may start with.
NAME_STARTS = NAMEISH | {Piece.INIT}
#: Elements that may go on a name past the end of the model's PER span (the model cut a
#: surname): name words, initials and particles, not common, stop, organisation or glued words.
_PAST_ENTITY = NAME_STARTS


@dataclass(slots=True)
class El:
    """One element of a run: a word, a marker, a region, a bracketed group, a number or a connector."""

    i: int  # first token
    j: int  # after last token
    kind: ElKind
    text: str


def _marked(el: El) -> bool:
    return isinstance(el.kind, Marker)


def _whole_word_places(text: str, s: str) -> Iterator[int]:
    """Where ``s`` stands as whole words in ``text``, among the first `_MAX_OCCURRENCES` places it
    occurs at all (`TitleReader.whole_words`)."""
    idx = text.find(s)
    seen = 0
    while idx >= 0 and seen < _MAX_OCCURRENCES:
        seen += 1
        end = idx + len(s)
        if (idx == 0 or not text[idx - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            yield idx
        idx = text.find(s, idx + 1)


class TitleReader:
    """Reads title runs in one article's tokens, with the article as evidence."""

    def __init__(self, text: str, toks: Sequence[Tok], entities: Sequence[Entity]) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self._starts = [t.start for t in toks]
        self.per_spans = [
            e.span for e in entities if e.label == EntityLabel.PER and self._lexicon_agrees(e.span)
        ]
        self.per_starts: set[int] = {s for s, _ in self.per_spans}
        self.per_ends: dict[int, int] = {s: e for s, e in self.per_spans}
        self.used: set[int] = set()  # tokens already read as a name
        self._places: dict[str, tuple[int, ...]] = {}  # `whole_words`
        self._place_cache: dict[tuple[str, str | None, int], bool] = {}
        self._untitled_cache: dict[tuple[str, str | None], int] = {}

    def _lexicon_agrees(self, span: tuple[int, int]) -> bool:
        """Whether the lexicon lets a PER span be a name: it holds no organisation word, no
        facility word and no position head, and no rank or honorific after its first word.

        The model's span fixes a name's boundary only where the title lexicon does not
        contradict it (`Takmir Masjid Al-Hidayah`, `Wira Satya Kolonel`, `Patroli Polri`: the
        model took part of a title or a body); the grammar's own boundary is used there.
        """
        toks = self.toks
        k = bisect_left(self._starts, span[0])
        first = True
        while k < self.n and toks[k].end <= span[1]:
            t = toks[k]
            if t.kind is WORD:
                c = word_class(t.text)
                if (
                    c is W.ORG
                    or (c is W.ACR and t.text.lower() in org_acronyms())
                    or t.text.lower() in facility_words()
                ):
                    return False  # Aset Kripto OJK: an organisation's short name ends the span
                h = match_head(toks, k)
                if h is not None and h.official:
                    return False
                mk = match_marker(toks, k)
                if not first and mk is not None and mk[0] in (Marker.RANK, Marker.HON):
                    return False
                if not first and mk is not None and _religious_opener(t.text):
                    return False  # Yayasan Silmi Kaffah KH Ahmad Yazid: the title opens the name
                first = False
            k += 1
        return not self._spelled_with_more(span)

    def _spelled_with_more(self, span: tuple[int, int]) -> bool:
        """Direktur Lembaga Kajian Publik (LKP): a bracketed acronym right after the span that
        spells more capitalised words than the span holds, ending with its last word: the span is
        the end of an organisation's name. (SBY) after Susilo Bambang Yudhoyono spells the name.
        A `dan` or `&` between the words spells no letter (Pelaksanaan Haji dan Umroh (PHU))."""
        m = _BRACKET_ACRONYM.get().match(self.text, span[1])
        if m is None:
            return False
        acronym = m.group(1)
        words = self.text[max(0, span[0] - _ACRONYM_LOOKBACK) : span[1]].split()
        inside = len(self.text[span[0] : span[1]].split())
        if len(acronym) <= inside:
            return False
        spelled: list[str] = []
        for w in reversed(words):
            if len(spelled) == len(acronym):
                break
            if spelled and (w == "&" or w in role_words("and_word")):
                continue
            if not w[:1].isupper():
                return False
            spelled.append(w)
        return len(spelled) == len(acronym) and "".join(w[0] for w in reversed(spelled)) == acronym

    # ---- evidence from the rest of the article

    def count(self, s: str) -> int:
        """Occurrences of ``s`` as whole words."""
        return len(self.whole_words(s))

    def whole_words(self, s: str) -> tuple[int, ...]:
        """Where ``s`` stands as whole words in the text (the first `_MAX_OCCURRENCES` places
        it occurs at all, so that a page of one repeated word stays linear). Found once per
        text: the checks of one name's words ask for the same words again and again."""
        found = self._places.get(s)
        if found is None:
            found = self._places[s] = tuple(_whole_word_places(self.text, s))
        return found

    def fixed_pair(self, a: El, b: El, mention: str) -> bool:
        """Whether words ``a b`` occur together elsewhere than in this very mention."""
        pair = self.text[self.toks[a.i].start : self.toks[b.j - 1].end]
        if " " not in pair:
            return False
        # with no mention to discount (a lone span), the pair must occur twice
        if not self.count(pair) > (self._mention_count(mention) if mention else 1):
            return False
        if not mention:
            return True
        # Jubir KPK Budi Prasetyo … Juru Bicara KPK Budi Prasetyo: the pair again after another
        # head, where a name surely starts at ``b`` (a known given name, a particle, a PER entity)
        # or the same capitalised word follows it, is the same title and name written twice, no
        # fixed phrase; ABN Shipping tahun …, another name after it each time, is one
        sure = b.kind in (W.GIV, W.PART) or self.toks[b.i].start in self.per_starts
        nxt = self.toks[b.j] if b.j < self.n else None
        follow = nxt.text if nxt is not None and nxt.kind is WORD and nxt.text[:1].isupper() else None
        if not sure and follow is None:
            # Penjabat Bupati Lampung Barat Nukman … Pj. Bupati Lampung Barat Nukman: a region
            # and a word only ever after a post's head, each time before a lowercase word, are
            # that title and name written twice; a body's words (pelatih PB Djarum, ABN Shipping
            # tahun …) are a fixed phrase
            return a.kind is not Piece.REG or self.untitled(pair, None) > 0
        return self.untitled(pair, None if sure else follow) > 0

    def _mention_count(self, mention: str) -> int:
        """Occurrences of a mention, its first letter in either case: a title opening a sentence
        is capitalised, the same title inside one is not (Anggota DPR RI Hinca Panjaitan mengaku …
        and … dan anggota DPR RI Hinca Panjaitan: the pair RI Hinca is in both, no fixed phrase)."""
        other = mention[:1].swapcase() + mention[1:]
        return self.count(mention) + (self.count(other) if other != mention else 0)

    def untitled(self, pair: str, follow: str | None) -> int:
        """How often ``pair`` stands outside a title: not at the end of a capitalised run that a
        position head opens, or (with ``follow``) not followed by that word there (Galeri Huma
        Lilis … after `antara lain` counts; after `Pemilik UMKM` not)."""
        key = (pair, follow)
        c = self._untitled_cache.get(key)
        if c is None:
            c = self._untitled_cache[key] = sum(
                1
                for idx in self.whole_words(pair)
                if not (self._titled_again(idx, len(pair), follow) or self._opens_person(idx, len(pair)))
            )
        return c

    def _opens_person(self, idx: int, size: int) -> bool:
        """Sebelumnya, Bangkit Haryo Utomo mengatakan …: a pair that opens a PER entity running
        past it is a person's first names written again, no fixed phrase of a body."""
        return self.per_ends.get(idx, 0) > idx + size

    def _titled_again(self, idx: int, size: int, follow: str | None) -> bool:
        if follow is not None and not self.text.startswith(" " + follow, idx + size):
            return False
        return self._after_head(idx)

    def _after_head(self, idx: int) -> bool:
        """Whether the capitalised run ending right before ``idx`` opens with a post's head."""
        before = tokenize(self.text[max(0, idx - _HEAD_LOOKBACK) : idx])
        k = len(before)
        while k > 0:
            if _ordinal_ends(before, k):
                k -= 3  # Presiden ke-7 RI …: the post's ordinal is part of the run
                continue
            # Direktur Utama (Dirut) Telkom …: the head's abbreviation in brackets is part of the run
            if not (before[k - 1].text in ("(", ")") or before[k - 1].text[:1].isupper()):
                return _lowercase_post(before, k - 1)
            k -= 1
            h = match_head(before, k)
            if h is not None and h.official:
                return True
        return False

    def place_like(self, seg: list[El], mention: str = "", *, elsewhere: bool = False) -> bool:
        """Whether the words of ``seg`` are used as a place or organisation elsewhere in the
        article: after ``di``/``ke``/``Kelurahan``…, or as a bracketed abbreviation ``(Unila)``.
        ``elsewhere``: this very occurrence is no cue (diserahkan ke Budi Santoso selaku …)."""
        s = self.text[self.toks[seg[0].i].start : self.toks[seg[-1].j - 1].end]
        if len(s) < 2:
            return False
        # the title before the name in this mention (Sekretaris Daerah Iyos …) is no cue
        own = mention[: mention.find(s)] if mention and s in mention else None
        at = self.toks[seg[0].i].start if elsewhere else -1
        hit = self._place_cache.get((s, own, at))
        if hit is None:
            hit = self._place_cache[(s, own, at)] = self._place_like(s, own, at)
        return hit

    def _place_like(self, s: str, own: str | None, at: int) -> bool:
        text = self.text
        cues = role_words("place_cue")
        idx = text.find(s)
        seen = 0
        while idx >= 0 and seen < _MAX_PLACE_LOOKS:
            seen += 1
            if (own and text[max(0, idx - len(own)) : idx] == own) or idx == at:
                idx = text.find(s, idx + 1)
                continue
            before = text[max(0, idx - 20) : idx]
            after = text[idx + len(s) : idx + len(s) + 1]
            if not after[:1].isalnum():
                words = before.split()
                if before.endswith("(") and after == ")" and not _initials_before(words, s):
                    return True
                if (
                    words
                    and before[-1:] == " "
                    and "\n" not in before[-len(words[-1]) - 2 :]
                    and words[-1].lower().rstrip(".") in cues
                ):
                    return True
            idx = text.find(s, idx + 1)
        return False

    # ---- elements of a run

    def elements(
        self,
        i: int,
        *,
        kecamatan: bool,
        lowercase_ok: bool = False,
        after_head: bool = False,
        fields: bool = False,
    ) -> list[El]:
        """The run of title/name material starting at token ``i``; ``after_head`` when ``i`` is
        right after the head (a unit number or a lowercase organisation word may follow it there);
        ``fields``: lowercase words naming the post's field may follow it too (after a post, not
        an occupation: petani cabai Budi describes the farmer)."""
        els: list[El] = []
        j = i
        limit = min(self.n, i + MAX_RUN)
        while j < limit:
            t = self.toks[j]
            if j > i and t.newline:
                break
            first = after_head and j == i
            if els and self._weekday_after_comma(j):
                break  # Kepala Biro Umum, Jumat (5/6): the day dates the sentence, no unit of the post
            aside = self._time_aside(j) if els else None
            if aside is not None:
                j = aside  # Gubernur Jambi saat itu, Hasan Basri: the time is no part of the title
                continue
            if t.kind is NUMBER:
                nj = self._number(j, els, first=first)
            elif t.kind is PUNCT:
                nj = self._punct(j, els)
            elif first and self._roman_unit(j):
                els.append(El(j, j + 1, Piece.NUM, t.text))  # Kasubdit I Dittipidsiber, Asisten II
                nj = j + 1
            else:
                lower_first = first and t.text[0].islower()
                nj = self._lower_place(j, els, limit) if lower_first else None
                if nj is None and fields and lower_first:
                    nj = self._field_words(j, els)
                if nj is None and lower_first and t.text.lower() in org_words():
                    els.append(El(j, j + 1, W.LOW, t.text))  # Ketua panitia OMI: the body, in lowercase
                    nj = j + 1
                if nj is None and self._unit_after_numeral(j, els):
                    els[-1] = El(els[-1].i, els[-1].j, Piece.NUM, els[-1].text)
                    els.append(El(j, j + 1, W.LOW, t.text))
                    nj = j + 1
                if nj is None and fields and not first and t.text[0].islower():
                    nj = self._inner_field(j, els)
                if nj is None:
                    kec = (kecamatan and not els) or _after_district_level(els)
                    nj = self._word(j, els, limit, kecamatan=kec, lowercase_ok=lowercase_ok)
            if nj is None:
                break
            j = nj
        # trailing connectors are not part of the run
        while els and els[-1].kind in (Piece.CONN, Piece.INNER):
            els.pop()
        return els

    def _weekday_after_comma(self, j: int) -> bool:
        """Whether token ``j`` is a capitalised day name right after a comma (`…, Rabu`)."""
        t = self.toks[j]
        return (
            j > 0
            and self.toks[j - 1].text == ","
            and t.kind is WORD
            and t.text[0].isupper()
            and weekday_number(t.text) is not None
        )

    def _unit_after_numeral(self, j: int, els: list[El]) -> bool:
        """Deputi III bidang Pembudayaan Olahraga, Wakil Ketua Umum I bidang Pembinaan Prestasi: a
        lowercase organisation word right after the Roman numeral that numbers the post, before a
        capitalised word, names the post's unit (the title reads on)."""
        toks = self.toks
        return (
            bool(els)
            and els[-1].kind in (Piece.NUM, Piece.INIT)
            and _ROMAN.get().fullmatch(els[-1].text) is not None
            and toks[j].text in org_words()
            and j + 1 < self.n
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
            and not toks[j + 1].newline
        )

    def _roman_unit(self, j: int) -> bool:
        """Kasubdit I Dittipidsiber Bareskrim, Asisten III Setda: a Roman numeral right after the
        head numbers the post; `I` is a Balinese particle only before a birth-order or caste word
        (Asisten I Made Sutama: no number)."""
        toks = self.toks
        t = toks[j]
        if t.kind is not WORD or not _ROMAN.get().fullmatch(t.text) or self._glued(j, "/", WORD):
            return False  # Kodam XVII/Cenderawasih: `_capital` reads the numbered unit
        nxt = toks[j + 1] if j + 1 < self.n else None
        return not (t.text == "I" and nxt is not None and nxt.text.lower() in balinese_orders())

    def _time_aside(self, j: int) -> int | None:
        """Where the comma is after a time phrase that starts at ``j`` and ends right before a
        comma (saat itu, pada masa itu, periode September 2024-Januari 2026); None when there is
        none. Numbers are read as N, capitalised months as M, dashes as `-`."""
        toks = self.toks
        if not toks[j].text[:1].islower():
            return None
        for k in range(j + 1, min(self.n, j + _MAX_ASIDE + 1)):
            if toks[k].text == ",":
                phrase = " ".join(aside_word(t) for t in toks[j:k])
                return k if phrase in role_words("time_aside") else None
        return None

    def _number(self, j: int, els: list[El], *, first: bool = False) -> int | None:
        """SMPN 2 Bangli, Komisi 4, Dandim 1611/Badung, Danramil 1611-05/Kuta: a unit number; right
        after the head before a capitalised word too (Asisten 1 Sekretariat Daerah, Dandim 0715 Kendal)."""
        toks, n = self.toks, self.n
        glued = self._glued_acronym(j, els)
        if glued is not None:
            return glued
        before_name = (
            first
            and j + 1 < n
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
            and not toks[j + 1].newline
        )
        if not (
            els or before_name or (j + 2 < n and toks[j + 1].text in ("/", "-") and not toks[j + 1].space)
        ):
            return None
        k = j + 1
        # a unit number with a sub-number (1611-05)
        while (
            k + 1 < n
            and k < j + 7
            and toks[k].text in ("-", ".")
            and toks[k + 1].kind is NUMBER
            and not toks[k].space
            and not toks[k + 1].space
        ):
            k += 2
        if (
            k + 1 < n
            and toks[k].text == "/"
            and not toks[k].space
            and not toks[k + 1].space
            and toks[k + 1].kind is WORD
        ):
            k += 1  # the place after the slash is read on
        els.append(El(j, k, Piece.NUM, self.text[toks[j].start : toks[k - 1].end]))
        return k

    def _glued_acronym(self, j: int, els: list[El]) -> int | None:
        """DP3A, P2KBP3A, K3S: a number glued between a body's capitals and more capitals is
        inside one acronym, the body's word; the capital after the number is no initial of the
        holder (Kepala DP3A Budi Santoso: the holder was A Budi Santoso)."""
        toks, n = self.toks, self.n
        if not (
            els
            and els[-1].j == j
            and toks[j - 1].text.isupper()
            and not toks[j].space
            and j + 1 < n
            and not toks[j + 1].space
            and toks[j + 1].kind is WORD
            and toks[j + 1].text.isupper()
        ):
            return None
        k = j + 1
        while k < n and not toks[k].space and (toks[k].kind is NUMBER or toks[k].text.isupper()):
            k += 1
        prev = els[-1]
        prev.j, prev.text, prev.kind = k, self.text[toks[prev.i].start : toks[k - 1].end], W.ACR
        return k

    def _punct(self, j: int, els: list[El]) -> int | None:
        """A comma or ampersand (connectors), a bracketed group, or the dot of an abbreviation."""
        toks, n = self.toks, self.n
        t = toks[j]
        if t.text in (",", "&"):
            els.append(El(j, j + 1, Piece.CONN, t.text))
            return j + 1
        if t.text == "(":
            k = j + 1
            while k < n and k < j + 10 and toks[k].text not in (")", "(") and not toks[k].newline:
                k += 1
            if k == j + 2 and toks[j + 1].kind is NUMBER:
                return None  # an age after a name: Sumiati (52)
            if k < n and toks[k].text == ")" and k > j + 1:
                els.append(El(j, k + 1, Piece.PAREN, self.text[t.start : toks[k].end]))
                return k + 1
            return None
        if (
            t.text == "/"
            and els
            and els[-1].j == j
            and not t.space
            and j + 1 < n
            and not toks[j + 1].space
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
        ):
            return j + 1  # Pemberdayaan Masyarakat Kampung/Kelurahan: two words for one unit, glued
        if (
            t.text == "-"
            and els
            and els[-1].j == j
            and els[-1].j - els[-1].i == 1
            and isinstance(els[-1].kind, WordClass)
            and not t.space
            and j + 1 < n
            and toks[j + 1].kind is NUMBER
            and not toks[j + 1].space
        ):
            # Satgas COVID-19, Gugus Tugas Covid-19: a number glued to a word names a thing (a
            # disease, an event), never a person: the word is the body's, no name
            prev = els[-1]
            prev.j, prev.text, prev.kind = j + 2, self.text[toks[prev.i].start : toks[j + 1].end], W.ACR
            return j + 2
        if t.text == "." and els and not t.space:
            prev = els[-1]
            if prev.j == j and self._web_domain(j):
                # Country Manager Rumah.com, Marine …: a site's name is a body's, no holder
                prev.j = self._web_domain(j)
                prev.text, prev.kind = self.text[toks[prev.i].start : toks[prev.j - 1].end], W.ORG
                return prev.j
            if prev.kind is Piece.INIT or (
                prev.j - prev.i == 1
                and (
                    toks[prev.i].text.lower() in role_words("abbrev_dot")
                    or dotted_name_word(toks[prev.i].text)
                )
            ):
                prev.j = j + 1
                return j + 1
        return None

    def _web_domain(self, j: int) -> int:
        """After the site's name, where its domain glued at the dot ``j`` ends (.com, .co.id): 0
        when no listed domain follows."""
        toks, k = self.toks, j
        while (
            k + 1 < self.n
            and toks[k].text == "."
            and not toks[k].space
            and not toks[k + 1].space
            and toks[k + 1].text in role_words("web_domain")
        ):
            k += 2
        return 0 if k == j else k

    def _word(self, j: int, els: list[El], limit: int, *, kecamatan: bool, lowercase_ok: bool) -> int | None:
        """A word of the run: a region, a marker, a connector, a name link or a classed word."""
        toks, n = self.toks, self.n
        t = toks[j]
        # a region of several words wins over an honorific at its start (Uni Emirat Arab)
        r = match_region(toks, j, limit, kecamatan=kecamatan)
        if r > j + 1:
            els.append(El(j, r, Piece.REG, self.text[t.start : toks[r - 1].end]))
            return r
        m = match_marker(toks, j)
        if m is not None and self._bare_marker(m):
            m = None  # Kabid Penyelenggaraan Haji dan Umroh: the pilgrimage, no title before a name
        if m is not None and not (m[0] is Marker.HON and t.text[0].islower() and not lowercase_ok):
            els.append(El(j, m[1], m[0], self.text[t.start : toks[m[1] - 1].end]))
            return m[1]
        low = t.text.lower()
        if low in role_words("title_stop"):
            return None
        if low in role_words("and_word"):
            els.append(El(j, j + 1, Piece.CONN, low))
            return j + 1
        if (
            low in role_words("name_link") | role_words("name_inner_lower")
            and els
            and els[-1].kind in NAMEISH
            and j + 1 < n
            and toks[j + 1].kind is WORD
            and (low in role_words("name_link") or toks[j + 1].text[0].isupper())
        ):
            els.append(El(j, j + 1, W.GIV, t.text))  # Ahmad bin Abdullah, Erik ten Hag: part of the name
            return j + 1
        if (
            (low in role_words("title_inner") and self._inner_ok(j))
            or (low in role_words("seat_link") and self._seat_link(j, els))
            or (low in role_words("unit_link") and self._unit_link(j, els))
            or (low == "dari" and self._faction(j, els))
        ):
            els.append(El(j, j + 1, Piece.INNER, low))
            return j + 1
        if low == "se" or low.startswith("se-"):
            return None
        if low == "ke" and self._glued(j, "-", NUMBER):
            # Presiden ke-7 Budi Santoso: an ordinal counts the holders of the post, part of the title
            els.append(El(j, j + 3, Piece.NUM, self.text[t.start : toks[j + 2].end]))
            return j + 3
        if (
            t.text == "U"
            and els
            and not any(e.kind in NAME_STARTS for e in els)
            and self._glued(j, "-", NUMBER)
            and _AGE_GROUP.get().fullmatch(self.text[t.start : toks[j + 2].end])
        ):
            # Pelatih Timnas Indonesia U-23 Budi Santoso: a team's age group is part of its name
            # (not after name words: Pelatih: Budi Santoso Turkmenistan U-23: … runs into a list)
            els.append(El(j, j + 3, Piece.NUM, self.text[t.start : toks[j + 2].end]))
            return j + 3
        if self._team_division(j, els):
            # Pelatih Kepala Ganda Putri Karel Mainaky: the team's division, no first name
            els.append(El(j, j + 1, Piece.NUM, t.text))
            return j + 1
        if els and els[-1].kind in NAMEISH and _arabic_article(t.text):
            els.append(El(j, j + 1, W.UNK, t.text))  # Bashar al-Assad: the article is in the name
            return j + 1
        if not t.text[0].isupper():
            if self._english_link(j, els):
                els.append(El(j, j + 1, W.LOW, t.text))  # Institute for Development of Economics
                return j + 1
            local = self._body_local(j, els)
            if local is not None:
                return local
            if self._lower_unit(j, els):
                # Kepala UPT TNBBS wilayah II Liwa: a numbered unit of the body
                els.append(El(j, j + 2, Piece.NUM, self.text[t.start : self.toks[j + 1].end]))
                return j + 2
            place = self._lower_place(j, els, limit)
            if place is not None:
                return place
            return self._lower(j, els) if lowercase_ok else None
        return self._capital(j, els, limit, kecamatan=kecamatan)

    def _team_division(self, j: int, els: list[El]) -> bool:
        """Ganda Putri, Tunggal Putra, Timnas Basket 3x3 Putri: `putra`/`putri` right after a
        sport's sector or team word, or after a team's number or age group, is the team's
        division by sex, a word of the title (Pelatih Kepala Ganda Putri | Karel Mainaky)."""
        if not els or self.toks[j].text.lower() not in role_words("team_division"):
            return False
        last = els[-1]
        return last.kind is Piece.NUM or self.toks[last.j - 1].text.lower() in role_words("team_sector")

    def _lower_unit(self, j: int, els: list[El]) -> bool:
        """An organisation's word in lowercase right after a body's word and before a Roman
        numeral or a number (UPT TNBBS wilayah II Liwa, Polda seksi 3): a numbered unit of that
        body, part of the title."""
        toks = self.toks
        return (
            bool(els)
            and els[-1].kind in (W.ORG, W.ACR)
            and toks[j].text in org_words()
            and j + 1 < self.n
            and not toks[j + 1].newline
            and (toks[j + 1].kind is NUMBER or bool(_ROMAN.get().fullmatch(toks[j + 1].text)))
        )

    def _bare_marker(self, m: tuple[Marker, int]) -> bool:
        """Whether a word that may stand before a name (Haji, Ibu, Pastor) stands before `dan`,
        `serta`, `&` or a comma instead: no name follows it, so it is a plain word of the title
        (Seksi Penyelenggaraan Haji dan Umroh, Dinas Pemberdayaan Perempuan, Ibu dan Anak)."""
        kind, end = m
        if kind not in (Marker.HON, Marker.REL, Marker.PRE) or end >= self.n:
            return False
        nxt = self.toks[end].text.lower()
        return nxt in (",", "&") or nxt in role_words("and_word")

    def _lower_place(self, j: int, els: list[El], limit: int) -> int | None:
        """Ketua DPRD tulangbawang Sopii, Bupati lampung barat Parosil, Kepala Dinas Kesehatan
        kabupaten Tulang Bawang Budi: a known region written in lowercase, or a lowercase level
        before a known region, right after the head or a body and before a capitalised word, is
        the title's region; the run reads on."""
        toks = self.toks
        if els and els[-1].kind not in (W.ORG, W.ACR, W.COM, Piece.PAREN, Piece.REG):
            return None
        t = toks[j]
        nxt = j + 1
        if (
            t.text in admin_words()
            and nxt < limit
            and not toks[nxt].newline
            and toks[nxt].kind is WORD
            and match_region(toks, nxt, limit) > nxt
        ):
            els.append(El(j, nxt, W.ORG, t.text))
            return nxt
        start = j
        if els and els[-1].j == j and els[-1].kind is not Piece.PAREN and els[-1].text[0].isupper():
            start = els[-1].i  # Bupati Tulang bawang Winarti, Bulog Lampung utara: later words lowercase
        r = match_region_lower(toks, start, limit)
        if r <= j:
            start, r = j, match_region_lower(toks, j, limit)
        # a capitalised word follows: the holder's name, right after or after a comma (Kepala
        # Dinas PU Kota bandar Lampung, Dedi Sutiyoso)
        comma = toks[r - 1].text[0].isupper() or start < j
        k = r + 1 if r + 1 < self.n and toks[r].text == "," and comma else r
        if (
            r <= j
            or k >= self.n
            or toks[k].kind is not WORD
            or not toks[k].text[0].isupper()
            or toks[k].newline
        ):
            return None
        if start < j:
            els.pop()
        els.append(El(start, r, Piece.REG, self.text[toks[start].start : toks[r - 1].end]))
        return r

    def _field_words(self, j: int, els: list[El]) -> int | None:
        """Direktur medis National Kidney Foundation, Kabid perdagangan Panji Saputra, Kadis
        pendidikan dan kebudayaan Hapzi: up to `_MAX_FIELD_WORDS` lowercase nouns right after the
        head (two runs may be joined by `dan`/`serta`) name its field when a capitalised body or
        the holder's name follows them, or a comma and the name (Kabid tanaman pangan, Gunawan);
        they are part of the title (no verb, function word or speech verb)."""
        toks = self.toks
        k = self._field_run(j)
        if k is None:
            k = self._field_then_capital(j)
        if k is None:
            return None
        nxt = toks[k] if k < self.n else None
        if nxt is not None and nxt.text == "," and k + 1 < self.n:
            nxt = toks[k + 1]  # Kabid tanaman pangan, Gunawan: the holder after a comma
            if nxt.kind is not WORD or word_class(nxt.text) not in (W.GIV, W.UNK):
                return None
        if nxt is None or nxt.newline or nxt.kind is not WORD or match_head(toks, k) is not None:
            return None
        if not (
            self._pada_body(k)
            or (
                nxt.text[0].isupper()
                and (word_class(nxt.text) in _FIELD_FOLLOWERS or match_marker(toks, k) is not None)
            )
            or self._rank_before_name(k)
        ):
            return None
        # `dan` inside the field joins two of its words, no two posts: no connector
        els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
        return k

    def _field_then_capital(self, j: int) -> int | None:
        """Kabid peternakan dan Keswan Dinas …, Kabid lalu lintas dan Angkutan Dinas …: a field
        run whose `dan` joins a capitalised field word (no given name) reads on after the `dan`."""
        k = self._field_run(j, self.n, open_and=True)
        if k is None or k == self.n or word_class(self.toks[k].text) not in _FIELD_WORDS_AFTER_AND:
            return None
        return k

    def _pada_body(self, k: int) -> bool:
        """`pada` at ``k`` then a capitalised body word (pada Dinas …, pada BPBD …)."""
        toks = self.toks
        return (
            toks[k].text == "pada"
            and k + 1 < self.n
            and toks[k + 1].kind is WORD
            and not toks[k + 1].newline
            and toks[k + 1].text[0].isupper()
            and word_class(toks[k + 1].text) in (W.ORG, W.ACR)
        )

    def _rank_before_name(self, k: int) -> bool:
        """kasat reskrim iptu Bambang: a rank at ``k``, in any case, then a capitalised name."""
        rank = match_marker(self.toks, k)
        return (
            rank is not None
            and rank[0] is Marker.RANK
            and rank[1] < self.n
            and self.toks[rank[1]].kind is WORD
            and self.toks[rank[1]].text[0].isupper()
        )

    def _inner_field(self, j: int, els: list[El]) -> int | None:
        """Kabid Kedaruratan bencana BPBD Lambar Meikal, Kasi Tata Bangunan dan lingkungan Dinas PUPR
        Ferry, Kadis Ketahanan pangan Lambar, Maidar: up to two lowercase field words inside a
        post's title, after its capitalised field or body words and before more of them (a body's
        word, a short name, a field word or a region), are the title's words written in lowercase;
        the run reads on. Before a name (Kabid pangan Budi) or a date they end the run as before."""
        toks = self.toks
        prev = els[-2:] if els and els[-1].kind is Piece.CONN else els[-1:]
        if not prev or prev[0].kind not in (W.ORG, W.ACR, W.COM):
            return None
        k = self._field_run(j)
        if k is None and self._and_capital(j + 1):
            k = self._field_run(j, j + 1)  # Asisten Bidang ekonomi dan Pembangunan: `dan` reads on
        if k is None or k - j > _MAX_INNER_FIELD or k >= self.n:
            return None
        look = k + 1 if self._and_capital(k) else k  # the word after `dan` goes on the title
        if self._acronym_closes(k):
            els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
            return k  # Badan Pengelola Keuangan dan aset daerah (BPKAD): the body's own words
        if toks[look].newline or toks[look].kind is not WORD:
            return None
        nxt = toks[look].text
        if not nxt[0].isupper() or month_number(nxt) is not None or weekday_number(nxt) is not None:
            return None  # Kapolres Badung sore Kamis (7/5): a date follows, no more of the title
        function = word_set("clean_function_words.txt")
        if self.is_post_at(look) or any(toks[x].text in function for x in range(j, k)):
            return None  # … sekaligus Ketua Sekula, anggota DPRD oleh Gubernur …: a second post, a clause
        if word_class(nxt) not in (W.ORG, W.ACR, W.COM) and match_region(toks, look, self.n) == look:
            return None
        els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
        return k

    def _acronym_closes(self, k: int) -> bool:
        """Whether a bracketed acronym right at ``k`` ends with the initial of the lowercase word
        before it (… dan aset daerah (BPKAD)): that word ends the body's name the acronym shortens."""
        m = _BRACKET_ACRONYM.get().match(self.text, self.toks[k - 1].end)
        return (
            m is not None and self.toks[k].text == "(" and m.group(1)[-1] == self.toks[k - 1].text[0].upper()
        )

    def _and_capital(self, k: int) -> bool:
        """Whether `dan`/`serta` at ``k`` stands before a capitalised word on the same line."""
        toks = self.toks
        return (
            k + 1 < self.n
            and toks[k].text in role_words("and_word")
            and toks[k + 1].kind is WORD
            and toks[k + 1].text[0].isupper()
            and not toks[k + 1].newline
        )

    def _field_run(self, j: int, end: int | None = None, *, open_and: bool = False) -> int | None:
        """Where a run of lowercase field words from ``j`` (up to ``end``) ends (`_field_words`); None
        when it holds a word that names no field or ends on a connector."""
        toks = self.toks
        k, words = j, 0
        stop = self.n if end is None else end
        while k < stop and words < _MAX_FIELD_WORDS and toks[k].kind is WORD and toks[k].text[0].islower():
            low = toks[k].text
            if k > j and self._rank_before_name(k):
                break  # kasat reskrim iptu Bambang: the rank opens the holder's name
            if k > j and self._pada_body(k):
                break  # Kabid bina marga pada Dinas PUPR: the body the field is part of follows
            if low in role_words("and_word") and k > j and toks[k - 1].text not in role_words("and_word"):
                k += 1
                continue
            if (
                not low.isalpha()  # se-Kecamatan: "all … of", no field
                or low in role_words("not_descriptor")
                or low in role_words("selaku_stop")
                or low in role_words("title_stop")
                or low in role_words("body_local")
                or low in role_words("not_field")
                or low in speech_verbs()
                or low == "atau"
                or (
                    len(low) > 4
                    and (low.startswith(("me", "ber", "di", "ter")) or low.endswith("kan"))
                    and not DERIVED_NOUN.get().fullmatch(low)  # pendidikan, perdagangan: nouns
                )
            ):
                return None
            words += 1
            k += 1
        if k == j or (
            toks[k - 1].text in role_words("and_word") and not (open_and and self._and_capital(k - 1))
        ):
            return None
        return k

    def _faction(self, j: int, els: list[El]) -> bool:
        """Wakil Ketua MPR RI dari Fraksi PAN Eddy …: `dari` after a body and before another
        body word (Fraksi, Partai) names the holder's faction, part of the title."""
        toks = self.toks
        return (
            bool(els)
            and els[-1].kind in (W.ORG, W.ACR, Piece.REG, Piece.NUM)
            and j + 1 < self.n
            and toks[j + 1].kind is WORD
            and not toks[j + 1].newline
            and word_class(toks[j + 1].text) is W.ORG
        )

    def _english_link(self, j: int, els: list[El]) -> bool:
        """Institute for Development of Economics and Finance, Academy of Learning and Teaching:
        an English function word between capitalised words of a body's English name (after a
        body word or a word the lexicon does not know, before another capitalised word)."""
        toks = self.toks
        return (
            toks[j].text in role_words("english_link")
            and bool(els)
            and els[-1].kind in (W.ORG, W.UNK, W.COM, W.ACR, Piece.REG)
            and j + 1 < self.n
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
            and not toks[j + 1].newline
            and word_class(toks[j + 1].text) is not W.GIV
        )

    def _body_local(self, j: int, els: list[El]) -> int | None:
        """Kepala BPBD setempat, Sekretaris Dinas Sosial kota setempat: `setempat` after a body
        points to the region named before; the run reads on past it, and it is left out of the
        title as when a comma follows it (Ketua RT setempat, Suparno -> Ketua RT). After a word
        that may also start a name (Dinas Tanaman Pangan dan Holtikultura setempat Nata …,
        Peratin (Kepala Desa) setempat Ahyarudin), or right after the head (Camat setempat Sumardi),
        it stands for that comma: the body ends there."""
        if els and (isinstance(els[-1].kind, Marker) or els[-1].kind is Piece.CONN):
            return None
        for k in (j + 2, j + 1):
            if k <= self.n and " ".join(t.text.lower() for t in self.toks[j:k]) in role_words("body_local"):
                if not els or els[-1].kind not in (W.ORG, W.ACR, Piece.REG):
                    els.append(El(j, k, Piece.CONN, ","))
                return k
        return None

    def _seat_link(self, j: int, els: list[El]) -> bool:
        """A seat link (`di`) between a state's short name and a listed city or country, inside a
        title an envoy's word opened (Konsul Jenderal RI di Melbourne: where the envoy sits);
        Presiden RI di Jakarta, Anggota DPR RI di Jakarta: the place is where the post was said."""
        toks = self.toks
        return (
            0 < j < self.n - 1
            and bool(els)
            and toks[j - 1].text.lower() in role_words("state_abbrev")
            and match_region(toks, j + 1, self.n) > j + 1
            # the head (up to three words: Wakil Duta Besar) stands right before the run
            and any(toks[k].text.lower() in role_words("envoy_head") for k in range(max(0, els[0].i - 3), j))
        )

    def _unit_link(self, j: int, els: list[El]) -> bool:
        """Kabid Pemerintahan Pekon di Dinas PMP …: `di` after a post's capitalised field words
        (no region, name, acronym or lowercase word yet) and before a government body's first word or acronym
        joins the field to the body it is a unit of; the body is part of the title."""
        toks = self.toks
        nxt = toks[j + 1] if j + 1 < self.n else None
        return (
            bool(els)
            and all(e.kind in (W.COM, W.ORG, Piece.CONN) for e in els)
            and nxt is not None
            and nxt.kind is WORD
            and not nxt.newline
            and (nxt.text.lower() in role_words("unit_body") or word_class(nxt.text) is W.ACR)
            and match_region(toks, j + 1, self.n) == j + 1
        )

    def _inner_ok(self, j: int) -> bool:
        """`pada`/`se` inside a title before a capitalised word; `… Poernama pada Kamis`: a day or
        month after `pada` is a time, and a PER entity ending before it ends the name. `untuk`
        only between a state and a country (an envoy's post)."""
        toks = self.toks
        if toks[j].text.lower() == "untuk":
            # Duta Besar RI untuk Jepang: a state (or its bracketed short name) before, a country
            # after; Ketua Delegasi Indonesia untuk IESF: or the body or event it is sent to
            return (
                j > 0
                and j + 1 < self.n
                and (toks[j - 1].text == ")" or match_region(toks, j - 1, j) == j)
                and (
                    match_region(toks, j + 1, self.n) > j + 1
                    or word_class(toks[j + 1].text) in (W.ACR, W.ORG, W.COM)
                )
            )
        return (
            j + 1 < self.n
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
            and word_class(toks[j + 1].text) is not W.STOP
            and not (j > 0 and toks[j - 1].end in self.per_ends.values())
            # Presiden Joko Santoso pada Idul Fitri: after name words `pada` goes on with a title
            # only into a body or a region (pada Dinas …), not into a feast or an event
            and (
                toks[j].text.lower() != "pada"
                or word_class(toks[j - 1].text) not in NAMEISH
                or word_class(toks[j + 1].text) in (W.ORG, W.ACR)
                or match_region(toks, j + 1, self.n) > j + 1
            )
        )

    def _lower(self, j: int, els: list[El]) -> int | None:
        """After `selaku` a title may hold lowercase words (petugas kebersihan dari Uptd): nouns
        and `dari`, not function words or verbs."""
        t = self.toks[j]
        low = t.text.lower()
        lows = sum(1 for e in els[-3:] if e.kind is W.LOW)
        if (
            low in role_words("selaku_stop")
            or (low in role_words("not_descriptor") and low != "dari")
            or low in speech_verbs()
            or lows >= _MAX_LOWER_RUN
            or (
                len(low) > 5
                and low.startswith(("me", "ber", "di", "ter"))
                and low not in ("dinas", "divisi", "direktur")
            )
        ):
            return None
        els.append(El(j, j + 1, W.LOW, t.text))
        return j + 1

    def _capital(self, j: int, els: list[El], limit: int, *, kecamatan: bool) -> int | None:
        """A capitalised word: a one-word region, a particle, an initial or a classed word."""
        toks, n = self.toks, self.n
        t = toks[j]
        # Kepala BPBD setempat Padang Priyo: `setempat` stands for the region, none follows it
        r = (
            match_region(toks, j, limit, kecamatan=kecamatan)
            if j == 0 or toks[j - 1].text != "setempat"
            else j
        )
        if r > j:
            els.append(El(j, r, Piece.REG, self.text[t.start : toks[r - 1].end]))
            return r
        pl = particle_len(toks, j)
        if pl:
            els.append(El(j, j + pl, W.PART, self.text[t.start : toks[j + pl - 1].end]))
            return j + pl
        if _ROMAN.get().fullmatch(t.text) and self._glued(j, "/", WORD):
            # Kodam XVII/Cenderawasih, Lantamal VI/Makassar: a unit numbered in Roman numerals
            els.append(El(j, j + 3, Piece.NUM, self.text[t.start : toks[j + 2].end]))
            return j + 3
        if len(t.text) == 1 and t.text.isupper():
            els.append(El(j, j + 1, Piece.INIT, t.text))
            return j + 1
        if haji_initial(toks, j) and not (els and els[-1].kind in (W.ORG, W.ACR)):
            els.append(El(j, j + 1, Marker.REL, t.text))  # HM Noor Rifani: Haji and an initial
            return j + 1
        c = word_class(t.text)
        if (
            c is W.COM
            and t.text.lower() not in admin_words()  # Dapil Banjarangkan: a place follows
            # Komisioner KPU Lampung Barat Divisi Teknis: the body's division reads on
            and t.text.lower() not in role_words("place_unit")
            and els
            and els[-1].kind is Piece.REG
            # Balai Besar Konservasi …: a region that is also a common word is the body's own word
            and word_class(els[-1].text) is not W.COM
            and j + 1 < n
            and toks[j + 1].kind is WORD
            and word_class(toks[j + 1].text) in (W.COM, W.STOP)
            and match_region(toks, j + 1, limit) == j + 1
            # Polda Metro Jaya Kombes Budi: a rank or honorific opens the holder's name
            and match_marker(toks, j + 1) is None
            # Ketua Panitia Sumsel Bhayangkara Run 2026, …: an event's name, dated by its year
            and not (j + 2 < n and _YEAR.get().fullmatch(toks[j + 2].text) is not None)
        ):
            return None  # Bupati Lanny Jaya Sumbang Rp1 Miliar: headline words after the place
        if (
            els
            and els[-1].kind is Piece.REG
            and c not in (W.GIV, W.AMB)
            and t.text.lower() in headline_verbs()
        ):
            return None  # Bupati Pesawaran Serahkan Bantuan Sumur Bor: a headline's verb after the place
        els.append(El(j, j + 1, c, t.text))
        return j + 1

    def _glued(self, j: int, mark: str, kind: TokKind) -> bool:
        """Whether ``mark`` and a token of ``kind`` follow token ``j`` with no space: an ordinal
        (`ke` -7), a numbered unit (XVII /Cenderawasih)."""
        toks = self.toks
        return (
            j + 2 < self.n
            and toks[j + 1].text == mark
            and not toks[j + 1].space
            and not toks[j + 2].space
            and toks[j + 2].kind is kind
        )

    # ---- the title/name boundary inside one segment

    def split(self, seg: list[El], mention: str) -> tuple[int, bool] | None:
        """Index in ``seg`` where the name starts and whether that is certain; None if no name."""
        if not seg:
            return None
        found = self._split_at(seg, mention)
        if found is None:
            return None
        return self._first_name_in_title(seg, self._past_body_words(seg, found[0]), mention), found[1]

    def _first_name_in_title(self, seg: list[El], x: int, mention: str) -> int:
        """Kepala BPOM RI Taruna Ikrar … terang Taruna: a capitalised common or body's word between
        the body and the name (Karang Taruna is a youth body) is the first name when the article
        calls the person by it elsewhere (a speaker, an addressee, before a speech verb) and never
        writes it after the body's word before it (Partai Demokrat, IFG Life: the body's name)."""
        if (
            2 <= x < len(seg)
            and seg[x - 1].kind in (W.COM, W.ORG)
            and seg[x - 1].text[:1].isupper()
            and seg[x - 2].kind in (W.ACR, W.ORG, Piece.REG, Piece.PAREN)
            and self.said_alone(seg[x - 1], before_verb=True, here=False)
            and not self.fixed_pair(seg[x - 2], seg[x - 1], mention)
        ):
            return x - 1
        return x

    def _split_at(self, seg: list[El], mention: str) -> tuple[int, bool] | None:
        rule = self._split_rules(seg, mention)
        # a PER entity starting inside the segment fixes the boundary, unless the rules put the
        # start earlier over known given names or particles only (the model saw `Maulana Rohman`
        # of `Ahmad Maulana Rohman`)
        for x, el in enumerate(seg):
            if self.toks[el.i].start not in self.per_starts or not (
                el.kind in NAME_STARTS
                or el.kind in NAME_MARKERS
                or _place_after_place(seg, x)
                or _common_first_name(seg, x)
                or (x > 0 and _age_group(seg[x - 1]))
            ):
                continue
            if x > 0 and self.fixed_pair(seg[x - 1], el, mention):
                continue  # Galeri Huma | Lilis Lamiang: the words go together elsewhere, an organisation
            if rule is not None and rule[0] < x and self._name_before_entity(seg, rule[0], x):
                return rule[0], True
            if rule is not None and rule[0] > x and self._entity_takes_body(seg, x, rule):
                return rule
            while x > 0 and (_marked(seg[x - 1]) or (x > 1 and honorary(seg[x - 1]))):
                x -= 1  # the honorific or degree before the name goes with it (dr.Silfia, Dr. (H.C.))
            return x, True
        return rule

    def _past_body_words(self, seg: list[El], x: int) -> int:
        """CEO Nvidia Jensen Huang … tegas Huang; VP Brand & Marketing Communications Telkomsel
        Emir G. Surya … Emir menambahkan: a name read from ``seg[x]`` to the segment's end that
        opens with the body's name or the title's last English unit words starts after those words
        when the article calls the person by a later word of it and never by those words, which it
        writes elsewhere without the name after them (Telkomsel, Nvidia); the name keeps two words."""
        inside = seg[x:]
        if len(inside) < 3 or not all(e.kind in NAMEISH or e.kind is Piece.INIT for e in inside):
            return x
        called = next(
            (
                f
                for f in range(1, len(inside))
                if inside[f].kind is not Piece.INIT
                and self.said_alone(inside[f], before_verb=True, here=False)
            ),
            0,
        )
        k = 0
        while k < min(called, len(inside) - 2) and self._body_word_before_name(inside[k], inside[k + 1]):
            k += 1
        return x + k

    def _body_word_before_name(self, el: El, nxt: El) -> bool:
        """Whether ``el``, opening a name, is a body's word or an English unit word that the article
        writes elsewhere without ``nxt`` after it and never calls anyone by."""
        if el.kind not in (W.UNK, W.COM) or self.said_alone(el):
            return False
        tok, word = self.toks[el.i], self.toks[el.i].text
        if word.lower() in role_words("english_unit"):
            return True
        follow = self.toks[nxt.i].text
        return any(
            idx != tok.start and not self.text[idx + len(word) :].lstrip().startswith(follow)
            for idx in self.whole_words(word)
        )

    def _entity_takes_body(self, seg: list[El], x: int, rule: tuple[int, bool]) -> bool:
        """Whether a PER entity opening at ``x``, before where the rules start the name, took
        part of the body: it ends before a marker or particle that surely opens the name (UIN
        Alauddin Makassar | Prof. Hamdan), or runs over the rules' name from an unknown word
        through a common or organisation word (Saka Energi | Tigor Simanjuntak)."""
        start = self.toks[seg[rule[0]].i].start
        end = self.per_ends[self.toks[seg[x].i].start]
        if rule[1] and end <= start:
            return True
        return (
            end > start
            and seg[x].kind is W.UNK
            and any(e.kind in (W.COM, W.ORG, W.ACR) for e in seg[x + 1 : rule[0]])
        )

    def _name_before_entity(self, seg: list[El], start: int, x: int) -> bool:
        """Whether the words from ``start`` up to a PER entity at ``x`` are more of the name: known
        given names, particles and initials always (the model saw `Maulana Rohman` of `Ahmad
        Maulana Rohman`); other name-like words too (`Dinkes Sleman Khamidah Yuliati`), except one
        unknown word right after an organisation word, which names the organisation's place or
        branch (`Pengcab Percasi Xyz Sumiki Kamel`)."""
        between = seg[start:x]
        if between and between[0].kind in NAME_MARKERS:
            # AKBP Raka Adi Nugraha, dr. Prima Ayu …: the words between an honorific or
            # rank and the model's span are the first name the model missed, unless the span
            # opens with a name particle, where the lexicon agrees with the model (RSUP Prof
            # Sukawati I Nyoman Sudira: the marker is part of a hospital's name); a rank names no
            # facility (Letkol Inf Herbert Andi Amino: the first name, then the particle)
            return (seg[x].kind is not W.PART or between[0].kind is Marker.RANK) and all(
                e.kind in NAME_STARTS or _marked(e) or honorary(e) for e in between
            )
        if all(e.kind in (W.GIV, W.PART, Piece.INIT) or self.in_per(e) for e in between):
            return True
        if x - start == 1 and self._initials(seg, start):
            return True  # Jaksa Agung ST | Burhanuddin: the model saw the name without its initials
        if x - start == 2 and _initial_place(seg, x):
            return True  # Pj Sekda N. Lingga | Kusuma: the model saw the last name alone
        if self._given_then_common(seg, start, x):
            return True
        if len(between) >= 2 and self._whole_name_at(seg, x):
            # Kepala Riset Monex Investindo | Ariston Tjendra: two unknown words or more before a
            # model's name of two words or more name the organisation, not more of the name
            return False
        if len(between) == 1 and start > 0 and seg[start - 1].kind in (W.ORG, W.LOW):
            # Kemenkeu Riki Alfaris … ujar Riki: the word said alone elsewhere, or inside a PER
            # span elsewhere (Yaqut Cholil Qoumas written whole later), is a first name; else it
            # names the body, also after the post's field in lowercase (Direktur olahraga Persib |
            # Budi Santoso)
            return self.said_alone(between[0]) or self._per_elsewhere(between[0])
        return all(e.kind in NAME_STARTS or self.in_per(e) for e in between)

    @staticmethod
    def _given_then_common(seg: list[El], start: int, x: int) -> bool:
        """Menteri Perhubungan (Menhub) Budi Karya Sumadi, Juru Bicara OJK Sekar Putih Djarot: a known
        given name and one common word right before the model's one-word name are the first names
        it missed, after the title's body, bracket or field; not after an organisation's word,
        where the words name the body (Yayasan Budi Luhur Sumadi)."""
        return (
            x - start == 2
            and seg[start].kind is W.GIV
            and seg[start + 1].kind is W.COM
            and (start == 0 or seg[start - 1].kind is not W.ORG)
        )

    def _whole_name_at(self, seg: list[El], x: int) -> bool:
        """Whether the PER entity opening at ``seg[x]`` covers two name words or more (a first
        name and a family name: the model's name is whole)."""
        end = self.per_ends[self.toks[seg[x].i].start]
        inside = [e for e in seg[x:] if self.toks[e.i].start < end]
        return len(inside) >= 2 and all(e.kind in NAMEISH for e in inside)

    def _split_rules(self, seg: list[El], mention: str) -> tuple[int, bool] | None:
        found = _after_marker(seg)
        if found is None:
            found = _at_particle(seg)
            if found is not None and found > 0 and self._first_name_before_particle(seg, found):
                found -= 1
        rule = ((found, True) if found >= 0 else None) if found is not None else self._name_tail(seg, mention)
        return None if rule is not None and self._district_tail(seg, rule[0]) else rule

    def _common_surname(self, seg: list[El]) -> bool:
        """Wakil Walikota Metro Qomaru Zaman dalam …, Kepala UPT KRL, Khoirul Umur mengatakan:
        a capitalised common word (Zaman, Umur, Jaya) ending the segment right after one given or
        unknown word (no more name words before it: `Sili Gadai Nusantara` is a company's) is the
        holder's last name when the article calls the holder by that word alone elsewhere (a
        speaker, an addressee, a PER entity), and the common word can end a name
        (`_may_end_name`: no place's, post's, function or verb word)."""
        if len(seg) < 2 or seg[-1].kind is not W.COM or seg[-2].kind not in (W.GIV, W.UNK):
            return False
        if len(seg) >= 3 and seg[-3].kind in NAME_STARTS:
            return False
        prev = seg[-2]
        return _may_end_name(seg[-1].text) and (
            self.said_alone(prev, before_verb=True, here=False) or self._per_elsewhere(prev)
        )

    def _district_tail(self, seg: list[El], x: int) -> bool:
        """Whether the words from ``seg[x]`` to the end, right after a body's word (Polsek Pakuan
        Ratu, Paroki Kalirejo, Kebun Kedaton), are a district the gazetteer knows, which the article
        never uses as a name (after a speech verb or an honorific, inside a PER entity, before a
        speech verb): the body's place, no holder."""
        if x == 0 or seg[x - 1].kind not in (W.ORG, W.ACR, W.COM):
            return False
        return self.district_at(seg[x].i, seg[-1].j)

    def district_at(self, i: int, j: int) -> bool:
        """Whether tokens ``i`` to ``j`` are exactly a district of the gazetteer (Kalirejo, Pakuan
        Ratu) that opens with no known given name (Bambang, Panji are districts too) and that the
        article never uses as a name."""
        if word_class(self.toks[i].text) is not W.UNK or match_region(self.toks, i, j, kecamatan=True) != j:
            return False
        el = El(i, j, W.UNK, self.toks[i].text)
        return not (self.said_alone(el, before_verb=True) or self._per_elsewhere(el))

    def _first_name_before_particle(self, seg: list[El], x: int) -> bool:
        """Menteri Hukum Sutarman Andi Sumpala: a particle that is also a middle name (Andi, Dewa,
        Gusti; not the Balinese I/Ni, which open a name) after one name word that follows the title:
        that word is the first name when it is a known given name or said alone elsewhere."""
        prev = seg[x - 1]
        return (
            seg[x].text not in ("I", "Ni")
            and prev.kind in (W.GIV, W.UNK)
            and (x == 1 or seg[x - 2].kind not in NAME_STARTS)
            and (prev.kind is W.GIV or self.said_alone(prev))
        )

    def _name_tail(self, seg: list[El], mention: str) -> tuple[int, bool] | None:
        """The name-like tail of a segment, after its organisation, region or common words."""
        x = _tail_start(seg)
        if x == len(seg) and self._common_surname(seg):
            x = _tail_start(seg[:-1])  # Kepala UPT KRL, Khoirul Umur mengatakan … kata Khoirul
        if self._middle_initials(seg, x):
            x -= 2  # Direktur Utama BTN, Nixon LP Napitupulu … kata Nixon: the first name, initials
        if x == 0 and len(seg) >= 2 and seg[0].text.lower() in admin_words():
            x = 1  # Peratin Pekon Hanakau Darmawan: an administrative word opens no name
        for y in range(len(seg) - 1, x - 1, -1):
            if seg[y].text.lower().rstrip(".") in facility_words():
                x = y + 1  # Jembatan Sultan Hasanudin: a facility's name
                break
        if 2 <= x < len(seg) and _place_after_place(seg, x - 1) and word_class(seg[x - 1].text) is W.GIV:
            x -= 1  # Wali Kota Bogor Bima Arya: a given name that is also a place, after a place
        while x < len(seg):
            tail = seg[x:]
            if not any(e.kind in (W.GIV, W.UNK, W.PART) for e in tail):
                return None
            if len(tail) > MAX_NAME:
                x += 1
                continue
            if x > 0 and self.fixed_pair(seg[x - 1], seg[x], mention):
                x += 1
                continue
            # the short name in brackets counts as its words (Rumah Sakit Umum Daerah (RSUD) Xyz)
            before = seg[x - 1].text.strip("()").lower().rstrip(".") if x > 0 else ""
            if before in facility_words():
                return self._holder_after_facility(seg, x, mention)  # Bandara Ngurah Rai: a place's name
            if (
                before in admin_words()
                # Menteri Desa Marwan Jafar: a minister's Desa is the ministry, not a village
                and not (x == 1 and mention.lower().startswith(("menteri ", "wakil menteri ")))
            ):
                x += 1  # Kepala Desa Sukamaju Budi Hartono: the word after Desa is the village
                if place_ends(seg, x):
                    return None  # Kepala Kampung Meda Sari, Ketua …: the village's last word, no holder
                continue
            if before in geo_words():
                if len(seg) - x < 2:
                    return None  # Balai Taman Nasional Gunung Leuser: the mountain, no holder
                x += 1  # Balai Wilayah Sungai Citarum Budi Hartono: the word after Sungai is the river
                continue
            if self.place_like(seg[x:], mention):
                return None
            if self._english_unit_ends_title(seg, x, mention):
                x += 1  # Director of Global AI Product Martin Liu: an English unit word ends the title
                continue
            if self._head_in_body(seg, x):
                x += 1  # Ketua Majelis Hakim Budi Santoso: Hakim is a post of the body, not a name
                continue
            if self._body_closer(seg, x):
                return None  # Kepala Kejaksaan Negeri Liwa: the body's place, no holder
            if x > 0 and self._initials(seg, x - 1):
                x -= 1  # Menteri Perindustrian MS Harjono: initials before the name
            if x == 0:
                return 0, False
            return x, seg[x - 1].kind in (Piece.REG, W.ORG, Piece.PAREN, Piece.NUM, Marker.RANK)
        return None

    def _holder_after_facility(self, seg: list[El], x: int, mention: str) -> tuple[int, bool] | None:
        """Imam Besar Masjid Istiqlal Nasaruddin Umar … kata Nasaruddin: the words after a facility's
        word are its name (Bandara Ngurah Rai, Jalan Sudirman: a place named after someone) up to
        a name word the article uses as a person's at another place (said alone as a speaker or an
        addressee, before a speech verb, inside a PER entity): the holder opens there, the
        facility keeping one word at least. With no such use the words stay the facility's; so
        do words written after the same word elsewhere (Kepala Bandara Sultan Hasanuddin …
        Sultan Hasanuddin adalah pahlawan: the namesake, a person, is still the place's name)."""
        for y in range(x + 1, len(seg)):
            tail = seg[y:]
            if (
                seg[y].kind in (W.GIV, W.UNK)
                and len(tail) <= MAX_NAME
                and all(e.kind in NAMEISH for e in tail)
                and (self.said_alone(seg[y], before_verb=True, here=False) or self._per_elsewhere(seg[y]))
                and not self.fixed_pair(seg[y - 1], seg[y], mention)
            ):
                return y, True
        return None

    @staticmethod
    def _english_unit_ends_title(seg: list[El], x: int, mention: str) -> bool:
        """Whether ``seg[x]``, an English unit word with more words after it, is the last word of an
        English title (Director of Global AI Product Martin Liu): the mention opens with an English
        post or unit word, or an English post or function word comes before it in the segment. In an
        Indonesian title the word opens the name (Kepala Dinas Sosial Junior Siregar)."""
        if x + 1 >= len(seg) or seg[x].text.lower() not in role_words("english_unit"):
            return False
        english = role_words("english_post") | role_words("english_link")
        head = mention.split()[:1]
        return bool(head and head[0].lower() in english | role_words("english_unit")) or any(
            e.text.lower() in english for e in seg[:x]
        )

    def _body_closer(self, seg: list[El], x: int) -> bool:
        """Whether ``seg[x]``, one unknown word ending the segment after a body's name (an
        organisation word, then a common word or a number: Kejaksaan Negeri Liwa, Gapoktan Karya
        Manunggal, SMP Negeri 3 Banjaragung), closes that name (its place or last word) rather than
        naming the holder: the article never uses the word as a name (after a speech verb or an
        honorific, inside a PER entity, before a speech verb)."""
        el = seg[x]
        k = x - 1
        while k >= 0 and x - k <= _BODY_TAIL and seg[k].kind in (W.COM, Piece.NUM):
            k -= 1  # the body's common words and number (Negeri 3), not a place's (Palangka Raya)
        if not (x == len(seg) - 1 and el.kind is W.UNK and 0 <= k < x - 1 and seg[k].kind in (W.ORG, W.ACR)):
            return False
        return not (self.said_alone(el, before_verb=True) or self._per_elsewhere(el))

    def _head_in_body(self, seg: list[El], x: int) -> bool:
        """Whether ``seg[x]``, a word that is both a given name and a post (Hakim), right after a body
        word (Majelis) and before a known given name, names the body's members, not the holder."""
        return (
            0 < x < len(seg) - 1
            and seg[x].kind is W.AMB
            and seg[x - 1].kind is W.ORG
            and self.is_post_at(seg[x].i)
            and seg[x + 1].kind in (W.GIV, W.PART)
        )

    def _initials(self, seg: list[El], k: int) -> bool:
        """Whether ``seg[k]``, two capitals before a one-word name after the head or a body written
        out (Menteri Perindustrian MS Harjono), are the name's initials: not a known organisation's
        or state's short name (BI, MK, RI, AS), not a region, and written nowhere in the article
        but before that name (an organisation recurs alone)."""
        el = seg[k]
        if not (
            # a degree's capitals stand after a name, never before it (Jaksa Agung ST Burhanuddin)
            (el.kind is W.ACR or (el.kind is Marker.POST and el.text.isalpha() and el.text.isupper()))
            and len(el.text) == 2
            and k + 2 == len(seg)
            # after a body written out (Perindustrian), not after another acronym (Ketua PN, UPT PU);
            # a state's short name closes the title (Presiden ketiga RI BJ Habibie); right after
            # the head itself when they are a degree's letters, which name no body and stand after a
            # name, never before it (Jaksa Agung ST Burhanuddin; Ketua PN Sutrisno: the court)
            and (
                el.kind is Marker.POST
                if k == 0
                else (
                    (seg[k - 1].kind in (W.ORG, W.COM) and not seg[k - 1].text.isupper())
                    or seg[k - 1].text.lower() in role_words("state_abbrev")
                )
            )
            and el.text.lower() not in role_words("state_abbrev")
            # Dinas Pekerjaan Umum PU: the body's own short name after it
            and el.text != "".join(e.text[:1] for e in seg[max(0, k - 2) : k]).upper()
            and seg[k + 1].kind in (W.GIV, W.UNK)
            and el.text.lower() not in org_acronyms()
            and match_region(self.toks, el.i, el.j) == el.i
        ):
            return False
        return self.count(el.text) == self.count(
            self.text[self.toks[el.i].start : self.toks[seg[k + 1].i].end]
        )

    def _middle_initials(self, seg: list[El], x: int) -> bool:
        """Whether the two elements before the name tail at ``x`` are a first name the article calls
        the person by elsewhere and the name's initials in capitals (Nixon LP Napitupulu, Roberth
        MV Dumatubun): two or three capitals that are no known body's or state's short name, no
        region, and written nowhere else in the article (a body's short name recurs alone)."""
        if not (2 <= x < len(seg) and seg[x - 2].kind in (W.GIV, W.UNK) and seg[x - 1].kind is W.ACR):
            return False
        el = seg[x - 1]
        low = el.text.lower()
        return (
            el.text.isalpha()
            and 2 <= len(el.text) <= 3
            and low not in org_acronyms()
            and low not in role_words("state_abbrev")
            and match_region(self.toks, el.i, el.j) == el.i
            and self.count(el.text) == 1
            and self.said_alone(seg[x - 2], before_verb=True, here=False)
        )

    def said_alone(self, el: El, *, before_verb: bool = False, here: bool = True) -> bool:
        """Whether the word of ``el`` stands alone elsewhere as a speaker or an addressee
        (`ujar Riki`, `Pak Riki`): a first name, not a place or branch (`di Xyz`). With
        ``before_verb``, a speech verb right after the word counts too (`Sugeng mengatakan`,
        `Emir menambahkan, …`), at this very place as well unless not ``here``."""
        tok = self.toks[el.i]
        word = tok.text
        for idx in self.whole_words(word):
            if idx != tok.start:
                before = self.text[max(0, idx - 30) : idx].split()
                prev = before[-1].rstrip(",") if before else ""
                if prev.lower() in speech_verbs() or word_marker(prev) is Marker.HON:
                    return True
            if before_verb and (here or idx != tok.start):
                after = self.text[idx + len(word) : idx + len(word) + 30].split()
                if after and after[0].rstrip(",.").lower() in speech_verbs():
                    return True
        return False

    def within_entity(self, seg: list[El]) -> list[El]:
        """The name elements of ``seg`` when a PER entity opens it: the model's end is kept
        unless the words after it are name words too. Presiden Budi Santoso Untuk Program
        Sosial Tahun (a headline run on), Ani Lestari Selain itu (a full stop lost): a word the
        lexicon knows as common, a stop word, an organisation or a glued word ends the name."""
        k = 0
        while k < len(seg) and _marked(seg[k]):
            k += 1  # dr. Ani Lestari: the entity opens after the honorific
        if k >= len(seg):
            return seg
        pe = self.per_ends.get(self.toks[seg[k].i].start)
        if pe is None:
            return seg
        x = k
        while x < len(seg) and self.toks[seg[x].i].start < pe:  # a word the span cuts (Suk|-yeol) is in
            x += 1
        while x < len(seg) and (seg[x].kind in _PAST_ENTITY or seg[x].kind is Marker.POST):
            x += 1
        return seg[:x] if x > k else seg

    def _per_elsewhere(self, el: El) -> bool:
        """Whether the word of ``el`` lies inside a PER entity at another place in the article."""
        tok = self.toks[el.i]
        return any(
            idx != tok.start and any(a <= idx < b for a, b in self.per_spans)
            for idx in self.whole_words(tok.text)
        )

    def in_per(self, el: El) -> bool:
        """Whether a PER entity covers this element (it may start earlier: `Tegal Ischak`)."""
        s = self.toks[el.i].start
        return any(a <= s < b for a, b in self.per_spans)

    def strong(self, el: El) -> bool:
        """Whether a name start is certain: a particle, an honorific/degree/rank or a PER entity."""
        return el.kind is W.PART or _marked(el) or self.toks[el.i].start in self.per_starts

    def is_post_at(self, i: int) -> bool:
        """Whether an official post's head starts at token ``i``."""
        h = match_head(self.toks, i)
        return h is not None and h.official

    def head_first(self, seg: list[El]) -> bool:
        """Whether ``seg`` opens with a head, after an honorific (Pak Menhub Jonan): another mention."""
        for e in seg:
            if e.kind in (Marker.HON, Marker.REL, Marker.RANK):
                continue  # Komisaris Besar Polisi: a rank written out is no post
            return self.is_post_at(e.i)
        return False

    # ---- the title's text

    def title(self, i: int, j: int, head_end: int | None = None) -> str:
        """The title text from token ``i`` to ``j``, ranks after the head dropped, the end tidied."""
        toks = self.toks
        pieces: list[str] = []
        k = i
        last_end = None
        while k < j:
            m = match_marker(toks, k) if toks[k].kind is WORD and k >= (head_end or i + 1) else None
            if m is not None and m[0] is Marker.RANK and k > i:
                k = m[1]
                last_end = None
                continue
            t = toks[k]
            if (last_end is not None and t.start > last_end) or (last_end is None and pieces):
                pieces.append(" ")
            pieces.append(t.text)
            last_end = t.end
            k += 1
        return tidy_title("".join(pieces).strip())


def aside_word(t: Tok) -> str:
    """A token of a time phrase as `time_aside` writes it: N for a number, M for a capitalised
    month, `-` for a dash."""
    if t.kind is NUMBER:
        return "N"
    if t.text in ("-", "–"):
        return "-"
    return "M" if t.text[:1].isupper() and month_number(t.text) is not None else t.text


def _religious_opener(word: str) -> bool:
    """KH, Hj., Ustaz inside a span: a religious title that opens the holder's name, not a
    middle name. A lone letter (Glenny H. Kairupan: an initial) and a title that is also a given
    name (Habib) stay in the name."""
    return (
        word_marker(word) is Marker.REL
        and len(word.strip(".")) >= 2
        and word_class(word) not in (W.GIV, W.AMB)
    )


def _ordinal_ends(toks: Sequence[Tok], k: int) -> bool:
    """Whether ``toks[k - 3 : k]`` are an ordinal written glued, `ke-7` (Presiden ke-7, Kapolri ke-25)."""
    return (
        k >= 3
        and toks[k - 3].text.lower() == "ke"
        and toks[k - 2].text == "-"
        and toks[k - 1].kind is NUMBER
        and not toks[k - 2].space
        and not toks[k - 1].space
    )


def _initials_before(words: list[str], s: str) -> bool:
    """Saudara NOP (Nopriansyah), tersangka BS (Budi Santoso): the bracket spells out the initials
    before it, a person's name, not an organisation's short name."""
    if len(words) < 2:
        return False
    initials = words[-2]
    return (
        initials.isalpha()
        and initials.isupper()
        and 2 <= len(initials) <= MAX_INITIALS
        and initials[0] == s[:1]
        and all(c in s.upper() for c in initials)
    )


def _lowercase_post(toks: Sequence[Tok], k: int) -> bool:
    """bendahara DPRD Kabupaten Tulangbawang Yusdi … Bendahara DPRD Tulangbawang Yusdi: a post
    written in lowercase inside a sentence opens the capitalised run after it as surely as a
    capitalised one (the same title and name twice, no fixed phrase)."""
    h = match_head(toks, k)
    return h is not None and h.official


def _common_first_name(seg: list[El], x: int) -> bool:
    """Wakil Menteri Sekretaris Negara (Wamensesneg) Juri Ardiantoro: a first name that is also a
    common word, where a PER entity starts right after a bracketed abbreviation, a region or an
    acronym that closes the body, and a name word follows it."""
    return (
        seg[x].kind is W.COM
        and 0 < x < len(seg) - 1
        and seg[x - 1].kind in (Piece.PAREN, Piece.REG, W.ACR)
        and seg[x + 1].kind in NAMEISH
    )


def _age_group(el: El) -> bool:
    """Whether ``el`` is a team's age group (Timnas Indonesia U-17): the team's name ends with it,
    so a place's name right after it, inside a PER span, opens the holder's name (U-17 Bima Sakti)."""
    return el.kind is Piece.NUM and _AGE_GROUP.get().fullmatch(el.text) is not None


def _place_after_place(seg: list[El], x: int) -> bool:
    """Wali Kota Bogor Bima Arya: a one-word region right after another region, where a PER
    entity starts, is a name that is also a place name when it is a known given name (not Bupati
    Tulangbawang Lampung Winarti: the province after the regency)."""
    el = seg[x]
    return (
        el.kind is Piece.REG
        and el.j - el.i == 1
        and x > 0
        and seg[x - 1].kind is Piece.REG
        and word_class(el.text) is W.GIV
    )


def _after_marker(seg: list[El]) -> int | None:
    """An honorific, degree or rank before a name: the name starts at the marker; -1 when the
    marker belongs to a facility (RSUD dr. Soetomo); None when there is no such marker."""
    for x, el in enumerate(seg):
        if el.kind not in NAME_MARKERS:
            continue
        y = x
        # Dr. (H.C.) Irwan Hidayat: an honorary degree in brackets goes with the marker before it
        while y < len(seg) and (_marked(seg[y]) or (y > x and honorary(seg[y]))):
            y += 1
        if y < len(seg) and (
            seg[y].kind in NAME_STARTS
            # Raden Adipati Surya: a first name that is also a common word, between the marker
            # and a known given name (not Ibu Kota …, Bapak Rumah …: a level or a facility)
            or (
                seg[y].kind is W.COM
                and y + 1 < len(seg)
                and seg[y + 1].kind is W.GIV
                and seg[y].text.lower() not in admin_words()
                and seg[y].text.lower() not in facility_words()
            )
            or _body_word_after_degree(el, seg, y)
            # Prof. Ir. CGJ Vreedenburgh: initials in capitals between the degree and the name
            or (
                seg[y].kind is W.ACR
                and len(seg[y].text) <= 4
                and y + 1 < len(seg)
                and seg[y + 1].kind in NAMEISH
            )
        ):
            later = _rank_after(seg, y) if el.kind is not Marker.RANK else None
            return later if later is not None else _start_at(seg, x)
    return None


def _body_word_after_degree(el: El, seg: list[El], y: int) -> bool:
    """Kepala BPOM RI Prof. dr. Taruna Ikrar: a capitalised organisation or common word between an
    abbreviated degree (dr., Prof., Ir.: four letters at most) and a name word is the first name,
    as such a degree stands before a person only; a religious title or a whole word may be a post
    (Pastor Paroki Kalirejo, Pemangku Bandar Setia, Dokter Puskesmas …)."""
    return (
        el.kind is Marker.PRE
        and len(el.text.replace(".", "")) <= MAX_DEGREE_ABBREVIATION
        and seg[y].kind in (W.ORG, W.COM)
        and y + 1 < len(seg)
        and seg[y + 1].kind in NAMEISH
        and seg[y].text.lower() not in admin_words()
        and seg[y].text.lower() not in facility_words()
    )


def _rank_after(seg: list[El], y: int) -> int | None:
    """Where a rank after ``seg[y]`` opens a name: an honorific before a rank is part of the
    body's name (Rumah Sakit Bhayangkara Raden Sukanto … Brigjen Pol Hariyanto), a rank never is."""
    for z in range(y + 1, len(seg) - 1):
        if seg[z].kind is Marker.RANK and seg[z + 1].kind in NAME_STARTS:
            return z
    return None


def honorary(el: El) -> bool:
    """Whether ``el`` is a bracket of dotted capitals after a degree: (H.C.), honoris causa."""
    inner = el.text.strip("()").replace(".", "").replace(" ", "")
    return el.kind is Piece.PAREN and "." in el.text and inner.isalpha() and inner.isupper()


def _start_at(seg: list[El], x: int) -> int:
    """Where a name whose first sure word (a marker or a particle) is at ``x`` starts: -1 after a
    facility word (RSUD dr. Soetomo, Bandara Ngurah Rai), earlier when an initial before it
    continues a name begun before (Agus S. Dewa Pramana), else ``x``."""
    if x > 0 and seg[x - 1].text.lower().rstrip(".") in facility_words():
        return -1
    if x >= 2 and seg[x - 1].kind is Piece.INIT and seg[x - 2].kind in (W.GIV, W.UNK):
        return min(x, _tail_start(seg[:x]))
    return x


def _at_particle(seg: list[El]) -> int | None:
    """A name particle (I Made, Anak Agung, Andi): the name starts there; -1 after a facility word
    (Bandara Ngurah Rai); None when there is no particle."""
    for x, el in enumerate(seg):
        if el.kind is W.PART and (
            (x + 1 < len(seg) and seg[x + 1].kind in NAME_STARTS | {W.ACR, W.COM})
            or (x == len(seg) - 1 and x > 0)
        ):
            return _start_at(seg, x)
    return None


#: A common word shaped as a verb (`Mengungkapkan`, `Berharap`, `Dilantik`), no name's.
_VERB_SHAPED = LazyPattern(r"(?:me|ber|ter|di)\p{Ll}{3,}|\p{Ll}{3,}(?:kan|nya|lah)")
#: Lists of words that follow a name and are none of its words (`yang`, `selaku`, `juga`).
_AFTER_NAME_ROLES = ("selaku_stop", "clause_adverb", "function_after", "as_word", "list_join")


def _may_end_name(word: str) -> bool:
    """A capitalised common word that may be a name's last word: no level, facility, geographic
    or derived word (`Kota`, `Balai`, `Pendidikan`), no function word, link or adverb after a
    name (`Saat`, `Selaku`, `Juga`), no speech, headline or predicate verb nor a word shaped as
    a verb (`Mengungkapkan`)."""
    low = word.lower()
    if word.isupper() or low in admin_words() or low in facility_words() or low in geo_words():
        return False
    if DERIVED_NOUN.get().fullmatch(low):
        return False
    after = word_set("clean_function_words.txt") | word_set("names_predicate_words.txt")
    if low in after or low in speech_verbs() or low in headline_verbs():
        return False
    return not (_VERB_SHAPED.get().fullmatch(low) or any(low in role_words(r) for r in _AFTER_NAME_ROLES))


def _tail_start(seg: list[El]) -> int:
    """Where the run of name-like elements at the end of ``seg`` starts."""
    x = len(seg)
    while x > 1 and seg[x - 1].kind is Marker.POST:
        x -= 1  # Soleh SP: degrees after the name
    end = x
    if (
        x >= 2
        and seg[x - 1].kind is Piece.PAREN
        and (
            (x >= 3 and _initials_of(seg[x - 1].text, seg[: x - 1]))
            or _nickname_of(seg[x - 1].text, seg[: x - 1])
        )
    ):
        # Presiden Susilo Bambang Yudhoyono (SBY), Bupati Jember Hendy Siswanto (Mas Hendy): the
        # bracket abbreviates the name or gives the nickname
        x -= 1
    while x > 0:
        el = seg[x - 1]
        if el.kind in NAME_STARTS:
            x -= 1
            continue
        # Benny Kabur Harman, Sigit Karyawan Yunianto: a common word between a known given
        # name and more name is part of the name
        if (
            (el.kind is W.COM or (el.kind is W.ACR and len(el.text) <= 3))
            and len(seg) > x >= 2
            and seg[x - 2].kind is W.GIV
            and seg[x].kind in NAMEISH
            and el.text.lower() not in admin_words()
            and el.text.lower() not in facility_words()
        ):
            x -= 2
            continue
        if _initial_place(seg, x):
            x -= 2  # Pj Sekda N. Lingga Kusuma: a one-word place after an initial is a name word
            continue
        # initials in capitals at the very end (Margaret MS)
        if (
            el.kind is W.ACR
            and x == end
            and x >= 2
            and seg[x - 2].kind in (W.GIV, W.UNK)
            and len(el.text) <= 3
        ):
            x -= 1
            continue
        break
    return x


def _initial_place(seg: list[El], x: int) -> bool:
    """Pj Sekda N. Lingga Kusuma, Kepala Dinas PUPR Kabupaten Tulangbawang M Puncak Stiawan: one
    capital letter, then a one-word place, then name words (from ``seg[x]``): no region stands
    after an initial, so the place's word is a word of the name the initial opens; after a
    numeral or a common word the letter is a class or a block (Lapas Kelas II A Bandung, Pasar
    Blok M Jakarta)."""
    return (
        2 <= x < len(seg)
        and seg[x].kind in NAMEISH
        and seg[x - 1].kind is Piece.REG
        and seg[x - 1].j - seg[x - 1].i == 1
        and seg[x - 2].kind is Piece.INIT
        and (
            x == 2
            or seg[x - 3].kind is Piece.REG
            or (seg[x - 3].kind is W.ACR and not _ROMAN.get().fullmatch(seg[x - 3].text))
        )
    )


def _nickname_of(paren: str, els: list[El]) -> bool:
    """Whether a bracket ``(Mas Hendy)``, ``(Gus Mujib)`` holds a nickname of the name-like words
    right before it: one to three capitalised words, one of them a word of that name."""
    inner = paren.strip("()").split()
    if not 1 <= len(inner) <= 3 or not all(w[:1].isupper() for w in inner):
        return False
    if len(inner) == 2 and (
        word_marker(inner[0]) is Marker.HON or inner[0].lower() in role_words("nickname_address")
    ):
        return True  # Saiful Rahman (Gus Ipang): a form of address and a short name is a nickname
    before = [e.text.lower() for e in els[-MAX_NAME:] if e.kind in NAMEISH]
    if any(w.lower() in before for w in inner):
        return True
    return len(inner) == 1 and _short_form(inner[0].lower(), before)


def _short_form(nick: str, words: list[str]) -> bool:
    """Andreas Hutapea (Andre), Supardi (Ardi), Bambang Soesatyo (Bamsoet): one word that is a part
    of one name word, or the start of one name word followed by the start of a later one."""
    if len(nick) < NICK_MIN or not nick.isalpha():
        return False
    if any(nick in w and nick != w for w in words):
        return True
    for k, w in enumerate(words):
        for cut in range(NICK_MIN, len(nick) - 1):
            rest = nick[cut:]
            if w.startswith(nick[:cut]) and any(v.startswith(rest[:2]) for v in words[k + 1 :]):
                return True
    return False


def _arabic_article(word: str) -> bool:
    """al-Assad, el-Sisi: an Arabic article glued to a capitalised family name."""
    low = word.lower()
    if not low.startswith(tuple(role_words("arabic_article"))):
        return False
    dash = low.index("-")
    return word[dash + 1 : dash + 2].isupper()


def _initials_of(paren: str, els: list[El]) -> bool:
    """Whether a bracket ``(SBY)`` holds the initials of the name-like words right before it."""
    inner = paren.strip("()").strip()
    if not (2 <= len(inner) <= 5 and inner.isalpha() and inner.isupper()):
        return False
    words = els[-len(inner) :] if len(els) >= len(inner) else []
    return (
        len(words) == len(inner)
        and all(e.kind in NAMEISH for e in words)
        and "".join(e.text[:1] for e in words).upper() == inner
    )


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
    return " ".join(title.split())


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


def title_prefix_len(text: str, start: int, end: int) -> int:
    """Where the name starts when ``text[start:end]`` opens with a title (0 if it does not).

    Used to trim NER spans such as ``Bupati Aletinus`` to the name; returns ``end``
    when the span is a title with no name.

    >>> t = "Bupati Aletinus"
    >>> title_prefix_len(t, 0, len(t))
    7
    """
    toks = tokenize(text[start:end])
    if not toks:
        return 0
    h = match_head(toks, 0)
    if h is None:
        return 0
    reader = TitleReader(text[start:end], toks, ())
    k = h.end
    while k < len(toks):
        h2 = match_head(toks, k)
        if h2 is None:
            break
        k = h2.end
    seg = first_segment(reader.elements(k, kecamatan=False))
    sp = reader.split(seg, "")
    if sp is None:
        return end
    return start + toks[seg[sp[0]].i].start


def place_ends(seg: list[El], x: int) -> bool:
    """The one word left after a village's first word is a place's last word (Sari, Agung, Jaya:
    `place_end_words`): it ends the village's name (Meda Sari, Wono Agung), no holder follows."""
    return len(seg) - x == 1 and seg[x].text.lower() in place_end_words()


def _after_district_level(els: list[El]) -> bool:
    """The run's last element is the district's level word (`… Kecamatan` before `Medan Amplas`):
    the district gazetteer names what follows, so its last word is no holder's name."""
    return bool(els) and els[-1].text.lower().rstrip(".") in role_words("district_level")
