"""One article, visually: the cleaned text with every extracted item highlighted.

`render_html` draws the record's cleaned ``text`` with displaCy's span renderer (overlapping
items stack, e.g. an official's mention over the PER entity of the name), each item labelled
with its normalised value (``DATE 2021-09-23``, ``PRICE IDR 5.000–150.000``,
``COUNT ~20–99 pelaku UKM``, ``OFFICIAL Alfrianto · Kabid PIP …``), above it the page metadata
(title, published, byline, dateline) and below it a table of the items, "who said what" (each
speaker with their quotes) and the boilerplate lines cleaning removed. Every quote and the mention
of its speaker carry a link to that speaker's row. The HTML is self-contained: inline CSS, no
script, no network.

In a notebook::

    from extract.show import show
    show(record)          # or a dict, one line of records.jsonl

spaCy is imported only when rendering, so importing this module stays cheap.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..records import ArticleRecord, DateMention, Official, Participant, Price, Quote

#: Highlight colour per kind of item (displaCy's own colours for the entity labels).
COLORS: dict[str, str] = {
    "PER": "#aa9cfc",
    "ORG": "#7aecec",
    "LOC": "#ff9561",
    "PERSON": "#d9d0ff",
    "OFFICIAL": "#f4a6c6",
    "DATE": "#8fd19e",
    "PRICE": "#ffd966",
    "COUNT": "#86bdf7",
    "QUOTE": "#c5e1a5",
    "SPEAKER": "#ffcc80",
}
#: The list fields of a record, in the order the pages count them.
FIELDS = ("entities", "persons", "officials", "dates", "prices", "participants", "quotes")
_NO_SPEAKER = "(no named speaker)"
_OTHER = "#dddddd"
_LABEL_CHARS = 46  # longer labels are cut with "…" (the table below keeps the whole value)

# displaCy appends a space to every token outside a span; gap tokens end with this private-use
# character so that the space can be taken out again and the text keeps its own spacing.
_GAP_END = "\ue000"

# Like displaCy's TPL_SPAN* but without whitespace around the token, so that the page keeps the
# article's own spacing ("(24/8)" must not become "( 24/8 )").
_TPL_SPAN = '<span class="w-tok" style="height: {total_height}px;">{text}{span_slices}{span_starts}</span>'
_TPL_SLICE = '<span class="w-slice" style="background: {bg}; top: {top_offset}px;"></span>'
_TPL_START = (
    '<span class="w-slice w-first" style="background: {bg}; top: {top_offset}px;">'
    '<span class="w-label" style="background: {bg};">{label}{kb_link}</span></span>'
)

CSS = """
.warta-show { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1d1d1f; max-width: 1100px; line-height: 1.45; }
.warta-show h2 { font-size: 1.35em; margin: 0.2em 0 0.4em; }
.warta-show h3 { font-size: 1.05em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #ddd; }
.warta-show table { border-collapse: collapse; font-size: 0.9em; margin: 0.3em 0; }
.warta-show th, .warta-show td { border: 1px solid #d8d8d8; padding: 3px 7px; text-align: left;
  vertical-align: top; }
.warta-show th { background: #f3f3f5; }
.warta-show table.meta th { width: 8em; }
.warta-show .muted { color: #777; }
.warta-show .chip { display: inline-block; padding: 1px 7px; margin: 0 4px 3px 0; border-radius: 4px;
  font-size: 0.78em; font-weight: 600; }
.warta-show .article { border: 1px solid #e2e2e2; border-radius: 6px; padding: 6px 14px;
  background: #fff; }
.warta-show .spans { line-height: 2.5; margin: 0 0 4px; }
.warta-show .w-tok { display: inline-block; position: relative; font-weight: 600; }
.warta-show .w-slice { position: absolute; left: -1px; width: calc(100% + 2px); height: 4px; }
.warta-show .w-first { border-top-left-radius: 3px; border-bottom-left-radius: 3px; }
.warta-show .w-label { position: absolute; top: -0.5em; z-index: 10; color: #000; padding: 2px 3px;
  font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap; }
.warta-show td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
"""


@dataclass(frozen=True, slots=True)
class _Mark:
    """One highlighted item: kind, where, its label on the page and its full value."""

    kind: str
    start: int
    end: int
    label: str
    value: str
    link: tuple[str, str] | None = None  # (text, "#anchor"): displaCy's knowledge-base link slot


def render_html(record: ArticleRecord | Mapping[str, Any], *, page: bool = True) -> str:
    """The record as HTML: metadata, the highlighted cleaned text, the items, the boilerplate.

    Args:
        record: an `ArticleRecord` or its ``to_dict()`` form (a line of records.jsonl).
        page: a whole HTML document (``True``) or a fragment for a notebook cell.

    Returns:
        Self-contained HTML (inline CSS only).

    >>> from extract.records import ArticleRecord, DateMention
    >>> text = "Pelatihan diikuti 30 orang peserta, yang dilaksanakan dari 24-28 Agustus."
    >>> record = ArticleRecord(doc_id="002", source="002.txt", sha256="", title=None,
    ...     published=None, byline=None, dateline=None, text=text,
    ...     dates=(DateMention("24-28 Agustus", (59, 72), "XXXX-08-24", "XXXX-08-28"),))
    >>> "DATE XXXX-08-24–XXXX-08-28" in render_html(record, page=False)
    True
    """
    if not isinstance(record, ArticleRecord):
        record = ArticleRecord.from_dict(dict(record))
    marks = _marks(record)
    body = "".join(
        [
            f"<h2>{_esc(record.title) if record.title else '<span class=muted>(no title)</span>'}</h2>",
            _metadata(record),
            _legend(marks),
            '<div class="article">',
            _highlighted(record.text, marks),
            "</div>",
            "<h3>Extracted items</h3>",
            _items_table(marks, record.text),
            "<h3>Who said what</h3>",
            _quotes_table(record.quotes),
            "<h3>Removed boilerplate</h3>",
            _boilerplate_table(record),
        ]
    )
    fragment = f'<div class="warta-show">{body}</div>'
    if not page:
        return f"<style>{CSS}</style>{fragment}"
    return (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_esc(record.title or record.doc_id)} · warta</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n{fragment}\n</body>\n</html>\n"
    )


def show(record: ArticleRecord | Mapping[str, Any]) -> Any:
    """Display one record in a notebook: an ``IPython.display.HTML`` (or the HTML string without IPython)."""
    markup = render_html(record, page=False)
    try:
        from IPython.display import HTML
    except ImportError:
        return markup
    return HTML(markup)


# ---------------------------------------------------------------- labels


def render_text(record: ArticleRecord | Mapping[str, Any]) -> str:
    """The record as plain text for a terminal: metadata, then one line per item with its value.

    >>> from extract.records import ArticleRecord, Price
    >>> text = "Harga tiket Rp 25.000 per orang."
    >>> price = Price("Rp 25.000", (12, 21), 25000, 25000, "IDR")
    >>> record = ArticleRecord(doc_id="a", source="a.txt", sha256="", title="Tiket", published=None,
    ...     byline=None, dateline=None, text=text, prices=(price,))
    >>> print(render_text(record).splitlines()[-1])
      Rp 25.000  ->  IDR 25.000
    """
    if not isinstance(record, ArticleRecord):
        record = ArticleRecord.from_dict(dict(record))
    dateline = record.dateline
    lines = [
        f"doc_id:    {record.doc_id}",
        f"title:     {record.title or '-'}",
        f"published: {record.published or '-'}",
        f"byline:    {record.byline or '-'}",
        f"dateline:  {' · '.join(v for v in (dateline.place, dateline.outlet) if v) if dateline else '-'}",
    ]
    for kind, rows in _text_items(record):
        if not rows:
            continue
        lines.append(f"{kind} ({len(rows)}):")
        lines.extend(f"  {shown}  ->  {value}" for shown, value in rows)
    return "\n".join(lines) + "\n"


def _text_items(record: ArticleRecord) -> list[tuple[str, list[tuple[str, str]]]]:
    text = record.text
    return [
        ("entities", [(e.text, e.label) for e in record.entities]),
        ("persons", [(p.name, f"{len(p.mentions)} mention(s)") for p in record.persons]),
        ("officials", [(text[o.span[0] : o.span[1]], official_value(o)) for o in record.officials]),
        ("dates", [(d.text, date_value(d)) for d in record.dates]),
        ("prices", [(p.text, price_value(p)) for p in record.prices]),
        ("participants", [(c.text, count_value(c)) for c in record.participants]),
        ("quotes", [(f"“{q.text}”", q.speaker or _NO_SPEAKER) for q in record.quotes]),
    ]


def format_amount(value: int) -> str:
    """Whole currency units with Indonesian thousands dots.

    >>> format_amount(150000)
    '150.000'
    """
    return f"{value:,}".replace(",", ".")


def price_value(price: Price) -> str:
    """``IDR 5.000–150.000`` (one amount when min equals max), ``/kg`` for a unit price."""
    amount = format_amount(price.min)
    if price.max != price.min:
        amount += "–" + format_amount(price.max)
    return f"{price.currency} {amount}" + (f" /{price.per}" if price.per else "")


def count_value(item: Participant) -> str:
    """``30 peserta``, ``~200 warga``, ``~20–99 pelaku UKM``, ``≥51 peserta``."""
    approx = "~" if item.approximate else ""
    if item.count is not None:
        number = f"{approx}{item.count}"
    elif item.min is not None and item.max is not None:
        number = f"{approx}{item.min}–{item.max}"
    elif item.min is not None:
        number = f"≥{item.min}"
    elif item.max is not None:
        number = f"≤{item.max}"
    else:
        number = "?"
    return f"{number} {item.who}" if item.who else number


def date_value(item: DateMention) -> str:
    """``2021-09-23``, or ``2021-08-24–2021-08-28`` for a range."""
    return f"{item.value}–{item.end}" if item.end else item.value


def official_value(item: Official) -> str:
    return f"{item.name} · {item.title}"


def _marks(record: ArticleRecord) -> list[_Mark]:
    marks: list[_Mark] = []
    entity_spans = set()
    for ent in record.entities:
        entity_spans.add(tuple(ent.span))
        marks.append(_Mark(ent.label, *ent.span, ent.label, ent.text))
    for person in record.persons:
        for span in person.mentions:
            # A mention the NER already marks would only repeat it; rule-found ones are shown.
            if tuple(span) not in entity_spans:
                marks.append(_Mark("PERSON", *span, f"PERSON {person.name}", person.name))
    for item in record.officials:
        marks.append(_Mark("OFFICIAL", *item.span, f"OFFICIAL {official_value(item)}", official_value(item)))
    for item in record.dates:
        marks.append(_Mark("DATE", *item.span, f"DATE {date_value(item)}", date_value(item)))
    for item in record.prices:
        marks.append(_Mark("PRICE", *item.span, f"PRICE {price_value(item)}", price_value(item)))
    for item in record.participants:
        marks.append(_Mark("COUNT", *item.span, f"COUNT {count_value(item)}", count_value(item)))
    marks.extend(_quote_marks(record.quotes))
    size = len(record.text)
    # A broken span from a buggy stage must not break the view: clip, drop empty ones.
    clipped = [
        _Mark(m.kind, max(0, m.start), min(size, m.end), m.label, m.value, m.link)
        for m in marks
        if isinstance(m.start, int) and isinstance(m.end, int)
    ]
    return sorted((m for m in clipped if m.start < m.end), key=lambda m: (m.start, -m.end, m.kind))


def speaker_anchors(quotes: Iterable[Quote]) -> dict[str | None, str]:
    """Speaker name to the id of their row in the "who said what" table, in order of first quote."""
    anchors: dict[str | None, str] = {}
    for quote in quotes:
        anchors.setdefault(quote.speaker, f"speaker-{len(anchors) + 1}")
    return anchors


def _quote_marks(quotes: tuple[Quote, ...]) -> list[_Mark]:
    anchors = speaker_anchors(quotes)
    marks = []
    for quote in quotes:
        who = quote.speaker or _NO_SPEAKER
        link = (who, "#" + anchors[quote.speaker])
        marks.append(_Mark("QUOTE", *quote.span, "QUOTE", f"{who}: {quote.text}", link))
        if quote.speaker_span is not None:
            marks.append(_Mark("SPEAKER", *quote.speaker_span, "SPEAKER", who, link))
    return marks


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


# ---------------------------------------------------------------- the highlighted text


def _highlighted(text: str, marks: list[_Mark]) -> str:
    """displaCy's span renderer, one block per line of the cleaned text."""
    from spacy import displacy  # heavy: only when drawing

    lines = []  # (start, end) of every line with text
    start = 0
    for line_end in [*_line_ends(text), len(text)]:
        if text[start:line_end].strip():
            lines.append((start, line_end))
        start = line_end + 1
    # Each mark goes to the lines it touches (bisect), not every line to every mark.
    per_line: list[list[_Mark]] = [[] for _ in lines]
    starts = [a for a, _ in lines]
    for mark in marks:
        i = max(0, bisect.bisect_right(starts, mark.start) - 1)
        while i < len(lines) and lines[i][0] < mark.end:
            if lines[i][1] > mark.start:
                per_line[i].append(mark)
            i += 1
    colors: dict[str, str] = {}
    docs = [_line_doc(text, a, b, inside, colors) for (a, b), inside in zip(lines, per_line, strict=True)]
    if not docs:
        return '<p class="muted">(empty text)</p>'
    options = {"colors": colors, "template": {"span": _TPL_SPAN, "slice": _TPL_SLICE, "start": _TPL_START}}
    markup = displacy.render(docs, style="span", manual=True, page=False, jupyter=False, options=options)
    return markup.replace(_GAP_END + " ", "").replace(_GAP_END, "")


def _line_ends(text: str) -> Iterable[int]:
    return (i for i, char in enumerate(text) if char == "\n")


def _line_doc(text: str, start: int, end: int, inside: list[_Mark], colors: dict[str, str]) -> dict[str, Any]:
    """One line as displaCy's manual span format, tokens cut at every item edge.

    ``inside`` holds the marks that overlap the line.
    """
    cuts = sorted({start, end} | {max(start, min(end, p)) for m in inside for p in (m.start, m.end)})
    at = {pos: i for i, pos in enumerate(cuts)}
    depth = [0] * len(cuts)  # marks open at each cut (a sweep, not a scan per segment)
    for m in inside:
        depth[at[max(start, m.start)]] += 1
        depth[at[min(end, m.end)]] -= 1
    tokens: list[str] = []
    token_starts: list[int] = []
    open_marks = 0
    for i, (a, b) in enumerate(itertools.pairwise(cuts)):
        open_marks += depth[i]
        covered = open_marks > 0
        if not covered:
            tokens.append(text[a:b] + _GAP_END)
            token_starts.append(a)
            continue
        # Word by word inside an item, so that long mentions can wrap like displaCy's tokens.
        pos = a
        for piece in _pieces(text[a:b]):
            tokens.append(piece)
            token_starts.append(pos)
            pos += len(piece)
    index = {pos: i for i, pos in reversed(list(enumerate(token_starts)))}
    spans = []
    for m in inside:
        first, last = max(start, m.start), min(end, m.end)
        label = _esc(_short(m.label))
        colors[label.upper()] = COLORS.get(m.kind, _OTHER)
        end_token = index.get(last, len(tokens))
        span = {"start_token": index[first], "end_token": end_token, "label": label}
        if m.link is not None:
            span.update(kb_id=" → " + _esc(_short(m.link[0])), kb_url=_esc(m.link[1]))
        spans.append(span)
    return {"text": text[start:end], "tokens": tokens, "spans": spans, "settings": {"lang": "id"}}


def _pieces(segment: str) -> list[str]:
    """Words and the whitespace between them, in order."""
    return ["".join(group) for _, group in itertools.groupby(segment, key=str.isspace)]


# ---------------------------------------------------------------- tables


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _metadata(record: ArticleRecord) -> str:
    dateline = record.dateline
    place = " · ".join(_esc(v) for v in (dateline.place, dateline.outlet) if v) if dateline else ""
    rows = [
        ("doc_id", _esc(record.doc_id)),
        ("source", _esc(record.source)),
        ("published", _esc(record.published) if record.published else "<span class=muted>—</span>"),
        ("byline", _esc(record.byline) if record.byline else "<span class=muted>—</span>"),
        ("dateline", place or "<span class=muted>—</span>"),
    ]
    counts = " · ".join(f"{name} {len(getattr(record, name))}" for name in FIELDS)
    rows.append(("found", _esc(counts)))
    body = "".join(f"<tr><th>{key}</th><td>{value}</td></tr>" for key, value in rows)
    return f'<table class="meta">{body}</table>'


def _legend(marks: list[_Mark]) -> str:
    present = {m.kind for m in marks}
    chips = "".join(
        f'<span class="chip" style="background: {color}">{kind}</span>'
        for kind, color in COLORS.items()
        if kind in present
    )
    return f'<p class="legend">{chips}</p>' if chips else '<p class="muted">Nothing extracted.</p>'


def _items_table(marks: list[_Mark], text: str) -> str:
    if not marks:
        return '<p class="muted">None.</p>'
    rows = "".join(
        f'<tr><td><span class="chip" style="background: {COLORS.get(m.kind, _OTHER)}">{m.kind}</span></td>'
        f"<td>{_esc(text[m.start : m.end])}</td><td>{_esc(m.value)}</td>"
        f'<td class="num">{m.start}–{m.end}</td></tr>'
        for m in marks
    )
    return f"<table><tr><th>kind</th><th>text</th><th>value</th><th>span</th></tr>{rows}</table>"


def _quotes_table(quotes: tuple[Quote, ...]) -> str:
    """One row per speaker (the target of the links in the text): title, cue words and quotes."""
    if not quotes:
        return '<p class="muted">None.</p>'
    anchors = speaker_anchors(quotes)
    rows = []
    for speaker, anchor in anchors.items():
        said = [q for q in quotes if q.speaker == speaker]
        titles = "; ".join(dict.fromkeys(_esc(q.title) for q in said if q.title))
        cues = ", ".join(dict.fromkeys(_esc(q.cue) for q in said if q.cue))
        items = "".join(
            f"<li><q>{_esc(q.text)}</q> <span class=muted>{q.span[0]}–{q.span[1]}</span></li>" for q in said
        )
        rows.append(
            f'<tr id="{anchor}"><td>{_esc(speaker or _NO_SPEAKER)}</td><td>{titles}</td><td>{cues}</td>'
            f'<td class="num">{len(said)}</td><td><ul>{items}</ul></td></tr>'
        )
    return (
        '<table class="quotes"><tr><th>speaker</th><th>title</th><th>cue</th>'
        "<th>quotes</th><th>said</th></tr>" + "".join(rows) + "</table>"
    )


def _boilerplate_table(record: ArticleRecord) -> str:
    if not record.boilerplate:
        return '<p class="muted">None.</p>'
    rows = "".join(
        f'<tr><td class="num">{b.line}</td><td>{_esc(b.kind)}</td><td>{_esc(b.text)}</td></tr>'
        for b in record.boilerplate
    )
    return f"<table><tr><th>line</th><th>kind</th><th>text</th></tr>{rows}</table>"


__all__ = [
    "COLORS",
    "FIELDS",
    "count_value",
    "date_value",
    "format_amount",
    "price_value",
    "render_html",
    "render_text",
    "show",
    "speaker_anchors",
]
