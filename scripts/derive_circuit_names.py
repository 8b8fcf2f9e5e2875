#!/usr/bin/env python3
"""List names warta tags ORG that the unlabelled news writes as racing circuits, read off its records.

python scripts/derive_circuit_names.py --records RECORDS.jsonl [--held-out ANNOTATIONS.jsonl] [--min N]

Motor-sport news names a circuit by its name alone (`balapan di Mugello`, `sprint di Le Mans`) and
the NER model tags it ORG; other articles write the same name right after a circuit's word
(entities_circuit_words.txt: `Sirkuit Mugello`, `Sirkuit Le Mans`). Over warta's records of
unlabelled news (the held-out annotations' articles and their near-duplicates skipped, never read:
`derive_products.records`) the script takes every name tagged ORG in some article and counts the
articles writing it whole (no capitalised word after it) right after a circuit's word; a name so
written in ``--min`` articles or more is printed with a few uses for a person to read before it
goes into ``extract/resources/entities_circuits_derived.txt``.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from derive_products import _TOKEN, ROOT, held_out_lines, records

#: Articles writing a name right after a circuit's word before it counts as a circuit's name.
MIN_ARTICLES = 2
#: The most words of a circuit's name.
MAX_WORDS = 3


def _circuit_words() -> frozenset[str]:
    from extract.text.words import word_set

    return word_set("entities_circuit_words.txt")


def tagged_names(path: Path, held: frozenset[int]) -> set[tuple[str, ...]]:
    """Every ORG name of one to ``MAX_WORDS`` words that some article tags, as tokens."""
    names: set[tuple[str, ...]] = set()
    for rec in records(path, held):
        names.update(
            tuple(_TOKEN.findall(e["text"]))
            for e in rec["entities"]
            if e["label"] == "ORG" and len(e["text"].split()) <= MAX_WORDS
        )
    return names


def circuit_uses(toks: list[str], names: set[tuple[str, ...]]):
    """(name, k) for each name of ``names`` written whole right after a circuit's word at k - 1."""
    heads = _circuit_words()
    for k in range(1, len(toks)):
        if toks[k - 1].lower() not in heads:
            continue
        for n in range(MAX_WORDS, 0, -1):
            name = tuple(toks[k : k + n])
            after = toks[k + n] if k + n < len(toks) else ""
            if name in names and not after[:1].isupper():
                yield name, k
                break


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--held-out", type=Path, default=ROOT / "data/annotations/news-raw-test.jsonl")
    ap.add_argument("--min", type=int, default=MIN_ARTICLES, help="least articles after a circuit's word")
    a = ap.parse_args(argv)
    held = held_out_lines(a.held_out)
    names = tagged_names(a.records, held)
    counts: collections.Counter = collections.Counter()
    shown: dict[tuple[str, ...], list[str]] = collections.defaultdict(list)
    for rec in records(a.records, held):
        toks = _TOKEN.findall(rec["text"])
        for name, k in {n: k for n, k in circuit_uses(toks, names)}.items():
            counts[name] += 1
            shown[name].append(" ".join(toks[max(0, k - 6) : k + len(name) + 4]))
    for name, n in counts.most_common():
        if n >= a.min:
            print(f"{' '.join(name)}\t{n}")
            for use in shown[name][:3]:
                print("\t\t" + use)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
