#!/usr/bin/env python3
"""List one-word body names that warta tags ORG where the model finds them, read off its records.

python scripts/derive_known_bodies.py --records RECORDS.jsonl [--ner DIR] [--min N] [--share F]
    [--spelled N] [--examples K]

The NER model tags a body's short name (`BKPM`, `Bapanas`) as an ORG in some sentences and leaves
it untagged in others. Over warta's records of unlabelled news (one JSON record a line, its
``text`` and final ``entities``) the script counts, for each one-word name written as a short
name (capitals, three letters or more; or title case, four or more), its mentions standing
alone: tagged ORG, tagged PER or LOC, untagged. It adds the labels of the NER corpora's train
splits (idner-news-2k, NER-UI, NERGrit; ``--ner``) where they hold the word. A name is printed
when it is tagged ORG at least ``--min`` times in three articles or more (or the train splits
label it ORG three times or more, in ``--share`` of its uses there) and in at least ``--share``
of its tagged mentions (untagged ones are what the list is for), no train split tags
it otherwise more often than ORG, and the known short names (entities_org_acronyms.txt, already taken) lack
it. A name the model tags a person's as often (`Komdigi`) is printed too when the records spell
it out in brackets right after a tagged body's name of two words or more in ``--spelled`` articles
or more (`Mahkamah Kehormatan Dewan (MKD)`), seldom after a place's (`Lampung Barat (Lambar)`);
with each name come a few untagged uses (never copied anywhere) for a person to read before the
name goes into ``extract/resources/entities_org_acronyms_derived.txt``.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_TRAIN = ("idner-news-2k/train.txt", "nerui/train.tsv", "nergrit/train.txt")
_LABELS = {"ORGANIZATION": "ORG", "ORGANISATION": "ORG", "PERSON": "PER", "LOCATION": "LOC", "PLACE": "LOC"}
_WORD = re.compile(r"(?<![\w.-])([A-Z][A-Za-z]+)(?![\w-])")
_BRACKETED = re.compile(r" \(([A-Z][A-Za-z]+)\)")


def short_name_shaped(word: str) -> bool:
    """Capitals of three letters or more (`BKPM`), or title case of four or more (`Bapanas`)."""
    return word.isalpha() and ((word.isupper() and len(word) >= 3) or (len(word) >= 4 and word[1:].islower()))


def record_counts(path: Path) -> tuple[dict[str, collections.Counter], dict[str, list[str]]]:
    """Per word: its lone mentions tagged ORG/PER/LOC or untagged (`un`), the articles tagging
    it ORG (`docs`), and a few untagged uses."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    uses: dict[str, list[str]] = collections.defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text, exact, covered = rec["text"], {}, bytearray(len(rec["text"]) + 1)
            for ent in rec["entities"]:
                start, end = ent["span"]
                exact[(start, end)] = ent["label"]
                covered[start:end] = b"\1" * (end - start)
            tagged = set()
            for m in _WORD.finditer(text):
                word, span = m.group(1), m.span(1)
                label = exact.get(span)
                if label is None and any(covered[span[0] : span[1]]):
                    continue
                counts[word][label or "un"] += 1
                if label == "ORG":
                    tagged.add(word)
                elif label is None and len(uses[word]) < 8:
                    uses[word].append(text[max(0, span[0] - 60) : span[1] + 40].replace("\n", " "))
            for word in tagged:
                counts[word]["docs"] += 1
            for word, label in spelled_after(text, rec["entities"]).items():
                counts[word]["spelled" if label == "ORG" else "spelled_other"] += 1
    return counts, uses


def spelled_after(text: str, entities: list[dict]) -> dict[str, str]:
    """The short names an article spells out in brackets right after a tagged name, with that
    name's label: `Mahkamah Kehormatan Dewan (MKD)` -> MKD: ORG when the name is an ORG of two
    words or more, `Lampung Barat (Lambar)` -> Lambar: LOC."""
    ends = {ent["span"][1]: ent for ent in entities}
    found: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        ent = ends.get(m.start())
        if ent is not None:
            org = ent["label"] == "ORG" and len(ent["text"].split()) >= 2
            found.setdefault(m.group(1), "ORG" if org else ent["label"])
    return found


def train_counts(ner: Path, splits: tuple[str, ...] = _TRAIN) -> dict[str, collections.Counter]:
    """Per word: how the train splits (``splits``, under ``ner``) label it when it stands as a span
    of its own."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for name in splits:
        rows = [line.split() for line in (ner / name).read_text(encoding="utf-8").splitlines()]
        rows.append([])
        for k, row in enumerate(rows[:-1]):
            if not row:
                continue
            tag, nxt = row[-1], rows[k + 1]
            inside = tag.startswith("I-") or (tag.startswith("B-") and nxt and nxt[-1].startswith("I-"))
            if not inside:
                label = tag[2:] if tag != "O" else "O"
                counts[row[0]][_LABELS.get(label, label)] += 1
    return counts


def spelled_out(c: collections.Counter, least: int) -> bool:
    """Spelled out in brackets after a tagged body's name in ``least`` articles or more, seldom
    after a place's or a person's name (`Lampung Barat (Lambar)` is a region's short name: in a
    fifth of its spellings or fewer), and tagged a place no more often than a body where tagged
    alone (the model reads a lone capitalised short name as a person's name often: `Komdigi`)."""
    return c["spelled"] >= least and c["spelled_other"] * 4 <= c["spelled"] and c["LOC"] <= c["ORG"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared/corpora/ner")
    ap.add_argument("--min", type=int, default=5, help="least number of ORG tags a name needs")
    ap.add_argument("--share", type=float, default=0.8, help="least share of its tagged mentions")
    ap.add_argument("--spelled", type=int, default=3, help="least articles spelling a name out")
    ap.add_argument("--examples", type=int, default=4, help="untagged uses shown per name")
    a = ap.parse_args(argv)

    from extract.text.words import org_acronyms

    counts, uses = record_counts(a.records)
    train = train_counts(a.ner)
    for word, c in sorted(counts.items(), key=lambda wc: -wc[1]["un"]):
        tagged = c["ORG"] + c["PER"] + c["LOC"]
        other = max((n for lab, n in train[word].items() if lab != "ORG"), default=0)
        # or labelled ORG in the train splits at least 3 times and in `--share` of its uses there
        learned = train[word]["ORG"] >= 3 and train[word]["ORG"] >= a.share * sum(train[word].values())
        tagged_enough = ((c["ORG"] >= a.min and c["docs"] >= 3) or learned) and c["ORG"] >= a.share * tagged
        if (
            short_name_shaped(word)
            and word.lower() not in org_acronyms()
            and (tagged_enough or spelled_out(c, a.spelled))
            and other <= train[word]["ORG"]
            and c["un"]
        ):
            print(f"{word}\tORG {c['ORG']} in {c['docs']}\tPER {c['PER']} LOC {c['LOC']} untagged {c['un']}")
            print(f"\t\ttrain: {dict(train[word])}")
            for use in uses[word][: a.examples]:
                print("\t\t" + use)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
