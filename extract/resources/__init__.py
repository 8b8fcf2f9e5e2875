"""Language data (word lists, markers, lexicons) as plain files, read by one typed reader.

Every data file starts with a ``# source: … licence: …`` header and declares its columns in
a ``# columns:`` line; `load_table` reads every file through that declaration:

- ``# columns: word``: one entry a line (the whole line, inner spaces kept);
- ``# columns: name month:int kind``: columns separated by whitespace, the last one taking
  the rest of the line; ``:int`` converts a column, a trailing ``?`` makes it optional;
- ``# columns: kind | phrase``: columns separated by ``|``.

Blank lines and comments (``#`` at the start of a line, or after a space) are skipped.
"""

from __future__ import annotations

from collections import namedtuple
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

_CONVERTERS = {"str": str, "int": int}


class Column(NamedTuple):
    """One declared column: its name, its converter and whether a row may omit it."""

    name: str
    convert: Any
    optional: bool


class Declaration(NamedTuple):
    """A file's declared columns and how a line splits into them."""

    columns: tuple[Column, ...]
    pipe: bool  # columns separated by `|` (else whitespace, the last column taking the rest)


def _read(name: str) -> tuple[list[str], list[str]]:
    """The file's comment lines and its entries (comments and blank lines removed)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    comments, entries = [], []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            comments.append(line.strip())
            continue
        entry = line.split(" #", 1)[0].strip()
        if entry:
            entries.append(entry)
    return comments, entries


def _column(spec: str, name: str) -> Column:
    optional = spec.endswith("?")
    col, _, kind = spec.rstrip("?").partition(":")
    if kind and kind not in _CONVERTERS:
        raise ValueError(f"{name}: column {spec!r} has unknown type {kind!r}; allowed: {sorted(_CONVERTERS)}")
    return Column(col, _CONVERTERS[kind or "str"], optional)


@cache
def declaration(name: str) -> Declaration:
    """The ``# columns:`` declaration of ``extract/resources/<name>``.

    Raises:
        ValueError: the file declares no columns, or a column of an unknown type.
    """
    comments, _ = _read(name)
    for line in comments:
        if line.lower().startswith("# columns:"):
            spec = line.split(":", 1)[1].strip()
            pipe = "|" in spec
            parts = [p.strip() for p in spec.split("|")] if pipe else spec.split()
            return Declaration(tuple(_column(p, name) for p in parts), pipe)
    raise ValueError(f"{name}: no '# columns:' line declares the file's columns")


def _split(entry: str, decl: Declaration) -> list[str]:
    n = len(decl.columns)
    if decl.pipe:
        return [p.strip() for p in entry.split("|", n - 1)]
    return entry.split(None, n - 1) if n > 1 else [entry]


@cache
def load_table(name: str) -> tuple[tuple, ...]:
    """The rows of ``extract/resources/<name>`` as named tuples typed by its declaration.

    >>> load_table("numbers_vague.txt")[0]
    Row(word='belasan', min=11, max=19)

    Raises:
        ValueError: a row has too few columns or a value of the wrong type.
    """
    decl = declaration(name)
    row_type = namedtuple("Row", [c.name for c in decl.columns])
    required = sum(not c.optional for c in decl.columns)
    rows = []
    for entry in _read(name)[1]:
        parts = _split(entry, decl)
        if len(parts) < required:
            raise ValueError(f"{name}: {entry!r} has {len(parts)} of the {required} declared columns")
        parts += [None] * (len(decl.columns) - len(parts))
        try:
            values = [None if v is None else c.convert(v) for c, v in zip(decl.columns, parts, strict=True)]
        except ValueError:
            raise ValueError(f"{name}: {entry!r} does not match the columns {decl.columns}") from None
        rows.append(row_type(*values))
    return tuple(rows)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """The entries of a data file, each line as written (case and inner spaces kept).

    The rows are checked against the file's declaration first (`load_table`).
    """
    load_table(name)
    return tuple(_read(name)[1])


def load_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The rows of a two-column ``kind | phrase`` data file as ``(kind, phrase)`` pairs."""
    return tuple((row[0], row[1]) for row in load_table(name))
