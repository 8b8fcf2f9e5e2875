"""The rules the page machine applies to one unit or a few neighbours, each a small predicate.

Where the body starts and ends (`_first_paragraph`, `_opens_body`, `_closes_body`), which lines a
list intro takes (`_fits_list`), what sits above the lede (`_caption_like`, `_unmistakable`), and
page dates and credits glued to other lines (`_glued_date`, `_dated_credit`). Every threshold is
a named constant saying why.
"""

from __future__ import annotations

import regex

from ..records import Dateline
from ..text.tokens import sentence_ended
from ..text.words import speech_persons, word_set
from .kinds import Label, LineKind
from .lexicon import (
    _common_words,
    _dotted_titles,
    _function_words,
    _headline_verbs,
    _labels,
    _patterns,
    _place_names,
    _regions,
    _table_headings,
)
from .lines import (
    _HEADLINE_MAX_WORDS,
    _HEADLINE_MIN_WORDS,
    _LEDE_WORDS,
    _RUN_ON_WORDS,
    _TRAIL_PAREN_CHARS,
    _caption,
    _chrome,
    _ends_terminal,
    _english,
    _periodless,
    _reader_question,
    _sentence_like,
    _short_sentence,
    _Unit,
)
from .meta import (
    _admin_region,
    _credit,
    _date_span,
    _dateline,
    _is_outlet,
    _prose_word,
    _weekdays,
)

# The page's date under the body sits below at most a share strip, tags and credits: a few units
_EXCERPT_REACH = 3  # an excerpt, a `-`, the next headline, the next excerpt
_BOTTOM_STRIP_UNITS = 4
# What may stand between the body and the page's date printed under it: a share strip, tags,
# credits, a photo's caption (not a related headline, whose date it would be)
_STRIP_KINDS = frozenset(
    {LineKind.SHARE, LineKind.TAGS, LineKind.EDITOR, LineKind.BYLINE, LineKind.ENDMARK, LineKind.CAPTION}
)
# A comment form's field (`Name *`, `Email *`) is a word or three
_FORM_FIELD_WORDS = 3
# A bare list intro with no budget of its own (`_LIST_BUDGET`) takes this many lines
_DEFAULT_LIST_BUDGET = 12
# Inside the body a teaser box (`Baca juga` on its own line) holds a headline or three
_TEASER_BOX_BUDGET = 3
# A reporter's credit line is short (`Pewarta: Budi Santoso | Editor: Ani`); a longer line is prose
_CREDIT_LINE_WORDS = 16
# A page date sits at most this many units under the body's start (under a standfirst, a photo)
_DATE_UNDER_LEDE = 3
# A photo caption is a sentence or two; a longer paragraph ending in a credit is body
_CAPTION_WORDS = 50
# A photo's caption between the headline and a lede that opens with its dateline: one short line
_HEADLINE_CAPTION_WORDS = 20
# A shouted label read as an ordinary word where it is written in lowercase is this long at least
_LOWERCASE_LABEL_LETTERS = 5
# A lede that drops its stop and is dense with names (`Kepala Badan Kepegawaian Daerah (BKD) Kaltim HM
# … mengingatkan …`) keeps at least one word in four lowercase; a menu or a tag strip keeps fewer
_NAMED_LEDE_LOWER_SHARE = 0.25
# The marks a quotation opens with: no photo caption opens with one
_OPENING_QUOTES = '"“‘«'
# A short line repeated on the page (`Klik di sini`, a label) is furniture, not a subheading
_REPEATED_LABEL_WORDS = 8
# Members of a list after a bare intro: tags are a few words, related headlines up to this many
_TAG_WORDS = 8
_RELATED_WORDS = 20
# An author box holds the name, the photo credit and a short biography
_AUTHOR_BOX_WORDS = 80


def _fits_list(unit: _Unit, kind: LineKind) -> bool:
    """Whether ``unit`` can be a member of the list a bare intro of ``kind`` announced."""
    if kind == LineKind.TAGS:
        return unit.n_words <= _TAG_WORDS and not unit.prose
    if kind == LineKind.CAPTION:
        return unit.n_words <= _CAPTION_WORDS and (not unit.prose or _photo_caption(unit.text))
    if kind == LineKind.AUTHOR:
        return unit.n_words <= _AUTHOR_BOX_WORDS
    return unit.headline or (not unit.prose and unit.n_words <= _RELATED_WORDS)


