"""Quality gate: per-field F1 floors on the public dev set (../shared/dev), scored by ../shared/eval/score.py.

Raising a floor is progress. Lowering one is an explicit act that needs a reason in the
change's note (trafilatura's eval gate does the same).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import pipeline

from .conftest import SHARED, needs_model, needs_shared

FLOORS = {
    "boilerplate_removed": 0.98,
    "body_kept": 0.99,
    "title": 0.90,
    "published": 0.90,
    "byline": 0.90,
    "dateline_place": 0.90,
    "officials": 0.90,
    "official_titles": 0.90,
    "persons": 0.90,
    "dates": 0.95,
    "prices": 0.95,
    "participants": 0.90,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("dev")
    pipeline.run(SHARED / "dev" / "raw", out, workers=1)
    spec = importlib.util.spec_from_file_location("warta_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows, _ = score.score(SHARED / "dev" / "gold", Path(out) / "records.jsonl")
    assert rows["_docs"]["missing_records"] == 0
    return rows


@needs_shared
@needs_model
@pytest.mark.parametrize("field", sorted(FLOORS))
def test_dev_f1_floor(scores: dict, field: str) -> None:
    assert scores[field]["f1"] >= FLOORS[field], f"{field}: {scores[field]} below the floor {FLOORS[field]}"
