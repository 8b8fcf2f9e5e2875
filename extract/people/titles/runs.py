"""The run after a head read into elements: words, numbers, punctuation, lowercase places.

The part `_Runs` of `TitleReader` reads the tokens after a position head into `El`s up to a
lowercase word, a line break or a full stop (`elements`): unit numbers and roman numerals
(`Dandim 1611/Badung`), a time phrase set aside by commas (`aside_word`), glued acronyms,
brackets, web domains and connectors (`_punct`), one word by its class (`_word`), a team's
division and a lowercase unit or place; regions by the lexicon's `match_region`.
"""

from __future__ import annotations

from ...text.calendar import month_number, weekday_number
from ...text.patterns import LazyPattern
from ...text.tokens import NUMBER, PUNCT, WORD, Tok
from ...text.words import NAMEISH, WordClass, balinese_orders, org_words, word_set
from ..lexicon import (
    Marker,
    admin_words,
    dotted_name_word,
    match_marker,
    match_region,
    match_region_lower,
    role_words,
)
from .elements import _AGE_GROUP, _ROMAN, MAX_RUN, NAME_STARTS, El, Piece, W
from .fields import _Fields

#: The Roman numerals I, II and III typed with a lowercase L (Asisten ll, Komisi lll).
_TYPED_ROMAN = LazyPattern(r"l{1,3}")
_MAX_ASIDE = 7  # tokens in a time phrase before a comma (pada masa itu, periode Mei 2020-Juni 2024)


