"""A name at the end of a segment: its first word, initials, nicknames, a body's last words.

The part `_NameTails` of `TitleReader` finds the longest name-like tail of a segment after
its last organisation word, region or common word (`_name_tail`, `_tail_start`): a common
surname, a holder after a facility, an English unit ending the title, a body's closing word,
initials in the middle or in brackets, a short form or nickname of a name written in full
elsewhere; given names and name particles through the lexicon and `text.words`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text.patterns import LazyPattern
from ...text.tokens import Tok
from ...text.words import NAMEISH, VERB_PREFIXES, org_acronyms, speech_verbs, word_class, word_set
from ..corpus import body_word_at
from ..lexicon import (
    Marker,
    admin_words,
    facility_words,
    geo_words,
    headline_verbs,
    match_region,
    named_bodies,
    role_words,
    word_marker,
)
from .elements import _ROMAN, DERIVED_NOUN, MAX_NAME, NAME_STARTS, NICK_MIN, El, Piece, W, place_ends
from .runs import _Runs

_BODY_TAIL = 2  # common words or a number between a body word and its place (Kejaksaan Negeri | Liwa)


class _NameTails(_Runs):
    """The name at the end of a segment, past the title's last words."""

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
            self.used_as_name(prev, here=False) or self._after_region(seg)
        )

    def _after_region(self, seg: list[El]) -> bool:
        """Sekretaris Kabupaten Tubaba Novriwan Jaya itu …: the two words end the segment right
        after the title's region, and are no district the gazetteer knows (Banjar Agung) nor a
        body's or an event's name (`Jakarta Running Festival`): a region closes the body, so a
        name follows it, not another place."""
        if len(seg) < 3 or seg[-3].kind is not Piece.REG or seg[-1].text.lower() in named_bodies():
            return False
        i, j = seg[-2].i, seg[-1].j
        return match_region(self.toks, i, j, kecamatan=True) != j

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
            if self._word_ends_title(seg, x, mention):
                x += 1  # Director of Global AI Product Martin Liu, CEO Nvidia Jensen Huang
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
            if seg[x - 1].kind is Piece.NUM:
                x = self._person_after_number(seg, x)
            return x, seg[x - 1].kind in (Piece.REG, W.ORG, Piece.PAREN, Piece.NUM, Marker.RANK)
        return None

    def _person_after_number(self, seg: list[El], x: int) -> int:
        """Kepala Lapas Kelas I Cipinang Budi Santoso: after a unit's number the name opens where
        the model's person opens later in the tail with a known given name; the unknown words
        before it name the numbered unit's place. ``x`` when no such person opens there (Zona 7
        Kuwat Riyanto, the model's person `Riyanto`: no given name tells the name opens there)."""
        starts = self.per_ends
        return next(
            (y for y in range(x, len(seg)) if seg[y].kind is W.GIV and self.toks[seg[y].i].start in starts),
            x,
        )

    def _word_ends_title(self, seg: list[El], x: int, mention: str) -> bool:
        """An English unit word (`Director of Global AI Product Martin Liu`) or a body's word news-raw
        holds as one (`CEO Nvidia Jensen Huang`: `_corpus_body_opens`) ends the title."""
        return self._english_unit_ends_title(seg, x, mention) or _corpus_body_opens(
            self.text, self.toks, seg, x
        )

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
                and self.used_as_name(seg[y], here=False)
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
        return not self.used_as_name(el)

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


#: A common word shaped as a verb (`Mengungkapkan`, `Berharap`, `Dilantik`), no name's. Unlike
#: `verb_like` it counts the stem: letters only, three or more besides a verb's prefix or a
#: `-kan`, `-nya`, `-lah` ending (`Berat`, `Terus`, five letters, are no verb's shape here).
_AFFIXED_STEM = LazyPattern(rf"(?:{'|'.join(VERB_PREFIXES)})\p{{Ll}}{{3,}}|\p{{Ll}}{{3,}}(?:kan|nya|lah)")
#: Lists of words that follow a name and are none of its words (`yang`, `selaku`, `juga`).
_AFTER_NAME_ROLES = ("selaku_stop", "clause_adverb", "function_after", "as_word", "list_join")


#: Name words after a body's word that make the rest a holder's full name (`Nvidia | Jensen Huang`);
#: one word after it may be the name's last (`Milan Skriniar`, `Kai Havertz`).
_NAME_AFTER_BODY = 2


def _corpus_body_opens(text: str, toks: Sequence[Tok], seg: list[El], x: int) -> bool:
    """`CEO Nvidia Jensen Huang`, `Kepala BPI Danantara Rosan Roeslani`: after a title's head, a
    word news-raw holds as a body's or a place's whole name far more often than as a person's
    first word and whose name does not run on (`corpus_body_before`), no known given name, before
    two name words or more, is the title's body or place, no word of the holder's name
    (`body_word_at`: not where the article names a speaker by it or `setempat` stands before it)."""
    rest = seg[x + 1 :]
    return (
        len(rest) >= _NAME_AFTER_BODY
        and seg[x].kind is not W.GIV
        and all(e.kind in NAMEISH for e in rest)
        and body_word_at(text, toks[seg[x].i].start, seg[x].text, rest[0].text)
    )


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
    return not (_AFFIXED_STEM.get().fullmatch(low) or any(low in role_words(r) for r in _AFTER_NAME_ROLES))


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
