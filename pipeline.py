#!/usr/bin/env python3
"""warta's batch runner and command line.

    python pipeline.py                       # the main job: data/raw -> data/processed (incremental)
    python pipeline.py run INPUT --out OUT   # any folder of *.txt, recursively
    python pipeline.py show FILE --html out.html
    python pipeline.py train-ner / eval-ner

Library use (notebooks)::

    import pipeline
    summary = pipeline.run("data/raw", "data/processed", force=True)
    frames = pipeline.to_frames(records)      # one DataFrame per item type

A run writes into OUT: ``records.jsonl`` (one record per article, sorted by doc_id),
``errors.jsonl`` (one line per failed article), one table per item type as
``<table>.parquet`` and ``<table>.csv``, ``report.html``, ``manifest.json`` and
``warta.log``. Every file is written to a staging folder inside OUT and moved
into place with ``os.replace``, so a killed run never leaves a half-written file.

Exit codes (also in the README):
    0  every article gave a record
    1  the run could not start (missing input, output exists without --force, bad option)
    2  command-line usage error (argparse)
    3  partial failure: some articles failed; see errors.jsonl
    75 another run holds the output folder's lock (EX_TEMPFAIL: try again later)
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import math
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
DEFAULT_INPUT = ROOT / "data" / "raw"
DEFAULT_OUTPUT = ROOT / "data" / "processed"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_LOCKED = 75

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
MANIFEST = "manifest.json"
REPORT = "report.html"
LOG = "warta.log"
LOCK = ".warta.lock"
STAGING_PREFIX = ".staging-"

NER_COMMANDS = {"train-ner": "train", "eval-ner": "eval"}  # handed to extract.ner.train whole
TABLES = ("articles", "entities", "persons", "officials", "dates", "prices", "participants", "tokens")

log = logging.getLogger("warta")


class RunError(Exception):
    """The run cannot start or finish (not a per-article failure)."""


class LockedError(RunError):
    """Another run holds the output folder's lock."""


@dataclasses.dataclass(frozen=True)
class Options:
    """Settings of one run, validated at construction."""

    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    reference_date: str | None = None
    model: str | None = None
    ner: bool = True
    stanza_dir: str | None = None
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    shard_size: int | None = None

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")
        if self.engine not in ("local", "dask"):
            raise ValueError(f"engine must be 'local' or 'dask', got {self.engine!r}")
        if self.reference_date is not None:
            try:
                dt.date.fromisoformat(self.reference_date)
            except ValueError:
                raise ValueError(f"reference date must be YYYY-MM-DD, got {self.reference_date!r}") from None
        if self.timeout <= 0:
            raise ValueError(f"timeout must be positive seconds, got {self.timeout}")
        if self.max_bytes < 1:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")


@dataclasses.dataclass(frozen=True)
class RunSummary:
    """What a run did: counts, time and where the output is."""

    articles: int
    succeeded: int
    failed: int
    reused: int
    seconds: float
    output_dir: Path

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.failed else EXIT_OK

    def line(self) -> str:
        reused = f", {self.reused} unchanged" if self.reused else ""
        return (
            f"{self.articles} articles, {self.succeeded} records, {self.failed} failed{reused}, "
            f"{self.seconds:.1f} s -> {self.output_dir}"
        )


# ---------------------------------------------------------------- per-article work (runs in workers)


@dataclasses.dataclass(frozen=True)
class ShardResult:
    """What one shard of files produced: its part file, an index into it and its failures."""

    part: str
    index: list[tuple[str, int, int]]  # doc_id, byte offset, byte length in the part file
    errors: list[dict[str, str]]


