"""The scanner: one pass over an article's tokens, head by head, and its guards.

`scan_roles` reads an article (whole, or around its heads on a long page), runs `_Scanner`
and settles its mentions. `_Scanner.scan` opens a mention at each head of the lexicon
(`match_head`), `mention` tries the linking patterns of the parts below in turn; the guards
skip a head sought, not held (`calon`), a `pimpinan` that means "led by", a document,
building or grade named after a post, and join two posts of one holder (`_two_posts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from ...records import Entity, Span
from ...text.numbers import parse_number
from ...text.tokens import DASHES, NUMBER, WORD, Tok, cue_positions, whole_tokens, window_tokens
from ...text.words import NAMEISH, word_class, word_set
from ..lexicon import (
    Head,
    Marker,
    branch_office_word,
    company_forms,
    company_names,
    english_units_only,
    facility_words,
    head_words,
    match_head,
    match_marker,
    match_region,
    may_open_head,
    needs_body,
    role_words,
    scholar_degree,
    title_prefixes,
)
from ..titles import Piece, first_segment
from .apposition import _initials, _NameFirst
from .firsts import _name_pair
from .mentions import _SENTENCE_OPENERS, RoleMention, W, _grade_at, _Mention, one_of_before
from .settle import (
    _body_tail_holder,
    _company_joined,
    _paired_posts,
    _place_tail_holder,
    _places_written,
    _settled,
    _two_heads,
)

#: Characters: up to this (a long article), the text is read whole; a longer page is read only
#: around its heads (its tokens cut out of one tokenization up to `SMALL_TEXT`).
_WHOLE = 30_000


def _after_facility_word(prev: Tok | None) -> bool:
    """Jalan Panglima Polim, Jalan Gubernur Suryo, Bundaran Wali Kota: a capitalised head right
    after a capitalised facility's or street's word is a word of that place's name, no post."""
    return (
        prev is not None
        and prev.kind is WORD
        and prev.text[:1].isupper()
        and prev.text.lower().rstrip(".") in facility_words()
    )


