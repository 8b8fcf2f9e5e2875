#!/usr/bin/env python3
"""warta's batch runner and command line.

    warta                                    # in a checkout: data/raw -> data/processed (incremental)
    warta run INPUT [--out OUT]              # a folder (recursive), one file, or - for stdin
    warta show FILE [--json | --html out.html]
    warta train-ner / eval-ner

``python pipeline.py``, ``python -m pipeline`` and the ``warta`` console script are the same
command. Outside a checkout (an installed wheel) the output goes to ``./warta-out`` unless
``--out`` says otherwise; nothing is ever written inside the installation.

Library use (notebooks)::

    import pipeline
    summary = pipeline.run("data/raw", "out", force=True)
    records = list(pipeline.extract_articles(["JAKARTA – ...", "SURABAYA – ..."]))
    frames = pipeline.to_frames(records)      # one DataFrame per item type

A run writes into OUT: ``records.jsonl`` (one record per article, sorted by doc_id),
``errors.jsonl`` (one line per failed input), one table per item type as ``<table>.parquet`` and
``<table>.csv``, ``report.html``, ``manifest.json`` and ``warta.log``. Every file is written to
a staging folder inside OUT; one rename of that folder makes the run's outputs current together,
and the files are then moved into place (a run killed in between is completed by the next).

Exit codes (also in the README):
    0   every article gave a record
    1   the run could not start or finish (missing input, output exists without --force, bad
        option, disk full, unreadable output folder)
    2   command-line usage error (argparse)
    3   partial failure: some inputs failed; see errors.jsonl
    66  nothing to do: the input holds no article (no *.txt, or *.html without the html extra)
    75  another run holds the output folder's lock (EX_TEMPFAIL: try again later)
    130 stopped by SIGINT (Ctrl-C), 143 by SIGTERM: the finished articles are written, and
        ``--incremental`` goes on from there
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import dataclasses
import datetime as dt
import gc
import hashlib
import json
import logging
import math
import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

from extract.output.tables import COLUMNS, TABLES, iter_records, to_frames, write_tables

ROOT = Path(__file__).resolve().parent


def _checkout(root: Path) -> Path | None:
    """The project checkout ``root`` is, or None when this file was installed (site-packages)."""
    if (root / "pyproject.toml").is_file() and (root / "extract" / "__init__.py").is_file():
        return root
    return None


CHECKOUT = _checkout(ROOT)
#: In a checkout: the project's data folders. Installed: no default input, ./warta-out for output.
DEFAULT_INPUT: Path | None = CHECKOUT / "data" / "raw" if CHECKOUT else None
DEFAULT_OUTPUT = CHECKOUT / "data" / "processed" if CHECKOUT else Path("warta-out")
STDIN = "-"

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_NO_INPUT = 66  # sysexits EX_NOINPUT
EXIT_LOCKED = 75  # sysexits EX_TEMPFAIL
#: A run stopped by a signal exits 128 + its number, as a shell reports it.
EXIT_SIGINT = 128 + signal.SIGINT
EXIT_SIGTERM = 128 + signal.SIGTERM

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"
MANIFEST = "manifest.json"
REPORT = "report.html"
LOG = "warta.log"
LOCK = ".warta.lock"
STAGING_PREFIX = ".staging-"
COMMIT_PREFIX = ".commit-"
RUN_INFO = "run.json"  # in a staging folder: the fingerprint its part files were made with
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")

NER_COMMANDS = {
    "train-ner": "train",
    "pretrain-ner": "pretrain",
    "eval-ner": "eval",
}  # handed to extract.ner.train whole
#: Seconds between two looks at the workers (progress, a stop request, a dead worker).
POLL_SECONDS = 0.2
#: Pools in a row whose workers die before any article begins: then the run gives up.
MAX_IDLE_DEATHS = 3
#: Seconds a worker process waits between two checks that its parent is still alive.
PARENT_CHECK_SECONDS = 1.0

log = logging.getLogger("warta")

# The tables live in extract.output.tables; these names stay importable from here for notebooks.
__all__ = [
    "COLUMNS",
    "TABLES",
    "Engine",
    "LockedError",
    "RunError",
    "RunSummary",
    "discover",
    "extract_articles",
    "iter_records",
    "main",
    "run",
    "to_frames",
    "write_tables",
]


class RunError(Exception):
    """The run cannot start or finish (not a per-article failure)."""


class LockedError(RunError):
    """Another run holds the output folder's lock."""


