"""Whether the words right after a title open its holder's name or go on the title.

The part `_FirstHolder` of the scanner decides where the title ends and the first holder
starts (`_first_holder`): a field, list or pair of fields (`bidang …`, `A dan B`), a shop's or
an owned name, a dated or English-linked name, a common first or last word, a region's word;
`_title_goes_on`: one unsure word before `&` or a comma and more organisation is title; a group
word alone holds no post. Word sets from `people_roles.txt` and the lexicon's admin,
facility and geographic words.
"""

from __future__ import annotations

import regex

from ...text.calendar import year_rx
from ...text.tokens import NUMBER, WORD
from ...text.words import NAMEISH, hyphen_pair, speech_verbs, word_class
from ..lexicon import (
    Marker,
    admin_words,
    and_others,
    match_head,
    named_bodies,
    place_end_words,
    place_kind_words,
    role_words,
)
from ..titles import DERIVED_NOUN, MIN_HYPHENED_PART, El, Piece, orglike, place_ends
from .mentions import _MAX_PLACE_PHRASE, _NAME_END_PUNCT, W, _HolderNames, _Mention, one_of_before

#: kinds of the word that closes a body's name before its holder: an organisation word, an acronym,
#: a region (`Ketua Umum KORMI Adil Hakim`, `Anggota KY Abhan`)
_BODY_ENDS = (W.ORG, W.ACR, Piece.REG)

#: The most words of a name in apposition after a title's comma that `_apposed_holder` reads.
_MAX_APPOSED_WORDS = 3


def _place_or_noun(low: str) -> bool:
    """A lowercase word that is a level, a facility or a geographic word (kota, balai, sungai) or a
    derived noun (pendidikan, kesehatan): a word of a place or a post, not a first or last name."""
    return low in place_kind_words() or bool(DERIVED_NOUN.get().fullmatch(low))


