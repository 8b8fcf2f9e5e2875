"""The scanner's mentions read again against the whole article, and paired posts.

Where a title ends and its holder starts, past the grammar (`_settled`): a company's, brand's
or place's name (`_body_off`), a company's name after an English post, a legal form
(`company_close`), a first name after the title's comma, a place the article writes elsewhere
(`_place_across`). Drops a holder that is a company's name (`company_forms`) or a place's
last word; `_paired_posts` gives two posts joined by `dan` one holder each, also two full names
joined by a dash (`_dash_paired`) and two names before the posts (`_names_paired`); a numbered
list's next item number is no part of a title (`_list_number_off`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

from ...records import Entity, EntityLabel, Span
from ...text.patterns import LazyPattern, whole_words
from ...text.tokens import WORD, next_word, prev_word, tokenize, word_before
from ...text.words import NAMEISH, listed_body_short_name, org_words, speech_verbs, word_class, word_set
from ..lexicon import (
    Marker,
    admin_words,
    head_last_words,
    head_words,
    match_head,
    match_region,
    needs_body,
    place_end_words,
    place_kind_words,
    role_words,
    word_marker,
)
from ..names import name_tokens, proper_name
from .mentions import RoleMention, W


def _settled(text: str, m: RoleMention, entities: Sequence[Entity], places: frozenset[str]) -> RoleMention:
    """Where the title ends and the holder's name starts, read again past the grammar: a body's
    name (twice: `CEO McLaren Racing Zak Brown` names a body of two words), a company's after an
    English post, a first name after the title's comma, a place the article writes elsewhere."""
    m = _body_off(text, _body_off(text, m, entities), entities)
    m = _holder_after_comma(text, _first_word_back(text, _company_off(text, m)), entities)
    m = _title_word_called_alone(text, m, entities, places)
    m = _bodies_listed(_body_unnamed(text, _place_across(text, _legal_form_off(text, m), places), entities))
    return _list_number_off(text, m, entities)


def _body_unnamed(text: str, m: RoleMention, entities: Sequence[Entity]) -> RoleMention:
    """`bos narkoba jaringan Aceh, Budi`, `bos preman Tanah Abang Budi`: a head that is a post
    only over a named organisation (people_roles `named_body_head`: bos) whose next word (past a
    team's word and its kind: `bos tim Aprilia`, `Bos tim balap Mercedes`) is lowercase or opens
    a place (a LOC entity) names a gang's or a trade's boss, no official (GUIDELINES 2): an
    occupation. A capitalised body stays (`bos PT Sritex`, `Bos UFC`, `Bos Aprilia`)."""
    words = m.title.split()
    if not m.official or not words or words[0].lower() not in role_words("named_body_head"):
        return m
    x = 2 if len(words) > 2 and words[1].lower() in role_words("team_head") else 1
    while x > 1 and x + 1 < len(words) and words[x].islower():
        x += 1  # the team's lowercase kind: `Bos tim balap Mercedes`
    body = words[x] if len(words) > x else ""
    at = text.find(m.title, m.span[0], m.span[1])
    body_at = at + m.title.index(body, len(words[0])) if body and at >= 0 else -1
    place = any(e.label is EntityLabel.LOC and e.span[0] == body_at for e in entities)
    return m if body[:1].isupper() and not place else replace(m, official=False)


#: What parts a list of bodies or of posts: a comma, `dan` or `serta` (people_roles `and_word`), or both.
_SEPARATOR = r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+"
_LIST_SEPARATOR = LazyPattern(_SEPARATOR)


#: The end of a list of bodies: a comma, then its last one after `dan` or `serta`.
_LIST_END = LazyPattern(r",.*\s(?:dan|serta)\s")


def _bodies_listed(m: RoleMention) -> RoleMention:
    """`perwakilan Dinas Sosial, Dinas Kesehatan, dan PT Maju Jaya, Budi`: a weak head (people_roles
    `weak_head`: perwakilan, pimpinan, tim) right before bodies listed with commas and `dan`/`serta`,
    each opening with a capitalised organisation's word (`org_words`), a company form or an
    acronym, names no one post of one body, so its holder is no official (GUIDELINES 2): an
    occupation. A field list (`Staf Ahli Bupati Bidang Hukum, Ekonomi dan Politik`) opens with no
    body; a chain of places (`Desa X, Kecamatan Y, Kabupaten Z`) and a body with its unit
    (`perwakilan perusahaan, HRD PT X`) have no `dan`."""
    head, _, rest = m.title.partition(" ")
    if not m.official or head.lower() not in role_words("weak_head") or not _LIST_END.get().search(rest):
        return m
    parts = _LIST_SEPARATOR.get().split(rest)
    firsts = [p.split()[0] if p.split() else "" for p in parts]
    bodies = all(
        (w[:1].isupper() and w.lower() in org_words())
        or w.rstrip(".").lower() in role_words("company_form")
        or (len(w) > 1 and w.isupper())
        for w in firsts
    )
    return replace(m, official=False) if len(parts) > 1 and bodies else m


def _legal_form_off(text: str, m: RoleMention) -> RoleMention:
    """`Presiden Direktur PT Merck, Tbk Evie Yulin`: a legal form that closes a company's name
    (`company_close`) opening the holder's name goes to the title, with the comma before it."""
    s, e = m.name_span
    words = m.name.split()
    if (
        len(words) < 2
        or words[0].lower() not in role_words("company_close")
        or not text.startswith(words[0], s)
    ):
        return m
    start = regex.compile(r"\s+").match(text, s + len(words[0]))
    comma = len(text[:s].rstrip()) - 1
    if start is None or comma <= m.span[0] or text[comma] != ",":
        return m
    title = m.title + text[comma : s + len(words[0])]
    return replace(m, name=proper_name(text, (start.end(), e)), title=title, name_span=(start.end(), e))


