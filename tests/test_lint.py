"""The house style: ruff's lint and format checks pass on the whole tree (config in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT

RUFF = shutil.which("ruff")


@pytest.mark.skipif(RUFF is None, reason='ruff is not installed (pip install -e ".[test]")')
@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff(command: list[str]) -> None:
    result = subprocess.run([RUFF, *command, "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
