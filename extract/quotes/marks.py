"""Where the quotations are: pairs of quotation marks inside one paragraph.

Marks are read as they come, whatever their shape: news sites mix curly and straight marks
(``“…"``), write ``„…“`` or doubled apostrophes (``''…''``), and scrapers turn curly marks
into ``??``. Within a paragraph the first mark opens and the next one closes; a mark left
open runs to the end of its paragraph (a quotation continued in the next paragraph), and a
paragraph whose only mark closes a quotation after its first words (its opening mark lost)
starts the quotation at the paragraph start. A later closing mark where an opening one is
due (glued to the word before it, a space after it: its opener lost or written ``'``) is
skipped, so that it does not shift the pairing of every mark after it; when a tag verb follows
it, the words before it are a quotation whose opener was lost (`_lost_opener_quote`). Pages whose
paragraphs a scraper joined into one line lose marks at the joints: a quotation that lost its
closing mark ends before its tag (``“Kami siap, kata Yaqut. Hujan …``: `_lost_closing`), also
where the next mark closes nothing (`_no_closer`). Straight marks a scraper put around a whole
body are no quotation marks (`_unwrapped`). Nothing here can raise on odd input: every span
returned lies inside the text and is non-empty.
"""

from __future__ import annotations

from typing import NamedTuple

from ..records import Span
from ..text.patterns import LazyPattern
from ..text.tokens import opens_sentence, sentence_breaks
from ..text.words import speech_persons, word_set

__all__ = ["QuoteSpan", "find_quote_spans"]

# Every quotation mark warta reads: curly double marks, the low-9 opener, straight double
# marks, guillemets, doubled apostrophes (curly or straight) and ``??`` where a scraper lost
# a curly mark (only next to a space, a comma or a full stop: ``kabar??`` is a question).
_MARK = LazyPattern(r"[“”„‟\"«»]|''|’’|‘‘|(?:(?<=^|[\s,.])\?\?(?=\S))|(?:(?<=[,.!])\?\?)")
_PARAGRAPH = LazyPattern(r"[^\n]+")
_TAG_WORD = LazyPattern(r"[ \t]+(\w+)")
_COMMA_TAG = LazyPattern(r",[ \t]+(\w+)(?:[ \t]+(\w+))?")
_WORD = LazyPattern(r"\w+")
# What ends a sentence before a quotation (a line break too, where the text before keeps it).
SENTENCE_ENDS = "\n.!?:"
_CURLY = "“”„‟«»"
_CURLY_OPENERS = "“„«"
_SINGLE_MARKS = "'‘’`"
# A quotation whose opening mark was lost spans at most this many sentences before the one its
# closing mark ends; a longer stretch is paragraphs joined into one line.
MAX_QUOTE_SENTENCES = 2
# A term quoted inside a quotation (``program “Sekolah Rakyat”``) has at most this many words.
MAX_TERM_WORDS = 3


class QuoteSpan(NamedTuple):
    """The words between two marks (``span``) and the marks' own extent (``outer``)."""

    span: Span
    outer: Span
    opened: bool = True  # False: the opening mark was lost (the quote starts its paragraph)
    runs_on: bool = False  # no closing mark: the quote runs to the end of its paragraph


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _closes_first_words(text: str, para: Span, mark: Span) -> bool:
    """A paragraph's odd first mark that ends its first words (``Kepada warga …” tegas Kapolsek``)."""
    before = text[para[0] : mark[0]]
    return bool(before.strip()) and (not before[-1:].isspace() or _spaced_closer(text, mark))


def _spaced_closer(text: str, mark: Span) -> bool:
    """A right curly mark after a comma and a space, then a space and a tag verb (``… banjir
    itu, ” katanya``): a closer written loosely. After a speech verb the same mark opens
    (``mengatakan, ” Sebanyak …``)."""
    if text[mark[0]] != "”" or text[max(0, mark[0] - 2) : mark[0]] != ", ":
        return False
    tag = _TAG_WORD.get().match(text, mark[1])
    return tag is not None and _is_tag_verb(tag.group(1))


def _is_tag_verb(word: str) -> bool:
    """A speech verb of ``quotes_tag_verbs.txt``, or it with ``-nya``."""
    word = word.lower()
    verbs = word_set("quotes_tag_verbs.txt")
    return word in verbs or (word.endswith("nya") and word[:-3] in verbs)


def _lost_opening(text: str, floor: int, mark: int) -> int:
    """Where a quotation whose opening mark was lost starts, in a stretch of text after ``floor``:
    at the sentence its closing mark (at ``mark``) ends, and at each sentence before that speaks
    in the first or second person (``saya``, ``kami``, ``Anda``: ``quotes_speech_persons.txt``),
    as spoken words do and a reporter's do not."""
    starts = [floor] + [end for _, end in sentence_breaks(text, floor, mark) if end < mark]
    persons = speech_persons()
    k = len(starts) - 1
    while k > 0 and any(w.lower() in persons for w in _WORD.get().findall(text, starts[k - 1], starts[k])):
        k -= 1
    start = starts[k]
    while start < mark and text[start] in _SINGLE_MARKS:  # ``'Semoga …," lanjut Dedi``
        start += 1
    return start


