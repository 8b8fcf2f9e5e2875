#!/usr/bin/env python3
"""Issue 12 item 5, ORG/LOC keep-or-drop: is a learned decision worth shipping? (experiment)

python scripts/entity_keep_cv.py [--shared DIR] [--check]

Runs warta on the tune slice of the dev set, turns each distinct ORG/LOC surface of an article
into a feature vector (label, source: model / grammar / other rules, word count, shouted, digits,
gazetteer region, head kind, common-word share, mentions, sentence-initial, a place preposition
before it) and fits a logistic regression (numpy, L2) in 5-fold cross-validation by article. It
prints organisations and places F1 when every candidate is kept and when candidates under each
threshold are dropped; ``--check`` also fits on the whole tune slice and prints the aggregate F1
on the check slice once (never per-article errors).

Finding (session 3): with the source feature CV on tune gains (ORG 0.903 -> 0.917, LOC 0.940 ->
0.957 at 0.5), but the model was trained on the tune slice's own entity lists, so on tune a
surface the model did not find is almost always wrong; on check the same classifier loses
(ORG 0.731 -> 0.660, LOC 0.839 -> 0.822). Without the source feature it never drops anything
below 0.7. Not shipped.

Session 32: the ORG half is shipped as the organisation decision (`extract.ner.entities.decision`,
``warta train-orgs``, models/org-decision.md), fitted on the 640 annotated news-raw articles
instead of the 76 dev tune articles the NER model was trained on: held-out (5-fold by article)
organisations F1 0.781 -> 0.800, news test 0.775 -> 0.794, dev check 0.800 -> 0.807, dev tune
0.967 -> 0.963 (four local names with no evidence beyond their words).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

THRESHOLDS = (0.3, 0.4, 0.5, 0.6)
FOLDS = 5
PLACE_WORDS = frozenset({"di", "ke", "dari", "kawasan", "wilayah", "daerah", "warga", "asal"})


def _features(text, toks, ents, model_spans, grammar_spans, norm, E):
    """One row per distinct (label, normalised surface) of the article's final ORG/LOC."""
    from extract.text.words import common_words

    by = defaultdict(list)
    for e in ents:
        if e.label != "PER":
            by[(e.label, norm(e.text))].append(e)
    rows = []
    for (label, key), group in by.items():
        e = group[0]
        inside = list(E.tokens_inside(e.span, toks))
        first = inside[0] if inside else None
        head = E.match_head(toks, first) if first is not None else None
        n = len(inside)
        in_model = any(x.span in model_spans for x in group)
        in_grammar = any(x.span in grammar_spans for x in group)
        starts = [E.token_at(x.span[0], toks) for x in group]
        before = [toks[k - 1].low for k in starts if k is not None and k > 0]
        opens = all(k is None or k == 0 or toks[k - 1].text in E.SENTENCE_ENDS for k in starts)
        region = first is not None and E.region_len(toks, first, kecamatan=True) == n
        vec = [
            1.0,
            label == "ORG",
            in_model,
            in_grammar,
            not (in_model or in_grammar),
            n == 1,
            n == 2,
            n >= 3,
            e.text.isupper(),
            any(c.isdigit() for c in e.text),
            region,
            head is not None and head[2] is E.Head.BODY,
            head is not None and head[2] in (E.Head.FACILITY, E.Head.ADMIN),
            sum(toks[k].low in common_words() for k in inside) / max(n, 1),
            min(len(group), 5) / 5,
            opens,
            any(b in PLACE_WORDS for b in before),
        ]
        rows.append((label, key, np.array(vec, dtype=float)))
    return rows


def _collect(gold_dir: Path, raw_dir: Path, norm):
    from extract.article import Annotations, run_stages
    from extract.ner import entities as E

    data = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw = next(raw_dir.glob(gold["doc_id"] + ".*")).read_text(encoding="utf-8")
        a = Annotations(raw=raw)
        model = []
        for stage in run_stages(a, {}):
            if stage.name == "quotes":  # the model's vetted entities, before the entity layer
                model = list(a.entities or [])
        toks = E.tokens(a.text)
        grammar = {e.span for e in E.grammar_entities(a.text, toks)}
        want = {
            "ORG": {norm(x) for x in gold.get("organisations", [])},
            "LOC": {norm(x) for x in gold.get("places", [])},
        }
        rows = _features(a.text, toks, a.entities, {e.span for e in model}, grammar, norm, E)
        data.append((want, [(label, key, vec, key in want[label]) for label, key, vec in rows]))
    return data


def _fit(rows) -> list[float]:
    from extract.learn import fit_logistic

    return fit_logistic([r[2] for r in rows], [r[3] for r in rows])


def _f1(data, keep) -> dict[str, float]:
    out = {}
    for label in ("ORG", "LOC"):
        tp = fp = fn = 0
        for i, (want, rows) in enumerate(data):
            pred = {key for lab, key, vec, _ in rows if lab == label and keep(i, vec)}
            tp += len(pred & want[label])
            fp += len(pred - want[label])
            fn += len(want[label] - pred)
        p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        out[label] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--check", action="store_true", help="also report the check slice's aggregate once")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.shared / "eval"))
    from score import norm

    from extract.learn import cross_validated

    check = set((a.shared / "dev" / "check.txt").read_text(encoding="utf-8").split())
    gold_all = a.shared / "dev" / "gold"
    raw_dir = a.shared / "dev" / "raw"
    tmp = Path(tempfile.mkdtemp())
    for name, keep_check in (("tune", False), ("check", True)):
        (tmp / name).mkdir(parents=True, exist_ok=True)
        for path in gold_all.glob("*.json"):
            if (path.stem in check) == keep_check:
                (tmp / name / path.name).write_bytes(path.read_bytes())
    tune = _collect(tmp / "tune", raw_dir, norm)
    held_out = cross_validated([[(r[2], r[3]) for r in rows] for _, rows in tune], FOLDS)
    prob = {(i, j): p for i, ps in enumerate(held_out) for j, p in enumerate(ps)}
    index = {id(row[2]): (i, j) for i, (_, rows) in enumerate(tune) for j, row in enumerate(rows)}
    print("tune, keep all:", _f1(tune, lambda i, vec: True))
    for t in THRESHOLDS:
        print(
            f"tune, {FOLDS}-fold CV, drop under {t}:",
            _f1(tune, lambda i, vec, t=t: prob[index[id(vec)]] >= t),
        )
    if a.check:
        from extract.learn import logistic

        w = _fit([r for _, rows in tune for r in rows])
        held_out = _collect(tmp / "check", raw_dir, norm)
        print("check, keep all:", _f1(held_out, lambda i, vec: True))
        print("check, drop under 0.5:", _f1(held_out, lambda i, vec: logistic(w, vec) >= 0.5))
    return 0


if __name__ == "__main__":
    sys.exit(main())
