#!/usr/bin/env python3
"""List counts of people that warta leaves out although their sentence speaks of taking part.

python scripts/participants_misses.py FIRST LAST [--corpus FILE.txt.gz]

For news-raw lines FIRST..LAST (one article per line, read at run time and never copied) the
script cleans each article and prints every count that `extract.participants.unreported_counts`
gives (a candidate count whose head names people: a lexicon noun, an agent noun or any noun the
lexicon lacks, that the extractor does not report, neither the mention nor another mention of
the same number, in a sentence that holds a participation word of participants_cues.txt: cue,
event, subject, object or bring) with its sentence. A person reads the lines as an
annotator (GUIDELINES §5) to find the kinds of misses: most lines are rightly left out
(recipients, staff, targets, statistics), the rest are the misses to tally.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CONTEXT = 220  # characters of the sentence shown before the count


def _misses(text: str) -> list[str]:
    from extract.participants import unreported_counts

    out = []
    for (start, end), kind, (s, e) in unreported_counts(text):
        before = text[max(s, start - _CONTEXT) : start]
        after = text[end : min(e, end + _CONTEXT // 2)]
        line = f"[{text[start:end]}|{kind.name}] {before}<<{text[start:end]}>>{after}"
        out.append(line.replace("\n", " "))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz")
    a = ap.parse_args(argv)

    from extract.article import page_of

    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if i > a.last:
                break
            if i >= a.first:
                for miss in _misses(page_of(line.rstrip("\n")).text):
                    print(f"L{i} {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
