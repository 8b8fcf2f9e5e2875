#!/usr/bin/env python3
"""Score `dateparser.search.search_dates` beside `extract.extract_dates` on the dev set.

    python benchmarks/dateparser_baseline.py [--shared DIR] [--gold-body] [--show-errors]

Both extractors see the same text: the cleaner's body of every ../shared/dev/raw article
(or, with ``--gold-body``, the gold body lines, which isolates the date rules from the
cleaner) and the same published date. ../shared/eval/score.py scores the ``dates`` field
of both record files, so the comparison uses the project's own metric. The baseline is
dateparser's best shot at Indonesian: ``languages=["id"]``, day-first, relative dates
based on the published date when there is one; ``dp-defaults`` is the same call with
dateparser's default settings. Without ../shared the script says so and
exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _baseline(text: str, published: str | None, *, tuned: bool = True) -> list[dict]:
    """dateparser's search_dates as an extractor: every hit is a day (it has no coarser grain)."""
    from dateparser.search import search_dates

    settings: dict = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"} if tuned else {}
    if published and tuned:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(published)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = search_dates(text, languages=["id"], settings=settings) or []
    out, pos = [], 0
    for sub, when in hits:
        start = text.find(sub, pos)
        if start == -1:
            start = text.find(sub)
        pos = max(pos, start + len(sub)) if start != -1 else pos
        span = [start, start + len(sub)] if start != -1 else None
        out.append({"text": sub, "span": span, "value": when.date().isoformat(), "end": None})
    return out


def _ours(text: str, published: str | None) -> list[dict]:
    from extract.dates import extract_dates

    return [
        {"text": d.text, "span": list(d.span), "value": d.value, "end": d.end}
        for d in extract_dates(text, published=published)
    ]


def _articles(shared: Path, gold_body: bool) -> list[tuple[str, str, str | None]]:
    """(doc_id, text, published) for every dev article."""
    out = []
    if gold_body:
        for path in sorted((shared / "dev" / "gold").glob("*.json")):
            g = json.loads(path.read_text(encoding="utf-8"))
            out.append((g["doc_id"], "\n".join(g.get("body", [])), g.get("published")))
        return out
    from extract.clean import clean, decode

    for path in sorted((shared / "dev" / "raw").glob("*.txt")):
        page = clean(decode(path.read_bytes()))
        out.append((path.stem, page.text, page.published))
    return out


def _score(shared: Path, records: Path, show_errors: bool) -> dict:
    cmd = [
        sys.executable,
        str(shared / "eval" / "score.py"),
        str(shared / "dev" / "gold"),
        str(records),
        "--json",
    ]
    if show_errors:
        cmd.append("--show-errors")
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if show_errors:
        for line in done.stderr.splitlines():
            if line.startswith("[dates]"):
                print(f"  {records.stem}: {line}", file=sys.stderr)
    return json.loads(done.stdout)["dates"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--gold-body", action="store_true", help="use the gold body lines, not the cleaner's text"
    )
    ap.add_argument("--show-errors", action="store_true", help="list every date miss (stderr)")
    a = ap.parse_args(argv)
    if not (a.shared / "dev" / "gold").is_dir() or not (a.shared / "eval" / "score.py").is_file():
        print(
            f"skipped: no dev set under {a.shared} (needs dev/gold, dev/raw and eval/score.py)",
            file=sys.stderr,
        )
        return 0

    articles = _articles(a.shared, a.gold_body)
    tmp = Path(tempfile.mkdtemp(prefix="dates-baseline-"))
    rows = {}
    extractors = {
        "warta": _ours,
        "dateparser": _baseline,
        "dp-defaults": lambda text, published: _baseline(text, published, tuned=False),
    }
    for name, fn in extractors.items():
        path = tmp / f"{name}.jsonl"
        fn("Rapat digelar Senin (24/8/2020).", None)  # load data and compile patterns before timing
        t0 = time.perf_counter()
        with path.open("w", encoding="utf-8") as fh:
            for doc_id, text, published in articles:
                rec = {"doc_id": doc_id, "text": text, "published": published, "dates": fn(text, published)}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        ms = (time.perf_counter() - t0) * 1000 / max(1, len(articles))
        rows[name] = (_score(a.shared, path, a.show_errors), ms)

    source = "gold body lines" if a.gold_body else "cleaned raw articles"
    print(f"dates on the dev set ({len(articles)} {source})")
    print(f"{'extractor':12} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn   ms/article")
    for name, (r, ms) in rows.items():
        counts = f"{r['tp']}/{r['fp']}/{r['fn']}"
        print(f"{name:12} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}   {counts:10} {ms:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