class Interrupted(BaseException):
    """A second SIGINT/SIGTERM while the run writes what it finished: stop at once, write nothing."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by signal {signum}")
        self.signum = signum


class Engine(StrEnum):
    """Where the articles of a run are processed."""

    LOCAL = "local"  # worker processes on this machine
    DASK = "dask"  # a Dask cluster (the ``dask`` extra)


@dataclasses.dataclass(frozen=True)
class Options:
    """Settings of one run, validated at construction."""

    workers: int = 1
    engine: Engine = Engine.LOCAL
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
        if self.engine not in tuple(Engine):
            raise ValueError(f"engine must be 'local' or 'dask', got {self.engine!r}")
        object.__setattr__(self, "engine", Engine(self.engine))
        if self.reference_date is not None:
            try:
                dt.date.fromisoformat(self.reference_date)
            except ValueError:
                raise ValueError(f"reference date must be YYYY-MM-DD, got {self.reference_date!r}") from None
        if not (math.isfinite(self.timeout) and self.timeout > 0):
            raise ValueError(f"timeout must be a positive, finite number of seconds, got {self.timeout}")
        if self.max_bytes < 1:
            raise ValueError(f"the size limit must be positive, got {self.max_bytes} bytes")
        if self.shard_size is not None and self.shard_size < 1:
            raise ValueError(f"shard_size must be at least 1, got {self.shard_size}")


@dataclasses.dataclass(frozen=True)
class RunSummary:
    """What a run did: counts, time and where the output is."""

    articles: int
    succeeded: int
    failed: int
    reused: int
    seconds: float
    output_dir: Path
    stopped_by: int | None = None  # the signal that stopped the run early

    @property
    def exit_code(self) -> int:
        if self.stopped_by is not None:
            return 128 + self.stopped_by
        if self.articles == 0:
            return EXIT_NO_INPUT
        return EXIT_PARTIAL if self.failed else EXIT_OK

    def line(self) -> str:
        reused = f", {self.reused} unchanged" if self.reused else ""
        stopped = f", stopped by {signal.Signals(self.stopped_by).name}" if self.stopped_by else ""
        return (
            f"{self.articles} articles, {self.succeeded} records, {self.failed} failed{reused}{stopped}, "
            f"{self.seconds:.1f} s -> {self.output_dir}"
        )


# ---------------------------------------------------------------- per-article work (runs in workers)


@dataclasses.dataclass(frozen=True)
class ShardResult:
    """What one shard of files produced: its part file, an index into it and its failures."""

    part: str
    index: list[tuple[str, int, int]]  # doc_id, byte offset, byte length in the part file
    errors: list[dict[str, str]]


class _ThreadTimeout(Exception):
    """Raised inside a worker thread by `_Deadline` (the exception is built with no argument)."""


class _Deadline:
    """Raise `ArticleTimeout` in the running code when one article runs too long.

    On a main thread a ``SIGALRM`` timer interrupts it; on any other thread (Dask's workers run
    tasks in threads) a timer thread raises the exception asynchronously in it. Either way the
    bound holds for Python code; one C call (a single regex match) ends before it takes effect.
    An exception raised while a ``__del__`` or a garbage-collector callback runs is swallowed by
    Python, so the timer fires again every `AGAIN` seconds until the article has stopped.
    """

    AGAIN = 0.1

    def __init__(self, seconds: float, *, limit: float | None = None) -> None:
        self.seconds = seconds
        self.limit = seconds if limit is None else limit  # the bound per article, for the message
        self.on_main = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
        self._guard = threading.Lock()
        self._done = False
        self._fired = False

    def _expire(self, signum: int, frame: Any) -> None:
        from extract.errors import ArticleTimeout

        raise ArticleTimeout(self.message)

    @property
    def message(self) -> str:
        return f"took longer than the {self.limit:g} s limit per article"

    def _expire_thread(self, ident: int) -> None:
        import ctypes

        with self._guard:
            if not self._done:
                self._fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(ident), ctypes.py_object(_ThreadTimeout)
                )
                self._arm(self.AGAIN, ident)

    def _arm(self, seconds: float, ident: int) -> None:
        self.timer = threading.Timer(seconds, self._expire_thread, (ident,))
        self.timer.daemon = True
        self.timer.start()

    def __enter__(self) -> _Deadline:
        if self.on_main:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, self.AGAIN)
        else:
            self._arm(self.seconds, threading.get_ident())
        return self

    def __exit__(self, kind: type | None, exc: BaseException | None, tb: Any) -> bool:
        if self.on_main:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            return False
        import ctypes

        with self._guard:
            self._done = True
            self.timer.cancel()
            if self._fired:  # one raised too late to land, or fired again while unwinding: take it back
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(threading.get_ident()), None)
        if kind is _ThreadTimeout:
            from extract.errors import ArticleTimeout

            raise ArticleTimeout(self.message) from None
        return False


def _regular_file(path: Path) -> os.stat_result:
    """The file's status; raises `InputError` for anything but a regular file (links followed)."""
    from extract.errors import InputError

    info = os.stat(path)  # a broken link, a link loop or an unreadable folder raise OSError here
    if not stat.S_ISREG(info.st_mode):
        kind = next(
            (name for test, name in _KINDS if test(info.st_mode)),
            "special file",
        )
        raise InputError(f"not a regular file: a {kind}")
    return info


_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)


