"""Furniture glued inside a paragraph: teaser headlines, site prompts and ad copy.

`_headline_end` finds where a `Baca juga: <headline>` glued into a sentence stops (the body
resumes at a lowercase run, a sentence opener or a quote); `_trailing_prompts` finds the site
prompts (`Simak berita … di Google News`) closing a paragraph; `_ad_copy` the unquoted
`… Anda!` sentences of an advertisement.
"""

from __future__ import annotations

import itertools
from functools import cache

import regex

from ..resources import load_lines, load_table
from ..text.patterns import folded_for_literals
from ..text.words import WordClass, common_words, given_names, speech_verbs, word_class
from .kinds import Label, LineKind
from .lexicon import (
    _connectives,
    _english_words,
    _function_words,
    _labels,
    _patterns,
    _prompt_clause,
    _reader_words,
    _sentence_openers,
)

# Quotes and punctuation around a token's word (`“Di`, `sana,`)
_TOKEN_PUNCT = "\"“”'‘’,.:;!?()[]"
# A glued teaser block is read for at most this many words (three related headlines in a row)
_HEADLINE_TOKENS = 45
# A teaser headline in sentence case (`Baca juga: Menteri sebut jalan tol siap dipakai`) is read to
# the next teaser, credit or the paragraph's end when no stop comes first, up to this many words
_OPEN_HEADLINE_WORDS = 25
# A title-case reading that keeps fewer words than this (`Baca juga: Bulog | Sultra jamin …`) met a
# headline in sentence case
_TITLE_CASE_MIN_WORDS = 4
# A headline in sentence case has at least this many words before the next sentence's first word
_SENTENCE_CASE_MIN_WORDS = 3
# A sentence-case headline's end lies within this many words of its marker, the longest headline
# that several pages glue in front of different body text (news-raw: 1,158 teasers, 4 to 23 words,
# all but 24 of them 16 or fewer); a reading that ends further on has run into the body's sentence
# and ended inside it (`… di Tottenham Hotspur Tottenham Hotspur sukses melanjutkan tren kemenangan
# mereka setelah mengalahkan | Sheffield United …`), so it finds no end. 20, not 23: over news-raw a
# reach of 23 reads no more headlines right and cuts three pages' body sentences (lines 8989, 9390,
# 9640) that 20 keeps whole
_SENTENCE_CASE_MAX_WORDS = 20
# The next sentence answers a question when it opens with this many of its words (`Mutasi virus …`;
# one, `Apakah`, may open another question)
_ANSWER_WORDS = 2
# `… Heru pun menegaskan …`, `… Bung Kus juga berpendapat …`: particles between a subject and its verb
_SUBJECT_PARTICLES = frozenset(["pun", "juga", "lalu", "kemudian"])
# `Baca juga: Raisa ungkap cara … Raisa berpendapat …`: the headline's subject opens the paragraph
# again within a headline's length (further on, it is a later sentence's)
_SUBJECT_AGAIN_WORDS = 14
# `… di pelabuhan dan bandara Di Pelabuhan Merak, Menhub …`: the opening phrase of a sentence that a
# capitalised connective begins closes with a comma within a few words
_OPENING_PHRASE_WORDS = 5
# `Baca juga: Jasamarga beri diskon tol di Sumut 2. Periode 31 Desember …`: a listicle's next item
# number ends a sentence-case headline read within a headline's length (ANTARA's run 6-14 words)
_LIST_ITEM_WORDS = 16
_LIST_NUMBER = regex.compile(r"(?P<k>\d{1,2})\.")
# an item's number before a capitalised word, no digit or stop glued before it (`1. Periode …`)
_ITEM_BEFORE = regex.compile(r"(?<![\d.,])\b(?P<k>\d+)\.\s+\p{Lu}")
# Such a headline's end is looked for in this many characters after its marker (25 words of ~16
# characters): a bounded window keeps the search linear in the page
_OPEN_HEADLINE_CHARS = 400
# Site prompts close a paragraph: its last eight sentences, within its last 3000 characters, are
# read; a sentence is a prompt with two prompt phrases, or one and a link
_PROMPT_TAIL_CHARS = 3000
_PROMPT_SENTENCES = 8
_PROMPT_PHRASES = 2
# Words after a prompt's link that make a sentence of their own (the prompt had no stop)
_WORDS_AFTER_LINK = 4
# A question to the reader after a site's prompts is short (`Menurut kamu gimana?`)
_READER_PROMPT_WORDS = 8
# Emoji and marks after a prompt's question mark (`gimana? 👇`)
_TRAILING_SYMBOLS = regex.compile(r"[\p{So}\p{Sk}\s]+$")
# An ad sentence is short; two sales words (`Promo … Diskon`) make ad vocabulary
_AD_SENTENCE_WORDS = 40
_SALES_WORDS = 2
# A bracketed code closing a teaser's reading (`… Memenuhi Syarat (mnf/dal)`)
_CLOSING_CODE = regex.compile(r"\s+\(\s*(?P<code>[^()\s]{1,40})\s*\)\s*$")

# `… kata dia. (abc/fay) pencurian sapi lampung selatan`: the site's tag words in lowercase run on
# after the reporters' slashed codes, to the end of the article
_CODE_THEN_TAGS = regex.compile(
    r"\(\s*(?P<code>[^()\s]{1,40})\s*\)(?P<tags>(?:\s+[\p{Ll}\d][\p{Ll}\d-]*){2,30})\s*$"
)


