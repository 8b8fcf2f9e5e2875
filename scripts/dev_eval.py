#!/usr/bin/env python3
"""Score the library on the dev set: extract every ../shared/dev/raw article and run eval/score.py.

python scripts/dev_eval.py [--no-ner] [--show-errors] [--out records.jsonl] [--shared DIR]
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--no-ner", action="store_true", help="skip the NER model")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--out", type=Path, help="keep the records here")
    a = ap.parse_args(argv)

    from extract import extract_article

    out = a.out or Path(tempfile.mkdtemp()) / "records.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted((a.shared / "dev" / "raw").glob("*.txt")):
            rec = extract_article(path.read_bytes(), doc_id=path.stem, source=str(path), ner=not a.no_ner)
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(a.shared / "eval" / "score.py"), str(a.shared / "dev" / "gold"), str(out)]
    return subprocess.call(cmd + (["--show-errors"] if a.show_errors else []))


if __name__ == "__main__":
    sys.exit(main())
