"""Every example in the package's docstrings runs and gives what it shows (one test per module
that has examples), so a docstring cannot go stale when the code under it moves or changes."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import extract


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(extract.__path__, "extract."))


def _with_examples(name: str) -> bool:
    finder = doctest.DocTestFinder(exclude_empty=True)
    return any(t.examples for t in finder.find(importlib.import_module(name)))


@pytest.mark.parametrize("name", [m for m in _modules() if _with_examples(m)])
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted and not result.failed, f"{result.failed} of {result.attempted} failed in {name}"