# A paragraph of prose this long opens the body; a dateline opens it from this many words
_DATELINE_LEDE_WORDS = 7
# The shortest line read as a paragraph when the page has no prose at all
_MIN_PARAGRAPH_WORDS = 4
# A short paragraph (a sentence of five words) above the lede still belongs to the body
_SHORT_PARAGRAPH_WORDS = 5
# A closing paragraph without its period needs this many words, this many of them lowercase
_PERIODLESS_WORDS = 8
_PERIODLESS_LOWER = 4
# `###`, `(end)`, `-selesai-`: a closing mark is a short line
_HARD_END_CHARS = 16
# At most this many prose paragraphs under a site footer (`Tentang Kami` …) are skipped as its text
_FOOTER_PARAGRAPHS = 2

# A teaser above the lede: a paragraph whose words (nine in ten) reappear in one of the next
# paragraphs at least four fifths its length; later paragraphs of this many words that restate
# the lede are a teaser repeated at the bottom
_TEASER_LENGTH_SHARE = 0.8
_RESTATED_SHARE = 0.9
_RESTATEMENT_WORDS = 8
# A site footer: two or more links of a few words each (`Tentang Kami`, `Pedoman Media Siber`)
_FOOTER_LINKS = 2
_FOOTER_LINK_WORDS = 4
# A caption above the body reads as a sentence (three lowercase words) of at most sixty words
_CAPTION_LOWER = 3
_TOP_CAPTION_WORDS = 60
# `photo Hendi Kusuma - Beritajakarta.id`: a photo credit on its own line is a few words
_PHOTO_LINE_WORDS = 10
# A date that opens a line sits at its very start (`Senin, 20 September 2021 …`, ` date 2024-…`)
_DATE_PREFIX_CHARS = 8
# Unmarked related headlines: each of at least this many words, at least two in a row (a subheading
# stands alone)
_RELATED_HEADLINE_WORDS = 4
_RELATED_RUN = 2
# A lone one between paragraphs is another article's when it names this many things (a name, a
# number) the page says nowhere else; a subheading names what the paragraphs under it tell
_FOREIGN_NAMES = 2
# A page word this long found inside a headline's word is its stem (`rendam` in `Terendam`)
_STEM_CHARS = 4
# what parts a credit from the page's date on one line
_SEPARATORS = "|,·•-–—"
# A caption says what its subject is doing (`… saat meninjau …`) within its first words
_CAPTION_CUE_WORDS = 15
# A shouted dateline place sits in the first characters of its paragraph
_SHOUTED_PLACE_CHARS = 40
# A pull quote repeats a sentence of the body; a short line may be a headline the lede repeats
_PULL_QUOTE_WORDS = 6
_PULL_QUOTE_MAX_WORDS = 25
# A page sets off a pull quote or a few; more short open lines are a list, and are not searched
_MAX_PULL_QUOTES = 6
# `Beranda / Daerah / Jateng`: two separators make a breadcrumb; two clock times a widget
_CRUMB_SEPARATORS = 2
_WIDGET_CLOCKS = 2
# `Hari/Tanggal: Rabu, 26 Maret 2025`: a field of an announced list is short
_LIST_FIELD_WORDS = 20
# A list is announced in the last sentence of the paragraph above (`… sebagai berikut:`)
_LIST_INTRO_CHARS = 300
# The headline sits among the last headline-like lines above the body
_TITLE_CANDIDATES = 8
# `Judul Berita | Nama Situs`: a site's name is a few words
_SITE_NAME_WORDS = 4
# A line shorter than this holds no glued furniture worth a search
_INLINE_MIN_CHARS = 30
# Above the paragraph that opens with an unmistakable dateline, at most this many short paragraphs
# (captions, a pull quote, a kicker) are searched; one of fewer words may be half the dateline
_ABOVE_DATELINE_UNITS = 3
_KICKER_WORDS = 5
# `Bali Tribune/…`, `TribunWarta.com/…`: the masthead before a photo credit's slash is a few words
_CREDIT_SITE_WORDS = 3
_OPEN_QUOTES = '"“'
_CLOSE_QUOTES = '"”'


def _caption_like(unit: _Unit) -> bool:
    """What a photo shows (`Wakil Ketua TP-PKK … ketika menyerahkan bantuan …`) or a teaser cut
    short (`… Namun memang ada penurunan dari harga ...`), not a standfirst."""
    if unit.text.endswith(("...", "…")):
        return True
    words = [w.casefold() for w in unit.text.split()[:_CAPTION_CUE_WORDS]]
    return not any(q in unit.text for q in '"“”') and bool(set(words) & frozenset(_labels(Label.CAPTION_CUE)))


