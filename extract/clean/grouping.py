"""Grouping: the page's non-blank lines read as units (a sentence soft-wrapped over lines is one).

A line continues the one above when the line above is left open (a comma, a dash, an open
bracket) or the line below starts in lowercase. Linear in the page: each unit's pieces are
kept in a list and joined once, and its open brackets are counted as lines are added, never
by rescanning the text grown so far (that made a page of a hundred thousand short lowercase
lines take minutes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..text.patterns import LazyPattern
from .kinds import Label, LineKind, MarkerMode
from .lexicon import _labels, _patterns, _place_names, _reporter_labels
from .lines import _SHORT_LINE, _ends_terminal, _features, _marker, _Unit
from .meta import _dateline, _dates_page, _digest, _is_outlet

# A line above this length never only dates the page (`Senin, 3 Maret 2025 10:00 WIB` is short),
# so a lowercase line under it is not tested as the start of a new paragraph
_DATE_LINE_CHARS = 80
# A photo credit on its own line is short (`photo Hendi Kusuma - Beritajakarta.id`)
_PHOTO_LINE_CHARS = 100
# Line ends that leave a sentence open: it continues on the next line (`DETIKSATU.ID |` over
# `KENDAL — Polres …` is one dateline)
_OPEN_ENDS = ("(", "[", "“", ",", "—", "–", "|")
# First characters that carry on the sentence above (`)`, `— Dinas …`, `, kata dia`)
_CONTINUING_STARTS = ")]—–,;"
# A sentence left open by its last word (`… kata Kabid kepada`) has a few words before it; a label
# alone on its line (`dari`) opens what the next line says
_OPEN_END_WORDS = 3
# A dateline on a line of its own is a place and an outlet: short
_DATELINE_LINE_CHARS = 60
# A hyphen standing for a dash leaves a dateline open too (`PALANGKA RAYA (Kalteng.co) -` over
# the lede); a hyphen glued to a word (`Covid-`) does not
_OPEN_HYPHEN = LazyPattern(r"(?:\s|\))-{1,2}\Z|--\Z")
# A dateline alone on its line, a blank line between it and the lede (`Pekanbaru -`), perhaps with
# the masthead after the place's comma (`Medan, Warta.id -`)
_LONE_DATELINE = LazyPattern(
    r"(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,2})(?:\s*,\s*(?P<outlet>[\p{L}\d.]+(?: [\p{L}\d.]+){0,2}))?"
    r"\s*[-–—]{1,2}",
    regex.V1,
)
# A shouted place broken over two lines (`PALANGKA` over `RAYA – Wali Kota …`): a shouted word or
# two, then a shouted word and the dateline's dash, comma or bracket
_SHOUTED_PIECE = LazyPattern(r"\p{Lu}{2,}(?: \p{Lu}{2,})?\Z", regex.V1)
_SHOUTED_DATELINE = LazyPattern(r"\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}\s*(?:[,(]|[-–—]\s)", regex.V1)


@dataclass(slots=True)
class _Growing:
    """The unit being read: its lines so far, their length joined and unclosed brackets."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    unclosed: int = 0  # `(` minus `)` so far

    def add(self, text: str) -> None:
        self.length += len(text) + (1 if self.parts else 0)
        self.parts.append(text)
        self.unclosed += text.count("(") - text.count(")")


def _split_region(last: str, nxt: str) -> bool:
    """`PALANGKA` over `RAYA – Wali Kota …`: a known region's name broken over two lines, the
    dateline's dash, comma or bracket after it (`DAERAH` over `SUKAMAJU – …` is a section label)."""
    m = _SHOUTED_DATELINE.get().match(nxt)
    if m is None:
        return False
    words = nxt[: m.end()].rstrip(",(-–— ").split()
    names = _place_names()
    return any("".join([last, *words[:n]]).casefold() in names for n in range(1, len(words) + 1))


def _dash_under_place(last: str, nxt: str) -> bool:
    """`SELONG` over `--Seorang oknum …`: a known place shouted alone, the dateline's dash opening
    the next line glued to the lede's first word."""
    glued = regex.match(r"-{1,2}\p{Lu}\p{Ll}", nxt) is not None
    return glued and "".join(last.casefold().split()) in _place_names()


