"""The run report: one self-contained ``report.html`` summarising ``records.jsonl`` and ``errors.jsonl``.

`write_report` streams the records line by line and keeps only aggregates and capped tables, so
memory does not grow with the corpus beyond one entry per distinct official and per month:

- counts per field (items, articles with at least one, a coverage bar), NER labels;
- the officials: name, title(s), the articles they appear in;
- who said what: the speakers of direct quotations by number of quotes, with their titles and
  the quotes themselves;
- a timeline of the dated events: one bar per month (or year, or unknown year) and, per month,
  the first mentions with their value, article and a snippet;
- the price range of every article (min–max per currency) and its participant counts;
- the articles, and the failures (doc id, error, reason).

The page has inline CSS only: no script, no font, no image, nothing fetched from the network.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Participant
from .show import FIELDS, count_value
from .show import format_amount as _num  # a count with Indonesian thousands dots

#: Rows shown in each per-article table (articles, prices, participants, failures).
MAX_ROWS = 500
#: Officials shown (most frequent first) and officials tracked at all (a bound on memory).
MAX_OFFICIAL_ROWS = 500
MAX_TRACKED_OFFICIALS = 50_000
#: Articles listed per official, titles kept per official, mentions listed per timeline bucket.
MAX_DOCS_PER_OFFICIAL = 8
MAX_TITLES_PER_OFFICIAL = 6
MAX_EVENTS_PER_BUCKET = 12
#: Speakers shown (most quoted first), tracked at all (a bound on memory), quotes listed per speaker.
MAX_SPEAKER_ROWS = 300
MAX_TRACKED_SPEAKERS = 50_000
MAX_QUOTES_PER_SPEAKER = 5
#: A quote longer than this is cut in the report (the whole quote is in records.jsonl).
QUOTE_CHARS = 300
SNIPPET_CHARS = 60

UNKNOWN_YEAR = "XXXX"


@dataclass(slots=True)
class _Official:
    name: str
    titles: Counter[str] = field(default_factory=Counter)
    docs: list[str] = field(default_factory=list)
    articles: int = 0


@dataclass(slots=True)
class _Speaker:
    name: str
    quotes: int = 0
    titles: Counter[str] = field(default_factory=Counter)
    shown: list[tuple[str, str]] = field(default_factory=list)  # doc_id, quote text


@dataclass(slots=True)
class _Bucket:
    count: int = 0
    events: list[tuple[str, str, str, str]] = field(default_factory=list)  # value, doc, text, snippet


@dataclass(slots=True)
class _Totals:
    """Everything the page shows, gathered in one pass over the files."""

    articles: int = 0
    unreadable_records: int = 0
    unreadable_errors: int = 0
    items: Counter[str] = field(default_factory=Counter)
    covered: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    versions: Counter[str] = field(default_factory=Counter)
    officials: dict[str, _Official] = field(default_factory=dict)
    officials_untracked: int = 0
    speakers: dict[str, _Speaker] = field(default_factory=dict)
    speakers_untracked: int = 0
    unattributed_quotes: int = 0
    buckets: dict[str, _Bucket] = field(default_factory=dict)
    article_rows: list[tuple[str, str, str, list[int]]] = field(default_factory=list)
    price_rows: list[tuple[str, str, int, str, int, int]] = field(default_factory=list)
    price_articles: int = 0
    participant_rows: list[tuple[str, int, str]] = field(default_factory=list)
    participant_articles: int = 0
    failures: int = 0
    failure_kinds: Counter[str] = field(default_factory=Counter)
    failure_rows: list[tuple[str, str, str, str]] = field(default_factory=list)


def write_report(records_path: Path, errors_path: Path, out_path: Path) -> None:
    """Write ``out_path`` (HTML) from a run's ``records.jsonl`` and ``errors.jsonl``.

    Args:
        records_path: one `ArticleRecord.to_dict()` per line; lines that are not JSON objects
            are counted and reported, not fatal.
        errors_path: one ``{"doc_id", "source", "error", "reason"}`` per line; may be missing
            (no failures).
        out_path: the page; written to a temporary file beside it and moved into place, so a
            reader never sees half a report.

    Raises:
        FileNotFoundError: ``records_path`` does not exist.
    """
    records_path, errors_path, out_path = Path(records_path), Path(errors_path), Path(out_path)
    totals = _Totals()
    for record in _json_lines(records_path, totals, "unreadable_records"):
        _add_record(totals, record)
    if errors_path.exists():
        for error in _json_lines(errors_path, totals, "unreadable_errors"):
            _add_failure(totals, error)
    page = _page(totals, records_path)
    _write_atomically(out_path, page)


# ---------------------------------------------------------------- reading


def _json_lines(path: Path, totals: _Totals, bad_counter: str) -> Iterator[Mapping[str, Any]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError:
                value = None
            if isinstance(value, dict):
                yield value
            else:
                setattr(totals, bad_counter, getattr(totals, bad_counter) + 1)


def _items(record: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    value = record.get(name)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _add_record(totals: _Totals, record: Mapping[str, Any]) -> None:
    totals.articles += 1
    doc_id = str(record.get("doc_id", f"#{totals.articles}"))
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    pipeline = record.get("pipeline")
    if isinstance(pipeline, dict) and pipeline.get("warta"):
        totals.versions[str(pipeline["warta"])] += 1
    items = {name: _items(record, name) for name in FIELDS}
    counts = [len(items[name]) for name in FIELDS]
    for name in FIELDS:
        totals.items[name] += len(items[name])
        totals.covered[name] += bool(items[name])
    for ent in items["entities"]:
        totals.labels[str(ent.get("label"))] += 1
    if len(totals.article_rows) < MAX_ROWS:
        title = record.get("title") or ""
        totals.article_rows.append((doc_id, str(title), str(record.get("published") or ""), counts))
    _add_officials(totals, doc_id, items["officials"])
    _add_dates(totals, doc_id, text, items["dates"])
    _add_prices(totals, doc_id, record, items["prices"])
    _add_participants(totals, doc_id, items["participants"])
    _add_quotes(totals, doc_id, items["quotes"])


def _add_officials(totals: _Totals, doc_id: str, officials: list[Mapping[str, Any]]) -> None:
    for item in officials:
        name = " ".join(str(item.get("name") or "").split())
        if not name:
            continue
        key = name.casefold()
        entry = totals.officials.get(key)
        if entry is None:
            if len(totals.officials) >= MAX_TRACKED_OFFICIALS:
                totals.officials_untracked += 1
                continue
            entry = totals.officials[key] = _Official(name)
        title = " ".join(str(item.get("title") or "").split())
        if title and (title in entry.titles or len(entry.titles) < MAX_TITLES_PER_OFFICIAL):
            entry.titles[title] += 1
        # One entry per person per article is the rule; a repeat in the same article counts once.
        if entry.docs[-1:] != [doc_id]:
            entry.articles += 1
            if len(entry.docs) < MAX_DOCS_PER_OFFICIAL:
                entry.docs.append(doc_id)
        if len(name) > len(entry.name):
            entry.name = name  # the fullest form names the row


def _add_quotes(totals: _Totals, doc_id: str, quotes: list[Mapping[str, Any]]) -> None:
    for item in quotes:
        name = " ".join(str(item.get("speaker") or "").split())
        if not name:
            totals.unattributed_quotes += 1
            continue
        key = name.casefold()
        entry = totals.speakers.get(key)
        if entry is None:
            if len(totals.speakers) >= MAX_TRACKED_SPEAKERS:
                totals.speakers_untracked += 1
                continue
            entry = totals.speakers[key] = _Speaker(name)
        entry.quotes += 1
        title = " ".join(str(item.get("title") or "").split())
        if title and (title in entry.titles or len(entry.titles) < MAX_TITLES_PER_OFFICIAL):
            entry.titles[title] += 1
        if len(entry.shown) < MAX_QUOTES_PER_SPEAKER:
            entry.shown.append((doc_id, str(item.get("text") or "")))


def bucket_of(value: str) -> str:
    """The timeline bucket of an ISO value: its month, its year, or ``XXXX`` (unknown year).

    >>> [bucket_of(v) for v in ("2021-09-23", "2020-11", "2018", "XXXX-08-24")]
    ['2021-09', '2020-11', '2018', 'XXXX']
    """
    year = value[:4]
    if not year.isdigit():
        return UNKNOWN_YEAR
    month = value[5:7]
    return f"{year}-{month}" if len(value) >= 7 and value[4] == "-" and month.isdigit() else year


def _add_dates(totals: _Totals, doc_id: str, text: str, dates: list[Mapping[str, Any]]) -> None:
    for item in dates:
        value = str(item.get("value") or "")
        if not value:
            continue
        bucket = totals.buckets.setdefault(bucket_of(value), _Bucket())
        bucket.count += 1
        if len(bucket.events) < MAX_EVENTS_PER_BUCKET:
            shown = value + (f"–{item['end']}" if item.get("end") else "")
            bucket.events.append(
                (shown, doc_id, str(item.get("text") or ""), _snippet(text, item.get("span")))
            )


def _snippet(text: str, span: Any) -> str:
    """HTML: the words around a mention, the mention itself in <mark>."""
    try:
        start, end = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return ""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    left, right = max(0, start - SNIPPET_CHARS), min(len(text), end + SNIPPET_CHARS)
    # Cut the context at spaces so it does not open or close in the middle of a word.
    if left > 0 and (cut := text.find(" ", left, start)) != -1:
        left = cut + 1
    if right < len(text) and (cut := text.rfind(" ", end, right)) != -1:
        right = cut
    return (
        ("… " if left > 0 else "")
        + _esc(_squash(text[left:start]))
        + f"<mark>{_esc(text[start:end])}</mark>"
        + _esc(_squash(text[end:right]))
        + (" …" if right < len(text) else "")
    )


def _squash(part: str) -> str:
    """Whitespace runs (newlines included) as one space, keeping a space at either edge."""
    words = part.split()
    if not words:
        return " " if part else ""
    return (" " if part[0].isspace() else "") + " ".join(words) + (" " if part[-1].isspace() else "")


def _add_prices(
    totals: _Totals, doc_id: str, record: Mapping[str, Any], prices: list[Mapping[str, Any]]
) -> None:
    by_currency: dict[str, list[int]] = {}
    for item in prices:
        low, high = item.get("min"), item.get("max")
        if not isinstance(low, int) or not isinstance(high, int):
            continue
        currency = str(item.get("currency") or "IDR")
        seen = by_currency.setdefault(currency, [0, low, high])
        seen[0] += 1
        seen[1], seen[2] = min(seen[1], low), max(seen[2], high)
    if not by_currency:
        return
    totals.price_articles += 1
    title = str(record.get("title") or "")
    for currency, (count, low, high) in sorted(by_currency.items()):
        if len(totals.price_rows) < MAX_ROWS:
            totals.price_rows.append((doc_id, title, count, currency, low, high))


def _add_participants(totals: _Totals, doc_id: str, participants: list[Mapping[str, Any]]) -> None:
    if not participants:
        return
    totals.participant_articles += 1
    if len(totals.participant_rows) >= MAX_ROWS:
        return
    values = []
    for item in participants:
        try:
            values.append(
                count_value(
                    Participant(
                        text="",
                        span=(0, 0),
                        count=item.get("count"),
                        approximate=bool(item.get("approximate")),
                        min=item.get("min"),
                        max=item.get("max"),
                        who=item.get("who"),
                    )
                )
            )
        except (TypeError, ValueError):
            values.append(str(item.get("text") or "?"))
    totals.participant_rows.append((doc_id, len(participants), "; ".join(values)))


def _add_failure(totals: _Totals, error: Mapping[str, Any]) -> None:
    totals.failures += 1
    kind = str(error.get("error") or "error")
    totals.failure_kinds[kind] += 1
    if len(totals.failure_rows) < MAX_ROWS:
        totals.failure_rows.append(
            (
                str(error.get("doc_id") or ""),
                str(error.get("source") or ""),
                kind,
                str(error.get("reason") or ""),
            )
        )


# ---------------------------------------------------------------- writing


def _write_atomically(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        # mkstemp creates the file private (0600); a report is meant to be read and shared.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _empty(section: str, heading: str, message: str) -> str:
    """A section with nothing to show."""
    return f'<section id="{section}"><h2>{heading}</h2><p class="muted">{message}</p></section>'


def _more(shown: int, total: int, what: str) -> str:
    if total <= shown:
        return ""
    return f'<p class="note">Showing {_num(shown)} of {_num(total)} {what}; all are in the output files.</p>'


def _table_section(section: str, heading: str, header: str, rows: str, more: str, lead: str = "") -> str:
    """A section holding one table of the same class: heading, optional lead, header cells, rows, note."""
    return (
        f'<section id="{section}"><h2>{heading}</h2>{lead}<table class="{section}"><tr>{header}</tr>'
        + rows
        + "</table>"
        + more
        + "</section>"
    )


CSS = """
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d1d1f;
  margin: 0; background: #f6f7f9; line-height: 1.45; }