def _read_regular(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, opened without blocking (a FIFO swapped in never hangs)."""
    from extract.errors import InputError

    info = _regular_file(path)
    if max_bytes is not None and info.st_size > max_bytes:
        raise InputError(
            f"file is {info.st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit per article"
        )
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise InputError("not a regular file (it changed while the run read it)")
        return fh.read()


def html_to_text(data: bytes) -> str:
    """The title and main text of an HTML page, through trafilatura (the ``html`` extra).

    Raises:
        InputError: trafilatura is not installed, or the page has no main text.
    """
    from extract.errors import InputError

    try:
        import trafilatura
    except ImportError:
        raise InputError('reading *.html needs the extra: pip install "warta[html]"') from None
    body = trafilatura.extract(data, output_format="txt", include_comments=False, include_tables=False)
    if not body or not body.strip():
        raise InputError("trafilatura found no main text in the page")
    meta = trafilatura.extract_metadata(data)
    title = (getattr(meta, "title", None) or "").strip()
    return f"{title}\n\n{body}" if title and not body.startswith(title) else body


Article = tuple[str, str, str]  # path, doc_id, source

#: Articles a worker runs through the NER model at once (``nlp.pipe`` over their cleaned texts):
#: 8 was the fastest per article (issue 18: 1.13x one call per article; 64 gained less and 256
#: lost, the batch padded to its longest text).
MODEL_BATCH = 8
#: The least time bound (seconds) left to an article that spent its own before its last stages:
#: a zero timer would switch the bound off, this one ends the article at once.
LEAST_BOUND = 0.001


@dataclasses.dataclass
class _Begun:
    """An article read and cleaned, before the model: its bytes and what it spent of its bound."""

    article: Article
    data: bytes  # the file's bytes: what the record's sha256 names
    annotations: Any
    spent: float  # seconds of the article's time bound used so far


def process_shard(
    shard: Sequence[tuple[str, str, str]],
    part: str,
    options: Options,
    *,
    on_article: Callable[[int], Any] | None = None,
    stop: threading.Event | None = None,
) -> ShardResult:
    """Extract a shard of ``(path, doc_id, source)`` into the part file ``part``.

    The articles go through the model in groups of `MODEL_BATCH`; each is read, cleaned and
    finished on its own, under its own time bound. One broken article never stops the shard:
    its failure is returned as an error line (a batch the model fails on is run again one
    article at a time). Each line is flushed as it is written, so the lines of a killed run
    can be reused. Used by both engines, so their output is identical.
    """
    from extract.errors import WartaError

    index: list[tuple[str, int, int]] = []
    errors: list[dict[str, str]] = []
    with open(part, "wb") as fh:  # a Dask retry of the task writes the same part again
        for start in range(0, len(shard), MODEL_BATCH):
            for (_, doc_id, source), outcome in _extract_group(
                shard[start : start + MODEL_BATCH], options, stop
            ):
                if isinstance(outcome, bytes):
                    index.append((doc_id, fh.tell(), len(outcome)))
                    fh.write(outcome)
                    fh.flush()
                else:  # one bad article, or a bug in an extractor, never costs the batch
                    if not isinstance(outcome, (WartaError, OSError, ValueError)):
                        log.error("unexpected failure on %s", doc_id, exc_info=outcome)
                    errors.append(_error(doc_id, source, outcome))
                _tick(on_article)
    return ShardResult(part=part, index=index, errors=errors)


def _extract_group(
    group: Sequence[Article], options: Options, stop: threading.Event | None
) -> Iterator[tuple[Article, bytes | Exception]]:
    """Each article of ``group`` with its JSON line or its failure (a stop ends the group early)."""
    begun: list[_Begun] = []
    for article in group:
        if stop is not None and stop.is_set():
            return
        try:
            begun.append(_begin(article, options))
        except Exception as exc:  # the caller sorts the failures
            yield article, exc
    for item, found in zip(begun, _model_batch(begun, options), strict=True):
        if stop is not None and stop.is_set():
            return
        outcome: bytes | Exception
        try:
            outcome = _complete(item, found, options)
        except Exception as exc:  # an error line, as above
            outcome = exc
        yield item.article, outcome


def _begin(article: Article, options: Options) -> _Begun:
    """Read one file and clean it, under the article's time bound."""
    from extract import article as stages

    path, _, source = article
    data = _read_regular(Path(path), options.max_bytes)
    raw: str | bytes = html_to_text(data) if Path(source).suffix.lower() in HTML_SUFFIXES else data
    started = time.perf_counter()
    with _Deadline(options.timeout):
        _, annotations = stages.begin(raw)
    return _Begun(article, data, annotations, time.perf_counter() - started)


def _model_batch(begun: list[_Begun], options: Options) -> list[Any]:
    """The model's entities on each cleaned text, the group's texts run at once.

    None for every article when the model is off, the group has one article, or the batch
    fails or runs past one article's bound: each article then runs the model alone, under its
    own bound. Each article is charged its share of the batch's time, a failed batch's too (so
    the rerun alone gets only what is left of its bound, never a second whole one).
    """
    if not options.ner or len(begun) < 2:
        return [None] * len(begun)
    from extract.ner import extract_entities_many

    started = time.perf_counter()
    found: list[Any]
    try:
        with _Deadline(options.timeout):
            texts = [item.annotations.text for item in begun]
            found = extract_entities_many(texts, model=options.model, batch_size=len(texts))
    except Exception as exc:  # whatever it was, each article meets it alone
        log.debug("the model failed on a batch of %d articles (%s): one at a time", len(begun), exc)
        found = [None] * len(begun)
    share = (time.perf_counter() - started) / len(begun)
    for item in begun:
        item.spent += share
    return found


def _complete(item: _Begun, found: Any, options: Options) -> bytes:
    """The article's JSON line: its later stages under what is left of its time bound."""
    from extract import article as stages

    _, doc_id, source = item.article
    with _Deadline(max(options.timeout - item.spent, LEAST_BOUND), limit=options.timeout):
        record = stages.complete(
            item.annotations,
            item.data,
            doc_id=doc_id,
            source=source,
            reference_date=stages.as_date(options.reference_date),
            model=options.model,
            ner=options.ner,
            backend=options.stanza_dir,
            found=found,
        )
    return json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8") + b"\n"


_WORKER_PROGRESS: Any = None  # in a pool worker: a shared counter of finished articles


def _tick(on_article: Callable[[int], Any] | None) -> None:
    if on_article is not None:
        on_article(1)
    elif _WORKER_PROGRESS is not None:
        with _WORKER_PROGRESS.get_lock():
            _WORKER_PROGRESS.value += 1


def _error(doc_id: str, source: str, exc: BaseException) -> dict[str, str]:
    reason = str(exc) or repr(exc)
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror  # the path is the line's own source
    return {"doc_id": doc_id, "source": source, "error": type(exc).__name__, "reason": reason}


_WARM_UP_ARTICLE = (
    "GARUT - Bupati Garut Budi Santoso membuka lomba yang diikuti 120 peserta pada Senin "
    '(1/7/2024). "Hadiahnya Rp 5 juta," kata Budi.'
)


def _warm_up(options: Options) -> None:
    """Load the NER model, the Stanza backend if asked for and every stage's data once per worker
    process, before the first article, by extracting one short article; then take what is loaded
    (the model, the modules, the word lists: objects that live as long as the process) out of the
    garbage collector's full passes, which otherwise walk them all again every few hundred
    articles (issue 18: about 0.8 of 1.0 CPU ms per article in a worker's first 300 articles).

    An article's time bound is for its own work: the stages' data, read on first use, cost about
    1 CPU s, and at a load of 10 on two cores a worker's first article ran past the 10 s bound
    with it (a good article failed in a 1,000-file run, session 36).
    """
    from extract import extract_article

    extract_article(_WARM_UP_ARTICLE, model=options.model, ner=options.ner, backend=options.stanza_dir)
    gc.freeze()


def _worker_init(options: Options, counter: Any, parent: int) -> None:
    """A pool worker's start: die with the parent, leave Ctrl-C to it, load the model, end at once."""
    global _WORKER_PROGRESS
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run; workers are killed
    _WORKER_PROGRESS = counter
    atexit.register(_exit_at_once)  # registered last, so run first
    _warm_up(options)


def _exit_at_once() -> None:
    """End a pool worker without the interpreter's teardown (issue 18).

    Freeing the model, its vocabulary and every module object one by one took about 0.5 s of
    CPU per worker, and the pool's shutdown waited 1 to 2.5 s for it at a load of 6. Nothing is
    left to save when the pool lets a worker go: every result was sent through the result pipe
    as it was made and every part-file line was flushed; the logs and standard streams are
    flushed here.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _die_with_parent(parent: int) -> None:
    """End this process when its parent (pid ``parent``) dies, however it dies (kill -9, OOM).

    Linux delivers SIGKILL through ``PR_SET_PDEATHSIG``; elsewhere, and as a second guard, a
    thread watches the parent id (a worker blocked on its pipe would otherwise wait forever).
    A parent that died while this worker was still starting is seen by the first check.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="warta-parent-watch", daemon=True).start()


# ---------------------------------------------------------------- engines


@dataclasses.dataclass(frozen=True)
class _Work:
    """A shard to run and how often it was running when a worker process died."""

    articles: list[Article]
    strikes: int = 0


class _Parts:
    """Unique part-file names in the staging folder (a retried shard never reuses a name)."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging

    def new(self) -> str:
        return str(self.staging / f"part-{uuid.uuid4().hex}.jsonl")


def _run_serial(
    work: list[_Work], parts: _Parts, options: Options, progress: Any, stop: threading.Event
) -> Iterator[ShardResult]:
    _warm_up(options)
    for item in work:
        if stop.is_set():
            return
        yield process_shard(item.articles, parts.new(), options, on_article=progress.update, stop=stop)


def _run_local(
    work: list[_Work], parts: _Parts, options: Options, progress: Any, stop: threading.Event
) -> Iterator[ShardResult]:
    """Shards on a pool of worker processes; a worker that dies costs only its own article.

    When a worker dies the pool is replaced: shards that were running are split into single
    articles and run again; an article running at two deaths is run alone on one worker, and
    if that worker dies too it becomes an error line.
    """
    if options.workers == 1 or len(work) == 1:
        yield from _run_serial(work, parts, options, progress, stop)
        return
    suspects: list[_Work] = []
    idle_deaths = 0  # pools in a row that died before any shard began
    while work and not stop.is_set():
        before = work
        work, found = yield from _pool_pass(work, parts, options, progress, stop)
        suspects += found
        unchanged = len(work) == len(before) and all(a is b for a, b in zip(work, before, strict=True))
        idle_deaths = idle_deaths + 1 if work and unchanged else 0
        if idle_deaths >= MAX_IDLE_DEATHS:
            raise RunError("worker processes die as they start (out of memory loading the model?)")
    for item in suspects:
        if stop.is_set():
            return
        yield _run_alone(item.articles[0], parts, options, progress)


def _pool(workers: int, options: Options, counter: Any) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a worker inherits no open file (the output lock above all) and no thread state
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(options, counter, os.getpid()),
    )


def _close_pool(pool: Any, *, kill: bool) -> None:
    if kill:
        # The executor has no way to stop running work; its worker processes are killed directly.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(Exception):
                process.kill()
    pool.shutdown(wait=not kill, cancel_futures=True)


def _pool_pass(
    work: list[_Work], parts: _Parts, options: Options, progress: Any, stop: threading.Event
) -> Iterator[ShardResult]:
    """Run ``work`` on a fresh pool. Returns (work to run again, articles to run alone)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    counter = multiprocessing.get_context("spawn").Value("q", 0)
    pool = _pool(options.workers, options, counter)
    futures = {}
    for item in work:
        part = parts.new()
        futures[pool.submit(process_shard, item.articles, part, options)] = (item, part)
    finished: set[Any] = set()
    broken = False
    try:
        pending = set(futures)
        while pending and not stop.is_set():
            done, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            _show_progress(progress, counter)
            for future in done:
                if isinstance(future.exception(), BrokenProcessPool):
                    broken = True
                    continue
                finished.add(future)
                yield future.result()
    finally:
        _close_pool(pool, kill=broken or stop.is_set() or len(finished) < len(futures))
    left = [futures[f] for f in futures if f not in finished]
    if stop.is_set():
        for _, part in left:  # the workers are gone; the lines they finished are kept
            yield _lines_written(part)
        return [], []
    if left:
        log.warning("a worker process died; %d shard(s) run again on a new pool", len(left))
    return _triage(left)


