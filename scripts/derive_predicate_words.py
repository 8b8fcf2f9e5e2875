#!/usr/bin/env python3
"""List the words that news-raw writes as a predicate right after a name: no name's words.

python scripts/derive_predicate_words.py [--corpus FILE.txt.gz] [--min N] [--share S] [--after A]

A capitalised word that ends or opens a PER span of the model (`Sri Mulyani Pastikan`, `Jin
Butuh`, `Taufik Hanafi Mengungkapkan`) is often a verb of a headline written in title case. The
corpus tells such words apart from names that are also common words (`Salah`, `Pribadi`, `Utama`,
`Zaman`): a verb is written in lowercase right after a capitalised word (the subject's name, `Budi
pastikan`) in a large share of its lowercase uses; a name's word is not. The script counts, for
each word of four letters or more over the corpus (one article per line, read at run time and
never copied), its lowercase uses, its capitalised uses inside a sentence and its lowercase uses
right after a capitalised word, and prints the words kept (lowercase at least `--min` times, in a
share `--share` of its uses inside sentences, after a capitalised word in a share `--after` of its
lowercase uses; given names and particles left out) for `extract/resources/names_predicate_words.txt`.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORD = regex.compile(r"(?<![\w-])(\p{L}{4,})(?![\w-])")
_AFTER_NAME = regex.compile(r"(?<![\w-])\p{Lu}\p{Ll}+ (\p{Ll}{4,})(?![\w-])")
_SENTENCE_END = regex.compile(r"[.!?\"“:]\s*$")


def _inside_sentence(text: str, s: int) -> bool:
    """Whether a word at ``s`` stands inside a sentence (not the first of the text or a sentence)."""
    return s > 0 and not _SENTENCE_END.search(text[max(0, s - 3) : s])


def count(lines: list[str]) -> tuple[collections.Counter, collections.Counter, collections.Counter]:
    """Lowercase uses, capitalised uses inside a sentence, lowercase uses after a capitalised word."""
    low: collections.Counter = collections.Counter()
    cap: collections.Counter = collections.Counter()
    after: collections.Counter = collections.Counter()
    for text in lines:
        for m in _WORD.finditer(text):
            w, s = m.group(1), m.start()
            if w.islower():
                low[w] += 1
            elif w[0].isupper() and w[1:].islower() and _inside_sentence(text, s):
                cap[w.lower()] += 1
        for m in _AFTER_NAME.finditer(text, overlapped=True):
            after[m.group(1)] += 1
    return low, cap, after


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz")
    ap.add_argument("--min", type=int, default=20, help="least number of lowercase uses")
    ap.add_argument("--share", type=float, default=0.9, help="least share of lowercase uses inside sentences")
    ap.add_argument("--after", type=float, default=0.2, help="least share of lowercase uses after a name")
    a = ap.parse_args(argv)

    from extract.text.words import WordClass, word_class

    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        low, cap, after = count([line.rstrip("\n") for line in f])
    names = (WordClass.GIV, WordClass.AMB, WordClass.PART)
    for w in sorted(low):
        n = low[w]
        if n < a.min or n / (n + cap[w]) < a.share or after[w] / n < a.after:
            continue
        if word_class(w.capitalize()) not in names:
            print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
