"""Date records for tests: one mention as `extract_dates` gives it."""

from __future__ import annotations

from extract.records import DateMention


def D(text: str, span: tuple[int, int], value: str, end: str | None = None) -> DateMention:
    return DateMention(text=text, span=span, value=value, end=end)