# A caption with no photo marker between two paragraphs is a short line
_CUED_CAPTION_WORDS = 25


def _cued_caption(unit: _Unit, above: _Unit | None, below: _Unit | None) -> bool:
    """`Pj. Sekda … saat memberikan keterangan pers kepada awak media` between two finished
    paragraphs: a short line without a stop that says what its subject is doing (`_caption_like`),
    on a page whose paragraphs keep their stops, is a photo's caption with no photo marker."""
    return (
        unit.n_words <= _CUED_CAPTION_WORDS
        and not _ends_terminal(unit.text)
        and _caption_like(unit)
        and _named_subject(unit.text)
        and all(u is not None and u.prose and _ends_terminal(u.text) for u in (above, below))
    )


def _named_subject(text: str) -> bool:
    """Whether the words before a caption's cue name its subject, every word capitalised
    (`Pj. Sekda Kota Kupang Ir. Elvianus Wairata, M.Si. saat …`; `Petugas yang bertugas saat …`
    opens a sentence)."""
    cues = frozenset(_labels(Label.CAPTION_CUE))
    words = text.split()
    n = next((i for i, w in enumerate(words) if w.casefold() in cues), 0)
    return n >= 2 and all(w[0].isupper() for w in words[:n] if w[0].isalpha())


def _top_furniture(unit: _Unit) -> bool:
    """Whether a paragraph above the one that opens with an unmistakable dateline (where the body
    begins) reads as furniture by itself: a photo caption (`PANEN RAYA: …`, `… saat meninjau …`),
    a pull quote (`“Kunjungan Bupati diharapkan … tertinggal.”`), a kicker or a caption without
    its stop (`Gubernur Sumut : Semegah Apapun Kantor Bupati, …`). A lone sentence is a standfirst
    and opens the body; a few words (`DETIKSATU. ID |`) may be the dateline's own first half."""
    text = unit.text
    if unit.n_words < _KICKER_WORDS:
        return False
    if _caption_label(text) or _caption_like(unit) or _dash_masthead_credit(text):
        return True
    if text[0] in _OPEN_QUOTES and text[-1] in _CLOSE_QUOTES:
        return True
    return not _ends_terminal(text)


def _masthead_credit(text: str) -> bool:
    """A photo's credit opening a line: an outlet's masthead and a slash before the photographer or
    the subject (`TribunWarta.com/Budi Santoso`, `Bali Tribune/IB Giri dan Made Berata`, `Bali
    Tribune/GIRIASA – Pasangan calon …`, `Bali Tribune / DIRUSAK – Baliho …`): a caption, neither the
    headline nor the dateline; after a spaced slash a known region is a dateline's place
    (`PRADANAMEDIA/ PALANGKA RAYA – …`)."""
    site, slash, rest = text.partition("/")
    site = site.strip()
    if rest[:1].isspace():
        rest = rest.lstrip()
        if regex.split(r"\s+[-–—]+\s+|,", rest, maxsplit=1)[0].strip().casefold() in _regions():
            return False
    return bool(slash) and rest[:1].isupper() and len(site.split()) <= _CREDIT_SITE_WORDS and _is_outlet(site)


def _dash_masthead_credit(text: str) -> bool:
    """`… pada Selasa (24/9/2024). - Harian Jogja/Yosef Leon.`: a line closed by a dash and the
    photo's credit, the outlet's masthead and a slash before the photographer (`_masthead_credit`)."""
    words, dash, credit = text.rpartition(" - ")
    return bool(words and dash) and _masthead_credit(credit.strip().rstrip("."))


def _caption_label(text: str) -> bool:
    """A photo caption's shouted label: before a colon (`PANEN RAYA: Bupati …`), or before a dash
    when its words are common words that name no region (`KUNJUNGAN-Plt Gubernur …`, `DISTRIK BARU -
    Penyerahan …`): a shouted place or masthead before a dash is a dateline (`MAKASSAR –`)."""
    p = _patterns()
    if p.caption_label.match(text) or _masthead_credit(text):
        return True
    m = p.kicker_label.match(text)
    if m is None or _admin_region(m[1]):
        return False
    words = m[1].casefold().split()
    return all(w in _common_words() and w not in _regions() for w in words)


