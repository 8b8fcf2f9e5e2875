"""The tables: one row per item, every row carrying its article's ``doc_id``.

`to_frames` turns records (objects or the dicts of ``records.jsonl``) into one pandas DataFrame
per item type with fixed columns; `write_tables` writes each as ``<table>.parquet`` and
``<table>.csv`` a batch at a time, so memory does not grow with the corpus.

CSV cells are meant to be opened in spreadsheets: a text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is prefixed with ``'`` so that no spreadsheet runs it as a
formula (OWASP "CSV injection"). Parquet keeps every value as it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

TABLES = (
    "articles",
    "entities",
    "persons",
    "officials",
    "dates",
    "prices",
    "participants",
    "quotes",
    "tokens",
)
ITEM_TABLES = TABLES[1:]

#: First characters a spreadsheet reads as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Records per batch when writing tables from a records file: 500 keeps the rows of a batch
#: under ~40 MB (2,000 took ~70 MB) at the same speed; each batch is one Parquet row group.
BATCH = 500

Row = dict[str, Any]

# Column types, so that every table has the same schema whatever a batch holds (even nothing).
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "doc_id": "string",
        "source": "string",
        "sha256": "string",
        "title": "string",
        "published": "string",
        "byline": "string",
        "dateline_place": "string",
        "dateline_outlet": "string",
        "words": "int64",
        "boilerplate_lines": "int64",
        **{f"n_{t}": "int64" for t in ITEM_TABLES},
    },
    "entities": {"doc_id": "string", "text": "string", "label": "string"},
    "persons": {"doc_id": "string", "name": "string", "mentions": "int64"},
    "officials": {"doc_id": "string", "name": "string", "title": "string"},
    "dates": {"doc_id": "string", "text": "string", "value": "string", "end": "string"},
    "prices": {
        "doc_id": "string",
        "text": "string",
        "min": "Int64",
        "max": "Int64",
        "currency": "string",
        "per": "string",
    },
    "participants": {
        "doc_id": "string",
        "text": "string",
        "count": "Int64",
        "approximate": "boolean",
        "min": "Int64",
        "max": "Int64",
        "who": "string",
    },
    "quotes": {
        "doc_id": "string",
        "text": "string",
        "speaker": "string",
        "title": "string",
        "cue": "string",
        "span_start": "Int64",
        "span_end": "Int64",
        "speaker_start": "Int64",
        "speaker_end": "Int64",
    },
    "tokens": {"doc_id": "string", "text": "string", "pos": "string", "lemma": "string"},
}
for _table in ITEM_TABLES:
    COLUMNS[_table].update({"span_start": "Int64", "span_end": "Int64"})


def iter_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Stream the records of a ``records.jsonl``, one dict at a time."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _span(span: Sequence[int | None] | None, prefix: str = "span") -> dict[str, int | None]:
    start, end = span if span is not None else (None, None)
    return {f"{prefix}_start": start, f"{prefix}_end": end}


def _article_row(r: Mapping[str, Any]) -> Row:
    dateline = r.get("dateline") or {}
    return {
        "doc_id": r["doc_id"],
        "source": r["source"],
        "sha256": r["sha256"],
        "title": r["title"],
        "published": r["published"],
        "byline": r["byline"],
        "dateline_place": dateline.get("place"),
        "dateline_outlet": dateline.get("outlet"),
        "words": len(r["text"].split()),
        "boilerplate_lines": len(r["boilerplate"]),
        **{f"n_{t}": len(r.get(t, ())) for t in ITEM_TABLES},
    }


def _entity(e: Mapping[str, Any]) -> Row:
    return {"text": e["text"], "label": e["label"], **_span(e["span"])}


def _person(p: Mapping[str, Any]) -> Row:
    first = p["mentions"][0] if p["mentions"] else None
    return {"name": p["name"], "mentions": len(p["mentions"]), **_span(first)}


def _official(o: Mapping[str, Any]) -> Row:
    return {"name": o["name"], "title": o["title"], **_span(o["span"])}


def _date(d: Mapping[str, Any]) -> Row:
    return {"text": d["text"], "value": d["value"], "end": d["end"], **_span(d["span"])}


#: The range of an int64 column: a record's number outside it (``Rp19.770.361.055 miliar``, a
#: writer's slip, is 1.98e19) is missing in the table and kept whole in records.jsonl.
_INT64 = range(-(2**63), 2**63)


def _int64(value: int | None) -> int | None:
    return value if value is None or value in _INT64 else None


def _price(p: Mapping[str, Any]) -> Row:
    return {
        "text": p["text"],
        "min": _int64(p["min"]),
        "max": _int64(p["max"]),
        "currency": p["currency"],
        "per": p.get("per"),
        **_span(p["span"]),
    }


def _participant(c: Mapping[str, Any]) -> Row:
    keys = ("text", "approximate", "who")
    numbers = {k: _int64(c[k]) for k in ("count", "min", "max")}
    return {**{k: c[k] for k in keys}, **numbers, **_span(c["span"])}


def _quote(q: Mapping[str, Any]) -> Row:
    return {
        "text": q["text"],
        "speaker": q.get("speaker"),
        "title": q.get("title"),
        "cue": q.get("cue"),
        **_span(q["span"]),
        **_span(q.get("speaker_span"), "speaker"),
    }


def _token(t: Mapping[str, Any]) -> Row:
    return {"text": t["text"], "pos": t["pos"], "lemma": t["lemma"], **_span(t["span"])}


#: One function per item table: an item of the record to the row's columns after doc_id.
ROW_OF: dict[str, Callable[[Mapping[str, Any]], Row]] = {
    "entities": _entity,
    "persons": _person,
    "officials": _official,
    "dates": _date,
    "prices": _price,
    "participants": _participant,
    "quotes": _quote,
    "tokens": _token,
}


def rows(records: Iterable[Any]) -> dict[str, list[Row]]:
    """The rows of every table for ``records`` (objects or dicts)."""
    out: dict[str, list[Row]] = {t: [] for t in TABLES}
    for rec in records:
        add_rows(out, rec if isinstance(rec, Mapping) else rec.to_dict())
    return out


def add_rows(out: dict[str, list[Row]], r: Mapping[str, Any]) -> None:
    """Add the rows of one record (a dict) to the rows of every table in ``out``."""
    out["articles"].append(_article_row(r))
    doc_id = r["doc_id"]
    for table, row_of in ROW_OF.items():
        out[table].extend({"doc_id": doc_id, **row_of(item)} for item in r.get(table, ()))


def to_frames(records: Iterable[Any]) -> dict[str, Any]:
    """One pandas DataFrame per item type, every row carrying its ``doc_id``.

    Args:
        records: `ArticleRecord` objects or their dicts (lines of records.jsonl).

    Returns:
        Every name in `TABLES` mapped to a DataFrame with the fixed columns of `COLUMNS`
        (spans as ``span_start``/``span_end``).
    """
    table_rows = rows(records)
    return {t: _frame(t, table_rows[t]) for t in TABLES}


def _frame(table: str, table_rows: list[Row]) -> Any:
    import pandas as pd

    return pd.DataFrame(table_rows, columns=list(COLUMNS[table])).astype(COLUMNS[table])


def neutralise(frame: Any) -> Any:
    """A copy of ``frame`` whose text cells cannot start a spreadsheet formula."""
    out = frame.copy()
    for column in out.columns:
        if str(out[column].dtype) == "string":
            cells = out[column]
            risky = cells.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
            if risky.any():  # most columns have no such cell: nothing to build
                out[column] = cells.mask(risky, "'" + cells)
    return out


def write_tables(records_path: Path, out_dir: Path, *, batch: int = BATCH) -> None:
    """Write every table as Parquet and CSV from a records file, ``batch`` records at a time.

    Each record is turned into its rows as it is read and then dropped (the rows hold no
    article text), so memory is bounded by one batch's rows whatever the number of records.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    writers: dict[str, Any] = {}
    try:
        for t in TABLES:
            (out_dir / f"{t}.csv").unlink(missing_ok=True)
        table_rows: dict[str, list[Row]] = {t: [] for t in TABLES}
        for rec in iter_records(records_path) if records_path.exists() else ():
            add_rows(table_rows, rec)
            if len(table_rows["articles"]) >= batch:
                _append_tables(table_rows, out_dir, writers, pa, pq)
                table_rows = {t: [] for t in TABLES}
        if table_rows["articles"] or not writers:
            _append_tables(table_rows, out_dir, writers, pa, pq)
    finally:
        for w in writers.values():
            w.close()


def _append_tables(
    table_rows: dict[str, list[Row]], out_dir: Path, writers: dict[str, Any], pa: Any, pq: Any
) -> None:
    """Append one batch's rows to every table (``table_rows`` is emptied on the way)."""
    for name in TABLES:  # one table at a time, its rows let go once it is a frame: a lower peak
        frame = _frame(name, table_rows.pop(name))
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if name not in writers:
            writers[name] = pq.ParquetWriter(out_dir / f"{name}.parquet", table.schema)
        writers[name].write_table(table)
        csv = out_dir / f"{name}.csv"
        neutralise(frame).to_csv(csv, mode="a", header=not csv.exists(), index=False)