class _Runs(_Fields):
    """The run after a head, read into elements."""

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
            if aside is None and els and els[-1].kind is W.LOW:
                aside = self.pointer_aside(j)  # Ketua umum pergerakan tersebut, Budi: the pointer
            if aside is not None:
                j = aside  # Gubernur Jambi saat itu, Hasan Basri: the time is no part of the title
                continue
            if t.kind is NUMBER:
                nj = self._number(j, els, first=first)
            elif t.kind is PUNCT:
                nj = self._punct(j, els)
            elif self._typed_roman(j, els) or (
                (first or self._after_numbered_unit(els)) and self._roman_unit(j)
            ):
                # Kasubdit I Dittipidsiber, Asisten II, KPK Wilayah V, Komisi X DPR: a numbered unit
                els.append(El(j, j + 1, Piece.NUM, t.text))
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

    def _after_numbered_unit(self, els: list[El]) -> bool:
        """Whether the run read so far ends with a capitalised unit's or numbered command's word that
        takes a number (people_roles `numbered_unit`: KPK Wilayah V, Komisi X DPR, Kanwil V, Lapas
        Kelas I); after a body's name (PT Pertamina V Santoso, Persija X Santoso) a Roman letter
        is the holder's initial."""
        return (
            bool(els) and els[-1].text[:1].isupper() and els[-1].text.lower() in role_words("numbered_unit")
        )

    def _typed_roman(self, j: int, els: list[El]) -> bool:
        """Satker Wilayah ll, Komisi lll DPRD: a lowercase `l`, `ll` or `lll` right after a
        capitalised word of the post is the Roman numeral I, II or III typed with the letter L; it
        numbers that unit and the title reads on."""
        t = self.toks[j]
        return (
            t.kind is WORD
            and _TYPED_ROMAN.get().fullmatch(t.text) is not None
            and bool(els)
            and els[-1].text[:1].isupper()
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
        t = self.toks[j]
        if t.text in (",", "&"):
            els.append(El(j, j + 1, Piece.CONN, t.text))
            return j + 1
        if t.text == "(":
            return self._bracket(j, els)
        if t.text == "/":
            return j + 1 if self._units_joined(j, els) else None
        if t.text == "-":
            return self._thing_number(j, els)
        if t.text == "." and els and not t.space:
            return self._dot(j, els)
        return None

    def _bracket(self, j: int, els: list[El]) -> int | None:
        """A bracketed group at ``j`` closed on its line within ten tokens; None for an age."""
        toks, n = self.toks, self.n
        k = j + 1
        while k < n and k < j + 10 and toks[k].text not in (")", "(") and not toks[k].newline:
            k += 1
        if k == j + 2 and toks[j + 1].kind is NUMBER:
            return None  # an age after a name: Sumiati (52)
        if k < n and toks[k].text == ")" and k > j + 1:
            els.append(El(j, k + 1, Piece.PAREN, self.text[toks[j].start : toks[k].end]))
            return k + 1
        return None

    def _units_joined(self, j: int, els: list[El]) -> bool:
        """Pemberdayaan Masyarakat Kampung/Kelurahan: a slash glued between the last element and a
        capitalised word joins two words for one unit."""
        return (
            bool(els)
            and els[-1].j == j
            and self._glued(j - 1, "/", WORD)
            and self.toks[j + 1].text[0].isupper()
        )

    def _thing_number(self, j: int, els: list[El]) -> int | None:
        """Satgas COVID-19, Gugus Tugas Covid-19: a number glued by the dash at ``j`` to the one
        word before it names a thing (a disease, an event), never a person: the word is the
        body's, no name; where the run reads on, or None."""
        if not (
            els
            and els[-1].j == j
            and els[-1].j - els[-1].i == 1
            and isinstance(els[-1].kind, WordClass)
            and self._glued(j - 1, "-", NUMBER)
        ):
            return None
        prev = els[-1]
        prev.j, prev.text, prev.kind = j + 2, self.text[self.toks[prev.i].start : self.toks[j + 1].end], W.ACR
        return j + 2

    def _dot(self, j: int, els: list[El]) -> int | None:
        """The dot at ``j`` glued after the last element: a site's domain or an abbreviation's dot."""
        toks, prev = self.toks, els[-1]
        if prev.j == j and self._web_domain(j):
            # Country Manager Rumah.com, Marine …: a site's name is a body's, no holder
            prev.j = self._web_domain(j)
            prev.text, prev.kind = self.text[toks[prev.i].start : toks[prev.j - 1].end], W.ORG
            return prev.j
        if prev.kind is Piece.INIT or (
            prev.j - prev.i == 1
            and (toks[prev.i].text.lower() in role_words("abbrev_dot") or dotted_name_word(toks[prev.i].text))
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
        toks = self.toks
        t = toks[j]
        # a region of several words wins over an honorific at its start (Uni Emirat Arab)
        r = match_region(toks, j, limit, kecamatan=kecamatan)
        if r > j + 1:
            els.append(El(j, r, Piece.REG, self.text[t.start : toks[r - 1].end]))
            return r
        marked = self._marker_word(j, els, lowercase_ok=lowercase_ok)
        if marked is not None:
            return marked
        low = t.text.lower()
        if low in role_words("title_stop"):
            return None
        linked = self._link_word(j, els, low)
        if linked is not None:
            return linked
        if low == "se" or low.startswith("se-"):
            return None
        counted = self._team_or_count_word(j, els, low)
        if counted is not None:
            return counted
        if els and els[-1].kind in NAMEISH and _arabic_article(t.text):
            els.append(El(j, j + 1, W.UNK, t.text))  # Bashar al-Assad: the article is in the name
            return j + 1
        if not t.text[0].isupper():
            return self._lowercase_word(j, els, limit, lowercase_ok=lowercase_ok)
        return self._capital(j, els, limit, kecamatan=kecamatan)

    def _marker_word(self, j: int, els: list[El], *, lowercase_ok: bool) -> int | None:
        """A marker (honorific, religious title, degree, rank) at ``j`` before a name; None when none."""
        toks, t = self.toks, self.toks[j]
        m = match_marker(toks, j)
        if m is not None and (self._bare_marker(m) or self._members_calling(j, m)):
            m = None  # Kabid Penyelenggaraan Haji dan Umroh: the pilgrimage, no title before a name
        if m is not None and not (m[0] is Marker.HON and t.text[0].islower() and not lowercase_ok):
            els.append(El(j, m[1], m[0], self.text[t.start : toks[m[1] - 1].end]))
            return m[1]
        return None

    def _link_word(self, j: int, els: list[El], low: str) -> int | None:
        """A connector (`dan`), a word inside a name (`bin`, `van`) or a word inside the title
        (`untuk`, `pada`; `di` before a seat or a unit; `dari` before a faction) at ``j``; None
        when none."""
        toks, n, t = self.toks, self.n, self.toks[j]
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
        return None

    def _team_or_count_word(self, j: int, els: list[El], low: str) -> int | None:
        """An ordinal (`ke-7`), a team's age group (`U-23`) or its division (`Putri`) at ``j``:
        words of the title; None when none."""
        toks, t = self.toks, self.toks[j]
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
        return None

    def _lowercase_word(self, j: int, els: list[El], limit: int, *, lowercase_ok: bool) -> int | None:
        """A lowercase word at ``j``: an English link, a body's local unit, a numbered unit, a
        lowercase place, or (``lowercase_ok``) a plain lowercase word of the title."""
        t = self.toks[j]
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

    def _members_calling(self, j: int, m: tuple[Marker, int]) -> bool:
        """Perhimpunan Dokter Spesialis Kulit …, Ikatan Dokter Anak Indonesia: a form of address
        written before names (`Dokter`) right after an association's noun
        (entities_association_nouns.txt, as the entity layer reads it) names the members' calling,
        a word of the body's name, no holder's degree."""
        return (
            m[0] is Marker.PRE
            and j > 0
            and self.toks[j].text[0].isupper()
            and self.toks[j - 1].text.lower() in word_set("entities_association_nouns.txt")
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


def aside_word(t: Tok) -> str:
    """A token of a time phrase as `time_aside` writes it: N for a number, M for a capitalised
    month, `-` for a dash."""
    if t.kind is NUMBER:
        return "N"
    if t.text in ("-", "–"):
        return "-"
    return "M" if t.text[:1].isupper() and month_number(t.text) is not None else t.text


def _arabic_article(word: str) -> bool:
    """al-Assad, el-Sisi: an Arabic article glued to a capitalised family name."""
    low = word.lower()
    if not low.startswith(tuple(role_words("arabic_article"))):
        return False
    dash = low.index("-")
    return word[dash + 1 : dash + 2].isupper()


def _after_district_level(els: list[El]) -> bool:
    """The run's last element is the district's level word (`… Kecamatan` before `Medan Amplas`):
    the district gazetteer names what follows, so its last word is no holder's name."""
    return bool(els) and els[-1].text.lower().rstrip(".") in role_words("district_level")
