"""The title reader: where a segment's title ends and its name starts, and the title.

`TitleReader` holds one article's tokens and PER spans; `split` cuts a segment at a PER
entity, after an honorific, degree or rank (`NAME_MARKERS`, `_after_marker`), at a name
particle (`I Made`), at a district's tail, or at the name tail the part below finds; a pair
written together elsewhere is no boundary; `title` gives the tidied title.
`title_prefix_len` answers the same question for a lone span (`Bupati Aletinus`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...records import Entity, EntityLabel
from ...text.calendar import calendar_lexicon
from ...text.tokens import WORD, Tok, tokenize
from ...text.words import NAMEISH, given_names, hyphen_pair, word_class
from ..lexicon import (
    MAX_DEGREE_ABBREVIATION,
    Marker,
    admin_words,
    facility_words,
    match_head,
    match_marker,
    match_region,
    particle_len,
    role_words,
)
from .elements import _AGE_GROUP, NAME_STARTS, El, Piece, W, _marked, first_segment, honorary, tidy_title
from .tails import _initial_place, _NameTails, _place_after_place, _tail_start

#: Markers that may stand before a name (not degrees after it).
NAME_MARKERS = frozenset({Marker.HON, Marker.REL, Marker.PRE, Marker.RANK})


#: The fewest letters each part of a hyphened name pair has (a first name `Mei-Lin`, `Ana-Maria`; two
#: names `Pranowo-Mahfud`, `roles.firsts._name_pair`): shorter parts are initials or a prefix glued to
#: a name (`Al-Amin`, `Ir-`), no given name of their own.
MIN_HYPHENED_PART = 3


class TitleReader(_NameTails):
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
        # every PER span, the lexicon's doubts aside (`Lukman Pura`: `pura` is a facility word)
        self.model_per_ends: dict[int, int] = {
            e.span[0]: e.span[1] for e in entities if e.label == EntityLabel.PER
        }
        self.org_spans = [e.span for e in entities if e.label == EntityLabel.ORG]
        self.used: set[int] = set()  # tokens already read as a name
        self.framed: set[int] = set()  # tokens opening a name the role frame makes sure of
        self._places: dict[str, tuple[int, ...]] = {}  # `whole_words`
        self._place_cache: dict[tuple[str, str | None, int], bool] = {}
        self._untitled_cache: dict[tuple[str, str | None], int] = {}

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
        writes it after the body's word before it (Partai Demokrat, IFG Life: the body's name). A
        month's full name there (`_month_word`: Deputi Gubernur BI Juli Budi Winantya) is the first
        name on the same evidence only (`kata Juli`, `Juli mengatakan`): the model's person starting
        right after it is no evidence, the same for a date (Kepala BPS Juni Amalia …). Some bodies'
        names end with a month (Universitas Sebelas Maret, Institut Teknologi Sepuluh Nopember):
        the word before the month must be an acronym, a region, a bracket or a body's word, and
        `fixed_pair` keeps a pair the article writes as a body's."""
        if (
            2 <= x < len(seg)
            and (seg[x - 1].kind in (W.COM, W.ORG) or _month_word(seg[x - 1]))
            and seg[x - 1].text[:1].isupper()
            and seg[x - 2].kind in (W.ACR, W.ORG, Piece.REG, Piece.PAREN)
            and self.said_alone(seg[x - 1], before_verb=True, here=False)
            and not self.fixed_pair(seg[x - 2], seg[x - 1], mention)
        ):
            return x - 1
        return x - 1 if self._group_word_first_name(seg, x) else x

    def _group_word_first_name(self, seg: list[El], x: int) -> bool:
        """CEO Apple Tim Cook, Juru Bicara … Amerika Serikat Tim Hawkins: a group word that is also
        a given name, capitalised after a body's name or a region, right before a one-word name
        that ends the run, is the holder's first name. Right after the head it names a team
        (Manajer Tim Thomas)."""
        return (
            2 <= x == len(seg) - 1
            and seg[x - 1].text.lower() in role_words("group_given")
            and seg[x - 1].text[:1].isupper()
            and seg[x - 2].kind in (W.UNK, W.ACR, Piece.REG)
            and seg[x].kind in NAMEISH
        )

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
            while x > 0 and (
                _marked(seg[x - 1]) or (x > 1 and honorary(seg[x - 1])) or seg[x - 1].kind is W.PART
            ):
                # the honorific or degree before the name goes with it (dr.Silfia, Dr. (H.C.)), and
                # so does a name particle the model left out (Bupati Way Kanan Raden Adipati Surya)
                x -= 1
            return (x - 1 if self._hyphened_first_name(seg, x) else x), True
        return rule

    def _hyphened_first_name(self, seg: list[El], x: int) -> bool:
        """Analis Ming-Chi Kuo, Menlu Rumania Oana-Silvia Toiu: a word of two title-case parts
        glued by a hyphen, right after the head or a region, before a one-word PER entity that
        ends the segment, is the name's first part when the article never writes it without that
        word after it (the word whole: `Chou` is not `Choudhury`'s start) and that word is no
        Indonesian given name (names_given.txt: `Manajer Coca-Cola Sutrisno`: a name standing
        alone after a company's hyphened name is the whole name). A body's hyphened name stands
        alone elsewhere (CEO Almaz-Antey Yan Novikov … Almaz-Antey menyebut) or has a part the
        lexicon knows as a body's or a common word (Kepala Bappeda-Litbang …); after an acronym it
        names what the body works for (TKN Prabowo-Gibran Habiburokhman)."""
        if not (x == len(seg) - 1 and seg[x].j - seg[x].i == 1 and x >= 1):
            return False
        prev = seg[x - 1]
        word = self.toks[prev.i].text
        parts = word.split("-")
        if not (
            prev.j - prev.i == 1
            and prev.kind in (W.UNK, W.COM)
            and hyphen_pair(word, min_part=MIN_HYPHENED_PART, title=True)  # not Bangsa-Bangsa: a plural
            # Bappeda-Litbang, Jawa-Bali: a part the lexicon knows as a body's or a common word
            and not any(word_class(p) in (W.ORG, W.ACR, W.COM) for p in parts)
            and (x == 1 or seg[x - 2].kind is Piece.REG)
        ):
            return False
        follow = self.toks[seg[x].i].text
        if follow.lower() in given_names():
            return False
        return all(
            _opens_with_word(self.text[i + len(word) :].lstrip(), follow) for i in self.whole_words(word)
        )

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
        if k == 0 and called == len(inside) - 1:
            k = self._body_before_one_name(inside, called)
        return x + k

    def _body_before_one_name(self, inside: list[El], called: int) -> int:
        """Direktur Utama Askrindo Syariah Soegiharto … Soegiharto menjelaskan: the words before the
        one word the article calls the person by, none a given name nor said alone, that the article
        writes together elsewhere without that word after them, are the body's; the name is that
        one word. 0 when they are not."""
        words = inside[:called]
        if not all(e.kind in (W.UNK, W.COM) and not self.said_alone(e) for e in words):
            return 0
        body = self.text[self.toks[words[0].i].start : self.toks[words[-1].j - 1].end]
        name = self.toks[inside[called].i]
        after = (self.text[i + len(body) :].lstrip() for i in self.whole_words(body))
        return called if any(not rest.startswith(name.text) for rest in after) else 0

    def _body_word_before_name(self, el: El, nxt: El) -> bool:
        """Whether ``el``, opening a name, is a body's word or an English unit word that the article
        writes elsewhere without ``nxt`` after it and never calls anyone by: neither alone as a
        speaker nor opening a person's name (`CEO Lippo Group, James T Riady` … `kata James
        Riady`: a middle initial left out, the same first name)."""
        if el.kind not in (W.UNK, W.COM) or self.said_alone(el) or self.opens_person_elsewhere(el):
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
        return not self.used_as_name(el)

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


