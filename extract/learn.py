"""A small L2-regularised logistic regression: fitted with numpy, applied in plain Python.

Fitting (`fit_logistic`, `cross_validated`) reads numpy, which spaCy brings; applying
(`logistic`) needs nothing, so a stage that weighs a feature vector at run time imports no
numerical library; `load_weights` finds and checks a fitted weights file. Used by the person
decision (`extract.people.decision`, ``warta train-persons``), the organisation decision
(`extract.ner.entities.decision`, ``warta train-orgs``) and the ORG/LOC keep-or-drop experiment
(`scripts/entity_keep_cv.py`).
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Gradient steps, step size and L2 weight of the fit (the features are in [0, 1]: these converge).
STEPS = 2000
RATE = 0.5
L2 = 1.0


def logistic(coef: Sequence[float], vec: Sequence[float]) -> float:
    """The probability ``1 / (1 + e^-(coef · vec))``."""
    z = sum(c * v for c, v in zip(coef, vec, strict=True))
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def fit_logistic(
    x: Sequence[Sequence[float]], y: Sequence[bool], *, l2: float = L2, width: int | None = None
) -> list[float]:
    """The coefficients of an L2 logistic regression of ``y`` on the rows ``x`` (the first column
    the intercept, regularised as the others), by full-batch gradient descent; no rows: ``width``
    zeros (every probability one half)."""
    import numpy as np

    if not len(x):
        return [0.0] * (width or 0)

    xa = np.array(x, dtype=float)
    ya = np.array(y, dtype=float)
    w = np.zeros(xa.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-xa @ w))
        w -= RATE * (xa.T @ (p - ya) + l2 * w) / max(len(ya), 1)
    return [float(c) for c in w]


def folds_of(n: int, k: int, seed: int = 0) -> list[list[int]]:
    """``k`` folds of the indices ``0..n-1``, shuffled with ``seed``."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def cross_validated(
    groups: Sequence[Sequence[tuple[Sequence[float], bool]]], k: int, *, seed: int = 0, **fit: Any
) -> list[list[float]]:
    """The held-out probability of every row, the rows grouped (by article): each group's rows
    are weighed by coefficients fitted on the other folds' groups only (the folds shuffled with
    ``seed``)."""
    out: list[list[float]] = [[] for _ in groups]
    width = next((len(r[0]) for g in groups for r in g), 0)
    for fold in folds_of(len(groups), k, seed):
        held = set(fold)
        rows = [r for i, g in enumerate(groups) if i not in held for r in g]
        coef = fit_logistic([r[0] for r in rows], [r[1] for r in rows], width=width, **fit)
        for i in fold:
            out[i] = [logistic(coef, r[0]) for r in groups[i]]
    return out


#: The shared scales of a decision's features (`extract.people.decision`,
#: `extract.ner.entities.decision`): mentions counted at most (a name written five times is as
#: sure as one written twenty); a word shorter than this is not looked up in lowercase (`di`,
#: `AS`); articles writing a word in lowercase at which the corpus feature saturates (10^3: any
#: common word).
MENTIONS_CAP = 5
LOWER_MIN = 3
LOW_DECADES = 3
#: The probability (or a vouched name) that makes a name sure enough to keep the names listed
#: beside it: at the person decision's fitted threshold a thing listed beside a weak name would
#: stay as often as a person (news-raw, session 31: 14 persons and 14 things kept again).
SURE = 0.8


def weights_places(checkout: Path, name: str) -> tuple[Path, Path]:
    """Where a decision's weights file ``name`` is looked for: the checkout's models/ (``checkout``:
    the file `warta train-…` writes), else a wheel's data files (as the NER model is found)."""
    return checkout, Path(sys.prefix) / "share" / "warta" / "models" / name


class WeightsError(ValueError):
    """A decision's weights file that cannot be read or was fitted on other features."""


def load_weights(
    env: str, places: Sequence[Path], features: Sequence[str], what: str, log: logging.Logger
) -> tuple[tuple[float, ...], float] | None:
    """The coefficients and threshold of a decision (``what``: `person`, `organisation`), checked
    (`checked_weights`), from the file the environment variable ``env`` names or the first of
    ``places`` that exists; None with ``env=none`` or without a file (the decision keeps all; one
    warning on ``log``, the caller caching the answer)."""
    chosen = os.environ.get(env, "")
    if chosen.lower() == "none":
        return None
    if chosen:
        return checked_weights(Path(chosen), features, what)
    path = next((p for p in places if p.is_file()), None)
    if path is None:
        log.warning(
            "no %s (looked in %s): the %s decision keeps every %s",
            places[0].name,
            places[0].parent,
            what,
            what,
        )
        return None
    return checked_weights(path, features, what)


#: The failures of `checked_weights` by file (path, modification time, size, decision): a broken
#: file is read once a process, and every later article gets its error again without a read.
_FAILED: dict[tuple[Path, int, int, str], str] = {}


def checked_weights(path: Path, features: Sequence[str], what: str) -> tuple[tuple[float, ...], float]:
    """The coefficients and threshold of a weights file; `WeightsError` naming the path when it is
    no JSON, lacks a key, holds a value of another type or a number that is not finite (`_read`),
    was fitted on other features than ``features`` (a stale file: refit it) or holds a coefficient
    list of another length. A failure is kept (`_FAILED`): the same file is not read again."""
    try:
        st = path.stat()
        key: tuple[Path, int, int, str] | None = (path, st.st_mtime_ns, st.st_size, what)
    except OSError:
        key = None
    if key in _FAILED:
        raise WeightsError(_FAILED[key])
    try:
        return _read(path, features, what)
    except WeightsError as err:
        if key is not None:
            _FAILED[key] = str(err)
        raise


def _finite(value: Any) -> float:
    """``value`` as a finite float; TypeError for a non-number (a bool, a string, null), ValueError
    for NaN or an infinity."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{value!r} is no number")
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not finite")
    return float(value)


def _read(path: Path, features: Sequence[str], what: str) -> tuple[tuple[float, ...], float]:
    """The checks of `checked_weights`, reading the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fitted, coef, threshold = data["features"], data["coefficients"], _finite(data["threshold"])
        if not isinstance(fitted, list) or not all(isinstance(f, str) for f in fitted):
            raise TypeError(f"features {fitted!r} is no list of names")
        if not isinstance(coef, list):
            raise TypeError(f"coefficients {coef!r} is no list")
        coef = tuple(_finite(c) for c in coef)
    except (OSError, ValueError, TypeError, KeyError) as err:
        why = f"{type(err).__name__}: {err}"
        raise WeightsError(f"{path}: unreadable {what}-decision weights ({why})") from err
    if tuple(fitted) != tuple(features):
        raise WeightsError(f"{path}: fitted on other features than FEATURES (refit the {what} decision)")
    if len(coef) != len(features):
        raise WeightsError(f"{path}: {len(coef)} coefficients for {len(features)} features")
    return coef, threshold