def _unplaced_label(text: str, nearby: str) -> bool:
    """`KRITISI - Juru bicara … mengkritisi …` above the paragraph that opens with an unmistakable
    dateline: one shouted word before a dash that the ``nearby`` paragraphs write in lowercase, alone
    or inside an affixed word, is an ordinary word, the photo's label, not a place or a masthead
    (`SIDIKWARTA –`, `MAKASSAR –` are never written so)."""
    m = _patterns().kicker_label.match(text)
    if m is None or " " in m[1] or len(m[1]) < _LOWERCASE_LABEL_LETTERS or _is_outlet(m[1]):
        return False
    word = m[1].casefold()
    if word in _regions() or word in _place_names():
        return False
    return any(word in w for w in nearby.split() if w[:1].islower())


def _unmistakable(dateline: Dateline, text: str) -> bool:
    """A dateline that cannot be a sentence's opening words: it names an outlet, or its place is
    shouted (`JAKARTA –`, `…, KOMPAS.com –`)."""
    return bool(dateline.outlet or (dateline.place and dateline.place.upper() in text[:_SHOUTED_PLACE_CHARS]))


def _opens_with_dateline(text: str) -> bool:
    """Whether a paragraph opens with an unmistakable dateline (the body's first paragraph)."""
    dateline = _dateline(text)
    return dateline is not None and _unmistakable(dateline, text)


def _photo_caption(text: str) -> bool:
    """A photo caption (`Bupati … saat meninjau … //Foto: Budi`), not the lede with the photo's
    credit glued after it (`TEMANGGUNG - Ratusan petani … pekan ini. (Foto: Humas)`): a paragraph
    that opens with an unmistakable dateline is the body's first paragraph, and one that opens with
    a quotation mark is a quote closed by the reporter's mark (`“…,” pungkasnya. (flo/jpnn)`)."""
    return _caption(text) and not _opens_with_dateline(text) and text.lstrip()[:1] not in _OPENING_QUOTES


def _line_credit(text: str) -> str | None:
    """The reporter a credit line names. A line that also holds the page's date is read around
    the date (`By Admin On Rabu, Agustus 13, 2025` names no reporter: not `Admin On Rabu`)."""
    if _date_span(text) is not None:
        return _dated_credit(text)
    return _credit(text)


def _dated_credit(text: str) -> str | None:
    """The reporter of a line that opens with the page's date (`Kamis, 14 Maret 2024
    Reporter: Sutardi Editor: Wahyu Prasetyo 1187`)."""
    found = _date_span(text)
    if found is None:
        return None
    if found[1] > _DATE_PREFIX_CHARS:
        # `Oleh Budi Santoso pada 14 Maret 2022`, `Penulis: Budi | 14/03/2022`: the date after the credit
        words = text[: found[1]].split()
        joiners = _function_words() | _weekdays()
        while words and (
            words[-1].strip(_SEPARATORS).casefold() in joiners or not words[-1].strip(_SEPARATORS)
        ):
            words.pop()  # `pada`, `|`: what joins the credit to the date; `Rabu,` before `Agustus 13, 2025`
        return _credit(" ".join(words))
    # `Kamis, 12 Juni 2025 10:21 WITA Oleh Budi`: the clock time and its zone go with the date
    rest = _patterns().lead_date_rest.match(text, found[2])
    return _credit(text[rest.end() if rest else found[2] :].lstrip(" " + _SEPARATORS))


def _glued_date(text: str) -> tuple[str, str] | None:
    """(ISO date, the rest) of a line that opens with the page's date, at most behind a date
    label, and goes on with a headline (` date 2024-05-12 Harga Gula Kembali Naik …`)."""
    found = _date_span(text)
    if found is None:
        return None
    labels = _labels(Label.PUBLISHED)
    if found[1] > _DATE_PREFIX_CHARS or any(
        w.casefold() not in labels for w in _patterns().word.findall(text[: found[1]])
    ):
        return _date_after_headline(text, found)
    rest = text[found[2] :].lstrip(" |,·•-–—:")
    if _second_date_joined(rest):
        return None  # `TANGGAL 25 DESEMBER 2016 DAN 1 JANUARI 2017, CFD DITIADAKAN`: an event's dates
    if len(rest.split()) >= _HEADLINE_MIN_WORDS:
        return found[0], rest
    return _date_after_headline(text, found)


