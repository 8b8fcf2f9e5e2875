"""Prices (STUB: replaced by the money work)."""

from __future__ import annotations

from .records import Price


def extract_prices(text: str) -> list[Price]:
    return []
