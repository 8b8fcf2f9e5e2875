#!/usr/bin/env python3
"""List the football clubs of the openfootball club register that Indonesian news writes.

python scripts/derive_known_clubs.py --clubs CLUBS_CHECKOUT [--corpora ../shared/corpora]
    --records RECORDS.jsonl [--min-articles N] [--out extract/resources/entities_known_clubs.txt]

``CLUBS_CHECKOUT`` is a checkout of https://github.com/openfootball/clubs (CC0 1.0): each
``*.clubs.txt`` file under it names a country's clubs, one club a line (``Arsenal FC, 1886, @
Emirates Stadium, London``), its other names on the lines after it, each after a ``|``
(``| Arsenal | FC Arsenal``). The script reads every name and other name (the language files,
``*.lang.*.txt``, and the property files are left out) and keeps one of two words or more when
news-raw writes it, in its capitals, as whole words in ``--min-articles`` articles or more (the
names that matter here), unless warta's records of news-raw (``--records``, one JSON record a
line, its final ``entities``) hold it as a whole place in more articles than as a whole
organisation (`Le Mans`, `San Francisco`, `Den Haag`: the register names clubs by their towns; a
club the model tags as a person, `Nottingham Forest`, is the model's error and stays listed).
A name of one word is left out: news-raw writes most of them as a town's, a common word's or a
person's (`Barcelona`, `Racing`, `Rose`; of the 180 one-word names news-raw holds in two
articles, most are no club there). The annotated news articles (``data/annotations``) are
counted like every other line: the list only says which names are clubs, never which article
holds one.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.ner.train import news_raw_lines

#: The longest club name counted, in words.
MAX_WORDS = 6
_WORD = re.compile(r"[^\W_][\w'&.-]*")
_ALIAS_TAG = re.compile(r"\[\w+\]")
_SECOND_TEAM = re.compile(r"^\s*i+\)\s*")

HEADER = (
    "# source: derived for warta by scripts/derive_known_clubs.py from the openfootball club register"
    " (https://github.com/openfootball/clubs, commit {commit}, CC0 1.0 Universal: public domain, no"
    " attribution required), the news-raw corpus ({articles} articles) and warta's records of it at"
    " {records}; no article text copied. licence: CC0 1.0 (the names), MIT (this project's filtering)\n"
    "# columns: name\n"
    "# A football club's name or other name of two words or more from the register that news-raw writes"
    " in its capitals, as whole words, in {min_articles} article(s) or more; one warta's records of news-raw"
    " hold as a whole place more often than as a whole organisation (a town: `Le Mans`) is left out, and"
    " so is every one-word name (a town's, a common word's or a person's as often as a club's). Read by"
    " decision.org_features: a listed club is a body's name (GUIDELINES §6: clubs and teams are"
    " organisations), evidence for the learned organisation decision.\n"
)


def register_names(lines: list[str]) -> set[str]:
    """Every club name and other name of the register's ``*.clubs.txt`` lines."""
    names: set[str] = set()
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith(("=", "-")):
            continue
        if stripped.startswith("|"):
            parts = stripped.strip("|").split("|")
        else:
            parts = [_SECOND_TEAM.sub("", line).split(",")[0]]
        names.update(p for p in (_ALIAS_TAG.sub("", p).strip() for p in parts) if p)
    return names


def corpus_counts(names: set[str], articles: list[str]) -> collections.Counter:
    """Per name of two words or more, the articles writing it as whole words in its capitals."""
    keys = {tuple(n.split()): n for n in names if " " in n}
    held: collections.Counter = collections.Counter()
    for text in articles:
        words = _WORD.findall(text)
        grams = (tuple(words[i : i + n]) for i in range(len(words)) for n in range(2, MAX_WORDS + 1))
        held.update({keys[g] for g in grams if g in keys})
    return held


def record_kinds(path: Path) -> dict[str, collections.Counter]:
    """Per entity text of warta's records, the articles holding it as each label."""
    kinds: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for text, label in {(e["text"], e["label"]) for e in json.loads(line).get("entities", ())}:
                kinds[text][label] += 1
    return kinds


def kept(name: str, held: collections.Counter, kinds: dict[str, collections.Counter], least: int) -> bool:
    """A name of two words or more news-raw writes in ``least`` articles, no town's."""
    seen = kinds.get(name, collections.Counter())
    return held[name] >= least and seen["LOC"] <= seen["ORG"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clubs", type=Path, required=True, help="a checkout of openfootball/clubs")
    ap.add_argument("--commit", default="unknown", help="the checkout's commit, for the header")
    ap.add_argument("--records-commit", default="unknown", help="the commit that wrote the records")
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--records", type=Path, required=True, help="warta's records of news-raw")
    ap.add_argument("--min-articles", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("extract/resources/entities_known_clubs.txt"))
    args = ap.parse_args()
    files = sorted(
        f for f in args.clubs.rglob("*.clubs.txt") if ".lang." not in f.name and ".props." not in f.name
    )
    names = register_names([line for f in files for line in f.read_text(encoding="utf-8").splitlines()])
    articles = list(news_raw_lines(args.corpora))
    held = corpus_counts(names, articles)
    kinds = record_kinds(args.records)
    rows = sorted((n for n in names if kept(n, held, kinds, args.min_articles)), key=str.lower)
    header = HEADER.format(
        commit=args.commit,
        articles=len(articles),
        records=args.records_commit,
        min_articles=args.min_articles,
    )
    args.out.write_text(header + "".join(f"{n}\n" for n in rows), encoding="utf-8")
    print(f"{len(names)} register names, {len(rows)} kept -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
