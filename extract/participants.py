"""Participant counts: how many people or groups take part in the reported activity (GUIDELINES §5).

A candidate is a number from `extract.numbers` (``30``, ``seribu tujuh ratus``,
``puluhan``), an optional ``orang``, and a head noun from
``extract/resources/participants_heads.txt`` (``peserta``, ``pelaku UKM``,
``kabupaten/kota``). It is a participant count when its sentence says people take part
(``diikuti``, ``dihadiri``, ``memadati`` … in ``participants_cues.txt``; an event noun such
as ``rapat`` or ``pelatihan`` only for the clause's subject or a count linked to it by
``dengan``/``bagi``/``untuk``), or a
neighbouring sentence about the same people does (``… 360 orang penyandang disabilitas.
Mereka memperoleh program pelatihan``), or the article earlier made the same head noun
the object of the activity (``menemui sejumlah calon mahasiswa`` … ``tujuh orang calon
mahasiswa``); and nothing next to it makes it victims, recipients, residents, staff or
winners (``participants_negative.txt``; receiving verbs such as ``menerima`` overrule a
cue in the sentence, but not ``peserta`` nor the article's referred participants). A word
shaped like an agent noun (``pemancing``, ``wartawan``) is a head noun too, unless listed in
``participants_not_heads.txt``. Counts of groups (``12 sekolah``,
``18 Uptd``) need a linking word before them (``dari``, ``diikuti``), because bare
``17 kabupaten/kota`` is usually where something happens, not who took part. A noun the
lexicon lacks (``21 joki``, or capitalised: ``58 Walikota``, ``1.414 THL``) counts people only
next to an ``object`` or ``subject`` verb (``melibatkan 120 joki``, ``35 ojol ikut``); counts
joined by ``dan`` share the verb after the last (``16 tim putra dan 8 tim putri akan
bersaing``); after an accepted count, a breakdown word
(``terdiri dari``, ``dengan rincian``, ``yakni``) makes the counts of its sentence parts of it,
labelled ones too (``yakni jenjang S1 412 dan S2 57``, ``putra 40 dan putri 24``, ``50 dari
Kendal``). A figure compared with (``meningkat dari 90 peserta``, ``dibanding … dengan 200
peserta``), a share's whole (``dari total 880 SD``, the 45 of ``40 dari 45 anggota``, ``Dari
45 anggota dewan, hanya 30 …``), the total a subset that attends is taken from (``ratusan
komunitas, 77 di antaranya hadir``), a target and a count of one are not participant counts.
A bare count opening its clause with its verb right after it counts the head noun named before
it in its sentence (``Dari total pelamar yang lulus …, 4.914 akan mengikuti tes``).

The mention's text is the count plus its head noun (``30 orang peserta``,
``puluhan pelaku UKM``); hedges (``sekitar``, ``lebih dari``) set ``approximate`` and the
bounds but stay outside the span. Words with no quantity (``sejumlah``, ``beberapa``,
``para``) are not counts. Head nouns of kind ``never`` (``warga binaan``, ``anak buah
kapal``) and a possessive pronoun right after the head (``dua anak saya``) rule a count out;
staff employed (``mempekerjakan``) are negatives like victims, while staff deployed to the
reported operation or event (``mengerahkan 10 personel``, ``300 personel gabungan dikerahkan``)
take part in it. A count with a
frequency right after it (``10 juta orang setiap hari``) is a negative too: a rate, and so is a
count with a verb of having as its own verb or right before it (``60 orang kini mempunyai
pekerjaan``, ``memiliki dua anak``): a state. Those who go on to a later stage of the
competition take part in it (``Empat tim memastikan lolos ke semifinal``: ``advance`` and
``stage`` in participants_cues.txt), not those who qualify for another event; a squad sent
(``mengirim empat atlet``) is not read, as athletes are sent for training, study or to watch as
often as to compete (session 39, fix39h). The parts a group is divided into (``dibagi menjadi
lima kelompok``: a ``part`` noun) and a mean governing the count (``Rerata … tercatat 372
peserta``) count no one (``divide``, ``part`` and ``average`` in participants_negative.txt).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from functools import cache
from itertools import pairwise
from typing import NamedTuple

import regex

from .people.lexicon import match_region, role_words
from .records import Participant, Span
from .resources import load_pairs
from .text.calendar import month_names_rx, month_number, weekday_number
from .text.numbers import (
    MAX_NUMBER_CHARS,
    Quantity,
    find_numbers,
    parse_quantity,
    qualifier_pattern,
    qualify,
    shared_scale,
)
from .text.patterns import LazyPattern, alternation
from .text.tokens import sentence_breaks, sentence_end, tokenize
from .text.words import speech_verbs, verb_like, word_set

__all__ = [
    "HeadKind",
    "Unreported",
    "amount_words",
    "counted_nouns",
    "decided_head",
    "extract_participants",
    "unreported_counts",
]

# Candidate counts scanned per text; a news article has a few dozen numbers at most, so past
# this the input is adversarial and scanning on would only burn time.
_MAX_CANDIDATES = 2000
# Words before a count searched for a negative cue (penerima, korban …).
_NEG_BEFORE_WORDS = 5
# Words before a count searched for a receiving verb (diberikan kepada 500 warga): two, as
# further back it may be the verb of someone else (mendapat tepuk tangan dari …), unless the
# word before the count marks whom something goes to (``kepada``: then _NEG_BEFORE_WORDS).
_RECIPIENT_BEFORE_WORDS = 2
# Words after the head noun searched for a negative cue, within the clause.
_NEG_AFTER_WORDS = 8
# Words next to a participation verb searched for an incident it names (``insiden tabrakan
# yang melibatkan``, ``terlibat dalam tawuran``).
_INCIDENT_WORDS = 3
# Characters before an incident word searched for an event noun that makes it a topic
# (``sosialisasi pencegahan kecelakaan``): about three words.
_EVENT_CHARS = 30
# Characters before a count searched for a comparison (``dibanding tahun lalu dengan``):
# about five words.
_COMPARE_CHARS = 40
# Characters from a count to the next part of its breakdown (``40 peserta, terdiri dari 25
# siswa SD, 10 siswa SMP dan 5 guru pendamping``): a long list, not a new paragraph. Measured
# from the part before it, so a list of long parts (each with where its people come from) keeps
# its last ones.
_BREAKDOWN_CHARS = 160
# How far from a number the words tied to it are looked for (after it: ``di antaranya``,
# ``dari total``; before it: the head noun that labels a part, ``putri 15``); bounding the
# match keeps the regex engine from scanning a long text to its end.
_NEAR_CHARS = 40
# How far before a number a month name that makes it a year is looked for (``Februari 1947``:
# the longest month name and its space).
_MONTH_CHARS = 12
# How far before a number the words that make it no count are looked for (``salah satu``,
# ``nomor``, ``tahun``): the longest of them and its space.
_NOT_A_COUNT_CHARS = 8
# Who a count is of when no noun names them (``60 dari Bantul``, ``sebanyak 1.021``): people.
_DEFAULT_WHO = "orang"
# How far before a count an ``object`` verb is looked for, past ``oleh`` and amount words
# (``diikuti oleh sebanyak 60 biker``).
_OBJECT_CHARS = 60
# A count of one is not a count of participants but one per something (``satu bendera
# dibentangkan satu orang``) or a single person; it stands only as a part of a breakdown.
_ONE = 1
# Words next to a count of an unknown noun searched for a participation verb.
_OPEN_CUE_WORDS = 2
# Aspect and modal words (``aux`` in participants_cues.txt) and name words skipped between a
# subject count and its verb, at most this many: ``14 pesilat Kabupaten Sleman yang sudah akan
# ikut`` is as far as a subject goes.
_AUX_WORDS = 5
# Words after such a count, past an ``origin`` word (``dari berbagai komunitas di Jawa
# Tengah``), searched for its verb: a place or a group name, not a new clause (``18 tim
# profesional dan tim komunitas terbaik dari seluruh Indonesia akan memperebutkan``).
_ORIGIN_WORDS = 10
# Lower-case words of a head noun's own after it (``jemaah haji``, ``siswa sekolah dasar``),
# skipped before a negated verb, at most this many.
_MODIFIER_WORDS = 2
# Words before a group count searched for its linking word.
_LINK_WORDS = 3
# Words between the noun of a total and its amount word (``jumlah pendaftar tahun ini
# mencapai``): when or where, not a new clause.
_TOTAL_GAP_WORDS = 4
# Characters back from a count to the start of its sentence looked at for a total it belongs to.
_SENTENCE_CHARS = 300
# Words of a clause that opens on a total and ends on its amount word (``Jumlah pengunjung
# pameran hari ini mencapai``): a short noun phrase, not a sentence.
_TOTAL_WORDS = 7

# How far (in characters) around a count its sentence is searched for cues: a real sentence
# is shorter; the bound keeps a text with no sentence breaks linear.
_WINDOW = 400

# Inside another number or word (1.143.639, ke-78), or a label's number (#31, No#5)
_LEFT_BAD = LazyPattern(r"[\w.,/#-]")
# A clause's end: punctuation (a comma with digits on both sides is a decimal's: ``2,5 kilometer``)
# or a contrasting conjunction
_CLAUSE_BREAK = LazyPattern(r"[;:()\"“”]|(?<!\d),|,(?!\d)|(?<!\w)(?:sedangkan|sementara|namun|tetapi)(?!\w)")
_FOLLOWUP = LazyPattern(r"(?i:(?:mereka|para\s++peserta|seluruh\s++peserta|semua\s++peserta|peserta)(?!\w))")
_WORD = LazyPattern(r"[\w/-]++")
_SPACES = LazyPattern(r"\s++")
# A year right after a capitalised word is part of a name (``GEBYAR 2022 UMKM EXPO``,
# ``Porprov 2022``), not a count of the noun after it.
_YEAR = LazyPattern(r"(?:19|20)\d\d(?![\d.,])")
# what may stand before the word a sentence opens on: the text's start, an end mark, a quote
_OPENS_SENTENCE = LazyPattern(r"(?:\A|[.!?:\"“”\n])\s*+\Z")
# the capitalised word right before a position, its hyphened parts too (``U-17``, ``Liga-1``)
_CAPITALISED_BEFORE = LazyPattern(r"(?<![\w-])(?P<word>\p{Lu}[\p{L}\d]*+(?:-[\p{L}\d]++)*+)\s++\Z")
# Before a count, these words mean the number is not a count of the noun after it:
# ``salah satu peserta`` (one of), ``nomor 5 peserta``, ``ke-3``; and the number of a fixed
# compound, ``pedagang kaki lima`` (street vendors), ``kendaraan roda dua`` (motorcycles).
_NOT_A_COUNT_BEFORE = LazyPattern(
    r"(?i:(?<!\w)(?:salah|nomor|no\.|ke-?|tahun|pukul|jam|Rp\.?|kaki|roda)\s*+$)"
)


class HeadKind(Enum):
    """What a count's head noun names: a kind of ``participants_heads.txt``, or how it was found."""

    PERSON = "person"  # people or businesses (peserta, warga, pelaku UKM)
    SELF = "self"  # says participation on its own (40 peserta), with no cue needed
    GROUP = "group"  # places or bodies they come from (sekolah, SD): only after a linking word
    NEVER = "never"  # never participants (warga binaan, anak buah kapal) or a place
    OPEN = "open"  # a noun the lexicon lacks, counted with a cue
    LABEL = "label"  # a labelled part of a breakdown (jenjang S1 412, S2 57)
    PART = "part"  # a part named by where it comes from (60 dari Bantul): who its total is


@cache
def _heads() -> dict[str, HeadKind]:
    out = {}
    # The written lexicon, then the nouns derived from unlabelled news (participants_heads_derived.txt)
    pairs = [*load_pairs("participants_heads.txt"), *load_pairs("participants_heads_derived.txt")]
    for kind, noun in pairs:
        out[noun] = HeadKind(kind)
    return out


# pe(m|n|ng|ny|r|l)- agent nouns that are not -an nominalisations (pertemuan, penampilannya), and
# -wan/-wati.
# (The -wan/-wati test is a look-behind after the whole word: a possessive run of letters
# followed by ``wan`` could never match, and a lazy one would backtrack.)
_AGENT_NOUN = r"(?:pe[a-z]{4,}+(?<!an)(?<!annya)|[a-z]{6,}+(?<=wan|wati))"


def _not_heads() -> frozenset[str]:
    return word_set("participants_not_heads.txt")


@cache
def _heads_lower() -> dict[str, HeadKind]:
    return {n.lower(): k for n, k in _heads().items()}


def _kind_of(who: str) -> HeadKind:
    """The kind of the head noun ``who``; a noun the lexicon lacks names people."""
    return _heads_lower().get(who.lower(), HeadKind.PERSON)


def _head_token(tok: str) -> str:
    """One word of a head noun inside `_nouns_alternation`'s case-insensitive group: any case, but
    an acronym only as written or capitalised (UPTD, Uptd), never lower case (sd, ma, kota)."""
    if tok.isupper() and len(tok) > 1 and tok.isalpha():
        variants = {tok, tok[0] + tok[1:].lower()}
        return "(?-i:" + "|".join(regex.escape(v) for v in sorted(variants)) + ")"
    return regex.escape(tok)


def _nouns_alternation(nouns: Iterable[str]) -> str:
    """``nouns`` as one group of alternatives in their order, the blanks inside a noun any run of
    blanks. One case-insensitive group around them all, not one around each word: the same
    matches, compiled in two thirds of the time (nine patterns hold the head nouns' 5,000 characters)."""
    return "(?i:" + "|".join(r"\s++".join(_head_token(t) for t in n.split()) for n in nouns) + ")"


@cache
def _head_alternation() -> str:
    nouns = sorted(_heads(), key=lambda n: (-len(n), n))
    # `orang` only as the fallback after the count, see _head_rx
    return _nouns_alternation(n for n in nouns if n != "orang")


@cache
def _head_rx() -> regex.Pattern[str]:
    """What must follow the number: [lebih] [orang] head noun; ``orang`` alone only as a fallback.

    ``3.000 lebih peserta`` is "more than 3 000 participants". A word not in the lexicon
    but shaped like an Indonesian agent noun (``pemancing``, ``pelukis``, ``wartawan``)
    is a head noun too, so that unlisted kinds of participants are still found;
    `_candidates` drops the ones in ``participants_not_heads.txt``. A breakdown written
    ``25 di antaranya perempuan`` ("25 of them women") is a count of its own (GUIDELINES §5).
    Two nouns joined by a slash (``1.500 peserta/atlet``) are one head; the first names who.
    A possessive ``-nya`` after a lexicon noun (``mengirim empat atletnya``) belongs to the
    mention; who is the bare noun (`_whose_removed`).
    """
    return regex.compile(
        rf"""
        (?P<an>-?+an(?!\w))?+                      # 500-an peserta: about 500
        (?:\s++(?P<more>(?i:lebih))(?!\w))?+
        (?:\s++(?i:di\s*+antaranya|di\s++antara\s++mereka)(?:\s++(?i:merupakan|adalah|ialah))?+(?!\w))?+
        (?:
            (?:\s++(?i:orang)(?!\w))?+\s++(?P<head>{_head_alternation()})(?P<whose>nya)?+(?:/(?P<alt>\p{{Ll}}{{3,20}}+))?+(?![\w/-])
          | (?:\s++(?i:orang)(?!\w))?+\s++(?P<head>{_AGENT_NOUN})(?:/(?P<alt>\p{{Ll}}{{3,20}}+))?+(?![\w/-])
          | \s++(?P<head>(?i:orang))(?![\w/-])
        )
        """,
        regex.VERBOSE,
    )


# Any lower-case noun after a count: a head noun the lexicon does not know (``21 pesilat``),
# taken only when a participation verb stands right next to the count (`_open_cued`).
_OPEN_HEAD = LazyPattern(r"(?:\s++(?i:orang)(?!\w))?+\s++(?P<head>\p{Ll}[\p{Ll}-]{2,30}+)(?![\w/-])")
# A capitalised noun after a count (``58 Walikota``, ``25 Bartender``, ``puluhan Aparatur Sipil
# Negara``, ``1.414 THL``): a title-case run of up to three words, or one acronym. Like a
# lower-case noun the lexicon lacks, taken only with a participation verb next to it.
_CAP_HEAD = LazyPattern(
    r"\s++(?P<head>\p{Lu}\p{Ll}{2,20}+(?:\s++\p{Lu}\p{Ll}{2,20}+){0,2}+|\p{Lu}{2,6}+)(?![\w/-])"
)
# A title-case word right after such a run: a headline or a long name (``12 Fitur Smartphone
# Populer Ini Hadir``), where a capitalised word says nothing of what it counts.
_TITLE_WORD = LazyPattern(r"\s++\p{Lu}\p{Ll}")
# The word right before a number, with only spaces between them.
_WORD_BEFORE = LazyPattern(r"(?<![\w-])(?P<word>[\w-]++)\s++\Z")
# A year before a capitalised word (``Sejak 2019 Presiden hadir``) is a date, not a count.
_YEAR_BEFORE = LazyPattern(r"(?<![\d.,])(?:19|20)\d\d\Z")
# A pe-…-an nominalisation, maybe with the clitic -nya (``74 penampilannya``, ``dua
# pertemuan``): an event or an act, never people, as for agent nouns (`_AGENT_NOUN`).
_NOMINALISATION = LazyPattern(r"pe\p{Ll}{3,}an(?:nya)?")
# A count with nothing it counts after it: the clause or the list goes on or ends.
_HEADLESS_END = LazyPattern(r"\s*+(?:[.,;:)\"”’]|\Z|(?i:dan|serta|yang|dari|atau)(?!\w))")
# ``lebih`` right after a count with no noun: more than it (``peserta mencapai 1.000 lebih``).
_MORE_AFTER = LazyPattern(r"\s++(?i:lebih)(?![\w-])")
# The label before a count in a breakdown (jenjang S1 412, S2 57; kelas VII 120).
_LABEL_BEFORE = LazyPattern(r"(?<![\w-])(?P<label>\p{Lu}[\p{Lu}\d]{0,5})\s++\Z")
# A headless part followed by where it comes from (``60 dari Kabupaten Bantul``).
_PART_FROM = LazyPattern(r"\s++(?i:dari|asal)\s++")


@cache
def _head_label_rx() -> regex.Pattern[str]:
    """A head noun right before a headless count: the label of a part (``putri 15``)."""
    return regex.compile(rf"(?<![\w-])(?P<label>{_head_alternation()})\s++\Z")