def _tags_after_code(line: str) -> int | None:
    """Where a tag list after the reporters' closing codes starts (`(dai/dai) pembunuhan lampung`),
    or None: the codes must be slashed initials, the tags lowercase words only, no stop between."""
    m = _CODE_THEN_TAGS.search(line)
    if m is None or "/" not in m["code"] or not _patterns().initials_code.fullmatch(m["code"]):
        return None
    return m.start("tags")


# `… dalam Operasi Kepolisian “Zebra Jaya 2023” selama …`: a few quoted words closed with no comma or
# stop before the mark name a title inside the sentence; a quotation opening the body runs on
_QUOTED_NAME = regex.compile(r"[\"“”‘«][^\"“”‘’«»,.!?]{1,40}[\"”’»]")
# A sentence-case teaser's headline holds a quoted name among its first ten words (news-raw: `KCIC
# ingatkan "gate" Whoosh …`, `… Ardina Rasti “comeback” di film horor “Lampir”`); one further on
# stands in the body's sentence or a subheading after the headline (`… EDC bank Tema HUT ke-130:
# “Satu Bank Untuk Semua”`), where the reading stops as at a quotation
_QUOTED_NAME_WORDS = 10


def _opens_quote(token: str) -> bool:
    """Whether ``token`` opens a quotation: an opening mark, or a closing one typed before a word
    (`”Di FFWI, juri …`: a closing mark is glued after a word, not before one)."""
    return token[0] in '"“‘«' or (token[0] == "”" and token[1:2].isalpha())


# `Dipaparkannya,`, `Ditambahkan,`: a passive verb (`di…kan`, `di…i`) or a word with `-nya`, closed
# by a comma: a sentence's opening adverbial (`Dipaparkannya, ke 12 pekon …`), no headline's word
_COMMA_ADVERBIAL = regex.compile(r"(?i)(?:di\p{L}{3,}(?:kan|i)(?:nya)?|\p{L}{3,}nya),")


def _comma_adverbial(token: str) -> bool:
    """Whether a token is a passive verb or a `-nya` word closed by a comma (`Dipaparkannya,`): with
    a lowercase word after it, where a sentence glued after a teaser's headline opens (news-raw
    4494: three headlines glued after `Baca Juga`, then `Dipaparkannya, ke 12 pekon …`)."""
    return _COMMA_ADVERBIAL.fullmatch(token) is not None


def _headline_end(line: str, start: int) -> int:
    """Where a teaser headline glued into a paragraph ends (`Baca Juga : Judul Berita Kalimat …`).

    Headlines are title case; the body resumes at the capitalised word that opens a
    lowercase run (`… Dana Desa Eva mengungkapkan …`), at a word that usually opens a
    sentence (`… Kecamatan Kepala Dinas Perdagangan mengatakan …`) or at an opening quote.
    """
    fw = _function_words()
    openers = _sentence_openers()
    end = start  # end of the headline accepted so far
    stop_after: int | None = None
    run: list[tuple[int, str, bool]] = []  # (headline end before it, word, is a function word)
    opener_at: int | None = None  # the headline's end before a capitalised opener just read
    p = _patterns()
    for n, m in enumerate(p.token.finditer(line, start)):
        if n >= _HEADLINE_TOKENS:
            break
        tok = m.group()
        if _opens_quote(tok) or (tok[0] in "BbSsLl" and p.teaser_next.match(line, m.start())):
            break  # a quote opens the body again, or the next teaser follows
        core = tok.strip(_TOKEN_PUNCT)
        if opener_at is not None and core[:1].islower():
            return opener_at  # `… Piala Dunia Karena itu, Nova …`: an opener and a lowercase word
        opens = core.casefold() in openers or _comma_adverbial(tok)
        opener_at = end if core[:1].isupper() and opens and end > start else None
        if not core:
            end = m.end()
        elif core[0].isupper() or core[0].isdigit() or core[0] == "+":
            run.append((end, core.casefold(), False))
            end = m.end()
            if tok.endswith(("?", "!")):
                stop_after = end  # `… Penceramah Agama? Kasatpol PP …`: a sentence may start here
        elif core.casefold() in fw:
            run.append((end, core.casefold(), True))
            end = m.end()
        else:
            # a lowercase content word: its sentence began at a capitalised word of the last run
            caps = [(before, word) for before, word, is_fw in run if not is_fw]
            if not caps:
                return start
            # `Direktur Pertahanan dan Keamanan Bappenas …`: a joiner inside a name does not part it
            joiners = frozenset(_labels(Label.NAME_JOINER))
            last_fw = max(
                (i for i, (_, word, is_fw) in enumerate(run) if is_fw and word not in joiners), default=-1
            )
            tail = [(before, word) for before, word, is_fw in run[last_fw + 1 :] if not is_fw]
            fallback = not tail
            tail = tail or caps[-1:]
            # `Bupati X Resmikan …` opens the headline itself: an opener counts after its start only
            openers_at = [before for before, word in tail if word in openers and before > start]
            if openers_at:
                return max(openers_at)
            if stop_after is not None and stop_after > start and (fallback or stop_after >= tail[0][0]):
                return stop_after
            return _name_start(line, tail, start)
    return end


