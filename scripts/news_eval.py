#!/usr/bin/env python3
"""Score the library on annotated news-raw articles: entities, and officials, dates, prices, counts.

python scripts/news_eval.py [--annotations JSONL] [--show-errors] [--out records.jsonl] [--shared DIR]

The articles of ``data/annotations/news-raw-test.jsonl`` (never trained or tuned on; see
data/annotations/README.md) are read from ``../shared/corpora/news-raw``, extracted, and scored by
``../shared/eval/score.py`` against gold files holding their annotated lists. Every article lists
persons, organisations and places; the articles that also list officials, dates, prices and
participant counts are scored on those in a second table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (lists an annotated article holds, the scorer's rows they are scored by)
GROUPS = (
    (("persons", "organisations", "places"), ("persons", "organisations", "places")),
    (
        ("officials", "dates", "prices", "participants"),
        ("officials", "official_titles", "dates", "prices", "participants"),
    ),
)


def main(argv: list[str] | None = None) -> int:
    from extract.ner.train import NEWS_TEST_ANNOTATIONS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--annotations", type=Path, default=NEWS_TEST_ANNOTATIONS)
    ap.add_argument("--show-errors", action="store_true", help="list every miss and spurious item")
    ap.add_argument("--out", type=Path, help="keep the records here")
    a = ap.parse_args(argv)

    from extract import extract_article
    from extract.ner.train import annotated_lines

    work = Path(tempfile.mkdtemp())
    out = a.out or work / "records.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    gold = [work / f"gold{i}" for i in range(len(GROUPS))]
    for folder in gold:
        folder.mkdir()
    with out.open("w", encoding="utf-8") as fh:
        for raw, row in annotated_lines(a.shared / "corpora", a.annotations):
            rec = extract_article(raw.encode("utf-8"), doc_id=row["doc_id"])
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            for folder, (lists, _) in zip(gold, GROUPS, strict=True):
                if all(f in row for f in lists):
                    kept = {"doc_id": row["doc_id"], **{f: row[f] for f in lists}}
                    text = json.dumps(kept, ensure_ascii=False)
                    (folder / f"{row['doc_id']}.json").write_text(text, encoding="utf-8")
    rc = 0
    for folder, (_, rows) in zip(gold, GROUPS, strict=True):
        n = len(list(folder.glob("*.json")))
        if not n:
            continue
        cmd = [sys.executable, str(a.shared / "eval" / "score.py"), str(folder), str(out)]
        cmd += ["--show-errors"] if a.show_errors else []
        res = subprocess.run(cmd, capture_output=True, text=True)
        rc = rc or res.returncode
        # the gold files hold only this group's lists: the scorer's other rows mean nothing here
        print(f"{n} articles")
        for line in res.stdout.splitlines():
            if line.split()[:1] in (["field"], *([f] for f in rows)):
                print(line)
        for line in res.stderr.splitlines():
            if line.startswith(tuple(f"[{f}]" for f in rows)) or not line.startswith("["):
                print(line, file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