def _month_word(el: El) -> bool:
    """Whether ``el`` is one word that is a month's full name (`Juli`, `Mei`: months.txt
    `full_months`), which the word lexicon files as a function word and a given name may be
    (news-raw: `BI Juli Budi Winantya`). No abbreviation (`Jan`, `Des`, `Agus`, `Mar`): those are
    given names, acronyms and ranks (Direktur Utama PT Jan …, FEB Unila, Brigjen TNI Mar) and gain
    nothing on news-raw."""
    return el.j - el.i == 1 and el.text.lower() in calendar_lexicon().full_months


def _opens_with_word(rest: str, word: str) -> bool:
    """``rest`` opens with ``word`` whole, no letter or digit glued after it."""
    return rest.startswith(word) and not rest[len(word) : len(word) + 1].isalnum()


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


def title_prefix_len(text: str, start: int, end: int) -> int:
    """Where the name starts when ``text[start:end]`` opens with a title (0 if it does not).

    Used to trim NER spans such as ``Bupati Aletinus`` to the name; returns ``end``
    when the span is a title with no name.

    >>> t = "Bupati Aletinus"
    >>> title_prefix_len(t, 0, len(t))
    7
    """
    toks = tokenize(text[start:end])
    if not toks or particle_len(toks, 0) > 1:
        return 0  # a name particle of two words or more opens the name (`Anak Agung`, GUIDELINES §2)
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