def _name_start(line: str, tail: list[tuple[int, str]], start: int) -> int:
    """Where the sentence that a lowercase word resumes begins in the headline's last capitalised
    run ``tail`` ((headline end before it, word) pairs): at its last word, or, when that is written
    as a name (`Hikami`, no acronym), earlier at the given names before it that are no common words
    (`… Berikut Formasinya Ahmad Hikami menjelaskan …`: the speaker's whole name opens the body;
    `… Panen Dini Ezra pun …`: `dini` is a word), keeping the headline's first word."""
    last = line[tail[-1][0] :].split(maxsplit=1)[0].strip(_TOKEN_PUNCT)
    names = given_names() - common_words()
    n = len(tail) - 1
    if last[1:].islower():
        while n > 0 and tail[n - 1][1] in names and tail[n - 1][0] > start:
            n -= 1
    return tail[n][0]


def _teaser_end(line: str, start: int) -> int:
    """Where the headline of a glued teaser ends: title case (`_headline_end`), or, when that reads
    too few words, sentence case (`_sentence_case_end`, with its fallback before a connective or
    pronoun opener after a capitalised word: `… kontra Persita Menurut Valente, …`); run on to the
    next teaser or credit when no stop comes first (`_open_headline_end`). A credit's label glued to
    its last word ends it whichever reading runs on (`… Fish WeekPewarta: Budi SantosoEditor: Ani`:
    the capitalised credit would read as more of the headline)."""
    end = _headline_end(line, start)
    if len(line[start:end].split()) < _TITLE_CASE_MIN_WORDS:
        end = _sentence_case_end(line, start) or end
    end = max(end, _open_headline_end(line, start) or 0)
    p = _patterns()
    credit = p.credit_start.search(line, start + 1, end)
    if credit is not None:
        return len(line[: credit.start()].rstrip())
    # `Lihat Juga : Gus Ipul Soal Gelar Pahlawan (mnf/dal)`: the reporters' slashed codes in
    # brackets after the last teaser close the article, no headline's words
    code = _CLOSING_CODE.search(line, start, end) or _codes_after_headline(line, end)
    if code is not None and p.initials_code.fullmatch(code["code"]):
        return len(line[: code.start()].rstrip())
    return _whole_name_end(line, start, end)


# `… Serangan Teror di Medsos Budi Waseso yang …`: a headline's words before the name it would split
_SPLIT_NAME_MIN_WORDS = 4
_WORD_AT_END = regex.compile(r"(\S+)\s*$")
_WORD_NEXT = regex.compile(r"\s+(\S+)")


def _whole_name_end(line: str, start: int, end: int) -> int:
    """``end`` moved back before the headline's last word when that word and the body's first one
    are one name that the page writes whole elsewhere (`… di Medsos Budi | Waseso yang juga hadir …`
    and `Budi Waseso` earlier): a name is not split between a teaser and the body, and the body's
    sentence opens with its subject. Only after a headline of `_SPLIT_NAME_MIN_WORDS` words or more
    (`Baca juga: Bayern | Muenchen akan …` opens the headline with that name), and not when the next
    teaser or a credit follows (`… di Museum Nasional Baca juga: …`: no body there)."""
    p = _patterns()
    if p.teaser_next.match(line, end) or p.credit_start.match(line, end):
        return end
    last = _WORD_AT_END.search(line, start, end)
    first = _WORD_NEXT.match(line, end)
    if last is None or first is None or len(line[start : last.start()].split()) < _SPLIT_NAME_MIN_WORDS:
        return end
    then = _WORD_NEXT.match(line, first.end())
    name = f"{last[1]} {first[1].rstrip(_TOKEN_PUNCT)}"
    if then is None or _comma_adverbial(first[1]) or not _name_runs_on(name, then[1]):
        return end  # `… Dana Desa | Dipaparkannya, ke …`: an opening adverbial is no name's word
    seen = line.find(name, 0, last.start()) >= 0 or line.find(name, first.end()) >= 0
    return len(line[: last.start()].rstrip()) if seen else end


def _name_runs_on(name: str, then: str) -> bool:
    """Whether two words across a teaser's end may be one name that opens a sentence: both
    capitalised, neither a connective, preposition or English function word (`… Periode Februari
    Pada rakor …`), no punctuation inside, and a lowercase word going on after them (`Budi Waseso
    yang …`; `… Periode Februari Sejak itu …` goes on with no sentence)."""
    head, tail = name.split(" ")
    return (
        head[:1].isupper()
        and tail[:1].isupper()
        and head == head.strip(_TOKEN_PUNCT)
        and then[:1].islower()
        and not {head.casefold(), tail.casefold()} & _joining_words()
    )


# a sentence's stop: a full stop before a space (`Rp 1.350`, `Ditangkap! Ini` are a headline's)
_FULL_STOP = regex.compile(r"\.[\"”’)]?(?:\s|$)")


def _codes_after_headline(line: str, end: int) -> regex.Match[str] | None:
    """`Baca juga: … Video: Tampang Pelaku di Lampung (dai/dai)`: the reporters' codes closing the
    line, the words between the headline's reading and them no sentence (no full stop, no more
    than a headline's tokens), so the headline runs on to the codes."""
    code = _CLOSING_CODE.search(line, end)
    if code is None:
        return None
    gap = line[end : code.start()]
    return code if len(gap.split()) <= _HEADLINE_TOKENS and not _FULL_STOP.search(gap) else None


