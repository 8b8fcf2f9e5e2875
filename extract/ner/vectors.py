"""A word cache in front of a floret vectors table, for the NER model at run time (issue 18).

spaCy computes a floret word's vector afresh for every batch: in Python, it hashes each of the
word's character n-grams twice and averages their rows. On warta's articles that is about a
sixth of the model's time, spent on the same few thousand words again and again.
`CachedFloretVectors` wraps the loaded table and keeps each word's vector after its first batch,
so the n-grams of a word are hashed once per process. The vectors are the ones spaCy computes
(per word, the same rows averaged in the same order): the model's output does not change.
Everything but `get_batch` is passed to the wrapped table.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

import numpy as np

__all__ = ["CACHE_WORDS", "CachedFloretVectors", "cache_floret_vectors"]

# Words kept (64 floats each: 12.8 MB per process when full). A year of Indonesian news has far
# more distinct words than this, but the few thousand most frequent make most tokens; when the
# cache is full it starts again empty rather than tracking which words are used least.
CACHE_WORDS = 50_000

# One batch at a time fills and reads a cache: a notebook's threads or a Dask worker with several
# threads must not clear or overwrite rows another batch is reading (module level: a cache stays
# copyable and picklable)
_LOCK = threading.Lock()


class CachedFloretVectors:
    """``vectors`` (a floret-mode spaCy ``Vectors``) with a per-word cache on `get_batch`."""

    def __init__(self, vectors: Any, capacity: int = CACHE_WORDS) -> None:
        self._vectors = vectors
        self._capacity = capacity
        self._row: dict[int, int] = {}  # word key (ORTH hash) -> row of _table
        self._table = np.empty((capacity, vectors.shape[1]), dtype=np.float32)

    @property
    def strings(self) -> Any:
        return self._vectors.strings

    @strings.setter
    def strings(self, strings: Any) -> None:  # spaCy's Vocab sets it when the table is assigned
        self._vectors.strings = strings

    @property
    def key2row(self) -> Any:
        """The wrapped table's rows by word key: read twice for every new word spaCy adds to its
        vocabulary (``hasattr`` and the lookup), not through `__getattr__` (eight times dearer)."""
        return self._vectors.key2row

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # our own attributes, before __init__ (copy, pickle): no recursion
            raise AttributeError(name)
        return getattr(self._vectors, name)

    def __getitem__(self, key: Any) -> Any:
        return self._vectors[key]

    def __contains__(self, key: Any) -> bool:
        return key in self._vectors

    def __len__(self) -> int:
        return len(self._vectors)

    def get_batch(self, keys: Iterable[int]) -> Any:
        """The vectors of ``keys`` (ORTH hashes), one row each, as spaCy's ``Vectors.get_batch``."""
        keys = np.asarray(keys, dtype=np.uint64)
        unique, inverse = np.unique(keys, return_inverse=True)
        if not len(unique) or len(unique) > self._capacity:  # spaCy's own answer (no words: zeros)
            return self._vectors.get_batch(keys)
        unique_keys = unique.tolist()
        with _LOCK:
            missing = [key for key in unique_keys if key not in self._row]
            if missing:
                if len(self._row) + len(missing) > self._capacity:
                    self._row.clear()
                    missing = unique_keys
                start = len(self._row)
                self._table[start : start + len(missing)] = self._vectors.get_batch(missing)
                self._row.update((key, start + i) for i, key in enumerate(missing))
            rows = np.fromiter((self._row[k] for k in unique_keys), dtype=np.int64, count=len(unique_keys))
            return self._table[rows[inverse.reshape(-1)]]


def cache_floret_vectors(nlp: Any) -> None:
    """Put a `CachedFloretVectors` in front of ``nlp``'s vectors if they are a floret table."""
    vectors = nlp.vocab.vectors
    if getattr(vectors, "mode", None) == "floret" and vectors.shape[0] > 0:
        nlp.vocab.vectors = CachedFloretVectors(vectors)
