#!/usr/bin/env python3
"""Count, over warta's records of unlabelled news, how the corpus writes the words and names of persons.

python scripts/derive_person_counts.py RECORDS.jsonl > extract/resources/people_counts_derived.txt

Three counts, each in how many articles (once per article), for the person decision
(`extract.people.decision`): ``low`` a word written all in lowercase (`domino`, `meja`: a common
word, so a capitalised one is rarely a name), ``per`` a name (lowercase) among the record's
persons, ``other`` a name written as the whole text of an ORG or LOC entity. Lowercase words
written in at least `LOW_MIN` articles and names in at least `NAME_MIN` are printed. The
annotated news-raw articles (`data/annotations/*.jsonl`: the decision's training and test
articles) are left out, so a fitted weight never reads its own article's count. Only words and
names with counts are printed, never article text.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Least articles writing a word in lowercase (a word written once is no evidence).
LOW_MIN = 3
#: Least articles holding a name as a person or as a body or place.
NAME_MIN = 2
HEADER = (
    "# source: derived by scripts/derive_person_counts.py (warta) from warta's records over news-raw "
    "news-000 (counts only, no text copied; the annotated articles of data/annotations left out). "
    "licence: MIT\n"
    "# columns: kind count:int word\n"
    "# kind `low`: articles writing the word all in lowercase; `per`: articles holding the name (lowercase) "
    "as a person; `other`: articles holding it as a whole ORG or LOC entity. "
    "Read by extract.people.corpus (the person decision, a body's word before a name).\n"
)


def count(records: Path, skip: set[str]) -> dict[str, collections.Counter]:
    """The three counters over the records whose doc_id is not in ``skip``."""
    from extract.text.patterns import LazyPattern

    word = LazyPattern(r"(?<![\w-])[^\W\d_]+(?![\w-])").get()
    out = {k: collections.Counter() for k in ("low", "per", "other")}
    with records.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["doc_id"] in skip:
                continue
            out["low"].update({w for w in word.findall(r.get("text") or "") if w.islower()})
            out["per"].update({p["name"].lower() for p in r.get("persons") or []})
            out["other"].update({e["text"].lower() for e in r.get("entities") or [] if e["label"] != "PER"})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", type=Path, help="warta's records over news-raw (jsonl)")
    a = ap.parse_args(argv)
    skip = set()
    for path in sorted((ROOT / "data" / "annotations").glob("*.jsonl")):
        skip |= {json.loads(line)["doc_id"] for line in path.open(encoding="utf-8")}
    counts = count(a.records, skip)
    sys.stdout.write(HEADER)
    for kind, least in (("low", LOW_MIN), ("per", NAME_MIN), ("other", NAME_MIN)):
        for w, n in sorted(counts[kind].items()):
            if n >= least and w.strip() and "\n" not in w:
                sys.stdout.write(f"{kind} {n} {' '.join(w.split())}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
