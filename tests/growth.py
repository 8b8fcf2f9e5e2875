"""Growth-ratio checks for adversarial inputs: no wall-clock bound in a unit test.

Cost at 4N over cost at N is about 4 when a path is linear and 16 when it is quadratic. The
bound leaves room for a busy machine (CPU time of this process, best of three) without letting
a quadratic path pass.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

LINEAR_BOUND = 9.0


def _cpu(run: Callable[[str], object], text: str) -> float:
    """Best of three CPU times, the collector off as in `timeit`: a full collection costs in
    proportion to the test process's heap, not to the input."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            run(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


Case = str | Callable[[int], str]


def growth(run: Callable[[str], object], case: Case, floor: float = 0.02) -> float:
    """Cost of ``run(make(4))`` over cost of ``run(make(1))`` (the small cost at least ``floor``
    seconds, so that timer resolution and fixed costs cannot make a ratio). ``case`` is a
    ``make`` (see `scaled`) or a text of one repeated unit, grown by quarters."""
    make = quarters(case) if isinstance(case, str) else case
    run(make(1))  # compile patterns and load data once
    return _cpu(run, make(4)) / max(_cpu(run, make(1)), floor)


def quarters(text: str) -> Callable[[int], str]:
    """``make`` for a text of one repeated unit: ``n`` quarters of it."""
    return lambda n: text[: len(text) * n // 4]


def scaled(*parts: str | tuple[str, int]) -> Callable[[int], str]:
    """``make`` for a text of several parts, each ``(unit, count)`` part grown with ``n`` (its
    full count at ``n`` = 4) and each plain string kept once: the shape stays the same."""

    def make(n: int) -> str:
        return "".join(p if isinstance(p, str) else p[0] * (p[1] * n // 4) for p in parts)

    return make


def full(case: Case) -> str:
    """The whole text of a case."""
    return case if isinstance(case, str) else case(4)