# A bare figure in brackets after a name (Jawa Timur (41.685)), and how far back in its
# sentence the total it is a figure of may be named.
_OPEN_BRACKET = LazyPattern(r"\p{L}\s*+\(\s*+\Z")
_CLOSE_BRACKET = LazyPattern(r"\s*+\)")
_TOTAL_CHARS = 200
# A bracketed gloss after a noun (``12 peserta (siswa yang sudah terdaftar) akan ikut``).
_GLOSS = LazyPattern(r"\s*+\([^()\n]{0,80}\)")
# What joins the two ends of a range of counts (``50-60 peserta``, ``50 hingga 60 orang``,
# ``antara 50 sampai 60 warga``): the same joiners as a range of prices or of days.
_RANGE_JOIN = LazyPattern(
    r"\s*+(?:-|–|—|s\.\s?+d\.?+|s/d|(?i:sd|hingga|sampai(?:\s++dengan)?+))\s*+",
)
# ``dan`` joins the ends of a range only after ``antara`` (``antara 8.000 dan 10.000 orang``);
# elsewhere it joins two counts (``40 siswa dan 15 guru``).
_BETWEEN_BEFORE = LazyPattern(r"(?<![\w-])(?i:antara)\s++\Z")
_BETWEEN_JOIN = LazyPattern(r"\s++(?i:dan)\s++")
# How far before a range's low end ``antara`` is looked for: the word and the spaces after it.
_BETWEEN_CHARS = 12


def _units() -> frozenset[str]:
    """Nouns that count time, measures, objects or events, never people (participants_units.txt)."""
    return word_set("participants_units.txt")


@cache
def counted_nouns() -> frozenset[str]:
    """Nouns of one word that a number before them counts: people and their groups (`orang`,
    `siswa`, `sekolah`: the head nouns written and derived, but those of kind never) and things
    and measures (`unit`, `dosis`, `bungkus`: `_units`)."""
    heads = (noun for noun, kind in _heads().items() if kind is not HeadKind.NEVER)
    return frozenset(w for w in (*heads, *_units()) if " " not in w)


@cache
def amount_words() -> frozenset[str]:
    """The words before the figure of a total (participants_cues.txt's ``amount`` rows: `sebanyak`,
    `mencapai`, `sekitar`): a number right before one counts nothing of its own."""
    return _words_of("amount")


# A word with a verb's prefix (di-…-kan/-i, me-…-kan, ter-, ber-): never a noun the lexicon
# lacks. Agent nouns (pe-) and the lexicon's heads are looked up before this shape is tested;
# di- and me- need a verb's suffix, for the nouns that begin so (distributor, mentor, menteri).
_VERB_HEAD = LazyPattern(r"di\p{Ll}{3,}+(?<=kan|i)|me\p{Ll}{3,}+(?<=kan)|(?:ter|ber)\p{Ll}{4,}+")
# Any word with a verb's prefix: where a list of parts ends (`_breaks_down`).
_VERB_SHAPED = LazyPattern(r"(?:di|ter|ber|me)\p{Ll}{4,}+")


def _per_unit(low: str) -> bool:
    """``per`` written onto a unit (``22 ribu perkilo``, ``50 orang perhari``): a rate, shaped like
    an agent noun (pe-) but no head noun."""
    return low.startswith("per") and low[3:] in _units()


def _open_head_ok(word: str) -> bool:
    """Whether a word the lexicon lacks may be what a count counts: not a unit, a function
    word or a number word (``tiga ratusan``)."""
    low = word.lower()
    if low.removesuffix("nya") in _units() or low in _not_heads() or low in _words_of("aux"):
        return False
    if _per_unit(low):
        return False
    bare = low.removesuffix("nya")  # whose (its customers) is no other noun than the bare one
    if any(_negative_rx(k).fullmatch(bare) for k in ("never", "outcome", "target", "possessive")):
        return False
    if _VERB_HEAD.get().fullmatch(low) or _NOMINALISATION.get().fullmatch(low):
        return False  # WRT 32 diyakini mampu …: a verb after a label's number, not a noun
    if _cue_rx("subject").fullmatch(low):
        return False  # hanya 30 hadir: the verb of a count with no noun (`_bare_subject_head`)
    try:
        parse_quantity(low)
    except ValueError:
        return True
    return False


@cache
def _named_before_rx() -> regex.Pattern[str]:
    """``peserta yang hadir sebanyak``, ``peserta yang mendaftar mencapai``, ``pesertanya
    hampir``: a head noun (its possessive too), maybe a participation verb (a ``subject`` verb
    of participants_cues.txt), and an amount word; or, where the noun opens its clause or
    follows ``jumlah``/``total``, a hedge alone (``Pesertanya hampir 7 ribu``; not ``biaya
    peserta sekitar 50 ribu``)."""
    verbs = _cue_rx("subject").pattern
    noun = rf"(?P<noun>{_head_alternation()})(?i:nya)?+(?:\s++yang\s++(?i:{verbs}))?+\s++"
    opens = r"(?<=(?:\A|[.,;:!?\"“”(]|(?<![\w-])(?i:jumlah|total))\s*+)"
    return regex.compile(
        rf"(?:(?<![\w-]){noun}(?i:sebanyak|berjumlah|mencapai|tercatat|ada)(?:\s++{qualifier_pattern()})?+"
        rf"|{opens}{noun}{qualifier_pattern()})\s++\Z"
    )


def _label_who(text: str, a: int) -> str | None:
    """A head noun of people right before ``<N> orang`` (``laki-laki 35 orang``, ``jumlah
    peserta 80 orang``): who the count is of; a group label (``SD 70 orang``) is not."""
    label = _head_label_rx().search(text, max(0, a - _NEAR_CHARS), a)
    if label is None:
        return None
    who = regex.sub(r"\s+", " ", label["label"])
    return who if _kind_of(who) in (HeadKind.PERSON, HeadKind.SELF) else None


@cache
def _total_amount_rx() -> regex.Pattern[str]:
    """``jumlah pendaftar tahun ini mencapai``: a total of a head noun, a few words saying when
    or where, and an amount word (``amount`` in participants_cues.txt) right before the count."""
    amount = alternation(_words_of("amount"))
    return regex.compile(
        rf"(?<![\w-])(?i:jumlah|total)\s++(?P<noun>{_head_alternation()})(?![\w/-])"
        rf"(?:\s++[\w-]++){{0,{_TOTAL_GAP_WORDS}}}?\s++(?i:{amount})(?:\s++{qualifier_pattern()})?+\s++\Z"
    )


@cache
def _never_total_rx() -> regex.Pattern[str]:
    """A sentence or a clause opening on the total of a ``never`` head noun, up to a position in
    it (``Jumlah penumpang kereta api yang berangkat dari Stasiun … sebanyak``, ``Sejak Kamis pukul
    08.00 WIB, jumlah penumpang yang berangkat … berjumlah``): a count of ``orang`` there counts
    those people, however far the noun stands (a dot inside a figure is no sentence end)."""
    nouns = sorted((n for n, k in _heads().items() if k is HeadKind.NEVER), key=lambda n: (-len(n), n))
    opening = rf"(?:\A|[.!?,;]\s)\s*+(?i:jumlah|total)\s++{_nouns_alternation(nouns)}(?![\w/-])"
    return regex.compile(rf"{opening}(?:[^.!?]|\.(?=\d))*+\Z")


# "there are" between a hedge and its number (``setidaknya ada 114 relawan``, ``sedikitnya
# terdapat 40 peserta``): the hedge still bounds the count.
_EXISTENTIAL = ("ada", "terdapat")
# Hedges that also stand as adverbs on their own (``usia 60 tahun atau lebih``, ``yang hadir di
# atas``): before an amount word they close a phrase before the total, no hedge of it.
_ADVERB_HEDGES = ("lebih", "di atas", "di bawah")


@cache
def _qualifier_rx() -> regex.Pattern[str]:
    """A hedge right before a number, past an existential ``ada``/``terdapat`` or an ``amount``
    word of participants_cues.txt (``jumlah peserta kurang lebih mencapai 1000 orang``, ``kurang
    lebih sebanyak 50 orang``, ``hampir mencapai 500 peserta``): the hedge still bounds the figure
    the amount word gives, as it does after it (``mencapai kurang lebih``). Not a bare ``lebih``,
    ``di atas`` or ``di bawah`` before an amount word, which there close a phrase before the total
    (``usia 60 tahun atau lebih mencapai 300 orang``, ``yang hadir di atas mencapai 300 orang``).
    Read off news-raw: a participant count hedged before its amount word."""
    existential = alternation(_EXISTENTIAL)
    amount = alternation(_words_of("amount") - frozenset(_EXISTENTIAL))
    adverb = alternation(_ADVERB_HEDGES, space=r"\s++")
    return regex.compile(
        rf"(?P<qual>(?!(?i:{adverb})\s++(?i:{amount})\s){qualifier_pattern()})"
        rf"(?:\s++(?i:{existential}|{amount}))?+\s++$"
    )


# A passive verb (diikuti, dihadiri, dikerahkan) as regional pages often write it, its prefix
# apart from the stem: ``di ikuti``, ``di hadiri``; the stem's -i or -kan keeps ``di`` before a
# place or a noun (di hadapan, di lokasi) out.
_SPLIT_PASSIVE = LazyPattern(r"di(?P<stem>\p{Ll}{3,}+(?<=kan|i))(?=\s|$)")


@cache
def _words_rx(name: str, kind: str) -> regex.Pattern[str]:
    """Any phrase of one kind from a ``kind | phrase`` file, as whole words (a passive verb's
    prefix written apart too: ``di ikuti`` as ``diikuti``)."""
    words = [w for k, w in load_pairs(name) if k == kind]
    split = [_SPLIT_PASSIVE.get().sub(r"di \g<stem>", w, count=1) for w in words]
    alt = alternation([*words, *split], space=r"\s++")
    # A hyphen joins words too: ``berturut-turut`` holds no ``turut``.
    return regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", regex.IGNORECASE)


def _cue_rx(kind: str) -> regex.Pattern[str]:
    return _words_rx("participants_cues.txt", kind)


def _negative_rx(kind: str = "never") -> regex.Pattern[str]:
    """Negative words of one kind (``never``, ``recipient``, ``possessive``; participants_negative.txt)."""
    return _words_rx("participants_negative.txt", kind)


@cache
def _refer_rx() -> regex.Pattern[str]:
    """A head noun right after a `refer` verb (mengunjungi sejumlah calon mahasiswa)."""
    refer = _cue_rx("refer").pattern
    return regex.compile(
        rf"{refer}(?:\s++(?i:oleh|dengan))?+"
        rf"(?:\s++(?i:sejumlah|para|beberapa|seluruh|semua|ratusan|puluhan|ribuan|belasan))?+"
        rf"\s++(?P<head>{_head_alternation()})(?![\w/-])",
        regex.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int  # of the number (the mention's span starts here)
    end: int  # of the head noun
    head_start: int
    who: str
    kind: HeadKind  # PERSON, SELF or GROUP (participants_heads.txt); OPEN: a noun the lexicon lacks
    quantity: Quantity
    subset: bool = False  # the attending part of a total before it (`_subset_head`)
    shown: str | None = None  # who as reported, when only named, not kind-giving (`_orang_who`)

    @property
    def group(self) -> bool:
        return self.kind is HeadKind.GROUP


@dataclass(frozen=True, slots=True)
class _Head:
    """What a number counts, as written next to it."""

    start: int
    end: int
    who: str
    kind: HeadKind  # a participants_heads.txt kind, OPEN (a noun the lexicon lacks) or LABEL
    hedge: str | None = None  # "lebih dari" (3.000 lebih peserta) or "sekitar" (500-an peserta)
    subset: bool = False  # "77 di antaranya hadir": a part of a total named before it


def _head_after(text: str, b: int) -> _Head | None:
    """The head noun after a number ending at ``b``: from the lexicon, an agent noun, ``orang``,
    or any other lower-case noun that is not a unit or a function word (kind ``open``)."""
    head = _head_rx().match(text, b)
    if head is not None:
        noun = head["head"].lower()
        # whose (``pelanggannya``: its customers) is no other noun than the bare one
        bare = noun.removesuffix("nya")
        negative = _negative_rx().fullmatch(bare) or _negative_rx("outcome").fullmatch(bare)
        if noun not in _heads_lower() and (noun in _not_heads() or negative or _per_unit(noun)):
            return None
        hedge = "lebih dari" if head["more"] else "sekitar" if head["an"] else None
        who = _whose_removed(regex.sub(r"\s+", " ", head["head"]))
        end = head.end("alt") if head["alt"] else head.end("whose") if head["whose"] else head.end("head")
        return _Head(head.start("head"), end, who, _kind_of(who), hedge)
    head = _OPEN_HEAD.get().match(text, b)
    if head is not None and _open_head_ok(head["head"]):
        return _Head(head.start("head"), head.end("head"), _whose_removed(head["head"]), HeadKind.OPEN)
    return _capitalised_head(text, b)


def _whose_removed(noun: str) -> str:
    """The head noun without a possessive ``-nya`` (``empat pelatihnya``: his four coaches are
    ``pelatih``); a noun of the lexicon that ends so (``penyanyi``) stays whole."""
    bare = noun.removesuffix("nya")
    if bare == noun or noun.lower() in _heads_lower() or len(bare) < 3:
        return noun
    return bare


def _capitalised_head(text: str, b: int) -> _Head | None:
    """A capitalised noun the lexicon lacks after the number ending at ``b`` (``diikuti 58
    Walikota``, ``25 Bartender dari Kota Semarang mengikuti``), kind ``open``: not after a year
    (``Sejak 2019 Presiden hadir``), not a month or day name, nor a word that is no head noun in
    lower case (a unit: ``3 Kantong Darah``)."""
    head = _CAP_HEAD.get().match(text, b)
    if head is None or _YEAR_BEFORE.get().search(text, max(0, b - 5), b):
        return None
    words = head["head"].split()
    if month_number(words[0]) is not None or weekday_number(words[0]) is not None:
        return None
    if (text[b - 2 : b - 1].isdigit() and text[b - 1].isalpha()) or _TITLE_WORD.get().match(text, head.end()):
        return None  # 21K Multiple Run: a distance; 12 Fitur Smartphone Populer Ini: a headline
    if not all(_open_head_ok(w) for w in words):
        return None
    return _Head(head.start("head"), head.end("head"), " ".join(words), HeadKind.OPEN)


def _head_around(text: str, a: int, b: int) -> _Head | None:
    """A count with no noun after it: ``peserta yang hadir sebanyak 150.`` (the noun before
    names who), or a labelled part of a breakdown, ``jenjang S1 412, S2 57``, ``putra 25
    dan putri 15`` (a head noun as the label), ``60 dari Bantul`` (kind ``label``)."""
    subset = _subset_head(text, a, b) or _bare_subject_head(text, a, b)
    more = _MORE_AFTER.get().match(text, b)  # ``mencapai 1.000 lebih.``: more than 1 000
    if subset is not None or _HEADLESS_END.get().match(text, more.end() if more else b) is None:
        return subset
    named = _named_before_rx().search(text, max(0, a - 60), a)
    if named is not None:
        who = regex.sub(r"\s+", " ", named["noun"])
        return _Head(b, more.end() if more else b, who, _kind_of(who), "lebih dari" if more else None)
    if more:
        return None
    label = _LABEL_BEFORE.get().search(text, max(0, a - 12), a)
    label = label or _head_label_rx().search(text, max(0, a - _NEAR_CHARS), a)
    if label is not None:
        return _Head(label.start("label"), b, regex.sub(r"\s+", " ", label["label"]), HeadKind.LABEL)
    if _PART_FROM.get().match(text, b, b + _NEAR_CHARS):
        # ``yakni 60 dari Bantul dan 60 dari Sleman``: parts named by where they come from;
        # who they are is the total's, set when the part is taken (`extract_participants`)
        return _Head(b, b, _DEFAULT_WHO, HeadKind.PART)
    if _verb_amount_rx().search(text, max(0, a - 60), a):
        # ``yang sudah mendaftar sebanyak 1.021``: who is the nearest head noun before it
        nouns = list(_any_head_rx().finditer(text, max(0, a - _TOTAL_CHARS), a))
        who = regex.sub(r"\s+", " ", nouns[-1]["noun"]) if nouns else _DEFAULT_WHO
        return _Head(b, b, who, _kind_of(who))
    if _OPEN_BRACKET.get().search(text, max(0, a - 4), a) and _CLOSE_BRACKET.get().match(text, b):
        # ``jumlah peserta terbanyak adalah Sleman (4.100)``: the total named before
        totals = list(_total_before_rx().finditer(text, max(0, a - _TOTAL_CHARS), a))
        total = totals[-1] if totals else None  # the nearest one
        if total is not None and not sentence_breaks(text, total.end(), a):
            who = regex.sub(r"\s+", " ", total["noun"])
            return _Head(b, b, who, _kind_of(who))
    return None


# The words from a clause's start to a count opening it (``…, hanya 30 hadir``).
_NUMBER_BEFORE = LazyPattern(r"\d\s*+[,;]\s*+\Z")
_CLAUSE_OPENING = LazyPattern(r"(?:\A|[.,;:!?\"“”(])\s*+(?P<words>(?:[\w-]++\s++){0,3}+)\Z")


def _bare_subject_head(text: str, a: int, b: int) -> _Head | None:
    """A count with no noun that opens its clause (past ``opener`` words of
    participants_cues.txt: ``sebanyak``, ``hanya``, a hedge) with its ``subject`` verb right
    after it, past aspect words: ``Dari total pelamar yang lulus seleksi, 4.914 akan mengikuti
    tes``, ``Dari 45 anggota dewan, hanya 30 hadir``. Who it counts is the nearest head noun
    before it in its sentence; with none (``Kontes durian diikuti 114 yang digelar``), or for a
    year, it is no count."""
    opening = _CLAUSE_OPENING.get().search(text, max(0, a - _NEAR_CHARS), a)
    if opening is None or _YEAR.get().fullmatch(text, a, b):
        return None
    if _NUMBER_BEFORE.get().search(text, max(0, opening.start() - 4), opening.start("words")):
        return None  # kelas 7, 8, dan 9 mengikuti ujian: the last label of a list of numbers
    if not all(w.lower() in _words_of("opener") for w in opening["words"].split()):
        return None
    after = _past_aux(_WORD.get().findall(text, b, b + _OBJECT_CHARS)[: _OPEN_CUE_WORDS + _AUX_WORDS])
    if not _cue_rx("subject").match(" ".join(after[:_OPEN_CUE_WORDS])):
        return None
    who = _noun_before(text, a)
    return _Head(b, b, who, _kind_of(who)) if who is not None else None


def _noun_before(text: str, a: int) -> str | None:
    """The nearest head noun before position ``a`` in its sentence, within a total's reach (who a
    count with no noun of its own counts): ``pelamar`` for the 4.914 of ``Dari total pelamar yang
    lulus seleksi, 4.914 akan mengikuti tes``; None when the sentence names none."""
    start = max(0, a - _TOTAL_CHARS)
    breaks = sentence_breaks(text, start, a)
    nouns = list(_any_head_rx().finditer(text, breaks[-1][1] if breaks else start, a))
    return regex.sub(r"\s+", " ", nouns[-1]["noun"]) if nouns else None


# ``77 di antaranya hadir``: a part of a total, with no noun of its own.
_SUBSET = LazyPattern(r"\s++(?i:di\s*+antaranya|di\s++antara\s++mereka)(?!\w)")


def _subset_head(text: str, a: int, b: int) -> _Head | None:
    """``ratusan komunitas, 77 di antaranya hadir``: the part of a total that takes part.

    Who the part is comes from the nearest head noun before it in its sentence; the count
    is taken only with a participation verb right after it (kind ``open``, see
    `_open_cued`), and then the totals of the same noun before it are not counts of
    participants (`_drop_totals`)."""
    sub = _SUBSET.get().match(text, b, b + _NEAR_CHARS)
    if sub is None:
        return None
    who = _noun_before(text, a)
    return _Head(b, sub.end(), who, HeadKind.OPEN, subset=True) if who is not None else None


@cache
def _verb_amount_rx() -> regex.Pattern[str]:
    """A participation verb and an amount word right before a number (``hadir sebanyak``)."""
    verbs = _cue_rx("subject").pattern
    return regex.compile(rf"{verbs}\s++(?i:sebanyak|berjumlah|mencapai)\s++\Z", regex.IGNORECASE)


@cache
def _any_head_rx() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w-])(?P<noun>{_head_alternation()})(?![\w/-])")