header { background: #233043; color: #fff; padding: 18px 28px 14px; }
header h1 { margin: 0 0 4px; font-size: 1.5em; }
header p { margin: 0; color: #c9d3e0; font-size: 0.9em; }
nav { padding: 8px 28px; background: #e9edf3; font-size: 0.9em; }
nav a { margin-right: 14px; color: #23406b; text-decoration: none; }
main { padding: 10px 28px 40px; max-width: 1250px; }
section { background: #fff; border: 1px solid #e1e4e8; border-radius: 8px; padding: 10px 18px 14px;
  margin: 16px 0; }
h2 { font-size: 1.15em; margin: 4px 0 10px; }
table { border-collapse: collapse; font-size: 0.88em; width: 100%; }
th, td { border-bottom: 1px solid #e6e6e6; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { background: #fff; border: 1px solid #e1e4e8; border-radius: 8px; padding: 8px 16px;
  min-width: 120px; }
.card b { display: block; font-size: 1.6em; }
.card span { color: #666; font-size: 0.85em; }
.card.bad b { color: #b3261e; }
.bar { background: #e8ecf2; border-radius: 3px; height: 14px; min-width: 160px; }
.bar div { background: #4c78a8; height: 14px; border-radius: 3px; }
.bar.date div { background: #59a14f; }
.timeline td.label { white-space: nowrap; font-variant-numeric: tabular-nums; width: 7em; }
.timeline td.barcell { width: 60%; }
.note { color: #8a5a00; font-size: 0.85em; margin: 6px 0; }
.muted { color: #777; }
.docs { color: #555; font-size: 0.92em; }
mark { background: #ffe08a; padding: 0 1px; }
details summary { cursor: pointer; color: #23406b; margin: 4px 0; }
.err { color: #b3261e; font-weight: 600; }
ul.quotes { margin: 0; padding-left: 1.1em; }
ul.quotes q { font-style: italic; }
"""


def _page(t: _Totals, records_path: Path) -> str:
    versions = ", ".join(f"warta {_esc(v)}" for v, _ in t.versions.most_common(3)) or "warta"
    sections = [
        _summary(t),
        _fields(t),
        _officials(t),
        _quotes(t),
        _timeline(t),
        _prices(t),
        _participants(t),
        _articles(t),
        _failures(t),
    ]
    nav = "".join(
        f'<a href="#{anchor}">{label}</a>'
        for anchor, label in (
            ("fields", "Fields"),
            ("officials", "Officials"),
            ("quotes", "Who said what"),
            ("timeline", "Timeline"),
            ("prices", "Prices"),
            ("participants", "Participants"),
            ("articles", "Articles"),
            ("failures", "Failures"),
        )
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>warta run report</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>warta run report</h1><p>{_num(t.articles)} articles, {_num(t.failures)} failed · "
        f"{versions} · from {_esc(records_path.name)}</p></header>\n"
        f"<nav>{nav}</nav>\n<main>\n" + "\n".join(sections) + "\n</main>\n</body>\n</html>\n"
    )


def _summary(t: _Totals) -> str:
    cards = [("articles", t.articles, ""), ("failures", t.failures, " bad" if t.failures else "")]
    cards += [(name, t.items[name], "") for name in FIELDS]
    body = "".join(
        f'<div class="card{extra}"><b>{_num(value)}</b><span>{name}</span></div>'
        for name, value, extra in cards
    )
    warn = ""
    if t.unreadable_records or t.unreadable_errors:
        warn = (
            f'<p class="note">Skipped {t.unreadable_records} unreadable line(s) of records.jsonl and '
            f"{t.unreadable_errors} of errors.jsonl.</p>"
        )
    return f'<div class="cards" id="summary">{body}</div>{warn}'


def _bar(fraction: float, cls: str = "") -> str:
    width = max(0.0, min(100.0, 100.0 * fraction))
    return f'<div class="bar {cls}"><div style="width: {width:.1f}%"></div></div>'


def _fields(t: _Totals) -> str:
    rows = []
    for name in FIELDS:
        share = t.covered[name] / t.articles if t.articles else 0.0
        rows.append(
            f'<tr><td>{name}</td><td class="num">{_num(t.items[name])}</td>'
            f'<td class="num">{_num(t.covered[name])}</td><td class="num">{share:.0%}</td>'
            f"<td>{_bar(share)}</td></tr>"
        )
    labels = ", ".join(f"{_esc(label)} {_num(n)}" for label, n in sorted(t.labels.items()))
    return (
        '<section id="fields"><h2>Counts per field</h2>'
        '<table class="fields"><tr><th>field</th><th class="num">items</th>'
        '<th class="num">articles with any</th><th class="num">share</th><th>coverage</th></tr>'
        + "".join(rows)
        + "</table>"
        + (f'<p class="muted">Entities by label: {labels}</p>' if labels else "")
        + "</section>"
    )


def _officials(t: _Totals) -> str:
    entries = sorted(t.officials.values(), key=lambda o: (-o.articles, o.name.casefold()))
    if not entries:
        return _empty("officials", "Officials", "No officials found.")
    rows = []
    for entry in entries[:MAX_OFFICIAL_ROWS]:
        titles = _titles_by_use(entry.titles)
        title = _esc(titles[0]) if titles else ""
        others = (
            f'<div class="muted">also: {"; ".join(_esc(x) for x in titles[1:])}</div>' if titles[1:] else ""
        )
        docs = ", ".join(_esc(d) for d in entry.docs)
        if entry.articles > len(entry.docs):
            docs += f" … (+{_num(entry.articles - len(entry.docs))})"
        rows.append(
            f"<tr><td>{_esc(entry.name)}</td><td>{title} {others}</td>"
            f'<td class="num">{_num(entry.articles)}</td><td class="docs">{docs}</td></tr>'
        )
    untracked = (
        f'<p class="note">{_num(t.officials_untracked)} mentions of further officials were not tracked '
        f"(more than {_num(MAX_TRACKED_OFFICIALS)} distinct names).</p>"
        if t.officials_untracked
        else ""
    )
    return (
        f'<section id="officials"><h2>Officials ({_num(len(entries))} people, '
        f"{_num(t.items['officials'])} mentions)</h2>"
        '<table class="officials"><tr><th>name</th><th>title</th><th class="num">articles</th>'
        "<th>in</th></tr>"
        + "".join(rows)
        + "</table>"
        + _more(min(len(entries), MAX_OFFICIAL_ROWS), len(entries), "officials (most frequent first)")
        + untracked
        + "</section>"
    )


def _titles_by_use(titles: Counter[str]) -> list[str]:
    """Most used first; between equals the longer (fuller) title first."""
    return [title for title, _ in sorted(titles.items(), key=lambda kv: (-kv[1], -len(kv[0])))]


def _quote_cell(doc_id: str, text: str) -> str:
    cut = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"
    return f'<li><q>{_esc(cut)}</q> <span class="docs">({_esc(doc_id)})</span></li>'


def _quotes(t: _Totals) -> str:
    entries = sorted(t.speakers.values(), key=lambda s: (-s.quotes, s.name.casefold()))
    unattributed = (
        f'<p class="muted">{_num(t.unattributed_quotes)} quote(s) without a named speaker.</p>'
        if t.unattributed_quotes
        else ""
    )
    if not entries:
        return (
            '<section id="quotes"><h2>Who said what</h2><p class="muted">No attributed quotes found.</p>'
            f"{unattributed}</section>"
        )
    rows = []
    for entry in entries[:MAX_SPEAKER_ROWS]:
        titles = "; ".join(_esc(x) for x in _titles_by_use(entry.titles))
        quotes = "".join(_quote_cell(doc, text) for doc, text in entry.shown)
        more = entry.quotes - len(entry.shown)
        extra = f'<li class="muted">… and {_num(more)} more</li>' if more > 0 else ""
        rows.append(
            f'<tr><td>{_esc(entry.name)}</td><td>{titles}</td><td class="num">{_num(entry.quotes)}</td>'
            f'<td><ul class="quotes">{quotes}{extra}</ul></td></tr>'
        )
    untracked = (
        f'<p class="note">{_num(t.speakers_untracked)} quotes of further speakers were not tracked '
        f"(more than {_num(MAX_TRACKED_SPEAKERS)} distinct names).</p>"
        if t.speakers_untracked
        else ""
    )
    return (
        f'<section id="quotes"><h2>Who said what ({_num(len(entries))} speakers, '
        f"{_num(t.items['quotes'])} quotes)</h2>"
        '<table class="quotes"><tr><th>speaker</th><th>title</th><th class="num">quotes</th>'
        "<th>said</th></tr>"
        + "".join(rows)
        + "</table>"
        + _more(min(len(entries), MAX_SPEAKER_ROWS), len(entries), "speakers (most quoted first)")
        + unattributed
        + untracked
        + "</section>"
    )


def _bucket_order(key: str) -> tuple[int, str]:
    return (1, key) if key == UNKNOWN_YEAR else (0, key)


def _timeline(t: _Totals) -> str:
    if not t.buckets:
        return _empty("timeline", "Timeline", "No dates found.")
    keys = sorted(t.buckets, key=_bucket_order)
    peak = max(b.count for b in t.buckets.values())
    bars = "".join(
        f'<tr><td class="label">{"unknown year" if key == UNKNOWN_YEAR else _esc(key)}</td>'
        f'<td class="barcell">{_bar(t.buckets[key].count / peak, "date")}</td>'
        f'<td class="num">{_num(t.buckets[key].count)}</td></tr>'
        for key in keys
    )
    events = []
    for key in keys:
        bucket = t.buckets[key]
        for value, doc_id, text, snippet in sorted(bucket.events, key=lambda e: (e[0], e[1])):
            events.append(
                f'<tr><td class="num">{_esc(value)}</td><td>{_esc(text)}</td><td>{_esc(doc_id)}</td>'
                f"<td>{snippet}</td></tr>"
            )
        if bucket.count > len(bucket.events):
            events.append(
                f'<tr><td colspan="4" class="muted">… {_num(bucket.count - len(bucket.events))} more in '
                f"{_esc(key)}</td></tr>"
            )
    total = sum(b.count for b in t.buckets.values())
    return (
        f'<section id="timeline"><h2>Timeline of dated events ({_num(total)} mentions)</h2>'
        '<table class="timeline"><tr><th>period</th><th>mentions</th><th class="num">n</th></tr>'
        + bars
        + "</table><details open><summary>Dated events, sorted by value</summary>"
        '<table class="events"><tr><th class="num">value</th><th>text</th><th>article</th>'
        "<th>context</th></tr>" + "".join(events) + "</table></details></section>"
    )


def _prices(t: _Totals) -> str:
    if not t.price_rows:
        return _empty("prices", "Prices", "No prices found.")
    rows = "".join(
        f'<tr><td>{_esc(doc)}</td><td>{_esc(title)}</td><td class="num">{count}</td><td>{_esc(cur)}</td>'
        f'<td class="num">{_num(low)}</td><td class="num">{_num(high)}</td></tr>'
        for doc, title, count, cur, low, high in t.price_rows
    )
    return _table_section(
        "prices",
        f"Price ranges per article ({_num(t.price_articles)} articles)",
        '<th>article</th><th>title</th><th class="num">prices</th><th>currency</th>'
        '<th class="num">min</th><th class="num">max</th>',
        rows,
        _more(len(t.price_rows), t.price_articles, "articles with prices"),
    )


def _participants(t: _Totals) -> str:
    if not t.participant_rows:
        return _empty("participants", "Participants", "No participant counts found.")
    rows = "".join(
        f'<tr><td>{_esc(doc)}</td><td class="num">{n}</td><td>{_esc(values)}</td></tr>'
        for doc, n, values in t.participant_rows
    )
    return _table_section(
        "participants",
        f"Participant counts per article ({_num(t.participant_articles)} articles)",
        '<th>article</th><th class="num">mentions</th><th>counts</th>',
        rows,
        _more(len(t.participant_rows), t.participant_articles, "articles with participant counts"),
    )


def _articles(t: _Totals) -> str:
    if not t.article_rows:
        return _empty("articles", "Articles", "No records.")
    head = "".join(f'<th class="num">{name}</th>' for name in FIELDS)
    rows = "".join(
        f"<tr><td>{_esc(doc)}</td><td>{_esc(title)}</td><td>{_esc(published)}</td>"
        + "".join(f'<td class="num">{n}</td>' for n in counts)
        + "</tr>"
        for doc, title, published, counts in t.article_rows
    )
    return (
        f'<section id="articles"><h2>Articles ({_num(t.articles)})</h2><details><summary>Show the list'
        f'</summary><table class="articles"><tr><th>article</th><th>title</th><th>published</th>{head}</tr>'
        + rows
        + "</table></details>"
        + _more(len(t.article_rows), t.articles, "articles")
        + "</section>"
    )


def _failures(t: _Totals) -> str:
    if not t.failures:
        return _empty("failures", "Failures", "No article failed.")
    kinds = ", ".join(f"{_esc(kind)} {_num(n)}" for kind, n in t.failure_kinds.most_common())
    rows = "".join(
        f'<tr><td>{_esc(doc)}</td><td>{_esc(source)}</td><td class="err">{_esc(kind)}</td>'
        f"<td>{_esc(reason)}</td></tr>"
        for doc, source, kind, reason in t.failure_rows
    )
    return _table_section(
        "failures",
        f"Failures ({_num(t.failures)})",
        "<th>article</th><th>source</th><th>error</th><th>reason</th>",
        rows,
        _more(len(t.failure_rows), t.failures, "failures"),
        lead=f'<p class="muted">{kinds}</p>',
    )


__all__ = ["bucket_of", "write_report"]
