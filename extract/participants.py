"""Participants (STUB: replaced by the money-and-counts work)."""

from __future__ import annotations

from .records import Participant


def extract_participants(text: str) -> list[Participant]:
    return []
