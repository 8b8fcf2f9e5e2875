"""A small L2-regularised logistic regression: fitted with numpy, applied in plain Python.

Fitting (`fit_logistic`, `cross_validated`) reads numpy, which spaCy brings; applying
(`logistic`) needs nothing, so a stage that weighs a feature vector at run time imports no
numerical library. Used by the person decision (`extract.people.decision`, ``warta
train-persons``) and the ORG/LOC keep-or-drop experiment (`scripts/entity_keep_cv.py`).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
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
