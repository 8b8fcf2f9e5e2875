"""The links from a title to the names after it: title-name, title-comma-name, bracket, selaku.

The part `_TitleLinks` of the scanner reads the run after a head (`_read_run`, a body's seat,
a bracket of region and name), then links it to its holders: **title – name** with more
holders joined by `dan` (`_title_name`), **title, name** (`_title_comma_name`), a title given
after `selaku` (`_title_after_selaku`), **title … , name** after a place phrase
(`_name_after`), **title yang <clause>, name** (`_clause_holder`); `_post_checks` drops a
post that names no one (a team, a body's name), and keeps an occupation whose body follows its
holder (**occupation name dari body**, `_body_after_holder`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...records import Span
from ...text.patterns import LazyPattern
from ...text.tokens import WORD, Tok
from ...text.words import (
    NAMEISH,
    admin_level_words,
    hospital_word,
    org_words,
    speech_verbs,
    word_class,
    word_set,
)
from ..corpus import common_word_only, ministry_fields
from ..lexicon import (
    Marker,
    facility_words,
    geo_words,
    match_head,
    match_marker,
    match_region,
    needs_body,
    office_heads,
    role_words,
)
from ..titles import MAX_FIELD_WORDS, El, Piece, first_segment, orglike, segments
from .firsts import _FirstHolder
from .mentions import RoleMention, W, _Mention

#: Words of a body's own name that the model may take for a person before `, <name>` (Sentosa Life).
_MAX_BODY_WORDS = 2
#: Tokens of a relative clause between a post and the comma before its holder (yang baru dilantik
#: pekan lalu; yang mendampingi tersangka di Polda): longer clauses tell more than which holder.
_MAX_CLAUSE = 8
#: A unit's code after its name (RT 05, SD Negeri 2, SPBU 24.341.02): one to three digits, or such
#: groups joined by dots; not a year (Porprov 2024), which dates an event, not where a unit stands.
_UNIT_CODE = LazyPattern(r"\d{1,3}(?:\.\d{1,3})*")
#: What ends a sentence or opens a quote inside such a clause: no holder across it.
_CLAUSE_BREAKS = (".", "!", "?", ":", ";", "“", "”", '"', "(")


class _TitleLinks(_FirstHolder):
    """Title-name, title-comma-name, bracket, selaku and name-after links."""

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

    def person_in_bracket(self, b: int) -> int | None:
        """The closing bracket's token when ``b`` opens a bracket that holds the model's person and
        nothing else (`(Prabowo Subianto)`); None otherwise."""
        toks = self.toks
        end = self.per_ends.get(toks[b + 1].start) if b + 2 < self.n and toks[b].text == "(" else None
        if end is None:
            return None
        close = next((k for k in range(b + 2, self.n) if toks[k].start >= end), None)
        return close if close is not None and toks[close].text == ")" and toks[close - 1].end == end else None

    def held_in_bracket(self, b: int) -> tuple[list[El], int] | None:
        """Presiden (Prabowo Subianto), Menteri BUMN (Erick Thohir): the name of a holder in the
        bracket ``b`` opens, and its closing bracket's token, when the bracket holds the model's
        person alone (`person_in_bracket`), a name of two words or more or opened by a known given
        name (no short form of the post: Jaksa Agung Muda Tindak Pidana Umum (Jampidum)); None
        otherwise."""
        close = self.person_in_bracket(b)
        seg = first_segment(self.elements(b + 1, kecamatan=False)) if close is not None else []
        sp = self.split(seg, "") if seg and seg[-1].j == close else None
        if sp is None or sp[0] != 0 or (len(seg) < 2 and seg[0].kind is not W.GIV):
            return None
        return seg, close

    def _read_run(self, m: _Mention) -> bool:
        """The run after the head, with `_bracket_title`; False when the mention gives nothing."""
        toks, n, end = self.toks, self.n, m.end
        # Gubernur (Bali Wayan Koster): a place and its holder in a bracket after the head; the
        # model's person alone there is the holder after the title (`_bracketed_holder`)
        m.paren = (
            end + 3 < n
            and toks[end].text == "("
            and not m.selaku
            and toks[end + 2].text != ")"
            and self.person_in_bracket(end) is None
        )
        m.j0 = end + 1 if m.paren else end
        kec = m.head in role_words("kecamatan_head")
        m.els = self.elements(
            m.j0,
            kecamatan=kec,
            lowercase_ok=m.selaku,
            after_head=not m.paren,
            fields=m.official and not m.selaku,
        )
        if m.official and not m.paren:
            # Presiden (Prabowo Subianto) dan Wakil Presiden (Gibran …): a bracket holding a holder
            # ends the run; the title is the words before it, the name is kept for `_bracketed_holder`
            for x, e in enumerate(m.els):
                if e.kind is Piece.PAREN and (held := self.held_in_bracket(e.i)) is not None:
                    m.els, m.held = m.els[:x], held
                    break
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
        """Rina, staf pemasaran di PT Maju Jaya, …; Budi, profesor kimia dari Universitas X, …:
        after a lowercase apposition whose post names no body yet, `di` or `dari` (body_link)
        before a body's name (an organisation's word or an acronym in it, no region) joins that
        body to the post, as written. So does a body after a title of field words whose holder
        follows it (`_holder_after_body`: Dokter spesialis anak dari RSUD X, dr Rina). Not after
        an owner's word (pemilik toko di Pasar …: where the shop stands), nor after a
        capitalised title naming a body or region (Bupati … di Pendopo)."""
        toks = self.toks
        if any(e.kind not in (W.LOW, W.COM) for e in m.els) or m.head in role_words("owner_head"):
            return
        j = m.els[-1].j if m.els else self._field_before_di(m.end)
        link = toks[j].text if j < self.n else ""
        if not (j + 1 < self.n and link in role_words("body_link")):
            return
        held = self._holder_after_body(j)
        if held:  # the whole body up to its close, `dan` inside it, its words no name (Perhimpunan Dokter …)
            seg = [
                e if isinstance(e.kind, Piece) else El(e.i, e.j, W.ORG, e.text)
                for e in self.elements(j + 1, kecamatan=False)
                if e.j <= held
            ]
        else:
            seg = first_segment(self.elements(j + 1, kecamatan=False))
        if not held and not (
            all(e.kind is W.LOW for e in m.els)
            and self._lowercase_apposition(m)
            and any(e.kind in (W.ORG, W.ACR) for e in seg)
            and match_region(toks, j + 1, self.n) == j + 1
        ):
            return
        if seg:
            field = [El(x, x + 1, W.LOW, toks[x].text) for x in range(m.els[-1].j if m.els else m.end, j)]
            m.els = [*m.els, *field, El(j, j + 1, Piece.INNER, link), *seg]

    def _holder_after_body(self, j: int) -> int:
        """Dokter spesialis anak dari RSUD Sukamaju, dr Rina …; Pakar kulit dari Perhimpunan
        Dokter Kulit X dr Rina …: `dari`/`di` at ``j`` and a body (`_body_after_link`, its
        bracketed acronym not counted in its length) closed by a comma or by an honorific or a
        degree, then the model's person (past those markers): the body the post written before it
        is held in, its holder after it. Returns where the body ends (0: no such body)."""
        toks, n = self.toks, self.n
        k, words = j + 1, 0
        while k < n and words <= _MAX_HELD_BODY and not toks[k].newline:
            if toks[k].text == "(" and (close := self._bracket_end(k)):
                k = close
                continue
            comma = toks[k].text == ","
            if k > j + 1 and (comma or _name_marker(toks, k)):
                after = k + 1 if comma else k
                while after < n and (found := _name_marker(toks, after)):
                    after = found
                if after < n and toks[after].start in self.per_starts:
                    return k if self._body_after_link(j, k) or self._model_body(j, k) else 0
                if comma:
                    return 0
            words += toks[k].kind is WORD
            k += 1
        return 0

    def _model_body(self, j: int, k: int) -> bool:
        """Whether the capitalised words after the link at ``j`` up to ``k`` (`dan` between) open
        with the model's organisation, ending inside them (`dari Perhimpunan Dokter Kulit dan
        Kelamin X`: no word of it a body's word; the model's name may stop short of its end)."""
        toks = self.toks
        start, end = toks[j + 1].start, toks[k - 1].end
        words = [t.text for t in toks[j + 1 : k] if t.kind is WORD]
        capitalised = all(w[0].isupper() or w in role_words("body_joiner") for w in words)
        return capitalised and any(a == start and b <= end for a, b in self.org_spans)

    def _bracket_end(self, k: int) -> int:
        """The token after the bracket of one acronym opened at ``k`` (`(RSUP)`); 0 when none."""
        toks = self.toks
        ok = k + 2 < self.n and toks[k + 2].text == ")" and toks[k + 1].text.isupper()
        return k + 3 if ok else 0

    def _field_before_di(self, end: int) -> int:
        """staf pemasaran di …, profesor kimia dari …: where the lowercase field words after a
        head end at a body_link (`di`, `dari`), looked for as far as a field run reads
        (`MAX_FIELD_WORDS`: dokter spesialis penyakit dalam konsultan ginjal dari RSUD …)."""
        links = role_words("body_link")
        di = next(
            (k for k in range(end, min(self.n, end + MAX_FIELD_WORDS + 1)) if self.toks[k].text in links),
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
        if len(m.names) == 1 and conn in role_words("item_and") and self._comma_before(seg[0].i - 1):
            return False  # Wakil Sekjen Jabbar Idris, serta Uu …: `, serta` after one holder, a new item
        m.names.append(seg)
        m.run_end = seg[-1].j
        return True

    def _comma_before(self, k: int) -> bool:
        """Whether a comma comes right before the `serta` token at ``k``: a list of two
        holders of one post is written `A dan B`, so `A, serta B` (Ketua Umum Muhamad Mardiono dan
        Wakil Sekjen Jabbar Idris, serta Uu …; Mendagri Tito Karnavian, serta Prof. Bambang …
        sebagai penasihat) ends the post's holders at A; a longer list (A, B, dan C) is read on."""
        return k >= 1 and self.toks[k - 1].text == ","

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
        model_only = self._model_only_first(first, seg) or self._given_name_closing_body(first, seg)
        model_only = model_only or self._common_word_closing_body(first, seg)
        # Kuasa hukum Suherni (Wati), Made Wirawan: a person's lawyer, as with `lainnya`
        client = m.head in role_words("client_head") and first[0].i == m.end and self._one_person(first)
        client = client and self._serves_person(m, first[0])
        if not ((unsure or ranked or model_only or client or self._numbered_place(m, first, seg)) and last):
            return False
        m.official = m.official and not client
        m.comp_end = first[-1].j
        m.names = [seg]
        m.run_end = seg[-1].j
        m.weak_first = False
        return True

    def _numbered_place(self, m: _Mention, first: list[El], seg: list[El]) -> bool:
        """Pengawas SPBU 24.341.02 Ganjar Agung, Yogi S, mengatakan …: words right after a unit's
        code (a number of one to three digits, or such groups joined by dots: RT 05, SD Negeri 2,
        SPBU 24.341.02; no year: Porprov 2024) name where the numbered unit stands (its place),
        not its holder, when the name after the comma is itself closed by a comma before a
        lowercase word (an apposition: `, Yogi S, mengatakan`). Not a name the next clause opens
        with (Menurut Ketua RT 05 Budi, Joko sudah …) nor a list (Ketua RT 05 Budi, Joko.): the
        first name holds the post."""
        toks, j = self.toks, seg[-1].j
        code = _UNIT_CODE.get()
        numbered = any(e.j == first[0].i and e.kind is Piece.NUM and code.fullmatch(e.text) for e in m.els)
        if j >= self.n or not numbered:
            return False
        return toks[j].text == "," and self._closes_apposition(j)

    def _one_person(self, words: list[El]) -> bool:
        """Whether ``words`` are one person's name: one word, or the model's one PER span, whole
        (Kuasa hukum Suherni Wati, Made Wirawan: the client)."""
        toks = self.toks
        return len(words) == 1 or self.per_ends.get(toks[words[0].i].start) == toks[words[-1].j - 1].end

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

    def _common_word_closing_body(self, first: list[El], seg: list[El]) -> bool:
        """pemilik Sasana HS Boxing Camp, Hengky Silatang …: a "name" whose last word is a common
        word the lexicon knows (W.COM: Camp, Perdagangan), never a given name, and one news-raw
        holds in no person's name (`common_word_only`: not Jaya, Utama, which end many names:
        Ketua RT Budi Santoso Jaya, Ahmad Fauzi … is a holder and a list), ends no person's name:
        up to one word more than `_MAX_BODY_WORDS`, it closes the body's name, and the model's
        person of two name words or more after the comma, closing the clause (no list goes on),
        holds the post. A hyphened family name's last part is no such word (Mauricio
        Souza-Lima: Lima). News-raw: 1 holder mended (the boxing camp's owner), none lost."""
        toks, last = self.toks, first[-1].i
        return (
            len(first) <= _MAX_BODY_WORDS + 1
            and first[-1].kind is W.COM
            and common_word_only(toks[last].text)
            and not (last > 0 and toks[last - 1].text == "-")
            and any(e.kind is W.UNK for e in first)
            and toks[seg[0].i].start in self.per_starts
            and sum(e.kind in NAMEISH for e in seg) >= 2
            and self._closes_clause(seg[-1].j)
        )

    def _given_name_closing_body(self, first: list[El], seg: list[El]) -> bool:
        """Jaksa Agung Muda Intelijen Kejaksaan Agung, Reda Manthovani: one word that is also a
        given name (Agung, Raya), right after an organisation's word (Kejaksaan, Mahkamah,
        Masjid), that the model does not read as a person while its person opens the name after
        the comma, closes the body's name where the organisation layer's entity ends on it,
        spanning the body's word too (`Kejaksaan Agung`); the holder is named after the comma.
        Without that entity the word is the holder (`Ketua Koperasi Wati, Siti Aminah …`)."""
        toks = self.toks
        word = first[0]
        if not (
            len(first) == 1
            and word.kind in (W.GIV, W.AMB)
            and word.i > 0
            and word_class(toks[word.i - 1].text) is W.ORG
            and toks[word.i].start not in self.per_starts
            and toks[seg[0].i].start in self.per_starts
        ):
            return False
        body, end = toks[word.i - 1].start, toks[word.i].end
        return any(a <= body and b == end for a, b in self.org_spans)

    @staticmethod
    def _link_words(m: _Mention) -> list[int]:
        """The tokens inside the title that are a ``body_link`` word (people_roles.txt: `dari`,
        `di`), which join a body to the occupation before it (Pakar kulit dari Perhimpunan X)."""
        return [e.i for e in m.els if e.kind is Piece.INNER and e.text in role_words("body_link")]

    @staticmethod
    def _named_body(m: _Mention) -> bool:
        """Whether the title names its body in capitals (not only `pemilik warung`)."""
        return any(e.kind is not W.LOW for e in m.els if e.j <= m.comp_end)

    @staticmethod
    def _ministry_field(m: _Mention) -> bool:
        """Menteri keuangan Sri Mulyani, menteri luar negeri Budi: a minister's post (people_roles.txt
        ministry_head) exists only in a government's ministry, so the lowercase words right after
        it name the ministry's field, never an occupation with no body (as `Kabid perdagangan`
        names its office's field). The field is written with the nouns of the ministries' names
        news-raw holds (`ministry_fields`): an adverb, a verb or an adjective names none (Menteri
        langsung telepon Budi, Menteri senior Budi, Menteri baru Budi). Other posts one person
        holds are left out: words after them are seldom a field (Presiden kita Pak Prabowo)."""
        if not (m.head in role_words("ministry_head") and m.els and m.els[0].kind is W.LOW):
            return False
        fields = ministry_fields()
        low = [w.lower() for e in first_segment(m.els) if e.kind is W.LOW for w in e.text.split()]
        stops = word_set("clean_function_words.txt")  # dan, di: no field opens so
        return bool(low) and low[0] not in stops and all(w in fields for w in low)

    def _representative(self, m: _Mention) -> bool:
        """A bare lowercase `wakil` before a word that opens no post (wakil Pelatnas, wakil
        Universitas X, wakil ganda putri) names a side's representative, a player or a delegate,
        not a deputy; `wakil kepala …`, `wakil ketua …` stay the deputy."""
        toks = self.toks
        return (
            m.head == "wakil"
            and m.end == m.start + 1
            and toks[m.start].text == "wakil"
            and match_head(toks, m.end) is None
        )

    def _scholar_without_body(self, m: _Mention) -> None:
        """Pakar Hukum Tata Negara Budi, Dokter Spesialis Gizi Budi, Ilmuwan Rusia Budi: a scholar's
        or a physician's occupation (people_roles.txt body_head) is a post only when its title
        names a body: an organisation's word, an acronym or the model's organisation among its
        words (Ilmuwan NASA, Pakar hukum Universitas X, Dokter Mayapada Hospital), before any
        `lulusan` (a graduate of a body is none of its staff), or after `dari`/`di` before the
        comma and the holder (Profesor dari Universitas X, Budi). Capitalised field words or a
        country name no body."""
        toks = self.toks
        first = match_head(toks, m.start)
        if not m.official or first is None or first.text not in role_words("body_head"):
            return  # Kepala Ilmuwan OpenAI: a post's head before the occupation names the post
        if any(self._body_before_comma(j) for j in {m.end, m.comp_end, m.run_end}):
            return  # Pakar Produksi Ternak dari Fakultas X, Budi: the body after the fields
        links = self._link_words(m)
        if any(self._holder_after_body(j) for j in links):
            return  # Pakar kulit dari Perhimpunan X dr Budi: the body `_body_seat` joined
        for e in m.els:
            if e.j > m.comp_end or toks[e.i].text.lower() in role_words("alumni_word"):
                break
            start = toks[e.i].start
            # the model's organisation over a word of no known class (Mayapada Hospital), not over
            # a common field word it took for one (Pakar Digital)
            if e.kind in (W.ORG, W.ACR) or (
                e.kind is W.UNK and any(a <= start < b for a, b in self.org_spans)
            ):
                return
        m.official = False

    def _bare_group_word(self, m: _Mention) -> bool:
        """dibawah Pimpinan Lettu Czi Mochtar, tim Sri Mulyani: a head that needs its body (a group
        word, an occupation: `needs_body`) with nothing after it in the title names no organisation;
        not when the body is named after `dari`/`di` before the comma and the holder (Peneliti dari
        BRIN, Budi; dosen di Universitas X, Budi)."""
        return (
            not m.selaku
            and needs_body(m.head)
            and m.comp_end == m.end
            and not m.paren
            and not self._body_before_comma(m.end)
        )

    def _held_in_body_after(self, m: _Mention) -> None:
        """An occupation whose title names no body is a post after all when the body follows its
        holder's name (`_body_after_holder`): the title takes the body, as GUIDELINES §2 writes a
        physician's post with its hospital, and reading goes on after it."""
        m.held_in = self._body_after_holder(m)
        if m.held_in is not None:
            m.official = True
            m.run_end = max(m.run_end, m.held_in[1])

    def _body_after_holder(self, m: _Mention) -> tuple[int, int] | None:
        """Ahli geologi Reidar Müller dari University of Oslo; Dokter spesialis jantung Prof dr Rina
        Sari, SpJP(K) dari Siloam Hospitals: an occupation written before its one holder (right
        before it, or before a comma and a name opened by a capitalised degree: `…, Prof dr Rina`;
        `Dokter spesialis jantung, dr Rina Sari, SpJP(K) dari …` with a lowercase `dr` after the
        comma is read by no rule, a strict xfail) names its body after the name (its degrees
        between): a body link (`dari`, `di`) and capitalised words up to the clause's next word
        (or a joiner a second holder follows, `_capitalised_run_end`) that `_body_after_link`
        reads as a body (a body's word, an acronym, a hospital's word; after `di` no facility or
        region: di Jakarta says where) or that open with the model's organisation. A country
        (dari Jerman), a region or a party (`_membership_or_region`) names no body, nor does a body
        a member of a group comes from (people_roles `group_member`: anggota pramuka Budi dari SMA
        X); a body closed by a comma and the model's person is that person's (the first "name" was
        the post's unit). The tokens of the link and the body, or None."""
        if len(m.names) != 1 or m.head in role_words("group_member"):
            return None
        j = self._past_degrees(self._name_end(m.names[0]))
        if j >= self.n or self.toks[j].text not in role_words("body_link"):
            return None
        c = self._capitalised_run_end(j + 1)
        if c == j + 1 or not (self._body_after_link(j, c) or self._model_body(j, c)):
            return None
        if self._membership_or_region(j + 1, c):
            return None
        # Dokter kepala Departemen Urologi di X Hospital, Dr Li Tian: the holder follows the body
        return None if self._person_after_comma(c) else (j, c)

    def _membership_or_region(self, k: int, c: int) -> bool:
        """Whether the capitalised words from ``k`` to ``c`` after the holder's link name no
        employer: a region as a whole, or an administrative level and words of no body after it
        (dari Provinsi Papua, dari Desa Sukamaju: where the holder is from), or a
        political party (people_roles `party_body`: dari PDI Perjuangan, dari Partai Golkar: the
        holder's membership, no post, GUIDELINES §2) as the whole body: `Partai …`, or a party's
        short name with no organisation's word after it (not Golkar Institute, PSI Research Center)."""
        toks = self.toks
        first = toks[k].text.lower()
        if first == "partai" or (
            first in role_words("party_body")
            and not any(t.kind is WORD and word_class(t.text) is W.ORG for t in toks[k + 1 : c])
        ):
            return True  # the whole body is the party: Golkar Institute is a body of its own
        if first in admin_level_words():  # Provinsi Papua, Desa Sukamaju: a level and its name
            k += 1
            if not any(t.kind is WORD and word_class(t.text) in (W.ORG, W.ACR) for t in toks[k:c]):
                return True
        return match_region(toks, k, c) >= c

    def _person_after_comma(self, c: int) -> bool:
        """Whether a comma at ``c`` and the model's person (past an honorific or a degree) follow."""
        toks, after = self.toks, c + 1
        if c >= self.n or toks[c].text != ",":
            return False
        while after < self.n and (found := _name_marker(toks, after)):
            after = found
        return after < self.n and toks[after].start in self.per_starts

    def _name_end(self, seg: list[El]) -> int:
        """The token after the holder's name that ``seg`` opens, past the model's person when its
        span runs on (the model saw more of the name)."""
        toks, j = self.toks, seg[-1].j
        end = self.per_ends.get(toks[seg[0].i].start, 0)
        while j < self.n and toks[j].end <= end:
            j += 1
        return j

    def _past_degrees(self, k: int) -> int:
        """The token after the degrees written after a name at ``k`` (`, SpJP(K), FIHA`, `, M.Sc.`):
        commas, degrees the lexicon knows, a bracket of one word and, after a comma, a word mostly
        in capitals (`_degree_shaped`: a degree or fellowship the lexicon lacks, FIHA, FAsCC)."""
        toks, n = self.toks, self.n
        stop = min(n, k + _MAX_DEGREE_TOKENS)
        while k < stop and not toks[k].newline:
            marker = match_marker(toks, k)
            if marker is not None and marker[0] is Marker.POST:
                k = marker[1]
            elif toks[k].text == "," or (toks[k - 1].text == "," and _degree_shaped(toks[k].text)):
                k += 1
            elif toks[k].text == "(" and k + 2 < n and toks[k + 2].text == ")":
                k += 3
            else:
                break
        return k

    def _capitalised_run_end(self, k: int) -> int:
        """The token after the capitalised words from ``k`` (`dan`, `&`, `of` and a bracketed
        acronym between): a body's name as written after a link word. A joiner that a post's head
        or the model's person follows ends it: a second holder is joined there (dari BRIN dan
        Kepala BMKG Dwikorita, dari Universitas Andalas dan Bivitri Susanti)."""
        toks, n = self.toks, self.n
        start = k
        while k < n and k - start <= _MAX_HELD_BODY and not toks[k].newline:
            t = toks[k]
            if t.text in role_words("body_joiner") and self._second_holder_at(k + 1):
                break
            if (t.kind is WORD and t.text[0].isupper()) or t.text in role_words("body_joiner"):
                k += 1
            elif t.text == "(" and (close := self._bracket_end(k)):
                k = close
            else:
                break
        while k > start and toks[k - 1].text in role_words("body_joiner"):
            k -= 1
        return k

    def _second_holder_at(self, k: int) -> bool:
        """Whether a second holder opens at ``k`` (after a joiner): the model's person, or a name
        (its honorifics and degrees before it) of two or three name-shaped words that ends the
        capitalised run (Bivitri Susanti mengkritik, Prof Budi Santoso dari ITB; not Kulit dan
        Kelamin Indonesia), or a post's head with such a name or the model's person in the run
        after it (Kepala BMKG Dwikorita Karnawati; not Pelajar dan Mahasiswa Indonesia)."""
        if k >= self.n:
            return False
        if self._name_ends_run(k):
            return True
        head = match_head(self.toks, k)
        if head is None:
            return False
        return any(self._name_ends_run(x) for x in range(head.end, self._upper_end(head.end)))

    def _upper_end(self, k: int) -> int:
        """The token after the capitalised words from ``k``."""
        toks = self.toks
        while k < self.n and toks[k].kind is WORD and toks[k].text[0].isupper() and not toks[k].newline:
            k += 1
        return k

    def _name_ends_run(self, k: int) -> bool:
        """Whether the model's person opens at ``k``, or honorifics and degrees and two or three
        name-shaped words from ``k`` end the capitalised run (`_second_holder_at`)."""
        toks = self.toks
        while (found := match_marker(toks, k)) is not None and found[1] > k:
            k = found[1]
        if k < self.n and toks[k].start in self.per_starts:
            return True
        end = self._upper_end(k)
        return 2 <= end - k <= 3 and all(word_class(t.text) in NAMEISH for t in toks[k:end])

    def _lower_division(self, k: int) -> bool:
        """pelatih ganda putra Antonius Budi Ariantho, manajer tim putri Budi: a sport's sector
        (`team_sector`) and its division by sex (`team_division`) written in lowercase right after
        the head name the squad the post is in, as they do capitalised (`_team_division`): a
        role in a team, a post (annotations README: `pelatih`, `kapten`)."""
        toks = self.toks
        return (
            k + 1 < self.n
            and toks[k].text.islower()
            and toks[k].text in role_words("team_sector")
            and toks[k + 1].text in role_words("team_division")
            and not toks[k + 1].newline
        )

    def _pointed_body(self, m: _Mention) -> bool:
        """Whether the lowercase field words right after the head end at a pointer back before the
        comma and the holder (`pointer_aside`: Ketua panitia konferensi itu, Budi): `itu`/`tersebut`
        makes them a body the article named before, so the head names a post in it."""
        if m.head in role_words("owner_head"):
            return False  # pemilik warung tersebut, Sumiati: owning a shop is no post
        field = [e for e in first_segment(m.els) if e.kind is W.LOW]
        return bool(field) and field[0].i == m.end and self.pointer_aside(field[-1].j) is not None

    def _post_checks(self, m: _Mention) -> bool:
        """Whether the head names a post here; occupations and group words without an
        organisation are no post. False when the mention gives nothing at all."""
        toks, end, n = self.toks, m.end, self.n
        posted = m.official
        self._scholar_without_body(m)
        if (
            m.official
            and not self._named_body(m)
            and not m.selaku
            and end < n
            and toks[end].kind is WORD
            and toks[end].text[0].islower()
            # Kabid perdagangan Panji: an office's own head names a post with its field in lowercase
            and not (m.head in office_heads() and m.els and m.els[0].kind is W.LOW)
            and not self._ministry_field(m)
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
            and not self._lower_division(end)
            # CEO dari UEM Sunrise, Anwar …: the organisation is named after `dari`/`di`
            and not self._body_before_comma(end)
            # Kepala Desa setempat Sumardi: `setempat` names the place the post is of
            and toks[end].text.lower() not in role_words("body_local")
            # Ketua umum pergerakan tersebut, Budi: the pointer names a body written before
            and not self._pointed_body(m)
        ):
            m.official = False  # pemilik warung, Sumiati (52): an occupation with no organisation named
        if m.official and self._bare_group_word(m):
            m.official = False
        if posted and not m.official:
            self._held_in_body_after(m)
        if m.official and self._representative(m):
            m.official = False  # wakil Pelatnas Alwi, wakil Universitas X Budi: a side's player
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
        client = m.head in role_words("client_head")
        after = self.name_after(m.run_end, official=m.official, client=client) or self._marked_holder(m)
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
        if m.official and m.run_end < c and toks[c].text == "," and self._body_after_link(m.run_end, c):
            # anggota DPRD Provinsi Bali dari Fraksi PDI Perjuangan, I Nyoman Parta: the
            # faction or unit after `dari` belongs to the title
            title = self.title(m.start, c, head_end=m.end)
            title_span = (toks[m.start].start, toks[c - 1].end)
        elif m.run_end < c and self._scope_phrase(m.run_end, m.official):
            title = self.title(m.start, c, head_end=m.end)  # … wilayah Kepulauan Anambas: of the title
            title_span = (toks[m.start].start, toks[c - 1].end)
        rm = self._role(seg, title, title_span, m.official)
        return ([rm], nxt) if rm is not None else None

    def _clause_holder(
        self, m: _Mention, title: str, title_span: Span
    ) -> tuple[list[RoleMention], int] | None:
        """Kepala Dinas Pariwisata Sleman yang baru dilantik pekan lalu, Sudarsih, mengatakan …;
        Pengacara LBH Jakarta yang mendampingi tersangka, Wilton mengungkap …: a post naming its
        body, a relative clause (`yang`, then up to `_MAX_CLAUSE` tokens in one sentence with no
        other post in it but one sought: yang juga bakal calon wakil presiden …) and after its
        comma a name the model reads as a person or a known given name opens, closing there and
        no list's item: the holder."""
        toks, c = self.toks, m.run_end
        if not (m.official and m.comp_end > m.end and c + 1 < self.n and toks[c].text.lower() == "yang"):
            return None
        k = c + 1
        while k < min(self.n, c + _MAX_CLAUSE + 1) and toks[k].text != ",":
            if toks[k].newline or toks[k].text in _CLAUSE_BREAKS:
                return None
            h = match_head(toks, k)
            if h is not None and toks[k - 1].text.lower() not in role_words("candidacy"):
                return None  # Kapolres yang didampingi Kasat Reskrim, Budi: the other post's holder
            k = h.end if h is not None else k + 1
        if k == c + 1 or k + 1 >= self.n or toks[k].text != "," or toks[k + 1].newline:
            return None
        found = self._whole_name(first_segment(self.elements(k + 1, kecamatan=False)))
        if found is None or not (toks[k + 1].start in self.per_starts or found[0][0].kind is W.GIV):
            return None
        seg, nxt = found
        if toks[nxt].text.lower() in role_words("and_word") or self._list_goes_on(nxt):
            return None  # yang menangkap Budi, Ani dan Rina: a list in the clause
        rm = self._role(seg, title, title_span, True)
        return ([rm], nxt) if rm is not None else None

    def _marked_holder(self, m: _Mention) -> tuple[list[El], int] | None:
        """Pakar kulit dari Perhimpunan X dr Rina Kartika, Sp.KK mengatakan: the holder right after
        the body `_body_seat` joined, opened by an honorific or a degree instead of a comma."""
        links = self._link_words(m)
        if not (m.official and links and self._holder_after_body(links[-1]) == m.run_end):
            return None
        toks, k = self.toks, m.run_end
        if k >= self.n or not _name_marker(toks, k):
            return None
        while k < self.n and (found := _name_marker(toks, k)):
            k = found
        # the model's person ends the name (… Profesor Budi Santoso MPhil, PhD: no degree it knows)
        end = self.per_ends.get(toks[k].start, 0) if k < self.n else 0
        seg = first_segment(self.elements(m.run_end, kecamatan=False))
        seg = [e for e in seg if toks[e.j - 1].end <= end]
        return (seg, seg[-1].j) if seg and toks[seg[-1].j - 1].end == end else None

    def _linked_body_holder(self, m: _Mention) -> tuple[list[RoleMention], int] | None:
        """Direktur Operasi Patriarkat Latin di Gaza George Anton mengatakan …; Anggota Komisi I DPR
        dari Fraksi PDI-P TB Hasanuddin meminta …: a post's run closed by `di`/`dari` (body_link),
        then capitalised words (a body or its place, no comma, no person of the model's among
        them) that end right where the model's person starts, with no comma between: the words
        after the link are the body or seat the post is held in, that person its holder (as
        `_holder_after_body` reads it before a comma or a degree). The run's own last words are
        then more of the title, unless the model reads them as a person (Presiden Jokowi di
        Istana …). The holder's name must close its phrase (`_whole_name`)."""
        toks, n, j = self.toks, self.n, m.run_end
        if not (m.official and j + 1 < n and toks[j].text in role_words("body_link")):
            return None
        if any(toks[seg[0].i].start in self.per_starts for seg in m.names if seg):
            return None
        k, words = j + 1, 0
        while k < n and words <= _MAX_LINKED_BODY and not toks[k].newline:
            t = toks[k]
            if k > j + 1 and t.start in self.per_starts:
                break
            if t.text in (",", ".", "(", ")", '"', "“", "”") or (t.kind is WORD and not t.text[0].isupper()):
                return None
            words += t.kind is WORD
            k += 1
        else:
            return None
        named = self._whole_name(first_segment(self.elements(k, kecamatan=False)))
        if named is None or toks[k - 1].end == toks[k].start:
            return None
        return self._titled_through(m, k, named)

    def _titled_through(
        self, m: _Mention, k: int, named: tuple[list[El], int]
    ) -> tuple[list[RoleMention], int] | None:
        """The holder ``named`` (its segment and end) of the title written from the head up to the
        token ``k``, where the holder's name starts."""
        toks = self.toks
        title = self.title(m.start, k, head_end=m.end)
        rm = self._role(named[0], title, (toks[m.start].start, toks[k - 1].end), m.official)
        return ([rm], named[1]) if rm is not None else None

    def _company_then_holder(self, m: _Mention) -> tuple[list[RoleMention], int] | None:
        """President Director, ASICS Indonesia Sota Fukushima; Senior Manager, Samsung Electronics
        Indonesia Annisa Maulina: a bare post closed by a comma, then capitalised words that open
        with its body (an organisation's word, an acronym, a region or the model's organisation:
        `orglike`) and end in the model's person, no other post after the comma: the body is the
        post's, written after a comma as English titles do, the person its holder; the title is
        written as the text gives it. A name opening the words after the comma is `_name_after`'s."""
        toks, n, c = self.toks, self.n, m.end
        if not (m.official and c + 1 < n and toks[c].text == "," and not toks[c + 1].newline):
            return None
        if first_segment(m.els):
            return None  # Manager Communication, Relations …: words before the comma (`_title_goes_on`)
        if self._closes_fronted_clause(m.start):
            return None  # Selain Kapolres, Polda …: the comma closes a fronted clause
        seg = first_segment(self.elements(c + 1, kecamatan=False))
        if not seg or self.head_first(seg):
            return None
        x = next((y for y, e in enumerate(seg) if y and toks[e.i].start in self.per_starts), None)
        if x is None or not (orglike(seg[:x]) or toks[seg[0].i].start in {a for a, _ in self.org_spans}):
            return None
        if any(self._rank_at(k) for k in range(c + 1, seg[x].i)):
            return None  # Kapolres, Polda Jawa Tengah Irjen …: a rank opens the holder's own title
        named = self._whole_name(seg[x:])
        if named is None:
            return None
        return self._titled_through(m, seg[x].i, named)

    def _rank_at(self, k: int) -> bool:
        """A rank (names_ranks.txt: Irjen, Letkol) opens the words at ``k``."""
        found = match_marker(self.toks, k)
        return found is not None and found[0] is Marker.RANK

    def _closes_fronted_clause(self, start: int) -> bool:
        """The post at ``start`` stands in a clause fronted before the sentence's subject: the
        sentence opens with a preposition or connective (`Selain`, `Usai`: clean_function_words.txt,
        clean_connectives.txt) and no comma stands between it and the post, so the comma after the
        post closes that clause (Selain Kapolres, Polda Jawa Tengah Irjen Ahmad Luthfi …; Usai
        diperiksa sebagai saksi untuk Direktur, PT …): what follows is the subject, not the post's
        company."""
        toks, j = self.toks, start
        while j > 0 and not toks[j].newline and toks[j - 1].text not in (*_CLAUSE_BREAKS, ","):
            j -= 1
        if j > 0 and toks[j - 1].text == "," and not toks[j].newline:
            return False
        openers = word_set("clean_function_words.txt") | word_set("clean_connectives.txt")
        return j < start and toks[j].text.lower() in openers

    def _body_before_comma(self, j: int) -> bool:
        """`dari`/`di` at ``j``, a body up to the next comma (`_body_after_link`) and the model's
        person right after that comma: a bare head names its organisation there (CEO dari UEM
        Sunrise, Anwar …); a place after the comma is no holder (hakim di Pengadilan Banding,
        Putrajaya, Selasa)."""
        toks = self.toks
        last = min(self.n - 1, j + _MAX_LINKED_BODY + 1)
        c = next((k for k in range(j + 1, last) if toks[k].text == ","), None)
        return c is not None and toks[c + 1].start in self.per_ends and self._body_after_link(j, c)

    def _body_after_link(self, j: int, c: int) -> bool:
        """`dari` or `di` at ``j``, then up to the comma at ``c`` capitalised words (`dan`, `&`
        between) with a body's word or an acronym among them: the body the post is held in
        (… dari Fraksi PDI Perjuangan, I Nyoman Parta; Kepala Strategi di Wealth Club, Susannah
        Streeter; CEO dari UEM Sunrise, Anwar …). After `di` no place: a facility's word or a
        region right after it is where the post was said (di Gedung DPRD, di Jakarta)."""
        toks = self.toks
        link = toks[j].text
        between = toks[j + 1 : c]
        if link not in role_words("body_link") or not between or between[0].kind is not WORD:
            return False
        first = between[0].text.lower()
        if link in role_words("place_link") and (
            first in facility_words()
            or first in role_words("place_cue")
            or match_region(toks, j + 1, c) > j + 1
        ):
            return False
        return all(
            t.kind is not WORD or t.text[0].isupper() or t.text in role_words("body_joiner") for t in between
        ) and any(
            t.kind is WORD and (word_class(t.text) in (W.ORG, W.ACR) or hospital_word(t.text))
            for t in between
        )

    def _list_goes_on(self, j: int) -> bool:
        """`peserta dari Nagari Unggan, Silantai, Manganti dan …`: after the "name" at ``j`` a comma,
        capitalised words and another comma or `dan`: an item of a list (of places, bodies), not
        a name set off after its title. A degree after the comma (`, dr Rina Kartika, SpA,
        menegaskan`) is the name's own, no item."""
        toks, n = self.toks, self.n
        if not (j + 1 < n and toks[j].text == "," and not toks[j + 1].newline):
            return False
        if (found := match_marker(toks, j + 1)) is not None and found[0] is Marker.POST:
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


def _ranked_after(first: list[El], seg: list[El]) -> bool:
    """Komandan Lanud Abdul Rahman Saleh, Marsma TNI Budi: a name after the comma that opens with
    a rank, after a first "name" with none, holds the post; the first is the base or the
    hospital named after a person."""
    return seg[0].kind is Marker.RANK and not any(e.kind is Marker.RANK for e in first)


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


def _degree_shaped(word: str) -> bool:
    """A word of two capitals or more that are most of its letters (FIHA, FAsCC, MARS): written
    after a name and a comma, a degree or a fellowship's letters, no name (McCurry, DeVito)."""
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and 2 * caps > len(letters)


def _name_marker(toks: Sequence[Tok], i: int) -> int:
    """Where an honorific, a religious title or a degree written before a name (`dr`, `Prof.`,
    `Ibu`) that opens at token ``i`` ends; 0 when none opens there."""
    found = match_marker(toks, i)
    return found[1] if found is not None and found[0] in (Marker.HON, Marker.REL, Marker.PRE) else 0


def _post_at(toks: Sequence[Tok], i: int) -> bool:
    h = match_head(toks, i)
    return h is not None and h.official


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


#: Tokens at most between `dari`/`di` after a bare head and the comma before its holder
#: (`_body_before_comma`), or, with no comma, the model's person (`_linked_body_holder`): a
#: company's or an institute's name (Pusat Sains Antariksa LAPAN is four).
_MAX_LINKED_BODY = 6

#: Words at most of the body between `dari`/`di` after a title and its holder, a bracketed acronym
#: not counted: a hospital's full name with its kind, owner and city (Rumah Sakit Umum Pusat Hasan
#: Sadikin Bandung is seven).
_MAX_HELD_BODY = 8

#: Tokens at most of the degrees written after a holder's name before `dari` and the body
#: (`, SpJP(K), FIHA, FAPSIC, FAsCC, FSCAI` is eleven).
_MAX_DEGREE_TOKENS = 16