def _lines_written(part: str) -> ShardResult:
    """The whole lines of a part file whose shard did not finish (flushed one by one)."""
    index = []
    if Path(part).exists():
        for doc_id, (_, _, offset, length) in _lines_made_by(Path(part), lambda _: True).items():
            index.append((doc_id, offset, length))
    return ShardResult(part=part, index=index, errors=[])


def _show_progress(progress: Any, counter: Any) -> None:
    """Move the bar to what the workers report, article by article (never backwards)."""
    base = getattr(progress, "warta_base", progress.n)
    progress.warta_base = base
    target = min(progress.total or 0, base + counter.value)
    if target > progress.n:
        progress.update(target - progress.n)


def _triage(left: list[tuple[_Work, str]]) -> tuple[list[_Work], list[_Work]]:
    """Sort the shards of a dead pool: never started, to split, to retry, to isolate."""
    again: list[_Work] = []
    alone: list[_Work] = []
    for item, part in left:
        if not Path(part).exists():
            again.append(item)  # it never started: not a suspect
        elif len(item.articles) > 1:
            again.extend(_Work([article], 1) for article in item.articles)
        elif item.strikes >= 1:
            alone.append(item)
        else:
            again.append(_Work(item.articles, item.strikes + 1))
    return again, alone


def _run_alone(article: Article, parts: _Parts, options: Options, progress: Any) -> ShardResult:
    """One article on a one-worker pool of its own: if the worker dies, the article fails."""
    from concurrent.futures.process import BrokenProcessPool

    _, doc_id, source = article
    pool = _pool(1, options, None)
    try:
        result = pool.submit(process_shard, [article], parts.new(), options).result()
    except BrokenProcessPool:
        _close_pool(pool, kill=True)
        log.error("a worker process died on %s", doc_id)
        reason = "the worker process died while extracting it (crashed or killed); the batch went on"
        error = {"doc_id": doc_id, "source": source, "error": "WorkerDied", "reason": reason}
        result = ShardResult(part="", index=[], errors=[error])
    else:
        _close_pool(pool, kill=False)
    progress.update(1)
    return result


