"""Words inside a title: fields of a post, factions, links of units and seats, capitals.

The part `_Fields` of `TitleReader` reads the words a run goes on through: a post's field in
lowercase (`bidang pangan dan pertanian`, `_field_words`, `_inner_field`, `pada`/`se`), a
faction, an English link word (`of`), a body's local seat and a unit's link, a lowercase word
inside a title (`_inner_ok`, `_lower`), and a capitalised word with its class (`_capital`,
glued forms); word sets from `people_roles.txt` through the lexicon's `role_words`.
"""

from __future__ import annotations

from ...text.calendar import month_number, weekday_number, year_rx
from ...text.patterns import LazyPattern
from ...text.tokens import WORD, TokKind
from ...text.words import NAMEISH, hyphen_pair, speech_verbs, verb_like, word_class, word_set
from ..lexicon import (
    Marker,
    admin_words,
    haji_initial,
    headline_verbs,
    match_head,
    match_marker,
    match_region,
    particle_len,
    role_words,
)
from .elements import _BRACKET_ACRONYM, _ROMAN, DERIVED_NOUN, El, Piece, W
from .evidence import _Evidence

#: Lowercase words in a row after `selaku` before the title is taken to have ended.
_MAX_LOWER_RUN = 3
#: A year (`2026`): the date of an event's name after a region (`Riau Bhayangkara Run 2026`).
_YEAR = LazyPattern(year_rx("year"))
#: Lowercase words naming a field right after a head (Kepala kesiapsiagaan pandemi WHO …).
_MAX_INNER_FIELD = 2  # lowercase words inside a title (Kadis Ketahanan pangan Lambar)
#: Words at most of a field run after a head (staf ahli bidang ekonomi pembangunan dan investasi:
#: four nouns and `dan`); also how far `dari`/`di` is looked for after a head in
#: `linking._field_before_di` (dokter spesialis penyakit dalam konsultan ginjal dari RSUD …).
MAX_FIELD_WORDS = 5
#: What may follow lowercase field words: a body, or the holder's name (Kabid perdagangan Panji …),
#: opened by a given name or by a name particle as a holder's name after a capitalised title is
#: (Menteri pertanian Andi Amran Sulaiman, Kabid perikanan I Made Sudarma).
_FIELD_FOLLOWERS = frozenset({W.ORG, W.ACR, W.UNK, W.COM, W.GIV, W.PART})
_FIELD_WORDS_AFTER_AND = frozenset({W.ORG, W.ACR, W.UNK, W.COM})  # no given name: Kabid pangan dan Budi


