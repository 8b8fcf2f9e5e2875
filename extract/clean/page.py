"""The page state machine: one `clean` call over a page's units, top to bottom.

`_Page.run` groups lines into units (`grouping`), drops repeated paragraphs, finds the body's
bounds (the first and the last paragraph of prose), then gives every unit a kind with small
rules: a marked line opens or continues a list (`Baca juga`, `Tags:`), a list takes its
members, a credit line gives the byline, and by its place a unit above the body is a title,
a date or chrome, inside it body unless furniture, below it a closing paragraph or furniture.
Last, inline furniture is cut out of the body lines and the closing credit taken off.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..records import Boilerplate, Dateline
from ..text.patterns import whole_words
from ..text.words import common_words, org_words
from .grouping import _group
from .inline import (
    _ad_copy,
    _inline_spans,
    _prompt_score,
    _prompt_spans,
    _strong_prompt,
    _tags_after_code,
    _teaser_end,
    _trailing_prompts,
    _verdict_box,
)
from .kinds import Label, LineKind
from .lexicon import (
    _function_words,
    _home_words,
    _labels,
    _not_reporters,
    _pager_words,
    _patterns,
    _regions,
    _reporter_labels,
)
from .lines import (
    _BOTTOM_LISTS,
    _CAPTION_CREDIT_CHARS,
    _HEADLINE_MAX_WORDS,
    _HEADLINE_MIN_WORDS,
    _INTRO_PROSE_WORDS,
    _LEDE_WORDS,
    _LIST_BUDGET,
    _LOOK_BACK_UNITS,
    _TRAIL_CREDIT_CHARS,
    _TRAIL_MARK_CHARS,
    _TRAIL_PAREN_CHARS,
    _ad_line,
    _caption,
    _chrome,
    _chrome_kind,
    _containment,
    _credit_after_stop,
    _ends_terminal,
    _english,
    _features,
    _fold,
    _periodless,
    _reader_question,
    _sentence_like,
    _short_sentence,
    _stopped_headline,
    _Unit,
)
from .meta import (
    _DIGEST_ITEMS,
    _REPORTER_LINE_WORDS,
    _advert_mark,
    _bracketed_writer,
    _bulleted_date,
    _byline_paren,
    _chrome_opening,
    _closing_author,
    _credit,
    _date,
    _date_line,
    _dated_reporter,
    _dateline,
    _desk_credit,
    _editor_after,
    _figure_writer,
    _glued_caption_dateline,
    _glued_standfirst,
    _head_credit,
    _is_outlet,
    _lead_credit,
    _lead_date,
    _masthead_behind_head,
    _name_like,
    _rank_caption,
    _reporter_line,
    _slashed_writer,
    _source_credit,
    _stamp_date,
    _stamp_headline,
    _stamp_writer,
    _standalone_dateline,
    _title_credit,
    _trailing_advert,
    _trailing_date,
    _weekdays,
)
from .rules import (
    _ABOVE_DATELINE_UNITS,
    _BOTTOM_STRIP_UNITS,
    _CAPTION_LOWER,
    _CAPTION_WORDS,
    _CREDIT_LINE_WORDS,
    _CRUMB_SEPARATORS,
    _DATE_UNDER_LEDE,
    _DEFAULT_LIST_BUDGET,
    _FOOTER_LINK_WORDS,
    _FOOTER_LINKS,
    _FOOTER_PARAGRAPHS,
    _FOREIGN_NAMES,
    _FORM_FIELD_WORDS,
    _HARD_END_CHARS,
    _HEADLINE_CAPTION_WORDS,
    _INLINE_MIN_CHARS,
    _KICKER_WORDS,
    _LIST_FIELD_WORDS,
    _LIST_INTRO_CHARS,
    _MAX_PULL_QUOTES,
    _PHOTO_LINE_WORDS,
    _PULL_QUOTE_MAX_WORDS,
    _PULL_QUOTE_WORDS,
    _RELATED_RUN,
    _REPEATED_LABEL_WORDS,
    _RESTATED_SHARE,
    _RESTATEMENT_WORDS,
    _SHORT_PARAGRAPH_WORDS,
    _SITE_NAME_WORDS,
    _STRIP_KINDS,
    _TEASER_BOX_BUDGET,
    _TEASER_LENGTH_SHARE,
    _TITLE_CANDIDATES,
    _TOP_CAPTION_WORDS,
    _WIDGET_CLOCKS,
    _announces_list,
    _caption_label,
    _closes_body,
    _closing_headline,
    _cued_caption,
    _dotted_word,
    _excerpt_run,
    _first_paragraph,
    _fits_list,
    _foreign_words,
    _glued_date,
    _glued_headline_end,
    _headline_before_place,
    _headline_words,
    _line_credit,
    _masthead_credit,
    _opens_body,
    _opens_with_dateline,
    _photo_caption,
    _related_headline,
    _sublist_heading,
    _top_furniture,
    _unbulleted,
    _unmistakable,
    _unplaced_label,
)

# A shouted place broken over two lines leaves a word or two on the line above the lede
# a title-case headline of this many words, then a line with this many lowercase content words
_CAPTION_HEADLINE_WORDS = 6
# a title-case headline: fewer than a third of its words in lowercase (`Lantik Bupati dan Wakil …`)
_TITLE_CASE_LOWER = 3
_CAPTION_LOWER_WORDS = 3
# A photo's alt text sits right above its caption: a unit or two between them at most
_ALT_TEXT_GAP = 2
_SPLIT_PLACE_WORDS = 2
# a caption opening in lowercase goes on with this many lowercase content words at least
_LOWERCASE_CAPTION_WORDS = 2


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    """The body text of one page and what the page says about itself.

    ``text`` is the body lines joined with ``"\\n"`` (whitespace folded inside each
    line, blank lines dropped); ``published`` is ISO ``YYYY-MM-DD``; ``boilerplate``
    lists every removed line or fragment in raw-line order.
    """

    text: str
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    boilerplate: tuple[Boilerplate, ...] = ()


@dataclass(slots=True)
class _Scan:
    """The state of `_Page._classify` as it reads the units top to bottom."""

    start: int  # the body's first and last unit
    end: int
    counts: Counter[str]  # how often each short non-prose line occurs on the page
    list_kind: LineKind | None = None  # the list a bare intro announced, while it runs
    list_budget: int = 0  # lines it may still take
    list_bullets: bool = False  # the list's last member opened with a list mark (`- Pemprov …`)
    list_label: int = -1  # the unit of an intro that is a label alone with its colon (`Ket. Foto:`)
    in_list: bool = False  # a bulleted list announced by the last kept paragraph
    last_body: _Unit | None = None
    title_candidates: list[_Unit] = field(default_factory=list)


def _dated_scene(text: str) -> bool:
    """`… di Kantor Bupati, Jumat (17/10/2025).`: a sentence closed by a weekday and its bracketed day."""
    m = _patterns().dated_close.search(text)
    return m is not None and m["day"].casefold() in _weekdays()


def _site_after(head: str, text: str) -> bool:
    """Whether ``text`` is ``head`` with more after it that is no more of the headline (`Judul - Nama
    Situs`, the <title>, over `Judul`, the <h1>; a stray word glued on, `kota`, a photo's `Perbesar`):
    a headline going on in title case for two words or more (`Polres Gorontalo Utara Resmi
    Beroperasi`) is the headline, the shorter line a photo's label (`Polres Gorontalo Utara`)."""
    rest = text[len(head) :].split() if text.startswith(head) and len(text) > len(head) else []
    goes_on = len(rest) >= _HEADLINE_REST_WORDS and all(w[0].isupper() or w[0].isdigit() for w in rest[:2])
    return bool(rest) and not (text[len(head)].isspace() and goes_on)


def _crumbs_before(head: str, text: str) -> bool:
    """Whether ``text`` is ``head`` under a breadcrumb trail opened by the site's front page (`Home
    Nabire Judul Berita` over `Judul Berita`): the shorter line is the headline."""
    words = text.split()
    return (
        text.endswith(head)
        and len(text) > len(head)
        and bool(words)
        and words[0].casefold() in _home_words()
        and text[: -len(head)].endswith(" ")
    )


def _pager_crumbs(text: str) -> bool:
    """`Beranda blog Halaman 3`: a breadcrumb trail from the front page to a listing's page number,
    no headline."""
    words = text.casefold().split()
    if len(words) < _PAGER_CRUMB_WORDS or words[0] not in _home_words():
        return False
    return words[-2] in _pager_words() and words[-1].isdigit()


# a listing's trail: the front page, the pager's word and the page number at least
_PAGER_CRUMB_WORDS = 3


# a headline goes on past a photo's label by this many words at least
_HEADLINE_REST_WORDS = 2


def _names_site(text: str) -> bool:
    """Whether a headline-like line names the site after a bar or a spaced dash (`… | KABARKEDIRI.com
    - Berita Terkini`): the page's <title>, not its headline."""
    parts = _patterns().title_parts.split(text)
    return len(parts) > 1 and any(_is_outlet(part) for part in parts[1:])


def _digest_lines(candidates: list[_Unit]) -> bool:
    """Headlines over no article, each line closed by a different news outlet's name (`Harga Cabai
    Naik - Kompas.com`, `Banjir Rendam Rumah - detikNews`, …): a news aggregator's list (a Google
    News digest), where no line is the page's own headline."""
    sites = []
    for unit in candidates:
        m = _patterns().site_suffix.search(unit.text)
        if m and _is_outlet(m["site"]):
            sites.append(m["site"].casefold())
    return len(sites) >= _DIGEST_ITEMS and len(set(sites)) >= _DIGEST_OUTLETS


# the reporter's and the editor's names under the page's date
_CREDIT_NAMES = 2
# a digest names two sources at least
_DIGEST_OUTLETS = 2
# A standfirst glued before the dateline is cut as a copy with this many words at least: fewer
# (`Ya`, `Benar sekali`) may stand in the body by chance
_STANDFIRST_WORDS = 3


def _lower_content(unit: _Unit) -> int:
    """Lowercase words that are no function words: none in a title-case headline (`Studi Tiru di
    Kabupaten Malang`), several in a caption's sentence (`… memperhatikan dengan cermat paparan`)."""
    words = _patterns().word.findall(unit.text)
    return sum(1 for w in words if w[0].islower() and w.casefold() not in _function_words())


def _drop_captions_under_headline(candidates: list[_Unit]) -> list[_Unit]:
    """A title-case headline, then a sentence describing the photo under it (`Awak Media dan
    Diskominfo memperhatikan dengan cermat paparan …`): the sentence is the photo's caption."""
    for n, top in enumerate(candidates):
        if top.n_words < _CAPTION_HEADLINE_WORDS or _lower_content(top) > 1:
            continue
        for unit in candidates[n + 1 :]:
            if _lower_content(unit) >= _CAPTION_LOWER_WORDS:
                unit.kind = LineKind.CAPTION
    return [u for u in candidates if u.kind == LineKind.TITLE]


def _lowercase_caption(unit: _Unit) -> bool:
    """`sertijab Kepsta RRI Ambon yang dihadiri Asisten I …`: a line above the body opening with a
    lowercase word (not a brand's camel case, `iPhone`) and going on in lowercase words is a photo's
    alt text or caption; a headline opens with a capital."""
    first = unit.text.split()[0] if unit.text.split() else ""
    return first.isalpha() and first.islower() and _lower_content(unit) >= _LOWERCASE_CAPTION_WORDS


def _labelled_name(name: str) -> bool:
    """A line under a credit's label that the label vouches for as the reporter's name: two to
    four capitalised words, no label (`Penulis` over `| Editor`: a label's empty slot), masthead,
    place or institution (`oleh Pemerintah Kabupaten Gianyar` credits no reporter)."""
    words = name.split()
    return (
        _REPORTER_LINE_WORDS[0] <= len(words) <= _REPORTER_LINE_WORDS[1]
        and _name_like(name)
        and all(w[0].isupper() and w.isalpha() and w.casefold() not in _reporter_labels() for w in words)
        and not _is_outlet(name)
        and name.casefold() not in _not_reporters()
        and not any(w in _regions() or w in org_words() for w in name.casefold().split())
    )


def _stamp_credit(rest: str) -> tuple[int, LineKind] | None:
    """`… 16:10 WIB Editor: Ani Lestari Pemerintah …`, `… 16:10 WIB Foto: Antara/Budi Santoso Ratusan
    warga …`: the credit right behind a header's stamp (`_editor_after`), where it ends and its kind: a
    photo's label credits a caption, any other an editor. None where it names no one, or where it would
    end at an abbreviation's dot (`Foto: Dok. Humas Ratusan …`: the name goes on past `Dok.`) or before
    no capitalised word (no sentence or dateline starts behind it)."""
    cut = _editor_after(rest, 0) or 0
    if cut <= 0:
        return None
    last = rest[:cut].split()[-1]
    after = rest[cut:].lstrip()
    if (last.endswith(".") and _dotted_word(last)) or (
        after and not after[0].isupper() and after[0] not in '"“'
    ):
        return None
    label = rest.split()[0].strip(":：").casefold()
    return cut, LineKind.CAPTION if label in _labels(Label.PHOTO) else LineKind.EDITOR


def _dash_under_place(first: _Unit) -> bool:
    """The lede opens with the dateline's dash (`- Ratusan warga …`, a hyphen as well as a dash) right
    under the line that holds the whole place: the dateline broken at its dash (issue 15)."""
    rest = first.text.lstrip("-–—")
    return 0 < len(first.text) - len(rest) <= 2 and rest[:1] == " " and rest.lstrip()[:1].isupper()


def _credit_seams_dateline(line: str, start: int, end: int, kind: LineKind) -> bool:
    """A photo's bracketed credit right before the lede's dateline stays: it is the seam that ends
    the caption glued before the lede (`… Anies Baswedan (dok. ANTARA FOTO/Rosa Panggabean)
    Jakarta, CNN Indonesia -- …`, `… Saat Stroke (dok: Thinkstock) Jakarta - …`), which the dateline
    is read behind (news-raw: 3 of 22 credits)."""
    return kind == LineKind.CAPTION and line[start] == "(" and _dateline(line[end:].lstrip()) is not None


class _Page:
    """The working state of one `clean` call."""

    def __init__(self, text: str) -> None:
        self.raw = text.split("\n")
        self.folded = [_fold(line) for line in self.raw]
        self.units = _group(self.folded)
        self.removed: list[Boilerplate] = []
        self.title: str | None = None
        self.published: str | None = None
        self.published_strip = False  # the page's date came from a line above any headline
        self.published_labelled = False  # the page's date came from a labelled line (`Diposting : …`)
        self.byline: str | None = None
        self.credit: str | None = None
        self.hard_end = len(self.units)  # the last unit above a closing `###`

    # ---- classification

    def run(self) -> CleanedArticle:
        units = self.units
        self._teasers_and_duplicates()
        start, end = self._body_region()
        self._classify(start, end)
        self._headline_runs()
        self._title_repeats()
        self._pull_quotes()
        self._furniture_above_dateline()
        self._headline_over_lede()
        standalone = self._dateline_line()
        body = self._inline_and_byline()
        for unit in units:
            if unit.kind != LineKind.BODY:
                for i in unit.lines:
                    self.removed.append(
                        Boilerplate(line=i + 1, text=self.folded[i], kind=unit.kind or LineKind.NAVIGATION)
                    )
        dateline = standalone
        # the first body paragraph's dateline, or the second's where it is unmistakable (a shouted
        # place, an outlet): the lede under a standfirst, a caption or a credit line left as body
        firsts = [] if standalone else [u for u in units if u.kind == LineKind.BODY][:2]
        for n, unit in enumerate(firsts):
            joined = " ".join(body.get(i, "") for i in unit.lines)
            # the lede's own dateline, or the first paragraph's behind a caption glued before it
            dateline = _dateline(joined) or (
                None if n else _glued_caption_dateline(joined) or _masthead_behind_head(joined)
            )
            if n and dateline is not None and not (_unmistakable(dateline, unit.text) or unit.lone_dateline):
                dateline = None
            if dateline is not None:
                break
        text = "\n".join(body[i] for i in sorted(body) if body[i])
        if self.title and self.credit is None and (split := _title_credit(self.title)) is not None:
            # `Harga Cabai Turun Reporter: Budi Santoso`: the credit closing the headline's line
            self.title, self.credit = split
        self.removed.sort(key=lambda b: b.line)
        return CleanedArticle(
            text=text,
            title=self.title,
            published=self.published,
            byline=self._byline(),
            dateline=dateline,
            boilerplate=tuple(self.removed),
        )

    def _byline(self) -> str | None:
        """The labelled credit's reporter (`Penulis: Rina Wulandari`), or the closing credit when it
        names that reporter in full, as whole words (`(BangkaPos.com/Rina Wulandari)`; `Penulis: Ari`
        is not `(BangkaPos.com/Mariana Sari)`), or else the closing marks. Closing codes (`(NOPRI/B-6)`,
        the reporter's and the desk's) name no reporter in full: `Oleh Nopri` stays."""
        if (
            self.credit
            and self.byline
            and any(whole_words(self.byline.casefold(), self.credit.casefold()))
            and not _patterns().initials_code.fullmatch(self.byline)
        ):
            return self.byline
        return self.credit or self.byline

    def _dateline_line(self) -> Dateline | None:
        """`Kab.Tasik, LINTA PENA` on its own line right above the lede: the dateline, kept as body;
        also where it was the only headline-like line (`Deli Serdang , warta.id`), when its masthead is
        an outlet's name: then the page gives no title."""
        first = next((k for k, u in enumerate(self.units) if u.kind == LineKind.BODY), None)
        if not first:
            return None
        above = self.units[first - 1]
        if (split := self._split_dateline(above, self.units[first])) is not None:
            return split
        if _dateline(self.units[first].text):
            return None
        found = _standalone_dateline(above.text)
        if found is None or above.kind not in (LineKind.NAVIGATION, LineKind.TITLE):
            return None
        if above.text == self.title:
            if not _is_outlet(found.outlet or ""):
                return None
            self.title = None
        above.kind = LineKind.BODY
        return found

    @staticmethod
    def _split_dateline(above: _Unit, first: _Unit) -> Dateline | None:
        """`KUALA` on one line, `KAPUAS - Ratusan warga …` on the next: a shouted place broken over
        two lines. When the shouted word or two above and the lede's shouted place read together
        as a known region, the line above is body and the dateline's place is the whole name. So too
        the whole shouted place above the lede that opens with the dateline's dash (`SAMARINDA` on
        one line, `- Ratusan warga …` on the next: `_dash_under_place`)."""
        if (
            above.kind not in (LineKind.NAVIGATION, LineKind.TITLE)
            or len(above.lines) != 1
            or not above.text.isupper()
            or len(above.text.split()) > _SPLIT_PLACE_WORDS
        ):
            return None
        found = _dateline(f"{above.text} {first.text}")
        if found is None or found.place is None:
            return None
        place = found.place.casefold()
        if place not in _regions() and place.replace(" ", "") not in _regions():
            return None  # `PALANGKA` / `RAYA –`: the region list may write the name as one word
        whole = found.place.casefold() == above.text.casefold() and _dash_under_place(first)
        if not (found.place.casefold().startswith(above.text.casefold() + " ") or whole):
            return None
        above.kind = LineKind.BODY
        return found

    def _furniture_above_dateline(self) -> None:
        """The dateline opens the body: the short paragraphs above the one that opens with an
        unmistakable dateline are furniture when one of them reads so (`VISITASI SEKOLAH: Kabid …
        saat …`, a photo caption; a pull quote; a kicker; a teaser of the lede), not the article's
        first paragraphs; a lone standfirst, or a lede above a roundup's shouted place, stays."""
        firsts = [u for u in self.units if u.kind == LineKind.BODY][: _ABOVE_DATELINE_UNITS + 1]
        # `Pekanbaru -` alone on its line over the lede is as sure a dateline as a shouted one
        k = next(
            (k for k, u in enumerate(firsts) if k and (_opens_with_dateline(u.text) or u.lone_dateline)), None
        )
        if k is None:
            return
        above = firsts[:k]
        nearby = " ".join(u.text for u in firsts)
        for unit in above:
            label = _caption_label(unit.text) or _unplaced_label(unit.text, nearby)
            if unit.n_words > _TOP_CAPTION_WORDS or (_dateline(unit.text) and not label):
                return  # a long paragraph or one that opens with its own dateline is the lede
        if any(_top_furniture(unit) or _unplaced_label(unit.text, nearby) for unit in above):
            # a page sets one standfirst at most: the paragraphs beside a caption or a kicker there
            # are captions too (`… menekan sirine …`, `… menandatangani prasasti …`, then a kicker)
            for unit in above:
                if unit.n_words >= _KICKER_WORDS:
                    unit.kind = LineKind.CAPTION

    def _headline_over_lede(self) -> None:
        """`Pimpin Apel …, Rico Waas : Jangan Ada lagi Pungli Di kelurahan,Kecamatan Dan OPD!`, the
        page's first line, in title case, right above a lede that opens with a known region and
        the dateline's dash (`Medan – Wali Kota …`): the headline, though it ends as a sentence,
        where none was found above it; so too a first line closed by one stop right above that
        lede (`BPBD Kabupaten Mamuju Salurkan Bantuan Kepada Nenek Nurjannah.`)."""
        # the page's first line, or the first under the page's date (`Selasa, 13 Maret 2018` over `DPC
        # PWRI … Apresiasi Komitmen Kadis PUPR.` over `MataLensa, Bengkulu – …`)
        k = next((k for k, u in enumerate(self.units) if u.kind != LineKind.PUBLISHED), len(self.units))
        if self.title is not None or len(self.units) < k + 2:
            return
        head = self.units[k]
        lede = next((u for u in self.units[k + 1 :] if u.kind == LineKind.BODY), None)
        if lede is None or len(head.lines) != 1:
            return
        # a sentence dated to its day (`… pulang, Kamis (26/1/2023).`) is the lede's teaser, no headline
        stopped = (
            head.kind in (LineKind.BODY, LineKind.NAVIGATION)
            and _stopped_headline(head)
            and not _date(head.text)
        )
        if not ((head.kind == LineKind.BODY and head.headline) or (stopped and lede is self.units[k + 1])):
            return
        found = _dateline(lede.text)
        if found is None or found.place is None or found.place.casefold() not in _regions():
            return
        opening = lede.text.casefold()
        if not (
            opening.startswith(found.place.casefold()) or opening.startswith((found.outlet or "-").casefold())
        ):
            return
        head.kind = LineKind.TITLE
        self.title = head.text

    def _teasers_and_duplicates(self) -> None:
        """Keep one copy of a repeated paragraph; a teaser of the lede above it goes."""
        units = self.units
        prose = [u for u in units if u.kind is None and u.prose and u.n_words >= _SHORT_PARAGRAPH_WORDS]
        # a teaser above the lede: a paragraph whose words mostly reappear in one of the next three,
        # or in the next two together (a summary that joins the lede's first two paragraphs)
        for k, unit in enumerate(prose[:6]):
            if unit.n_words < _LEDE_WORDS:
                continue
            nexts = prose[k + 1 : k + 4]
            spans = [(a.n_words, a.words) for a in nexts]
            if len(nexts) > 1:
                spans.append((nexts[0].n_words + nexts[1].n_words, nexts[0].words | nexts[1].words))
            for n_words, words in spans:
                if (
                    n_words >= unit.n_words * _TEASER_LENGTH_SHARE
                    and _containment(unit.words, words) >= _RESTATED_SHARE
                ):
                    unit.kind = LineKind.DUPLICATE
                    break
        seen: dict[str, _Unit] = {}
        for unit in units:
            if unit.kind is not None or unit.n_words < _SHORT_PARAGRAPH_WORDS:
                continue
            # `Pemprov Kalbar dan BI sinergi … 2025`, then `… 2025. (ANTARA)` under its photo: a
            # copy for all its stop and its source
            key = _headline_words(unit.text)
            first = seen.get(key)
            if first is None:
                seen[key] = unit
            else:
                unit.kind = LineKind.DUPLICATE
        # later paragraphs that restate the lede (a teaser repeated at the bottom)
        lede: list[_Unit] = []
        for unit in units:
            if unit.kind is not None:
                continue
            if len(lede) < 2:
                if unit.prose and unit.n_words >= _LEDE_WORDS:
                    lede.append(unit)
                continue
            if unit.n_words >= _RESTATEMENT_WORDS:
                for first in lede:
                    if (
                        unit.n_words <= first.n_words
                        and _containment(unit.words, first.words) >= _RESTATED_SHARE
                    ):
                        unit.kind = LineKind.DUPLICATE
                        break

    def _body_region(self) -> tuple[int, int]:
        """Index of the first and of the last paragraph of prose (the body's bounds)."""
        units = self.units
        start = _first_paragraph(units)
        if start is None:
            return len(units), len(units) - 1
        # a short first paragraph (`Hujan deras melanda Jakarta kemarin sore.`) still opens the body
        while start > 0 and _opens_body(units[start - 1]):
            start -= 1
        last = len(units) - 1
        for k in range(start + 1, len(units)):
            if len(units[k].text) <= _HARD_END_CHARS and _patterns().hard_end.fullmatch(units[k].text):
                last = self.hard_end = k - 1
                break
        return start, self._last_paragraph(start, last)

    def _last_paragraph(self, start: int, last: int) -> int:
        """The last paragraph of prose between ``start`` and ``last``, footer prose skipped."""
        skipped = 0
        for k in range(last, start, -1):
            unit = self.units[k]
            if not _closes_body(self.units, k):
                continue
            if skipped < _FOOTER_PARAGRAPHS and self._under_footer(k, start):
                # `Portal Pati adalah media online yang …` under `Tentang Kami`, `Pedoman Media Siber`
                unit.kind = LineKind.NAVIGATION
                skipped += 1
                continue
            return k
        return start

    def _under_footer(self, k: int, start: int) -> bool:
        """Whether two or more short navigation lines (a site footer's links: `Tentang Kami`,
        `Pedoman Media Siber`) part unit ``k`` from the body above; an embedded tweet between two
        paragraphs is navigation too, but its lines are long."""
        nav = 0
        for j in range(k - 1, max(start, k - _LOOK_BACK_UNITS) - 1, -1):
            unit = self.units[j]
            if unit.kind is None and unit.prose:
                return nav >= _FOOTER_LINKS
            # a pager (`Halaman Selanjutnya`, `Halaman 2 dari 2`) leads on to more of the article
            nav += (
                unit.kind == LineKind.NAVIGATION
                and unit.n_words <= _FOOTER_LINK_WORDS
                and not unit.words & _pager_words()
            )
        return False

    def _classify(self, start: int, end: int) -> None:
        """Give every undecided unit a kind, top to bottom: the page's state machine.

        The state is the list a bare intro announced (`Baca juga`, `Tags:`) with how many lines it
        may still take, the last body paragraph and whether a bulleted list under the body is
        running. Each unit goes through the rules in order: a marked line, a list's member, a
        credit, an end mark, then by its place (above, inside or below the body).
        """
        scan = _Scan(
            start,
            end,
            Counter(
                u.key
                for u in self.units
                if u.kind is None and u.n_words <= _REPEATED_LABEL_WORDS and not u.prose
            ),
        )
        for k, unit in enumerate(self.units):
            if unit.kind == LineKind.EDITOR and self._credit_line(unit, k, start):
                continue  # `Editor : Ani Penulis : Budi`: the reporter named after the editor
            if unit.kind is not None:
                self._marked(unit, k, scan)
                continue
            if self._list_member(unit, k, scan) or self._credit_line(unit, k, start):
                continue
            if _patterns().mark_only.fullmatch(unit.text):
                unit.kind = LineKind.ENDMARK
                continue
            if k < start:
                self._top(unit, scan.title_candidates)
            elif k > end:
                self._below(unit, k, scan)
            else:
                self._inside(unit, k, scan)
            if unit.kind == LineKind.BODY:
                scan.last_body = unit
        self._pick_title(scan.title_candidates)
        self._name_above_date(start)
        self._name_under_title(start)
        self._label_above_name(start)
        self._label_under_name(start)
        self._names_under_date(start)
        self._bottom_strip(end)

    def _name_above_date(self, start: int) -> None:
        """`Indra Wijaya` on its own line right above the page's date (`Kamis, 4 November 2021`)
        near the top: the reporter's name, not a line of the body or chrome."""
        for k in range(1, min(len(self.units), start + _DATE_UNDER_LEDE + 1)):
            unit, above = self.units[k], self.units[k - 1]
            if unit.kind != LineKind.PUBLISHED or above.kind == LineKind.BYLINE or above.text == self.title:
                continue
            self._reporter_named(above)
            return

    def _name_under_title(self, start: int) -> None:
        """`Hendra Pratama` on its own line right under the headline, above the body: the author
        line of a theme that prints no label (a known given name opens it, see `_reporter_line`)."""
        for k in range(1, min(len(self.units), start)):
            unit, above = self.units[k], self.units[k - 1]
            if above.kind != LineKind.TITLE or unit.kind != LineKind.NAVIGATION:
                continue
            self._reporter_named(unit)
            return

    def _reporter_named(self, unit: _Unit) -> None:
        """A line that is a reporter's name alone (`Hendra Pratama`, see `_reporter_line`) is the
        byline; the first such name is the credit."""
        name = _reporter_line(unit.text)
        if name is not None:
            unit.kind = LineKind.BYLINE
            self.credit = self.credit or name

    def _names_under_date(self, start: int) -> None:
        """`Michael Hangga Wismabrata,` over `Farid Assifa` right under the page's date (`Kompas.com -
        21/08/2018, 05:24 WIB`) above the body: the reporter's name and the editor's parted by a
        comma, a credit printed with no label; the first name is the byline (and no headline, where
        the page shows none above the date). No word of either is a common word: `Edarkan Upal,
        Oknum PNS Diringkus Aparat` is a headline with a comma."""
        for k in range(1, min(len(self.units), start)):
            above, unit = self.units[k - 1], self.units[k]
            if above.kind != LineKind.PUBLISHED or unit.kind not in (LineKind.NAVIGATION, LineKind.TITLE):
                continue
            names = [part.strip() for part in unit.text.split(",")]
            common = any(w.casefold() in common_words() for w in unit.text.replace(",", " ").split())
            if len(names) == _CREDIT_NAMES and not common and all(_labelled_name(name) for name in names):
                if unit.kind == LineKind.TITLE and unit.text == self.title:
                    self.title = None
                unit.kind = LineKind.BYLINE
                self.credit = self.credit or names[0]
            return

    def _label_above_name(self, start: int) -> None:
        """`oleh` on one line and `Afifah Fauziah` on the next above the body: a theme that prints
        the credit's label and the reporter's name apart (the label alone is no byline)."""
        labels = _reporter_labels()
        for k in range(1, min(len(self.units), start)):
            unit, above = self.units[k], self.units[k - 1]
            # the label may close a strip grouped with it (`6 bulan yang lalu|| oleh`)
            tail = above.text.casefold().rstrip(" :")
            if above.kind != LineKind.NAVIGATION or not any(
                tail == label or tail.endswith((f" {label}", f"|{label}")) for label in labels
            ):
                continue
            if self._labelled_credit(above, unit):
                return

    def _label_under_name(self, start: int) -> None:
        """`Jessi Carina` on one line and `Penulis` alone on the next above the body: a theme that
        prints the reporter's name over its label (a headline over the label names no one)."""
        labels = _reporter_labels()
        for k in range(1, min(len(self.units), start)):
            unit, above = self.units[k], self.units[k - 1]
            if unit.kind != LineKind.NAVIGATION or unit.text.casefold().strip(" :") not in labels:
                continue
            self._labelled_credit(unit, above)
            return

    def _labelled_credit(self, label: _Unit, named: _Unit) -> bool:
        """Whether ``named``, the line beside the credit's ``label`` line, is a navigation line that
        holds a reporter's name alone: then both lines are the byline and the name is the credit
        (the first found; `_label_above_name`, `_label_under_name`)."""
        name = named.text.strip()
        if named.kind != LineKind.NAVIGATION or not _labelled_name(name):
            return False
        label.kind = named.kind = LineKind.BYLINE
        self.credit = self.credit or name
        return True

    def _headline_runs(self) -> None:
        """Two or more headlines in a row between paragraphs, with no marker, are links to other
        articles (a subheading stands alone; a list is announced by a colon); so is one alone
        between two paragraphs that names things the page says nowhere else (`_lone_related`)."""
        run: list[_Unit] = []
        before: _Unit | None = None  # the body unit above the run
        for unit in [*self.units, None]:
            if unit is not None and unit.kind == LineKind.BODY and _related_headline(unit):
                run.append(unit)
                continue
            if before and _announces_list(before):
                pass  # `Berikut daftarnya:` above: the lines are its list
            elif len(run) >= _RELATED_RUN or (run and self._lone_related(run[0], before, unit)):
                for member in run:
                    member.kind = LineKind.RELATED
            run = []
            if unit is not None and unit.kind == LineKind.BODY:
                before = unit

    def _lone_related(self, unit: _Unit, before: _Unit | None, after: _Unit | None) -> bool:
        """`Wagub Hendrawan Tinjau Banjir Rob di Teluk Betung` alone between two paragraphs of a page
        that never names Hendrawan: the headline of another article, its `Baca juga` dropped by the
        scraper. A subheading (`Dinas Pastikan Harga Beras Terjangkau`) names what the paragraphs tell."""
        if before is None or after is None:
            return False
        if not (before is self._neighbour(unit, -1) and after is self._neighbour(unit, 1)):
            return False
        if not (before.prose and after.prose and after.kind == LineKind.BODY):
            return False
        page = frozenset(
            w for u in self.units if u is not unit for w in _patterns().word.findall(u.text.casefold())
        )
        return len(_foreign_words(unit, page)) >= _FOREIGN_NAMES

    def _bottom_strip(self, end: int) -> None:
        """The page's own headline and date printed right under the body (`Dua rumah warga ludes
        terbakar …` then `Selasa, 4 Juni 2024 09:20 WIB`), when the top gave neither."""
        # the strip starts under the last body unit: short closing sentences under the last
        # paragraph of prose (`"Kami siap," katanya.`) are body too
        while end + 1 < len(self.units) and self.units[end + 1].kind == LineKind.BODY:
            end += 1
        after = self.units[end + 1 : end + 3]
        if not after or self.hard_end <= end:
            return
        first = after[0]
        if self.published is None and (iso := _date_line(first)):
            first.kind, self.published = LineKind.PUBLISHED, iso
            return
        if self.published is None and self._date_under_furniture(end):
            return
        if len(after) < 2 or not (iso := _date_line(after[1])):
            return
        if first.kind in (LineKind.BYLINE, LineKind.EDITOR):
            # `Penulis: Budi` then `Kamis, 6 Juli 2023`: the credit, then the page's date
            if self.published is None:
                after[1].kind, self.published = LineKind.PUBLISHED, iso
            return
        if (
            self.title is None
            and self._title_like(first)
            and not _chrome(first)
            and first.kind != LineKind.BODY
        ):
            first.kind, self.title = LineKind.TITLE, first.text
            if self.published is None:
                after[1].kind, self.published = LineKind.PUBLISHED, iso

    def _date_under_furniture(self, end: int) -> bool:
        """`Bagikan: Facebook Twitter`, `Tags: …` or `Editor: Ani`, then `Kamis, 6 Juli 2023`: the
        page's date under the share strip, tags or credits that close the body (under a related
        headline it dates that headline)."""
        for unit in self.units[end + 1 : end + 1 + _BOTTOM_STRIP_UNITS]:
            if unit.kind != LineKind.BODY and (iso := _date_line(unit)):
                unit.kind, self.published = LineKind.PUBLISHED, iso
                return True
            if unit.kind not in _STRIP_KINDS:
                return False
        return False

    @staticmethod
    def _marked(unit: _Unit, k: int, scan: _Scan) -> None:
        """A line marked by its markers: a bare intro opens a list; a list's own marked lines stay in it."""
        # `Leave a Reply`, then `Your email address …`, then `Name *`, `Email *`: one form
        form_field = (
            scan.list_kind == LineKind.COMMENTS
            and unit.kind == LineKind.SHARE
            and unit.n_words <= _FORM_FIELD_WORDS
        )
        if (
            unit.intro is None
            and (unit.kind == scan.list_kind or form_field)
            and scan.list_budget
            and k > scan.end
        ):
            unit.kind = scan.list_kind  # a form's `Email *` field is no share button
            return
        scan.list_kind = unit.intro
        scan.list_bullets = False
        scan.list_label = k if unit.text.rstrip().endswith((":", "：")) else -1
        scan.list_budget = _LIST_BUDGET.get(unit.intro, _DEFAULT_LIST_BUDGET) if unit.intro else 0
        if scan.list_kind == LineKind.RELATED and k < scan.end:
            scan.list_budget = _TEASER_BOX_BUDGET

    @staticmethod
    def _list_member(unit: _Unit, k: int, scan: _Scan) -> bool:
        """The short lines after a bare `Baca juga` / `Berita terkait` / `Tags:` (above the body
        everything goes anyway, and a `Headline News` strip must not swallow the title); related
        headlines each opening with a list mark run on past the budget while the marks go on
        (`Berita Terkini:` and four `- <headline>` lines inside the body); `Ket. Foto:` alone on
        its line announces the caption under it, a sentence, even where it stands above the lede."""
        kind = scan.list_kind
        bulleted = kind == LineKind.RELATED and bool(_patterns().bullet.match(unit.text))
        budget = scan.list_budget or (bulleted and scan.list_bullets)
        labelled = (
            kind == LineKind.CAPTION
            and k == scan.list_label + 1
            and unit.n_words <= _CAPTION_WORDS
            and not _opens_with_dateline(unit.text)
        )
        if not (
            kind and budget and (k > scan.start or labelled) and (kind not in _BOTTOM_LISTS or k > scan.end)
        ):
            return False
        if _fits_list(unit, kind) or labelled:
            unit.kind = kind
            scan.list_budget = max(0, scan.list_budget - 1)
            scan.list_bullets = bulleted
            return True
        if not any(ch.isalnum() for ch in unit.text):
            unit.kind = kind  # a bare `-` or `|` parting the list's items goes with them
            return True
        scan.list_kind = None
        return False

    def _credit_line(self, unit: _Unit, k: int, start: int) -> bool:
        """`Pewarta: Budi Santoso`, `Reporter: Budi | Senin, 12 Februari 2024`: the reporter's line;
        `Penulis : KompasTV Medan` names a desk: furniture wherever it stands, no byline."""
        if unit.n_words > _CREDIT_LINE_WORDS or unit.prose:
            return False
        name = _line_credit(unit.text)
        if not name:
            if not _desk_credit(unit.text):
                return False
            unit.kind = LineKind.EDITOR  # `Penulis : KompasTV Medan`: a desk, no reporter's name
        else:
            unit.kind = LineKind.BYLINE
            self.credit = self.credit or name
        if k < start and self.published is None:
            # `Reporter: Budi | Senin, 12 Februari 2024`, `Oleh : admin | Senin, 02 Januari 2023`
            self.published = _date(unit.text)
        return True

    def _below(self, unit: _Unit, k: int, scan: _Scan) -> None:
        """A unit under the last paragraph of prose."""
        if _excerpt_run(self.units, k):
            unit.kind = LineKind.RELATED  # a list of related articles' excerpts, each cut short
            scan.in_list = False
            return
        self._bottom(unit, k, scan.last_body, scan.in_list, adjacent=self.units[k - 1].kind == LineKind.BODY)
        if unit.kind in (LineKind.BODY, LineKind.RELATED) and k > self.hard_end:
            unit.kind = LineKind.NAVIGATION  # `Tentang Bank Jateng …` under a release's `###`
        scan.in_list = unit.kind == LineKind.BODY

    def _inside(self, unit: _Unit, k: int, scan: _Scan) -> None:
        """A unit between the first and the last paragraph of prose: body unless it is furniture."""
        if _chrome(unit):
            unit.kind = _chrome_kind(unit)
        elif _ad_line(unit):
            unit.kind = LineKind.AD
        elif _patterns().lone_number.fullmatch(unit.text):
            unit.kind = LineKind.NAVIGATION  # `2` between paragraphs: a slide's number, a poll's count
        elif unit.n_words <= _PHOTO_LINE_WORDS and _masthead_credit(unit.text):
            unit.kind = LineKind.CAPTION  # `TribunBatam.id/Endra Kaputra`: a photo's credit alone on its line
        elif k <= scan.start + _DATE_UNDER_LEDE and self.published is None and (iso := _date_line(unit)):
            # `Selasa, 1 April 2025 | 14:00 WIB` under a standfirst, above the lede
            unit.kind = LineKind.PUBLISHED
            self.published = iso
        elif (
            k < scan.end
            and unit.n_words <= _CAPTION_WORDS
            and (
                _photo_caption(unit.text)
                or (k == scan.start and self._caption_above_lede(unit, k))
                # `PENYAMBUTAN GUBERNUR - …` under the credit: a caption's label read as no dateline
                or (_opens_with_dateline(unit.text) and self._credited_caption_above_lede(unit, k))
            )
        ):
            unit.kind = LineKind.CAPTION  # `… Jumat (15/3/2024). (KOMPAS.com/ADITYA)` under a photo
        elif k < scan.end and _cued_caption(unit, self.units[k - 1], self.units[k + 1]):
            unit.kind = LineKind.CAPTION
        elif scan.counts[unit.key] >= 2 and unit.n_words <= _REPEATED_LABEL_WORDS and not unit.prose:
            unit.kind = LineKind.DUPLICATE
        else:
            unit.kind = LineKind.BODY

    def _caption_above_lede(self, unit: _Unit, k: int) -> bool:
        """`RISALAH - Sekretaris DPRD … paripurna.Foto: Budi Santoso/lampungnews.id--` right above
        `SLAWI, lampungnews.id - …`: a caption that opens with a shouted label and a dash and ends in
        the photo's credit, the lede with its dateline under it."""
        below = self.units[k + 1] if k + 1 < len(self.units) else None
        if below is None or not _opens_with_dateline(below.text):
            return False
        if _caption(unit.text) or self._credited_caption_above_lede(unit, k):
            return True
        above = self._neighbour(unit, -1)
        # `Suasana rapat … di ruang rapat Diskominfo, Jumat (17/10/2025).` right above `TENGGARONG – …`:
        # a scene closed by its weekday and bracketed day is the photo's caption (or the lede's teaser)
        if _dated_scene(unit.text):
            return True
        # `Tangki proses limbah cair rumah sakit …` between the headline's copy (the photo's title)
        # and `KETAPANG – …`: a short line there is the photo's caption; right under the headline
        # itself it is a standfirst and stays
        return (
            above is not None and above.kind == LineKind.DUPLICATE and unit.n_words <= _HEADLINE_CAPTION_WORDS
        )

    def _credited_caption_above_lede(self, unit: _Unit, k: int) -> bool:
        """`POS-KUPANG.COM/TENI JENAHAS` over `Kepala … menyulut obor …, Jumat (11/9/2020).` over the lede:
        the photographer's credit alone on its line, then the photo's caption."""
        below = self.units[k + 1] if k + 1 < len(self.units) else None
        above = self._neighbour(unit, -1)
        return (
            below is not None
            and _opens_with_dateline(below.text)
            and above is not None
            and above.kind == LineKind.CAPTION
            and _masthead_credit(above.text)
        )

    def _top(self, unit: _Unit, title_candidates: list[_Unit]) -> None:
        iso = _date_line(unit) or _bulleted_date(unit.text)
        glued = None if iso else _glued_date(unit.text)
        if glued and _patterns().clock.search(glued[1]):
            # `Rabu, 16 April 2014 - 15 Jumadil Akhir 1435 H 15:01:08 WIB`: the site's date strip (the
            # day, the Hijri date and the clock), no headline after the date
            iso, glued = glued[0], None
        if glued:
            # ` date 2024-05-12 Harga Gula Kembali Naik …`: the page's date field glued to the headline
            self.published = self.published or glued[0]
            unit.text = glued[1]
            _features(unit)
        if iso and self._weather_widget(unit):
            unit.kind = LineKind.NAVIGATION  # `27 C` / `Medan` / `Sunday, December 28, 2025`: today's date
        elif iso:
            unit.kind = LineKind.PUBLISHED
            labelled = bool(_patterns().published_label.search(unit.text))
            # `Senin, 22 Desember 2025` (the site's date strip) above the headline, then `- Rabu, 27
            # Juni 2018 | 12:04 WIB` under it: the date under the headline dates the article
            under_title = bool(title_candidates) and self.published_strip and not self.published_labelled
            if self.published is None or (labelled and not self.published_labelled) or under_title:
                # `Bali Tribune, Senin 03 Februari 2025` (the site's date strip), then `Diposting :
                # 22 April 2020 01:16`: the labelled line dates the article
                self.published, self.published_labelled = iso, labelled
                self.published_strip = not title_candidates
            self.credit = self.credit or _dated_reporter(unit.text)
        elif _chrome(unit):
            unit.kind = _chrome_kind(unit)
        elif unit.n_words <= _TOP_CAPTION_WORDS and (
            (unit.n_lower >= _CAPTION_LOWER and _photo_caption(unit.text)) or _credit_after_stop(unit.text)
        ):
            unit.kind = LineKind.CAPTION  # `Wali Kota … saat meninjau … Foto: Dok. Humas` under the headline
        elif unit.n_words <= _PHOTO_LINE_WORDS and _patterns().photo_line.fullmatch(unit.text):
            # `photo Hendi Kusuma - Beritajakarta.id`: a photographer is no byline
            unit.kind = LineKind.CAPTION
        elif _patterns().open_photo_credit.search(unit.text) or _masthead_credit(unit.text):
            # `Kabid Humas … (Foto: Polda Maluku`: cut in its credit; `Bali Tribune/IB Giri Putra`
            unit.kind = LineKind.CAPTION
        elif _lowercase_caption(unit):
            unit.kind = LineKind.CAPTION  # `sertijab Kepsta RRI Ambon yang dihadiri …` under the headline
        elif self._title_like(unit):
            unit.kind = LineKind.TITLE
            title_candidates.append(unit)
        else:
            unit.kind = LineKind.NAVIGATION

    def _weather_widget(self, unit: _Unit) -> bool:
        """A date line beside a weather reading (`26.5 C`, the city, the date, in the page's header
        bar) is the widget's today, not the article's date: a temperature line two units away at most."""
        near = (self._neighbour(unit, step) for step in (-2, -1, 1, 2))
        return any(u is not None and _patterns().temperature.fullmatch(u.text) for u in near)

    @staticmethod
    def _title_like(unit: _Unit) -> bool:
        """A headline above the body: title case, or a sentence-case line with no final period."""
        p = _patterns()
        # `Pemred SinarPerbatasan.com Minta …`: a masthead's web domain may be spelt in camel case
        unspelt = " ".join(w for w in unit.text.split() if not p.domain.search(w))
        if p.camel.search(unspelt) or len(p.crumb.findall(unit.text)) >= _CRUMB_SEPARATORS:
            return False  # `BangliEkonomi BisnisSeni` (a menu), `Beranda / Daerah / Jateng` (breadcrumbs)
        if _pager_crumbs(unit.text):
            return False  # `Beranda blog Halaman 3`: a listing's breadcrumbs
        if unit.text[-1] in "-–—" and _standalone_dateline(unit.text):
            return False  # `Mataram, Garda Asakota.-`: the dateline, its lede under it
        if len(p.clock.findall(unit.text)) >= _WIDGET_CLOCKS or "°" in unit.text:
            return False  # `Jadwal Sholat: Subuh 04:35 Dzuhur 11:58`, `Jakarta 31°C`: a widget
        if _strong_prompt(_prompt_score(unit.text)):
            return False  # `Tampilkan postingan dengan label Polisi. Tampilkan semua postingan`
        if unit.headline:
            return True
        return (
            _SHORT_PARAGRAPH_WORDS <= unit.n_words <= _HEADLINE_MAX_WORDS
            and not unit.text.endswith((".", ",", ";", ":"))
            and unit.n_lower < unit.n_words
        )

    def _bottom(self, unit: _Unit, k: int, prev: _Unit | None, in_list: bool, adjacent: bool) -> None:
        """The kind of a unit under the body's last paragraph: a byline, a list item or closing
        sentence of the body, a date, chrome, a related headline or navigation."""
        if len(unit.lines) == 1 and self._bottom_byline(unit, adjacent):
            return
        if self._bottom_list_item(unit, prev, in_list):
            unit.kind = LineKind.BODY
            return
        iso = _date_line(unit)
        if iso and _patterns().published_label.search(unit.text):
            unit.kind = LineKind.PUBLISHED
            self.published = self.published or iso
        elif iso:
            unit.kind = LineKind.RELATED  # the date under a related headline, not the page's own
        elif self._closing_sentence(unit, k, adjacent):
            # a closing sentence, even one without its period when the paragraph before it has none
            # either (a page that drops them; a sentence-case headline list under a finished
            # paragraph is not body)
            unit.kind = LineKind.BODY
        elif _chrome(unit):
            unit.kind = _chrome_kind(unit)  # `Bagikan ke: Facebook Twitter WhatsApp` is title case too
        elif unit.headline:
            unit.kind = LineKind.RELATED
        else:
            unit.kind = LineKind.NAVIGATION

    def _bottom_byline(self, unit: _Unit, adjacent: bool) -> bool:
        """Whether a one-line unit under the body is the reporter's credit (then taken as the byline)."""
        p = _patterns()
        m = p.trail_paren.fullmatch(unit.text)
        if m and _byline_paren(m[1]):
            unit.kind = LineKind.BYLINE
            self.byline = self.byline or _byline_paren(m[1])
            return True
        if adjacent and p.code_line.fullmatch(unit.text):
            # `Red-Spyd` under the last paragraph: reporters' codes, no brackets
            unit.kind = LineKind.BYLINE
            self.byline = self.byline or unit.text
            return True
        if adjacent and unit.text.isupper() and _reporter_line(unit.text):
            # `YOHANES BUDI` alone under the last paragraph: the reporter's name, shouted
            unit.kind = LineKind.BYLINE
            self.byline = self.byline or unit.text
            return True
        return False

    @staticmethod
    def _bottom_list_item(unit: _Unit, prev: _Unit | None, in_list: bool) -> bool:
        """Whether a unit under the body is an item of a list the body announced or runs."""
        p = _patterns()
        return bool(
            (
                p.bullet.match(unit.text)
                or (unit.n_words <= _LIST_FIELD_WORDS and p.list_field.match(unit.text))
                # `Kecamatan Koto XI Tarusan, meliputi:`: the heading of a sub-list of the list
                or (unit.n_words <= _LIST_FIELD_WORDS and _sublist_heading(unit.text))
            )
            and not _chrome(unit)
            and prev is not None
            and (in_list or p.berikut.search(prev.text[-_LIST_INTRO_CHARS:]))
        )

    def _closing_sentence(self, unit: _Unit, k: int, adjacent: bool) -> bool:
        """Whether a unit under the body is one more sentence of it, no headline, chrome or English."""
        return bool(
            (
                unit.prose
                or (
                    adjacent
                    and _periodless(self.units, k)
                    and unit.n_words >= _INTRO_PROSE_WORDS
                    and unit.n_lower >= _CAPTION_LOWER
                )
                # `"Kami siap," katanya.`, `Mengapa begitu?`: a one-sentence paragraph right under the body
                or (adjacent and _short_sentence(unit))
            )
            and not _english(unit)
            and not _reader_question(unit)
            and not (
                # a question in sentence case (`Bagaimana persahabatannya dengan Aldo?`) is no headline
                (unit.headline and not (adjacent and unit.cap_ratio < 1 and _short_sentence(unit)))
                or _chrome(unit)
            )
        )

    def _pick_title(self, candidates: list[_Unit]) -> None:
        candidates = self._drop_caption_copies(self._drop_pull_quotes(self._drop_listed(candidates)))
        # `Muhammad Ilham Baktora` right above `Rabu, 12 Oktober 2022 | 20:55 WIB`: the reporter's
        # name over the page's date, no headline (`_name_above_date` reads it)
        candidates = [u for u in candidates if not self._name_over_date(u)]
        if len(candidates) >= 2:
            # the headline, then a photo's `Kapolda Maluku Utara, Brigjen (Pol) Suroto`: a caption;
            # `10 Kecamatan Adakan Kerja Bakti` right above `photo Hendi Kusuma - Beritajakarta.id`
            # (the photographer's line) is the photo's caption too
            for unit in candidates[:-1]:
                if _rank_caption(unit.text) or self._above_photo_credit(unit):
                    unit.kind = LineKind.CAPTION
            if _rank_caption(candidates[-1].text):
                candidates[-1].kind = LineKind.CAPTION
            candidates = _drop_captions_under_headline([u for u in candidates if u.kind == LineKind.TITLE])
        if _digest_lines(candidates):
            for unit in candidates:
                unit.kind = LineKind.RELATED  # a digest's headlines, each with its source
            return
        self._pick_title_text(candidates)
        if self.title is None:
            return
        self.title = _unbulleted(self.title)
        key = self.title.casefold()
        for unit in candidates:
            # `PEMERINTAH KABUPATEN BANYUMAS`, a site name or a strip above the headline: the
            # headline-like lines that are not the headline (nor a copy of it) are page chrome
            if key not in unit.text.casefold():
                unit.kind = LineKind.NAVIGATION

    def _name_over_date(self, unit: _Unit) -> bool:
        """A reporter's name alone (`_reporter_line`) on the line right above the page's date, no
        word of it a common word (`Agus Raih Medali Emas` is a headline opening with a name)."""
        below = self._neighbour(unit, 1)
        if below is None or below.kind != LineKind.PUBLISHED or _reporter_line(unit.text) is None:
            return False
        return not any(w.casefold() in common_words() for w in unit.text.split())

    def _drop_listed(self, candidates: list[_Unit]) -> list[_Unit]:
        """`- Kades Ditangkap …` between `- Kapolsek Pimpin …` and `- Sebanyak 1.213 Butir …`: a
        line opening with a list mark beside another such line is an item of a list of headlines
        (a site's latest news above the article), no headline; a lone marked line may be one."""
        bullet = _patterns().bullet

        def marked(unit: _Unit | None) -> bool:
            return unit is not None and bool(bullet.match(unit.text))

        kept = []
        for unit in candidates:
            if marked(unit) and (marked(self._neighbour(unit, -1)) or marked(self._neighbour(unit, 1))):
                unit.kind = LineKind.NAVIGATION
            else:
                kept.append(unit)
        return kept

    def _neighbour(self, unit: _Unit, step: int) -> _Unit | None:
        """The unit ``step`` places from ``unit`` on the page (-1 above, 1 below), or None past its ends."""
        k = next(i for i, u in enumerate(self.units) if u is unit) + step
        return self.units[k] if 0 <= k < len(self.units) else None

    def _above_photo_credit(self, unit: _Unit) -> bool:
        """Whether the unit right under ``unit`` is a photographer's credit line (`photo Hendi Kusuma
        - Beritajakarta.id`, `Foto: Dok. Humas`)."""
        below = self._neighbour(unit, 1)
        return (
            below is not None
            and below.kind == LineKind.CAPTION
            and bool(_patterns().photo_line.fullmatch(below.text))
        )

    def _drop_caption_copies(self, candidates: list[_Unit]) -> list[_Unit]:
        """`Peresmian ruang pers oleh bupati …` right above `Peresmian ruang pers oleh bupati … /Dinas
        Kominfo`: a photo's text shown again above its caption (its alt text) is part of the
        caption, not the headline; so is a line closed by a photo's credit (`Wali Kota … saat
        sambutan (Foto Istimewa)`)."""
        for unit in candidates:
            if self._alt_text(unit) or _photo_caption(unit.text):
                unit.kind = LineKind.CAPTION
        return [u for u in candidates if u.kind == LineKind.TITLE]

    def _alt_text(self, unit: _Unit) -> bool:
        """A caption right under ``unit`` (a unit or two below) opens with its text and goes on: the
        photo's alt text over its caption. The headline printed again at the start of a caption
        further down (`… Bibit KopiPara petani menerima … (Dok. Istimewa)`: a site titling each photo with
        the article's headline) is still the headline."""
        k = next(i for i, u in enumerate(self.units) if u is unit)
        return any(
            below.kind == LineKind.CAPTION
            and below.text.startswith(unit.text)
            and len(below.text) > len(unit.text)
            for below in self.units[k + 1 : k + 1 + _ALT_TEXT_GAP]
        )

    def _drop_pull_quotes(self, candidates: list[_Unit]) -> list[_Unit]:
        """`Dari hasil investigasi telah disepakati bahwa …` above the body, in sentence case and
        word for word inside a paragraph below, is a pull quote, not the headline."""
        quotes = [u for u in candidates if not u.headline and u.n_words >= _PULL_QUOTE_WORDS]
        if not quotes:
            return candidates
        paragraphs = [u for u in self.units if u.kind == LineKind.BODY]
        for unit in quotes:
            # `WALHI: Titik api terdeteksi di Kalbar …` above `WALHI: Titik api … . (ANTARA)`: the
            # headline shown again under its photo, no paragraph quoting it
            words = _headline_words(unit.text)
            if any(unit.key in u.key and _headline_words(u.text) != words for u in paragraphs):
                unit.kind = LineKind.DUPLICATE
        return [u for u in candidates if u.kind == LineKind.TITLE]

    def _pick_title_text(self, candidates: list[_Unit]) -> None:
        if not candidates:
            return
        candidates = candidates[-_TITLE_CANDIDATES:]  # the headline sits just above the body
        best = None
        for a in candidates:
            for b in candidates:
                if a is not b and (_site_after(a.text, b.text) or _crumbs_before(a.text, b.text)):
                    best = a  # `Judul - Nama Situs` (the <title>) and `Judul` (the <h1>); `Home … Judul`
        if best is None:
            # a title-case headline beats a sentence-case line (a standfirst without its period)
            # … and a line with a function word, a number or a comma beats a bare run of section
            # names (`Beranda Profil Desa Pemerintahan Data Desa Lapak Peta`, a menu); the page's
            # <title> with the site's masthead after a bar (`Bupati Kediri, … | KABARKEDIRI.com -
            # Berita Terkini`) loses to a headline without one; then a line between the page's date
            # and the body beats one above the date (a blog's tagline, the date, the post's headline)
            dated = self._under_date()
            best = max(
                candidates,
                key=lambda u: (
                    not _names_site(u.text),
                    u.headline,
                    _sentence_like(u),
                    id(u) in dated,
                    u.n_lower * _TITLE_CASE_LOWER < u.n_words,  # title case beats a caption's sentence
                    u.n_words,
                ),
            )
            # `Judul Berita | Nama Situs`, `Judul Berita - Harian Koridor`: the site's name goes
            m = _patterns().site_suffix.search(best.text)
            if (
                m
                and len(m["site"].split()) <= _SITE_NAME_WORDS
                and len(best.text[: m.start()].split()) >= _HEADLINE_MIN_WORDS
                and (m["sep"] == "|" or _is_outlet(m["site"]))
            ):
                self.title = best.text[: m.start()].strip()
                return
        self.title = best.text
        # `Pasraman … Siap Gelar Festival 2024,` over `Pupuk Rasa Cinta Tanah Air, …`: a headline
        # broken over two lines, the first ending in its comma
        above = self._neighbour(best, -1)
        broken = above is not None and above.text.endswith(",") and above.kind != LineKind.BODY
        if broken and not above.prose and above.n_lower * 2 < above.n_words:  # title case
            above.kind = LineKind.TITLE
            self.title = f"{above.text} {best.text}"

    @staticmethod
    def _names_subject(text: str) -> bool:
        """`Kepala Badan Kepegawaian Daerah, Budi Santoso`: a photo's caption, a post and the name
        after its comma."""
        post, comma, name = text.rpartition(",")
        return bool(comma and post) and _name_like(name.strip())

    def _under_date(self) -> set[int]:
        """The units (their ids) under the page's first date line with the body's first paragraph
        right under them; none where the page has no date line."""
        k = next((k for k, u in enumerate(self.units) if u.kind == LineKind.PUBLISHED), None)
        if k is None:
            return set()
        pairs = zip(self.units[k + 1 :], self.units[k + 2 :], strict=False)
        return {
            id(u) for u, below in pairs if below.kind == LineKind.BODY and not self._names_subject(u.text)
        }

    def _title_repeats(self) -> None:
        """A subheading that repeats the headline is not body."""
        if not self.title:
            return
        key = _headline_words(self.title)
        for unit in self.units:
            # `Giat Musrenbang … Anggaran.`, `… regional 2025. (ANTARA)`: its stop or its source
            # after it, the headline under the photo is no paragraph
            if unit.kind == LineKind.BODY and _headline_words(unit.text) == key:
                unit.kind = LineKind.TITLE

    def _pull_quotes(self) -> None:
        """`Warga yang belum terdaftar bisa datang ke balai desa` between two paragraphs, with
        no final stop and word for word inside another paragraph, is a pull quote, not body."""
        body = [u for u in self.units if u.kind == LineKind.BODY]
        quotes = [
            u
            for u in body
            if _PULL_QUOTE_WORDS <= u.n_words <= _PULL_QUOTE_MAX_WORDS and not _ends_terminal(u.text)
        ]
        if not quotes or len(quotes) > _MAX_PULL_QUOTES:
            return  # a page of many short open lines (a list, a poem) has no pull quotes to find
        keys = "\n".join(u.key for u in body)
        for unit in quotes:
            if keys.count(unit.key) >= 2:  # its own line, and inside another paragraph
                unit.kind = LineKind.DUPLICATE

    # ---- inside body lines

    def _inline_and_byline(self) -> dict[int, str]:
        """Body lines with inline furniture cut out; the closing byline taken off."""
        body: dict[int, str] = {}
        body_units = [u for u in self.units if u.kind == LineKind.BODY]
        for unit in body_units:
            for i in unit.lines:
                body[i] = self._cut_inline(i, self.folded[i])
        if body_units:
            self._lead_date(body_units[0].lines[0], body)
            self._lead_credit(body_units[0].lines[0], body)
            self._head_credit(body_units[0].lines[0], body)
            self._lead_stamp(body_units[0].lines[0], body)
            self._lead_standfirst(body_units[0].lines[0], body)
            self._lead_headline(body_units[0].lines[0], body)
            # `Judul Senin, 18 Juli 2016 19:07 Penulis: Budi | Editor: Ani Laporan Wartawan X.com, Budi
            # X.COM - …`: the syndicated credit the header's stamp and credit stood before
            self._lead_credit(body_units[0].lines[0], body)
        # end marks and the reporter's initials at the end of the last paragraph
        for unit in reversed(body_units):
            i = unit.lines[-1]
            if body.get(i):
                body[i] = self._closing_marks(i, body[i])
                break
        return body

    def _lead_date(self, i: int, body: dict[int, str]) -> None:
        """`Judul Berita Kamis, 6 Juli 2023 SAMPIT – …`: the headline and the page's date glued
        before the dateline are the title and the published date; the paragraph starts at the
        dateline."""
        found = _lead_date(body[i])
        if found is None:
            self.published = self.published or _stamp_date(body[i])
            return
        date_start, start, iso = found
        head = body[i][:date_start].strip()
        if head:
            self.title = self.title or head
            self.removed.append(Boilerplate(line=i + 1, text=head, kind=LineKind.TITLE))
        self.published = self.published or iso
        self.removed.append(
            Boilerplate(line=i + 1, text=body[i][date_start:start].strip(), kind=LineKind.PUBLISHED)
        )
        body[i] = body[i][start:]

    def _lead_stamp(self, i: int, body: dict[int, str]) -> None:
        """`Judul Berita Senin, 7 Maret 2016 16:10 Foto: …`, `Judul Berita Kompas.com - 07/10/2013,
        13:05 WIB BAGIKAN …`: on a page that shows no title, a flattened header's headline before
        the page's date stamp (`_stamp_headline`; the writer's credit between them already cut by
        `_head_credit`) is the title and the stamp the published date (GUIDELINES §1: title and
        date are no body); both are cut, a view counter behind the stamp (§1: site chrome) with
        it, and the share buttons (`_chrome_opening`) or the credit (`_stamp_credit`) right behind
        them; the paragraph goes on after. On a page that shows its title, a headline that says the
        title again (case and spaces folded) is a copy (§1: keep one) and goes with its stamp; any
        other stays."""
        found = _stamp_headline(body[i])
        if found is None:
            return
        end, start, stop, iso = found
        head = " ".join(body[i][:end].split())
        if self.title is not None and head.casefold() != " ".join(self.title.split()).casefold():
            return
        if views := _patterns().view_counter.match(body[i], stop):  # `… 13:33 2.1k Dibaca`: the stamp's
            stop = views.end()
        kind = LineKind.TITLE if self.title is None else LineKind.DUPLICATE
        self.title = self.title or head
        self.published = self.published or iso
        self.removed.append(Boilerplate(line=i + 1, text=head, kind=kind))
        self.removed.append(
            Boilerplate(line=i + 1, text=body[i][start:stop].strip(), kind=LineKind.PUBLISHED)
        )
        rest = body[i][stop:].lstrip()
        cut = _chrome_opening(rest) or 0
        if cut:  # `BAGIKAN: Komentar | KOMPAS.com - …`
            self.removed.append(Boilerplate(line=i + 1, text=rest[:cut].strip(), kind=LineKind.SHARE))
        elif credit := _stamp_credit(rest):  # `… 16:10 Editor: Ani Lestari Pemerintah …`
            cut, kind = credit
            self.removed.append(Boilerplate(line=i + 1, text=rest[:cut].strip(), kind=kind))
        body[i] = rest[cut:].lstrip()

    def _lead_standfirst(self, i: int, body: dict[int, str]) -> None:
        """`Tidak ada yang perlu dikhawatirkanJakarta (ANTARA) - … “Tidak ada yang perlu
        dikhawatirkan,” kata …`: a standfirst glued before the lede's dateline (`_glued_standfirst`)
        that the body says again word for word is a copy (GUIDELINES §1: keep one); the paragraph
        starts at the dateline. A standfirst said nowhere else stays."""
        start = _glued_standfirst(body[i])
        if start is None:
            return
        head = body[i][:start]
        # `..dengan bangga kami …`: an excerpt's dots and its own stop go; a sentence's first capital
        # may be lowercase inside the body's sentence
        key = head.strip(" .…").strip().casefold()
        others = (line for k, line in body.items() if k != i)
        said = "\n".join((body[i][start:], *others)).casefold()
        if len(key.split()) < _STANDFIRST_WORDS or key not in said:
            return
        self.removed.append(Boilerplate(line=i + 1, text=head.strip(), kind=LineKind.DUPLICATE))
        body[i] = body[i][start:]

    def _lead_headline(self, i: int, body: dict[int, str]) -> None:
        """`Harga Cabai di Pasar Kota Turun. Pedagang …`: on a page that shows no title, a title-case
        headline glued before the lede with a stop (`_glued_headline_end`), or run straight into the
        lede's dateline (`_headline_before_dateline`), is the title; the paragraph starts at the lede
        or its dateline."""
        end = _glued_headline_end(body[i]) if self.title is None else None
        if end is None and self.title is None:
            end = self._headline_before_dateline(body[i])
        if end is None:
            return
        head = body[i][:end].strip()
        self.title = head.rstrip(". ")  # the stop joined it to the lede; a `?` or `!` is the headline's
        self.removed.append(Boilerplate(line=i + 1, text=head, kind=LineKind.TITLE))
        body[i] = body[i][end:]

    @staticmethod
    def _headline_before_dateline(text: str) -> int | None:
        """`Warga Keluhkan Air PAM Tidak Mengalir Pesawaran (Lampost.co) -- …`: where a title-case
        headline run straight into the lede's dateline ends (`_headline_before_place`)."""
        found = _dateline(text) or _glued_caption_dateline(text)
        return _headline_before_place(text, found.place) if found is not None and found.place else None

    def _lead_credit(self, i: int, body: dict[int, str]) -> None:
        """`Laporan Wartawan X.com, Budi TRIBUNNEWS.COM, KUDUS - …`: the credit before the dateline
        is the byline (a photo's shouted credit, `(KOMPAS.com/KRISTIANTO PURNOMO)`, a caption); the
        paragraph starts at the dateline."""
        found = _lead_credit(body[i])
        if found is None:
            return
        start, name = found
        kind = LineKind.BYLINE if name is not None else LineKind.CAPTION
        if name is not None:
            self.credit = name
        self.removed.append(Boilerplate(line=i + 1, text=body[i][:start].strip(), kind=kind))
        body[i] = body[i][start:]

    def _head_credit(self, i: int, body: dict[int, str]) -> None:
        """`Reporter: Budi Pemerintah …`, `Judul Berita Senin, 18 Juli 2016 19:07 Penulis: Budi | Editor:
        Ani …`: on a page with no credit read yet, a reporter's credit opening the first paragraph or
        inside its flattened header is the byline; the credit (and the editor's right after it) is
        cut out of the paragraph, what stands around it stays."""
        found = _head_credit(body[i]) if self.credit is None else None
        if found is None and self.credit is None:
            found = _stamp_writer(body[i])  # `Judul Berita Budi Santoso 24 Jun 2013, 18:45 WIB …`
        if found is None:
            return
        start, end, self.credit = found
        self.removed.append(Boilerplate(line=i + 1, text=body[i][start:end].strip(), kind=LineKind.BYLINE))
        if (edited := _editor_after(body[i], end)) is not None:
            # `… | Editor: Ani`: the editor's credit behind the reporter's goes with it
            self.removed.append(
                Boilerplate(line=i + 1, text=body[i][end:edited].strip(), kind=LineKind.EDITOR)
            )
            end = edited
        # what stood before the credit and what follows it stay apart, as the header's lines did
        # (`… Ketua Pansus, Taufiqulhadi` and `Agus Rahmat Photo : …` joined read as one name)
        body[i] = "\n".join(part for part in (body[i][:start].strip(), body[i][end:].strip()) if part)

    def _closing_marks(self, i: int, line: str) -> str:
        """The last paragraph without the site prompts, end marks and credits closing it."""
        p = _patterns()
        cut = _trailing_prompts(line)
        if cut is not None and cut > 0:
            # `… katanya. Simak breaking news … di ponselmu. Pastikan kamu sudah install aplikasi …`
            self.removed.append(Boilerplate(line=i + 1, text=line[cut:].strip(), kind=LineKind.SHARE))
            line = line[:cut].rstrip()
        if (box := _verdict_box(line)) is not None:
            # `… Klaim: … Rating: Hoaks Cek fakta: Hoaks! …`: a fact-check's verdict box and the
            # headlines of other checks after it repeat or point away from the article
            self.removed.append(
                Boilerplate(line=i + 1, text=line[box[0] : box[1]].strip(), kind=LineKind.RELATED)
            )
            line = f"{line[: box[0]].rstrip()} {line[box[1] :].lstrip()}".rstrip()
        if (cut := _trailing_advert(line)) is not None:
            # `… katanya. Berita kerja sama`: paid content's label, no brackets, no reporter
            self.removed.append(Boilerplate(line=i + 1, text=line[cut:].strip(), kind=LineKind.ENDMARK))
            line = line[:cut].rstrip()
        if (cut := _closing_headline(line)) is not None:
            # `… kata Budi. Warga Sukamaju Gelar Panen Raya`: another article's headline
            self.removed.append(Boilerplate(line=i + 1, text=line[cut:].strip(), kind=LineKind.RELATED))
            line = line[:cut].rstrip()
        if self.published is None and (dated := _trailing_date(line)) is not None:
            # `… katanya. (rin) Kamis, 6 Juli 2023`: the page's date, then the credit before it
            cut, self.published = dated
            self.removed.append(Boilerplate(line=i + 1, text=line[cut:].strip(), kind=LineKind.PUBLISHED))
            line = line[:cut].rstrip()
        line = self._end_mark(i, line)
        line = self._cut_bracketed_writer(i, line)
        m = p.trail_credit.search(line, max(0, len(line) - _TRAIL_CREDIT_CHARS))
        if m and m.start() > 0:
            frag = m[0].strip()
            name = _credit(frag.strip("()"))
            self.credit = self.credit or name
            self.removed.append(
                Boilerplate(line=i + 1, text=frag, kind=LineKind.BYLINE if name else LineKind.EDITOR)
            )
            line = line[: m.start()].rstrip().rstrip(",;")  # `… kata Budi.,Reporter: …`: a stray comma
        elif (author := _closing_author(line)) is not None:
            # `… laut. Oleh: Budi Santoso, S.Si., M.M., Dosen Politeknik Pelayaran`: an op-ed's credit
            self.credit = self.credit or author[1]
            self.removed.append(Boilerplate(line=i + 1, text=line[author[0] :].strip(), kind=LineKind.BYLINE))
            line = line[: author[0]].rstrip()
        elif (writer := _slashed_writer(line)) is not None:
            # `… kata dia." Budi Santoso/Sumber: Reuters`: the writer before the source's label
            self.credit = self.credit or writer[1]
            self.removed.append(Boilerplate(line=i + 1, text=line[writer[0] :].strip(), kind=LineKind.BYLINE))
            line = line[: writer[0]].rstrip()
        m = p.trail_paren.search(line := self._cut_source(i, line), max(0, len(line) - _TRAIL_PAREN_CHARS))
        if m and m.start() > 0 and _advert_mark(m[1]):
            # `… katanya. (adv)`: an advertorial's mark, no reporter
            self.removed.append(Boilerplate(line=i + 1, text=m[0].strip(), kind=LineKind.ENDMARK))
            return self._end_mark(i, line[: m.start()].rstrip())
        if m and _byline_paren(m[1]) and m.start() > 0 and (m["figure"] is None or _figure_writer(m[1])):
            self.byline = self.byline or _byline_paren(m[1])
            self.removed.append(Boilerplate(line=i + 1, text=m[0].strip(), kind=LineKind.BYLINE))
            # `… para wartawan***(Ilo)`: an end mark before the initials goes too
            line = self._end_mark(i, line[: m.start()].rstrip())
        return line

    def _cut_bracketed_writer(self, i: int, line: str) -> str:
        """`… lainnya. (Lutfi Fauziah. Sumber: Telegraph)`: the closing credit in brackets, a name
        before the source's label, is cut whole (`_bracketed_writer`), the byline where the name is a
        writer's (`(Humas Polres. Sumber: …)` names none); the line before it."""
        found = _bracketed_writer(line)
        if found is None:
            return line
        self.credit = self.credit or found[1]
        kind = LineKind.BYLINE if found[1] else LineKind.EDITOR
        self.removed.append(Boilerplate(line=i + 1, text=line[found[0] :].strip(), kind=kind))
        return line[: found[0]].rstrip()

    def _cut_source(self, i: int, line: str) -> str:
        """`… katanya. (Tribunnews.com/Renald)(Kompas.com/Gilang Satria)`: the credit of the article
        the page draws on, behind the page's own writer's (`_source_credit`), names no reporter of
        this page: it is cut as an editor's credit, so the writer's before it is read as the byline."""
        if (source := _source_credit(line)) is None:
            return line
        self.removed.append(Boilerplate(line=i + 1, text=line[source:].strip(), kind=LineKind.EDITOR))
        return line[:source].rstrip()

    def _note_credit(self, line: str, start: int, end: int, kind: LineKind) -> int | None:
        """Where the original's credit starts in a syndication note closing the paragraph (`… Artikel
        ini telah tayang di Kompas.com dengan judul "…", Penulis : Budi Santoso`), when it names a
        person (`Penulis: Advertorial Tribun Lampung` names none): that person is the reporter."""
        if kind != LineKind.RELATED or end < len(line.rstrip()):
            return None
        p = _patterns()
        marks = [m for rx in (p.credit_later, p.credit_start) if (m := rx.search(line, start, end))]
        m = min(marks, key=lambda m: m.start(), default=None)
        name = _credit(line[m.start() : end].strip()) if m is not None else None
        if m is None or name is None:
            return None
        self.credit = self.credit or name
        return m.start()

    def _end_mark(self, i: int, line: str) -> str:
        m = _patterns().trail_mark.search(line, max(0, len(line) - _TRAIL_MARK_CHARS))
        if not m:
            return line
        self.removed.append(Boilerplate(line=i + 1, text=m[0].strip(), kind=LineKind.ENDMARK))
        return line[: m.start()].rstrip()

    def _cut_inline(self, i: int, line: str) -> str:
        p = _patterns()
        if len(line) < _INLINE_MIN_CHARS:
            return line
        if (tags := _tags_after_code(line)) is not None:
            # the tag list goes first, so that the codes close the last teaser before them
            self.removed.append(Boilerplate(line=i + 1, text=line[tags:].strip(), kind=LineKind.TAGS))
            line = line[:tags].rstrip()
        cuts: list[tuple[int, int, LineKind]] = []
        for m in p.teaser.finditer(line):
            end = _teaser_end(line, m.end())
            # `Baca juga: Judul Satu Baca juga: Judul Dua …`: teasers in a row, no stop between
            while (again := p.teaser_next.match(line, end)) is not None:
                end = _teaser_end(line, again.end())
            cuts.append((m.start(), end, LineKind.RELATED))
        cuts.extend(c for c in _inline_spans(line) if not _credit_seams_dateline(line, *c))
        m = p.photo_trail.search(line, max(0, len(line) - _CAPTION_CREDIT_CHARS))
        if m and m.start() > 0:
            cuts.append((m.start(), m.end(), LineKind.CAPTION))  # `… pekan ini. (Foto: Humas)`
        m = p.trail_mark.search(line, max(0, len(line) - _TRAIL_MARK_CHARS))
        if m and m.start() > 0:
            cuts.append((m.start(), m.end(), LineKind.ENDMARK))
        cuts.extend(_prompt_spans(line))
        cuts.extend(_ad_copy(line, cuts))
        if not cuts:
            return line
        cuts.sort()
        merged: list[list] = []
        for s, e, kind in cuts:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e, kind])
        if (credit := self._note_credit(line, *merged[-1])) is not None:
            merged[-1][1] = credit
            merged.append([credit, len(line), LineKind.BYLINE])
        pieces, pos, found = [], 0, []
        for s, e, kind in merged:
            frag = line[s:e].strip()
            if frag:
                found.append(Boilerplate(line=i + 1, text=frag, kind=kind))
            pieces.append(line[pos:s])
            pos = e
        pieces.append(line[pos:])
        rest = _fold(" ".join(pieces))
        if not p.has_word.search(rest):
            # `ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT`: the whole line was furniture
            found = [Boilerplate(line=i + 1, text=line, kind=found[0].kind if found else LineKind.NAVIGATION)]
            rest = ""
        self.removed.extend(found)
        if rest and merged[-1][1] >= len(line.rstrip()):
            # `… kata dia. (SB-09) #lampung-barat Sumber Berita: …`: furniture stacked at the end; with
            # the last piece cut, the one before it closes the paragraph now
            return self._cut_inline(i, rest)
        return rest
