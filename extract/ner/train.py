"""Train and evaluate the Indonesian NER model (``models/ner-id``) from the corpora in ``shared/corpora``.

Four public corpora are read and mapped to PER/ORG/LOC (see ``CORPORA``). Every sentence that
also occurs in a test set we report on (idner-news-2k, NER-UI, NERGrit test), or in the
idner-news-2k dev set used to pick the best checkpoint, is removed from all training data,
matching sentences after lowercasing and keeping only letters and digits, as the corpora README
measured (NERP's train split holds 294 of the 509 idner-news-2k test sentences).

Library use (the CLI ``pipeline.py train-ner`` / ``eval-ner`` calls these)::

    result = train(Path("../shared/corpora"), Path("models/ner-id"), seed=0, max_minutes=30)
    print(format_report(evaluate(Path("models/ner-id"), Path("../shared/corpora"))))

Own entry point: ``python -m extract.ner.train train|eval|data ...`` (``--help``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import itertools
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..clean import clean
from ..text.patterns import LazyPattern
from ..text.tokens import sentence_breaks
from .model import LABELS, load_model, resolve_model_path
from .tokenizer import make_id_tokenizer, register_tokenizer

logger = logging.getLogger(__name__)

__all__ = [
    "CORPORA",
    "EXPERIMENTS",
    "TEST_SETS",
    "CorpusSpec",
    "Sentence",
    "TrainingData",
    "build_training_data",
    "dedup_key",
    "evaluate",
    "format_report",
    "gold_spans",
    "main",
    "ngram_keys",
    "parse_conll",
    "pretrain",
    "pretrain_texts",
    "read_corpus",
    "score_spans",
    "train",
    "truecase",
    "unknown_capitals",
]

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = REPO / "configs" / "ner.cfg"
# The version `train` writes into meta.json (models/ner-id/README.md describes each).
MODEL_VERSION = "0.4.0"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One tokenised sentence with IOB2 tags over PER/ORG/LOC (``O`` elsewhere)."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    """Where one corpus lives under ``corpora/`` and how its labels map to ours."""

    name: str
    folder: str
    files: dict[str, str]  # split ("train", "dev", "test") -> file name
    label_map: dict[str, str]  # corpus entity type -> PER/ORG/LOC; types not listed become O
    tab_separated: bool = True
    lowercase: bool = False  # the whole corpus is lowercased (NERP)


CORPORA: dict[str, CorpusSpec] = {
    "idner": CorpusSpec(
        "idner-news-2k",
        "ner/idner-news-2k",
        {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"},
        {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
        tab_separated=False,  # `token POS NER`, space separated
    ),
    "nerui": CorpusSpec(
        "NER-UI",
        "ner/nerui",
        {"train": "train.tsv", "dev": "dev.tsv", "test": "test.tsv"},
        {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    ),
    "nergrit": CorpusSpec(
        "NERGrit",
        "ner/nergrit",
        {"train": "train.txt", "dev": "valid.txt", "test": "test.txt"},
        {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    ),
    "nerp": CorpusSpec(
        "NERP",
        "ner/nerp",
        {"train": "train.txt", "dev": "valid.txt", "test": "test.txt"},
        # EVT (events) and FNB (food and beverage) have no counterpart in PER/ORG/LOC.
        {"PPL": "PER", "PLC": "LOC", "IND": "ORG"},
        lowercase=True,
    ),
}

# Sentences sharing a run of this many normalised words with a held-out sentence are dropped.
NEAR_N = 8

NERP_CASES = ("lower", "truecase", "partial", "drop")

# The test sets reported on; their sentences never appear in training data.
TEST_SETS = ("idner", "nerui", "nergrit")
# The dev set that picks the best checkpoint (also kept out of the training data).
DEV_SET = "idner"
# Dev splits held out of training and read together to pick the checkpoint: idner-news-2k's
# and NER-UI's, so that every change is measured on both before it is adopted.
DEV_SETS = ("idner", "nerui")


# --- reading ---------------------------------------------------------------------------------


def parse_conll(
    lines: Iterable[str], *, label_map: dict[str, str], tab_separated: bool = True
) -> list[Sentence]:
    """Sentences from CoNLL-style lines: token first, IOB label last, blank line between sentences.

    Labels are mapped through ``label_map`` (unlisted types become ``O``) and repaired to IOB2
    (an ``I-`` that does not continue an entity of its type starts one). A token holding spaces
    (NERP writes ``salah satu`` as one token) becomes several words.

    >>> parse_conll(["Presiden\\tO", "Joko\\tB-PERSON", "Widodo\\tI-PERSON", "", "di\\tO", "Solo\\tI-PLACE"],
    ...             label_map={"PERSON": "PER", "PLACE": "LOC"})  # doctest: +NORMALIZE_WHITESPACE
    [Sentence(words=('Presiden', 'Joko', 'Widodo'), tags=('O', 'B-PER', 'I-PER')),
     Sentence(words=('di', 'Solo'), tags=('O', 'B-LOC'))]
    """
    sentences: list[Sentence] = []
    words: list[str] = []
    raw: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if words:
                sentences.append(Sentence(tuple(words), _repair(raw, label_map)))
                words, raw = [], []
            continue
        fields = line.split("\t") if tab_separated else line.split()
        if len(fields) < 2:
            continue
        token, label = fields[0], fields[-1].strip()
        pieces = token.split() or [token]
        for k, piece in enumerate(pieces):
            words.append(piece)
            raw.append(label if k == 0 or label == "O" else "I-" + label.split("-", 1)[-1])
    if words:
        sentences.append(Sentence(tuple(words), _repair(raw, label_map)))
    return sentences


def _repair(labels: Sequence[str], label_map: dict[str, str]) -> tuple[str, ...]:
    tags: list[str] = []
    prev = "O"
    for label in labels:
        prefix, _, etype = label.partition("-")
        mapped = label_map.get(etype) if etype else None
        if prefix not in ("B", "I") or mapped is None:
            tag = "O"
        elif prefix == "I" and prev[2:] == mapped:
            tag = "I-" + mapped
        else:
            tag = "B-" + mapped
        tags.append(tag)
        prev = tag
    return tuple(tags)


def read_corpus(corpora: Path, key: str, split: str) -> list[Sentence]:
    """The sentences of one split ("train", "dev" or "test") of a corpus in ``CORPORA``."""
    spec = CORPORA[key]
    path = Path(corpora) / spec.folder / spec.files[split]
    if not path.is_file():
        raise FileNotFoundError(f"{spec.name} {split} split not found at {path}")
    with path.open(encoding="utf-8") as fh:
        return parse_conll(fh, label_map=spec.label_map, tab_separated=spec.tab_separated)


def dedup_key(words: Iterable[str]) -> str:
    """The key under which two sentences count as the same: lowercase letters and digits only.

    >>> dedup_key(["Joko", "Widodo", ",", "Presiden", "RI"]) == dedup_key(["joko widodo", "presiden", "ri"])
    True
    """
    return "".join(ch for ch in "".join(words).lower() if ch.isalnum())


def ngram_keys(words: Iterable[str], *, n: int = NEAR_N) -> set[tuple[str, ...]]:
    """The sentence's ``n``-grams of normalised words (lowercase letters and digits only).

    Two sentences that share one are near-duplicates: NERP holds copies of idner-news-2k test
    sentences with numbers rewritten (``43900`` / ``10/3/18``) or split differently, which the
    exact `dedup_key` misses.

    >>> sorted(ngram_keys(["Ambang", "batas", "3,5", "persen", "."], n=3))
    [('ambang', 'batas', '35'), ('batas', '35', 'persen')]
    """
    norm = [k for k in (dedup_key([w]) for w in words) if k]
    return {tuple(norm[i : i + n]) for i in range(len(norm) - n + 1)}


def gold_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of the entities in IOB2 ``tags`` (seqeval's chunking).

    >>> gold_spans(["O", "B-PER", "I-PER", "B-LOC", "I-ORG", "O"])
    [(1, 3, 'PER'), (3, 4, 'LOC'), (4, 5, 'ORG')]
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, etype = tag.partition("-")
        if start >= 0 and (prefix != "I" or etype != label):
            spans.append((start, i, label))
            start = -1
        if prefix == "B" or (prefix == "I" and start < 0):
            start, label = i, etype
    return spans


# --- training data ---------------------------------------------------------------------------


@dataclass
class TrainingData:
    """Deduplicated training and dev sentences, and what was removed from where."""

    train: list[Sentence]
    dev: list[Sentence]
    stats: dict[str, dict[str, int]] = field(default_factory=dict)


def truecase(sentence: Sentence, casing: dict[str, str]) -> Sentence:
    """Restore capitals in a lowercased sentence: known words take their usual case, entity
    words and the first word are capitalised.

    >>> sentence = Sentence(("wali", "kota", "bandung", "ridwan", "kamil", "ke", "dpr"),
    ...                     ("O", "O", "B-LOC", "B-PER", "I-PER", "O", "B-ORG"))
    >>> truecase(sentence, {"dpr": "DPR", "kota": "kota"}).words
    ('Wali', 'kota', 'Bandung', 'Ridwan', 'Kamil', 'ke', 'DPR')
    """
    words: list[str] = []
    for i, (word, tag) in enumerate(zip(sentence.words, sentence.tags, strict=True)):
        known = casing.get(word.lower())
        if tag != "O":
            cased = known if known is not None and known[:1].isupper() else word[:1].upper() + word[1:]
        else:
            cased = known if known is not None else word
        if i == 0:
            cased = cased[:1].upper() + cased[1:]
        words.append(cased)
    return Sentence(tuple(words), sentence.tags)


def unknown_capitals(sentence: Sentence, org_words: set[str] | frozenset[str]) -> Sentence:
    """Mark ``O`` words that are usually part of an ORG name as unannotated (``-``) in NERP.

    NERP's only organisation type is IND (companies): ministries, parties, police units and
    parliaments are ``O`` there but ORG in idner-news-2k and NER-UI. Measured: NERP with its
    ``O`` taken at face value halves ORG recall on idner-news-2k test. A capitalised ``O``
    word that the cased corpora mostly use inside ORG names (``org_words``, lowercased) may be
    such an unlabelled name, so the model is told nothing about it; other words stay ``O``
    (titles such as ``Menteri`` keep teaching that they are not part of a name).

    >>> unknown_capitals(Sentence(("Ketua", "DPR", "bertemu", "Budi"), ("O", "O", "O", "B-PER")),
    ...                  {"dpr"}).tags
    ('O', '-', 'O', 'B-PER')
    """
    tags = [
        "-" if tag == "O" and word[:1].isupper() and word.lower() in org_words else tag
        for word, tag in zip(sentence.words, sentence.tags, strict=True)
    ]
    return Sentence(sentence.words, tuple(tags))


def _org_words(sentences: Iterable[Sentence], *, share: float = 0.3) -> frozenset[str]:
    """Lowercased words that occur inside ORG entities at least ``share`` of the time."""
    total: Counter[str] = Counter()
    in_org: Counter[str] = Counter()
    for sent in sentences:
        for word, tag in zip(sent.words, sent.tags, strict=True):
            low = word.lower()
            total[low] += 1
            if tag.endswith("-ORG"):
                in_org[low] += 1
    return frozenset(w for w, n in in_org.items() if n / total[w] >= share)


def _casing(sentences: Iterable[Sentence]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = {}
    for sent in sentences:
        for i, word in enumerate(sent.words):
            if i == 0:
                continue  # sentence-initial capitals say nothing about the word
            counts.setdefault(word.lower(), Counter())[word] += 1
    return {low: c.most_common(1)[0][0] for low, c in counts.items()}


def build_training_data(
    corpora: Path,
    *,
    use: Sequence[str] = ("idner", "nerui", "nergrit", "nerp"),
    nerp_case: str = "truecase",
    upsample: int = 1,
) -> TrainingData:
    """Training sentences (train and dev splits of ``use``, minus idner-news-2k dev) and the dev set.

    Removes every sentence whose `dedup_key` occurs in a test set of ``TEST_SETS`` or in the
    idner-news-2k dev set, or that shares an ``NEAR_N``-gram (`ngram_keys`) with one of their
    sentences (a near-duplicate), then exact repeats inside the training data (the first corpus in
    ``use`` wins, so cased news annotation beats NERP's lowercased copy).

    Args:
        corpora: the ``shared/corpora`` folder.
        use: corpus keys from ``CORPORA``.
        nerp_case: ``"lower"`` keeps NERP lowercased, ``"truecase"`` restores capitals with
            `truecase` from the casing seen in the other (cased) training corpora,
            ``"partial"`` also marks ``O`` words of ORG names unannotated (`unknown_capitals`),
            ``"drop"`` leaves NERP out even if listed.
        upsample: how many times the primary corpus (idner-news-2k train) is repeated in the
            training data, so that its annotation conventions weigh more than the others'.
    """
    if nerp_case not in NERP_CASES:
        raise ValueError(f"nerp_case must be one of {NERP_CASES}, not {nerp_case!r}")
    unknown = [k for k in use if k not in CORPORA]
    if unknown:
        raise ValueError(f"unknown corpora {unknown}; known: {sorted(CORPORA)}")
    tests = [s for key in TEST_SETS for s in read_corpus(corpora, key, "test")]
    dev = [s for key in DEV_SETS if key in use for s in read_corpus(corpora, key, "dev")]
    held_out = _HeldOut.of(tests, dev)

    stats: dict[str, dict[str, int]] = {}
    seen: set[str] = set()
    train_by_corpus: dict[str, list[Sentence]] = {}
    for key in use:
        if key == "nerp" and nerp_case == "drop":
            continue
        splits = ["train"] if key in DEV_SETS else ["train", "dev"]
        kept, stats[CORPORA[key].name] = _dedup(
            (sent for split in splits for sent in read_corpus(corpora, key, split)), held_out, seen
        )
        train_by_corpus[key] = kept
    if "nerp" in train_by_corpus and nerp_case in ("truecase", "partial"):
        others = [s for k, v in train_by_corpus.items() if k != "nerp" for s in v]
        casing = _casing(others)
        cased = [truecase(s, casing) for s in train_by_corpus["nerp"]]
        if nerp_case == "partial":
            org_words = _org_words(others)
            cased = [unknown_capitals(s, org_words) for s in cased]
        train_by_corpus["nerp"] = cased
    if upsample < 1:
        raise ValueError(f"upsample must be at least 1, not {upsample}")
    if DEV_SET in train_by_corpus:
        train_by_corpus[DEV_SET] = train_by_corpus[DEV_SET] * upsample
    train_sents = [s for v in train_by_corpus.values() for s in v]
    return TrainingData(train_sents, dev, stats)


@dataclass(frozen=True)
class _HeldOut:
    """Sentence keys and n-grams of the test sets and of the dev sets."""

    test_keys: set[str]
    test_grams: set[tuple[str, ...]]
    dev_keys: set[str]
    dev_grams: set[tuple[str, ...]]

    @classmethod
    def of(cls, tests: Sequence[Sentence], dev: Sequence[Sentence]) -> _HeldOut:
        return cls(
            {dedup_key(s.words) for s in tests},
            {g for s in tests for g in ngram_keys(s.words)},
            {dedup_key(s.words) for s in dev},
            {g for s in dev for g in ngram_keys(s.words)},
        )

    def reason(self, sent: Sentence, seen: set[str]) -> str | None:
        """Why ``sent`` is removed from the training data (a `_STAT_KEYS` name), or ``None``."""
        k = dedup_key(sent.words)
        grams = ngram_keys(sent.words)
        if k in self.test_keys:
            return "removed_test_overlap"
        if not grams.isdisjoint(self.test_grams):
            return "removed_test_near"
        if k in self.dev_keys:
            return "removed_dev_overlap"
        if not grams.isdisjoint(self.dev_grams):
            return "removed_dev_near"
        return "removed_duplicate" if k in seen else None


_STAT_KEYS = (
    "read",
    "removed_test_overlap",
    "removed_test_near",
    "removed_dev_overlap",
    "removed_dev_near",
    "removed_duplicate",
    "kept",
)


def _dedup(
    sentences: Iterable[Sentence], held_out: _HeldOut, seen: set[str]
) -> tuple[list[Sentence], dict[str, int]]:
    """The sentences kept (``seen`` grows by their keys) and the counts of `_STAT_KEYS`."""
    st: Counter[str] = Counter()
    kept: list[Sentence] = []
    for sent in sentences:
        st["read"] += 1
        reason = held_out.reason(sent, seen)
        if reason is None:
            seen.add(dedup_key(sent.words))
            kept.append(sent)
        else:
            st[reason] += 1
    st["kept"] = len(kept)
    return kept, {n: st[n] for n in _STAT_KEYS}


def _to_docbin(sentences: Sequence[Sentence], path: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("xx").vocab
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for sent in sentences:
        # "-" marks a token whose annotation is unknown (spaCy: None, a missing value).
        db.add(Doc(vocab, words=list(sent.words), ents=[None if t == "-" else t for t in sent.tags]))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


# --- in-domain data: the dev set's tune articles ---------------------------------------------

# Gold list of a dev article -> the label its names are projected as. `aliases` (only in the
# annotation of news-raw, data/annotations) are a listed person's other names that are not
# words of the fullest one (`Jokowi`): untagged, they would be taught as no entity.
IN_DOMAIN_FIELDS = {"organisations": "ORG", "places": "LOC", "persons": "PER", "aliases": "PER"}
# How many times the projected lines are repeated (``"in_domain": True``; a number overrides
# it): ~460 lines beside ~11,000 corpus sentences; three copies let real-news conventions (an
# office named with its region is one ORG) weigh in without drowning the corpora's annotation.
# 0.4 (`final`) has six: it scored higher on corpus dev, the check slice and unseen news.
IN_DOMAIN_UPSAMPLE = 3
# A word of a person's name marks a later mention alone (`Erwin` of `Erwin Saragih`) only if it
# is at least this long: shorter words are initials and particles (`I`, `H.`, `Hj`).
MIN_NAME_PART = 3


def tune_articles(dev: Path) -> list[tuple[str, dict[str, Any]]]:
    """(cleaned text, gold) of the dev articles outside ``dev/check.txt`` (the tune slice)."""
    dev = Path(dev)
    check = set((dev / "check.txt").read_text(encoding="utf-8").split())
    out: list[tuple[str, dict[str, Any]]] = []
    for gold_path in sorted((dev / "gold").glob("*.json")):
        raw = dev / "raw" / f"{gold_path.stem}.txt"
        if gold_path.stem in check or not raw.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out.append((clean(raw.read_text(encoding="utf-8")).text, gold))
    return out


def _gold_names(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, label) from the gold lists, longest first; then single words of person names."""
    names = {(n, label) for f, label in IN_DOMAIN_FIELDS.items() for n in gold.get(f) or [] if n}
    parts = {
        (w, "PER")
        for n in gold.get("persons") or []
        for w in n.split()
        if len(w) >= MIN_NAME_PART and w[:1].isupper()
    }
    ordered = sorted(names, key=lambda x: (-len(x[0]), x))
    return ordered + sorted(parts - names, key=lambda x: (-len(x[0]), x))


def project_names(text: str, names: Sequence[tuple[str, str]], tokenizer: Any) -> list[Sentence]:
    """The lines of ``text`` that contain a name, tokenised, with the names tagged.

    Every occurrence of a name between word boundaries is tagged, longest names first, never
    overlapping one already tagged. A name that does not fall on token boundaries leaves its
    tokens unannotated (``-``).
    """
    out: list[Sentence] = []
    for line in text.split("\n"):
        taken = [False] * len(line)
        spans: list[tuple[int, int, str]] = []
        for name, label in names:
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", line):
                if not any(taken[m.start() : m.end()]):
                    taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                    spans.append((m.start(), m.end(), label))
        if spans:
            out.append(tag_line(line, spans, tokenizer))
    return out


def tag_line(line: str, spans: Iterable[tuple[int, int, str]], tokenizer: Any) -> Sentence:
    """``line`` tokenised with its (start, end, label) character spans as IOB2 tags.

    A span that does not fall on token boundaries leaves its tokens unannotated (``-``).
    """
    doc = tokenizer(line)
    tags = ["O"] * len(doc)
    for start, end, label in spans:
        span = doc.char_span(start, end)
        if span is None:
            loose = doc.char_span(start, end, alignment_mode="expand")
            for k in range(loose.start, loose.end) if loose is not None else ():
                tags[k] = "-"
            continue
        tags[span.start : span.end] = ["B-" + label] + ["I-" + label] * (len(span) - 1)
    return Sentence(tuple(t.text for t in doc), tuple(tags))


def _projected(articles: Iterable[tuple[str, dict[str, Any]]]) -> list[Sentence]:
    """Each (text, gold) article's gold names projected onto its lines (`project_names`)."""
    import spacy

    tokenizer = make_id_tokenizer(spacy.blank("xx").vocab)
    return [s for text, gold in articles for s in project_names(text, _gold_names(gold), tokenizer)]


def in_domain_sentences(dev: Path) -> list[Sentence]:
    """The tune articles' gold organisations, places and persons projected onto their lines."""
    return _projected(tune_articles(dev))


# --- in-domain data: annotated news-raw articles (data/annotations) -------------------------------

#: The annotation of news-raw articles for training: one JSON object per line, ``{"doc_id": "nr01234",
#: "line": 1234, "sha256": <of the raw line>, "persons": [...], "organisations": [...],
#: "places": [...]}`` as the dev gold lists them (GUIDELINES §6); data/annotations/README.md.
NEWS_ANNOTATIONS = REPO / "data" / "annotations" / "news-raw.jsonl"
# How many times their projected sentences are repeated (``"news": True``; a number overrides
# it). One copy: 640 articles give ~5,400 sentences with a name (~137,000 tokens), half the
# corpus sentences' tokens; the tune lines, 6 copies, are ~115,000.
NEWS_UPSAMPLE = 1


#: The annotation of news-raw articles kept for testing (never trained on; same format):
#: `scripts/news_eval.py` scores the whole pipeline's entities on them.
NEWS_TEST_ANNOTATIONS = REPO / "data" / "annotations" / "news-raw-test.jsonl"

#: News-raw articles annotated from scratch for persons and the facts (session 43; same format, no
#: organisations or places): tuning material of the rule layers, never trained on.
NEWS_FRESH_ANNOTATIONS = REPO / "data" / "annotations" / "news-raw-fresh.jsonl"


def shared_scorer(shared: Path) -> Any:
    """``../shared/eval/score.py``, imported from its path (it is no package): the scorer of the
    dev set and of the annotated news (`score`, `norm_name`)."""
    spec = importlib.util.spec_from_file_location("warta_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def annotated_lines(corpora: Path, annotations: Path) -> list[tuple[str, dict[str, Any]]]:
    """(raw news-raw line, annotation) of every article ``annotations`` lists, in news-raw order.

    Raises ValueError for an annotated line that news-raw lacks or whose text is not the one it
    was annotated on (``sha256``).
    """
    rows = [json.loads(line) for line in Path(annotations).read_text(encoding="utf-8").splitlines() if line]
    wanted = {row["line"]: row for row in rows}
    out: list[tuple[str, dict[str, Any]]] = []
    for i, raw in enumerate(news_raw_lines(corpora)):
        row = wanted.pop(i, None)
        if row is None:
            continue
        if hashlib.sha256(raw.encode("utf-8")).hexdigest() != row["sha256"]:
            raise ValueError(f"{annotations}: {row['doc_id']} (news-raw line {i}) is not the text annotated")
        out.append((raw, row))
    if wanted:
        raise ValueError(f"{annotations}: news-raw has no lines {sorted(wanted)[:5]}")
    return out


def annotated_news(corpora: Path, annotations: Path = NEWS_ANNOTATIONS) -> list[tuple[str, dict[str, Any]]]:
    """(cleaned text, annotation) of the annotated news-raw articles, for training.

    Raises ValueError as `annotated_lines` does, and for a line in the range where models are
    judged (``SILVER_HELD_OUT``): such lines never reach training.
    """
    articles = annotated_lines(corpora, annotations)
    held_out = [row["line"] for _, row in articles if row["line"] in SILVER_HELD_OUT]
    if held_out:
        raise ValueError(f"{annotations}: lines {held_out[:5]} are where models are judged, never trained on")
    return [(clean(raw).text, row) for raw, row in articles]


def news_sentences(corpora: Path, annotations: Path = NEWS_ANNOTATIONS) -> list[Sentence]:
    """The annotated news-raw articles' names projected onto their sentences.

    Cut into sentences (`sentence_breaks`), not lines: many news-raw articles are one line.
    """
    return _projected((_sentence_lines(text), row) for text, row in annotated_news(corpora, annotations))


def _sentence_lines(text: str) -> str:
    """``text`` with each of its sentences on a line of its own."""
    out: list[str] = []
    for line in text.split("\n"):
        out += [line[a:b].strip() for a, b in _sentence_spans(line) if line[a:b].strip()]
    return "\n".join(out)


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, its stop kept (`sentence_breaks`)."""
    cuts = [0, *(end for _, end in sentence_breaks(text, 0, len(text))), len(text)]
    return itertools.pairwise(cuts)


# --- silver lines: the whole pipeline's entities on unlabelled news --------------------------

# news-raw articles that never give silver lines: the range on which two models are judged
# against each other on unseen news (models/ner-id/README.md, "Experiments after 0.3").
SILVER_HELD_OUT = range(3000, 3300)
# One news-raw article in SILVER_EVERY is labelled, and SILVER_LINES of its sentences that hold
# an entity are drawn (seeded): about a third as many as the corpus sentences, so the pipeline's
# conventions weigh in without drowning the human annotation.
SILVER_EVERY = 8
SILVER_LINES = 4000


#: Labels one raw article: its cleaned text and final entities (``.label``, ``.span``). The
#: whole pipeline sits above this package, so `pipeline.py train-ner` hands it in.
Labeller = Callable[[str], tuple[str, Sequence[Any]]]


def silver_sentences(corpora: Path, label: Labeller, *, seed: int = 0) -> list[Sentence]:
    """Sentences of news-raw articles tagged with the entities warta's whole pipeline reports.

    Every ``SILVER_EVERY``-th article outside ``SILVER_HELD_OUT`` is labelled by ``label``
    (`pipeline.py`: `extract_article` with the bundled model, its final entities: the model's
    after the entity layer's vetting, boundaries, retyping and one sense per name); they are
    tagged on the sentences of the cleaned text that hold one, everything else there is ``O``.
    A model trained on them learns the corrections the rules make to its predecessor
    (self-training). A sentence cut through by an entity is skipped.
    """
    import random

    import spacy

    tokenizer = make_id_tokenizer(spacy.blank("xx").vocab)
    out: list[Sentence] = []
    for i, raw in enumerate(news_raw_lines(corpora)):
        if i % SILVER_EVERY or i in SILVER_HELD_OUT:
            continue
        text, entities = label(raw)
        for start, end in _sentence_spans(text):
            inside = [e for e in entities if e.span[0] < end and start < e.span[1]]
            if inside and all(start <= e.span[0] and e.span[1] <= end for e in inside):
                spans = [(e.span[0] - start, e.span[1] - start, str(e.label)) for e in inside]
                out.append(tag_line(text[start:end].rstrip(), spans, tokenizer))
    random.Random(seed).shuffle(out)
    return out[:SILVER_LINES]


# --- subword vectors (floret) ------------------------------------------------------------------

# floret settings: a small hashed table (20,000 rows x 64 = 5 MB in the model) of 3-5 character
# n-grams and words, 2 hashes per entry; one thread and a fixed seed make it deterministic.
FLORET = {
    "model": "cbow",
    "mode": "floret",
    "dim": 64,
    "bucket": 20000,
    "minn": 3,
    "maxn": 5,
    "hashCount": 2,
    "epoch": 5,
    "minCount": 3,
    "thread": 1,
}


def news_raw_lines(corpora: Path) -> Iterable[str]:
    """The articles of ``corpora/news-raw`` (gzip shards, one article per line)."""
    for shard in sorted((Path(corpora) / "news-raw").glob("*.txt.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as fh:
            yield from (line.strip() for line in fh if line.strip())


def train_vectors(corpora: Path, sentences: Iterable[Sentence], out: Path) -> Path:
    """floret vectors from news-raw and the training sentences, as a spaCy vectors folder.

    Args:
        corpora: the ``shared/corpora`` folder (its ``news-raw`` is read).
        sentences: the training sentences (held-out sets never reach here).
        out: a working folder; the vectors go to ``out/vectors`` (returned).
    """
    import floret
    import spacy
    from spacy.training.initialize import convert_vectors

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    text_path = out / "vectors-text.txt"
    tokenizer = make_id_tokenizer(spacy.blank("xx").vocab)
    with text_path.open("w", encoding="utf-8") as fh:
        for doc in tokenizer.pipe(news_raw_lines(corpora)):
            fh.write(" ".join(t.text for t in doc if not t.is_space) + "\n")
        for sent in sentences:
            fh.write(" ".join(sent.words) + "\n")
    model = floret.train_unsupervised(str(text_path), verbose=0, **FLORET)
    model.save_floret_vectors(str(out / "vectors.floret"))
    register_tokenizer()
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.id_tokenizer.v1"}}})
    convert_vectors(nlp, out / "vectors.floret", truncate=0, prune=-1, mode="floret")
    nlp.to_disk(out / "vectors")
    return out / "vectors"


# --- tok2vec pretraining (`spacy pretrain`) --------------------------------------------------

PRETRAIN_CONFIG = REPO / "configs" / "pretrain.cfg"
# A news-raw article is cut into sentences here: after . ! ? and spaces, before a capital or a quote.
_SENTENCE_END = LazyPattern(r"(?<=[.!?])\s+(?=[\p{Lu}\"“])")


def pretrain_texts(corpora: Path, sentences: Iterable[Sentence]) -> Iterable[str]:
    """The raw text the tok2vec is pretrained on: news-raw's sentences, then ``sentences`` joined.

    >>> list(pretrain_texts(Path("/nonexistent"), [Sentence(("Budi", "datang", "."), ("B-PER", "O", "O"))]))
    ['Budi datang .']
    """
    for article in news_raw_lines(corpora):
        yield from (s for s in _SENTENCE_END.get().split(article) if s.strip())
    yield from (" ".join(s.words) for s in sentences)


def _write_pretrain_text(texts: Iterable[str], path: Path, *, seed: int) -> int:
    """Write ``texts`` shuffled (fixed ``seed``) as spaCy JSONL (``{"text": ...}``); their count."""
    import random

    rows = list(texts)
    random.Random(seed).shuffle(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in rows)
    return len(rows)


class _Budget:
    """Stops a reader (raises `_TimeUp`) once ``minutes`` have passed or ``max_words`` were read."""

    def __init__(self, minutes: float, max_words: int) -> None:
        self.deadline = time.monotonic() + minutes * 60 if minutes > 0 else None
        self.max_words = max_words
        self.words = 0

    def spend(self, words: int) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise _TimeUp(f"pretraining time budget spent after {self.words} words")
        if self.max_words and self.words >= self.max_words:
            raise _TimeUp(f"pretraining word budget spent after {self.words} words")
        self.words += words


def pretrain(
    corpora: Path,
    out: Path,
    *,
    seed: int = 0,
    max_minutes: float | None = None,
    max_words: int | None = None,
    experiment: str = "final",
    overrides: dict[str, Any] | None = None,
    workdir: Path | None = None,
    vectors: Path | None = None,
) -> dict[str, Any]:
    """Pretrain the tok2vec of ``experiment``'s config (`spacy pretrain`, characters objective).

    The text is news-raw (`news_raw_lines`, cut into sentences) and the experiment's training
    sentences (held-out sets never reach them), shuffled. ``out`` receives ``model-last.bin``
    (the weights, averaged, to give `train` as ``init_tok2vec``), one ``model{epoch}.bin`` per
    finished epoch, spaCy's ``log.jsonl`` and ``pretrain.json`` (what was read, how long).
    ``max_minutes`` / ``max_words`` stop it early; the weights so far are kept.
    """
    data_opts, exp_overrides = _experiment(experiment)
    use_vectors = data_opts.pop("vectors", False)
    data_opts = {k: v for k, v in data_opts.items() if k not in _ADDED_OPTIONS}
    corpora, out = Path(corpora), Path(out)
    register_tokenizer()
    _register_callbacks()
    t0 = time.monotonic()
    data = build_training_data(corpora, **data_opts)
    with _work_folder(workdir, "warta-pretrain-") as work:
        n_texts = _write_pretrain_text(pretrain_texts(corpora, data.train), work / "raw.jsonl", seed=seed)
        ov = {"paths.raw_text": str(work / "raw.jsonl"), "system.seed": seed}
        ov.update(_vectors(corpora, data, work, use=use_vectors, reuse=vectors))
        ov.update({**exp_overrides, **(overrides or {})})
        ov["corpora.pretrain.minutes"] = float(max_minutes or 0)
        ov["corpora.pretrain.max_words"] = int(max_words or 0)
        config = _pretrain_config(ov)
        out.mkdir(parents=True, exist_ok=True)
        t1 = time.monotonic()
        _run_pretraining(config, out)
        result = {
            "experiment": experiment,
            "texts": n_texts,
            "words": _pretrained_words(out / "log.jsonl"),
            "pretrain_seconds": round(time.monotonic() - t1, 1),
            "seconds": round(time.monotonic() - t0, 1),
            "weights": str(out / "model-last.bin"),
        }
        (out / "pretrain.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


@contextmanager
def _work_folder(workdir: Path | None, prefix: str) -> Iterator[Path]:
    """``workdir``, or else a temporary folder removed afterwards."""
    if workdir is not None:
        yield Path(workdir)
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)


def _pretrain_config(overrides: dict[str, Any]) -> Any:
    """The training config with `PRETRAIN_CONFIG` merged in, ``overrides`` applied."""
    from spacy.util import load_config
    from thinc.api import Config

    merged = load_config(DEFAULT_CONFIG).merge(load_config(PRETRAIN_CONFIG))
    return Config().from_str(merged.to_str(), overrides=overrides)


def _run_pretraining(config: Any, out: Path) -> None:
    """Run `spacy pretrain` into ``out``; a spent budget stops it, keeping the weights so far."""
    from spacy.training.pretrain import pretrain as spacy_pretrain

    try:
        spacy_pretrain(config, out, use_gpu=-1, silent=False)
    except _TimeUp as exc:
        logger.info("%s", exc)


def _pretrained_words(log: Path) -> int | None:
    """Words the pretraining saw, from the last line of spaCy's ``log.jsonl``."""
    lines = log.read_text(encoding="utf-8").splitlines() if log.is_file() else []
    return json.loads(lines[-1]).get("nr_word") if lines else None


# --- training --------------------------------------------------------------------------------

_STATIC = "components.tok2vec.model.embed.include_static_vectors"
_WIDTH = "components.tok2vec.model.encode.width"
_DEPTH = "components.tok2vec.model.encode.depth"
_HIDDEN = "components.ner.model.hidden_width"

# configs/ner.cfg is the shipped model's: a narrow, shallow tok2vec (width 64, depth 2, maxout 2,
# issue 18) with floret vectors. WIDE restores the tok2vec of the first release (width 96,
# depth 4, maxout 3, no vectors) for the runs that used it.
WIDE = {
    "components.tok2vec.model.encode.width": 96,
    "components.tok2vec.model.encode.depth": 4,
    "components.tok2vec.model.encode.maxout_pieces": 3,
    "components.tok2vec.model.embed.include_static_vectors": False,
}
_ALL = ("idner", "nerui", "nergrit", "nerp")
_V1 = {"use": _ALL, "nerp_case": "partial"}

# name -> (data options, config overrides). "final" is what ships. The data options are
# `build_training_data`'s, plus "in_domain" (add the dev set's tune articles, projected:
# `in_domain_sentences`, IN_DOMAIN_UPSAMPLE times, or as many as a number says), "news" (add the
# annotated news-raw articles of data/annotations, projected: `news_sentences`, NEWS_UPSAMPLE
# times or as many as a number says), "silver" (add news-raw sentences labelled by the whole
# pipeline: `silver_sentences`) and "vectors" (floret vectors from `train_vectors` in the
# tok2vec; without it the config's include_static_vectors is switched off).
# The data options of `train`, not of build_training_data:
_ADDED_OPTIONS = ("in_domain", "news", "silver", "vectors")
EXPERIMENTS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "idner-only": ({"use": ("idner",)}, WIDE),
    "+nerui+nergrit": ({"use": ("idner", "nerui", "nergrit")}, WIDE),
    "+nerp-lower": ({"use": _ALL, "nerp_case": "lower"}, WIDE),
    "+nerp-truecase": ({"use": _ALL, "nerp_case": "truecase"}, WIDE),
    "+nerp-partial": (_V1, WIDE),
    "+nerp-partial-idner3": ({**_V1, "upsample": 3}, WIDE),
    "+nerp-lower-idner3": ({"use": _ALL, "nerp_case": "lower", "upsample": 3}, WIDE),
    "+nerui+nergrit-idner3": ({"use": ("idner", "nerui", "nergrit"), "upsample": 3}, WIDE),
    "v1": (_V1, WIDE),
    "+tune": ({**_V1, "in_domain": True}, WIDE),
    "+vectors+tune-wide": ({**_V1, "in_domain": True, "vectors": True}, {**WIDE, _STATIC: True}),
    "+tune-narrow": ({**_V1, "in_domain": True}, {}),
    # what ships (0.4, trained as `final-tune6`): the tune lines 6 times; 0.3 had them 3 times
    "final": ({**_V1, "in_domain": 6, "vectors": True}, {}),
    "final-tune3": ({**_V1, "in_domain": True, "vectors": True}, {}),
    # issue 18's frontier: 0.3's data with a narrower (width 48) or shallower (depth 1) CNN.
    "final-w48": ({**_V1, "in_domain": True, "vectors": True}, {_WIDTH: 48}),
    "final-d1": ({**_V1, "in_domain": True, "vectors": True}, {_DEPTH: 1}),
    # The fast option (models/ner-id-fast): width 32, depth 1, NER hidden 32; trained, its bare
    # model is 1.5x final's speed (models/ner-id/README.md, "The frontier of issue 18").
    "fast": ({**_V1, "in_domain": True, "vectors": True}, {_WIDTH: 32, _DEPTH: 1, _HIDDEN: 32}),
    "fast-w48": ({**_V1, "in_domain": True, "vectors": True}, {_WIDTH: 48, _DEPTH: 1, _HIDDEN: 32}),
    # final's architecture and in-domain lines with 0.1's best corpus data (`+nerp-lower-idner3`:
    # NERP kept lowercase, idner-news-2k train repeated 3 times).
    "final-lower-idner3": (
        {"use": _ALL, "nerp_case": "lower", "upsample": 3, "in_domain": True, "vectors": True},
        {},
    ),
    # 0.3 (final-tune3) with idner-news-2k train repeated 3 times (NERP truecased, partial)
    "final-idner3": ({**_V1, "upsample": 3, "in_domain": True, "vectors": True}, {}),
    # 0.3 (final-tune3) plus SILVER_LINES sentences of news-raw labelled by the whole pipeline
    # with the bundled model (0.3 when it was run; `silver_sentences`); pretrained as "final"
    # (silver lines are news-raw text already).
    "final-silver": ({**_V1, "in_domain": True, "vectors": True, "silver": True}, {}),
    # final (0.4: tune lines 6 times) plus the silver lines, labelled by the pipeline of its day
    # with the bundled model (0.4 when it was run, session 13); pretrained as "final".
    "final-silver6": ({**_V1, "in_domain": 6, "vectors": True, "silver": True}, {}),
    # final (0.4) plus the annotated news-raw articles (data/annotations, session 26),
    # their sentences once; pretrained as "final".
    "final-news": ({**_V1, "in_domain": 6, "vectors": True, "news": True}, {}),
}


class _TimeUp(Exception):
    """Raised when the training (before_update callback) or pretraining (reader) budget is spent."""


def _experiment(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Copies of ``EXPERIMENTS[name]``: (data options, config overrides)."""
    if name not in EXPERIMENTS:
        raise ValueError(f"unknown experiment {name!r}; known: {sorted(EXPERIMENTS)}")
    data_opts, overrides = EXPERIMENTS[name]
    return dict(data_opts), dict(overrides)


def _register_callbacks() -> None:
    from spacy.util import registry

    if "warta.stop_after.v1" in registry.callbacks.get_all():
        return

    def stop_after(minutes: float = 0.0):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + minutes * 60 if minutes > 0 else None

        def before_update(nlp: Any, args: dict[str, Any]) -> None:
            if deadline is not None and time.monotonic() > deadline:
                raise _TimeUp(f"time budget of {minutes} min spent at step {args.get('step')}")

        return before_update

    registry.callbacks.register("warta.stop_after.v1", func=stop_after)

    def pretrain_text(
        path: str, minutes: float = 0.0, max_words: int = 0, min_length: int = 5, max_length: int = 500
    ):  # type: ignore[no-untyped-def]
        from spacy.training.corpus import JsonlCorpus

        corpus = JsonlCorpus(path, min_length=min_length, max_length=max_length)
        budget = _Budget(minutes, max_words)  # one budget for all epochs, from now

        def read(nlp: Any) -> Iterable[Any]:
            for example in corpus(nlp):
                budget.spend(len(example.reference))
                yield example

        return read

    registry.readers.register("warta.pretrain_text.v1", func=pretrain_text)


def train(
    corpora: Path,
    out: Path,
    *,
    seed: int = 0,
    max_minutes: float | None = None,
    max_steps: int | None = None,
    experiment: str = "final",
    config: Path | None = None,
    overrides: dict[str, Any] | None = None,
    workdir: Path | None = None,
    dev_articles: Path | None = None,
    annotations: Path = NEWS_ANNOTATIONS,
    vectors: Path | None = None,
    init_tok2vec: Path | None = None,
    label: Labeller | None = None,
) -> dict[str, Any]:
    """Train the NER pipeline; write the best checkpoint (by F1 on the ``DEV_SETS``) to ``out``.

    Args:
        corpora: the ``shared/corpora`` folder.
        out: the model directory to (re)write; a ``README.md`` already there is kept.
        seed: the random seed (training is deterministic for a given seed and step count).
        max_minutes: stop training after this many minutes (the best checkpoint so far ships).
        max_steps: override ``training.max_steps`` of the config.
        experiment: a key of ``EXPERIMENTS`` (data and config variant).
        config: the spaCy config; default ``configs/ner.cfg``.
        overrides: extra spaCy config overrides, e.g. ``{"components.tok2vec.model.encode.width": 128}``.
        workdir: where the .spacy files and checkpoints go (default: a temporary folder).
        dev_articles: the ``shared/dev`` folder (default: beside ``corpora``), for "in_domain".
        annotations: the annotation of news-raw articles, for "news" (`annotated_news`).
        vectors: a spaCy vectors folder made by `train_vectors` to reuse (default: trained here).
        init_tok2vec: ``model-last.bin`` of `pretrain` (same experiment and overrides) to start from.
        label: the whole pipeline, for an experiment with silver lines (`silver_sentences`).

    Returns:
        ``{"experiment", "data": TrainingData.stats, "sentences", "seconds", "out", "dev_f": float}``
    """
    data_opts, exp_overrides = _experiment(experiment)
    in_domain, use_vectors = data_opts.pop("in_domain", False), data_opts.pop("vectors", False)
    news = data_opts.pop("news", False)
    silver = _silver_labeller(experiment, data_opts.pop("silver", False), label)
    corpora, out = Path(corpora), Path(out)
    config = Path(config) if config is not None else DEFAULT_CONFIG
    register_tokenizer()
    _register_callbacks()
    t0 = time.monotonic()
    data = build_training_data(corpora, **data_opts)
    with _work_folder(workdir, "warta-ner-") as work:
        ov = _prepare(
            data,
            work,
            corpora,
            in_domain=in_domain,
            news=news,
            label=silver,
            dev_articles=dev_articles,
            annotations=annotations,
        )
        ov.update(_vectors(corpora, data, work, use=use_vectors, reuse=vectors))
        ov.update({"system.seed": seed, **exp_overrides, **(overrides or {})})
        ov.update(_run_limits(max_steps, max_minutes, init_tok2vec))
        best = _best_checkpoint(config, work / "output", ov)
        _export(best, out, data=data, seed=seed, experiment=experiment, pretrained=init_tok2vec)
    return _trained(experiment, data, out, seconds=round(time.monotonic() - t0, 1))


def _trained(experiment: str, data: TrainingData, out: Path, *, seconds: float) -> dict[str, Any]:
    """What `train` returns: the data it read and the exported model's F1 on the dev sets."""
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    return {
        "experiment": experiment,
        "data": data.stats,
        "sentences": {"train": sum(st.get("kept", 0) for st in data.stats.values()), "dev": len(data.dev)},
        "seconds": seconds,
        "out": str(out),
        "dev_f": meta.get("performance", {}).get("ents_f"),
    }


def _run_limits(
    max_steps: int | None, max_minutes: float | None, init_tok2vec: Path | None
) -> dict[str, Any]:
    """The config overrides of `train`'s step and time budget and of its pretrained start."""
    ov: dict[str, Any] = {}
    if max_steps is not None:
        ov["training.max_steps"] = max_steps
    if init_tok2vec is not None:
        ov["paths.init_tok2vec"] = str(init_tok2vec)
    if max_minutes:
        ov["training.before_update"] = {"@callbacks": "warta.stop_after.v1", "minutes": max_minutes}
    return ov


def _best_checkpoint(config: Path, ckpt: Path, overrides: dict[str, Any]) -> Path:
    """Run `spacy train` into ``ckpt`` (a spent time budget stops it); its best checkpoint."""
    from spacy.cli.train import train as spacy_train

    try:
        spacy_train(config, ckpt, use_gpu=-1, overrides=overrides)
    except _TimeUp as exc:
        logger.info("%s", exc)
    best = ckpt / "model-best"
    if not best.is_dir():
        raise RuntimeError(f"training produced no checkpoint in {ckpt}")
    return best


def _silver_labeller(experiment: str, silver: bool, label: Labeller | None) -> Labeller | None:
    """``label`` if the experiment has silver lines (None if not); an error if it has and none came."""
    if silver and label is None:
        raise ValueError(
            f"{experiment} labels news-raw with the whole pipeline: run it as `pipeline.py train-ner`"
        )
    return label if silver else None


def _prepare(
    data: TrainingData,
    work: Path,
    corpora: Path,
    *,
    in_domain: bool | int,
    news: bool | int,
    label: Labeller | None,
    dev_articles: Path | None,
    annotations: Path,
) -> dict[str, Any]:
    """Write the training and dev sets as .spacy files (in-domain, news and silver lines if asked)."""
    train_sents = list(data.train)
    if in_domain:
        dev = dev_articles if dev_articles is not None else corpora.parent / "dev"
        lines = in_domain_sentences(dev)
        train_sents += _copies(
            data, "dev tune articles (projected lines)", lines, in_domain, IN_DOMAIN_UPSAMPLE
        )
    if news:
        lines = news_sentences(corpora, annotations)
        train_sents += _copies(
            data, "news-raw, annotated articles (projected sentences)", lines, news, NEWS_UPSAMPLE
        )
    if label is not None:
        lines = silver_sentences(corpora, label)
        train_sents += lines
        data.stats["news-raw (silver lines)"] = {"read": len(lines), "kept": len(lines)}
    _to_docbin(train_sents, work / "train.spacy")
    _to_docbin(data.dev, work / "dev.spacy")
    return {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}


def _copies(
    data: TrainingData, name: str, lines: list[Sentence], wanted: bool | int, default: int
) -> list[Sentence]:
    """``lines`` repeated ``wanted`` times (``default`` for True), counted in ``data.stats``."""
    copies = default if wanted is True else int(wanted)
    data.stats[name] = {"read": len(lines), "kept": len(lines) * copies}
    return lines * copies


def _vectors(
    corpora: Path, data: TrainingData, work: Path, *, use: bool, reuse: Path | None
) -> dict[str, Any]:
    """Config overrides for the floret vectors: trained here (or ``reuse``d), or switched off."""
    if not use:
        return {_STATIC: False}
    vec = reuse if reuse is not None else train_vectors(corpora, data.train, work / "floret")
    return {"paths.vectors": str(vec)}


def _export(
    best: Path, out: Path, *, data: TrainingData, seed: int, experiment: str, pretrained: Path | None = None
) -> None:
    """Copy the checkpoint to ``out`` with a cleaned config and a descriptive meta.json."""
    from spacy.util import load_config

    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.name == "README.md":
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    for child in best.iterdir():
        dest = out / child.name
        shutil.copytree(child, dest) if child.is_dir() else shutil.copy2(child, dest)
    cfg = load_config(out / "config.cfg", interpolate=False)
    # Training-only settings that point at this machine's temp files or at callbacks that only
    # exist while training are reset, so the shipped config is the one in configs/ner.cfg.
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["paths"]["vectors"] = None  # the vectors are in the model's vocab
    cfg["paths"]["init_tok2vec"] = None  # the pretrained weights are in the model's tok2vec
    cfg["training"]["before_update"] = None
    cfg.to_disk(out / "config.cfg")
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))  # its name goes into every record
    meta.update(
        {
            "name": "ner_warta_fast" if experiment.startswith("fast") else "ner_warta",
            "version": MODEL_VERSION,
            "description": "Indonesian news NER (PER, ORG, LOC) for warta; see README.md",
            "license": "CC BY 4.0 (trained on NER-UI, CC BY 4.0; also MIT and Apache-2.0 data)",
            "author": "warta",
            "sources": [{"name": CORPORA[k].name, "folder": CORPORA[k].folder} for k in CORPORA],
            "warta": {
                "seed": seed,
                "experiment": experiment,
                "data": data.stats,
                **_pretrain_meta(pretrained),
            },
        }
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _pretrain_meta(weights: Path | None) -> dict[str, Any]:
    """``{"pretrained": ...}`` for meta.json: what `pretrain` wrote beside ``weights``, if any."""
    if weights is None:
        return {}
    info = Path(weights).parent / "pretrain.json"
    if not info.is_file():
        return {"pretrained": {"weights": Path(weights).name}}
    keep = ("experiment", "texts", "words", "pretrain_seconds")
    return {
        "pretrained": {k: v for k, v in json.loads(info.read_text(encoding="utf-8")).items() if k in keep}
    }


# --- evaluation ------------------------------------------------------------------------------


def score_spans(
    gold: Sequence[Iterable[tuple[int, int, str]]], pred: Sequence[Iterable[tuple[int, int, str]]]
) -> dict[str, dict[str, float]]:
    """Entity-level precision, recall, F1 and support per label and overall (exact span match).

    >>> score_spans([[(0, 2, "PER"), (3, 4, "LOC")]], [[(0, 2, "PER"), (3, 4, "ORG")]])["PER"]
    {'p': 1.0, 'r': 1.0, 'f': 1.0, 'support': 1}
    """
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    out: dict[str, dict[str, float]] = {}
    for label in [*sorted(set(n_gold) | set(n_pred)), "ALL"]:
        if label == "ALL":
            t, ng, np_ = sum(tp.values()), sum(n_gold.values()), sum(n_pred.values())
        else:
            t, ng, np_ = tp[label], n_gold[label], n_pred[label]
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "support": ng}
    return out


def evaluate(
    model: Path | None, corpora: Path, *, measure_load: bool = True, split: str = "test"
) -> dict[str, Any]:
    """Score the model on the test splits of ``TEST_SETS`` (or the dev splits of ``DEV_SETS``)
    and measure its speed.

    The model runs on each test sentence's gold tokens (as seqeval scores), so scores do not
    depend on the tokenizer; speed is measured on the sentences' text, tokenizer included.

    Returns:
        ``{"model": path, "scores": {corpus: {label: {p, r, f, support}}}, "tokens_per_second",
        "load_seconds", "size_mb"}``
    """
    from spacy.tokens import Doc

    path = resolve_model_path(model)
    nlp = load_model(path)
    scores: dict[str, Any] = {}
    texts: list[str] = []
    n_tokens = 0
    for key in TEST_SETS if split == "test" else DEV_SETS:
        sents = read_corpus(corpora, key, split)
        docs = [Doc(nlp.vocab, words=list(s.words)) for s in sents]
        pred = [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs, batch_size=256)]
        scores[CORPORA[key].name] = score_spans([gold_spans(s.tags) for s in sents], pred)
        texts.extend(" ".join(s.words) for s in sents)
    nlp("Pemanasan.")  # first call allocates; not part of the measurement
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=256):
        n_tokens += len(doc)
    secs = time.perf_counter() - t0
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return {
        "model": str(path),
        "scores": scores,
        "tokens": n_tokens,
        "tokens_per_second": round(n_tokens / secs) if secs else None,
        "load_seconds": _load_seconds(path) if measure_load else None,
        "size_mb": round(size / 1e6, 2),
    }