# A headline glued before the lede with a stop (`Harga Cabai di Pasar Kota Turun. Pedagang …`): a
# title-case sentence of at least this many words (`Dampak Covid-19, UMKM Lesu.`) and at most a headline's
_GLUED_HEADLINE_WORDS = 4
# the lede after it goes on in lowercase within this many words (`PT Japfa Comfeed Indonesia, Tbk
# (JCI) Lampung menyalurkan …`); more title case runs the headline on (`…? Ini Kata Ahli Kompas.com`)
_LEDE_LOWER_REACH = 8
# the first stop glued to a word, then a capitalised word or a number (` ?` is a garbled dash)
_FIRST_STOP = regex.compile(r"(\S+?)([.!?]+)\s+(?=[\"“]?[\p{Lu}\d])")
_WORD_PUNCT = ".,:;?!()\"“”'‘’"


def _glued_headline_end(text: str) -> int | None:
    """Where a headline glued before the lede ends (`Harga Cabai di Pasar Kota Turun. Pedagang …`):
    the paragraph's first sentence is in title case (every word capitalised, a number or a function
    word) and of a headline's length, its stop is no title's or abbreviation's dot (`Prof. Dr. X
    menegaskan …`, `PT. Hutama Karya …` open ledes), and a lowercase word follows within reach;
    None for any other paragraph."""
    m = _FIRST_STOP.search(text)
    if m is None or not (text[:1].isupper() or text[:1].isdigit()):
        return None
    if m[2].startswith(".") and _dotted_word(m[1]):
        return None
    if not _title_case_headline(text[: m.end(2)]):
        return None  # a lowercase word: the first sentence is prose
    return m.end() if _lede_after(text[m.end() :].split()[:_LEDE_LOWER_REACH]) else None


# A headline closing the last paragraph after its last sentence: the sentence's last word and stop,
# perhaps a closing quote, then white space before a capital or a number
_LAST_STOP = regex.compile(r"(\S+?)([.!?]+)[\"”’]?\s+(?=[\p{Lu}\d])")
# how far from the paragraph's end such a headline may start (a headline is ~15 words)
_CLOSING_HEADLINE_CHARS = 160
# The last sentence closing a quotation with its attribution (`…," pungkasnya.`, `…," kata Budi
# Santoso.`): the speaker's words and verb after the closing mark, a few words and the stop
_ATTRIBUTION_CHARS = 40
_QUOTE_ATTRIBUTION = regex.compile(rf"[,.!?][\"”]\s+[^\"“”.!?\n]{{1,{_ATTRIBUTION_CHARS}}}[.!?]\s*$")
# What the attribution's search reaches back over besides its words: the quotation's mark and
# closing quote, the blanks after them, and the stop and blanks closing the attribution
_ATTRIBUTION_MARKS = 8
# A signature's name before its post (`Budi Santoso Kepala Desa …`): a person's name of one to
# three words (a name of four or more before a post is rare in a closing signature)
_SIGNATURE_NAME_WORDS = 3


def _closing_headline(line: str) -> int | None:
    """Where another article's headline closing the last paragraph starts (`… kata Budi. Warga
    Sukamaju Gelar Panen Raya`, `… tandasnya. Video: Melihat Banjir Rob di Pesisir Utara`): after
    the last sentence's stop (no capitalised title's or abbreviation's dot: `Prof.`), a title-case
    run of a headline's length (`_title_case_headline`) with no stop of its own and a headline's
    clause in it (`_headline_clause`: `Warga Sukamaju Gelar`, `Video: Melihat`; no slogan); the
    window starts at a word's start. A writer's signature (`Budi
    Santoso, Pengamat Ekonomi`), a table's heading (`Hasil Lengkap Balapan 2026`) or a list's last
    names hold none; a labelled credit (`Pewarta: Budi Bagus Santoso`) is none. After a quotation's
    attribution (`_after_attribution`) no such verb is needed."""
    start = max(0, len(line) - _CLOSING_HEADLINE_CHARS)
    start = line.rfind(" ", 0, start) + 1 if start else 0  # a whole word: `Prof.`, not `rof.`
    found = list(_LAST_STOP.finditer(line, start))
    if not found:
        return None
    m = found[-1]
    tail = line[m.end() :].rstrip()
    if tail[-1:] in '.!?"”’' or (m[2].startswith(".") and m[1][:1].isupper() and _dotted_word(m[1])):
        return None
    if not _title_case_headline(tail) or _patterns().credit_start.search(line, m.end() - 1):
        return None  # prose, or a credit (`Pewarta: Budi Bagus Santoso Editor: …`)
    if _spoken(tail.split()):
        return None  # `Bersama Kita Bangun Desa`: a slogan in the first person
    if _after_attribution(line[: m.end()], tail):
        return m.end()
    return m.end() if _headline_clause(tail.split()) else None


