"""Short names: bracketed abbreviations, offices' acronyms, names spelled out before them.

A word alone in brackets after a name (`Persatuan Menembak Indonesia (Perbakin)`), an office's
acronym on `D` with its level and region (`DLH Kota Serang`), halls named after a person
(`entities_hall_heads.txt`), streets (`entities_streets.txt`), the bodies an article defines
in brackets, and the words before a bracket that spell its letters (`_spelled_acronyms`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...people.corpus import common_word_only
from ...people.lexicon import role_words
from ...records import Entity
from ...records import EntityLabel as Label
from ...text.words import common_words, given_names, listed_body_short_name, org_acronyms, word_set
from .tokens import (
    Tok,
    Tokens,
    _level_in_body,
    _name_word,
    _own_name,
    lowercase_words,
    match_head,
    region_len,
    title_len,
    tokens_inside,
)
from .words import (
    _DINAS_SHORT,
    _ROMAN,
    _YEAR,
    MAX_ABBREV_WORDS,
    MAX_TITLE_WORDS,
    Head,
    _joins,
    _name_elements,
    _not_entities,
    _title_prefixes,
    _words_by_kind,
)


def _hall_named_after(toks: Sequence[Tok], i: int, n: int) -> bool:
    """A hall's head of one word (entities_hall_heads.txt) before a capitalised given name: the
    hall is named after that person, a place (`Balai Kartini`, `Balai Sudirman`); before a
    common word the head names an agency (`Balai Konservasi …`)."""
    nxt = i + n
    return (
        n == 1
        and toks[i].low in word_set("entities_hall_heads.txt")
        and nxt < len(toks)
        and toks[nxt].text[:1].isupper()
        and not toks[nxt].text.isupper()
        and toks[nxt].low in given_names()
    )


def _abbreviates_more(toks: Sequence[Tok], i: int, a: int) -> bool:
    """The bracket at ``a`` after a place's name at ``i`` starts with the letter of the capitalised
    word before the name, not the name's own (`Patroli Jalan Raya (PJR)`, `Operasi Pasar Murah
    (OPM)`): it abbreviates a longer name, a unit's or a programme's, that holds the place's words."""
    first = toks[a].text[:1]
    return (
        i > 0
        and first.isupper()
        and toks[i].text[:1].upper() != first
        and toks[i - 1].text[:1] == first
        and toks[i - 1].text[1:2].islower()
    )


def _bracketed(toks: Sequence[Tok], k: int) -> bool:
    """Word ``k`` stands alone between brackets (`Persatuan Menembak Indonesia (Perbakin)`)."""
    return 0 < k < len(toks) - 1 and toks[k - 1].text == "(" and toks[k + 1].text == ")"


def _capitals_word(word: str) -> bool:
    """A word of capital letters, digits allowed after the first letter (`BLK`, `DKP3`, `UP3`)."""
    return word.isupper() and word.isalnum() and word[:1].isalpha()


def _bracket_words(toks: Sequence[Tok]) -> list[int]:
    """The indices of the words that stand alone between brackets (`_bracketed`), in order: one
    pass over the tokens for the readers of bracketed short names (kept in `Tokens`)."""
    if isinstance(toks, Tokens) and toks.bracketed is not None:
        return toks.bracketed
    found = [k + 1 for k in range(len(toks) - 2) if toks[k].text == "(" and toks[k + 2].text == ")"]
    if isinstance(toks, Tokens):
        toks.bracketed = found
    return found


def _short_names(toks: Sequence[Tok]) -> frozenset[str]:
    """Capitalised words the article writes alone between brackets (`Persatuan Menembak Indonesia
    (Perbakin)`): a body's own short name, which after `dan` starts a body of its own; a kind's
    (`usaha mikro, kecil dan menengah (UMKM)`) is a field of an office (`Dinas Koperasi dan UMKM`)."""
    return frozenset(
        toks[k].text
        for k in _bracket_words(toks)
        if toks[k].text[:1].isupper() and toks[k].low not in _not_entities()
    )


def _names_body(toks: Sequence[Tok], first: int, end: int) -> bool:
    """Words ``first`` to ``end`` name a body: its own short name (`Ditreskrimum`) or a body's head
    with a name after it (`Polres Rejang Lebong`), not a kind alone (`Bidang Pendidikan SD`)."""
    return any(
        _own_name(toks[k]) or (_heads_body(toks, k) and k + 1 < end and _name_word(toks[k + 1]))
        for k in range(first, end)
    )


def _numbered_title(toks: Sequence[Tok], i: int) -> bool:
    """A position title ends right before word ``i``, its number or bracketed short form between
    (`Kanit IV Subdit Resmob …`, `Asisten Daerah (Asda) Bidang Pemerintahan …`)."""
    k = i - 1
    if k < 1:
        return False
    if toks[k].text == ")":
        opens = [j for j in range(max(0, k - MAX_ABBREV_WORDS - 1), k) if toks[j].text == "("]
        k = opens[-1] if opens else 0
    elif not (toks[k].text.isdigit() or _ROMAN.get().fullmatch(toks[k].text)):
        return False
    # the title and the capitalised words of its name (`Asisten Daerah`)
    return any(
        title_len(toks, j) > 0 and all(t.capital for t in toks[j:k])
        for j in range(max(0, k - MAX_TITLE_WORDS), k)
    )


def _street_words() -> dict[str, frozenset[str]]:
    """Street heads (kind `street`: `jalan`) and the words of a road between regions (kind
    `route`: `tol`, `lintas`), lowercase (``entities_streets.txt``)."""
    return _words_by_kind("entities_streets.txt")


def _region_tail(toks: Sequence[Tok], first: int, end: int, *, street: bool) -> int:
    """Where a province, regency or city that ends the name at ``first``..``end`` starts, after
    at least one word of the name itself (`Kecamatan Petang Badung` -> `Badung`); ``end``: none.
    A name that is a region or district whole stays whole (`Kabupaten Aceh Barat Daya`); a
    level's own name must be a known one (`Petang`), a street's need not; a street's name that
    is a road between regions ends at none of them (`Jalan Raya Bogor`, `Jalan Lintas Jambi
    Palembang`: `_route_to`)."""
    if region_len(toks, first, kecamatan=True) >= end - first:
        return end
    for k in range(first + 1, end):
        # a compass word (`Jalan Medan Merdeka Barat`) is the name's own, no region of one word
        if end - k == 1 and toks[k].low in common_words() and not toks[k].text.isupper():
            return end
        if region_len(toks, k) == end - k:
            if street and _route_to(toks, first, k):
                return end
            known = street or region_len(toks, first, kecamatan=True) == k - first
            return k if known else end
    return end


def _route_to(toks: Sequence[Tok], first: int, k: int) -> bool:
    """The street's name ``first``..``k`` is a road's between regions, the region at ``k`` its
    end (`Jalan Raya Bogor`, `Jalan Lintas Timur Sumatera`, `Jalan Lintas Jambi Palembang`): a
    route's word with only compass words and listed regions after it; a name of the street's own
    after the route's word makes the region the address's (`Jl Raya Lenteng Agung Jakarta
    Selatan`), as does a region's name that is a common word, by the lexicon and by news-raw's
    lowercase use (`Jl Raya Puncak Bogor`: `puncak`, a peak; `_common_region`)."""
    routes = [j for j in range(first, k) if toks[j].low in _street_words()["route"]]
    if not routes:
        return False
    compass, m = word_set("entities_compass_words.txt"), routes[-1] + 1
    while m < k:
        if toks[m].low in compass:
            step = 1
        elif _common_region(toks[m]):
            return False  # the street's own name (`Puncak`), not a region it runs to
        else:
            step = region_len(toks, m)
        if not step or m + step > k:
            return False
        m += step
    return True


def _common_region(tok: Tok) -> bool:
    """A region's word that is a common word both in the lexicon (`common_words`) and in
    news-raw's lowercase use (`common_word_only`): `Puncak` (a peak), not `Serang`, `Bandung`."""
    return tok.low in common_words() and common_word_only(tok.text)


def _acronym_office(toks: Sequence[Tok], i: int) -> tuple[int, Label, Head] | None:
    """A known body's short name written with its level and region (`DLH Kota Serang`, `KPU
    Kabupaten Kapuas`, `KPU provinsi Jambi`): it heads the office's name like `Dinas` does."""
    tok = toks[i]
    if not (tok.text.isupper() and i + 1 < len(toks)):
        return None
    if not (tok.low in org_acronyms() or (tok.text[:1] == "D" and _titled_office(toks, i))):
        return None
    level = _level_in_body(toks, i + 1)
    named = level is not None and level[2] is Head.ADMIN and i + 1 + level[0] < len(toks)
    return (1, Label.ORG, Head.BODY) if named and _name_word(toks[i + 1 + level[0]]) else None


def _titled_office(toks: Sequence[Tok], i: int) -> bool:
    """An unlisted office's short name on `D` and a consonant (a Dinas: `DTPH`, `DKP3`, `DPUPR`)
    right after a title of one word, the official's who heads it (`Kepala DKP3 Kota Metro`,
    `Sekretaris DTPH`): a title names the office it heads. Elsewhere such a word is as often a
    disease, a fund or a list (`DBD`, `DBH`, `DTKS`: entities_not.txt, entities_levies.txt)."""
    tok = toks[i]
    return (
        i > 0
        and _DINAS_SHORT.get().fullmatch(tok.text) is not None
        and tok.low not in _not_entities()
        and tok.low not in word_set("entities_levies.txt")
        and title_len(toks, i - 1) == 1
    )


def _titled_with_region(toks: Sequence[Tok], i: int) -> bool:
    """An unlisted short name in capitals (three letters or more, no word that is no entity alone)
    between a title of one word and its own region (`_region_at`): the body the official heads
    (`Ketua PMI Kabupaten Pesawaran`, `Sekretaris PHRI Provinsi Lampung`); a title that also names
    a group (people_roles.txt ``weak_head``: `Tim PKTB Provinsi …`, `tim MLBB Turki`) names what
    the group works on, and a contracted head (`_contracted_head`: `Kadis PUPR Tulang Bawang`) a
    sector of the body its title holds."""
    tok = toks[i]
    return (
        0 < i < len(toks) - 1
        and len(tok.text) >= MIN_SPELLED_BODY
        and tok.text.isalpha()
        and tok.low not in _not_entities()
        and title_len(toks, i - 1) == 1
        and toks[i - 1].low not in role_words("weak_head")
        and not _contracted_head(toks[i - 1])
        and _region_at(toks, i + 1)
    )


def _contracted_head(tok: Tok) -> bool:
    """A title contracted from a head and its body's kind (officials_title_prefixes.txt: `Kadis`
    = Kepala Dinas, `Kaban`, `Kasat`, `Kabid`, `Dandim`): the body is the title's, not written out
    in full, so a short name after it names only the body's sector (`Kadis PUPR …`)."""
    return tok.text.replace(".", "").startswith(_title_prefixes())


def _titled_offices(toks: Sequence[Tok]) -> frozenset[str]:
    """The short names `_titled_office` and `_titled_with_region` read anywhere in the article:
    each mention of one is the office (`Pihak DKP3 juga …`)."""
    return frozenset(
        tok.text
        for i, tok in enumerate(toks)
        if tok.text.isupper()
        and ((tok.text[:1] == "D" and _titled_office(toks, i)) or _titled_with_region(toks, i))
    )


#: The fewest letters of an unlisted short name read as a body: two are a kind's as often (`SR`, `MI`).
MIN_SPELLED_BODY = 3


def _spelled_bodies(toks: Sequence[Tok], person_starts: frozenset[int] = frozenset()) -> frozenset[str]:
    """Unlisted short names the article defines in brackets after capitalised words whose
    initials spell them, the first an organisation's word (`Sekolah Usaha Perikanan Menengah
    (SUPM)`, `Komite Olimpiade Indonesia (KOI)`: officials_org_words.txt): the body wherever the
    short name stands alone, as `_titled_offices`'s are; not a kind's (`Sekolah Menengah Pertama
    (SMP)`: entities_not.txt, entities_kinds_alone.txt; `Kelompok Informasi Masyarakat (KIM)`:
    `_group_kind`), a place's or a facility's (`Kantor`, `Daerah Istimewa Yogyakarta`);
    ``person_starts``: where the article's persons' names start (`_named_after`)."""
    lower = lowercase_words(toks)
    return frozenset(
        toks[k].text
        for k, words in _spelled_acronyms(toks).items()
        if toks[words[0]].capital
        and toks[words[0]].low in word_set("officials_org_words.txt")
        and all(_name_word(toks[j]) or toks[j].low in _joins() for j in words)
        and _no_place_head(toks, words[0])
        and not region_len(toks, words[0])
        and not _group_kind(
            Entity("", Label.ORG.value, (toks[words[0]].start, toks[words[-1]].end)), toks, lower
        )
        and toks[k].low not in _not_entities()
        and toks[k].low not in word_set("entities_kinds_alone.txt")
        and len(toks[k].text) >= MIN_SPELLED_BODY
        and not _named_after(toks, toks[k].text, person_starts)
    )


def _no_place_head(toks: Sequence[Tok], k: int) -> bool:
    """No place's, level's or facility's head opens the name at ``k`` (`Kabupaten`, `Kantor`)."""
    head = match_head(toks, k)
    return head is None or head[1] is Label.ORG


def _named_after(toks: Sequence[Tok], short: str, person_starts: frozenset[int] = frozenset()) -> bool:
    """The article writes ``short`` before a number or a capitalised word that opens no region nor
    a person's name (`_holder_next`), or after a number: a kind's short name that names or counts
    its members (`KWT Flamboyan`, `MIN 1`, `1.152 SPPG`; a year is no count)."""
    return any(
        t.text == short
        and (
            (_named_next(toks, k) and not _holder_next(toks, k, person_starts))
            or (k > 0 and _count_word(toks[k - 1]))
        )
        for k, t in enumerate(toks)
    )


def _holder_next(toks: Sequence[Tok], k: int, person_starts: frozenset[int]) -> bool:
    """The word after the short name at ``k`` opens a person's name: one of the article's persons,
    or a degree or form of address before one (`Kepala DTPH Ir. Nata …`, `Kabid DTPH Onni …`):
    the holder of the title the short name ends, no member of a kind it names."""
    nxt = toks[k + 1]
    return nxt.start in person_starts or nxt.low in _name_elements() or nxt.text in _name_elements()


def _count_word(tok: Tok) -> bool:
    """A number that counts, no year (`April 2026 DJP`)."""
    return tok.text[:1].isdigit() and _YEAR.get().fullmatch(tok.text) is None


def _named_next(toks: Sequence[Tok], k: int) -> bool:
    """A number or a capitalised word that opens no region follows word ``k`` one space after."""
    if k + 1 >= len(toks) or toks[k + 1].start != toks[k].end + 1:
        return False
    nxt = toks[k + 1]
    return nxt.text[:1].isdigit() or (nxt.capital and not region_len(toks, k + 1, kecamatan=True))


def _heads_body(toks: Sequence[Tok], k: int) -> bool:
    """The word at ``k`` heads an organisation's name (`Tim`, `Komisi`)."""
    head = match_head(toks, k)
    return head is not None and head[1] is Label.ORG and head[2] is Head.BODY


def _initials(toks: Sequence[Tok], ks: Iterable[int]) -> str:
    """The first letters, in capitals, of words ``ks`` with `dan`-like joins skipped (`Dana
    Alokasi Umum` -> `DAU`, `Dinas Koperasi dan UMKM` -> `DKU`)."""
    return "".join(toks[k].text[0] for k in ks if toks[k].low not in _joins()).upper()


def _spelled_out(toks: Sequence[Tok], k: int) -> range | None:
    """The words before the bracketed acronym at ``k`` whose first letters spell it, `dan` and
    `dan`-like joins skipped (`Dana Alokasi Umum (DAU)`); None when they do not spell it."""
    acr, j, n = toks[k].text, k - 2, 0
    while j >= 0 and n < len(acr) and toks[j].text.isalpha():
        n += toks[j].low not in _joins()
        j -= 1
    words = range(j + 1, k - 1)
    return words if n == len(acr) and _initials(toks, words) == acr else None


def _spelled_acronyms(toks: Sequence[Tok]) -> dict[int, range]:
    """Each all-caps short name alone in brackets (its word's index) with the words before it
    that spell it (`Dana Alokasi Umum (DAU)`): read once for all its readers (kept in `Tokens`)."""
    if isinstance(toks, Tokens) and toks.spelled is not None:
        return toks.spelled
    found = {
        k: words
        for k in _bracket_words(toks)
        if k >= 2
        and toks[k].text.isupper()
        and toks[k].text.isalpha()
        and (words := _spelled_out(toks, k)) is not None
    }
    if isinstance(toks, Tokens):
        toks.spelled = found
    return found


def _group_kind(ent: Entity, toks: Sequence[Tok], lower: frozenset[str]) -> bool:
    """A group named by common words only (`Sanggar Seni`, `Tim Pendamping Keluarga`): a kind of
    group, no name. A word is common when listed or written lowercase in the same article."""
    inside = tokens_inside(ent.span, toks)
    if (
        ent.label == Label.PER
        or len(inside) < 2
        or toks[inside.start].low not in word_set("entities_group_heads.txt")
    ):
        return False
    return all(
        toks[k].low in _joins()
        or (
            not toks[k].text.isupper()
            and (toks[k].low in common_words() or toks[k].low in lower)
            and not region_len(toks, k, kecamatan=True)
        )
        for k in inside[1:]
    )


def _listed_short_name(tok: Tok) -> bool:
    """A listed body's short name, as written (`listed_body_short_name`: `KPU`, `Bawaslu`)."""
    return listed_body_short_name(tok.text)


def _region_at(toks: Sequence[Tok], k: int) -> bool:
    """A region's name at ``k``, or an administrative level and a region's name after it (`KPU
    Way Kanan`, `Forkopimda Kabupaten Tulang Bawang`, `BPPRD Kota Metro`): the body's own region."""
    level = match_head(toks, k)
    if level is not None and level[2] is Head.ADMIN:
        k += level[0]
    return k < len(toks) and region_len(toks, k) > 0