def _sentence_case_end(line: str, start: int) -> int | None:
    """`Baca juga: Bulog jamin stok beras aman hingga Desember Sementara itu, …`: a headline in
    sentence case ends before a word that usually opens a sentence, capitalised after a lowercase
    word or a number; or before a capitalised common word that a lowercase word follows (`… taklukkan
    Persebaya 3-0 Pertandingan ini memang sulit …`: a proper noun is no common word); before a
    capitalised connective (`… Jepang Di sana, …`), the headline's subject again (`_subject_again`)
    or a quotation (`… inovasi “Di FFWI, …`); after a question's mark that closes a headline's words
    (`Benarkah kopi baik untuk lambung? Dokter …`); None when no such word comes within
    `_SENTENCE_CASE_MAX_WORDS` words, or a stop comes first: a reading that runs further has ended
    inside the body's sentence (one that ends within the reach still may). Where that reading finds
    no end, the end before the first sentence opener that is a connective or a pronoun after a
    capitalised word (`_clause_opener`: `… kontra Persita Menurut Valente, …`, `… Red Bull Adapun
    Verstappen …`), if any: the fallback."""
    openers = _sentence_openers()
    p = _patterns()
    after_lower = False
    quoted_end = -1  # the end of a quoted name read inside the headline
    fallback: int | None = None  # the end before the first clause opener after a capitalised word
    tokens = list(itertools.islice(p.token.finditer(line, start), _HEADLINE_TOKENS + 1))
    for n, m in enumerate(tokens):  # token n has n words before it (tokens are ``\S+``)
        if n > _SENTENCE_CASE_MAX_WORDS:
            return fallback  # past the reach
        tok = m.group()
        quoted = _quoted_name(line, m.start()) if _opens_quote(tok) else None
        if n >= _SENTENCE_CASE_MIN_WORDS and _opens_quote(tok) and quoted is None:
            return len(line[: m.start()].rstrip())  # `… berbagai inovasi “Di FFWI, juri …`
        if m.start() < quoted_end:
            continue  # a word of the quoted name read as one
        if n < _QUOTED_NAME_WORDS and quoted is not None:
            # `KCIC ingatkan "gate" Whoosh ditutup …`: a quoted name is one of the headline's words,
            # read as a name (no sentence opens right after it)
            quoted_end, after_lower = quoted.end(), False
            continue
        if n >= _HEADLINE_TOKENS or _opens_quote(tok) or p.teaser_next.match(line, m.start()):
            return fallback
        core = tok.strip(_TOKEN_PUNCT)
        if not core:
            continue
        folded = core.casefold()
        if n == 0 and folded in openers and m.start() == start and line[start - 1 : start].isalpha():
            return start  # `Baca JugaSementara itu, …`: the site left the headline out, the body goes on
        if (
            fallback is None
            and core[0].isupper()
            and n >= _SENTENCE_CASE_MIN_WORDS
            and _clause_opener(core, openers)
        ):
            fallback = len(line[: m.start()].rstrip())
        if core[0].isupper() and (
            (after_lower and folded in openers)
            or (n > 0 and folded in _connectives() and _lowercase_next(tokens, n))
            or (after_lower and folded in _connectives() and _phrase_then_comma(tokens, n))
            or (after_lower and n >= _SENTENCE_CASE_MIN_WORDS and _subject_then_verb(tokens, n))
            or _subject_again(line, tokens, n)
            or (n >= _SENTENCE_CASE_MIN_WORDS and _opens_clause(tok, tokens[n + 1 : n + 3], after_lower))
        ):
            return len(line[: m.start()].rstrip())
        if _next_list_item(line, tokens, n, start):
            return len(line[: m.start()].rstrip())  # `… di Sumut 2. Periode 31 Desember …`
        if tok.rstrip("\"”’'").endswith("?") and n + 1 >= _SENTENCE_CASE_MIN_WORDS:
            # `… baik untuk lambung? Dokter …`; its end is word n + 1, which must be within reach
            return fallback if _answered(tokens, n) or n >= _SENTENCE_CASE_MAX_WORDS else m.end()
        if tok.endswith((".", "!", "?")):
            return fallback  # a stop first: not a headline
        after_lower = core[0].islower() or core[0].isdigit()
    return fallback


def _clause_opener(core: str, openers: frozenset[str]) -> bool:
    """Whether a capitalised word opens a clause wherever it stands: a sentence opener that is a
    connective or a pronoun (`Adapun`, `Menurut`, `Selain`, `Sebelumnya`, `Ia`), no official's title
    (`Gubernur` after `Penjabat` goes on a title)."""
    folded = core.casefold()
    return folded in openers and (folded in _connectives() or word_class(core) is WordClass.STOP)


