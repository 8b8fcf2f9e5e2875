"""Every data file in extract/resources: a source and licence header, entries loadable, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.resources import declaration, load_lines, load_pairs, load_table

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


@pytest.mark.parametrize("name", FILES)
def test_every_file_declares_its_columns_and_its_rows_fit(name: str) -> None:
    rows = load_table(name)
    assert rows, name
    assert all(len(row) == len(declaration(name).columns) for row in rows), name


def test_typed_columns_are_converted() -> None:
    months = {row.name: row.month for row in load_table("months.txt")}
    assert months["januari"] == 1 and months["desember"] == 12
    assert load_table("weekdays.txt")[0] == ("senin", 1, None)  # an optional column left out
    assert ("about", "kurang lebih") in load_pairs("numbers_qualifiers.txt")


def test_a_row_that_does_not_fit_its_declaration_names_the_file_and_the_row(monkeypatch) -> None:
    import extract.resources as res

    monkeypatch.setattr(res, "_read", lambda name: (["# columns: word min:int max:int"], ["belasan sebelas"]))
    with pytest.raises(ValueError, match=r"bad\.txt: 'belasan sebelas' has 2 of the 3 declared columns"):
        res.load_table.__wrapped__("bad.txt")
    monkeypatch.setattr(res, "_read", lambda name: (["# columns: word min:int"], ["belasan sebelas"]))
    with pytest.raises(ValueError, match=r"bad2\.txt: 'belasan sebelas' does not match"):
        res.load_table.__wrapped__("bad2.txt")


def test_a_file_without_a_declaration_is_an_error(monkeypatch) -> None:
    import extract.resources as res

    monkeypatch.setattr(res, "_read", lambda name: (["# source: x. licence: MIT"], ["kata"]))
    with pytest.raises(ValueError, match="no '# columns:' line"):
        res.declaration.__wrapped__("bad3.txt")