def _spoken(raw: list[str]) -> bool:
    """Whether a first-person word (quotes_speech_persons.txt: `Kita`, `Kami`) stands among the
    words ``raw``: spoken words, a slogan, not another article's headline. The second person is
    a teaser's address to the reader (`Begini Cara Anda Gelar Hajatan Tanpa Utang`), no slogan."""
    return any(w.strip(_WORD_PUNCT).casefold() in speech_persons(1) for w in raw)


def _headline_clause(raw: list[str]) -> bool:
    """Whether the words ``raw`` (as split, punctuation kept) hold a headline's clause: a
    capitalised headline verb or predicate (`_headline_verbs`: `Warga Sukamaju Gelar …`, `Video:
    Melihat …`, `Beri Dukungan, Sekolah … Nobar …`). Two verbs or more, each opening the run or a
    part after a comma or a lowercase word and none after a subject, are a slogan's imperatives
    (`Jaga Kesehatan, Tetap Semangat dan Terus Bersatu`)."""
    words = [w.strip(_WORD_PUNCT) for w in raw]
    verbs = [i for i, w in enumerate(words) if w[:1].isupper() and w.casefold() in _headline_verbs()]
    opening = [i for i in verbs if i == 0 or raw[i - 1].endswith(",") or words[i - 1].islower()]
    return bool(verbs) and not (len(opening) > 1 and len(opening) == len(verbs))


def _after_attribution(head: str, tail: str) -> bool:
    """Whether a title-case ``tail`` closing the paragraph follows a quotation's attribution closing
    ``head`` (`…," pungkasnya. Momen Warga Sukamaju Sambut Bupati di Balai Desa`): the speaker closes
    the story, and no body goes on in title case. A label, a bracket (`… (rin)`, a schedule's
    `Minggu (10/5)`, a list's heading `Hasil Lomba:`) or a date in the run is none, and so are a
    table's heading (`Hasil Lengkap Lomba Perahu 2025`: `_table_headings`) and a writer's signature
    (`Yohanes Bere, Pengamat Kebijakan Publik`: a comma parts the name from the role)."""
    if any(c in tail for c in ":(),") or _date_span(tail) is not None:
        return False
    if tail.split()[0].strip(_WORD_PUNCT).casefold() in _table_headings() or _signature(tail.split()):
        return False
    return (
        _QUOTE_ATTRIBUTION.search(head, max(0, len(head) - _ATTRIBUTION_CHARS - _ATTRIBUTION_MARKS))
        is not None
    )


def _signature(raw: list[str]) -> bool:
    """Whether the words ``raw`` open on a name and its post with no comma between (`Budi Santoso
    Kepala Desa Sukamaju Kabupaten Bogor`): a position's title word (officials_titles.txt) after
    one to `_SIGNATURE_NAME_WORDS` capitalised words that are none: a signature, no teaser."""
    words = [w.strip(_WORD_PUNCT).casefold() for w in raw[: _SIGNATURE_NAME_WORDS + 1]]
    titles = word_set("officials_titles.txt")
    at = next((i for i, w in enumerate(words) if w in titles), None)
    return at is not None and at > 0 and all(w[:1].isupper() for w in raw[:at])


def _headline_before_place(text: str, place: str) -> int | None:
    """Where a headline run straight into the lede's dateline ends (`Warga Keluhkan Air PAM Tidak
    Mengalir Pesawaran (Lampost.co) -- …`, `… Selat Sunda WAY KANAN (Lampost.co) -- …`): the words
    before the place's first mention, where it stands before a bracket, comma or dash, are a
    title-case run of a headline's length with no stop in it and no credit's comma or colon at its
    end (`Laporan Reporter … TRIBUNNEWS.COM, JAKARTA -`); None for any other paragraph."""
    m = regex.search(rf"(?<=\s){regex.escape(place)}(?=\s*[(,/|–—-])", text, regex.IGNORECASE)
    if m is None or not (text[:1].isupper() or text[:1].isdigit()):
        return None
    head = text[: m.start()].rstrip()
    if head.casefold().find(place.casefold()) == 0 or head.endswith((",", ":", ";")):
        return None
    if sentence_ended(head + " X", 0, len(head) + 1) or not _title_case_headline(head):
        # a stop (no abbreviation's: `Bupati H. Dendi …`), or a lowercase word: prose, a caption
        # or a standfirst
        return None
    return m.start()


