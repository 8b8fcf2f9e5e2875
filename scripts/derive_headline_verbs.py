#!/usr/bin/env python3
"""List the bare verbs of Indonesian headlines, read off unlabelled news.

python scripts/derive_headline_verbs.py [--corpus FILE.txt.gz] [--min N]
    > extract/resources/entities_headline_verbs.txt

A headline drops the verb's `meN-` prefix and capitalises every word (`Polres Sukamaju Gelar
Operasi`, `Pemkab Hadiri Rapat`), so a headline inlined in a body (`Baca juga: …`) reads as one
long name. A capitalised word is such a verb when its `meN-` form (`menggelar`, `menghadiri`,
`memperpanjang`, `menyalurkan`) is written lowercase in the corpus at least ``--min`` times
and its `meN-` and `di-` forms together more often than the bare word itself (`gelar` is
mostly `menggelar` and `digelar`; `tengah` is far more often `tengah` than `menengah`).
Words that name places, offices or people in warta's own lists (regions, districts, heads,
office words, given names, name particles) are left out, and so are words of three letters or
fewer, words ending in `-nya` and colloquial forms that open with `ng` (`ngaku`). A word
capitalised fewer than ``--min-capital`` times is left out. Each verb's `meN-` and `di-` forms
written lowercase ``--min`` times join the list (`Menggelar`, `Digelar`). The corpus (one article per line) is
read at run time and never copied.
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

_WORD = regex.compile(r"\p{L}+")
_EXCLUDE = (
    "officials_regions.txt",
    "officials_kecamatan.txt",
    "officials_org_words.txt",
    "officials_body_names.txt",
    "names_given.txt",
    "names_particles.txt",
    "names_balinese_orders.txt",
)
_HEADER = "\n".join(
    (
        "# source: derived by scripts/derive_headline_verbs.py (warta) from news-raw news-000 (counts only,"
        " no text copied): capitalised words whose meN- and di- forms are written lowercase more often than"
        " the bare word. licence: MIT",
        "# columns: word",
        "# Verbs of title-case headlines, bare and with meN-/di- (`Gelar`, `Menggelar`, `Digelar`);"
        " lowercase. A capitalised one after a body's or a place's name starts a headline's clause,"
        " no word of the name.",
    )
)


def men_forms(root: str) -> list[str]:
    """The `meN-` forms of a bare verb (`gelar` -> `menggelar`, `salurkan` -> `menyalurkan`)."""
    forms = ["mem" + root] if root.startswith("per") else []
    c = root[0]
    if c in "aeiou" or c in "gh":
        forms.append("meng" + root)
    elif c in "bfv":
        forms.append("mem" + root)
    elif c == "p":
        forms.append("mem" + root[1:])
    elif c == "t":
        forms.append("men" + root[1:])
    elif c in "dcjz":
        forms.append("men" + root)
    elif c == "s":
        forms.append("meny" + root[1:])
    elif c == "k":
        forms.append("meng" + root[1:])
    elif c in "lmnrwy":
        forms.append("me" + root)
    forms.append("menge" + root)  # one-syllable roots: `mengecek`
    return forms


def colloquial(root: str) -> bool:
    """``root`` is a colloquial verb, the `meN-` form less its `me-` (`ngaku` of `mengaku`,
    `ngamuk` of `mengamuk`): no Indonesian stem opens with the prefix's `ng`, so its `meN-`
    form is read as the stem's own (`aku`), which may name a place (`Way Mengaku`)."""
    return root.startswith("ng")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz"))
    ap.add_argument("--min", type=int, default=5, help="least lowercase meN- uses")
    ap.add_argument("--min-capital", type=int, default=2, help="least capitalised uses")
    args = ap.parse_args()
    lower: collections.Counter[str] = collections.Counter()
    capital: collections.Counter[str] = collections.Counter()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            for w in _WORD.findall(line):
                if w.islower():
                    lower[w] += 1
                elif w[0].isupper() and w[1:].islower():
                    capital[w.lower()] += 1
    known = {line.lower() for name in _EXCLUDE for line in load_lines(name)}
    verbs = sorted(
        w
        for w, n in capital.items()
        if n >= args.min_capital
        and len(w) >= 4
        and not w.endswith("nya")
        and w not in known
        and not colloquial(w)
        and max(lower[f] for f in men_forms(w)) >= args.min
        and lower[w] < sum(lower[f] for f in men_forms(w)) + lower["di" + w]
    )
    # the same verbs with their prefix, as a headline may keep it (`Polres Sukamaju Menggelar …`)
    prefixed = {f for w in verbs for f in (*men_forms(w), "di" + w) if lower[f] >= args.min}
    print(_HEADER)
    print("\n".join(sorted({*verbs, *prefixed})))


if __name__ == "__main__":
    main()
