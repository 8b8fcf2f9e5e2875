#!/usr/bin/env python3
"""List the words that warta's records over unlabelled news hold in bodies' names, not persons'.

python scripts/derive_body_words.py RECORDS.jsonl [--min N] [--ratio R]

The model reads some bodies, clubs and products as persons in one article (`Inter Milan`,
`Ducati`, `Manchester City`, `Apple`) and as bodies in many others. The script counts, over
warta's records of news-raw (one jsonl record per article, its `entities`), in how many ORG
entities and in how many PER entities each capitalised word stands, and prints the words held in
ORG entities at least `--min` times and `--ratio` times as often as in PER entities, given names,
ambiguous names and name particles left out, for `extract/resources/names_body_words_derived.txt`.
Only words are printed, never article text.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def count(records: Path) -> tuple[collections.Counter, collections.Counter]:
    """ORG and PER entities holding each word (once per entity)."""
    org: collections.Counter = collections.Counter()
    per: collections.Counter = collections.Counter()
    with records.open(encoding="utf-8") as f:
        for line in f:
            for e in json.loads(line).get("entities") or []:
                into = {"ORG": org, "PER": per}.get(e["label"])
                if into is not None:
                    into.update(set(e["text"].split()))
    return org, per


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", type=Path, help="warta's records over news-raw (jsonl)")
    ap.add_argument("--min", type=int, default=10, help="least number of ORG entities holding the word")
    ap.add_argument("--ratio", type=float, default=3.0, help="least ORG to PER ratio")
    a = ap.parse_args(argv)

    from extract.text.words import WordClass, word_class

    org, per = count(a.records)
    names = (WordClass.GIV, WordClass.AMB, WordClass.PART)
    for w in sorted(org):
        if len(w) < 3 or not (w[:1].isupper() and w[1:].islower() and w.isalpha()):
            continue
        if org[w] >= a.min and org[w] >= a.ratio * per[w] and word_class(w) not in names:
            print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
