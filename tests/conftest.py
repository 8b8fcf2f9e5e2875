"""Shared fixtures: where ../shared is, the sample articles, the NER model (loaded once)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# the shared test helpers assert too: their failures show both sides like a test's own
pytest.register_assert_rewrite("tests.entity_records", "tests.official_records", "tests.person_records")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
RAW = ROOT / "data" / "raw"
MODEL = ROOT / "models" / "ner-id"

needs_shared = pytest.mark.skipif(
    not (SHARED / "dev" / "gold").is_dir(),
    reason=f"needs the shared dev set beside the project ({SHARED}); absent on a fresh checkout",
)
needs_model = pytest.mark.skipif(
    not (MODEL / "meta.json").is_file(),
    reason=f"needs the trained NER model in {MODEL} (python pipeline.py train-ner)",
)


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    """The five sample articles shipped in data/raw."""
    return sorted(RAW.glob("*.txt"))


@pytest.fixture(scope="session")
def schema() -> dict:
    """The output contract: the spec's schema when ../shared is here, else the one the package ships."""
    import json

    for path in (SHARED / "spec" / "record.schema.json", ROOT / "extract" / "record.schema.json"):
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    pytest.skip("no record schema found")


def load_module(name: str, path: Path):
    """A script that is no package (the scorer, the soak's /proc readers), imported from its path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_module():
    """../shared/eval/score.py, imported from its path (it is no package)."""
    return load_module("warta_score", SHARED / "eval" / "score.py")
