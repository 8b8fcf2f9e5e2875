"""Officials: who holds which position (GUIDELINES §2).

A rule path that stands without the NER model, using PER entities when given:

1. **Heads.** A position head (``Ketua``, ``Kepala Dinas``, ``Wakil Wali Kota``,
   ``Kabid``, ``Plt``) from ``officials_titles.txt`` opens a mention; chained heads
   join (``Plt Kadis``). Occupations from ``officials_nonofficial.txt`` (``petani``,
   ``siswa``) open a mention too, but yield persons, not officials.
2. **Run.** The capitalised words after the head, up to a lowercase word, a line
   break or punctuation, split into segments at ``,``/``dan``/``serta``; a segment
   opening with another head starts the next mention (``… Rawang dan Camat …``).
3. **Title/name boundary.** Inside the first segment the name starts at a PER
   entity, after an honorific/degree/rank, at a name particle (``I Made``,
   ``Anak Agung``, ``Andi``), or else at the longest name-like tail after the last
   organisation word, region (``officials_regions.txt``) or common word. A boundary
   whose two words occur together elsewhere in the article is a fixed phrase
   (``Galeri Huma | Lilis``), not a boundary. Later segments are the name after a
   comma (``Gubernur Jatim, Khofifah …``), more of the organisation
   (``Perdagangan, Koperasi,UKM dan Perindustrian``), or more holders of the same
   title (``Zulkarnaen, Rajudin Sagala dan Hadi Suhendra``).
4. **Name first.** With no name after it, a title takes the name before it:
   ``Marini, Ketua …``, ``Elyanie selaku Kasi …``, ``Vieta Sumala Dewi pemilik …``.
5. **One entry per person**: mentions whose names are the same person
   (`names.same_person`) merge; the fullest name and the longest title win.

Guards found by running the rules over the UD and NER corpora (news text the dev set
does not cover):

* ``pimpinan`` after an organisation's name or ``di bawah`` means "led by"
  (``Partai … pimpinan PM Italia …``); a regulation named after a post
  (``Keputusan Menteri Keuangan Nomor …``) is no mention.
* A group word alone (``tim Sri Mulyani``, ``di bawah Pimpinan Lettu …``) and the owner of a
  natural feature (``pemilik Gunung …``) hold no post; the person stays a person.
* After a village head (``Kades``, ``Lurah``, ``Perbekel``) the first unsure word is the
  village; after a post named by country, ministry or region (``Presiden``, ``Menteri``,
  ``Bupati``) one unknown word is its holder (``Presiden Jokowi``), since the lexicons know
  the countries, ministries and regions.
* The name may come first when ``selaku``, ``sebagai``, ``yang juga``, a comma or a bracket
  links it to the title (``Budi Santoso (Kepala Desa Sukamaju)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ..records import Entity, Official, Span
from ..resources import load_lines
from .names import (
    NAMEISH,
    Tok,
    common_words,
    cue_positions,
    given_names,
    match_marker,
    name_tokens,
    particle_len,
    same_person,
    speech_verbs,
    tokenize,
    window_tokens,
    word_class,
)

__all__ = ["RoleMention", "extract_officials", "org_words", "scan_roles", "title_prefix_len"]

_WHOLE = 30_000  # characters: up to this (a long article), the text is tokenized whole
_MAX_RUN = 40  # tokens after a head; titles are never longer, and it bounds the work
_MAX_NAME = 6  # words in one name (Rico Tri Putra Bayu Wass)
_CONN = frozenset({",", "dan", "serta", "&"})
_INNER = frozenset({"pada", "se"})  # Kepala Bidang Perdagangan pada Dinas …
_ABBREV_DOT = frozenset({"prov", "kab", "kec", "kel", "ds", "jl", "plt", "pj", "pjs", "plh", "no"})
_KEC_HEADS = frozenset({"camat", "sekcam", "wakil camat", "kapolsek", "kapolsekta", "danramil", "lurah"})
_SELAKU = frozenset({"selaku", "sebagai"})
# heads that also name a group or a unit (Tim Bulog, anggota DPRD): a capitalised word right
# after them is the group, so a name there needs a particle, honorific or PER entity
_WEAK_HEADS = frozenset(
    {
        "tim",
        "divisi",
        "humas",
        "anggota",
        "staf",
        "petugas",
        "pegawai",
        "karyawan",
        "pimpinan",
        "pemimpin",
        "pengurus",
        "pembina",
        "penasihat",
        "asisten",
        "pendamping",
        "penyuluh",
        "koordinator",
        "owner",
        "founder",
        "pendiri",
        "pengelola",
        "wakil",
        "plt",
        "pj",
        "pjs",
        "plh",
    }
)
# lowercase words that cannot describe an occupation (petani cabai rawit): function words
_NOT_DESCRIPTORS = frozenset(
    {
        "di",
        "dari",
        "asal",
        "yang",
        "akan",
        "sudah",
        "telah",
        "juga",
        "tidak",
        "belum",
        "masih",
        "sedang",
        "pun",
        "dan",
        "untuk",
        "itu",
        "ini",
        "tersebut",
        "kepada",
        "dengan",
        "pada",
        "saat",
        "bisa",
        "dapat",
        "harus",
        "ingin",
        "mau",
        "sangat",
        "lebih",
        "hanya",
        "bahwa",
        "ketika",
        "karena",
        "agar",
        "sebagai",
    }
)


def _verb_like(word: str) -> bool:
    """meN-, ber-, di-, ter- verbs and -kan/-i forms (keluarkan, menyapa, dibuka)."""
    return len(word) > 4 and (
        word.startswith(("me", "ber", "di", "ter", "mem", "men")) or word.endswith("kan")
    )


# heads of a village or hamlet: the word right after them is the place (Kades Sukamaju …)
_VILLAGE_HEADS = frozenset(
    {
        "kepala desa",
        "kades",
        "lurah",
        "perbekel",
        "kadus",
        "kepala dusun",
        "kepala kampung",
        "kepala lingkungan",
        "kepling",
        "kaling",
        "keuchik",
        "geuchik",
        "wali nagari",
        "pambakal",
        "kelian",
        "klian",
        "bendesa",
        "sekdes",
        "datuk penghulu",
    }
)
# posts held by one person and named by country, ministry or region, which the lexicons know:
# one unknown word after them is the holder (Presiden Jokowi, Menteri Tedjo, Wapres Boediono)
_PERSONAL_HEADS = frozenset(
    {
        "presiden",
        "wakil presiden",
        "wapres",
        "perdana menteri",
        "menteri",
        "wakil menteri",
        "wamen",
        "menko",
        "gubernur",
        "wakil gubernur",
        "wagub",
        "bupati",
        "wakil bupati",
        "wabup",
        "wali kota",
        "walikota",
        "wakil wali kota",
        "wakil walikota",
        "wawali",
        "wawako",
    }
)
# heads of units that may follow `dan` inside one title (Direktur Keuangan dan Humas)
_UNIT_HEADS = frozenset({"humas", "divisi", "bidang"})
# owning something is a post only when the thing is a business (pemilik UMKM …, not pemilik Gunung …)
_OWNER_HEADS = frozenset({"pemilik", "owner"})
# Arabic articles glued to a family name (al-Assad, el-Sisi, as-Sudais)
_ARABIC_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "asy-", "at-", "an-", "az-")
# `pimpinan` after an organisation's name or `di bawah` means "led by"
_LED_BY = frozenset({"pimpinan", "pimpinannya"})
# regulations named after the post that issued them (Keputusan Menteri, Pergub)
_DOCUMENT_WORDS = frozenset(
    {"keputusan", "peraturan", "kepmen", "permen", "pergub", "perbup", "perwali", "keppres", "perpres", "sk"}
)
# words that end a title: what follows a number word is a document or a count, not a name
_TITLE_STOPS = frozenset({"nomor", "no", "nomer", "nmr"})
# English function words: capitalised words before them are an organisation's name
# (Popular Movement for the Liberation of Angola), never a person's
_ENGLISH_LINKS = frozenset({"of", "for", "the", "and", "on", "in", "at"})


# words right before a place name (di Unila, Kelurahan Timbang Deli): a "name" found after
# one of them elsewhere in the article is a place or an organisation
_PLACE_CUES = frozenset(
    {
        "di",
        "ke",
        "desa",
        "kelurahan",
        "kecamatan",
        "kota",
        "kabupaten",
        "provinsi",
        "kampung",
        "dusun",
        "nagari",
        "gampong",
        "jalan",
        "jl",
        "pulau",
        "gedung",
        "kantor",
        "pasar",
    }
)
# words that end a title given after `selaku`, where lowercase words may belong to it
_SELAKU_STOP = frozenset(
    {
        "yang",
        "juga",
        "saat",
        "ketika",
        "untuk",
        "bahwa",
        "itu",
        "ini",
        "di",
        "dalam",
        "telah",
        "sudah",
        "akan",
        "sangat",
        "pun",
        "tersebut",
        "mengatakan",
        "bersama",
        "dengan",
        "kepada",
        "serta",
    }
)


# --------------------------------------------------------------------------- lexicons


@cache
def _named_bodies() -> frozenset[str]:
    """Words for bodies known by a proper name of their own (``Sanggar Kahanjak Huang``,
    ``Galeri Huma Lilis Lamiang``): the thing nouns of names_thing_nouns.txt."""
    return frozenset(e.lower() for e in load_lines("names_thing_nouns.txt"))


@cache
def org_words() -> frozenset[str]:
    return frozenset(e.lower() for e in load_lines("officials_org_words.txt"))


@cache
def _heads() -> tuple[dict[str, list[tuple[tuple[str, ...], bool, bool]]], int]:
    """First word (lowercase) -> [(parts, case_sensitive, official)], longest first."""
    table: dict[str, list[tuple[tuple[str, ...], bool, bool]]] = {}
    for name, official in (("officials_titles.txt", True), ("officials_nonofficial.txt", False)):
        for entry in load_lines(name):
            parts = tuple(entry.replace(".", " ").split())
            if not parts:
                continue
            cs = parts[0][0].isupper()
            table.setdefault(parts[0].lower(), []).append((parts, cs, official))
    longest = 1
    for v in table.values():
        v.sort(key=lambda x: -len(x[0]))
        longest = max(longest, len(v[0][0]))
    return table, longest


@cache
def _head_words() -> frozenset[str]:
    return frozenset(_heads()[0])


@cache
def _title_prefixes() -> tuple[str, ...]:
    return tuple(load_lines("officials_title_prefixes.txt"))


@lru_cache(maxsize=8192)
def _is_prefixed_title(word: str) -> bool:
    """Kadisdikpora, Kapolsubsektor: an abbreviated post not listed word for word."""
    prefix = next((p for p in _title_prefixes() if word.startswith(p)), None)
    if prefix is None or len(word) <= len(prefix):
        return False
    low = word.lower()
    return low not in common_words() and low not in given_names()


@cache
def _gazetteer(name: str) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_lines(name):
        parts = tuple(entry.replace(".", " ").split())
        if parts:
            table.setdefault(parts[0], []).append(parts)
            if len(parts) > 1 and all(p.isalpha() for p in parts):
                # Pangkalpinang, Palangkaraya: the name written as one word
                glued = parts[0] + "".join(p.lower() for p in parts[1:])
                table.setdefault(glued, []).append((glued,))
    for v in table.values():
        v.sort(key=len, reverse=True)
    return table


@cache
def _admin_words() -> frozenset[str]:
    return frozenset(e.lower() for e in load_lines("officials_admin_words.txt"))


@cache
def _geo_words() -> frozenset[str]:
    return frozenset(e.lower() for e in load_lines("officials_geo_words.txt"))


@cache
def _facility_words() -> frozenset[str]:
    return frozenset(e.lower() for e in load_lines("officials_facility_words.txt"))


@lru_cache(maxsize=65536)
def _cls(word: str) -> str:
    return word_class(word)


# --------------------------------------------------------------------------- matching helpers


@lru_cache(maxsize=65536)
def _head_kind(word: str) -> int:
    """1 if ``word`` may open a listed head, 2 if it starts like an abbreviated post, else 0."""
    if word.lower() in _heads()[0]:
        return 1
    return 2 if word.startswith(_title_prefixes()) else 0


def _match_head(toks: Sequence[Tok], i: int) -> tuple[int, bool, str] | None:
    """A head at token ``i``: (end index, official?, lowercase head text)."""
    t = toks[i]
    if t.kind != "w":
        return None
    kind = _head_kind(t.text)
    if not kind:
        return None  # most words: one cached lookup, as the scanner asks about every token
    table, _ = _heads()
    cands = table.get(t.text.lower())
    if not cands:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # Kadisdikpora Bali …: a prefixed post needs its place or name after it (not Kadisono, …)
        if _is_prefixed_title(t.text) and nxt is not None and nxt.kind == "w" and nxt.text[:1].isupper():
            end = i + 1
            if end < len(toks) and toks[end].text == "." and not toks[end].space:
                end += 1
            return end, True, t.text.lower()
        return None
    n = len(toks)
    for parts, cs, official in cands:
        k = len(parts)
        if i + k > n:
            continue
        ok = True
        for x in range(k):
            tk = toks[i + x]
            if tk.kind != "w" or (x and tk.newline):
                ok = False
                break
            if cs and x == 0:
                if tk.text not in (parts[0], parts[0].upper()):
                    ok = False
                    break
            elif tk.text.lower() != parts[x].lower():
                ok = False
                break
        if not ok:
            continue
        end = i + k
        # lowercase abbreviations are verbs or nouns (`kasi`), capitalised full words
        # that are common nouns mid-sentence still count (`ketua`, `bupati`)
        if end < n and toks[end].text == "." and not toks[end].space and parts[-1].lower() in _ABBREV_DOT:
            end += 1
        return end, official, " ".join(parts).lower()
    return None


def _match_region(toks: Sequence[Tok], i: int, end: int, *, kecamatan: bool = False) -> int:
    """Index after a region name starting at ``i`` (``i`` if none)."""
    best = i
    for name in (
        ("officials_regions.txt", "officials_kecamatan.txt") if kecamatan else ("officials_regions.txt",)
    ):
        for parts in _gazetteer(name).get(toks[i].text, ()):
            k = len(parts)
            if i + k <= end and all(
                toks[i + x].text == parts[x] and not toks[i + x].newline for x in range(k)
            ):
                best = max(best, i + k)
                break
    return best


@dataclass(slots=True)
class _El:
    """One element of a run: a word, a marker, a region, a bracketed group, a number or a connector."""

    i: int  # first token
    j: int  # after last token
    kind: str  # word class, "mk:<kind>", "reg", "paren", "num", "conn", "inner", "init"
    text: str


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A person named with a role: an official, or an occupation (``official=False``)."""

    name: str
    title: str
    span: Span
    name_span: Span
    official: bool


