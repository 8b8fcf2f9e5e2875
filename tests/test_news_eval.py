"""`scripts/news_eval.py`'s `score_news` on annotation files that hold some lists only: an
article is scored on each group of lists it holds (the fresh set's persons only), and a file
whose articles hold different lists of one group is refused. The corpus, the extraction and the
shared scorer are replaced here, so that only the script's own grouping is run."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ROOT, load_module

_TEXTS = {
    "nr-1": "Wali Kota Metro Wahdi Siradjuddin meninjau Pasar Cendrawasih, Senin (3/8).",
    "nr-2": "Bupati Pesawaran Dendi Ramadhona melepas 248 jemaah haji di Masjid Agung.",
}


def _patched(monkeypatch: pytest.MonkeyPatch, rows: list[dict], seen: list[dict]):
    """The script with `annotated_lines` giving ``rows``, an extraction giving bare records and a
    scorer that keeps the gold files it is given in ``seen`` and scores each of their lists 1.0."""
    import extract
    import extract.ner.train as train

    def score(gold: Path, records: Path) -> tuple[dict, dict]:
        files = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))]
        seen.extend(files)
        fields = {f for doc in files for f in doc if f != "doc_id"}
        return {f: {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0} for f in fields}, {}

    def extract_article(raw: bytes, doc_id: str) -> SimpleNamespace:
        return SimpleNamespace(to_dict=lambda: {"doc_id": doc_id, "text": raw.decode("utf-8")})

    monkeypatch.setattr(
        train, "annotated_lines", lambda corpora, annotations: [(_TEXTS[r["doc_id"]], r) for r in rows]
    )
    monkeypatch.setattr(train, "shared_scorer", lambda shared: SimpleNamespace(score=score))
    monkeypatch.setattr(extract, "extract_article", extract_article)
    return load_module("warta_news_eval_test", ROOT / "scripts" / "news_eval.py")


def test_a_persons_only_file_is_scored_on_persons_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rows = [
        {"doc_id": "nr-1", "persons": ["Wahdi Siradjuddin"]},
        {"doc_id": "nr-2", "persons": ["Dendi Ramadhona"]},
    ]
    seen: list[dict] = []
    out = _patched(monkeypatch, rows, seen).score_news(tmp_path, tmp_path / "a.jsonl", tmp_path / "r.jsonl")
    row = {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert out == [(2, {"persons": row}, {"persons": []}), (0, {}, {})]
    assert seen == rows
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["nr-1", "nr-2"]


def test_a_file_mixing_the_lists_of_a_group_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rows = [
        {"doc_id": "nr-1", "persons": ["Wahdi Siradjuddin"]},
        {"doc_id": "nr-2", "persons": ["Dendi Ramadhona"], "organisations": [], "places": ["Masjid Agung"]},
    ]
    news_eval = _patched(monkeypatch, rows, [])
    with pytest.raises(ValueError, match="nr-2 holds"):
        news_eval.score_news(tmp_path, tmp_path / "a.jsonl", tmp_path / "r.jsonl")
