"""Dates (STUB: replaced by the dates work)."""

from __future__ import annotations

import datetime as dt

from .records import DateMention


def extract_dates(
    text: str, *, published: str | None = None, reference_date: dt.date | None = None
) -> list[DateMention]:
    return []