def _lost_closing(text: str, start: int, end: int) -> int | None:
    """Where a quotation whose closing mark was lost ends: just after the first comma in it that
    a tag follows, a speech verb with ``-nya`` or before a name or a pronoun (``“Kami siap, kata
    Yaqut. Hujan …``)."""
    for tag in _COMMA_TAG.get().finditer(text, start, end):
        verb, after = tag.group(1), tag.group(2) or ""
        named = after[:1].isupper() or after.lower() in word_set("quotes_pronouns.txt")
        if _is_tag_verb(verb) and (named or verb.lower().endswith("nya")):
            return tag.start() + 1
    return None


def _starts_sentence(text: str, mark: Span) -> bool:
    """An opening mark at a sentence's start: after a full stop, a colon or nothing (``Hujan
    turun. “Kami …``); a title's (``bertajuk “Hari Limfoma …``) is inside a sentence
    (`opens_sentence`)."""
    return opens_sentence(text, mark[0], SENTENCE_ENDS)


def _paragraph_quotes(text: str, para: Span, open_quote: QuoteSpan | None) -> list[QuoteSpan]:
    """The quotes of one paragraph; ``open_quote`` is the previous paragraph's unclosed one.

    A paragraph whose odd first mark closes its first words ends ``open_quote`` when there is
    one (one quotation over a paragraph break: it is replaced by the joined span) and is a
    quote whose opening mark was lost otherwise.
    """
    marks = [m.span() for m in _MARK.get().finditer(text, para[0], para[1])]
    found: list[QuoteSpan] = []
    floor = para[0]  # where the text after the last quote starts
    if len(marks) % 2 == 1 and _closes_first_words(text, para, marks[0]):
        start = open_quote.span[0] if open_quote is not None else _first_words(text, para, marks[0])
        inner = _trimmed(text, start, marks[0][0])
        if inner is not None:
            outer = (open_quote.outer[0] if open_quote is not None else start, marks[0][1])
            found.append(QuoteSpan(inner, outer, open_quote is not None))
        floor = marks[0][1]
        marks = marks[1:]
    i = 0
    while i < len(marks):
        start = marks[i]
        if _stray_closer(text, start):
            # its opening mark was lost (or miswritten): the marks after it pair up
            quote = _lost_opener_quote(text, floor, start)
            if quote is not None:
                found.append(quote)
            floor = start[1]
            i += 1
            continue
        j = _closing(text, marks, i)
        unclosed = j is not None and _no_closer(text, start, marks[j])
        cut = None
        if (j is None or unclosed) and _starts_sentence(text, start):
            cut = _lost_closing(text, start[1], marks[j][0] if j is not None else para[1])
        end = (cut, cut) if cut is not None else marks[j] if j is not None else (para[1], para[1])
        inner = _trimmed(text, start[1], end[0])
        if inner is not None:
            found.append(QuoteSpan(inner, (start[0], end[1]), True, j is None and cut is None))
        floor = end[1]
        i = len(marks) if j is None else j if cut is not None else j + 1
    return found


def _lost_opener_quote(text: str, floor: int, mark: Span) -> QuoteSpan | None:
    """The quotation a stray closing mark ends (its opener lost): the words before it, from where
    `_lost_opening` puts their start, when a tag verb follows the mark; None when none does or the
    words themselves start with one (``ujar ," papar Sinta``: the tag of the quote before)."""
    tag = _TAG_WORD.get().match(text, mark[1])
    if tag is None or not _is_tag_verb(tag.group(1)):
        return None
    inner = _trimmed(text, _lost_opening(text, floor, mark[0]), mark[0])
    first = _WORD.get().search(text, *inner) if inner is not None else None
    if first is None or _is_tag_verb(first.group()):
        return None
    return QuoteSpan(inner, (inner[0], mark[1]), False)


def _no_closer(text: str, opener: Span, mark: Span) -> bool:
    """The mark after an opening one closes nothing: a curly opening mark after a space and before
    a word (``“Fokus kami … , kata Christopher. Regulasi … “Kami masih …``: the quotation before it
    lost its closing mark, and this one opens the next), or a scraper's ``??`` after a curly
    opener (an emoji it lost: ``“Sekarang saya …, lanjutnya. … 1️⃣0️⃣ ???? — TSG``)."""
    if text[mark[0]] in _CURLY_OPENERS and _opens(text, mark):
        return True
    return text[opener[0]] in _CURLY and text.startswith("??", mark[0])