# --------------------------------------------------------------------------- the scanner


class _Scanner:
    def __init__(self, text: str, entities: Sequence[Entity], *, whole: bool = False) -> None:
        self.text = text
        # only the text around position heads is tokenized on a long page (a 1 MB page of digits
        # costs nothing); an article is read whole, which is cheaper than finding the heads first
        self.toks = (
            tokenize(text)
            if whole or len(text) <= _WHOLE
            else window_tokens(text, cue_positions(text, _head_words(), prefixes=_title_prefixes()))
        )
        self.n = len(self.toks)
        self.per_starts: set[int] = set()
        self.per_ends: dict[int, int] = {}
        self.per_spans = [e.span for e in entities if e.label == "PER"]
        for e in entities:
            if e.label == "PER":
                self.per_starts.add(e.span[0])
                self.per_ends[e.span[0]] = e.span[1]
        self.used: set[int] = set()  # tokens already read as a name
        self._count_cache: dict[str, int] = {}
        self._place_cache: dict[tuple[str, str | None], bool] = {}

    # ---- evidence from the rest of the article

    def count(self, s: str) -> int:
        """Occurrences of ``s`` as whole words."""
        c = self._count_cache.get(s)
        if c is None:
            c = 0
            idx = self.text.find(s)
            seen = 0
            while idx >= 0 and seen < 500:
                seen += 1
                end = idx + len(s)
                if (idx == 0 or not self.text[idx - 1].isalnum()) and (
                    end >= len(self.text) or not self.text[end].isalnum()
                ):
                    c += 1
                idx = self.text.find(s, idx + 1)
            self._count_cache[s] = c
        return c

    def fixed_pair(self, a: _El, b: _El, mention: str) -> bool:
        """Whether words ``a b`` occur together elsewhere than in this very mention."""
        pair = self.text[self.toks[a.i].start : self.toks[b.j - 1].end]
        if " " not in pair:
            return False
        return self.count(pair) > self.count(mention)

    # ---- elements

    def elements(self, i: int, *, kecamatan: bool, lowercase_ok: bool = False) -> list[_El]:
        """The run of title/name material starting at token ``i``."""
        toks, n = self.toks, self.n
        els: list[_El] = []
        j = i
        limit = min(n, i + _MAX_RUN)
        while j < limit:
            t = toks[j]
            if j > i and t.newline:
                break
            if t.kind == "n":
                # SMPN 2 Bangli, Komisi 4, Dandim 1611/Badung
                if els or (j + 2 < n and toks[j + 1].text in ("/", "-") and not toks[j + 1].space):
                    k = j + 1
                    # Danramil 1611-05/Kuta: a unit number with a sub-number
                    while (
                        k + 1 < n
                        and k < j + 7
                        and toks[k].text in ("-", ".")
                        and toks[k + 1].kind == "n"
                        and not toks[k].space
                        and not toks[k + 1].space
                    ):
                        k += 2
                    if (
                        k + 1 < n
                        and toks[k].text == "/"
                        and not toks[k].space
                        and not toks[k + 1].space
                        and toks[k + 1].kind == "w"
                    ):
                        k += 1  # the place after the slash is read on
                    els.append(_El(j, k, "num", self.text[t.start : toks[k - 1].end]))
                    j = k
                    continue
                break
            if t.kind == "p":
                if t.text == ",":
                    els.append(_El(j, j + 1, "conn", ","))
                    j += 1
                    continue
                if t.text == "&":
                    els.append(_El(j, j + 1, "conn", "&"))
                    j += 1
                    continue
                if t.text == "(":
                    k = j + 1
                    while k < n and k < j + 10 and toks[k].text not in (")", "(") and not toks[k].newline:
                        k += 1
                    if k == j + 2 and toks[j + 1].kind == "n":
                        break  # an age after a name: Sumiati (52)
                    if k < n and toks[k].text == ")" and k > j + 1:
                        els.append(_El(j, k + 1, "paren", self.text[t.start : toks[k].end]))
                        j = k + 1
                        continue
                    break
                if t.text == "." and els and not t.space:
                    prev = els[-1]
                    if prev.kind == "init" or (
                        prev.j - prev.i == 1 and toks[prev.i].text.lower() in _ABBREV_DOT
                    ):
                        prev.j = j + 1
                        j += 1
                        continue
                break
            # a word; a region of several words wins over an honorific at its start (Uni Emirat Arab)
            r = _match_region(toks, j, limit, kecamatan=kecamatan and not els)
            if r > j + 1:
                els.append(_El(j, r, "reg", self.text[t.start : toks[r - 1].end]))
                j = r
                continue
            m = match_marker(toks, j)
            if m is not None and not (m[0] == "hon" and toks[j].text[0].islower() and not lowercase_ok):
                els.append(_El(j, m[1], "mk:" + m[0], self.text[t.start : toks[m[1] - 1].end]))
                j = m[1]
                continue
            low = t.text.lower()
            if low in _TITLE_STOPS:
                break
            if low in ("dan", "serta"):
                els.append(_El(j, j + 1, "conn", low))
                j += 1
                continue
            if (
                low in ("bin", "binti")
                and els
                and els[-1].kind in NAMEISH
                and j + 1 < n
                and toks[j + 1].kind == "w"
            ):
                els.append(_El(j, j + 1, "giv", t.text))  # Ahmad bin Abdullah: part of the name
                j += 1
                continue
            if (
                low in _INNER
                and j + 1 < n
                and toks[j + 1].kind == "w"
                and toks[j + 1].text[0].isupper()
                # `… Poernama pada Kamis`: a day or month after `pada` is a time, and a PER entity
                # ending before it ends the name
                and word_class(toks[j + 1].text) != "stop"
                and not (j > 0 and toks[j - 1].end in self.per_ends.values())
            ):
                els.append(_El(j, j + 1, "inner", low))
                j += 1
                continue
            if low == "se" or low.startswith("se-"):
                break
            if (
                els
                and els[-1].kind in NAMEISH
                and low.startswith(_ARABIC_ARTICLES)
                and t.text[low.index("-") + 1 : low.index("-") + 2].isupper()
            ):
                els.append(_El(j, j + 1, "unk", t.text))  # Bashar al-Assad: the article is in the name
                j += 1
                continue
            if not t.text[0].isupper():
                if lowercase_ok:
                    # petugas kebersihan dari Uptd: nouns and `dari`, not function words or verbs
                    lows = sum(1 for e in els[-3:] if e.kind == "low")
                    if (
                        low in _SELAKU_STOP
                        or (low in _NOT_DESCRIPTORS and low != "dari")
                        or low in speech_verbs()
                        or lows >= 3
                        or (
                            len(low) > 5
                            and low.startswith(("me", "ber", "di", "ter"))
                            and low not in ("dinas", "divisi", "direktur")
                        )
                    ):
                        break
                    els.append(_El(j, j + 1, "low", t.text))
                    j += 1
                    continue
                break
            r = _match_region(toks, j, limit, kecamatan=kecamatan and not els)
            if r > j:
                els.append(_El(j, r, "reg", self.text[t.start : toks[r - 1].end]))
                j = r
                continue
            pl = particle_len(toks, j)
            if pl:
                els.append(_El(j, j + pl, "part", self.text[t.start : toks[j + pl - 1].end]))
                j += pl
                continue
            if len(t.text) == 1 and t.text.isupper():
                els.append(_El(j, j + 1, "init", t.text))
                j += 1
                continue
            c = _cls(t.text)
            if (
                c == "com"
                and els
                and els[-1].kind == "reg"
                and j + 1 < n
                and toks[j + 1].kind == "w"
                and (_cls(toks[j + 1].text) in ("com", "stop") and _match_region(toks, j + 1, limit) == j + 1)
            ):
                break  # Bupati Lanny Jaya Sumbang Rp1 Miliar, … Tegur Keras: headline words after the place
            els.append(_El(j, j + 1, c, t.text))
            j += 1
        # trailing connectors are not part of the run
        while els and els[-1].kind in ("conn", "inner"):
            els.pop()
        return els

    # ---- the title/name boundary inside one segment

    def split(self, seg: list[_El], mention: str) -> tuple[int, bool] | None:
        """Index in ``seg`` where the name starts and whether that is certain; None if no name."""
        if not seg:
            return None
        rule = self._split_rules(seg, mention)
        # a PER entity starting inside the segment fixes the boundary, unless the rules put the
        # start earlier over known given names or particles only (the model saw `Maulana Rohman`
        # of `Ahmad Maulana Rohman`)
        for x, el in enumerate(seg):
            if self.toks[el.i].start in self.per_starts and el.kind in NAMEISH | {
                "init",
                "mk:hon",
                "mk:rel",
                "mk:pre",
                "mk:rank",
            }:
                if x > 0 and self.fixed_pair(seg[x - 1], el, mention):
                    continue  # Galeri Huma | Lilis Lamiang: the words go together elsewhere, an organisation
                if (
                    rule is not None
                    and rule[0] < x
                    and all(e.kind in ("giv", "part", "init") or self._in_per(e) for e in seg[rule[0] : x])
                ):
                    return rule[0], True
                while x > 0 and seg[x - 1].kind.startswith("mk:"):
                    x -= 1  # the honorific or degree before the name goes with it (dr.Silfia)
                return x, True
        return rule

    def _split_rules(self, seg: list[_El], mention: str) -> tuple[int, bool] | None:
        # 2. an honorific, degree or rank before a name
        for x, el in enumerate(seg):
            if el.kind in ("mk:hon", "mk:rel", "mk:pre", "mk:rank"):
                y = x
                while y < len(seg) and seg[y].kind.startswith("mk:"):
                    y += 1
                if y < len(seg) and (
                    seg[y].kind in NAMEISH | {"init"}
                    # Prof. Ir. CGJ Vreedenburgh: initials in capitals between the degree and the name
                    or (
                        seg[y].kind == "acr"
                        and len(seg[y].text) <= 4
                        and y + 1 < len(seg)
                        and seg[y + 1].kind in NAMEISH
                    )
                ):
                    if x > 0 and seg[x - 1].text.lower().rstrip(".") in _facility_words():
                        return None  # RSUD dr. Soetomo
                    return x, True
        # 3. a name particle (I Made, Anak Agung, Andi)
        for x, el in enumerate(seg):
            if el.kind == "part" and (
                (x + 1 < len(seg) and seg[x + 1].kind in NAMEISH | {"init", "acr", "com"})
                or (x == len(seg) - 1 and x > 0)
            ):
                if x > 0 and seg[x - 1].text.lower().rstrip(".") in _facility_words():
                    return None  # Bandara Ngurah Rai
                return x, True
        # 4. the name-like tail
        x = len(seg)
        if x >= 3 and seg[-1].kind == "paren" and _initials_of(seg[-1].text, seg[:-1]):
            x -= 1  # Presiden Susilo Bambang Yudhoyono (SBY): the bracket abbreviates the name
        while x > 0:
            el = seg[x - 1]
            if el.kind in NAMEISH or el.kind == "init":
                x -= 1
                continue
            # Benny Kabur Harman, Sigit Karyawan Yunianto: a common word between a known given
            # name and more name is part of the name
            if (
                (el.kind == "com" or (el.kind == "acr" and len(el.text) <= 3))
                and x < len(seg)
                and x >= 2
                and seg[x - 2].kind == "giv"
                and seg[x].kind in NAMEISH
                and el.text.lower() not in _admin_words()
                and el.text.lower() not in _facility_words()
            ):
                x -= 2
                continue
            # initials in capitals at the very end (Margaret MS)
            if (
                el.kind == "acr"
                and x == len(seg)
                and x >= 2
                and seg[x - 2].kind in ("giv", "unk")
                and len(el.text) <= 3
            ):
                x -= 1
                continue
            break
        while x < len(seg):
            tail = seg[x:]
            if not any(e.kind in ("giv", "unk", "part") for e in tail):
                return None
            if len(tail) > _MAX_NAME:
                x += 1
                continue
            if x > 0 and self.fixed_pair(seg[x - 1], seg[x], mention):
                x += 1
                continue
            if x > 0 and seg[x - 1].text.lower().rstrip(".") in _facility_words():
                return None  # Bandara Ngurah Rai, Jalan Sudirman: a place named after someone
            if (
                x > 0
                and seg[x - 1].text.lower().rstrip(".") in _admin_words()
                # Menteri Desa Marwan Jafar: a minister's Desa is the ministry, not a village
                and not (x == 1 and mention.lower().startswith(("menteri ", "wakil menteri ")))
            ):
                x += 1  # Kepala Desa Sukamaju Budi Hartono: the word after Desa is the village
                continue
            if self.place_like(seg[x:], mention):
                return None
            if x == 0:
                return 0, False
            certain = seg[x - 1].kind in ("reg", "org", "paren", "num", "mk:rank")
            return x, certain
        return None

    def place_like(self, seg: list[_El], mention: str = "") -> bool:
        """Whether the words of ``seg`` are used as a place or organisation elsewhere in the
        article: after ``di``/``ke``/``Kelurahan``…, or as a bracketed abbreviation ``(Unila)``."""
        s = self.text[self.toks[seg[0].i].start : self.toks[seg[-1].j - 1].end]
        if len(s) < 2:
            return False
        # the title before the name in this mention (Sekretaris Daerah Iyos …) is no cue
        own = mention[: mention.find(s)] if mention and s in mention else None
        key = (s, own)
        hit = self._place_cache.get(key)
        if hit is not None:
            return hit
        hit = self._place_like(s, own)
        self._place_cache[key] = hit
        return hit

    def _place_like(self, s: str, own: str | None) -> bool:
        idx = self.text.find(s)
        seen = 0
        while idx >= 0 and seen < 200:
            seen += 1
            if own and self.text[max(0, idx - len(own)) : idx] == own:
                idx = self.text.find(s, idx + 1)
                continue
            before = self.text[max(0, idx - 20) : idx]
            after = self.text[idx + len(s) : idx + len(s) + 1]
            if (after[:1].isalnum()) is False:
                words = before.split()
                if before.endswith("(") and after == ")":
                    return True
                if (
                    words
                    and before[-1:] == " "
                    and "\n" not in before[-len(words[-1]) - 2 :]
                    and (words[-1].lower().rstrip(".") in _PLACE_CUES)
                ):
                    return True
            idx = self.text.find(s, idx + 1)
        return False

    def weak_name_ok(self, seg: list[_El], head: str) -> bool:
        """A name right after a head with nothing between (Sekcam Utomo, Wabup Kembang): keep it
        when it is a known given name or is used elsewhere without the head before it."""
        if any(e.kind == "giv" or e.kind == "part" for e in seg):
            return True
        if head in _WEAK_HEADS:
            return False
        if len(seg) >= 2:
            return True  # Wakil Gubernur Uu Ruzhanul Ulum: two name-like words
        if (
            (head in _PERSONAL_HEADS or (head.startswith("men") and head[3:4] not in ("", " ")))
            and seg[0].kind == "unk"
            and len(seg[0].text) >= 3
            and self._ends_phrase(seg[0].j)
        ):
            # Presiden Jokowi mengatakan, Menteri Tedjo menilai: these posts are followed by a
            # country or a ministry, which the gazetteers and lexicons know, or by their holder
            return True
        first = self.toks[seg[0].i]
        word = first.text
        idx = self.text.find(word)
        seen = 0
        while idx >= 0 and seen < 200:
            seen += 1
            if (
                idx != first.start
                and not self.text[idx + len(word) : idx + len(word) + 1].isalnum()
                and (idx == 0 or not self.text[idx - 1].isalnum())
            ):
                before = self.text[max(0, idx - 30) : idx].split()
                prev = before[-1] if before else ""
                # used alone: after punctuation, a line start or a lowercase word (ujar Umi),
                # not after a capitalised word (Bank Century) or another title
                if (
                    not prev
                    or prev.endswith((",", ".", "”", '"', ":"))
                    or (prev[:1].islower() and _match_head(tokenize(prev), 0) is None)
                ):
                    return True
            idx = self.text.find(word, idx + 1)
        return False

    # ---- names before a title

    def name_before(self, i: int, *, allow_lower: bool = False) -> list[tuple[int, int]]:
        """Name runs ending right before token ``i`` (several when joined by ``dan``)."""
        toks = self.toks
        out: list[tuple[int, int]] = []
        j = i
        while j > 0:
            end = j
            if j < self.n and toks[j].newline:
                break  # the title opens a line: nothing before it on that line
            k = j
            while k > 0 and end - k < _MAX_NAME + 2:
                t = toks[k - 1]
                if k - 1 in self.used or (k < end and toks[k].newline):
                    break
                if t.kind != "w":
                    if t.text == "." and k >= 2 and len(toks[k - 2].text) == 1 and toks[k - 2].text.isupper():
                        k -= 1
                        continue
                    break
                if _match_head(toks, k - 1) is not None or _match_region(toks, k - 1, end) > k - 1:
                    break
                c = _cls(t.text)
                mk = match_marker(toks, k - 1)
                if (
                    c in ("giv", "unk", "part", "amb", "com", "init")
                    or (len(t.text) == 1 and t.text.isupper())
                    or (mk is not None and mk[0] in ("hon", "rel", "pre") and mk[1] <= end)
                    or (
                        allow_lower
                        and c == "low"
                        and t.text.lower() not in ("dan", "serta", "selaku")
                        and (k >= 2 and _is_hon(toks, k - 2))
                    )
                    or (allow_lower and _is_hon(toks, k - 1))
                ):
                    k -= 1
                else:
                    break
            # leading common words are not part of the name (Sementara Marini …)
            while k < end and toks[k].kind == "w" and _cls(toks[k].text) in ("com", "stop"):
                k += 1
            if k >= end:
                break
            words = [toks[x].text for x in range(k, end) if toks[x].kind == "w"]
            if not any(_cls(w) in ("giv", "unk", "part") or (allow_lower and w[:1].islower()) for w in words):
                break
            if len(words) > _MAX_NAME + 1 or (
                k > 0 and toks[k - 1].kind == "w" and _cls(toks[k - 1].text) in NAMEISH
            ):
                break  # no clear start: part of a longer capitalised stretch (a headline)
            if self.place_like([_El(k, end, "unk", "")]):
                break
            # the run must start a phrase: line start, punctuation, a lowercase word or a sentence opener
            if k > 0 and not toks[k].newline:
                prev = toks[k - 1]
                if prev.kind == "w" and prev.text[0].isupper() and _cls(prev.text) not in ("stop", "com"):
                    break
                if _match_head(toks, k - 1) is not None or (k >= 2 and _match_head(toks, k - 2) is not None):
                    break  # the words are that head's organisation (Kabag Tapem, Camat …)
            out.append((k, end))
            if k >= 2 and toks[k - 1].text.lower() in ("dan", "serta"):
                j = k - 1
                continue
            break
        return out

    # ---- names after a title that found none in its run

    def name_after(self, j: int, *, official: bool) -> tuple[list[_El], int] | None:
        """``Pemilik UMKM X di jalan Y, Elias David``: skip a place, take the name after the comma."""
        toks, n = self.toks, self.n
        k = j
        if not official:
            skipped = 0
            # petani cabai rawit, pedagang sayur: nouns describing the occupation, not verbs
            while (
                k < n
                and toks[k].kind == "w"
                and toks[k].text[0].islower()
                and skipped < 3
                and toks[k].text not in _NOT_DESCRIPTORS
                and not _verb_like(toks[k].text)
            ):
                k += 1
                skipped += 1
            if (
                skipped
                and k < n
                and toks[k].kind == "w"
                and toks[k].text[0].isupper()
                and not toks[k].newline
            ):
                els = self.elements(k, kecamatan=False)
                seg = _first_segment(els)
                sp = self.split(seg, "")
                if sp is not None and sp[0] == 0:
                    return seg, seg[-1].j
        if k < n and toks[k].text == "setempat":
            k += 1  # Ketua RT setempat, Suparno
        if k < n and toks[k].text in ("di", "dari", "asal"):
            limit = min(n, k + 12)
            while (
                k < limit
                and toks[k].text != ","
                and toks[k].text not in (".", "“", '"', "”")
                and not (k > j and toks[k].newline)
            ):
                k += 1
        while k < n and toks[k].text == ",":
            els = self.elements(k + 1, kecamatan=False)
            seg = _first_segment(els)
            if not seg or toks[k + 1].newline:
                return None
            sp = self.split(seg, "")
            if sp is not None and sp[0] == 0:
                nxt = seg[-1].j
                if (
                    nxt >= n
                    or toks[nxt].text in (",", ".", "”", '"', "(")
                    or (toks[nxt].kind == "w" and toks[nxt].text[0].islower())
                ):
                    return seg, nxt
                return None
            if all(e.kind in ("reg", "org", "acr", "com") for e in seg):
                k = seg[-1].j
                continue
            return None
        return None

    # ---- one mention

    def scan(self) -> list[RoleMention]:
        toks, n = self.toks, self.n
        out: list[RoleMention] = []
        i = 0
        head_kind = _head_kind
        while i < n:
            t = toks[i]
            # most tokens open no head: one cached lookup before the full match
            h = _match_head(toks, i) if t.kind == "w" and head_kind(t.text) else None
            if h is None:
                i += 1
                continue
            start = i
            end, official, head = h
            # chained heads: Plt Kadis, Wakil Ketua, Pj. Sekda
            while end < n and not toks[end].newline:
                h2 = _match_head(toks, end)
                if h2 is None:
                    break
                end, official2, head2 = h2
                official = official or official2
                head = head2
            prev = toks[start - 1] if start > 0 and not toks[start].newline else None
            # di bawah pimpinan X, Partai Kebebasan Rakyat pimpinan PM Italia …: "led by", not a
            # post; a head after it (PM) opens its own mention
            if (
                toks[start].text.lower() in _LED_BY
                and prev is not None
                and (
                    prev.text.lower() in ("bawah", "dibawah")
                    or (
                        toks[start].text[0].islower()
                        and prev.kind == "w"
                        and prev.text[0].isupper()
                        and _match_head(toks, start - 1) is None
                    )
                )
            ):
                i = start + 1
                continue
            # Keputusan Menteri Keuangan Nomor …, Pergub …: a regulation named after a post
            if prev is not None and prev.text.lower() in _DOCUMENT_WORDS:
                i = end
                continue
            # a capitalised group head inside a longer capitalised name (Rapat Pimpinan Nasional)
            # is part of that name; full titles stay (Kunjungan Kerja Gubernur Bali Wayan Koster)
            if (
                head in _WEAK_HEADS
                and toks[start].text[0].isupper()
                and start > 0
                and not toks[start].newline
                and toks[start - 1].kind == "w"
                and _cls(toks[start - 1].text) in ("com", "org")
                and _match_head(toks, start - 1) is None
                and not (start > 1 and toks[start - 2].text in (".", "!", "?", "“", '"', ":"))
                and start > 1
                and toks[start - 2].kind == "w"
            ):
                i = end
                continue
            # a capitalised occupation mid-sentence is a headline word (Mengajari 114 Siswa …)
            if (
                not official
                and toks[start].text[0].isupper()
                and start > 0
                and not toks[start].newline
                and (toks[start - 1].text not in (".", "!", "?", "“", '"', ":"))
            ):
                i = end
                continue
            res = self.mention(start, end, official, head)
            if res is None:
                i = end
                continue
            out.extend(res[0])
            i = max(res[1], end)
        return out

    def mention(
        self, start: int, end: int, official: bool, head: str
    ) -> tuple[list[RoleMention], int] | None:
        toks, n, text = self.toks, self.n, self.text
        # Elyanie selaku Kasi …; Wayan yang juga Ketua DPD …: the title follows its holder's name
        link = 1 if start > 0 and toks[start - 1].text.lower() in _SELAKU else 0
        if (
            not link
            and start > 1
            and toks[start - 1].text.lower() in ("juga", "merupakan")
            and toks[start - 2].text.lower() == "yang"
            and toks[start].text[0].isupper()
        ):
            link = 2
        selaku = link > 0
        if selaku and toks[start - 1].text.lower() == "sebagai" and not toks[start].text[0].isupper():
            official = False  # maju sebagai presiden: a candidacy, not a post held (still a person)
        # Gubernur (Bali Wayan Koster): a bracket of several words right after the head
        paren = end + 3 < n and toks[end].text == "(" and not selaku and toks[end + 2].text != ")"
        j0 = end + 1 if paren else end
        els = self.elements(j0, kecamatan=head in _KEC_HEADS, lowercase_ok=selaku)
        if paren:
            # Gubernur (Bali Wayan Koster): the bracket holds region and name
            close = next((x for x, e in enumerate(els) if e.kind == "paren"), None)
            els = els[:close] if close is not None else els
            if not (j0 < n and toks[j0 - 1].text == "("):
                els = []
        segs = _segments(els, toks)
        if paren:
            # only a bracket holding a place and a name; `Kepala Lingkungan (Kepling)` is an abbreviation
            sp = self.split(segs[0][1], "") if len(segs) == 1 else None
            if sp is None or sp[0] == 0:
                return None
        mention_text = (
            text[toks[start].start : toks[els[-1].j - 1].end]
            if els
            else text[toks[start].start : toks[end - 1].end]
        )
        comp_end = end  # token index after the title
        # a group word alone (tim, pimpinan, divisi), not inside a longer title (Ketua Tim …)
        first = _match_head(toks, start)
        weak = head in _WEAK_HEADS and first is not None and first[2] in _WEAK_HEADS
        names: list[list[_El]] = []
        run_end = end
        weak_first = False
        after_body = False
        if selaku:
            # Elyanie selaku Kasi …: the whole run is the title; the name is before
            for si, (conn, seg) in enumerate(segs):
                if si and (conn == "," or (seg and self._is_head_at(seg[0].i))):
                    break
                comp_end = seg[-1].j
                run_end = comp_end
        else:
            for si, (conn, seg) in enumerate(segs):
                if (
                    si
                    and seg
                    and self._head_first(seg)
                    and not (
                        # Direktur Perencanaan Strategis dan Humas BI, Budi Mulya: a unit after `dan`
                        # continues a title that has no name yet
                        not names
                        and conn in ("dan", "serta", "&")
                        and toks[seg[0].i].text.lower() in _UNIT_HEADS
                        and not any(e.kind in ("unk", "giv") for e in segs[si - 1][1])
                    )
                ):
                    break
                if not names:
                    sp = self.split(seg, mention_text)
                    if (
                        sp == (0, False)
                        and si == 0
                        and conn is None
                        and head in _VILLAGE_HEADS
                        and len(seg) >= 2
                        and seg[0].kind in ("unk", "com", "amb")
                        and all(e.kind in NAMEISH or e.kind == "init" for e in seg[1:])
                    ):
                        sp = (1, True)  # Kades Sukamaju Ujang Saepudin: a village head's village comes first
                    if si == 0 and conn == "," and (sp is None or sp[0] != 0):
                        # rapat Gubernur, Badan Pemerintah Harian …: after a bare head and a comma
                        # comes its holder's name (Kepala Sekolah, Pak Moertodjo) or a list
                        break
                    if (
                        sp is not None
                        and si == 0
                        and conn is None
                        and sp == (0, False)
                        and not self.weak_name_ok(seg, head)
                    ):
                        sp = None
                    if sp is None:
                        if si and not _orglike(seg):
                            break
                        comp_end = seg[-1].j
                        run_end = comp_end
                        continue
                    x, certain = sp
                    if si and x > 0 and not _orglike(seg[:x]):
                        break
                    if (
                        weak
                        and (
                            toks[start].text.lower() == "tim"
                            or (
                                conn in ("dan", "serta")
                                and not any(e.kind in ("org", "acr", "reg") for e in els if e.j <= comp_end)
                            )
                        )
                        and not self._strong(seg[x])
                        and not any(e.kind == "giv" for e in seg[x:])
                    ):
                        # tim Arrows, dan Ferrari; Divisi Bago dan Divisi Pegu: after a group word
                        # a name must be sure, the words are more often another team or unit
                        break
                    if (
                        si == 0
                        and head in _WEAK_HEADS
                        and len(seg) - x == 1
                        and seg[x].kind == "unk"
                        and not self._strong(seg[x])
                    ):
                        comp_end = seg[-1].j  # pengurus Munas Ancol: one unknown word after a group
                        run_end = comp_end
                        continue
                    if (
                        not official
                        and not self._strong(seg[x])
                        and (
                            (x > 0 and seg[x - 1].kind in ("org", "acr", "reg"))
                            # pemenang American Idol, pelaku usaha Uber: after an occupation,
                            # capitalised words are what it is about unless a given name says otherwise
                            or not any(e.kind == "giv" for e in seg[x:])
                        )
                    ):
                        # nasabah Bank Century, siswa SMKN Xyz: the organisation, not a name
                        comp_end = seg[-1].j
                        run_end = comp_end
                        continue
                    if (
                        si == 0
                        and x > 0
                        and not self._strong(seg[x])
                        and start > 1
                        and toks[start - 1].text == ","
                        and (self.name_before(start - 1))
                    ):
                        # Marini, Ketua Sanggar Kahanjak Huang: the name came first, the title
                        # that follows it holds no second name
                        comp_end = seg[-1].j
                        run_end = comp_end
                        break
                    if x > 0:
                        comp_end = seg[x - 1].j
                    names.append(seg[x:])
                    run_end = seg[-1].j
                    weak_first = si == 0 and not certain
                    # Ketua Sanggar Kahanjak Huang, Marini: after a word for a body known by its own
                    # name (sanggar, galeri, kelompok) the words may be that name
                    after_body = x > 0 and toks[seg[x - 1].i].text.lower() in _named_bodies()
                    continue
                # after a name: more holders of the title, or an apposition after a comma
                sp = self.split(seg, mention_text)
                if sp is None or sp[0] != 0:
                    break
                unsure = weak_first or (
                    not any(e.kind in ("giv", "part") for e in names[0])
                    and (
                        any(e.kind in ("giv", "part") or e.kind.startswith("mk:") for e in seg)
                        # Sekretaris Perusahaan Indofood, Clara Suraya: one unknown word, then a
                        # fuller name after the comma
                        or (len(names[0]) == 1 and sum(e.kind in NAMEISH for e in seg) >= 2)
                        or (after_body and all(e.kind in NAMEISH for e in seg))
                    )
                    and not any(self._strong(e) for e in names[0])
                )
                last = si == len(segs) - 1 or (segs[si + 1][1] and self._is_head_at(segs[si + 1][1][0].i))
                if len(names) == 1 and conn == "," and unsure and last:
                    # Ketua Yayasan PPNU Trate, Elvi Wahyudi: the first "name" was organisation
                    comp_end = names[0][-1].j
                    names = [seg]
                    run_end = seg[-1].j
                    weak_first = False
                    continue
                if len(seg) == 1 and seg[0].kind != "giv" and not self._strong(seg[0]):
                    break  # Presiden Susilo Bambang Yudhoyono (SBY) dan Sultan: one unsure word
                names.append(seg)
                run_end = seg[-1].j
            # extra holders only when the list ends with dan/serta (… Rajudin Sagala dan Hadi Suhendra)
            if len(names) > 1:
                last_conn = None
                for c, s in segs:
                    if s and s[0].i == names[-1][0].i:
                        last_conn = c
                if last_conn not in ("dan", "serta"):
                    names = names[:1]
                    run_end = names[0][-1].j
        if (
            official
            and not segs
            and not selaku
            and end < n
            and toks[end].kind == "w"
            and toks[end].text[0].islower()
        ):
            # pemilik warung, Sumiati (52): an occupation with no organisation named
            official = False
        if official and not selaku and head in _WEAK_HEADS and comp_end == end and not paren:
            # dibawah Pimpinan Lettu Czi Mochtar, tim Sri Mulyani: a group word with no
            # organisation is no post
            official = False
        if official and head in _OWNER_HEADS and comp_end > end:
            comp = [e for _, seg in segs for e in seg if e.j <= comp_end]
            if comp and toks[comp[0].i].text.lower() in _geo_words():
                # pemilik Gunung Helikon: owning a place names no business, and the words after
                # it are more of the place unless they are surely a name
                official = False
                names = [seg for seg in names if self._strong(seg[0]) or any(e.kind == "giv" for e in seg)]
                if not names:
                    return None
        title_span = (toks[start].start, toks[max(comp_end, end) - 1].end)
        title = self._title(start, max(comp_end, end), head_end=end)
        if paren:
            # Gubernur (Bali Wayan Koster) -> Gubernur Bali
            title = " ".join((self._title(start, end) + " " + self._title(j0, comp_end)).split())
        results: list[RoleMention] = []
        if names:
            for seg in names:
                rm = self._role(seg, title, title_span, official)
                if rm is not None:
                    results.append(rm)
            return results, run_end
        # no name after the title: look after a place phrase, then before the title
        after = None if selaku else self.name_after(run_end, official=official)
        if (
            after is not None
            and not official
            and toks[after[0][0].i - 1].text != ","
            and not self.weak_name_ok(after[0], "")
        ):
            after = None  # pimpinan klasemen Juventus: one unknown word after an occupation
        if after is not None:
            seg, nxt = after
            c = seg[0].i - 1  # the comma before the name
            if (
                official
                and run_end < c
                and toks[run_end].text == "dari"
                and toks[c].text == ","
                and all(
                    t.kind != "w" or t.text[0].isupper() or t.text in ("dan", "&")
                    for t in toks[run_end + 1 : c]
                )
                and any(t.kind == "w" and _cls(t.text) in ("org", "acr") for t in toks[run_end + 1 : c])
            ):
                # anggota DPRD Provinsi Bali dari Fraksi PDI Perjuangan, I Nyoman Parta: the
                # faction or unit after `dari` belongs to the title
                title = self._title(start, c, head_end=end)
                title_span = (toks[start].start, toks[c - 1].end)
            rm = self._role(seg, title, title_span, official)
            if rm is not None:
                return [rm], nxt
        b = start - link
        # Budi, seorang pedagang …; Ani, salah seorang warga …
        if not selaku and b > 0 and toks[b - 1].text.lower() == "seorang":
            b -= 1
            if b > 0 and toks[b - 1].text.lower() == "salah":
                b -= 1
        comma = b > 0 and (
            toks[b - 1].text == ","
            # Budi Santoso (Kepala Desa Sukamaju): the title in brackets after the name
            or (
                toks[b - 1].text == "("
                and comp_end > end  # (MENPAN) alone is an organisation's abbreviation
                and max(comp_end, end) < n
                and toks[max(comp_end, end)].text == ")"
            )
        )
        mention_end = title_span[1]
        if comma and toks[b - 1].text == "(":
            mention_end = toks[max(comp_end, end)].end  # the closing bracket
        if comma:
            b -= 1
            # Made Sudarma (45), warga …: an age between the name and the comma
            if b >= 3 and toks[b - 1].text == ")" and toks[b - 2].kind == "n" and toks[b - 3].text == "(":
                b -= 3
        # name first without a comma or `selaku` only before a lowercase head (Vieta … pemilik
        # UMKM) or a title that names its organisation (Yudianto Kadis LH Kota Bekasi)
        if not (selaku or comma or toks[start].text[0].islower()):
            comp = [e for _, seg in segs for e in seg if e.j <= comp_end]
            if not any(e.kind in ("org", "reg", "acr") for e in comp):
                return None
        before = self.name_before(b, allow_lower=selaku)
        if not before:
            return None
        # a lowercase head or a comma/selaku before the title is needed for name-first order,
        # except when the title is complete without a name (Yudianto Kadis LH Kota Bekasi)
        for k, e in before:
            span = self._name_span(k, e)
            if span is None:
                continue
            one = [_El(k, e, _cls(toks[k].text), "")]
            if not official and not selaku and e - k == 1 and not self.weak_name_ok(one, ""):
                continue  # Siku pemain asal Jerman: one unknown word before an occupation
            results.append(
                RoleMention(
                    name=_proper(text, span, self.text),
                    title=title,
                    span=(toks[k].start, mention_end),
                    name_span=span,
                    official=official,
                )
            )
        return (results, run_end) if results else None

    def _in_per(self, el: _El) -> bool:
        """Whether a PER entity covers this element (it may start earlier: `Tegal Ischak`)."""
        s = self.toks[el.i].start
        return any(a <= s < b for a, b in self.per_spans)

    def _strong(self, el: _El) -> bool:
        """Whether a name start is certain: a particle, an honorific/degree/rank or a PER entity."""
        return el.kind == "part" or el.kind.startswith("mk:") or self.toks[el.i].start in self.per_starts

    def _ends_phrase(self, j: int) -> bool:
        """Whether token ``j`` ends a name: the end, a lowercase word or punctuation (not a bracket)."""
        if j >= self.n or self.toks[j].newline:
            return True
        t = self.toks[j]
        if t.kind == "w":
            return t.text[0].islower()
        return t.kind == "p" and t.text in (",", ".", ";", ":", "!", "?", '"', "”")

    def _head_first(self, seg: list[_El]) -> bool:
        """Whether ``seg`` opens with a head, after an honorific (Pak Menhub Jonan): another mention."""
        for e in seg:
            if e.kind in ("mk:hon", "mk:rel"):
                continue
            return self._is_head_at(e.i)
        return False

    def _is_head_at(self, i: int) -> bool:
        h = _match_head(self.toks, i)
        return h is not None and h[1]

    def _name_span(self, i: int, j: int) -> Span | None:
        from .names import strip_name

        span = strip_name(self.text, self.toks[i].start, self.toks[j - 1].end)
        if span is None:
            return None
        words = name_tokens(self.text[span[0] : span[1]])
        if not words or not any(
            _cls(w) in ("giv", "unk", "part", "amb", "low") or len(w) <= 3 for w in words
        ):
            return None
        return span

    def _role(self, seg: list[_El], title: str, title_span: Span, official: bool) -> RoleMention | None:
        # a PER entity may run past the segment (the model saw more of the name)
        i, j = seg[0].i, seg[-1].j
        s0 = self.toks[i].start
        e0 = self.toks[j - 1].end
        if s0 in self.per_ends and self.per_ends[s0] > e0:
            pe = self.per_ends[s0]
            while j < self.n and self.toks[j].end <= pe:
                j += 1
        if j < self.n and self.toks[j].text in _ENGLISH_LINKS and not self.toks[j].newline:
            return None  # Popular Movement for the Liberation of Angola: an organisation's name
        if self._head_first(seg):
            return None  # Mensos Khofifah, Mendikbud Anies Baswedan: the next post, not a name
        span = self._name_span(i, j)
        if span is None:
            return None
        for x in range(i, j):
            self.used.add(x)
        return RoleMention(
            name=_proper(self.text, span, self.text),
            title=title,
            span=(title_span[0], span[1]),
            name_span=span,
            official=official,
        )

    def _title(self, i: int, j: int, head_end: int | None = None) -> str:
        """The title text from token ``i`` to ``j``, ranks after the head dropped, the end tidied."""
        toks = self.toks
        pieces: list[str] = []
        k = i
        last_end = None
        while k < j:
            m = match_marker(toks, k) if toks[k].kind == "w" and k >= (head_end or i + 1) else None
            if m is not None and m[0] == "rank" and k > i:
                k = m[1]
                last_end = None
                continue
            t = toks[k]
            if (last_end is not None and t.start > last_end) or (last_end is None and pieces):
                pieces.append(" ")
            pieces.append(t.text)
            last_end = t.end
            k += 1
        title = "".join(pieces).strip()
        title = _drop_glosses(title)
        # Deputi Gubernur Senior Bank Indonesia 2004: a year after the title dates the post
        last = title.rsplit(" ", 1)
        if len(last) == 2 and len(last[1]) == 4 and last[1].isdigit() and last[1][:2] in ("19", "20"):
            title = last[0]
        while title and (title[-1] in ",&-–(" or title.endswith((" dan", " serta", " pada"))):
            title = title.rstrip(",&-–(").rstrip()
            for w in (" dan", " serta", " pada"):
                if title.endswith(w):
                    title = title[: -len(w)].rstrip()
        return " ".join(title.split())