def _next_list_item(line: str, tokens: list[regex.Match[str]], n: int, start: int) -> bool:
    """Whether token ``n`` is a listicle's item number that a capitalised word follows, within a
    headline's length (`… di Sumut 2. Periode 31 Desember …`): the first item, or one whose number
    before it the paragraph holds ahead of the teaser (`1. Periode 22 Desember …`), so the list goes
    on past the teaser (`… mencapai 12. Menurut dia …` ends a sentence: no item 11 before)."""
    number = _LIST_NUMBER.fullmatch(tokens[n].group())
    if not 0 < n <= _LIST_ITEM_WORDS or number is None or n + 1 >= len(tokens):
        return False
    if not tokens[n + 1].group()[:1].isupper():
        return False
    k = int(number["k"])
    return k == 1 or any(m["k"] == str(k - 1) for m in _ITEM_BEFORE.finditer(line, 0, start))


def _answered(tokens: list[regex.Match[str]], n: int) -> bool:
    """Whether the sentence after a question ending at token ``n`` opens with two of the question's
    content words (`Apa pengaruh mutasi virus? Mutasi virus bisa …`): the body answers its own
    subheading, no teaser's headline (`… Juga? Apakah telepon …` opens another question)."""
    following = tokens[n + 1 : n + 1 + _ANSWER_WORDS]
    asked = {_core(t) for t in tokens[: n + 1]} - _function_words()
    return len(following) == _ANSWER_WORDS and all(_core(t) in asked for t in following)


def _quoted_name(line: str, at: int) -> regex.Match[str] | None:
    """A few quoted words at ``at`` naming a title or a term inside the sentence (`_QUOTED_NAME`:
    `"gate"`, `"kain duka"`, `“Tenun Lio”`); quoted words that open capitalised with a lowercase
    word after it, or that a speech verb follows, are a quotation that opens the body's sentence
    (`“Kami siap membantu warga terdampak” kata Bupati …`)."""
    quoted = _QUOTED_NAME.match(line, at)
    if quoted is None:
        return None
    words = quoted.group()[1:-1].split()
    sentence = words[0][:1].isupper() and any(w[:1].islower() for w in words[1:])
    verb = line[quoted.end() :].split(maxsplit=1)[:1]
    return None if sentence or (verb and verb[0].casefold() in speech_verbs()) else quoted


def _subject_again(line: str, tokens: list[regex.Match[str]], n: int) -> bool:
    """`Baca juga: Raisa ungkap cara … Raisa berpendapat …`: token ``n`` repeats the headline's
    first word (its subject) within a headline's length, a lowercase word after it: the paragraph the
    teaser announced opens there (`… Susi AirBaca juga: Bamsoet minta …` is the next teaser glued on)."""
    return (
        _SENTENCE_CASE_MIN_WORDS <= n <= _SUBJECT_AGAIN_WORDS
        and _core(tokens[n]) == _core(tokens[0])
        and _lowercase_next(tokens, n)
        and not _patterns().teaser_next.search(line, tokens[n - 2].start(), tokens[n].start())
    )


def _phrase_then_comma(tokens: list[regex.Match[str]], n: int) -> bool:
    """Whether capitalised words after the connective at token ``n`` run to a comma within
    `_OPENING_PHRASE_WORDS` (`… di pelabuhan dan bandara Di Pelabuhan Merak, Menhub meninjau …`):
    sentence case writes a connective lowercase, so a capitalised one after a lowercase word whose
    phrase closes with a comma is the next sentence's opening phrase (a place or a date before its
    subject). After a capitalised word it may be a name's part or a headline's next word (`… gol
    Angel Di Maria, …`, `… kedatangan Shin Tae-yong Di Jakarta, …`), so the caller reads it after a
    lowercase word only (`_sentence_case_end`; review fix40f: after a name it cut body text)."""
    following = tokens[n + 1 : n + 1 + _OPENING_PHRASE_WORDS]
    for m in following:
        word = m.group()
        if not word[:1].isupper() and not word[:1].isdigit() and word[:1] != "(":
            return False
        if word.endswith(","):
            return True
    return False


# `… Ronaldo menolak …`: a body sentence's verb takes its prefix (meN-), a headline's is bare (`tolak`)
_ACTIVE_PREFIX = "me"
_ACTIVE_MIN_CHARS = 6


def _subject_then_verb(tokens: list[regex.Match[str]], n: int) -> bool:
    """Whether the capitalised token ``n`` is the subject of the sentence after a sentence-case
    headline: an active verb with its prefix follows (`… Rp32,7 miliar Zikri memberikan …`), also
    past a particle (`… kopi Zikri pun memberikan …`), and its object after it: a lowercase word
    that is no preposition (`… memberikan tips …`). Headlines write the verb bare (`Zikri beri
    tips`), so the prefixed verb taking an object is the body's; one with none after it is a
    headline's intransitive verb (`… pasar Cianjur melonjak jelang Ramadan`, `… COVID-19 melandai
    Berbagai …`), and a prefixed preposition is a function word (`… Cianjur melalui Baznas`).
    A word after a preposition, a connective, an English word or a comma is that word's object or
    a clause inside one sentence (`… bergabung dengan Coldplay memainkan …`, `… Secara keseluruhan,
    Son memuji …`), and a subject with a comma after it is an apposition (`… Piala Afrika Sarr,
    yang …`)."""
    before = tokens[n - 1].group()
    word = tokens[n].group()
    if before.endswith(",") or word.endswith(",") or _core(tokens[n - 1]) in _joining_words():
        return False
    following = [m.group() for m in tokens[n + 1 : n + 4]]
    if following and following[0].casefold() in _SUBJECT_PARTICLES:
        following = following[1:]
    verb, obj = [*following, "", ""][:2]
    return (
        verb[:1].islower()
        and verb.startswith(_ACTIVE_PREFIX)
        and len(verb.strip(_TOKEN_PUNCT)) >= _ACTIVE_MIN_CHARS
        and verb.strip(_TOKEN_PUNCT).casefold() not in _function_words()
        and verb == verb.rstrip(_TOKEN_PUNCT)
        and obj[:1].islower()
        and obj.strip(_TOKEN_PUNCT).casefold() not in _function_words()
    )