def _run_dask(
    work: list[_Work], parts: _Parts, options: Options, progress: Any, stop: threading.Event
) -> Iterator[ShardResult]:
    try:
        from dask.distributed import Client, LocalCluster, wait
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
            dashboard_address=None,  # no dashboard, no port beyond the scheduler's own
        )
        client = Client(cluster)
    try:
        client.run(_warm_up, options)  # one model per worker process, loaded before any shard
        shards = [item.articles for item in work]
        names = [parts.new() for _ in shards]
        futures = client.map(process_shard, shards, names, options=options, pure=False)
        sizes = {f.key: len(s) for f, s in zip(futures, shards, strict=True)}
        pending = set(futures)
        while pending and not stop.is_set():
            with contextlib.suppress(TimeoutError):
                wait(list(pending), timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
            for future in [f for f in pending if f.done()]:
                pending.discard(future)
                progress.update(sizes[future.key])
                yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if stop.is_set():  # the workers are gone; the lines they finished are kept
        for future, part in zip(futures, names, strict=True):
            if future in pending:
                yield _lines_written(part)


# ---------------------------------------------------------------- finding the input


@dataclasses.dataclass
class _Inputs:
    """What an input names: the articles, error lines for what cannot be read, what was passed over."""

    articles: list[Article]
    errors: list[dict[str, str]] = dataclasses.field(default_factory=list)
    passed_over: dict[str, int] = dataclasses.field(default_factory=dict)  # suffix -> files


def html_available() -> bool:
    """Whether ``*.html`` pages can be read (the optional ``html`` extra: trafilatura)."""
    import importlib.util

    return importlib.util.find_spec("trafilatura") is not None


def discover(input_dir: Path) -> list[tuple[Path, str]]:
    """Every article below ``input_dir`` with its doc_id: the path relative to it, without suffix.

    Articles are ``*.txt`` (any case) and, with the ``html`` extra, ``*.html``/``*.htm``.
    """
    return [(Path(path), doc_id) for path, doc_id, _ in _walk(Path(input_dir)).articles]


def _walk(root: Path, skip: Path | None = None) -> _Inputs:
    """The articles below ``root``; folders that cannot be read become error lines."""
    suffixes = TEXT_SUFFIXES + (HTML_SUFFIXES if html_available() else ())
    unreadable: list[OSError] = []
    paths: list[Path] = []
    passed_over: dict[str, int] = {}
    for folder, dirs, names in os.walk(root, onerror=unreadable.append):
        if skip is not None:
            dirs[:] = [d for d in dirs if (Path(folder) / d).resolve() != skip]  # our own output
        for name in names:
            suffix = Path(name).suffix.lower()
            if suffix in suffixes:
                paths.append(Path(folder) / name)
            else:
                passed_over[suffix or "(no suffix)"] = passed_over.get(suffix or "(no suffix)", 0) + 1
    found = _Inputs([], passed_over=passed_over)
    seen: dict[str, Path] = {}
    for path in sorted(paths):
        doc_id = path.relative_to(root).with_suffix("").as_posix()
        if doc_id in seen:
            reason = f"another file gives the same doc_id: {seen[doc_id].name}"
            found.errors.append(
                _input_error(path.relative_to(root).as_posix(), path, "DuplicateDocId", reason)
            )
            continue
        seen[doc_id] = path
        found.articles.append((str(path), doc_id, str(path)))
    for exc in unreadable:
        where = Path(exc.filename or root)
        doc_id = where.relative_to(root).as_posix() if where != root and where.is_relative_to(root) else "."
        reason = f"folder cannot be read ({exc.strerror or exc}): no article in it was processed"
        found.errors.append(_input_error(doc_id, where, type(exc).__name__, reason))
    return found


def _input_error(doc_id: str, where: Path, error: str, reason: str) -> dict[str, str]:
    return {"doc_id": doc_id, "source": str(where), "error": error, "reason": reason}


def _inputs(input_path: str | Path, staging: Path, output_dir: Path) -> _Inputs:
    if str(input_path) == STDIN:
        path = staging / "stdin.txt"
        path.write_bytes(sys.stdin.buffer.read())
        return _Inputs([(str(path), "stdin", STDIN)])
    path = Path(input_path)
    if path.is_dir():
        return _walk(path, skip=output_dir.resolve())
    return _Inputs([(str(path), path.stem, str(path))])  # one file, named by the user: any suffix


# ---------------------------------------------------------------- the run


def run(
    input_dir: str | Path | None = None,
    output_dir: str | Path | None = None,
    *,
    force: bool = False,
    incremental: bool = False,
    workers: int | None = None,
    engine: Engine | str = Engine.LOCAL,
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
    """Extract every article the input names into ``output_dir``.

    Args:
        input_dir: a folder (every ``*.txt`` below it, and ``*.html`` with the ``html`` extra,
            is one article), one file, or ``"-"`` for standard input. Default: ``data/raw`` of
            the checkout; required when warta is installed.
        output_dir: where records, errors, tables and the report go (created if missing).
            Default: ``data/processed`` of the checkout, else ``./warta-out``.
        force: overwrite existing output.
        incremental: reuse the records of unchanged articles (same content hash, same
            pipeline and model content) and process only new or changed ones.
        workers: processes (local engine) or Dask workers; default: every core.
        engine: ``local`` or ``dask``.
        scheduler: a Dask scheduler address; default: a LocalCluster on 127.0.0.1.
        reference_date: ``YYYY-MM-DD`` anchor for dates when a page gives none.
        model: NER model path (default: ``WARTA_MODEL`` or the bundled model).
        ner: run the NER model.
        stanza_dir: a local Stanza Indonesian pipeline: adds tokens with POS and lemmas.
        timeout, max_bytes: an article that runs longer, or a larger file, fails (an error line).
        shard_size: articles per task sent to a worker (default: by size of the run).
        progress: show a progress bar on stderr (default: when stderr is a terminal).

    Returns:
        A `RunSummary`; ``exit_code`` 3: some articles failed, 66: no article, 128 + the signal:
        SIGINT/SIGTERM stopped the run (what was finished is written; ``incremental`` goes on).

    Raises:
        RunError: missing input, output exists (without ``force``/``incremental``), an output
            cannot be written (disk full, permissions, a link planted in the output folder).
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
    source = _input_or_default(input_dir)
    out = Path(DEFAULT_OUTPUT if output_dir is None else output_dir)
    _check_paths(source, out)
    with _lock(out), _file_log(out / LOG), _Stop.on_signals() as stop:
        _finish_commits(out)
        records_path = out / RECORDS
        if records_path.exists() and not (force or incremental):
            raise RunError(f"{records_path} exists: pass --force to overwrite or --incremental to update it")
        with _writing("the staging folder", out):
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        try:
            summary = _run_into(source, out, staging, options, incremental, progress, stop)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        summary = dataclasses.replace(summary, seconds=time.perf_counter() - started)
        log.info(summary.line())
    return summary


def _input_or_default(input_dir: str | Path | None) -> str | Path:
    if input_dir is not None:
        return input_dir
    if DEFAULT_INPUT is None:
        raise RunError(
            "no input given: warta is installed, not in a checkout with data/raw (warta run INPUT)"
        )
    return DEFAULT_INPUT


def _check_paths(source: str | Path, out: Path) -> None:
    """Refuse at once what would fail later or write where it must not."""
    if str(source) != STDIN:
        src = Path(source)
        if not src.exists():
            raise RunError(f"input not found: {src} (give a folder, a file, or - for standard input)")
        if src.is_dir() and out.resolve() == src.resolve():
            raise RunError(f"the output folder is the input folder ({src}): choose another --out")
    if out.exists() and not out.is_dir():
        raise RunError(f"the output {out} is a file, not a folder: give --out a folder")
    if CHECKOUT is None and out.resolve().is_relative_to(ROOT):
        raise RunError(f"refusing to write inside the installation ({ROOT}): give --out a folder")
    with _writing("the output folder", out):
        out.mkdir(parents=True, exist_ok=True)


def _prepare(options: Options) -> tuple[dict[str, Any], dict[str, Any]]:
    """The pipeline fingerprint of the records and the key that decides whether one is reused."""
    from extract.article import pipeline_info
    from extract.errors import ModelError
    from extract.ner import resolve_model_path

    model_hash = None
    try:  # fail once, here, rather than in every worker's warm-up
        if options.ner:
            model_hash = _tree_sha256(resolve_model_path(options.model))
        if options.stanza_dir is not None:
            from extract.stanza_backend import load_backend

            load_backend(options.stanza_dir)
    except ModelError as exc:
        raise RunError(str(exc)) from None
    fingerprint = pipeline_info(model=options.model, ner=options.ner, backend=options.stanza_dir)
    return fingerprint, {"pipeline": _comparable(fingerprint), "model_sha256": model_hash}


def _comparable(info: Any) -> Any:
    """A record's ``pipeline`` without the model's path: a model is known by its content."""
    if not isinstance(info, dict):
        return info
    ner = info.get("ner")
    if isinstance(ner, dict):
        return {**info, "ner": {k: v for k, v in ner.items() if k != "path"}}
    return info


def _tree_sha256(folder: Path) -> str:
    """One digest of every file below ``folder`` (names and contents)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(_sha256(path).encode())
    return digest.hexdigest()


def _run_into(
    source: str | Path,
    output_dir: Path,
    staging: Path,
    options: Options,
    incremental: bool,
    progress: bool | None,
    stop: _Stop,
) -> RunSummary:
    fingerprint, key = _prepare(options)
    (staging / RUN_INFO).write_text(json.dumps(key, sort_keys=True), encoding="utf-8")
    salvaged = _salvage(output_dir, staging, key)
    inputs = _inputs(source, staging, output_dir)
    if not inputs.articles and not inputs.errors:
        _warn_nothing_matched(source, inputs)
    # only --incremental reuses records: a forced run does not read the previous ones at all
    reusable = _reusable(output_dir, salvaged, fingerprint, key) if incremental else {}
    plan = _plan(inputs, reusable)
    todo = plan.todo
    if todo:
        work = [_Work(shard) for shard in _shards(todo, options)]
        engine = _run_dask if options.engine is Engine.DASK else _run_local
        with _progress_bar(len(todo), progress) as bar, _writing("part files", staging):
            for result in engine(work, _Parts(staging), options, bar, stop.event):
                for doc_id, offset, length in result.index:
                    plan.index[doc_id] = (result.part, offset, length)
                plan.errors.extend(result.errors)
    if stop.signum is not None:
        _keep_previous(plan, output_dir)
        log.warning(
            "stopped by %s: writing the %d finished records",
            signal.Signals(stop.signum).name,
            len(plan.index),
        )
    plan.errors.sort(key=lambda e: e["doc_id"])
    _write_outputs(plan, staging, fingerprint, key, stop.signum)
    _publish(staging, output_dir)
    for err in plan.errors:
        log.warning("failed: %s: %s: %s", err["doc_id"], err["error"], err["reason"])
    return RunSummary(
        articles=len(inputs.articles) + len(inputs.errors),
        succeeded=len(plan.index),
        failed=len(plan.errors),
        reused=plan.reused,
        seconds=0.0,
        output_dir=output_dir,
        stopped_by=stop.signum,
    )


def _warn_nothing_matched(source: str | Path, inputs: _Inputs) -> None:
    others = ", ".join(f"{n} {suffix}" for suffix, n in sorted(inputs.passed_over.items()))
    hint = f" (passed over: {others})" if others else ""
    html = "" if html_available() else '; *.html needs the extra: pip install "warta[html]"'
    log.warning("no article in %s: warta reads *.txt%s%s", source, html, hint)


#: The most articles in one shard (one task sent to a worker).
MAX_SHARD = 64


def _shards(todo: list[Article], options: Options) -> list[list[Article]]:
    """``todo`` cut into the shards sent to the workers, in order.

    ``shard_size`` fixes their size. By default a shard holds a quarter of a worker's share of
    the articles still to cut (at most `MAX_SHARD`), so the shards shrink towards the end of the
    run, down to one model batch (`MODEL_BATCH`, or the first shard's size when that is less):
    the worker that finishes last has at most a small shard left while the others wait (with
    fixed shards of 64, one worker ran alone for up to a whole shard, about 1 s, at the end).
    """
    if options.shard_size:
        size = options.shard_size
        return [todo[i : i + size] for i in range(0, len(todo), size)]
    shards: list[list[Article]] = []
    least = None
    start = 0
    while start < len(todo):
        size = max(1, min(MAX_SHARD, math.ceil((len(todo) - start) / (options.workers * 4))))
        least = min(MODEL_BATCH, size) if least is None else least
        size = max(size, least)
        shards.append(todo[start : start + size])
        start += size
    return shards


@dataclasses.dataclass
class _Plan:
    """Where every record of this run comes from, and what is left to do."""

    index: dict[str, tuple[str, int, int]]  # doc_id -> (file, byte offset, byte length)
    todo: list[Article]
    hashes: dict[str, str | None]
    errors: list[dict[str, str]]
    reused: int = 0


def _plan(inputs: _Inputs, reusable: dict[str, tuple[str, str, int, int]]) -> _Plan:
    plan = _Plan(index={}, todo=[], hashes={}, errors=list(inputs.errors))
    for path, doc_id, source in inputs.articles:
        try:
            _regular_file(Path(path))
            digest = _sha256(Path(path))
        except (OSError, ValueError) as exc:  # unreadable, gone, a FIFO, a device, a link loop
            plan.hashes[doc_id] = None
            plan.errors.append(_error(doc_id, source, exc))
            continue
        plan.hashes[doc_id] = digest
        old = reusable.get(doc_id)
        if old is not None and old[0] == digest:
            plan.index[doc_id] = old[1:]
        else:
            plan.todo.append((path, doc_id, source))
    plan.reused = len(plan.index)
    log.info("%d articles: %d to process, %d unchanged", len(inputs.articles), len(plan.todo), plan.reused)
    return plan


def _keep_previous(plan: _Plan, output_dir: Path) -> None:
    """A stopped run keeps the previous record of every article it did not reach.

    So a stopped run never leaves fewer records than there were: its output is the previous one
    plus what it finished. A kept record of an article changed since still names the old
    content (``sha256``), so the next ``--incremental`` run processes it.
    """
    records = output_dir / RECORDS
    if not records.is_file() or records.is_symlink():
        return
    for doc_id, (_, path, offset, length) in _lines_made_by(records, lambda _: True).items():
        if doc_id in plan.hashes and doc_id not in plan.index:
            plan.index[doc_id] = (path, offset, length)


def _write_outputs(
    plan: _Plan, staging: Path, fingerprint: dict[str, Any], key: dict[str, Any], stopped_by: int | None
) -> None:
    from extract.output.report import write_report

    with _writing("records.jsonl", staging):
        _merge(plan.index, staging / RECORDS)
        _write_lines(staging / ERRORS, (json.dumps(e, ensure_ascii=False) for e in plan.errors))
    with _writing("the tables", staging):
        write_tables(staging / RECORDS, staging)
    with _writing("report.html", staging):
        write_report(staging / RECORDS, staging / ERRORS, staging / REPORT)
    manifest = {
        "pipeline": fingerprint,
        "model_sha256": key["model_sha256"],
        "complete": stopped_by is None,
        "articles": {d: {"sha256": h, "ok": d in plan.index} for d, h in plan.hashes.items()},
    }
    with _writing("manifest.json", staging):
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")


#: The files a run publishes, in this order: records.jsonl last but one and the manifest last.
OUTPUT_NAMES = (
    *(f"{t}.{ext}" for t in TABLES for ext in ("parquet", "csv")),
    REPORT,
    ERRORS,
    RECORDS,
    MANIFEST,
)


def _publish(staging: Path, output_dir: Path) -> None:
    """Make the run's outputs current: one rename of the staging folder is the switch.

    After it, the files are moved into place; a run killed in between is completed by the
    next run on the folder (`_finish_commits`), so the outputs of two runs never stay mixed.
    """
    ready = output_dir / (COMMIT_PREFIX + staging.name[len(STAGING_PREFIX) :])
    with _writing("the outputs", output_dir):
        os.rename(staging, ready)
        _roll_forward(ready, output_dir)


def _roll_forward(ready: Path, output_dir: Path) -> None:
    for name in OUTPUT_NAMES:
        if (ready / name).exists():
            os.replace(ready / name, output_dir / name)  # replaces a link itself, never its target
    shutil.rmtree(ready, ignore_errors=True)


def _finish_commits(output_dir: Path) -> None:
    """Complete the publication a killed run began (we hold the lock)."""
    for ready in sorted(output_dir.glob(COMMIT_PREFIX + "*")):
        if ready.is_dir() and not ready.is_symlink():
            log.warning("completing the outputs of an interrupted run (%s)", ready.name)
            with _writing("the outputs", output_dir):
                _roll_forward(ready, output_dir)


def _salvage(output_dir: Path, staging: Path, key: dict[str, Any]) -> list[Path]:
    """Keep the part files of killed runs made with this very pipeline; remove their folders."""
    kept: list[Path] = []
    for stale in sorted(output_dir.glob(STAGING_PREFIX + "*")):
        if stale == staging:
            continue
        if stale.is_symlink() or not stale.is_dir():
            with contextlib.suppress(OSError):
                stale.unlink()  # never followed: a link is removed, not its target
            continue
        if _read_json(stale / RUN_INFO) == key:
            for part in sorted(stale.glob("part-*.jsonl")):
                if part.is_file() and not part.is_symlink():
                    target = staging / f"salvage-{len(kept):05d}.jsonl"
                    os.replace(part, target)
                    kept.append(target)
        shutil.rmtree(stale, ignore_errors=True)
    return kept


def _read_json(path: Path) -> Any:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        with os.fdopen(fd, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _reusable(
    output_dir: Path, salvaged: list[Path], fingerprint: dict[str, Any], key: dict[str, Any]
) -> dict[str, tuple[str, str, int, int]]:
    """doc_id -> (sha256, file, offset, length) of every earlier record made by this pipeline and model.

    Records of the last run count when its manifest names the same model content (or, for
    outputs written before manifests held it, the same model path); lines of killed runs count
    when the run made them with the same pipeline.
    """
    found: dict[str, tuple[str, str, int, int]] = {}
    records = output_dir / RECORDS
    manifest = _read_json(output_dir / MANIFEST) or {}
    same_model = isinstance(manifest, dict) and manifest.get("model_sha256") == key["model_sha256"]
    if records.is_file() and not records.is_symlink():
        want = key["pipeline"] if same_model else fingerprint
        found.update(_lines_made_by(records, lambda p: (_comparable(p) if same_model else p) == want))
    for part in salvaged:
        found.update(_lines_made_by(part, lambda p: _comparable(p) == key["pipeline"]))
    return found


def _lines_made_by(path: Path, accept: Callable[[Any], bool]) -> dict[str, tuple[str, str, int, int]]:
    found: dict[str, tuple[str, str, int, int]] = {}
    with path.open("rb") as fh:
        offset = 0
        for line in fh:
            try:
                rec = json.loads(line) if line.endswith(b"\n") else None
            except ValueError:
                rec = None
            if isinstance(rec, dict) and accept(rec.get("pipeline")):
                found[rec["doc_id"]] = (rec["sha256"], str(path), offset, len(line))
            elif line.strip():
                log.debug("%s: line at byte %d not reused", path, offset)
            offset += len(line)
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    with os.fdopen(fd, "rb") as fh:
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


# ---------------------------------------------------------------- notebooks: texts in memory


def extract_articles(
    items: Iterable[str | bytes | tuple[str, str | bytes]],
    *,
    workers: int = 1,
    reference_date: str | None = None,
    model: str | None = None,
    ner: bool = True,
    backend: str | None = None,
) -> Iterator[Any]:
    """Records for articles held in memory, in their order, one at a time.

    Args:
        items: texts (``str`` or ``bytes``, doc ids ``"0"``, ``"1"``, …) or ``(doc_id, text)`` pairs;
            any iterable, consumed lazily.
        workers: 1 runs in this process; more use a pool of worker processes (each loads the
            model once) with a bounded number of articles in flight.
        reference_date, model, ner, backend: as for `extract.extract_article`.

    Yields:
        One `ArticleRecord` per item. A failing article raises its error here (the batch runner,
        not the library, turns failures into error lines).

    >>> [r.prices[0].min for r in extract_articles(["Harga tiket Rp 25.000 per orang."], ner=False)]
    [25000]
    """
    from extract import extract_article

    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    options = {"reference_date": reference_date, "model": model, "ner": ner, "backend": backend}
    numbered = (item if isinstance(item, tuple) else (str(i), item) for i, item in enumerate(items))
    if workers == 1:
        for doc_id, raw in numbered:
            yield extract_article(raw, doc_id=doc_id, **options)
        return
    from collections import deque

    warm = Options(workers=workers, model=model, ner=ner, stanza_dir=backend)
    pool = _pool(workers, warm, None)
    in_flight: deque[Any] = deque()
    try:
        for doc_id, raw in numbered:
            in_flight.append(pool.submit(extract_article, raw, doc_id=doc_id, **options))
            if len(in_flight) >= 2 * workers:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()
    finally:
        _close_pool(pool, kill=bool(in_flight))


# ---------------------------------------------------------------- process plumbing


class _Stop:
    """SIGINT and SIGTERM during a run: the first asks the run to stop and write what it finished,
    a second stops it at once (nothing written, the previous output stays)."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.signum: int | None = None

    def _handle(self, signum: int, frame: Any) -> None:
        if self.event.is_set():
            raise Interrupted(signum)
        self.signum = signum
        self.event.set()

    @classmethod
    @contextlib.contextmanager
    def on_signals(cls) -> Iterator[_Stop]:
        stop = cls()
        if threading.current_thread() is not threading.main_thread():
            yield stop  # a run in a thread leaves signals to its host
            return
        previous = {s: signal.signal(s, stop._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield stop
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


@contextlib.contextmanager
def _writing(what: str, where: Path) -> Iterator[None]:
    """Turn a disk or permission error into a `RunError` that says what, where and why, also in the log."""
    try:
        yield
    except OSError as exc:
        place = exc.filename or where
        message = f"cannot write {what} ({place}): {exc.strerror or exc}"
        log.error(message)
        error = RunError(message)
        error.logged = True  # type: ignore[attr-defined]
        raise error from exc


def _open_no_follow(path: Path, flags: int) -> int:
    """Open a file in the output folder; a symbolic link planted there is an error, never followed."""
    try:
        return os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if path.is_symlink():
            raise RunError(
                f"{path} is a symbolic link: refusing to follow it (remove it and run again)"
            ) from None
        raise RunError(f"cannot open {path}: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _lock(output_dir: Path) -> Iterator[None]:
    """One run per output folder: a second one fails at once with `LockedError`.

    The lock is an ``flock`` on ``.warta.lock``: it ends with the process that holds it, however
    that process ends, and workers never inherit it (spawned, close-on-exec). The file is removed
    when the run ends; a run that opened it just before checks it still is the file on disk.
    """
    import fcntl

    path = output_dir / LOCK
    while True:
        fd = _open_no_follow(path, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise LockedError(
                f"{output_dir} is locked by a running warta ({holder}); try again later"
            ) from None
        mine, on_disk = os.fstat(fd), _stat_or_none(path)
        if on_disk is not None and (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino):
            break
        os.close(fd)  # the previous holder removed it meanwhile: lock the new file instead
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} since {dt.datetime.now().isoformat(timespec='seconds')}\n".encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path, follow_symlinks=False)
    except OSError:
        return None


#: The loggers whose messages go to a run's warta.log: the runner's and the library's.
RUN_LOGGERS = ("warta", "extract")


@contextlib.contextmanager
def _file_log(path: Path) -> Iterator[None]:
    """The run's log file, on warta's own loggers (the host's root logger is left alone)."""
    stream = os.fdopen(_open_no_follow(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT), "a", encoding="utf-8")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    loggers = [logging.getLogger(name) for name in RUN_LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        if lg.getEffectiveLevel() > logging.INFO:
            lg.setLevel(logging.INFO)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
        handler.close()
        stream.close()


@contextlib.contextmanager
def _progress_bar(total: int, enabled: bool | None) -> Iterator[Any]:
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    with tqdm(total=total, unit="article", file=sys.stderr, disable=not show, mininterval=0.2) as bar:
        yield bar


# ---------------------------------------------------------------- command line


def _version() -> str:
    import extract

    return extract.__version__


MODEL_HELP = (
    "NER model folder, or fast (the bundled models/ner-id-fast: faster, a little less accurate); "
    "default: $WARTA_MODEL or the bundled models/ner-id"
)


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
    default_job = "data/raw -> data/processed, incremental" if CHECKOUT else "none (give a command)"
    ap = argparse.ArgumentParser(
        prog="warta",
        parents=[common],
        description=f"Structured records from Indonesian news articles. With no command: {default_job}.",
        epilog="Exit codes: 0 all articles succeeded; 1 the run could not start or finish; 2 usage error; "
        "3 some articles failed (see errors.jsonl); 66 no article in the input; 75 another run holds "
        "the output lock; 130/143 stopped by SIGINT/SIGTERM (finished records kept).",
    )
    ap.add_argument("--version", action="version", version=f"warta {_version()}")
    sub = ap.add_subparsers(dest="command")
    _run_parser(sub, common)
    for name, verb in NER_COMMANDS.items():
        # The NER commands keep their options in extract.ner.train (try `train-ner --help`).
        sub.add_parser(name, add_help=False, help=f"{verb} the NER model (options: {name} --help)")
    # options in extract.ner.persons_train (try `train-persons --help`)
    sub.add_parser(
        "train-persons", add_help=False, help="fit the person decision's weights on annotated news"
    )
    # options in extract.ner.orgs_train (try `train-orgs --help`)
    sub.add_parser(
        "train-orgs", add_help=False, help="fit the organisation decision's weights on annotated news"
    )

    s = sub.add_parser("show", parents=[common], help="one article's record: text, JSON or an HTML page")
    s.add_argument("file", help="one article (*.txt, or *.html with the html extra), or - for stdin")
    form = s.add_mutually_exclusive_group()
    form.add_argument(
        "--json", action="store_true", help="print the record as JSON (one line of records.jsonl)"
    )
    form.add_argument("--html", type=Path, default=None, help="write the record as an HTML page here")
    s.add_argument("--reference-date", default=None, metavar="YYYY-MM-DD")
    s.add_argument("--model", default=None, help=MODEL_HELP)
    s.add_argument("--no-ner", action="store_true")
    return ap


def _run_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    r = sub.add_parser("run", parents=[common], help="extract every article of a folder, a file or stdin")
    r.add_argument(
        "input",
        help="a folder (*.txt searched recursively; *.html with the html extra), a file, or - for stdin",
    )
    where = "data/processed" if CHECKOUT else "./warta-out"
    r.add_argument("--out", type=Path, default=None, help=f"output folder (default: {where})")
    mode = r.add_mutually_exclusive_group()
    mode.add_argument("--force", action="store_true", help="overwrite existing output")
    mode.add_argument(
        "--incremental",
        action="store_true",
        help="process only new or changed articles and update the output in place",
    )
    r.add_argument("--workers", type=int, default=None, help="processes or Dask workers (default: all cores)")
    r.add_argument(
        "--engine", choices=[e.value for e in Engine], default="local", help="where to run (default: local)"
    )
    r.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a local cluster)")
    r.add_argument(
        "--reference-date",
        default=None,
        metavar="YYYY-MM-DD",
        help="anchor for dates without a year when a page has no published date",
    )
    r.add_argument("--model", default=None, help=MODEL_HELP)
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


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; returns the exit code (see the module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "train-persons":
        from extract.article import undecided_persons
        from extract.ner import persons_train

        return persons_train.main(argv[1:], undecided=undecided_persons)
    if argv and argv[0] == "train-orgs":
        from extract.article import undecided_orgs
        from extract.ner import orgs_train

        return orgs_train.main(argv[1:], undecided=undecided_orgs)
    if argv and argv[0] in NER_COMMANDS:
        from extract.ner import train as ner_train

        return ner_train.main([NER_COMMANDS[argv[0]], *argv[1:]], label=_label_article)
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None and DEFAULT_INPUT is None:
        parser.error("no checkout with data/raw beside warta: give a command, e.g. warta run INPUT --out OUT")
    verbose, quiet = getattr(args, "verbose", False), getattr(args, "quiet", False)
    _stderr_log(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)
    try:
        if args.command == "show":
            return _show(args)
        summary = _run_command(args)
    except LockedError as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except Interrupted as exc:
        print("warta: stopped at once; nothing written, the previous output stays", file=sys.stderr)
        return 128 + exc.signum
    except (RunError, ValueError, OSError) as exc:
        if not getattr(exc, "logged", False) or quiet:
            print(f"warta: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if not quiet and not verbose:  # with -v the log already said it
        print(f"warta: {summary.line()}", file=sys.stderr)
    return summary.exit_code


def _label_article(raw: str) -> tuple[str, tuple[Any, ...]]:
    """One article's cleaned text and final entities, NER on: the silver lines of
    `extract.ner.train.silver_sentences` (that package sits below the pipeline)."""
    from extract import extract_article

    record = extract_article(raw)
    return record.text, record.entities


def _run_command(args: argparse.Namespace) -> RunSummary:
    if args.command is None:
        return run(DEFAULT_INPUT, DEFAULT_OUTPUT, incremental=True)
    return run(
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
        max_bytes=_max_bytes(args.max_mb),
        progress=args.progress,
    )


def _max_bytes(megabytes: float) -> int:
    if not (math.isfinite(megabytes) and megabytes > 0):
        raise ValueError(f"--max-mb must be a positive number of megabytes, got {megabytes:g}")
    return max(1, int(megabytes * 1_000_000))


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
    from extract.errors import InputError
    from extract.output.show import render_html, render_text

    name = args.file
    if name == STDIN:
        data, doc_id = sys.stdin.buffer.read(), "stdin"
    else:
        path = Path(name)
        if path.is_dir():
            raise RunError(f"show takes one article; {path} is a folder (warta run {path} does them all)")
        if not path.exists():
            raise RunError(f"article not found: {path}")
        try:
            data, doc_id = _read_regular(path), path.stem
        except InputError as exc:
            raise RunError(f"{path}: {exc}") from None
    raw: str | bytes = html_to_text(data) if Path(name).suffix.lower() in HTML_SUFFIXES else data
    record = extract_article(
        raw,
        doc_id=doc_id,
        source=name,
        reference_date=args.reference_date,
        model=args.model,
        ner=not args.no_ner,
    )
    if args.html is not None:
        args.html.write_text(render_html(record), encoding="utf-8")
        print(f"warta: wrote {args.html}", file=sys.stderr)
    elif args.json:
        print(json.dumps(record.to_dict(), ensure_ascii=False))
    else:
        print(render_text(record), end="")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
