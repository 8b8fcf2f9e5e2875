#!/usr/bin/env python3
"""Count, over warta's records of unlabelled news, how the corpus writes the words and names of persons.

The chain that rebuilds extract/resources/people_counts_derived.txt (from the checkout's root):

    python scripts/derive_person_counts.py --extract ../shared/corpora/news-raw/news-000.txt.gz \
        --records /tmp/nr_undecided.jsonl > extract/resources/people_counts_derived.txt

``--extract`` runs warta (`extract.extract_article`, doc_id ``nrNNNNN`` = the line index, two
processes) over every line of the news file with the person and organisation decisions off
(`WARTA_PERSON_WEIGHTS=none`, `WARTA_ORG_WEIGHTS=none`: `extract.people.decision.WEIGHTS_ENV`,
`extract.ner.entities.decision.WEIGHTS_ENV`), so the ``per`` and ``other`` counts are the rules'
persons and entities before the decisions and their own drops never feed back into them;
``--records`` keeps those records (given without ``--extract``: counts records already made so).
The shipped file: records of commit 7e15446b (session 31, before the organisation decision),
then ``warta train-persons`` refits the weights on it (models/person-decision.md), and
``warta train-orgs`` the organisation decision's (models/org-decision.md).

Three counts, each in how many articles (once per article), for the person decision
(`extract.people.decision`): ``low`` a word written all in lowercase (`domino`, `meja`: a common
word, so a capitalised one is rarely a name), ``per`` a name (lowercase) among the record's
persons, ``other`` a name written as the whole text of an ORG or LOC entity. Lowercase words
written in at least `LOW_MIN` articles and names in at least `NAME_MIN` are printed. The
annotated news-raw articles (`data/annotations/*.jsonl`: the decision's training and test
articles) and every near-duplicate of one on another line (`near_duplicates`) are left out, so a
fitted weight never reads its own article's count. Only words and names with counts are
printed, never article text.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Least articles writing a word in lowercase (a word written once is no evidence).
LOW_MIN = 3
#: Least articles holding a name as a person or as a body or place.
NAME_MIN = 2
#: Processes extracting the records (`--extract`).
WORKERS = 2
#: A near-duplicate holds at least `PROBE_HITS` of the annotated text's probes: `PROBE_CHARS`
#: characters of its normalised text at each of `PROBE_AT`, for a text longer than `PROBE_MIN`
#: (a shorter one is too short to tell a copy from a shared boilerplate line).
PROBE_AT = (0.3, 0.5, 0.7)
PROBE_CHARS = 80
PROBE_HITS = 2
PROBE_MIN = 400
HEADER = (
    "# source: derived by scripts/derive_person_counts.py (warta) from warta's records over news-raw "
    "news-000 with the person decision off (counts only, no text copied; the annotated articles of "
    "data/annotations and their near-duplicates left out). "
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


def _extract_range(news: str, start: int, end: int, out: str) -> None:
    """Records of the news lines ``start``..``end - 1`` with the person and organisation decisions
    off, to ``out``."""
    os.environ["WARTA_PERSON_WEIGHTS"] = "none"  # extract.people.decision.WEIGHTS_ENV
    os.environ["WARTA_ORG_WEIGHTS"] = "none"  # extract.ner.entities.decision.WEIGHTS_ENV
    from extract import extract_article

    lines = _lines(Path(news))
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(start, min(end, len(lines))):
            rec = extract_article(lines[i].encode("utf-8"), doc_id=f"nr{i:05d}")
            fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")


def extract_records(news: Path, records: Path) -> None:
    """warta's records of every line of ``news`` (`_extract_range`, `WORKERS` processes) to ``records``."""
    n = len(_lines(news))
    step = -(-n // WORKERS)
    parts = [records.with_suffix(f".part{k}") for k in range(WORKERS)]
    with ProcessPoolExecutor(WORKERS) as pool:
        jobs = [
            pool.submit(_extract_range, str(news), k * step, (k + 1) * step, str(p))
            for k, p in enumerate(parts)
        ]
        for job in jobs:
            job.result()
    with records.open("w", encoding="utf-8") as fh:
        for p in parts:
            fh.write(p.read_text(encoding="utf-8"))
            p.unlink()


def _lines(news: Path) -> list[str]:
    return gzip.open(news, "rt", encoding="utf-8").read().splitlines()


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower())


def near_duplicates(lines: list[str], annotated: set[int]) -> set[int]:
    """The lines, not annotated, that hold `PROBE_HITS` of an annotated line's probes (a copy of
    that article, a reprint or an update)."""
    texts = [_norm(t) for t in lines]
    out = set()
    for i in sorted(annotated):
        t = texts[i] if i < len(texts) else ""
        if len(t) <= PROBE_MIN:
            continue
        probes = [t[int(len(t) * f) : int(len(t) * f) + PROBE_CHARS] for f in PROBE_AT]
        out |= {
            j for j, b in enumerate(texts) if j not in annotated and sum(p in b for p in probes) >= PROBE_HITS
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, required=True, help="warta's records over news-raw (jsonl)")
    ap.add_argument("--extract", type=Path, default=None, help="the news file: make --records first")
    ap.add_argument(
        "--news", type=Path, default=None, help="the news file (default: --extract's) for near-duplicates"
    )
    a = ap.parse_args(argv)
    if a.extract is not None:
        extract_records(a.extract, a.records)
    news = a.news or a.extract
    annotated: set[int] = set()
    for path in sorted((ROOT / "data" / "annotations").glob("*.jsonl")):
        annotated |= {json.loads(line)["line"] for line in path.open(encoding="utf-8")}
    dups = near_duplicates(_lines(news), annotated) if news is not None else set()
    print(f"left out: {len(annotated)} annotated lines, {len(dups)} near-duplicates", file=sys.stderr)
    counts = count(a.records, {f"nr{i:05d}" for i in annotated | dups})
    sys.stdout.write(HEADER)
    for kind, least in (("low", LOW_MIN), ("per", NAME_MIN), ("other", NAME_MIN)):
        for w, n in sorted(counts[kind].items()):
            if n >= least and w.strip() and "\n" not in w:
                sys.stdout.write(f"{kind} {n} {' '.join(w.split())}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