#: `Necis Enam| Kota Metro, `: capitalised words (a region) between a holder's name and a comma.
_CAPITALS_COMMA = regex.compile(r"((?:[ \t]+\p{Lu}\p{Ll}+){0,3}),[ \t]+")


def _mentions_elsewhere(text: str, m: RoleMention, entities: Sequence[Entity]) -> tuple[list[str], str]:
    """The words written right before each other PER entity sharing a word with ``m``'s holder,
    and the word right before the holder itself (its PER entity's start: `Raden Intan`)."""
    words = set(m.name.split())
    s, e = m.name_span
    own = next((x for x in entities if x.label == EntityLabel.PER and x.span[0] <= s < x.span[1]), None)
    leads = [
        word_before(text, x.span[0])
        for x in entities
        if x.label == EntityLabel.PER and (x.span[1] <= s or x.span[0] >= e) and words & set(x.text.split())
    ]
    return leads, word_before(text, own.span[0] if own else s)


def _holder_stays(text: str, m: RoleMention, entities: Sequence[Entity]) -> bool:
    """Whether ``m``'s holder reads as a person's name and keeps the post: a person the model
    names elsewhere shares a word with it (`kata Marlini`), or a given name is in it, neither
    right after a body's word that is no administrative level (`RSUD Ahmad Yani`: the hospital's
    namesake; `Desa Sukamulya Hendra` still names a person) nor written again after the same
    word. A mention after the same word as here is the body's name again (`Rotary Club Lampung
    Raden Intan` in the headline and the lede), no evidence either way."""
    leads, lead = _mentions_elsewhere(text, m, entities)
    if any(x != lead for x in leads):
        return True
    if not any(word_class(w) is W.GIV for w in m.name.split()):
        return False
    before = word_before(text, m.name_span[0])
    body = word_class(before) in (W.ORG, W.ACR) and before.lower() not in admin_words()
    return not (body or lead in leads)


def _named_before(per: Entity, entities: Sequence[Entity]) -> bool:
    """Whether a person the model names before ``per`` shares a word with it: `…, Purbaya
    menyebut` after `Menteri Keuangan Purbaya Yudhi Sadewa` is the next clause's subject."""
    words = set(per.text.split())
    return any(
        x.label == EntityLabel.PER and x.span[1] <= per.span[0] and words & set(x.text.split())
        for x in entities
    )


#: `, Adam Sautin mengatakan`, `, Doni Setiono, menjelaskan`: what follows a holder named after a
#: comma: a comma or none, then a speech verb.
_SPEECH_NEXT = regex.compile(r",?[ \t]+(\p{Ll}+)")


def _holder_after_comma(text: str, m: RoleMention, entities: Sequence[Entity]) -> RoleMention:
    """`Direktur Utama Karang Indah Mal, Adam Sautin mengatakan`, `Ketua Perkumpulan … Kota Metro,
    Doni Setiono, menjelaskan`: a holder's name set right before the comma, where a name the
    model calls a person follows that comma and then a speech verb, is the body's last words;
    the name after the comma holds the post. A holder with a given name in it stays, unless a
    body's word names it (`Kasubag Humas RSUD Ahmad Yani, Okta, mengatakan`: the hospital's
    namesake), and so does one the article names again (`Ketua KPU Marlini, Budi Santoso
    mengatakan … kata Marlini`)."""
    s, e = m.name_span
    tail = _CAPITALS_COMMA.match(text, e)
    if m.clause or s <= m.span[0] or tail is None:
        return m
    if _holder_stays(text, m, entities):
        return m
    per = next((x for x in entities if x.label == EntityLabel.PER and x.span[0] == tail.end()), None)
    if per is None or _named_before(per, entities):
        return m
    e = tail.end(1)
    verb = _SPEECH_NEXT.match(text, per.span[1])
    if verb is None or verb.group(1) not in speech_verbs():
        return m
    cut = text.rfind(m.title.split()[-1], m.span[0], s)
    if cut < 0:
        return m
    title = " ".join([m.title, *text[cut + len(m.title.split()[-1]) : e].split()])
    official = m.official or _body_now_named(m.title)
    return RoleMention(proper_name(text, per.span), title, (m.span[0], per.span[1]), per.span, official)


def _body_now_named(head: str) -> bool:
    """`Pendiri Imago Raw Honey, Henry Hidayat, menyampaikan`: a head that is a post only with its
    body named (`needs_body`: pendiri, staf, anggota), written alone before the name the model
    took for the holder, was no post; once that name moves into the title (`_holder_after_comma`)
    the title names its body, so the holder after the comma is an official (GUIDELINES §2:
    companies and named businesses). A team's word stays none (`tim`: its members hold no
    post)."""
    low = head.lower()
    return needs_body(low) and low not in role_words("team_head")


#: `, Taruna Ikrar`: a title's last words after a comma: one capitalised word, then the name
_COMMA_WORD = regex.compile(r",[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$")


def _first_word_back(text: str, m: RoleMention) -> RoleMention:
    """`Kepala BPOM, Taruna Ikrar`, `Kepala BPBD Lampung Barat, Padang Priyo Utomo`: one
    capitalised word after the title's comma, written right before the holder's name, is the
    name's first word (a common word or a place's name that is also a given name), not a part
    of the title (`_may_open_name`)."""
    s, e = m.name_span
    found = _COMMA_WORD.search(text, max(m.span[0], s - 40), s)
    if found is None or not m.title.endswith(found.group(1)) or not _may_open_name(found.group(1)):
        return m
    title = m.title[: -len(found.group(1))].rstrip(" ,")
    start = found.start(1)
    return replace(m, name=proper_name(text, (start, e)), title=title, name_span=(start, e))


