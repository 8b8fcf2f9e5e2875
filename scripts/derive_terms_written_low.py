#!/usr/bin/env python3
"""List the title-case phrases that unlabelled news writes in lowercase: terms, not names.

python scripts/derive_terms_written_low.py [--corpus FILE.txt.gz] [--min-lower N] [--ratio R]
    [--mid-min-capital N] [--mid-min-lower N] [--mid-ratio R] [--mid-min-letters N]
    > extract/resources/entities_terms_written_low_derived.txt

A phrase of two to four words written in title case somewhere in the corpus is a common term
(`Toko Kelontong`, `Era Digital`, `Bank Sentral`, `Call Center`) when either count says so:
- mostly lowercase: the corpus writes it all lowercase at least ``--min-lower`` times and at
  least ``--ratio`` times as often as in title case anywhere (`Pengadilan Negeri` 73 times in
  title case against 10 in lowercase, `Jasa Marga` never in lowercase: names);
- capitalised for emphasis: a phrase of two or three words of ``--mid-min-letters`` letters or
  more and no function word, capitalised after a lowercase word (a sentence's or a headline's
  first words are no evidence) at least ``--mid-min-capital`` times, and written lowercase at
  least ``--mid-min-lower`` times and at least ``--mid-ratio`` times as often as so capitalised.
A phrase that opens or ends with a function word (`clean_function_words.txt`: `akan`, `yang`,
`agar`) is left off: no body's name is cut so, and the list stays short. Only words of letters
count, and a phrase never runs across punctuation or a number. The corpus (one article per line)
is read at run time and never copied; the list holds the phrases only, lowercase, one a line.
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

from extract.resources import load_lines  # noqa: E402

_TOKEN = regex.compile(r"\p{L}+|\d+|[^\s\p{L}\d]")
_LENGTHS = (2, 3, 4)
_MID_LENGTHS = (2, 3)


def title_case(word: str) -> bool:
    """``word`` is letters in title case (`Upah`, not `UPAH`, `upah` or `2025`)."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def lowercase(word: str) -> bool:
    """``word`` is letters, all lowercase."""
    return word.isalpha() and word.islower()


def count_line(
    line: str, title: collections.Counter, mid: collections.Counter, low: collections.Counter
) -> None:
    """Add one article's phrases: those in title case to ``title`` (and to ``mid`` after a
    lowercase word), those all lowercase to ``low``; each keyed lowercase."""
    words = _TOKEN.findall(line)
    for n in _LENGTHS:
        for i in range(len(words) - n + 1):
            phrase = words[i : i + n]
            key = " ".join(w.lower() for w in phrase)
            if all(title_case(w) for w in phrase):
                title[key] += 1
                mid[key] += i > 0 and lowercase(words[i - 1])
            elif all(lowercase(w) for w in phrase):
                low[key] += 1


def emphasised(phrase: str, stop: frozenset[str], min_letters: int) -> bool:
    """A phrase the emphasis count may list: two or three long words, no function word."""
    words = phrase.split()
    return len(words) in _MID_LENGTHS and all(len(w) >= min_letters and w not in stop for w in words)


def kind(phrase: str, counts: tuple[collections.Counter, ...], stop: frozenset[str], args) -> str:
    """Which counts call ``phrase`` a term (`low`, `emphasis`, `both`), or ``""``: none, or it
    opens or ends with a function word."""
    title, mid, low = counts
    words = phrase.split()
    if words[0] in stop or words[-1] in stop:
        return ""
    mostly_low = low[phrase] >= args.min_lower and low[phrase] >= args.ratio * title[phrase]
    emphasis = (
        emphasised(phrase, stop, args.mid_min_letters)
        and mid[phrase] >= args.mid_min_capital
        and low[phrase] >= args.mid_min_lower
        and low[phrase] >= args.mid_ratio * mid[phrase]
    )
    return "both" if mostly_low and emphasis else "low" if mostly_low else "emphasis" if emphasis else ""


def header(args) -> str:
    """The resource's header, the thresholds stated."""
    return "\n".join(
        (
            "# source: derived by scripts/derive_terms_written_low.py (warta) from news-raw news-000"
            " (counts only, no text copied): phrases of two to four words written in title case that"
            f" the corpus writes all lowercase at least {args.min_lower} times and at least"
            f" {args.ratio:g} times as often as in title case, or phrases of two or three words of"
            f" {args.mid_min_letters} letters or more, no function word, capitalised after a lowercase"
            f" word at least {args.mid_min_capital} times and written lowercase at least"
            f" {args.mid_min_lower} times and {args.mid_ratio:g} times as often as so capitalised;"
            " none opening or ending with a function word. licence: MIT",
            "# columns: kind phrase",
            "# kind: which count lists the phrase (`low`: mostly lowercase; `emphasis`: capitalised for"
            " emphasis; `both`). Phrase lowercase (`low menara telekomunikasi`, `emphasis bank sentral`)."
            " A model ORG of exactly a `low` phrase no head opens is a term (`kinds._written_low_phrase`),"
            " and so is one of exactly an `emphasis` phrase no name goes on after"
            " (`kinds._emphasised_phrase`); a model LOC of exactly a `low` phrase, its bracketed short"
            " name aside, is a term or a facility's kind, no place (`kinds._place_written_lowercase`).",
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz"))
    ap.add_argument("--min-lower", type=int, default=2, help="least lowercase uses")
    ap.add_argument("--ratio", type=float, default=2.0, help="least lowercase uses per title-case use")
    ap.add_argument("--mid-min-capital", type=int, default=2, help="least uses capitalised after lowercase")
    ap.add_argument("--mid-min-lower", type=int, default=3, help="least lowercase uses (emphasis count)")
    ap.add_argument("--mid-ratio", type=float, default=0.5, help="least lowercase uses per such capital use")
    ap.add_argument(
        "--mid-min-letters", type=int, default=4, help="least letters a word holds (emphasis count)"
    )
    args = ap.parse_args()
    stop = frozenset(w.lower() for w in load_lines("clean_function_words.txt"))
    counts: tuple[collections.Counter, ...] = (
        collections.Counter(),
        collections.Counter(),
        collections.Counter(),
    )
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            count_line(line, *counts)
    print(header(args))
    kinds = {p: kind(p, counts, stop, args) for p in counts[0]}
    print("\n".join(f"{k} {p}" for p, k in sorted(kinds.items()) if k))


if __name__ == "__main__":
    main()
