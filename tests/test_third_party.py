"""No third-party article text in the repository: the dev articles in ../shared belong to their
outlets, so tests, code and docs use invented sentences of the same construction instead.

A file fails when it shares a run of `RUN_WORDS` words with a dev article. The five sample
articles that `data/raw` ships (the project started from them) are allowed and left out.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import RAW, ROOT, SHARED

DEV_RAW = SHARED / "dev" / "raw"
# Ten words in a row are a quotation, not a shared phrase: the longest boilerplate phrases that
# outlets share (`Cek Berita dan Artikel yang lain di Google News`) stay below it.
RUN_WORDS = 10
CHECKED = ("tests", "extract", "docs")

needs_dev_raw = pytest.mark.skipif(
    not DEV_RAW.is_dir(), reason=f"needs the dev articles in {DEV_RAW} to compare against; absent here"
)

_WORD = re.compile(r"\w+")


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)}


def _tracked_files() -> list[Path]:
    """The files git tracks under CHECKED (every file there outside a git checkout)."""
    git = shutil.which("git")
    if git and (ROOT / ".git").exists():
        out = subprocess.run(
            [git, "ls-files", "-z", "--", *CHECKED], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        return [ROOT / name for name in out.split("\0") if name]
    tops = [ROOT / top for top in CHECKED if (ROOT / top).is_dir()]
    return [p for top in tops for p in sorted(top.rglob("*")) if p.is_file()]


@needs_dev_raw
def test_no_file_quotes_a_dev_article() -> None:
    samples = {p.name for p in RAW.glob("*.txt")}
    dev: dict[str, str] = {}
    for article in sorted(DEV_RAW.glob("*.txt")):
        if article.name not in samples:
            for run in _runs(article.read_text(encoding="utf-8", errors="replace")):
                dev.setdefault(run, article.name)
    found = []
    for path in _tracked_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError):
            continue  # binary files (the model's weights) and files deleted in the work tree
        shared = sorted(_runs(text) & dev.keys())
        if shared:
            found.append(f"{path.relative_to(ROOT)}: {shared[0]!r} (from {dev[shared[0]]})")
    assert not found, "third-party text; write an invented sentence instead:\n" + "\n".join(found)


@needs_dev_raw
def test_data_raw_holds_only_the_sample_articles() -> None:
    shipped = sorted(RAW.glob("*.txt"))
    assert len(shipped) == 5
    for path in shipped:
        assert re.fullmatch(r"00[0-4]_[0-9a-f]{16}\.txt", path.name), path.name
        assert path.read_bytes() == (DEV_RAW / path.name).read_bytes(), path.name