def _title_case_headline(head: str) -> bool:
    """Whether ``head`` has a glued headline's length and every word capitalised, a number or a
    function word."""
    fw = _function_words()
    words = [w.strip(_WORD_PUNCT) for w in head.split()]
    return _GLUED_HEADLINE_WORDS <= len(words) <= _HEADLINE_MAX_WORDS and all(
        not w or w[0].isupper() or w[0].isdigit() or w.casefold() in fw for w in words
    )


def _lede_after(words: list[str]) -> bool:
    """Whether ``words`` open a lede: a lowercase word that is no function word comes, and no
    question or exclamation before it (`Siapa Lawannya? Jakarta, …`: the headline goes on)."""
    for word in words:
        if _prose_word(word.strip(_WORD_PUNCT)):
            return True
        if word.endswith(("?", "!")):
            return False
    return False


def _dotted_word(word: str) -> bool:
    """Whether a dot after ``word`` marks an abbreviation: a title or degree (`Prof`, `M.Si`), a dotted
    short form, or a word of two letters or a capitalised one of three (`PT`, `Hj`, `Drs`; `DBD` is
    an acronym that can end a sentence)."""
    core = word.lstrip('("“').rstrip(".")
    return (
        "." in core
        or len(core) <= 2
        or (len(core) == 3 and not core.isupper())
        or core.replace(".", "").casefold() in _dotted_titles()
    )


def _second_date_joined(rest: str) -> bool:
    """Whether what follows a line's first date opens with a function word and a second date right
    after it (`dan 1 Januari 2017`, `hingga 5 Juni 2024`): the two dates are an event's, named in a
    headline, and no page is dated by the first."""
    first, _, after = rest.partition(" ")
    if first.casefold() not in _function_words():
        return False
    found = _date_span(after)
    return found is not None and found[1] == 0


def _date_after_headline(text: str, found: tuple[str, int, int]) -> tuple[str, str] | None:
    """(ISO date, the headline) of a headline the page's date closes, behind a date label or a
    weekday or followed by a clock time (`Harga Gula Naik date 2024-05-12`, `Harga Gula Naik Kamis,
    6 Juni 2024 10:15 WIB`); a headline that merely ends on a date (`… Digelar 6 Juni 2024`) keeps it."""
    iso, start, end = found
    p = _patterns()
    if p.date_rest.sub(" ", text[end:]).strip(" |,·•-–—"):
        return None  # more words after the date
    words = text[:start].rstrip(" |,·•-–—:").split()
    cues = frozenset(_labels(Label.PUBLISHED)) | _weekdays()
    cued = False
    while words and words[-1].strip(",:|").casefold() in cues:
        words.pop()
        cued = True
    if not (cued or p.clock.search(text, end)) or len(words) < _HEADLINE_MIN_WORDS:
        return None
    return iso, " ".join(words).rstrip(" |,·•-–—:")


def _first_paragraph(units: list[_Unit]) -> int | None:
    """The body's first unit: a lede (prose of ten words or a dateline), else any prose, else any
    line of a few words that is neither a headline nor chrome."""
    undecided = [(k, u) for k, u in enumerate(units) if u.kind is None]
    for k, unit in undecided:
        if (unit.prose and unit.n_words >= _LEDE_WORDS) or (
            unit.n_words >= _DATELINE_LEDE_WORDS and _dateline(unit.text)
        ):
            return k
    for k, unit in undecided:
        if unit.prose:
            return k
    for k, unit in undecided:
        if unit.n_words >= _MIN_PARAGRAPH_WORDS and not unit.headline and not _chrome(unit):
            return k
    return None


def _opens_body(unit: _Unit) -> bool:
    """Whether a unit just above the lede opens the body: a short paragraph, or a lede dense with names."""
    return (
        unit.kind is None
        and (
            (unit.prose and unit.n_words >= _SHORT_PARAGRAPH_WORDS)
            or _short_sentence(unit)
            or _named_lede(unit)
        )
        and not unit.headline
        and not _chrome(unit)
        and not _english(unit)
    )


def _named_lede(unit: _Unit) -> bool:
    """A run-on sentence too long for a headline that drops its stop, its many names (`Kepala Badan
    … (BKD) Kaltim HM …`) keeping its lowercase words under the share prose needs: a lede still."""
    return (
        unit.n_words >= _RUN_ON_WORDS
        and not unit.headline
        and unit.n_lower >= _NAMED_LEDE_LOWER_SHARE * unit.n_words
        and _sentence_like(unit)
    )