#: Words at most of a company's name read off a holder's name after an English post.
_MAX_COMPANY_WORDS = 2


def _company_off(text: str, m: RoleMention) -> RoleMention:
    """`CEO Meta Mark Zuckerberg`, `CEO Electronic Arts Andrew Wilson`: after a title ending in an
    English post (`english_post`) or in a post's English unit (`Head of Marketing`), a holder's
    name that opens with one or two words of no known class, then a given name and one word more
    at least, opens with the company's name when the article writes its first word elsewhere
    after a lowercase word (`karyawan Meta`, `ke Roblox`; a holder's first name comes after a
    speech verb: `kata Ajeng`): those words move to the title."""
    words = m.name.split()
    if not _english_post_title(m.title):
        return m
    for k in range(1, _MAX_COMPANY_WORDS + 1):
        if len(words) < k + 2 or word_class(words[k - 1]) is not W.UNK or not words[k - 1][:1].isupper():
            return m
        if word_class(words[k]) is W.GIV:
            break
    else:
        return m
    s, e = m.name_span
    if not _written_after_lowercase(text, words[0], s):
        return m
    at = s
    for w in words[:k]:
        at = text.find(w, at) + len(w)
    start = next((i for i in range(at, e) if not text[i].isspace()), e)
    if text[s:start].split() != words[:k]:
        return m
    title = " ".join([m.title, *words[:k]])
    return replace(m, name=proper_name(text, (start, e)), title=title, name_span=(start, e))


def _english_post_title(title: str) -> bool:
    """Whether a title ends in an English post (`CEO`) or in the English unit of a title holding
    one (`Head of Marketing`)."""
    words = [w.lower() for w in title.split()]
    if not words:
        return False
    posts = role_words("english_post")
    return words[-1] in posts or (words[-1] in role_words("english_unit") and any(w in posts for w in words))


def _written_after_lowercase(text: str, word: str, at: int) -> bool:
    """Whether ``word`` stands elsewhere than ``at`` right after a lowercase word that is no
    speech verb (`karyawan Meta`, `ke Roblox`, not `ucap Ajeng`)."""
    for a, _ in whole_words(text, word):
        before = _LOWER_BEFORE.search(text, max(0, a - 30), a)
        if a != at and before is not None and before.group(1) not in speech_verbs():
            return True
    return False


#: a lowercase word, then spaces only, before a position (`karyawan Meta`; not `pemakaian. Ajeng`)
_LOWER_BEFORE = regex.compile(r"(?<![\w-])(\p{Ll}+) +$")


#: Words at most of a place's name matched across a title's end and a holder's name.
_MAX_PLACE_WORDS = 3
_ADMIN_PLACE = regex.compile(r"(?<![\w-])(\p{L}+)((?:[ \t]+\p{Lu}[\p{Ll}-]*){1,3})")


