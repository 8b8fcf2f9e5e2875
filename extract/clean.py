"""Cleaning: boilerplate out, page metadata kept (STUB: replaced by the cleaning work)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError
from .records import Boilerplate, Dateline


@dataclass(frozen=True, slots=True)
class CleanedArticle:
    text: str
    title: str | None = None
    published: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    boilerplate: tuple[Boilerplate, ...] = ()


def decode(data: bytes) -> str:
    if not data.strip():
        raise InputError("empty file")
    return data.decode("utf-8-sig")


def clean(raw: str) -> CleanedArticle:
    return CleanedArticle(text=raw)
