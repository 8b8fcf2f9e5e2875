"""The role grammar: who is named with which position or occupation (GUIDELINES §2).

A head from the lexicon (``Ketua``, ``Kepala Dinas``, ``Plt Kadis``; occupations such as
``petani``) opens a mention; `titles` reads the run after it and cuts the title from the
name. The linking patterns, one function each:

* `_title_name`: **title – name** (``Camat Bukit Batu Hendrikus Budi``), several holders
  joined by ``dan`` (``… Rajudin Sagala dan Hadi Suhendra``);
* `_title_comma_name`: **title, name** (``Ketua Yayasan PPNU Trate, Elvi Wahyudi``) when the
  first "name" was more of the organisation;
* `_bracket_title`: a bracket of region and name after the head (``Gubernur (Bali Wayan Koster)``);
* `_name_after`: **title … , name** after a place phrase (``Pemilik UMKM X di jalan Y, Elias``);
* `_name_first`: **name – selaku/sebagai/yang juga – title**, **name, title** (apposition),
  **name (title)** (bracketed title) and ``Budi, seorang pedagang``; `_holder_link` reads the
  longer linking clauses (``Rudi, yang menjabat sebagai …``), whose post is marked ``clause``;
* `_title_after_selaku`: the title given after ``selaku`` (lowercase words allowed);
* `passive_heads`: **body diketuai/dikepalai name**: the head of that body.

Guards: a head after ``calon``/``kandidat`` is a post sought, not held; ``pimpinan`` after an
organisation's name or ``di bawah`` means "led by"; a
regulation, an order or a building named after a post (``Keputusan Menteri …``, ``Surat Edaran
Wali Kota …``, ``Kantor Lurah …``) and a civil-service grade (``Pejabat Pimpinan Tinggi Pratama``) is
no mention; a group word alone (``tim Sri Mulyani``) and the owner of a natural feature hold
no post; a lowercase abbreviation (``kabid``) must name its office; `_title_goes_on`: one
unsure word before ``&`` or a comma and more organisation is title (``Manager Communication,
Relations & CSR PT …``); `_list_of_posts`: ``Forkopimda, Kepala OPD, camat …`` is a list of
posts, not a name with its title.

`scan_roles` runs the scanner once over an article; its `RoleMention` list is passed on to
officials and persons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex

from ..records import Entity, EntityLabel, Span
from ..text.calendar import weekday_number, year_rx
from ..text.patterns import whole_words
from ..text.tokens import (
    NUMBER,
    PUNCT,
    WORD,
    Tok,
    cue_positions,
    next_word,
    prev_word,
    sentence_breaks,
    tokenize,
    whole_tokens,
    window_tokens,
)
from ..text.words import NAMEISH, WordClass, org_words, speech_verbs, verb_like, word_class
from .lexicon import (
    Head,
    Marker,
    admin_words,
    company_forms,
    company_names,
    dotted_name_word,
    facility_words,
    geo_words,
    head_words,
    match_head,
    match_marker,
    match_region,
    may_open_head,
    named_bodies,
    office_heads,
    place_end_words,
    role_words,
    title_prefixes,
    word_marker,
)
from .names import name_tokens, proper_name, strip_name
from .titles import (
    DERIVED_NOUN,
    MAX_INITIALS,
    MAX_NAME,
    NAME_MARKERS,
    El,
    Piece,
    TitleReader,
    aside_word,
    first_segment,
    honorary,
    orglike,
    place_ends,
    segments,
)

__all__ = ["RoleMention", "scan_roles"]

W = WordClass
#: Characters: up to this (a long article), the text is read whole; a longer page is read only
#: around its heads (its tokens cut out of one tokenization up to `SMALL_TEXT`).
_WHOLE = 30_000
#: Tokens in a phrase dating a holding before the name (periode Januari 2020 - Mei 2024).
_MAX_THEN = 7
_SENTENCE_OPENERS = (".", "!", "?", "“", '"', ":")
#: Roman numerals numbering the parties to a case (terdakwa II, Teradu VII).
_PARTY_NUMBERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
_NAME_END_PUNCT = (",", ".", ";", ":", "!", "?", '"', "”")
# What closes a name in a list of officers after `Title: ` (a dash, a footnote mark, …); `â` opens
# a bullet `•` read in the wrong encoding (`â€¢`, its second byte a control character)
_LIST_CLOSERS = ("-", "–", "*", ",", ";", ".", "•", "|", "â")
_DASHES = ("-", "–", "—")
#: Lowercase words after an occupation that may describe it (petani cabai rawit).
_MAX_DESCRIPTORS = 3
#: Tokens skipped over a place phrase (di …, dari …) before a comma and the holder's name.
_MAX_PLACE_PHRASE = 12
#: Words of a body's own name that the model may take for a person before `, <name>` (Sentosa Life).
_MAX_BODY_WORDS = 2
#: Tokens of the longest phrase linking a holder's name to the post after it (yang saat ini menjabat sebagai).
_MAX_LINK = 6
#: Lowercase words between a name's comma and `yang juga` (Fatchul Anas, ayahnya yang juga pemilik …).
_MAX_DESCRIPTION = 3
#: Looks at other occurrences of a word when deciding whether it is used alone.
_MAX_LOOKS = 200
#: Tokens of `dan` and a second body after a post before a pointer word (mantan pelatih X dan Y itu).
_MAX_SECOND_BODY = 5


def _place_or_noun(low: str) -> bool:
    """A lowercase word that is a level, a facility or a geographic word (kota, balai, sungai) or a
    derived noun (pendidikan, kesehatan): a word of a place or a post, not a first or last name."""
    return (
        low in admin_words()
        or low in facility_words()
        or low in geo_words()
        or bool(DERIVED_NOUN.get().fullmatch(low))
    )


def _grade_at(toks: Sequence[Tok], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` spell a civil-service grade's words (`Pimpinan Tinggi` of
    Pejabat Pimpinan Tinggi Pratama)."""
    if k < 0 or k + 1 >= len(toks):
        return False
    return f"{toks[k].text} {toks[k + 1].text}".lower() in role_words("grade")


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A person named with a role: an official, or an occupation (``official=False``)."""

    name: str
    title: str
    span: Span
    name_span: Span
    official: bool
    #: the post is given in a clause after the name (Sinen yang juga selaku Ketua TPPS …): often
    #: a second post of someone named with another
    clause: bool = False


def _is_hon(toks: Sequence[Tok], i: int) -> bool:
    return toks[i].kind is WORD and toks[i].text.lower() in role_words("lower_honorific")


@dataclass(slots=True)
class _Mention:
    """What one mention has found so far: where its title ends, its holders, how sure."""

    start: int
    end: int
    head: str
    official: bool
    selaku: bool = False
    link: int = 0
    paren: bool = False
    j0: int = 0
    els: list[El] = field(default_factory=list)
    segs: list[tuple[str | None, list[El]]] = field(default_factory=list)
    text: str = ""
    comp_end: int = 0  # token index after the title
    run_end: int = 0  # token index after everything read
    names: list[list[El]] = field(default_factory=list)
    weak: bool = False
    weak_first: bool = False
    after_body: bool = False
    apposed: bool = False  # the post's body went on past `dan` after a lowercase apposition


class _Scanner(TitleReader):
    """One pass over an article's tokens, head by head."""

    def __init__(self, text: str, toks: Sequence[Tok], entities: Sequence[Entity]) -> None:
        super().__init__(text, toks, entities)
        self.earlier: list[RoleMention] = []  # the mentions found so far, in text order

    def scan(self) -> list[RoleMention]:
        toks, n = self.toks, self.n
        out: list[RoleMention] = []
        unheld: tuple[int, int, str] | None = None  # the last head that found no holder
        self.earlier = out
        i = 0
        while i < n:
            t = toks[i]
            # most tokens open no head: one cached lookup before the full match
            h = match_head(toks, i, loose=True) if t.kind is WORD and may_open_head(t.text) else None
            if h is None:
                i += 1
                continue
            end, official, head = self._chain(i, h)
            skip = self._skip(i, end, head, official)
            if skip is not None:
                i = skip
                continue
            res = self.mention(i, end, official, head, loose=h.loose)
            if res is None:
                unheld = (i, end, head) if official else None
                i = end
                continue
            found = res[0]
            if unheld is not None and len(found) == 1:
                found = [self._two_posts(unheld, i, head, found[0])]
            unheld = None
            out.extend(found)
            i = max(res[1], end)
        return out

    def _two_posts(self, unheld: tuple[int, int, str], b: int, head: str, rm: RoleMention) -> RoleMention:
        """Wakil Presiden Hubungan Investor dan Sekretaris Perusahaan Pertamina Rini Widyastuti:
        a post in a unit with no holder and no organisation or region of its own, joined by
        `dan`/`serta` to another post right before its holder, is a second post of that holder
        (the body is named once, at the end). A bare first head (Bupati dan Wakil Bupati …), a
        first post with its own body (Ketua DPRD Badung dan Wakil Bupati …) or the same head
        again (Kepala Dinas … dan Kepala Dinas …) lists two posts, not one person's."""
        toks = self.toks
        a, a_end, a_head = unheld
        conn = b - 1
        if not (
            rm.official
            and rm.span[0] == toks[b].start
            and rm.name_span[0] > toks[b].start
            and conn > a_end
            and toks[conn].text.lower() in role_words("and_word")
            and a_head.split()[-1] != head.split()[-1]
            and all(self._unit_word(x) for x in range(a_end, conn))
        ):
            return rm
        first = self.title(a, conn, head_end=a_end)
        return RoleMention(
            name=rm.name,
            title=f"{first} {toks[conn].text} {rm.title}",
            span=(toks[a].start, rm.span[1]),
            name_span=rm.name_span,
            official=True,
        )

    def _chain(self, start: int, h: Head) -> tuple[int, bool, str]:
        """Chained heads: Plt Kadis, Wakil Ketua, Pj. Sekda."""
        toks = self.toks
        end, official, head = h.end, h.official, h.text
        while end < self.n and not toks[end].newline:
            at = end
            dot = int(end + 3 < self.n and toks[end + 2].text == ".")  # (Pj.) with its full stop
            if end + 3 + dot < self.n and toks[end].text == "(" and toks[end + 2 + dot].text == ")":
                at = end + 3 + dot  # Pelaksana Tugas (Plt) Direktur …: the head's abbreviation in brackets
            h2 = match_head(toks, at)
            if h2 is None or (official and not h2.official):
                break  # Kepala Dinas Pemuda, Olahraga …: an occupation after a post names its field
            end, official = h2.end, official or h2.official
            head = h2.text
        return self._head_gloss(end), official, head

    def _head_gloss(self, end: int) -> int:
        """Peratin (Kepala Desa) Kerbang Dalam, Kepalo Tiyuh (Kepala Desa) Daya Asri: a bracket
        right after the head holding only another head, spelled out in words, glosses it; the
        title reads on after it. (A bracketed abbreviation, Sekretaris Daerah (Sekda), is read
        by `_read_run`.)"""
        toks = self.toks
        if end >= self.n or toks[end].text != "(" or toks[end].newline:
            return end
        h = match_head(toks, end + 1)
        if (
            h is None
            or len(h.text.split()) < 2  # Kepala Desa, not Pj. or Kades
            or h.end >= self.n
            or toks[h.end].text != ")"
        ):
            return end
        return h.end + 1

    def _unit_word(self, x: int) -> bool:
        """Whether token ``x`` is a capitalised word naming a unit, not an organisation or region."""
        t = self.toks[x]
        return (
            t.kind is WORD
            and t.text[0].isupper()
            and not t.newline
            and word_class(t.text) not in (W.ORG, W.ACR)
            and match_region(self.toks, x, x + 1) == x
        )

    def _led_by(self, start: int) -> bool:
        """di bawah pimpinan X, Partai Kebebasan Rakyat pimpinan PM Italia …: "led by", not a post;
        a head after it (PM) opens its own mention."""
        toks = self.toks
        prev = toks[start - 1] if start > 0 and not toks[start].newline else None
        if prev is not None and prev.text.lower() in role_words("post_modifier"):
            return False  # Mantan pimpinan Komisi I DPR …: a former post, capitalised at a sentence start
        return prev is not None and (
            prev.text.lower() in ("bawah", "dibawah")
            or (
                toks[start].text[0].islower()
                and prev.kind is WORD
                and prev.text[0].isupper()
                and match_head(toks, start - 1) is None
            )
        )

    def _skip(self, start: int, end: int, head: str, official: bool) -> int | None:
        """Where to read on when the head at ``start`` opens no mention here (None: it does)."""
        toks = self.toks
        prev = toks[start - 1] if start > 0 and not toks[start].newline else None
        if toks[start].text.lower() in role_words("led_by") and self._led_by(start):
            return start + 1
        rank = match_marker(toks, start)
        if rank is not None and rank[0] is Marker.RANK and rank[1] >= end:
            return end  # Komisaris Besar Polisi: a rank written out, not the post Komisaris
        # Keputusan Menteri Keuangan Nomor …, Pergub …: a regulation named after a post; Kantor
        # Lurah Tuminting, Rujab Bupati: a building named after the post it houses; a lowercase
        # document word is the common noun (keputusan Ketua Umum PDIP Megawati …: her decision)
        if prev is not None and (
            (prev.text.lower() in role_words("document") and prev.text[0].isupper())
            or prev.text.lower() in role_words("building")
        ):
            return end
        # wakil Malaysia Pearly Tan, wakil Indonesia di final: a bare `wakil` before a country or
        # region (no post after it) is a side's representative (a player, a delegate), no deputy
        if head == "wakil" and end == start + 1 and match_region(toks, end, self.n) > end:
            return end
        # Pejabat Pimpinan Tinggi Pratama: a civil-service grade, not a post with its holder
        if _grade_at(toks, end - 1):
            return end + 1
        capital_mid = toks[start].text[0].isupper() and start > 0 and not toks[start].newline
        if capital_mid and end == start + 1 and self._name_word_head(start):
            return end
        # a capitalised group head inside a longer capitalised name (Rapat Pimpinan Nasional)
        # is part of that name; full titles stay (Kunjungan Kerja Gubernur Bali Wayan Koster)
        if (
            head in role_words("weak_head")
            and capital_mid
            and toks[start - 1].kind is WORD
            and word_class(toks[start - 1].text) in (W.COM, W.ORG)
            and match_head(toks, start - 1) is None
            and start > 1
            and toks[start - 2].text not in _SENTENCE_OPENERS
            and toks[start - 2].kind is WORD
        ):
            return end
        # a capitalised occupation mid-sentence is a headline word (Mengajari 114 Siswa …)
        if not official and capital_mid and toks[start - 1].text not in _SENTENCE_OPENERS:
            return end
        return None

    def _name_word_head(self, start: int) -> bool:
        """A one-word head that is also a given name (Hakim), right after a given name with no
        punctuation between, is a word of that name (Lukman Hakim Abdul Rauf, Christine Hakim,
        Slamet …: no judge); after a body's word or a verb it stays the post (Majelis Hakim,
        dipimpin Hakim Ketua …)."""
        toks = self.toks
        prev = toks[start - 1]
        return (
            word_class(toks[start].text) in (W.AMB, W.GIV)
            and prev.kind is WORD
            and toks[start].space
            and prev.text[0].isupper()
            and word_class(prev.text) is W.GIV
        )

    # ---- one mention

    def mention(
        self, start: int, end: int, official: bool, head: str, *, loose: bool = False
    ) -> tuple[list[RoleMention], int] | None:
        """The holders named with the head at ``start`` (before ``end``), and where reading stops.
        A ``loose`` head (`kabid`, `kasat` in lowercase) must name its body in capitals, or a rank
        before the name."""
        m = _Mention(start, end, head, official, comp_end=end, run_end=end)
        self._link_before(m)
        if not self._read_run(m):
            return None
        # kasat reskrim iptu Bambang: a rank before the name names the post as surely as a body
        if loose and not any(e.kind in (W.ORG, W.ACR, Piece.REG, Marker.RANK) for e in first_segment(m.els)):
            return None
        if m.selaku:
            self._title_after_selaku(m)
        else:
            self._title_name(m)
        if not self._post_checks(m) or self._described_before(m):
            return None
        pair = self._hyphened_pair(m)
        if pair is not None:
            return pair
        if self._field_before_colon(m):
            m.names, m.comp_end = [], m.run_end
        toks = self.toks
        title_span = (toks[start].start, toks[max(m.comp_end, end) - 1].end)
        title = self.title(start, max(m.comp_end, end), head_end=end)
        if m.paren:
            # Gubernur (Bali Wayan Koster) -> Gubernur Bali
            title = " ".join((self.title(start, end) + " " + self.title(m.j0, m.comp_end)).split())
        if self._dash_holder(m):
            kept = (m.names, m.run_end)
            m.names, m.run_end = [], max(m.comp_end, end)
            found = self._name_first(m, title, title_span)
            if found is not None:
                return found
            m.names, m.run_end = kept
        if m.names:
            results = [self._role(seg, title, title_span, m.official) for seg in m.names]
            return [r for r in results if r is not None], m.run_end
        found = (
            None
            if m.selaku or m.apposed
            else self._name_after(m, title, title_span)
            or self._colon_name(m, title, title_span)
            or self._namely(m, title, title_span)
        )
        if found is not None:
            return found
        found = self._name_first(m, title, title_span)
        if found is None and m.link >= 2 and toks[m.start - m.link].text.lower() == "yang":
            # Sekretaris gugus tugas yang juga Kepala BPBD, Maidar, …; Kepala BP BUMN yang juga
            # menjabat sebagai COO Danantara, Dony …: no name before `yang`, a post of someone
            # named after the comma
            return self._name_after(m, title, title_span)
        if found is None and not m.selaku:
            return self._this_holder(m, title, title_span)
        return found

    def _hyphened_pair(self, m: _Mention) -> tuple[list[RoleMention], int] | None:
        """Bupati dan Wakil Bupati Tulangbawang Winarti-Hendriwansyah: two posts joined by `dan`
        before one word of two names glued by a hyphen, the run's last word: the first name holds
        the first post, the second the second (`_two_heads`); with one post the pair is a pair of
        candidates or a ticket, no holder (Ganjar-Mahfud)."""
        toks = self.toks
        if not m.official or m.names or not m.segs or len(m.segs[0][1]) < 2:
            return None
        last = m.segs[0][1][-1]
        if last.j - last.i != 1 or not _name_pair(toks[last.i].text):
            return None
        nxt = toks[last.j] if last.j < self.n else None
        if nxt is not None and nxt.kind is WORD and nxt.text[0].isupper() and not nxt.newline:
            return None  # Winarti-Hendriwansyah Putra …: more name words, no pair of one word each
        posts = _two_heads(self.title(m.start, last.i, head_end=m.end))
        if posts is None:
            return None
        a = toks[last.i].start
        cut = a + toks[last.i].text.index("-")
        names = ((a, cut), (cut + 1, toks[last.i].end))
        out = [
            RoleMention(self.text[s:e], post, (toks[m.start].start, toks[last.i].end), (s, e), True)
            for (s, e), post in zip(names, posts, strict=True)
        ]
        self.used.add(last.i)
        return out, last.j

    def _team_of_members(self, m: _Mention) -> bool:
        """`tim` after a member's word (`striker tim …`, `Kapten tim …`) or before a lowercase kind
        (`Tim esports …`): a sports team, whose players hold no post; `Tim Ahli Kementerian …`
        opening a sentence is a body's unit, a post (GUIDELINES §2)."""
        toks, k = self.toks, m.start
        if toks[k].text.lower() not in role_words("team_head"):
            return False
        member = k > 0 and not toks[k].newline and toks[k - 1].kind is WORD
        member = member and toks[k - 1].text.lower() not in speech_verbs()
        return member or (k + 1 < self.n and toks[k + 1].text.islower())

    def _described_before(self, m: _Mention) -> bool:
        """Mantan pelatih Persija Jakarta itu, eks Ketua Umum Partai Xyz tersebut: a post after a
        post's modifier, whose words end before a pointer back, describes someone named before;
        the capitalised words after the head are its body, no holder. Words that show a person
        (a given name, the model's PER, a rank or an honorific) are a holder all the same
        (`Mantan Kapolda Jenderal (Purn) Sutrisno itu`)."""
        toks = self.toks
        if not m.names or m.start == 0 or toks[m.start - 1].text.lower() not in role_words("post_modifier"):
            return False
        if any(el.kind is W.GIV or self.strong(el) or self.in_per(el) for name in m.names for el in name):
            return False
        k = max(m.run_end, m.names[-1][-1].j)
        if k < self.n and toks[k].text in role_words("and_word"):
            k += 1  # mantan pelatih Inter Milan dan Manchester City itu: two bodies
            while k < min(self.n, m.run_end + _MAX_SECOND_BODY) and toks[k].text[:1].isupper():
                k += 1
        return k < self.n and toks[k].text.lower() in role_words("body_pointer")

    def _this_holder(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Budi Santoso membuka pameran itu. Kepala Dinas Pariwisata Badung ini mengatakan …: a
        post that names its body, opens a sentence and is followed by `ini`/`tersebut` refers to
        the person named last before it, in the sentence before, when that person holds no post
        yet (a name the model found, or one named with an occupation)."""
        toks = self.toks
        after = max(m.comp_end, m.end)
        s = m.start
        if not (
            m.official
            # Tim pencari fakta EJK tersebut: a team is no person
            and toks[m.start].text.lower() not in role_words("team_head")
            and m.comp_end > m.end
            and after < self.n
            and toks[after].text.lower() in role_words("demonstrative")
            and (s == 0 or toks[s].newline or toks[s - 1].text in _SENTENCE_OPENERS)
        ):
            return None
        span = self._last_named(toks[s].start)
        if span is None:
            return None
        rm = RoleMention(proper_name(self.text, span), title, title_span, span, True)
        return [rm], after + 1

    def _last_named(self, pos: int) -> Span | None:
        """The name span ending last before ``pos``, at most one sentence back, of a person with no
        post: a PER span or a name given with an occupation; None if an official is named later."""
        cands = [(r.name_span, r.official) for r in self.earlier if r.name_span[1] <= pos]
        cands += [(sp, False) for sp in self.per_spans if sp[1] <= pos]
        if not cands:
            return None
        span, official = max(cands, key=lambda c: (c[0][1], c[1]))
        if official or any(
            r.official and r.name_span[0] < span[1] and span[0] < r.name_span[1] for r in self.earlier
        ):
            return None
        if len(sentence_breaks(self.text, span[1], pos)) > 1:  # `dr.`, `H.`: no sentence end
            return None
        return strip_name(self.text, span[0], span[1])

    def _link_before(self, m: _Mention) -> None:
        """Elyanie selaku Kasi …; Wayan yang juga Ketua DPD …: the title follows its holder's name."""
        toks, start = self.toks, m.start
        if start > 0 and toks[start - 1].text.lower() in role_words("as_word"):
            m.link = 1
        elif (
            start > 1
            and toks[start - 1].text.lower() in ("juga", "merupakan")
            and toks[start - 2].text.lower() == "yang"
            and (toks[start].text[0].isupper() or self._body_named_after(m.end))
        ):
            m.link = 2 + self._description_before(start - 2)
        m.link = max(m.link, self._holder_link(start))
        m.selaku = m.link > 0
        if start > 0 and not toks[start].newline and toks[start - 1].text.lower() in role_words("candidacy"):
            m.official = False  # calon presiden Prabowo: a post sought, not held (still a person)
        if m.link == 1 and toks[start - 1].text.lower() == "sebagai" and not toks[start].text[0].isupper():
            m.official = False  # maju sebagai presiden: a candidacy, not a post held (still a person)

    def _description_before(self, y: int) -> int:
        """Fatchul Anas, ayahnya yang juga pemilik …; Sari Rahman, ahli ekologi yang juga ketua
        …: up to three lowercase words between a name's comma and the `yang` at ``y`` describe
        that name; how many (0: none, or no comma and name before them)."""
        toks = self.toks
        k = y
        while k > 0 and y - k < _MAX_DESCRIPTION and toks[k - 1].kind is WORD and toks[k - 1].text.islower():
            k -= 1
        if k == y or k < 2 or toks[k - 1].text != "," or any(toks[x].newline for x in range(k, y + 1)):
            return 0
        words = {toks[x].text for x in range(k, y)}
        if words & role_words("and_word") or not self.name_before(k - 1):
            return 0
        return y - k

    def _body_named_after(self, j: int) -> bool:
        """Budi yang juga ketua Koperasi Sinar Abadi, … yang juga pemilik Kurnia Stable, … yang
        juga ketua jurusan Biologi Universitas X: a post in lowercase after `yang juga` is the
        named person's too when a body in capitals follows it, at most one lowercase word on
        (not `yang juga pemilik warung itu`: no organisation named)."""
        toks = self.toks
        for k in range(j, min(j + 2, self.n)):
            if toks[k].kind is not WORD or not toks[k].text[:1].isalpha():
                return False
            if toks[k].text[0].isupper():
                return True
        return False

    def _holder_link(self, start: int) -> int:
        """Rudi, yang menjabat sebagai Kepala Dinas …; Doni yang tengah menjabat sebagai Ketua …:
        the tokens of the longest `holder_link` phrase ending right before the head (0: none)."""
        toks, phrases = self.toks, role_words("holder_link")
        best = 0
        for k in range(max(0, start - _MAX_LINK), start):
            if toks[start].newline or any(toks[x].newline for x in range(k + 1, start)):
                continue
            if " ".join(toks[x].text.lower() for x in range(k, start)) in phrases:
                best = max(best, start - k)
        return best

    def _read_run(self, m: _Mention) -> bool:
        """The run after the head, with `_bracket_title`; False when the mention gives nothing."""
        toks, n, end = self.toks, self.n, m.end
        m.paren = end + 3 < n and toks[end].text == "(" and not m.selaku and toks[end + 2].text != ")"
        m.j0 = end + 1 if m.paren else end
        kec = m.head in role_words("kecamatan_head")
        m.els = self.elements(
            m.j0,
            kecamatan=kec,
            lowercase_ok=m.selaku,
            after_head=not m.paren,
            fields=m.official and not m.selaku,
        )
        if m.paren:
            self._bracket_title(m)
        elif not m.selaku:
            self._body_seat(m)
        m.segs = _list_in_body(self.toks, m.start, segments(m.els))
        if m.paren:
            # only a bracket holding a place and a name; `Kepala Lingkungan (Kepling)` is an abbreviation
            sp = self.split(m.segs[0][1], "") if len(m.segs) == 1 else None
            if sp is None or sp[0] == 0:
                return False
        last = m.els[-1].j - 1 if m.els else end - 1
        m.text = self.text[toks[m.start].start : toks[last].end]
        # a group word alone (tim, pimpinan, divisi), not inside a longer title (Ketua Tim …)
        first = match_head(toks, m.start)
        weak = role_words("weak_head")
        m.weak = m.head in weak and first is not None and first.text in weak
        return True

    def _body_seat(self, m: _Mention) -> None:
        """Rina, staf pemasaran di PT Maju Jaya, …: after a lowercase apposition whose post names
        no body yet, `di` before a body's name (an organisation's word or an acronym in it, no
        region) joins that body to the post, as written. Not after an owner's word (pemilik toko
        di Pasar …: where the shop stands), nor after a capitalised title (Bupati … di Pendopo)."""
        toks = self.toks
        if any(e.kind is not W.LOW for e in m.els) or m.head in role_words("owner_head"):
            return
        j = m.els[-1].j if m.els else self._field_before_di(m.end)
        if not (j + 1 < self.n and toks[j].text == "di" and self._lowercase_apposition(m)):
            return
        seg = first_segment(self.elements(j + 1, kecamatan=False))
        if any(e.kind in (W.ORG, W.ACR) for e in seg) and match_region(toks, j + 1, self.n) == j + 1:
            field = [El(x, x + 1, W.LOW, toks[x].text) for x in range(m.els[-1].j if m.els else m.end, j)]
            m.els = [*m.els, *field, El(j, j + 1, Piece.INNER, "di"), *seg]

    def _field_before_di(self, end: int) -> int:
        """staf pemasaran di …: where the lowercase field words after a head end at a `di`."""
        di = next(
            (k for k in range(end, min(self.n, end + _MAX_DESCRIPTORS + 1)) if self.toks[k].text == "di"),
            None,
        )
        return end if di is None or di == end else self._field_run(end, di) or end

    def _bracket_title(self, m: _Mention) -> None:
        """Gubernur (Bali Wayan Koster): a bracket of several words right after the head holds
        region and name."""
        close = next((x for x, e in enumerate(m.els) if e.kind is Piece.PAREN), None)
        m.els = m.els[:close] if close is not None else m.els
        if not (m.j0 < self.n and self.toks[m.j0 - 1].text == "("):
            m.els = []

    def _title_after_selaku(self, m: _Mention) -> None:
        """Elyanie selaku Kasi …: the whole run is the title; the name is before. It ends at a
        comma, also one right after the head (Andi selaku Direktur Utama, Bayu selaku …), and
        before the name of the next item of such a list (…, serta Sutrisno selaku …); as commas
        end it, `, dan`/`, serta` does too (… (ISA), serta Aditya, Editor in Chief …), and so does
        `dan` before two name words, a known given name among them."""
        toks = self.toks
        for si, (conn, seg) in enumerate(m.segs):
            if conn == "," or (si and seg and self.is_post_at(seg[0].i)):
                break
            if si and seg[-1].j < self.n and toks[seg[-1].j].text.lower() in role_words("as_word"):
                break
            if si and conn in role_words("and_word") and seg[0].i >= 2 and toks[seg[0].i - 2].text == ",":
                break
            if (
                si
                and conn in role_words("and_word")
                and len(seg) >= 2
                and seg[0].kind in (W.GIV, W.UNK)
                and seg[1].kind in NAMEISH
                and W.GIV in (seg[0].kind, seg[1].kind)
            ):
                break  # … selaku Kepala Dinas … tahun 2019 dan Guntur Abdul Nasser: the next person
            rank = next((e.i for e in seg if e.kind is Marker.RANK), None)
            if rank is not None:
                # … menjabat sebagai Ketua Umum PPAD Letjen TNI (Purn) Doni …: a rank opens a name
                if rank > seg[0].i:
                    m.comp_end = m.run_end = rank
                break
            m.comp_end = seg[-1].j
            m.run_end = m.comp_end

    def _title_name(self, m: _Mention) -> None:
        """Title – name: the segments after the head; the first name-like one holds the name,
        later ones more holders (… dan Hadi Suhendra) or an apposition after a comma."""
        for si, (conn, seg) in enumerate(m.segs):
            if si and seg and self.head_first(seg) and not self._unit_continues(m, si, conn, seg):
                break
            step = (
                self._first_holder(m, si, conn, seg) if not m.names else self._more_holders(m, si, conn, seg)
            )
            if not step:
                break
        # extra holders only when the list ends with dan/serta (… Rajudin Sagala dan Hadi Suhendra)
        if len(m.names) > 1:
            last_conn = None
            for c, s in m.segs:
                if s and s[0].i == m.names[-1][0].i:
                    last_conn = c
            if last_conn not in role_words("and_word"):
                m.names = m.names[:1]
                m.run_end = m.names[0][-1].j

    def _unit_continues(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """Direktur Perencanaan Strategis dan Humas BI, Budi Mulya: a unit after `dan` continues a
        title that has no name yet."""
        return (
            not m.names
            and conn in (*role_words("and_word"), "&")
            and self.toks[seg[0].i].text.lower() in role_words("unit_head")
            and not any(e.kind in (W.UNK, W.GIV) for e in m.segs[si - 1][1])
        )

    @staticmethod
    def _apposition_field(conn: str | None, seg: list[El]) -> bool:
        """Jumali, kepala Dinas Pendidikan dan Kebudayaan Lampung Tengah, …: after a lowercase post
        set after its holder, `dan` before a common or a body's word and no given name goes on
        with the post's body (a field of it), not to another person."""
        return (
            conn in role_words("and_word")
            and bool(seg)
            and seg[0].kind in (W.COM, W.ORG, W.ACR)
            and not any(e.kind in (W.GIV, W.AMB) for e in seg)
        )

    def _title_only(self, m: _Mention, seg: list[El]) -> bool:
        m.comp_end = seg[-1].j
        m.run_end = m.comp_end
        return True

    def _first_split(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> tuple[int, bool] | None:
        """Where the first holder's name starts in a segment (None: the segment is title)."""
        sp = self.split(seg, m.text)
        first = si == 0 and conn is None
        if (
            sp is not None
            and sp[0] == 0
            and first
            and m.head in role_words("village_head")
            and len(seg) >= 2
            and seg[0].kind in (W.UNK, W.COM, W.AMB)
            and all(e.kind in NAMEISH or e.kind is Piece.INIT for e in seg[1:])
            # the model's name over the village too: the article writes it as a place elsewhere
            # (Peratin Sukapura Setiawati … warga Pekon Sukapura)
            and (not sp[1] or self.place_like(seg[:1], m.text, elsewhere=True))
        ):
            sp = (1, True)  # Kades Sukamaju Ujang Saepudin: a village head's village comes first
        if sp is not None and sp[0] == 1 and m.head in role_words("village_head") and place_ends(seg, 1):
            return None  # Kepala Kampung Wono Agung, …: the village's last word, no holder
        if sp == (0, False) and first and not self.weak_name_ok(seg, m.head):
            sp = None
        if sp is not None and sp[0] == 1 and conn == "," and _given_place_first(seg):
            sp = (0, sp[1])
        return sp

    def _first_holder(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """The segment that holds the first name; False when reading stops."""
        if si and self._lowercase_apposition(m):
            # Adi (39), kepala Kampung Sukajawa, Kecamatan …: the holder came first
            m.apposed = self._apposition_field(conn, seg)
            if m.apposed:
                self._title_only(m, seg)
            return False
        sp = self._first_split(m, si, conn, seg)
        if sp is None and self._common_last_name(si, conn, seg):
            sp = (0, False)
        if si and conn == "," and sp is not None and sp[0] == 0 and self.district_at(seg[0].i, seg[-1].j):
            return self._title_only(m, seg)  # warga Sepangjaya, Labuhan Ratu, Ardi (29): a district
        if si == 0 and conn == "," and (sp is None or sp[0] != 0):
            # rapat Gubernur, Badan Pemerintah Harian …: after a bare head and a comma comes its
            # holder's name (Kepala Sekolah, Pak Moertodjo) or a list
            return False
        if sp is None:
            return (
                False
                if si and not (orglike(seg) or self._field_before_and(m, si, conn, seg))
                else self._title_only(m, seg)
            )
        x, certain = sp
        fields = x == 0 and si > 0 and conn in role_words("and_word") and self._field_after_and(seg)
        if fields:
            x = 1
        if x == 0 and conn == "&":
            # Samsung Electronics Southeast Asia & Oceania: `&` joins a body's or a unit's words,
            # never a title to its holder
            return self._title_only(m, seg)
        if self._capital_first_name(si, conn, seg, x):
            x = 0
        elif self._common_first_after_region(seg, x):
            x -= 1
        elif self._region_first_name(m, si, seg, x):
            x = 0
        if (
            self._shop_name(seg, x)
            or self._list_item(m, si, conn, seg, x)
            or self._dated_name(seg, x)
            or self._field_pair(m, si, seg, x)
            or self._place_list_end(m, si, conn, seg)
            or self._pair_before_holder(m, si, seg, x)
        ):
            return self._title_only(m, seg)
        if si and x > 0 and not fields and not orglike(seg[:x]):
            if not self._first_name_cut(conn, seg, x):
                return False
            x = 0
        if self._group_not_name(m, conn, seg, x):
            return False
        if (
            self._body_not_name(m, si, seg, x, conn)
            or self._title_goes_on(m, si, seg, x)
            or (not certain and self._english_link_before(m, si, seg, x))
        ):
            return self._title_only(m, seg)
        if si == 0 and self._named_before_comma(m, conn, seg, x):
            self._title_only(m, seg)
            return False
        if si == 0 and x == 0 and (self._lowercase_apposition(m) or self._owned_name(m)):
            # Rafiq Radinal, pemilik Arthayas Stable, …: capitals after a lowercase post set
            # after a name are its body, even where the model calls them a name
            self._title_only(m, seg)
            return False
        if self._after_english_link(seg, x):
            return False
        if x > 0:
            m.comp_end = seg[x - 1].j
        m.names.append(seg[x:])
        m.run_end = seg[-1].j
        m.weak_first = si == 0 and not certain
        # Ketua Sanggar Kahanjak Huang, Marini: after a word for a body known by its own name
        # (sanggar, galeri, kelompok) the words may be that name
        m.after_body = x > 0 and self.toks[seg[x - 1].i].text.lower() in named_bodies()
        return True

    def _named_before_comma(self, m: _Mention, conn: str | None, seg: list[El], x: int) -> bool:
        """Marini, Ketua Sanggar Kahanjak Huang: the name came first, the title that follows it
        holds no second name. Matt Allison, direktur eksekutif Serge, …: one unknown word only the
        model calls a name; Chris Feng, CEO Shopee: the one word right after a bare head, too, but
        for a post named by its holder (Donald Trump, Presiden Prabowo tampil …)."""
        bare_head_body = len(seg) == 1 and conn is None and m.head not in role_words("personal_head")
        return (
            (x > 0 or bare_head_body)
            and (not self.strong(seg[x]) or (len(seg) - x == 1 and seg[x].kind is W.UNK))
            and m.start > 1
            and self.toks[m.start - 1].text == ","
            and bool(self.name_before(m.start - 1))
        )

    def _field_after_and(self, seg: list[El]) -> bool:
        """Kabid Kedaruratan dan Logistik Mekal Novisa; Kabid Hubungan Industri dan Jamsos Andri
        (`kata Andri` elsewhere): after a post with no holder yet, the one word after `dan` that is
        no given name and never used as a name elsewhere is another field of the post when a name
        of two words, or one the article uses, follows it."""
        if len(seg) < 2 or self.toks[seg[0].i - 2].text == ",":
            return False  # …, dan Budi Santoso: the last item of a list
        first = seg[0].kind in (W.UNK, W.COM, W.AMB) and self._never_a_name(seg[0])
        return first and (len(seg) >= 3 or not self._never_a_name(seg[1]))

    def _field_before_and(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """Deputi Bidang … Pembangunan Wilayah, Agraria, dan Tata Ruang Nazib …: one capitalised word
        with no name in it between commas, before `dan` and the title's last field, is an item of
        the list of the unit's fields; the title goes on past it."""
        if not (conn == "," and len(seg) == 1 and si + 1 < len(m.segs) and seg[0].kind not in NAMEISH):
            return False
        nconn, nxt = m.segs[si + 1]
        return nconn in role_words("and_word") and bool(nxt) and not self.head_first(nxt)

    def _lowercase_apposition(self, m: _Mention) -> bool:
        """Whether the head is written in lowercase right after a name and a comma (`Budi Hartono,
        pemilik …`, `Anto Budiarto, pengurus …`): an apposition describing that name, where a
        title before its holder is capitalised (`Pemilik … Budi`)."""
        toks = self.toks
        if not (toks[m.start].text[:1].islower() and m.start > 1 and toks[m.start - 1].text == ","):
            return False
        b = m.start - 1
        if b >= 3 and toks[b - 1].text == ")" and toks[b - 2].kind is NUMBER and toks[b - 3].text == "(":
            b -= 3  # Adi Kurniawan (39), kepala Kampung …: an age between the name and the comma
        # tersangka, yakni Adi Kurniawan (39), kepala …: the name may have been read as another's,
        # or used elsewhere after a place's word (ke Kepala Kampung Adi Kurniawan): a PER ends there
        end = toks[b - 1].end
        return bool(self.name_before(b, reuse=True)) or any(e == end for _, e in self.per_spans)

    def _owned_name(self, m: _Mention) -> bool:
        """Whether the head is an owner's word in lowercase (`pemilik`, `owner`): capitals right
        after it name what is owned (`yang juga pemilik Kurnia Stable`, `pemilik Kebab Baba
        Rafi`), not its owner, who is named before it or after a comma; a capitalised `Pemilik`
        opens a title with its holder after the business (`Pemilik UMKM Galeri Huma Lilis Lamiang`)."""
        return m.head in role_words("owner_head") and self.toks[m.start].text[:1].islower()

    def _body_not_name(self, m: _Mention, si: int, seg: list[El], x: int, conn: str | None) -> bool:
        """Capitalised words after a group word or an occupation that name what it is about,
        not a holder: pengurus Munas Ancol (one unknown word after a group); nasabah Bank
        Century, siswa SMKN Xyz, pemenang American Idol (no given name after an occupation)."""
        if self.strong(seg[x]):
            return False
        if si == 0 and m.head in role_words("weak_head") and len(seg) - x == 1 and seg[x].kind is W.UNK:
            # Kepala Staf Kepresidenan Moeldoko … kata Moeldoko: a word the article says alone as a
            # speaker or an addressee elsewhere is a one-word name, not the group's
            return not self.said_alone(seg[x])
        if conn == "," and x == 0 and si == 0:
            return False  # tokoh masyarakat, Rosada di …: a name after the comma
        return not m.official and (
            (x > 0 and seg[x - 1].kind in (W.ORG, W.ACR, Piece.REG))
            or not any(e.kind is W.GIV for e in seg[x:])
        )

    def _list_item(self, m: _Mention, si: int, conn: str | None, seg: list[El], x: int) -> bool:
        """Kepala UPT Perikanan, Kelautan dan Peternakan, Wiyono: an unsure word after a
        comma, followed by `dan` and a segment with no name in it, is an item of a list that names
        the body's fields; the holder comes after the list. Common words before the unsure word
        are of the item too (Dinas Pemuda, Olah Raga, dan Pariwisata: Raga is no holder)."""
        if si == 0 and conn is None and x == 0:
            return self._fields_first(m, seg)
        if not (si and conn == "," and si + 1 < len(m.segs) and all(e.kind is W.COM for e in seg[:x])):
            return False
        # Direktur Logistik, Supply Chain dan Infrastruktur Pertamina Gandhi …: a PER span on the
        # item does not make it a name; a given name, particle or marker does
        if not _list_word(seg):
            return False
        t = si + 1
        # Pengawasan Obat, Narkotika, Psikotropika, Prekursor, dan Zat Adiktif: more items of one
        # word each may come before the `dan` that closes the list (not a body: Bupati Mimika,
        # Valentinus …, BPBD, dan Dinas Sosial thanks a holder and two bodies)
        while len(seg) == 1 and t + 1 < len(m.segs) and m.segs[t][0] == "," and _field_item(m.segs[t][1]):
            t += 1
        nconn, nxt = m.segs[t]
        if nconn not in (*role_words("and_word"), "&") or not nxt or self.head_first(nxt):
            return False
        sp = self.split(nxt, m.text)
        # the last item names no one, or its name comes after more of the body (… dan Budaya
        # Desa Kemenko Perdesaan Rahmat Sudibyo)
        return sp is None or (sp[0] > 0 and orglike(nxt[: sp[0]]))

    def _fields_first(self, m: _Mention, seg: list[El]) -> bool:
        """Direktur Supply Chain, Logistik dan Infrastruktur Gandhi Sriwidodo: unsure words right
        after an official's head, then items of one word after commas, `dan` and a last field with
        the holder after it, are the first item of the list of the unit's fields, no holder (the
        model's PER over the item does not make it a name; a given name or a marker does)."""
        if not (
            m.official and len(m.segs) > 2 and all(e.kind in (W.UNK, W.COM) for e in seg) and _list_word(seg)
        ):
            return False
        t = 1
        while t + 1 < len(m.segs) and m.segs[t][0] == "," and _field_item(m.segs[t][1]):
            t += 1
        nconn, nxt = m.segs[t]
        if t == 1 or nconn not in role_words("and_word") or not nxt or self.head_first(nxt):
            return False
        sp = self.split(nxt, m.text)
        if sp is None and t + 1 < len(m.segs) and m.segs[t + 1][0] == ",":
            sp = self.split(m.segs[t + 1][1], m.text)  # … dan Infrastruktur, Gandhi: after a comma
            return sp is not None and sp[0] == 0
        return sp is not None and sp[0] > 0

    def _first_name_cut(self, conn: str | None, seg: list[El], x: int) -> bool:
        """Kabid Permodalan, Enggang Sutami Jaya, mengatakan …: after the comma that closes a
        title, one or two unsure words right before the model's name, the name closing the clause,
        are the first name the model cut off (an apposition names one person)."""
        return (
            conn == ","
            and x <= 2
            and all(e.kind in (W.UNK, W.GIV) and not self.in_per(e) for e in seg[:x])
            and self.strong(seg[x])
            and self._closes_clause(seg[-1].j)
        )

    def _field_pair(self, m: _Mention, si: int, seg: list[El], x: int) -> bool:
        """Kasi Pupuk Pestisida dan Alsintan pada DTPH setempat, Falent Herindo: unsure words that
        `dan` and another field word follow, that word going on into the body (`pada DTPH`, `Dinas
        Tanaman Pangan`), are the first field of the unit's name, not a holder; the holder comes
        after the body. A name the model or the lexicon is sure of stays (Bupati Agus Istiqlal dan
        Forkopimda: no field word after `dan`)."""
        if si + 1 >= len(m.segs) or not all(e.kind in (W.UNK, W.COM) for e in seg[x:]):
            return False
        if any(self.strong(e) for e in seg[x:]):
            return False
        conn, nxt = m.segs[si + 1]
        if conn not in (*role_words("and_word"), "&") or len(nxt) < 2 or nxt[0].kind not in (W.UNK, W.COM):
            return False
        if self.strong(nxt[0]) or self.head_first(nxt):
            return False
        sp = self.split(nxt, m.text)
        body = nxt[1 : sp[0]] if sp is not None else nxt[1:]
        return bool(body) and body[0].kind in (W.ORG, W.ACR, Piece.INNER)

    def _after_english_link(self, seg: list[El], x: int) -> bool:
        """Manager Public Affairs and Sustainability Aqua …: words right after an English function
        word inside a body's name go on with that name; no holder starts there."""
        return (
            x > 0 and seg[x - 1].kind is W.LOW and self.toks[seg[x - 1].i].text in role_words("english_link")
        )

    def _dated_name(self, seg: list[El], x: int) -> bool:
        """Ketua Panpel Ibbamnas 2018, Hermansyah: unsure words right after the title that a year
        and a comma follow are an event's or body's name (a person is not dated so); the holder
        comes after the comma."""
        toks, j = self.toks, seg[-1].j
        year = seg[-1].i if seg[-1].kind is Piece.NUM else j
        words = seg[:-1] if year == seg[-1].i else seg
        return (
            x == 0
            and bool(words)
            # the model may call the words a name; a given name or particle makes one
            and not any(e.kind in (W.GIV, W.PART) or isinstance(e.kind, Marker) for e in words)
            and year + 1 < self.n
            and regex.fullmatch(year_rx("year"), toks[year].text) is not None
            and toks[year + 1].text == ","
        )

    def _place_list_end(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """Kepala Desa Sukamaju, Sukadana, dan Sukaraja hadir …: after a title that ends in its place
        (a known region, or the word after an administrative word: Desa Sukamaju) and more places
        of one word after commas, `dan` and one unknown word ending the phrase is the list's last
        place, no holder (the heads of three villages); a word the article says alone as a name
        elsewhere stays a holder."""
        if not (
            si
            and conn in role_words("and_word")
            and len(seg) == 1
            and seg[0].kind is W.UNK
            and self._ends_phrase(seg[0].j)
            and all(c == "," and len(s) == 1 and s[0].kind in (W.UNK, Piece.REG) for c, s in m.segs[1:si])
        ):
            return False
        first = m.segs[0][1]
        if not first or not (
            first[-1].kind is Piece.REG or self.toks[first[-1].i - 1].text.lower() in admin_words()
        ):
            return False
        return not self.said_alone(seg[0])

    @staticmethod
    def _pair_before_holder(m: _Mention, si: int, seg: list[El], x: int) -> bool:
        """Ketua Tim Pemenangan Nasional (TPN) Ganjar Pranowo-Mahfud MD, Arsjad Rasjid menilai …: two
        names joined by a hyphen (the second glued to the first's last word, more of its name after
        it: a pair of candidates, a head and a deputy) are no one person's name; before a comma and
        another name they name whom the body works for, the title goes on to the holder after the
        comma. A hyphened last word is a family name of two parts (Menlu Inggris Yvette
        Cooper-Jones, Senin, …), the holder's."""
        if si + 1 >= len(m.segs) or m.segs[si + 1][0] != "," or not m.segs[si + 1][1]:
            return False
        return any(_name_pair(e.text) for e in seg[x + 1 : -1])

    def _shop_name(self, seg: list[El], x: int) -> bool:
        """pengelola Toko Sinar Abadi: right after a capitalised word for a shop, words that are no
        given name, particle or sure start are the shop's own name; its holder is not named there."""
        if x == 0:
            return False
        shop = self.toks[seg[x - 1].i].text
        return (
            shop[0].isupper()  # pemilik warung Sumiati: a generic noun, then a name
            and shop.lower() in role_words("shop_word")
            and not any(e.kind in (W.GIV, W.PART) or self.strong(e) for e in seg[x:])
        )

    def _common_last_name(self, si: int, conn: str | None, seg: list[El]) -> bool:
        """Kepala Balai … Bali-Penida, Maryadi Utama, menjelaskan …: after a comma that closes a
        title, name-like words ending in a word that is also a common word (Utama, Jaya) are a
        name when a comma or the sentence's full stop closes them (an apposition: … Barat, Bintang
        Pamungkas.); not a place, office or facility word."""
        if not (si and conn == "," and len(seg) >= 2 and seg[-1].kind is W.COM):
            return False
        last = seg[-1]
        low = last.text.lower()
        return (
            all(e.kind in NAMEISH for e in seg[:-1])
            and not _place_or_noun(low)
            and last.j < self.n
            and self.toks[last.j].text in (",", ".")
            and not self.place_like(seg)  # di Sukamaju Baru elsewhere: a place
        )

    def _capital_first_name(self, si: int, conn: str | None, seg: list[El], x: int) -> bool:
        """Kepala Dinas Pertanian Kabupaten Ende, Bagus Laka Wara, menyampaikan …: after a comma
        that closes a title, a first name that is also a common word starts the name when two
        name words follow and the name ends the phrase; so does a first name that is also a
        region (Ketua Dewan Pengurus APEKSI, Bima Arya Sugiarto,) when two given names follow,
        and an initial (Plh Bupati Pesisir Barat, N Lingga Kusuma,), which no place opens."""
        if not (si and conn == "," and x >= 1 and len(seg) >= 2 and self._ends_phrase(seg[-1].j)):
            return False
        if seg[0].kind is Piece.INIT:
            return seg[-1].kind in NAMEISH and all(e.kind in NAMEISH or e.kind is Piece.REG for e in seg[1:])
        if seg[0].kind is Piece.REG:
            return len(seg) >= 3 and all(e.kind is W.GIV for e in seg[1:])
        # a first name the model opens its name with needs one name word after it (Kepala Bidang
        # Peternakan Tulang Bawang, Nasib Subagiyo,), one the model leaves out two
        if not (seg[0].kind is W.COM and len(seg) >= (2 if self.strong(seg[0]) else 3)):
            return False
        if _place_or_noun(seg[0].text.lower()):
            return False
        return all(e.kind in NAMEISH for e in seg[1:])

    def _common_first_after_region(self, seg: list[El], x: int) -> bool:
        """Sekda Kota Metro Bangkit Haryo Utomo: a capitalised common word between the region that
        closes the title and a name of two words or more (a known given name among them) is the
        first name; not a word that ends place names in the gazetteers (Kota Metro Baru …), a
        level, facility or derived noun, nor a word used as a place in the article."""
        if not (x >= 2 and seg[x - 1].kind is W.COM and seg[x - 2].kind is Piece.REG and len(seg) - x >= 2):
            return False
        low = seg[x - 1].text.lower()
        return (
            all(e.kind in NAMEISH for e in seg[x:])
            and any(e.kind is W.GIV for e in seg[x:])
            and low not in place_end_words()
            and not _place_or_noun(low)
            and not self.place_like(seg[x - 1 : x])
        )

    @staticmethod
    def _region_first_name(m: _Mention, si: int, seg: list[El], x: int) -> bool:
        """serta anggota Bintan R Saragih dan Wahiduddin Adams: right after a member's head (anggota,
        staf: a member is of a body, never of a region alone), a region of one word with an initial
        and a name after it is the first name, no place of the post; after a personal head or a
        head a region may have (Wali Kota Medan M Bobby …, pelatih tim Papua M Yusuf, Koordinator
        Aceh M Nasir) the region stays its place."""
        return (
            si == 0
            and x == 1
            and len(seg) >= 3
            and seg[0].kind is Piece.REG
            and seg[0].j - seg[0].i == 1
            and seg[1].kind is Piece.INIT
            and m.head in role_words("member_head")
        )

    def _title_goes_on(self, m: _Mention, si: int, seg: list[El], x: int) -> bool:
        """Manager Communication, Relations & CSR PT Pertamina, Eko …: one unsure word followed by
        `&` or a comma and more organisation is a part of the title, not its holder; the holder
        comes after a further comma, or right after that organisation (Kepala Departemen
        Pengelolaan Moneter & Aset Sekuritas BI Erwin …). Before `dan`/`serta` too when the
        article never calls anyone by the word (Direktur Manajemen Epidemi dan Pandemi WHO, Maria
        …; Dirjen Pembinaan Hubungan Industrial dan Jaminan Sosial … Kementerian … Hayani), even
        where only the model calls the word a name; a particle or a marker before it is sure."""
        if len(seg) - x != 1 or seg[x].kind is W.GIV or self._sure_by_lexicon(seg[x]):
            return False
        model_only = self.strong(seg[x])  # only the model's PER: it yields before `dan`/`sekaligus`
        if si + 1 >= len(m.segs):
            j = seg[-1].j
            if not self._second_post_after(j):
                return False
            return self._never_a_name(seg[x]) or self._comma_name_after(j + 1)
        conn, nxt = m.segs[si + 1]
        joined = (conn in ("&", ",") and not model_only) or (
            conn in role_words("and_word") and self._never_a_name(seg[x])
        )
        if not (joined and any(e.kind in (W.ORG, W.ACR) for e in nxt) and not self.head_first(nxt)):
            return False
        if si + 2 < len(m.segs):
            return True
        sp = self.split(nxt, m.text)
        return sp is not None and sp[0] > 0 and orglike(nxt[: sp[0]])

    def _sure_by_lexicon(self, el: El) -> bool:
        """Whether a particle or a marker (honorific, degree, rank) makes ``el`` a name's start,
        whatever the model says."""
        return el.kind is W.PART or isinstance(el.kind, Marker)

    def _english_link_before(self, m: _Mention, si: int, seg: list[El], x: int) -> bool:
        """Direktur Institute for Development of Economics and Finance, Tauhid Ahmad …; Senior
        Director of Laptops Google, Alex Kuscher …: a name the rules start right after an English
        function word (of, for, and) is the rest of a body's or a unit's English name when a
        comma and a name of two words or more follow, after more of the name joined by `&` (not
        one more word of a list: … in Finance, Economics, and Development, …)."""
        if not (
            0 < x < len(seg) and seg[x - 1].kind is W.LOW and seg[x - 1].text in role_words("english_link")
        ):
            return False
        for conn, nxt in m.segs[si + 1 :]:
            if conn == "&":
                continue  # Senior Director of Laptops & Tablets Google, Alex …: more of the unit
            return conn == "," and (
                self.strong(nxt[0]) or (len(nxt) >= 2 and all(e.kind in NAMEISH for e in nxt))
            )
        return False

    def _second_post_after(self, j: int) -> bool:
        """COO Danantara sekaligus Kepala Badan …, Dony Oskaria: whether `sekaligus` (a second post
        of the same person) and a post's head follow the run at ``j``: the holder comes after the
        second post, the word before `sekaligus` is the first post's."""
        return (
            j + 1 < self.n
            and self.toks[j].text.lower() in role_words("second_post")
            and self.is_post_at(j + 1)
        )

    def _comma_name_after(self, k: int) -> bool:
        """COO Danantara sekaligus Kepala Badan Pengaturan BUMN, Dony Oskaria: whether the post
        opening at ``k`` runs, within its sentence, to a comma and a capitalised name: the holder
        is named after both posts, so the word before `sekaligus` is a body even where the model
        calls it a name everywhere."""
        toks, n = self.toks, self.n
        if k >= n:
            return False
        end = min(n - 1, k + _MAX_PLACE_PHRASE)
        while k < end and toks[k].text not in _NAME_END_PUNCT:
            k += 1
        nxt = toks[k + 1] if k + 1 < n else None
        return (
            toks[k].text == ","
            and nxt is not None
            and nxt.kind is WORD
            and nxt.text[0].isupper()
            and (nxt.start in self.per_starts or word_class(nxt.text) in NAMEISH)
        )

    def _never_a_name(self, el: El) -> bool:
        """Whether the article never calls anyone by the word of ``el``: no speaker or addressee
        (`kata Harda`, `Harda mengatakan`) and no PER entity at another place."""
        return not self.said_alone(el, before_verb=True, here=False) and not self._per_elsewhere(el)

    def _group_not_name(self, m: _Mention, conn: str | None, seg: list[El], x: int) -> bool:
        """tim Arrows, dan Ferrari; Divisi Bago dan Divisi Pegu: after a group word a name must be
        sure, the words are more often another team or unit."""
        if not m.weak or self.strong(seg[x]) or any(e.kind is W.GIV for e in seg[x:]):
            return False
        return self.toks[m.start].text.lower() == "tim" or (
            conn in role_words("and_word")
            and not any(e.kind in (W.ORG, W.ACR, Piece.REG) for e in m.els if e.j <= m.comp_end)
        )

    def _more_holders(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """After a name: more holders of the title, or `_title_comma_name`."""
        sp = self.split(seg, m.text)
        if sp is None or sp[0] != 0:
            return False
        if len(m.names) == 1 and conn == "," and self._title_comma_name(m, si, seg):
            return True
        if len(seg) == 1 and seg[0].kind is not W.GIV and not self.strong(seg[0]):
            return False  # Presiden Susilo Bambang Yudhoyono (SBY) dan Sultan: one unsure word
        if conn in role_words("and_word") and self._own_post_after(seg[-1].j):
            return False
        m.names.append(seg)
        m.run_end = seg[-1].j
        return True

    def _own_post_after(self, j: int) -> bool:
        """Menpora Imam Nahrawi dan Erick Thohir, Ketua Pelaksana …: a name added to a holder by
        `dan` that a comma and a post of its own follow holds that post, not the shared one."""
        toks = self.toks
        return j + 1 < self.n and toks[j].text == "," and self.is_post_at(j + 1)

    def _title_comma_name(self, m: _Mention, si: int, seg: list[El]) -> bool:
        """Title, name: Ketua Yayasan PPNU Trate, Elvi Wahyudi: the first "name" was more of the
        organisation when it was unsure and a surer name follows the comma."""
        first = m.names[0]
        unsure = m.weak_first or (
            not any(e.kind in (W.GIV, W.PART) for e in first)
            and (
                any(e.kind in (W.GIV, W.PART) or isinstance(e.kind, Marker) for e in seg)
                # Sekretaris Perusahaan Indofood, Clara Suraya: one unknown word, then a fuller name
                or (len(first) == 1 and sum(e.kind in NAMEISH for e in seg) >= 2)
                or (m.after_body and all(e.kind in NAMEISH for e in seg))
            )
            and not any(self.strong(e) for e in first)
        )
        last = si == len(m.segs) - 1 or (m.segs[si + 1][1] and self.is_post_at(m.segs[si + 1][1][0].i))
        ranked = _ranked_after(first, seg) and self._closes_apposition(seg[-1].j)
        if not ((unsure or ranked or self._model_only_first(first, seg)) and last):
            return False
        m.comp_end = first[-1].j
        m.names = [seg]
        m.run_end = seg[-1].j
        m.weak_first = False
        return True

    def _closes_apposition(self, j: int) -> bool:
        """Whether the name ending at token ``j`` closes an apposition: a sentence end, or a comma
        before a lowercase word (…, Marsma TNI Budi, kepada wartawan), not one item of a list."""
        toks, n = self.toks, self.n
        if j >= n or toks[j].text in (".", ";", "!", "?"):
            return True
        nxt = toks[j + 1].text if j + 1 < n else ""
        return toks[j].text == "," and nxt[:1].islower() and nxt not in role_words("and_word")

    def _model_only_first(self, first: list[El], seg: list[El]) -> bool:
        """Kuasa hukum Suherni, Made Wirawan, mengatakan …; Petugas … Kecamatan (P2BK) Sukajaya, Andi
        Saputra, …: one unknown word that only the model calls a name, then a name of two words
        or more closed by a comma (an apposition): the second name holds the title, the first is
        more of it (the body, the place, the client). Direktur Onkologi Anak, Dr Rina Sari; CEO
        Sentosa Life, Budi Hartono.: two such words (no given name, particle or marker the
        lexicon knows) before a name that opens with an honorific or has two name words and
        closes the sentence or the phrase."""
        if not (
            1 <= len(first) <= _MAX_BODY_WORDS
            and all(e.kind in (W.UNK, W.COM) for e in first)
            and any(e.kind is W.UNK for e in first)
            and seg[-1].j <= self.n
        ):
            return False
        if len(first) == 1:
            return (
                sum(e.kind in NAMEISH for e in seg) >= 2
                and seg[-1].j < self.n
                and self.toks[seg[-1].j].text == ","
            )
        titled = seg[0].kind in (Marker.HON, Marker.PRE)
        return (titled or sum(e.kind in NAMEISH for e in seg) >= 2) and self._closes_clause(seg[-1].j)

    def _closes_clause(self, j: int) -> bool:
        """Whether token ``j`` ends the clause a name stands in: the end, a full stop, a lowercase
        word, or a comma and a lowercase word (not the next item of a list: a capital, `dan`)."""
        toks, n = self.toks, self.n
        if j >= n or toks[j].newline or toks[j].text in (".", "!", "?"):
            return True
        if toks[j].text == ",":
            j += 1
            if j >= n or toks[j].newline:
                return True
        # … , Intan Sari Dewi, dan para bupati: `dan` after the comma goes on with a list of people
        return (
            toks[j].kind is WORD and toks[j].text[0].islower() and toks[j].text not in role_words("and_word")
        )

    @staticmethod
    def _named_body(m: _Mention) -> bool:
        """Whether the title names its body in capitals (not only `pemilik warung`)."""
        return any(e.kind is not W.LOW for e in m.els if e.j <= m.comp_end)

    def _post_checks(self, m: _Mention) -> bool:
        """Whether the head names a post here; occupations and group words without an
        organisation are no post. False when the mention gives nothing at all."""
        toks, end, n = self.toks, m.end, self.n
        if (
            m.official
            and not self._named_body(m)
            and not m.selaku
            and end < n
            and toks[end].kind is WORD
            and toks[end].text[0].islower()
            # Kabid perdagangan Panji: an office's own head names a post with its field in lowercase
            and not (m.head in office_heads() and m.els and m.els[0].kind is W.LOW)
            # ketua panitia Rosiany, presiden klub Pablo: a post of a body written as a lowercase
            # organisation word (not an owner's: pemilik warung, Sumiati owns a shop)
            and not (
                m.head not in role_words("owner_head")
                and m.els
                and m.els[0].kind is W.LOW
                and m.els[0].text.lower() in org_words()
            )
            # Bupati lampung barat Parosil: the region, written in lowercase
            and not (m.els and m.els[0].kind is Piece.REG)
            # Kepala Desa setempat Sumardi: `setempat` names the place the post is of
            and toks[end].text.lower() not in role_words("body_local")
        ):
            m.official = False  # pemilik warung, Sumiati (52): an occupation with no organisation named
        if (
            m.official
            and not m.selaku
            and m.head in role_words("weak_head")
            and m.comp_end == end
            and not m.paren
        ):
            # dibawah Pimpinan Lettu Czi Mochtar, tim Sri Mulyani: a group word with no organisation
            m.official = False
        if m.official and not m.selaku and self._team_of_members(m):
            # striker tim Persik Kediri Budi Santoso, Tim esports Indonesia yaitu …: a team's members
            # or the teams it lists hold no post (Budi, selaku Tim Kreatif: a post given as a unit)
            return False
        if m.official and m.head in role_words("owner_head") and m.comp_end > end:
            comp = [e for _, seg in m.segs for e in seg if e.j <= m.comp_end]
            if comp and toks[comp[0].i].text.lower() in geo_words():
                # pemilik Gunung Helikon: owning a place names no business, and the words after it
                # are more of the place unless they are surely a name
                m.official = False
                m.names = [s for s in m.names if self.strong(s[0]) or any(e.kind is W.GIV for e in s)]
                if not m.names:
                    return False
        return True

    def _name_after(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Title … , name: no name in the run; look after a place phrase."""
        toks = self.toks
        after = self.name_after(m.run_end, official=m.official)
        if (
            after is not None
            and not m.official
            and toks[after[0][0].i - 1].text != ","
            and not self.weak_name_ok(after[0], "")
        ):
            return None  # pimpinan klasemen Juventus: one unknown word after an occupation
        if after is None or self._list_goes_on(after[1]):
            return None
        seg, nxt = after
        c = seg[0].i - 1  # the comma before the name
        if m.official and m.run_end < c and toks[m.run_end].text == "dari" and toks[c].text == ",":
            between = toks[m.run_end + 1 : c]
            if all(
                t.kind is not WORD or t.text[0].isupper() or t.text in ("dan", "&") for t in between
            ) and any(t.kind is WORD and word_class(t.text) in (W.ORG, W.ACR) for t in between):
                # anggota DPRD Provinsi Bali dari Fraksi PDI Perjuangan, I Nyoman Parta: the
                # faction or unit after `dari` belongs to the title
                title = self.title(m.start, c, head_end=m.end)
                title_span = (toks[m.start].start, toks[c - 1].end)
        elif m.run_end < c and self._scope_phrase(m.run_end, m.official):
            title = self.title(m.start, c, head_end=m.end)  # … wilayah Kepulauan Anambas: of the title
            title_span = (toks[m.start].start, toks[c - 1].end)
        rm = self._role(seg, title, title_span, m.official)
        return ([rm], nxt) if rm is not None else None

    def _list_goes_on(self, j: int) -> bool:
        """`peserta dari Nagari Unggan, Silantai, Manganti dan …`: after the "name" at ``j`` a comma,
        capitalised words and another comma or `dan`: an item of a list (of places, bodies), not
        a name set off after its title."""
        toks, n = self.toks, self.n
        if not (j + 1 < n and toks[j].text == "," and not toks[j + 1].newline):
            return False
        k = j + 1
        while (
            k < n
            and toks[k].kind is WORD
            and toks[k].text[:1].isupper()
            and word_class(toks[k].text) in NAMEISH
        ):
            k += 1
        return k > j + 1 and k < n and (toks[k].text == "," or toks[k].text.lower() in role_words("and_word"))

    def _colon_name(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Title: name, as lists of a board or a party's officers write it (Komisaris Utama: Budi
        Santoso - Direktur Keuangan: …)."""
        holder = self._colon_holder(m)
        if holder is None:
            return None
        rm = self._role(holder[0], title, title_span, True)
        return ([rm], holder[1]) if rm is not None else None

    def _colon_holder(self, m: _Mention) -> tuple[list[El], int] | None:
        """The name after a title's colon and the token after it: a name from its first word,
        closed by a dash, an asterisk, a comma, a full stop or the line's end; None if there is
        none."""
        toks, c = self.toks, m.run_end
        if not (m.official and c + 1 < self.n and toks[c].text == ":" and not toks[c + 1].newline):
            return None
        seg = first_segment(self.elements(c + 1, kecamatan=False))
        sp = self.split(seg, "") if seg else None
        if sp is None or sp[0] != 0:
            return None
        nxt = seg[-1].j
        if nxt < self.n and not toks[nxt].newline and toks[nxt].text not in _LIST_CLOSERS:
            return None
        return seg, nxt

    def _field_before_colon(self, m: _Mention) -> bool:
        """Direktur Network dan Retail Funding: Aquarius Rudianto • …: capitals that close a post
        right before a colon, none of them a known given name, particle or honorific, are the
        post's field when a holder follows the colon (a board's list); Ketua Budi Santoso: … keeps
        its name."""
        c = m.run_end
        return (
            len(m.names) == 1
            and c + 1 < self.n
            and self.toks[c].text == ":"
            and not any(e.kind in (W.GIV, W.PART) or e.kind in NAME_MARKERS for e in m.names[0])
            and (holder := self._colon_holder(m)) is not None
            and self._holder_span(holder[0]) is not None
        )

    def _namely(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Anggota DPR RI Fraksi PKB yakni Muhammad Khadafi dan Ela Siti Nuryamah; Ketua DPRD Bantul,
        yaitu Budi Santoso: the holders named after `yakni`/`yaitu`/`yang bernama` that follows a post
        naming its body; each a name from its first word, joined by commas and `dan`/`serta`."""
        toks, c = self.toks, m.run_end
        if c < self.n and toks[c].text == ",":
            c += 1
        # Lurah Gedong yang bernama Hasan: `yang bernama` (who is named) as `yakni`; a bare
        # `bernama` after a body names the body (startup … bernama Altur)
        named = c + 1 < self.n and toks[c].text == "yang" and toks[c + 1].text == "bernama"
        c += named
        if not (
            m.official
            and m.comp_end > m.end
            and c + 1 < self.n
            and (named or toks[c].text.lower() in role_words("namely"))
        ):
            return None
        segs = segments(self.elements(c + 1, kecamatan=False))
        out: list[RoleMention] = []
        stop = c
        for si, (conn, seg) in enumerate(segs):
            sp = self.split(seg, "") if seg else None
            if (
                (si and conn not in (",", *role_words("and_word")))
                or sp is None
                or sp[0] != 0
                or self.head_first(seg)
            ):
                break
            rm = self._role(seg, title, title_span, True)
            if rm is None:
                break
            out.append(rm)
            stop = seg[-1].j
        return (out, stop) if out else None

    def _name_first_start(self, m: _Mention) -> tuple[int, int, bool] | None:
        """Where a name before the title must end, where the mention ends and whether an age in
        brackets follows the name; None when the construction allows no name first."""
        toks, n = self.toks, self.n
        b = m.start - m.link
        # Budi, seorang pedagang …; Ani, salah seorang warga …
        if not m.selaku and b > 0 and toks[b - 1].text.lower() == "seorang":
            b -= 1
            if b > 0 and toks[b - 1].text.lower() == "salah":
                b -= 1
        close = max(m.comp_end, m.end)
        # Budi Santoso (Kepala Desa Sukamaju): the title in brackets after the name; (MENPAN)
        # alone is an organisation's abbreviation
        bracket = (
            b > 0 and toks[b - 1].text == "(" and m.comp_end > m.end and close < n and toks[close].text == ")"
        )
        comma = b > 0 and (toks[b - 1].text == "," or bracket or self._dash_opened(m))
        mention_end = toks[close].end if bracket else toks[close - 1].end
        if comma and not bracket and self._list_of_posts(close):
            return None
        if comma:
            b -= 1
        # Made Sudarma (45), warga …; Atim (52) warga …: an age between the name and the title
        aged = b >= 3 and toks[b - 1].text == ")" and toks[b - 2].kind is NUMBER and toks[b - 3].text == "("
        # Budi Santoso (BS) selaku Kepala Dinas …, Budi Santoso (BS), Kepala …: the name's initials
        # in brackets (court news); without `selaku` or a comma, (SE) of Surat Edaran is no initials
        initials = (
            (m.selaku or comma)
            and b >= 3
            and toks[b - 1].text == ")"
            and toks[b - 3].text == "("
            and _initials(toks[b - 2])
        )
        if aged or initials:
            b -= 3
        if m.selaku or comma:
            b = self._degrees_before(b)
        # name first without a comma or `selaku` only before a lowercase head (Vieta … pemilik
        # UMKM) or a title that names its organisation (Yudianto Kadis LH Kota Bekasi)
        if not (m.selaku or comma or toks[m.start].text[0].islower()):
            comp = [e for _, seg in m.segs for e in seg if e.j <= m.comp_end]
            if not any(e.kind in (W.ORG, Piece.REG, W.ACR) for e in comp):
                return None
        return b, mention_end, aged

    def _degrees_before(self, b: int) -> int:
        """Budi Santoso, M.Si., selaku Kepala …; Budi, S.Sos, M.M, Kepala …: where the name ends
        when degrees, each after a comma, stand between it and ``b``."""
        toks = self.toks
        while b > 2:
            p = next(
                (p for p in range(max(1, b - 6), b) if match_marker(toks, p) == (Marker.POST, b)),
                None,
            )
            if p is None or toks[p - 1].text != ",":
                return b
            b = p - 1
        return b

    def _spaced_dash(self, k: int) -> bool:
        """Whether token ``k`` is a dash set off by spaces right after a name (a PER span or a name
        run: `Hendra Wiratama – Direktur …`), not a hyphen inside a word or a dateline's dash."""
        toks, text = self.toks, self.text
        if not (k >= 1 and toks[k].text in _DASHES and toks[k].start > 0):
            return False
        spaced = text[toks[k].start - 1].isspace() and text[toks[k].end : toks[k].end + 1].isspace()
        if not spaced:
            return False
        if toks[k - 1].end in {e for _, e in self.per_spans}:
            return True
        # a name the model missed; one word opening a sentence is a dateline's place (Brasilia - …)
        runs = self.name_before(k, reuse=True)
        return bool(runs) and (runs[0][1] - runs[0][0] > 1 or not self._opens_sentence(runs[0][0]))

    def _opens_sentence(self, k: int) -> bool:
        """Whether token ``k`` opens a line or a sentence (or follows a semicolon)."""
        toks = self.toks
        return k == 0 or toks[k].newline or toks[k - 1].text in (*_SENTENCE_OPENERS, ";")

    def _dash_opened(self, m: _Mention) -> bool:
        """Whether the post follows a name and a spaced dash and is no `post: holder` or
        `post - holder` item itself."""
        if m.selaku or not self._spaced_dash(m.start - 1) or self._colon_holder(m) is not None:
            return False  # Budi - Komisaris: Ani - …: a board list's dash bullet, the colon names the holder
        after = max(m.comp_end, m.end)
        # Budi - Menteri Pemuda - Ani: a programme's `post - holder` items
        return not (after < self.n and self.toks[after].text in _DASHES)

    def _dash_holder(self, m: _Mention) -> bool:
        """Juri: Rahmat Hidayat – Managing Director PT X, Wulan Sari – Ketua …: a post right after
        a name and a spaced dash is that name's; a name after the post's comma is the next item.
        A name written right after the post (`- Menteri BUMN Erick Thohir - Direktur …`, dashes as
        bullets) still holds it."""
        if not self._dash_opened(m):
            return False
        if not m.names:
            return True
        first = m.names[0][0].i
        apart = (",", *role_words("and_word"))
        return any(c in apart and s and s[0].i == first for c, s in m.segs)

    def _list_of_posts(self, after: int) -> bool:
        """Forkopimda, Kepala OPD, camat dan tokoh masyarakat: a title followed by a comma and
        another head is an item in a list of posts, not an apposition to a name."""
        toks = self.toks
        return (
            after + 1 < self.n
            and toks[after].text == ","
            and not toks[after + 1].newline
            and match_head(toks, after + 1) is not None
        )

    def _name_first(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Name – selaku/sebagai/yang juga – title; name, title (apposition); name (title)."""
        where = self._name_first_start(m)
        if where is None:
            return None
        b, mention_end, aged = where
        results: list[RoleMention] = []
        found = self.name_before(b, allow_lower=m.selaku)
        if m.link > 1 and self.toks[m.start - m.link].text.lower() == "yang":
            # Hendra dan Rudi yang menjabat sebagai Camat: the clause is Rudi's alone
            found = [max(found)] if found else []
        for k, e in found:
            words = [t.text.lower() for t in self.toks[k:e]]
            if m.link > 1 and len(set(words)) < len(words):
                continue  # Soeharto Hari Ini Soeharto menjabat …: a headline run into the text
            if k > 0 and self.toks[k - 1].text in role_words("english_link"):
                continue  # Royal Society of Arts (FRSA), anggota …: the end of a body's English name
            span = self._name_span(k, e)
            if span is None:
                continue
            one = [El(k, e, word_class(self.toks[k].text), "")]
            if not (m.official or m.selaku or aged) and e - k == 1 and not self.weak_name_ok(one, ""):
                continue  # Siku pemain asal Jerman: one unknown word before an occupation (an age: a person)
            name = proper_name(self.text, span)
            mention = (self.toks[k].start, mention_end)
            results.append(RoleMention(name, title, mention, span, m.official, clause=m.link > 1))
        return (results, m.run_end) if results else None

    # ---- body diketuai name

    def passive_heads(self) -> list[RoleMention]:
        """Tim Penggerak PKK Kabupaten Bantul diketuai Emi Masruroh Halim: a body, a
        passive verb made of a head (di-ketua-i, di-kepala-i) and its holder."""
        out = []
        for v, t in enumerate(self.toks):
            if t.kind is not WORD or not (t.text.startswith("di") and t.text.endswith("i")):
                continue
            stem = t.text[2:-1].lower()
            h = match_head(tokenize(stem), 0) if len(stem) > 3 else None
            if h is None or not h.official or h.text != stem or stem not in role_words("passive_head"):
                continue
            rm = self._body_headed_by(v, stem)
            if rm is not None:
                out.append(rm)
        return out

    def _body_headed_by(self, v: int, stem: str) -> RoleMention | None:
        toks = self.toks
        b = v
        while b > 0 and toks[b - 1].text.lower() in ("yang", ","):
            b -= 1  # Tim Penggerak PKK, yang diketuai …
        a = b
        while (
            a > 0 and not toks[a].newline and toks[a - 1].kind is not PUNCT and toks[a - 1].text[:1].isupper()
        ):
            a -= 1
        named = self._body_pointed_at(b)
        if named is not None:
            a, body_title = named
        else:
            body = [toks[x].text for x in range(a, b)]
            if not body or not any(word_class(w) in (W.ORG, W.ACR) for w in body):
                return None
            body_title = self.title(a, b)
        j = v + 1
        if j < self.n and toks[j].text.lower() == "oleh":
            j += 1
        if j >= self.n or toks[j].newline:
            return None
        seg = first_segment(self.elements(j, kecamatan=False))
        sp = self.split(seg, "")
        if sp is None or sp[0] != 0 or not self._ends_phrase(seg[-1].j):
            return None
        title = stem.capitalize() + " " + body_title
        return self._role(seg, title, (toks[a].start, toks[b - 1].end), True)

    def _body_pointed_at(self, b: int) -> tuple[int, str] | None:
        """Koperasi itu diketuai oleh Sutarno …; kelompok tani ini diketuai …: a body's noun (and a
        lowercase word after it) and a word pointing back (`itu`, `ini`, `tersebut`) before the
        passive head name the body written last before in the article as a name, the noun
        capitalised (Koperasi Maju Bersama; not `modal koperasi Rp 50 juta`): where the noun starts
        and the body's name (the noun phrase when no such body is named before)."""
        toks = self.toks
        if b < 2 or toks[b - 1].text.lower() not in role_words("body_pointer"):
            return None
        if toks[b - 2].text.lower() in org_words():
            a = b - 2
        elif b >= 3 and toks[b - 3].text.lower() in org_words() and toks[b - 2].text[:1].islower():
            a = b - 3
        else:
            return None
        if a and toks[a - 1].kind is WORD and toks[a - 1].text[:1].isupper() and not toks[a].newline:
            return None  # a name in capitals before the noun: the body is written whole there
        noun = toks[a].text
        found = regex.findall(
            rf"(?<![\w-])(?=\p{{Lu}})(?i:{regex.escape(noun)})(?:[ \u00a0]+\p{{Lu}}[\w-]*)+",
            self.text[: toks[a].start],
        )
        return a, (found[-1] if found else self.title(a, b - 1))

    # ---- names around a title

    def weak_name_ok(self, seg: list[El], head: str) -> bool:
        """A name right after a head with nothing between (Sekcam Utomo, Wabup Kembang): keep it
        when it is a known given name or is used elsewhere without the head before it."""
        if any(e.kind in (W.GIV, W.PART) for e in seg):
            return True
        if head in role_words("weak_head"):
            return False
        if len(seg) >= 2:
            return True  # Wakil Gubernur Uu Ruzhanul Ulum: two name-like words
        if (
            (head in role_words("personal_head") or (head.startswith("men") and head[3:4] not in ("", " ")))
            and seg[0].kind is W.UNK
            and len(seg[0].text) >= 3
            and self._ends_phrase(seg[0].j)
        ):
            # Presiden Jokowi mengatakan, Menteri Tedjo menilai: these posts are followed by a
            # country or a ministry, which the gazetteers and lexicons know, or by their holder
            return True
        return self._used_alone(self.toks[seg[0].i])

    def _used_alone(self, first: Tok) -> bool:
        """Whether the word is used elsewhere after punctuation, a line start or a lowercase word
        (ujar Umi), not after a capitalised word (Bank Century) or another title."""
        text, word = self.text, first.text
        idx = text.find(word)
        seen = 0
        while idx >= 0 and seen < _MAX_LOOKS:
            seen += 1
            if (
                idx != first.start
                and not text[idx + len(word) : idx + len(word) + 1].isalnum()
                and (idx == 0 or not text[idx - 1].isalnum())
            ):
                before = text[max(0, idx - 30) : idx].split()
                prev = before[-1] if before else ""
                if (
                    not prev
                    or prev.endswith((",", ".", "”", '"', ":"))
                    or (prev[:1].islower() and match_head(tokenize(prev), 0) is None)
                ):
                    return True
            idx = text.find(word, idx + 1)
        return False

    def _name_word_before(self, k: int, end: int, allow_lower: bool) -> bool:
        """Whether token ``k - 1`` may be part of a name that ends at ``end``."""
        toks = self.toks
        t = toks[k - 1]
        c = word_class(t.text)
        mk = match_marker(toks, k - 1)
        return (
            c in (W.GIV, W.UNK, W.PART, W.AMB, W.COM)
            or (len(t.text) == 1 and t.text.isupper())
            or (mk is not None and mk[0] in (Marker.HON, Marker.REL, Marker.PRE) and mk[1] <= end)
            or (
                allow_lower
                and c is W.LOW
                and t.text.lower() not in (*role_words("and_word"), "selaku")
                and (k >= 2 and _is_hon(toks, k - 2))
            )
            or (allow_lower and _is_hon(toks, k - 1))
        )

    def _run_back(self, end: int, allow_lower: bool, *, reuse: bool = False) -> int:
        """Start of the run of name words ending at ``end``."""
        toks = self.toks
        k = end
        while k > 0 and end - k < MAX_NAME + 2:
            t = toks[k - 1]
            # Tersangka kedua, Budi (BS) selaku Ketua …: an occupation read before may have taken the
            # name right before `selaku`, which gives the same person a post too (``reuse``)
            if (k - 1 in self.used and not reuse) or (k < end and toks[k].newline):
                break
            if t.kind is not WORD:
                if t.text == "." and k >= 2 and dotted_name_word(toks[k - 2].text):
                    k -= 1
                    continue
                break
            if match_head(toks, k - 1) is not None or match_region(toks, k - 1, end) > k - 1:
                break
            if not self._name_word_before(k, end, allow_lower) or self._party_number_at(k - 1):
                break
            k -= 1
        # leading common words are not part of the name (Sementara Marini …)
        while k < end and toks[k].kind is WORD and word_class(toks[k].text) in (W.COM, W.STOP):
            k += 1
        return k

    def _clear_start(self, k: int, end: int, allow_lower: bool) -> bool:
        """Whether a name run from ``k`` to ``end`` is a name that starts a phrase."""
        toks = self.toks
        words = [toks[x].text for x in range(k, end) if toks[x].kind is WORD]
        if len(words) == 1 and len(words[0]) == 1:
            return False  # 1447 H/2026 M, Menteri …: a single letter is no name
        if not any(
            word_class(w) in (W.GIV, W.UNK, W.PART) or (allow_lower and w[:1].islower()) for w in words
        ):
            return False
        label = allow_lower and self._label_before(k)
        if len(words) > MAX_NAME + 1 or (
            not label and k > 0 and toks[k - 1].kind is WORD and word_class(toks[k - 1].text) in NAMEISH
        ):
            return False  # no clear start: part of a longer capitalised stretch (a headline)
        # before `selaku`/`sebagai` a place is no reading: a preposition right before the name
        # (diserahkan ke Budi Santoso selaku …) is no cue there
        if self.place_like([El(k, end, W.UNK, "")], elsewhere=allow_lower):
            return False
        # the run must start a phrase: line start, punctuation, a lowercase word or a sentence opener
        if k > 0 and not toks[k].newline and not label:
            prev = toks[k - 1]
            if prev.kind is WORD and prev.text[0].isupper() and word_class(prev.text) not in (W.STOP, W.COM):
                return False
            if prev.kind is WORD and prev.text[0].isupper() and self.district_at(k, end):
                return False  # Pastor Paroki Kalirejo, Camat Pubian: the parish's district, no name
            if prev.kind is WORD and prev.text[0].isupper() and self._capital_before(k - 1):
                return False  # Rapat Koordinasi High Level Meeting Tim …: an event's name runs on
            if match_head(toks, k - 1) is not None or (k >= 2 and match_head(toks, k - 2) is not None):
                return False  # the words are that head's organisation (Kabag Tapem, Camat …)
        return True

    def _capital_before(self, k: int) -> bool:
        """Whether a capitalised word that is no sentence opener stands right before token ``k``,
        on its line: two capitalised words before a name run make one longer capitalised stretch
        (a headline's or an event's name), not a phrase the name starts."""
        toks = self.toks
        t = toks[k - 1]
        return (
            t.kind is WORD
            and t.text[0].isupper()
            and not toks[k].newline
            and not t.newline
            and k >= 2
            and toks[k - 2].text not in _SENTENCE_OPENERS
            and word_class(t.text) is not W.STOP
        )

    def _label_before(self, k: int) -> bool:
        """Terdakwa Nasori selaku Direktur …: an occupation word (terdakwa, tersangka, saksi) right
        before a name labels the person; the name still starts a phrase."""
        h = match_head(self.toks, k - 1) if k > 0 else None
        return (h is not None and not h.official and h.end == k) or self._party_number_at(k - 1)

    def _party_number_at(self, k: int) -> bool:
        """terdakwa II Deddy …, Teradu I Muhammad …: token ``k`` is a Roman numeral numbering the
        party to a case named right before it (people_roles.txt case_party): no word of the name
        after it, which it labels as the party word would."""
        toks = self.toks
        return (
            k >= 1
            and toks[k].kind is WORD
            and toks[k].text in _PARTY_NUMBERS
            and toks[k - 1].text.lower() in role_words("case_party")
        )

    def name_before(self, i: int, *, allow_lower: bool = False, reuse: bool = False) -> list[tuple[int, int]]:
        """Name runs ending right before token ``i`` (several when joined by ``dan``); ``reuse``:
        a name another mention has read counts too."""
        toks = self.toks
        out: list[tuple[int, int]] = []
        j = i
        while j > 0:
            end = j
            if j < self.n and toks[j].newline:
                break  # the title opens a line: nothing before it on that line
            k = self._run_back(end, allow_lower, reuse=(allow_lower or reuse) and not out)
            if k >= end or not self._clear_start(k, end, allow_lower):
                break
            out.append((k, end))
            if k >= 2 and toks[k - 1].text.lower() in role_words("and_word"):
                j = k - 1
                continue
            break
        return out

    def _occupation_name(self, j: int) -> tuple[list[El], int] | tuple[None, int]:
        """petani cabai rawit Budi: skip lowercase words describing an occupation, then a name."""
        toks, n = self.toks, self.n
        k = j
        skipped = 0
        while (
            k < n
            and toks[k].kind is WORD
            and toks[k].text[0].islower()
            and skipped < _MAX_DESCRIPTORS
            and toks[k].text not in role_words("not_descriptor")
            # peserta pelatihan menjahit, Rukiyah: a verb ends the description only before a comma or
            # a place (petani bawang merah di Desa …, Sukardi: `merah` only looks like a meN- verb)
            and not (
                verb_like(toks[k].text)
                and not (
                    skipped and k + 1 < n and toks[k + 1].text in (",", *role_words("place_preposition"))
                )
            )
        ):
            k += 1
            skipped += 1
        if skipped and k < n and toks[k].kind is WORD and toks[k].text[0].isupper() and not toks[k].newline:
            seg = first_segment(self.elements(k, kecamatan=False))
            sp = self.split(seg, "")
            if sp is not None and sp[0] == 0:
                return seg, seg[-1].j
        return None, k

    def name_after(self, j: int, *, official: bool) -> tuple[list[El], int] | None:
        """``Pemilik UMKM X di jalan Y, Elias David``: skip a place, take the name after the comma."""
        toks, n = self.toks, self.n
        k = j
        if not official:
            seg, k = self._occupation_name(j)
            if seg is not None:
                return seg, k
        if k < n and toks[k].text == "setempat":
            k += 1  # Ketua RT setempat, Suparno
        if official and (then := self._then_phrase(k)):
            k += then  # Gubernur BI yang baru Perry Warjiyo; Presiden saat itu, Joe Biden
            if k < n and toks[k].text != "," and not toks[k].newline:
                return self._whole_name(first_segment(self.elements(k, kecamatan=False)))
        if k < n and (toks[k].text in role_words("place_preposition") or self._scope_phrase(k, official)):
            limit = min(n, k + _MAX_PLACE_PHRASE)
            while (
                k < limit
                and toks[k].text != ","
                and toks[k].text not in (".", "“", '"', "”")
                and not (k > j and toks[k].newline)
            ):
                k += 1
        while k < n and toks[k].text == ",":
            seg = first_segment(self.elements(k + 1, kecamatan=False))
            if not seg or toks[k + 1].newline:
                return None
            sp = self.split(seg, "")
            if sp is not None and sp[0] == 0:
                return self._whole_name(seg)
            if all(e.kind in (Piece.REG, W.ORG, W.ACR, W.COM) for e in seg) and not self.head_first(seg):
                k = seg[-1].j
                continue
            # warga, Kepala Dinas Sosial, Budi Santoso: a post after the comma names the holder after it
            return None
        return None

    def _whole_name(self, seg: list[El]) -> tuple[list[El], int] | None:
        """The segment and its end when a name opens it and closes the phrase there (the end, a
        comma, a stop, a quote, a bracket or a lowercase word follows)."""
        toks, n = self.toks, self.n
        sp = self.split(seg, "") if seg else None
        if sp is None or sp[0] != 0:
            return None
        nxt = seg[-1].j
        if (
            nxt >= n
            or toks[nxt].text in (",", ".", "”", '"', "(")
            or (toks[nxt].kind is WORD and toks[nxt].text[0].islower())
        ):
            return seg, nxt
        return None

    def _then_phrase(self, k: int) -> int:
        """Gubernur BI yang baru Perry Warjiyo; Perdana Menteri Jepang saat itu Shinzo Abe; Bupati
        Lampung Barat periode 2017-2022 Parosil Mabsus: the tokens of the longest `then_phrase` or
        `time_aside` phrase at ``k`` (numbers read as N, months as M, as `time_aside` writes
        them), words that date the holding between an official's title and the name (0: none)."""
        toks, phrases = self.toks, role_words("then_phrase") | role_words("time_aside")
        best = 0
        for w in range(1, _MAX_THEN + 1):
            if k + w > self.n or any(toks[x].newline for x in range(k + 1, k + w)):
                break
            if " ".join(aside_word(toks[x]) for x in range(k, k + w)) in phrases:
                best = w
        return best

    def _scope_phrase(self, k: int, official: bool) -> bool:
        """Koordinator BGN wilayah Kepulauan Anambas, Sahril; Penasihat Gubernur Bangkok bidang
        lingkungan, Pornphrom …; Ketua Pelaksana kegiatan, Ahmad …: a lowercase word for the
        post's area, field or event right after an official's title (`scope_word`) opens a phrase
        of the title that a comma closes, no verb in it; the holder comes after the comma."""
        toks, n = self.toks, self.n
        if not (official and toks[k].text in role_words("scope_word")):
            return False
        for x in range(k + 1, min(n, k + _MAX_PLACE_PHRASE)):
            t = toks[x]
            if t.text == ",":
                return True
            if t.newline or t.kind is not WORD or (t.text[0].islower() and verb_like(t.text)):
                return False
        return False

    def _ends_phrase(self, j: int) -> bool:
        """Whether token ``j`` ends a name: the end, a lowercase word or punctuation (not a bracket)."""
        if j >= self.n or self.toks[j].newline:
            return True
        t = self.toks[j]
        if t.kind is WORD:
            return t.text[0].islower()
        return t.kind is PUNCT and t.text in _NAME_END_PUNCT

    def _name_span(self, i: int, j: int) -> Span | None:
        span = strip_name(self.text, self.toks[i].start, self.toks[j - 1].end)
        if span is None:
            return None
        words = name_tokens(self.text[span[0] : span[1]])
        if not words or not any(
            word_class(w) in (W.GIV, W.UNK, W.PART, W.AMB, W.LOW) or len(w) <= 3 for w in words
        ):
            return None
        return span

    def _role(self, seg: list[El], title: str, title_span: Span, official: bool) -> RoleMention | None:
        """The holder named by ``seg`` with ``title``; its tokens are read as a name from now on."""
        holder = self._holder_span(seg)
        if holder is None:
            return None
        (i, j), span = holder
        self.used.update(range(i, j))
        return RoleMention(
            name=proper_name(self.text, span),
            title=title,
            span=(title_span[0], span[1]),
            name_span=span,
            official=official,
        )

    def _holder_span(self, seg: list[El]) -> tuple[tuple[int, int], Span] | None:
        """The tokens and the text span of the holder's name that ``seg`` opens; None when the
        segment names no holder (the next post, a grade's level, an organisation's English name)."""
        seg = self.within_entity(seg)
        lead = next((x for x, e in enumerate(seg) if not isinstance(e.kind, Marker) and not honorary(e)), 0)
        if any(honorary(e) for e in seg[:lead]):
            seg = seg[lead:]  # Dr. (H.C.) Irwan Hidayat: the name starts after the honorary degree
        # … Nata Saputra Kamis (7/5/2026): a weekday is no name word; the name ends before it
        day = next((x for x, e in enumerate(seg) if x and weekday_number(e.text) is not None), None)
        if day is not None:
            seg = seg[:day]
        # a PER entity may run past the segment (the model saw more of the name)
        i, j = seg[0].i, seg[-1].j
        s0 = self.toks[i].start
        e0 = self.toks[j - 1].end
        if s0 in self.per_ends and self.per_ends[s0] > e0:
            pe = self.per_ends[s0]
            while j < self.n and self.toks[j].end <= pe:
                j += 1
        if j < self.n and self.toks[j].text in role_words("english_link") and not self.toks[j].newline:
            return None  # Popular Movement for the Liberation of Angola: an organisation's name
        if self._english_units_only(i, j):
            return None  # EVP Human Capital, EVP Operations: the post's English unit, no holder
        if self.head_first(seg):
            return None  # Mensos Khofifah, Mendikbud Anies Baswedan: the next post, not a name
        if _grade_at(self.toks, i - 2):
            return None  # … Pejabat Pimpinan Tinggi Pratama: the grade's level, not a name
        span = self._name_span(i, j)
        return None if span is None else ((i, j), span)

    def _english_units_only(self, i: int, j: int) -> bool:
        """Whether tokens ``i``..``j`` are all capitalised English unit words (Human Capital,
        Operations): the name of a post's unit, never a person's."""
        units = role_words("english_unit")
        return all(t.text[:1].isupper() and t.text.lower() in units for t in self.toks[i:j])


def _ranked_after(first: list[El], seg: list[El]) -> bool:
    """Komandan Lanud Abdul Rahman Saleh, Marsma TNI Budi: a name after the comma that opens with
    a rank, after a first "name" with none, holds the post; the first is the base or the
    hospital named after a person."""
    return seg[0].kind is Marker.RANK and not any(e.kind is Marker.RANK for e in first)


def _given_place_first(seg: list[El]) -> bool:
    """Kepala Badan Kepegawaian Negara (BKN), Bima Haria Wibisana: after the comma that closes a
    title, a one-word place that is also a known given name, before two more name words, opens
    the holder's name (not Bupati Bima Indah Dhamayanti: no comma, the regency)."""
    first = seg[0]
    return (
        len(seg) >= 3
        and first.kind is Piece.REG
        and first.j - first.i == 1
        and word_class(first.text) is W.GIV
        and all(e.kind in NAMEISH for e in seg[1:])
    )


def _acronym_of(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``acronym`` (BMKG) spells the initials of the last words (Badan Meteorologi
    Klimatologi Geofisika), some words possibly skipped, ending with the last word."""
    initials = "".join(w[0] for w in words).upper()
    if len(acronym) < 3 or not initials.endswith(acronym[-1]):
        return False
    k = len(initials) - 1
    for ch in reversed(acronym[:-1]):
        k = initials.rfind(ch, 0, k)
        if k < 0:
            return False
    return True


def _initials(t: Tok) -> bool:
    """Whether a token is a person's initials as court and police news write them (BS, MFR)."""
    return t.kind is WORD and t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= MAX_INITIALS


def _post_at(toks: Sequence[Tok], i: int) -> bool:
    h = match_head(toks, i)
    return h is not None and h.official


def _list_word(seg: list[El]) -> bool:
    """Whether a segment may be an item of a list of fields: no given name, particle or marker."""
    return not any(e.kind in (W.GIV, W.PART) or isinstance(e.kind, Marker) for e in seg)


def _name_pair(word: str) -> bool:
    """Whether a word is two names glued by a hyphen (Pranowo-Mahfud, Baswedan-Riza): two title-case
    parts of three letters or more, not a word doubled (Bangsa-Bangsa) nor an acronym (DPR-RI)."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and parts[0].lower() != parts[1].lower()
        and all(len(p) > 2 and p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts)
    )


def _field_item(seg: list[El]) -> bool:
    """One word that may name a field in a list (Narkotika, Psikotropika): not a body's name."""
    return len(seg) == 1 and seg[0].kind in (W.UNK, W.COM) and _list_word(seg)


def _list_in_body(
    toks: Sequence[Tok], start: int, segs: list[tuple[str | None, list[El]]]
) -> list[tuple[str | None, list[El]]]:
    """Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), Sri Lestari …: a bracketed
    acronym spelling the capitalised words from the head on makes the list before it one
    body; its segments are merged into one, so no word of that list is read as a name."""
    for b, (_, seg) in enumerate(segs):
        if b == 0:
            continue
        for el in seg:
            if el.kind is not Piece.PAREN:
                continue
            inner = el.text.strip("()").strip()
            words = [t.text for t in toks[start : el.i] if t.kind is WORD and t.text[0].isupper()]
            # … Bidang Pangan Budi Santoso dan Wakil Ketua Dewan Ekonomi Nasional (DEN): a segment
            # that opens with a post is the next mention, not an item of one body's name
            opens_post = any(_post_at(toks, s[0].i) for _, s in segs[1 : b + 1] if s)
            if inner.isalpha() and inner.isupper() and _acronym_of(inner, words) and not opens_post:
                merged = [e for _, s in segs[:b] for e in s] + seg
                return [(segs[0][0], merged), *segs[b + 1 :]]
            return segs
    return segs


def scan_roles(
    text: str, entities: Sequence[Entity] = (), *, tokens: Sequence[Tok] | None = None
) -> list[RoleMention]:
    """Every mention of a person with a role, official or not, in text order.

    Pass the vetted entities (`extract.ner.vet.vet_entities`): their PER spans fix where a name
    starts and ends. Run it once per article and hand the result to officials and persons.
    ``tokens``: ``tokenize(text)`` when the caller has it (saves tokenizing again).

    >>> [(m.name, m.title) for m in scan_roles("Kata Camat Petang Budi Santoso, jalan itu rusak.")]
    [('Budi Santoso', 'Camat Petang')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    # only the text around position heads is read on a long page (a 1 MB page of digits costs
    # nothing); an article is read whole, which is cheaper than finding the heads first
    full = whole_tokens(text, tokens)
    if len(text) <= _WHOLE and full is not None:
        toks = list(full)
    else:  # one tokenization (none past SMALL_TEXT) serves the cues and the windows both
        cues = cue_positions(text, head_words(), prefixes=title_prefixes(), full=full)
        toks = window_tokens(text, cues, full=full)
    scanner = _Scanner(text, toks, entities)
    found = scanner.scan() + scanner.passive_heads()
    places = _places_written(text, [m.span for m in found])
    settled = [_settled(text, m, entities, places) for m in found]
    # `Direktur Utama Medco E&P …` where the article writes `PT Medco E&P`: a holder named as one
    # of the article's companies (`company_names`) is the company the title belongs to, no one
    # holding it; a holder named like it (`PT Wirasena`, `Wirasena Dewi Lestari`) stays
    companies = company_names(company_forms(text), {m.name for m in settled})
    return _paired_posts(
        text,
        [
            m
            for m in settled
            if not (_place_tail_holder(text, m) or m.name in companies or _company_joined(text, m))
        ],
    )


def _settled(text: str, m: RoleMention, entities: Sequence[Entity], places: frozenset[str]) -> RoleMention:
    """Where the title ends and the holder's name starts, read again past the grammar: a body's
    name (twice: `CEO McLaren Racing Zak Brown` names a body of two words), a company's after an
    English post, a first name after the title's comma, a place the article writes elsewhere."""
    m = _body_off(text, _body_off(text, m, entities), entities)
    m = _holder_after_comma(text, _first_word_back(text, _company_off(text, m)), entities)
    return _place_across(text, _legal_form_off(text, m), places)


def _legal_form_off(text: str, m: RoleMention) -> RoleMention:
    """`Presiden Direktur PT Merck, Tbk Evie Yulin`: a legal form that closes a company's name
    (`company_close`) opening the holder's name goes to the title, with the comma before it."""
    s, e = m.name_span
    words = m.name.split()
    if (
        len(words) < 2
        or words[0].lower() not in role_words("company_close")
        or not text.startswith(words[0], s)
    ):
        return m
    start = regex.compile(r"\s+").match(text, s + len(words[0]))
    comma = len(text[:s].rstrip()) - 1
    if start is None or comma <= m.span[0] or text[comma] != ",":
        return m
    title = m.title + text[comma : s + len(words[0])]
    return replace(m, name=proper_name(text, (start.end(), e)), title=title, name_span=(start.end(), e))


#: `Necis Enam| Kota Metro, `: capitalised words (a region) between a holder's name and a comma.
_CAPITALS_COMMA = regex.compile(r"((?:[ \t]+\p{Lu}\p{Ll}+){0,3}),[ \t]+")


def _mentions_elsewhere(text: str, m: RoleMention, entities: Sequence[Entity]) -> tuple[list[str], str]:
    """The words written right before each other PER entity sharing a word with ``m``'s holder,
    and the word right before the holder itself (its PER entity's start: `Raden Intan`)."""
    words = set(m.name.split())
    s, e = m.name_span
    own = next((x for x in entities if x.label == EntityLabel.PER and x.span[0] <= s < x.span[1]), None)
    leads = [
        _word_before(text, x.span[0])
        for x in entities
        if x.label == EntityLabel.PER and (x.span[1] <= s or x.span[0] >= e) and words & set(x.text.split())
    ]
    return leads, _word_before(text, own.span[0] if own else s)


def _named_elsewhere(text: str, m: RoleMention, entities: Sequence[Entity]) -> bool:
    """Whether a person the model names elsewhere in the article shares a word with ``m``'s name
    (`kata Marlini`): the name is a person's, not a body's last words. A mention written after
    the same word as here is the body's name again (`Rotary Club Lampung Raden Intan` in the
    headline and the lede), no evidence."""
    leads, lead = _mentions_elsewhere(text, m, entities)
    return any(x != lead for x in leads)


def _given_holder(text: str, m: RoleMention, entities: Sequence[Entity]) -> bool:
    """Whether ``m``'s holder has a given name in it and reads as a person's name: not right after
    a body's word that is no administrative level (`RSUD Ahmad Yani`: the hospital's namesake;
    `Desa Sukamulya Hendra` still names a person), nor written again after the same word (the
    body's name repeated)."""
    if not any(word_class(w) is W.GIV for w in m.name.split()):
        return False
    leads, lead = _mentions_elsewhere(text, m, entities)
    before = _word_before(text, m.name_span[0])
    body = word_class(before) in (W.ORG, W.ACR) and before.lower() not in admin_words()
    return not (body or lead in leads)


#: The word right before a position (`_word_before`), spaces between.
_LAST_WORD = regex.compile(r"(\w+)[ \t]*$")


def _word_before(text: str, at: int) -> str:
    """The word written right before ``at`` (case kept), or "" after punctuation."""
    found = _LAST_WORD.search(text, max(0, at - 40), at)
    return found.group(1) if found else ""


def _named_before(per: Entity, entities: Sequence[Entity]) -> bool:
    """Whether a person the model names before ``per`` shares a word with it: `…, Purbaya
    menyebut` after `Menteri Keuangan Purbaya Yudhi Sadewa` is the next clause's subject."""
    words = set(per.text.split())
    return any(
        x.label == EntityLabel.PER and x.span[1] <= per.span[0] and words & set(x.text.split())
        for x in entities
    )


#: `, Adam Sautin mengatakan`, `, Doni Setiono, menjelaskan`: what follows a holder named after a
#: comma: a comma or none, then a speech verb.
_SPEECH_NEXT = regex.compile(r",?[ \t]+(\p{Ll}+)")


def _holder_after_comma(text: str, m: RoleMention, entities: Sequence[Entity]) -> RoleMention:
    """`Direktur Utama Karang Indah Mal, Adam Sautin mengatakan`, `Ketua Perkumpulan … Kota Metro,
    Doni Setiono, menjelaskan`: a holder's name set right before the comma, where a name the
    model calls a person follows that comma and then a speech verb, is the body's last words;
    the name after the comma holds the post. A holder with a given name in it stays, unless a
    body's word names it (`Kasubag Humas RSUD Ahmad Yani, Okta, mengatakan`: the hospital's
    namesake), and so does one the article names again (`Ketua KPU Marlini, Budi Santoso
    mengatakan … kata Marlini`)."""
    s, e = m.name_span
    tail = _CAPITALS_COMMA.match(text, e)
    if m.clause or s <= m.span[0] or tail is None:
        return m
    if _given_holder(text, m, entities) or _named_elsewhere(text, m, entities):
        return m
    per = next((x for x in entities if x.label == EntityLabel.PER and x.span[0] == tail.end()), None)
    if per is None or _named_before(per, entities):
        return m
    e = tail.end(1)
    verb = _SPEECH_NEXT.match(text, per.span[1])
    if verb is None or verb.group(1) not in speech_verbs():
        return m
    cut = text.rfind(m.title.split()[-1], m.span[0], s)
    if cut < 0:
        return m
    title = " ".join([m.title, *text[cut + len(m.title.split()[-1]) : e].split()])
    return RoleMention(proper_name(text, per.span), title, (m.span[0], per.span[1]), per.span, m.official)


#: `, Taruna Ikrar`: a title's last words after a comma: one capitalised word, then the name
_COMMA_WORD = regex.compile(r",[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$")


def _first_word_back(text: str, m: RoleMention) -> RoleMention:
    """`Kepala BPOM, Taruna Ikrar`, `Kepala BPBD Lampung Barat, Padang Priyo Utomo`: one
    capitalised word after the title's comma, written right before the holder's name, is the
    name's first word (a common word or a place's name that is also a given name), not a part
    of the title (`_may_open_name`)."""
    s, e = m.name_span
    found = _COMMA_WORD.search(text, max(m.span[0], s - 40), s)
    if found is None or not m.title.endswith(found.group(1)) or not _may_open_name(found.group(1)):
        return m
    title = m.title[: -len(found.group(1))].rstrip(" ,")
    start = found.start(1)
    return replace(m, name=proper_name(text, (start, e)), title=title, name_span=(start, e))


#: Words at most of a company's name read off a holder's name after an English post.
_MAX_COMPANY_WORDS = 2


def _company_off(text: str, m: RoleMention) -> RoleMention:
    """`CEO Meta Mark Zuckerberg`, `CEO Electronic Arts Andrew Wilson`: after a title ending in an
    English post (`english_post`) or in a post's English unit (`Head of Marketing`), a holder's
    name that opens with one or two words of no known class, then a given name and one word more
    at least, opens with the company's name when the article writes its first word elsewhere
    after a lowercase word (`karyawan Meta`, `ke Roblox`; a holder's first name comes after a
    speech verb: `kata Ajeng`): those words move to the title."""
    words = m.name.split()
    if not _english_post_title(m.title):
        return m
    for k in range(1, _MAX_COMPANY_WORDS + 1):
        if len(words) < k + 2 or word_class(words[k - 1]) is not W.UNK or not words[k - 1][:1].isupper():
            return m
        if word_class(words[k]) is W.GIV:
            break
    else:
        return m
    s, e = m.name_span
    if not _written_after_lowercase(text, words[0], s):
        return m
    at = s
    for w in words[:k]:
        at = text.find(w, at) + len(w)
    start = next((i for i in range(at, e) if not text[i].isspace()), e)
    if text[s:start].split() != words[:k]:
        return m
    title = " ".join([m.title, *words[:k]])
    return replace(m, name=proper_name(text, (start, e)), title=title, name_span=(start, e))


def _english_post_title(title: str) -> bool:
    """Whether a title ends in an English post (`CEO`) or in the English unit of a title holding
    one (`Head of Marketing`)."""
    words = [w.lower() for w in title.split()]
    if not words:
        return False
    posts = role_words("english_post")
    return words[-1] in posts or (words[-1] in role_words("english_unit") and any(w in posts for w in words))


def _written_after_lowercase(text: str, word: str, at: int) -> bool:
    """Whether ``word`` stands elsewhere than ``at`` right after a lowercase word that is no
    speech verb (`karyawan Meta`, `ke Roblox`, not `ucap Ajeng`)."""
    for a, _ in whole_words(text, word):
        before = _LOWER_BEFORE.search(text, max(0, a - 30), a)
        if a != at and before is not None and before.group(1) not in speech_verbs():
            return True
    return False


#: a lowercase word, then spaces only, before a position (`karyawan Meta`; not `pemakaian. Ajeng`)
_LOWER_BEFORE = regex.compile(r"(?<![\w-])(\p{Ll}+) +$")


#: Words at most of a place's name matched across a title's end and a holder's name.
_MAX_PLACE_WORDS = 3
_ADMIN_PLACE = regex.compile(r"(?<![\w-])(\p{L}+)((?:[ \t]+\p{Lu}[\p{Ll}-]*){1,3})")


def _places_written(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """Every place the text writes after an administrative word (`Kampung Bakung Udik`,
    `Pekon Tuguratu`) outside the role mentions' ``spans`` (`Kepala Desa Sukamaju Budi` runs
    on into a name), folded: lowercase, no spaces, each run of its first one to three words."""
    out = set()
    for m in _ADMIN_PLACE.finditer(text, overlapped=True):
        if m.group(1).lower() in admin_words() and not any(a <= m.start() < b for a, b in spans):
            words = m.group(2).split()
            out.update("".join(words[:k]).lower() for k in range(1, len(words) + 1))
    return frozenset(out)


def _place_across(text: str, m: RoleMention, places: frozenset[str]) -> RoleMention:
    """`Kepala Kampung Bakung Udik Santori` where the article writes `Kampung Bakung Udik`
    elsewhere, `Pj Peratin Bandarbaru Darikson Eka Putra` where it writes `Pekon Bandarbaru`:
    the place the article names after its administrative word elsewhere (glued or not: `Pekon
    Tuguratu`, `Peratin Tugu Ratu Basuki`) sets where the title's place ends and the holder's
    name starts; a name of one word at least is left."""
    title, name = m.title.split(), m.name.split()
    if len(title) < 2 or m.name_span[0] <= m.span[0]:
        return m
    for t in range(0, min(_MAX_PLACE_WORDS, len(title) - 1) + 1):
        for j in range(min(_MAX_PLACE_WORDS - t, len(name) - 1), 0, -1):
            # alone, a place's name must be no known word (`Desa Jaya`, `Jaya Saputra`)
            if not t and any(word_class(w) is not W.UNK for w in name[:j]):
                continue
            if all(len(w) < 2 for w in name[j:]):  # `Medco E&P`: a letter left is no name
                continue
            if "".join(title[len(title) - t :] + name[:j]).lower() in places:
                return _moved(text, m, j)
        if (
            t
            and len(title) > t + 1
            and _name_back(text, title[-1], name, places)
            and "".join(title[-t - 1 : -1]).lower() in places
            and "".join(title[-t - 1 :]).lower() not in places
        ):
            return _moved(text, m, -1)
    return m


def _name_back(text: str, word: str, name: Sequence[str], places: frozenset[str]) -> bool:
    """Whether a title's last word past a place may go back to the name: a word of letters of no
    known class or a given name, no region nor place itself (`DLH Kota Serang`), that the
    article writes nowhere but before a word of the name (`Jon Pandu`; not `Bandung Zoo`)."""
    if not word.isalpha() or word_class(word) not in (W.UNK, W.GIV) or word.lower() in places:
        return False
    if any(next_word(text, b) not in name for _, b in whole_words(text, word)):
        return False
    return match_region(tokenize(word), 0, 1) == 0


def _moved(text: str, m: RoleMention, j: int) -> RoleMention:
    """``m`` with its name's first ``j`` words moved to the title's end (``j`` > 0), or the
    title's last ``-j`` words moved to the name's start; ``m`` when the text between is not
    spaces only."""
    s, e = m.name_span
    title = m.title.split()
    if j > 0:
        words = m.name.split()[:j]
        found = regex.match(r"[ \t]*".join(map(regex.escape, words)) + r"[ \t]+", text[s:e])
        if found is None:
            return m
        start = s + found.end()
        return replace(
            m, name=proper_name(text, (start, e)), title=" ".join(title + words), name_span=(start, e)
        )
    words = title[j:]
    found = regex.search(r"[ \t]*".join(map(regex.escape, words)) + r"[ \t]+$", text[m.span[0] : s])
    if found is None:
        return m
    start = m.span[0] + found.start()
    return replace(m, name=proper_name(text, (start, e)), title=" ".join(title[:j]), name_span=(start, e))


def _place_tail_holder(text: str, m: RoleMention) -> bool:
    """`Kepala Pemangku Mekar Sari, Hendri`, `Peratin Way Empula Ulu, Peratin …`: a holder of one
    word after the title that is a place's last word (`place_end_words`: Sari, Ulu, Agung) and
    is followed by a comma ends the title's place, after a capitalised word of that place that is
    no rank nor honorific (`Kolonel laut Agung,` is a holder); it names no one."""
    s, e = m.name_span
    if m.clause or s <= m.span[0] or len(m.name.split()) != 1 or text[e : e + 1] != ",":
        return False
    prev = prev_word(text, s)
    return m.name.lower() in place_end_words() and prev[:1].isupper() and word_marker(prev) is None


#: `&` and a capitalised word right after a holder's name (` & Decker`, `&Co`).
_AMPERSAND_NAME = regex.compile(r"[ \t]*&[ \t]*\p{Lu}")


def _company_joined(text: str, m: RoleMention) -> bool:
    """`Country Director Stanley Black & Decker Indonesia …`, `Direktur Medco E & P …`: a holder's
    name that `&` joins to a capitalised word goes on as a company's name (GUIDELINES: a body's
    name is no person's); it names no one."""
    return _AMPERSAND_NAME.match(text, m.name_span[1]) is not None


def _may_open_name(word: str) -> bool:
    """Whether a word after a title's comma may open the holder's name: not a rank or an
    honorific (`Polda Jateng, Kombes Artanto`), not a region (`Bupati Pringsewu, Lampung`: the
    gazetteer's regions end a title), nor a place's last word that is no given name (`Barat`)."""
    if word_marker(word) is not None or match_region(tokenize(word), 0, 1) > 0:
        return False
    return word.lower() not in place_end_words() or word_class(word) in (W.GIV, W.AMB)


def _paired_posts(text: str, mentions: list[RoleMention]) -> list[RoleMention]:
    """Bupati dan Wakil Bupati Sleman Kustini Sri Purnomo dan Danang Maharsa; Walikota Metro dan
    Wakil Walikota Metro, Wahdi … dan Qomaru …: two posts joined by `dan`/`serta` before exactly
    two holders name one post each, in the same order; the body or region after the second head
    belongs to both when the first has none (Bupati Sleman, Wakil Bupati Sleman)."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (a.official and b.official and a.title == b.title and a.span[0] == b.span[0]):
            continue
        if (k + 2 < len(out) and out[k + 2].span[0] == a.span[0]) or (k and out[k - 1].span[0] == a.span[0]):
            continue  # three holders or more: no pairing
        pair = _two_heads(a.title)
        if pair is None:
            first = _post_before(text, a.span[0])
            if first is None or any(m.span[1] > a.span[0] - len(first) - 5 for m in out[:k]):
                continue
            pair = (first, a.title)
        out[k], out[k + 1] = replace(a, title=pair[0]), replace(b, title=pair[1])
    return out


def _two_heads(title: str) -> tuple[str, str] | None:
    """Bupati dan Wakil Bupati Sleman -> (Bupati Sleman, Wakil Bupati Sleman); None when the title
    does not open with two bare heads joined by `dan`/`serta`."""
    toks = tokenize(title)
    first = match_head(toks, 0)
    if (
        first is None
        or first.end + 1 >= len(toks)
        or toks[first.end].text.lower() not in role_words("and_word")
    ):
        return None
    second = match_head(toks, first.end + 1)
    if second is None or not (first.official and second.official):
        return None
    rest = title[toks[second.end].start :] if second.end < len(toks) else ""
    return f"{title[: toks[first.end - 1].end]} {rest}".strip(), title[toks[first.end + 1].start :]


def _post_before(text: str, start: int) -> str | None:
    """Walikota Metro dan | Wakil Walikota Metro, …: the post of capitalised words right before
    the `dan`/`serta` that comes before a mention at ``start``, from its earliest head."""
    before = text[max(0, start - _MAX_PAIRED_POST) : start]
    toks = tokenize(before)
    if len(toks) < 2 or toks[-1].text.lower() not in role_words("and_word"):
        return None
    best = None
    j = len(toks) - 2
    while j >= 0 and toks[j].kind is WORD and toks[j].text[0].isupper() and not toks[j + 1].newline:
        h = match_head(toks, j)
        if h is not None and h.official:
            best = j
        j -= 1
    return None if best is None else before[toks[best].start : toks[-2].end]


#: Characters: how far back a first post is looked for before `dan` (`_post_before`).
_MAX_PAIRED_POST = 80


#: Name words at least in a holder's name whose first word may be a body's name (`CEO Tesla
#: Elon Musk`): the name left after it has two words or more.
_BODY_NAME_MIN = 3
_PERSON_CUES = (Marker.HON, Marker.RANK, Marker.REL, Marker.PRE)


def _body_off(text: str, m: RoleMention, entities: Sequence[Entity]) -> RoleMention:
    """`CEO Tesla Elon Musk`, `Kepala BPP Lumbok Seminung Thamrin`: title, a company's, brand's
    or place's name, then the holder's name. The body's words (`_entity_prefix`,
    `_one_word_body`) move from the name to the title."""
    s, e = m.name_span
    words = name_tokens(text[s:e])
    if len(words) < 2 or not text.startswith(words[0], s) or not words[0][:1].isupper():
        return m
    if s == m.span[0]:
        return m  # Betty Epsilon Idroos selaku anggota KPU: a name before its title opens with no body
    if word_class(words[0]) in (W.GIV, W.AMB, W.PART) or words[0].lower() in role_words("lower_honorific"):
        return m
    k = _entity_prefix(words, (s, e), entities) or (
        0 if _first_name_called_alone(m, words, entities) else _one_word_body(text, words, (s, e), entities)
    )
    if not k:
        return m
    pos = s
    for w in words[:k]:
        pos = text.find(w, pos)
        if pos < 0:
            return m
        pos += len(w)
    ns = regex.compile(r"\s+").match(text, pos)
    if ns is None or ns.end() >= e:
        return m
    name_start = ns.end()
    title = " ".join([m.title, *words[:k]])
    return RoleMention(proper_name(text, (name_start, e)), title, m.span, (name_start, e), m.official)


#: Words at least in a place's name read off the start of a holder's name by `_entity_prefix`.
_PLACE_PREFIX_MIN = 2


def _entity_prefix(words: Sequence[str], span: Span, entities: Sequence[Entity]) -> int:
    """`Kepala BPP Lumbok Seminung Thamrin` where the model calls `Kecamatan Lumbok Seminung` a
    place elsewhere: the name's first two words or more, written elsewhere as a place or body
    after its administrative, geographic or facility word (`Kecamatan`, `Desa`, `Gunung`), are
    that place; returns how many (0: none). One word is too weak: the model often glues a
    holder's first name onto the body before it."""
    s, e = span
    kinds = admin_words() | geo_words() | facility_words()
    for k in range(len(words) - 1, _PLACE_PREFIX_MIN - 1, -1):
        head = " ".join(words[:k])
        for ent in entities:
            first, _, rest = " ".join(ent.text.split()).partition(" ")
            if (
                ent.label != EntityLabel.PER
                and not (ent.span[0] < e and s < ent.span[1])
                and rest == head
                and first.lower() in kinds
            ):
                return k
    return 0


def _one_word_body(text: str, words: Sequence[str], span: Span, entities: Sequence[Entity]) -> int:
    """`CEO Tesla Elon Musk`, `Manajer Bobobox Indra Gunawan`: the first word of a name of three
    words or more is a company's or brand's name, not the holder's first name, when the article
    writes it alone elsewhere (`pabrik Tesla`), never in a person context there (`kata Tesla`,
    `Pak Tesla`), and either the model calls it part of an organisation or a place, or the article
    refers to the holder by another word of the name alone (`Musk mengatakan`). Of a name of two
    words (`Itera Pujiono`) only when the article writes the word alone as a body's name
    (`_body_alone`) and calls the holder by the other word; returns 1, or 0."""
    s, e = span
    first = words[0]
    short = len(words) < _BODY_NAME_MIN
    if len(first) < 3 or (short and not _body_alone(text, first, entities)):
        return 0
    alone = [a for a, b in whole_words(text, first) if a != s and next_word(text, b) != words[1]]
    if not alone or any(_person_cue(text, a, a + len(first)) for a in alone):
        return 0
    held = any(
        ent.label != EntityLabel.PER and first in ent.text.split() and words[1] not in ent.text.split()
        for ent in entities
    )
    called = any(
        prev_word(text, x) != first
        for w in words[1:]
        if len(w) >= 3 and word_class(w) in NAMEISH
        for x, _ in whole_words(text, w)
        if not s <= x < e
    )
    return 1 if called or (held and not short) else 0


def _body_alone(text: str, word: str, entities: Sequence[Entity]) -> bool:
    """Whether the article writes ``word`` alone as a body's short name in brackets (`Institut
    Teknologi Sumatera (Itera)`) or the model calls it alone a body or a place."""
    return f"({word})" in text or any(ent.label != EntityLabel.PER and ent.text == word for ent in entities)


def _first_name_called_alone(m: RoleMention, words: Sequence[str], entities: Sequence[Entity]) -> bool:
    """`Kadis PUPR Madina Elpi Yanti Harahap … Elpi menerima`: after a post written in Indonesian,
    the model naming a person by the name's first word alone elsewhere (a PER entity of that one
    word, at least twice as often as a place or a body: not `Cagliari`) makes it the holder's
    first name, no body's; after an English post (`CTO Traveloka Derianto Kusuma`) a company's
    name comes first and the model's lone PER is no proof."""
    first = words[0]
    alone = [ent.label == EntityLabel.PER for ent in entities if ent.text == first]
    return not _english_post_title(m.title) and alone.count(True) >= max(1, 2 * alone.count(False))


def _person_cue(text: str, a: int, b: int) -> bool:
    """A person context: an honorific or rank before the word, a speech verb after it (`Tesla
    mengatakan`), or one before it that the word ends (`kata Tesla.`; `mengatakan Tesla akan …`
    opens a reported clause)."""
    prev, nxt = prev_word(text, a), next_word(text, b)
    speech = speech_verbs()
    said = prev.lower() in speech and text[b : b + 1] in ("", ".", ",", ";", "\n")
    return said or nxt.lower() in speech or word_marker(prev) in _PERSON_CUES
