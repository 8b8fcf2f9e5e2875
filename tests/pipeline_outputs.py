"""What a pipeline run wrote, for tests: its records and its errors, one JSON object a line."""

from __future__ import annotations

import json
from pathlib import Path


def output_records(out: Path) -> list[dict]:
    """The records a run wrote in ``out`` (``records.jsonl``)."""
    return [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def output_errors(out: Path) -> list[dict]:
    """The errors a run wrote in ``out`` (``errors.jsonl``)."""
    return [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