def _places_written(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """Every place the text writes after an administrative word (`Kampung Bakung Udik`,
    `Pekon Tuguratu`) outside the role mentions' ``spans`` (`Kepala Desa Sukamaju Budi` runs
    on into a name), folded: lowercase, no spaces, each run of its first one to three words."""
    out = set()
    for m in _admin_places(text):
        if not any(a <= m.start() < b for a, b in spans):
            words = m.group(2).split()
            out.update("".join(words[:k]).lower() for k in range(1, len(words) + 1))
    return frozenset(out)


def _admin_places(text: str) -> Iterator[regex.Match[str]]:
    """The `_ADMIN_PLACE` matches at every word start (an overlapped search's) whose first word is
    an administrative word: each such word is found with `str.find` in the lowercased text and the
    pattern tried there only, a third of the cost of trying it at every character."""
    lower = text.lower()
    if len(lower) != len(text):  # a character lowercased to two (`İ`) moves the offsets
        yield from (
            m for m in _ADMIN_PLACE.finditer(text, overlapped=True) if m.group(1).lower() in admin_words()
        )
        return
    for word in admin_words():
        at = lower.find(word)
        while at != -1:
            m = _ADMIN_PLACE.match(text, at)
            if m is not None and m.group(1).lower() in admin_words():
                yield m
            at = lower.find(word, at + 1)


def _place_across(text: str, m: RoleMention, places: frozenset[str]) -> RoleMention:
    """`Kepala Kampung Bakung Udik Santori` where the article writes `Kampung Bakung Udik`
    elsewhere, `Pj Peratin Bandarbaru Darikson Eka Putra` where it writes `Pekon Bandarbaru`:
    the place the article names after its administrative word elsewhere (glued or not: `Pekon
    Tuguratu`, `Peratin Tugu Ratu Basuki`) sets where the title's place ends and the holder's
    name starts; a name of one word at least is left. No place runs across the comma that closes
    a title (`Kepala Pelaksana BPBD Lambar, Padang Priyo Utomo` … `kata Padang`: the apposition
    is the whole name, though the article writes `Pekon Padang Cahya`)."""
    title, name = m.title.split(), m.name.split()
    if len(title) < 2 or m.name_span[0] <= m.span[0] or _after_title_comma(text, m.name_span[0]):
        return m
    for t in range(0, min(_MAX_PLACE_WORDS, len(title) - 1) + 1):
        for j in range(min(_MAX_PLACE_WORDS - t, len(name) - 1), 0, -1):
            # alone, a place's name must be no known word (`Desa Jaya`, `Jaya Saputra`)
            if not t and any(word_class(w) is not W.UNK for w in name[:j]):
                continue
            if all(len(w) < 2 for w in name[j:]):  # `Medco E&P`: a letter left is no name
                continue
            if "".join(title[len(title) - t :] + name[:j]).lower() in places:
                return _moved(text, m, j)
        if (
            t
            and len(title) > t + 1
            and _name_back(text, title[-1], name, places)
            and "".join(title[-t - 1 : -1]).lower() in places
            and "".join(title[-t - 1 :]).lower() not in places
        ):
            return _moved(text, m, -1)
    return m


def _name_back(text: str, word: str, name: Sequence[str], places: frozenset[str]) -> bool:
    """Whether a title's last word past a place may go back to the name: a word of letters of no
    known class or a given name, no region nor place itself (`DLH Kota Serang`), that the
    article writes nowhere but before a word of the name (`Jon Pandu`; not `Bandung Zoo`)."""
    if not word.isalpha() or word_class(word) not in (W.UNK, W.GIV) or word.lower() in places:
        return False
    if any(next_word(text, b) not in name for _, b in whole_words(text, word)):
        return False
    return match_region(tokenize(word), 0, 1) == 0


def _moved(text: str, m: RoleMention, j: int) -> RoleMention:
    """``m`` with its name's first ``j`` words moved to the title's end (``j`` > 0), or the
    title's last ``-j`` words moved to the name's start; ``m`` when the text between is not
    spaces only."""
    s, e = m.name_span
    title = m.title.split()
    if j > 0:
        words = m.name.split()[:j]
        found = regex.match(r"[ \t]*".join(map(regex.escape, words)) + r"[ \t]+", text[s:e])
        if found is None:
            return m
        start = s + found.end()
        return replace(
            m, name=proper_name(text, (start, e)), title=" ".join(title + words), name_span=(start, e)
        )
    words = title[j:]
    found = regex.search(r"[ \t]*".join(map(regex.escape, words)) + r"[ \t]+$", text[m.span[0] : s])
    if found is None:
        return m
    start = m.span[0] + found.start()
    return replace(m, name=proper_name(text, (start, e)), title=" ".join(title[:j]), name_span=(start, e))


def _place_tail_holder(text: str, m: RoleMention) -> bool:
    """`Kepala Pemangku Mekar Sari, Hendri`, `Peratin Way Empula Ulu, Peratin …`: a holder of one
    word after the title that is a place's last word (`place_end_words`: Sari, Ulu, Agung) and
    is followed by a comma ends the title's place, after a capitalised word of that place that is
    no rank nor honorific (`Kolonel laut Agung,` is a holder); it names no one."""
    s, e = m.name_span
    if m.clause or s <= m.span[0] or len(m.name.split()) != 1 or text[e : e + 1] != ",":
        return False
    prev = prev_word(text, s)
    return m.name.lower() in place_end_words() and prev[:1].isupper() and word_marker(prev) is None


def _body_tail_holder(m: RoleMention) -> bool:
    """`Direktorat Wilayah Deputi Tauwas BGN.`, `Sutadi, EVP Konsumer Loan BRI menjelaskan`,
    `Pengurus Besar Perhimpunan Dokter Spesialis Penyakit Dalam Indonesia`: a holder of two words
    or more whose last word is a listed body's short name in capitals (`listed_body_short_name`)
    or a country (`entities_countries.txt`) is the rest of the body the title names, no one (a
    person's name ends in neither; initials are no listed body: `Herman HN`, `Mahfud MD`)."""
    words = m.name.split()
    if len(words) < 2:
        return False
    last = words[-1]
    return (last.isupper() and listed_body_short_name(last)) or last.lower() in word_set(
        "entities_countries.txt"
    )


#: `&` and a capitalised word right after a holder's name (` & Decker`, `&Co`).
_AMPERSAND_NAME = regex.compile(r"[ \t]*&[ \t]*\p{Lu}")


def _company_joined(text: str, m: RoleMention) -> bool:
    """`Country Director Stanley Black & Decker Indonesia …`, `Direktur Medco E & P …`: a holder's
    name that `&` joins to a capitalised word goes on as a company's name (GUIDELINES: a body's
    name is no person's); it names no one."""
    return _AMPERSAND_NAME.match(text, m.name_span[1]) is not None


def _may_open_name(word: str) -> bool:
    """Whether a word after a title's comma may open the holder's name: not a rank or an
    honorific (`Polda Jateng, Kombes Artanto`), not a region (`Bupati Pringsewu, Lampung`: the
    gazetteer's regions end a title), nor a place's last word that is no given name (`Barat`)."""
    if word_marker(word) is not None or match_region(tokenize(word), 0, 1) > 0:
        return False
    return word.lower() not in place_end_words() or word_class(word) in (W.GIV, W.AMB)


def _title_word_called_alone(
    text: str, m: RoleMention, entities: Sequence[Entity], places: frozenset[str]
) -> RoleMention:
    """`Kapolres Ogan Komering Ulu Timur AKBP Adik Listiyono … AKBP Adik`, `Ketua Umum Perkasi
    Adil Prasetyo … Pak Adil`: the title's last word, written right before the holder's name,
    that the article elsewhere writes after a rank or an honorific (`_called_alone`) opens the
    holder's name; a head, a region, a place the article writes, a word of a body the model
    names (`PB Persani`) or of one written alone, or a word after an English post (`CTO
    Traveloka Derianto Kusuma`) stays in the title. The model's PER entity running from the word
    into the name is no proof: it glues a team's or a body's word as often (`Pelatih Kepala
    Tunggal Putra Indra …`, `Menko Maritim Luhut …`)."""
    title = m.title.split()
    word = title[-1] if len(title) > 1 else ""
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) or m.name_span[0] <= m.span[0]:
        return m
    if match_head(tokenize(word), 0) or match_region(tokenize(word), 0, 1) or word.lower() in places:
        return m
    english = any(w.lower() in role_words("english_post") for w in title)
    in_body = any(ent.label != EntityLabel.PER and word in ent.text.split() for ent in entities)
    if word_marker(word) is not None or english or in_body or _body_alone(text, word, entities):
        return m
    return _moved(text, m, -1) if _called_alone(text, word, m.name_span[0]) else m