def _cut_short(unit: _Unit) -> bool:
    """An excerpt cut short with an ellipsis (a related article's teaser), or two stops right
    after a cut word (`… John Lobo Selas..`)."""
    text = unit.text
    return text.endswith(("…", "...")) or (text.endswith("..") and text[-3:-2].isalnum())


def _excerpt_run(units: list[_Unit], k: int) -> bool:
    """Whether unit ``k`` is cut short and so is a unit near it: related articles' excerpts, each
    maybe under its headline and parted from the next by a `-` (three units apart)."""
    unit = units[k]
    near = units[max(0, k - _EXCERPT_REACH) : k + _EXCERPT_REACH + 1]
    return _cut_short(unit) and any(_cut_short(u) for u in near if u is not unit)


def _closes_body(units: list[_Unit], k: int) -> bool:
    """Whether unit ``k`` can be the body's last paragraph: prose, or a long lowercase line on a
    page that drops its final periods (not a headline, a reader's question or English chrome)."""
    unit = units[k]
    if unit.kind is not None or unit.headline or _reader_question(unit) or _english(unit):
        return False
    if _excerpt_run(units, k):
        return False  # `… belum menerima honor Maret 2026 karena anggaran masih…`: excerpts in a row
    if unit.prose and unit.n_words >= _SHORT_PARAGRAPH_WORDS:
        return True
    return (
        unit.n_words >= _PERIODLESS_WORDS
        and unit.n_lower >= _PERIODLESS_LOWER
        and not _chrome(unit)
        and not _patterns().url.search(unit.text)
        and _periodless(units, k)
    )


def _related_headline(unit: _Unit) -> bool:
    """A link to another article: a headline of a few words, title case, no stop."""
    if _patterns().bullet.match(unit.text):
        return False  # `- Desa Jatiluhur, Kecamatan Kota, Rabu (4/6)`: an item of a list
    return (
        unit.headline
        and not unit.prose
        and unit.n_words >= _RELATED_HEADLINE_WORDS
        and not _ends_terminal(unit.text)
    )


def _foreign_words(unit: _Unit, page_words: frozenset[str]) -> list[str]:
    """The words of a headline that no other line of the page shares, whole or as a stem, and no
    ordinary prose uses: names and numbers of another article (`125 Rumah Warga Tanggamus Terendam`
    on a page about Lampung Selatan names `125` and `tanggamus`)."""
    foreign = []
    for word in _patterns().word.findall(unit.text.casefold()):
        if word in page_words or (word in _common_words() and not word.isdigit()):
            continue
        if any(len(w) >= _STEM_CHARS and (w in word or word in w) for w in page_words if not word.isdigit()):
            continue  # `terendam` where the page says `rendam`
        foreign.append(word)
    return foreign


def _announces_list(unit: _Unit) -> bool:
    """`Berikut jadwalnya.`, `… antara lain:`: a paragraph that announces the lines under it."""
    if unit.text.endswith(":"):
        return True
    words = " ".join(_patterns().word.findall(unit.text.casefold()))
    return any(f" {label} " in f" {words} " for label in _labels(Label.LIST))


def _sublist_heading(text: str) -> bool:
    """`Kecamatan Koto XI Tarusan, meliputi:`, `IV Jurai meliputi`: a line closing on a colon or a
    word that announces a list (`list_tail`), heading part of a list the body announced."""
    p = _patterns()
    return text.rstrip().endswith(":") or bool(p.list_tail.search(text, max(0, len(text) - 24)))


def _headline_words(text: str) -> str:
    """The words of a line without its closing stop or bracketed source, folded: `Pemprov Kalbar
    dan BI sinergi susun kebijakan ekonomi regional 2025. (ANTARA)` under a photo and the headline
    `Pemprov Kalbar dan BI sinergi susun kebijakan ekonomi regional 2025` read the same."""
    p = _patterns()
    m = p.trail_paren.search(text, max(0, len(text) - _TRAIL_PAREN_CHARS))
    if m and m.start() > 0:
        text = text[: m.start()]
    return " ".join(p.word.findall(text.rstrip(" .!").casefold()))


def _unbulleted(text: str) -> str:
    """A headline without the list mark its page's listing puts before it (`• Bus Vaksin Terbakar
    di Muara Enim`: the headline is `Bus Vaksin Terbakar di Muara Enim`)."""
    m = _patterns().list_glyph.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text
