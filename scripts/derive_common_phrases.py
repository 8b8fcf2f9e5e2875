#!/usr/bin/env python3
"""List the common phrases that news capitalises now and then, read off unlabelled news.

python scripts/derive_common_phrases.py [--corpus FILE.txt.gz] [--min-lower N] [--min-capital N]
    > extract/resources/entities_common_phrases.txt

A phrase of two or three words (`Bank Sentral`, `Rapat Kerja`, `Focus Group Discussion`) is
capitalised inside a sentence for emphasis, as a programme's or a heading's words, or by habit,
and the NER model then reads it as a body. Such a phrase is common when the corpus writes it
in lowercase at least ``--min-lower`` times and at least half as often as it capitalises it
after a lowercase word (a sentence's or a headline's first words are no evidence). A phrase is
counted capitalised ``--min-capital`` times at least; a word of three letters or fewer or a
function word (`clean_function_words.txt`: `the`, `of`, `dan`) keeps a phrase off the list,
so do digits and mixed case. The corpus (one article per line) is read at run time and never
copied; the list holds counts' outcome only.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.resources import load_lines  # noqa: E402

_TOKEN = regex.compile(r"\p{L}+|[^\s\p{L}]")
_LENGTHS = (2, 3)
_MIN_WORD = 4

_HEADER = "\n".join(
    (
        "# source: derived by scripts/derive_common_phrases.py (warta) from news-raw news-000 (counts only,"
        " no text copied): phrases of two or three title-case words after a lowercase word, written"
        " lowercase 3 times or more and at least half as often as so capitalised (2 times or more)."
        " licence: MIT",
        "# columns: phrase",
        "# Common phrases news capitalises now and then (`Bank Sentral`, `Rapat Kerja`, `Call Center`);"
        " lowercase. An ORG that is one of these alone, case aside, is a kind or a thing, no body.",
    )
)


def title_word(word: str, stop: frozenset[str]) -> bool:
    """A word a candidate phrase may hold: title case, four letters or more, no function word."""
    return len(word) >= _MIN_WORD and word[0].isupper() and word[1:].islower() and word.lower() not in stop


def capitalised_runs(words: list[str], stop: frozenset[str]) -> collections.Counter[tuple[str, ...]]:
    """Title-case phrases of the line that follow a lowercase word, lowercased."""
    found: collections.Counter[tuple[str, ...]] = collections.Counter()
    for i in range(1, len(words)):
        if not (words[i - 1].isalpha() and words[i - 1].islower()):
            continue
        for n in _LENGTHS:
            run = words[i : i + n]
            if len(run) == n and all(title_word(w, stop) for w in run):
                found[tuple(w.lower() for w in run)] += 1
    return found


def lowercase_runs(words: list[str], wanted: set[tuple[str, ...]]) -> collections.Counter[tuple[str, ...]]:
    """The wanted phrases the line writes in lowercase."""
    found: collections.Counter[tuple[str, ...]] = collections.Counter()
    for n in _LENGTHS:
        for i in range(len(words) - n + 1):
            run = tuple(words[i : i + n])
            if run in wanted and all(w.isalpha() and w.islower() for w in run):
                found[run] += 1
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz"))
    ap.add_argument("--min-lower", type=int, default=3, help="least lowercase uses")
    ap.add_argument(
        "--min-capital", type=int, default=2, help="least capitalised uses after a lowercase word"
    )
    args = ap.parse_args()
    stop = frozenset(w.lower() for w in load_lines("clean_function_words.txt"))
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        lines = [_TOKEN.findall(line) for line in fh]
    capital: collections.Counter[tuple[str, ...]] = collections.Counter()
    for words in lines:
        capital.update(capitalised_runs(words, stop))
    wanted = {p for p, n in capital.items() if n >= args.min_capital}
    lower: collections.Counter[tuple[str, ...]] = collections.Counter()
    for words in lines:
        lower.update(lowercase_runs(words, wanted))
    common = sorted(" ".join(p) for p in wanted if lower[p] >= args.min_lower and 2 * lower[p] >= capital[p])
    print(_HEADER)
    print("\n".join(common))


if __name__ == "__main__":
    main()