def _load_seconds(path: Path) -> float | None:
    """Seconds for a fresh Python process to import warta's NER and load the model (median of 3)."""
    code = (
        "import time; t = time.perf_counter(); from extract.ner import load_model; "
        f"load_model({str(path)!r}); print(time.perf_counter() - t)"
    )
    times: list[float] = []
    for _ in range(3):
        try:
            res = subprocess.run(
                [sys.executable, "-c", code],
                cwd=REPO,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            times.append(float(res.stdout.strip().splitlines()[-1]))
        except (subprocess.SubprocessError, ValueError, IndexError):
            return None
    return round(sorted(times)[1], 2)


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of `evaluate`'s result (per corpus and label), speed, load time, size."""
    lines = [f"model: {result['model']}", ""]
    lines.append(f"{'test set':<16}{'label':<6}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
    for corpus, table in result["scores"].items():
        for label in [*LABELS, "ALL"]:
            row = table.get(label)
            if row is None:
                continue
            lines.append(
                f"{corpus:<16}{label:<6}{row['p']:>8.3f}{row['r']:>8.3f}{row['f']:>8.3f}{row['support']:>9}"
            )
        lines.append("")
    lines.append(f"speed: {result['tokens_per_second']} tokens/s ({result['tokens']} tokens, one process)")
    if result.get("load_seconds") is not None:
        lines.append(f"load time: {result['load_seconds']} s (fresh process: import + load)")
    lines.append(f"size: {result['size_mb']} MB")
    return "\n".join(lines)


# --- command line ----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m extract.ner.train", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    default_corpora = REPO.parent / "shared" / "corpora"
    t = sub.add_parser("train", help="train the NER model")
    p = sub.add_parser("pretrain", help="pretrain the tok2vec on news-raw and the training sentences")
    for sp in (t, p):
        sp.add_argument("--corpora", type=Path, default=default_corpora)
        sp.add_argument("--seed", type=int, default=0)
        sp.add_argument("--max-minutes", type=float, default=None)
        sp.add_argument("--experiment", default="final", choices=sorted(EXPERIMENTS))
        sp.add_argument(
            "--set", action="append", default=[], metavar="KEY=JSON", help="spaCy config override"
        )
        sp.add_argument(
            "--vectors", type=Path, default=None, help="reuse floret vectors made by a previous run"
        )
        sp.add_argument("--workdir", type=Path, default=None, help="keep intermediate files here")
    t.add_argument("--out", type=Path, default=REPO / "models" / "ner-id")
    t.add_argument("--max-steps", type=int, default=None)
    t.add_argument("--eval", action="store_true", help="evaluate after training")
    t.add_argument("--dev-articles", type=Path, default=None, help="shared/dev (default: beside --corpora)")
    t.add_argument(
        "--annotations", type=Path, default=NEWS_ANNOTATIONS, help="annotated news-raw articles (JSONL)"
    )
    t.add_argument(
        "--init-tok2vec", type=Path, default=None, help="pretrained weights (pretrain's model-last.bin)"
    )
    p.add_argument("--out", type=Path, required=True, help="folder for the weights (model-last.bin) and logs")
    p.add_argument("--max-words", type=int, default=None, help="stop after this many words")
    e = sub.add_parser("eval", help="evaluate a model on the test sets")
    e.add_argument("--model", type=Path, default=None)
    e.add_argument("--corpora", type=Path, default=default_corpora)
    e.add_argument("--json", action="store_true")
    e.add_argument("--split", choices=("test", "dev"), default="test")
    d = sub.add_parser("data", help="print the deduplication counts")
    d.add_argument("--corpora", type=Path, default=default_corpora)
    d.add_argument("--experiment", default="final", choices=sorted(EXPERIMENTS))
    return ap


def _overrides(items: Sequence[str]) -> dict[str, Any]:
    """``KEY=JSON`` strings as spaCy config overrides."""
    out: dict[str, Any] = {}
    for item in items:
        key, _, value = item.partition("=")
        out[key] = json.loads(value)
    return out


def main(argv: Sequence[str] | None = None, *, label: Labeller | None = None) -> int:
    """``python -m extract.ner.train train|pretrain|eval|data``; ``label``: see `train`."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")

    if args.cmd == "data":
        opts = {k: v for k, v in EXPERIMENTS[args.experiment][0].items() if k not in _ADDED_OPTIONS}
        data = build_training_data(args.corpora, **opts)
        print(json.dumps({"stats": data.stats, "train": len(data.train), "dev": len(data.dev)}, indent=2))
        return 0
    if args.cmd == "eval":
        result = evaluate(args.model, args.corpora, split=args.split)
        print(json.dumps(result, indent=2) if args.json else format_report(result))
        return 0
    common = {
        "seed": args.seed,
        "max_minutes": args.max_minutes,
        "experiment": args.experiment,
        "overrides": _overrides(args.set),
        "workdir": args.workdir,
        "vectors": args.vectors,
    }
    if args.cmd == "pretrain":
        res = pretrain(args.corpora, args.out, max_words=args.max_words, **common)
        print(json.dumps(res, indent=2), file=sys.stderr)
        return 0
    res = train(
        args.corpora,
        args.out,
        max_steps=args.max_steps,
        dev_articles=args.dev_articles,
        annotations=args.annotations,
        init_tok2vec=args.init_tok2vec,
        label=label,
        **common,
    )
    print(json.dumps(res, indent=2), file=sys.stderr)
    if args.eval:
        print(format_report(evaluate(args.out, args.corpora)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
