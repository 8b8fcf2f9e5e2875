"""What a role mention is, and where a holder's name starts and ends around a head.

`RoleMention` is what the scanner gives (an official's post or an occupation), `_Mention`
what one head has found so far. The part `_HolderNames` of the scanner reads a holder's name
before a title (`name_before`: a run back to a clear start, past a case party's number) or
after it (`name_after`: past a place or time phrase, an occupation's descriptors), whether a
weak name is used alone elsewhere, and the span of name and title (`_role`); word sets from
`people_roles.txt` (`grade`, `lower_honorific`) through the lexicon's `role_words`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ...records import Span
from ...text.calendar import weekday_number
from ...text.tokens import PUNCT, WORD, Tok, tokenize
from ...text.words import NAMEISH, WordClass, verb_like, word_class
from ..lexicon import (
    Marker,
    and_others,
    dotted_name_word,
    match_head,
    match_marker,
    match_region,
    role_words,
    scholar_degree,
)
from ..names import name_tokens, proper_name, strip_name
from ..titles import MAX_NAME, El, Piece, TitleReader, aside_word, first_segment, honorary

W = WordClass
#: Tokens in a phrase dating a holding before the name (periode Januari 2020 - Mei 2024).
_MAX_THEN = 7
_SENTENCE_OPENERS = (".", "!", "?", "“", '"', ":")
#: Roman numerals numbering the parties to a case (terdakwa II, Teradu VII).
_PARTY_NUMBERS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
_NAME_END_PUNCT = (",", ".", ";", ":", "!", "?", '"', "”")
#: Lowercase words after an occupation that may describe it (petani cabai rawit).
_MAX_DESCRIPTORS = 3
#: Tokens skipped over a place phrase (di …, dari …) before a comma and the holder's name.
_MAX_PLACE_PHRASE = 12
#: Looks at other occurrences of a word when deciding whether it is used alone.
_MAX_LOOKS = 200
#: Tokens of a marker before a name that may stand between `dan` and the name (`Prof. Dr.`, `dr.`).
_MAX_MARKER_TOKENS = 4


def _grade_at(toks: Sequence[Tok], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` spell a civil-service grade's words (`Pimpinan Tinggi` of
    Pejabat Pimpinan Tinggi Pratama)."""
    if k < 0 or k + 1 >= len(toks):
        return False
    return f"{toks[k].text} {toks[k + 1].text}".lower() in role_words("grade")


def one_of_before(toks: Sequence[Tok], b: int) -> int:
    """How many tokens right before token ``b`` say "one (of)" between a name's comma and the post
    describing it (people_roles `one_of`: `seorang`, `salah seorang`, `salah satu`): `Budi, seorang
    pedagang`, `Ani, salah seorang staf …`, `Romy, salah satu pemilik Mega Padel`; 0 when none.
    News-raw writes `, salah satu <post>` after a name as often as `, salah seorang <post>`."""
    for k in (2, 1):
        if b >= k and " ".join(t.text.lower() for t in toks[b - k : b]) in role_words("one_of"):
            return k
    return 0


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
    held_in: tuple[int, int] | None = None  # tokens of `dari <body>` after the holder's name
    held: tuple[list[El], int] | None = None  # a holder's name in a bracket that ends the run, its `)`


