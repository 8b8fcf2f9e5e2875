#!/usr/bin/env python3
"""List the capitals names of the name-suggestion-index register's bodies that no evidence reads otherwise.

python scripts/derive_registered_bodies.py --nsi NSI_CHECKOUT --commit SHA [--corpora ../shared/corpora]
    [--out extract/resources/entities_registered_bodies.txt]

``NSI_CHECKOUT`` is a checkout of https://github.com/osmlab/name-suggestion-index (BSD 3-Clause) at
commit ``SHA`` (written into the header): its ``data/brands``, ``data/operators`` and
``data/transit`` files (JSON, an ``items`` list) register the chains, the operators of facilities
and the transport networks OpenStreetMap maps, each item's ``tags`` naming the body: ``brand``
(`KFC`, `BMW`), ``operator`` (`FBI`), ``network`` (`ASDP`), with their English and short forms
(``brand:en``, ``operator:short``, ``network:short``); a value may hold several names after
semicolons. Only items whose ``locationSet`` includes Indonesia (``id``) or the whole world
(``001``) and tied to a Wikidata item (a ``brand:wikidata``, ``operator:wikidata`` or
``network:wikidata`` tag) are read: a body of another country's town or province alone (`SWT` of
Baden-Württemberg's power grid, `BPA`) is seldom the one news in Indonesia names.

A name is kept when it is one word in capitals in the Latin script (the only names
``words.registered_body`` is asked about: a lone capitals model ORG), unless one of the sources
that are not warta's output reads it as something else:

- the labelled NER corpora's train splits under ``--corpora``/ner (nergrit, nerp, idner-news-2k,
  nerui): a name they tag as a whole place or a whole person more often than as an organisation;
- warta's place lexicons: a country's or a listed region's name (`entities_countries.txt`, the
  regions the entity layer reads);
- warta's word lists: a common, English or given name's word (`TOTAL`) or a word shorter than
  three letters (`AT`, `BP`).

The register's LICENSE.md (BSD 3-Clause: its copyright notice, conditions and disclaimer) is
copied verbatim beside the list (``LICENSE_NAME``), as the licence's first clause asks of copies.
No news article and no warta record is read.
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from derive_known_clubs import TRAIN_SPLITS, not_a_place, tagged_as_body, tagged_kinds, write_rows

from extract.text.words import WordClass, common_words, word_class, word_set

#: The register's folders of bodies and the tags naming one.
FOLDERS = ("brands", "operators", "transit")
NAME_TAGS = (
    "brand",
    "brand:en",
    "operator",
    "operator:en",
    "operator:short",
    "network",
    "network:en",
    "network:short",
)
#: The ``locationSet`` codes of Indonesia and of the whole world.
REACH = frozenset({"id", "001"})
#: The word classes a body's name may have: an unknown word, capitals, an organisation's word.
ONE_WORD_CLASSES = frozenset({WordClass.UNK, WordClass.ACR, WordClass.ORG})
#: The register's licence, copied verbatim beside the list (a name no resource reader asks a header of).
LICENSE_NAME = "entities_registered_bodies_LICENSE.md"

HEADER = (
    "# source: derived for warta by scripts/derive_registered_bodies.py from the name-suggestion-index"
    " register (https://github.com/osmlab/name-suggestion-index, commit {commit}: its brands', operators'"
    " and transport networks' names of items mapped in Indonesia or worldwide and tied to a Wikidata"
    " item), left out by the train splits of the NER corpora (nergrit, nerp, idner-news-2k, nerui) and"
    " warta's place and word lexicons; no news article or warta record read. licence: BSD 3-Clause"
    " (the names; copyright the name-suggestion-index contributors: the register's notice, conditions"
    " and disclaimer verbatim in {license}), MIT (this project's filtering)\n"
    "# columns: name\n"
    "# A chain's, an operator's or a transport network's name of one word in capitals from the register,"
    " of an item mapped in Indonesia or worldwide (`ASDP`, `KFC`, `KTM`), unless the NER corpora's train"
    " splits tag it as a place or a person more often than as an organisation, it is a country's or"
    " listed region's name, or warta's lists read it as a common, English or given name's word or it is"
    " shorter than three letters. Read by words.registered_body: a lone capitals name listed here is a"
    " body's short name (GUIDELINES §6: companies and brands as companies) that"
    " cuts._unexplained_acronym keeps unless the article spells it out as no body or counts it.\n"
)


def reaches_here(item: dict) -> bool:
    """The item's ``locationSet`` includes Indonesia (``id``) or the whole world (``001``): a
    body news in Indonesia may name, not one of another country's towns or provinces only."""
    return bool(REACH & set(map(str, item.get("locationSet", {}).get("include", []))))


def register_names(items: list[dict]) -> set[str]:
    """Every name the register's items reaching Indonesia and tied to a Wikidata item (a
    ``*:wikidata`` tag: a body known beyond the map) give a body under ``NAME_TAGS``, its spaces
    single."""
    names: set[str] = set()
    for item in filter(reaches_here, items):
        tags = item.get("tags", {})
        if not any(key.endswith(":wikidata") for key in tags):
            continue
        for key in NAME_TAGS:
            for value in tags.get(key, "").split(";"):
                name = " ".join(value.split())
                if name:
                    names.add(name)
    return names


def plain_word(word: str) -> bool:
    """A word that warta's word lists read as no body's own name: a common, English or given
    name's word, or one under three letters."""
    return (
        len(word) < 3
        or word_class(word) not in ONE_WORD_CLASSES
        or word.lower() in common_words()
        or word.lower() in word_set("clean_english_words.txt")
    )


def latin(name: str) -> bool:
    """A name written in the Latin script (accents allowed), as news in Indonesian writes names."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def kept(name: str, kinds: dict[str, collections.Counter]) -> bool:
    """One word in capitals in the Latin script that no source reads as a place, a person or a
    word."""
    return (
        " " not in name
        and name.isupper()
        and latin(name)
        and not plain_word(name)
        and not_a_place(name, kinds)
        and tagged_as_body(name, kinds, ("PER",))
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nsi", type=Path, required=True, help="a checkout of osmlab/name-suggestion-index")
    ap.add_argument("--commit", required=True, help="the checkout's commit, for the header")
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--out", type=Path, default=Path("extract/resources/entities_registered_bodies.txt"))
    args = ap.parse_args()
    files = sorted(f for folder in FOLDERS for f in (args.nsi / "data" / folder).rglob("*.json"))
    names = register_names(
        [item for f in files for item in json.loads(f.read_text(encoding="utf-8"))["items"]]
    )
    kinds = tagged_kinds([args.corpora / "ner" / p for p in TRAIN_SPLITS])
    licence = args.out.parent / LICENSE_NAME
    shutil.copyfile(args.nsi / "LICENSE.md", licence)
    header = HEADER.format(commit=args.commit, license=licence.name)
    rows = write_rows(args.out, header, {n for n in names if kept(n, kinds)})
    print(f"{len(files)} files, {len(names)} register names, {len(rows)} kept -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