def _initials_of(paren: str, els: list[_El]) -> bool:
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


def _drop_glosses(title: str) -> str:
    """Drop a bracket that is not an abbreviation of the title's words: `(Kotim)` after
    Kotawaringin Timur stays, `(Handycraft)` after UMKM Bintang Jaya Itah goes."""
    out = title
    for m in _paren_re().finditer(title):
        inner = m.group(1).strip()
        words = title[: m.start()].split()
        initials = {w[0].lower() for w in words if w[:1].isalpha()}
        if " " in inner or not inner or inner[0].lower() not in initials:
            out = out.replace(m.group(0), " ")
    return " ".join(out.split())


@cache
def _paren_re():
    import regex

    return regex.compile(r"\(([^()]{1,40})\)")


def _is_hon(toks: Sequence[Tok], i: int) -> bool:
    return toks[i].kind == "w" and toks[i].text.lower() in ("pak", "bu", "bapak", "ibu")


def _segments(els: list[_El], toks: Sequence[Tok]) -> list[tuple[str | None, list[_El]]]:
    """Split a run at connectors: [(connector before, elements)]."""
    segs: list[tuple[str | None, list[_El]]] = []
    conn: str | None = None
    cur: list[_El] = []
    for el in els:
        if el.kind == "conn":
            if cur:
                segs.append((conn, cur))
                cur = []
                conn = el.text
            elif conn == "," and el.text in ("dan", "serta"):
                conn = el.text  # ", dan" counts as "dan"
            elif conn is None and not segs:
                conn = el.text
            continue
        cur.append(el)
    if cur:
        segs.append((conn, cur))
    # post-nominal degrees after a comma stay with the name before them (…, S.I.K., M.H.)
    merged: list[tuple[str | None, list[_El]]] = []
    for c, s in segs:
        if merged and all(e.kind == "mk:post" for e in s):
            merged[-1][1].extend(s)
            continue
        merged.append((c, s))
    return merged


