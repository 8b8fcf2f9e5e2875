"""Every data file in extract/resources: a source and licence header, entries loadable, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.resources import load_lines

RESOURCES = Path(__file__).resolve().parents[2] / "extract" / "resources"
FILES = sorted(p.name for p in RESOURCES.glob("*.txt"))


def test_there_are_data_files() -> None:
    assert len(FILES) > 30


@pytest.mark.parametrize("name", FILES)
def test_header_names_source_and_licence(name: str) -> None:
    first = (RESOURCES / name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# source:") and "licence:" in first, name


@pytest.mark.parametrize("name", FILES)
def test_entries_are_unique_and_trimmed(name: str) -> None:
    entries = load_lines(name)
    assert entries, name
    duplicates = sorted({e for e in entries if entries.count(e) > 1})
    assert not duplicates, f"{name}: {duplicates[:10]}"
    assert all(e == e.strip() for e in entries), name
