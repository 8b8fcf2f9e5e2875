#!/usr/bin/env python3
"""List the bare verbs of Indonesian headlines, read off unlabelled news.

python scripts/derive_headline_verbs.py [--corpus FILE.txt.gz] [--min N]
    > extract/resources/entities_headline_verbs.txt
python scripts/derive_headline_verbs.py --predicates > extract/resources/entities_headline_predicates.txt

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
written lowercase ``--min`` times join the list (`Menggelar`, `Digelar`).

A headline's predicate may also be an adjective or an intransitive verb with no `meN-` form
(`Turun`, `Naik`, `Stabil`, `Rampung`, `Terendam`). Such a word follows a predicate marker
(`sudah turun`, `sangat stabil`: ``_MARKERS``) in at least ``--marker-share`` of its lowercase
uses (``--min`` times at least), which a noun never does (`rumah`, `dana`, `bencana`), and is
written lowercase at least ``--name-ratio`` times as often as capitalised right after another
capitalised word, where a name holds it (`Kecamatan Panjang`, `Kebayoran Lama`, `Tanjung
Senang`). Words of any line of warta's own lists above or of `entities_heads.txt` (`Kompleks`)
are left out for this statistic; ``--predicates`` prints these words alone. The
corpus (one article per line) is read at run time and never copied.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.resources import load_lines  # noqa: E402

_WORD = regex.compile(r"\p{L}+")
_TOKEN = regex.compile(r"\p{L}+|\d+|[^\s\p{L}\d]")
#: Words that put a predicate after them (`sudah turun`, `sangat stabil`, `belum rampung`).
_MARKERS = frozenset(
    {
        "tidak",
        "akan",
        "sudah",
        "telah",
        "sangat",
        "masih",
        "belum",
        "sempat",
        "semakin",
        "makin",
        "cukup",
        "terlalu",
        "kian",
        "agak",
    }
)
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
_PREDICATES_HEADER = "\n".join(
    (
        "# source: derived by scripts/derive_headline_verbs.py --predicates (warta) from news-raw news-000"
        " (counts only, no text copied): words written lowercase after a predicate marker (`sudah turun`)"
        " in 5% or more of their lowercase uses (5 at least) and 25 times as often lowercase as capitalised"
        " after a capitalised word; no word of a region's, a district's, an office's or a head's entry."
        " licence: MIT",
        "# columns: word",
        "# Adjectives and intransitive verbs of title-case headlines (`Turun`, `Naik`, `Rampung`); lowercase."
        " A capitalised one inside a body's or a place's span in a title-case line opens the headline's"
        " predicate; names also hold some (`Panas Bumi`), so they count only in such a line.",
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


def capitalised(word: str) -> bool:
    """``word`` is written in title case or in capitals (`Turun`, `BPBD`)."""
    return word[:1].isupper() and (word[1:].islower() or word.isupper())


def count_line(line: str, counts: dict[str, collections.Counter[str]]) -> None:
    """Add one article's words to ``counts``: ``lower`` and ``capital`` uses, lowercase uses
    right after a predicate marker (``marked``) and capitalised uses right after a capitalised
    word (``in_name``)."""
    for w in _WORD.findall(line):
        if w.islower():
            counts["lower"][w] += 1
        elif w[0].isupper() and w[1:].islower():
            counts["capital"][w.lower()] += 1
    toks = _TOKEN.findall(line)
    for a, b in itertools.pairwise(toks):
        if a in _MARKERS and b.isalpha() and b.islower():
            counts["marked"][b] += 1
        elif a.isalpha() and capitalised(a) and b.isalpha() and b[0].isupper() and b[1:].islower():
            counts["in_name"][b.lower()] += 1


def predicates(counts: dict[str, collections.Counter[str]], known_words: set[str], args) -> set[str]:
    """Adjectives and intransitive verbs of headlines (`turun`, `stabil`): see the docstring."""
    lower, marked, in_name = counts["lower"], counts["marked"], counts["in_name"]
    return {
        w
        for w, n in in_name.items()
        if len(w) >= 4
        and not w.endswith("nya")
        and w not in known_words
        and not colloquial(w)
        and marked[w] >= args.min
        and marked[w] >= args.marker_share * lower[w]
        and lower[w] >= args.name_ratio * n
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/news-raw/news-000.txt.gz"))
    ap.add_argument("--min", type=int, default=5, help="least lowercase meN- uses")
    ap.add_argument("--min-capital", type=int, default=2, help="least capitalised uses")
    ap.add_argument("--marker-share", type=float, default=0.05, help="least share after a marker")
    ap.add_argument("--name-ratio", type=float, default=25, help="least lowercase per name use")
    ap.add_argument("--predicates", action="store_true", help="print the headline predicates")
    args = ap.parse_args()
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            count_line(line, counts)
    lower, capital = counts["lower"], counts["capital"]
    lines = [line.lower() for name in _EXCLUDE for line in load_lines(name)]
    known = set(lines)
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
    if args.predicates:
        heads = [line.split(maxsplit=2)[-1].lower() for line in load_lines("entities_heads.txt")]
        known_words = {w for line in (*lines, *heads) for w in line.split()} | set(verbs) | prefixed
        print(_PREDICATES_HEADER)
        print("\n".join(sorted(predicates(counts, known_words, args))))
        return
    print(_HEADER)
    print("\n".join(sorted({*verbs, *prefixed})))


if __name__ == "__main__":
    main()
