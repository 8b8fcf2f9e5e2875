"""What the article says elsewhere: a word's other mentions, fixed pairs, PER spans, posts.

The part `_Evidence` of `TitleReader` reads the whole article as evidence: how often a word or
phrase occurs (`count`, `whole_words`), a pair of words written together elsewhere
(`fixed_pair`), a name written without a title (`untitled`, `said_alone`, `used_as_name`), a
word used as a place (`place_like`), the model's PER spans the lexicon agrees with (`in_per`,
`within_entity`), and a post at a token (`is_post_at`, the lexicon's `match_head`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import cache

from ...text.tokens import NUMBER, WORD, Tok, tokenize, word_before
from ...text.words import org_acronyms, speech_verbs, word_class, word_set
from ..lexicon import (
    Marker,
    facility_words,
    is_region_span,
    match_head,
    match_marker,
    role_words,
    word_marker,
)
from .elements import _BRACKET_ACRONYM, MAX_INITIALS, NAME_STARTS, El, Piece, W, _marked

#: How many times a phrase is searched for in the article (bounds the work on long pages).
_MAX_OCCURRENCES = 500
_MAX_PLACE_LOOKS = 200
#: Characters read back from a repeated pair for the title run it may close (a head and its body).
_HEAD_LOOKBACK = 80
#: Characters read back from a PER span for the words an acronym after it may spell.
_ACRONYM_LOOKBACK = 80
#: Elements that may go on a name past the end of the model's PER span (the model cut a
#: surname): name words, initials and particles, not common, stop, organisation or glued words.
_PAST_ENTITY = NAME_STARTS


@cache
def _subject_openers() -> frozenset[str]:
    """The lowercase words after which a word before a speech verb is still its subject
    (`_Evidence._subject_at`): a list's conjunction and a clause's connective that is no
    preposition."""
    return role_words("and_word") | (word_set("clean_connectives.txt") - word_set("clean_function_words.txt"))


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


class _Evidence:
    """The article as evidence: counts, fixed pairs, PER spans, places."""

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
        if self._first_name_of_pair(a):
            return False
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

    def _first_name_of_pair(self, a: El) -> bool:
        """Kepala BPOM Taruna Ikrar … Taruna Ikrar mengingatkan … ujar Taruna: a pair whose first
        word the article calls someone by alone is a person's name written twice, no fixed phrase
        of a body (Galeri Huma Lilis …, PB Djarum: no one is called `Huma`). A common or unknown
        word counts as a speaker, an addressee or before a speech verb; an organisation's word
        (Taruna of Karang Taruna) only after a speech verb or an honorific (`ujar Taruna`): a
        body is said to speak too (`Taruna menggelar …`)."""
        if a.kind in (W.COM, W.UNK):
            return self.said_alone(a, before_verb=True, here=False)
        return a.kind is W.ORG and self.said_alone(a, here=False)

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

    def said_alone(self, el: El, *, before_verb: bool = False, here: bool = True) -> bool:
        """Whether the word of ``el`` stands alone elsewhere as a speaker or an addressee
        (`ujar Riki`, `Pak Riki`): a first name, not a place or branch (`di Xyz`). With
        ``before_verb``, a speech verb right after the word counts too (`Sugeng mengatakan`,
        `Emir menambahkan, …`), at this very place as well unless not ``here``. A post's own
        word is no first name (`tambah Wapres`: the article calls the holder by the post).
        Elsewhere, before a speech verb, the word counts only as the subject itself
        (`_subject_at`: not `Warga Puncak mengatakan`; news-raw, 1,558 lines where a word stands
        after another before a speech verb: no record changed), and never when it is a region's
        name: a place stands as a speech verb's subject too (`Metro menyatakan siap menjadi tuan
        rumah`, `Namun Metro menyatakan`), so only the person's own cues count for it (`kata
        Puncak`, `Pak Puncak`). A speech verb and its comma open the reported clause, whose first
        word is no speaker (`Ia menambahkan, Puncak diguyur hujan`). Review39 (second)."""
        if self._post_word(el):
            return False
        tok = self.toks[el.i]
        word = tok.text
        place = el.kind is Piece.REG or is_region_span(word, 0, len(word))
        for idx in self.whole_words(word):
            if idx != tok.start:
                before = self.text[max(0, idx - 30) : idx].split()
                prev = before[-1] if before else ""
                cue = prev.lower() in speech_verbs() or word_marker(prev) is Marker.HON
                if cue and not prev.endswith(","):  # `menambahkan, Puncak …` opens the speech
                    return True
            # elsewhere the word must be the subject itself (`_subject_at`), no word a noun governs
            if before_verb and (not place and self._subject_at(idx) if idx != tok.start else here):
                after = self.text[idx + len(word) : idx + len(word) + 30].split()
                if after and after[0].rstrip(",.").lower() in speech_verbs():
                    return True
        return False

    def _subject_at(self, idx: int) -> bool:
        """Whether a word at ``idx`` may be a speech verb's subject by itself (`said_alone`): no
        word stands right before it (it opens a sentence, a line or a clause: `. Puncak
        mengatakan`, `, Puncak menambahkan`), or a form of address (`Pak Puncak mengatakan`), a
        list's conjunction (`dan`, `serta`) or a clause's connective that is no preposition
        (clean_connectives.txt less clean_function_words.txt: `Sementara Puncak mengatakan`).
        A noun, a place's word or a preposition governs a word after it, which is then no
        speaker (`Warga Metro mengatakan`, `Kabupaten Puncak`, `di Puncak`)."""
        prev = word_before(self.text, idx, letters=True)  # no line break between
        if not prev:
            return True
        return word_marker(prev) is Marker.HON or prev.lower() in _subject_openers()

    def _post_word(self, el: El) -> bool:
        """Whether ``el`` is one word that is a post's head by itself (Wapres, Bupati, Kapolres), not
        also a given name (Hakim): said alone it stands for the post's holder, not a first name."""
        head = match_head(self.toks, el.i)
        return head is not None and head.official and head.end == el.j and el.kind not in (W.GIV, W.AMB)

    def used_as_name(self, el: El, *, here: bool = True) -> bool:
        """Whether the article uses the word of ``el`` as a person's name: alone as a speaker or
        an addressee, before a speech verb (`said_alone`; at this very place too unless not
        ``here``), or inside a PER entity at another place (`_per_elsewhere`)."""
        return self.said_alone(el, before_verb=True, here=here) or self._per_elsewhere(el)

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

    def opens_person_elsewhere(self, el: El) -> bool:
        """Whether the word of ``el`` opens a PER entity of more words at another place in the
        article (`James Riady` beside `James T Riady`): a person's first name there, no body's
        word. A PER of the word alone is no evidence: the model calls a body that speaks a
        person too (`Asippindo menilai`)."""
        tok = self.toks[el.i]
        return any(
            idx != tok.start and self.per_ends.get(idx, 0) > idx + len(tok.text)
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
            if e.kind in (Marker.HON, Marker.REL, Marker.RANK, Marker.PRE):
                # Komisaris Besar Polisi: a rank written out is no post; Profesor Helena, Dokter
                # Rina: a degree before the name that is also a scholar's word opens the name
                continue
            return self.is_post_at(e.i)
        return False


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
    """Saudara NOP (Nopriansyah), tersangka BS (Budi Santoso), inisial I (Iskandar): the bracket
    spells out the initials before it, a person's name, not an organisation's short name."""
    if len(words) < 2:
        return False
    initials = words[-2]
    return (
        initials.isalpha()
        and initials.isupper()
        and 1 <= len(initials) <= MAX_INITIALS
        and initials[0] == s[:1]
        and all(c in s.upper() for c in initials)
    )


def _lowercase_post(toks: Sequence[Tok], k: int) -> bool:
    """bendahara DPRD Kabupaten Tulangbawang Yusdi … Bendahara DPRD Tulangbawang Yusdi: a post
    written in lowercase inside a sentence opens the capitalised run after it as surely as a
    capitalised one (the same title and name twice, no fixed phrase). So does an abbreviation
    listed in capitals and written in lowercase (`loose`: kata jubir KPK Budi Prasetyo …
    Juru Bicara KPK Budi Prasetyo), as the scanner reads it before a capitalised body."""
    h = match_head(toks, k, loose=True)
    return h is not None and h.official