def _first_words(text: str, para: Span, mark: Span) -> int:
    """Where the quotation that a paragraph's first mark closes starts: the paragraph's start, or,
    in a paragraph of more than `MAX_QUOTE_SENTENCES` sentences before the mark (a page's
    paragraphs joined into one line), where `_lost_opening` puts it."""
    if len(sentence_breaks(text, para[0], mark[0])) <= MAX_QUOTE_SENTENCES:
        return para[0]
    return _lost_opening(text, para[0], mark[0])


def _stray_closer(text: str, mark: Span) -> bool:
    """A mark where an opening one is due that is placed as a closer: glued to the words before
    it and followed by a space or the end (``… di tingkat pengecer,” ujarnya``, ``… membaik,"
    lanjut Dedi`` after a ``'`` opener), or a loose closer (`_spaced_closer`). An opener is never
    written so (``“Kami``, `` " Kami``)."""
    if text[mark[0]] in _CURLY_OPENERS or mark[0] == 0:
        return False
    before, after = text[mark[0] - 1], text[mark[1] : mark[1] + 1]
    glued = not before.isspace() and before not in "(["
    return (glued and (not after or after.isspace())) or _spaced_closer(text, mark)


def _opens(text: str, mark: Span) -> bool:
    """A straight mark placed as an opener: after a space, before a word (`` "Sekolah``)."""
    return (mark[0] == 0 or text[mark[0] - 1].isspace()) and mark[1] < len(text) and text[mark[1]].isalnum()


def _closing(text: str, marks: list[Span], i: int) -> int | None:
    """The mark that closes the one at ``i``: the next one, except that a pair of marks inside
    the quotation is a quotation or a term within it: inside curly marks a pair of straight ones
    (``“… disebut "bom waktu" …”``), inside any marks a term (`_nested_term`)."""
    curly = text[marks[i][0]] in _CURLY_OPENERS
    k = i + 1
    while k < len(marks):
        straight_pair = curly and text[marks[k][0]] not in _CURLY and _opens(text, marks[k])
        if k + 2 < len(marks) and _nested_term(text, marks[k], marks[k + 1]):
            k += 2
        elif straight_pair and k + 1 < len(marks):
            k += 2  # a nested pair: skip it
        else:
            return k
    return None


def _nested_term(text: str, opener: Span, closer: Span) -> bool:
    """Two marks that quote a term inside a sentence of a quotation (``… program reguler “Weekly
    Deals” berupa …``, ``… konsep perumahan "walk to shop" di Bali,"``): the first placed as an
    opener right after a word, at most `MAX_TERM_WORDS` words between them, ending
    in no punctuation, as a quotation's closing words do (``Kami siap,”``)."""
    before = text[: opener[0]].rstrip()[-1:]
    inner = text[opener[1] : closer[0]]
    return (
        before.isalnum()
        and _opens(text, opener)
        and inner[-1:].isalnum()
        and len(inner.split()) <= MAX_TERM_WORDS
    )


def _unwrapped(text: str) -> str:
    """The text without the straight marks a scraper put around the whole body (``"Pemkab
    menggelar … “Kami siap,” ujarnya."``: the body's first and last characters, with no other
    straight double mark between them): they quote no one, and read as marks they would pair
    with the body's own curly ones. Each is replaced by a space, so that positions stay."""
    end = len(text.rstrip()) - 1
    if end < 1 or text[0] != '"' or text[end] != '"' or '"' in text[1:end]:
        return text
    return " " + text[1:end] + " " + text[end + 1 :]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every stretch of text between quotation marks, paragraph by paragraph.

    >>> text = "“Kami siap,” ujar Umi.\\nIa menyebut program “Sekolah Rakyat”."
    >>> [text[s:e] for (s, e), *_ in find_quote_spans(text)]
    ['Kami siap,', 'Sekolah Rakyat']
    """
    text = _unwrapped(text)
    found: list[QuoteSpan] = []
    previous: list[QuoteSpan] = []  # the quotes of the paragraph before
    broken: list[Span] = []  # paragraphs before without marks, cut mid-sentence
    for para in _PARAGRAPH.get().finditer(text):
        last = previous[-1] if previous and previous[-1].runs_on else None
        quotes = _paragraph_quotes(text, para.span(), last)
        if last is not None and quotes and quotes[0].outer[0] == last.outer[0]:
            found.pop()  # joined with this paragraph's closing mark
        elif quotes and not quotes[0].opened and quotes[0].outer[0] == para.start() and broken:
            # a quotation whose lines the page broke mid-sentence: it starts where they start
            first = quotes[0]
            quotes[0] = first._replace(
                span=(broken[0][0], first.span[1]), outer=(broken[0][0], first.outer[1])
            )
        found.extend(quotes)
        previous = quotes
        has_marks = _MARK.get().search(text, *para.span()) is not None
        ends_sentence = text[para.start() : para.end()].rstrip()[-1:] in SENTENCE_ENDS
        broken = [] if has_marks or ends_sentence else [*broken, para.span()]
    return found