@cache
def _joining_words() -> frozenset[str]:
    """The words that take an object or join clauses: prepositions and function words, connectives,
    English words (`… WAUNT by Oriflame …`)."""
    return _function_words() | _connectives() | _english_words()


def _core(token: regex.Match[str]) -> str:
    """The token's word without its quotes and punctuation, lowercase."""
    return token.group().strip(_TOKEN_PUNCT).casefold()


def _lowercase_next(tokens: list[regex.Match[str]], n: int) -> bool:
    """Whether a lowercase word follows token ``n`` (`… lansia Jepang Di sana, delegasi …`: sentence
    case writes a connective lowercase, so a capitalised one with a lowercase word after it opens the
    next sentence, after a name too)."""
    return n + 1 < len(tokens) and tokens[n + 1].group()[:1].islower()


def _opens_clause(token: str, following: list[regex.Match[str]], after_lower: bool) -> bool:
    """Whether a capitalised ``word`` inside a sentence-case teaser opens the next sentence: a
    common word (no proper noun) that lowercase words follow (`… 3-0 Pertandingan ini memang …`;
    after a capitalised word two of them, `… Red Bull Namun saat mereka …`), or a name that a
    speech verb follows (`… P3SPS Ubaidillah mengatakan …`), also past a particle (`… per hari Heru
    pun menegaskan …`; a name with a comma after it is another's apposition: `… Laurabeth Cabbot, juga
    menyebut …`)."""
    core = token.strip(_TOKEN_PUNCT)
    word = core.casefold()
    after = [m.group().strip(_TOKEN_PUNCT) for m in following]
    lower = [w[:1].islower() for w in after]
    # a derived word is a common one too (`… 147.427 jiwa Pendataan penduduk …`, `Ceritanya berlanjut`);
    # a hyphenated pair is no such evidence (`Alexander-Arnold`, `Indonesia-China`)
    derived = "-" not in core and word_class(core) is WordClass.COM
    if (word in common_words() and word not in given_names()) or derived:
        return bool(lower) and lower[0] and (after_lower or (len(lower) > 1 and lower[1]))
    verbs = [w.casefold() for w in after]
    if verbs and verbs[0] in _SUBJECT_PARTICLES and not token.endswith(","):
        verbs = verbs[1:]
    return bool(verbs) and verbs[0] in speech_verbs()


def _inline_spans(line: str) -> list[tuple[int, int, LineKind]]:
    """The inline markers' cuts in ``line``, as ``_patterns().inline.finditer`` finds them.

    The markers joined in one alternation are tried at every character, three times the cost of
    one pass per marker; here each marker searches on its own and the alternation's order is
    kept: the leftmost match, the first marker on a tie, the next one searched from its end.
    """
    p = _patterns()
    parts = _markers_in(line)
    ahead = [rx.search(line) for _, rx in parts]
    found: list[tuple[int, int, LineKind]] = []
    pos = 0
    while True:
        best = -1
        for k, m in enumerate(ahead):
            if m is not None and m.start() < pos:
                m = ahead[k] = parts[k][1].search(line, pos)
            if m is not None and (best < 0 or m.start() < ahead[best].start()):
                best = k
        if best < 0:
            return found
        m = ahead[best]
        if m.end() == m.start():  # an empty match: the alternation's own stepping rules apply
            return [(m.start(), m.end(), p.kinds[m.lastgroup][0]) for m in p.inline.finditer(line)]
        found.append((m.start(), m.end(), parts[best][0]))
        pos = m.end()


def _inline_start(line: str, start: int, end: int) -> int | None:
    """Where ``_patterns().inline.search(line, start, end)`` finds the first inline marker (None:
    none): the leftmost start of any marker, each searched on its own (`_inline_spans`)."""
    found = [
        m.start() for _, rx in _markers_in(line[start:end]) if (m := rx.search(line, start, end)) is not None
    ]
    return min(found, default=None)


def _markers_in(text: str) -> list[tuple[LineKind, regex.Pattern[str]]]:
    """The inline markers that can match inside ``text``, in their order: those whose required
    strings (`required_literals`, read once from each pattern) the casefolded text holds one of
    (`folded_for_literals`: `İlustrasi` holds `ilustrasi`).
    Most lines hold none of the markers' words, and an ``in`` test is far cheaper than a search
    (news-raw and the dev articles: 92% of the markers' searches skipped, the same cuts); each
    string is looked for once, however many markers require it."""
    p = _patterns()
    folded = folded_for_literals(text)
    present = {s for s in p.inline_literals if s in folded}
    return [
        part
        for part, needs in zip(p.inline_parts, p.inline_needs, strict=True)
        if needs is None or not needs.isdisjoint(present)
    ]