@cache
def _total_before_rx() -> regex.Pattern[str]:
    """``jumlah peserta``, ``total pendaftar``, ``peserta terbanyak``: a total of a head noun, or
    the most of it, whose figures follow."""
    return regex.compile(
        rf"(?<![\w-])(?:(?i:jumlah|total)\s++(?P<noun>{_head_alternation()})(?![\w/-])"
        rf"|(?P<noun>{_head_alternation()})\s++(?i:terbanyak|terbesar)(?![\w-]))"
    )


# ``40 dari 45 anggota``: a part out of a whole; the noun after the whole names both. Only a
# lower-case ``dari``: ``Musim 9 Dari ribuan tim`` is a new sentence glued on.
_OUT_OF = LazyPattern(r"\s++dari(?:\s++(?i:total|jumlah))?+\s++")


def _out_of(text: str, b: int, nums: tuple[tuple[int, int], ...], i: int) -> _Head | None:
    """The head noun of ``40 dari 45 anggota DPRD`` for the 40: the part is the count (those
    who came), the whole after ``dari`` only what it is a share of (GUIDELINES §5 lists the
    part; a share's whole is not a count)."""
    gap = _OUT_OF.get().match(text, b, b + _NEAR_CHARS)
    if gap is None or i + 1 >= len(nums) or nums[i + 1][0] != gap.end():
        return None
    head = _head_after(text, nums[i + 1][1])
    if head is None or head.kind in (HeadKind.OPEN, HeadKind.NEVER):
        return None
    return head


@cache
def _after_month_rx() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}])(?:{month_names_rx()})\s++\Z")


def _not_a_count(text: str, a: int) -> bool:
    """What stands before the number at ``a`` makes it no count: ``salah satu``, ``nomor 5``,
    ``tahun 2024``, or a month name (``18 Februari 1947 mengaku …``: a year)."""
    return bool(
        _NOT_A_COUNT_BEFORE.get().search(text, max(0, a - _NOT_A_COUNT_CHARS), a)
        or _after_month_rx().search(text, max(0, a - _MONTH_CHARS), a)
        or _named_year(text, a)
    )


def _named_year(text: str, a: int) -> bool:
    """A year after a capitalised word inside a sentence (``menggelar PESTA 2021 UMKM``, a
    hyphened word too: ``Piala Dunia U-17 2023 ciut``), not after the word a sentence opens on
    (``Sebanyak 2021 UMKM``, ``Ditaksir 2000 pecinta``)."""
    if not _YEAR.get().match(text, a):
        return False
    word = _CAPITALISED_BEFORE.get().search(text, max(0, a - _NEAR_CHARS), a)
    return word is not None and not _OPENS_SENTENCE.get().search(text, max(0, word.start() - 4), word.start())


def _named_number(text: str, a: int) -> bool:
    """The number at ``a`` follows a word, with only spaces between, that labels or names it
    (``iPhone 15 Pro``, ``kloter 61 JKG``, ``Level 4 BNSP``, ``Kamis 17 …``): not a word of
    participants_cues.txt that may stand before a count (``Sebanyak``, ``diikuti oleh``,
    ``dengan rincian``, ``melantik``) nor a verb (``menghadirkan``)."""
    before = _WORD_BEFORE.get().search(text, max(0, a - _NEAR_CHARS), a)
    if before is None:
        return False  # after a comma, a bracket or the text's start
    if _VERB_SHAPED.get().fullmatch(before["word"].lower()):
        return False
    return _any_cue_before_rx().search(text, max(0, a - _NEAR_CHARS), a) is None


@cache
def _any_cue_before_rx() -> regex.Pattern[str]:
    """Any phrase of participants_cues.txt right before a position; not a ``place`` word, which
    labels a number after it (``warga dusun 5 Rimba Jaya``: the hamlet's number, no count)."""
    words = {w for k, w in load_pairs("participants_cues.txt") if k != "place"}
    alt = alternation(words, space=r"\s++")
    return regex.compile(rf"(?<![\w-])(?:{alt})\s++\Z", regex.IGNORECASE)


def _range_from(text: str, nums: tuple[tuple[int, int], ...], i: int) -> tuple[int, Quantity] | None:
    """The low end of a range whose high end is number ``i`` (``50-60 peserta``, ``50 hingga
    60 orang``, ``antara 50 dan 60 orang``): its start and the range as bounds with no single
    count (GUIDELINES §5 bounds a vague quantity by ``min`` and ``max``; a range is one). None
    unless the low end is a plain number below the high end, with nothing but a joiner between
    them. A low end with no scale word takes the high end's (``40-50 ribu warga``: 40 000 to
    50 000)."""
    if i == 0:
        return None
    a0, b0 = nums[i - 1]
    joined = _RANGE_JOIN.get().fullmatch(text, b0, nums[i][0]) or _between(text, a0, b0, nums[i][0])
    if not joined or (a0 and _LEFT_BAD.get().match(text, a0 - 1)) or _not_a_count(text, a0):
        return None
    try:
        lo, hi = parse_quantity(text[a0:b0]), parse_quantity(text[nums[i][0] : nums[i][1]])
    except ValueError:
        return None
    if lo.value is None or hi.value is None or not 0 < lo.value < hi.value:
        return None
    low = lo.value * shared_scale(text[a0:b0], text[nums[i][0] : nums[i][1]])
    if low >= hi.value:
        low = lo.value  # 1.500-2 ribu: the low end is a whole number of its own
    return a0, Quantity(None, low, hi.value, approximate=True)


def _between(text: str, a0: int, b0: int, a1: int) -> bool:
    """``antara 8.000 dan 10.000 orang``: ``antara`` right before the low end ``a0:b0`` and
    ``dan`` alone between it and the high end at ``a1`` make the two numbers one range."""
    before = _BETWEEN_BEFORE.get().search(text, max(0, a0 - _BETWEEN_CHARS), a0)
    return bool(before and _BETWEEN_JOIN.get().fullmatch(text, b0, a1))


def _candidates(text: str, numbers: Sequence[tuple[int, int]] | None = None) -> list[_Candidate]:
    """Each number of ``text`` that counts people, with its head noun, in text order; ``numbers``:
    the number spans when the caller has them (`extract_participants`)."""
    out = []
    nums = tuple(find_numbers(text) if numbers is None else numbers)
    whole = -1  # index of the number a part was counted out of: not a count itself
    for i, (a, b) in enumerate(nums):
        if len(out) >= _MAX_CANDIDATES:
            break
        ranged = _range_from(text, nums, i)
        if ranged is not None:
            if out and out[-1].start == ranged[0]:
                continue  # 50 orang hingga 60 orang: the low end counted on its own
        elif i == whole or (a and _LEFT_BAD.get().match(text, a - 1)):
            continue  # the whole of ``40 dari 45``; inside another number or word: 1.143.639, ke-78
        if b - a > MAX_NUMBER_CHARS or _not_a_count(text, a):
            continue
        head = _out_of(text, b, nums, i)
        if head is not None:
            whole = i + 1
        head = head or _head_after(text, b) or _head_around(text, a, b)
        if head is None or _head_refused(text, a, b, head):
            continue
        cand = _candidate(text, a, b, head, ranged)
        if cand is not None:
            out.append(cand)
    return out


def _head_refused(text: str, a: int, b: int, head: _Head) -> bool:
    """Whether the head noun ``head`` of the number at ``a:b`` makes it no count of people."""
    if head.kind is HeadKind.NEVER:
        return True  # warga binaan, anak buah kapal: never participants, or a place
    # iPhone 15 Pro hadir, kloter 61 JKG, segmen tiga Siswa: a name's or a label's number, in
    # digits or in words; an amount of tens or hundreds numbers no name (itu puluhan KPM)
    if (
        head.start >= b
        and text[head.start : head.start + 1].isupper()
        and not _rough_amount(text[a:b])
        and _named_number(text, a)
    ):
        return True
    gap = _SPACES.get().match(text, head.end)
    if gap and _negative_rx("possessive").match(text, gap.end()):
        return True  # dua anak saya: someone's relatives, not a count of people taking part
    return _parent_epithet(text, a, head)  # Bapak dua anak itu: how many children a parent has


def _rough_amount(number: str) -> bool:
    """A number in words that gives only a magnitude (``puluhan``, ``ratusan``, ``ribuan``): it
    counts, and is never the number in a name or a label (``kloter enam puluh satu``)."""
    try:
        return not number[:1].isdigit() and parse_quantity(number).value is None
    except ValueError:
        return False


def _candidate(
    text: str, a: int, b: int, head: _Head, ranged: tuple[int, Quantity] | None
) -> _Candidate | None:
    """The count of ``head`` at ``a:b`` or in the range ``ranged``; None where it counts no one."""
    try:
        q = parse_quantity(text[a:b])
    except ValueError:
        return None
    if q.value is not None and (Fraction(q.value).denominator != 1 or q.value < 1):
        return None  # 1,5 peserta is not a head count
    if ranged is not None:
        a, q = ranged
    qual = _qualifier_rx().search(text, max(0, a - 30), a)
    if (head.hedge or qual) and ranged is None:
        q = qualify(q, head.hedge or qual["qual"])
    who = head.who
    named_who = who
    if who.lower() == "orang":
        resolved = _orang_who(text, a, who)
        if resolved is None:
            return None  # Jumlah penumpang … yang berangkat … sebanyak 78.447 orang: passengers
        who, named_who = resolved
    kind = head.kind if head.kind in (HeadKind.OPEN, HeadKind.LABEL, HeadKind.PART) else _kind_of(who)
    return _Candidate(
        start=min(a, head.start),
        end=max(b, head.end),
        head_start=head.start,
        who=who,
        kind=kind,
        quantity=q,
        subset=head.subset,
        shown=named_who if named_who != who else None,
    )


@cache
def _parent_before_rx() -> regex.Pattern[str]:
    """A ``parent`` word of participants_negative.txt, maybe ``dari``, right before a position."""
    return regex.compile(rf"{_negative_rx('parent').pattern}(?:\s++dari)?+\s++\Z", regex.IGNORECASE)


def _parent_epithet(text: str, a: int, head: _Head) -> bool:
    """The count at ``a`` is of a parent's children (``Bapak dua anak itu``, ``ibu dari tiga
    orang anak``): an ``offspring`` head noun right after a ``parent`` word and the count."""
    if not _negative_rx("offspring").fullmatch(head.who):
        return False
    return _parent_before_rx().search(text, max(0, a - _NEAR_CHARS), a) is not None


def _orang_who(text: str, a: int, orang: str) -> tuple[str, str] | None:
    """Who a count of ``orang`` at ``a`` (written ``orang``) is, as (the noun its kind is read
    from, the noun reported), or None when it counts passengers (a sentence opening on the total
    of a ``never`` noun). ``peserta sebanyak 150 orang``, ``jumlah peserta … mencapai``, ``laki-laki 35
    orang``: that noun, for both. Failing these, or when the noun is a group's label (``guru
    PAUD sebanyak 50 orang``), a head noun of people a few words before the amount word in the
    clause (``Peserta pelatihan sebanyak 30 orang``, ``Umat yang hadir di gereja ada 3.000
    orang``) names who the count is, but the count's kind stays as it was: the words between
    may be anything, so they only name the people, they do not make it a count of ``peserta``."""
    near = max(0, a - 60)
    named = _named_before_rx().search(text, near, a) or _total_amount_rx().search(text, near, a)
    who = regex.sub(r"\s+", " ", named["noun"]) if named else _label_who(text, a)
    if who is not None and _kind_of(who) is not HeadKind.GROUP:
        return who, who
    if who is None and _never_total_rx().search(text, max(0, a - _SENTENCE_CHARS), a):
        return None
    clause = _clause_head_rx().search(text, max(0, a - _NEAR_CHARS * 2), a)
    if clause is not None and _kind_of(clause["noun"]) in (HeadKind.PERSON, HeadKind.SELF):
        return (who or orang), regex.sub(r"\s+", " ", clause["noun"])
    return (who, who) if who is not None else (orang, orang)


@cache
def _clause_head_rx() -> regex.Pattern[str]:
    """A head noun (its possessive too), up to a few words of its clause, and an amount word
    (``amount`` in participants_cues.txt), maybe a hedge, right before a position."""
    # not ``sekitar``: a hedge after any words (di koperasi ini tembus sekitar) names no total
    amount = alternation(_words_of("amount") - {"sekitar"})
    return regex.compile(
        rf"(?<![\w-])(?P<noun>{_head_alternation()})(?i:nya)?+(?![\w/-])"
        rf"(?:\s++[\w-]++){{0,{_TOTAL_GAP_WORDS}}}?\s++(?i:{amount})(?:\s++{qualifier_pattern()})?+\s++\Z"
    )


