#!/usr/bin/env python3
"""List person nouns that the participant lexicon lacks, read off unlabelled news.

python scripts/derive_participant_heads.py [--corpus FILE.txt.gz] [--min N] [--examples K]

A noun names people when Indonesian marks it as a person: the plural marker ``para X``, the
person classifier ``seorang X``, or a count of people ``<N> orang X``. The script counts the
nouns in those three frames over the corpus (one article per line, read at run time and never
copied), drops what the lexicon already covers (participants_heads.txt and the derived file,
agent-shaped nouns warta takes anyway, units, non-heads, negative words) and prints each
remaining noun with how often each frame holds it and a few sentences where a number
counts it, for a person to read before a noun goes into
``extract/resources/participants_heads_derived.txt``.
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

# A number word or figure before ``orang`` (``tiga orang X``, ``120 orang X``, ``ratusan orang X``).
_NUM = (
    r"(?:\d[\d.]*|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:\s+(?:belas|puluh|ratus))?"
    r"|sepuluh|sebelas|seratus|belasan|puluhan|ratusan|ribuan)"
)
_FRAMES = {
    "para": regex.compile(r"(?<![\w-])[Pp]ara\s+(\p{Ll}[\p{Ll}-]{2,})"),
    "seorang": regex.compile(r"(?<![\w-])[Ss]eorang\s+(\p{Ll}[\p{Ll}-]{2,})"),
    "N orang": regex.compile(rf"(?<![\w-]){_NUM}\s+orang\s+(\p{{Ll}}[\p{{Ll}}-]{{2,}})"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz")
    ap.add_argument("--min", type=int, default=3, help="least number of frame hits a noun needs")
    ap.add_argument("--examples", type=int, default=3, help="count sentences shown per noun")
    a = ap.parse_args(argv)

    from extract.participants import decided_head

    hits: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        articles = [line.rstrip("\n") for line in f]
    for text in articles:
        for frame, rx in _FRAMES.items():
            for m in rx.finditer(text):
                hits[m.group(1).lower()][frame] += 1
    nouns = sorted(
        (n for n, c in hits.items() if sum(c.values()) >= a.min and not decided_head(n)),
        key=lambda n: -sum(hits[n].values()),
    )
    for noun in nouns:
        frames = ", ".join(f"{k} {v}" for k, v in hits[noun].most_common())
        print(f"{noun}\t{sum(hits[noun].values())}\t{frames}")
        counted = regex.compile(rf"(?<![\w-]){_NUM}\s+(?:orang\s+)?{regex.escape(noun)}(?![\w-])", regex.I)
        shown = 0
        for text in articles:
            for m in counted.finditer(text):
                print("\t\t" + text[max(0, m.start() - 80) : m.end() + 60])
                shown += 1
                if shown >= a.examples:
                    break
            if shown >= a.examples:
                break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
