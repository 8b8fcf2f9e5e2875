"""The links from a name to the post after it, and passive heads (diketuai).

The part `_NameFirst` of the scanner: **name – selaku/sebagai/yang juga – title**, **name,
title** (apposition), **name (title)**, `Budi, seorang pedagang`, the longer linking clauses
(`_holder_link`: `yang menjabat sebagai`, post marked `clause`), a holder named before a
colon or a dash and `yakni` lists; `_list_of_posts` keeps a list of posts from being a name
with its title; `passive_heads`: **body diketuai/dikepalai name**.
"""

from __future__ import annotations

import regex

from ...records import Span
from ...text.tokens import DASHES, NUMBER, PUNCT, WORD, Tok, sentence_breaks, tokenize
from ...text.words import org_words, word_class
from ..lexicon import Marker, facility_words, geo_words, match_head, match_marker, role_words
from ..names import proper_name, strip_name
from ..titles import MAX_INITIALS, NAME_MARKERS, El, Piece, first_segment, segments
from .linking import _TitleLinks
from .mentions import _SENTENCE_OPENERS, RoleMention, W, _Mention, one_of_before

# What closes a name in a list of officers after `Title: ` (a dash, a footnote mark, …); `â` opens
# a bullet `•` read in the wrong encoding (`â€¢`, its second byte a control character)
_LIST_CLOSERS = ("-", "–", "*", ",", ";", ".", "•", "|", "â")
#: Tokens of the longest phrase linking a holder's name to the post after it (yang saat ini menjabat sebagai).
_MAX_LINK = 6
#: Lowercase words between a name's comma and `yang juga` (Fatchul Anas, ayahnya yang juga pemilik …).
_MAX_DESCRIPTION = 3
#: Tokens of `dan` and a second body after a post before a pointer word (mantan pelatih X dan Y itu).
_MAX_SECOND_BODY = 5
#: Tokens of a place phrase between a post and a bare `bernama` (di Kecamatan Rawa Jaya Kabupaten
#: Tulang Bawang: a district and its regency, as news-raw writes them).
_MAX_PLACE_WORDS = 10


