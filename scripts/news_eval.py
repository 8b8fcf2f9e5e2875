#!/usr/bin/env python3
"""Score the library's persons, organisations and places on annotated news-raw articles.

python scripts/news_eval.py [--annotations JSONL] [--show-errors] [--out records.jsonl] [--shared DIR]

The articles of ``data/annotations/news-raw-test.jsonl`` (never trained on; see
data/annotations/README.md) are read from ``../shared/corpora/news-raw``, extracted, and scored by
``../shared/eval/score.py`` against gold files holding their three annotated lists.
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

FIELDS = ("persons", "organisations", "places")


def main(argv: list[str] | None = None) -> int:
    from extract.ner.train import NEWS_TEST_ANNOTATIONS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--annotations", type=Path, default=NEWS_TEST_ANNOTATIONS)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--out", type=Path, help="keep the records here")
    a = ap.parse_args(argv)

    from extract import extract_article
    from extract.ner.train import annotated_lines

    work = Path(tempfile.mkdtemp())
    out = a.out or work / "records.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    gold = work / "gold"
    gold.mkdir()
    with out.open("w", encoding="utf-8") as fh:
        for raw, row in annotated_lines(a.shared / "corpora", a.annotations):
            rec = extract_article(raw.encode("utf-8"), doc_id=row["doc_id"])
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
            lists = {"doc_id": row["doc_id"], **{f: row[f] for f in FIELDS}}
            text = json.dumps(lists, ensure_ascii=False)
            (gold / f"{row['doc_id']}.json").write_text(text, encoding="utf-8")
    cmd = [sys.executable, str(a.shared / "eval" / "score.py"), str(gold), str(out)]
    res = subprocess.run(cmd + (["--show-errors"] if a.show_errors else []), capture_output=True, text=True)
    # the gold files list only the three entity fields: the scorer's other rows mean nothing here
    for line in res.stdout.splitlines():
        if a.show_errors or line.split()[:1] in (["field"], *([f] for f in FIELDS)):
            print(line)
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