class _FirstHolder(_HolderNames):
    """Where a title ends and its first holder's name starts."""

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
        if (
            sp == (0, False)
            and first
            and not self.weak_name_ok(seg, m.head)
            and not self._name_before_and(m, seg)
        ):
            sp = None
        if sp is not None and sp[0] == 1 and conn == "," and _given_place_first(seg):
            sp = (0, sp[1])
        if sp is None and first:
            x = self._common_first_called_alone(seg)
            sp = (x, True) if x else None
        return sp

    def _common_first_called_alone(self, seg: list[El]) -> int:
        """Ketua Umum KORMI Adil Hakim … kata Adil: after the body's acronym, word or region that
        closes the title, a first name that is also a common word (Adil) opens the holder's
        name when name words close the segment and the article calls the person by that word
        alone after a speech verb or an honorific (`said_alone`); the model's PER entity is no
        help where the name's last word is also a post (Hakim). Where it opens the name (0:
        no such name)."""
        for x in range(1, len(seg) - 1):
            if seg[x - 1].kind in _BODY_ENDS and seg[x].kind is W.COM:
                return x if all(e.kind in NAMEISH for e in seg[x + 1 :]) and self.said_alone(seg[x]) else 0
        return 0

    def _name_before_and(self, m: _Mention, seg: list[El]) -> bool:
        """pelatih Buyamin dan Edem Abduraimov, Wakil Ketua Aliasan dan Mursidah: one unknown word
        right after the head, joined by `dan` to a segment that is surely a name from its first
        word on, is the first of two holders (a body or a field before `dan` is a known word, or is
        followed by more of the title: Kabid Kedaruratan dan Logistik Mekal Novisa)."""
        if len(seg) != 1 or seg[0].kind is not W.UNK or len(m.segs) < 2:
            return False
        conn, nxt = m.segs[1]
        return conn in role_words("and_word") and self.split(nxt, m.text) == (0, True)

    def _first_holder(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """The segment that holds the first name; False when reading stops."""
        if si and self._lowercase_apposition(m):
            return self._apposed(m, conn, seg)
        sp = self._first_split(m, si, conn, seg)
        called = self._called_first_name(m, si, conn, seg)
        if sp is None and (
            self._common_last_name(si, conn, seg) or self._apposed_holder(m, si, conn, seg) or called
        ):
            sp = (0, False)
        settled = self._split_settled(m, si, conn, seg, sp)
        if settled is not None or sp is None:
            return bool(settled)
        x, certain = sp
        fields = x == 0 and si > 0 and conn in role_words("and_word") and self._field_after_and(seg)
        if fields:
            x = 1
        if x == 0 and conn == "&":
            # Samsung Electronics Southeast Asia & Oceania: `&` joins a body's or a unit's words,
            # never a title to its holder
            return self._title_only(m, seg)
        x = 0 if called else self._name_start_moved(m, si, conn, seg, x)
        if called:
            self.framed.add(seg[0].i)  # a name of common words: the article, not the lexicon, is sure
        if (
            self._shop_name(seg, x)
            or self._list_item(m, si, conn, seg, x)
            or self._dated_name(seg, x)
            or self._field_pair(m, si, seg, x)
            or self._place_list_end(m, si, conn, seg)
            or self._pair_before_holder(m, si, seg, x)
        ):
            return self._title_only(m, seg)
        unit = self._unit_after_ampersand(conn, seg, x)
        if si and x > 0 and not fields and not orglike(seg[:x]) and not unit:
            if not self._first_name_cut(conn, seg, x):
                return False
            x = 0
        refused = self._holder_refused(m, si, conn, seg, x, certain)
        if refused is not None:
            return refused
        self._take_first_holder(m, si, seg, x, certain)
        return True

    def _split_settled(
        self, m: _Mention, si: int, conn: str | None, seg: list[El], sp: tuple[int, bool] | None
    ) -> bool | None:
        """What a segment with no name start, or one after a comma, is when that alone decides it
        (True: title words; False: reading stops); never None without a name start."""
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
        return None

    def _name_start_moved(self, m: _Mention, si: int, conn: str | None, seg: list[El], x: int) -> int:
        """Where the name starts once a first name that is also a common word or a region is read
        as the name's (`_capital_first_name`, `_common_first_after_region`, `_region_first_name`)."""
        if self._capital_first_name(si, conn, seg, x):
            return 0
        if self._common_first_after_region(seg, x):
            return x - 1
        if self._region_first_name(m, si, seg, x):
            return 0
        return x

    def _holder_refused(
        self, m: _Mention, si: int, conn: str | None, seg: list[El], x: int, certain: bool
    ) -> bool | None:
        """Whether the words from ``x`` on are no holder after all (True: title words; False:
        reading stops); None when they are the first holder's name."""
        if self._group_not_name(m, conn, seg, x):
            return False
        if si == 0 and self._holder_after_other(seg):
            self._title_only(m, seg)
            m.official = m.official and not self._serves_person(m, seg[x])
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
        return None

    def _holder_after_other(self, seg: list[El]) -> bool:
        """kuasa hukum Jokowi lainnya, Rivai Sitompul; Pelatih Jeka lainnya, Jack …: a name that
        `lainnya`/`lain` (other_word) and a comma follow is whom the post serves (the client, the
        athlete, the body); `other` says the holder is one more of that post's holders, named
        after the comma (`name_after` reads it), or not at all; `dan lainnya` (and others) as well
        (Kuasa hukum Suherni dan lainnya, Made Wirawan)."""
        j = seg[-1].j
        k = and_others([t.text for t in self.toks[j : j + 2]])
        return k > 0 and j + k < self.n and self.toks[j + k].text == ","

    def _serves_person(self, m: _Mention, el: El) -> bool:
        """Pelatih Jeka lainnya, Jack …; Kuasa hukum Suherni, Made Wirawan …: a post whose name
        inside it at ``el`` is a person (the model's, or a word the article uses as a name
        elsewhere) serves that person, no organisation (annotations README): an occupation, no
        official's post; unless an office runs to the name (`_office_before`)."""
        person = self.toks[el.i].start in self.per_starts or self.used_as_name(el)
        return person and not self._office_before(m, el)

    def _office_before(self, m: _Mention, el: El) -> bool:
        """Staf Khusus Presiden Prabowo lainnya, Andi …; Juru bicara Menteri Budi lainnya, …: an
        official's head of its own (people_roles/officials_titles: `Presiden`, `Menteri`,
        `Gubernur`) after the post's first word, inside its head or after it, runs to the name at
        ``el``: the post serves that office, a body, and the holder named after the comma holds an
        official's post."""
        found = (match_head(self.toks, k) for k in range(m.start + 1, el.i))
        return any(h is not None and h.official and h.end == el.i for h in found)

    def _take_first_holder(self, m: _Mention, si: int, seg: list[El], x: int, certain: bool) -> None:
        """Record the words from ``x`` on as the first holder's name, those before as the title's."""
        if x > 0:
            m.comp_end = seg[x - 1].j
        m.names.append(seg[x:])
        m.run_end = seg[-1].j
        m.weak_first = si == 0 and not certain
        # Ketua Sanggar Kahanjak Huang, Marini: after a word for a body known by its own name
        # (sanggar, galeri, kelompok) the words may be that name
        m.after_body = x > 0 and self.toks[seg[x - 1].i].text.lower() in named_bodies()

    def _apposed(self, m: _Mention, conn: str | None, seg: list[El]) -> bool:
        """Adi (39), kepala Kampung Sukajawa, Kecamatan …: the holder came first, no name follows
        the lowercase post; a field of its body after `dan` goes on with the post's body
        (`_apposition_field`). Reading stops: always False."""
        m.apposed = self._apposition_field(conn, seg)
        if m.apposed:
            self._title_only(m, seg)
        return False

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
        pemilik …`, `Anto Budiarto, pengurus …`), `seorang` between them or not (`Budi, seorang
        peneliti di …`): an apposition describing that name, where a title before its holder is
        capitalised (`Pemilik … Budi`)."""
        toks = self.toks
        # Budi Hartono, seorang peneliti di …; Ani, salah seorang staf …: the article before the head
        b = m.start - 1 - one_of_before(toks, m.start)
        if not (toks[m.start].text[:1].islower() and b > 0 and toks[b].text == ","):
            return False
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
        if self.strong(seg[x]) or (si == 0 and self._first_of_listed_holders(m, seg, x)):
            return False
        if si == 0 and m.head in role_words("weak_head") and len(seg) - x == 1 and seg[x].kind is W.UNK:
            # Kepala Staf Kepresidenan Moeldoko … kata Moeldoko: a word the article says alone as a
            # speaker or an addressee elsewhere is a one-word name, not the group's
            return not self.said_alone(seg[x])
        if conn == "," and x == 0 and si == 0:
            return False  # tokoh masyarakat, Rosada di …: a name after the comma
        return not m.official and (
            (x > 0 and seg[x - 1].kind in _BODY_ENDS) or not any(e.kind is W.GIV for e in seg[x:])
        )

    def _first_of_listed_holders(self, m: _Mention, seg: list[El], x: int) -> bool:
        """Anggota KY Harsono, Budi Santoso, dan Rina Marlina: one unsure word closing the title's
        first segment, then a comma and a list of names only (each after a comma, the last after
        `dan`/`serta`; a one-word item a given name or the model's person, as `_more_holders`
        takes it) is the list's first holder, not more of the body: a body's name is not
        continued by a list of people. The word before it closes a body's name (`_BODY_ENDS`: `KY`);
        after another unsure word it is more of that name (`Pemain klub Velora Kambang, Danu …`)."""
        if len(seg) - x != 1 or seg[x].kind not in (W.UNK, W.GIV, W.AMB) or len(m.segs) < 3:
            return False
        if x == 0 or seg[x - 1].kind not in _BODY_ENDS:
            return False
        for t, (conn, nxt) in enumerate(m.segs[1:], start=1):
            if conn != "," and conn not in role_words("and_word"):
                return False
            sp = self.split(nxt, m.text) if nxt and not self.head_first(nxt) else None
            if sp is None or sp[0] != 0 or (t == 1 and conn != ","):
                return False
            if len(nxt) == 1 and nxt[0].kind is not W.GIV and not self.strong(nxt[0]):
                return False  # … Abhan, Setyawan dan …: an unsure one-word item is no sure holder
            if conn in role_words("and_word"):
                return t >= 2 and t == len(m.segs) - 1
        return False

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

    @staticmethod
    def _unit_after_ampersand(conn: str | None, seg: list[El], x: int) -> bool:
        """Group Head Corporate Communication & Sustainability Reza Mirza, VP Consultation &
        Diagnostics Halodoc Ignasius Hasim: `&` joins a unit's or a body's words, never a title to
        its holder (as `_first_holder` says of a segment that opens with a name), so the capitalised
        words after it and before the holder's name (no given name among them) go on the title."""
        return conn == "&" and all(e.kind in (W.UNK, W.COM, W.ORG, W.ACR) for e in seg[:x])

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

    def _apposed_holder(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """Ketua Yayasan Kasih Indonesia, Bagus Pura, mengatakan …; Direktur RSUD Menggala, Lukman
        Pura.: right after the comma that closes a title naming its body (an organisation's
        word, an acronym or a region closes it), two or three capitalised words that are common
        words or names (no body, region or post among them) are the holder's name when the frame
        says a person stands there: a comma and a speech verb follow them, or the model's person
        spans them whole; either way the clause ends after them (`_closes_clause`: not `, Tokoh
        Agama`, a list of posts going on). GUIDELINES §2: the post's holder, named in apposition.
        The lexicon alone reads such names as more title (`Pria`, `Utama`, `Pura` are common
        words). One word at least must be a given name or a word the lexicon does not hold as a
        common one (`Lukman`, `Bagus`): common words alone are as often a person's trade (`Ketua PWI
        Garut, Wartawan Senior,`; `Guru Senior`, `Pengusaha Muda`), so `Corporate Secretary MIND
        ID, Pria Utama` is left a miss; so are a common first word before a name (`Sekda
        Pringsewu, Pria Utama Santoso`) and a company's name ending in a common word (`Direktur PT
        Maju Jaya, …`), no body's end."""
        if not (
            si == 1
            and conn == ","
            and not m.names
            and 2 <= len(seg) <= _MAX_APPOSED_WORDS
            and all(e.kind in (W.COM, W.GIV, W.UNK, W.AMB) for e in seg)
            and any(e.kind in (W.GIV, W.UNK, W.AMB) for e in seg)
            and any(e.kind in _BODY_ENDS for e in m.segs[0][1][-1:])
            and not any(self.is_post_at(e.i) for e in seg)
        ):
            return False
        toks, end = self.toks, seg[-1].j
        if end + 1 >= self.n or toks[end].newline or not self._closes_clause(end):
            return False  # Kepala Tiyuh …, Tokoh Adat, Tokoh Agama dan …: a list of posts goes on
        verb = toks[end].text == "," and toks[end + 1].text in speech_verbs()
        whole = self.model_per_ends.get(toks[seg[0].i].start) == toks[end - 1].end
        if verb or whole:
            self.framed.add(seg[0].i)  # a name of common words: the frame, not the lexicon, is sure
        return verb or whole

    def _called_first_name(self, m: _Mention, si: int, conn: str | None, seg: list[El]) -> bool:
        """Kepala Dinas PUPR Tulangbawang, Puncak Stiawan mengatakan … kata Puncak; Corporate
        Secretary MIND ID, Pria Utama, … Pria menyampaikan: after the comma that closes a title
        (its body, acronym or region), an apposition of two or three words that ends the phrase
        and opens with one capitalised common word or one-word region is the holder's whole name
        when the article calls the person by that first word alone elsewhere (a speaker after or
        before a speech verb, an addressee: `said_alone`, not at this place): the article's own
        use outweighs the lexicon's reading of the word as a place or a noun. No post's word, no
        level, facility or derived noun (Kota, Balai, Pendidikan) opens such a name. News-raw (all
        lines, with `settle._after_title_comma`): +5 right holders (Puncak Stiawan, Padang Priyo
        Utomo, Marc van der Straten mended; Pria Utama, Bima Sakti new), none lost; kept whole when
        a word before a speech verb counts only as its own subject (`_subject_at`: review39), and a
        region's name only by the person's own cues (`kata Puncak`, `Pak Puncak`: review39 second,
        the 5 kept; `Sementara Metro menegaskan` is the place). Pure:
        `_first_holder` records the name it starts as framed."""
        if not (si and conn == "," and 2 <= len(seg) <= _MAX_APPOSED_WORDS and self._ends_phrase(seg[-1].j)):
            return False
        first, before = seg[0], m.segs[si - 1][1]
        if not (
            before
            and before[-1].kind in _BODY_ENDS
            and first.kind in (W.COM, Piece.REG)
            and first.j - first.i == 1
            and first.text[:1].isupper()
            and not _place_or_noun(first.text.lower())
            and all(e.kind in NAMEISH or e.kind is W.COM for e in seg[1:])
            and not any(self.is_post_at(e.i) for e in seg)
        ):
            return False
        return self.said_alone(first, before_verb=True, here=False)

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
        if not joined or self.head_first(nxt):
            return False
        if not any(e.kind in (W.ORG, W.ACR) for e in nxt):
            # VP Corporate Communications & Social Responsibility Abdullah Fahmi: unit words, then the name
            sp = self.split(nxt, m.text)
            return sp is not None and sp[0] > 0 and self._unit_after_ampersand(conn, nxt, sp[0])
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
        return not self.used_as_name(el, here=False)

    def _group_not_name(self, m: _Mention, conn: str | None, seg: list[El], x: int) -> bool:
        """tim Arrows, dan Ferrari; Divisi Bago dan Divisi Pegu: after a group word a name must be
        sure, the words are more often another team or unit; unless a body or region closes the
        title before the name, inside the segment after `dan` too (Asisten Pemerintahan dan Kesra
        Provinsi Lampung M Firsada)."""
        if not m.weak or self.strong(seg[x]) or any(e.kind is W.GIV for e in seg[x:]):
            return False
        return self.toks[m.start].text.lower() == "tim" or (
            conn in role_words("and_word")
            and not any(e.kind in _BODY_ENDS for e in m.els if e.j <= m.comp_end)
            and not any(e.kind in _BODY_ENDS for e in seg[:x])
        )

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


def _list_word(seg: list[El]) -> bool:
    """Whether a segment may be an item of a list of fields: no given name, particle or marker."""
    return not any(e.kind in (W.GIV, W.PART) or isinstance(e.kind, Marker) for e in seg)


def _name_pair(word: str) -> bool:
    """Whether a word is two names glued by a hyphen (Pranowo-Mahfud, Baswedan-Riza): two title-case
    parts of three letters or more, not a word doubled (Bangsa-Bangsa) nor an acronym (DPR-RI)."""
    return hyphen_pair(word, min_part=MIN_HYPHENED_PART, title=True)


def _field_item(seg: list[El]) -> bool:
    """One word that may name a field in a list (Narkotika, Psikotropika): not a body's name."""
    return len(seg) == 1 and seg[0].kind in (W.UNK, W.COM) and _list_word(seg)