def _first_segment(els: list[_El]) -> list[_El]:
    seg: list[_El] = []
    for el in els:
        if el.kind == "conn":
            break
        seg.append(el)
    return seg


def _orglike(seg: list[_El]) -> bool:
    return bool(seg) and any(e.kind in ("org", "reg", "acr", "com", "paren", "num") for e in seg)


def _proper(text: str, span: Span, _full: str) -> str:
    """The name as written, on one line; a lowercase name (``pak saimi``) takes the case of
    a capitalised mention elsewhere in the article, or is title-cased."""
    name = " ".join(text[span[0] : span[1]].split())
    if name and name[0].islower():
        low = name.lower()
        idx = 0
        while True:
            idx = _full.lower().find(low, idx)
            if idx < 0:
                break
            cand = " ".join(_full[idx : idx + len(name)].split())
            if cand[0].isupper():
                return cand
            idx += 1
        return " ".join(w[:1].upper() + w[1:] for w in name.split())
    return name


# --------------------------------------------------------------------------- public API


@lru_cache(maxsize=4)
def _scan_cached(text: str, entities: tuple[Entity, ...]) -> tuple[RoleMention, ...]:
    return tuple(_Scanner(text, entities).scan())


def scan_roles(text: str, entities: Sequence[Entity] = ()) -> list[RoleMention]:
    """Every mention of a person with a role, official or not, in text order."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if entities:
        from .names import vet_entities

        # PER entities that name a thing (`Rektor Unila`) or run into a glued word are vetted
        # first, so that they neither make an official nor move a name's boundary
        entities = vet_entities(text, entities)
    return list(_scan_cached(text, tuple(entities)))


def is_head_or_region(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` opens a position title or a region name (not a person's name)."""
    return _match_head(toks, i) is not None or _match_region(toks, i, len(toks)) > i