class _Deadline:
    """Raise `ArticleTimeout` in the main thread when one article runs too long (SIGALRM).

    Off the main thread (Dask's threaded workers) no signal can be delivered; there the
    extractors' own linear-time patterns are the guard.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def _expire(self, signum: int, frame: Any) -> None:
        from extract.errors import ArticleTimeout

        raise ArticleTimeout(f"took longer than the {self.seconds:g} s limit per article")

    def __enter__(self) -> _Deadline:
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def process_article(path: Path, doc_id: str, source: str, options: Options) -> str:
    """One file to one JSON line; raises on any failure (the shard records it)."""
    from extract import extract_article
    from extract.errors import InputError

    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(
            f"file is {size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:g} MB limit per article"
        )
    data = path.read_bytes()
    with _Deadline(options.timeout):
        record = extract_article(
            data,
            doc_id=doc_id,
            source=source,
            reference_date=options.reference_date,
            model=options.model,
            ner=options.ner,
            backend=options.stanza_dir,
        )
    return json.dumps(record.to_dict(), ensure_ascii=False)


def process_shard(shard: Sequence[tuple[str, str, str]], part: str, options: Options) -> ShardResult:
    """Extract a shard of ``(path, doc_id, source)`` into the part file ``part``.

    One broken article never stops the shard: its failure is returned as an error line.
    Used by both engines, so their output is identical.
    """
    from extract.errors import WartaError

    index: list[tuple[str, int, int]] = []
    errors: list[dict[str, str]] = []
    with open(part, "wb") as fh:
        for path, doc_id, source in shard:
            try:
                line = process_article(Path(path), doc_id, source, options).encode("utf-8") + b"\n"
            except Exception as exc:  # one bad article, or a bug in an extractor, never costs the batch
                if not isinstance(exc, (WartaError, OSError, ValueError)):
                    log.exception("unexpected failure on %s", doc_id)
                errors.append(_error(doc_id, source, exc))
                continue
            index.append((doc_id, fh.tell(), len(line)))
            fh.write(line)
    return ShardResult(part=part, index=index, errors=errors)


def _error(doc_id: str, source: str, exc: BaseException) -> dict[str, str]:
    return {"doc_id": doc_id, "source": source, "error": type(exc).__name__, "reason": str(exc) or repr(exc)}


def _warm_up(options: Options) -> None:
    """Load the NER model once per worker process, before the first article."""
    if options.ner:
        from extract.ner import extract_entities

        extract_entities("Warta.", model=options.model)


# ---------------------------------------------------------------- engines


def _run_local(
    shards: list[list[tuple[str, str, str]]], parts: list[str], options: Options, progress: Any
) -> Iterator[ShardResult]:
    if options.workers == 1 or len(shards) == 1:
        _warm_up(options)
        for shard, part in zip(shards, parts, strict=True):
            result = process_shard(shard, part, options)
            progress.update(len(shard))
            yield result
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(max_workers=options.workers, initializer=_warm_up, initargs=(options,)) as pool:
        futures = {
            pool.submit(process_shard, shard, part, options): len(shard)
            for shard, part in zip(shards, parts, strict=True)
        }
        for future in as_completed(futures):
            progress.update(futures[future])
            yield future.result()


def _run_dask(
    shards: list[list[tuple[str, str, str]]], parts: list[str], options: Options, progress: Any
) -> Iterator[ShardResult]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise RunError('the dask engine needs the extra: pip install "warta[dask]"') from None

    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=options.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        client.run(_warm_up, options)  # one model per worker process, loaded before any shard
        futures = client.map(process_shard, shards, parts, options=options, pure=False)
        sizes = {f.key: len(s) for f, s in zip(futures, shards, strict=True)}
        for future in as_completed(futures):
            progress.update(sizes[future.key])
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------- the run


def discover(input_dir: Path) -> list[tuple[Path, str]]:
    """Every ``*.txt`` below ``input_dir`` with its doc_id: the path relative to it, without ``.txt``."""
    files = sorted(p for p in input_dir.rglob("*.txt") if p.is_file())
    return [(p, p.relative_to(input_dir).with_suffix("").as_posix()) for p in files]


def run(
    input_dir: str | Path = DEFAULT_INPUT,
    output_dir: str | Path = DEFAULT_OUTPUT,
    *,
    force: bool = False,
    incremental: bool = False,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    reference_date: str | None = None,
    model: str | None = None,
    ner: bool = True,
    stanza_dir: str | None = None,
    timeout: float = 10.0,
    max_bytes: int = 5_000_000,
    shard_size: int | None = None,
    progress: bool | None = None,
) -> RunSummary:
    """Extract every article under ``input_dir`` into ``output_dir``.

    Args:
        input_dir: a folder; every ``*.txt`` below it (recursively) is one article.
        output_dir: where records, errors, tables and the report go (created if missing).
        force: overwrite existing output.
        incremental: reuse the records of unchanged articles (same content hash, same
            pipeline and model version) and process only new or changed ones.
        workers: processes (local engine) or Dask workers; default: every core.
        engine: ``local`` or ``dask``.
        scheduler: a Dask scheduler address; default: a LocalCluster on 127.0.0.1.
        reference_date: ``YYYY-MM-DD`` anchor for dates when a page gives none.
        model: NER model path (default: ``WARTA_MODEL`` or the bundled model).
        ner: run the NER model.
        stanza_dir: a local Stanza Indonesian pipeline: adds tokens with POS and lemmas.
        timeout: seconds allowed per article before it is reported as failed.
        max_bytes: larger files are reported as failed without being read.
        shard_size: articles per task sent to a worker (default: by size of the run).
        progress: show a progress bar on stderr (default: when stderr is a terminal).

    Returns:
        A `RunSummary`; its ``exit_code`` is 3 when some articles failed.

    Raises:
        RunError: missing input, output exists (without ``force``/``incremental``).
        LockedError: another run is writing to ``output_dir``.
        ValueError: an option is out of range.
    """
    started = time.perf_counter()
    options = Options(
        workers=workers if workers is not None else os.cpu_count() or 1,
        engine=engine,
        scheduler=scheduler,
        reference_date=reference_date,
        model=None if model is None else str(model),
        ner=ner,
        stanza_dir=None if stanza_dir is None else str(stanza_dir),
        timeout=timeout,
        max_bytes=max_bytes,
        shard_size=shard_size,
    )
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise RunError(f"input folder not found: {input_dir}")
    output_dir.mkdir(parents=True, exist_ok=True)

    with _lock(output_dir), _file_log(output_dir / LOG):
        records_path = output_dir / RECORDS
        if records_path.exists() and not (force or incremental):
            raise RunError(f"{records_path} exists: pass --force to overwrite or --incremental to update it")
        for stale in output_dir.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by a killed run; we hold the lock
        staging = output_dir / f"{STAGING_PREFIX}{os.getpid()}"
        staging.mkdir()
        try:
            summary = _run_into(input_dir, output_dir, staging, options, incremental, progress)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        summary = dataclasses.replace(summary, seconds=time.perf_counter() - started)
        log.info(summary.line())
    return summary


def _run_into(
    input_dir: Path,
    output_dir: Path,
    staging: Path,
    options: Options,
    incremental: bool,
    progress: bool | None,
) -> RunSummary:
    from extract.article import pipeline_info
    from extract.errors import ModelError
    from extract.ner import resolve_model_path
    from extract.output.report import write_report

    try:  # fail once, here, rather than in every worker's warm-up
        if options.ner:
            resolve_model_path(options.model)
        if options.stanza_dir is not None:
            from extract.stanza_backend import load_backend

            load_backend(options.stanza_dir)
    except ModelError as exc:
        raise RunError(str(exc)) from None
    files = discover(input_dir)
    fingerprint = pipeline_info(model=options.model, ner=options.ner, backend=options.stanza_dir)
    reusable = _reusable(output_dir / RECORDS, fingerprint) if incremental else {}

    # (doc_id -> where its JSON line is): an old records file or a new part file
    index: dict[str, tuple[str, int, int]] = {}
    todo: list[tuple[str, str, str]] = []
    hashes: dict[str, str] = {}
    for path, doc_id in files:
        digest = _sha256(path)
        hashes[doc_id] = digest
        old = reusable.get(doc_id)
        if old is not None and old[0] == digest:
            index[doc_id] = (str(output_dir / RECORDS), old[1], old[2])
        else:
            todo.append((str(path), doc_id, str(path)))
    reused = len(index)
    log.info("%d articles in %s: %d to process, %d unchanged", len(files), input_dir, len(todo), reused)

    errors: list[dict[str, str]] = []
    if todo:
        size = options.shard_size or max(1, min(64, math.ceil(len(todo) / (options.workers * 4))))
        shards = [todo[i : i + size] for i in range(0, len(todo), size)]
        parts = [str(staging / f"part-{i:05d}.jsonl") for i in range(len(shards))]
        engine = _run_dask if options.engine == "dask" else _run_local
        with _progress_bar(len(todo), progress) as bar:
            for result in engine(shards, parts, options, bar):
                for doc_id, offset, length in result.index:
                    index[doc_id] = (result.part, offset, length)
                errors.extend(result.errors)
    errors.sort(key=lambda e: e["doc_id"])

    _merge(index, staging / RECORDS)
    _write_lines(staging / ERRORS, (json.dumps(e, ensure_ascii=False) for e in errors))
    write_tables(staging / RECORDS, staging)
    write_report(staging / RECORDS, staging / ERRORS, staging / REPORT)
    manifest = {
        "pipeline": fingerprint,
        "articles": {d: {"sha256": hashes[d], "ok": d in index} for d in hashes},
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")

    # records.jsonl goes last but one and the manifest last: a kill between two moves
    # leaves every file whole, and the next incremental run trusts only records.jsonl.
    names = [f"{t}.{ext}" for t in TABLES for ext in ("parquet", "csv")] + [REPORT, ERRORS, RECORDS, MANIFEST]
    for name in names:
        if (staging / name).exists():
            os.replace(staging / name, output_dir / name)
    for err in errors:
        log.warning("failed: %s: %s: %s", err["doc_id"], err["error"], err["reason"])
    return RunSummary(
        articles=len(files),
        succeeded=len(index),
        failed=len(errors),
        reused=reused,
        seconds=0.0,
        output_dir=output_dir,
    )


def _reusable(records_path: Path, fingerprint: dict[str, Any]) -> dict[str, tuple[str, int, int]]:
    """doc_id -> (sha256, offset, length) of every old record made by this very pipeline and model."""
    found: dict[str, tuple[str, int, int]] = {}
    if not records_path.exists():
        return found
    with records_path.open("rb") as fh:
        offset = 0
        for line in fh:
            try:
                rec = json.loads(line)
            except ValueError:
                log.warning("%s: unreadable line at byte %d ignored", records_path, offset)
            else:
                if rec.get("pipeline") == fingerprint:
                    found[rec["doc_id"]] = (rec["sha256"], offset, len(line))
            offset += len(line)
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _merge(index: dict[str, tuple[str, int, int]], out: Path) -> None:
    """Write the records sorted by doc_id, copying each JSON line from where it was written."""
    handles: dict[str, Any] = {}
    try:
        with out.open("wb") as dst:
            for doc_id in sorted(index):
                source, offset, length = index[doc_id]
                fh = handles.get(source) or handles.setdefault(source, open(source, "rb"))  # noqa: SIM115
                fh.seek(offset)
                dst.write(fh.read(length))
    finally:
        for fh in handles.values():
            fh.close()


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")


# ---------------------------------------------------------------- tables


def iter_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Stream the records of a ``records.jsonl``, one dict at a time."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _rows(records: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for rec in records:
        r = rec if isinstance(rec, dict) else rec.to_dict()
        doc = r["doc_id"]
        dateline = r.get("dateline") or {}
        rows["articles"].append(
            {
                "doc_id": doc,
                "source": r["source"],
                "sha256": r["sha256"],
                "title": r["title"],
                "published": r["published"],
                "byline": r["byline"],
                "dateline_place": dateline.get("place"),
                "dateline_outlet": dateline.get("outlet"),
                "words": len(r["text"].split()),
                "boilerplate_lines": len(r["boilerplate"]),
                **{f"n_{t}": len(r.get(t, ())) for t in TABLES[1:]},
            }
        )
        for e in r["entities"]:
            rows["entities"].append(
                {"doc_id": doc, "text": e["text"], "label": e["label"], **_span(e["span"])}
            )
        for p in r["persons"]:
            first = p["mentions"][0] if p["mentions"] else [None, None]
            rows["persons"].append(
                {"doc_id": doc, "name": p["name"], "mentions": len(p["mentions"]), **_span(first)}
            )
        for o in r["officials"]:
            rows["officials"].append(
                {"doc_id": doc, "name": o["name"], "title": o["title"], **_span(o["span"])}
            )
        for d in r["dates"]:
            rows["dates"].append(
                {"doc_id": doc, "text": d["text"], "value": d["value"], "end": d["end"], **_span(d["span"])}
            )
        for p in r["prices"]:
            rows["prices"].append(
                {
                    "doc_id": doc,
                    "text": p["text"],
                    "min": p["min"],
                    "max": p["max"],
                    "currency": p["currency"],
                    "per": p.get("per"),
                    **_span(p["span"]),
                }
            )
        for c in r["participants"]:
            rows["participants"].append(
                {
                    "doc_id": doc,
                    "text": c["text"],
                    "count": c["count"],
                    "approximate": c["approximate"],
                    "min": c["min"],
                    "max": c["max"],
                    "who": c["who"],
                    **_span(c["span"]),
                }
            )
        for t in r.get("tokens", ()):
            rows["tokens"].append(
                {"doc_id": doc, "text": t["text"], "pos": t["pos"], "lemma": t["lemma"], **_span(t["span"])}
            )
    return rows


def _span(span: Sequence[int | None]) -> dict[str, int | None]:
    return {"span_start": span[0], "span_end": span[1]}


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
        **{f"n_{t}": "int64" for t in TABLES[1:]},
    },
    "entities": {"doc_id": "string", "text": "string", "label": "string"},
    "persons": {"doc_id": "string", "name": "string", "mentions": "int64"},
    "officials": {"doc_id": "string", "name": "string", "title": "string"},
    "dates": {"doc_id": "string", "text": "string", "value": "string", "end": "string"},
    "prices": {
        "doc_id": "string",
        "text": "string",
        "min": "int64",
        "max": "int64",
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
    "tokens": {"doc_id": "string", "text": "string", "pos": "string", "lemma": "string"},
}
for _table in TABLES[1:]:
    COLUMNS[_table].update({"span_start": "Int64", "span_end": "Int64"})


def to_frames(records: Iterable[Any]) -> dict[str, Any]:
    """One pandas DataFrame per item type, every row carrying its ``doc_id``.

    Args:
        records: `ArticleRecord` objects or their dicts (lines of records.jsonl).

    Returns:
        ``{"articles", "entities", "persons", "officials", "dates", "prices", "participants"}``
        mapped to DataFrames with fixed columns (spans as ``span_start``/``span_end``).
    """
    import pandas as pd

    rows = _rows(records)
    return {t: pd.DataFrame(rows[t], columns=list(COLUMNS[t])).astype(COLUMNS[t]) for t in TABLES}


def write_tables(records_path: Path, out_dir: Path, *, batch: int = 2000) -> None:
    """Write every table as Parquet and CSV from a records file, a batch at a time (bounded memory)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writers: dict[str, Any] = {}
    try:
        for t in TABLES:
            (out_dir / f"{t}.csv").unlink(missing_ok=True)
        chunk: list[dict[str, Any]] = []
        for rec in iter_records(records_path) if records_path.exists() else ():
            chunk.append(rec)
            if len(chunk) >= batch:
                _append_tables(chunk, out_dir, writers, pa, pq)
                chunk = []
        if chunk or not writers:
            _append_tables(chunk, out_dir, writers, pa, pq)
    finally:
        for w in writers.values():
            w.close()