class _Fields(_Evidence):
    """Fields, factions, links and capitalised words inside a title."""

    def _field_words(self, j: int, els: list[El]) -> int | None:
        """Direktur medis National Kidney Foundation, Kabid perdagangan Panji Saputra, Kadis
        pendidikan dan kebudayaan Hapzi: up to `MAX_FIELD_WORDS` lowercase nouns right after the
        head (two runs may be joined by `dan`/`serta`) name its field when a capitalised body or
        the holder's name follows them, or a comma and the name (Kabid tanaman pangan, Gunawan);
        they are part of the title (no verb, function word or speech verb)."""
        toks = self.toks
        k = self._field_run(j)
        if k is None:
            k = self._field_then_capital(j)
        if k is None:
            k = self._pointed_field(j)
            if k is None:
                return None
            els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
            return k
        nxt = toks[k] if k < self.n else None
        if nxt is not None and nxt.text == "," and k + 1 < self.n:
            nxt = toks[k + 1]  # Kabid tanaman pangan, Gunawan: the holder after a comma
            # … pembuluh darah, Prof dr Rina; …, Bapak Budi: a degree or an honorific opens the name
            named = word_class(nxt.text) in (W.GIV, W.UNK) or self._degree_opens_name(k + 1)
            if nxt.kind is not WORD or not named:
                return None
        if nxt is None or nxt.newline or nxt.kind is not WORD or match_head(toks, k) is not None:
            return None
        if not (
            self._pada_body(k)
            or (
                nxt.text[0].isupper()
                and (word_class(nxt.text) in _FIELD_FOLLOWERS or match_marker(toks, k) is not None)
            )
            or self._rank_before_name(k)
            or self._degree_opens_name(k)
        ):
            return None
        # `dan` inside the field joins two of its words, no two posts: no connector
        els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
        return k

    def _pointed_field(self, j: int) -> int | None:
        """Ketua umum pergerakan tersebut, Suwadi …; Ketua panitia konferensi internasional itu,
        Dr Irma …: lowercase field words right after the head, closed by a pointer back
        (people_roles `body_pointer`: itu, tersebut, ini) right before a comma and a capitalised
        holder (a name or its honorific or degree), name the body the article wrote before: the
        post's field (the pointer is no part of the title). Where the field words end (at the
        pointer); None when the run is no such field (news-raw: 3 such holders, session 33)."""
        toks = self.toks
        for x in range(j + 1, min(self.n - 2, j + MAX_FIELD_WORDS + 1)):
            if toks[x].kind is not WORD or not toks[x].text.islower():
                return None
            if toks[x].text in role_words("body_pointer"):
                return x if self.pointer_aside(x) is not None and self._field_run(j, x) == x else None
        return None

    def pointer_aside(self, x: int) -> int | None:
        """Where the comma is after a pointer back (`body_pointer`) at ``x`` that a capitalised
        holder follows (`_pointed_field`); None when there is none."""
        toks = self.toks
        if not (x + 2 < self.n and toks[x].text in role_words("body_pointer") and toks[x + 1].text == ","):
            return None
        nxt = toks[x + 2]
        if nxt.newline or nxt.kind is not WORD or not nxt.text[0].isupper():
            return None
        named = word_class(nxt.text) in (W.GIV, W.UNK) or match_marker(toks, x + 2) is not None
        return x + 1 if named else None

    def _field_then_capital(self, j: int) -> int | None:
        """Kabid peternakan dan Keswan Dinas …, Kabid lalu lintas dan Angkutan Dinas …: a field
        run whose `dan` joins a capitalised field word (no given name) reads on after the `dan`."""
        k = self._field_run(j, self.n, open_and=True)
        if k is None or k == self.n or word_class(self.toks[k].text) not in _FIELD_WORDS_AFTER_AND:
            return None
        return k

    def _pada_body(self, k: int) -> bool:
        """`pada` at ``k`` then a capitalised body word (pada Dinas …, pada BPBD …)."""
        toks = self.toks
        return (
            toks[k].text == "pada"
            and k + 1 < self.n
            and toks[k + 1].kind is WORD
            and not toks[k + 1].newline
            and toks[k + 1].text[0].isupper()
            and word_class(toks[k + 1].text) in (W.ORG, W.ACR)
        )

    def _rank_before_name(self, k: int) -> bool:
        """kasat reskrim iptu Bambang: a rank at ``k``, in any case, then a capitalised name."""
        rank = match_marker(self.toks, k)
        return (
            rank is not None
            and rank[0] is Marker.RANK
            and rank[1] < self.n
            and self.toks[rank[1]].kind is WORD
            and self.toks[rank[1]].text[0].isupper()
        )

    def _inner_field(self, j: int, els: list[El]) -> int | None:
        """Kabid Kedaruratan bencana BPBD Lambar Meikal, Kasi Tata Bangunan dan lingkungan Dinas PUPR
        Ferry, Kadis Ketahanan pangan Lambar, Maidar: up to two lowercase field words inside a
        post's title, after its capitalised field or body words and before more of them (a body's
        word, a short name, a field word or a region), are the title's words written in lowercase;
        the run reads on. Before a name (Kabid pangan Budi) or a date they end the run as before."""
        toks = self.toks
        prev = els[-2:] if els and els[-1].kind is Piece.CONN else els[-1:]
        if not prev or prev[0].kind not in (W.ORG, W.ACR, W.COM):
            return None
        k = self._field_run(j)
        if k is None and self._and_capital(j + 1):
            k = self._field_run(j, j + 1)  # Asisten Bidang ekonomi dan Pembangunan: `dan` reads on
        if k is None or k - j > _MAX_INNER_FIELD or k >= self.n:
            return None
        look = k + 1 if self._and_capital(k) else k  # the word after `dan` goes on the title
        if self._acronym_closes(k):
            els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
            return k  # Badan Pengelola Keuangan dan aset daerah (BPKAD): the body's own words
        if toks[look].newline or toks[look].kind is not WORD:
            return None
        nxt = toks[look].text
        if not nxt[0].isupper() or month_number(nxt) is not None or weekday_number(nxt) is not None:
            return None  # Kapolres Badung sore Kamis (7/5): a date follows, no more of the title
        function = word_set("clean_function_words.txt")
        if self.is_post_at(look) or any(toks[x].text in function for x in range(j, k)):
            return None  # … sekaligus Ketua Sekula, anggota DPRD oleh Gubernur …: a second post, a clause
        if word_class(nxt) not in (W.ORG, W.ACR, W.COM) and match_region(toks, look, self.n) == look:
            return None
        els.extend(El(x, x + 1, W.LOW, toks[x].text) for x in range(j, k))
        return k

    def _acronym_closes(self, k: int) -> bool:
        """Whether a bracketed acronym right at ``k`` ends with the initial of the lowercase word
        before it (… dan aset daerah (BPKAD)): that word ends the body's name the acronym shortens."""
        m = _BRACKET_ACRONYM.get().match(self.text, self.toks[k - 1].end)
        return (
            m is not None and self.toks[k].text == "(" and m.group(1)[-1] == self.toks[k - 1].text[0].upper()
        )

    def _and_capital(self, k: int) -> bool:
        """Whether `dan`/`serta` at ``k`` stands before a capitalised word on the same line."""
        toks = self.toks
        return (
            k + 1 < self.n
            and toks[k].text in role_words("and_word")
            and toks[k + 1].kind is WORD
            and toks[k + 1].text[0].isupper()
            and not toks[k + 1].newline
        )

    def _degree_opens_name(self, k: int) -> bool:
        """Whether the word at ``k`` is a degree written before a name (`dr`, `drg`), or an
        honorific written capitalised (`…, Bapak Budi`) or right before a capitalised word
        (`pemerintahan bapak Ahmad`): it opens the holder's name, no field word (Dokter spesialis
        anak dr Rina Sari). A lowercase honorific before lowercase words is a field word
        (Kabid kesehatan ibu dan anak, review of session 37)."""
        toks = self.toks
        found = match_marker(toks, k)
        if found is None or found[0] not in (Marker.PRE, Marker.HON):
            return False
        nxt = toks[found[1]] if found[1] < self.n else None
        return (
            found[0] is Marker.PRE
            or toks[k].text[0].isupper()
            or (nxt is not None and nxt.kind is WORD and nxt.text[0].isupper() and not nxt.newline)
        )

    def _field_run(self, j: int, end: int | None = None, *, open_and: bool = False) -> int | None:
        """Where a run of lowercase field words from ``j`` (up to ``end``) ends (`_field_words`); None
        when it holds a word that names no field or ends on a connector."""
        toks = self.toks
        k, words = j, 0
        stop = self.n if end is None else end
        while k < stop and words < MAX_FIELD_WORDS and toks[k].kind is WORD and toks[k].text[0].islower():
            low = toks[k].text
            if k > j and self._rank_before_name(k):
                break  # kasat reskrim iptu Bambang: the rank opens the holder's name
            if k > j and self._pada_body(k):
                break  # Kabid bina marga pada Dinas PUPR: the body the field is part of follows
            if k > j and self._degree_opens_name(k):
                break  # Dokter spesialis anak dr Rina: the degree opens the holder's name
            if low in role_words("and_word") and k > j and toks[k - 1].text not in role_words("and_word"):
                k += 1
                continue
            if k > j and _field_pair(toks[k - 1].text, low):
                words += 1
                k += 1
                continue
            if (
                not _field_form(low)
                or low in role_words("not_descriptor")
                or low in role_words("selaku_stop")
                or low in role_words("title_stop")
                or low in role_words("body_local")
                or low in role_words("not_field")
                or low in speech_verbs()
                or low == "atau"
                or (verb_like(low) and not DERIVED_NOUN.get().fullmatch(low))  # pendidikan: a noun
            ):
                return None
            words += 1
            k += 1
        if k == j or (
            toks[k - 1].text in role_words("and_word") and not (open_and and self._and_capital(k - 1))
        ):
            return None
        return k

    def _faction(self, j: int, els: list[El]) -> bool:
        """Wakil Ketua MPR RI dari Fraksi PAN Eddy …: `dari` after a body and before another
        body word (Fraksi, Partai) names the holder's faction, part of the title."""
        toks = self.toks
        return (
            bool(els)
            and els[-1].kind in (W.ORG, W.ACR, Piece.REG, Piece.NUM)
            and j + 1 < self.n
            and toks[j + 1].kind is WORD
            and not toks[j + 1].newline
            and word_class(toks[j + 1].text) is W.ORG
        )

    def _english_link(self, j: int, els: list[El]) -> bool:
        """Institute for Development of Economics and Finance, Academy of Learning and Teaching:
        an English function word between capitalised words of a body's English name (after a
        body word or a word the lexicon does not know, before another capitalised word); `and`
        also after the comma that closes a list of them (Communication, Relations, and CSR)."""
        toks = self.toks
        # Communication, Relations, and CSR: `and` after the comma closing an English list
        listed = len(els) > 1 and els[-1].text == "," and toks[j].text == "and"
        before = els[-2] if listed else els[-1] if els else None
        return (
            toks[j].text in role_words("english_link")
            and before is not None
            and before.kind in (W.ORG, W.UNK, W.COM, W.ACR, Piece.REG)
            and j + 1 < self.n
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
            and not toks[j + 1].newline
            and word_class(toks[j + 1].text) is not W.GIV
        )

    def _body_local(self, j: int, els: list[El]) -> int | None:
        """Kepala BPBD setempat, Sekretaris Dinas Sosial kota setempat: `setempat` after a body
        points to the region named before; the run reads on past it, and it is left out of the
        title as when a comma follows it (Ketua RT setempat, Suparno -> Ketua RT). After a word
        that may also start a name (Dinas Tanaman Pangan dan Holtikultura setempat Nata …,
        Peratin (Kepala Desa) setempat Ahyarudin), or right after the head (Camat setempat Sumardi),
        it stands for that comma: the body ends there."""
        if els and (isinstance(els[-1].kind, Marker) or els[-1].kind is Piece.CONN):
            return None
        for k in (j + 2, j + 1):
            if k <= self.n and " ".join(t.text.lower() for t in self.toks[j:k]) in role_words("body_local"):
                if not els or els[-1].kind not in (W.ORG, W.ACR, Piece.REG):
                    els.append(El(j, k, Piece.CONN, ","))
                return k
        return None

    def _seat_link(self, j: int, els: list[El]) -> bool:
        """A seat link (`di`) between a state's short name and a listed city or country, inside a
        title an envoy's word opened (Konsul Jenderal RI di Melbourne: where the envoy sits);
        Presiden RI di Jakarta, Anggota DPR RI di Jakarta: the place is where the post was said."""
        toks = self.toks
        return (
            0 < j < self.n - 1
            and bool(els)
            and toks[j - 1].text.lower() in role_words("state_abbrev")
            and match_region(toks, j + 1, self.n) > j + 1
            # the head (up to three words: Wakil Duta Besar) stands right before the run
            and any(toks[k].text.lower() in role_words("envoy_head") for k in range(max(0, els[0].i - 3), j))
        )

    def _unit_link(self, j: int, els: list[El]) -> bool:
        """Kabid Pemerintahan Pekon di Dinas PMP …: `di` after a post's capitalised field words
        (no region, name, acronym or lowercase word yet) and before a government body's first word or acronym
        joins the field to the body it is a unit of; the body is part of the title."""
        toks = self.toks
        nxt = toks[j + 1] if j + 1 < self.n else None
        return (
            bool(els)
            and all(e.kind in (W.COM, W.ORG, Piece.CONN) for e in els)
            and nxt is not None
            and nxt.kind is WORD
            and not nxt.newline
            and (nxt.text.lower() in role_words("unit_body") or word_class(nxt.text) is W.ACR)
            and match_region(toks, j + 1, self.n) == j + 1
        )

    def _inner_ok(self, j: int) -> bool:
        """`pada`/`se` inside a title before a capitalised word; `… Poernama pada Kamis`: a day or
        month after `pada` is a time, and a PER entity ending before it ends the name. `untuk`
        only between a state and a country (an envoy's post)."""
        toks = self.toks
        if toks[j].text.lower() == "untuk":
            # Duta Besar RI untuk Jepang: a state (or its bracketed short name) before, a country
            # after; Ketua Delegasi Indonesia untuk IESF: or the body or event it is sent to
            return (
                j > 0
                and j + 1 < self.n
                and (toks[j - 1].text == ")" or match_region(toks, j - 1, j) == j)
                and (
                    match_region(toks, j + 1, self.n) > j + 1
                    or word_class(toks[j + 1].text) in (W.ACR, W.ORG, W.COM)
                )
            )
        return (
            j + 1 < self.n
            and toks[j + 1].kind is WORD
            and toks[j + 1].text[0].isupper()
            and word_class(toks[j + 1].text) is not W.STOP
            and not (j > 0 and toks[j - 1].end in self.per_ends.values())
            # Presiden Joko Santoso pada Idul Fitri: after name words `pada` goes on with a title
            # only into a body or a region (pada Dinas …), not into a feast or an event
            and (
                toks[j].text.lower() != "pada"
                or word_class(toks[j - 1].text) not in NAMEISH
                or word_class(toks[j + 1].text) in (W.ORG, W.ACR)
                or match_region(toks, j + 1, self.n) > j + 1
            )
        )

    def _lower(self, j: int, els: list[El]) -> int | None:
        """After `selaku` a title may hold lowercase words (petugas kebersihan dari Uptd): nouns
        and `dari`, not function words or verbs."""
        t = self.toks[j]
        low = t.text.lower()
        lows = sum(1 for e in els[-3:] if e.kind is W.LOW)
        if (
            low in role_words("selaku_stop")
            or (low in role_words("not_descriptor") and low != "dari")
            or low in speech_verbs()
            or lows >= _MAX_LOWER_RUN
            or (verb_like(low, min_len=6, suffixes=()) and low not in ("dinas", "divisi", "direktur"))
        ):
            return None
        els.append(El(j, j + 1, W.LOW, t.text))
        return j + 1

    def _capital(self, j: int, els: list[El], limit: int, *, kecamatan: bool) -> int | None:
        """A capitalised word: a one-word region, a particle, an initial or a classed word."""
        toks, n = self.toks, self.n
        t = toks[j]
        # Kepala BPBD setempat Padang Priyo: `setempat` stands for the region, none follows it
        r = (
            match_region(toks, j, limit, kecamatan=kecamatan)
            if j == 0 or toks[j - 1].text != "setempat"
            else j
        )
        if r > j:
            els.append(El(j, r, Piece.REG, self.text[t.start : toks[r - 1].end]))
            return r
        pl = particle_len(toks, j)
        if pl:
            els.append(El(j, j + pl, W.PART, self.text[t.start : toks[j + pl - 1].end]))
            return j + pl
        if _ROMAN.get().fullmatch(t.text) and self._glued(j, "/", WORD):
            # Kodam XVII/Cenderawasih, Lantamal VI/Makassar: a unit numbered in Roman numerals
            els.append(El(j, j + 3, Piece.NUM, self.text[t.start : toks[j + 2].end]))
            return j + 3
        if len(t.text) == 1 and t.text.isupper():
            els.append(El(j, j + 1, Piece.INIT, t.text))
            return j + 1
        if haji_initial(toks, j) and not (els and els[-1].kind in (W.ORG, W.ACR)):
            els.append(El(j, j + 1, Marker.REL, t.text))  # HM Noor Rifani: Haji and an initial
            return j + 1
        c = word_class(t.text)
        if (
            c is W.COM
            and t.text.lower() not in admin_words()  # Dapil Banjarangkan: a place follows
            # Komisioner KPU Lampung Barat Divisi Teknis: the body's division reads on
            and t.text.lower() not in role_words("place_unit")
            and els
            and els[-1].kind is Piece.REG
            # Balai Besar Konservasi …: a region that is also a common word is the body's own word
            and word_class(els[-1].text) is not W.COM
            and j + 1 < n
            and toks[j + 1].kind is WORD
            and word_class(toks[j + 1].text) in (W.COM, W.STOP)
            and match_region(toks, j + 1, limit) == j + 1
            # Polda Metro Jaya Kombes Budi: a rank or honorific opens the holder's name
            and match_marker(toks, j + 1) is None
            # Ketua Panitia Sumsel Bhayangkara Run 2026, …: an event's name, dated by its year
            and not (j + 2 < n and _YEAR.get().fullmatch(toks[j + 2].text) is not None)
        ):
            return None  # Bupati Lanny Jaya Sumbang Rp1 Miliar: headline words after the place
        if (
            els
            and els[-1].kind is Piece.REG
            and c not in (W.GIV, W.AMB)
            and t.text.lower() in headline_verbs()
        ):
            return None  # Bupati Pesawaran Serahkan Bantuan Sumur Bor: a headline's verb after the place
        els.append(El(j, j + 1, c, t.text))
        return j + 1

    def _glued(self, j: int, mark: str, kind: TokKind) -> bool:
        """Whether ``mark`` and a token of ``kind`` follow token ``j`` with no space: an ordinal
        (`ke` -7), a numbered unit (XVII /Cenderawasih)."""
        toks = self.toks
        return (
            j + 2 < self.n
            and toks[j + 1].text == mark
            and not toks[j + 1].space
            and not toks[j + 2].space
            and toks[j + 2].kind is kind
        )


def _field_form(low: str) -> bool:
    """gizi, gastroenterologi-hepatologi: a field word is written in letters, or is two different
    letter words glued by one hyphen (`hyphen_pair`: a subspecialty's name, though the shape
    alone also lets in a pair such as sayur-mayur); not a word with the prefix `se-`
    (se-Kecamatan: "all … of") nor a word written twice (anak-anak, masing-masing)."""
    return low.isalpha() or (hyphen_pair(low) and not low.startswith("se-"))


def _field_pair(before: str, low: str) -> bool:
    """spesialis penyakit dalam, pakar penyakit dalam: a lowercase word that otherwise ends a
    field (`dalam`, in) is the second word of a field's name after the first (`field_pair`,
    internal medicine), no preposition."""
    return f"{before.lower()} {low}" in role_words("field_pair")
