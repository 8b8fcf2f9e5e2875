"""Spans of words in a text, for tests that build records by hand."""

from __future__ import annotations

Span = tuple[int, int]


def span_of(text: str, part: str, start: int = 0) -> Span:
    """The span of ``part`` at its first place in ``text`` from ``start`` on."""
    i = text.index(part, start)
    return (i, i + len(part))


def nth_span(text: str, part: str, n: int = 0) -> Span:
    """The span of the ``n``-th place of ``part`` in ``text`` (0 is the first)."""
    i = -1
    for _ in range(n + 1):
        i = text.index(part, i + 1)
    return (i, i + len(part))
