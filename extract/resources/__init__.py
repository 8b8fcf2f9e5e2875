"""Language data (word lists, markers) as plain files; see `load_lines`."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """The entries of ``extract/resources/<name>``: one per line, ``#`` starts a comment.

    Every data file starts with a ``# source: … licence: …`` header. Blank lines and
    comments are skipped; entries keep their case and inner spaces.
    """
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        entry = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def load_pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The entries of a ``kind | phrase`` data file as ``(kind, phrase)`` pairs, both stripped."""
    pairs = []
    for entry in load_lines(name):
        kind, sep, phrase = entry.partition("|")
        if not sep:
            raise ValueError(f"{name}: expected 'kind | phrase', got {entry!r}")
        pairs.append((kind.strip(), phrase.strip()))
    return tuple(pairs)