class _NameFirst(_TitleLinks):
    """Name-first, apposition, colon and dash links, and passive heads."""

    def _described_before(self, m: _Mention) -> bool:
        """Mantan pelatih Persija Jakarta itu, eks Ketua Umum Partai Xyz tersebut: a post after a
        post's modifier, whose words end before a pointer back, describes someone named before;
        the capitalised words after the head are its body, no holder. Words that show a person
        (a given name, the model's PER, a rank or an honorific) are a holder all the same
        (`Mantan Kapolda Jenderal (Purn) Sutrisno itu`)."""
        toks = self.toks
        if not m.names or m.start == 0:
            return False
        if toks[m.start - 1].text.lower() not in role_words("post_modifier"):
            return self._two_bodies_pointed(m)
        if any(el.kind is W.GIV or self.strong(el) or self.in_per(el) for name in m.names for el in name):
            return False
        # mantan pelatih Inter Milan dan Manchester City itu: two bodies
        return self._second_body_pointed(max(m.run_end, m.names[-1][-1].j), needs_and=False)

    def _two_bodies_pointed(self, m: _Mention) -> bool:
        """bos Space X dan Tesla itu memposting …, Bos Space X dan Tesla Motors itu …: a weak head
        (people_roles `weak_head`: bos, perwakilan) whose body goes on after `dan` with capitalised
        words and a pointer back (`body_pointer`) describes someone named before: the words after
        `dan` are a second body, no holder."""
        first = m.names[0][0].i
        return m.head in role_words("weak_head") and first > 0 and self._second_body_pointed(first - 1)

    def _second_body_pointed(self, k: int, *, needs_and: bool = True) -> bool:
        """Whether a pointer back (`body_pointer`: itu, tersebut) follows the token at ``k``, or
        `dan` at ``k``, a second body's capitalised words (`_MAX_SECOND_BODY` tokens with `dan`)
        and then the pointer (`… dan Manchester City itu`)."""
        toks = self.toks
        if k < self.n and toks[k].text in role_words("and_word"):
            limit = min(self.n, k + _MAX_SECOND_BODY)
            k += 1
            while k < limit and toks[k].text[:1].isupper():
                k += 1
        elif needs_and:
            return False
        return k < self.n and toks[k].text.lower() in role_words("body_pointer")

    def _former_before(self, start: int) -> int:
        """mantan Presiden AS Barack Obama; Budi, eks Ketua KONI …: a former holder is an official
        and the title keeps `mantan`/`eks` (`former`) as written (annotations README); 1 when that
        word stands right before the head at ``start`` on its line, else 0."""
        toks = self.toks
        return int(
            start > 0 and not toks[start].newline and toks[start - 1].text.lower() in role_words("former")
        )

    def _this_holder(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Budi Santoso membuka pameran itu. Kepala Dinas Pariwisata Badung ini mengatakan …: a
        post that names its body, opens a sentence and is followed by `ini`/`tersebut` refers to
        the person named last before it, in the sentence before, when that person holds no post
        yet (a name the model found, or one named with an occupation); `itu` points back as well
        (Ketua Umum DPP Partai Xyz itu mengatakan …), and `mantan`/`eks` may open the sentence."""
        toks = self.toks
        after = max(m.comp_end, m.end)
        s = m.start - self._former_before(m.start)  # Mantan Kapolres Waykanan itu …
        if not (
            m.official
            # Tim pencari fakta EJK tersebut: a team is no person
            and toks[m.start].text.lower() not in role_words("team_head")
            and m.comp_end > m.end
            and after < self.n
            and toks[after].text.lower() in role_words("demonstrative")
            and (s == 0 or toks[s].newline or toks[s - 1].text in _SENTENCE_OPENERS)
            # "Kepala Dinas itu …" opening a quotation: the speaker's words, not the narrative's
            # last-named person
            and not (s > 0 and toks[s - 1].text in ('"', "“") and toks[s - 1].end == toks[s].start)
        ):
            return None
        span = self._last_named(toks[s].start)
        if span is None or self._post_not_pointed(m, span, s, after):
            return None
        # a second description of someone named before: it gives the post only when no post is
        # written next to the name (Prabowo … Presiden; Mantan Menteri Pertahanan itu …)
        rm = RoleMention(proper_name(self.text, span), title, title_span, span, True, clause=True)
        return [rm], after + 1

    def _post_not_pointed(self, m: _Mention, span: Span, s: int, after: int) -> bool:
        """Budi mengunjungi kantor Bupati Badung. Bupati Badung itu tidak ada …: the post's head
        written between the name at ``span`` and the post opening at token ``s`` names the post
        as someone else's (or a building's); Kepala Dinas … itu dijabat oleh …: a verb of filling
        a post (people_roles `post_filled`) after the pointer, past a `link_adverb` (kini
        dijabat), has the post, no person, as its subject."""
        toks = self.toks
        head = r"\s++".join(regex.escape(t.text) for t in toks[m.start : m.end])
        if regex.search(rf"(?<!\w){head}(?!\w)", self.text[span[1] : toks[s].start], regex.IGNORECASE):
            return True
        k = after + 1
        if k < self.n and toks[k].text.lower() in role_words("link_adverb"):
            k += 1
        return k < self.n and toks[k].text.lower() in role_words("post_filled")

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
        if self._other_named_between(span, pos):
            return None
        return strip_name(self.text, span[0], span[1])

    def _other_named_between(self, span: Span, pos: int) -> bool:
        """Ganjar tiba di kediaman Susi. Menteri Kelautan … itu …: a capitalised word of another
        person's name the model finds in the article (Susi of Susi Pudjiastuti), between the
        name at ``span`` and the post at ``pos``, names someone after that name: the pointer may
        be theirs, so it names nobody."""
        text = self.text
        own = set(text[span[0] : span[1]].split())
        others = {w for s, e in self.per_spans for w in text[s:e].split() if w[:1].isupper()} - own
        return any(w in others for w in regex.findall(r"\w+", text[span[1] : pos]))

    def _link_before(self, m: _Mention) -> None:
        """Elyanie selaku Kasi …; Wayan yang juga Ketua DPD …: the title follows its holder's name;
        one `former` word may stand after `selaku`/`sebagai` (Ketut selaku mantan Ketua …), and
        the title keeps it (`_former_before`)."""
        toks, start = self.toks, m.start
        former = self._former_before(start)
        if (
            start > former
            and toks[start - 1 - former].text.lower() in role_words("as_word")
            and not self._fronted_as(start - 1 - former)
        ):
            m.link = 1 + former
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
        as_word = toks[start - m.link].text.lower() if m.link == 1 + former else ""
        if as_word == "sebagai" and not toks[start].text[0].isupper():
            # maju sebagai presiden, sebagai mantan anggota band: a candidacy or a part, no post held
            m.official = False

    def _fronted_as(self, k: int) -> bool:
        """Sebagai Ketua Dewan Pengarah BRIN, Megawati mendorong …; Selaku Kepala Dinas, Budi …:
        `sebagai`/`selaku` at token ``k`` opening a sentence fronts the post; no holder stands
        before it, and the post is read as one opening the sentence (its holder after the comma).
        Only a capitalised post: `Sebagai pelatih, Budi …` names an occupation, no post held."""
        return self._opens_sentence(k) and k + 1 < self.n and self.toks[k + 1].text[0].isupper()

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
        return best + self._adverb_before_link(start - best) if best else 0

    def _adverb_before_link(self, k: int) -> int:
        """Budi sebelumnya menjabat sebagai Ketua …; Rina pernah ditunjuk sebagai …: one adverb of
        time (`link_adverb`) between the holder's name and a linking phrase opening at ``k`` (no
        `yang`) belongs to the link (1), so the name ends before it (0: none); Hasan yang
        sebelumnya menjabat sebagai Ketua …, Rina, yang pernah …: a `yang` before the adverb belongs
        to it too (2)."""
        toks = self.toks
        if not (
            k > 1
            and toks[k].text.lower() != "yang"
            and not toks[k].newline
            and toks[k - 1].text.lower() in role_words("link_adverb")
        ):
            return 0
        words, x = 1, k - 2
        if x > 0 and toks[x].text.lower() == "yang" and not toks[x + 1].newline:
            words, x = 2, x - 1 - (toks[x - 1].text == "," and x > 1)
        return words if toks[x].kind is WORD and toks[x].text[0].isupper() else 0

    def _colon_name(self, m: _Mention, title: str, title_span: Span) -> tuple[list[RoleMention], int] | None:
        """Title: name, as lists of a board or a party's officers write it (Komisaris Utama: Budi
        Santoso - Direktur Keuangan: …)."""
        holder = self._colon_holder(m)
        if holder is None:
            return None
        rm = self._role(holder[0], title, title_span, True)
        return ([rm], holder[1]) if rm is not None else None

    def _bracketed_holder(
        self, m: _Mention, title: str, title_span: Span
    ) -> tuple[list[RoleMention], int] | None:
        """Presiden (Prabowo Subianto), Menteri BUMN (Erick Thohir): an official's title closed by a
        bracket that holds the model's person alone (`held_in_bracket`, which ends the run there:
        `_Mention.held`) names its holder there, as a quote glosses whom the post it cites stands
        for; the title is the words before the bracket. After an occupation's head (`_served_post`:
        Pengacara Gubernur (Rudi …), Ajudan Kapolda (Budi …)) the bracket glosses the whole phrase,
        the servant, not the post's holder: it names the post's holder only when the servant is
        named after it and a comma (Kuasa hukum mantan Menteri (Joko Santoso), Rudi Hartono)."""
        b = max(m.comp_end, m.end)
        found = m.held if m.official and m.held is not None and m.held[0][0].i == b + 1 else None
        if found is None or (self._served_post(m) and not self._model_person_after_comma(found[1] + 1)):
            return None
        rm = self._role(found[0], title, title_span, True)
        return ([rm], found[1] + 1) if rm is not None else None

    def _served_post(self, m: _Mention) -> bool:
        """Whether the one or two words right before the post, on its line, name one who serves its
        holder: a listed head (Sopir Bupati, Kuasa hukum mantan Menteri) or a word of a post that
        serves a client (people_roles `client_head`: Pengacara Gubernur, Ajudan Kapolda)."""
        toks, s = self.toks, m.start
        for i in (s - 2, s - 1):
            if i < 0 or any(toks[k].kind is not WORD or toks[k + 1].newline for k in range(i, s)):
                continue
            head = match_head(toks, i)
            if (head is not None and head.end == s) or " ".join(
                t.text.lower() for t in toks[i:s]
            ) in role_words("client_head"):
                return True
        return False

    def _model_person_after_comma(self, k: int) -> bool:
        """Whether the model's person follows a comma at token ``k``."""
        toks = self.toks
        return k + 1 < self.n and toks[k].text == "," and toks[k + 1].start in self.per_ends

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
        named = self._bernama_at(c, m.end)
        if named > m.run_end + 1 and toks[m.run_end].text in role_words("place_preposition"):
            # Ketua Koperasi Tani Makmur di Kecamatan Sukajaya bernama …: the place is the title's
            title = self.title(m.start, named, head_end=m.end)
            title_span = (toks[m.start].start, toks[named - 1].end)
        c = named or c
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
                or (sp[0] != 0 and not self._item_named_whole(seg, bool(out)))
                or self.head_first(seg)
            ):
                break
            rm = self._role(seg, title, title_span, True)
            if rm is None:
                break
            out.append(rm)
            stop = seg[-1].j
        return (out, stop) if out else None

    def _bernama_at(self, c: int, head_end: int) -> int:
        """Lurah Gedong yang bernama Hasan; Kepala Desa Sukamaju bernama Sutrisno; Ketua Koperasi
        Tani Makmur di Kecamatan Sukajaya bernama Sutrisno: the `bernama` (is named) token at or
        after ``c`` that names a post's holder: after `yang`, or bare (past a place phrase of
        capitalised words after `di`/`dari`) when the model reads the name after it as a person
        and the post's body (from ``head_end`` to ``c``, not the place phrase: `Ketua koperasi di
        Desa Sukamaju bernama …` names no body) is written by name, a capitalised word that is
        no acronym or the model's organisation; a body written by its kind (pendiri startup call
        center AI bernama Altur) is the one `bernama` names. 0: none."""
        toks, n = self.toks, self.n
        if c + 1 < n and toks[c].text == "yang" and toks[c + 1].text == "bernama":
            return c + 1
        k = c
        if k < n and toks[k].text in role_words("place_preposition"):
            k += 1
            while k < min(n, c + _MAX_PLACE_WORDS) and toks[k].kind is WORD and toks[k].text[0].isupper():
                k += 1
        if not (k + 1 < n and toks[k].text == "bernama" and toks[k + 1].start in self.per_starts):
            return 0
        named = any(
            (t.kind is WORD and t.text[0].isupper() and not t.text.isupper())
            or any(a == t.start for a, _ in self.org_spans)
            for t in toks[head_end:c]  # the post's own words, not the place phrase's
        )
        return k if named else 0

    def _item_named_whole(self, seg: list[El], listed: bool) -> bool:
        """anggota MKMK, yakni Jimly Asshiddiqie, Bintan Saragih dan …: an item of a `yakni` list
        is a name from its first word, though the lexicon knows that word as a region's, when the
        model reads the item as one person from its first word to its last, or when the list has
        named a holder already and the item ends with a known given name: the post and its body
        were written before `yakni`, so no place of the post opens an item after it."""
        start, end = self.toks[seg[0].i].start, self.toks[seg[-1].j - 1].end
        return self.per_ends.get(start) == end or (listed and len(seg) >= 2 and seg[-1].kind is W.GIV)

    def _name_first_start(self, m: _Mention) -> tuple[int, int, bool] | None:
        """Where a name before the title must end, where the mention ends and whether an age in
        brackets follows the name; None when the construction allows no name first."""
        toks, n = self.toks, self.n
        b = m.start - m.link
        if not m.selaku and b > 1 and toks[b - 2].text == ",":
            b -= self._former_before(b)  # Budi, mantan Direktur PT X, … (after a comma only)
        # Budi, seorang pedagang …; Ani, salah seorang warga …; Romy, salah satu pemilik …
        if not m.selaku:
            b -= one_of_before(toks, b)
        close = max(m.comp_end, m.end)
        # Budi Santoso (Kepala Desa Sukamaju): the title in brackets after the name; (MENPAN)
        # alone is an organisation's abbreviation
        bracket = (
            b > 0 and toks[b - 1].text == "(" and m.comp_end > m.end and close < n and toks[close].text == ")"
        )
        comma = b > 0 and (toks[b - 1].text == "," or bracket or self._dash_opened(m) or self._signed_post(m))
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
        # Abi Kosim Kepala Kampung Jukuh Kemuning, mengatakan: a village's head names its place by
        # the capitalised words after it (people_roles `village_head`), its organisation
        if not (m.selaku or comma or toks[m.start].text[0].islower() or self._village_named(m)):
            comp = [e for _, seg in m.segs for e in seg if e.j <= m.comp_end]
            if not any(e.kind in (W.ORG, Piece.REG, W.ACR) for e in comp):
                return None
        return b, mention_end, aged

    def _village_named(self, m: _Mention) -> bool:
        """Whether the post is a village's head (people_roles `village_head`: Kepala Desa, Lurah,
        Peratin) followed by the capitalised name of its village (Kepala Kampung Jukuh Kemuning)."""
        toks = self.toks
        return (
            m.head in role_words("village_head")
            and m.comp_end > m.end
            and all(t.kind is not WORD or t.text[0].isupper() for t in toks[m.end : m.comp_end])
        )

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

    def _signed_post(self, m: _Mention) -> bool:
        """… bagi semua. Budi Hartono.Direktur Lembaga X (LX).: an opinion piece signed with the
        writer's name and post glued by a period, the name opening its sentence; the post has no
        holder after it. A sentence run into the next (`kata Siti.Direktur Utama PLN Darmawan`)
        names no signer."""
        toks, b = self.toks, m.start
        if m.selaku or m.names or b < 2 or toks[b - 1].text != "." or toks[b - 1].space:
            return False
        runs = self.name_before(b - 1, reuse=True)
        return not toks[b].space and bool(runs) and self._opens_sentence(runs[0][0])

    def _spaced_dash(self, k: int) -> bool:
        """Whether token ``k`` is a dash set off by spaces right after a name (a PER span or a name
        run: `Hendra Wiratama – Direktur …`), not a hyphen inside a word or a dateline's dash."""
        toks, text = self.toks, self.text
        if not (k >= 1 and toks[k].text in DASHES and toks[k].start > 0):
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
        return not (after < self.n and self.toks[after].text in DASHES)

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

    def _english_post_after_name(self, m: _Mention) -> bool:
        """Evie Yulin, Vice Chairwoman IPMG; Vikram Sinha, President Director & CEO Indosat: an
        English post (its last word `english_post`) right after a person's name (a PER entity)
        and a comma is that person's; the capitalised words after it are the post's company or
        unit, not a holder, even where the model calls them a person."""
        toks, b = self.toks, m.start
        return (
            not m.selaku
            and b >= 2
            and toks[b - 1].text == ","
            and toks[b - 2].end in self.per_ends.values()
            and m.head.split()[-1] in role_words("english_post")
        )

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
            if self._place_named(k):
                continue  # Masjid Agung, Ketua DPRD …: the end of a facility's name, no holder
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

    def _place_named(self, k: int) -> bool:
        """Whether the name before the post, opening at token ``k``, follows a capitalised facility
        or geographic word (Masjid Agung, Sirkuit Sentul, Gunung Kidul): it is that place's name."""
        prev = self.toks[k - 1] if k > 0 else None
        return (
            prev is not None
            and prev.kind is WORD
            and prev.text[:1].isupper()
            and not prev.newline
            and prev.text.lower() in facility_words() | geo_words()
        )

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


def _initials(t: Tok) -> bool:
    """Whether a token is a person's initials as court and police news write them (BS, MFR)."""
    return t.kind is WORD and t.text.isalpha() and t.text.isupper() and 2 <= len(t.text) <= MAX_INITIALS
