#!/usr/bin/env python3
"""Count how the NER corpora's train splits label each short name in capitals standing alone.

python scripts/derive_labelled_acronyms.py [--ner DIR] > extract/resources/entities_acronyms_labelled.txt

The NER model tags a body's short name (`KPK`, `OECD`) ORG, and `cuts._unexplained_acronym` drops a
lone one that no list holds: most such capitals name a programme, a measure or a kind (`PSBB`,
`NJOP`). The train splits of the news corpora idner-news-2k (MIT) and NER-UI (CC BY 4.0) say
which capitals people read as bodies: for each word in capitals (two letters or more) that they
label ORG at least once as a span of its own, the script prints how often they label it ORG, how
often another kind (PER, LOC) and how often they leave it untagged, where it stands alone (a word
inside a longer span is not counted: `derive_known_bodies.train_counts`). The test and dev splits
are never read, nor NERP (all lowercase; its train split holds idner-news-2k's test sentences),
nor NERGrit's train split (``NEWS_TRAIN``).
The counts, no text, go into ``extract/resources/entities_acronyms_labelled.txt``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from derive_known_bodies import ROOT, train_counts

#: The news corpora's train splits. NERGrit's (mixed domain, its own labelling) is left out: the
#: capitals it alone labels ORG read over news-raw as other things (`EP` an album or a helicopter's
#: model, `PKPB` a farmers' card programme, `SBS` a headline's tag: lines 0-9947, 0 right, 9 wrong).
NEWS_TRAIN = ("idner-news-2k/train.txt", "nerui/train.tsv")

HEADER = "\n".join(
    (
        "# source: derived for warta by scripts/derive_labelled_acronyms.py from the train splits (never"
        " the dev or test ones) of the news corpora idner-news-2k (Khairunnisa et al. 2020, MIT) and"
        " NER-UI (IndoLEM fold 1, CC BY 4.0) in ../shared/corpora/ner (NERGrit's mixed-domain split left"
        " out): counts of labels only, no text copied. licence: MIT (this project); the counts credit the"
        " two corpora under their licences",
        "# columns: word org:int other:int untagged:int",
        "# Every word in capitals (two letters or more) the train splits label ORG at least once as a span"
        " of its own: how often labelled ORG, another kind (PER, LOC) and untagged where it stands alone."
        " Read by cuts._labelled_body: a lone capitals name the labelled data holds mostly as ORG is a"
        " body's short name.",
    )
)


def is_capitals(word: str) -> bool:
    """A word in capitals of two letters or more (`KPK`, `OECD`); digits and hyphens do not count."""
    return word.isupper() and word.isalpha() and len(word) >= 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared/corpora/ner")
    a = ap.parse_args(argv)
    print(HEADER)
    for word, c in sorted(train_counts(a.ner, NEWS_TRAIN).items()):
        if is_capitals(word) and c["ORG"]:
            other = sum(n for label, n in c.items() if label not in ("ORG", "O"))
            print(f"{word.lower()} {c['ORG']} {other} {c['O']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
