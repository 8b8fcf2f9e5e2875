"""Whole participant records for tests: spans found in the text, left to right."""

from __future__ import annotations

from extract.records import Participant


def expected_participants(text: str, mentions: list[tuple]) -> list[Participant]:
    """(mention, count, approximate, min, max, who) tuples as records; each mention's span is
    found left to right after the previous one."""
    out, pos = [], 0
    for mention, count, approximate, lo, hi, who in mentions:
        start = text.index(mention, pos)
        pos = start + len(mention)
        out.append(Participant(mention, (start, pos), count, approximate, lo, hi, who))
    return out