def _sentences(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (a rough split: enough for cue windows)."""
    starts = [0]
    starts.extend(end for _, end in sentence_breaks(text, 0, len(text)))
    return starts


def _sentence_of(starts: list[int], text: str, pos: int) -> tuple[int, int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    return i, max(starts[i], pos - _WINDOW), min(end, pos + _WINDOW)


def _incident_cue(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """An ``involve`` verb of the count names involvement in an incident: an ``incident`` word of
    participants_negative.txt just before the last cue before the count (``insiden tabrakan yang
    melibatkan tiga pebalap``; not an event about it: ``sosialisasi pencegahan kecelakaan yang
    melibatkan 50 karyawan``) or just after the first cue after it (``dua pebalap yang terlibat
    insiden``)."""
    cues = list(_cue_rx("cue").finditer(text, s_start, cand.start))
    if cues and _cue_rx("involve").fullmatch(cues[-1][0]):
        words = list(_WORD.get().finditer(text, s_start, cues[-1].start()))[-_INCIDENT_WORDS:]
        hit = next((w for w in words if _negative_rx("incident").fullmatch(w[0])), None)
        if hit is not None:
            topic = _has_cue(text, max(s_start, hit.start() - _EVENT_CHARS), hit.start(), "event")
            return not topic
    cue = _cue_rx("cue").search(text, cand.end, _clause_end(text, cand, s_end))
    if cue is None or not _cue_rx("involve").fullmatch(cue[0]):
        return False
    after = _WORD.get().findall(text, cue.end(), s_end)[: _INCIDENT_WORDS + 1]
    words = [w for w in after if w.lower() != "dalam"]
    return _negative_in(" ".join(words[:2]), "incident")


def _rate(text: str, cand: _Candidate) -> bool:
    """A frequency right after the counted noun (``10 juta orang setiap hari``, ``6.000
    pengunjung per tahun``): a rate over time, not the people at the reported activity."""
    return _negative_rx("rate").match(text, _SPACES_AFTER.get().match(text, cand.end).end()) is not None


_SPACES_AFTER = LazyPattern(r"\s*+")


def _negative_near(text: str, cand: _Candidate, s_start: int, s_end: int, kind: str = "never") -> bool:
    if kind == "never" and _rate(text, cand):
        return True
    before = text[s_start : cand.start]
    if kind == "never" and _targeted(text, cand, s_start, s_end):
        return True
    if kind == "never" and _incident_cue(text, cand, s_start, s_end):
        return True
    # Only the words after the last participation cue before the count: in ``juara umum
    # yang diikuti 12 kabupaten/kota`` the winners are not the 12.
    cues = list(_cue_rx("cue").finditer(before))
    if cues:
        before = before[cues[-1].end() :]
    # Nor across a comma (``mencapai 45.000 jiwa, dan 200 warga hadir``) or into the clause
    # a conjunction subordinates the count's to (``… luka-luka ketika ribuan demonstran …``).
    comma = max(before.rfind(","), before.rfind(";"))
    if comma >= 0:
        before = before[comma + 1 :]
    subs = list(_negative_rx("subclause").finditer(before))
    if subs:
        before = before[subs[-1].end() :]
    # A receiving verb counts before the number only right before it (diberikan kepada 500
    # warga) or in the phrase that ``kepada`` (to) closes (menyerahkan bantuan sembako kepada
    # 300 warga), not in ``mendapat tepuk tangan dari belasan ribu warga yang hadir``.
    words = _WORD.get().findall(before)
    to = kind == "never" or bool(words and words[-1].lower() in _words_of("recipient_to"))
    words = words[-(_NEG_BEFORE_WORDS if to else _RECIPIENT_BEFORE_WORDS) :]
    # the kinds looked for before the count only: winners and arrests (never), giving (recipient)
    before_only = {"never": ("outcome", "arrest"), "recipient": ("giving",)}.get(kind, ())
    if any(_negative_in(" ".join(words), k) for k in (kind, *before_only)):
        return True
    words = _WORD.get().findall(_clause_after(text, cand, s_end, relative=kind == "never"))[:_NEG_AFTER_WORDS]
    after = _to_verb(words)
    squad = _squad(text, cand, s_start)
    if kind == "never" and not (squad and _won_later(after)) and _negative_in(after, "outcome"):
        return True
    if kind == "never" and squad:
        words = _sites_unmarked(words)
    if kind == "never" and (_deployed(text, cand, s_end) or _object_before(text, cand, s_start, "bring")):
        words = _before_sent(words)
    return _negative_in(" ".join(words), kind, goal=True)


def _before_sent(words: list[str]) -> list[str]:
    """The words after a count of staff deployed (``150 personel gabungan dikerahkan``,
    ``mengerahkan 150 personel``) up to their deployment verb, a ``purpose`` word or a ``sent_to``
    word of participants_cues.txt: what follows is where or for whom they are sent (``dikerahkan
    untuk mencari korban``, ``diterjunkan ke desa yang terendam banjir``), not what they are."""
    stops = _words_of("deployed") | _words_of("sent_to")
    for n, w in enumerate(words):
        if w.lower() in stops or _negative_rx("purpose").fullmatch(w):
            return words[:n]
    return words


def _sites_unmarked(words: list[str]) -> list[str]:
    """The words after a deployed count without the word that describes a ``site`` noun
    (``menerjunkan ratusan personel di berbagai wilayah terdampak``, ``50 relawan ke lokasi
    bencana``): the staff are sent to the stricken place, they are not its victims."""
    sites = _words_of("site")
    return [w for i, w in enumerate(words) if not (i and words[i - 1].lower() in sites)]


def _squad(text: str, cand: _Candidate, s_start: int) -> bool:
    """A squad's size: a ``bring`` verb right before a count of a lexicon head noun
    (``kontingen yang diperkuat 16 atlet``, ``berkekuatan 22 atlet``). What follows is what the
    squad won (``… berhasil mengoleksi 14 medali``), so an ``outcome`` word after it makes it
    no count of winners."""
    return cand.kind in (HeadKind.PERSON, HeadKind.SELF) and _object_before(text, cand, s_start, "bring")


def _won_later(words: str) -> bool:
    """The first ``outcome`` word after a squad's count comes after a verb of the squad's own
    (``16 atlet berhasil mengoleksi 14 medali``), not right on the counted noun as who they are
    (``diperkuat tiga pemain peraih medali emas``: players bought, no squad of an event)."""
    m = _negative_rx("outcome").search(words)
    return m is not None and any(_VERB_SHAPED.get().fullmatch(w.lower()) for w in words[: m.start()].split())


# A relative clause set off by a comma right after the counted noun still tells who they are
# (``Dua warga lainnya, yang bersama mereka masih dinyatakan hilang``).
_RELATIVE_AFTER_COMMA = LazyPattern(r",\s*+(?i:yang)(?!\w)")


def _clause_after(text: str, cand: _Candidate, s_end: int, *, relative: bool = False) -> str:
    """The text from the count's head noun to the end of its clause; with ``relative``, past a
    comma that opens a relative clause on the counted people, to that clause's end."""
    # bracketed glosses are blanked: ``40 kepala keluarga (KK) di Kabupaten Lampung Barat
    # (Lambar) mengundurkan diri`` is one clause, and ``34 sawa (jenazah warga …) akan ikut`` no corpses
    after = _GLOSS.get().sub(lambda m: " " * len(m.group()), text[cand.end : s_end])
    clause = _CLAUSE_BREAK.get().search(after)
    if clause and relative and _RELATIVE_AFTER_COMMA.get().match(after, clause.start()):
        clause = _CLAUSE_BREAK.get().search(after, clause.end())
    return after[: clause.start()] if clause else after


def _targeted(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A ``target`` word in the count's clause, before it even past a participation verb
    (``menargetkan peserta yang terlibat sebanyak 10.000``) or after it."""
    before = text[s_start : cand.start]
    comma = max(before.rfind(","), before.rfind(";"))
    words = _WORD.get().findall(before[comma + 1 :])[-_NEG_BEFORE_WORDS * 2 :]
    words += _before_purpose(_WORD.get().findall(_clause_after(text, cand, s_end))[:_NEG_AFTER_WORDS])
    return _negative_in(" ".join(words), "target")


def _before_purpose(words: list[str]) -> list[str]:
    """``words`` up to a purpose clause with a verb of its own (``120 personel gabungan untuk
    memastikan target pengerjaan tercapai``): a target named there is the activity's aim, not the
    count's; ``50 peserta untuk target tahun depan`` keeps its target."""
    for i, word in enumerate(words[:-1]):
        if not _negative_rx("purpose").fullmatch(word):
            continue
        verb = _past_aux(words[i + 1 :])[:1]  # past aux words: ``untuk bisa bersaing``
        if verb and _VERB_SHAPED.get().fullmatch(verb[0].lower()):
            return words[:i]
    return words


def _to_verb(words: list[str]) -> str:
    """The words after a count up to the word after its participation verb, when one follows
    right after it: where an ``outcome`` word is looked for (``enam tim yang siap bersaing
    memperebutkan gelar juara``: what they compete for is no winner count; ``8 tim lolos
    sebagai juara``: with no verb before it, it is)."""
    joined = " ".join(words)
    verb = _cue_rx("subject").search(joined)
    if verb is None or len(_past_aux(joined[: verb.start()].split())) > _OPEN_CUE_WORDS:
        return joined
    return " ".join([joined[: verb.end()], *joined[verb.end() :].split()[:1]])


# Kinds of participants_negative.txt whose words may be followed by what is taught (menerima
# materi, memberikan pembekalan): then taking part, not receiving goods.
_RECEIVING = frozenset({"recipient", "giving"})


def _negative_in(words: str, kind: str, *, goal: bool = False) -> bool:
    """Whether a negative word of ``kind`` is in ``words``; receiving what is taught
    (``menerima materi``, ``mendapatkan pembekalan``) is taking part, not receiving goods.
    ``goal``: the words after a count, where a receiving verb right after a ``purpose`` word
    (``delapan atlet untuk memperoleh MER``, ``agar mendapat sertifikat``) is what the people
    aim at in the activity, not what they are given."""
    for m in _negative_rx(kind).finditer(words):
        before = words[: m.start()].split()[-1:]
        if goal and kind in _RECEIVING and before and _negative_rx("purpose").fullmatch(before[0]):
            continue
        nxt = _WORD.get().search(words, m.end())
        if kind not in _RECEIVING or nxt is None or not _negative_rx("learned").fullmatch(nxt.group()):
            return True
    return False


# A sentence that opens on the whole a share is taken from: ``Dari 45 anggota dewan, …``.
_WHOLE_OPENER = LazyPattern(r"[\"“(\s]*+(?i:dari)\s++")


def _whole_first(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """``Dari 45 anggota dewan, hanya 30 orang yang hadir``: a sentence opening on ``Dari``
    and a count, whose next clause gives another count, names the whole, not who came,
    unless its own clause says it took part (``Dari 14 atlet yang bertanding, …``)."""
    if _WHOLE_OPENER.get().fullmatch(text, s_start, cand.start) is None:
        return False
    comma = text.find(",", cand.end, s_end)
    if comma < 0 or _has_cue(text, cand.end, comma) or _has_cue(text, cand.end, comma, "subject"):
        return False  # Dari 14 atlet yang turut bertanding, sembilan …: the 14 took part
    return bool(find_numbers(text[comma : min(s_end, comma + _COMPARE_CHARS)]))


def _compared(text: str, cand: _Candidate, s_start: int) -> bool:
    """A figure the count is compared with or a share is taken from: ``dibanding tahun lalu
    dengan 200 peserta``, ``meningkat dari 90 peserta``, ``bertambah 30 peserta``, ``dari
    total 500 sekolah``; but ``naik menjadi 500 peserta`` is the current count, and so is the
    whole of a noun that says participation itself (``dari total 21 peserta``)."""
    before = text[max(s_start, cand.start - _COMPARE_CHARS) : cand.start]
    clause = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    before = before[clause + 1 :]
    compare = [m.end() for m in _negative_rx("compare").finditer(before)]
    wholes = list(_negative_rx("whole").finditer(before))
    last = max([*compare, *(m.end() for m in wholes)], default=None)
    if last is None or _negative_rx("reset").search(before, last):
        return False
    # ``dari total 21 peserta``: the last phrase names the whole, no comparison runs into it
    whole = wholes[-1] if wholes else None
    return not (cand.kind is HeadKind.SELF and whole is not None and all(e <= whole.start() for e in compare))


@cache
def _since_rx() -> regex.Pattern[str]:
    """A ``since`` word of participants_cues.txt before a point in time: a year, a month, or a
    ``first`` word, after a ``since_unit`` word or none (``sejak 2010``, ``sejak tahun 2004``,
    ``Sejak Januari 2024``, ``Sejak pertama kalinya``, ``Sejak hari pertama pameran``)."""
    since = alternation(_words_of("since"))
    first = alternation(_words_of("first"))
    unit = alternation(_words_of("since_unit"))
    return regex.compile(
        rf"(?<![\w-])(?i:{since})\s++(?:(?i:{unit})\s++)?+"
        rf"(?:(?:19|20)\d\d(?!\d)|(?:{month_names_rx(only_full=True)})(?![\w-])|(?i:{first})(?![\w-]))"
    )


@cache
def _until_now_rx() -> regex.Pattern[str]:
    """An ``until`` word before a ``now`` phrase of participants_cues.txt (``Hingga saat ini``,
    ``sampai sekarang``): the present as the end of a period."""
    until = alternation(_words_of("until"))
    now = alternation(_words_of("now"))
    return regex.compile(rf"(?<![\w-])(?i:{until})\s++(?i:{now})(?![\w-])")


@cache
def _today_rx() -> regex.Pattern[str]:
    """A ``today`` phrase of participants_cues.txt (``hari ini``, ``pagi tadi``): one day's time."""
    return regex.compile(rf"(?<![\w-])(?i:{alternation(_words_of('today'))})(?![\w-])")


def _cumulative(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A total run up over time, not one event's attendance: a ``since`` phrase that governs the
    clause of the count, and a ``perfect`` word of participants_cues.txt between them (``Sejak
    2010, program lari itu telah mengajak lebih dari 420.000 masyarakat``, ``Sejak Januari 2024,
    pelatihan itu telah diikuti 3.000 peserta``). A ``since`` phrase inside a relative clause
    (``Program pelatihan yang digelar sejak 2015 itu telah diikuti``, ``Jumlah peserta yang
    mendaftar sejak 2020 telah mencapai``) runs the total all the same. A ``today`` phrase after
    it (``hari ini``, ``pagi tadi``) brings the count to one day, unless an ``until`` word right
    before it closes the period there (``Sejak Januari 2024 hingga kemarin``); a period
    (``sejak 10-17 September … telah mengikuti``) or no perfect word keeps it."""
    found = list(_since_rx().finditer(text, s_start, cand.start))
    if not found:
        return _until_now(text, cand, s_start, s_end)
    since = found[-1]
    for today in _today_rx().finditer(text, since.end(), cand.start):
        before = _WORD.get().findall(text, since.end(), today.start())
        if not before or before[-1].lower() not in _words_of("until"):
            return False
    words = _WORD.get().findall(text, since.end(), cand.start)
    return any(w.lower() in _words_of("perfect") for w in words)


@cache
def _scheme_member_rx() -> regex.Pattern[str]:
    """``peserta`` with a scheme as its owner, past ``member_gap`` words of participants_negative.txt
    (``peserta JKN``, ``peserta aktif BPJamsostek``, ``Peserta Program Jaminan Kesehatan Nasional``)."""
    gap = _negative_rx("member_gap").pattern
    return regex.compile(
        rf"(?<![\w-])peserta(?:\s++{gap}){{0,2}}+\s++{_negative_rx('scheme').pattern}", regex.IGNORECASE
    )


def _scheme_members(text: str, s_start: int, s_end: int) -> bool:
    """A count of a scheme's members, not of people at the reported activity: its sentence names
    ``peserta`` of a social-security, insurance or pension scheme, the scheme its owner (a
    ``scheme`` word of participants_negative.txt right after it, past ``member_gap`` words:
    ``peserta JKN``, ``peserta aktif BPJS``), and holds no participation word of
    participants_cues.txt but a ``self`` head noun (``Sebanyak 1.000 pedagang didaftarkan sebagai
    Peserta Program JKN``; GUIDELINES §5: recipients who do not attend). A scheme named
    elsewhere leaves an event's entrants (``250 peserta Porprov didaftarkan dalam program
    asuransi``, ``64 peserta MTQ dilindungi BPJS``), and a scheme's event or its members at one,
    with a participation word of their own, stay (``ribuan peserta yang memadati … BPJS Kesehatan
    Fun``, ``500 peserta BPJS Kesehatan mengikuti senam``). Read off news-raw 0-9947 (session 38):
    3 such counts dropped, all members of a scheme (``sebagai Peserta Program Jaminan Kesehatan
    Nasional``, ``peserta aktif BPJamsostek``, ``iuran 4.285 orang peserta JKN``), none lost that
    took part."""
    if _scheme_member_rx().search(text, s_start, s_end) is None:
        return False
    return not any(  # diikuti, memadati, pelatihan: a participation word of its own
        _kind_of(_whose_removed(m[0])) is not HeadKind.SELF
        for kind in _PARTICIPATION_KINDS
        for m in _cue_rx(kind).finditer(text, s_start, s_end)
    )


def _recurring(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A count of what recurs over time, a rate, not the people at the reported activity: a
    ``rate`` phrase of participants_negative.txt whose last word is a time (an ``each_time`` word:
    ``setiap tahun``, ``per hari``) in the count's own clause (`_CLAUSE_BREAK` bounds it, as in
    `_deployed`), before the count (``Setiap hari kita menerjunkan dua tim``), between it and its
    verb (``600 mahasiswa … setiap tahunnya terlibat``) or after (``Puluhan orang … mendatangi
    peternakan itu setiap hari``), or alone in the segment that opens the clause (``setiap tahun,
    jamaah umrah … mencapai 1 juta orang``). Another clause's frequency (``diikuti 500 mahasiswa,
    padahal setiap hari kampus itu menerima``, ``Setiap tahun, 3.000 orang tewas …, sementara demo
    hari ini diikuti 200 buruh``) and one past a ``yang`` after the count, a relative clause's
    (``diikuti 300 buruh yang menuntut kenaikan upah setiap tahun``), leave it. How often the event
    itself is held leaves the count: the phrase right before an ``event`` noun (``Setiap tahun
    kejuaraan renang ini diikuti``) or right after a ``held`` verb of participants_cues.txt
    (``digelar tiap tahun … kini diikuti ribuan orang``). Read off news-raw 0-9947 (session 37,
    fix37d): 5 counts go, all rates or a scheme's statistics, each with the frequency in its own
    clause or opening it; 1 stays (a tradition held yearly)."""
    c_start, c_end, opener = _own_clause(text, cand, s_start, s_end)
    for rate in _negative_rx("rate").finditer(text, s_start, s_end):
        if not _negative_rx("each_time").fullmatch(_WORD.get().findall(rate[0])[-1]):
            continue  # di masing-masing: where, not how often
        alone = opener[0] <= rate.start() and rate.end() <= opener[1]
        alone = alone and not (text[opener[0] : rate.start()] + text[rate.end() : opener[1]]).strip()
        if not ((c_start <= rate.start() and rate.end() <= c_end) or alone):
            continue  # another clause's
        if rate.start() >= cand.end and _YANG_WORD.get().search(text, cand.end, rate.start()):
            continue  # a relative clause's: yang menuntut kenaikan upah setiap tahun
        before = _WORD.get().findall(text, max(s_start, rate.start() - _NEAR_CHARS), rate.start())
        if before and before[-1].lower() in _words_of("held"):
            continue
        if _cue_rx("event").match(text, _SPACES_AFTER.get().match(text, rate.end()).end()):
            continue
        return True
    return False


def _clause_end(text: str, cand: _Candidate, s_end: int) -> int:
    """Where the count's clause ends: the first `_CLAUSE_BREAK` after it, or the sentence's end."""
    brk = _CLAUSE_BREAK.get().search(text, cand.end, s_end)
    return brk.start() if brk else s_end


def _own_clause(text: str, cand: _Candidate, s_start: int, s_end: int) -> tuple[int, int, tuple[int, int]]:
    """The bounds of the count's own clause (`_CLAUSE_BREAK` before and after it), and of the
    segment right before it that opens it (``setiap tahun,``; empty where none)."""
    breaks = list(_CLAUSE_BREAK.get().finditer(text, s_start, cand.start))
    c_end = _clause_end(text, cand, s_end)
    if not breaks:
        return s_start, c_end, (s_start, s_start)
    opener = (breaks[-2].end() if len(breaks) > 1 else s_start, breaks[-1].start())
    return breaks[-1].end(), c_end, opener


_YANG_WORD = LazyPattern(r"(?<![\w-])(?i:yang)(?![\w-])")


def _until_now(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A total run up to the present: an ``until`` word and a ``now`` phrase of
    participants_cues.txt before the count, then a ``perfect`` word and the count's own verb right
    before it, past ``oleh`` and a hedge (`_perfect_verb_rx`: ``Hingga saat ini, Halodoc Academy
    telah diikuti oleh lebih dari 123.000 peserta``, ``Tercatat hingga sekarang sudah ada 120 UMKM
    yang terdaftar``). Read off news-raw 0-9947: 3 such counts, all totals of a programme, a place
    or an app. Not the attendance so far of one event running now (`_event_now`). A perfect word
    of another verb (``Budi telah menjadi ketua panitia lomba yang diikuti 300 peserta``), of the
    verb after the count (``sudah 800 warga memadati``) or of a clause before it (``sudah ada 120
    UMKM yang terdaftar, dan yang hadir di acara ini ada 18 UMKM``) leaves the count; ``sampai
    saat ini akan diwakili oleh 37 delegasi`` has no perfect word."""
    found = list(_until_now_rx().finditer(text, s_start, cand.start))
    if not found:
        return False
    perfect = [
        w
        for w in _WORD.get().finditer(text, found[-1].end(), cand.start)
        if w[0].lower() in _words_of("perfect")
    ]
    verb = _perfect_verb_rx().fullmatch(text, perfect[-1].end(), cand.start) if perfect else None
    if verb is None or regex.fullmatch(qualifier_pattern(), verb["verb"]):
        return False
    return not _event_now(text, cand, (found[-1].end(), s_start, s_end))


@cache
def _perfect_verb_rx() -> regex.Pattern[str]:
    """The count's own verb right after a perfect word, then an ``agent`` word of
    participants_cues.txt and a hedge (``telah diikuti oleh lebih dari``, ``sudah ada``)."""
    agent = alternation(_words_of("agent"))
    hedge = qualifier_pattern()
    return regex.compile(rf"\s++(?P<verb>\p{{Ll}}++)\s++(?:(?i:{agent})\s++)?+(?:{hedge}\s++)?+")


def _event_now(text: str, cand: _Candidate, spans: tuple[int, int, int]) -> bool:
    """The count's sentence is about one event running now, so a total up to now is its
    attendance so far: a ``today`` phrase between the now phrase and the count (``Hingga kini,
    pameran yang dibuka pagi tadi telah dikunjungi``), an ``ongoing`` phrase of
    participants_cues.txt (``Seminar itu masih berlangsung dan hingga kini telah diikuti``), or an
    ``event`` noun after the count before a clause break or an active verb (``telah hadir 1.200
    peserta di arena upacara pembukaan``; not ``123.000 peserta dan menggelar 180 pelatihan``).
    ``spans``: the now phrase's end, the sentence's start and end."""
    now_end, s_start, s_end = spans
    if _today_rx().search(text, now_end, cand.start) or _cue_rx("ongoing").search(text, s_start, s_end):
        return True
    end = _clause_end(text, cand, s_end)
    for w in _WORD.get().finditer(text, cand.end, end):
        if _ACTIVE_VERB.get().fullmatch(w[0]):
            end = w.start()
            break
    return bool(_cue_rx("event").search(text, cand.end, end))


# A rank's ordinal and what may stand between it and ``dari`` (``posisi pertama ditempati
# Taiwan dari``), at most `_LINK_WORDS` words; ``dari`` right before the count. A worded ordinal
# is ``ke`` and a number of at least three letters (``kedua``, ``ketiga``, ``kesembilan``).
_RANK_ORDINAL = LazyPattern(
    rf"\s++(?:(?i:ke)-?\s*+\d++|(?i:ke)\p{{Ll}}{{3,}}+|(?i:pertama)|\d++)(?:\s++[\w-]++){{0,{_LINK_WORDS}}}?"
    r"\s++(?i:dari)(?:\s++(?i:total))?+\s++"
)


def _rank_field(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """The field a rank is out of: a ``rank`` word of participants_negative.txt, an ordinal and
    ``dari`` right before the count (``menempati posisi kesembilan dari 10 tim``, ``peringkat
    ke-172 dari 186 negara``): a league's or a ranking's size, no count of who took part in the
    reported event. A ``self`` noun as the head or right after it says they took part all the
    same (``urutan kesembilan dari total 24 peserta``, ``urutan keempat dari 23 negara
    peserta``), and so does a relative clause saying they took part (`_took_part_after`)."""
    if cand.kind is HeadKind.SELF or _took_part_after(text, cand, s_end):
        return False
    ranks = [
        m.end()
        for m in _negative_rx("rank").finditer(text, max(s_start, cand.start - _COMPARE_CHARS), cand.start)
    ]
    if not ranks or _RANK_ORDINAL.get().fullmatch(text, ranks[-1], cand.start) is None:
        return False
    nxt = _WORD.get().match(text, _SPACES_AFTER.get().match(text, cand.end).end())
    return nxt is None or _heads_lower().get(nxt[0].lower()) is not HeadKind.SELF


def _took_part_after(text: str, cand: _Candidate, s_end: int) -> bool:
    """``yang`` right after the counted noun and a ``subject`` verb of participants_cues.txt next,
    past aspect words: a relative clause saying the counted took part (``urutan ketiga dari 5
    kelompok tani yang mengikuti lomba``, ``dari 10 tim yang akan berlaga``)."""
    words = _WORD.get().findall(text, cand.end, s_end)[: 1 + _AUX_WORDS + _OPEN_CUE_WORDS]
    if not words or words[0].lower() != "yang":
        return False
    return _cue_rx("subject").match(" ".join(_past_aux(words))) is not None


# ``konferensi pers``: a press conference is where figures are announced, not an event they attend;
# ``Kongres Pers Nasional``: a capitalised ``Pers`` with a capitalised word after it is an event's name
_PRESS_AFTER = LazyPattern(r"\s++(?:pers(?![\w-])|(?i:pers)(?![\w-])(?!\s++\p{Lu}))")


def _has_cue(text: str, start: int, end: int, kind: str = "cue") -> bool:
    """A ``kind`` phrase of participants_cues.txt between ``start`` and ``end``; an ``event``
    noun followed by ``pers`` names the press conference a speaker gives the figures at
    (``terang Aan dalam konferensi pers``), no event of the counts."""
    return any(
        kind != "event" or not _PRESS_AFTER.get().match(text, m.end())
        for m in _cue_rx(kind).finditer(text, start, end)
    )


def _any_cue(text: str, start: int, end: int) -> bool:
    return _has_cue(text, start, end) or _has_cue(text, start, end, "event")


@cache
def _words_of(kind: str, file: str = "participants_cues.txt") -> frozenset[str]:
    return frozenset(w.lower() for k, w in load_pairs(file) if k == kind)


def _in_frame(text: str, cand: _Candidate, s_start: int) -> bool:
    """Whether an event noun in the sentence is about this count.

    True when the count opens its clause (``Dalam rapat itu, 30 kepala desa …``,
    ``Sebanyak 50 UMKM …``), follows a linking word (``teleconference dengan puluhan
    pelaku UKM``, ``pelatihan bagi 50 UMKM``) or gives a total the clause opens on
    (``Jumlah pengunjung pameran mencapai ribuan orang``); false for ``membahas nasib 300
    guru``.
    """
    before = _unhedged(text[s_start : cand.start])  # the ``dari`` of ``lebih dari`` links nothing
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("("))
    words = [w.lower() for w in _WORD.get().findall(before[cut + 1 :])]
    if any(
        w in _words_of("link") and not _agent_of_passive(words, i)
        for i, w in enumerate(words)
        if i >= len(words) - 2
    ):
        return True
    opens_total = bool(words) and words[0] in _words_of("total") and words[-1] in _words_of("amount")
    if opens_total and 2 < len(words) <= _TOTAL_WORDS:
        return True
    timed = _past_time(words)
    opens = all(w in _words_of("opener") for w in timed)
    return opens and (timed is words or _event_object(text, cand))


def _past_time(words: list[str]) -> list[str]:
    """``words`` past a ``time`` word of participants_cues.txt opening them (``Sebelumnya
    ribuan penulis melakukan demonstrasi``, ``Kemarin, 120 guru …``): a time adverb before a
    subject count leaves the count opening its clause."""
    return words[1:] if words and words[0] in _words_of("time") else words


# Words from a subject count to the event noun its own verb takes as object, that verb included
# (``120 guru honorer menggelar unjuk rasa``: a modifier of the head, then the verb).
_EVENT_OBJECT_WORDS = 2
_ACTIVE_VERB = LazyPattern(r"(?:me|ber)\p{Ll}{3,}+")


def _event_object(text: str, cand: _Candidate) -> bool:
    """Whether the verb of the subject count ``cand`` takes an ``event`` noun as its object
    (``Sebelumnya ribuan penulis melakukan demonstrasi``): an active verb right before the event
    noun, within `_EVENT_OBJECT_WORDS` of the count. A count after a time adverb is the event's
    only when its own verb is the participation; an event noun elsewhere in the sentence frames
    what happened to it (``Kemarin dua anak hanyut saat lomba perahu``, ``Sebelumnya 300 warga
    menolak rencana festival``, ``Akhirnya 40 karyawan dipecat setelah seminar``: nothing)."""
    event = _cue_rx("event").search(text, cand.end)
    if event is None:
        return False
    between = _WORD.get().findall(text[cand.end : event.start()])
    return 0 < len(between) <= _EVENT_OBJECT_WORDS and bool(_ACTIVE_VERB.get().fullmatch(between[-1]))


_PASSIVE = LazyPattern(r"di\p{Ll}{4,}+")


def _agent_of_passive(words: list[str], i: int) -> bool:
    """``oleh`` after a passive verb names who did it (``didominasi oleh 3 tim``,
    ``diselenggarakan oleh 3 dinas``), not who took part; a participation verb before it
    (``diikuti oleh``) is a cue of its own."""
    return words[i] in _words_of("agent") and i > 0 and bool(_PASSIVE.get().fullmatch(words[i - 1]))


def _object_before(text: str, cand: _Candidate, s_start: int, kind: str = "object") -> bool:
    """An ``object`` verb right before the count, past amount words and ``oleh``
    (``diikuti oleh sebanyak 60 biker``, ``menyedot ribuan pengunjung``); a preposition
    right before the count (``hadir dalam tiga varian``) takes the count from the verb.
    ``kind="bring"``: the verbs that take only a lexicon head noun (``menurunkan 14 atlet``),
    and a count listed after that one (`_listed_after`), through a list of what the verb
    deploys (``mengerahkan 4 unit mobil, 2 unit motor dan 30 personel``)."""
    if _verb_before(text, cand.start, s_start, kind):
        return True
    start: int | None = cand.start
    for _ in range(_LIST_ITEMS if kind == "bring" else 0):
        start = _listed_after(text, start, s_start)
        if start is None:
            return False
        if _verb_before(text, start, s_start, kind):
            return True
    return False


# ``dan``/``serta``/``dengan`` or a comma right before a count, and the words between it and
# the count listed before
_AND_BEFORE = LazyPattern(r"(?:,?\s++(?i:dan|serta|dengan)|,)\s++\Z")
_LIST_GAP_WORDS = 5
# Items walked back from a count to its ``bring`` verb: a deployment lists vehicles and gear
# before its staff (``4 unit mobil operasional, 2 unit sepeda motor dan 30 personel``), three
# kinds at most in news-raw.
_LIST_ITEMS = 3


def _listed_after(text: str, start: int, s_start: int) -> int | None:
    """Where the count before this one starts, when ``dan``, ``serta``, ``dengan`` or a comma
    lists this one after it with a few words of its noun between and no verb, number or clause
    break (``diperkuat lima pemain putra dan empat pemain putri``, ``mengundang enam pelari elit
    pria dan lima pelari elit wanita``, ``enam unit mobil pemadam dengan 30 personel``); None
    otherwise."""
    window = max(s_start, start - _OBJECT_CHARS)
    join = _AND_BEFORE.get().search(text, window, start)
    if join is None:
        return None
    nums = find_numbers(text[window : join.start()])
    if not nums:
        return None
    a, b = nums[-1]
    gap = text[window + b : join.start()]
    words = _WORD.get().findall(gap)
    if not words or len(words) > _LIST_GAP_WORDS or _CLAUSE_BREAK.get().search(gap):
        return None
    if any(_VERB_SHAPED.get().fullmatch(w.lower()) for w in words):
        return None
    return window + a


def _audience(text: str, cand: _Candidate, s_start: int) -> bool:
    """An ``audience`` word of participants_cues.txt right before a count of a lexicon head
    (``tampil di depan ribuan penonton``, ``menyampaikan hal ini di depan 10 orang CEO``) in a
    clause that holds a speech verb, an ``audience_act`` word (a performance or a talk) or an
    ``event`` noun: the people the act is done before attend it. With no such word ``di depan``
    is where something happens before bystanders (``Bus itu terguling di depan puluhan siswa``).
    A speech verb counts only as the act itself, with no other verb between it and the audience:
    one that reports another clause (``Kapolsek menjelaskan mobil itu menabrak pagar sekolah di
    depan puluhan siswa``) says nothing of that clause's act."""
    if not _verb_before(text, cand.start, s_start, "audience"):
        return False
    lo = max(s_start, cand.start - _AUDIENCE_CHARS)
    clause = text[max(lo, text.rfind(",", lo, cand.start) + 1) : cand.start]
    words = [w.lower() for w in _WORD.get().findall(clause)]
    spoken = [i for i, w in enumerate(words) if w in speech_verbs()]
    said = bool(spoken) and not any(verb_like(w) for w in words[spoken[-1] + 1 :])
    return bool(said or _cue_rx("audience_act").search(clause) or _cue_rx("event").search(clause))


#: How far before an audience's count its act is read: a clause of news (`Maruf menyampaikan hal
#: ini di depan`), not the sentence before.
_AUDIENCE_CHARS = 120


def _verb_before(text: str, start: int, s_start: int, kind: str) -> bool:
    """A ``kind`` verb of participants_cues.txt right before the count at ``start``."""
    before = _WORD.get().findall(text, max(s_start, start - _OBJECT_CHARS), start)
    while before and (before[-1].lower() in _words_of("opener") or before[-1].lower() in _words_of("agent")):
        before.pop()
    before = before[-_OPEN_CUE_WORDS:]
    return bool(
        before and before[-1].lower() not in _words_of("apart") and _cue_rx(kind).search(" ".join(before))
    )


# Between a ``records`` noun and its count only ``dari`` and a hedge (``data dari lebih dari``):
# ``Menurut data, 500 peserta …`` and ``Berdasarkan data tercatat 500 peserta`` name a source.
_RECORDS_GAP = LazyPattern(rf"\s++(?P<taken>(?i:dari)\s++)?+(?:{qualifier_pattern()}\s++)?+")


def _records_of(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """People whose records a study reads: a ``records`` noun of participants_negative.txt right
    before the count, past ``dari`` and a hedge only, with ``dari`` there or a ``study`` word in
    the sentence (``Para peneliti … menganalisis data lebih dari 20.000 orang dewasa``,
    ``menggunakan data dari lebih dari 50.000 peserta dari Biobank``): they take part in no
    activity the article reports. Read off news-raw 0-9947: the three counts of this shape were
    all such studies. A source named before a count (``Data panitia mencatat 500 peserta``,
    ``Menurut data, sebanyak 500 peserta``) is not right before it; the noun alone names a source
    (``Sesuai data 2.500 pelari … ikut ambil bagian``, ``Panitia mencatat data 1.200 peserta``)."""
    nouns = list(_negative_rx("records").finditer(text, max(s_start, cand.start - _OBJECT_CHARS), cand.start))
    if not nouns:
        return False
    gap = _RECORDS_GAP.get().fullmatch(text, nouns[-1].end(), cand.start)
    if gap is None:
        return False
    return gap["taken"] is not None or bool(_negative_rx("study").search(text, s_start, s_end))


@cache
def _divided_rx() -> regex.Pattern[str]:
    """A ``divide`` phrase of participants_negative.txt right before a position (``dibagi
    menjadi``, ``terbagi dalam``, ``dibagi ke dalam``)."""
    return regex.compile(rf"{_negative_rx('divide').pattern}\s++\Z", regex.IGNORECASE)


def _figure_of_people(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A figure about people that counts no one taking part: the people a study's records hold
    (`_records_of`), the parts a group is divided into (`_divided`) or a mean (`_averaged`)."""
    return (
        _records_of(text, cand, s_start, s_end)
        or _divided(text, cand, s_start)
        or _averaged(text, cand, s_start, s_end)
    )


def _divided(text: str, cand: _Candidate, s_start: int) -> bool:
    """The parts a group is split into: a ``divide`` phrase right before a count of a ``part``
    noun of participants_negative.txt (``Para peserta dibagi menjadi lima kelompok``, ``Mereka
    terbagi dalam tiga kelompok terbang``): how the people who take part are grouped, not who
    takes part (GUIDELINES §5 counts people; the article gives their number elsewhere). A count of
    persons after the phrase is a breakdown, listed as §5 says (``dibagi menjadi 300 peserta putra
    dan 200 peserta putri``). Read off news-raw 0-9947 (session 39, fix39b): 2 counts dropped,
    both such parts (kelompok); none right lost."""
    if cand.who.lower() not in _words_of("part", "participants_negative.txt"):
        return False
    return _divided_rx().search(text, max(s_start, cand.start - _NEAR_CHARS), cand.start) is not None


# Words of an ``average`` word's own between it and the ``amount`` word before the count
# (``Rerata vaksinasi minggu lalu tercatat``).
_AVERAGE_GAP_WORDS = 3


@cache
def _averaged_rx() -> regex.Pattern[str]:
    """An ``average`` word of participants_negative.txt governing the count right after it:
    right before it, or with a few words of its own (no number, no ``yang`` and no
    ``demonstrative`` of people_roles.txt closing a noun phrase) and an ``amount`` word of
    participants_cues.txt between (``Rerata vaksinasi minggu lalu tercatat``, ``rata-rata
    pencari mencapai``)."""
    amount = alternation(_words_of("amount"))
    closing = alternation(["yang", *role_words("demonstrative")])
    return regex.compile(
        rf"{_negative_rx('average').pattern}"
        rf"(?:(?:\s++(?!(?i:{closing})(?![\w-]))[^\W\d]++){{0,{_AVERAGE_GAP_WORDS}}}?"
        rf"(?:\s++(?i:{amount})(?![\w-]))++)?"
        rf"\s++\Z",
        regex.IGNORECASE,
    )


def _averaged(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A mean, not a count: an ``average`` word governing the count in its own clause
    (`_averaged_rx`, `_own_clause`: ``Rerata vaksinasi minggu lalu tercatat 372 peserta``,
    ``dengan rata-rata pencari mencapai 1.820 orang``), a statistic over days or units as a
    ``rate`` is (GUIDELINES §5 counts the people at the reported activity). A mean of something
    else earlier in the clause leaves the count (``Peserta yang rata-rata berusia 20 tahun itu
    berjumlah 300 orang``, ``Lomba yang pesertanya rata-rata pelajar itu diikuti 300 siswa``), as
    does another clause's (``Rata-rata naik 5 persen, sedangkan lomba ini diikuti 300 pelari``).
    Read off news-raw 0-9947 (session 39, fix39b): 2 counts dropped (one page stored twice), both
    a weekly mean; none right lost."""
    c_start = _own_clause(text, cand, s_start, s_end)[0]
    return _averaged_rx().search(text, c_start, cand.start) is not None


def _open_cued(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A count of a noun the lexicon lacks is taken when a participation verb has it as its
    object right before it (``melibatkan 120 joki``, ``diikuti 40 pesilat``) or as its
    subject right after it, past a bracketed gloss (``35 ojol (ojek online) ikut``): the
    ``object`` and ``subject`` verbs of participants_cues.txt. ``mengikuti 27 bidang lomba``
    counts what they follow, ``empat pilar … diikuti`` the topics. A preposition right before
    the count (an ``apart`` word: ``hadir dalam tiga varian``) makes it no object of the verb;
    amount words may stand between (``diikuti oleh sebanyak 60 biker``), and the subject's
    verb may follow where they come from (``50 ojol dari berbagai aplikasi ikut``).
    """
    return (
        _object_before(text, cand, s_start)
        or _subject_after(text, cand, s_end)
        or _inverted_attend(text, cand, s_start)
    )


# Words of the phrase of where between an opening ``attend`` verb and its subject count
# (``Hadir dalam acara penyaluran bantuan itu``), at most this many: a place or an event
# named, not a clause of its own.
_INVERTED_WORDS = 6
# The demonstrative that ends such a phrase (``dalam kegiatan tersebut``): shaped like a ter-
# verb, no verb.
_DEMONSTRATIVE = "tersebut"


def _inverted_attend(text: str, cand: _Candidate, s_start: int, *, negated: bool = False) -> bool:
    """An ``attend`` verb in the first two words of the count's sentence, a preposition (an
    ``apart`` word) and the noun phrase of where, then the count: the subject that attends,
    written after its verb (``Hadir dalam acara itu puluhan KPM``, ``Turut hadir pada kegiatan
    tersebut 30 menteri``), recipients too. A verb-shaped word, a number or a clause break in the
    phrase is a clause of its own (``Hadir dalam jumpa pers yang dihadiri 30 wartawan itu``).
    The noun must name people (`_people_noun`): ``Hadir dalam festival itu 20 food truck``
    counts things. With ``negated``: whether a ``negation`` word opens the sentence right before
    that verb (``Tidak hadir dalam rapat itu 30 anggota DPRD``), whatever the noun and the phrase:
    the subject that did not attend."""
    if _CLAUSE_BREAK.get().search(text, s_start, cand.start):
        return False
    words = _WORD.get().findall(text, s_start, cand.start)
    verb = next((i for i, w in enumerate(words[:2]) if _cue_rx("attend").fullmatch(w)), None)
    if negated:
        return verb == 1 and words[0].lower() in _words_of("negation")
    if verb is None or not _people_noun(cand.who):
        return False
    if verb + 1 >= len(words) or words[verb + 1].lower() not in _words_of("apart"):
        return False
    where = words[verb + 2 :]
    return 0 < len(where) <= _INVERTED_WORDS and not any(
        w[:1].isdigit() or (w.lower() != _DEMONSTRATIVE and _VERB_SHAPED.get().fullmatch(w.lower()))
        for w in where
    )


# An acronym written in capitals (KPM, THL, ASN): with no verb of its own, the short name of a
# kind of people or of a body.
_ACRONYM_HEAD = LazyPattern(r"\p{Lu}{2,6}+")
_AGENT_NOUN_WORD = LazyPattern(_AGENT_NOUN)


def _people_noun(who: str) -> bool:
    """Whether the head noun ``who`` names people by its own word: a person or self noun of the
    lexicon, an agent noun, a post of officials_titles.txt (``menteri``, ``Bupati``) or an
    acronym in capitals (``KPM``); not a thing the lexicon lacks (``food``, ``Lamborghini``)."""
    low = who.lower()
    return (
        _heads_lower().get(low) in (HeadKind.PERSON, HeadKind.SELF)
        or _AGENT_NOUN_WORD.get().fullmatch(low) is not None
        or low in word_set("officials_titles.txt")
        or _ACRONYM_HEAD.get().fullmatch(who) is not None
    )


def _past_aux(words: list[str]) -> list[str]:
    """``words`` without the relative marker, the aspect and modal words and the describing
    ter- words between a subject and its verb (``yang``, ``akan``, ``siap``, ``terbaik``:
    ``enam tim yang siap bersaing``, ``delapan tim terbaik siap bersaing``)."""
    return [w for w in words if not _skipped(w)]


def _skipped(word: str) -> bool:
    """An ``aux`` or a ``modifier`` word of participants_cues.txt: no verb of a count's own."""
    low = word.lower()
    return low in _words_of("aux") or low in _words_of("modifier")


def _past_modifiers(words: list[str]) -> list[str]:
    """``words`` past the lower-case words of the head noun's own right after it (``700 jemaah
    haji``, ``120 siswa sekolah dasar``), at most `_MODIFIER_WORDS`: no verb, verb-shaped word,
    ``negation``, ``aux`` or ``copula`` word, pronoun or number."""
    i = 0
    while i < min(len(words), _MODIFIER_WORDS) and _modifier(words[i]):
        i += 1
    return words[i:]


def _modifier(word: str) -> bool:
    low = word.lower()
    return (
        word[0].islower()
        and not _skipped(word)
        and low not in _words_of("negation")
        and low not in _words_of("copula")
        and not _cue_rx("subject").fullmatch(word)
        and not _VERB_SHAPED.get().fullmatch(low)
        and not _pronoun_before(word)
    )


def _past_name(words: list[str]) -> list[str]:
    """``words`` past the name right after a head noun that says whose or where from (``ratusan
    warga Kecamatan Balikbukit antusias``, its ``place`` word in lower case too: ``warga
    kecamatan Selagai Lingga``); a capitalised verb of a headline is no name (``Ratusan Petani
    Geruduk Kantor DPRD``)."""
    i = 0
    while i < len(words):
        if words[i][0].isupper() and not _cue_rx("subject").fullmatch(words[i]):
            i += 1
        elif words[i].lower() in _words_of("place") and i + 1 < len(words) and words[i + 1][0].isupper():
            i += 1  # warga kecamatan Selagai Lingga: a place name opened by its word in lower case
        else:
            break
    return words[i:]


# ``dengan 13 kuda``, ``beserta 4 pelatih``: what a count of people comes with, right after it
_WITH = LazyPattern(r"\s++(?i:dengan|beserta)\s++")
_NOUN_AFTER = LazyPattern(r"\s++\p{Ll}[\p{Ll}-]*+(?![\w-])")


def _accompanied_end(text: str, pos: int) -> int:
    """Where a phrase of what a count of people comes with ends when one opens at ``pos``: ``dengan``
    or ``beserta``, a number and one lower-case noun (``11 atlet dengan 13 kuda yang tampil``,
    ``20 pemain beserta 4 pelatih berangkat``); the verb after it is the people's. ``pos`` when
    there is none."""
    link = _WITH.get().match(text, pos)
    nums = find_numbers(text[link.end() : link.end() + _NEAR_CHARS]) if link else ()
    if not nums or nums[0][0] != 0:
        return pos
    noun = _NOUN_AFTER.get().match(text, link.end() + nums[0][1])
    return noun.end() if noun else pos


def _subject_after(text: str, cand: _Candidate, s_end: int, kind: str = "subject") -> bool:
    """A ``subject`` verb (or one of another ``kind`` of participants_cues.txt) right after the
    count (``35 ojol ikut``, ``95 warga dilayani``), past ``yang`` and aspect words (``14 pesilat
    yang tengah berlatih``), a bracketed gloss, what a count of people comes with
    (`_accompanied_end`) or where they come from (see `_open_cued`)."""
    gloss = _GLOSS.get().match(text, cand.end)
    after_start = gloss.end() if gloss else cand.end
    if cand.kind in _SUMMED_KINDS:
        after_start = _accompanied_end(text, after_start)
    after = _WORD.get().findall(text, after_start, s_end)[: _OPEN_CUE_WORDS + 1 + _AUX_WORDS]
    # A noun the lexicon lacks needs its verb right after it: past a name, a word such as
    # ``saat`` or ``sejak`` would read as a noun (``posisi enam saat Nico Hulkenberg bersaing``).
    # A capitalised one is a name's first word: the name may go on (``114 Stakeholders PGI DKI
    # yang terlibat``).
    lower_open = cand.kind is HeadKind.OPEN and not text[cand.head_start].isupper()
    named = after if lower_open else _past_name(after)
    near = _past_aux(named)[: _OPEN_CUE_WORDS + 1]
    verb = _cue_rx(kind).search(" ".join(near))
    if verb is not None and not _pronoun_before(" ".join(near)[: verb.start()]):
        return True
    if not after or after[0].lower() not in _words_of("origin"):
        return False
    # ``120 biker dari berbagai komunitas di Jawa Tengah mengikuti``: past where they come from
    after = _WORD.get().findall(text, after_start, _origin_end(text, after_start, s_end))[:_ORIGIN_WORDS]
    # ``menyalip 11 rider di depannya untuk bisa bersaing``: a purpose clause's verb is the subject's
    return bool(_cue_rx(kind).search(" ".join(_before_purpose(after))))


@cache
def _place_goes_on_rx() -> regex.Pattern[str]:
    """A comma and the next administrative level's capitalised name (``, Kecamatan Metro Utara``)."""
    return regex.compile(rf",\s*+(?i:{alternation(_words_of('place'))})\s++\p{{Lu}}")


def _origin_end(text: str, start: int, s_end: int) -> int:
    """Where the phrase of where they come from ends: at its clause's break, past a comma the
    next administrative level goes on after (``ratusan petani di Kelurahan Banjarsari, Kecamatan
    Metro Utara merayakan``)."""
    pos = start
    while (brk := _CLAUSE_BREAK.get().search(text, pos, s_end)) is not None:
        if not _place_goes_on_rx().match(text, brk.start()):
            return brk.start()
        pos = brk.end()
    return s_end


def _modified_subject(text: str, cand: _Candidate, s_end: int) -> bool:
    """A count of a lexicon head noun with lower-case words of its own after it, then its verb:
    ``Tujuh atlet panjat tebing andalan Indonesia bertolak``, ``12 pelajar tingkat SMA se-Kota
    Metro antusias mengantre``. The first verb of the clause, within a few words (`_ORIGIN_WORDS`)
    and past ``yang`` and aspect words, must be a ``subject`` verb of participants_cues.txt;
    any other word shaped like a verb (``memutuskan``, ``tergabung``), a number (another
    count), a ``negation`` word, a copula (``merupakan``: what follows is no verb of theirs) or a
    pronoun ends the search with no verb."""
    if cand.kind not in (HeadKind.PERSON, HeadKind.SELF):
        return False
    words = _WORD.get().findall(text, cand.end, _clause_end(text, cand, s_end))[:_ORIGIN_WORDS]
    for word in words:
        low = word.lower()
        if low in _words_of("copula"):
            return False  # 10 juta pekerja asing itu merupakan hoaks yang turut …: a noun's clause
        if _skipped(word):
            continue
        if _cue_rx("subject").fullmatch(word):
            return True
        if _VERB_SHAPED.get().fullmatch(low) or word[0].isdigit() or low in _words_of("negation"):
            return False
        if _pronoun_before(word):
            return False
    return False


@cache
def _advance_rx() -> regex.Pattern[str]:
    """An ``advance`` verb of participants_cues.txt and a ``stage`` of the competition it goes on
    to, past ``aux`` and ``modifier`` words (``yang berhasil melaju ke babak``, ``teratas akan
    lolos ke babak gugur``, ``memastikan lolos ke semifinal``), or a ``ticket`` phrase and the
    stage with or without ``ke`` (``berburu tiket final``: group ``ticket``)."""
    aux = alternation(_words_of("aux") | _words_of("modifier"))
    advance = alternation(_words_of("advance"), space=r"\s++")
    ticket = alternation(_words_of("ticket"), space=r"\s++")
    stage = alternation(_words_of("stage"), space=r"\s++")
    return regex.compile(
        rf"(?:\s++(?:{aux}))*+\s++(?:(?:{advance})\s++(?:ke|di)\s++|(?P<ticket>(?:{ticket})\s++(?:(?:ke|di)\s++)?))"
        rf"(?:{stage})(?![\w-])",
        regex.IGNORECASE,
    )


def _competitor(who: str) -> bool:
    """``who`` names those who compete: a ``team`` noun of participants_cues.txt (``tim``,
    ``regu``, ``kontingen``) or a ``competitor`` noun, a closed class of sports nouns for people
    who compete (``atlet``, ``pebulutangkis``, ``pelari``, ``pasangan``, ``finalis``)."""
    low = who.lower()
    return low in _words_of("team") or low in _words_of("competitor")


def _advances(text: str, cand: _Candidate, s_end: int) -> bool:
    """A count of a lexicon head noun whose verb right after it takes it on to a later stage of
    the competition (``Empat tim memastikan lolos ke semifinal``, ``12 tim yang berhak melaju ke
    babak semifinal``): those who go on take part in that stage of the reported event (GUIDELINES
    §5; the news annotations count ``Empat tim memastikan lolos ke semifinal``). Only a stage
    (``stage`` in participants_cues.txt): qualifying for another event (``lolos ke Piala Dunia``,
    ``berhak tampil di Asian Games``) says where they will go, not what they take part in here.
    Up to `_MODIFIER_WORDS` lower-case words of the head noun's own may come first (``empat tim
    ganda putri yang akan melaju ke babak semifinal``, ``25 pebulutangkis belia yang akan
    melaju``): read off news-raw 0-9947 (session 38), 2 counts gained, both right, none lost.
    A ticket to the stage (``Empat tim berburu tiket final``, ``Delapan pebulutangkis …``) is a
    competitor's only (`_competitor`): ``Ribuan suporter berburu tiket final``, ``Puluhan
    wartawan berburu tiket final`` buy seats or passes to watch or report it."""
    if cand.kind not in _SUMMED_KINDS:
        return False
    starts = [cand.end]  # and after each modifier: empat tim ganda putri yang akan melaju ke …
    for i, word in enumerate(_WORD.get().finditer(text, cand.end, s_end)):
        if i >= _MODIFIER_WORDS or not _modifier(word[0]):
            break
        starts.append(word.end())
    found = (_advance_rx().match(text, start, s_end) for start in starts)
    return any(m is not None and (m["ticket"] is None or _competitor(cand.who)) for m in found)


def _pronoun_before(words: str) -> bool:
    """A pronoun before the verb after a count makes the verb its own (``lima turnamen terakhir
    yang ia ikuti``: what she took part in, not who): a ``possessive`` word of
    participants_negative.txt or ``ia``."""
    return any(w.lower() == "ia" or _negative_rx("possessive").fullmatch(w) for w in words.split())


def _negated(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A ``negation`` word before the verb right after the count (``131 pelamar tidak hadir``,
    ``20 tim yang batal ikut``) or right before it (``yang tidak hadir 3 orang``): those who
    did not take part."""
    # past the noun's own words and a name after it: ``700 jemaah haji Lampung Timur tidak
    # berangkat``; within the clause (``700 jemaah haji, sebagian tidak berangkat`` counts)
    after = _WORD.get().findall(text, cand.end, _clause_end(text, cand, s_end))
    after = after[: _OPEN_CUE_WORDS + 1 + _AUX_WORDS + _ORIGIN_WORDS]
    after = _past_aux(_past_name(_past_modifiers(after)))[: _OPEN_CUE_WORDS + 1 + _AUX_WORDS]
    if (
        len(after) > 1
        and after[0].lower() in _words_of("negation")
        and _cue_rx("subject").match(" ".join(after[1 : _OPEN_CUE_WORDS + 1]))
    ):
        return True
    if _inverted_attend(text, cand, s_start, negated=True):
        return True
    before = _WORD.get().findall(text, max(s_start, cand.start - _OBJECT_CHARS), cand.start)
    while before and before[-1].lower() in _words_of("opener"):
        before.pop()
    if len(before) < 2 or before[-2].lower() not in _words_of("negation"):
        return False
    return bool(_cue_rx("subject").fullmatch(before[-1]))


def _participates(text: str, cand: _Candidate, starts: list[int], referred: set[str]) -> bool:
    if cand.quantity.value == _ONE and not cand.quantity.approximate:
        return False  # one of something per something else (satu bendera dibawa satu orang)
    i, s_start, s_end = _sentence_of(starts, text, cand.start)
    if _attending_recipients(text, cand, s_start, s_end):
        return True  # dihadiri oleh 150 Keluarga Penerima Manfaat: recipients who attend
    if _negative_near(text, cand, s_start, s_end) or _compared(text, cand, s_start):
        return False
    if _figure_of_people(text, cand, s_start, s_end):
        return False  # menganalisis data lebih dari 20.000 orang, dibagi menjadi lima kelompok
    had = _had(text, cand, s_start, s_end)
    if had == "own":
        return False
    if had == "relative" and not (_has_cue(text, cand.end, s_end) or _object_before(text, cand, s_start)):
        return False  # 643 pendaftar yang memiliki KIP: only what the counted people have
    if _negated(text, cand, s_start, s_end) or _rank_field(text, cand, s_start, s_end):
        return False
    if _whole_first(text, cand, s_start, s_end) or _cumulative(text, cand, s_start, s_end):
        return False
    if _recurring(text, cand, s_start, s_end) or _scheme_members(text, s_start, s_end):
        return False  # setiap tahun … mencapai 1 juta orang: a rate; peserta JKN: a scheme's members
    if cand.kind in (HeadKind.LABEL, HeadKind.PART):
        return False  # only as a part of a breakdown (`_breaks_down`)
    if cand.kind is HeadKind.OPEN:
        return _open_cued(text, cand, s_start, s_end)
    if cand.kind is HeadKind.SELF or cand.who.lower() in referred:
        return True
    if _subject_after(text, cand, s_end):
        return True  # diserahkan kepada 150 warga yang hadir: recipients who attend take part
    if _negative_near(text, cand, s_start, s_end, "recipient"):
        return False  # rapat … 1.200 warga yang belum menerima bantuan: recipients, not attendees
    said = _said_from(text, s_start, cand.start)
    if _has_cue(text, said, cand.start) or _has_cue(text, cand.end, s_end):
        return True
    if _object_before(text, cand, s_start) or _subject_after(text, cand, s_end):
        return True  # menyedot ribuan pengunjung, 95 warga dilayani: a verb next to any head
    if _modified_subject(text, cand, s_end) or _advances(text, cand, s_end):
        return True  # Tujuh atlet panjat tebing andalan Indonesia bertolak …
    if (
        _object_before(text, cand, s_start, "bring")
        or _rivals(text, cand, s_start, s_end)
        or _team_size(text, cand, s_start)
    ):
        return True  # menurunkan 14 atlet, bersaing dengan 23 atlet lainnya: only a lexicon head
    if _audience(text, cand, s_start):
        return True  # tampil di depan ribuan penonton: the audience of a performance
    if _posted(text, cand, s_start):
        return True  # menempatkan 9 anggota: staff posted
    if _deployed(text, cand, s_end):
        return True  # 1.600 personel yang disiagakan: staff deployed to the operation
    if _relative_total(text, cand, s_start, s_end):
        return True  # yang divaksin sebanyak 132 orang: the people the relative clause says did it
    if _surveyed(text, cand, s_start, s_end) or _sampled(
        text, cand, starts[i - 1] if i else s_start, s_start, s_end
    ):
        return True  # survei CSIS terhadap 170 responden: the people a survey asks
    in_event = _has_cue(text, said, cand.start, "event") or _has_cue(text, cand.end, s_end, "event")
    if in_event and _in_frame(text, cand, s_start):
        return True
    return _followed_up(text, starts, i, s_start)


def _followed_up(text: str, starts: list[int], i: int, s_start: int) -> bool:
    """The count's people are taken up by the next sentence (``Mereka``, ``Para peserta``) that
    holds a cue, or the count's sentence takes up the people of a cued sentence before it."""
    if i + 1 < len(starts):
        n_start = starts[i + 1]
        n_end = min(starts[i + 2] if i + 2 < len(starts) else len(text), n_start + _WINDOW)
        # ``… 360 orang penyandang disabilitas. Mereka memperoleh program pelatihan``
        if _FOLLOWUP.get().match(text, n_start) and _any_cue(text, n_start, n_end):
            return True
    if i > 0 and _FOLLOWUP.get().match(text, s_start):
        # ``… mengukuhkan Duta Hemat Energi. Mereka berasal dari enam SD dan tiga SMP``
        return _any_cue(text, max(starts[i - 1], s_start - _WINDOW), s_start)
    return False


# Words of the team a ``bring`` verb deploys before the ``size`` words of its count, at most
# this many (``menurunkan Tim Tanggap Darurat / Emergency Response Group (ERG) dengan total``):
# a name, not a clause of its own.
_TEAM_WORDS = 8


def _team_size(text: str, cand: _Candidate, s_start: int) -> bool:
    """The size of the team a ``bring`` verb deploys, given after the team's name by a ``size``
    word of participants_cues.txt (``menurunkan Tim Tanggap Darurat dengan total lebih dari 50
    personel``, ``mengerahkan Satgas Gabungan dengan jumlah 120 personel``): those deployed take part,
    as with the count right after the verb (`_object_before`). A lexicon head only; the name opens
    with a capitalised ``team`` noun (``Tim``, ``Satgas``, ``Pasukan``: ``menurunkan penumpang
    dengan jumlah 12 orang`` offloads passengers, ``menyiapkan ruang kelas … dengan jumlah 120
    orang`` readies rooms), with no clause break, number or other verb-shaped word in it."""
    if cand.kind not in (HeadKind.PERSON, HeadKind.SELF):
        return False
    before = _unhedged(text[s_start : cand.start])
    size = [*_cue_rx("size").finditer(before)][-1:]
    if not size or before[size[0].end() :].strip():
        return False
    named = _GLOSS.get().sub(" ", before[: size[0].start()])  # Tim … (ERG): a gloss of the name
    breaks = [*_CLAUSE_BREAK.get().finditer(named)][-1:]
    words = _WORD.get().findall(named[breaks[0].end() if breaks else 0 :])
    verb = next((i for i in range(len(words) - 1, -1, -1) if _cue_rx("bring").fullmatch(words[i])), None)
    if verb is None:
        return False
    name = words[verb + 1 :]
    return (
        0 < len(name) <= _TEAM_WORDS
        and name[0][:1].isupper()
        and name[0].lower() in _words_of("team")
        and not any(w[:1].isdigit() or _VERB_SHAPED.get().fullmatch(w.lower()) for w in name)
    )


def _unhedged(before: str) -> str:
    """``before`` (the sentence's words up to a count) cut at a qualifier of the count (``lebih
    dari``, ``sekitar``): the qualifier's words belong to the count, not to what frames it."""
    hedge = _qualifier_rx().search(before)
    return before[: hedge.start()] if hedge else before


def _said_from(text: str, s_start: int, start: int) -> int:
    """Where the reported content holding the count at ``start`` begins: past the last
    ``reported`` word of participants_cues.txt (``bahwa``) before it in its sentence, else the
    sentence start. A participation word before that word frames the speaker, not the count
    (``Menteri memaparkan dalam rapat kerja bahwa lebih dari 600 ribu siswa mengalami gangguan``:
    the meeting is where it was said)."""
    said = [*_cue_rx("reported").finditer(text, s_start, start)][-1:]
    return said[0].end() if said else s_start


def _had(text: str, cand: _Candidate, s_start: int, s_end: int) -> str | None:
    """A ``having`` verb of participants_negative.txt by the count: ``"own"`` as the count's
    object's verb right before it (``ibu yang telah memiliki dua anak``, ``akun yang memiliki 1,2
    juta pengikut``) or as the count's own verb right after it past ``aux`` words but ``yang``
    (``sebanyak 60 orang kini mempunyai pekerjaan … melalui pelatihan``): what people have is a
    state, not taking part in the reported activity (GUIDELINES §5), whatever event the sentence
    names. ``"relative"`` as the verb of a relative clause on the counted people (``643 pendaftar
    yang memiliki KIP``): it only describes them, and `_participates` keeps the count only with a
    verb of taking part of its own, after the clause (``300 peserta yang memiliki sertifikat
    mengikuti ujian``) or right before it (``diikuti 120 pelari yang memiliki nomor dada``).
    Read off news-raw (session 33: 4 wrong counts dropped, 0 right)."""
    before = _WORD.get().findall(text, max(s_start, cand.start - _NEAR_CHARS), cand.start)[-1:]
    if any(_negative_rx("having").fullmatch(w) for w in before):
        return "own"
    words = _WORD.get().findall(_clause_after(text, cand, s_end))[:_AUX_WORDS]
    verb = next((k for k, w in enumerate(words) if not _skipped(w)), None)
    if verb is None or not _negative_rx("having").fullmatch(words[verb]):
        return None
    return "relative" if any(w.lower() == "yang" for w in words[:verb]) else "own"


def _posted(text: str, cand: _Candidate, s_start: int) -> bool:
    """Staff posted to the reported operation: a ``post`` verb of participants_cues.txt right
    before a count of a ``posted`` noun (``Polres menempatkan 12 anggota yang bertugas
    bergantian``, ``menempatkan 10 personel siaga di jalur mudik``). With any other noun it is a
    line-up or a ranking (``menempatkan tiga pemain penyerang``, ``menempatkan dua atletnya di
    jajaran elit``)."""
    return cand.who.lower() in _words_of("posted") and _verb_before(text, cand.start, s_start, "post")


@cache
def _relative_verb_rx() -> regex.Pattern[str]:
    """A relative clause whose verb is a ``subject`` or ``deployed`` verb of participants_cues.txt,
    a few words of its own, and an ``amount`` word, maybe a hedge, right before a position: the
    total of those who did it (``sedangkan yang divaksin sebanyak``, ``Personel yang diterjunkan
    untuk mengatasi sampah ada``), as a participation verb right after a count makes it its
    subject's (`_subject_after`). Read off news-raw 0-9947 (session 37): of such counts the
    record lacked, 2 right (those vaccinated at a drive, staff sent to clear rubbish), 0 wrong;
    a target (``menargetkan peserta yang terlibat sebanyak``) is ruled out before."""
    verbs = alternation([*_words_of("subject"), *_words_of("deployed")], space=r"\s++")
    amount = alternation(_words_of("amount"))
    return regex.compile(
        rf"(?<![\w-])(?i:yang)(?:\s++(?i:{alternation(_words_of('aux'))}))*+\s++(?i:{verbs})(?![\w-])"
        rf"(?:\s++[\w-]++){{0,{_TOTAL_GAP_WORDS}}}?\s++(?i:{amount})(?:\s++{qualifier_pattern()})?+\s++\Z"
    )


def _relative_total(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """A total after a relative clause of taking part (`_relative_verb_rx`), unless it is a
    running total: an ``until`` word and a ``now`` phrase in the count's own clause (`_own_clause`:
    ``Warga yang divaksin hingga kini sebanyak 1,2 juta orang``, ``… sebanyak 1,2 juta orang hingga
    kini``) or alone in the segment that opens it (``Hingga kini, warga yang divaksin …``): up to
    the present, as `_until_now`; or a region named in the relative clause (`_region_named`) in a
    sentence that names no ``event`` (``Warga yang divaksin di Kota Bogor sebanyak 450.000
    orang``: a region's total, no one activity's). A venue is no region (``yang divaksin di
    Puskesmas Cibinong sebanyak 300 orang``: one drive's total). Read off news-raw 0-9947
    (session 37, fix37d; fix37i): the rule's 2 counts (those vaccinated on a drive's first day,
    staff sent to clear rubbish) have neither and stay."""
    rel = _relative_verb_rx().search(text, max(s_start, cand.start - _NEAR_CHARS * 2), cand.start)
    if rel is None:
        return False
    c_start, c_end, opener = _own_clause(text, cand, s_start, s_end)
    if _until_now_rx().search(text, c_start, c_end) or _until_now_rx().fullmatch(
        text[opener[0] : opener[1]].strip()
    ):
        return False
    return not _region_named(text, rel.start(), cand.start) or _has_cue(text, s_start, s_end, "event")


def _region_named(text: str, start: int, end: int) -> bool:
    """Whether ``di`` in ``text[start:end]`` names a region: a ``place`` word of
    participants_cues.txt and a capitalised word (``di Kota Bogor``, ``di Kecamatan Cibinong``)
    or a region of the gazetteers (`match_region`: ``di Bogor``); not a venue (``di Puskesmas
    Cibinong``, ``di GOR Pakansari``)."""
    for di in _DI_WORD.get().finditer(text, start, end):
        toks = tokenize(text[di.end() : end])
        if len(toks) > 1 and toks[0].text.lower() in _words_of("place") and toks[1].text[:1].isupper():
            return True
        if toks and match_region(toks, 0, len(toks), kecamatan=True) > 0:
            return True
    return False


_DI_WORD = LazyPattern(r"(?<![\w-])(?i:di)(?![\w-])")


def _deployed(text: str, cand: _Candidate, s_end: int) -> bool:
    """Staff deployed to the reported operation: a ``deployed`` verb of participants_cues.txt (a
    passive: ``dikerahkan``, ``disiagakan``) after the count in its own clause, as its subject's
    verb (`_subject_after`: ``300 personel gabungan dikerahkan untuk mengamankan``, ``1.600
    personel yang disiagakan``). Past a comma the verb is another noun's (``hampir 2.000
    personel militer dan polisi, termasuk 156 perempuan, yang dikerahkan``: troops abroad)."""
    return _subject_after(text, cand, _clause_end(text, cand, s_end), "deployed")


def _surveyed(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """The people a reported survey is held on: a ``surveyed`` word of participants_cues.txt
    right before the count, past amount words, in a sentence naming a ``survey`` noun
    (``Survei CSIS terhadap 170 responden``, ``survei … digelar kepada 2.158 orang dewasa``).
    Elsewhere ``terhadap`` names what an action is done to (``pengawasan secara online
    terhadap 104 pelaku usaha``), so it is no ``link`` word of `_in_frame`."""
    survey = _has_cue(text, s_start, cand.start, "survey") or _has_cue(text, cand.end, s_end, "survey")
    return survey and _verb_before(text, cand.start, s_start, "surveyed")


def _sampled(text: str, cand: _Candidate, p_start: int, s_start: int, s_end: int) -> bool:
    """A survey's sample given as its size: a ``sample`` word of participants_cues.txt right
    before the count (``Ada 2.000 responden dalam survei ini``, ``Survei dilakukan … Total ada
    424 responden``, ``Jumlah sampel 1.220 responden``), a ``survey`` noun in the sentence before
    (from ``p_start``) or after the count in its own: one before it in its own sentence reports a
    finding (``Hasil survei menunjukkan ada 40 responden yang tidak puas``)."""
    before = _WORD.get().findall(text, max(s_start, cand.start - _OBJECT_CHARS), cand.start)
    if not (before and before[-1].lower() in _words_of("sample")):
        return False
    if _finding_subset(text, cand, s_end) or _sample_given_before(text, cand, p_start, s_start):
        return False
    return _has_cue(text, p_start, s_start, "survey") or _has_cue(text, cand.end, s_end, "survey")


def _finding_subset(text: str, cand: _Candidate, s_end: int) -> bool:
    """The counted people described by what they answered, chose or felt: ``yang`` right after
    the head noun, then a speech verb, a ``finding`` verb or a ``negation`` word of
    participants_cues.txt (``Ada 40 responden yang mengaku tidak puas``, ``yang tidak puas``): a
    part of the sample a finding reports, not its size (``yang tersebar di 20 provinsi`` is)."""
    words = [w.lower() for w in _WORD.get().findall(text, cand.end, s_end)[:2]]
    if len(words) < 2 or words[0] != "yang":
        return False
    return words[1] in speech_verbs() or words[1] in _words_of("finding") | _words_of("negation")


def _sample_given_before(text: str, cand: _Candidate, p_start: int, s_start: int) -> bool:
    """The sentence before (from ``p_start``) already gives a count of the same head noun
    (``Survei … terhadap 1.200 responden. Ada 40 responden …``): the sample is that one, and
    this count a part of it."""
    words = [w.lower() for w in _WORD.get().findall(text, p_start, s_start)]
    return any(a[:1].isdigit() and b == cand.who.lower() for a, b in pairwise(words))


def _rivals(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """The other competitors: a ``rival`` verb of participants_cues.txt and ``dengan`` right
    before the count, an ``others`` word right after its head noun (``akan bersaing dengan 23
    atlet lainnya``); an aspect word may stand between verb and ``dengan`` (``bertanding pula
    dengan``). Without ``lain`` the ``dengan`` names what they compete against."""
    before = _WORD.get().findall(text, max(s_start, cand.start - _OBJECT_CHARS), cand.start)
    if len(before) < 2 or before[-1].lower() != "dengan":
        return False
    verb = [w for w in before[-3:-1] if w.lower() not in _words_of("aux")][-1:]
    if not verb or not _cue_rx("rival").fullmatch(verb[0]):
        return False
    gap = _SPACES.get().match(text, cand.end)
    after = _WORD.get().match(text, gap.end()) if gap else None
    return after is not None and after.end() <= s_end and after[0].lower() in _words_of("others")


# The negative word a count of recipients is named by (Keluarga Penerima Manfaat).
_RECIPIENT_NOUN = "penerima"


def _attending_recipients(text: str, cand: _Candidate, s_start: int, s_end: int) -> bool:
    """Recipients who attend: an ``attend`` verb right before the count (``dihadiri oleh 150
    Keluarga Penerima Manfaat``) and ``penerima`` as the only ``never`` word in the words right
    after it, within its clause (not ``korban``, ``pasien``; nor ``penerima`` with another)."""
    if cand.kind not in (HeadKind.PERSON, HeadKind.SELF, HeadKind.OPEN):
        return False
    if not _object_before(text, cand, s_start, "attend"):
        return False
    words = _WORD.get().findall(text, cand.start, _clause_end(text, cand, s_end))[:_NEG_AFTER_WORDS]
    hits = [m[0].lower() for m in _negative_rx().finditer(" ".join(words))]
    return bool(hits) and all(h == _RECIPIENT_NOUN for h in hits)


def _linked(text: str, cand: _Candidate, prev: _Candidate | None, prev_ok: bool) -> bool:
    """A group count needs a linking word or a participation verb it is the subject of, or to
    continue a list of accepted group counts. A preposition right before it that links nothing
    (an ``apart`` word that is no ``group`` word: ``menghadirkan listrik di 6 pekon``) says where
    something happens, whatever verb stands before it."""
    before = text[max(0, cand.start - 40) : cand.start]
    words = [w.lower() for w in _WORD.get().findall(before)[-_LINK_WORDS:]]
    apart = bool(words) and words[-1] in _words_of("apart") - _words_of("group")
    if not apart and any(w in _words_of("group") for w in words):
        return True
    if _subject_after(text, cand, sentence_end(text, cand.end)):
        return True  # Tiga negara akan ikut ambil bagian: the subject of a participation verb
    if prev is not None and prev_ok and prev.group:
        gap = text[prev.end : cand.start]
        return bool(regex.fullmatch(r"(?i:\s*+(?:,|dan|serta|,\s*+dan)\s*+)", gap))
    return False


def _breaks_down(
    text: str, total: _Candidate | None, cand: _Candidate, starts: list[int], reach: int = 0
) -> bool:
    """A part of an accepted count after a breakdown word, in its sentence or in a next one that
    opens on the breakdown: ``40 peserta, terdiri dari 25 siswa dan 15 guru``, ``diikuti 60
    orang dengan rincian 35 laki-laki dan 25 perempuan``, ``… 87 orang. Dari jumlah itu, 60
    orang merupakan pelajar dan 27 orang mahasiswa`` (GUIDELINES §5: a breakdown is listed
    too). ``reach``: the end of the total's last part taken so far, from which the next part
    is within `_BREAKDOWN_CHARS` (a long list of parts goes on part by part)."""
    if total is None or cand.start - max(total.end, reach) > _BREAKDOWN_CHARS:
        return False
    breaks = sentence_breaks(text, total.end, cand.start)
    opens = len(breaks) == 1 and (
        _cue_rx("resume").match(text, breaks[0][1]) is not None or _names_total(text, breaks[0][1], total)
    )
    if breaks and not opens:
        return False
    cues = list(_cue_rx("breakdown").finditer(text, total.end, cand.start))
    if not cues:
        return False
    # The list ends at a new verb: ``terdiri dari 15 pemain dan juga didukung 25 sponsor``.
    gap = _WORD.get().findall(text, cues[-1].end(), cand.start)
    if any(_VERB_SHAPED.get().fullmatch(w.lower()) for w in _past_aux(gap)):
        return False
    _, s_start, s_end = _sentence_of(starts, text, cand.start)
    if _negated(text, cand, s_start, s_end):
        return False  # Dari jumlah itu, 5 orang tidak hadir
    return not (_negative_near(text, cand, s_start, s_end) or _compared(text, cand, s_start))


# The kinds of head noun a part of an unmarked breakdown may have (`_sums_to_total`): people
# named by the lexicon (person or self); nouns the lexicon lacks, places, bodies and labels only
# after a breakdown word.
_SUMMED_KINDS = frozenset({HeadKind.PERSON, HeadKind.SELF})
# A contrast between a total and the counts after it: those are set against the total, not
# split from it (``datang 134 orang, sedangkan yang divaksin 132 orang``).
_CONTRAST = LazyPattern(r"(?<![\w-])(?i:sedangkan|sementara|namun|tetapi|tapi)(?![\w-])")


def _sums_to_total(
    text: str, cands: list[_Candidate], i: int, total: _Candidate | None, starts: list[int]
) -> bool:
    """A part of an accepted count that the next counts add up to, with no breakdown word:
    ``menempatkan 9 anggota. Sebanyak 4 orang pada siang dan 4 orang bertugas malam, serta satu
    pengendali`` (4 + 4 + 1 = 9). The parts are the counts right after the total, exact, of
    people named by the lexicon, two or more, all in one sentence (the total's or the next),
    with no contrast word before them; their sum equal to the total is the article's own sign
    that they split it (GUIDELINES §5: a breakdown is listed too). The list opens on the
    total's noun or ``orang`` (`_opens_on_total`), and no words after a part make it victims,
    winners or recipients (`_negative_near`): ``diikuti 6 peserta. Sebanyak dua orang juri dan empat orang
    panitia`` and ``10 personel … 4 orang warga meninggal dunia dan 6 orang luka-luka`` add up by
    chance."""
    value = cands[i].quantity.value
    if total is None or total.quantity.value is None or value is None or not total.quantity.value > value:
        return False
    first = next((j for j, c in enumerate(cands) if c.start >= total.end), len(cands))
    if first > i or not _opens_on_total(cands[first], total):
        return False
    found, j = 0, first
    while j < len(cands) and found < total.quantity.value:
        part = cands[j]
        if part.kind not in _SUMMED_KINDS or part.quantity.value is None or part.quantity.approximate:
            return False
        if len(sentence_breaks(text, total.end, part.start)) > 1 or sentence_breaks(
            text, cands[first].start, part.start
        ):
            return False
        if _CONTRAST.get().search(text, total.end, part.start):
            return False
        # Only what follows a part: before it stand the list's labels (``Dinas Pengendalian
        # Penduduk … sebanyak 10 orang``), whose words are no cue about the people counted.
        if _negative_near(text, part, part.start, _sentence_of(starts, text, part.start)[2]):
            return False
        found += part.quantity.value
        j += 1
    return found == total.quantity.value and j - first > 1 and i < j


def _opens_on_total(part: _Candidate, total: _Candidate) -> bool:
    """Whether the first part of an unmarked breakdown counts what the total counts: the same
    head noun (``120 personel gabungan … 70 personel Satbrimob``) or ``orang`` on either side
    (``menempatkan 9 anggota. Sebanyak 4 orang …``; ``252 orang: tenaga guru 145 orang``)."""
    heads = {part.who.lower(), total.who.lower()}
    return "orang" in heads or len(heads) == 1


def _names_total(text: str, start: int, total: _Candidate) -> bool:
    """Whether the sentence at ``start`` opens on the head noun of ``total``, naming the same
    group again before its breakdown (``… terhadap 1.200 responden. Responden survei itu terdiri
    dari guru SD (400 orang) …``)."""
    word = _WORD.get().match(text, start)
    return word is not None and word[0].lower() == (total.shown or total.who).split()[0].lower()


# What joins two counts that share a verb, past up to two words that qualify the first
# (``16 tim putra dan delapan tim putri akan bersaing``).
_COORDINATED = LazyPattern(r"(?:\s++\p{Ll}++){0,2}?\s*+(?:,\s*+(?:dan\s++|serta\s++)?+|dan\s++|serta\s++)")


def _chain_end(text: str, cands: list[_Candidate], i: int) -> int:
    """The index of the last count joined to count ``i`` by ``dan`` or a comma (``16 tim putra
    dan delapan tim putri``): the verb after that one is the verb of them all."""
    j = i
    while j + 1 < len(cands) and _COORDINATED.get().fullmatch(text, cands[j].end, cands[j + 1].start):
        j += 1
    return j


def _coordinated(text: str, cands: list[_Candidate], i: int, starts: list[int], ok: bool) -> bool:
    """Whether count ``i`` takes part, given ``ok`` from its own words, when counts joined to it
    share the verb after the last of them: ``Sebanyak 16 tim putra dan delapan tim putri akan
    bersaing`` (the 16 compete too), ``12 warga dan 3 guru tidak hadir`` (neither took part).
    Only counts of people; a count of one or something next to it that makes it no count is
    left as it is."""
    cand = cands[i]
    j = _chain_end(text, cands, i)
    if j == i or cand.kind not in (HeadKind.PERSON, HeadKind.SELF, HeadKind.OPEN):
        return ok
    _, s_start, s_end = _sentence_of(starts, text, cand.start)
    last_end = _sentence_of(starts, text, cands[j].start)[2]
    if _negated(text, cands[j], s_start, last_end):
        return False
    if ok or cand.kind is HeadKind.OPEN or cand.quantity.value == _ONE:
        return ok
    if _negative_near(text, cand, s_start, s_end) or _compared(text, cand, s_start):
        return False
    if _whole_first(text, cand, s_start, s_end):
        return False  # Dari 50 undangan, 45 hadir: the whole, not a count the verb shares
    return _subject_after(text, cands[j], last_end)


# What joins the counts of a list (``14 warga …, 7 penabuh dan 22 peserta``).
_LIST_JOIN = LazyPattern(r"\s*+(?:,\s*+(?:dan\s++|serta\s++)?+|dan\s++|serta\s++)")


def _listed(text: str, cands: list[_Candidate], i: int) -> bool:
    """A count of a noun the lexicon lacks in the middle of a list whose count before it was
    taken: ``14 warga mengikuti kirab budaya, 7 penabuh dan 22 peserta arak-arakan`` (the 7
    who played the drums). Only between a comma and a joiner to the next count of the list, in
    one sentence, or as the last of a list of three or more (`_ends_list`): a list of the people
    at each part of the activity."""
    cand = cands[i]
    if cand.kind is not HeadKind.OPEN or i == 0:
        return False
    if i + 1 >= len(cands) or not _joined(text, cand, cands[i + 1]):
        return _ends_list(text, cands, i)
    before = text[max(cands[i - 1].end, cand.start - _NEAR_CHARS) : cand.start]
    broken = sentence_breaks(text, cands[i - 1].end, cand.start)
    return before.rstrip().endswith(",") and not broken


def _joined(text: str, first: _Candidate, second: _Candidate) -> bool:
    """Whether only a list's joiner (``,``, ``dan``, ``, serta``) stands between two counts."""
    join = _LIST_JOIN.get().match(text, first.end)
    return join is not None and join.end() == second.start


def _ends_list(text: str, cands: list[_Candidate], i: int) -> bool:
    """The last count of a list of three or more whose count before it was taken, after ``dan``
    or ``serta`` (``diikuti 920 pantarlih, 412 PPS dan 60 PPK``)."""
    if i < 2 or not (_joined(text, cands[i - 2], cands[i - 1]) and _joined(text, cands[i - 1], cands[i])):
        return False
    gap = text[cands[i - 1].end : cands[i].start]
    return "," in text[cands[i - 2].end : cands[i - 1].start] and bool(regex.search(r"(?i:dan|serta)", gap))


def _referred_heads(text: str) -> set[str]:
    found = (m for m in _refer_rx().finditer(text) if not _refer_negated(text, m.start()))
    return {regex.sub(r"\s+", " ", m["head"]).lower() for m in found}


def _refer_negated(text: str, start: int) -> bool:
    """A ``negation`` word of participants_cues.txt right before the ``refer`` verb at
    ``start``, past ``aux`` words (``Liverpool tak akan bertemu tim papan atas``): whom the
    article says no one met are not the activity's participants."""
    words = _WORD.get().findall(text, max(0, start - _OBJECT_CHARS), start)
    while words and _skipped(words[-1]):
        words.pop()
    return bool(words) and words[-1].lower() in _words_of("negation")


def _repeats(cand: _Candidate, out: list[Participant]) -> bool:
    """Whether ``cand`` names again a count already taken, with its number and head noun: the
    same group, whose breakdown may follow the repeat (``menerjunkan 744 petugas … Adapun 744
    petugas yang diterjunkan terdiri atas 424 personel …``)."""
    if cand.kind is HeadKind.PART or cand.quantity.value is None:
        return False
    who = (cand.shown or cand.who).lower()
    return any(p.count == cand.quantity.value and p.who.lower() == who for p in out)


# ``dua atlet tersebut``, ``dua pemain Inggris itu``: a demonstrative after the head noun and
# at most two words of it; a preposition, ``yang`` or a conjunction ends the noun phrase first
# (``99 petani di desa tersebut`` points at the village, not at the farmers).
_BACK_REFERENCE = LazyPattern(
    r"(?:\s++(?!(?i:di|dari|ke|pada|dalam|yang|dan|serta|untuk|dengan|oleh)(?![\w-]))[\w-]++){0,2}?"
    r"\s++(?i:tersebut|itu)(?![\w-])"
)


def _back_reference(text: str, cand: _Candidate, starts: list[int], earlier: list[_Candidate]) -> bool:
    """Whether ``cand`` points back at a group the article counted before (``Dari 216 kelompok
    tersebut``; ``mengirim empat atletnya … pencapaian dua atlet tersebut``): a demonstrative
    after its noun and at most two modifier words (no verb, no event, no head or place noun: in
    ``25 guru sekolah itu`` the demonstrative is the school's), no participation verb right
    before it, and a count it repeats or picks from (`_counted_before`). Such a count
    introduces no group of its own (GUIDELINES §5 counts those who take part, once); with no
    count before it (``Warga … antusias. Sebanyak 500 warga tersebut mengikuti``) it is the
    first count of its group. A verb before it makes the demonstrative the event's
    (``turnamen yang diikuti 19 negara tersebut``)."""
    back = _BACK_REFERENCE.get().match(text, cand.end)
    if cand.kind is HeadKind.PART or back is None:
        return False
    between = _WORD.get().findall(back[0])[:-1]
    if any(_VERB_SHAPED.get().fullmatch(w.lower()) for w in between):
        return False  # ``puluhan ribu warga memadati daerah itu``: the place's demonstrative
    if any(w.lower() in _heads_lower() or w.lower() in _words_of("place") for w in between):
        return False  # ``12 perangkat desa itu``: the village's demonstrative
    if _has_cue(text, cand.end, back.end(), "event"):
        return False  # ``500 peserta lomba lari itu``: the event's demonstrative
    s_start = _sentence_of(starts, text, cand.start)[1]
    if any(_verb_before(text, cand.start, s_start, kind) for kind in _PARTICIPATION_KINDS):
        return False
    return _DARI_BEFORE.get().search(text[s_start : cand.start]) is not None or _counted_before(cand, earlier)


# ``Dari 216 kelompok tersebut, …``: a count opened by ``dari`` picks from a group named before.
_DARI_BEFORE = LazyPattern(r"(?<![\w-])(?i:dari)\s++(?:(?i:sebanyak|total|jumlah)\s++)?+$")


def _counted_before(cand: _Candidate, earlier: list[_Candidate]) -> bool:
    """Whether a count before ``cand`` is the group its demonstrative points at: one of the same
    head noun with a value at least as large (``empat atletnya … dua atlet tersebut``), or one
    with the same figure under any noun (``lima orang pelamar … Lima orang itu``; a vague count
    takes a figure inside its range: ``505 pebulutangkis … Ratusan peserta tersebut``). A figure
    inside an earlier vague count of the same noun states that count, it does not repeat one
    (``Ribuan orang … Kedatangan sekitar 7000 orang itu``)."""
    q, who = cand.quantity, cand.who.lower()
    for e in earlier:
        v = e.quantity.value
        if v is None:
            continue
        if e.who.lower() == who and q.value is not None and v >= q.value:
            return True
        if q.value == v or (q.value is None and q.min is not None and q.min <= v <= (q.max or v)):
            return True
    return False


def _drop_totals(out: list[Participant], part: _Candidate, s_start: int) -> list[Participant]:
    """Without the totals that the part ``part`` (``77 di antaranya hadir``) is taken from:
    the counts of the same noun earlier in its sentence."""
    who = part.who.lower()
    return [p for p in out if p.span[0] < s_start or p.who.lower() != who]


def extract_participants(text: str, *, numbers: Sequence[tuple[int, int]] | None = None) -> list[Participant]:
    """Counts of the people or groups taking part in the reported activity, in text order.

    Args:
        text: the cleaned article body.
        numbers: ``find_numbers(text)`` when the caller has it (the prices stage reads the same
            spans); None: found here.

    Returns:
        One `Participant` per distinct count and head noun (a count repeated with the same
        head noun is listed once).

    >>> [(p.text, p.span, p.count, p.who) for p in extract_participants(
    ...     "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus.")]
    [('30 orang peserta', (18, 34), 30, 'peserta')]
    >>> [(p.text, p.min, p.max) for p in extract_participants(
    ...     "Wabup menggelar teleconference dengan puluhan pelaku UKM se-Jembrana.")]
    [('puluhan pelaku UKM', 20, 99)]
    >>> extract_participants("Dinsos menemukan 1.143.639 penerima bansos tidak layak.")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_participants expects str, got {type(text).__name__}")
    cands = _candidates(text, numbers)
    if not cands:
        return []
    starts = _sentences(text)
    referred = _referred_heads(text)
    out: list[Participant] = []
    seen: set[tuple] = set()
    prev: _Candidate | None = None
    prev_ok = False
    total: _Candidate | None = None  # the last accepted count, which a breakdown may follow
    reach = 0  # the end of the last count taken: the total or its last part
    for i, cand in enumerate(cands):
        ok, part = _taken(text, cands, i, starts, referred, (prev, prev_ok), (total, reach))
        ok = ok and (part or not _back_reference(text, cand, starts, cands[:i]))
        prev, prev_ok = cand, ok
        if not ok:
            total = cand if _repeats(cand, out) else total
            continue
        reach = cand.end
        if not part:
            total = cand
        found = _participant(text, cand, total)
        if cand.subset:
            out = _drop_totals(out, cand, starts[_sentence_of(starts, text, cand.start)[0]])
        key = (found.count, found.min, found.max, (found.who if cand.shown is None else cand.who).lower())
        if key not in seen:
            seen.add(key)
            out.append(found)
    return out


def _taken(
    text: str,
    cands: list[_Candidate],
    i: int,
    starts: list[int],
    referred: set[str],
    before: tuple[_Candidate | None, bool],
    total: tuple[_Candidate | None, int],
) -> tuple[bool, bool]:
    """Whether ``cands[i]`` takes part (after ``before``, taken or not), and is a part of the
    accepted count ``total`` (with the end of its last part taken so far)."""
    cand = cands[i]
    prev, prev_ok = before
    ok = _coordinated(text, cands, i, starts, _participates(text, cand, starts, referred))
    if ok and cand.group:
        ok = _linked(text, cand, prev, prev_ok)
    ok = ok or (prev_ok and _listed(text, cands, i))
    # A part stays a part when it would count on its own (``terdiri dari 30 UMKM dan 15
    # instansi``): the total it breaks down is still the one later parts belong to.
    part = _breaks_down(text, total[0], cand, starts, total[1]) or _sums_to_total(
        text, cands, i, total[0], starts
    )
    if (ok or part) and _each_unit(text, cand, starts, cands[i - 1].end if i else 0):
        return False, False
    return ok or part, part


def _each_unit(text: str, cand: _Candidate, starts: list[int], prev_end: int) -> bool:
    """A count of what each unit holds: an ``each`` word of participants_negative.txt earlier in
    the count's clause, with a word of its own after it (``25 klub yang masing-masing terdiri
    dari 15 pemain``, ``Setiap tim terdiri dari dua siswa``, ``Masing-masing cabang mengirim
    lima peserta``): how many per unit, not how many took part. Right before a count, or past
    opener words only (``dengan jumlah masing-masing 29 pelari dan 14 pelari``), it says
    "respectively"; a count between it and this one (``prev_end``) is the one it goes with."""
    s_start = _sentence_of(starts, text, cand.start)[1]
    clause = text[s_start : cand.start]
    breaks = list(_CLAUSE_BREAK.get().finditer(clause))
    start = s_start + (breaks[-1].end() if breaks else 0)
    each = [*_negative_rx("each").finditer(text, start, cand.start)][-1:]
    if not each or prev_end > each[0].end():
        return False
    gap = _WORD.get().findall(text, each[0].end(), cand.start)
    if not any(w.lower() not in _words_of("opener") for w in gap):
        return False
    return _sized_per_unit(text[each[0].end() : cand.start], gap[0].lower())


def _sized_per_unit(between: str, first: str) -> bool:
    """Whether the words ``between`` an each word and its count, ``first`` of them right after
    it, read as a size per unit. A holding or sending verb (``each_hold``: ``masing-masing
    menurunkan dua atlet``, ``Setiap hari cabang mengirim dua atlet``) makes it one; a time word
    (``each_time``, a weekday: ``Setiap tahun lomba ini diikuti 1.500 pelari``, ``digelar setiap
    Minggu pagi``) says how often, and a participation verb (``masing-masing diikuti delapan
    atlet``) says who took part in each: the count stays. Any other word is the unit
    (``Setiap tim terdiri``, ``Masing-masing cabang``)."""
    if _negative_rx("each_hold").search(between):
        return True
    if _negative_rx("each_time").fullmatch(first) or weekday_number(first) is not None:
        return False
    return first not in _words_of("cue")


def _participant(text: str, cand: _Candidate, total: _Candidate | None) -> Participant:
    """The participant the count ``cand`` gives; a part of ``total`` counts the total's noun."""
    q = cand.quantity
    count = q.value if q.value is not None else None
    return Participant(
        text=text[cand.start : cand.end],
        span=(cand.start, cand.end),
        count=int(count) if count is not None else None,
        approximate=q.approximate,
        min=int(q.min) if q.min is not None else None,
        max=int(q.max) if q.max is not None else None,
        who=total.who if cand.kind is HeadKind.PART and total is not None else cand.shown or cand.who,
    )


def decided_head(noun: str) -> bool:
    """Whether warta already decides ``noun`` as a count's head: a lexicon head, an agent-shaped
    noun, a unit, a non-head, a negative word or an aspect word (what
    scripts/derive_participant_heads.py leaves out of the nouns it proposes)."""
    low = noun.lower()
    if low in _heads_lower():
        return True
    if regex.fullmatch(_AGENT_NOUN, low) and low not in _not_heads():
        return True
    return not _open_head_ok(low)


class Unreported(NamedTuple):
    """A count of people that `extract_participants` leaves out (`unreported_counts`)."""

    span: Span  # the number and its head noun
    kind: HeadKind
    window: Span  # the part of its sentence searched for participation words


# The kinds of participants_cues.txt that speak of taking part.
_PARTICIPATION_KINDS = ("cue", "event", "subject", "object", "bring")


def unreported_counts(text: str) -> list[Unreported]:
    """The candidate counts whose head names people (a lexicon noun, an agent noun or a noun the
    lexicon lacks) that `extract_participants` does not report (neither the mention nor another
    mention of the same number) although their sentence holds a participation word of
    participants_cues.txt (cue, event, subject, object or bring): the misses a person reads
    (scripts/participants_misses.py), most of them rightly left out."""
    cands = _candidates(text)
    if not cands:
        return []
    found = extract_participants(text)
    spans = {f.span for f in found}
    values = {(f.count, f.min, f.max) for f in found}
    starts = _sentences(text)
    out = []
    for c in cands:
        if c.kind in (HeadKind.GROUP, HeadKind.LABEL, HeadKind.PART) or (c.start, c.end) in spans:
            continue
        if (c.quantity.value, c.quantity.min, c.quantity.max) in values:
            continue
        _, s, e = _sentence_of(starts, text, c.start)
        if any(_cue_rx(k).search(text, s, e) for k in _PARTICIPATION_KINDS):
            out.append(Unreported((c.start, c.end), c.kind, (s, e)))
    return out