def is_region_span(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is exactly a region name (Kalteng, Lampung Timur)."""
    toks = tokenize(text[start:end])
    return bool(toks) and _match_region(toks, 0, len(toks)) == len(toks)


def title_prefix_len(text: str, start: int, end: int) -> int:
    """Where the name starts when ``text[start:end]`` opens with a title (0 if it does not).

    Used to trim NER spans such as ``Bupati Aletinus`` to the name; returns ``end``
    when the span is a title with no name.
    """
    toks = [t for t in tokenize(text[start:end])]
    if not toks:
        return 0
    h = _match_head(toks, 0)
    if h is None:
        return 0
    sc = _Scanner(text[start:end], (), whole=True)
    k = h[0]
    while k < len(toks):
        h2 = _match_head(toks, k)
        if h2 is None:
            break
        k = h2[0]
    els = sc.elements(k, kecamatan=False)
    seg = _first_segment(els)
    sp = sc.split(seg, "")
    if sp is None:
        return end
    return start + toks[seg[sp[0]].i].start


def extract_officials(text: str, *, entities: Sequence[Entity] = ()) -> list[Official]:
    """Every person named with a position in an organisation, one entry per person.

    Args:
        text: the cleaned article text.
        entities: NER entities; PER spans fix where a name starts and ends. May be empty.

    Returns:
        Officials in order of first mention: the fullest name (no honorifics, degrees or
        ranks), the longest title written next to it, the span of the mention giving that
        title and the span of the name inside it.

    >>> t = "Hadir pula Camat Bukit Batu Hendrikus Budi serta Sekcam Utomo beserta jajarannya."
    >>> [(o.name, o.title) for o in extract_officials(t)]
    [('Hendrikus Budi', 'Camat Bukit Batu'), ('Utomo', 'Sekcam')]
    >>> t = "Sementara itu Marini, Ketua Sanggar Kahanjak Huang mengatakan hal itu."
    >>> extract_officials(t)
    [Official(name='Marini', title='Ketua Sanggar Kahanjak Huang', span=(14, 50), name_span=(14, 20))]
    """
    mentions = [m for m in scan_roles(text, entities) if m.official]
    groups: list[list[RoleMention]] = []
    by_word: dict[str, list[int]] = {}
    # fullest names first, so short mentions (Wabup Kembang) find their full form
    for m in sorted(mentions, key=lambda m: (-len(name_tokens(m.name)), m.name_span[0])):
        home = None
        for w in name_tokens(m.name):
            for g in by_word.get(w.lower(), ()):
                if same_person(m.name, groups[g][0].name):
                    home = g
                    break
            if home is not None:
                break
        if home is None:
            groups.append([m])
            for w in name_tokens(m.name):
                by_word.setdefault(w.lower(), []).append(len(groups) - 1)
        else:
            groups[home].append(m)
    out: list[tuple[int, Official]] = []
    for g in groups:
        full = g[0]
        best = max(g, key=lambda m: (len(m.title), -m.span[0]))
        first = min(m.name_span[0] for m in g)
        out.append(
            (
                first,
                Official(
                    name=full.name,
                    title=best.title,
                    span=best.span,
                    name_span=best.name_span,
                ),
            )
        )
    out.sort(key=lambda x: x[0])
    return [o for _, o in out]
