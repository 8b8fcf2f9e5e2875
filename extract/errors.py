"""Exceptions raised by the library; the batch runner turns them into `errors.jsonl` lines."""

from __future__ import annotations


class WartaError(Exception):
    """Base class of every error warta raises on purpose."""


class InputError(WartaError, ValueError):
    """The raw article cannot be read as text (empty, binary, undecodable)."""


class ModelError(WartaError, RuntimeError):
    """The NER model (or an optional backend) is missing or unusable."""


class ArticleTimeout(WartaError, TimeoutError):
    """One article took longer than the per-article time limit."""
