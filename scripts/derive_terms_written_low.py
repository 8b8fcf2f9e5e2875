#!/usr/bin/env python3
"""List the title-case phrases that unlabelled news mostly writes in lowercase: terms, not names.

python scripts/derive_terms_written_low.py [--corpus FILE.txt.gz] [--min N] [--ratio R]
    > extract/resources/entities_terms_written_low_derived.txt

A phrase of two to four words written in title case somewhere in the corpus (`Crude Palm Oil`,
`Toko Kelontong`, `Era Digital`, `Menara Telekomunikasi`) is a common term when the
corpus writes the same words all in lowercase at least ``--min`` times and at least ``--ratio``
times as often as in title case: the name of a body is written capitalised (`Pengadilan
Negeri` 73 times against 10, `Kantor Pos` 29 against 4; `Jasa Marga`, `Gudang Garam` never in
lowercase). Only words of letters count, and a phrase never runs across punctuation or a
number. The corpus (one article per line) is read at run time and never copied; the list holds
the phrases only, lowercase, one a line.
"""

from __future__ import annotations

import argparse
import collections
import gzip
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
_TOKEN = regex.compile(r"\p{L}+|\d+|[^\s\p{L}\d]")
_LENGTHS = (2, 3, 4)
_HEADER = "\n".join(
    (
        "# source: derived by scripts/derive_terms_written_low.py (warta) from news-raw news-000"
        " (counts only, no text copied): phrases of two to four words written in title case that"
        " the corpus writes all lowercase at least twice and at least twice as often as in title"
        " case. licence: MIT",
        "# columns: phrase",
        "# Common terms, lowercase (`menara telekomunikasi`, `ojek online`, `era digital`). A model ORG"
        " of exactly these words, no head and no name's word among them, is a term, no body"
        " (`kinds._written_lowercase`); a model LOC of them, its bracketed short name aside, no region's"
        " word among them, is a term or a facility's kind, no place (`kinds._place_written_lowercase`).",
    )
)


def title_case(word: str) -> bool:
    """``word`` is letters in title case (`Upah`, not `UPAH`, `upah` or `2025`)."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def count_line(line: str, title: collections.Counter, low: collections.Counter) -> None:
    """Add one article's phrases: those all in title case to ``title``, all lowercase to ``low``."""
    words = _TOKEN.findall(line)
    for n in _LENGTHS:
        for i in range(len(words) - n + 1):
            phrase = words[i : i + n]
            if all(title_case(w) for w in phrase):
                title[" ".join(w.lower() for w in phrase)] += 1
            elif all(w.isalpha() and w.islower() for w in phrase):
                low[" ".join(phrase)] += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz"))
    ap.add_argument("--min", type=int, default=2, help="least lowercase uses")
    ap.add_argument("--ratio", type=float, default=2.0, help="least lowercase uses per title-case use")
    args = ap.parse_args()
    title: collections.Counter = collections.Counter()
    low: collections.Counter = collections.Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            count_line(line, title, low)
    kept = sorted(p for p, n in title.items() if low[p] >= args.min and low[p] >= args.ratio * n)
    print(_HEADER)
    print("\n".join(kept))


if __name__ == "__main__":
    main()
