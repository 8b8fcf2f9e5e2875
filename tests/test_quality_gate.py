"""Quality gate: per-field F1 floors on the public dev set (../shared/dev), scored by
../shared/eval/score.py on each of its two slices.

The tune slice (76 articles) is what rules and models were shaped on; the check slice (the 26
named in ../shared/dev/check.txt) never was, so its floors say how the work does on articles
it was not fitted to. Raising a floor is progress. Lowering one is an explicit act that needs
a reason in the change's note (trafilatura's eval gate does the same).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import pipeline
from extract.ner.train import NEWS_TEST_ANNOTATIONS

from .conftest import ROOT, SHARED, load_module, needs_model, needs_shared, score_module

# field: (tune floor, check floor), each a little under what the dev set reaches now. The NER
# model trains on the tune slice's entity lists (GUIDELINES §6 spans, models/ner-id/README.md),
# so for persons, organisations and places only the check floor measures generalisation.
FLOORS = {
    "boilerplate_removed": (0.99, 0.96),
    "body_kept": (0.99, 0.99),
    "title": (0.99, 0.99),
    "published": (0.99, 0.66),
    "byline": (0.99, 0.86),
    "dateline_place": (0.99, 0.92),
    "officials": (0.985, 0.89),
    "official_titles": (0.98, 0.98),
    "persons": (0.985, 0.945),
    "dates": (0.98, 0.94),
    "prices": (0.98, 0.98),
    "participants": (0.95, 0.81),
    # tune 0.965 -> 0.955 (session 32): the learned organisation decision (models/org-decision.md)
    # drops six regional names on the tune slice with no evidence beyond their own words, while
    # it raises the check slice (0.800 -> 0.802) and the unseen news test (0.775 -> 0.797)
    # check 0.795 -> 0.805 (session 33: 0.811, the organisation rounds' body heads)
    # tune 0.955 -> 0.958 (session 35: 0.961, bodies listed with bodies and named after their kind)
    # check 0.805 -> 0.808 (session 36: 0.812, outlets cited after a source frame)
    # check 0.808 -> 0.812 (session 37: 0.816, the organisation decision refitted on its rounds)
    # check 0.812 -> 0.818 (session 40: 0.821, a unit before its parent read whole); tune stays at
    # 0.958, which session 40 reaches exactly (the decision refitted on 1,000 annotated articles)
    "organisations": (0.958, 0.818),
    "places": (0.965, 0.88),
    "quotes": (0.99, 0.96),
}
SLICES = ("tune", "check")

# field: floor on the 160 annotated news-raw test articles (data/annotations/news-raw-test.jsonl,
# `scripts/news_eval.py`): never trained or tuned on, from outlets and beats the dev set lacks
# (science, sport, foreign news), so they say how the work does on news nobody here has read.
NEWS_FLOORS = {
    # 0.838 -> 0.84 (s33: 0.843) -> 0.845 (s34: 0.847) -> 0.848 (s35: 0.849) -> 0.855 (s37: 0.859,
    # the English-word feature of the person decision and the person span rounds) -> 0.86 (s41:
    # 0.863, the person decision's inside_longer_name feature)
    "persons": 0.86,
    # 0.79 -> 0.795 (session 35: 0.798) -> 0.797 (session 36: 0.800) -> 0.8 (session 38: 0.801)
    # -> 0.805 (session 40: 0.807, the organisation decision refitted on 1,000 annotated articles)
    "organisations": 0.805,
    "places": 0.88,  # 0.875 -> 0.878 (session 33: 0.880) -> 0.88 (session 34: 0.883)
    "officials": 0.795,  # 0.79 -> 0.795 (session 35: 0.797)
    "official_titles": 0.98,
    "dates": 0.99,
    "prices": 0.97,
    "participants": 0.59,  # 16 items: one item is 0.05 of F1
}


def slice_gold(tmp: Path) -> dict[str, Path]:
    """The dev gold files split into a tune and a check folder (../shared/dev/check.txt)."""
    check = set((SHARED / "dev" / "check.txt").read_text(encoding="utf-8").split())
    folders = {name: tmp / name for name in SLICES}
    for folder in folders.values():
        folder.mkdir()
    for gold in sorted((SHARED / "dev" / "gold").glob("*.json")):
        shutil.copy(gold, folders["check" if gold.stem in check else "tune"])
    return folders


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("dev")
    pipeline.run(SHARED / "dev" / "raw", out, workers=1)
    score = score_module()
    rows = {}
    for name, gold in slice_gold(tmp_path_factory.mktemp("gold")).items():
        rows[name], _ = score.score(gold, Path(out) / "records.jsonl")
        assert rows[name]["_docs"]["missing_records"] == 0
    return rows


@needs_shared
@needs_model
@pytest.mark.parametrize("piece", SLICES)
@pytest.mark.parametrize("field", sorted(FLOORS))
def test_dev_f1_floor(scores: dict, field: str, piece: str) -> None:
    floor = FLOORS[field][SLICES.index(piece)]
    row = scores[piece].get(field, {"f1": 0.0})
    assert row["f1"] >= floor, f"{field} on the {piece} slice: {row} below the floor {floor}"


@pytest.fixture(scope="module")
def news_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    news_eval = load_module("warta_news_eval", ROOT / "scripts" / "news_eval.py")
    records = tmp_path_factory.mktemp("news") / "records.jsonl"
    groups = news_eval.score_news(SHARED, NEWS_TEST_ANNOTATIONS, records)
    return {field: row for _, rows, _ in groups for field, row in rows.items()}


@needs_shared
@needs_model
@pytest.mark.skipif(
    not (SHARED / "corpora" / "news-raw").is_dir(), reason=f"no news-raw in {SHARED / 'corpora'}"
)
@pytest.mark.parametrize("field", sorted(NEWS_FLOORS))
def test_news_test_f1_floor(news_scores: dict, field: str) -> None:
    row = news_scores.get(field, {"f1": 0.0})
    assert row["f1"] >= NEWS_FLOORS[field], (
        f"{field} on the news test: {row} below the floor {NEWS_FLOORS[field]}"
    )