def _open_headline_end(line: str, start: int) -> int | None:
    """Where a teaser headline with no stop ends: at the next teaser, the credit or the furniture
    after it, or the paragraph's end (`Baca juga: Menteri sebut tol siap dipakai Baca juga: …`,
    `… Baca juga: Bupati resmikan pasar baruPewarta: Budi`); None when a sentence's stop or too many
    words come first (then the body resumes inside, and `_headline_end` finds where)."""
    p = _patterns()
    window = min(len(line), start + _OPEN_HEADLINE_CHARS)  # read a bounded window: linear in the page
    found = (p.teaser_next.search(line, start, window), p.credit_start.search(line, start, window))
    starts = (*(m.start() for m in found if m is not None), _inline_start(line, start, window))
    bounds = [at for at in starts if at is not None and at > start]
    if not bounds and window < len(line):
        return None  # no teaser, credit or furniture near, and the paragraph goes on
    end = min(bounds, default=len(line))
    segment = line[start:end]
    if p.stop.search(segment) or not 0 < len(segment.split()) <= _OPEN_HEADLINE_WORDS:
        return None
    return len(line[:end].rstrip())


def _sentence_starts(line: str, tail: int = _PROMPT_TAIL_CHARS) -> list[int]:
    """Where the sentences of the line's last ``tail`` characters start: after `.`, `!` or `?` (and
    a closing quote) before a capital or a quote."""
    first = max(0, len(line) - tail)
    return [first] + [m.end() for m in _patterns().sentence_break.finditer(line, first)]


def _prompt_score(text: str) -> tuple[int, bool]:
    """Prompt phrases and whether a web address is there; a prompt by its parts (`_prompt_clause`:
    `follow buat update`) counts as a whole prompt's phrases."""
    p = _patterns()
    clauses = len(_prompt_clause().findall(text)) * _PROMPT_PHRASES
    return len(p.chrome_phrase.findall(text)) + clauses, bool(p.url.search(text))


def _strong_prompt(score: tuple[int, bool]) -> bool:
    """A site prompt by its score: two prompt phrases, or one and a web address."""
    phrases, url = score
    return phrases >= _PROMPT_PHRASES or (phrases > 0 and url)


def _trailing_prompts(line: str) -> int | None:
    """Start of the site prompts (follow us, install our app) glued to the end of a paragraph; a
    short question to the reader after them (`… follow buat update. Menurut kamu gimana? 👇`) goes
    with them."""
    starts = _sentence_starts(line)[-_PROMPT_SENTENCES:]
    ends = [*starts[1:], len(line)]
    pairs = list(zip(reversed(starts), reversed(ends), strict=True))
    if len(pairs) > 1 and _reader_prompt(line[pairs[0][0] : pairs[0][1]]):
        pairs = pairs[1:]
    cut = None
    for start, end in pairs:
        phrases, url = _prompt_score(line[start:end])
        if _strong_prompt((phrases, url)):
            cut = start
        elif not (phrases or url):
            break
    return cut


# A fact-check's verdict box closes the article: its claim is one sentence (news-raw: under 120
# characters) and after its rating come at most the embedded posts and the desk's headlines of other
# checks (news-raw: at most 589 characters after the rating's label)
_CLAIM_CHARS = 300
_VERDICT_TAIL_CHARS = 800


@cache
def _verdict_pattern() -> regex.Pattern[str]:
    """`Klaim: <claim> Rating: <verdict>` after a sentence's end, from the claim and rating labels of
    ``clean_labels.txt``, capitalised or shouted."""

    def labels(kind: Label) -> str:
        return "|".join(f for w in _labels(kind) for f in (w.capitalize(), w.upper()))

    return regex.compile(
        rf"(?<=[.!?\"”)]\s+)(?:{labels(Label.CLAIM)})\s*:\s*[^:\n]{{3,{_CLAIM_CHARS}}}?\s"
        rf"(?:{labels(Label.RATING)})\s*:\s*\S"
    )


def _verdict_box(line: str) -> tuple[int, int] | None:
    """Start and end of a fact-check's verdict box closing the article (`… agar tidak mudah percaya.
    Klaim: Stiker barcode di gardu tol resmi Rating: Hoaks Cek fakta: Hoaks! … Pewarta: Budi`): the
    claim's label after a sentence's end, the rating's within one sentence after it, and no more
    than `_VERDICT_TAIL_CHARS` after that (embedded posts, other checks' headlines), up to the
    closing credit, which stays for the byline; None where the box stands higher in the
    paragraph, above the article's own words, or none is there."""
    found = None
    for m in _verdict_pattern().finditer(line, max(0, len(line) - _VERDICT_TAIL_CHARS - _CLAIM_CHARS)):
        found = m
    if found is None or len(line) - found.end() > _VERDICT_TAIL_CHARS:
        return None
    credit = _patterns().credit_start.search(line, found.end())
    return found.start(), credit.start() if credit is not None else len(line)


def _reader_prompt(text: str) -> bool:
    """A short question to the reader (`Menurut kamu gimana? 👇`), emoji after its mark allowed."""
    words = text.split()
    bare = _TRAILING_SYMBOLS.sub("", text)
    return len(words) <= _READER_PROMPT_WORDS and bare.endswith("?") and bool(_reader_words() & _words(bare))


