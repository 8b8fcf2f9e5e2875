#!/usr/bin/env python3
"""List names warta tags ORG that the unlabelled news writes as products, read off its records.

python scripts/derive_products.py --records RECORDS.jsonl [--held-out ANNOTATIONS.jsonl]
    [--min N] [--dominance F] [--share F] [--examples K]

An article may name a product, an app or a game with no product's noun anywhere in it (`main
PUBG Mobile`, `lewat WhatsApp`), and the NER model tags the name ORG; other articles write the
same name right after a product's noun (`aplikasi WhatsApp`, `gim PUBG Mobile`, `ponsel iPhone`).
Over warta's records of unlabelled news (one JSON record a line, its ``text`` and final
``entities``; the articles whose ``line`` the held-out annotations list are skipped, never read)
the script takes every name tagged ORG in some article and counts the articles, near-duplicates
(one text run again, `_Copies`) once and none of a held-out article's, writing it whole
(no capitalised word or number after it) right after a product's noun (entities_product_nouns.txt) and
those writing it as a body: after a body's noun (`body_words_before`: `perusahaan`, `pihak`, `CEO`)
or before a verb of speech (`_BODY_AFTER`: `mengumumkan`). A maker is named after a product's noun
too (`ponsel Samsung`) and acts as a body elsewhere, so a name is printed only when its product
articles number ``--min`` or more and ``--dominance`` times its body articles or more, a listed
region's name never; with each come a few uses of both kinds (never copied anywhere) for a
person to read before the name goes into ``extract/resources/entities_products_derived.txt``.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import zlib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Lowercase words after a made thing's name that name its maker next (`besutan Apple`).
_MADE_BY = frozenset(
    "buatan besutan garapan keluaran rilisan produksi racikan".split()  # noqa: SIM905
)
#: Verbs of speech and announcement after a body's name acting as the subject.
_BODY_AFTER = frozenset(
    "mengumumkan menyatakan mengatakan menjelaskan menegaskan mengklaim mengonfirmasi "  # noqa: SIM905
    "menyebut mengungkapkan membantah berencana".split()
)
_TOKEN = re.compile(r"\w[\w.&'-]*\w|\w|[^\w\s]")
#: The most words a name may hold here: products and apps are short names.
MAX_WORDS = 3
#: The most uses of a name kept to print (``--examples`` picks among them).
MAX_SHOWN = 12
#: A product's name: written so in this many articles or more (one article may be a slip), this
#: many times as often as a body's (a maker is named after its products too) and in this share
#: of the articles naming it or more (a body named often is no product, however its products are).
MIN_PRODUCT_ARTICLES = 2
MIN_DOMINANCE = 3.0
MIN_SHARE = 0.4
_LETTERS = re.compile(r"[^\W\d_]+")
#: Near-duplicate articles (`_Copies`): runs of five words are rarely shared by two texts written
#: apart; one run in eight is kept, enough for articles of a few hundred words; two texts sharing
#: half the shorter's runs are one text (an edited copy keeps most of its runs).
SHINGLE_WORDS = 5
SHINGLE_SAMPLE = 8
NEAR_DUPLICATE_SHARE = 0.5


def held_out_lines(path: Path | None) -> frozenset[int]:
    """The news-raw lines the held-out annotations list (their ``line``): never read."""
    if path is None or not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as f:
        return frozenset(json.loads(line)["line"] for line in f if line.strip())


def records(path: Path, held: frozenset[int]):
    """The records of ``path`` whose doc_id (`nrNNNNN`) names no held-out line, each article once:
    none a near-duplicate (`_Copies`) of a held-out article or of one yielded before it."""
    held_copies, seen = _Copies(), _Copies()
    for rec in _read(path):
        if _line(rec) in held:
            held_copies.add(rec["text"])  # hashed only, never read
    for rec in _read(path):
        if _line(rec) in held or held_copies.copied(rec["text"]) or seen.copied(rec["text"]):
            continue
        seen.add(rec["text"])
        yield rec


def _read(path: Path):
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _line(rec: dict) -> int:
    return int(rec["doc_id"].removeprefix("nr"))


class _Copies:
    """Articles seen, by a sample of their normalised word runs (lowercase letters only, runs of
    ``SHINGLE_WORDS`` words, those whose hash falls in one ``SHINGLE_SAMPLE``-th): a text sharing
    ``NEAR_DUPLICATE_SHARE`` of its sampled runs or more with one seen (of the shorter's) is a copy
    of it (one press release or advert run again, a page crawled twice) and counts once."""

    def __init__(self) -> None:
        self.index: dict[int, list[int]] = collections.defaultdict(list)
        self.sizes: list[int] = []

    def add(self, text: str) -> None:
        runs = _runs(text)
        for run in runs:
            self.index[run].append(len(self.sizes))
        self.sizes.append(len(runs))

    def copied(self, text: str) -> bool:
        runs = _runs(text)
        shared = collections.Counter(k for run in runs for k in self.index.get(run, ()))
        return any(n >= NEAR_DUPLICATE_SHARE * min(len(runs), self.sizes[k]) for k, n in shared.items())


def _runs(text: str) -> frozenset[int]:
    words = _LETTERS.findall(text.lower())
    runs = (
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )
    return frozenset(r for r in runs if r % SHINGLE_SAMPLE == 0)


def tagged_names(path: Path, held: frozenset[int]) -> collections.Counter:
    """Per ORG name of one to ``MAX_WORDS`` words: the articles tagging it."""
    names: collections.Counter = collections.Counter()
    for rec in records(path, held):
        names.update(
            {
                e["text"]
                for e in rec["entities"]
                if e["label"] == "ORG" and len(e["text"].split()) <= MAX_WORDS
            }
        )
    return names


def uses(toks: list[str], names: set[tuple[str, ...]]):
    """(name, kind, k) for each name of ``names`` written whole at token k: kind `product` after a
    product's noun, `body` after a body's noun or before a verb of speech, else None. Whole: no
    capitalised word, number or code after it (`ponsel Samsung Galaxy` is no use of `Samsung`).
    A body's word is the one list the products' guard reads (`body_words_before`)."""
    from extract.ner.entities.words import body_words_before

    for k, tok in enumerate(toks):
        if not tok[:1].isupper():
            continue
        for n in range(MAX_WORDS, 0, -1):
            name = tuple(toks[k : k + n])
            if name not in names:
                continue
            after = toks[k + n] if k + n < len(toks) else "."
            before = toks[k - 1] if k else "."
            whole = not (after[:1].isupper() or after[:1].isdigit())
            if (_product_noun(toks, k - 1) and whole) or after in _MADE_BY:
                yield name, "product", k
            elif before.lower() in body_words_before() or after in _BODY_AFTER:
                yield name, "body", k
            else:
                yield name, None, k
            break


@cache
def _product_nouns() -> frozenset[str]:
    """The words of entities_product_nouns.txt for a thing or for using one (no word of place)."""
    from extract.resources import load_table

    return frozenset(r.word for r in load_table("entities_product_nouns.txt") if r.kind in ("app", "thing"))


def _product_noun(toks: list[str], k: int) -> bool:
    """A product's noun at ``k``, written lowercase or opening a sentence (`Game Pokemon Go`, not
    `Mobile App Sriwijaya Air` nor `Asian Games Dewan Olimpiade Asia`). The nouns for a device, a
    vehicle, an app, a game or an online service, and verbs for using one, are
    entities_product_nouns.txt, kinds `app` and `thing` (read by the entity layer too)."""
    if k < 0 or toks[k].lower() not in _product_nouns():
        return False
    return toks[k].islower() or k == 0 or not toks[k - 1][:1].isalnum()


def corpus_counts(path: Path, held: frozenset[int], names: set[tuple[str, ...]]):
    """Per name: the articles using it as a product and as a body, and a few uses of each."""
    counts: dict[tuple[str, ...], collections.Counter] = collections.defaultdict(collections.Counter)
    shown: dict[tuple[str, ...], list[str]] = collections.defaultdict(list)
    for rec in records(path, held):
        toks = _TOKEN.findall(rec["text"])
        seen = set()
        for name, kind, k in uses(toks, names):
            if name not in seen:
                seen.add(name)
                counts[name]["mentioned"] += 1
            if kind is not None and (name, kind) not in seen:
                seen.add((name, kind))
                counts[name][kind] += 1
                if len(shown[name]) < MAX_SHOWN:
                    shown[name].append(f"{kind}: " + " ".join(toks[max(0, k - 8) : k + len(name) + 6]))
    return counts, shown


def candidates(path: Path, held: frozenset[int], tagged: collections.Counter, a: argparse.Namespace):
    """(name, counts, uses) for each tagged name written as a product in ``a.min`` articles or
    more, ``a.dominance`` times as many as those writing it as a body and ``a.share`` of those
    naming it, most product articles first; a listed region's name never (a place)."""
    from extract.ner.entities.tokens import region_len, tokens

    written = {tuple(_TOKEN.findall(n)): n for n in tagged}
    counts, shown = corpus_counts(path, held, set(written))
    for name, c in sorted(counts.items(), key=lambda nc: -nc[1]["product"]):
        text = written[name]
        place = region_len(tokens(text), 0) == len(tokens(text))
        dominant = c["product"] >= a.dominance * c["body"] and c["product"] >= a.share * c["mentioned"]
        if c["product"] >= a.min and dominant and not place:
            yield text, c, shown[name]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--held-out", type=Path, default=ROOT / "data/annotations/news-raw-test.jsonl")
    ap.add_argument(
        "--min", type=int, default=MIN_PRODUCT_ARTICLES, help="least articles writing a name as a product"
    )
    ap.add_argument(
        "--dominance", type=float, default=MIN_DOMINANCE, help="product articles per body article"
    )
    ap.add_argument("--share", type=float, default=MIN_SHARE, help="least share of the articles naming it")
    ap.add_argument("--examples", type=int, default=6, help="uses shown per name")
    a = ap.parse_args(argv)

    held = held_out_lines(a.held_out)
    tagged = tagged_names(a.records, held)
    for text, c, shown in candidates(a.records, held, tagged, a):
        counted = f"product {c['product']}\tbody {c['body']}\tmentioned {c['mentioned']}"
        print(f"{text}\t{counted}\tORG in {tagged[text]}")
        for use in shown[: a.examples]:
            print("\t\t" + use)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