def _continues(prev: _Growing, nxt: str) -> bool:
    """`Bandar Lampung (` + `Lampost.co` + `)` + `— Dinas …`: one sentence over lines."""
    last = prev.parts[-1]  # the end-anchored tests only look at the tail, which is this line
    if _ends_terminal(last) or (len(prev.parts) == 1 and not last.strip("| ")):
        return False  # a bare `|` on its own line parts two blocks, it opens nothing
    if last.startswith("|") and last.endswith("|") and not nxt.startswith("|"):
        return False  # `| Judul Berita |` over a paragraph: a cell framed by its bars is closed
    if _patterns().image_markup.fullmatch(last) and not nxt.startswith("|"):
        # `![]() |` over the lede: a photo's markup, its cell's bar opens no sentence below it
        # (`| Bupati … |` under it is the photo's caption in the next cell)
        return False
    if last.endswith(_OPEN_ENDS) or prev.unclosed > 0:
        return True
    words = last.split()
    if len(words) >= _OPEN_END_WORDS and words[-1].casefold() in _labels(Label.OPEN_END):
        return True  # `… kata Kabid Humas kepada` over `Kompas.com`: the sentence goes on
    if _OPEN_HYPHEN.get().search(last[-3:]) and any(ch.isalpha() for ch in last[:_DATELINE_LINE_CHARS]):
        return len(last) <= _DATELINE_LINE_CHARS  # `PALANGKA RAYA (Kalteng.co) -`; not `-----`
    if len(prev.parts) == 1 and _SHOUTED_PIECE.get().fullmatch(last) and _split_region(last, nxt):
        return True  # `PALANGKA` over `RAYA – …`
    if len(prev.parts) == 1 and _SHOUTED_PIECE.get().fullmatch(last) and _dash_under_place(last, nxt):
        return True  # `SELONG` over `--Seorang …`
    first = nxt[0]
    if first.islower() and nxt.casefold().rstrip(" :") in _reporter_labels():
        return False  # `oleh` alone under the headline opens the credit, the name on the next line
    if first.islower() and len(nxt) <= _PHOTO_LINE_CHARS and _patterns().photo_line.fullmatch(nxt):
        return False  # `photo Hendi Kusuma - Beritajakarta.id` under a headline credits the photo
    if first.islower() and prev.length <= _DATE_LINE_CHARS and _dates_page(" ".join(prev.parts)):
        return False  # `Senin, 3 Maret 2025 10:00 WIB` dates the page; the paragraph under it is new
    if first.islower() and _domain_dateline(nxt):
        return False  # `ntt.tribratanews.com, - Kapolda …` under the headline opens the lede
    return first in _CONTINUING_STARTS or (first.islower() and first.isalpha())


def _lone_dateline(prev: _Growing) -> bool:
    """`Pekanbaru -` alone on its line, a blank line under it: a known place (and an outlet's name
    after its comma: `Medan, Warta.id -`) and the dateline's dash, which the lede goes on from."""
    if len(prev.parts) != 1:
        return False
    m = _LONE_DATELINE.get().fullmatch(prev.parts[0])
    if m is None or (m["outlet"] is not None and not _is_outlet(m["outlet"])):
        return False  # `Medan, Sumatera Utara -`: the words after the comma name no masthead
    return "".join(m[1].casefold().split()) in _place_names()


def _domain_dateline(text: str) -> bool:
    """A line opened by a masthead's web address in lowercase and the dateline's mark after it."""
    head = text.split(maxsplit=1)[0]
    if not _patterns().domain.search(head):
        return False
    found = _dateline(text)
    return found is not None and found.outlet is not None


# Furniture whose sentence may wrap onto the next line: a site's notice, a photo's caption
_WRAPPING_KINDS = (LineKind.NAVIGATION, LineKind.CAPTION)


def _wrapped_furniture(units: list[_Unit], text: str) -> bool:
    """A line that starts in lowercase right under an open line that is furniture as a whole
    (a notice, a caption's start), so is the rest of its sentence."""
    if not units or units[-1].kind not in _WRAPPING_KINDS or units[-1].intro is not None:
        return False  # a `Baca juga: …` line may sit inside a paragraph that goes on under it
    last = units[-1].text if len(units[-1].lines) == 1 else ""
    return bool(last) and text[0].islower() and not _ends_terminal(last) and not last.endswith(":")


def _group(folded: list[str]) -> list[_Unit]:
    """Non-blank lines, with soft-wrapped sentence pieces joined into one unit.

    A line that is furniture by its markers is always a unit of its own.
    """
    units: list[_Unit] = []
    growing: list[_Growing] = []
    prev_line = -2
    prev_marked = True
    memo: dict[str, tuple[str, str, int] | None] = {}
    for i, text in enumerate(folded):
        if not text:
            continue
        if text in memo:
            mk = memo[text]
        else:
            mk = _marker(text, text.count(" ") + 1)
            if mk is None and _digest(text):
                mk = (LineKind.RELATED, MarkerMode.START, len(text))  # a Google News digest's headlines
            if len(text) <= _SHORT_LINE:
                memo[text] = mk
        lone = bool(growing) and _lone_dateline(growing[-1])
        if mk is None and not prev_marked and (prev_line == i - 1 or lone) and _continues(growing[-1], text):
            units[-1].lines.append(i)
            units[-1].lone_dateline = units[-1].lone_dateline or lone
            growing[-1].add(text)
        elif mk is None and prev_line == i - 1 and _wrapped_furniture(units, text):
            # `Dilarang mengambil … artikel` over `di atas untuk konten … tanpa seizin redaksi.`
            units[-1].lines.append(i)
            growing[-1].add(text)
            continue
        else:
            unit = _Unit([i], text)
            if mk is not None:
                unit.kind = mk[0]
                unit.intro = mk[0] if mk[1] is MarkerMode.INTRO else None
            units.append(unit)
            growing.append(_Growing())
            growing[-1].add(text)
        prev_line, prev_marked = i, mk is not None
    for unit, grown in zip(units, growing, strict=True):
        unit.text = " ".join(grown.parts)
        _features(unit)
    return units