def _words(text: str) -> set[str]:
    """The words of ``text``, each as `_core` reads a token: no quotes or punctuation, casefolded."""
    return {w.strip(_TOKEN_PUNCT).casefold() for w in text.split()}


@cache
def _prompt_phrases() -> tuple[str, ...]:
    """The prompt phrases of `chrome_phrase` (clean_chrome_phrases.txt), casefolded."""
    return tuple(phrase.casefold() for phrase in load_lines("clean_chrome_phrases.txt"))


@cache
def _prompt_verbs() -> tuple[str, ...]:
    """The verbs that open a prompt by its parts (`_prompt_clause`, clean_prompt_parts.txt), casefolded."""
    return tuple(row.word.casefold() for row in load_table("clean_prompt_parts.txt") if row.kind == "verb")


def _may_hold_prompt(line: str) -> bool:
    """Whether ``line`` may hold a prompt phrase: one is in its casefolded text (a plain substring
    test, a tenth of the cost of the pattern's search, which most paragraphs fail); a line whose
    folding changes its length (`İ`, `ß`) is left to the pattern."""
    folded = line.casefold()
    return len(folded) != len(line) or any(phrase in folded for phrase in _prompt_phrases())


def _may_hold_clause(line: str) -> bool:
    """Whether ``line`` may hold a prompt by its parts (`_prompt_clause`): one of its verbs is in
    the casefolded text, the same substring test as `_may_hold_prompt`'s."""
    folded = line.casefold()
    return len(folded) != len(line) or any(verb in folded for verb in _prompt_verbs())


def _prompt_spans(line: str) -> list[tuple[int, int, LineKind]]:
    """Site prompts glued between two sentences of a paragraph (`… tani. Dapatkan update berita
    pilihan … Mari bergabung di Grup Telegram, caranya klik link https://t.me/…, kemudian join.
    Kepala Dinas …`): a sentence with two prompt phrases, or one and a link, is cut, and so is a
    sentence with one phrase next to it (`Pastikan kamu sudah install aplikasi WhatsApp ya.`)."""
    phrase = _may_hold_prompt(line) and _patterns().chrome_phrase.search(line)
    if not (phrase or (_may_hold_clause(line) and _prompt_clause().search(line))):
        return []
    starts = [0, *(m.end() for m in _patterns().sentence_break.finditer(line))]
    spans = list(zip(starts, [*starts[1:], len(line)], strict=True))
    scores = [_prompt_score(line[s:e]) for s, e in spans]
    strong = [_strong_prompt(score) for score in scores]
    out = []
    for n, (start, end) in enumerate(spans):
        near = (n and strong[n - 1]) or (n + 1 < len(spans) and strong[n + 1])
        if not (strong[n] or ((scores[n][0] or _reader_prompt(line[start:end])) and near)):
            continue  # a phrase, or a question to the reader, next to a prompt goes with it
        links = list(_patterns().url.finditer(line, start, end))
        after = line[links[-1].end() : end] if links else ""
        if len(after.split()) >= _WORDS_AFTER_LINK and not _prompt_score(after)[0]:
            end = links[-1].end()  # `… WhatsApp Channel: https://… Kepala Dinas mengatakan …`: no stop
        out.append((start, end, LineKind.SHARE))
    return out


def _ad_copy(line: str, cuts: list[tuple[int, int, LineKind]]) -> list[tuple[int, int, LineKind]]:
    """Unquoted `… Anda!` sentences: ad copy glued into a paragraph."""
    if "!" not in line:
        return []
    p = _patterns()
    out: list[tuple[int, int, LineKind]] = []
    depth = 0
    chained = False
    bounds = sorted(e for _, e, _ in cuts)
    for m in p.sentence.finditer(line):
        s, e = m.span()
        seg = m.group()
        # a sentence cannot start inside a cut: begin after the last cut that ends in it
        for b in bounds:
            if s < b < e:
                s = b
        seg = line[s:e]
        quoted = depth > 0 or any(q in seg for q in '"“”')
        for ch in seg:
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth = max(0, depth - 1)
            elif ch == '"':
                depth = 0 if depth else 1
        # `TRIBUNNEWS.COM - Berikut … kamu pelajari!`: a dot with no space after it is a domain's or a
        # number's, inside a word, so no sentence starts behind it; `Harga naik 3.Yuk beli …!`: a
        # capitalised word that is no domain's ending opens a sentence behind a lost space
        glued = m.start() > 0 and line[m.start() - 1] == "." and not seg[:1].isspace()
        glued = glued and (not seg[:1].isupper() or bool(p.domain.match(line, m.start() - 1)))
        if (
            seg.rstrip().endswith("!")
            and not quoted
            and not glued
            and len(seg.split()) <= _AD_SENTENCE_WORDS
            and (chained or _ad_words(seg))
        ):
            out.append((s + (len(seg) - len(seg.lstrip())), e, LineKind.AD))
            chained = True
            continue
        chained = False
    return out


def _ad_words(text: str) -> bool:
    """Ad vocabulary: a word addressing the reader (`Anda`), or two sales words (`Promo … Diskon`)."""
    hits = {m.casefold() for m in _patterns().ad_words.findall(text)}
    return bool(hits & _reader_words()) or len(hits) >= _SALES_WORDS
