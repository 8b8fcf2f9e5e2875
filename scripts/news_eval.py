#!/usr/bin/env python3
"""Score the library on annotated news-raw articles: entities, and officials, dates, prices, counts.

python scripts/news_eval.py [--annotations JSONL] [--show-errors] [--out records.jsonl] [--shared DIR]

The articles of ``data/annotations/news-raw-test.jsonl`` (never trained or tuned on; see
data/annotations/README.md) are read from ``../shared/corpora/news-raw`` (or ``$WARTA_SHARED``),
extracted, and scored by ``../shared/eval/score.py`` against gold files holding their annotated
lists: entities in one table (the test and training files list persons, organisations and places;
``data/annotations/news-raw-fresh.jsonl`` persons only), officials, dates, prices and participant
counts in a second, for the articles that list them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Lists annotated together: an article is scored on each group whose lists it holds (the fresh
#: set holds `persons` of the first group only).
GROUPS = (("persons", "organisations", "places"), ("officials", "dates", "prices", "participants"))
#: The scorer's rows of a list, where they are not the list's own name.
ROWS = {"officials": ("officials", "official_titles")}


def score_news(shared: Path, annotations: Path, records: Path) -> list[tuple[int, dict, dict]]:
    """Extract the annotated articles into ``records`` and score them, one result per `GROUPS` entry.

    Each result is (articles scored, the scorer's rows, its errors), both keyed by the rows of the
    group's lists that its articles hold; a group no article holds gives no rows and empty error
    lists. Raises ValueError where two articles hold different lists of one group (the scorer
    would read a missing list as an empty one).
    """
    from extract import extract_article
    from extract.ner.train import annotated_lines, shared_scorer

    with tempfile.TemporaryDirectory(prefix="warta-news-gold-") as work:
        gold = [Path(work) / f"gold{i}" for i in range(len(GROUPS))]
        held: list[tuple[str, ...] | None] = [None] * len(GROUPS)
        for folder in gold:
            folder.mkdir()
        with records.open("w", encoding="utf-8") as fh:
            for raw, row in annotated_lines(shared / "corpora", annotations):
                rec = extract_article(raw.encode("utf-8"), doc_id=row["doc_id"])
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
                for i, lists in enumerate(GROUPS):
                    held_lists = tuple(f for f in lists if f in row)
                    if not held_lists:
                        continue
                    if held[i] not in (None, held_lists):
                        raise ValueError(
                            f"{annotations}: {row['doc_id']} holds {held_lists}, others {held[i]}"
                        )
                    held[i] = held_lists
                    kept = {"doc_id": row["doc_id"], **{f: row[f] for f in held_lists}}
                    text = json.dumps(kept, ensure_ascii=False)
                    (gold[i] / f"{row['doc_id']}.json").write_text(text, encoding="utf-8")
        score = shared_scorer(shared).score
        out = []
        for folder, lists in zip(gold, held, strict=True):
            fields = [r for f in lists or () for r in ROWS.get(f, (f,))]
            n = len(list(folder.glob("*.json")))
            # the gold files hold only this group's lists: the scorer's other rows mean nothing here
            rows, errors = score(folder, records) if n else ({}, {})
            out.append((n, {f: rows[f] for f in fields if f in rows}, {f: errors.get(f, []) for f in fields}))
    return out


def main(argv: list[str] | None = None) -> int:
    from extract.ner.train import NEWS_TEST_ANNOTATIONS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
    )
    ap.add_argument("--annotations", type=Path, default=NEWS_TEST_ANNOTATIONS)
    ap.add_argument("--show-errors", action="store_true", help="list every miss and spurious item")
    ap.add_argument("--out", type=Path, help="keep the records here")
    a = ap.parse_args(argv)

    out = a.out or Path(tempfile.mkdtemp()) / "records.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    for n, rows, errors in score_news(a.shared, a.annotations, out):
        if not n:
            continue
        print(f"{n} articles")
        print(f"{'field':22} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
        for f, r in rows.items():
            tally = "/".join(f"{r[k]:.0f}" for k in ("tp", "fp", "fn"))
            print(f"{f:22} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}   {tally}")
        if a.show_errors:
            for f, errs in errors.items():
                for e in errs:
                    print(f"[{f}] {e}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
