#!/usr/bin/env python3
"""Count, over unlabelled news, the names a story credits as its source after a source cue.

The chain that rebuilds extract/resources/entities_cited_sources_derived.txt (from the
checkout's root):

    python scripts/derive_cited_sources.py --news ../shared/corpora/news-raw/news-000.txt.gz \
        > extract/resources/entities_cited_sources_derived.txt

Every line of the news file is read by warta's own reading of a credit (`page._credited`: the
capitalised words right after a cue of entities_source_cues.txt, `dilansir Antara`, `dikutip dari
Tribun Bali`), and each name is counted once per article. A name cut short is left out: one
whose run of capitalised words went on past it, stopped by a title word (`YouTube Sekretariat
Presiden`) or by the most words an outlet's name holds (`South China Morning Post`), or an English
connective inside the name (`Times of India`, `Car and Driver`). A name credited in at least
`CITED_MIN` articles is printed: an outlet or a source the corpus cites by that name, which
`extract.ner.entities.sources` then reads as an organisation in a weaker frame (`kepada DW`,
`wawancara dengan CNA`). The annotated articles and their near-duplicates are left out, as
`derive_person_counts.py` leaves them out, so no scored article vouches for itself. Only names
with counts are printed, never article text.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

#: Least articles crediting a name (a name credited once may be a slip of one page).
CITED_MIN = 2
HEADER = (
    "# source: derived by scripts/derive_cited_sources.py (warta) from news-raw news-000: the names "
    "warta's reading of a credit (entities_source_cues.txt) finds, counted once per article (counts "
    "only, no text copied; the annotated articles of data/annotations and their near-duplicates left "
    "out, and names cut short by a title word, the word bound or an English connective). licence: MIT\n"
    "# columns: count:int name\n"
    "# articles crediting the name as a story's source; read by extract.ner.entities.sources (a "
    "credited name in a weaker frame: `kepada`, `wawancara dengan`)."
)


def _cut_short(text: str, toks: list, end: int) -> bool:
    """The capitalised run of a name ending at ``end`` goes on after it (a title word or the word
    bound stopped the reading: `YouTube Sekretariat Presiden`, `South China Morning Post`), or an
    English connective and a capitalised word follow (`Times of India`): the name is cut short,
    no outlet's whole name."""
    from extract.ner.entities.tokens import _name_word
    from extract.text.words import join_words

    k = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    if k == len(toks) or text[end : toks[k].start].strip():
        return False
    if toks[k].low in join_words("english", "article") and toks[k].text.islower():
        return k + 1 < len(toks) and toks[k + 1].text[:1].isupper()
    return _name_word(toks[k])


def count(lines: list[str], skip: set[int]) -> collections.Counter:
    """In how many articles each name is credited after a source cue, the lines in ``skip`` and the
    names cut short (`_cut_short`) left out."""
    from extract.ner.entities.page import _credited, _source_cue_lasts
    from extract.ner.entities.tokens import tokens

    lasts = tuple(_source_cue_lasts())
    out: collections.Counter = collections.Counter()
    for i, text in enumerate(lines):
        # most lines hold no cue's last word: they need no tokens
        if i in skip or not any(w in text.lower() for w in lasts):
            continue
        toks = tokens(text)
        out.update({e.text for e in _credited(text, toks) if not _cut_short(text, toks, e.span[1])})
    return out


def main(argv: list[str] | None = None) -> int:
    from derive_person_counts import _lines, near_duplicates

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news", type=Path, required=True)
    a = ap.parse_args(argv)
    lines = _lines(a.news)
    annotated: set[int] = set()
    for path in sorted((ROOT / "data" / "annotations").glob("*.jsonl")):
        annotated |= {json.loads(line)["line"] for line in path.open(encoding="utf-8")}
    dups = near_duplicates(lines, annotated)
    print(f"left out: {len(annotated)} annotated lines, {len(dups)} near-duplicates", file=sys.stderr)
    counts = count(lines, annotated | dups)
    print(HEADER)
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= CITED_MIN:
            print(f"{n} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