class _Scanner(_NameFirst):
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
            if _team_member(h.text, head):
                # Pemain tim …: a player of a team, linked as a post is (still a person), no post
                found = [replace(rm, official=False) for rm in found]
            if unheld is not None and len(found) == 1:
                held = self._post_before_second(unheld, i, found[0])
                found = [self._two_posts(unheld, i, head, found[0]), *held]
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

    def _post_before_second(self, unheld: tuple[int, int, str], b: int, rm: RoleMention) -> list[RoleMention]:
        """Wali Kota Solo yang juga bakal calon gubernur, Budi …; Direktur Utama RSUP Persahabatan
        sekaligus pakar paru Prof Agus …: a post with no holder, joined by `sekaligus`
        (second_post) or `yang juga`/`yang merupakan` to an occupation or a post sought (no
        office: `_link_before`) whose holder follows it, in one sentence, is that holder's office
        too; the occupation or candidacy stays the person's. A second post held (sekaligus Ketua
        DPC …, Budi) is left to the holder after it."""
        toks = self.toks
        a, a_end, _ = unheld
        k = b
        if k - 1 > a_end and toks[k - 1].text.lower() in role_words("candidacy"):
            k -= 1  # calon gubernur
            if k - 1 > a_end and toks[k - 1].text.islower() and self._post_link_at(a_end, k) is None:
                k -= 1  # bakal calon: one word before it
        link = self._post_link_at(a_end, k)
        if (
            rm.official
            or link is None
            or rm.name_span[0] <= toks[b].start
            or not all(self._title_word(t) for t in toks[a_end:link])
            or any(t.newline for t in toks[a + 1 : b])
            or (a > 0 and toks[a - 1].text == "(")  # Ketua Umum (Ketum) …: a head's gloss, not its start
        ):
            return []
        title = self.title(a, link, head_end=a_end)
        return [RoleMention(rm.name, title, (toks[a].start, rm.span[1]), rm.name_span, True)]

    @staticmethod
    def _title_word(t: Tok) -> bool:
        """Whether ``t`` may go on a post's title up to a link: a capitalised word or a number
        (Komisi V, RT 05), a bracket, a comma or `dan` in a body's name (Bidang Politik, Hukum,
        dan Keamanan)."""
        return (
            (t.kind is WORD and t.text[0].isupper())
            or t.kind is NUMBER
            or t.text in ("(", ")", ",", "&")
            or t.text in role_words("and_word")
        )

    def _post_link_at(self, a_end: int, k: int) -> int | None:
        """Where the link to a second post starts when it ends right before ``k``: `sekaligus`
        (second_post) or `yang juga`/`yang merupakan`, after the first post's run (``a_end``)."""
        toks = self.toks
        if k - 1 >= a_end and toks[k - 1].text.lower() in role_words("second_post"):
            return k - 1
        if k - 2 >= a_end and toks[k - 2].text.lower() == "yang":
            return k - 2 if toks[k - 1].text.lower() in ("juga", "merupakan") else None
        return None

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
            if h2 is None or (official and not h2.official) or self._functional_level(at):
                break  # Kepala Dinas Pemuda, Olahraga …: an occupation after a post names its field
            if h2.text in role_words("branch_head"):
                break  # Kepala Perwakilan BKKBN …: the body's branch office, no second head
            end, official = h2.end, official or h2.official
            head = h2.text
        return self._head_gloss(end), official, head

    def _experts_plural(self, start: int, head: str) -> bool:
        """mengirim para ahli ke wilayah Ushuaia, sejumlah ahli dari Universitas X, Budi dan Rina:
        a scholar's occupation (`body_head`) after a word that counts it in the plural (`para`,
        `banyak`, `sejumlah`, `dua`, `kedua`: `_counts_many`) names a group of them, no one
        holder."""
        if start == 0 or head not in role_words("body_head"):
            return False
        return _counts_many(self.toks[start - 1].text)

    def _functional_level(self, k: int) -> bool:
        """Peneliti Ahli Muda, Widyaprada Ahli Utama: `Ahli` at ``k`` before a level word
        (`post_level`) is the level of a functional post, a word of the title before it, no
        expert's head."""
        toks = self.toks
        return (
            toks[k].text.lower() in role_words("expert_head")
            and k + 1 < self.n
            and toks[k + 1].text.lower() in role_words("post_level")
        )

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
        found = self._word_before_head(start, end, head)
        if found is not None:
            return found
        if self._team_coached_by(start, end, head):
            return end
        # wakil Malaysia Pearly Tan, wakil Indonesia di final: a bare `wakil` before a country or
        # region (no post after it) is a side's representative (a player, a delegate), no deputy
        if head == "wakil" and end == start + 1 and match_region(toks, end, self.n) > end:
            return end
        # konsultan ahli Komite X, saksi ahli: `ahli` modifies the noun before it, no head
        if head in role_words("expert_head") and prev is not None and prev.text in role_words("expert_noun"):
            return end
        if self._experts_plural(start, head):
            return end
        if self._functional_level(start):
            return end
        # Pejabat Pimpinan Tinggi Pratama: a civil-service grade, not a post with its holder
        if _grade_at(toks, end - 1):
            return end + 1
        if self._degree_before_name(start, end, head):
            return end
        capital_mid = toks[start].text[0].isupper() and start > 0 and not toks[start].newline
        if capital_mid and end == start + 1 and self._name_word_head(start):
            return end
        if capital_mid and _after_facility_word(prev):
            return end
        # a capitalised group head inside a longer capitalised name (Rapat Pimpinan Nasional)
        # is part of that name; full titles stay (Kunjungan Kerja Gubernur Bali Wayan Koster);
        # an expert's `Ahli` after any capitalised word that opens no post too (didatangkan Al Ahli)
        if (
            head in role_words("weak_head")
            and capital_mid
            and toks[start - 1].kind is WORD
            and (
                word_class(toks[start - 1].text) in (W.COM, W.ORG)
                or (head in role_words("expert_head") and toks[start - 1].text[0].isupper())
            )
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

    def _team_coached_by(self, start: int, end: int, head: str) -> bool:
        """tim asuhan pelatih Carlo Ancelotti: a team's word (`team_head`) right before a word
        saying who coaches it (`coached_by`: asuhan, besutan) and a head names the coach's team,
        no post of its own; the head opens the coach's mention (annotations README: `pelatih` is a
        role in a team). A name right after the word (tim asuhan Frank van Dijkstra) is read
        with the team as before."""
        toks = self.toks
        return (
            head in role_words("team_head")
            and end + 1 < self.n
            and not toks[end].newline
            and toks[end].text.lower() in role_words("coached_by")
            and match_head(toks, end + 1) is not None
        )

    def _word_before_head(self, start: int, end: int, head: str) -> int | None:
        """Where to read on when the word before the head at ``start``, or the head's own first
        word, makes it no post opening here (None: it may)."""
        toks = self.toks
        prev = toks[start - 1] if start > 0 and not toks[start].newline else None
        # istri Bupati Badung, istri anggota DPRD: the post after the kin word opens its own
        # mention; before a weak head a kin word that is also a common noun (`kin_noun`) is more
        # often that noun (karies pada anak Dokter Gigi …: children)
        if (
            end > start + 1
            and self._kin_word(start)
            and not (head in role_words("weak_head") and toks[start].text.lower() in role_words("kin_noun"))
        ):
            return start + 1
        # Keputusan Menteri Keuangan Nomor …, Pergub …: a regulation named after a post; Kantor
        # Lurah Tuminting, Rujab Bupati: a building named after the post it houses; a lowercase
        # document word is the common noun (keputusan Ketua Umum PDIP Megawati …: her decision)
        if prev is not None and (
            (prev.text.lower() in role_words("document") and prev.text[0].isupper())
            or prev.text.lower() in role_words("building")
        ):
            return end
        # BPK RI Perwakilan Provinsi Lampung: after a capitalised word, a branch office's word
        if branch_office_word(head, prev.text if prev is not None else None):
            return end
        return None

    def _degree_before_name(self, start: int, end: int, head: str) -> bool:
        """kata Profesor Ian Caterson, Presiden …; Peneliti Eijkman Institute Profesor Herawati: a
        capitalised scholar's or physician's word (people_roles.txt body_head) that is also a
        degree written before a name (names_degrees_pre.txt), right before a word that may open
        a name, is that degree, no post; before a body (Profesor MIT) or a field (Profesor Riset
        …) it stays the occupation."""
        toks = self.toks
        return (
            head in role_words("body_head")
            and scholar_degree(toks, start)
            and end < self.n
            and toks[end].kind is WORD
            and toks[end].text[0].isupper()
            and word_class(toks[end].text) in NAMEISH
        )

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
        toks = self.toks
        m = self._read_mention(start, end, official, head, loose=loose)
        if m is None:
            return None
        pair = self._hyphened_pair(m)
        if pair is not None:
            return pair
        if self._field_before_colon(m) or self._bracketed_after_person(m):
            m.names, m.comp_end = [], m.run_end
        english = self._english_post_after_name(m) and not self._holds_post_before(toks[start - 2].end)
        if english and first_segment(m.els):
            # Vikram Sinha, President Director & CEO Indosat Ooredoo Hutchison, …: the post's company
            m.comp_end = max(m.comp_end, first_segment(m.els)[-1].j)
        first = start - self._former_before(start)
        title_span = (toks[first].start, toks[max(m.comp_end, end) - 1].end)
        title = self.title(start, max(m.comp_end, end), head_end=end)
        if m.paren:
            # Gubernur (Bali Wayan Koster) -> Gubernur Bali
            title = " ".join((self.title(start, end) + " " + self.title(m.j0, m.comp_end)).split())
        if first < start:  # mantan Gubernur (Bali Wayan Koster): the span keeps the word, so does the title
            title = f"{toks[first].text} {title}"
        if m.held_in is not None:  # Ahli geologi Budi dari Universitas X: the body after the name
            title = f"{title} {self.title(*m.held_in)}"
        found = self._fronted_clause(m, self._holders_of(m, end, title, title_span, english=english))
        return self._relative_of_holder(first, title_span, found)

    def _relative_of_holder(
        self, first: int, title_span: Span, found: tuple[list[RoleMention], int] | None
    ) -> tuple[list[RoleMention], int] | None:
        """istri Bupati Badung, Ni Luh Sari; putra Presiden Joko Widodo, Budi: a kin word (people_roles
        `kin`) right before the post at token ``first`` makes the post a relative's. A holder written
        right after the title with no comma between holds it (istri Gubernur Bali Wayan Koster:
        Koster), unless the article named that post's holder before (istri Menpora Siti … after
        Menpora Imam …); one set off by a comma, a colon or a bracket (which glosses the whole
        phrase: Istri Gubernur (Rina …)), named before it, or pointed to (Istri
        Bupati Badung itu …) is the relative: a person with no post of their own (GUIDELINES §2).
        When the relative is named first (ABK, anak Pj Gubernur X, Nikolaus …: after a comma), the
        name after the post is its holder; so is a name after a comma when the kin word is also a
        common noun (`kin_noun`: gizi anak Kepala Dinas Kesehatan, Budi …: children)."""
        toks = self.toks
        if found is None or first == 0 or toks[first].newline or not self._kin_word(first - 1):
            return found
        if any(a <= toks[first - 1].start < b for a, b in (r.name_span for r in found[0])):
            return found  # Bayu Putra Kepala Dinas …: the word is the holder's name
        if first > 2 and toks[first - 2].text == "," and self._person_before_comma(first - 2):
            return found
        held = {r.title.lower() for r in self.earlier if r.official}
        # gizi anak Kepala Dinas Kesehatan, Budi …: a kin word that is also a common noun
        # (people_roles `kin_noun`) leaves the post to a name set off by a comma
        noun = toks[first - 1].text.lower() in role_words("kin_noun")
        rms = [
            r
            if r.name_span[0] >= title_span[1]
            and (noun or not regex.search(r"[,:;(]", self.text[title_span[1] : r.name_span[0]]))
            and r.title.lower() not in held
            else replace(r, official=False)
            for r in found[0]
        ]
        return rms, found[1]

    def _kin_word(self, k: int) -> bool:
        """Whether token ``k`` is a relative's word (people_roles `kin`): in lowercase or opening a
        sentence (after a dateline's dash too: Jakarta, CNN Indonesia -- Putra Presiden …),
        outside a person's name (Putra, Putri are given names too: Bayu Putra Kepala Dinas …,
        Rizky Putra Kepala Desa …)."""
        t = self.toks[k]
        return (
            t.text.lower() in role_words("kin")
            and (t.text[0].islower() or self._opens_sentence(k) or self.toks[k - 1].text in DASHES)
            and not any(a <= t.start < b for a, b in self.per_spans)
        )

    def _person_before_comma(self, c: int) -> bool:
        """ABK, anak Pj Gubernur X, Nikolaus …: whether a person (the model's PER, a name run, a
        person's initials or a holder read before) ends right before the comma at ``c``; a fronted
        phrase there (Selain itu, Di Denpasar,) names no relative."""
        end = self.toks[c - 1].end
        return (
            _initials(self.toks[c - 1])
            or any(b == end for _, b in self.per_spans)
            or any(r.name_span[1] == end for r in self.earlier)
            or bool(self.name_before(c, reuse=True))
        )

    def _fronted_clause(
        self, m: _Mention, found: tuple[list[RoleMention], int] | None
    ) -> tuple[list[RoleMention], int] | None:
        """Sebagai Ketua APEKSI, Eri juga …: a post fronted by a sentence-opening `sebagai`/`selaku`
        (`_fronted_as`) is a capacity its holder acts in, given in a clause like `Eri, selaku …`:
        it does not replace a post written next to the name (`extract_officials`). It is a post
        only with its body or region named (Sebagai Inspektur Upacara, Budi …: a part in a
        ceremony, no holder)."""
        start = m.start
        if found is None or start == 0 or self.toks[start - 1].text.lower() not in role_words("as_word"):
            return found
        if not self._fronted_as(start - 1):
            return found
        if not any(e.kind in (W.ORG, W.ACR, Piece.REG) for e in first_segment(m.els)):
            return None
        return [replace(r, clause=True) for r in found[0]], found[1]

    def _read_mention(
        self, start: int, end: int, official: bool, head: str, *, loose: bool
    ) -> _Mention | None:
        """The run after the head read into a title and its names; None when it names no post."""
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
        if self._units_before_unsure_name(m) or not self._post_checks(m) or self._described_before(m):
            return None
        return m

    def _units_before_unsure_name(self, m: _Mention) -> bool:
        """Corporate Communication PT X Budi Santoso: English unit words alone (`english_units_only`)
        stand for their head only before a name the model reads as a person or a known given name
        opens; before any other capitalised word they are a list of units or a name's words
        (… Business Information Technology, dan Business Analytics, Binus; Global Development and
        South-South Cooperation Fund): no mention. So does an English head closed by an occupation
        (`needs_body`, no weak Indonesian head: Executive Producer) before an unsure lone word, the
        last of its body's capitalised words (Executive Producer Filosofi Dunia Khayalan selaku
        rumah produksi …: the production house, its last word no holder)."""
        if not m.names:
            return False
        # a holder of two words or more is a name's shape (Senior Product Security Engineer GitHub,
        # Jarom Brown): the occupation's guard reads a lone word only
        occupation = needs_body(m.head) and m.head not in role_words("weak_head") and len(m.names[0]) == 1
        if not (english_units_only(m.head) or occupation):
            return False
        first = m.names[0][0]
        return not (first.kind is W.GIV or self.strong(first))

    def _holders_of(
        self, m: _Mention, end: int, title: str, title_span: Span, *, english: bool
    ) -> tuple[list[RoleMention], int] | None:
        """The holders of the title: named before it after an English post or a dash, after it,
        after a colon or `yakni`, before it, or the holder a pronoun points to."""
        if english or self._dash_holder(m):
            kept = (m.names, m.run_end)
            m.names, m.run_end = [], max(m.comp_end, end)
            found = self._name_first(m, title, title_span)
            if found is not None:
                return found
            m.names, m.run_end = kept
        if (linked := self._linked_body_holder(m)) is not None:
            return linked
        if m.names:
            results = [self._role(seg, title, title_span, m.official) for seg in m.names]
            return [r for r in results if r is not None], m.run_end
        found = (
            None
            if m.selaku or m.apposed or self._apposed_to_person(m)
            else self._bracketed_holder(m, title, title_span)
            or self._name_after(m, title, title_span)
            or self._company_then_holder(m)
            or self._colon_name(m, title, title_span)
            or self._namely(m, title, title_span)
            or self._clause_holder(m, title, title_span)
        )
        if found is not None:
            return found
        found = self._name_first(m, title, title_span)
        if found is None and m.link >= 2 and self.toks[m.start - m.link].text.lower() == "yang":
            # Sekretaris gugus tugas yang juga Kepala BPBD, Maidar, …; Kepala BP BUMN yang juga
            # menjabat sebagai COO Danantara, Dony …: no name before `yang`, a post of someone
            # named after the comma
            return self._name_after(m, title, title_span)
        if found is None and not m.selaku:
            return self._this_holder(m, title, title_span)
        return found

    def _bracketed_after_person(self, m: _Mention) -> bool:
        """Purwanti Lee (Vice President PT Sugar Group Companies): a post opening a bracket right
        after a person's name (the model's PER), whose one "holder" is its run's last words closed
        by the bracket and no person to the model, is that person's post (`_name_first`, name
        (title)); the words are the body's. A person inside (Pak Riefky (Wakil Ketua … Teuku Riefky
        Harsya)) stays the holder."""
        toks, s = self.toks, m.start
        if len(m.names) != 1 or s < 2 or toks[s - 1].text != "(" or toks[s].newline:
            return False
        last = m.names[0][-1].j
        return (
            last < self.n
            and toks[last].text == ")"
            and any(e == toks[s - 2].end for _, e in self.per_spans)
            and not any(self.in_per(e) for e in m.names[0])
        )

    def _apposed_to_person(self, m: _Mention) -> bool:
        """Mioara Mandea, seorang ahli geofisika di CNES … dan peneliti proyek Gravimetry, Magnetism;
        Nathan Magarvey, ahli biokimia dari Universitas X …, Delftia: a lowercase scholar's or
        physician's occupation (`body_head`), right after a comma (and `seorang`) that follows a name the
        model reads as a person, describes that name; no holder is looked for after its title."""
        toks, b = self.toks, m.start
        if not (m.head in role_words("body_head") and toks[b].text[0].islower()):
            return False
        b -= one_of_before(toks, b)
        return b > 1 and toks[b - 1].text == "," and any(e == toks[b - 2].end for _, e in self.per_spans)

    def _holds_post_before(self, end: int) -> bool:
        """Whether the name ending at ``end`` holds the post written right before it with no comma
        (`… Digital Edwin Hidayat Abdullah, Managing Director …`): a list of posts, each before its
        holder, where the next post has its own holder after it."""
        for r in reversed(self.earlier):
            if r.name_span[1] == end:
                before = self.text[r.span[0] : r.name_span[0]].rstrip()
                return r.name_span[0] > r.span[0] and not before.endswith(",")
        return False

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
            if not (
                _place_tail_holder(text, m)
                or _body_tail_holder(m)
                or m.name in companies
                or _company_joined(text, m)
            )
        ],
        entities,
    )


def _team_member(first: str, head: str) -> bool:
    """Pemain tim wanita Manchester City, Steph Houghton; atlet tim nasional bola voli putri: a
    competitor's noun (entities_competitor_nouns.txt) before a team's word names one who plays
    for the team, not a post in it (annotation conventions: athletes and players are not
    officials for playing for a team; `kapten tim`, `pelatih tim` are)."""
    return first in word_set("entities_competitor_nouns.txt") and head in role_words("team_head")


def _counts_many(word: str) -> bool:
    """Whether ``word``, right before a noun, counts it in the plural: a group word (`para`,
    `banyak`: people_roles `group_marker`), a quantifier (`sejumlah`, `beberapa`, `berbagai` …:
    entities_plural_quantifiers.txt), a numeral of two or more (`dua`, `3`, `sebelas`:
    `parse_number`) or its collective `ke-` form (`kedua`, `ketiga`: both, all three of them)."""
    low = word.lower()
    if low in role_words("group_marker") or low in word_set("entities_plural_quantifiers.txt"):
        return True
    for w in (low, low.removeprefix("ke") if low.startswith("ke") else ""):
        try:
            if w and parse_number(w) >= 2:
                return True
        except ValueError:
            continue
    return False
