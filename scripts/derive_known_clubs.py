#!/usr/bin/env python3
"""List the football clubs' names of the openfootball club register that no evidence reads as a place.

python scripts/derive_known_clubs.py --clubs CLUBS_CHECKOUT --commit SHA [--corpora ../shared/corpora]
    [--out extract/resources/entities_known_clubs.txt]

``CLUBS_CHECKOUT`` is a checkout of https://github.com/openfootball/clubs (CC0 1.0) at commit ``SHA``
(written into the header): each ``*.clubs.txt`` file under it names a country's clubs, one club a
line (``Arsenal FC, 1886, @ Emirates Stadium, London``), its other names on the lines after it,
each after a ``|`` (``| Arsenal | FC Arsenal``); a name is read without the register's sponsor
markup and its notes in parentheses (``$$Skoda$$ Xanthi`` is `Skoda Xanthi`, ``Accrington FC
(1878-1896)`` is `Accrington FC`). The script reads every name and other name (the
language files, ``*.lang.*.txt``, and the property files are left out) and keeps each of two words
or more that is no place's name by three sources that are not warta's output:

- the register's own towns: the fields of its club lines after the name (``Le Havre AC, @ Stade
  Océane, Le Havre`` names the town `Le Havre`; ``West Bromwich › West Midlands`` two places), so a
  club's other name that is its town's (`Le Havre`, `Al Ain`, `San Antonio`) is left out;
- the labelled NER corpora's train splits under ``--corpora``/ner (nergrit, nerp, idner-news-2k,
  nerui): a name they tag as a whole place more often than as a whole organisation;
- warta's place lexicons: a country's or a listed region's name (`entities_countries.txt`, the
  regions the entity layer reads).

A name of one word is left out: news-raw writes most of them as a town's, a common word's or a
person's (`Barcelona`, `Racing`, `Rose`). No news article and no warta record is read.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.ner.entities.words import place_name

_ALIAS_TAG = re.compile(r"\[\w+\]")
#: The register's sponsor markup (`$$Skoda$$ Xanthi`: the name is `Skoda Xanthi`).
_SPONSOR = re.compile(r"\$\$")
#: A note in parentheses after a name (`New Brighton Tower FC (1898-1901)`, `Instituto (Córdoba)`).
_NOTE = re.compile(r"\([^()]*\)")
_SECOND_TEAM = re.compile(r"^\s*i+\)\s*")
_YEAR = re.compile(r"^\d{4}\??$")
#: The NER corpora's train splits and their place and organisation tags (after `B-`/`I-`).
TRAIN_SPLITS = ("nergrit/train.txt", "nerp/train.txt", "idner-news-2k/train.txt", "nerui/train.tsv")
PLACE_TAGS = frozenset({"PLACE", "PLC", "LOC", "LOCATION", "GPE"})
BODY_TAGS = frozenset({"ORGANISATION", "ORGANIZATION", "ORG", "IND"})
PERSON_TAGS = frozenset({"PERSON", "PER", "PPL"})

HEADER = (
    "# source: derived for warta by scripts/derive_known_clubs.py from the openfootball club register"
    " (https://github.com/openfootball/clubs, commit {commit}, CC0 1.0 Universal: public domain, no"
    " attribution required), left out by the register's own towns, the train splits of the NER corpora"
    " (nergrit, nerp, idner-news-2k, nerui) and warta's place lexicons; no news article or warta record"
    " read. licence: CC0 1.0 (the names), MIT (this project's filtering)\n"
    "# columns: name\n"
    "# A football club's name or other name of two words or more from the register, unless it is a town"
    " the register names in a club's line (`Le Havre`), a name the NER corpora's train splits tag as a"
    " place more often than as an organisation, or a country's or listed region's name; every one-word"
    " name is left out (a town's, a common word's or a person's as often as a club's). Read by"
    " decision.org_features: a listed club is a body's name (GUIDELINES §6: clubs and teams are"
    " organisations), evidence for the learned organisation decision.\n"
)


def bare(name: str) -> str:
    """A register name without its alias tags, sponsor markup and notes in parentheses, its spaces
    single (`$$Skoda$$ Xanthi` -> `Skoda Xanthi`, `Accrington FC (1878-1896)` -> `Accrington FC`)."""
    return " ".join(_NOTE.sub(" ", _SPONSOR.sub("", _ALIAS_TAG.sub("", name))).split())


def register_names(lines: list[str]) -> tuple[set[str], set[str]]:
    """Every club name and other name of the register's ``*.clubs.txt`` lines, and every town
    (or region) its club lines name after the club."""
    names: set[str] = set()
    towns: set[str] = set()
    for raw in lines:
        line = raw.split("#")[0].rstrip()
        stripped = line.strip()
        if not stripped or stripped.startswith(("=", "-")):
            continue
        if stripped.startswith("|"):
            parts = stripped.strip("|").split("|")
        else:
            name, *fields = _SECOND_TEAM.sub("", line).split(",")
            parts = [name]
            for field in fields:
                field = field.strip()
                if field and not field.startswith("@") and not _YEAR.match(field):
                    towns.update(t for t in (bare(t) for t in re.split(r"[›>]", field)) if t)
        names.update(p for p in (bare(p) for p in parts) if p)
    return names, towns


def tagged_kinds(paths: list[Path]) -> dict[str, collections.Counter]:
    """Per whole tagged span of the NER corpora (lowercase), how often it is tagged a place
    (``LOC``), a body (``ORG``) and a person (``PER``)."""
    kinds: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

    def close(words: list[str], tag: str | None) -> None:
        by_tags = (("LOC", PLACE_TAGS), ("ORG", BODY_TAGS), ("PER", PERSON_TAGS))
        kind = next((k for k, tags in by_tags if tag in tags), None)
        if words and kind:
            kinds[" ".join(words).lower()][kind] += 1

    for path in paths:
        words: list[str] = []
        tag: str | None = None
        for raw in path.read_text(encoding="utf-8").splitlines():
            cols = raw.split()
            label = cols[-1] if len(cols) >= 2 else "O"
            if label.startswith("I-") and label[2:] == tag:
                words.append(cols[0])
                continue
            close(words, tag)
            words, tag = ([cols[0]], label[2:]) if label.startswith("B-") else ([], None)
        close(words, tag)
    return kinds


def kept(name: str, towns: set[str], kinds: dict[str, collections.Counter]) -> bool:
    """A name of two words or more that no source reads as a place."""
    seen = kinds.get(name.lower(), collections.Counter())
    return (
        len(name.split()) >= 2 and name not in towns and not place_name(name) and seen["LOC"] <= seen["ORG"]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clubs", type=Path, required=True, help="a checkout of openfootball/clubs")
    ap.add_argument("--commit", required=True, help="the checkout's commit, for the header")
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=Path("extract/resources/entities_known_clubs.txt"))
    args = ap.parse_args()
    files = sorted(
        f for f in args.clubs.rglob("*.clubs.txt") if ".lang." not in f.name and ".props." not in f.name
    )
    names, towns = register_names(
        [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    )
    kinds = tagged_kinds([args.corpora / "ner" / p for p in TRAIN_SPLITS])
    rows = sorted({n for n in names if kept(n, towns, kinds)}, key=lambda n: (n.lower(), n))
    rows = list({n.lower(): n for n in rows}.values())
    args.out.write_text(HEADER.format(commit=args.commit) + "".join(f"{n}\n" for n in rows), encoding="utf-8")
    print(f"{len(names)} register names, {len(towns)} towns, {len(rows)} kept -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