class _HolderNames(TitleReader):
    """A holder's name before or after a title, and the mention's spans."""

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
            if match_head(toks, k - 1) is not None and not self._head_in_person(k - 1, end):
                break
            if match_region(toks, k - 1, end) > k - 1:
                break
            if not self._name_word_before(k, end, allow_lower) or self._party_number_at(k - 1):
                break
            k -= 1
        # leading common words are not part of the name (Sementara Marini …)
        while k < end and toks[k].kind is WORD and word_class(toks[k].text) in (W.COM, W.STOP):
            k += 1
        return k

    def _head_in_person(self, x: int, end: int) -> bool:
        """Lukman Hakim, Kepala Dinas …; Rafiq Hakim Radinal, pemilik …: a head's word at token
        ``x`` (Hakim, Raja) after a name word is a word of the name, no post of its own, where one
        of the model's persons holds the whole run from that name word to the run's ``end`` (any
        span of the model's: the lexicon doubts every span with a head in it); a model's person
        that ends inside the run (`Ahmad Menteri` of `Ahmad Menteri Agama selaku …`) lends it nothing."""
        toks = self.toks
        if x == 0 or toks[x - 1].kind is not WORD or word_class(toks[x - 1].text) not in NAMEISH:
            return False
        return any(a <= toks[x - 1].start and toks[end - 1].end <= b for a, b in self.model_per_ends.items())

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
            if prev.kind is WORD and prev.text[0].isupper() and self._in_capital_stretch(k - 1):
                return False  # Rapat Koordinasi High Level Meeting Tim …: an event's name runs on
            if self._head_not_degree(k - 1) or (k >= 2 and match_head(toks, k - 2) is not None):
                return False  # the words are that head's organisation (Kabag Tapem, Camat …)
        return True

    def _head_not_degree(self, k: int) -> bool:
        """Whether a head starts at token ``k`` that is not a degree written before the name after
        it: Profesor Helena Teede, Dokter Rina …, a scholar's word (people_roles.txt body_head)
        that is also a degree (names_degrees_pre.txt), opens the name."""
        return match_head(self.toks, k) is not None and not scholar_degree(self.toks, k)

    def _in_capital_stretch(self, k: int) -> bool:
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
            k = self._marker_start(k)
            if k >= 2 and toks[k - 1].text.lower() in role_words("and_word"):
                j = k - 1
                continue
            break
        return out

    def _marker_start(self, k: int) -> int:
        """Rahmat Mirzani Djausal dan dr. Jihan Nurlela sebagai …: where an honorific, a religious
        title or a degree written before the name at token ``k`` starts (``k`` when none ends
        there), across stacked ones (`Prof. Dr.`); the `dan` that joins another holder's name
        stands before it."""
        while True:  # stacked markers (`Prof. Dr. Siti`): walk back across each
            for p in range(max(0, k - _MAX_MARKER_TOKENS), k):
                found = match_marker(self.toks, p)
                if found is not None and found[0] in (Marker.HON, Marker.REL, Marker.PRE) and found[1] == k:
                    k = p
                    break
            else:
                return k

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

    def name_after(self, j: int, *, official: bool, client: bool = False) -> tuple[list[El], int] | None:
        """``Pemilik UMKM X di jalan Y, Elias David``: skip a place, take the name after the comma;
        `dan lainnya` is skipped only after a ``client`` post (people_roles client_head). A place
        phrase with another post's head in it gives no name (that post holds it)."""
        toks, n = self.toks, self.n
        k = j
        if not official:
            seg, k = self._occupation_name(j)
            if seg is not None:
                return seg, k
        others = and_others([t.text for t in toks[k : k + 2]])
        if client and others == 2:
            k += 2  # Kuasa hukum PT Sinar Jaya dan lainnya, Rivai: `dan lainnya` as `lainnya`
        elif k < n and (toks[k].text == "setempat" or others == 1):
            k += 1  # Ketua RT setempat, Suparno; anggota Komisi II DPR lainnya, Deddy
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
                if toks[k].space and self.is_post_at(k):
                    # petani di Sembalun … mendapat tanggapan dari Dirjen Hortikultura Kementan,
                    # Suwandi: a post inside the phrase opens its own mention, and the name after
                    # the comma is that post's holder; a head glued to the word before it is part
                    # of that word's name (anggota dari grup idola 2PM, Lee …: no prime minister)
                    return None
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
        if not words or not (
            i in self.framed
            or any(word_class(w) in (W.GIV, W.UNK, W.PART, W.AMB, W.LOW) or len(w) <= 3 for w in words)
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
        if self.head_first(seg) and not self._given_group_word(seg):
            return None  # Mensos Khofifah, Mendikbud Anies Baswedan: the next post, not a name
        if _grade_at(self.toks, i - 2):
            return None  # … Pejabat Pimpinan Tinggi Pratama: the grade's level, not a name
        span = self._name_span(i, j)
        return None if span is None else ((i, j), span)

    def _given_group_word(self, seg: list[El]) -> bool:
        """CEO Apple Tim Cook: a group word that is also a given name (`group_given`) opens the
        name, not a next post, right after a body's capitalised word and before one name word
        that ends the name (the title's reader starts the name there)."""
        i = seg[0].i
        return (
            len(seg) == 2
            and seg[0].text.lower() in role_words("group_given")
            and seg[0].text[:1].isupper()
            and seg[1].kind in NAMEISH
            and i > 0
            and self.toks[i - 1].kind is WORD
            and self.toks[i - 1].text[:1].isupper()
            and not self.is_post_at(i - 1)
        )

    def _english_units_only(self, i: int, j: int) -> bool:
        """Whether tokens ``i``..``j`` are all capitalised English unit words (Human Capital,
        Operations): the name of a post's unit, never a person's."""
        units = role_words("english_unit")
        return all(t.text[:1].isupper() and t.text.lower() in units for t in self.toks[i:j])