def _append_tables(
    chunk: list[dict[str, Any]], out_dir: Path, writers: dict[str, Any], pa: Any, pq: Any
) -> None:
    for name, frame in to_frames(chunk).items():
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if name not in writers:
            writers[name] = pq.ParquetWriter(out_dir / f"{name}.parquet", table.schema)
        writers[name].write_table(table)
        csv = out_dir / f"{name}.csv"
        frame.to_csv(csv, mode="a", header=not csv.exists(), index=False)


# ---------------------------------------------------------------- process plumbing


@contextlib.contextmanager
def _lock(output_dir: Path) -> Iterator[None]:
    """One run per output folder: a second one fails at once with `LockedError`."""
    import fcntl

    fh = (output_dir / LOCK).open("a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise LockedError(
                f"{output_dir} is locked by a running warta ({holder}); try again later"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}\n")
        fh.flush()
        yield
    finally:
        fh.close()


@contextlib.contextmanager
def _file_log(path: Path) -> Iterator[None]:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.close()


@contextlib.contextmanager
def _progress_bar(total: int, enabled: bool | None) -> Iterator[Any]:
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    with tqdm(total=total, unit="article", file=sys.stderr, disable=not show) as bar:
        yield bar


# ---------------------------------------------------------------- command line


def _parser() -> argparse.ArgumentParser:
    # -v/-q are accepted before and after the command (`warta -q run …`, `warta run … -q`)
    common = argparse.ArgumentParser(add_help=False)
    verbosity = common.add_mutually_exclusive_group()
    verbosity.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="more log output"
    )
    verbosity.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="only errors"
    )
    ap = argparse.ArgumentParser(
        prog="warta",
        parents=[common],
        description="Structured records from Indonesian news articles. With no command: the main "
        "job, data/raw -> data/processed, incremental.",
        epilog="Exit codes: 0 all articles succeeded; 1 the run could not start; 2 usage error; "
        "3 some articles failed (see errors.jsonl); 75 another run holds the output lock.",
    )
    sub = ap.add_subparsers(dest="command")

    r = sub.add_parser("run", parents=[common], help="extract every *.txt below a folder")
    r.add_argument("input", type=Path, help="folder of articles (*.txt, searched recursively)")
    r.add_argument("--out", type=Path, default=DEFAULT_OUTPUT, help="output folder (default: data/processed)")
    mode = r.add_mutually_exclusive_group()
    mode.add_argument("--force", action="store_true", help="overwrite existing output")
    mode.add_argument(
        "--incremental",
        action="store_true",
        help="process only new or changed articles and update the output in place",
    )
    r.add_argument("--workers", type=int, default=None, help="processes or Dask workers (default: all cores)")
    r.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="where to run (default: local)"
    )
    r.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a local cluster)")
    r.add_argument(
        "--reference-date",
        default=None,
        metavar="YYYY-MM-DD",
        help="anchor for dates without a year when a page has no published date",
    )
    r.add_argument(
        "--model", default=None, help="NER model folder (default: $WARTA_MODEL or the bundled one)"
    )
    r.add_argument("--no-ner", action="store_true", help="skip the NER model")
    r.add_argument(
        "--backend",
        choices=("spacy", "stanza"),
        default="spacy",
        help="stanza adds tokens with POS tags and lemmas from a local Stanza pipeline (NER stays ours)",
    )
    r.add_argument(
        "--stanza-dir", type=Path, default=None, help="the Stanza resources folder for --backend stanza"
    )
    r.add_argument(
        "--timeout", type=float, default=10.0, help="seconds per article before it fails (default 10)"
    )
    r.add_argument("--max-mb", type=float, default=5.0, help="larger files fail unread (default 5 MB)")
    r.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )

    for name, verb in NER_COMMANDS.items():
        # The NER commands keep their options in extract.ner.train (try `train-ner --help`).
        sub.add_parser(name, add_help=False, help=f"{verb} the NER model (options: {name} --help)")

    s = sub.add_parser("show", parents=[common], help="render one article's record as HTML")
    s.add_argument("file", type=Path, help="a raw article (*.txt)")
    s.add_argument("--html", type=Path, required=True, help="where to write the page")
    s.add_argument("--reference-date", default=None, metavar="YYYY-MM-DD")
    s.add_argument("--model", default=None)
    s.add_argument("--no-ner", action="store_true")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit code (see the module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in NER_COMMANDS:
        from extract.ner import train as ner_train

        return ner_train.main([NER_COMMANDS[argv[0]], *argv[1:]])
    args = _parser().parse_args(argv)
    verbose, quiet = getattr(args, "verbose", False), getattr(args, "quiet", False)
    _stderr_log(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)
    try:
        if args.command == "show":
            return _show(args)
        if args.command is None:
            summary = run(DEFAULT_INPUT, DEFAULT_OUTPUT, incremental=True)
        else:
            summary = run(
                args.input,
                args.out,
                force=args.force,
                incremental=args.incremental,
                workers=args.workers,
                engine=args.engine,
                scheduler=args.scheduler,
                reference_date=args.reference_date,
                model=args.model,
                ner=not args.no_ner,
                stanza_dir=_stanza_dir(args),
                timeout=args.timeout,
                max_bytes=int(args.max_mb * 1_000_000),
                progress=args.progress,
            )
    except LockedError as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except (RunError, ValueError, OSError) as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if not quiet:
        print(f"warta: {summary.line()}", file=sys.stderr)
    return summary.exit_code


def _stanza_dir(args: argparse.Namespace) -> str | None:
    if args.backend != "stanza":
        if args.stanza_dir is not None:
            raise ValueError("--stanza-dir goes with --backend stanza")
        return None
    if args.stanza_dir is None:
        raise ValueError("--backend stanza needs --stanza-dir DIR (a local Stanza resources folder)")
    return str(args.stanza_dir)


def _stderr_log(level: int) -> None:
    """Warnings (or more with -v) to stderr; the run's own log file gets INFO whatever this says."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "warta_cli", False)]:
        root.removeHandler(old)  # main() called again in the same process (tests, notebooks)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level)
    handler.warta_cli = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(min(level, logging.INFO))


def _show(args: argparse.Namespace) -> int:
    from extract import extract_article
    from extract.output.show import render_html

    record = extract_article(
        args.file.read_bytes(),
        doc_id=args.file.stem,
        source=str(args.file),
        reference_date=args.reference_date,
        model=args.model,
        ner=not args.no_ner,
    )
    args.html.write_text(render_html(record), encoding="utf-8")
    print(f"warta: wrote {args.html}", file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