def _called_alone(text: str, word: str, holder: int) -> bool:
    """Whether the article writes ``word`` apart from the holder's name at ``holder`` after an
    honorific or a rank (`AKBP Adik`, `Pak Adil`) that closes no post (`Direktur Jenderal
    Pajak`). A speech verb is no proof: bodies speak too (`Keuangan mengatakan`); nor is the
    model's lone PER, which it gives a body's word as often (`PB Persani`)."""
    for a, b in whole_words(text, word):
        cue = prev_word(text, a)
        if b + 1 != holder and word_marker(cue) in _PERSON_CUES and cue.lower() not in head_last_words():
            return True
    return False


def _paired_posts(text: str, mentions: list[RoleMention], entities: Sequence[Entity]) -> list[RoleMention]:
    """Bupati dan Wakil Bupati Sleman Kustini Sri Purnomo dan Danang Maharsa; Walikota Metro dan
    Wakil Walikota Metro, Wahdi … dan Qomaru …: two posts joined by `dan`/`serta` before exactly
    two holders name one post each, in the same order; the body or region after the second head
    belongs to both when the first has none (Bupati Sleman, Wakil Bupati Sleman)."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (a.official and b.official and a.title == b.title and a.span[0] == b.span[0]):
            continue
        if (k + 2 < len(out) and out[k + 2].span[0] == a.span[0]) or (k and out[k - 1].span[0] == a.span[0]):
            continue  # three holders or more: no pairing
        pair = _two_heads(a.title)
        if pair is None:
            first = _post_before(text, a.span[0])
            if first is None or any(m.span[1] > a.span[0] - len(first) - 5 for m in out[:k]):
                continue
            pair = (first, a.title)
        out[k], out[k + 1] = replace(a, title=pair[0]), replace(b, title=pair[1])
    return _dash_paired(text, _posts_each_listed(text, _names_paired(text, out, entities)))


def _names_paired(text: str, mentions: list[RoleMention], entities: Sequence[Entity]) -> list[RoleMention]:
    """Rahmat Mirzani Djausal dan Jihan Nurlela sebagai Gubernur dan Wakil Gubernur Lampung; Budi
    dan Agus selaku CEO dan Direktur PT X: two posts joined by `dan` (`_two_heads`) after exactly
    two names joined by `dan` (each name opening its mention, both mentions ending at the posts)
    name one post each, in the same order; three names or more (a name, a PER entity or a
    holder's, ending at a comma before the first of the two: `A, B dan C selaku …`), or one, are
    left as read. A comma closing a clause before them (`Dalam acara itu, A dan B selaku …`) ends
    no name."""
    out = list(mentions)
    ends: dict[tuple[int, str], list[int]] = {}
    for k, m in enumerate(out):
        if m.official and m.name_span[0] == m.span[0]:
            ends.setdefault((m.span[1], m.title), []).append(k)
    for (_, title), ks in ends.items():
        pair = _two_heads(title) if len(ks) == 2 else None
        if pair is None:
            continue
        first, second = sorted(ks, key=lambda k: out[k].name_span[0])
        if _name_before_comma(text, out[first].name_span[0], out, entities):
            continue
        out[first], out[second] = replace(out[first], title=pair[0]), replace(out[second], title=pair[1])
    return out


def _posts_each_listed(text: str, mentions: list[RoleMention]) -> list[RoleMention]:
    """A, B dan C masing-masing sebagai Ketua, Sekretaris dan Bendahara Koperasi Maju: `masing-masing`
    hands out the posts listed after it one to each holder; where the posts are not paired with
    the names (`_names_paired` pairs only two of each), the holder's post is not read, so the
    mention is dropped rather than give every holder the first head. One post after it
    (`masing-masing selaku anggota KPU RI`) goes to each holder."""
    return [m for m in mentions if not (_each_link(text, m) and _posts_listed(text, m))]


def _each_link(text: str, m: RoleMention) -> bool:
    """Whether a link that hands posts out one to each holder (people_roles `each_link`:
    `masing-masing sebagai`) stands between the holder's name and the post."""
    between = " ".join(text[m.name_span[1] : m.span[1]].lower().split())
    return any(link in between for link in role_words("each_link"))


def _posts_listed(text: str, m: RoleMention) -> bool:
    """Whether the post is one of several: two heads joined by `dan` left unpaired, or a comma,
    `dan` or `serta` after the post followed by another head (`Ketua, Sekretaris …`)."""
    if _two_heads(m.title) is not None:
        return True
    more = _MORE_POSTS.get().match(text, m.span[1])
    return more is not None and more.group(1).lower() in head_words()


def _name_before_comma(text: str, at: int, mentions: list[RoleMention], entities: Sequence[Entity]) -> bool:
    """Whether a comma stands right before the name at ``at`` and a name (a PER entity or a
    holder's name) ends right at that comma: `Agus, Budi dan Rina`, not `Dalam acara itu, Budi`."""
    before = text[:at].rstrip()
    if not before.endswith(","):
        return False
    comma = len(before) - 1
    return any(e.label == EntityLabel.PER and e.span[1] == comma for e in entities) or any(
        m.name_span[1] == comma for m in mentions
    )


def _list_number_off(text: str, m: RoleMention, entities: Sequence[Entity]) -> RoleMention:
    """2. Arnold … sebagai Direktur Jenderal Sumber Daya Air 3. Bisma … sebagai …: in a numbered
    list of appointments written on one line, the number closing a name-first title is the next
    item's (one more than the number opening this item, and a dot or bracket after it opens a
    name: a PER entity among its first capitalised words), not a number of the post. Ketua RT 3,
    Zona 7 keep theirs when no item numbered one less opens their mention, and so does the last
    item's post (`2. Budi … sebagai Ketua RT 03.`, `… Ketua RW 05 dan Budi …`): no next item
    follows it."""
    last = m.title.rsplit(" ", 1)[-1]
    if not (last.isdigit() and m.name_span[0] == m.span[0] and text[: m.span[1]].endswith(f" {last}")):
        return m
    item = _ITEM_NUMBER.get().search(text, max(0, m.span[0] - _ITEM_REACH), m.span[0])
    if item is None or int(item.group(1)) != int(last) - 1:
        return m
    nxt = _NEXT_ITEM.get().match(text, m.span[1])
    if nxt is None or not any(
        e.label == EntityLabel.PER and nxt.start(1) <= e.span[0] < nxt.end(1) for e in entities
    ):
        return m
    cut = len(last) + 1
    return replace(m, title=m.title[:-cut], span=(m.span[0], m.span[1] - cut))


#: A comma, `dan` or `serta` after a post and the word after it (`, Sekretaris`, ` dan Bendahara`).
_MORE_POSTS = LazyPattern(rf"(?:{_SEPARATOR})(\p{{L}}+)")
#: A list item's number and its dot or bracket right before a mention (`2. `, `3) `).
_ITEM_NUMBER = LazyPattern(r"(?<!\d)(\d{1,2})[.)][ \t]*$")
#: The dot or bracket after the next item's number and the capitalised words that open the item
#: (`. Pantja Dharma Oetojo`): a PER entity starts among them (the model may leave a first word
#: out of it: `Dharma Oetojo`).
_NEXT_ITEM = LazyPattern(r"[.)][ \t]*((?:\p{Lu}[\p{L}'.-]*[ \t]*)+)")
#: Characters before a mention searched for its item's number (`12. ` and spaces).
_ITEM_REACH = 8


def _dash_paired(text: str, mentions: list[RoleMention]) -> list[RoleMention]:
    """Gubernur dan Wakil Gubernur Jakarta, Anies Baswedan-Riza Patria; Bupati dan Wakil Bupati
    Lampung Barat, Parosil Mabsus - Mad Hasnurin: two posts joined by `dan` before two full names
    joined by a dash name one post each, in the same order (a pair elected together)."""
    out: list[RoleMention] = []
    starts = [m.span[0] for m in mentions]
    for m in mentions:
        pair = _two_heads(m.title) if m.official and starts.count(m.span[0]) == 1 else None
        names = _dash_pair(text, m.name_span) if pair is not None else None
        if pair is None or names is None:
            out.append(m)
            continue
        for title, (s, e) in zip(pair, names, strict=True):
            out.append(
                replace(m, name=proper_name(text, (s, e)), title=title, span=(m.span[0], e), name_span=(s, e))
            )
    return out


def _dash_pair(text: str, span: Span) -> tuple[Span, Span] | None:
    """The two full names of a holder's name that a hyphen splits (`Anies Baswedan-Riza Patria`:
    two words or more each side, no hyphenated word such as `Nur-Aini`), or of a name and the
    capitalised words after a spaced dash (`Parosil Mabsus - Mad Hasnurin`); None otherwise."""
    s, e = span
    hyphen = text.find("-", s, e)
    if hyphen < 0:
        after = _DASH_NAME.get().match(text, e)
        return None if after is None else ((s, e), after.span(1))
    left, right = text[s:hyphen].split(), text[hyphen + 1 : e].split()
    if min(len(left), len(right)) < _PAIR_SIDE_WORDS or word_class(f"{left[-1]}-{right[0]}") is not W.COM:
        return None
    return (s, hyphen), (hyphen + 1, e)


#: A second full name after a holder's name and a spaced dash (`Parosil Mabsus - Mad Hasnurin`).
_DASH_NAME = LazyPattern(r"[ \t]+[-–][ \t]+(\p{Lu}\w+(?: \p{Lu}\w+)+)")
#: Words on each side of a hyphen that make a pair of full names.
_PAIR_SIDE_WORDS = 2


def _two_heads(title: str) -> tuple[str, str] | None:
    """Bupati dan Wakil Bupati Sleman -> (Bupati Sleman, Wakil Bupati Sleman); None when the title
    does not open with two bare heads joined by `dan`/`serta`."""
    toks = tokenize(title)
    first = match_head(toks, 0)
    if (
        first is None
        or first.end + 1 >= len(toks)
        or toks[first.end].text.lower() not in role_words("and_word")
    ):
        return None
    second = match_head(toks, first.end + 1)
    if second is None or not (first.official and second.official):
        return None
    rest = title[toks[second.end].start :] if second.end < len(toks) else ""
    return f"{title[: toks[first.end - 1].end]} {rest}".strip(), title[toks[first.end + 1].start :]


def _post_before(text: str, start: int) -> str | None:
    """Walikota Metro dan | Wakil Walikota Metro, …: the post of capitalised words right before
    the `dan`/`serta` that comes before a mention at ``start``, from its earliest head."""
    before = text[max(0, start - _MAX_PAIRED_POST) : start]
    toks = tokenize(before)
    if len(toks) < 2 or toks[-1].text.lower() not in role_words("and_word"):
        return None
    best = None
    j = len(toks) - 2
    while j >= 0 and toks[j].kind is WORD and toks[j].text[0].isupper() and not toks[j + 1].newline:
        h = match_head(toks, j)
        if h is not None and h.official:
            best = j
        j -= 1
    return None if best is None else before[toks[best].start : toks[-2].end]


#: Characters: how far back a first post is looked for before `dan` (`_post_before`).
_MAX_PAIRED_POST = 80


#: Name words at least in a holder's name whose first word may be a body's name (`CEO Tesla
#: Elon Musk`): the name left after it has two words or more.
_BODY_NAME_MIN = 3
#: Times a word is written alone elsewhere, never in a person's context, that make it a body's
#: name after an English post, before a holder's name of two words or more (`PR Manager
#: Traveloka Busyra Oryza`).
_OFTEN_ALONE = 3
_PERSON_CUES = (Marker.HON, Marker.RANK, Marker.REL, Marker.PRE)


def _body_off(text: str, m: RoleMention, entities: Sequence[Entity]) -> RoleMention:
    """`CEO Tesla Elon Musk`, `Kepala BPP Lumbok Seminung Thamrin`: title, a company's, brand's
    or place's name, then the holder's name. The body's words (`_entity_prefix`,
    `_one_word_body`) move from the name to the title."""
    s, e = m.name_span
    words = name_tokens(text[s:e])
    if len(words) < 2 or not text.startswith(words[0], s) or not words[0][:1].isupper():
        return m
    if s == m.span[0]:
        return m  # Betty Epsilon Idroos selaku anggota KPU: a name before its title opens with no body
    if _after_title_comma(text, s):
        return m  # Kepala Pelaksana BPBD Lambar, Padang Priyo Utomo: the body ends at the comma
    if word_class(words[0]) in (W.GIV, W.AMB, W.PART) or words[0].lower() in role_words("lower_honorific"):
        return m
    english = _english_post_title(m.title)
    k = _entity_prefix(words, (s, e), entities) or (
        0
        if _first_name_called_alone(m, words, entities)
        else _one_word_body(text, words, (s, e), entities, english, held_post=m.official)
        or _outside_model_name(text, words, (s, e), entities)
    )
    if not k:
        return m
    pos = s
    for w in words[:k]:
        pos = text.find(w, pos)
        if pos < 0:
            return m
        pos += len(w)
    ns = regex.compile(r"\s+").match(text, pos)
    if ns is None or ns.end() >= e:
        return m
    name_start = ns.end()
    title = " ".join([m.title, *words[:k]])
    return RoleMention(proper_name(text, (name_start, e)), title, m.span, (name_start, e), m.official)


def _after_title_comma(text: str, s: int) -> bool:
    """Whether the holder's name starting at ``s`` follows the comma that closes its title (an
    apposition: `Kepala Pelaksana BPBD Lambar, Padang Priyo Utomo … kata Padang`): the title's
    body and place end at the comma, so no word of the name goes back to them."""
    return text[:s].rstrip().endswith(",")


#: Words at least in a place's name read off the start of a holder's name by `_entity_prefix`.
_PLACE_PREFIX_MIN = 2


def _entity_prefix(words: Sequence[str], span: Span, entities: Sequence[Entity]) -> int:
    """`Kepala BPP Lumbok Seminung Thamrin` where the model calls `Kecamatan Lumbok Seminung` a
    place elsewhere: the name's first two words or more, written elsewhere as a place or body
    after its administrative, geographic or facility word (`Kecamatan`, `Desa`, `Gunung`), are
    that place; returns how many (0: none). One word is too weak: the model often glues a
    holder's first name onto the body before it."""
    s, e = span
    kinds = place_kind_words()
    for k in range(len(words) - 1, _PLACE_PREFIX_MIN - 1, -1):
        head = " ".join(words[:k])
        for ent in entities:
            first, _, rest = " ".join(ent.text.split()).partition(" ")
            if (
                ent.label != EntityLabel.PER
                and not (ent.span[0] < e and s < ent.span[1])
                and rest == head
                and first.lower() in kinds
            ):
                return k
    return 0


def _one_word_body(
    text: str,
    words: Sequence[str],
    span: Span,
    entities: Sequence[Entity],
    english: bool = False,
    *,
    held_post: bool = True,
) -> int:
    """`CEO Tesla Elon Musk`, `Manajer Bobobox Indra Gunawan`: the first word of a name of three
    words or more is a company's or brand's name, not the holder's first name, when the article
    writes it alone elsewhere (`pabrik Tesla`), never in a person context there (`kata Tesla`,
    `Pak Tesla`), and either the model calls it part of an organisation or a place, the article
    refers to the holder by another word of the name alone (`Musk mengatakan`), or, after an
    English post (``english``: `PR Manager Traveloka Busyra Oryza`), the article writes it alone
    three times or more. Of a name of two words (`Itera Pujiono`) only when the article writes
    the word alone as a body's name (`_body_alone`) and calls the holder by the other word;
    returns 1, or 0. A post's holder (``held_post``) written whole again is not called by a later
    word alone (`_called_by_later_word`); after an occupation the words are often an event's or a
    team's name written whole many times (`pemenang Samsung Galaxy Gaming Academy`), no proof."""
    s = span[0]
    first = words[0]
    short = len(words) < _BODY_NAME_MIN
    if len(first) < 3 or (short and not _body_alone(text, first, entities)):
        return 0
    alone = [a for a, b in whole_words(text, first) if a != s and next_word(text, b) != words[1]]
    cued = [a for a in alone if _person_cue(text, a, a + len(first))]
    if not alone or any(not _body_speaks(text, first, a, entities) for a in cued):
        return 0
    held = any(
        ent.label != EntityLabel.PER and first in ent.text.split() and words[1] not in ent.text.split()
        for ent in entities
    )
    called = _called_by_later_word(text, words, span, whole_again=held_post)
    return 1 if called or (not short and (held or (english and len(alone) >= _OFTEN_ALONE))) else 0


def _called_by_later_word(text: str, words: Sequence[str], span: Span, *, whole_again: bool) -> bool:
    """`Musk mengatakan`: whether the article writes a later word of the name elsewhere without
    the name's first word right before it. With ``whole_again``, without any earlier word of the
    name: the name written whole again (`Gibran Rakabuming Raka` twice: `Raka` after
    `Rakabuming`) calls no one by its last word alone."""
    s, e = span
    return any(
        prev_word(text, x) not in (words[:k] if whole_again else words[:1])
        for k, w in enumerate(words[1:], start=1)
        if len(w) >= 3 and word_class(w) in NAMEISH
        for x, _ in whole_words(text, w)
        if not s <= x < e
    )


def _outside_model_name(text: str, words: Sequence[str], span: Span, entities: Sequence[Entity]) -> int:
    """`Ketua Umum Partai NasDem Surya Paloh`, `Ketum Pengurus Pusat Pordasi Triwatty Marciano`:
    a word that opens the holder's name right before the model's person (from the name's second
    word to its end) is the body's name the title ends with when the model writes it elsewhere as
    a later word of a body or a place (`DPP NasDem`, `Pengprov Pordasi`) at least as often as
    inside a person (`NasDem berharap` taken for one). A word the model calls a body alone, or
    opens a body with, is no proof (it does so with first names: `Bahlil`), nor one that ends a
    body before the rest of the name again (`Percasi Utut` `Adianto`). The name left has two words
    or more; returns 1, or 0."""
    s, e = span
    first = words[0]
    if (
        len(words) < _BODY_NAME_MIN
        or not first.isalpha()
        or len(first) < 3
        or word_class(first) not in (W.UNK, W.COM, W.ORG, W.ACR)
    ):
        return 0
    gap = regex.compile(r"[ \t]+").match(text, s + len(first))
    if gap is None or not any(
        ent.label == EntityLabel.PER and ent.span == (gap.end(), e) for ent in entities
    ):
        return 0
    elsewhere = [ent for ent in entities if not (ent.span[0] < e and s < ent.span[1])]
    bodies = sum(
        ent.label != EntityLabel.PER and first in ent.text.split()[1:] and not _glued_again(text, ent, words)
        for ent in elsewhere
    )
    persons = sum(ent.label == EntityLabel.PER and first in ent.text.split() for ent in elsewhere)
    return int(bodies >= max(1, persons))


def _glued_again(text: str, ent: Entity, words: Sequence[str]) -> bool:
    """Whether the body ``ent`` ends with the name's first word and the name's second follows it:
    the model glued the same first name onto a body there too."""
    return ent.text.split()[-1] == words[0] and next_word(text, ent.span[1]) == words[1]


def _body_speaks(text: str, word: str, at: int, entities: Sequence[Entity]) -> bool:
    """Whether ``word`` at ``at``, in a person's context, is a body's name there: an organisation
    word (`Muhammadiyah menyampaikan`) or a later word of the model's body (`Kementerian Imipas
    menilai`): bodies speak too. A body's word before it alone is no proof (`Ketua Ace
    mengatakan`), nor a body the model opens with it (a name glued to a body's)."""
    inside = any(ent.label != EntityLabel.PER and ent.span[0] < at < ent.span[1] for ent in entities)
    return inside or word_class(word) is W.ORG


def _body_alone(text: str, word: str, entities: Sequence[Entity]) -> bool:
    """Whether the article writes ``word`` alone as a body's short name in brackets (`Institut
    Teknologi Sumatera (Itera)`) or the model calls it alone a body or a place."""
    return f"({word})" in text or any(ent.label != EntityLabel.PER and ent.text == word for ent in entities)


def _first_name_called_alone(m: RoleMention, words: Sequence[str], entities: Sequence[Entity]) -> bool:
    """`Kadis PUPR Madina Elpi Yanti Harahap … Elpi menerima`: after a post written in Indonesian,
    the model naming a person by the name's first word alone elsewhere (a PER entity of that one
    word, at least twice as often as a place or a body: not `Cagliari`) makes it the holder's
    first name, no body's; after an English post (`CTO Traveloka Derianto Kusuma`) a company's
    name comes first and the model's lone PER is no proof."""
    first = words[0]
    alone = [ent.label == EntityLabel.PER for ent in entities if ent.text == first]
    return not _english_post_title(m.title) and alone.count(True) >= max(1, 2 * alone.count(False))


def _person_cue(text: str, a: int, b: int) -> bool:
    """A person context: an honorific or rank before the word, a speech verb after it (`Tesla
    mengatakan`), or one before it that the word ends (`kata Tesla.`; `mengatakan Tesla akan …`
    opens a reported clause)."""
    prev, nxt = prev_word(text, a), next_word(text, b)
    speech = speech_verbs()
    said = prev.lower() in speech and text[b : b + 1] in ("", ".", ",", ";", "\n")
    return said or nxt.lower() in speech or word_marker(prev) in _PERSON_CUES
